package main

import (
	"crypto/tls"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tilmeld/mailbot/mailtest"
)

// checkSetup is what a check config points at.
type checkSetup struct {
	imapAddr, imapTLS, imapPass, mailbox string
	smtpAddr, smtpPass                   string
	// imapExtra and smtpExtra are more lines for those sections.
	imapExtra, smtpExtra string
}

// writeCheckConfig writes a config for an event ahead, with both servers
// on loopback and both passwords in files.
func writeCheckConfig(t *testing.T, s checkSetup) string {
	t.Helper()
	if s.mailbox == "" {
		s.mailbox = "INBOX"
	}
	path, err := mailtest.Config{
		IMAP:     mailtest.Account{Addr: s.imapAddr, Username: "bot@example.test", Password: s.imapPass},
		IMAPTLS:  s.imapTLS,
		SMTP:     s.smtpAddr,
		SMTPUser: "bot@example.test", SMTPPassword: s.smtpPass,
		IMAPExtra: fmt.Sprintf("mailbox = %q\nfolders = true\n%s", s.mailbox, s.imapExtra),
		SMTPExtra: s.smtpExtra,
	}.Write(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// servers starts an IMAP and an SMTP server, both for bot@example.test
// with password "secret".
func servers(t *testing.T) (*mailtest.IMAPServer, *mailtest.SMTPServer) {
	imapSrv := mailtest.MustIMAPServer(t, nil)
	smtpSrv := mailtest.MustSMTPServer(t)
	smtpSrv.RequireAuth("bot@example.test", "secret")
	return imapSrv, smtpSrv
}

func good(imapSrv *mailtest.IMAPServer, smtpSrv *mailtest.SMTPServer) checkSetup {
	return checkSetup{imapAddr: imapSrv.Addr, imapPass: "secret", smtpAddr: smtpSrv.Addr, smtpPass: "secret"}
}

func TestCheckGoodConfig(t *testing.T) {
	imapSrv, smtpSrv := servers(t)
	config := writeCheckConfig(t, good(imapSrv, smtpSrv))
	out, errs, code := runTilmeld("check", "--config", config, "--send-test", "staff@example.org")
	t.Logf("check:\n%s", out)
	if code != 0 {
		t.Fatalf("check exit %d:\n%s%s", code, out, errs)
	}
	for _, name := range []string{"config", "secrets", "imap", "idle", "folders", "smtp", "send", "store", "socket", "clock"} {
		if !strings.Contains(out, fmt.Sprintf("ok       %-8s ", name)) {
			t.Errorf("no ok line for %s", name)
		}
	}
	if strings.Contains(out, "secret\n") || strings.Contains(out, "\"secret\"") {
		t.Error("check printed the password")
	}
	msgs, err := smtpSrv.WaitTimeout(time.Second, 1)
	if err != nil || len(msgs) != 1 || msgs[0].To[0] != "staff@example.org" {
		t.Fatalf("test mail: %v %+v", err, msgs)
	}
	if mailboxesOf(t, imapSrv) != 1 {
		t.Error("check created folders")
	}

	// With the daemon running, the store is held by it, which is fine.
	d := startDaemon(t, config)
	defer d.stop(t)
	waitStatus(t, config, 0)
	out, _, code = runTilmeld("check", "--config", config)
	if code != 0 || !strings.Contains(out, "held by the running daemon") {
		t.Errorf("with the daemon running: exit %d\n%s", code, out)
	}
}

func mailboxesOf(t *testing.T, srv *mailtest.IMAPServer) int {
	t.Helper()
	c, err := srv.Login()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		t.Fatal(err)
	}
	return len(list)
}

func TestCheckProblems(t *testing.T) {
	imapSrv, smtpSrv := servers(t)
	tlsConf, _, err := mailtest.SelfSignedTLS()
	if err != nil {
		t.Fatal(err)
	}
	tlsSrv, err := mailtest.NewIMAPServer("bot@example.test", "secret", &mailtest.IMAPOptions{TLSConfig: tlsConf, ImplicitTLS: true})
	if err != nil {
		t.Fatal(err)
	}
	defer tlsSrv.Close()
	closed := closedPort(t)
	noAuth := mailtest.MustSMTPServer(t)
	tests := []struct {
		name  string
		edit  func(*checkSetup)
		check string
		want  string
	}{
		{"imap password", func(s *checkSetup) { s.imapPass = "wrong" }, "imap", "wrong username or password"},
		{"smtp password", func(s *checkSetup) { s.smtpPass = "wrong" }, "smtp", "wrong username or password"},
		{"imap port", func(s *checkSetup) { s.imapAddr = closed }, "imap", "connection refused at " + closed},
		{"smtp port", func(s *checkSetup) { s.smtpAddr = closed }, "smtp", "connection refused"},
		{"smtp without AUTH", func(s *checkSetup) { s.smtpAddr = noAuth.Addr }, "smtp", "offers no login here"},
		{"mailbox", func(s *checkSetup) { s.mailbox = "Tilmeldinger" }, "imap", `the mailbox "Tilmeldinger" does not exist (imap.mailbox); the account has "INBOX"`},
		{"untrusted certificate", func(s *checkSetup) { s.imapAddr, s.imapTLS = tlsSrv.Addr, "implicit" }, "imap", "not signed by an authority this machine trusts"},
		{"implicit TLS to a plaintext port", func(s *checkSetup) { s.imapTLS = "implicit" }, "imap", "does not speak TLS from the start"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := good(imapSrv, smtpSrv)
			tt.edit(&s)
			out, _, code := runTilmeld("check", "--config", writeCheckConfig(t, s))
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			line := lineOf(out, tt.check)
			t.Log(line)
			if !strings.HasPrefix(line, "PROBLEM") || !strings.Contains(line, tt.want) {
				t.Errorf("%s line = %q, want a PROBLEM with %q\n%s", tt.check, line, tt.want, out)
			}
			if strings.Contains(out, "wrong\n") {
				t.Error("check printed the password")
			}
		})
	}
}

