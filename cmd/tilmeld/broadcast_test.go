package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tilmeld/store"
)

func TestBroadcast(t *testing.T) {
	modes(t, seedEvent, func(t *testing.T, f *staffFixture) {
		tmpl := filepath.Join(t.TempDir(), "besked.txt")
		text := "Emne: Nyt lokale\n\nVi har flyttet{{range .Attendees}} {{.Name}} ({{.Workshop}}){{end}} til salen.\n"
		if err := os.WriteFile(tmpl, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		out := f.mustRun("broadcast", "--template", tmpl, "--dry-run")
		for _, want := range []string{"Emne: Nyt lokale", "Vi har flyttet Hanne Larsen (Sundhed & trivsel (nr. 2)) til salen.",
			"ville sende til late@example.net", "2 mails ville blive sendt", "tilmelding 2 (Ali Hassan, Fatima Hassan): ingen e-mail, tlf. +4540506070"} {
			if !strings.Contains(out, want) {
				t.Errorf("dry run lacks %q:\n%s", want, out)
			}
		}
		out = f.mustRun("broadcast", "--template", tmpl, "--workshop", "2")
		if !strings.Contains(out, "1 mail lagt i udbakken") {
			t.Errorf("broadcast to workshop 2:\n%s", out)
		}
		if out = f.mustRun("broadcast", "--template", tmpl, "--workshop", "2"); !strings.Contains(out, "har allerede fået denne besked") {
			t.Errorf("second broadcast was not held back:\n%s", out)
		}
		var mails []*store.OutMail
		f.sharedDB().View(func(tx *store.Tx) error {
			return tx.OutMails(func(m *store.OutMail) error { mails = append(mails, m); return nil })
		})
		if len(mails) != 1 || mails[0].To != "hanne.larsen@example.dk" || mails[0].Subject != "Nyt lokale" ||
			!strings.Contains(mails[0].Body, "til salen") {
			t.Errorf("outbox = %+v", mails)
		}
	})
}

func TestBroadcastRefusesBadTemplate(t *testing.T) {
	f := newStaffFixture(t)
	tmpl := filepath.Join(t.TempDir(), "b.txt")
	os.WriteFile(tmpl, []byte("Hej {{.Nope"), 0o600)
	if _, errs, code := f.run("", "broadcast", "--template", tmpl); code != 2 {
		t.Errorf("broken template: exit %d, %s", code, errs)
	}
	if _, _, code := f.run("", "broadcast"); code != 2 {
		t.Errorf("no template: exit %d", code)
	}
}
