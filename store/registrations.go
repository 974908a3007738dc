package store

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"tilmeld"
)

// CreateRegistration stores a new registration, assigning its ID.
func (tx *Tx) CreateRegistration(r *tilmeld.Registration) error {
	id, err := tx.nextID(bucketRegs)
	if err != nil {
		return err
	}
	r.ID = id
	return tx.PutRegistration(r)
}

// PutRegistration writes r and indexes its contact address and names.
func (tx *Tx) PutRegistration(r *tilmeld.Registration) error {
	var old tilmeld.Registration
	if err := tx.getJSON(bucketRegs, itob(r.ID), &old); err != nil && err != ErrNotFound {
		return err
	}
	if err := tx.reindexNames(r.ID, old.Attendees, r.Attendees); err != nil {
		return err
	}
	tx.wroteRegistration(r.ID)
	if err := tx.putJSON(bucketRegs, itob(r.ID), r); err != nil {
		return err
	}
	if r.Contact.Email == "" {
		return nil
	}
	return tx.indexEmail(strings.ToLower(r.Contact.Email), r.ID)
}

func (tx *Tx) indexEmail(addr string, id uint64) error {
	var ids []uint64
	if v := tx.get(bucketEmails, []byte(addr)); v != nil {
		var err error
		if ids, err = readIDs(v); err != nil {
			return err
		}
	}
	if slices.Contains(ids, id) {
		return nil
	}
	return tx.putJSON(bucketEmails, []byte(addr), append(ids, id))
}

// Registration returns registration id. A write transaction takes it from
// the store's cache, as sketch does its sketch, and fills the cache as it
// reads; it returns a copy, which the caller may change. Deciding read the
// same registrations again and again: a mail registering people another
// sender holds decodes the registration that holds them, and 2,000 mails
// of the benchmark's ingest decoded 1,235 registrations, of 390.
func (tx *Tx) Registration(id uint64) (*tilmeld.Registration, error) {
	cached := tx.cached(id)
	if cached {
		tx.db.sketchMu.Lock()
		r := tx.db.regs[id]
		tx.db.sketchMu.Unlock()
		if r != nil {
			return cloneRegistration(r), nil
		}
	}
	var r tilmeld.Registration
	if err := tx.getJSON(bucketRegs, itob(id), &r); err != nil {
		return &r, err
	}
	if cached {
		c := cloneRegistration(&r)
		tx.db.sketchMu.Lock()
		if tx.db.regs == nil {
			tx.db.regs = map[uint64]*tilmeld.Registration{}
		}
		tx.db.regs[id] = c
		tx.db.sketchMu.Unlock()
	}
	return &r, nil
}

// cloneRegistration copies r so that changing the copy, its slices
// included, leaves r as it was. It must copy every slice Registration
// and Attendee hold (TestCloneRegistration checks their fields).
func cloneRegistration(r *tilmeld.Registration) *tilmeld.Registration {
	c := *r
	c.Missing = slices.Clone(r.Missing)
	c.Mails = slices.Clone(r.Mails)
	c.Attendees = slices.Clone(r.Attendees)
	for i := range c.Attendees {
		a := &c.Attendees[i]
		a.Choices = slices.Clone(a.Choices)
		a.Diet = slices.Clone(a.Diet)
	}
	return &c
}

// Registrations calls fn for every registration in ID order, which is the
// order they arrived in.
func (tx *Tx) Registrations(fn func(*tilmeld.Registration) error) error {
	return forEachJSON(tx, bucketRegs, fn)
}

// RegistrationsByEmail returns the registrations whose contact is addr, oldest first.
func (tx *Tx) RegistrationsByEmail(addr string) ([]*tilmeld.Registration, error) {
	v := tx.get(bucketEmails, []byte(strings.ToLower(addr)))
	if v == nil {
		return nil, nil
	}
	ids, err := readIDs(v)
	if err != nil {
		return nil, err
	}
	var out []*tilmeld.Registration
	for _, id := range ids {
		r, err := tx.Registration(id)
		if err != nil {
			return nil, err
		}
		if strings.EqualFold(r.Contact.Email, addr) {
			out = append(out, r)
		}
	}
	return out, nil
}

