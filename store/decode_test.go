package store

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// sameAsEncodingJSON checks that readMail reads v as json.Unmarshal does:
// the same record, an error where it fails.
func sameAsEncodingJSON(t *testing.T, v []byte) {
	t.Helper()
	var want Mail
	wantErr := json.Unmarshal(v, &want)
	got, err := readMail(v)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("readMail(%q): error %v, encoding/json: %v", v, err, wantErr)
	}
	if wantErr == nil && !sameMail(got, &want) {
		t.Fatalf("readMail(%q) =\n %#v\nencoding/json reads\n %#v", v, got, &want)
	}
}

// sameMail compares records down to their times' locations.
func sameMail(a, b *Mail) bool { return reflect.DeepEqual(a, b) }

// The records the current encoder writes, with every awkward string,
// are read by the fast path and as encoding/json reads them.
func TestReadMailLikeEncodingJSON(t *testing.T) {
	at := time.Date(2026, 9, 14, 10, 30, 5, 123456789, time.FixedZone("CEST", 2*3600))
	var mails []*Mail
	for _, s := range awkward {
		mails = append(mails,
			&Mail{ID: 7, Mailbox: s, UIDValidity: 1<<32 - 1, UID: 42, MessageID: s, Hash: []byte(s), Size: 3000,
				Received: at, Stored: at.UTC(),
				Decision: &Decision{Time: at, Intent: s, Status: "complete", Action: "registered",
					Registration: 3, Review: 9, Replies: []uint64{1, 1<<64 - 1}, Reasons: []string{s, "two"}}},
			&Mail{ID: 1<<64 - 1, Mailbox: "INBOX", MessageID: s, Hash: nil, Received: at.Local()})
	}
	mails = append(mails, &Mail{}, &Mail{Decision: &Decision{}}, &Mail{Hash: []byte{}},
		&Mail{Decision: &Decision{Replies: []uint64{0}, Reasons: []string{""}}})
	fast := 0
	for _, m := range mails {
		v, err := m.appendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		sameAsEncodingJSON(t, v)
		if r := (jsonReader{b: v}); r.mail() != nil && r.done() {
			fast++
		}
	}
	if fast != len(mails) {
		t.Errorf("%d of the %d records the encoder wrote took the fast path", fast, len(mails))
	}
}

// Anything not in the encoder's shape goes to encoding/json, which reads it
// or fails as before.
func TestReadMailOtherShapes(t *testing.T) {
	for _, v := range []string{
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":null,"size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}`,
		`{"mailbox":"INBOX","id":1,"uid_validity":1,"uid":2,"hash":null,"size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}`,
		`{"id":1, "mailbox":"INBOX"}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":null,"size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z","extra":1}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":null,"size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z","decision":null}`,
		`{"id":1,"id":2}`,
		`{"ID":1}`,
		`{"id":01}`, `{"id":-1}`, `{"id":1.0}`, `{"id":1e3}`, `{"id":18446744073709551616}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":4294967296}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":null,"size":-3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":null,"size":9223372036854775808,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}`,
		`{"id":1,"mailbox":"IN\u0042OX","uid_validity":1,"uid":2,"hash":"AQID","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}`,
		`{"id":1,"mailbox":"IN` + "\x01" + `BOX","uid_validity":1,"uid":2,"hash":"AQID","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}`,
		`{"id":1,"mailbox":"IN` + "\xff" + `BOX","uid_validity":1,"uid":2,"hash":"AQID","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":"AQ` + "\n" + `ID","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":"AQI","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":"","size":3,"received":"2026-01-02T03:04:05\u005a","stored":"2026-01-02T03:04:05Z"}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":"","size":3,"received":null,"stored":"2026-01-02 03:04:05Z"}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":"","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z","decision":{"time":"2026-01-02T03:04:05Z","intent":"x","status":"y","action":"z","replies":[],"reasons":[]}}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":"","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z","decision":{"time":"2026-01-02T03:04:05Z","intent":"x","status":"y","action":"z","replies":[1,],"reasons":["a"]}}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":"","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z","decision":{"time":"2026-01-02T03:04:05Z","intent":"x","status":"y","action":"z","reasons":["a\"b"]}}`,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":"","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"} `,
		`{"id":1,"mailbox":"INBOX","uid_validity":1,"uid":2,"hash":"","size":3,"received":"2026-01-02T03:04:05Z","stored":"2026-01-02T03:04:05Z"}{}`,
		`{}`, `null`, `[]`, ``, `{`, `{"id":1`, `{"id":1,"mailbox":"INBOX`,
	} {
		sameAsEncodingJSON(t, []byte(v))
	}
}

// The mail record of the frozen version-1 store reads as encoding/json
// reads it.
func TestReadMailFrozenRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	copyFile(t, frozen, path)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n := 0
	err = db.View(func(tx *Tx) error {
		c := tx.bucket(bucketMails).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			sameAsEncodingJSON(t, v)
			n++
		}
		return nil
	})
	if err != nil || n == 0 {
		t.Fatalf("%d mail records read (%v)", n, err)
	}
}

func FuzzReadMail(f *testing.F) {
	at := time.Date(2026, 9, 14, 10, 30, 5, 123456789, time.FixedZone("", -3600))
	for _, m := range []*Mail{{}, {ID: 3, Mailbox: "INBOX", UIDValidity: 9, UID: 1, MessageID: "a@b", Hash: []byte{1, 2, 3},
		Size: 40, Received: at, Stored: at.UTC(), Decision: &Decision{Time: at, Intent: "register", Status: "complete",
			Action: "registered", Registration: 2, Review: 1, Replies: []uint64{4, 5}, Reasons: []string{"æ <ø>", "\"å\""}}}} {
		v, _ := m.appendJSON(nil)
		f.Add(v)
	}
	f.Add([]byte(`{"id":1,"mailbox":"I\u004eBOX","hash":null}`))
	f.Fuzz(func(t *testing.T, v []byte) {
		sameAsEncodingJSON(t, v)
	})
}

func BenchmarkReadMail(b *testing.B) {
	at := time.Now()
	m := &Mail{ID: 7, Mailbox: "INBOX", UIDValidity: 1, UID: 42, MessageID: "reg-1.2@beboer.example.dk",
		Hash: make([]byte, 32), Size: 3000, Received: at, Stored: at}
	v, _ := m.appendJSON(nil)
	b.Run("readMail", func(b *testing.B) {
		for b.Loop() {
			readMail(v)
		}
	})
	b.Run("json.Unmarshal", func(b *testing.B) {
		for b.Loop() {
			var m Mail
			json.Unmarshal(v, &m)
		}
	})
}
