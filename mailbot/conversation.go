package mailbot

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"tilmeld"
	"tilmeld/parser"
	"tilmeld/store"
)

// The conversation with a resident, one mail at a time:
//
//   - a new registration gets a receipt repeating what was understood, or a
//     clarification asking for exactly what is missing; the answer (found
//     by thread, else by the sender's open registration) completes the same
//     registration and the receipt follows;
//   - a change or cancellation from the registration's contact takes effect
//     and is confirmed; from anyone else it goes to staff unchanged;
//   - after the allocation a new or completed registration is seated at
//     once, a freed seat goes to the waitlist, a change of workshop needs room;
//   - questions, doubtful readings and mail after the event go to staff,
//     with a short acknowledgement;
//   - automatic mail, our own, and mail past the per-day limit get no answer.
//
// Every mail not ignored gets exactly one automatic answer.

const reasonQuestion = "The mail asks a question for staff to answer."

// conv decides one mail inside one transaction: what it does to the
// registrations, whether staff must look, and the one answer it gets.
type conv struct {
	b         *Bot
	tx        *store.Tx
	mail      *store.Mail
	res       *parser.Result
	in        inbound
	lang      string
	allocated bool
	dec       store.Decision
	// reg is the registration the mail concerns, nil when none.
	reg *tilmeld.Registration
	// reasons tell staff why they must look; any make a review item.
	reasons []string
	// notes are further reasons for the decision record only.
	notes []string
	reply *answer
}

// answer is the one automatic mail a mail gets.
type answer struct {
	kind string
	view *View
	// to is the registration's contact or, failing that, the sender.
	to string
	// reg carries the .ics when kind calls for it.
	reg *tilmeld.Registration
}

func (b *Bot) newConv(tx *store.Tx, m *store.Mail, in inbound, res *parser.Result) *conv {
	return &conv{b: b, tx: tx, mail: m, res: res, in: in,
		lang: replyLang(res.Language), allocated: allocated(tx),
		dec: store.Decision{Intent: string(res.Intent), Status: string(res.Status)}}
}

// decide runs the rules on the mail; finish records the outcome.
func (c *conv) decide() error {
	if why := c.ignoreReason(); why != "" {
		c.dec.Action = "ignored"
		c.notes = append(c.notes, why)
		return nil
	}
	if err := c.rereadWithRegistration(); err != nil {
		return err
	}
	res := c.res
	switch {
	case c.started() && c.acts():
		return c.over()
	case res.Status == tilmeld.StatusReview:
		return c.review(res.Reasons...)
	case res.Intent == tilmeld.IntentRegister:
		return c.register()
	case res.Intent == tilmeld.IntentUpdate && res.Status == tilmeld.StatusComplete:
		return c.update()
	case res.Intent == tilmeld.IntentCancel && res.Status == tilmeld.StatusComplete:
		return c.cancel()
	case res.Intent == tilmeld.IntentQuestion:
		return c.review(reasonQuestion)
	}
	return c.review(fmt.Sprintf("The mail reads as %s/%s, which the bot does not act on alone.", res.Intent, res.Status))
}

// rereadWithRegistration reads a change or cancellation again, when the
// mail alone leaves it unsure, knowing the names on the registration it
// concerns (the thread's, else the sender's only active one): "både Birgit
// og jeg" then means the Birgit signed up with the sender, and "workshop 3
// i stedet for 2" knows whether 2 was her 1st or 2nd priority. The reading
// is taken only when it is no longer unsure.
func (c *conv) rereadWithRegistration() error {
	res := c.res
	if res.Status != tilmeld.StatusReview || res.Mail == nil ||
		res.Intent != tilmeld.IntentCancel && res.Intent != tilmeld.IntentUpdate {
		return nil
	}
	r := c.threaded()
	if r == nil {
		rs, err := c.senderRegistrations()
		if err != nil {
			return err
		}
		if len(rs) != 1 {
			return nil
		}
		r = rs[0]
	}
	again := parser.Reread(res.Mail, &c.b.Config.Event, r.Attendees)
	if again.Status == tilmeld.StatusReview {
		return nil
	}
	c.res = again
	c.dec.Intent, c.dec.Status = string(again.Intent), string(again.Status)
	c.notes = append(c.notes, fmt.Sprintf("read again knowing registration %d", r.ID))
	return nil
}

// ignoreReason says why the mail gets neither an answer nor a review item.
func (c *conv) ignoreReason() string {
	switch {
	case c.res.Status == tilmeld.StatusIgnore:
		return fmt.Sprintf("ignored as %s", c.res.Intent)
	case c.in.Loop:
		return "the mail carries our own loop header"
	case strings.EqualFold(c.in.FromAddr, c.b.Config.Event.Address):
		return "the mail is from the bot's own address"
	}
	return ""
}

func (c *conv) started() bool { return !c.tx.Now().Before(c.b.Config.Event.Starts) }

// acts reports whether the mail asks for a change of the registrations.
func (c *conv) acts() bool {
	switch c.res.Intent {
	case tilmeld.IntentRegister, tilmeld.IntentUpdate, tilmeld.IntentCancel:
		return true
	}
	return false
}