// LinkThread records that Message-ID msgID (ours or the resident's) belongs
// to registration id, so replies quoting it find the registration.
func (tx *Tx) LinkThread(msgID string, id uint64) error {
	if msgID == "" {
		return nil
	}
	return tx.bucket(bucketThreads).Put([]byte(msgID), itob(id))
}

// ThreadRegistration returns the registration a Message-ID belongs to, 0 when none.
func (tx *Tx) ThreadRegistration(msgID string) uint64 {
	v := tx.get(bucketThreads, []byte(msgID))
	if v == nil {
		return 0
	}
	return btoi(v)
}

// HistoryEntry is one thing that happened to a registration.
type HistoryEntry struct {
	Time time.Time `json:"time"`
	// Kind: "mail", "reply", "staff", "allocation", ...
	Kind string `json:"kind"`
	Text string `json:"text"`
	Mail uint64 `json:"mail,omitempty"`
	Out  uint64 `json:"out,omitempty"`
	// Who is the OS user for staff actions.
	Who string `json:"who,omitempty"`
}

// AddHistory appends e to the history of registration id.
func (tx *Tx) AddHistory(id uint64, e HistoryEntry) error {
	if e.Time.IsZero() {
		e.Time = tx.now
	}
	b, err := tx.bucket(bucketHistory).CreateBucketIfNotExists(itob(id))
	if err != nil {
		return err
	}
	b.FillPercent = appendFill
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	data, err := e.appendJSON(nil)
	if err != nil {
		return err
	}
	return b.Put(itob(seq), data)
}

