package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExportJSONHasContractFields(t *testing.T) {
	modes(t, seedEvent, func(t *testing.T, f *staffFixture) {
		var got []map[string]any
		if err := json.Unmarshal([]byte(f.mustRun("export", "--format", "json")), &got); err != nil {
			t.Fatal(err)
		}
		if len(got) != 6 {
			t.Fatalf("export has %d rows, want 6 (one per attendee)", len(got))
		}
		for _, k := range []string{"registration", "name", "email", "phone", "first", "second", "diet",
			"diet_text", "workshop", "status", "received", "late"} {
			if _, ok := got[0][k]; !ok {
				t.Errorf("row lacks %q: %v", k, got[0])
			}
		}
		want := []struct {
			name, status string
			workshop     any
		}{
			{"Hanne Larsen", "registered", 2.0}, {"Ali Hassan", "registered", 1.0},
			{"Fatima Hassan", "waitlist", nil}, {"Per Nielsen", "cancelled", nil},
			{"Anna Kowalska", "incomplete", nil}, {"Leif Sen", "registered", 4.0},
		}
		for i, w := range want {
			r := got[i]
			if r["name"] != w.name || r["status"] != w.status || r["workshop"] != w.workshop {
				t.Errorf("row %d = %v %v %v, want %v %v %v", i, r["name"], r["status"], r["workshop"], w.name, w.status, w.workshop)
			}
		}
		if got[1]["phone"] != "+4540506070" || got[2]["registration"] != 2.0 {
			t.Errorf("household rows: %v / %v", got[1], got[2])
		}
		if d, _ := got[2]["diet"].([]any); len(d) != 2 || d[0] != "halal" {
			t.Errorf("Fatima's diet = %v, want [halal nut_allergy]", got[2]["diet"])
		}
		if got[5]["late"] != true || got[0]["late"] != false {
			t.Errorf("late flags: %v, %v", got[5]["late"], got[0]["late"])
		}
	})
}

func TestExportEmptyStoreIsEmptyArray(t *testing.T) {
	f := newStaffFixture(t)
	if out := strings.TrimSpace(f.mustRun("export", "--format", "json")); out != "[]" {
		t.Errorf("empty export = %q, want []", out)
	}
}

func TestExportCSVParses(t *testing.T) {
	modes(t, seedEvent, func(t *testing.T, f *staffFixture) {
		recs, err := csv.NewReader(strings.NewReader(f.mustRun("export", "--format", "csv"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 7 {
			t.Fatalf("csv has %d records, want header + 6", len(recs))
		}
		col := func(name string) int { return slices.Index(recs[0], name) }
		fatima := recs[3]
		if fatima[col("name")] != "Fatima Hassan" || fatima[col("diet")] != "halal;nut_allergy" ||
			fatima[col("workshop")] != "" || fatima[col("status")] != "waitlist" {
			t.Errorf("Fatima's record = %q", fatima)
		}
	})
}

func TestExportXLSXToFile(t *testing.T) {
	modes(t, seedEvent, func(t *testing.T, f *staffFixture) {
		out := filepath.Join(t.TempDir(), "tilmeldinger.xlsx")
		stdout := f.mustRun("export", "--out", out) // the format follows the name
		if stdout != "" {
			t.Errorf("with --out, stdout = %q", stdout)
		}
		x, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatal(err)
		}
		defer x.Close()
		want := []string{"Workshop 1", "Workshop 2", "Workshop 3", "Workshop 4", "Venteliste", "Alle", "Køkken"}
		if got := x.GetSheetList(); !slices.Equal(got, want) {
			t.Errorf("sheets = %q, want %q", got, want)
		}
		rows, err := x.GetRows("Workshop 1")
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 4 || !slices.Contains(rows[2], "Underskrift") || rows[3][1] != "Ali Hassan" {
			t.Errorf("Workshop 1 rows = %q", rows)
		}
		if wl, _ := x.GetRows("Venteliste"); len(wl) != 4 || wl[3][1] != "Fatima Hassan" {
			t.Errorf("Venteliste rows = %q", wl)
		}
		all, _ := x.GetRows("Alle")
		if len(all) != 3+6 {
			t.Errorf("Alle has %d rows, want title, blank, header and 6", len(all))
		}
		if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o644 {
			t.Errorf("export file mode = %v", fi.Mode())
		}
	})
}
