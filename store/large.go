package store

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Large raw mails.
//
// A mail above LargeRaw bytes is not held in memory: it is written into the
// store in chunks as it streams in from the server, a few per transaction,
// under the ID it will have. Its chunks live in a bucket inside the raw
// bucket, keyed by the mail's ID like a small mail's bytes; each chunk is
// the one value of a bucket of its own (see putChunk).
// The staged bucket lists the mails whose chunks are written but not yet
// recorded: AddMails records one (or drops it as a duplicate) in the same
// transaction that advances the cursor, and DropStaged removes what a crash
// or a lost connection left half written. So a mail is stored once or not
// at all, and bbolt never holds more than a transaction's worth of it in
// dirty pages.

// LargeRaw is the size above which a fetched mail is staged in chunks.
const LargeRaw = 1 << 20

const (
	// rawChunk is the size of one stored chunk of a large mail.
	rawChunk = 1 << 20
	// stageChunks is how many chunks one transaction writes.
	stageChunks = 4
)

// bucketStaged lists the IDs of large mails being written (schema 3).
var bucketStaged = []byte("staged")

// createStaged adds the staged bucket (schema 2 → 3).
func createStaged(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketStaged)
	return err
}

// Staged is a large mail written into the store by a RawWriter and not yet
// recorded; AddMails records it.
type Staged struct {
	ID   uint64
	Size int
	Hash [sha256.Size]byte
}

// RawWriter writes one large mail into the store. Each full set of chunks
// is committed in its own transaction; nothing is a mail until AddMails
// records the Staged that Close returns.
type RawWriter struct {
	db   *DB
	id   uint64
	next uint32 // index of the next chunk to store
	size int
	hash hash.Hash
	buf  []byte // bytes not yet stored, at most stageChunks chunks
	err  error
}

// StageRaw starts writing a large mail.
func (db *DB) StageRaw() *RawWriter {
	return &RawWriter{db: db, hash: sha256.New(), buf: make([]byte, 0, stageChunks*rawChunk)}
}

// Write adds p to the mail.
func (w *RawWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 && w.err == nil {
		k := copy(w.buf[len(w.buf):cap(w.buf)], p)
		w.buf = w.buf[:len(w.buf)+k]
		n += k
		p = p[k:]
		w.flushFull()
	}
	return n, w.err
}

// ReadFrom adds what r yields until EOF, reading straight into the buffer.
func (w *RawWriter) ReadFrom(r io.Reader) (int64, error) {
	var n int64
	for w.err == nil {
		k, err := r.Read(w.buf[len(w.buf):cap(w.buf)])
		w.buf = w.buf[:len(w.buf)+k]
		n += int64(k)
		w.flushFull()
		if errors.Is(err, io.EOF) {
			return n, w.err
		}
		if err != nil {
			return n, err
		}
	}
	return n, w.err
}

func (w *RawWriter) flushFull() {
	if len(w.buf) == cap(w.buf) {
		w.err = w.flush()
	}
}

// flush stores the buffered bytes as chunks in one transaction. The first
// one takes the mail's ID and lists it as staged. bbolt keeps the values it
// is given until commit, so the buffer is reused only after.
func (w *RawWriter) flush() error {
	if len(w.buf) == 0 && w.id != 0 {
		return nil
	}
	first := w.id == 0
	err := w.db.Update(func(tx *Tx) error {
		if first {
			id, err := tx.nextID(bucketMails)
			if err != nil {
				return err
			}
			if _, err := tx.bucket(bucketRaw).CreateBucket(itob(id)); err != nil {
				return err
			}
			if err := tx.bucket(bucketStaged).Put(itob(id), nil); err != nil {
				return err
			}
			w.id = id
		}
		chunks := tx.bucket(bucketRaw).Bucket(itob(w.id))
		for i := 0; i < len(w.buf); i += rawChunk {
			if err := putChunk(chunks, w.next, w.buf[i:min(i+rawChunk, len(w.buf))]); err != nil {
				return err
			}
			w.next++
		}
		return nil
	})
	if err != nil {
		if first {
			w.id = 0 // the ID was taken by a transaction that did not commit
		}
		return fmt.Errorf("stage large mail: %w", err)
	}
	w.hash.Write(w.buf)
	w.size += len(w.buf)
	w.buf = w.buf[:0]
	return nil
}

// Failed reports whether writing to the store failed (rather than the
// source of the mail).
func (w *RawWriter) Failed() bool { return w.err != nil }

// Close stores the rest and returns the mail to give AddMails. The writer
// is not used after.
func (w *RawWriter) Close() (*Staged, error) {
	if w.err == nil {
		w.err = w.flush()
	}
	if w.err != nil {
		return nil, w.err
	}
	s := &Staged{ID: w.id, Size: w.size}
	w.hash.Sum(s.Hash[:0])
	return s, nil
}

// Abort removes what was written. A crash before Abort or AddMails leaves
// the chunks to DropStaged.
func (w *RawWriter) Abort() error {
	if w.id == 0 {
		return nil
	}
	return w.db.Update(func(tx *Tx) error { return tx.dropStaged(w.id) })
}

// Each chunk is the one value of a bucket of its own, keyed by its index:
// bbolt keeps at least two values in a leaf, so chunks side by side in one
// bucket would be read back and written again with each chunk added.
var chunkData = []byte{0}

