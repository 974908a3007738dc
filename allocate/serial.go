package allocate

import (
	"math/bits"
	"slices"
)

// maxCandidates bounds the outcomes tried for one registration. Larger
// registrations are placed attendee by attendee, without rule 4(a).
const maxCandidates = 1 << 15

// fixInOrder applies rule 4: registrations in order each take the best
// outcome that keeps rules 1-3 optimal and everyone fixed before them fixed.
func (st *state) fixInOrder() {
	order := st.p.order
	var members []int
	for i := 0; i < len(order); {
		j := i
		members = members[:0]
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
	case len(members) == 1 || st.apart(members) || st.combinations(members) > maxCandidates:
		for _, m := range members {
			st.fixOne(st.classOf[m])
		}
	case st.firstTogether(members):
	default:
		m := len(members)
		flat, order := st.candidates(members)
		for _, o := range order {
			if st.try(members, flat[o*m:(o+1)*m]) {
				return
			}
		}
		panic("allocate: no outcome for a registration")
	}
}

// apart reports whether no two members share a room still in reach. Then no
// outcome has a pair together, the best one is the lexicographic first, and
// that is what fixing the members one by one finds.
func (st *state) apart(members []int) bool {
	for i, m := range members {
		a := st.classes[st.classOf[m]]
		for _, o := range members[i+1:] {
			b := st.classes[st.classOf[o]]
			for s, node := range a.nodes[:len(a.nodes)-1] {
				if t := b.slot(node); !a.dead[s] && t >= 0 && !b.dead[t] {
					return false
				}
			}
		}
	}
	return true
}

// firstTogether fixes all members in their 1st choice when they share it and
// their classes have the seats there: no outcome is better. It is the common
// case, decided without listing the outcomes.
func (st *state) firstTogether(members []int) bool {
	room := st.classes[st.classOf[members[0]]].nodes[0]
	for i, m := range members {
		c := st.classes[st.classOf[m]]
		if room == st.w || c.nodes[0] != room || c.units[0] < st.sameClassUpTo(members, i) {
			return false
		}
	}
	for _, m := range members {
		st.fix(st.classOf[m], 0)
	}
	return true
}

// sameClassUpTo counts the members up to i of the class of members[i].
func (st *state) sameClassUpTo(members []int, i int) int {
	n := 0
	for _, m := range members[:i+1] {
		if st.classOf[m] == st.classOf[members[i]] {
			n++
		}
	}
	return n
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

// reach fixes the next member of class k at slot s when some optimal
// placement that keeps everyone fixed so far has a member of the class there.
//
// With the seat prices q of killLoose every optimal change is made of moves at
// zero reduced cost: the member moves from some slot a to s, the room it
// enters (when full) passes one member on along zero-cost moves, and the chain
// ends in the seat left in a, or in a free seat or the unplaced node at price
// 0 while the seat in a is priced 0 or refilled by a chain that starts at a
// node priced 0. The ground node stands for "any node priced 0", so one
// breadth-first search finds all of these.
func (st *state) reach(k, s int) bool {
	st.flush()
	c := st.classes[k]
	for a, n := range c.units {
		if n == 0 || a == s {
			continue
		}
		mark := len(st.log)
		st.move(k, a, s, 1)
		st.fix(k, s)
		st.flush()
		start := c.nodes[s]
		if st.free(start) >= 0 {
			start = st.ground()
		}
		if st.chain(start, c.nodes[a]) {
			return true
		}
		st.undo(mark)
	}
	return false
}

// chain moves members along zero-cost moves from node from to node to (or
// to ground when to is priced 0), and reports whether there was a way.
func (st *state) chain(from, to int) bool {
	g := st.ground()
	if from == g && st.price[to] == (lex{}) {
		return true
	}
	prev := st.bfs(from)
	end := to
	if prev[end] < 0 && st.price[to] == (lex{}) {
		end = g
	}
	if end != from && prev[end] < 0 {
		return false
	}
	var nodes []int
	for v := end; v != from; v = prev[v] {
		nodes = append(nodes, v)
	}
	nodes = append(nodes, from)
	for i := 0; i+1 < len(nodes); i++ { // nodes run backwards: last move first
		u, v := nodes[i+1], nodes[i]
		if u != g && v != g {
			st.moveAlong(u, v, st.best[u*(st.w+1)+v], 1)
		}
	}
	return true
}

// ground is the extra node of the zero-cost graph: any node priced 0.
func (st *state) ground() int { return st.w + 1 }

// bfs returns predecessors on shortest hop paths from node from over the
// zero-cost moves; -1 where unreached.
func (st *state) bfs(from int) []int {
	n, g := st.w+1, st.ground()
	if st.prev == nil {
		st.prev = make([]int, n+1)
	}
	prev := st.prev
	for v := range prev {
		prev[v] = -1
	}
	queue := append(st.queue[:0], from)
	prev[from] = from
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		if u == g {
			for v := range n {
				if prev[v] < 0 && st.price[v] == (lex{}) {
					prev[v] = u
					queue = append(queue, v)
				}
			}
			continue
		}
		if prev[g] < 0 && st.price[u] == (lex{}) && st.free(u) > 0 {
			prev[g] = u
			queue = append(queue, g)
		}
		queue = st.visit(u, prev, queue)
	}
	st.queue = queue
	return prev
}

