package mailbot

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"tilmeld/store"
)

// finish records what decide made of the mail: the history entry, the
// answer (or why there is none), the review item and the decision itself.
func (c *conv) finish() error {
	if c.res.Question && c.dec.Action != "ignored" {
		c.reasons = appendNew(c.reasons, reasonQuestion)
		if c.reply != nil {
			c.reply.view.Question = true
		}
	}
	if c.reg != nil {
		c.dec.Registration = c.reg.ID
		text := fmt.Sprintf("mail from %s %q: %s", c.in.FromAddr, c.in.Subject, c.dec.Action)
		if c.dec.Action != "review" {
			text += "; now " + regSummary(c.reg)
		}
		if err := c.tx.AddHistory(c.reg.ID, store.HistoryEntry{Kind: "mail", Mail: c.mail.ID, Text: text}); err != nil {
			return err
		}
	}
	if err := c.sendReply(); err != nil {
		return err
	}
	if err := c.addReview(); err != nil {
		return err
	}
	c.dec.Reasons = appendNew(appendNew(appendNew(nil, c.res.Reasons...), c.notes...), c.reasons...)
	return c.tx.DecideMail(c.mail, &c.dec)
}

// sendReply queues the answer, unless its address takes no answers or the
// rate limit is reached; the latter makes the mail a review item.
func (c *conv) sendReply() error {
	a := c.reply
	if a == nil {
		return nil
	}
	if why := c.unanswered(a.to); why != "" {
		c.notes = append(c.notes, "no answer: "+why)
		if why == errNoAddress {
			c.reasons = append(c.reasons, fmt.Sprintf("The mail has no plain address to answer (%q); staff must reach the sender another way.", a.to))
		}
		return nil
	}
	m, err := c.b.compose(a.kind, a.view, a.to)
	if err != nil {
		return err
	}
	c.threadAnswer(m, a)
	err = c.b.queue(c.tx, m)
	if errors.Is(err, errRateLimit) {
		c.reasons = append(c.reasons, "No answer was sent ("+err.Error()+"); answer by hand if needed.")
		return nil
	}
	if err != nil {
		return err
	}
	c.dec.Replies = append(c.dec.Replies, m.ID)
	return nil
}

// unanswered says why the mail gets no automatic answer at the address
// to, "" when it gets one. Automatic mail is never answered automatically,
// whatever else the parser made of it (RFC 3834).
func (c *conv) unanswered(to string) string {
	if c.in.Automatic != "" {
		return "the mail is automatic (" + c.in.Automatic + ")"
	}
	if pm := c.res.Mail; pm != nil && pm.Auto != "" {
		return "the mail is automatic (" + string(pm.Auto) + ")"
	}
	return unanswerable(&c.b.Config.Event, to)
}

// threadAnswer makes m an answer to the mail: subject, Message-ID derived
// from the mail, In-Reply-To and References, and the .ics for a seat.
func (c *conv) threadAnswer(m *store.OutMail, a *answer) {
	m.Subject = replySubject(a.view.Lang, c.in.Subject, m.Subject)
	m.MessageID = messageID(&c.b.Config.Event, a.kind, fmt.Sprintf("m%d", c.mail.ID), c.in.MessageID)
	m.InReplyTo = c.in.MessageID
	m.References = c.in.references()
	if a.reg != nil {
		m.Registration = a.reg.ID
		if carriesCalendar(a.kind) {
			c.b.attachCalendar(c.tx, m, a.reg, a.view)
		}
	}
	if m.Registration == 0 && c.reg != nil {
		m.Registration = c.reg.ID
	}
}

func (c *conv) addReview() error {
	if len(c.reasons) == 0 {
		return nil
	}
	rv := &store.Review{Mail: c.mail.ID, Reasons: c.reasons}
	if c.reg != nil {
		rv.Registration = c.reg.ID
	}
	if err := c.tx.AddReview(rv); err != nil {
		return err
	}
	c.dec.Review = rv.ID
	if c.reg == nil {
		return nil
	}
	return c.tx.AddHistory(c.reg.ID, store.HistoryEntry{Kind: "review", Mail: c.mail.ID,
		Text: "to staff review: " + strings.Join(c.reasons, " ")})
}

// appendNew appends the items list does not hold yet.
func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		if !slices.Contains(list, it) {
			list = append(list, it)
		}
	}
	return list
}
