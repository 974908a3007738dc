package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"net"
	"net/mail"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
)

// accepted is one reply the sink took: when, on which connection, and the
// mail it answers.
type accepted struct {
	At        time.Time
	Conn      int
	InReplyTo string
	Size      int
}

// connSpan is what one SMTP connection carried.
type connSpan struct {
	First, Last time.Time // first MAIL FROM, last accepted DATA
	Count       int
}

// sink is an SMTP server on 127.0.0.1 that accepts everything and keeps
// only the time and In-Reply-To of each mail, so that ten thousand replies
// cost little memory and the bench can time each one.
type sink struct {
	Addr string
	srv  *smtp.Server

	mu      sync.Mutex
	got     []accepted
	spans   []connSpan
	changed chan struct{}
}

func startSink() (*sink, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &sink{Addr: ln.Addr().String(), changed: make(chan struct{})}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.spans = append(s.spans, connSpan{})
		return &sinkSession{s: s, conn: len(s.spans) - 1}, nil
	}))
	s.srv.Domain = "sink.localhost"
	s.srv.ReadTimeout, s.srv.WriteTimeout = time.Minute, time.Minute
	s.srv.MaxMessageBytes = 64 << 20
	s.srv.ErrorLog = log.New(io.Discard, "", 0)
	go s.srv.Serve(ln)
	return s, nil
}

func (s *sink) Close() error { return s.srv.Close() }

// Accepted returns a copy of what was accepted so far.
func (s *sink) Accepted() []accepted {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]accepted(nil), s.got...)
}

// Spans returns the connections that carried at least one mail.
func (s *sink) Spans() []connSpan {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []connSpan
	for _, sp := range s.spans {
		if sp.Count > 0 {
			out = append(out, sp)
		}
	}
	return out
}

// Count returns how many mails were accepted, and a channel closed at the
// next one.
func (s *sink) Count() (int, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.got), s.changed
}

// Wait returns once n mails were accepted, or false after timeout.
func (s *sink) Wait(n int, timeout time.Duration) bool {
	deadline := time.After(timeout)
	for {
		got, changed := s.Count()
		if got >= n {
			return true
		}
		select {
		case <-changed:
		case <-deadline:
			return false
		}
	}
}

func (s *sink) begin(conn int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.spans[conn].First.IsZero() {
		s.spans[conn].First = time.Now()
	}
}

func (s *sink) add(a accepted) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.got = append(s.got, a)
	sp := &s.spans[a.Conn]
	sp.Last, sp.Count = a.At, sp.Count+1
	close(s.changed)
	s.changed = make(chan struct{})
}

type sinkSession struct {
	s    *sink
	conn int
}

func (ss *sinkSession) Reset()        {}
func (ss *sinkSession) Logout() error { return nil }

func (ss *sinkSession) Mail(string, *smtp.MailOptions) error {
	ss.s.begin(ss.conn)
	return nil
}

func (ss *sinkSession) Rcpt(string, *smtp.RcptOptions) error { return nil }

// Data reads the header for In-Reply-To and counts the rest.
func (ss *sinkSession) Data(r io.Reader) error {
	br := bufio.NewReader(r)
	msg, err := mail.ReadMessage(br)
	if err != nil {
		return fmt.Errorf("sink: %w", err)
	}
	n, _ := io.Copy(io.Discard, msg.Body)
	ss.s.add(accepted{At: time.Now(), Conn: ss.conn, Size: int(n),
		InReplyTo: strings.Trim(msg.Header.Get("In-Reply-To"), "<> \t")})
	return nil
}
