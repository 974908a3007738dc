package mailbot

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tilmeld"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenRegistration has what the texts must show: two people, choices,
// diet tags with own words, a phone.
func goldenRegistration() *tilmeld.Registration {
	return &tilmeld.Registration{ID: 7, Status: tilmeld.RegRegistered,
		Contact: tilmeld.Contact{Email: "anna@example.dk", Phone: "+4522334455"},
		Attendees: []tilmeld.Attendee{
			withDiet(person("Anna Jensen", 2, 4), "vegetar, ingen stærk mad", tilmeld.DietOther, tilmeld.Vegetarian),
			person("Bo Jensen", 1, 3),
		}}
}

func TestGoldenTexts(t *testing.T) {
	b := New(tilmeld.Default(), nil, nil)
	incompleteReg := goldenRegistration()
	incompleteReg.Attendees[1] = person("", 1, 3)
	incompleteReg.Attendees[0].Choices = nil
	incompleteReg.Missing = missingOf(incompleteReg)
	placedReg := goldenRegistration()
	placedReg.Attendees[0].Workshop, placedReg.Attendees[0].OffChoice = 1, true
	placedReg.Attendees[1].Workshop = 3
	waitReg := goldenRegistration()
	waitReg.Attendees[0].Workshop = 4
	tests := []struct {
		kind      string
		r         *tilmeld.Registration
		allocated bool
		name      string
	}{
		{KindReceipt, goldenRegistration(), false, "receipt"},
		{KindClarify, incompleteReg, false, "clarify"},
		{KindPlacement, placedReg, true, "placement"},
		{KindPlacement, waitReg, true, "placement-waitlist"},
		{KindUpdate, placedReg, true, "update-allocated"},
		{KindCancel, goldenRegistration(), false, "cancel-partial"},
		{KindAck, nil, false, "ack"},
	}
	for _, tt := range tests {
		for _, lang := range []string{"da", "en"} {
			name := tt.name + "." + lang
			t.Run(name, func(t *testing.T) {
				v := b.NewView(lang, tt.r, tt.allocated)
				if tt.name == "cancel-partial" {
					v.Cancelled = []string{"Carl Jensen"}
				}
				rd, err := b.Render(tt.kind, v)
				if err != nil {
					t.Fatal(err)
				}
				checkGolden(t, name, "Subject: "+rd.Subject+"\n\n"+rd.Body)
			})
		}
	}
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".txt")
	if *updateGolden {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s:\n--- got\n%s\n--- want\n%s", name, path, got, want)
	}
}

func TestTemplatesOverriddenFromFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ack.da.tmpl"), []byte(`{{define "subject"}}Tak{{end}}Tak, {{.Event.Organiser}}.`), 0o644)
	cfg := tilmeld.Default()
	cfg.Replies.Templates = dir
	b := New(cfg, nil, nil)
	rd, err := b.Render(KindAck, b.NewView("da", nil, false))
	if err != nil {
		t.Fatal(err)
	}
	if rd.Subject != "Tak" || rd.Body != "Tak, Albertslund Boligsociale Center.\n" {
		t.Errorf("rendered %+v", rd)
	}
	// Other files still come from the binary.
	if _, err := b.Render(KindReceipt, b.NewView("da", goldenRegistration(), false)); err != nil {
		t.Error(err)
	}
}

func TestEveryTemplateRenders(t *testing.T) {
	b := New(tilmeld.Default(), nil, nil)
	for _, kind := range []string{KindReceipt, KindClarify, KindAck, KindUpdate, KindCancel,
		KindPlacement, KindPromoted, KindReminder, KindOver, KindStaff} {
		for _, lang := range []string{"da", "en"} {
			rd, err := b.Render(kind, b.NewView(lang, goldenRegistration(), true))
			if err != nil || rd.Subject == "" || rd.Body == "" {
				t.Errorf("%s.%s: %+v, %v", kind, lang, rd, err)
			}
		}
	}
}

func TestBrokenOverrideFallsBackToEmbedded(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "receipt.da.tmpl"), []byte(`{{.NoSuchField}`), 0o644)
	cfg := tilmeld.Default()
	cfg.Replies.Templates = dir
	b := New(cfg, nil, nil)
	rd, err := b.Render(KindReceipt, b.NewView("da", goldenRegistration(), false))
	if err != nil || !strings.Contains(rd.Body, "Vi har forstået din tilmelding") {
		t.Errorf("rendered %q, %v", rd.Body, err)
	}
}
