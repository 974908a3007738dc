package store

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"testing"
)

// largeMail is a mail of about n bytes that does not repeat itself.
func largeMail(n int, id string) []byte {
	head := fmt.Sprintf("From: Frida <frida@example.dk>\r\nMessage-ID: <%s>\r\nSubject: Bilag\r\n\r\n", id)
	rnd := rand.New(rand.NewPCG(uint64(len(id)), uint64(n)))
	body := make([]byte, n-len(head))
	for i := range body {
		body[i] = 'a' + byte(rnd.IntN(26))
	}
	return append([]byte(head), body...)
}

// stage writes raw through a RawWriter in pieces of odd sizes.
func stage(t *testing.T, db *DB, raw []byte) *Staged {
	t.Helper()
	w := db.StageRaw()
	if _, err := w.Write(raw[:1000]); err != nil {
		t.Fatal(err)
	}
	if _, err := w.ReadFrom(bytes.NewReader(raw[1000:])); err != nil {
		t.Fatal(err)
	}
	s, err := w.Close()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLargeMailStagedThenRecorded(t *testing.T) {
	db := MustOpen(t)
	raw := largeMail(4*rawChunk*stageChunks/3+12345, "big@x")
	// The fetcher commits the mails before a large one first, as here.
	first, err := db.AddMails(Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: 1},
		[]Fetched{{UID: 1, MessageID: "small@x", Raw: []byte("small")}})
	if err != nil {
		t.Fatal(err)
	}
	s := stage(t, db, raw)
	if s.Size != len(raw) || s.Hash != sha256.Sum256(raw) {
		t.Fatalf("staged %d bytes, hash %x", s.Size, s.Hash)
	}
	if ids, _ := db.Pending(); len(ids) != 1 {
		t.Fatalf("pending %v: a staged mail is pending before it is recorded", ids)
	}
	c := Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: 3}
	ids, err := db.AddMails(c, []Fetched{
		{UID: 2, MessageID: "big@x", Staged: s},
		{UID: 3, MessageID: "after@x", Raw: []byte("after")},
	})
	if err != nil || len(ids) != 2 {
		t.Fatalf("AddMails = %v, %v", ids, err)
	}
	ids = append(first, ids...)
	if ids[0] >= ids[1] || ids[1] >= ids[2] {
		t.Errorf("IDs %v do not follow the order of arrival", ids)
	}
	err = db.View(func(tx *Tx) error {
		m, err := tx.MailByMessageID("big@x")
		if err != nil || m.ID != s.ID || m.Size != len(raw) || !bytes.Equal(m.Hash, s.Hash[:]) {
			t.Errorf("record %+v (%v)", m, err)
		}
		if !tx.RawLarge(s.ID) || tx.RawLarge(ids[0]) {
			t.Error("RawLarge tells large from small wrongly")
		}
		if v, err := tx.RawView(ids[0]); string(v) != "small" || err != nil {
			t.Errorf("RawView of a small mail: %q, %v", v, err)
		}
		if v, err := tx.RawView(s.ID); v != nil || err != ErrNotFound {
			t.Errorf("RawView of a large mail: %d bytes, %v", len(v), err)
		}
		if _, err := tx.RawView(999); err != ErrNotFound {
			t.Errorf("RawView of no mail: %v", err)
		}
		if got, err := tx.Raw(s.ID); err != nil || !bytes.Equal(got, raw) {
			t.Errorf("Raw: %d bytes (%v), want %d", len(got), err, len(raw))
		}
		r, err := tx.RawReader(s.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := io.ReadAll(r); err != nil || !bytes.Equal(got, raw) {
			t.Errorf("RawReader: %d bytes (%v), want %d", len(got), err, len(raw))
		}
		head := raw[:bytes.Index(raw, []byte("\r\n\r\n"))+4]
		if got, err := tx.RawHeader(s.ID); err != nil || !bytes.Equal(got, head) {
			t.Errorf("RawHeader %q (%v)", got, err)
		}
		if got, err := tx.RawHeader(ids[0]); err != nil || string(got) != "small" {
			t.Errorf("RawHeader of a small mail %q (%v)", got, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := db.DropStaged(); n != 0 || err != nil {
		t.Errorf("DropStaged after recording = %d, %v", n, err)
	}
	// Erasure takes the chunks too.
	err = db.Update(func(tx *Tx) error {
		if err := tx.ForgetRaw(s.ID); err != nil {
			return err
		}
		if _, err := tx.Raw(s.ID); err != ErrNotFound {
			t.Errorf("Raw after ForgetRaw: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestLargeDuplicateDropped(t *testing.T) {
	db := MustOpen(t)
	raw := largeMail(LargeRaw+5000, "dup@x")
	first := stage(t, db, raw)
	if _, err := db.AddMails(Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: 1},
		[]Fetched{{UID: 1, MessageID: "dup@x", Staged: first}}); err != nil {
		t.Fatal(err)
	}
	// The mailbox was renumbered: the same mail comes again.
	again := stage(t, db, raw)
	ids, err := db.AddMails(Cursor{Mailbox: "INBOX", UIDValidity: 2, LastUID: 1},
		[]Fetched{{UID: 1, Staged: again}})
	if err != nil || len(ids) != 0 {
		t.Fatalf("AddMails of a duplicate = %v, %v", ids, err)
	}
	db.View(func(tx *Tx) error {
		if tx.RawLarge(again.ID) {
			t.Error("the duplicate's chunks are kept")
		}
		if got, err := tx.Raw(first.ID); err != nil || !bytes.Equal(got, raw) {
			t.Errorf("the first copy: %d bytes (%v)", len(got), err)
		}
		return nil
	})
}

// TestLargeLeftoversDropped stops in the middle of a large mail, as a crash
// or a lost connection does: reopened, the store drops the half-written
// mail, which was never recorded, and takes the mail whole when it comes
// again.
func TestLargeLeftoversDropped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	db, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	raw := largeMail(3*stageChunks*rawChunk, "cut@x")
	w := db.StageRaw()
	if _, err := w.Write(raw[:len(raw)/2]); err != nil {
		t.Fatal(err)
	}
	db.Close() // no Close, no Abort: the process is gone
	db, err = Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, err := db.DropStaged(); n != 1 || err != nil {
		t.Fatalf("DropStaged = %d, %v; want the half mail", n, err)
	}
	db.View(func(tx *Tx) error {
		if tx.RawLarge(w.id) {
			t.Error("the half mail's chunks are kept")
		}
		return nil
	})
	s := stage(t, db, raw)
	ids, err := db.AddMails(Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: 1}, []Fetched{{UID: 1, MessageID: "cut@x", Staged: s}})
	if err != nil || len(ids) != 1 {
		t.Fatalf("AddMails = %v, %v", ids, err)
	}
	// A staged mail that was dropped cannot be recorded.
	w = db.StageRaw()
	w.Write(raw[:LargeRaw+1])
	lost, err := w.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddMails(Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: 2}, []Fetched{{UID: 2, Staged: lost}}); err == nil {
		t.Error("a dropped staged mail was recorded")
	}
	if c, _ := db.Cursor("INBOX"); c.LastUID != 1 {
		t.Errorf("cursor moved to %d past a mail not stored", c.LastUID)
	}
}
