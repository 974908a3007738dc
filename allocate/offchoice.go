package allocate

// offChoice is stage B: those without a choice get the seats left over,
// current seats first, then registrations in order; the rest wait.
func offChoice(p *problem, room []int) []int {
	left := p.leftOver(room)
	var waiting []int
	for _, i := range p.order {
		if room[i] >= 0 {
			continue
		}
		if cur, ok := p.roomOf(p.in.People[i].Current); ok && left[cur] > 0 {
			room[i] = cur
			left[cur]--
			continue
		}
		waiting = append(waiting, i)
	}
	seatTogether(p, waiting, room, left)
	return room
}

// seatTogether seats people registration by registration, each in the room
// with most seats left, moving on only when it is full.
func seatTogether(p *problem, people, room, left []int) {
	r, group := -1, 0
	for _, i := range people {
		if g := p.in.People[i].Group; r < 0 || g != group || left[r] == 0 {
			r, group = roomiest(left), g
		}
		if r < 0 {
			return
		}
		room[i] = r
		left[r]--
	}
}

// leftOver returns the open seats per room, pins and room taken.
func (p *problem) leftOver(room []int) []int {
	left := append([]int(nil), p.caps...)
	for i, r := range room {
		if r >= 0 && !p.pinned(i) {
			left[r]--
		}
	}
	return left
}

// roomiest returns the room with most seats left, the first on ties; -1 when
// all are full.
func roomiest(left []int) int {
	r := -1
	for i, n := range left {
		if n > 0 && (r < 0 || n > left[r]) {
			r = i
		}
	}
	return r
}
