package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestDropPagesKeepsData drops pages of a file's read-only shared map, as
// bbolt maps the store, at aligned and unaligned bounds: what is read
// after is still the file.
func TestDropPagesKeepsData(t *testing.T) {
	want := bytes.Repeat([]byte("0123456789abcdef"), 4*int(pageSize)/16)
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, want, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := syscall.Mmap(int(f.Fd()), 0, len(want), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(m)
	p := int(pageSize)
	for _, r := range [][2]int{{0, 0}, {1, 2}, {5, 100}, {100, p + 200}, {0, len(m)}, {7, len(m) - 3}, {p, 3 * p}} {
		dropPages(m[r[0]:r[1]])
		if !bytes.Equal(m, want) {
			t.Fatalf("after dropping %v the map differs from the file", r)
		}
		dropPagesAround([][]byte{m[r[0]:r[1]], m[r[0]/2 : r[1]/2]})
		if !bytes.Equal(m, want) {
			t.Fatalf("after dropping the pages around %v the map differs from the file", r)
		}
	}
}

// The pages of mails read from the map and dropped leave the process's
// resident memory; the mails read the same after.
func TestDropViewLeavesResidentMemory(t *testing.T) {
	const n, size = 2000, 3000
	db := MustOpen(t)
	var batch []Fetched
	for i := range n {
		raw := bytes.Repeat([]byte{byte('a' + i%26)}, size)
		copy(raw, strconv.Itoa(i))
		batch = append(batch, Fetched{UID: uint32(i + 1), Raw: raw})
	}
	ids, err := db.AddMails(Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: n}, batch)
	if err != nil || len(ids) != n {
		t.Fatalf("AddMails: %d, %v", len(ids), err)
	}
	for round := range 2 {
		err := db.View(func(tx *Tx) error {
			var views [][]byte
			for i, id := range ids {
				v, err := tx.RawView(id)
				if err != nil {
					return err
				}
				if !bytes.Equal(v, batch[i].Raw) {
					t.Fatalf("round %d: mail %d reads %.20q..., want %.20q...", round, id, v, batch[i].Raw)
				}
				views = append(views, v)
			}
			read := residentFileKB(t)
			tx.DropViews(views)
			if dropped, want := residentFileKB(t), n*size/1024*3/4; read-dropped < want {
				t.Errorf("round %d: resident file pages %d kB after reading, %d kB after dropping: want at least %d kB less",
					round, read, dropped, want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// residentFileKB is the process's RssFile, kB.
func residentFileKB(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	for line := range strings.Lines(string(b)) {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "RssFile:" {
			kb, err := strconv.Atoi(f[1])
			if err != nil {
				t.Fatal(err)
			}
			return kb
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}

// bbolt copies the values of a small bucket to the heap (when unaligned);
// dropping such a view must leave it, and the heap, as they were.
func TestDropViewsLeavesCopiesAlone(t *testing.T) {
	for _, n := range []int{1, 2, 3} {
		db := MustOpen(t)
		var batch []Fetched
		for i := range n {
			batch = append(batch, Fetched{UID: uint32(i + 1), Raw: []byte("small mail " + strconv.Itoa(i))})
		}
		ids, err := db.AddMails(Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: uint32(n)}, batch)
		if err != nil {
			t.Fatal(err)
		}
		db.View(func(tx *Tx) error {
			var views [][]byte
			for _, id := range ids {
				v, err := tx.RawView(id)
				if err != nil {
					t.Fatal(err)
				}
				views = append(views, v)
			}
			tx.DropViews(views)
			for i, v := range views {
				if string(v) != string(batch[i].Raw) {
					t.Errorf("%d mails: mail %d reads %q after the drop, want %q", n, i+1, v, batch[i].Raw)
				}
			}
			return nil
		})
	}
}
