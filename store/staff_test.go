package store

import (
	"errors"
	"testing"

	"tilmeld"
)

func TestForgetKeepsMailKnown(t *testing.T) {
	db := MustOpen(t)
	c := Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: 1}
	ids, err := db.AddMails(c, []Fetched{{UID: 1, MessageID: "a@x", Raw: []byte("hej")}})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *Tx) error {
		r := &tilmeld.Registration{Contact: tilmeld.Contact{Email: "ann@example.org"}}
		if err := tx.CreateRegistration(r); err != nil {
			return err
		}
		if err := tx.AddHistory(r.ID, HistoryEntry{Text: "x"}); err != nil {
			return err
		}
		if err := tx.Enqueue(&OutMail{To: "ann@example.org"}); err != nil {
			return err
		}
		if err := tx.ForgetRaw(ids[0]); err != nil {
			return err
		}
		if err := tx.DeleteHistory(r.ID); err != nil {
			return err
		}
		if err := tx.DeleteHistory(99); err != nil {
			return err
		}
		return tx.ForgetAddress("Ann@example.org")
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		if _, err := tx.Raw(ids[0]); !errors.Is(err, ErrNotFound) {
			t.Errorf("Raw after ForgetRaw: %v", err)
		}
		if h, _ := tx.History(1); len(h) != 0 {
			t.Errorf("history after DeleteHistory: %v", h)
		}
		if rs, _ := tx.RegistrationsByEmail("ann@example.org"); len(rs) != 0 || tx.SentRecently("ann@example.org") != 0 {
			t.Errorf("address still indexed: %v", rs)
		}
		return nil
	})
	// The same mail fetched again is still known.
	again, err := db.AddMails(c, []Fetched{{UID: 2, MessageID: "a@x", Raw: []byte("hej")}})
	if err != nil || len(again) != 0 {
		t.Errorf("forgotten mail stored again: %v, %v", again, err)
	}
	if err := db.Update(func(tx *Tx) error { return tx.ForgetAllAddresses() }); err != nil {
		t.Fatal(err)
	}
}
