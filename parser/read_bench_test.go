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
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Parse(mails[i%len(mails)], testEvent)
	}
}
