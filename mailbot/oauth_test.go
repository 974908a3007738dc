package mailbot

import (
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tilmeld"
	"tilmeld/mailbot/mailtest"
)

// oauthBot is a transport bot that logs in to IMAP with the token in a
// file, which the test rewrites.
func oauthBot(t *testing.T, srv *mailtest.IMAPServer) (*Bot, *syncBuffer, string) {
	t.Helper()
	bot, logBuf := transportBot(t, srv.Addr, srv.Username, "")
	tokenFile := filepath.Join(t.TempDir(), "token")
	bot.Config.IMAP.Auth = tilmeld.AuthOAuth2
	bot.Config.IMAP.Token = tilmeld.Token{File: tokenFile}
	bot.Config.IMAP.Password = tilmeld.Secret{}
	return bot, logBuf, tokenFile
}

func writeToken(t *testing.T, path, token string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestIMAPOAuth logs in with each mechanism, reads the token again for
// each connection (a rotated token is picked up), and never logs it.
func TestIMAPOAuth(t *testing.T) {
	for _, mech := range []string{mailtest.XOAuth2, mailtest.OAuthBearer} {
		t.Run(mech, func(t *testing.T) {
			srv := mailtest.MustIMAPServer(t, nil)
			srv.AcceptOAuth("token-one", mech)
			bot, logBuf, tokenFile := oauthBot(t, srv)
			writeToken(t, tokenFile, "token-one")
			f := &Fetcher{Bot: bot}
			mc, err := f.connect(context.Background())
			if err != nil {
				t.Fatalf("connect with token-one: %v", err)
			}
			mc.c.Close()

			srv.AcceptOAuth("token-two", mech)
			writeToken(t, tokenFile, "token-two")
			last := appendMails(t, srv, testMail(1))
			runFetcher(t, f)
			pollUntil(t, slowWait, "mail fetched with the rotated token", cursorAt(t, bot.DB, last))
			if strings.Contains(logBuf.String(), "token-") {
				t.Errorf("a token appears in the log:\n%s", logBuf)
			}
		})
	}
}

func TestIMAPOAuthRefused(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	srv.AcceptOAuth("good")
	bot, _, tokenFile := oauthBot(t, srv)
	k := &Checker{Bot: bot}

	writeToken(t, tokenFile, "stale")
	p := k.CheckIMAP(context.Background())[0]
	if !p.Problem || !strings.Contains(p.Text, "refused the OAuth2 token") || strings.Contains(p.Text, "stale") {
		t.Errorf("refused token: %+v", p)
	}

	writeToken(t, tokenFile, jwt(time.Now().Add(-time.Hour)))
	p = k.CheckIMAP(context.Background())[0]
	if !p.Problem || !strings.Contains(p.Text, "expired at") {
		t.Errorf("expired token: %+v", p)
	}

	os.Remove(tokenFile)
	p = k.CheckIMAP(context.Background())[0]
	if !p.Problem || !strings.Contains(p.Text, "could not get an OAuth2 access token") || !strings.Contains(p.Text, tokenFile) {
		t.Errorf("missing token file: %+v", p)
	}
}

// jwt returns an unsigned token with an exp claim, shaped like Microsoft's.
func jwt(exp time.Time) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"none"}`)) + "." + enc(fmt.Appendf(nil, `{"exp":%d,"aud":"https://outlook.office.com"}`, exp.Unix())) + ".sig"
}

// TestTokenCommand runs a helper script each time a token is needed.
func TestTokenCommand(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "token-helper")
	counter := filepath.Join(dir, "n")
	body := "#!/bin/sh\necho x >> " + counter + "\nprintf '{\"access_token\": \"%s-%s\", \"expires_in\": 3599}\\n' \"$1\" \"$(wc -l < " + counter + " | tr -d ' ')\"\n"
	if err := os.WriteFile(script, []byte(body), 0o700); err != nil {
		t.Fatal(err)
	}
	tok := tilmeld.Token{Command: script + " imap"}
	for i := 1; i <= 2; i++ {
		got, err := accessToken(context.Background(), tok)
		if want := fmt.Sprintf("imap-%d", i); err != nil || got != want {
			t.Errorf("run %d: %q, %v; want %q", i, got, err, want)
		}
	}

	failing := filepath.Join(dir, "failing")
	os.WriteFile(failing, []byte("#!/bin/sh\necho 'refresh token revoked' >&2\nexit 3\n"), 0o700)
	_, err := accessToken(context.Background(), tilmeld.Token{Command: failing})
	if err == nil || !strings.Contains(err.Error(), "refresh token revoked") {
		t.Errorf("failing helper: %v", err)
	}
}

func TestParseToken(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"abc.def\n", "abc.def", true},
		{`{"access_token":"ya29.x","expires_in":3599}`, "ya29.x", true},
		{"", "", false},
		{"two\nlines", "", false},
		{`{"error":"invalid_grant"}`, "", false},
	} {
		got, err := parseToken([]byte(tt.in))
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("parseToken(%q) = %q, %v", tt.in, got, err)
		}
	}
	exp := time.Unix(time.Now().Unix(), 0)
	if got, ok := tokenExpiry(jwt(exp)); !ok || !got.Equal(exp) {
		t.Errorf("tokenExpiry = %v, %v", got, ok)
	}
	if _, ok := tokenExpiry("ya29.opaque"); ok {
		t.Error("an opaque token has an expiry")
	}
}

// TestSMTPOAuth sends through go-smtp's server with each mechanism.
func TestSMTPOAuth(t *testing.T) {
	for _, mech := range []string{mailtest.XOAuth2, mailtest.OAuthBearer} {
		t.Run(mech, func(t *testing.T) {
			srv := mailtest.MustSMTPServer(t)
			srv.RequireOAuth("bot@example.test", "smtp-token", mech)
			bot := senderBot(t, srv)
			tokenFile := filepath.Join(t.TempDir(), "token")
			writeToken(t, tokenFile, "smtp-token")
			bot.Config.SMTP.Username = "bot@example.test"
			bot.Config.SMTP.Auth = tilmeld.AuthOAuth2
			bot.Config.SMTP.Token = tilmeld.Token{File: tokenFile}
			enqueue(t, bot.DB, outMail("1"))
			s := &Sender{Bot: bot}
			if _, err := s.SendDue(context.Background()); err != nil {
				t.Fatal(err)
			}
			msgs := srv.Messages()
			if len(msgs) != 1 || msgs[0].User != "bot@example.test" {
				t.Fatalf("messages = %+v", msgs)
			}

			writeToken(t, tokenFile, "revoked")
			k := &Checker{Bot: bot}
			p := k.CheckSMTP(context.Background())
			if !p.Problem || !strings.Contains(p.Text, "refused the OAuth2 token") {
				t.Errorf("revoked token: %+v", p)
			}
		})
	}
}
