package main

import (
	"strings"
	"testing"

	"tilmeld"
	"tilmeld/store"
)

func TestAllocateDryRunReadsTheStore(t *testing.T) {
	f := newStaffFixture(t)
	f.update(func(tx *store.Tx) error {
		// Three want workshop 1 first; with room for two, the optimum gives
		// the third their 2nd choice, as first come, first served does too.
		for i, name := range []string{"Ane Bro", "Bent Dal", "Cecilie Eg"} {
			r := &tilmeld.Registration{Status: tilmeld.RegRegistered, Contact: tilmeld.Contact{Email: strings.ToLower(strings.Fields(name)[0]) + "@example.org"},
				Attendees: []tilmeld.Attendee{{Name: name, Choices: []int{1, 2 + i%2}}}}
			if err := tx.CreateRegistration(r); err != nil {
				return err
			}
		}
		return nil
	})
	out, stderr, code := f.run("", "allocate", "--config", f.cfgPath, "--dry-run")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"3 tilmeldinger, 3 deltagere (fra lageret)", "Optimeret fordeling", "Først til mølle"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := f.run("", "allocate", "--config", f.cfgPath); code != 2 {
		t.Errorf("allocate without --dry-run exited %d, want 2 (usage)", code)
	}
}

func TestAllocateApplyWaitsForTheDeadline(t *testing.T) {
	f := newStaffFixture(t)
	_, stderr, code := f.run("", "allocate", "--config", f.cfgPath, "--apply")
	if code != 1 || !strings.Contains(stderr, "has not run yet") {
		t.Errorf("apply before the allocation: exit %d, %q", code, stderr)
	}
}
