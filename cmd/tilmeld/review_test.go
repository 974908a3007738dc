package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tilmeld"
	"tilmeld/store"
)

const mailHanne = `From: Hanne Larsen <hanne.larsen@example.dk>
To: abc@bo-vest.dk
Subject: Tilmelding til netværksmødet
Date: Wed, 09 Sep 2020 10:00:00 +0200
Message-ID: <hanne-1@example.dk>
Content-Type: text/plain; charset=utf-8

Hej

Jeg vil gerne komme. Workshop 2 eller måske 4, det ved jeg ikke helt.
Jeg spiser ikke kød.

Venlig hilsen
Hanne Larsen
Tlf. 22 33 44 55

> Tilmelding senest 21. september til abc@bo-vest.dk
> Workshop 1: Naboskab, netværk & tryghed
`

const mailQuestion = `From: Omar Ali <omar@example.com>
To: abc@bo-vest.dk
Subject: Parkering?
Date: Thu, 10 Sep 2020 09:00:00 +0200
Message-ID: <omar-1@example.com>
Content-Type: text/plain; charset=utf-8

Kan man parkere ved mødestedet?

Omar
`

const mailNews = `From: Nyhedsbrev <news@example.net>
To: abc@bo-vest.dk
Subject: Ugens tilbud
Date: Thu, 10 Sep 2020 11:00:00 +0200
Message-ID: <news-1@example.net>
Content-Type: text/plain; charset=utf-8

Se ugens tilbud.
`

// seedReview stores three mails and a review item for each.
func seedReview(f *staffFixture) {
	seedMails(f, []string{"1st and 2nd priority are uncertain", "a question for staff", "looks like a newsletter"},
		mailHanne, mailQuestion, mailNews)
}

// seedMails stores raw mails, each decided as a review item with its reason.
func seedMails(f *staffFixture, reasons []string, mails ...string) {
	db, err := store.Open(f.cfg.Store.Path, store.Options{NoSync: true})
	if err != nil {
		f.t.Fatal(err)
	}
	db.Now = func() time.Time { return f.now }
	var batch []store.Fetched
	for i, raw := range mails {
		raw = strings.ReplaceAll(raw, "\n", "\r\n")
		batch = append(batch, store.Fetched{UID: uint32(i + 1), Raw: []byte(raw),
			Received: time.Date(2020, 9, 9+i, 10, 0, 0, 0, time.UTC)})
	}
	ids, err := db.AddMails(store.Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: uint32(len(mails))}, batch)
	db.Close()
	if err != nil || len(ids) != len(mails) {
		f.t.Fatalf("AddMails = %v, %v", ids, err)
	}
	f.update(func(tx *store.Tx) error {
		for i, id := range ids {
			rv := &store.Review{Mail: id, Reasons: []string{reasons[i]}}
			if err := tx.AddReview(rv); err != nil {
				return err
			}
			if err := tx.Decide(id, &store.Decision{Action: "review", Review: rv.ID}); err != nil {
				return err
			}
		}
		return nil
	})
}

func TestReviewListAndShow(t *testing.T) {
	modes(t, seedReview, func(t *testing.T, f *staffFixture) {
		var items []map[string]any
		if err := json.Unmarshal([]byte(f.mustRun("review", "list", "--json")), &items); err != nil {
			t.Fatal(err)
		}
		if len(items) != 3 {
			t.Fatalf("review list has %d items, want 3", len(items))
		}
		first := items[0]
		if first["id"] != 1.0 || first["from"] != "hanne.larsen@example.dk" || first["open"] != true ||
			first["subject"] != "Tilmelding til netværksmødet" || first["reading"] == nil {
			t.Errorf("first item = %v", first)
		}
		out := f.mustRun("review", "show", "1")
		for _, want := range []string{"Sag 1 (åben)", "1st and 2nd priority are uncertain",
			"Fra:   Hanne Larsen <hanne.larsen@example.dk>", "Emne:  Tilmelding til netværksmødet",
			"Beboerens egne ord:\n  | Hej", "Workshop 2 eller måske 4", "Bottens læsning"} {
			if !strings.Contains(out, want) {
				t.Errorf("review show 1 lacks %q:\n%s", want, out)
			}
		}
		own := out[strings.Index(out, "Beboerens egne ord"):]
		if i := strings.Index(own, "\n\n"); i > 0 && strings.Contains(own[:i], "Tilmelding senest") {
			t.Errorf("quoted invitation shown as the resident's own words:\n%s", out)
		}
		if text := f.mustRun("review", "list"); !strings.Contains(text, "3 sager") {
			t.Errorf("review list:\n%s", text)
		}
	})
}

