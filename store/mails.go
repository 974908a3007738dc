package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"time"
	"unsafe"
)

// Cursor is how far a mailbox has been fetched. A new UIDValidity means the
// server renumbered the mailbox: fetch everything again and let the
// de-duplication by Message-ID and content hash drop what is known.
type Cursor struct {
	Mailbox     string `json:"mailbox"`
	UIDValidity uint32 `json:"uid_validity"`
	LastUID     uint32 `json:"last_uid"`
}

// Mail is the record of one fetched message. Its raw bytes are kept apart.
type Mail struct {
	ID          uint64    `json:"id"`
	Mailbox     string    `json:"mailbox"`
	UIDValidity uint32    `json:"uid_validity"`
	UID         uint32    `json:"uid"`
	MessageID   string    `json:"message_id,omitempty"`
	Hash        []byte    `json:"hash"`
	Size        int       `json:"size"`
	Received    time.Time `json:"received"` // the server's INTERNALDATE
	Stored      time.Time `json:"stored"`
	// Decision is set once the mail was read and acted on.
	Decision *Decision `json:"decision,omitempty"`
}

// Decision is what the bot made of a mail.
type Decision struct {
	Time   time.Time `json:"time"`
	Intent string    `json:"intent"`
	Status string    `json:"status"`
	// Action is what was done: "registered", "updated", "cancelled", "asked",
	// "review", "ignored", "duplicate".
	Action       string   `json:"action"`
	Registration uint64   `json:"registration,omitempty"`
	Review       uint64   `json:"review,omitempty"`
	Replies      []uint64 `json:"replies,omitempty"`
	Reasons      []string `json:"reasons,omitempty"`
}

// Fetched is one message as it came from the server: its bytes in Raw, or,
// for a large mail, already written into the store (see RawWriter).
type Fetched struct {
	UID       uint32
	Received  time.Time
	MessageID string
	Raw       []byte
	Staged    *Staged
}

// Cursor returns the fetch cursor of mailbox; a zero Cursor when none.
func (db *DB) Cursor(mailbox string) (Cursor, error) {
	var c Cursor
	err := db.View(func(tx *Tx) error {
		c = tx.cursor(mailbox)
		return nil
	})
	return c, err
}

func (tx *Tx) cursor(mailbox string) Cursor {
	c := Cursor{Mailbox: mailbox}
	if err := tx.getJSON(bucketCursors, []byte(mailbox), &c); err != nil {
		return Cursor{Mailbox: mailbox}
	}
	return c
}

// AddMails stores a batch of fetched messages and advances the cursor to c,
// in one transaction: a mail is either stored and counted as fetched, or
// neither. A message already stored (same Message-ID or same bytes) is not
// stored again. It returns the IDs of the new mails, which await a decision.
func (db *DB) AddMails(c Cursor, batch []Fetched) ([]uint64, error) {
	var ids []uint64
	err := db.Update(func(tx *Tx) error {
		for i := range batch {
			id, err := tx.addMail(c, &batch[i])
			if err != nil {
				return err
			}
			if id != 0 {
				ids = append(ids, id)
			}
		}
		return tx.putJSON(bucketCursors, []byte(c.Mailbox), c)
	})
	return ids, err
}

func (tx *Tx) addMail(c Cursor, f *Fetched) (uint64, error) {
	sum, size := sha256.Sum256(f.Raw), len(f.Raw)
	if f.Staged != nil {
		sum, size = f.Staged.Hash, f.Staged.Size
	}
	if tx.get(bucketHashes, sum[:]) != nil ||
		(f.MessageID != "" && tx.get(bucketMsgIDs, []byte(f.MessageID)) != nil) {
		if f.Staged != nil {
			return 0, tx.dropStaged(f.Staged.ID)
		}
		return 0, nil
	}
	id, err := tx.rawFor(f)
	if err != nil {
		return 0, err
	}
	m := Mail{ID: id, Mailbox: c.Mailbox, UIDValidity: c.UIDValidity, UID: f.UID,
		MessageID: f.MessageID, Hash: sum[:], Size: size, Received: f.Received, Stored: tx.now}
	key := itob(id)
	if err := tx.putJSON(bucketMails, key, &m); err != nil {
		return 0, err
	}
	if err := tx.bucket(bucketHashes).Put(sum[:], key); err != nil {
		return 0, err
	}
	if f.MessageID != "" {
		if err := tx.bucket(bucketMsgIDs).Put([]byte(f.MessageID), key); err != nil {
			return 0, err
		}
	}
	return id, tx.bucket(bucketPending).Put(key, nil)
}

