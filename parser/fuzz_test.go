package parser

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
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
		checkFuzzed(t, raw, Extract(raw))
		checkFuzzed(t, raw, ExtractFor(raw, pasteEvent))
	})
}

// checkFuzzed checks what holds for any input: no recovered panic, valid
// UTF-8 everywhere, and text bounded by the limits.
func checkFuzzed(t *testing.T, raw []byte, m *Mail) {
	t.Helper()
	for _, p := range m.Problems {
		if strings.HasPrefix(p, "internal error") {
			t.Fatal(p)
		}
	}
	fields := []string{m.Own, m.Signature, m.Quoted, m.Forwarded, m.Body, m.Subject, m.FromName, m.FromAddr, m.MessageID, m.AutoReason}
	fields = append(fields, m.Problems...)
	for _, s := range fields {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
	}
	if len(m.Body) > maxText+len(raw) {
		t.Fatalf("body of %d bytes from %d bytes of input", len(m.Body), len(raw))
	}
}

// FuzzMsgIDs: msgIDs reads a field as the expression it stands for does.
func FuzzMsgIDs(f *testing.F) {
	for _, s := range []string{"<a@b.dk>", " <x@y> <z@w>\r\n\t<q@r>", "<a<b@c>", "<>", "<a b>", "plain-id", "<a@b", "<æ@ø.dk>", "<<x>>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		var want []string
		for _, m := range msgIDPattern.FindAllStringSubmatch(v, 100) {
			want = append(want, m[1])
		}
		if want == nil {
			want = strings.Fields(v)
		}
		if got := msgIDs(v); !slices.Equal(got, want) {
			t.Fatalf("msgIDs(%q) = %q, want %q", v, got, want)
		}
	})
}

// msgIDPattern is what msgIDs finds.
var msgIDPattern = regexp.MustCompile(`<([^<>\s]+)>`)