// TestCheckCertificateForAnotherHost trusts the test CA but expects a
// name the certificate lacks.
func TestCheckCertificateForAnotherHost(t *testing.T) {
	tlsConf, roots, err := mailtest.SelfSignedTLS()
	if err != nil {
		t.Fatal(err)
	}
	tlsSrv, err := mailtest.NewIMAPServer("bot@example.test", "secret", &mailtest.IMAPOptions{TLSConfig: tlsConf, ImplicitTLS: true})
	if err != nil {
		t.Fatal(err)
	}
	defer tlsSrv.Close()
	_, smtpSrv := servers(t)
	checkTLS = &tls.Config{RootCAs: roots, ServerName: "imap.example.org"}
	defer func() { checkTLS = nil }()
	s := checkSetup{imapAddr: tlsSrv.Addr, imapTLS: "implicit", imapPass: "secret", smtpAddr: smtpSrv.Addr, smtpPass: "secret"}
	out, _, code := runTilmeld("check", "--config", writeCheckConfig(t, s))
	line := lineOf(out, "imap")
	if code != 1 || !strings.Contains(line, "is for another host (localhost, 127.0.0.1, ::1), not imap.example.org") {
		t.Errorf("exit %d, imap line %q", code, line)
	}
}

func lineOf(out, check string) string {
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 1 && f[1] == check {
			return l
		}
	}
	return ""
}

// closedPort returns a loopback address nothing listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestCheckOAuth logs in to both servers with a token from a helper
// command, and names a refused token.
func TestCheckOAuth(t *testing.T) {
	imapSrv, smtpSrv := servers(t)
	imapSrv.AcceptOAuth("fresh-token")
	smtpSrv.RequireOAuth("bot@example.test", "fresh-token")
	helper := filepath.Join(t.TempDir(), "token-helper")
	if err := os.WriteFile(helper, []byte("#!/bin/sh\necho fresh-token\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	s := good(imapSrv, smtpSrv)
	s.imapPass, s.smtpPass = "", ""
	s.imapExtra = fmt.Sprintf("auth = \"oauth2\"\ntoken_command = %q", helper+" --client-secret s3cr3t")
	s.smtpExtra = s.imapExtra
	config := writeCheckConfig(t, s)
	out, _, code := runTilmeld("check", "--config", config)
	if code != 0 {
		t.Fatalf("check exit %d:\n%s", code, out)
	}
	if strings.Contains(out, "fresh-token") || strings.Contains(out, "s3cr3t") {
		t.Errorf("check printed the token or the helper's arguments:\n%s", out)
	}
	if !strings.Contains(lineOf(out, "secrets"), "OAuth2 token <redacted: command "+helper+">") {
		t.Errorf("secrets line: %q", lineOf(out, "secrets"))
	}

	imapSrv.AcceptOAuth("rotated-token")
	smtpSrv.RequireOAuth("bot@example.test", "rotated-token")
	out, _, code = runTilmeld("check", "--config", config)
	for _, name := range []string{"imap", "smtp"} {
		if l := lineOf(out, name); code != 1 || !strings.Contains(l, "refused the OAuth2 token") {
			t.Errorf("stale token: exit %d, %s line %q", code, name, l)
		}
	}
}

// TestCheckDovecot runs check against Dovecot: all well, then a mailbox
// that is not there.
func TestCheckDovecot(t *testing.T) {
	d := mailtest.MustDovecot(t)
	_, smtpSrv := servers(t)
	s := checkSetup{imapAddr: d.Addr, imapPass: d.Password, smtpAddr: smtpSrv.Addr, smtpPass: "secret"}
	out, _, code := runTilmeld("check", "--config", writeCheckConfig(t, s))
	if code != 0 || !strings.Contains(lineOf(out, "idle"), "offers IDLE") {
		t.Fatalf("check exit %d:\n%s", code, out)
	}
	s.mailbox = "Tilmeldinger"
	out, _, code = runTilmeld("check", "--config", writeCheckConfig(t, s))
	if l := lineOf(out, "imap"); code != 1 || !strings.Contains(l, `"Tilmeldinger" does not exist`) || !strings.Contains(l, `"INBOX"`) {
		t.Errorf("missing mailbox on Dovecot: exit %d, %q", code, l)
	}
}
