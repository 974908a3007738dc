package main

import (
	"encoding/json"
	"strings"
	"testing"

	"tilmeld"
	"tilmeld/store"
)

func exportRows(t *testing.T, f *staffFixture) []row {
	t.Helper()
	var rows []row
	if err := json.Unmarshal([]byte(f.mustRun("export", "--format", "json")), &rows); err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestAddPhoneAndWalkIn(t *testing.T) {
	modes(t, nil, func(t *testing.T, f *staffFixture) {
		out, errs, code := f.run("", "add", "--name", "Kirsten Holm", "--phone", "22 33 44 55", "--first", "3",
			"--second", "1", "--diet", "gluten_free", "--diet-text", "cøliaki")
		if code != 0 {
			t.Fatalf("add: exit %d: %s", code, errs)
		}
		if !strings.Contains(out, "Tilmelding 1 gemt: Kirsten Holm") || !strings.Contains(out, "Ingen e-mailadresse") {
			t.Errorf("add said:\n%s", out)
		}
		out, errs, code = f.run("", "add", "--name", "Jens Berg", "--email", "Jens@Example.org", "--first", "2",
			"--name", "Lise Berg", "--first", "4", "--second", "2")
		if code != 0 || !strings.Contains(out, "Bekræftelsen sendes til jens@example.org") {
			t.Fatalf("add household: exit %d\n%s%s", code, out, errs)
		}
		rows := exportRows(t, f)
		if len(rows) != 3 {
			t.Fatalf("export after add has %d rows: %+v", len(rows), rows)
		}
		k := rows[0]
		if k.Name != "Kirsten Holm" || k.Phone != "+4522334455" || intOf(k.First) != 3 || intOf(k.Second) != 1 ||
			len(k.Diet) != 1 || k.Diet[0] != tilmeld.GlutenFree || k.DietText != "cøliaki" || k.Status != tilmeld.RegRegistered {
			t.Errorf("Kirsten = %+v", k)
		}
		if show := f.mustRun("show", "2"); !strings.Contains(show, "Udgående mails:") || !strings.Contains(show, "til jens@example.org: venter") {
			t.Errorf("show 2 lacks the queued confirmation:\n%s", show)
		}
		if rows[2].Name != "Lise Berg" || rows[2].Registration != 2 || intOf(rows[2].Second) != 2 {
			t.Errorf("Lise = %+v", rows[2])
		}
	})
}

func TestAddRefusesBadInput(t *testing.T) {
	f := newStaffFixture(t)
	for _, args := range [][]string{
		{"add", "--phone", "22334455", "--first", "1"},               // no name
		{"add", "--name", "A", "--second", "1"},                      // no 1st priority
		{"add", "--name", "A", "--first", "7"},                       // no such workshop
		{"add", "--name", "A", "--first", "1", "--second", "1"},      // the same twice
		{"add", "--name", "A", "--first", "1", "--diet", "paleo"},    // unknown tag
		{"add", "--name", "A", "--first", "1", "--phone", "123"},     // not a number
		{"add", "--name", "A", "--first", "1", "--email", "nobody@"}, // not an address
	} {
		if _, errs, code := f.run("", args...); code != 2 {
			t.Errorf("%q: exit %d, want 2; stderr %s", args, code, errs)
		}
	}
	if rows := exportRows(t, f); len(rows) != 0 {
		t.Errorf("a refused add stored something: %+v", rows)
	}
}

func TestAddIsAudited(t *testing.T) {
	f := newStaffFixture(t)
	f.daemon()
	_, errs, code := f.run("", "add", "--name", "Kirsten Holm", "--phone", "22334455", "--first", "3")
	if code != 0 {
		t.Fatalf("add: %s", errs)
	}
	f.mustRun("edit", "1", "--diet", "vegan")
	f.mustRun("move", "1", "--workshop", "2")
	f.mustRun("cancel", "1")
	rows := exportRows(t, f)
	if rows[0].Status != tilmeld.RegCancelled || intOf(rows[0].Workshop) != 2 || !rows[0].Pinned || rows[0].Diet[0] != tilmeld.Vegan {
		t.Errorf("after edit, move, cancel: %+v", rows[0])
	}
	auditActions(t, f, []string{"add", "edit", "move", "cancel"})
}

// auditActions checks the audit log's actions and that each names the user.
func auditActions(t *testing.T, f *staffFixture, want []string) {
	t.Helper()
	out := f.mustRun("audit", "--json")
	var got []store.AuditEntry
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range got {
		actions = append(actions, e.Action)
		if e.User != currentUser() || e.Time.IsZero() || e.Detail == "" {
			t.Errorf("audit entry %+v lacks user, time or detail", e)
		}
	}
	if strings.Join(actions, " ") != strings.Join(want, " ") {
		t.Errorf("audit actions = %q, want %q", actions, want)
	}
}

func TestNormalPhone(t *testing.T) {
	for in, want := range map[string]string{
		"22 33 44 55": "+4522334455", "+4522334455": "+4522334455", "0045 22334455": "+4522334455",
		"+46 70-123 45 67": "+46701234567", "": "",
	} {
		if got, err := normalPhone(in); got != want || err != nil {
			t.Errorf("normalPhone(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"123", "22 33 44 55 ring efter 16", "+45 abc"} {
		if got, err := normalPhone(bad); err == nil {
			t.Errorf("normalPhone(%q) = %q, want an error", bad, got)
		}
	}
}

func TestParseDietsTakesDanishWords(t *testing.T) {
	ds, err := parseDiets("Vegetar, glutenfri,intet svinekød, nut-allergy, pescetar")
	want := "gluten_free no_pork nut_allergy pescetarian vegetarian"
	var got []string
	for _, d := range ds {
		got = append(got, string(d))
	}
	if err != nil || strings.Join(got, " ") != want {
		t.Errorf("parseDiets = %q, %v; want %q", got, err, want)
	}
	if _, err := parseDiets("paleo"); err == nil || !strings.Contains(err.Error(), "paleo") {
		t.Errorf("unknown word: %v", err)
	}
}

func TestWorkshopByNameOrAlias(t *testing.T) {
	ev := &tilmeld.Default().Event
	for in, want := range map[string]int{"2": 2, " 4 ": 4, "Sundhed": 2, "job": 4, "Naboskab, netværk & tryghed": 1} {
		if got, err := workshopNumber(ev, in); got != want || err != nil {
			t.Errorf("workshopNumber(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"0", "5", "yoga", ""} {
		if _, err := workshopNumber(ev, bad); err == nil {
			t.Errorf("workshopNumber(%q): no error", bad)
		}
	}
}