func putChunk(chunks *bolt.Bucket, i uint32, data []byte) error {
	b, err := chunks.CreateBucket([]byte{byte(i >> 24), byte(i >> 16), byte(i >> 8), byte(i)})
	if err != nil {
		return err
	}
	return b.Put(chunkData, data)
}

// chunkAt returns the data of the chunk at the cursor's key k, nil past
// the last.
func chunkAt(chunks *bolt.Bucket, k []byte) []byte {
	if k == nil {
		return nil
	}
	b := chunks.Bucket(k)
	if b == nil {
		return nil
	}
	return b.Get(chunkData)
}

// DropStaged removes the chunks of large mails that were written but never
// recorded: a crash, or a connection lost, in the middle of one. The mails
// are still above the cursor and are fetched again. It must not run while a
// RawWriter is open. It returns how many it removed.
func (db *DB) DropStaged() (int, error) {
	var ids []uint64
	db.View(func(tx *Tx) error {
		return tx.bucket(bucketStaged).ForEach(func(k, _ []byte) error {
			ids = append(ids, btoi(k))
			return nil
		})
	})
	if len(ids) == 0 {
		return 0, nil
	}
	err := db.Update(func(tx *Tx) error {
		for _, id := range ids {
			if err := tx.dropStaged(id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return len(ids), nil
}

func (tx *Tx) dropStaged(id uint64) error {
	if err := tx.deleteRaw(id); err != nil {
		return err
	}
	return tx.bucket(bucketStaged).Delete(itob(id))
}

// recordStaged takes mail id off the staged list, for AddMails.
func (tx *Tx) recordStaged(id uint64) error {
	staged := tx.bucket(bucketStaged)
	if staged.Get(itob(id)) == nil {
		return fmt.Errorf("large mail %d was not staged, or was dropped meanwhile", id)
	}
	return staged.Delete(itob(id))
}

// deleteRaw deletes the raw bytes of mail id, small or large.
func (tx *Tx) deleteRaw(id uint64) error {
	err := tx.bucket(bucketRaw).DeleteBucket(itob(id))
	if errors.Is(err, bolterrors.ErrBucketNotFound) || errors.Is(err, bolterrors.ErrIncompatibleValue) {
		return tx.bucket(bucketRaw).Delete(itob(id))
	}
	return err
}

// RawLarge reports whether mail id is stored in chunks: read it with
// RawReader and RawHeader rather than Raw, which copies all of it.
func (tx *Tx) RawLarge(id uint64) bool {
	return tx.bucket(bucketRaw).Bucket(itob(id)) != nil
}

// RawReader reads the raw bytes of mail id without copying them; it is valid
// only inside the transaction.
func (tx *Tx) RawReader(id uint64) (io.Reader, error) {
	raw := tx.bucket(bucketRaw)
	if v := raw.Get(itob(id)); v != nil {
		return bytes.NewReader(v), nil
	}
	chunks := raw.Bucket(itob(id))
	if chunks == nil {
		return nil, ErrNotFound
	}
	return newChunkReader(chunks), nil
}

// chunkReader reads the chunks of a large mail in order, from the map.
// The pages of a chunk read to its end leave the resident memory (see
// dropPages): a 50 MB mail is read without the process growing by 50 MB.
type chunkReader struct {
	chunks *bolt.Bucket
	c      *bolt.Cursor
	chunk  []byte // the current chunk; nil past the last
	v      []byte // the rest of it
}

func newChunkReader(chunks *bolt.Bucket) *chunkReader {
	r := &chunkReader{chunks: chunks, c: chunks.Cursor()}
	k, _ := r.c.First()
	r.chunk = chunkAt(chunks, k)
	r.v = r.chunk
	return r
}

func (r *chunkReader) next() {
	dropPages(r.chunk)
	k, _ := r.c.Next()
	r.chunk = chunkAt(r.chunks, k)
	r.v = r.chunk
}

func (r *chunkReader) Read(p []byte) (int, error) {
	for len(r.v) == 0 {
		if r.chunk == nil {
			return 0, io.EOF
		}
		r.next()
	}
	n := copy(p, r.v)
	r.v = r.v[n:]
	return n, nil
}

// WriteTo hands the chunks to w without a buffer in between.
func (r *chunkReader) WriteTo(w io.Writer) (int64, error) {
	var n int64
	for r.chunk != nil {
		k, err := w.Write(r.v)
		n += int64(k)
		if err != nil {
			r.v = r.v[k:]
			return n, err
		}
		r.next()
	}
	return n, nil
}

// RawHeader returns a copy of the header block of mail id, up to and with
// the blank line that ends it; of a large mail, from its first chunk only.
// It is what the header readers need, at the cost of a few kilobytes.
func (tx *Tx) RawHeader(id uint64) ([]byte, error) {
	raw := tx.bucket(bucketRaw)
	v := raw.Get(itob(id))
	if v == nil {
		chunks := raw.Bucket(itob(id))
		if chunks == nil {
			return nil, ErrNotFound
		}
		k, _ := chunks.Cursor().First()
		v = chunkAt(chunks, k)
	}
	return bytes.Clone(v[:headerEnd(v)]), nil
}

// headerEnd returns the length of the header block at the start of raw,
// with its blank line; all of raw when it has none.
func headerEnd(raw []byte) int {
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			break
		}
		line := raw[i : i+j]
		i += j + 1
		if len(line) == 0 || (len(line) == 1 && line[0] == '\r') {
			return i
		}
	}
	return len(raw)
}
