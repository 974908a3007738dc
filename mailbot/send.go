package mailbot

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"time"

	gomail "github.com/wneessen/go-mail"

	"tilmeld"
	"tilmeld/store"
)

const (
	// sendInterval is how often the outbox is looked at without a wake-up.
	sendInterval = 5 * time.Second
	// Retry waits after temporary failures: from 30s, doubling, up to 1h,
	// and after maxAttempts tries the mail goes to staff.
	retryBase   = 30 * time.Second
	retryLimit  = time.Hour
	maxAttempts = 30
)

// Sender delivers the outbox over SMTP.
//
// A mail is recorded as sent right after the server accepted it, so in
// normal operation nothing goes out twice; a crash between the two can
// resend it, with the same Message-ID. Temporary failures (4xx, lost
// connections) are retried with backoff; a permanent refusal (5xx) marks
// the mail failed and puts it in the review queue.
type Sender struct {
	*Bot
	// TLSConfig, if set, replaces the system roots (a private CA, tests).
	TLSConfig *tls.Config
}

// Run sends due mail when woken and on a timer, until ctx ends. It returns
// early only for a configuration that can never work.
func (s *Sender) Run(ctx context.Context, wakeup <-chan struct{}) error {
	cfg := &s.Config.SMTP
	if _, err := tilmeld.CheckEndpoint("smtp", cfg.Address, cfg.TLS, cfg.AllowPlaintext); err != nil {
		return err
	}
	if cfg.Username != "" && cfg.Auth != tilmeld.AuthOAuth2 {
		if _, err := cfg.Password.Value(); err != nil {
			return fmt.Errorf("smtp password: %w", err)
		}
	}
	for {
		wait, err := s.SendDue(ctx)
		if err != nil && ctx.Err() == nil {
			s.Log.Error("send outbox", "error", err)
		}
		t := time.NewTimer(min(max(wait, 10*time.Millisecond), sendInterval))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-wakeup:
		case <-t.C:
		}
		t.Stop()
	}
}

// outgoing is an outbox record with the mail built from it.
type outgoing struct {
	rec *store.OutMail
	msg *gomail.Msg
}

// sendBatch is how many mails are built at a time: a backlog of thousands
// is sent over one connection without all of it built in memory at once.
const sendBatch = 256

// SendDue sends every outbox mail that is due over one connection. It
// returns how long until the next one falls due (sendInterval when none
// waits). Errors are the store's; delivery problems are recorded per mail.
func (s *Sender) SendDue(ctx context.Context) (time.Duration, error) {
	if err := s.sent.flush(s.Bot); err != nil {
		return sendInterval, err
	}
	due, wait, err := s.due()
	if err != nil || len(due) == 0 {
		return wait, err
	}
	var c *gomail.Client
	defer func() {
		if c != nil {
			c.Close()
		}
	}()
	for len(due) > 0 && ctx.Err() == nil {
		s.holdForBacklog(ctx)
		n := min(len(due), sendBatch)
		ready, err := s.build(due[:n])
		due = due[n:]
		if err != nil {
			return wait, err
		}
		if len(ready) == 0 {
			continue
		}
		if c == nil {
			if c, err = s.dial(ctx); err != nil {
				return wait, s.retryAll(append(ready, s.unbuilt(due)...), err)
			}
		}
		lost, err := s.sendAll(ctx, c, ready)
		if err != nil || lost {
			return 0, err
		}
	}
	return wait, nil
}

// holdBacklog is how many mails may await a decision while replies go
// out. Beyond it the sender waits: in a burst (the daemon catching up on
// a full mailbox) every mail is stored, decided and flagged first, and the
// replies, already queued in the store, follow. On two cores the replies
// sent during a 10,000-mail ingest took 1.3 s of CPU in tilmeld, and as
// much again in the mail server, from the parsing; a mail that comes alone
// is answered at once.
const holdBacklog = 256

