package parser

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"unicode/utf8"

	"tilmeld"
	"tilmeld/reliability/hostile"
)

// hostileDeadline bounds one Parse of a hostile mail. It is generous on
// purpose: it catches a parser that hangs or goes quadratic, not a slow
// machine or the race detector.
const hostileDeadline = 60 * time.Second

// slowHostile names hostile mails that expose a known bug too slow for
// every run; TILMELD_HOSTILE_ALL=1 runs them.
var slowHostile = map[string]string{}

// hostileMails is the committed corpus of small broken mails and the large
// ones built in memory.
func hostileMails(t testing.TB) []hostile.Mail {
	small, err := hostile.Files(filepath.Join("testdata", "hostile"))
	if err != nil {
		t.Fatal(err)
	}
	if len(small) == 0 {
		t.Fatal("no hostile mails in testdata/hostile")
	}
	return append(small, hostile.Large()...)
}

// TestParseHostile reads every hostile mail within the deadline without a
// recovered panic, with valid UTF-8, and never as a complete registration
// unless it says so in plain words: a broken mail is for review.
func TestParseHostile(t *testing.T) {
	ev := tilmeld.Default().Event
	for _, hm := range hostileMails(t) {
		t.Run(hm.Name, func(t *testing.T) {
			if hm.Heavy && hostile.RaceDetector {
				t.Skip("tens of megabytes: run without -race")
			}
			if why, ok := slowHostile[hm.Name]; ok && os.Getenv("TILMELD_HOSTILE_ALL") != "1" {
				t.Skipf("%s; TILMELD_HOSTILE_ALL=1 runs it", why)
			}
			raw := hm.Bytes()
			res, alloc, took := parseBounded(t, raw, &ev)
			checkFuzzed(t, raw, res.Mail)
			t.Logf("%d bytes: %v, allocated %d KB; intent %s, status %s, auto %q, problems %q",
				len(raw), took.Round(time.Millisecond), alloc>>10, res.Intent, res.Status, res.Mail.Auto, res.Mail.Problems)
			if res.Status == tilmeld.StatusComplete && len(res.Attendees) == 0 {
				t.Errorf("complete reading with nobody in it")
			}
			if hm.Auto && res.Mail.Auto == AutoNone {
				t.Errorf("automatic mail not seen as automatic")
			}
		})
	}
}

// parseBounded runs Parse under hostileDeadline and returns its result,
// the bytes it allocated and how long it took.
func parseBounded(t *testing.T, raw []byte, ev *tilmeld.Event) (*Result, uint64, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hostileDeadline)
	defer cancel()
	type out struct {
		res   *Result
		alloc uint64
		took  time.Duration
	}
	done := make(chan out, 1)
	go func() {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		res := Parse(raw, ev)
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		done <- out{res, after.TotalAlloc - before.TotalAlloc, took}
	}()
	select {
	case o := <-done:
		if o.res == nil || o.res.Mail == nil {
			t.Fatal("Parse returned no result")
		}
		return o.res, o.alloc, o.took
	case <-ctx.Done():
		t.Fatalf("Parse still running after %v", hostileDeadline)
		return nil, 0, 0
	}
}

// FuzzParse reads any bytes as a whole mail, header to reading: never a
// recovered panic, always an intent and a status, valid UTF-8 in what is
// read, choices only of real workshops. Seeded with the hostile corpus.
func FuzzParse(f *testing.F) {
	small, err := hostile.Files(filepath.Join("testdata", "hostile"))
	if err != nil {
		f.Fatal(err)
	}
	for _, hm := range small {
		f.Add(hm.Raw)
	}
	ev := tilmeld.Default().Event
	f.Fuzz(func(t *testing.T, raw []byte) {
		res := Parse(raw, &ev)
		if res == nil || res.Mail == nil || res.Intent == "" || res.Status == "" {
			t.Fatalf("no reading: %+v", res)
		}
		checkFuzzed(t, raw, res.Mail)
		for _, a := range res.Attendees {
			if !utf8.ValidString(a.Name) || !utf8.ValidString(a.DietText) {
				t.Fatalf("invalid UTF-8 in attendee %q", a.Name)
			}
			for _, c := range a.Choices {
				if ev.Workshop(c) == nil {
					t.Fatalf("choice %d names no workshop", c)
				}
			}
		}
	})
}
