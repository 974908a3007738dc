package mailbot

// The tests behind `tilmeld check`: log in to both servers as the daemon
// would, change nothing, and say in one sentence what is wrong and why.

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
	gomail "github.com/wneessen/go-mail"

	"tilmeld"
	"tilmeld/store"
)

// checkTimeout bounds each server test.
const checkTimeout = 20 * time.Second

// Probe is the outcome of one test: ok, or a problem, in one sentence.
type Probe struct {
	Name    string
	Problem bool
	Text    string
}

func okProbe(name, format string, args ...any) Probe {
	return Probe{Name: name, Text: fmt.Sprintf(format, args...)}
}

func problem(name, format string, args ...any) Probe {
	return Probe{Name: name, Problem: true, Text: fmt.Sprintf(format, args...)}
}

// Checker runs the tests for a bot's configuration.
type Checker struct {
	*Bot
	// TLSConfig, if set, replaces the system roots (a private CA, tests).
	TLSConfig *tls.Config
}

// CheckIMAP logs in, opens the mailbox read-only (EXAMINE) and looks for
// IDLE and the folders. It changes nothing on the server.
func (k *Checker) CheckIMAP(ctx context.Context) []Probe {
	ctx, cancel := context.WithTimeout(ctx, checkTimeout)
	defer cancel()
	cfg := &k.Config.IMAP
	host, err := tilmeld.CheckEndpoint("imap", cfg.Address, cfg.TLS, cfg.AllowPlaintext)
	if err != nil {
		return []Probe{problem("imap", "%v.", err)}
	}
	c, err := dialIMAP(ctx, cfg, host, k.TLSConfig, &imapclient.Options{})
	if err != nil {
		return []Probe{problem("imap", "%s", explainConn(err, cfg.Address, host))}
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	if err := imapLogin(ctx, c, cfg); err != nil {
		return []Probe{problem("imap", "%s", explainLogin(err, cfg.Auth, cfg.Username, cfg.Token))}
	}
	sel, err := c.Select(cfg.Mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return []Probe{problem("imap", "%s", k.explainMailbox(c, err))}
	}
	out := []Probe{okProbe("imap", "logged in to %s as %s; mailbox %s holds %d mails.",
		cfg.Address, cfg.Username, cfg.Mailbox, sel.NumMessages)}
	out = append(out, k.checkIdle(c))
	if cfg.Folders.Enabled {
		out = append(out, probeFolders(c, cfg.Folders))
	}
	c.Logout().Wait()
	return out
}

func (k *Checker) checkIdle(c *imapclient.Client) Probe {
	poll := k.Config.IMAP.PollInterval
	switch {
	case !k.Config.IMAP.Idle:
		return okProbe("idle", "imap.idle is off: the mailbox is looked at every %s.", poll)
	case hasIdle(c):
		return okProbe("idle", "the server offers IDLE: new mail is seen within seconds.")
	}
	return okProbe("idle", "the server does not offer IDLE: the mailbox is looked at every %s instead.", poll)
}

// probeFolders reports which folders exist and which the daemon will make.
func probeFolders(c *imapclient.Client, f tilmeld.Folders) Probe {
	missing, err := missingFolders(c, f)
	if err != nil {
		return problem("folders", "the server would not list its folders: %v.", err)
	}
	how := "moved with MOVE"
	if !c.Caps().Has(imap.CapMove) && !c.Caps().Has(imap.CapIMAP4rev2) {
		how = "copied, then deleted (the server has no MOVE)"
	}
	if len(missing) == 0 {
		return okProbe("folders", "%s all exist; decided mail is %s.", quoteList(folderNames(f)), how)
	}
	if p := folderPrefix(c); p != "" && !strings.HasPrefix(missing[0], p) {
		return problem("folders", "the server keeps folders under %q, so %q cannot be made at the top: name the folders so (imap.folder_registered = %q and the others).",
			p, missing[0], p+f.Registered)
	}
	return okProbe("folders", "%s will be created at start; decided mail is %s.", quoteList(missing), how)
}

// folderPrefix returns the server's personal namespace prefix ("INBOX."
// on Courier and some Cyrus and Dovecot setups), "" when none or unknown.
func folderPrefix(c *imapclient.Client) string {
	if !c.Caps().Has(imap.CapNamespace) && !c.Caps().Has(imap.CapIMAP4rev2) {
		return ""
	}
	ns, err := c.Namespace().Wait()
	if err != nil || len(ns.Personal) == 0 {
		return ""
	}
	return ns.Personal[0].Prefix
}

// explainMailbox says the mailbox is missing and names the ones there are.
func (k *Checker) explainMailbox(c *imapclient.Client, err error) string {
	name := k.Config.IMAP.Mailbox
	if !hasCode(err, imap.ResponseCodeNonExistent) && !mentionsMissing(err) {
		return fmt.Sprintf("the server would not open the mailbox %q: %v.", name, err)
	}
	list, lerr := c.List("", "*", nil).Collect()
	if lerr != nil || len(list) == 0 {
		return fmt.Sprintf("the mailbox %q does not exist (imap.mailbox).", name)
	}
	names := make([]string, 0, len(list))
	for _, d := range list {
		names = append(names, d.Mailbox)
	}
	return fmt.Sprintf("the mailbox %q does not exist (imap.mailbox); the account has %s.", name, quoteList(names))
}

// mentionsMissing recognises a server's words for a mailbox that is not
// there, for servers that send no NONEXISTENT code.
func mentionsMissing(err error) bool {
	s := strings.ToLower(err.Error())
	for _, w := range []string{"no such", "doesn't exist", "does not exist", "not found", "unknown mailbox"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// CheckSMTP connects and logs in as the sender would, sending nothing.
func (k *Checker) CheckSMTP(ctx context.Context) Probe {
	ctx, cancel := context.WithTimeout(ctx, checkTimeout)
	defer cancel()
	cfg := &k.Config.SMTP
	c, p := k.dialSMTP(ctx)
	if c == nil {
		return p
	}
	defer c.Close()
	if cfg.Username == "" {
		return okProbe("smtp", "connected to %s; no login, as smtp.username is empty.", cfg.Address)
	}
	return okProbe("smtp", "connected to %s and logged in as %s.", cfg.Address, cfg.Username)
}

func (k *Checker) dialSMTP(ctx context.Context) (*gomail.Client, Probe) {
	cfg := &k.Config.SMTP
	host, err := tilmeld.CheckEndpoint("smtp", cfg.Address, cfg.TLS, cfg.AllowPlaintext)
	if err != nil {
		return nil, problem("smtp", "%v.", err)
	}
	c, err := dialSMTP(ctx, cfg, host, k.TLSConfig)
	if err == nil {
		return c, Probe{}
	}
	switch {
	case isLoginRefusal(err) || errors.As(err, new(secretError)):
		return nil, problem("smtp", "%s", explainLogin(err, cfg.Auth, cfg.Username, cfg.Token))
	case strings.Contains(err.Error(), "does not support SMTP AUTH"):
		return nil, problem("smtp", "%s offers no login here: port 587 usually wants tls = \"starttls\" first; without a login leave smtp.username empty.", cfg.Address)
	}
	return nil, problem("smtp", "%s", explainConn(err, cfg.Address, host))
}

// SendTest sends one plain test mail to addr, outside the outbox.
func (k *Checker) SendTest(ctx context.Context, addr string) Probe {
	ctx, cancel := context.WithTimeout(ctx, checkTimeout)
	defer cancel()
	if err := checkRecipient("", addr); err != nil {
		return problem("send", "%q is not one plain address.", addr)
	}
	s := &Sender{Bot: k.Bot}
	id := fmt.Sprintf("check.%d@%s", time.Now().UnixNano(), domainOf(k.Config.Event.Address))
	msg, err := s.buildMessage(&store.OutMail{MessageID: id, To: addr, Kind: "test",
		Subject: "tilmeld: test mail", Created: time.Now(),
		Body: "This mail was sent by `tilmeld check --send-test` to test the mail server settings.\n"})
	if err != nil {
		return problem("send", "the test mail could not be built: %v.", err)
	}
	c, p := k.dialSMTP(ctx)
	if c == nil {
		return p
	}
	defer c.Close()
	if err := c.Send(msg); err != nil {
		return problem("send", "the server did not take the test mail to %s: %s.", addr, serverAnswer(err))
	}
	return okProbe("send", "the server took a test mail to %s (Message-ID <%s>).", addr, id)
}

// isLoginRefusal reports an SMTP answer to AUTH: 535 (bad credentials),
// 534 (Gmail: an app password is needed), 530 (login needed), 454, or an
// OAUTHBEARER error.
func isLoginRefusal(err error) bool {
	var te *textproto.Error
	if errors.As(err, &te) {
		return te.Code == 535 || te.Code == 534 || te.Code == 530 || te.Code == 454
	}
	// OAUTHBEARER's refusal comes as a challenge, which go-sasl turns
	// into this error before the server says its code.
	var be *sasl.OAuthBearerError
	return errors.As(err, &be)
}

// explainLogin says why a login failed: no token, an expired one, or a
// refused password.
func explainLogin(err error, mode tilmeld.AuthMode, user string, tok tilmeld.Token) string {
	var se secretError
	if errors.As(err, &se) {
		if errors.Is(err, errToken) {
			return fmt.Sprintf("could not get an OAuth2 access token: %v.", se.error)
		}
		return fmt.Sprintf("%v.", err)
	}
	if mode == tilmeld.AuthOAuth2 {
		if t, terr := accessToken(context.Background(), tok); terr == nil {
			if exp, ok := tokenExpiry(t); ok && exp.Before(time.Now()) {
				return fmt.Sprintf("the server refused the OAuth2 token for %s: it expired at %s; the token helper did not renew it.",
					user, exp.Local().Format("2006-01-02 15:04"))
			}
		}
		return fmt.Sprintf("the server refused the OAuth2 token for %s: it may have expired, or lack the mail scope, or the account's IMAP/SMTP access is off (%s).",
			user, serverText(err))
	}
	return fmt.Sprintf("the server refused the login for %s: wrong username or password (Microsoft 365 and Gmail want OAuth2 or an app password) (%s).",
		user, serverText(err))
}

// serverText is the server's own words in err, shortened.
func serverText(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && i+2 < len(s) {
		s = s[i+2:]
	}
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	return strings.TrimSpace(s)
}

// explainConn turns a failure to reach a server into a sentence with its
// likely cause.
func explainConn(err error, addr, host string) string {
	var hostErr x509.HostnameError
	var authErr x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	var record tls.RecordHeaderError
	var dnsErr *net.DNSError
	var netErr net.Error
	switch {
	case errors.As(err, &hostErr):
		return fmt.Sprintf("the certificate of %s is for another host (%s), not %s: check the address, or a proxy is in between.",
			addr, certNames(hostErr.Certificate), hostErr.Host)
	case errors.As(err, &authErr):
		return fmt.Sprintf("the certificate of %s is not signed by an authority this machine trusts (self-signed, or a private CA).", addr)
	case errors.As(err, &invalid) && invalid.Reason == x509.Expired:
		return fmt.Sprintf("the certificate of %s has expired or is not valid yet (or this machine's clock is wrong).", addr)
	case errors.As(err, &record):
		return fmt.Sprintf("%s does not speak TLS from the start: for ports 143 and 587 set tls = \"starttls\"; tls = \"implicit\" is for 993 and 465.", addr)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Sprintf("connection refused at %s: nothing listens on that port (a wrong port, or the server is down).", addr)
	case errors.As(err, &dnsErr):
		return fmt.Sprintf("the host name %s is unknown (a typo in the address, or no DNS).", host)
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Sprintf("no answer from %s within %s (a firewall, a wrong port, or tls = \"implicit\" on a port that waits for STARTTLS).", addr, checkTimeout)
	case strings.Contains(strings.ToLower(err.Error()), "starttls"):
		return fmt.Sprintf("%s does not offer STARTTLS: for ports 993 and 465 set tls = \"implicit\" (%v).", addr, err)
	}
	return fmt.Sprintf("cannot connect to %s: %v.", addr, err)
}

func certNames(c *x509.Certificate) string {
	if c == nil {
		return "unknown"
	}
	names := append([]string(nil), c.DNSNames...)
	for _, ip := range c.IPAddresses {
		names = append(names, ip.String())
	}
	if len(names) == 0 {
		names = append(names, c.Subject.CommonName)
	}
	return strings.Join(names, ", ")
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
