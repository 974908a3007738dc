package store

import (
	"bytes"
	"os"
	"path/filepath"
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
	}
}
