package main

// One row per attendee: the shape export, list, kitchen, stats and the report
// all read the registrations in.

import (
	"time"

	"tilmeld"
	"tilmeld/store"
)

// markAllocated is the store mark the daemon sets when the allocation ran.
const markAllocated = "allocated"

// row is one attendee with the registration around it. Its JSON is the
// export contract (DESIGN.md): keep the fields, add freely.
type row struct {
	Registration uint64            `json:"registration"`
	Name         string            `json:"name"`
	Email        string            `json:"email"`
	Phone        string            `json:"phone"`
	First        *int              `json:"first"`
	Second       *int              `json:"second"`
	Diet         []tilmeld.Diet    `json:"diet"`
	DietText     string            `json:"diet_text"`
	Workshop     *int              `json:"workshop"`
	Status       tilmeld.RegStatus `json:"status"`
	Received     time.Time         `json:"received"`
	Late         bool              `json:"late"`
	Pinned       bool              `json:"pinned"`
	OffChoice    bool              `json:"off_choice"`
	// Attendee is the attendee's place in the registration, from 1.
	Attendee int `json:"attendee"`
	// hasCompanions: the registration has more than one attendee.
	hasCompanions bool
}

// readRows returns every attendee of every registration, in the order the
// registrations arrived, and whether the allocation has run.
func readRows(tx *store.Tx) ([]row, bool, error) {
	allocated := !tx.Mark(markAllocated).IsZero()
	var rows []row
	err := tx.Registrations(func(r *tilmeld.Registration) error {
		for i := range r.Attendees {
			rows = append(rows, newRow(r, i, allocated))
		}
		return nil
	})
	return rows, allocated, err
}

func newRow(r *tilmeld.Registration, i int, allocated bool) row {
	a := &r.Attendees[i]
	diet := a.Diet
	if diet == nil {
		diet = []tilmeld.Diet{}
	}
	return row{
		Registration: r.ID, Attendee: i + 1, Name: a.Name,
		Email: r.Contact.Email, Phone: r.Contact.Phone,
		First: intOrNil(a.First()), Second: intOrNil(a.Second()),
		Diet: diet, DietText: a.DietText, Workshop: intOrNil(a.Workshop),
		Status:   attendeeStatus(r, a, allocated),
		Received: r.Received, Late: r.Late, Pinned: a.Pinned, OffChoice: a.OffChoice,
		hasCompanions: len(r.Attendees) > 1,
	}
}

// attendeeStatus is the registration's status, except that a registered
// attendee left without a seat by the allocation is on the waitlist.
func attendeeStatus(r *tilmeld.Registration, a *tilmeld.Attendee, allocated bool) tilmeld.RegStatus {
	if r.Status == tilmeld.RegRegistered && allocated && a.Workshop == 0 {
		return tilmeld.RegWaitlist
	}
	return r.Status
}

func intOrNil(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func intOf(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// coming reports whether the attendee is expected at the event: registered
// (placed, or not yet allocated), not waitlisted, incomplete or cancelled.
func (r *row) coming() bool { return r.Status == tilmeld.RegRegistered }

// statusDanish names a status for staff.
func statusDanish(s tilmeld.RegStatus) string {
	switch s {
	case tilmeld.RegRegistered:
		return "tilmeldt"
	case tilmeld.RegIncomplete:
		return "mangler oplysninger"
	case tilmeld.RegWaitlist:
		return "venteliste"
	case tilmeld.RegCancelled:
		return "afmeldt"
	}
	return string(s)
}

// contact joins the ways to reach a registration.
func (r *row) contact() string {
	switch {
	case r.Email != "" && r.Phone != "":
		return r.Email + ", " + r.Phone
	case r.Email != "":
		return r.Email
	}
	return r.Phone
}

// dietDanish lists the tags in Danish words.
func dietDanish(ds []tilmeld.Diet) string {
	s := ""
	for i, d := range ds {
		if i > 0 {
			s += ", "
		}
		s += d.Danish()
	}
	return s
}

// localTime shows t in the event's time zone.
func localTime(cfg *tilmeld.Config, t time.Time) time.Time {
	return t.In(cfg.Event.Starts.Location())
}
