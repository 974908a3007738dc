package mailbot

import (
	"cmp"
	"slices"

	"tilmeld"
	"tilmeld/store"
)

// freeSeats returns the seats left per workshop, counting every active
// registration except except (0: none), whose seats the caller counts.
func (b *Bot) freeSeats(tx *store.Tx, except uint64) (map[int]int, error) {
	free := map[int]int{}
	for _, w := range b.Config.Event.Workshops {
		free[w.Number] = w.Capacity
	}
	err := tx.Registrations(func(r *tilmeld.Registration) error {
		if r.ID != except && r.Active() {
			takeSeats(free, r)
		}
		return nil
	})
	return free, err
}

func takeSeats(free map[int]int, r *tilmeld.Registration) {
	for _, a := range r.Attendees {
		if a.Workshop != 0 {
			free[a.Workshop]--
		}
	}
}

// seatsFor returns the free seats with r's own current seats taken.
func (b *Bot) seatsFor(tx *store.Tx, r *tilmeld.Registration) (map[int]int, error) {
	free, err := b.freeSeats(tx, r.ID)
	if err != nil {
		return nil, err
	}
	takeSeats(free, r)
	return free, nil
}

// placeAttendees gives each attendee of r without a seat one at once: the
// 1st choice when there is room, else the 2nd, else the workshop with most
// room (OffChoice), else none (waitlist). Attendees without a 1st choice
// are left for the caller. It reports whether anyone was placed.
func placeAttendees(ev *tilmeld.Event, free map[int]int, r *tilmeld.Registration) bool {
	placed := false
	for i := range r.Attendees {
		a := &r.Attendees[i]
		if a.Workshop != 0 || a.First() == 0 {
			continue
		}
		if w, off := pickSeat(ev, free, a.Choices); w != 0 {
			a.Workshop, a.OffChoice = w, off
			free[w]--
			placed = true
		}
	}
	return placed
}

// pickSeat chooses a workshop for someone with the given choices; off
// reports that it is none of them. 0 means no room anywhere.
func pickSeat(ev *tilmeld.Event, free map[int]int, choices []int) (w int, off bool) {
	for _, c := range choices {
		if free[c] > 0 {
			return c, false
		}
	}
	best := 0
	for _, ws := range ev.Workshops {
		if free[ws.Number] > 0 && (best == 0 || free[ws.Number] > free[best]) {
			best = ws.Number
		}
	}
	return best, best != 0
}

// waitlisted returns active registrations with attendees still waiting for
// a seat, in the order they registered.
func waitlisted(tx *store.Tx) ([]*tilmeld.Registration, error) {
	var out []*tilmeld.Registration
	err := tx.Registrations(func(r *tilmeld.Registration) error {
		if r.Status == tilmeld.RegWaitlist {
			out = append(out, r)
		}
		return nil
	})
	slices.SortStableFunc(out, func(a, b *tilmeld.Registration) int {
		return cmp.Or(a.Received.Compare(b.Received), cmp.Compare(a.ID, b.ID))
	})
	return out, err
}

// promote fills free seats in the workshops ws from the waitlist: the
// first who registered and wanted the workshop moves in and is told; a
// seat no one waiting wanted goes to the first in line. It returns the
// registrations changed.
func (b *Bot) promote(tx *store.Tx, ws []int, who string) ([]*tilmeld.Registration, error) {
	free, err := b.freeSeats(tx, 0)
	if err != nil {
		return nil, err
	}
	waiting, err := waitlisted(tx)
	if err != nil {
		return nil, err
	}
	var moved []*tilmeld.Registration
	for _, r := range waiting {
		if fillFrom(free, ws, r) {
			moved = append(moved, r)
		}
	}
	// A seat nobody waiting chose still beats the waitlist, as at the
	// deadline: it goes to the first in line, who is told it is none of
	// their choices.
	for _, r := range waiting {
		if fillAny(free, ws, r) && !slices.Contains(moved, r) {
			moved = append(moved, r)
		}
	}
	for _, r := range moved {
		if err := b.promoted(tx, r, who); err != nil {
			return nil, err
		}
	}
	return moved, nil
}

// fillFrom seats r's waiting attendees who wanted one of ws where room is.
func fillFrom(free map[int]int, ws []int, r *tilmeld.Registration) bool {
	changed := false
	for i := range r.Attendees {
		a := &r.Attendees[i]
		if a.Workshop != 0 {
			continue
		}
		for _, c := range a.Choices {
			if slices.Contains(ws, c) && free[c] > 0 {
				a.Workshop, a.OffChoice = c, false
				free[c]--
				changed = true
				break
			}
		}
	}
	return changed
}

// fillAny seats r's waiting attendees in any of ws with room, off choice.
func fillAny(free map[int]int, ws []int, r *tilmeld.Registration) bool {
	changed := false
	for i := range r.Attendees {
		a := &r.Attendees[i]
		if a.Workshop != 0 {
			continue
		}
		for _, w := range ws {
			if free[w] > 0 {
				a.Workshop, a.OffChoice = w, !slices.Contains(a.Choices, w)
				free[w]--
				changed = true
				break
			}
		}
	}
	return changed
}

func (b *Bot) promoted(tx *store.Tx, r *tilmeld.Registration, who string) error {
	settle(r, true)
	if err := tx.PutRegistration(r); err != nil {
		return err
	}
	if err := tx.AddHistory(r.ID, store.HistoryEntry{Kind: "allocation",
		Text: "moved up from the waitlist: " + b.seatSummary(r), Who: who}); err != nil {
		return err
	}
	return b.notify(tx, r, KindPromoted, "")
}

// seatSummary writes "Anna: 2, Bo: waitlist" for history entries.
func (b *Bot) seatSummary(r *tilmeld.Registration) string {
	s := ""
	for i, a := range r.Attendees {
		if i > 0 {
			s += ", "
		}
		name := a.Name
		if name == "" {
			name = "(no name)"
		}
		if a.Workshop == 0 {
			s += name + ": waitlist"
		} else {
			s += name + ": " + b.Config.Event.WorkshopName(a.Workshop)
		}
	}
	return s
}

// seatsOf lists the workshops r's attendees hold, one entry per seat.
func seatsOf(r *tilmeld.Registration) []int {
	var ws []int
	for _, a := range r.Attendees {
		if a.Workshop != 0 {
			ws = append(ws, a.Workshop)
		}
	}
	return ws
}
