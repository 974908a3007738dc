package reliability

import (
	"bytes"
	"fmt"
	"net/mail"
	"sort"
	"strings"

	"tilmeld"
	"tilmeld/mailbot/mailtest"
	"tilmeld/store"
)

// Check is what the store and the SMTP server hold after a run, and the
// guarantees that failed.
type Check struct {
	Stored, Decided, Pending int
	Registrations            int
	Replies, RepliedTo       int
	Unsent, FailedOut        int
	// DuplicateSends counts deliveries of a Message-ID already delivered:
	// a kill between the server's acceptance and the store's commit.
	DuplicateSends int
	// Failures lists every broken guarantee; empty means all held.
	Failures []string
}

// OK reports that every guarantee held.
func (c *Check) OK() bool { return len(c.Failures) == 0 }

func (c *Check) fail(format string, args ...any) {
	c.Failures = append(c.Failures, fmt.Sprintf(format, args...))
}

// CheckRun opens the store read-only after the daemon's last stop and
// compares it and the accepted replies with the mails delivered.
func CheckRun(storePath string, samples []Sample, replies []mailtest.Message) (*Check, error) {
	c := &Check{}
	db, err := store.Open(storePath, store.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	err = db.View(func(tx *store.Tx) error {
		if err := c.checkMails(tx, samples); err != nil {
			return err
		}
		if err := c.checkRegistrations(tx, samples); err != nil {
			return err
		}
		return c.checkOutbox(tx)
	})
	if err != nil {
		return nil, err
	}
	c.checkReplies(samples, replies)
	return c, nil
}

// checkMails: every delivered mail is stored exactly once and decided.
func (c *Check) checkMails(tx *store.Tx, samples []Sample) error {
	seen := map[string]int{}
	err := tx.Mails(func(m *store.Mail) error {
		c.Stored++
		seen[m.MessageID]++
		if m.Decision == nil {
			c.Pending++
		} else {
			c.Decided++
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, s := range samples {
		switch n := seen[s.MessageID]; {
		case n == 0:
			c.fail("mail %s was never stored", s.MessageID)
		case n > 1:
			c.fail("mail %s was stored %d times", s.MessageID, n)
		}
	}
	if c.Stored != len(samples) {
		c.fail("%d mails stored, %d delivered", c.Stored, len(samples))
	}
	if c.Pending > 0 {
		c.fail("%d mails still await a decision", c.Pending)
	}
	return nil
}

// checkRegistrations: no sender has two registrations, and each mail the
// bot recorded as a registration points at one that exists.
func (c *Check) checkRegistrations(tx *store.Tx, samples []Sample) error {
	byEmail := map[string]int{}
	ids := map[uint64]bool{}
	err := tx.Registrations(func(r *tilmeld.Registration) error {
		c.Registrations++
		ids[r.ID] = true
		byEmail[strings.ToLower(r.Contact.Email)]++
		return nil
	})
	if err != nil {
		return err
	}
	for addr, n := range byEmail {
		if n > 1 {
			c.fail("%s has %d registrations", addr, n)
		}
	}
	created := 0
	for _, s := range samples {
		m, err := tx.MailByMessageID(s.MessageID)
		if err != nil || m.Decision == nil {
			continue // reported by checkMails
		}
		if r := m.Decision.Registration; r != 0 && !ids[r] {
			c.fail("mail %s was decided into registration %d, which does not exist", s.MessageID, r)
		}
		if m.Decision.Action == "registered" {
			created++
		}
	}
	// Each sample is one new person: a registration no decision made
	// would be a decision applied twice.
	if created != c.Registrations {
		c.fail("%d mails were decided as new registrations, but %d registrations exist", created, c.Registrations)
	}
	return nil
}

// checkOutbox: nothing is left to send and nothing failed.
func (c *Check) checkOutbox(tx *store.Tx) error {
	err := tx.OutMails(func(m *store.OutMail) error {
		switch {
		case !m.Failed.IsZero():
			c.FailedOut++
		case m.Sent.IsZero():
			c.Unsent++
		}
		return nil
	})
	if c.Unsent > 0 {
		c.fail("%d mails are still unsent in the outbox", c.Unsent)
	}
	if c.FailedOut > 0 {
		c.fail("%d outgoing mails failed", c.FailedOut)
	}
	return err
}

// checkReplies: each person's mail got exactly one reply, to its sender,
// and automatic mail got none. The same reply delivered twice (same
// Message-ID) is counted; two different replies to one mail is a failure.
func (c *Check) checkReplies(samples []Sample, replies []mailtest.Message) {
	want := map[string]Sample{}
	for _, s := range samples {
		want[s.MessageID] = s
	}
	byOrig := map[string]map[string]bool{} // In-Reply-To → reply Message-IDs
	delivered := map[string]bool{}
	for _, r := range replies {
		h, err := mail.ReadMessage(bytes.NewReader(r.Data))
		if err != nil {
			c.fail("a reply does not parse: %v", err)
			continue
		}
		id := strings.Trim(h.Header.Get("Message-Id"), "<> ")
		if delivered[id] {
			c.DuplicateSends++
			continue
		}
		delivered[id] = true
		c.Replies++
		orig := strings.Trim(h.Header.Get("In-Reply-To"), "<> ")
		s, ok := want[orig]
		switch {
		case !ok:
			c.fail("reply %s answers %q, which was never sent", id, orig)
			continue
		case !s.Answer:
			c.fail("automatic mail %s was answered", orig)
		case len(r.To) != 1 || !strings.EqualFold(r.To[0], s.From):
			c.fail("reply to %s went to %v, not %s", orig, r.To, s.From)
		}
		if byOrig[orig] == nil {
			byOrig[orig] = map[string]bool{}
		}
		byOrig[orig][id] = true
	}
	var missing []string
	for _, s := range samples {
		n := len(byOrig[s.MessageID])
		if s.Answer && n == 0 {
			missing = append(missing, s.MessageID)
		}
		if n > 1 {
			c.fail("mail %s got %d different replies", s.MessageID, n)
		}
	}
	c.RepliedTo = len(byOrig)
	if len(missing) > 0 {
		sort.Strings(missing)
		c.fail("%d mails got no reply, first %s", len(missing), missing[0])
	}
}
