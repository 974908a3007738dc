package mailbot

import (
	"fmt"
	"slices"
	"strings"

	"tilmeld"
)

// register handles a registration: a new one, the answer to our
// clarification, or the same people registered again (an update).
func (c *conv) register() error {
	r, err := c.registrationToComplete()
	if err != nil {
		return err
	}
	if r == nil {
		if dup, err := c.registeredElsewhere(); err != nil || dup != nil {
			return c.duplicate(dup, err)
		}
		return c.create()
	}
	if !c.fromContact(r) {
		return c.forged(r)
	}
	return c.change(r)
}

// registrationToComplete finds what a registration mail continues: the
// registration of its thread, else the sender's open incomplete one, else
// the sender's one naming the same people. A thread from another address
// counts only when it names the same people (then it is a forgery).
func (c *conv) registrationToComplete() (*tilmeld.Registration, error) {
	if r := c.threaded(); r != nil && r.Active() && (c.fromContact(r) || samePeople(r, c.res.Attendees)) {
		return r, nil
	}
	rs, err := c.senderRegistrations()
	if err != nil {
		return nil, err
	}
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].Status == tilmeld.RegIncomplete && continues(rs[i], c.res.Attendees) {
			return rs[i], nil
		}
	}
	for i := len(rs) - 1; i >= 0; i-- {
		if samePeople(rs[i], c.res.Attendees) {
			return rs[i], nil
		}
	}
	return nil, nil
}

// registeredElsewhere returns an active registration of another contact
// that already holds someone the mail names by full name: two people of one
// household who both register everyone would otherwise take double seats.
func (c *conv) registeredElsewhere() (*tilmeld.Registration, error) {
	ids, err := c.tx.RegistrationIDsWithFullNames(names(c.res.Attendees))
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		r, err := c.tx.Registration(id)
		if err != nil {
			return nil, err
		}
		if r.Active() && !c.fromContact(r) && sameFullNames(r, c.res.Attendees) {
			return r, nil
		}
	}
	return nil, nil
}

func (c *conv) duplicate(r *tilmeld.Registration, err error) error {
	if err != nil {
		return err
	}
	c.reg = r
	return c.review(fmt.Sprintf("The mail registers people already in registration %d (contact %s); nothing was stored.",
		r.ID, orNone(r.Contact.Email)))
}

// continues reports whether a mail outside the thread can be the answer to
// the open registration r: it names someone in r, or no one, or r still
// needs names. Staff who register one resident after another by separate
// mails thus make separate registrations.
func continues(r *tilmeld.Registration, in []tilmeld.Attendee) bool {
	return samePeople(r, in) || len(names(in)) == 0 || slices.Contains(missingOf(r), tilmeld.MissingName)
}

// create stores a new registration and answers with a receipt, a
// clarification request, or (after the allocation) the seat it got.
func (c *conv) create() error {
	r := &tilmeld.Registration{Contact: c.contact(), Attendees: cleanAttendees(c.res.Attendees),
		Received: c.arrival(), Language: c.lang, Mails: []uint64{c.mail.ID}}
	r.Late = r.Received.After(c.b.Config.Event.Deadline)
	if err := c.placeIfAllocated(r); err != nil {
		return err
	}
	settle(r, c.allocated)
	if err := c.tx.CreateRegistration(r); err != nil {
		return err
	}
	c.reg = r
	c.dec.Action = "registered"
	if r.Status == tilmeld.RegIncomplete {
		c.dec.Action = "asked"
	}
	c.answerContact(c.replyKind(r, false), r)
	return c.tx.LinkThread(c.in.MessageID, r.ID)
}

// placeIfAllocated seats a complete registration at once when the
// allocation has run: late registrations do not wait.
func (c *conv) placeIfAllocated(r *tilmeld.Registration) error {
	if !c.allocated || len(missingOf(r)) > 0 {
		return nil
	}
	free, err := c.b.seatsFor(c.tx, r)
	if err != nil {
		return err
	}
	placeAttendees(&c.b.Config.Event, free, r)
	return nil
}

// replyKind chooses the answer for r after this mail: a registration that
// was complete before gets its change confirmed; otherwise a clarification
// while it is incomplete, then a receipt, or its seat after the allocation.
func (c *conv) replyKind(r *tilmeld.Registration, wasComplete bool) string {
	switch {
	case wasComplete:
		return KindUpdate
	case r.Status == tilmeld.RegIncomplete:
		return KindClarify
	case c.allocated:
		return KindPlacement
	}
	return KindReceipt
}

// update applies a change to the sender's registration.
func (c *conv) update() error {
	r, err := c.target()
	if err != nil {
		return err
	}
	switch {
	case r == nil:
		return c.review("A change, but no registration of the sender was found.")
	case !c.fromContact(r):
		return c.forged(r)
	case !r.Active():
		c.reg = r
		return c.review(fmt.Sprintf("A change to registration %d, which is cancelled.", r.ID))
	}
	return c.change(r)
}

