package mailbot

// Logging in with OAuth2 (Microsoft 365, Gmail). tilmeld does not run the
// OAuth2 flow itself: a helper keeps a fresh access token in a file or
// prints one when run. The token is fetched again for every connection, so
// a renewed one is picked up, and it never reaches a log line.

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
	gomail "github.com/wneessen/go-mail"
	gosmtp "github.com/wneessen/go-mail/smtp"

	"tilmeld"
)

// SASL mechanism names. go-sasl has OAUTHBEARER (RFC 7628); XOAUTH2 is
// the older form Microsoft 365 and Gmail both accept.
const (
	mechXOAuth2     = "XOAUTH2"
	mechOAuthBearer = sasl.OAuthBearer
)

// tokenCommandTimeout bounds a token helper, which may ask a provider.
const tokenCommandTimeout = 30 * time.Second

// errToken marks a token that could not be had; check explains it.
var errToken = errors.New("no OAuth2 access token")

// accessToken returns a fresh access token from t.
func accessToken(ctx context.Context, t tilmeld.Token) (string, error) {
	var out []byte
	var err error
	if t.Command != "" {
		out, err = runTokenCommand(ctx, t.Command)
	} else {
		var text string
		if text, err = tilmeld.ReadSecretFile(t.File); err != nil {
			err = fmt.Errorf("%w: token_file: %w", errToken, err)
		}
		out = []byte(text)
	}
	if err != nil {
		return "", err
	}
	tok, err := parseToken(out)
	if err != nil {
		return "", fmt.Errorf("%w: %s: %w", errToken, t, err)
	}
	return tok, nil
}

// runTokenCommand runs the helper without a shell (the image has none):
// the command is split at spaces. Its stderr goes into the error, cut
// short, since a helper explains its failures there.
func runTokenCommand(ctx context.Context, command string) ([]byte, error) {
	args := strings.Fields(command)
	if len(args) == 0 {
		return nil, fmt.Errorf("%w: token_command is empty", errToken)
	}
	ctx, cancel := context.WithTimeout(ctx, tokenCommandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if len(msg) > 200 {
			msg = msg[:200]
		}
		if msg != "" {
			return nil, fmt.Errorf("%w: token_command %s: %w: %s", errToken, args[0], err, msg)
		}
		return nil, fmt.Errorf("%w: token_command %s: %w", errToken, args[0], err)
	}
	return out, nil
}

// parseToken takes the token from a helper's output: the bare token on
// one line, or a JSON object with access_token as token endpoints answer.
func parseToken(b []byte) (string, error) {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '{' {
		var v struct {
			AccessToken string `json:"access_token"`
		}
		if err := json.Unmarshal(b, &v); err != nil {
			return "", errors.New("output is JSON without a readable access_token")
		}
		b = []byte(strings.TrimSpace(v.AccessToken))
	}
	switch {
	case len(b) == 0:
		return "", errors.New("the token is empty")
	case bytes.ContainsAny(b, " \t\r\n\x01"):
		return "", errors.New("the token has spaces or several lines; give only the access token")
	}
	return string(b), nil
}

// tokenExpiry reads the expiry of a JWT access token (Microsoft's are)
// without checking its signature: only to say "expired" in a message.
// Opaque tokens (Google's) give ok=false.
func tokenExpiry(tok string) (exp time.Time, ok bool) {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return time.Time{}, false
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return time.Time{}, false
	}
	var claims struct {
		Exp json.Number `json:"exp"`
	}
	if json.Unmarshal(payload, &claims) != nil {
		return time.Time{}, false
	}
	sec, err := strconv.ParseInt(claims.Exp.String(), 10, 64)
	if err != nil || sec <= 0 {
		return time.Time{}, false
	}
	return time.Unix(sec, 0), true
}

// secretError is a password or token that could not be had here, as
// opposed to one the server refused.
type secretError struct{ error }

func (e secretError) Unwrap() error { return e.error }

// credential returns the password or token for a connection now.
func credential(ctx context.Context, mode tilmeld.AuthMode, pass tilmeld.Secret, tok tilmeld.Token) (string, error) {
	var v string
	var err error
	if mode == tilmeld.AuthOAuth2 {
		v, err = accessToken(ctx, tok)
	} else {
		v, err = pass.Value()
	}
	if err != nil {
		return "", secretError{err}
	}
	return v, nil
}