// over answers mail that comes after the event began: politely, and staff look.
func (c *conv) over() error {
	c.reg = c.threaded()
	c.dec.Action = "review"
	c.reasons = append(c.reasons, "The mail came after the event had started.")
	c.answerSender(KindOver, nil)
	return nil
}

// review hands the mail to staff and acknowledges it, when configured.
func (c *conv) review(reasons ...string) error {
	if c.reg == nil {
		c.reg = c.threaded()
	}
	c.dec.Action = "review"
	if len(reasons) == 0 {
		reasons = []string{"The mail could not be read with certainty."}
	}
	c.reasons = appendNew(c.reasons, reasons...)
	if c.b.Config.Replies.AcknowledgeReview {
		c.answerSender(KindAck, c.reg)
	}
	return nil
}

// forged: a change or cancellation of r from someone who is not its contact.
func (c *conv) forged(r *tilmeld.Registration) error {
	c.reg = r
	return c.review(fmt.Sprintf("A %s of registration %d from %s, which is not its contact (%s); nothing was changed.",
		c.res.Intent, r.ID, c.in.FromAddr, orNone(r.Contact.Email)))
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// answerSender answers the sender, describing r when given.
func (c *conv) answerSender(kind string, r *tilmeld.Registration) {
	v := c.b.NewView(c.lang, r, c.allocated)
	v.Greeting = greetingFor(c.in.FromName, r)
	c.reply = &answer{kind: kind, view: v, to: c.in.replyAddress()}
}

// answerContact answers about r, to its contact.
func (c *conv) answerContact(kind string, r *tilmeld.Registration) *View {
	v := c.b.NewView(c.lang, r, c.allocated)
	to := r.Contact.Email
	if to == "" {
		to = c.in.replyAddress()
	}
	fromName := ""
	if strings.EqualFold(to, c.in.replyAddress()) || strings.EqualFold(to, c.in.FromAddr) {
		fromName = c.in.FromName
	}
	v.Greeting = greetingFor(fromName, r)
	c.reply = &answer{kind: kind, view: v, to: to, reg: r}
	return v
}

// threaded returns the registration the mail answers (by In-Reply-To and
// References), nil when none.
func (c *conv) threaded() *tilmeld.Registration {
	for _, id := range c.in.threadIDs() {
		if rid := c.tx.ThreadRegistration(id); rid != 0 {
			if r, err := c.tx.Registration(rid); err == nil {
				return r
			}
		}
	}
	return nil
}

// fromContact reports whether the mail comes from r's contact address.
func (c *conv) fromContact(r *tilmeld.Registration) bool {
	return r.Contact.Email != "" && strings.EqualFold(c.in.FromAddr, r.Contact.Email)
}

// contact is the reading's contact, the sender's address when it has none.
func (c *conv) contact() tilmeld.Contact {
	ct := c.res.Contact
	if ct.Email == "" {
		ct.Email = c.in.replyAddress()
	}
	ct.Email = strings.ToLower(ct.Email)
	return ct
}

// arrival is when the mail came: the server's date, unless the clock
// (simulated in the demo) is earlier.
func (c *conv) arrival() time.Time {
	now := c.tx.Now()
	if t := c.mail.Received; !t.IsZero() && t.Before(now) {
		return t
	}
	return now
}

// senderRegistrations returns the active registrations whose contact is the
// sender, oldest first.
func (c *conv) senderRegistrations() ([]*tilmeld.Registration, error) {
	rs, err := c.tx.RegistrationsByEmail(c.in.FromAddr)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(rs, func(r *tilmeld.Registration) bool { return !r.Active() }), nil
}

// target finds the registration a change or cancellation means: the thread,
// else the sender's own (the one naming the same people, else the newest),
// else any registration naming the same people, which is then not theirs.
func (c *conv) target() (*tilmeld.Registration, error) {
	if r := c.threaded(); r != nil {
		return r, nil
	}
	rs, err := c.senderRegistrations()
	if err != nil {
		return nil, err
	}
	for i := len(rs) - 1; i >= 0; i-- {
		if samePeople(rs[i], c.res.Attendees) {
			return rs[i], nil
		}
	}
	if len(rs) > 0 {
		return rs[len(rs)-1], nil
	}
	return c.byNames()
}

// byNames returns the newest active registration naming someone the mail names.
func (c *conv) byNames() (*tilmeld.Registration, error) {
	regs, err := c.tx.RegistrationsSharingNamesWhere(names(c.res.Attendees), func(s *store.RegistrationSketch) bool {
		return s.Status != tilmeld.RegCancelled && samePeopleNamed(s, c.res.Attendees)
	})
	if err != nil || len(regs) == 0 {
		return nil, err
	}
	return regs[len(regs)-1], nil
}

// samePeopleNamed is samePeople on a registration's sketch.
func samePeopleNamed(s *store.RegistrationSketch, in []tilmeld.Attendee) bool {
	for _, a := range in {
		if a.Name == "" {
			continue
		}
		for _, b := range s.Attendees {
			if sameName(b.Name, a.Name) {
				return true
			}
		}
	}
	return false
}