func TestReviewResolveDismissReply(t *testing.T) {
	modes(t, seedReview, func(t *testing.T, f *staffFixture) {
		out, errs, code := f.run("", "review", "resolve", "1", "--name", "Hanne Larsen", "--phone", "22334455",
			"--first", "2", "--second", "4", "--diet", "vegetarian")
		if code != 0 || !strings.Contains(out, "Sag 1 lukket: tilmelding 1 oprettet") {
			t.Fatalf("resolve: exit %d\n%s%s", code, out, errs)
		}
		if _, errs, code := f.run("", "review", "resolve", "1", "--name", "X", "--first", "1"); code != 1 || !strings.Contains(errs, "allerede lukket") {
			t.Errorf("resolving twice: exit %d, %s", code, errs)
		}
		f.mustRun("review", "dismiss", "3", "--note", "nyhedsbrev")
		out = f.mustRun("review", "reply", "2", "--text", "Ja, der er parkering ved Kulturhuset.")
		if !strings.Contains(out, "Svar på sag 2") {
			t.Errorf("reply said %q", out)
		}
		if left := f.mustRun("review", "list"); !strings.Contains(left, "Ingen sager venter") {
			t.Errorf("items left open:\n%s", left)
		}
		rows := exportRows(t, f)
		if len(rows) != 1 || rows[0].Email != "hanne.larsen@example.dk" || rows[0].Phone != "+4522334455" ||
			intOf(rows[0].Second) != 4 || rows[0].Received.IsZero() {
			t.Errorf("registration from review = %+v", rows)
		}
		all := f.mustRun("review", "list", "--all")
		for _, want := range []string{"tilmelding 1 oprettet", "ikke en tilmelding: nyhedsbrev", "besvaret"} {
			if !strings.Contains(all, want) {
				t.Errorf("review list --all lacks %q:\n%s", want, all)
			}
		}
	})
}

func TestReviewReplyInEditor(t *testing.T) {
	f := newStaffFixture(t)
	seedReview(f)
	f.daemon()
	editor := filepath.Join(t.TempDir(), "editor.sh")
	script := "#!/bin/sh\n{ printf 'Hej Omar\\n\\nJa, der er parkering.\\n'; cat \"$1\"; } > \"$1.new\" && mv \"$1.new\" \"$1\"\n"
	if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", editor)
	out, errs, code := f.run("", "review", "reply", "2")
	if code != 0 || !strings.Contains(out, "Svar på sag 2") {
		t.Fatalf("reply in editor: exit %d\n%s%s", code, out, errs)
	}
	mails := outbox(t, f)
	last := mails[len(mails)-1]
	if last.To != "omar@example.com" || !strings.Contains(last.Body, "Ja, der er parkering.") || strings.Contains(last.Body, "# ") {
		t.Errorf("staff answer = %+v", last)
	}
}