// CheckCredentials reads the IMAP and SMTP password or token once, so a
// missing one is reported by name at start rather than at the first
// connection. SMTP without a username logs in not at all.
func CheckCredentials(ctx context.Context, cfg *tilmeld.Config) error {
	if _, err := credential(ctx, cfg.IMAP.Auth, cfg.IMAP.Password, cfg.IMAP.Token); err != nil {
		return fmt.Errorf("imap %s: %w", credentialName(cfg.IMAP.Auth), err)
	}
	if cfg.SMTP.Username == "" {
		return nil
	}
	if _, err := credential(ctx, cfg.SMTP.Auth, cfg.SMTP.Password, cfg.SMTP.Token); err != nil {
		return fmt.Errorf("smtp %s: %w", credentialName(cfg.SMTP.Auth), err)
	}
	return nil
}

func credentialName(mode tilmeld.AuthMode) string {
	if mode == tilmeld.AuthOAuth2 {
		return "token"
	}
	return "password"
}

// imapLogin logs in with the password (LOGIN) or the token (AUTHENTICATE
// XOAUTH2, or OAUTHBEARER where only that is offered).
func imapLogin(ctx context.Context, c *imapclient.Client, cfg *tilmeld.IMAPConfig) error {
	secret, err := credential(ctx, cfg.Auth, cfg.Password, cfg.Token)
	if err != nil {
		return fmt.Errorf("imap %s: %w", credentialName(cfg.Auth), err)
	}
	if cfg.Auth != tilmeld.AuthOAuth2 {
		if err := c.Login(cfg.Username, secret).Wait(); err != nil {
			return fmt.Errorf("imap login as %s: %w", cfg.Username, err)
		}
		return nil
	}
	mech := pickOAuthMech(func(m string) bool { return c.Caps().Has(imap.Cap("AUTH=" + m)) })
	if err := c.Authenticate(oauthClient(mech, cfg.Username, secret)); err != nil {
		return fmt.Errorf("imap login as %s (%s): %w", cfg.Username, mech, err)
	}
	return nil
}

// pickOAuthMech prefers XOAUTH2, which both big providers take, and uses
// OAUTHBEARER when a server offers only that.
func pickOAuthMech(offered func(string) bool) string {
	if !offered(mechXOAuth2) && offered(mechOAuthBearer) {
		return mechOAuthBearer
	}
	return mechXOAuth2
}

func oauthClient(mech, user, token string) sasl.Client {
	if mech == mechOAuthBearer {
		return sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: user, Token: token})
	}
	return &xoauth2Client{user: user, token: token}
}

// xoauth2Client is the client side of XOAUTH2, which go-sasl lacks:
// https://developers.google.com/gmail/imap/xoauth2-protocol
type xoauth2Client struct{ user, token string }

func (a *xoauth2Client) Start() (string, []byte, error) {
	return mechXOAuth2, []byte("user=" + a.user + "\x01auth=Bearer " + a.token + "\x01\x01"), nil
}

// Next answers the server's error challenge (JSON) with an empty line, after
// which the server ends the exchange with its refusal.
func (a *xoauth2Client) Next([]byte) ([]byte, error) { return []byte{}, nil }

// smtpAuthOptions returns go-mail's login options for cfg: none without a
// username, PLAIN/LOGIN/SCRAM by password, or the token.
func smtpAuthOptions(ctx context.Context, cfg *tilmeld.SMTPConfig) ([]gomail.Option, error) {
	if cfg.Username == "" {
		return nil, nil
	}
	secret, err := credential(ctx, cfg.Auth, cfg.Password, cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("smtp %s: %w", credentialName(cfg.Auth), err)
	}
	if cfg.Auth == tilmeld.AuthOAuth2 {
		return []gomail.Option{gomail.WithSMTPAuthCustom(&smtpOAuth{user: cfg.Username, token: secret})}, nil
	}
	return []gomail.Option{gomail.WithUsername(cfg.Username), gomail.WithPassword(secret),
		gomail.WithOpportunisticSMTPAuth(gomail.SMTPAuthSCRAMSHA256, gomail.SMTPAuthPlain, gomail.SMTPAuthLogin)}, nil
}

// smtpOAuth picks XOAUTH2 or OAUTHBEARER from what the server offers
// after EHLO and speaks it through go-mail's or go-sasl's client.
type smtpOAuth struct {
	user, token string
	sasl        sasl.Client
}

func (a *smtpOAuth) Start(info *gosmtp.ServerInfo) (string, []byte, error) {
	mech := pickOAuthMech(func(m string) bool { return slices.Contains(info.Auth, m) })
	a.sasl = oauthClient(mech, a.user, a.token)
	return a.sasl.Start()
}

func (a *smtpOAuth) Next(fromServer []byte, more bool) ([]byte, error) {
	if !more {
		return nil, nil
	}
	return a.sasl.Next(fromServer)
}