// rawFor returns the ID of a new mail with its raw bytes stored: a staged
// mail's own, or the next one with Raw put under it.
func (tx *Tx) rawFor(f *Fetched) (uint64, error) {
	if f.Staged != nil {
		return f.Staged.ID, tx.recordStaged(f.Staged.ID)
	}
	id, err := tx.nextID(bucketMails)
	if err != nil {
		return 0, err
	}
	return id, tx.bucket(bucketRaw).Put(itob(id), f.Raw)
}

// Mail returns the record of mail id.
func (tx *Tx) Mail(id uint64) (*Mail, error) {
	v := tx.get(bucketMails, itob(id))
	if v == nil {
		return &Mail{}, ErrNotFound
	}
	return readMail(v)
}

// Raw returns a copy of the raw bytes of mail id. For a large mail that is
// all of it in memory: the daemon reads those with RawReader.
func (tx *Tx) Raw(id uint64) ([]byte, error) {
	if v := tx.get(bucketRaw, itob(id)); v != nil {
		return bytes.Clone(v), nil
	}
	r, err := tx.RawReader(id)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if m, err := tx.Mail(id); err == nil {
		b.Grow(m.Size)
	}
	_, err = io.Copy(&b, r)
	return b.Bytes(), err
}

// RawView returns the raw bytes of mail id as the store holds them: no
// copy, valid only until the transaction ends, and never to be changed.
func (tx *Tx) RawView(id uint64) ([]byte, error) {
	v := tx.get(bucketRaw, itob(id))
	if v == nil {
		return nil, ErrNotFound
	}
	return v, nil
}

// DropViews tells the kernel that the pages holding vs, values a read-only
// transaction returned without copying (RawView), are not needed for now:
// they leave the process's resident memory and stay in the page cache, so
// a later read maps them again. Pages they share with other values go too;
// reading those costs a page fault, nothing more. Parsing a burst of mail
// from the map otherwise kept every mail's pages resident, about a third
// of the daemon's peak RSS after a 10,000-mail ingest. Neighbouring values
// go in one call.
//
// A value outside the map is left alone: bbolt copies the values of a
// small bucket to the heap, and so does a writable transaction.
func (tx *Tx) DropViews(vs [][]byte) {
	if tx.tx.Writable() {
		return
	}
	start := tx.tx.DB().Info().Data
	end := start + uintptr(tx.tx.Size())
	mapped := make([][]byte, 0, len(vs))
	for _, v := range vs {
		if len(v) == 0 {
			continue
		}
		if p := uintptr(unsafe.Pointer(unsafe.SliceData(v))); p >= start && p+uintptr(len(v)) <= end {
			mapped = append(mapped, v)
		}
	}
	dropPagesAround(mapped)
}

// MailByMessageID returns the mail with that Message-ID (no angle brackets).
func (tx *Tx) MailByMessageID(msgID string) (*Mail, error) {
	v := tx.get(bucketMsgIDs, []byte(msgID))
	if v == nil {
		return nil, ErrNotFound
	}
	return tx.Mail(btoi(v))
}

// Mails calls fn for every mail in ID order.
func (tx *Tx) Mails(fn func(*Mail) error) error { return forEachJSON(tx, bucketMails, fn) }

// Pending returns the IDs of stored mails that await a decision, oldest first.
func (db *DB) Pending() ([]uint64, error) {
	var ids []uint64
	err := db.View(func(tx *Tx) error {
		return tx.bucket(bucketPending).ForEach(func(k, _ []byte) error {
			ids = append(ids, btoi(k))
			return nil
		})
	})
	return ids, err
}

// Decide records the decision on mail id and takes it off the pending list.
// The mail then waits to be marked \Seen on the server (see ToMark).
func (tx *Tx) Decide(id uint64, d *Decision) error {
	m, err := tx.Mail(id)
	if err != nil {
		return err
	}
	return tx.DecideMail(m, d)
}

