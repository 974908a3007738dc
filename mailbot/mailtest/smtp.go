package mailtest

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Message is one mail the SMTP server accepted.
type Message struct {
	From string
	To   []string
	Data []byte
	// User is who authenticated, "" without AUTH.
	User string
}

// SMTPServer is an in-process SMTP server that records every message it
// accepts. It is safe for concurrent use.
type SMTPServer struct {
	Addr string

	mu       sync.Mutex
	msgs     []Message
	changed  chan struct{} // closed and replaced on every new message
	reject   func(Message) error
	users    map[string]string
	attempts int
	sessions int
	oauth    oauthAccount

	srv *smtp.Server
}

// NewSMTPServer starts a recording server on 127.0.0.1:0.
func NewSMTPServer() (*SMTPServer, error) { return NewSMTPServerTLS(nil, false) }

// NewSMTPServerTLS starts a recording server that offers STARTTLS with
// conf, or with implicit speaks TLS from the first byte (see SelfSignedTLS).
func NewSMTPServerTLS(conf *tls.Config, implicit bool) (*SMTPServer, error) {
	ln, err := listen(conf, implicit)
	if err != nil {
		return nil, fmt.Errorf("smtp listen: %w", err)
	}
	s := &SMTPServer{Addr: ln.Addr().String(), changed: make(chan struct{})}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		s.mu.Lock()
		s.sessions++
		s.mu.Unlock()
		return &smtpSession{srv: s}, nil
	}))
	s.srv.Domain = "mailtest.localhost"
	s.srv.ReadTimeout = 30 * time.Second
	s.srv.WriteTimeout = 30 * time.Second
	s.srv.AllowInsecureAuth = true
	if !implicit {
		s.srv.TLSConfig = conf
	}
	s.srv.ErrorLog = log.New(io.Discard, "", 0)
	go s.srv.Serve(ln)
	return s, nil
}

// MustSMTPServer starts a recording server and stops it when the test ends.
func MustSMTPServer(tb TB) *SMTPServer {
	tb.Helper()
	s, err := NewSMTPServer()
	if err != nil {
		tb.Fatalf("%v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// RequireAuth makes the server offer AUTH PLAIN and accept mail only from
// a client logged in as user with pass.
func (s *SMTPServer) RequireAuth(user, pass string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users = map[string]string{user: pass}
}

// RequireOAuth makes the server offer AUTH with mechs (default: XOAUTH2
// and OAUTHBEARER) and accept mail only from a client that sent token for
// user. Call it again to rotate the token.
func (s *SMTPServer) RequireOAuth(user, token string, mechs ...string) {
	s.oauth.set(user, token, mechs)
}

// Reject sets a check run on each complete message before it is accepted:
// a non-nil error refuses it (use *smtp.SMTPError for a chosen code, such as
// TempFailure or PermFailure). nil accepts everything again. fn runs under
// the server's lock: it must not call the server's methods.
func (s *SMTPServer) Reject(fn func(Message) error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reject = fn
}

// TempFailure is a 451 answer: try again later.
var TempFailure = &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Try again later"}

// PermFailure is a 550 answer: the mailbox does not exist.
var PermFailure = &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such user here"}

// Messages returns a copy of what was accepted so far, in order.
func (s *SMTPServer) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

// Attempts returns how many complete messages clients sent, accepted or not.
func (s *SMTPServer) Attempts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.attempts
}

// Sessions returns how many connections clients opened.
func (s *SMTPServer) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions
}

// Wait returns the messages once at least n were accepted, or an error
// when ctx ends first.
func (s *SMTPServer) Wait(ctx context.Context, n int) ([]Message, error) {
	for {
		s.mu.Lock()
		msgs, changed := append([]Message(nil), s.msgs...), s.changed
		s.mu.Unlock()
		if len(msgs) >= n {
			return msgs, nil
		}
		select {
		case <-ctx.Done():
			return msgs, fmt.Errorf("smtp: %d of %d messages arrived: %w", len(msgs), n, ctx.Err())
		case <-changed:
		}
	}
}

// WaitTimeout is Wait with a time limit.
func (s *SMTPServer) WaitTimeout(d time.Duration, n int) ([]Message, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return s.Wait(ctx, n)
}

// Close stops the server.
func (s *SMTPServer) Close() error { return s.srv.Close() }

func (s *SMTPServer) deliver(m Message) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.attempts++
	if s.reject != nil {
		if err := s.reject(m); err != nil {
			return err
		}
	}
	s.msgs = append(s.msgs, m)
	close(s.changed)
	s.changed = make(chan struct{})
	return nil
}

func (s *SMTPServer) credentials() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.users
}

// smtpSession collects one envelope at a time.
type smtpSession struct {
	srv  *SMTPServer
	user string
	msg  Message
}

var errAuthRequired = &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}

func (ss *smtpSession) AuthMechanisms() []string {
	if m := ss.srv.oauth.mechanisms(); len(m) > 0 {
		return m
	}
	if ss.srv.credentials() == nil {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *smtpSession) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain {
		return ss.srv.oauth.server(mech, func(user string) error { ss.user = user; return nil })
	}
	return sasl.NewPlainServer(func(identity, user, pass string) error {
		if want, ok := ss.srv.credentials()[user]; !ok || want != pass {
			return errors.New("invalid credentials")
		}
		ss.user = user
		return nil
	}), nil
}

func (ss *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	if (ss.srv.credentials() != nil || len(ss.srv.oauth.mechanisms()) > 0) && ss.user == "" {
		return errAuthRequired
	}
	ss.msg = Message{From: from, User: ss.user}
	return nil
}

func (ss *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.msg.To = append(ss.msg.To, to)
	return nil
}

func (ss *smtpSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	ss.msg.Data = b
	return ss.srv.deliver(ss.msg)
}

func (ss *smtpSession) Reset()        { ss.msg = Message{User: ss.user} }
func (ss *smtpSession) Logout() error { return nil }