func TestReviewWalkThrough(t *testing.T) {
	modes(t, seedReview, func(t *testing.T, f *staffFixture) {
		// Item 1: correct the reading by hand; item 2: skip; item 3: not a registration.
		input := strings.Join([]string{
			"x",                    // unknown choice: asked again
			"r", "", "22 33 44 55", // e-mail kept, phone typed
			"Hanne Larsen", "2", "4", "vegetarian", "", "n",
			"o",
			"i", "reklame",
		}, "\n") + "\n"
		out, errs, code := f.run(input, "review")
		if code != 0 {
			t.Fatalf("walk-through: exit %d\n%s%s", code, out, errs)
		}
		for _, want := range []string{"Sag 1 af 3", "Ukendt valg", "Sag 1 lukket: tilmelding 1 oprettet",
			"Sag 3 lukket: ikke en tilmelding: reklame", "1 rettet, 1 ikke tilmeldinger, 0 besvaret, 1 sprunget over"} {
			if !strings.Contains(out, want) {
				t.Errorf("walk-through output lacks %q:\n%s", want, out)
			}
		}
		rows := exportRows(t, f)
		if len(rows) != 1 || rows[0].Name != "Hanne Larsen" || rows[0].Phone != "+4522334455" ||
			len(rows[0].Diet) != 1 || rows[0].Diet[0] != tilmeld.Vegetarian {
			t.Errorf("registration from the walk-through = %+v", rows)
		}
		if left := f.mustRun("review", "list"); !strings.Contains(left, "1 sag.") {
			t.Errorf("want the skipped item left:\n%s", left)
		}
	})
}

func TestReviewWalkThroughStopsAtEOF(t *testing.T) {
	f := newStaffFixture(t)
	seedReview(f)
	out, _, code := f.run("", "review")
	if code != 0 || !strings.Contains(out, "Sag 1 af 3") || !strings.Contains(out, "Færdig") {
		t.Errorf("walk-through on empty input: exit %d\n%s", code, out)
	}
}

// outbox returns the queued mails, read through a daemon-free store.
func outbox(t *testing.T, f *staffFixture) []*store.OutMail {
	t.Helper()
	var out []*store.OutMail
	db := f.sharedDB()
	err := db.View(func(tx *store.Tx) error {
		return tx.OutMails(func(m *store.OutMail) error { out = append(out, m); return nil })
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestReviewAcceptReading(t *testing.T) {
	modes(t, seedReview, func(t *testing.T, f *staffFixture) {
		var items []walkItem
		if err := json.Unmarshal([]byte(f.mustRun("review", "list", "--json")), &items); err != nil {
			t.Fatal(err)
		}
		if items[0].Resolve == nil {
			t.Skip("the parser gives no whole reading of the first mail")
		}
		out, errs, code := f.run("g\na\n", "review")
		if code != 0 || !strings.Contains(out, "Sag 1 lukket: tilmelding 1 oprettet") || !strings.Contains(out, "1 godkendt") {
			t.Errorf("accepting the reading: exit %d\n%s%s", code, out, errs)
		}
	})
}

func TestReviewResolveForwardedByStaff(t *testing.T) {
	f := newStaffFixture(t)
	fwd := strings.Replace(mailHanne, "From: Hanne Larsen <hanne.larsen@example.dk>", "From: ABC <abc@bo-vest.dk>", 1)
	seedMails(f, []string{"sent from our own mailbox"}, fwd)
	out, errs, code := f.run("", "review", "resolve", "1", "--name", "Hanne Larsen", "--phone", "22334455", "--first", "2")
	if code != 0 {
		t.Fatalf("resolve: exit %d\n%s%s", code, out, errs)
	}
	if rows := exportRows(t, f); rows[0].Email != "" {
		t.Errorf("a registration forwarded from the event's mailbox got its address: %+v", rows[0])
	}
}

func TestReviewWalkThroughAnswers(t *testing.T) {
	f := newStaffFixture(t)
	seedReview(f)
	editor := filepath.Join(t.TempDir(), "editor.sh")
	script := "#!/bin/sh\n{ printf 'Ja, der er parkering.\\n'; cat \"$1\"; } > \"$1.new\" && mv \"$1.new\" \"$1\"\n"
	if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", editor)
	out, errs, code := f.run("o\ns\na\n", "review")
	if code != 0 || !strings.Contains(out, "Svar på sag 2 lagt i udbakken") || !strings.Contains(out, "1 besvaret, 1 sprunget over") {
		t.Fatalf("answering in the walk-through: exit %d\n%s%s", code, out, errs)
	}
	mails := outbox(t, f)
	if last := mails[len(mails)-1]; last.To != "omar@example.com" || !strings.Contains(last.Body, "Ja, der er parkering.") {
		t.Errorf("answer = %+v", last)
	}
}
