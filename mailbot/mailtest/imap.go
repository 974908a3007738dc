package mailtest

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"io"
	"log"
	"net"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// IMAPServer is an in-process IMAP server with one user whose INBOX exists.
type IMAPServer struct {
	Account

	user  *imapmemserver.User
	srv   *imapserver.Server
	ln    net.Listener
	oauth *oauthAccount
}

// IMAPOptions tune NewIMAPServer.
type IMAPOptions struct {
	// Caps is what the server advertises; nil means IMAP4rev1 with IDLE,
	// UIDPLUS and MOVE. imap.CapIMAP4rev1 alone gives a server without
	// MOVE and UIDPLUS, as some providers are.
	Caps imap.CapSet
	// Log receives the server's error log; nil discards it.
	Log io.Writer
	// TLSConfig, if set, offers STARTTLS, or with ImplicitTLS speaks TLS
	// from the first byte (see SelfSignedTLS).
	TLSConfig   *tls.Config
	ImplicitTLS bool
}

// NewIMAPServer starts a server for username/password on 127.0.0.1:0.
// Plaintext login is allowed: it is loopback only.
func NewIMAPServer(username, password string, opt *IMAPOptions) (*IMAPServer, error) {
	if opt == nil {
		opt = &IMAPOptions{}
	}
	caps := opt.Caps
	if caps == nil {
		caps = imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIdle: {}, imap.CapUIDPlus: {}, imap.CapMove: {}}
	}
	logw := opt.Log
	if logw == nil {
		logw = io.Discard
	}
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(username, password)
	if err := u.Create("INBOX", nil); err != nil {
		return nil, fmt.Errorf("create INBOX: %w", err)
	}
	mem.AddUser(u)
	ln, err := listen(opt.TLSConfig, opt.ImplicitTLS)
	if err != nil {
		return nil, fmt.Errorf("imap listen: %w", err)
	}
	var starttls *tls.Config
	if !opt.ImplicitTLS {
		starttls = opt.TLSConfig
	}
	oauth := &oauthAccount{}
	srv := imapserver.New(&imapserver.Options{
		TLSConfig: starttls,
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			sess := mem.NewSession().(imapserver.SessionIMAP4rev2)
			return &oauthIMAPSession{SessionIMAP4rev2: sess, acct: oauth, password: password}, nil, nil
		},
		Caps:         caps,
		InsecureAuth: true,
		Logger:       log.New(logw, "imapserver: ", 0),
	})
	go srv.Serve(ln)
	return &IMAPServer{Account: Account{Addr: ln.Addr().String(), Username: username, Password: password}, user: u, srv: srv, ln: ln, oauth: oauth}, nil
}

// MustIMAPServer starts a server with user "bot@example.test", password
// "secret", and stops it when the test ends.
func MustIMAPServer(tb TB, opt *IMAPOptions) *IMAPServer {
	tb.Helper()
	s, err := NewIMAPServer("bot@example.test", "secret", opt)
	if err != nil {
		tb.Fatalf("%v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// Append adds raw to mailbox, dated now, and returns its UID. Sessions
// idling on the mailbox are told.
func (s *IMAPServer) Append(mailbox string, raw []byte) (imap.UID, error) {
	return s.AppendFlags(mailbox, raw, time.Now(), nil)
}

// AppendFlags adds raw to mailbox with an INTERNALDATE and flags.
func (s *IMAPServer) AppendFlags(mailbox string, raw []byte, date time.Time, flags []imap.Flag) (imap.UID, error) {
	data, err := s.user.Append(mailbox, bytes.NewReader(raw), &imap.AppendOptions{Time: date, Flags: flags})
	if err != nil {
		return 0, fmt.Errorf("append to %s: %w", mailbox, err)
	}
	return data.UID, nil
}

// Recreate deletes mailbox and creates it again, empty, with a new
// UIDVALIDITY.
func (s *IMAPServer) Recreate(mailbox string) error {
	if err := s.user.Delete(mailbox); err != nil {
		return fmt.Errorf("delete %s: %w", mailbox, err)
	}
	if err := s.user.Create(mailbox, nil); err != nil {
		return fmt.Errorf("create %s: %w", mailbox, err)
	}
	return nil
}

// User gives direct access to the server's user, for what the helpers
// above do not cover.
func (s *IMAPServer) User() *imapmemserver.User { return s.user }

// Close stops the server and drops its connections.
func (s *IMAPServer) Close() error { return s.srv.Close() }
