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

// SendDue sends every outbox mail that is due over one connection. It
// returns how long until the next one falls due (sendInterval when none
// waits). Errors are the store's; delivery problems are recorded per mail.
func (s *Sender) SendDue(ctx context.Context) (time.Duration, error) {
	due, wait, err := s.due()
	if err != nil || len(due) == 0 {
		return wait, err
	}
	ready := make([]outgoing, 0, len(due))
	for _, rec := range due {
		msg, err := s.buildMessage(rec)
		if err != nil {
			if err := s.failed(rec, err.Error()); err != nil {
				return wait, err
			}
			continue
		}
		ready = append(ready, outgoing{rec, msg})
	}
	if len(ready) == 0 {
		return wait, nil
	}
	host, _ := tilmeld.CheckEndpoint("smtp", s.Config.SMTP.Address, s.Config.SMTP.TLS, s.Config.SMTP.AllowPlaintext)
	c, err := dialSMTP(ctx, &s.Config.SMTP, host, s.TLSConfig)
	if err != nil {
		s.Log.Warn("smtp connection failed", "address", s.Config.SMTP.Address, "error", err)
		return wait, s.retryAll(ready, err)
	}
	defer c.Close()
	return s.sendAll(ctx, c, ready, wait)
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
		if m.NextTry.After(now) {
			wait = min(wait, m.NextTry.Sub(now))
			continue
		}
		due = append(due, m)
	}
	return due, wait, nil
}

// sendAll sends the mails one by one on c, recording each result as it
// comes. A lost connection ends the batch; the rest go on a fresh one.
func (s *Sender) sendAll(ctx context.Context, c *gomail.Client, ready []outgoing, wait time.Duration) (time.Duration, error) {
	for _, o := range ready {
		if ctx.Err() != nil {
			return wait, nil
		}
		err := c.Send(o.msg)
		if o.msg.IsDelivered() {
			// Accepted: a failure after that (RSET) does not matter.
			if err := s.sent(o.rec); err != nil {
				return wait, err
			}
			continue
		}
		if err := s.record(o.rec, err); err != nil {
			return wait, err
		}
		if smtpReply(err) == 0 {
			return 0, nil
		}
	}
	return wait, nil
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

func (s *Sender) sent(m *store.OutMail) error {
	m.Sent = s.DB.Now()
	m.LastError = ""
	if err := s.DB.SaveOutMail(m); err != nil {
		return fmt.Errorf("record sent mail %d: %w", m.ID, err)
	}
	s.Status.sent()
	s.Log.Info("sent mail", "id", m.ID, "kind", m.Kind, "to", m.To, "message_id", m.MessageID)
	return nil
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
