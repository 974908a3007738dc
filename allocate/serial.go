package allocate

import (
	"slices"
)

// maxCandidates bounds the outcomes tried for one registration. Larger
// registrations are placed attendee by attendee, without rule 4(a).
const maxCandidates = 1 << 12

// fixInOrder applies rule 4: registrations in order each take the best
// outcome that keeps rules 1-3 optimal and everyone fixed before them fixed.
func (st *state) fixInOrder() {
	order := st.p.order
	for i := 0; i < len(order); {
		j := i
		var members []int
		for ; j < len(order) && st.p.in.People[order[j]].Group == st.p.in.People[order[i]].Group; j++ {
			if !st.p.pinned(order[j]) {
				members = append(members, order[j])
			}
		}
		st.log = st.log[:0]
		st.fixRegistration(members)
		i = j
	}
}

func (st *state) fixRegistration(members []int) {
	switch {
	case len(members) == 0:
	case len(members) == 1 || st.combinations(members) > maxCandidates:
		for _, m := range members {
			st.fixOne(st.classOf[m])
		}
	default:
		for _, cand := range st.candidates(members) {
			if st.try(members, cand) {
				return
			}
		}
		panic("allocate: no outcome for a registration")
	}
}

// fixOne fixes the next member of class k at the best slot it can reach.
func (st *state) fixOne(k int) {
	c := st.classes[k]
	s0 := slices.IndexFunc(c.units, func(n int) bool { return n > 0 })
	for s := 0; s < s0; s++ {
		if c.dead[s] {
			continue
		}
		if st.reach(k, s) {
			return
		}
		c.dead[s] = true
	}
	st.fix(k, s0)
}

// try fixes the members at the candidate slots, or undoes everything and
// reports false.
func (st *state) try(members, cand []int) bool {
	mark := len(st.log)
	for i, m := range members {
		k, s := st.classOf[m], cand[i]
		c := st.classes[k]
		switch {
		case c.units[s] > 0:
			st.fix(k, s)
			continue
		case !c.dead[s] && st.reach(k, s):
			continue
		case i == 0:
			// Nothing of this registration is fixed yet: the slot is out
			// of reach for the rest of the class too.
			c.dead[s] = true
		}
		st.undo(mark)
		return false
	}
	return true
}

// reach fixes the next member of class k at slot s when a zero-cost change
// of the unfixed members allows it: the member moves there from some slot a,
// the seat it leaves may be taken by a chain of others, and the room it enters
// sheds one member along the cheapest chain when it is over capacity.
func (st *state) reach(k, s int) bool {
	c := st.classes[k]
	for a, n := range c.units {
		if n == 0 || a == s {
			continue
		}
		mark := len(st.log)
		st.move(k, a, s, 1)
		st.fix(k, s)
		delta := c.cost[s] - c.cost[a] + st.fillHoles()
		if d, ok := st.shed(c.nodes[s]); ok && delta+d == 0 {
			return true
		}
		st.undo(mark)
	}
	return false
}

// fillHoles moves members into open seats while that lowers the cost, and
// returns the change. Only the seat just left can make it worthwhile.
func (st *state) fillHoles() int64 {
	var sum int64
	for {
		st.shortestFromAll()
		t := st.cheapestFreeRoom()
		if t < 0 {
			return sum
		}
		nodes, costs := st.route(t)
		st.push(nodes, costs, 1)
		sum += st.ps.dist[t]
	}
}

// shed moves one member out of room v along the cheapest chain when v is
// over capacity, and returns the cost; false when nobody can leave.
func (st *state) shed(v int) (int64, bool) {
	if st.free(v) >= 0 {
		return 0, true
	}
	st.shortest(v)
	t := st.absorber()
	d := st.ps.dist[t]
	if d == noEdge {
		return 0, false
	}
	nodes, costs := st.route(t)
	st.push(nodes, costs, 1)
	return d, true
}

// combinations counts a registration's possible outcomes.
func (st *state) combinations(members []int) int {
	n := 1
	for _, m := range members {
		n *= len(st.classes[st.classOf[m]].nodes)
		if n > maxCandidates {
			return n
		}
	}
	return n
}

// candidates lists a registration's outcomes best first: most pairs together
// in a chosen room, then the first attendee's rank, the second's, and so on.
func (st *state) candidates(members []int) [][]int {
	var out [][]int
	cand := make([]int, len(members))
	for {
		out = append(out, slices.Clone(cand))
		i := len(cand) - 1
		for ; i >= 0; i-- {
			if cand[i]++; cand[i] < len(st.classes[st.classOf[members[i]]].nodes) {
				break
			}
			cand[i] = 0
		}
		if i < 0 {
			break
		}
	}
	together := make([]int, len(out))
	for i, c := range out {
		together[i] = st.together(members, c)
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	// The odometer lists slots in lexicographic order, so a stable sort on
	// pairs alone gives the full order.
	slices.SortStableFunc(idx, func(a, b int) int { return together[b] - together[a] })
	sorted := make([][]int, len(out))
	for i, j := range idx {
		sorted[i] = out[j]
	}
	return sorted
}

// together counts pairs of members sitting in the same room.
func (st *state) together(members, cand []int) int {
	n := 0
	for i := range members {
		a := st.classes[st.classOf[members[i]]].nodes[cand[i]]
		for j := i + 1; j < len(members); j++ {
			if a < st.w && a == st.classes[st.classOf[members[j]]].nodes[cand[j]] {
				n++
			}
		}
	}
	return n
}
