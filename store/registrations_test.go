package store

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
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

// A write transaction's registrations come from the cache as copies: a
// change not written is not seen again, a write rolled back is not seen,
// a write committed is.
func TestRegistrationCacheFollowsWrites(t *testing.T) {
	db := MustOpen(t)
	mustUpdate := func(fn func(tx *Tx) error) {
		t.Helper()
		if err := db.Update(fn); err != nil {
			t.Fatal(err)
		}
	}
	status := func() (s tilmeld.RegStatus) {
		t.Helper()
		mustUpdate(func(tx *Tx) error {
			r, err := tx.Registration(1)
			s = r.Status
			return err
		})
		return s
	}
	mustUpdate(func(tx *Tx) error {
		return tx.CreateRegistration(&tilmeld.Registration{Status: tilmeld.RegRegistered,
			Attendees: []tilmeld.Attendee{{Name: "Anne Holm", Choices: []int{1, 2}}}})
	})
	mustUpdate(func(tx *Tx) error {
		r, err := tx.Registration(1)
		r.Status, r.Attendees[0].Choices[0] = tilmeld.RegCancelled, 3
		return err
	})
	mustUpdate(func(tx *Tx) error {
		r, err := tx.Registration(1)
		if err == nil && (r.Status != tilmeld.RegRegistered || r.Attendees[0].Choices[0] != 1) {
			t.Errorf("a change not written came back: %+v", r)
		}
		return err
	})
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
		if r, _ := tx.Registration(1); r.Status != tilmeld.RegCancelled {
			t.Errorf("inside the writing transaction status %q, want its own write", r.Status)
		}
		return errRollback
	})
	if !errors.Is(err, errRollback) {
		t.Fatal(err)
	}
	if got := status(); got != tilmeld.RegRegistered {
		t.Errorf("after a rollback, status %q, want %q", got, tilmeld.RegRegistered)
	}
	mustUpdate(func(tx *Tx) error {
		r, err := tx.Registration(1)
		if err != nil {
			return err
		}
		r.Status = tilmeld.RegCancelled
		return tx.PutRegistration(r)
	})
	if got := status(); got != tilmeld.RegCancelled {
		t.Errorf("after the commit, status %q, want %q", got, tilmeld.RegCancelled)
	}
}

// cloneRegistration copies every slice: a new field of Registration or
// Attendee must be looked at there, and counted here.
func TestCloneRegistration(t *testing.T) {
	if n, m := reflect.TypeFor[tilmeld.Registration]().NumField(), reflect.TypeFor[tilmeld.Attendee]().NumField(); n != 10 || m != 7 {
		t.Fatalf("Registration has %d fields, Attendee %d: does cloneRegistration copy the new ones?", n, m)
	}
	r := &tilmeld.Registration{ID: 1, Missing: []string{"name"}, Mails: []uint64{4},
		Attendees: []tilmeld.Attendee{{Name: "Anne", Choices: []int{1, 2}, Diet: []tilmeld.Diet{tilmeld.DietOther}}}}
	want := cloneRegistration(r)
	c := cloneRegistration(r)
	c.Missing[0], c.Mails[0], c.Attendees[0].Name = "x", 5, "Bo"
	c.Attendees[0].Choices[0], c.Attendees[0].Diet[0] = 3, "x"
	if !reflect.DeepEqual(r, want) {
		t.Errorf("changing the copy changed the original: %+v", r)
	}
}

// get finds what the bucket's Get finds, before and after writes in the
// same transaction: present, absent, past the last key, a nested bucket.
func TestGet(t *testing.T) {
	db := MustOpen(t)
	// The second round finds the first's keys on pages of their own.
	for round := range 2 {
		if err := db.Update(func(tx *Tx) error { return getRound(t, tx, round*1000) }); err != nil {
			t.Fatal(err)
		}
	}
}

func getRound(t *testing.T, tx *Tx, from int) error {
	t.Helper()
	b := tx.bucket(bucketMarks)
	if _, err := b.CreateBucketIfNotExists([]byte("nested")); err != nil {
		return err
	}
	check := func(keys ...string) {
		t.Helper()
		for _, k := range keys {
			if got, want := tx.get(bucketMarks, []byte(k)), b.Get([]byte(k)); !bytes.Equal(got, want) || (got == nil) != (want == nil) {
				t.Errorf("get(%q) = %q, want %q", k, got, want)
			}
		}
	}
	check("a", "nested", "zzz")
	for i := from; i < from+1000; i++ {
		if err := b.Put(fmt.Appendf(nil, "k%04d", i), fmt.Appendf(nil, "v%d", i)); err != nil {
			return err
		}
		if i%50 == 0 {
			check(fmt.Sprintf("k%04d", i), fmt.Sprintf("k%04d", i+1), "k", "k0500", "nested", "zzz")
		}
	}
	if err := b.Put([]byte("empty"), nil); err != nil {
		return err
	}
	check("k0000", "k0250", "k0999", "k1000", "k1999", "k2000", "empty", "nested", "zzz", "")
	return nil
}
