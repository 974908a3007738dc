// Package store keeps everything tilmeld knows in one bbolt file: the raw
// mails as fetched, the fetch cursor per mailbox, registrations, the review
// queue, the outbox and the history of each registration.
//
// Each public DB method opens one transaction. Work that must be atomic, such
// as deciding a mail and queueing its reply, runs in DB.Update with the Tx
// methods, which never open transactions of their own.
package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"tilmeld"
)

// Bucket names.
var (
	bucketMeta     = []byte("meta")
	bucketCursors  = []byte("cursors")
	bucketMails    = []byte("mails")
	bucketRaw      = []byte("raw")
	bucketMsgIDs   = []byte("msgids")
	bucketHashes   = []byte("hashes")
	bucketPending  = []byte("pending")
	bucketRegs     = []byte("registrations")
	bucketThreads  = []byte("threads")
	bucketEmails   = []byte("emails")
	bucketReviews  = []byte("reviews")
	bucketOutbox   = []byte("outbox")
	bucketUnsent   = []byte("unsent")
	bucketHistory  = []byte("history")
	bucketRate     = []byte("rate")
	bucketAudit    = []byte("audit")
	bucketMarks    = []byte("marks")
	bucketToUnseen = []byte("seen-pending")
)

var allBuckets = [][]byte{bucketMeta, bucketCursors, bucketMails, bucketRaw, bucketMsgIDs,
	bucketHashes, bucketPending, bucketRegs, bucketThreads, bucketEmails, bucketReviews,
	bucketOutbox, bucketUnsent, bucketHistory, bucketRate, bucketAudit, bucketMarks, bucketToUnseen}

const initialMmap = 1 << 30

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")

// ErrLocked is returned by Open when another process holds the file.
var ErrLocked = errors.New("store is in use by another process (is the daemon running?)")

// DB is an open store.
type DB struct {
	bolt *bolt.DB
	// Now is the clock; tests and the demo set a simulated one.
	Now func() time.Time

	commits, held atomic.Int64

	// sketches and regs cache the registrations' sketches and the
	// registrations as last committed, for the write transactions (see
	// Tx.sketch and Tx.Registration).
	sketchMu sync.Mutex
	sketches map[uint64]*RegistrationSketch
	regs     map[uint64]*tilmeld.Registration
}

// WriteStats is how many write transactions the store ran and how long
// they held its one writer lock, commit and fsync included.
type WriteStats struct {
	Commits int64
	Held    time.Duration
}

// WriteStats returns the figures since the store was opened.
func (db *DB) WriteStats() WriteStats {
	return WriteStats{Commits: db.commits.Load(), Held: time.Duration(db.held.Load())}
}

// Options tune Open.
type Options struct {
	// Timeout is how long to wait for another process's lock; 0 means 1s.
	Timeout time.Duration
	// ReadOnly opens the file shared, for inspection.
	ReadOnly bool
	// NoSync skips fsync; only for tests and benchmarks.
	NoSync bool
}

