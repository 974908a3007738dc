package store

import (
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// OutMail is a mail the bot sends. It is recorded, with its Message-ID fixed,
// before any attempt to send it, so a crash can never make a second,
// different copy: a retry sends the same message.
type OutMail struct {
	ID uint64 `json:"id"`
	// MessageID is deterministic, without angle brackets.
	MessageID  string   `json:"message_id"`
	To         string   `json:"to"`
	ToName     string   `json:"to_name,omitempty"`
	Subject    string   `json:"subject"`
	Body       string   `json:"body"`
	InReplyTo  string   `json:"in_reply_to,omitempty"`
	References []string `json:"references,omitempty"`
	// Kind: "receipt", "clarify", "ack", "placement", "update", "cancel", "staff", ...
	Kind         string       `json:"kind"`
	Registration uint64       `json:"registration,omitempty"`
	Attachments  []Attachment `json:"attachments,omitempty"`
	Created      time.Time    `json:"created"`

	Attempts  int       `json:"attempts,omitempty"`
	NextTry   time.Time `json:"next_try,omitzero"`
	LastError string    `json:"last_error,omitempty"`
	Sent      time.Time `json:"sent,omitzero"`
	// Failed is set when the server refused the mail for good.
	Failed time.Time `json:"failed,omitzero"`
}

// Attachment is a file sent with an OutMail (the placement's .ics).
type Attachment struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Data        []byte `json:"data"`
}

// Enqueue records m for sending, assigning its ID, and links its Message-ID
// to its registration so that answers to it find the registration.
func (tx *Tx) Enqueue(m *OutMail) error {
	id, err := tx.nextID(bucketOutbox)
	if err != nil {
		return err
	}
	m.ID, m.Created = id, tx.now
	key := itob(id)
	if err := tx.putJSON(bucketOutbox, key, m); err != nil {
		return err
	}
	if err := tx.bucket(bucketUnsent).Put(key, nil); err != nil {
		return err
	}
	if err := tx.countSend(m.To); err != nil {
		return err
	}
	if m.Registration != 0 {
		return tx.LinkThread(m.MessageID, m.Registration)
	}
	return nil
}

// OutMail returns outgoing mail id.
func (tx *Tx) OutMail(id uint64) (*OutMail, error) {
	var m OutMail
	if err := tx.getJSON(bucketOutbox, itob(id), &m); err != nil {
		return &m, err
	}
	tx.readSent(&m)
	return &m, nil
}

// bucketSent holds the time each outgoing mail was sent, by ID (schema 4),
// apart from the mail's record: marking a reply sent then writes 16 bytes
// into a small bucket instead of the whole record (body, .ics) back into
// the outbox, and the outbox's pages are written once.
var bucketSent = []byte("sent")

// createSent adds the sent bucket (schema 3 → 4).
func createSent(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketSent)
	return err
}

// MarkSent records that mail id was sent at t; the mail leaves the unsent
// list. Its record is not rewritten: readers take the time from here.
func (tx *Tx) MarkSent(id uint64, t time.Time) error {
	key := itob(id)
	if err := tx.bucket(bucketSent).Put(key, itob(uint64(unixNano(t)))); err != nil {
		return err
	}
	return tx.delete(bucketUnsent, key)
}

// readSent fills in m's sent time from the sent bucket, where MarkSent
// put it; a mail sent is past its last error, as when the record held it.
func (tx *Tx) readSent(m *OutMail) {
	if !m.Sent.IsZero() {
		return
	}
	if v := tx.get(bucketSent, itob(m.ID)); len(v) == 8 {
		m.Sent = fromUnixNano(int64(btoi(v)))
		m.LastError = ""
	}
}

// PutOutMail writes m back; a mail sent or failed leaves the unsent list.
func (tx *Tx) PutOutMail(m *OutMail) error {
	key := itob(m.ID)
	if err := tx.putJSON(bucketOutbox, key, m); err != nil {
		return err
	}
	if !m.Sent.IsZero() || !m.Failed.IsZero() {
		return tx.bucket(bucketUnsent).Delete(key)
	}
	return nil
}

// OutMails calls fn for every outgoing mail in ID order.
func (tx *Tx) OutMails(fn func(*OutMail) error) error {
	return forEachJSON(tx, bucketOutbox, func(m *OutMail) error {
		tx.readSent(m)
		return fn(m)
	})
}

// Unsent returns the mails waiting to be sent, oldest first, whose next try
// is due at now.
func (db *DB) Unsent(now time.Time) ([]*OutMail, error) {
	var out []*OutMail
	err := db.View(func(tx *Tx) error {
		return tx.bucket(bucketUnsent).ForEach(func(k, _ []byte) error {
			// An unsent mail has no sent time to look up.
			m := new(OutMail)
			if err := tx.getJSON(bucketOutbox, k, m); err != nil {
				return err
			}
			if !m.NextTry.After(now) {
				out = append(out, m)
			}
			return nil
		})
	})
	return out, err
}

// UnsentCount returns how many mails wait in the outbox.
func (db *DB) UnsentCount() (int, error) {
	n := 0
	err := db.View(func(tx *Tx) error {
		n = tx.bucket(bucketUnsent).Stats().KeyN
		return nil
	})
	return n, err
}

// SaveOutMail writes m back in its own transaction.
func (db *DB) SaveOutMail(m *OutMail) error {
	return db.Update(func(tx *Tx) error { return tx.PutOutMail(m) })
}

// SaveOutMails writes ms back in one transaction: all or none.
func (db *DB) SaveOutMails(ms []*OutMail) error {
	return db.Update(func(tx *Tx) error {
		for _, m := range ms {
			if err := tx.PutOutMail(m); err != nil {
				return err
			}
		}
		return nil
	})
}

const rateWindow = 24 * time.Hour

// SentRecently returns how many automatic mails went to addr in the last 24 hours.
func (tx *Tx) SentRecently(addr string) int {
	return len(tx.recentSends(addr))
}

func (tx *Tx) recentSends(addr string) []time.Time {
	return tx.recentSendsKey([]byte(strings.ToLower(addr)))
}

// recentSendsKey is recentSends of the address key, already lower-cased.
func (tx *Tx) recentSendsKey(key []byte) []time.Time {
	var times []time.Time
	if v := tx.get(bucketRate, key); v != nil {
		times, _ = readTimes(v)
	}
	kept := times[:0]
	for _, t := range times {
		if tx.now.Sub(t) < rateWindow {
			kept = append(kept, t)
		}
	}
	return kept
}

func (tx *Tx) countSend(addr string) error {
	if addr == "" {
		return nil
	}
	// The key is lower-cased once, and the times written without going
	// through putJSON's interface, which would box the slice.
	key := []byte(strings.ToLower(addr))
	times := append(tx.recentSendsKey(key), tx.now)
	data, err := appendTimes(make([]byte, 0, 2+len(times)*40), times)
	if err != nil {
		return err
	}
	return tx.bucket(bucketRate).Put(key, data)
}
