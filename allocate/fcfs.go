package allocate

// FirstComeFirstServed places people the plain way, for comparison: in
// registration order each gets the first of their choices with a seat left,
// else the room with most seats left, else the waitlist. Pins are kept;
// current seats are ignored.
func FirstComeFirstServed(in Input) ([]Seat, error) {
	p, err := newProblem(in)
	if err != nil {
		return nil, err
	}
	room := append([]int(nil), p.room...)
	left := append([]int(nil), p.caps...)
	for _, i := range p.order {
		if p.pinned(i) {
			continue
		}
		room[i] = firstWithRoom(p, p.in.People[i].Choices, left)
		if room[i] < 0 {
			room[i] = roomiest(left)
		}
		if room[i] >= 0 {
			left[room[i]]--
		}
	}
	return p.seats(room), nil
}

func firstWithRoom(p *problem, choices []int, left []int) int {
	for _, c := range choices {
		if r, _ := p.roomOf(c); left[r] > 0 {
			return r
		}
	}
	return -1
}
