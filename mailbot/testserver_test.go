package mailbot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"tilmeld"
	"tilmeld/store"
)

// transportBot returns a bot over a fresh store whose IMAP and SMTP settings
// point at imapAddr and smtpAddr without TLS. Its log goes to logBuf.
func transportBot(t testing.TB, imapAddr, user, pass string) (*Bot, *syncBuffer) {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "tilmeld.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	passFile := filepath.Join(dir, "password")
	if err := os.WriteFile(passFile, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := tilmeld.Default()
	cfg.IMAP.Address, cfg.IMAP.TLS, cfg.IMAP.Username = imapAddr, tilmeld.TLSNone, user
	cfg.IMAP.Password = tilmeld.Secret{File: passFile}
	cfg.IMAP.PollInterval = time.Minute
	cfg.IMAP.BatchSize = 200
	cfg.SMTP.TLS = tilmeld.TLSNone
	cfg.SMTP.Password = tilmeld.Secret{File: passFile}
	logBuf := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logBuf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return New(cfg, db, log), logBuf
}

// runFetcher runs f until the test ends, then checks it stopped cleanly.
func runFetcher(t *testing.T, f *Fetcher) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if !errors.Is(err, context.Canceled) {
					t.Errorf("fetcher ended with %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Error("fetcher did not stop within 5s")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// pollUntil checks cond every few milliseconds until it holds or d passes.
// slowWait bounds waits for what happens "soon". The tests poll, so a long
// bound costs nothing when things work; it keeps a loaded CI machine (the
// race detector, packages tested in parallel) from failing them.
const slowWait = 20 * time.Second

func pollUntil(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %s", d, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// testMail returns a small registration mail numbered n.
func testMail(n int) []byte {
	return fmt.Appendf(nil, "From: Deltager %d <d%d@example.test>\r\n"+
		"To: abc@bo-vest.dk\r\n"+
		"Subject: Tilmelding %d\r\n"+
		"Date: Mon, 14 Sep 2020 10:%02d:00 +0200\r\n"+
		"Message-ID: <m%d@example.test>\r\n"+
		"\r\n"+
		"Jeg vil gerne deltage i workshop 1, subsidiært 2.\r\n", n, n, n, n%60, n)
}

// syncBuffer is a bytes.Buffer safe for the logger and the test at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
