package allocate

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// Room is a workshop as allocation sees it.
type Room struct {
	// Number is the workshop number attendees choose by.
	Number int
	// Capacity is how many people the room may hold.
	Capacity int
}

// Person is one attendee to place.
type Person struct {
	// Group identifies the registration and orders registrations: lower came
	// first. Attendees of one registration share it.
	Group int
	// Choices are workshop numbers, 1st choice first.
	Choices []int
	// Pin is the workshop staff fixed for this person, 0 for none.
	Pin int
	// Current is the seat already mailed, 0 for none.
	Current int
}

// Input is everything allocation needs.
type Input struct {
	Rooms  []Room
	People []Person
}

// Seat is where a person ends up.
type Seat struct {
	// Workshop is the workshop number, 0 for the waitlist.
	Workshop int
	// Rank is the index of Workshop in the person's choices (0 = 1st choice),
	// or -1 when it is none of them or the person is waitlisted.
	Rank int
	// Pinned is set when staff fixed the seat.
	Pinned bool
	// Moved is set when Workshop differs from Person.Current: the person needs
	// a mail.
	Moved bool
}

// OffChoice reports whether the person sits in a workshop they did not choose.
func (s Seat) OffChoice() bool { return s.Workshop != 0 && s.Rank < 0 }

// ErrInput marks an Input that cannot be allocated.
var ErrInput = errors.New("allocate: invalid input")

// Allocate places everyone by the rule in the package documentation. Seats
// are in the order of in.People.
func Allocate(in Input) (seats []Seat, err error) {
	defer func() {
		// A broken invariant is a bug; the daemon should log it, not die.
		if r := recover(); r != nil {
			seats, err = nil, fmt.Errorf("allocate: internal error: %v", r)
		}
	}()
	p, err := newProblem(in)
	if err != nil {
		return nil, err
	}
	st := newState(p)
	st.maximise()
	st.killLoose()
	st.fixInOrder()
	slots := st.slots()
	return p.seats(offChoice(p, slots)), nil
}

// problem is a validated Input with rooms as indices 0..W-1.
type problem struct {
	in    Input
	index []int // workshop number -> room index + 1; 0 for none
	caps  []int // capacity left after pins
	order []int // people by registration order
	room  []int // final room per person, -1 waitlist; filled at the end
	costs costModel
}

func newProblem(in Input) (*problem, error) {
	p := &problem{in: in}
	for i, r := range in.Rooms {
		if _, dup := p.roomOf(r.Number); dup || r.Number <= 0 || r.Number > maxNumber || r.Capacity < 0 {
			return nil, fmt.Errorf("%w: workshop %d (number given twice, not from 1 to %d, or negative capacity)", ErrInput, r.Number, maxNumber)
		}
		if r.Number >= len(p.index) {
			p.index = append(p.index, make([]int, r.Number+1-len(p.index))...)
		}
		p.index[r.Number] = i + 1
		p.caps = append(p.caps, r.Capacity)
	}
	for i := range in.People {
		if err := p.check(i); err != nil {
			return nil, err
		}
	}
	var err error
	if p.costs, err = costModelFor(len(in.Rooms), maxChoices(p)); err != nil {
		return nil, err
	}
	p.pin()
	p.order = make([]int, len(in.People))
	for i := range p.order {
		p.order[i] = i
	}
	byGroup := func(a, b int) int { return cmp.Compare(in.People[a].Group, in.People[b].Group) }
	if !slices.IsSortedFunc(p.order, byGroup) {
		slices.SortStableFunc(p.order, byGroup)
	}
	return p, nil
}

func (p *problem) check(i int) error {
	pe := p.in.People[i]
	for k, c := range pe.Choices {
		if _, ok := p.roomOf(c); !ok || slices.Contains(pe.Choices[:k], c) {
			return fmt.Errorf("%w: person %d: choice %d is unknown or repeated", ErrInput, i, c)
		}
	}
	for _, w := range []int{pe.Pin, pe.Current} {
		if _, ok := p.roomOf(w); w != 0 && !ok {
			return fmt.Errorf("%w: person %d: workshop %d is unknown", ErrInput, i, w)
		}
	}
	return nil
}

// pin takes the pinned seats out of the capacities.
func (p *problem) pin() {
	p.room = make([]int, len(p.in.People))
	for i, pe := range p.in.People {
		p.room[i] = -1
		if pe.Pin != 0 {
			r, _ := p.roomOf(pe.Pin)
			p.room[i] = r
			p.caps[r] = max(p.caps[r]-1, 0)
		}
	}
}

// maxNumber bounds workshop numbers, which index a slice.
const maxNumber = 1 << 20

// roomOf returns the room index of workshop number n.
func (p *problem) roomOf(n int) (int, bool) {
	if n <= 0 || n >= len(p.index) || p.index[n] == 0 {
		return -1, false
	}
	return p.index[n] - 1, true
}

func (p *problem) pinned(i int) bool { return p.in.People[i].Pin != 0 }

// seats turns final rooms into Seats.
func (p *problem) seats(room []int) []Seat {
	out := make([]Seat, len(room))
	for i, r := range room {
		pe := p.in.People[i]
		s := Seat{Rank: -1, Pinned: pe.Pin != 0}
		if r >= 0 {
			s.Workshop = p.in.Rooms[r].Number
			for k, c := range pe.Choices {
				if c == s.Workshop {
					s.Rank = k
				}
			}
		}
		s.Moved = s.Workshop != pe.Current
		out[i] = s
	}
	return out
}
