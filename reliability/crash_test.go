package reliability

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"tilmeld/mailbot/mailtest"
)

// TestCrashShort is the crash harness at a size for CI: 200 mails, 5
// SIGKILLs. reliability/run is the full run.
func TestCrashShort(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tilmeld and runs it against Dovecot")
	}
	if _, err := mailtest.DovecotPath(); errors.Is(err, mailtest.ErrNoDovecot) {
		if os.Getenv(mailtest.RequireDovecotEnv) == "1" {
			t.Fatal(err)
		}
		t.Skipf("skipping: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin, err := Build(ctx, "..", dir)
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Binary: bin, Dir: dir, Mails: 200, Kills: 5, Seed: 2, MaxGap: time.Second, Log: testWriter{t}}
	rep, err := Run(ctx, opt)
	if rep != nil {
		rep.Print(testWriter{t})
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Check.Failures {
		t.Error(f)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p[:len(p)-min(len(p), 1)]))
	return len(p), nil
}