// DecideMail is Decide for a mail record m read in this transaction and
// not written since: the deciding has it in hand, and reading it again
// cost a decode per mail.
func (tx *Tx) DecideMail(m *Mail, d *Decision) error {
	d.Time = tx.now
	m.Decision = d
	key := itob(m.ID)
	if err := tx.putJSON(bucketMails, key, m); err != nil {
		return err
	}
	if err := tx.delete(bucketPending, key); err != nil {
		return err
	}
	return tx.bucket(bucketToUnseen).Put(key, appendUnflagged(nil, m))
}

// Unflagged is a decided mail not yet flagged on the server: where it is
// and what was decided.
type Unflagged struct {
	ID          uint64
	Mailbox     string
	UIDValidity uint32
	UID         uint32
	// Action is the decision's Action.
	Action          string
	Stored, Decided time.Time
}

// The list of mails to flag holds each one's Unflagged beside its ID, so
// that the fetcher's rounds of flagging decode no mail records: they took
// a fortieth of the daemon's CPU in an ingest. A list written by an older
// tilmeld holds IDs alone, and its mails are read from their records;
// older versions ignore the values.
//
// The value: a version byte (1), UIDValidity and UID (4 bytes each), the
// stored and decided times (Unix nanoseconds, 8 bytes each), the length of
// the mailbox's name (2 bytes), the name, then the action.

const unflaggedV1 = 1

func appendUnflagged(b []byte, m *Mail) []byte {
	b = append(b, unflaggedV1)
	b = binary.BigEndian.AppendUint32(b, m.UIDValidity)
	b = binary.BigEndian.AppendUint32(b, m.UID)
	b = binary.BigEndian.AppendUint64(b, uint64(unixNano(m.Stored)))
	b = binary.BigEndian.AppendUint64(b, uint64(unixNano(m.Decision.Time)))
	b = binary.BigEndian.AppendUint16(b, uint16(len(m.Mailbox)))
	b = append(b, m.Mailbox...)
	return append(b, m.Decision.Action...)
}

// readUnflagged reads a value appendUnflagged wrote; ok is false for
// anything else, such as the empty value of an older tilmeld.
// Mailboxes and actions are few: names hands out one string for each, so
// that a long list costs no copy of them per mail.
func readUnflagged(id uint64, v []byte, names interned) (u Unflagged, ok bool) {
	const fixed = 1 + 4 + 4 + 8 + 8 + 2
	if len(v) < fixed || v[0] != unflaggedV1 {
		return u, false
	}
	n := int(binary.BigEndian.Uint16(v[25:27]))
	if len(v) < fixed+n {
		return u, false
	}
	return Unflagged{ID: id, UIDValidity: binary.BigEndian.Uint32(v[1:5]), UID: binary.BigEndian.Uint32(v[5:9]),
		Stored:  fromUnixNano(int64(binary.BigEndian.Uint64(v[9:17]))),
		Decided: fromUnixNano(int64(binary.BigEndian.Uint64(v[17:25]))),
		Mailbox: names.get(v[fixed : fixed+n]), Action: names.get(v[fixed+n:])}, true
}

// interned hands out one string for each distinct value it is given.
type interned map[string]string

func (s interned) get(b []byte) string {
	if v, ok := s[string(b)]; ok {
		return v
	}
	v := string(b)
	s[v] = v
	return v
}

// unixNano is t in Unix nanoseconds, 0 for the zero time.
func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromUnixNano(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// ToMark returns decided mails not yet flagged on the server, oldest first.
func (db *DB) ToMark() ([]Unflagged, error) {
	var out []Unflagged
	names := interned{}
	err := db.View(func(tx *Tx) error {
		return tx.bucket(bucketToUnseen).ForEach(func(k, v []byte) error {
			id := btoi(k)
			if u, ok := readUnflagged(id, v, names); ok {
				out = append(out, u)
				return nil
			}
			m, err := tx.Mail(id)
			if err != nil {
				return err
			}
			u := Unflagged{ID: id, Mailbox: m.Mailbox, UIDValidity: m.UIDValidity, UID: m.UID, Stored: m.Stored}
			if m.Decision != nil {
				u.Action, u.Decided = m.Decision.Action, m.Decision.Time
			}
			out = append(out, u)
			return nil
		})
	})
	return out, err
}

// Marked records that mails were flagged \Seen on the server (or need not be).
func (db *DB) Marked(ids []uint64) error {
	return db.Update(func(tx *Tx) error {
		for _, id := range ids {
			if err := tx.delete(bucketToUnseen, itob(id)); err != nil {
				return err
			}
		}
		return nil
	})
}
