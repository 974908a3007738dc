package main

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// The A/B table gives each run, and per build the range of its finished
// runs; a run that failed or ran out of time is shown and left out.
func TestPrintAB(t *testing.T) {
	ingest := func(mbsync, seen, cpu time.Duration, peakMB int64) *ingestResult {
		return &ingestResult{Mbsync: mbsync, AllSeen: seen, LastCommit: seen / 2,
			Usage: usage{CPU: cpu, MaxRSS: peakMB << 20, Watched: true}}
	}
	runs := []abRun{
		{Round: 1, Build: "baseline", R: ingest(2*time.Second, 8*time.Second, 9*time.Second, 127)},
		{Round: 1, Build: "tested", R: ingest(2*time.Second, 6*time.Second, 7*time.Second, 105)},
		{Round: 2, Build: "baseline", R: ingest(time.Second, 6*time.Second, 10*time.Second, 128)},
		{Round: 2, Build: "tested", R: &ingestResult{Mbsync: time.Second}},
		{Round: 3, Build: "baseline", Err: errors.New("dovecot did not start")},
		{Round: 3, Build: "tested", R: ingest(time.Second, 5*time.Second, 8*time.Second, 104)},
	}
	var b strings.Builder
	printAB(&b, runs)
	out := b.String()
	for _, want := range []string{
		"baseline  2 runs: ingest 6.00–8.00 s, 4.0–6.0× mbsync; CPU 9.00–10.00 s; peak RSS 127–128 MB",
		"tested    2 runs: ingest 5.00–6.00 s, 3.0–5.0× mbsync; CPU 7.00–8.00 s; peak RSS 104–105 MB",
		"did not finish",
		"dovecot did not start",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the A/B table lacks %q:\n%s", want, out)
		}
	}
	if got := strings.Count(out, "\n2 "); got != 2 {
		t.Errorf("%d lines for round 2, want 2:\n%s", got, out)
	}
}
