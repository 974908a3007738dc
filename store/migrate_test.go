package store

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"tilmeld"
)

var update = flag.Bool("update", false, "write testdata/v1.db afresh from the current code")

// frozen is the store file written at schema version 1. It is committed and
// never rewritten once a later version exists: every schema change must keep
// opening it and reading what it holds.
const frozen = "testdata/v1.db"

var frozenTime = time.Date(2020, 9, 14, 10, 30, 0, 0, time.UTC)

// frozenRecords are what the frozen file holds, one of each kind.
func frozenRecords() (Cursor, Fetched, tilmeld.Registration, Review, OutMail, HistoryEntry, AuditEntry) {
	cur := Cursor{Mailbox: "INBOX", UIDValidity: 1600000000, LastUID: 42}
	mail := Fetched{UID: 42, Received: frozenTime, MessageID: "frozen-1@example.dk",
		Raw: []byte("From: Frida Holm <frida@example.dk>\r\nSubject: Tilmelding\r\nMessage-ID: <frozen-1@example.dk>\r\n\r\nWorkshop 2 og 3.\r\n")}
	reg := tilmeld.Registration{Status: tilmeld.RegRegistered, Contact: tilmeld.Contact{Email: "frida@example.dk", Phone: "+4512345678"},
		Attendees: []tilmeld.Attendee{{Name: "Frida Holm", Choices: []int{2, 3}, Diet: []tilmeld.Diet{"vegetarian"}, DietText: "vegetar"}},
		Received:  frozenTime, Language: "da", Mails: []uint64{1}}
	rv := Review{Mail: 1, Registration: 1, Reasons: []string{"Frida asks about parking."}}
	out := OutMail{MessageID: "reply-1.frozen-1@bo-vest.dk", To: "frida@example.dk", ToName: "Frida Holm",
		Subject: "SV: Tilmelding", Body: "Tak for din tilmelding.", InReplyTo: "frozen-1@example.dk",
		References: []string{"frozen-1@example.dk"}, Kind: "receipt", Registration: 1,
		Attachments: []Attachment{{Name: "m.ics", ContentType: "text/calendar", Data: []byte("BEGIN:VCALENDAR")}},
		Attempts:    1, LastError: "451 try later", NextTry: frozenTime.Add(time.Minute)}
	hist := HistoryEntry{Time: frozenTime, Kind: "mail", Text: "registered", Mail: 1, Out: 1}
	audit := AuditEntry{Time: frozenTime, User: "staff", Action: "note", Detail: "phoned Frida"}
	return cur, mail, reg, rv, out, hist, audit
}