// holdForBacklog waits while more than holdBacklog mails await a decision.
func (s *Sender) holdForBacklog(ctx context.Context) {
	if s.undecided.Load() <= holdBacklog {
		return
	}
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for s.undecided.Load() > holdBacklog {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// build makes the mails of recs; a record that cannot be made into a mail
// is failed for good.
func (s *Sender) build(recs []*store.OutMail) ([]outgoing, error) {
	ready := make([]outgoing, 0, len(recs))
	for _, rec := range recs {
		msg, err := s.buildMessage(rec)
		if err != nil {
			if err := s.failed(rec, err.Error()); err != nil {
				return nil, err
			}
			continue
		}
		ready = append(ready, outgoing{rec, msg})
	}
	return ready, nil
}

// unbuilt wraps records not built yet, for retryAll.
func (s *Sender) unbuilt(recs []*store.OutMail) []outgoing {
	out := make([]outgoing, len(recs))
	for i, rec := range recs {
		out[i].rec = rec
	}
	return out
}

// dial connects to the configured server.
func (s *Sender) dial(ctx context.Context) (*gomail.Client, error) {
	host, _ := tilmeld.CheckEndpoint("smtp", s.Config.SMTP.Address, s.Config.SMTP.TLS, s.Config.SMTP.AllowPlaintext)
	c, err := dialSMTP(ctx, &s.Config.SMTP, host, s.TLSConfig)
	if err != nil {
		s.Log.Warn("smtp connection failed", "address", s.Config.SMTP.Address, "error", err)
	}
	return c, err
}

// due returns the unsent mails whose time has come, and how long until the
// next of the others.
func (s *Sender) due() ([]*store.OutMail, time.Duration, error) {
	now := s.DB.Now()
	all, err := s.DB.Unsent(now.Add(100 * 365 * 24 * time.Hour))
	if err != nil {
		return nil, sendInterval, fmt.Errorf("read outbox: %w", err)
	}
	wait := sendInterval
	var due []*store.OutMail
	for _, m := range all {
		if s.sent.holds(m.ID) {
			continue // accepted; its record is on the way
		}
		if m.NextTry.After(now) {
			wait = min(wait, m.NextTry.Sub(now))
			continue
		}
		due = append(due, m)
	}
	return due, wait, nil
}

// sendAll sends the mails one by one on c; a sentLog records each accepted
// one. lost reports that the connection failed, which ends the round; the
// rest go on a fresh one at once.
func (s *Sender) sendAll(ctx context.Context, c *gomail.Client, ready []outgoing) (lost bool, err error) {
	log := s.startSentLog()
	lost, err = s.sendEach(ctx, c, ready, log)
	if lerr := log.close(); err == nil {
		err = lerr
	}
	return lost, err
}

func (s *Sender) sendEach(ctx context.Context, c *gomail.Client, ready []outgoing, log *sentLog) (lost bool, err error) {
	for _, o := range ready {
		if ctx.Err() != nil {
			return false, nil
		}
		if err := log.failed(); err != nil {
			return false, err
		}
		err := c.Send(o.msg)
		if o.msg.IsDelivered() {
			// Accepted: a failure after that (RSET) does not matter.
			log.add(o.rec)
			continue
		}
		if err := s.record(o.rec, err); err != nil {
			return false, err
		}
		if smtpReply(err) == 0 {
			return true, nil
		}
	}
	return false, nil
}

// record stores a delivery failure: permanent for a 5xx answer about this
// mail, temporary otherwise.
func (s *Sender) record(m *store.OutMail, err error) error {
	if permanent(err) {
		return s.failed(m, fmt.Sprintf("the mail server answered %q", serverAnswer(err)))
	}
	return s.retry(m, err)
}

// permanent reports a 5xx answer to RCPT TO or DATA. A 5xx to MAIL FROM or
// AUTH is about the bot's own account, not this mail: retried, and logged.
func permanent(err error) bool {
	var se *gomail.SendError
	if !errors.As(err, &se) || se.ErrorCode() < 500 || se.ErrorCode() > 599 {
		return false
	}
	return se.Reason != gomail.ErrSMTPMailFrom
}

// retry schedules m again with backoff, or gives it to staff after
// maxAttempts.
func (s *Sender) retry(m *store.OutMail, err error) error {
	m.Attempts++
	m.LastError = serverAnswer(err)
	s.Status.sendFailed(err)
	if m.Attempts >= maxAttempts {
		return s.failed(m, fmt.Sprintf("gave up after %d attempts, the last: %s", m.Attempts, m.LastError))
	}
	m.NextTry = s.DB.Now().Add(retryDelay(retryBase, retryLimit, m.Attempts-1))
	s.Log.Warn("send failed, will retry", "id", m.ID, "to", m.To, "attempts", m.Attempts,
		"next_try", m.NextTry, "error", err)
	if err := s.DB.SaveOutMail(m); err != nil {
		return fmt.Errorf("record retry of mail %d: %w", m.ID, err)
	}
	return nil
}

// retryAll schedules every mail of a batch that could not be started.
func (s *Sender) retryAll(ready []outgoing, err error) error {
	for _, o := range ready {
		if err := s.retry(o.rec, err); err != nil {
			return err
		}
	}
	return nil
}

// failed marks m as never to be sent and asks staff to take over, in one
// transaction.
func (s *Sender) failed(m *store.OutMail, why string) error {
	m.Failed = s.DB.Now()
	m.LastError = why
	s.Status.sendFailed(errors.New(why))
	reason := fmt.Sprintf("The %s mail %q to %s could not be delivered: %s", m.Kind, oneLine(m.Subject), m.To, why)
	s.Log.Error("send failed for good", "id", m.ID, "to", m.To, "error", why)
	err := s.DB.Update(func(tx *store.Tx) error {
		if err := tx.PutOutMail(m); err != nil {
			return err
		}
		return tx.AddReview(&store.Review{Registration: m.Registration, Reasons: []string{reason}})
	})
	if err != nil {
		return fmt.Errorf("record failed mail %d: %w", m.ID, err)
	}
	return nil
}
