package allocate

import (
	"cmp"
	"slices"

	"tilmeld"
)

// Ref locates a Person in the registrations it came from.
type Ref struct {
	// Registration indexes the registrations given; Attendee its Attendees.
	Registration, Attendee int
}

// FromRegistrations builds the Input for the event's workshops and the
// registrations that are not cancelled, earliest received first. An
// attendee's Workshop is their current seat, kept as a pin when Pinned.
// Choices of unknown or repeated workshops are dropped. The Refs say where
// each Person came from.
func FromRegistrations(ws []tilmeld.Workshop, regs []tilmeld.Registration) (Input, []Ref) {
	var in Input
	known := map[int]bool{}
	for _, w := range ws {
		in.Rooms = append(in.Rooms, Room{Number: w.Number, Capacity: w.Capacity})
		known[w.Number] = true
	}
	var refs []Ref
	for g, r := range receivedOrder(regs) {
		for a, at := range regs[r].Attendees {
			in.People = append(in.People, person(g, at, known))
			refs = append(refs, Ref{Registration: r, Attendee: a})
		}
	}
	return in, refs
}

// receivedOrder returns the indices of the active registrations by time
// received, then ID.
func receivedOrder(regs []tilmeld.Registration) []int {
	var idx []int
	for i := range regs {
		if regs[i].Active() {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := regs[a].Received.Compare(regs[b].Received); c != 0 {
			return c
		}
		return cmp.Compare(regs[a].ID, regs[b].ID)
	})
	return idx
}

func person(group int, at tilmeld.Attendee, known map[int]bool) Person {
	p := Person{Group: group}
	for _, c := range at.Choices {
		if known[c] && !slices.Contains(p.Choices, c) {
			p.Choices = append(p.Choices, c)
		}
	}
	if known[at.Workshop] {
		p.Current = at.Workshop
		if at.Pinned {
			p.Pin = at.Workshop
		}
	}
	return p
}

// Apply writes the seats into the attendees (Workshop, and OffChoice unless
// staff pinned them), marks registered and waitlisted registrations by
// whether everyone has a seat, and returns the IDs of the registrations to
// mail: those never told their placement (Placed is zero) and those with a
// changed seat.
func Apply(regs []tilmeld.Registration, refs []Ref, seats []Seat) []uint64 {
	var changed []uint64
	for i, ref := range refs {
		r := &regs[ref.Registration]
		at := &r.Attendees[ref.Attendee]
		at.Workshop, at.OffChoice = seats[i].Workshop, seats[i].OffChoice() && !seats[i].Pinned
		if (seats[i].Moved || r.Placed.IsZero()) && !slices.Contains(changed, r.ID) {
			changed = append(changed, r.ID)
		}
	}
	for _, ref := range refs {
		markWaitlist(&regs[ref.Registration])
	}
	return changed
}

func markWaitlist(r *tilmeld.Registration) {
	if r.Status != tilmeld.RegRegistered && r.Status != tilmeld.RegWaitlist {
		return
	}
	r.Status = tilmeld.RegRegistered
	for _, at := range r.Attendees {
		if at.Workshop == 0 {
			r.Status = tilmeld.RegWaitlist
		}
	}
}

// Place allocates the registrations over the workshops, writes the result
// into them and returns the IDs of the registrations to mail.
func Place(ws []tilmeld.Workshop, regs []tilmeld.Registration) ([]uint64, error) {
	in, refs := FromRegistrations(ws, regs)
	seats, err := Allocate(in)
	if err != nil {
		return nil, err
	}
	return Apply(regs, refs, seats), nil
}
