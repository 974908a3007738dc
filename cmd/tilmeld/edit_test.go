package main

import (
	"strings"
	"testing"

	"tilmeld"
)

func TestEditRegistration(t *testing.T) {
	modes(t, seedEvent, func(t *testing.T, f *staffFixture) {
		f.mustRun("edit", "2", "--email", "ali@example.org", "--attendee", "2", "--diet", "halal", "--diet-text", "")
		out := f.mustRun("edit", "2", "--add-attendee", "--name", "Yusuf Hassan", "--first", "3", "--second", "1")
		if !strings.Contains(out, "ny deltager Yusuf Hassan") {
			t.Errorf("add attendee said %q", out)
		}
		f.mustRun("edit", "--remove-attendee", "--attendee", "1", "2")
		rows := exportRows(t, f)
		var got []string
		for _, r := range rows {
			if r.Registration == 2 {
				got = append(got, r.Name)
				if r.Email != "ali@example.org" {
					t.Errorf("%s's email = %q", r.Name, r.Email)
				}
			}
		}
		if strings.Join(got, ",") != "Fatima Hassan,Yusuf Hassan" {
			t.Errorf("registration 2 has %q", got)
		}
		if fatima := rows[1]; len(fatima.Diet) != 1 || fatima.Diet[0] != tilmeld.Halal || fatima.DietText != "" {
			t.Errorf("Fatima after edit = %+v", fatima)
		}
		for _, bad := range [][]string{
			{"edit", "2", "--attendee", "9", "--name", "X"},
			{"edit", "2", "--first", "2", "--second", "2"},
			{"edit", "1", "--remove-attendee"},
			{"edit"},
			{"move", "1", "--workshop", "8"},
		} {
			if _, errs, code := f.run("", bad...); code != 2 {
				t.Errorf("%q: exit %d, want 2 (%s)", bad, code, errs)
			}
		}
		if _, errs, code := f.run("", "cancel", "3"); code != 1 || !strings.Contains(errs, "allerede afmeldt") {
			t.Errorf("cancel of a cancelled registration: exit %d, %s", code, errs)
		}
	})
}
