package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"tilmeld"
)

// MustOpen opens a store in a temporary folder, closed when the test ends.
func MustOpen(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(filepath.Join(tb.TempDir(), "t.db"), Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func TestAddMailsDeduplicatesAndAdvancesCursor(t *testing.T) {
	db := MustOpen(t)
	c := Cursor{Mailbox: "INBOX", UIDValidity: 7, LastUID: 2}
	ids, err := db.AddMails(c, []Fetched{
		{UID: 1, MessageID: "a@x", Raw: []byte("one")},
		{UID: 2, MessageID: "b@x", Raw: []byte("two")},
	})
	if err != nil || len(ids) != 2 {
		t.Fatalf("AddMails = %v, %v; want 2 ids", ids, err)
	}
	// The mailbox was recreated: new UIDs, same mails, plus one new.
	c2 := Cursor{Mailbox: "INBOX", UIDValidity: 8, LastUID: 3}
	ids2, err := db.AddMails(c2, []Fetched{
		{UID: 1, MessageID: "a@x", Raw: []byte("one")},
		{UID: 2, MessageID: "", Raw: []byte("two")}, // same bytes, no Message-ID
		{UID: 3, MessageID: "c@x", Raw: []byte("three")},
	})
	if err != nil || len(ids2) != 1 || ids2[0] != 3 {
		t.Fatalf("second AddMails = %v, %v; want [3]", ids2, err)
	}
	got, _ := db.Cursor("INBOX")
	if got != c2 {
		t.Errorf("cursor = %+v, want %+v", got, c2)
	}
	pending, _ := db.Pending()
	if len(pending) != 3 {
		t.Errorf("pending = %v, want 3 mails", pending)
	}
	err = db.View(func(tx *Tx) error {
		raw, err := tx.Raw(3)
		if string(raw) != "three" {
			t.Errorf("raw 3 = %q, %v", raw, err)
		}
		m, err := tx.MailByMessageID("b@x")
		if err != nil || m.ID != 2 {
			t.Errorf("MailByMessageID(b@x) = %+v, %v", m, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestDecideMovesMailFromPendingToMark(t *testing.T) {
	db := MustOpen(t)
	ids, _ := db.AddMails(Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: 1}, []Fetched{{UID: 1, Raw: []byte("x")}})
	err := db.Update(func(tx *Tx) error { return tx.Decide(ids[0], &Decision{Action: "ignored"}) })
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := db.Pending(); len(p) != 0 {
		t.Errorf("pending after decide = %v", p)
	}
	marks, _ := db.ToMark()
	if len(marks) != 1 || marks[0].Action != "ignored" || marks[0].UID != 1 || marks[0].UIDValidity != 1 ||
		marks[0].Mailbox != "INBOX" || marks[0].Decided.Before(marks[0].Stored) {
		t.Fatalf("ToMark = %+v", marks)
	}
	if err := db.Marked([]uint64{ids[0]}); err != nil {
		t.Fatal(err)
	}
	if marks, _ := db.ToMark(); len(marks) != 0 {
		t.Errorf("ToMark after Marked = %+v", marks)
	}
}

// A store written by an older tilmeld lists the mails to flag by ID
// alone: ToMark reads those from their records, as it did.
func TestToMarkReadsOlderListsFromTheRecords(t *testing.T) {
	db := MustOpen(t)
	c := Cursor{Mailbox: "Indbakke", UIDValidity: 7, LastUID: 2}
	ids, _ := db.AddMails(c, []Fetched{{UID: 1, Raw: []byte("a")}, {UID: 2, Raw: []byte("b")}})
	err := db.Update(func(tx *Tx) error {
		for i, id := range ids {
			if err := tx.Decide(id, &Decision{Action: []string{"registered", "review"}[i]}); err != nil {
				return err
			}
		}
		return tx.bucket(bucketToUnseen).Put(itob(ids[0]), nil) // as an older tilmeld wrote it
	})
	if err != nil {
		t.Fatal(err)
	}
	marks, err := db.ToMark()
	if err != nil || len(marks) != 2 {
		t.Fatalf("ToMark = %+v, %v", marks, err)
	}
	for i, m := range marks {
		want := Unflagged{ID: ids[i], Mailbox: "Indbakke", UIDValidity: 7, UID: uint32(i + 1), Action: []string{"registered", "review"}[i]}
		if m.ID != want.ID || m.Mailbox != want.Mailbox || m.UIDValidity != want.UIDValidity || m.UID != want.UID ||
			m.Action != want.Action || m.Stored.IsZero() || !m.Decided.Equal(marks[0].Decided) {
			t.Errorf("mark %d = %+v, want %+v with both times", i, m, want)
		}
	}
}

func TestRegistrationsIndexByEmailAndThread(t *testing.T) {
	db := MustOpen(t)
	err := db.Update(func(tx *Tx) error {
		r := &tilmeld.Registration{Status: tilmeld.RegRegistered, Contact: tilmeld.Contact{Email: "ann@example.org"}}
		if err := tx.CreateRegistration(r); err != nil {
			return err
		}
		return tx.Enqueue(&OutMail{MessageID: "r1@bot", To: "ann@example.org", Registration: r.ID})
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx *Tx) error {
		rs, err := tx.RegistrationsByEmail("ANN@example.org")
		if err != nil || len(rs) != 1 || rs[0].ID != 1 {
			t.Errorf("RegistrationsByEmail = %v, %v", rs, err)
		}
		if id := tx.ThreadRegistration("r1@bot"); id != 1 {
			t.Errorf("ThreadRegistration(r1@bot) = %d, want 1", id)
		}
		if n := tx.SentRecently("ann@example.org"); n != 1 {
			t.Errorf("SentRecently = %d, want 1", n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestUnsentHonoursNextTryAndLeavesWhenSent(t *testing.T) {
	db := MustOpen(t)
	now := time.Date(2020, 9, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	var m OutMail
	if err := db.Update(func(tx *Tx) error { m = OutMail{To: "a@x"}; return tx.Enqueue(&m) }); err != nil {
		t.Fatal(err)
	}
	m.NextTry = now.Add(time.Minute)
	if err := db.SaveOutMail(&m); err != nil {
		t.Fatal(err)
	}
	if due, _ := db.Unsent(now); len(due) != 0 {
		t.Errorf("due before NextTry: %v", due)
	}
	if due, _ := db.Unsent(now.Add(time.Minute)); len(due) != 1 {
		t.Errorf("due at NextTry: %v", due)
	}
	m.Sent = now
	if err := db.SaveOutMail(&m); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.UnsentCount(); n != 0 {
		t.Errorf("unsent after sent = %d", n)
	}
}

func TestMarkSentLeavesTheRecordAndIsReadBack(t *testing.T) {
	db := MustOpen(t)
	now := time.Date(2020, 9, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	m := OutMail{To: "a@x", Body: "hej", LastError: "421 try later", Attempts: 1}
	var before []byte
	err := db.Update(func(tx *Tx) error {
		if err := tx.Enqueue(&m); err != nil {
			return err
		}
		before = bytes.Clone(tx.bucket(bucketOutbox).Get(itob(m.ID)))
		return tx.MarkSent(m.ID, now)
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := db.UnsentCount(); n != 0 {
		t.Errorf("unsent after MarkSent = %d", n)
	}
	err = db.View(func(tx *Tx) error {
		if got := tx.bucket(bucketOutbox).Get(itob(m.ID)); !bytes.Equal(got, before) {
			t.Errorf("record rewritten: %s", got)
		}
		got, err := tx.OutMail(m.ID)
		if err != nil {
			return err
		}
		if !got.Sent.Equal(now) || got.LastError != "" || got.Attempts != 1 {
			t.Errorf("OutMail = sent %v, last error %q, attempts %d", got.Sent, got.LastError, got.Attempts)
		}
		return tx.OutMails(func(o *OutMail) error {
			if !o.Sent.Equal(now) {
				t.Errorf("OutMails: sent %v", o.Sent)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Update(func(tx *bolt.Tx) error {
		meta, _ := tx.CreateBucketIfNotExists(bucketMeta)
		return meta.Put(keyVersion, itob(uint64(SchemaVersion()+1)))
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path, Options{})
	if err == nil || !strings.Contains(err.Error(), "newer tilmeld") {
		t.Fatalf("Open of a newer store: err = %v, want a refusal naming a newer tilmeld", err)
	}
}

func TestOpenTwiceIsLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = Open(path, Options{Timeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: err = %v, want ErrLocked", err)
	}
}

func TestMarksAndHistory(t *testing.T) {
	db := MustOpen(t)
	err := db.Update(func(tx *Tx) error {
		if !tx.Mark("allocated").IsZero() {
			t.Error("mark set before SetMark")
		}
		if err := tx.SetMark("allocated"); err != nil {
			return err
		}
		return tx.AddHistory(4, HistoryEntry{Kind: "mail", Text: "first"})
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		if tx.Mark("allocated").IsZero() {
			t.Error("mark not kept")
		}
		h, err := tx.History(4)
		if err != nil || len(h) != 1 || h[0].Text != "first" {
			t.Errorf("History = %v, %v", h, err)
		}
		return nil
	})
}

func TestNameIndexFollowsRenamesAndFindsBySharedWord(t *testing.T) {
	db := MustOpen(t)
	err := db.Update(func(tx *Tx) error {
		for _, names := range [][]string{{"Anne Holm", "Kurt Holm"}, {"Bo Dahl"}} {
			r := &tilmeld.Registration{}
			for _, n := range names {
				r.Attendees = append(r.Attendees, tilmeld.Attendee{Name: n})
			}
			if err := tx.CreateRegistration(r); err != nil {
				return err
			}
		}
		r, err := tx.Registration(2)
		if err != nil {
			return err
		}
		r.Attendees[0].Name = "Bo Holm" // corrected by staff
		return tx.PutRegistration(r)
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		names []string
		want  []uint64
	}{
		{[]string{"KURT"}, []uint64{1}},
		{[]string{"holm"}, []uint64{1, 2}},
		{[]string{"Bo Dahl"}, []uint64{2}}, // "bo" still names registration 2
		{[]string{"dahl"}, nil},            // the old name is gone from the index
		{[]string{"Ukendt Person"}, nil},
	}
	db.View(func(tx *Tx) error {
		regs, err := tx.RegistrationsWithFullNames([]string{"kurt  HOLM", "Holm", "Bo Dahl"})
		if err != nil || len(regs) != 1 || regs[0].ID != 1 {
			t.Errorf("RegistrationsWithFullNames = %d registrations (%v), want registration 1 alone", len(regs), err)
		}
		return nil
	})
	for _, tt := range tests {
		db.View(func(tx *Tx) error {
			regs, err := tx.RegistrationsSharingNames(tt.names)
			var got []uint64
			for _, r := range regs {
				got = append(got, r.ID)
			}
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("RegistrationsSharingNames(%q) = %v (%v), want %v", tt.names, got, err, tt.want)
			}
			return nil
		})
	}
}
