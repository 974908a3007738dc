package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"tilmeld"
	"tilmeld/parser"
)

// BenchmarkParseGenerated is parser.Parse over the mails the ingest bench
// sends, the same ones bench/parse.go times in-process: one op is one mail.
func BenchmarkParseGenerated(b *testing.B) {
	_, mails, _ := generate(400, 2, "parse")
	ev := &tilmeld.Default().Event
	// each phrase is compiled the first time a mail needs it, once in a
	// daemon's life: read every mail once so that the figure is the
	// steady cost of a mail, not when the compiling falls
	for _, m := range mails {
		parser.Parse(m.Raw, ev)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		parser.Parse(mails[i%len(mails)].Raw, ev)
	}
}

// TestWriteGenerated writes generated mails as .eml files into the
// directory named by BENCH_MAILS_DIR (BENCH_MAILS sets how many, default
// 2000), for comparing `tilmeld parse` output across parser changes.
func TestWriteGenerated(t *testing.T) {
	dir := os.Getenv("BENCH_MAILS_DIR")
	if dir == "" {
		t.Skip("BENCH_MAILS_DIR not set")
	}
	n := 2000
	if s := os.Getenv("BENCH_MAILS"); s != "" {
		if _, err := fmt.Sscan(s, &n); err != nil {
			t.Fatalf("BENCH_MAILS: %v", err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	_, mails, _ := generate(n, 2, "parse")
	for i, m := range mails {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.eml", i)), m.Raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
