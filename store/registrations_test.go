package store

import (
	"errors"
	"slices"
	"testing"

	"tilmeld"
)

// The filtered search finds what the plain one finds, minus what keep
// turns down by the sketch, which carries the status and the names.
func TestRegistrationsSharingNamesWhere(t *testing.T) {
	db := MustOpen(t)
	err := db.Update(func(tx *Tx) error {
		for _, r := range []*tilmeld.Registration{
			{Status: tilmeld.RegRegistered, Attendees: []tilmeld.Attendee{{Name: "Anne Holm"}, {Name: "Kurt"}}},
			{Status: tilmeld.RegCancelled, Attendees: []tilmeld.Attendee{{Name: "Anne Dahl"}}},
			{Status: tilmeld.RegIncomplete, Attendees: []tilmeld.Attendee{{Name: "Bo Holm"}}},
		} {
			if err := tx.CreateRegistration(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var sketches []string
	active := func(s *RegistrationSketch) bool {
		for _, a := range s.Attendees {
			sketches = append(sketches, a.Name)
		}
		return s.Status != tilmeld.RegCancelled
	}
	db.View(func(tx *Tx) error {
		all, err := tx.RegistrationsSharingNames([]string{"anne holm"})
		if err != nil || len(all) != 3 {
			t.Fatalf("RegistrationsSharingNames = %d (%v), want 3", len(all), err)
		}
		regs, err := tx.RegistrationsSharingNamesWhere([]string{"anne holm"}, active)
		var got []uint64
		for _, r := range regs {
			got = append(got, r.ID)
		}
		if err != nil || !slices.Equal(got, []uint64{1, 3}) {
			t.Errorf("RegistrationsSharingNamesWhere = %v (%v), want [1 3]", got, err)
		}
		if len(regs) > 0 && (regs[0].Attendees[1].Name != "Kurt" || regs[0].Status != tilmeld.RegRegistered) {
			t.Errorf("registration 1 = %+v, not decoded whole", regs[0])
		}
		return nil
	})
	if want := []string{"Anne Holm", "Kurt", "Anne Dahl", "Bo Holm"}; !slices.Equal(sketches, want) {
		t.Errorf("sketches named %q, want %q", sketches, want)
	}
}

// Write transactions keep the sketches cached; a write, committed or
// rolled back, is seen by the next search as the store holds it.
func TestSketchCacheFollowsWrites(t *testing.T) {
	db := MustOpen(t)
	mustUpdate := func(fn func(tx *Tx) error) {
		t.Helper()
		if err := db.Update(fn); err != nil {
			t.Fatal(err)
		}
	}
	search := func(name string) (ids []uint64) {
		t.Helper()
		mustUpdate(func(tx *Tx) error {
			regs, err := tx.RegistrationsSharingNamesWhere([]string{name}, func(s *RegistrationSketch) bool {
				return s.Status != tilmeld.RegCancelled
			})
			for _, r := range regs {
				ids = append(ids, r.ID)
			}
			return err
		})
		return ids
	}
	mustUpdate(func(tx *Tx) error {
		return tx.CreateRegistration(&tilmeld.Registration{Status: tilmeld.RegRegistered, Attendees: []tilmeld.Attendee{{Name: "Anne Holm"}}})
	})
	if got := search("anne"); !slices.Equal(got, []uint64{1}) {
		t.Fatalf("search = %v, want [1]", got)
	}
	// Cancelled in a transaction that fails: the search still finds it.
	errRollback := errors.New("rollback")
	err := db.Update(func(tx *Tx) error {
		r, err := tx.Registration(1)
		if err != nil {
			return err
		}
		r.Status = tilmeld.RegCancelled
		if err := tx.PutRegistration(r); err != nil {
			return err
		}
		if got, _ := tx.RegistrationsSharingNamesWhere([]string{"anne"}, func(s *RegistrationSketch) bool {
			return s.Status != tilmeld.RegCancelled
		}); len(got) != 0 {
			t.Errorf("inside the writing transaction the search found %d, want its own write", len(got))
		}
		return errRollback
	})
	if !errors.Is(err, errRollback) {
		t.Fatal(err)
	}
	if got := search("anne"); !slices.Equal(got, []uint64{1}) {
		t.Errorf("after a rollback, search = %v, want [1]", got)
	}
	// Cancelled for good: the next search no longer keeps it.
	mustUpdate(func(tx *Tx) error {
		r, err := tx.Registration(1)
		if err != nil {
			return err
		}
		r.Status = tilmeld.RegCancelled
		return tx.PutRegistration(r)
	})
	if got := search("anne"); len(got) != 0 {
		t.Errorf("after the commit, search = %v, want none", got)
	}
}