// change merges the mail into r and answers: an incomplete registration
// made complete gets its receipt (or seat), anything else a confirmation.
func (c *conv) change(r *tilmeld.Registration) error {
	wasIncomplete := r.Status == tilmeld.RegIncomplete
	before := cloneRegistration(r)
	mergeAttendees(r, c.res.Attendees)
	if p := c.res.Contact.Phone; p != "" {
		r.Contact.Phone = p
	}
	r.Language = c.lang
	r.Mails = append(r.Mails, c.mail.ID)
	note, freed, err := c.reseat(r, before)
	if err != nil {
		return err
	}
	settle(r, c.allocated)
	if err := c.tx.PutRegistration(r); err != nil {
		return err
	}
	if err := c.tx.LinkThread(c.in.MessageID, r.ID); err != nil {
		return err
	}
	c.reg = r
	c.dec.Action = "updated"
	c.answerContact(c.replyKind(r, !wasIncomplete), r).Note = note
	return c.promote(freed)
}

// reseat keeps seats in step with a change after the allocation: a new
// 1st choice is granted when the room has space, else the person keeps
// their seat and note says why; new or completed attendees are seated.
// It returns the workshops whose seats were given up.
func (c *conv) reseat(r, before *tilmeld.Registration) (note string, freed []int, err error) {
	if !c.allocated {
		return "", nil, nil
	}
	free, err := c.b.seatsFor(c.tx, r)
	if err != nil {
		return "", nil, err
	}
	var refused []string
	for i := range r.Attendees {
		a := &r.Attendees[i]
		if a.Workshop == 0 || i >= len(before.Attendees) || a.First() == before.Attendees[i].First() || a.Workshop == a.First() || a.Pinned {
			continue
		}
		if free[a.First()] > 0 {
			free[a.First()]--
			free[a.Workshop]++
			freed = append(freed, a.Workshop)
			a.Workshop, a.OffChoice = a.First(), false
			continue
		}
		refused = append(refused, workshopLabel(c.lang, &c.b.Config.Event, a.First()))
	}
	if len(missingOf(r)) == 0 {
		placeAttendees(&c.b.Config.Event, free, r)
	}
	return c.refusedNote(refused), freed, nil
}

func (c *conv) refusedNote(full []string) string {
	if len(full) == 0 {
		return ""
	}
	if c.lang == "en" {
		return "Unfortunately there is no room left in " + strings.Join(full, " and ") +
			", so you keep the seat you have. The rest of your message has been noted."
	}
	return "Der er desværre ikke flere ledige pladser på " + strings.Join(full, " og ") +
		", så du beholder den plads, du har. Resten af din besked har vi noteret."
}

// promote moves waitlisted people into seats given up in workshops ws.
func (c *conv) promote(ws []int) error {
	if len(ws) == 0 || !c.allocated {
		return nil
	}
	_, err := c.b.promote(c.tx, ws, "")
	return err
}

// cancel withdraws the sender's registration, or the people the mail names
// when they are only some of it, frees their seats and confirms.
func (c *conv) cancel() error {
	r, err := c.target()
	if err != nil {
		return err
	}
	switch {
	case r == nil:
		return c.review("A cancellation, but no registration of the sender was found.")
	case !c.fromContact(r):
		return c.forged(r)
	}
	who := names(c.res.Attendees)
	if unknown := strangers(r, who); len(unknown) > 0 {
		c.reg = r
		return c.review(fmt.Sprintf("The cancellation names %s, not in registration %d; nothing was changed.",
			strings.Join(unknown, ", "), r.ID))
	}
	gone := withdraw(r, who, c.allocated)
	r.Mails = append(r.Mails, c.mail.ID)
	if err := c.tx.PutRegistration(r); err != nil {
		return err
	}
	if err := c.tx.LinkThread(c.in.MessageID, r.ID); err != nil {
		return err
	}
	c.reg = r
	c.dec.Action = "cancelled"
	v := c.answerContact(KindCancel, r)
	v.Cancelled = names(gone)
	if !r.Active() {
		v.Attendees = nil
	}
	return c.promote(seatsOf(&tilmeld.Registration{Attendees: gone}))
}

// strangers returns the names in who that no attendee of r carries.
func strangers(r *tilmeld.Registration, who []string) []string {
	var out []string
	for _, n := range who {
		if findAttendee(r, n) < 0 {
			out = append(out, n)
		}
	}
	return out
}

// withdraw takes the named attendees off r, or cancels r when the names
// cover all of it (or none are given). It returns the attendees withdrawn.
func withdraw(r *tilmeld.Registration, who []string, allocated bool) []tilmeld.Attendee {
	var keep, gone []tilmeld.Attendee
	for _, a := range r.Attendees {
		if slices.ContainsFunc(who, func(n string) bool { return sameName(a.Name, n) }) {
			gone = append(gone, a)
		} else {
			keep = append(keep, a)
		}
	}
	if len(gone) == 0 || len(keep) == 0 {
		gone = slices.Clone(r.Attendees)
		r.Status = tilmeld.RegCancelled
		return gone
	}
	r.Attendees = keep
	settle(r, allocated)
	return gone
}

func cloneRegistration(r *tilmeld.Registration) *tilmeld.Registration {
	c := *r
	c.Attendees = slices.Clone(r.Attendees)
	return &c
}
