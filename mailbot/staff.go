package mailbot

import (
	"errors"
	"fmt"
	"slices"

	"tilmeld"
	"tilmeld/store"
)

// Staff actions. Each runs inside the caller's transaction, records the
// change in the registration's history and queues what the resident must be
// told, so the staff commands and the daemon share one path.

// StaffRegister stores a registration made by staff (a phone call, or a
// resolved review item) and queues its receipt, or its placement when the
// allocation has already run.
func (b *Bot) StaffRegister(tx *store.Tx, r *tilmeld.Registration, who string) error {
	if r.Received.IsZero() {
		r.Received = tx.Now()
		r.Late = r.Received.After(b.Config.Event.Deadline)
	}
	r.Language = replyLang(r.Language)
	done := allocated(tx)
	if done && len(missingOf(r)) == 0 {
		free, err := b.freeSeats(tx, 0)
		if err != nil {
			return err
		}
		takeSeats(free, r)
		placeAttendees(&b.Config.Event, free, r)
		r.Placed = tx.Now()
	}
	settle(r, done)
	if err := tx.CreateRegistration(r); err != nil {
		return err
	}
	if err := tx.AddHistory(r.ID, store.HistoryEntry{Kind: "staff", Who: who,
		Text: "registered by staff: " + b.seatSummary(r)}); err != nil {
		return err
	}
	return b.notify(tx, r, b.firstMailKind(r, done), "")
}

func (b *Bot) firstMailKind(r *tilmeld.Registration, done bool) string {
	switch {
	case r.Status == tilmeld.RegIncomplete:
		return KindClarify
	case done:
		return KindPlacement
	}
	return KindReceipt
}

// StaffUpdate saves a registration staff edited and queues a confirmation
// of the change when the resident has an address. Seats it gave up go to
// the waitlist; after the allocation, attendees without a seat get one
// where there is room.
func (b *Bot) StaffUpdate(tx *store.Tx, r *tilmeld.Registration, who, what string) error {
	old, err := tx.Registration(r.ID)
	if err != nil {
		return fmt.Errorf("registration %d: %w", r.ID, err)
	}
	done := allocated(tx)
	if done && r.Active() && len(missingOf(r)) == 0 {
		free, err := b.seatsFor(tx, r)
		if err != nil {
			return err
		}
		placeAttendees(&b.Config.Event, free, r)
	}
	settle(r, done)
	if err := tx.PutRegistration(r); err != nil {
		return err
	}
	if err := tx.AddHistory(r.ID, store.HistoryEntry{Kind: "staff", Who: who, Text: what}); err != nil {
		return err
	}
	if err := b.notify(tx, r, KindUpdate, ""); err != nil {
		return err
	}
	return b.promoteFreed(tx, old, r, who)
}

// promoteFreed fills from the waitlist the seats before held and after does not.
func (b *Bot) promoteFreed(tx *store.Tx, before, after *tilmeld.Registration, who string) error {
	if !allocated(tx) {
		return nil
	}
	held := []int(nil)
	if after.Active() {
		held = seatsOf(after)
	}
	var freed []int
	for _, w := range seatsOf(before) {
		if i := slices.Index(held, w); i >= 0 {
			held = slices.Delete(held, i, i+1)
			continue
		}
		freed = append(freed, w)
	}
	if len(freed) == 0 {
		return nil
	}
	_, err := b.promote(tx, freed, who)
	return err
}

// StaffCancel cancels registration id, frees its seats for the waitlist and
// tells the resident.
func (b *Bot) StaffCancel(tx *store.Tx, id uint64, who string) error {
	r, err := tx.Registration(id)
	if err != nil {
		return fmt.Errorf("registration %d: %w", id, err)
	}
	before := cloneRegistration(r)
	r.Status = tilmeld.RegCancelled
	if err := tx.PutRegistration(r); err != nil {
		return err
	}
	if err := tx.AddHistory(id, store.HistoryEntry{Kind: "staff", Who: who, Text: "cancelled by staff"}); err != nil {
		return err
	}
	v := b.NewView(r.Language, r, allocated(tx))
	v.Greeting = greetingFor(b.contactName(tx, r), r)
	v.Cancelled, v.Attendees = names(r.Attendees), nil
	if err := b.notifyView(tx, r, KindCancel, v); err != nil {
		return err
	}
	return b.promoteFreed(tx, before, r, who)
}

// ErrNoAddress is returned by StaffReply when there is no address to answer.
var ErrNoAddress = errors.New("no e-mail address to answer")

// StaffReply queues a free-text answer from staff to the sender of review
// item id, in the mail's thread. It is not rate-limited: a person wrote it.
func (b *Bot) StaffReply(tx *store.Tx, reviewID uint64, body, who string) error {
	rv, err := tx.Review(reviewID)
	if err != nil {
		return fmt.Errorf("review item %d: %w", reviewID, err)
	}
	in, lang, err := b.reviewMail(tx, rv)
	if err != nil {
		return err
	}
	var r *tilmeld.Registration
	if rv.Registration != 0 {
		if r, err = tx.Registration(rv.Registration); err != nil {
			return err
		}
	}
	m, err := b.staffMail(in, lang, r, body)
	if err != nil {
		return err
	}
	m.MessageID = messageID(&b.Config.Event, KindStaff, fmt.Sprintf("v%d", reviewID), in.MessageID+"\n"+body)
	if err := tx.Enqueue(m); err != nil {
		return err
	}
	if r == nil {
		return nil
	}
	return tx.AddHistory(r.ID, store.HistoryEntry{Kind: "staff", Who: who, Out: m.ID,
		Text: "staff answered review item " + fmt.Sprint(reviewID) + " to " + m.To})
}

// reviewMail reads the headers and language of the mail behind item rv.
func (b *Bot) reviewMail(tx *store.Tx, rv *store.Review) (inbound, string, error) {
	if rv.Mail == 0 {
		return inbound{}, "da", nil
	}
	p := b.readStored(tx, rv.Mail)
	if p.raw == nil && p.err != nil {
		return inbound{}, "", fmt.Errorf("mail %d: %w", rv.Mail, p.err)
	}
	if p.res == nil && p.err == nil {
		p.res, p.err = b.parse(p.raw)
	}
	if p.err != nil {
		return readInbound(p.raw, nil), "da", nil
	}
	return readInbound(p.raw, p.res.Mail), replyLang(p.res.Language), nil
}

// staffMail writes the answer to the mail in, or to r's contact when
// there is no mail.
func (b *Bot) staffMail(in inbound, lang string, r *tilmeld.Registration, body string) (*store.OutMail, error) {
	to := in.replyAddress()
	if to == "" && r != nil {
		to, lang = r.Contact.Email, r.Language
	}
	if why := unanswerable(&b.Config.Event, to); why != "" {
		return nil, fmt.Errorf("%w: %s", ErrNoAddress, why)
	}
	v := b.NewView(lang, r, false)
	v.Text = body
	v.Greeting = greetingFor(in.FromName, r)
	m, err := b.compose(KindStaff, v, to)
	if err != nil {
		return nil, err
	}
	if in.MessageID != "" || in.Subject != "" {
		m.Subject = replySubject(v.Lang, in.Subject, m.Subject)
	}
	m.InReplyTo, m.References = in.MessageID, in.references()
	if r != nil {
		m.Registration = r.ID
	}
	return m, nil
}