// Open opens or creates the store file at path (mode 0600) and brings its
// schema up to date. A file written by a newer tilmeld is refused.
func Open(path string, opt Options) (*DB, error) {
	if opt.Timeout == 0 {
		opt.Timeout = time.Second
	}
	b, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opt.Timeout, ReadOnly: opt.ReadOnly, NoSync: opt.NoSync,
		// Address space only: a mapping that need not grow is never remapped,
		// and a remap copies what is in flight (a large mail twice over).
		InitialMmapSize: initialMmap})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("open store %s: %w", path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db := &DB{bolt: b, Now: time.Now}
	if opt.ReadOnly {
		err = db.checkVersion()
	} else {
		err = b.Update(upgrade)
	}
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if !opt.ReadOnly {
		// bbolt creates with the mode given, but an existing file keeps its own.
		if err := os.Chmod(path, 0o600); err != nil {
			b.Close()
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	return db, nil
}

// Close closes the file.
func (db *DB) Close() error { return db.bolt.Close() }

// Path returns the file's path.
func (db *DB) Path() string { return db.bolt.Path() }

// Update runs fn in one read-write transaction.
func (db *DB) Update(fn func(*Tx) error) error {
	var locked time.Time
	err := db.bolt.Update(func(btx *bolt.Tx) error {
		locked = time.Now()
		return fn(&Tx{tx: btx, now: db.Now(), db: db})
	})
	if !locked.IsZero() {
		db.commits.Add(1)
		db.held.Add(int64(time.Since(locked)))
	}
	return err
}

// View runs fn in one read-only transaction.
func (db *DB) View(fn func(*Tx) error) error {
	return db.bolt.View(func(btx *bolt.Tx) error {
		return fn(&Tx{tx: btx, now: db.Now()})
	})
}

// Tx is a transaction. Its methods take the transaction's time from the
// store's clock once, so everything written together carries one time.
type Tx struct {
	tx  *bolt.Tx
	now time.Time
	// db is nil in a migration.
	db *DB
	// wroteRegs are the registrations written in this transaction.
	wroteRegs map[uint64]bool
	// cursors serve get, one per bucket.
	cursors map[string]*bolt.Cursor
}

// Now returns the transaction's time.
func (tx *Tx) Now() time.Time { return tx.now }

func (tx *Tx) bucket(name []byte) *bolt.Bucket {
	b := tx.tx.Bucket(name)
	if b != nil && appendMostly(name) {
		b.FillPercent = appendFill
	}
	return b
}

// appendFill is how full bbolt packs a page it splits in the buckets whose
// keys only grow (IDs in order): their pages are never inserted into
// again, so bbolt's default of half full left half of each page empty for
// good. The rest of each page is for records that grow when rewritten (a
// decision, a sent time). In a 10,000-mail ingest the outbox took 13.5 MB
// of pages for 6.3 MB of records, the history 10.2 MB for 5.1 MB, the
// mails 8.0 MB for 5.8 MB and the reviews 4.8 MB for 2.3 MB: a quarter of
// a 100 MB file, all of it mapped and counted in the daemon's RSS.
const appendFill = 0.9

func appendMostly(name []byte) bool {
	switch string(name) {
	case string(bucketMails), string(bucketOutbox), string(bucketReviews), string(bucketAudit):
		return true
	}
	return false
}

// itob encodes an ID as a big-endian key so that keys sort by ID.
func itob(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

func btoi(b []byte) uint64 { return binary.BigEndian.Uint64(b) }

// get is the bucket's Get, through a cursor the transaction keeps for the
// bucket: bbolt's Get makes a cursor for each call, whose stack of pages
// is allocated afresh, a third of the allocations of the store's reads.
// A seek starts from the bucket's root each time, so the cursor serves
// again after writes to the bucket.
func (tx *Tx) get(bucket, key []byte) []byte {
	if k, v := tx.boltCursor(bucket).Seek(key); bytes.Equal(k, key) {
		return v
	}
	return nil
}

// delete is the bucket's Delete through the same cursor, which spares
// bbolt's Delete a cursor of its own: the deciding deletes two keys per
// mail (pending, then not yet flagged), each costing two allocations in
// a fresh cursor's stack.
func (tx *Tx) delete(bucket, key []byte) error {
	c := tx.boltCursor(bucket)
	if k, _ := c.Seek(key); !bytes.Equal(k, key) {
		return nil
	}
	return c.Delete()
}

// boltCursor returns the cursor the transaction keeps for bucket.
func (tx *Tx) boltCursor(bucket []byte) *bolt.Cursor {
	c := tx.cursors[string(bucket)]
	if c == nil {
		c = tx.bucket(bucket).Cursor()
		if tx.cursors == nil {
			tx.cursors = map[string]*bolt.Cursor{}
		}
		tx.cursors[string(bucket)] = c
	}
	return c
}

func (tx *Tx) getJSON(bucket, key []byte, v any) error {
	data := tx.get(bucket, key)
	if data == nil {
		return ErrNotFound
	}
	return json.Unmarshal(data, v)
}

func (tx *Tx) putJSON(bucket, key []byte, v any) error {
	var data []byte
	var err error
	switch v := v.(type) {
	case jsonAppender:
		data, err = v.appendJSON(nil)
	case []uint64:
		data = appendIDs(nil, v)
	case []time.Time:
		data, err = appendTimes(nil, v)
	default:
		data, err = json.Marshal(v)
	}
	if err != nil {
		return err
	}
	return tx.bucket(bucket).Put(key, data)
}

// nextID returns the next sequence number of bucket, from 1.
func (tx *Tx) nextID(bucket []byte) (uint64, error) {
	return tx.bucket(bucket).NextSequence()
}

// forEachJSON decodes each value of bucket in key order into a fresh T and
// calls fn; fn returning errStop ends the loop early without error.
func forEachJSON[T any](tx *Tx, bucket []byte, fn func(*T) error) error {
	c := tx.bucket(bucket).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var t T
		if err := json.Unmarshal(v, &t); err != nil {
			return fmt.Errorf("%s %x: %w", bucket, k, err)
		}
		if err := fn(&t); err != nil {
			if errors.Is(err, errStop) {
				return nil
			}
			return err
		}
	}
	return nil
}

var errStop = errors.New("stop")

// Compact rewrites the file with only the data in use, so the bytes of
// deleted records, which bbolt leaves in free pages, are gone from disk.
// Nothing else may use db meanwhile: the daemon's store is never compacted.
func (db *DB) Compact() error {
	path := db.bolt.Path()
	tmp := path + ".compact"
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("compact store: %w", err)
	}
	if err := bolt.Compact(dst, db.bolt, 64<<20); err != nil {
		dst.Close()
		os.Remove(tmp)
		return fmt.Errorf("compact store: %w", err)
	}
	if err := dst.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("compact store: %w", err)
	}
	if err := db.bolt.Close(); err != nil {
		return fmt.Errorf("compact store: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("compact store: %w", err)
	}
	b, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, InitialMmapSize: initialMmap})
	if err != nil {
		return fmt.Errorf("reopen compacted store: %w", err)
	}
	db.bolt = b
	return nil
}
