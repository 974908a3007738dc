package allocate

import (
	"math"
	"slices"
)

// entry counts the unfixed members that can move between two nodes at one cost.
type entry struct {
	cost lex
	n    int
	// classes has every class with such members, and maybe some that no
	// longer have them.
	classes []int32
}

// op is one logged change, undone when a registration's candidate fails.
type op struct{ k, from, to, n int } // to < 0: a member was fixed at from

// state is a feasible placement of all unpinned people in stage A: class
// counts per slot plus the people already fixed.
type state struct {
	p       *problem
	w       int // rooms are nodes 0..w-1, the unplaced node is w
	classes []*class
	load    []int // per room: people in it, fixed or not
	pairs   [][]entry
	best    []lex // per pair a*(w+1)+b: cheapest move, or noEdge
	classOf []int // person -> class
	pos     []int // person -> position in registration order
	fixed   []int // person -> slot once fixed
	log     []op

	price []lex // per node: the seat price of killLoose
	// tight has a bit per pair a*words*64+b: the move a→b has zero reduced cost.
	tight []uint64
	words int
	took  []int // scratch of placeEarliest, per class
	dirty []int // classes with pending fixes

	// scratch space of the searches and candidates
	ps                                paths
	inq                               []bool
	queue, prev                       []int
	candFlat, candOrder, candTogether []int
}

func newState(p *problem) *state {
	w := len(p.in.Rooms)
	n := (w + 1) * (w + 1)
	people := len(p.in.People)
	st := &state{p: p, w: w, load: make([]int, w), pairs: make([][]entry, n), best: make([]lex, n),
		classOf: make([]int, people), pos: make([]int, people), fixed: make([]int, people)}
	for i, pe := range p.order {
		st.pos[pe] = i
	}
	for i := range st.best {
		st.best[i] = noEdge
	}
	st.buildClasses()
	return st
}

// addUnits adds n (or removes -n) unfixed members of class k at slot s and
// keeps the move edges in step. Room loads are the caller's.
func (st *state) addUnits(k, s, n int) {
	c := st.classes[k]
	fresh := c.units[s] == 0 && n > 0
	c.units[s] += n
	a := c.nodes[s]
	for t, b := range c.nodes {
		if t != s {
			st.addEntry(a*(st.w+1)+b, c.cost[t].sub(c.cost[s]), n, k, fresh)
		}
	}
}

func (st *state) addEntry(pair int, cost lex, n, k int, fresh bool) {
	es := st.pairs[pair]
	i := slices.IndexFunc(es, func(e entry) bool { return e.cost == cost })
	if i < 0 {
		es = append(es, entry{cost: cost})
		i = len(es) - 1
	}
	if fresh {
		es[i].classes = append(es[i].classes, int32(k))
	}
	es[i].n += n
	if es[i].n == 0 {
		es = slices.Delete(es, i, i+1)
	}
	st.pairs[pair] = es
	b := noEdge
	for _, e := range es {
		if e.cost.less(b) {
			b = e.cost
		}
	}
	st.best[pair] = b
	if st.price != nil {
		st.markTight(pair)
	}
}

// markTight records whether the cheapest move of a pair has zero reduced
// cost, so that searches read a bitset instead of comparing costs.
func (st *state) markTight(pair int) {
	n := st.w + 1
	u, v := pair/n, pair%n
	bit := uint64(1) << (v % 64)
	i := u*st.words + v/64
	if c := st.best[pair]; c != noEdge && c == st.price[u].sub(st.price[v]) {
		st.tight[i] |= bit
	} else {
		st.tight[i] &^= bit
	}
}

// count returns how many unfixed members can move from a to b at cost.
func (st *state) count(a, b int, cost lex) int {
	for _, e := range st.pairs[a*(st.w+1)+b] {
		if e.cost == cost {
			return e.n
		}
	}
	return 0
}

// move moves n unfixed members of class k from slot s to slot t.
func (st *state) move(k, s, t, n int) {
	st.addUnits(k, s, -n)
	st.addUnits(k, t, n)
	st.shiftLoad(st.classes[k].nodes[s], st.classes[k].nodes[t], n)
	st.log = append(st.log, op{k, s, t, n})
}

func (st *state) shiftLoad(a, b, n int) {
	if a < st.w {
		st.load[a] -= n
	}
	if b < st.w {
		st.load[b] += n
	}
}

// free is the number of open seats in node v; the unplaced node has no limit.
func (st *state) free(v int) int {
	if v == st.w {
		return math.MaxInt
	}
	return st.p.caps[v] - st.load[v]
}

// moveAlong moves n members along the edge a→b at cost.
//
// Any choice of members keeps rules 1-3 optimal; the choice only saves work
// in rule 4. So people enter rooms in bulk in registration order, as if the
// earliest unplaced members of each class were placed first.
func (st *state) moveAlong(a, b int, cost lex, n int) {
	if a == st.w && n > 1 {
		st.placeEarliest(b, cost, n)
		return
	}
	for n > 0 {
		k, s, t := st.memberOn(a, b, cost)
		m := min(n, st.classes[k].units[s])
		st.move(k, s, t, m)
		n -= m
	}
}