// visit queues the nodes one zero-cost move from room or unplaced node u.
func (st *state) visit(u int, prev, queue []int) []int {
	for i, word := range st.tight[u*st.words : (u+1)*st.words] {
		for ; word != 0; word &= word - 1 {
			if v := i*64 + bits.TrailingZeros64(word); prev[v] < 0 {
				prev[v] = u
				queue = append(queue, v)
			}
		}
	}
	return queue
}

// combinations counts a registration's possible outcomes.
func (st *state) combinations(members []int) int {
	n := 1
	for _, m := range members {
		n *= st.live(st.classOf[m])
		if n > maxCandidates {
			return n
		}
	}
	return n
}

// live counts the slots of class k not yet out of reach.
func (st *state) live(k int) int {
	n := 0
	for _, d := range st.classes[k].dead {
		if !d {
			n++
		}
	}
	return n
}

// candidates lists a registration's outcomes over the slots still in reach,
// each len(members) slots in flat, and the order to try them: most pairs
// together in a chosen room, then the first attendee's rank, the second's,
// and so on.
func (st *state) candidates(members []int) (flat, order []int) {
	m := len(members)
	flat, order = st.candFlat[:0], st.candOrder[:0]
	cand := make([]int, m)
	for i := range cand {
		cand[i] = st.nextLive(members[i], -1)
	}
	for {
		flat = append(flat, cand...)
		i := m - 1
		for ; i >= 0; i-- {
			if cand[i] = st.nextLive(members[i], cand[i]); cand[i] >= 0 {
				break
			}
			cand[i] = st.nextLive(members[i], -1)
		}
		if i < 0 {
			break
		}
	}
	together := st.candTogether[:0]
	for o := 0; o*m < len(flat); o++ {
		together = append(together, st.together(members, flat[o*m:(o+1)*m]))
		order = append(order, o)
	}
	// The odometer lists slots in lexicographic order, so a stable sort on
	// pairs alone gives the full order.
	slices.SortStableFunc(order, func(a, b int) int { return together[b] - together[a] })
	st.candFlat, st.candOrder, st.candTogether = flat, order, together
	return flat, order
}

// nextLive returns the first slot after s in reach for member m, -1 if none.
func (st *state) nextLive(m, s int) int {
	c := st.classes[st.classOf[m]]
	for s++; s < len(c.dead); s++ {
		if !c.dead[s] {
			return s
		}
	}
	return -1
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