// History returns the history of registration id, oldest first.
func (tx *Tx) History(id uint64) ([]HistoryEntry, error) {
	b := tx.bucket(bucketHistory).Bucket(itob(id))
	if b == nil {
		return nil, nil
	}
	var out []HistoryEntry
	err := b.ForEach(func(_, v []byte) error {
		var e HistoryEntry
		if err := json.Unmarshal(v, &e); err != nil {
			return err
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// Mark returns when the named one-time step ran (e.g. "allocated"); zero if never.
func (tx *Tx) Mark(name string) time.Time {
	var t time.Time
	if v := tx.get(bucketMarks, []byte(name)); v != nil {
		_ = t.UnmarshalBinary(v)
	}
	return t
}

// SetMark records that the named one-time step ran now.
func (tx *Tx) SetMark(name string) error {
	v, err := tx.now.MarshalBinary()
	if err != nil {
		return err
	}
	return tx.bucket(bucketMarks).Put([]byte(name), v)
}

// AuditEntry is one staff action.
type AuditEntry struct {
	Time   time.Time `json:"time"`
	User   string    `json:"user"`
	Action string    `json:"action"`
	Detail string    `json:"detail"`
}

// Audit appends a staff action to the audit log.
func (tx *Tx) Audit(e AuditEntry) error {
	if e.Time.IsZero() {
		e.Time = tx.now
	}
	id, err := tx.nextID(bucketAudit)
	if err != nil {
		return err
	}
	return tx.putJSON(bucketAudit, itob(id), e)
}

// AuditLog calls fn for each staff action, oldest first.
func (tx *Tx) AuditLog(fn func(*AuditEntry) error) error { return forEachJSON(tx, bucketAudit, fn) }

// RegistrationSketch is what a search among registrations reads of each
// before it decodes one whole: its status and its attendees' names.
type RegistrationSketch struct {
	ID        uint64            `json:"id"`
	Status    tilmeld.RegStatus `json:"status"`
	Attendees []struct {
		Name string `json:"name"`
	} `json:"attendees"`
}

// RegistrationsSharingNamesWhere returns, oldest first, those of the
// registrations RegistrationsSharingNames returns that keep accepts by
// their sketch; only they are decoded whole. keep must not change the
// sketch. A name shared by hundreds of registrations (a common first name)
// then costs hundreds of small decodes instead of whole ones, and none in
// a write transaction once the sketches are cached: 0.43 s of the
// deciding's 1.3 s of CPU in a 10,000-mail ingest went on decoding
// registrations for such searches.
func (tx *Tx) RegistrationsSharingNamesWhere(names []string, keep func(*RegistrationSketch) bool) ([]*tilmeld.Registration, error) {
	var keys []string
	for _, n := range names {
		keys = append(keys, strings.Fields(strings.ToLower(n))...)
	}
	ids, err := tx.idsByNameKeys(keys)
	if err != nil {
		return nil, err
	}
	var out []*tilmeld.Registration
	for _, id := range ids {
		s, err := tx.sketch(id)
		if err != nil {
			return nil, err
		}
		if !keep(s) {
			continue
		}
		r, err := tx.Registration(id)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// idsByNameKeys returns the IDs the name index holds under keys, sorted
// and each once.
func (tx *Tx) idsByNameKeys(keys []string) ([]uint64, error) {
	var ids []uint64
	for _, k := range keys {
		v := tx.get(bucketNames, []byte(k))
		if v == nil {
			continue
		}
		some, err := readIDs(v)
		if err != nil {
			return nil, err
		}
		ids = append(ids, some...)
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}

// sketch returns the sketch of registration id. A write transaction takes
// it from the store's cache, which holds the sketches as last committed,
// unless it wrote the registration itself; it fills the cache as it reads.
// Only write transactions use the cache: there is one at a time, and each
// starts from the last commit, whereas a read transaction may see an older
// state than the cache.
func (tx *Tx) sketch(id uint64) (*RegistrationSketch, error) {
	var s *RegistrationSketch
	cached := tx.cached(id)
	if cached {
		tx.db.sketchMu.Lock()
		var r *tilmeld.Registration
		s, r = tx.db.sketches[id], tx.db.regs[id]
		tx.db.sketchMu.Unlock()
		if s != nil {
			return s, nil
		}
		if r != nil {
			s = sketchOf(r)
		}
	}
	if s == nil {
		s = &RegistrationSketch{}
		if err := tx.getJSON(bucketRegs, itob(id), s); err != nil {
			return nil, err
		}
	}
	if cached {
		tx.db.sketchMu.Lock()
		if tx.db.sketches == nil {
			tx.db.sketches = map[uint64]*RegistrationSketch{}
		}
		tx.db.sketches[id] = s
		tx.db.sketchMu.Unlock()
	}
	return s, nil
}

// sketchOf returns the sketch of r.
func sketchOf(r *tilmeld.Registration) *RegistrationSketch {
	s := &RegistrationSketch{ID: r.ID, Status: r.Status}
	s.Attendees = make([]struct {
		Name string `json:"name"`
	}, len(r.Attendees))
	for i, a := range r.Attendees {
		s.Attendees[i].Name = a.Name
	}
	return s
}

// cached reports whether the transaction uses the store's cache of
// registration id and its sketch.
func (tx *Tx) cached(id uint64) bool {
	return tx.db != nil && tx.tx.Writable() && !tx.wroteRegs[id]
}

// wroteRegistration drops registration id and its sketch from the cache at once:
// whether this transaction commits or not, the next one reads it afresh.
func (tx *Tx) wroteRegistration(id uint64) {
	if tx.wroteRegs == nil {
		tx.wroteRegs = map[uint64]bool{}
	}
	tx.wroteRegs[id] = true
	if tx.db == nil {
		return
	}
	tx.db.sketchMu.Lock()
	delete(tx.db.sketches, id)
	delete(tx.db.regs, id)
	tx.db.sketchMu.Unlock()
}
