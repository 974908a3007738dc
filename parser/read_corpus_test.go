package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"tilmeld"
)

// TestReadCorpus parses the labelled corpus (outside the repository, skipped
// when absent) and holds the eval figures at what the reader reaches.
func TestReadCorpus(t *testing.T) {
	dir := "../../shared/corpus"
	b, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Skip("corpus not present")
	}
	var labels []Output
	if err := json.Unmarshal(b, &labels); err != nil {
		t.Fatal(err)
	}
	ev := &tilmeld.Default().Event
	var tally Tally
	for _, want := range labels {
		raw, err := os.ReadFile(filepath.Join(dir, want.File))
		if err != nil {
			t.Fatal(err)
		}
		tally.Add(want, Parse(raw, ev).Output(want.File))
	}
	for _, f := range tally.Failures {
		t.Logf("%s %s: want %s, got %s", f.File, f.Field, f.Want, f.Got)
	}
	figures := []struct {
		name      string
		got, want float64
	}{
		{"auto-accept precision", Ratio(tally.AutoRight, tally.AutoAccepted), 1},
		{"coverage", Ratio(tally.Covered, tally.GoldComplete), 1},
		{"ignore precision", Ratio(tally.IgnoreRight, tally.Ignored), 1},
		{"all fields right", Ratio(tally.Passed, tally.Mails), 1},
	}
	for _, f := range figures {
		if f.got < f.want {
			t.Errorf("%s %.3f, want at least %.3f", f.name, f.got, f.want)
		}
	}
}
