package allocate

import (
	"slices"
	"testing"
	"time"

	"tilmeld"
)

func testRegistrations() ([]tilmeld.Workshop, []tilmeld.Registration) {
	ws := []tilmeld.Workshop{{Number: 1, Name: "A", Capacity: 1}, {Number: 2, Name: "B", Capacity: 2}}
	t0 := time.Date(2020, 9, 1, 12, 0, 0, 0, time.UTC)
	regs := []tilmeld.Registration{
		{ID: 1, Status: tilmeld.RegRegistered, Received: t0.Add(time.Hour), Attendees: []tilmeld.Attendee{
			{Name: "Later", Choices: []int{1, 2}},
		}},
		{ID: 2, Status: tilmeld.RegCancelled, Received: t0, Attendees: []tilmeld.Attendee{
			{Name: "Cancelled", Choices: []int{1}},
		}},
		{ID: 3, Status: tilmeld.RegRegistered, Received: t0, Attendees: []tilmeld.Attendee{
			{Name: "Earlier", Choices: []int{1, 9, 1, 2}},
		}},
		{ID: 4, Status: tilmeld.RegRegistered, Received: t0.Add(2 * time.Hour), Attendees: []tilmeld.Attendee{
			{Name: "Pinned", Choices: []int{1}, Workshop: 2, Pinned: true},
			{Name: "Last", Choices: []int{1}},
		}},
	}
	return ws, regs
}

func TestFromRegistrations(t *testing.T) {
	ws, regs := testRegistrations()
	in, refs := FromRegistrations(ws, regs)
	want := []Person{
		{Group: 0, Choices: []int{1, 2}},
		{Group: 1, Choices: []int{1, 2}},
		{Group: 2, Choices: []int{1}, Pin: 2, Current: 2},
		{Group: 2, Choices: []int{1}},
	}
	if !slices.EqualFunc(in.People, want, func(a, b Person) bool {
		return a.Group == b.Group && slices.Equal(a.Choices, b.Choices) && a.Pin == b.Pin && a.Current == b.Current
	}) {
		t.Errorf("people %+v, want %+v", in.People, want)
	}
	wantRefs := []Ref{{2, 0}, {0, 0}, {3, 0}, {3, 1}}
	if !slices.Equal(refs, wantRefs) {
		t.Errorf("refs %v, want %v", refs, wantRefs)
	}
	if !slices.Equal(in.Rooms, rooms(1, 2)) {
		t.Errorf("rooms %v", in.Rooms)
	}
}

func TestPlace(t *testing.T) {
	ws, regs := testRegistrations()
	changed, err := Place(ws, regs)
	if err != nil {
		t.Fatal(err)
	}
	// Earlier gets A; Later gets B, its 2nd; the pin fills B, so Last waits.
	for _, c := range []struct {
		reg, at, workshop int
		off               bool
	}{{2, 0, 1, false}, {0, 0, 2, false}, {3, 0, 2, false}, {3, 1, 0, false}} {
		at := regs[c.reg].Attendees[c.at]
		if at.Workshop != c.workshop || at.OffChoice != c.off {
			t.Errorf("%s: workshop %d off-choice %v, want %d %v", at.Name, at.Workshop, at.OffChoice, c.workshop, c.off)
		}
	}
	if !slices.Equal(changed, []uint64{3, 1, 4}) {
		t.Errorf("changed %v, want [3 1 4]", changed)
	}
	if regs[3].Status != tilmeld.RegWaitlist || regs[0].Status != tilmeld.RegRegistered || regs[1].Status != tilmeld.RegCancelled {
		t.Errorf("statuses %s %s %s", regs[0].Status, regs[1].Status, regs[3].Status)
	}

	for i := range regs {
		regs[i].Placed = time.Date(2020, 9, 22, 8, 0, 0, 0, time.UTC)
	}
	if changed, _ := Place(ws, regs); len(changed) != 0 {
		t.Errorf("a re-run with nothing changed mails %v", changed)
	}

	// B grows by one: Earlier moves to its 2nd choice so that Last gets her
	// only one (rule 1 before first come); Later keeps her seat and is not
	// mailed.
	ws[1].Capacity = 3
	changed, err = Place(ws, regs)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(changed, []uint64{3, 4}) || regs[2].Attendees[0].Workshop != 2 || regs[3].Attendees[1].Workshop != 1 {
		t.Errorf("after growing B: changed %v, Earlier in %d, Last in %d", changed,
			regs[2].Attendees[0].Workshop, regs[3].Attendees[1].Workshop)
	}
	if regs[3].Status != tilmeld.RegRegistered {
		t.Errorf("registration 4 is %s, want registered", regs[3].Status)
	}
}
