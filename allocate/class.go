package allocate

import (
	"slices"
	"strconv"
)

// class is the people sharing choices and current seat: interchangeable for
// rules 1-3, so the flow only counts them.
type class struct {
	nodes   []int  // slot -> node: the choices' rooms, then the unplaced node
	cost    []lex  // slot -> cost of a member sitting there
	units   []int  // slot -> members there not yet fixed
	members []int  // people in registration order
	next    int    // members[next] is the next to fix
	dead    []bool // slot -> no unfixed member can reach it any more
	pending []int  // slot -> fixed members the move graph still counts
	dirty   bool   // some pending is not zero
}

func (c *class) slot(node int) int { return slices.Index(c.nodes, node) }

// buildClasses groups unpinned people by profile, in order of first
// appearance, and puts them all on the unplaced node.
func (st *state) buildClasses() {
	m := st.p.costs
	var keys profiles
	var size []int
	for _, i := range st.p.order {
		if st.p.pinned(i) {
			continue
		}
		k, ok := keys.class(st.p.in.People[i], len(st.classes))
		if !ok {
			st.classes = append(st.classes, st.newClass(m, i))
			size = append(size, 0)
		}
		size[k]++
		st.classOf[i] = k
	}
	for k, c := range st.classes {
		c.members = make([]int, 0, size[k])
	}
	for _, i := range st.p.order {
		if !st.p.pinned(i) {
			c := st.classes[st.classOf[i]]
			c.members = append(c.members, i)
		}
	}
	for k, c := range st.classes {
		st.addUnits(k, len(c.nodes)-1, len(c.members))
	}
}

// profiles numbers the classes by what makes people interchangeable: their
// choices and current seat.
type profiles struct {
	short map[uint64]int // profiles that pack into a word, hashed fast
	long  map[string]int
	buf   []byte
}

// class returns the class of pe, or next and false when pe starts a new one.
func (ps *profiles) class(pe Person, next int) (int, bool) {
	if key, ok := packProfile(pe); ok {
		if k, ok := ps.short[key]; ok {
			return k, true
		}
		if ps.short == nil {
			ps.short = map[uint64]int{}
		}
		ps.short[key] = next
		return next, false
	}
	b := ps.buf[:0]
	for _, c := range pe.Choices {
		b = strconv.AppendInt(append(b, ','), int64(c), 10)
	}
	b = strconv.AppendInt(append(b, '|'), int64(pe.Current), 10)
	ps.buf = b
	if k, ok := ps.long[string(b)]; ok {
		return k, true
	}
	if ps.long == nil {
		ps.long = map[string]int{}
	}
	ps.long[string(b)] = next
	return next, false
}

// packProfile packs up to six choices and the current seat, all below 256,
// into one word, one byte each after a byte for the count.
func packProfile(pe Person) (uint64, bool) {
	if len(pe.Choices) > 6 || pe.Current > 255 {
		return 0, false
	}
	key := uint64(len(pe.Choices)) | uint64(pe.Current)<<56
	for i, c := range pe.Choices {
		if c > 255 {
			return 0, false
		}
		key |= uint64(c) << (8 * (i + 1))
	}
	return key, true
}

func (st *state) newClass(m costModel, i int) *class {
	pe := st.p.in.People[i]
	c := &class{}
	cur := -1
	for s, n := range pe.Choices {
		r, _ := st.p.roomOf(n)
		c.nodes = append(c.nodes, r)
		if n == pe.Current {
			cur = s
		}
	}
	c.nodes = append(c.nodes, st.w)
	for s := range c.nodes {
		c.cost = append(c.cost, m.slot(s, len(c.nodes)-1, cur))
	}
	c.units = make([]int, len(c.nodes))
	c.dead = make([]bool, len(c.nodes))
	c.pending = make([]int, len(c.nodes))
	return c
}
