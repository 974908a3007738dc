package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tilmeld/mailbot/mailtest"
)

// runTilmeld runs one command line in-process.
func runTilmeld(args ...string) (stdout, stderr string, code int) {
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	code = Run(context.Background(), env, args)
	return out.String(), errb.String(), code
}

// waitStatus runs `tilmeld status` until it exits with want, or fails.
func waitStatus(t *testing.T, config string, want int) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		out, errs, code := runTilmeld("status", "--config", config)
		if code == want {
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("status exits %d, want %d:\n%s%s", code, want, out, errs)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestStatus(t *testing.T) {
	imapSrv := mailtest.MustIMAPServer(t, nil)
	smtpSrv := mailtest.MustSMTPServer(t)
	config, err := mailtest.Config{IMAP: imapSrv.Account, SMTP: smtpSrv.Addr, IMAPExtra: `poll_interval = "1s"`}.Write(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}

	out, _, code := runTilmeld("status", "--config", config)
	if code != 1 || !strings.Contains(out, "not running") {
		t.Errorf("without a daemon: exit %d, %q", code, out)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(config), "tilmeld.db")); err == nil {
		t.Error("status created the store without a daemon")
	}

	if _, err := imapSrv.Append("INBOX", testMail("Anne Berg", "anne@example.org", "Tilmelding", "s1@example.org", "Jeg vil gerne på workshop 1.", "")); err != nil {
		t.Fatal(err)
	}
	d := startDaemon(t, config)
	defer d.stop(t)
	out = waitStatus(t, config, 0)
	t.Logf("status:\n%s", out)
	for _, want := range []string{"running since", "imap      connected to " + imapSrv.Addr, "next      the deadline"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}

	var r statusReport
	deadline := time.Now().Add(5 * time.Second)
	for r.Daemon.Fetched < 1 || r.DecidedToday < 1 {
		if time.Now().After(deadline) {
			t.Fatalf("status --json never showed the mail fetched and decided: %+v", r)
		}
		js, errs, code := runTilmeld("status", "--config", config, "--json")
		if code != 0 {
			t.Fatalf("status --json exit %d: %s", code, errs)
		}
		if err := json.Unmarshal([]byte(js), &r); err != nil {
			t.Fatalf("status --json: %v\n%s", err, js)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !r.Daemon.Connected || r.Version == "" || r.Deadline.IsZero() || r.Daemon.LastMail.IsZero() {
		t.Errorf("status --json = %+v", r)
	}

	imapSrv.Close()
	out = waitStatus(t, config, 1)
	if !strings.Contains(out, "NOT connected") {
		t.Errorf("after the server went away:\n%s", out)
	}
}