// writeFrozen makes the frozen file with the current code.
func writeFrozen(t *testing.T, path string) {
	os.Remove(path)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.Now = func() time.Time { return frozenTime }
	cur, mail, reg, rv, out, hist, audit := frozenRecords()
	if _, err := db.AddMails(cur, []Fetched{mail}); err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *Tx) error {
		steps := []func() error{
			func() error { return tx.CreateRegistration(&reg) },
			func() error { return tx.AddReview(&rv) },
			func() error { return tx.Enqueue(&out) },
			func() error { return tx.AddHistory(reg.ID, hist) },
			func() error { return tx.Audit(audit) },
			func() error { return tx.SetMark("allocated") },
			func() error { _, err := tx.CountFailure(1); return err },
			func() error {
				return tx.Decide(1, &Decision{Intent: "register", Status: "complete", Action: "registered",
					Registration: reg.ID, Review: rv.ID, Replies: []uint64{out.ID}, Reasons: []string{"clear"}})
			},
		}
		for _, step := range steps {
			if err := step(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFrozenStoreOpens opens a copy of the version-1 file with the current
// code, which upgrades it, and reads every kind of record back.
func TestFrozenStoreOpens(t *testing.T) {
	if *update {
		if SchemaVersion() != 1 {
			t.Fatalf("testdata/v1.db is frozen at version 1; add a v%d.db instead of rewriting it", SchemaVersion())
		}
		writeFrozen(t, frozen)
	}
	path := filepath.Join(t.TempDir(), "v1.db")
	copyFile(t, frozen, path)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("the current code cannot open a version-1 store: %v", err)
	}
	defer db.Close()
	cur, mail, reg, rv, out, hist, audit := frozenRecords()
	if got, err := db.Cursor("INBOX"); err != nil || got != cur {
		t.Errorf("cursor %+v (%v), want %+v", got, err, cur)
	}
	err = db.View(func(tx *Tx) error {
		checkFrozenMail(t, tx, mail)
		checkFrozenRegistration(t, tx, reg)
		checkFrozenOutbox(t, tx, out, rv, hist, audit)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if ids, err := db.Pending(); err != nil || len(ids) != 0 {
		t.Errorf("pending %v (%v): the decided mail awaits a decision again", ids, err)
	}
	// Version 2 indexed the names of the registrations already there.
	err = db.View(func(tx *Tx) error {
		regs, err := tx.RegistrationsSharingNames([]string{"holm"})
		if err != nil || len(regs) != 1 || regs[0].Attendees[0].Name != reg.Attendees[0].Name {
			t.Errorf("registrations sharing the name holm: %d (%v), want the one of %s", len(regs), err, reg.Attendees[0].Name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if unsent, err := db.UnsentCount(); err != nil || unsent != 1 {
		t.Errorf("%d unsent (%v), want the one queued reply", unsent, err)
	}
}

func checkFrozenMail(t *testing.T, tx *Tx, want Fetched) {
	t.Helper()
	m, err := tx.MailByMessageID(want.MessageID)
	if err != nil {
		t.Fatalf("mail by Message-ID: %v", err)
	}
	if m.UID != want.UID || !m.Received.Equal(want.Received) || m.Size != len(want.Raw) {
		t.Errorf("mail record %+v", m)
	}
	if d := m.Decision; d == nil || d.Action != "registered" || d.Registration != 1 || len(d.Replies) != 1 {
		t.Errorf("decision %+v", m.Decision)
	}
	if raw, err := tx.Raw(m.ID); err != nil || string(raw) != string(want.Raw) {
		t.Errorf("raw %q (%v)", raw, err)
	}
}

func checkFrozenRegistration(t *testing.T, tx *Tx, want tilmeld.Registration) {
	t.Helper()
	regs, err := tx.RegistrationsByEmail("Frida@Example.dk")
	if err != nil || len(regs) != 1 {
		t.Fatalf("registrations by e-mail: %d (%v)", len(regs), err)
	}
	want.ID = 1
	if got := *regs[0]; !reflect.DeepEqual(got, want) {
		t.Errorf("registration\n got %+v\nwant %+v", got, want)
	}
	if id := tx.ThreadRegistration("reply-1.frozen-1@bo-vest.dk"); id != 1 {
		t.Errorf("thread of the reply points at %d", id)
	}
	if tx.Mark("allocated").IsZero() {
		t.Error("the allocated mark is lost")
	}
}

func checkFrozenOutbox(t *testing.T, tx *Tx, out OutMail, rv Review, hist HistoryEntry, audit AuditEntry) {
	t.Helper()
	got, err := tx.OutMail(1)
	out.ID, out.Created = 1, frozenTime
	if err != nil || !reflect.DeepEqual(*got, out) {
		t.Errorf("outbox mail (%v)\n got %+v\nwant %+v", err, got, out)
	}
	r, err := tx.Review(1)
	if err != nil || r.Mail != rv.Mail || !reflect.DeepEqual(r.Reasons, rv.Reasons) || !r.Open() {
		t.Errorf("review %+v (%v)", r, err)
	}
	h, err := tx.History(1)
	if err != nil || len(h) != 1 || !reflect.DeepEqual(h[0], hist) {
		t.Errorf("history %+v (%v)", h, err)
	}
	var entries []AuditEntry
	tx.AuditLog(func(e *AuditEntry) error { entries = append(entries, *e); return nil })
	if len(entries) != 1 || !reflect.DeepEqual(entries[0], audit) {
		t.Errorf("audit log %+v", entries)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatalf("%v (make it with go test ./store -run TestFrozenStoreOpens -update)", err)
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}