// entryAt returns the entry of the moves from a to b at cost.
func (st *state) entryAt(a, b int, cost lex) *entry {
	es := st.pairs[a*(st.w+1)+b]
	i := slices.IndexFunc(es, func(e entry) bool { return e.cost == cost })
	if i < 0 {
		panic("allocate: no member to move along an edge of the flow")
	}
	return &es[i]
}

// memberOn returns a class with an unfixed member that can move from a to b
// at cost, and its slots there.
func (st *state) memberOn(a, b int, cost lex) (k, s, t int) {
	e := st.entryAt(a, b, cost)
	for j, k := range e.classes {
		if s, t, ok := st.edge(int(k), a, b, cost); ok {
			e.classes = e.classes[j:] // those before no longer qualify
			return int(k), s, t
		}
	}
	panic("allocate: no member to move along an edge of the flow")
}

// edge returns the slots of class k at nodes a and b when one of its unfixed
// members in a can move to b at cost.
func (st *state) edge(k, a, b int, cost lex) (s, t int, ok bool) {
	c := st.classes[k]
	s, t = c.slot(a), c.slot(b)
	ok = s >= 0 && t >= 0 && c.units[s] > 0 && c.cost[t].sub(c.cost[s]) == cost
	return s, t, ok
}

// placeEarliest moves n unplaced members into room b at cost, merging the
// classes by the registration order of their earliest unplaced member.
func (st *state) placeEarliest(b int, cost lex, n int) {
	if st.took == nil {
		st.took = make([]int, len(st.classes))
	}
	// took[k] is 1 + the members of class k taken, 0 for a class not queued.
	var h queue
	var queued []int
	for _, k := range st.entryAt(st.w, b, cost).classes {
		if _, _, ok := st.edge(int(k), st.w, b, cost); ok && st.took[k] == 0 {
			st.took[k] = 1
			queued = append(queued, int(k))
			h.push(st.nextUnplaced(int(k), 0), int(k))
		}
	}
	for ; n > 0; n-- {
		if h.len() == 0 {
			panic("allocate: no member to place along an edge of the flow")
		}
		k := h.pop()
		st.took[k]++
		if taken := st.took[k] - 1; taken < st.classes[k].units[len(st.classes[k].nodes)-1] {
			h.push(st.nextUnplaced(k, taken), k)
		}
	}
	for _, k := range queued {
		if m := st.took[k] - 1; m > 0 {
			c := st.classes[k]
			st.move(k, len(c.nodes)-1, c.slot(b), m)
		}
		st.took[k] = 0
	}
}

// nextUnplaced is the order position of the unplaced member of class k that
// comes after the first taken.
func (st *state) nextUnplaced(k, taken int) int {
	c := st.classes[k]
	return st.pos[c.members[len(c.members)-c.units[len(c.nodes)-1]+taken]]
}

// fix fixes the next member of class k at slot s.
//
// The move graph learns of it at the next flush: most members are fixed
// where they sit, with no search, and this keeps that cheap.
func (st *state) fix(k, s int) {
	c := st.classes[k]
	c.units[s]--
	c.pending[s]++
	if !c.dirty {
		c.dirty = true
		st.dirty = append(st.dirty, k)
	}
	st.fixed[c.members[c.next]] = s
	c.next++
	st.log = append(st.log, op{k, s, -1, 1})
}

// flush takes the fixed members out of the move graph.
func (st *state) flush() {
	for _, k := range st.dirty {
		c := st.classes[k]
		for s, n := range c.pending {
			if n > 0 {
				c.units[s] += n
				c.pending[s] = 0
				st.addUnits(k, s, -n)
			}
		}
		c.dirty = false
	}
	st.dirty = st.dirty[:0]
}

// undo rolls the log back to length n.
func (st *state) undo(n int) {
	for len(st.log) > n {
		o := st.log[len(st.log)-1]
		st.log = st.log[:len(st.log)-1]
		c := st.classes[o.k]
		if o.to < 0 {
			c.next--
			if c.pending[o.from] > 0 {
				c.pending[o.from]--
				c.units[o.from]++
			} else {
				st.addUnits(o.k, o.from, 1)
			}
			continue
		}
		st.addUnits(o.k, o.to, -o.n)
		st.addUnits(o.k, o.from, o.n)
		st.shiftLoad(c.nodes[o.to], c.nodes[o.from], o.n)
	}
}

// slots returns every person's final room in stage A, -1 for none; pinned
// people keep their pin.
func (st *state) slots() []int {
	room := slices.Clone(st.p.room)
	for _, c := range st.classes {
		for _, i := range c.members {
			if node := c.nodes[st.fixed[i]]; node < st.w {
				room[i] = node
			}
		}
	}
	return room
}
