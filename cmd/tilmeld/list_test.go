package main

import (
	"encoding/json"
	"strings"
	"testing"

	"tilmeld/store"
)

func TestListGolden(t *testing.T) {
	f := newStaffFixture(t)
	seedEvent(f)
	goldenFile(t, "list.txt", f.mustRun("list"))
	goldenFile(t, "list-waitlist.txt", f.mustRun("list", "--status", "venteliste"))
}

func TestListFiltersThroughSocket(t *testing.T) {
	modes(t, seedEvent, func(t *testing.T, f *staffFixture) {
		var rows []row
		if err := json.Unmarshal([]byte(f.mustRun("list", "--workshop", "1", "--json")), &rows); err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1 || rows[0].Name != "Ali Hassan" {
			t.Errorf("list --workshop 1 = %+v, want Ali alone", rows)
		}
		if _, errs, code := f.run("", "list", "--status", "maybe"); code != 2 || !strings.Contains(errs, "maybe") {
			t.Errorf("list --status maybe: exit %d, %q", code, errs)
		}
		if _, _, code := f.run("", "list", "--workshop", "9"); code != 2 {
			t.Errorf("list --workshop 9: exit %d, want 2", code)
		}
	})
}

func TestKitchenGolden(t *testing.T) {
	f := newStaffFixture(t)
	seedEvent(f)
	out := f.mustRun("kitchen")
	goldenFile(t, "kitchen.txt", out)
	// Fatima is on the waitlist and Per cancelled: neither is counted.
	if strings.Contains(out, "Fatima") || strings.Contains(out, "Per Nielsen") {
		t.Errorf("kitchen counts someone who is not coming:\n%s", out)
	}
}

func TestShowHasHistory(t *testing.T) {
	modes(t, func(f *staffFixture) {
		seedEvent(f)
		f.update(func(tx *store.Tx) error {
			return tx.AddHistory(2, store.HistoryEntry{Kind: "staff", Text: "ringede om kost", Who: "mette"})
		})
	}, func(t *testing.T, f *staffFixture) {
		out := f.mustRun("show", "2")
		for _, want := range []string{"Tilmelding 2: tilmeldt", "Ali Hassan", "Fatima Hassan", "venteliste",
			"halal", "»allergisk over for nødder«", "ringede om kost (mette)"} {
			if !strings.Contains(out, want) {
				t.Errorf("show 2 lacks %q:\n%s", want, out)
			}
		}
		if _, errs, code := f.run("", "show", "99"); code != 1 || !strings.Contains(errs, "ingen tilmelding 99") {
			t.Errorf("show 99: exit %d, %q", code, errs)
		}
	})
}
