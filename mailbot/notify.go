package mailbot

import (
	"errors"
	"fmt"
	"strings"

	"tilmeld"
	"tilmeld/store"
)

// The durable marks of the once-only steps.
const (
	markAllocated = "allocated"
	markReminder  = "reminder"
)

// allocated reports whether the workshops have been given out.
func allocated(tx *store.Tx) bool { return !tx.Mark(markAllocated).IsZero() }

// carriesCalendar: the kinds that tell a seat carry the evening as .ics.
func carriesCalendar(kind string) bool {
	return kind == KindPlacement || kind == KindPromoted
}

// compose renders a mail of kind from v to the address to.
func (b *Bot) compose(kind string, v *View, to string) (*store.OutMail, error) {
	rd, err := b.Render(kind, v)
	if err != nil {
		return nil, err
	}
	return &store.OutMail{Kind: kind, To: to, Subject: rd.Subject, Body: rd.Body}, nil
}

// attachCalendar adds the evening as invitation.ics, with a UID fixed per
// registration.
func (b *Bot) attachCalendar(tx *store.Tx, m *store.OutMail, r *tilmeld.Registration, v *View) {
	ev := &b.Config.Event
	var desc []string
	for _, a := range v.Attendees {
		w := a.Workshop
		if w == "" {
			w = map[string]string{"da": "venteliste", "en": "waiting list"}[v.Lang]
		}
		desc = append(desc, strings.TrimSpace(a.Name+": "+w))
	}
	if ev.Dinner != "" && v.Lang == "da" {
		desc = append(desc, ev.Dinner)
	}
	uid := fmt.Sprintf("tilmeld.%s.r%d@%s", ev.Starts.UTC().Format("20060102"), r.ID, domainOf(ev.Address))
	data := ICS(ev, Calendar{UID: uid, Summary: ev.Name, Description: strings.Join(desc, "\n"), Stamp: tx.Now()})
	m.Attachments = append(m.Attachments, store.Attachment{Name: "invitation.ics",
		ContentType: "text/calendar; charset=utf-8; method=PUBLISH", Data: data})
}

func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return addr[i+1:]
	}
	return "tilmeld.invalid"
}

// notify queues a mail of kind about r to its contact, not in answer to a
// mail of theirs (placement, waitlist, reminder, staff changes). When it
// cannot go, the history says why, and for a seat's news a review item
// asks staff to tell the person another way.
func (b *Bot) notify(tx *store.Tx, r *tilmeld.Registration, kind, note string) error {
	v := b.NewView(r.Language, r, allocated(tx))
	v.Note = note
	v.Greeting = greetingFor(b.contactName(tx, r), r)
	return b.notifyView(tx, r, kind, v)
}

func (b *Bot) notifyView(tx *store.Tx, r *tilmeld.Registration, kind string, v *View) error {
	to := r.Contact.Email
	if why := unanswerable(&b.Config.Event, to); why != "" {
		return b.undelivered(tx, r, kind, why)
	}
	m, err := b.compose(kind, v, to)
	if err != nil {
		return err
	}
	if err := b.threadOn(tx, m, r, kind); err != nil {
		return err
	}
	if carriesCalendar(kind) {
		b.attachCalendar(tx, m, r, v)
	}
	err = b.queue(tx, m)
	if errors.Is(err, errRateLimit) {
		return b.undelivered(tx, r, kind, err.Error())
	}
	return err
}

// threadOn gives m its Message-ID (fixed by the registration and how far its
// history has come) and threads it on the registration's mails.
func (b *Bot) threadOn(tx *store.Tx, m *store.OutMail, r *tilmeld.Registration, kind string) error {
	hist, err := tx.History(r.ID)
	if err != nil {
		return err
	}
	m.Registration = r.ID
	m.MessageID = messageID(&b.Config.Event, kind, fmt.Sprintf("r%d.h%d", r.ID, len(hist)), "")
	for _, id := range r.Mails {
		if in, err := tx.Mail(id); err == nil && in.MessageID != "" {
			m.References = append(m.References, in.MessageID)
		}
	}
	if n := len(m.References); n > 0 {
		m.InReplyTo = m.References[n-1]
	}
	return nil
}

// contactName is the display name of the registration's first mail when
// it came from the contact, "" otherwise.
func (b *Bot) contactName(tx *store.Tx, r *tilmeld.Registration) string {
	if len(r.Mails) == 0 {
		return ""
	}
	head, err := tx.RawHeader(r.Mails[0])
	if err != nil {
		return ""
	}
	in := readInbound(head, nil)
	if !strings.EqualFold(in.FromAddr, r.Contact.Email) {
		return ""
	}
	return in.FromName
}

func (b *Bot) undelivered(tx *store.Tx, r *tilmeld.Registration, kind, why string) error {
	if err := tx.AddHistory(r.ID, store.HistoryEntry{Kind: "reply", Text: "no " + kind + " mail: " + why}); err != nil {
		return err
	}
	if kind == KindReminder {
		return nil
	}
	return tx.AddReview(&store.Review{Registration: r.ID, Reasons: []string{
		fmt.Sprintf("The %s mail for registration %d could not be sent (%s); tell them another way.", kind, r.ID, why)}})
}
