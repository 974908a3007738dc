package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds Extract arbitrary bytes, seeded with the test mails.
// Extract recovers from panics to keep the bot alive, so a recovered panic
// shows up as an "internal error" problem, which fails here.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	for _, s := range seeds {
		raw, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m := Extract(raw)
		for _, p := range m.Problems {
			if strings.HasPrefix(p, "internal error") {
				t.Fatal(p)
			}
		}
		for _, s := range []string{m.Own, m.Signature, m.Quoted, m.Forwarded, m.Subject, m.FromName} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
		}
		if len(m.Body) > maxText+len(raw) {
			t.Fatalf("body of %d bytes from %d bytes of input", len(m.Body), len(raw))
		}
	})
}
