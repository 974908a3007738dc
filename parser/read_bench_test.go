package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse parses the mix of replies, forwards-free registrations,
// a cancellation and a question in testdata/read (quoted invitations,
// HTML alternatives, disclaimers), whole: Extract then Read.
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("testdata/read/*.eml")
	if len(files) == 0 {
		b.Skip("no mails in testdata/read")
	}
	var mails [][]byte
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		mails = append(mails, raw)
		size += len(raw)
	}
	b.SetBytes(int64(size / len(mails)))
	for _, raw := range mails { // compile the phrases they need first, as in BenchmarkParseGenerated
		Parse(raw, testEvent)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Parse(mails[i%len(mails)], testEvent)
	}
}

// TestBenchMails keeps the benchmark's mails read as a person reads them,
// so that the benchmark measures the real path.
func TestBenchMails(t *testing.T) {
	want := map[string]string{
		"cancel.eml":        "cancel complete Ole Kjær:-/-",
		"english.eml":       "register complete Jane Doe:2/4",
		"gmail_reply.eml":   "register complete Tariq Aziz:2/1",
		"outlook_reply.eml": "register complete Birthe Vang:3/2",
		"question.eml":      "question review ",
		"two_people.eml":    "register complete Lis Mørk:1/4; Ib Mørk:1/4",
	}
	for name, w := range want {
		raw, err := os.ReadFile(filepath.Join("testdata/read", name))
		if err != nil {
			t.Fatal(err)
		}
		r := Parse(raw, testEvent)
		if got := string(r.Intent) + " " + string(r.Status) + " " + choices(r); got != w {
			t.Errorf("%s: got %q, want %q", name, got, w)
		}
		if n := len(raw); n < 5000 || n > 20000 {
			t.Errorf("%s is %d bytes, not a 5-20 KB mail", name, n)
		}
	}
}
