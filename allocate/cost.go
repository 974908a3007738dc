package allocate

import "fmt"

// costModel packs the lexicographic objective of rules 1-3 into one int64:
// component 0 counts the unplaced, component 1+r subtracts one per person at
// rank r, and the last counts lost current seats. Each component is a digit in
// base m.base, wide enough that the sums over any path of the flow cannot
// carry into the next digit, so comparing integers compares the vectors.
type costModel struct {
	base   int64
	weight []int64 // per component, most significant first
}

func newCostModel(p *problem) costModel {
	m, _ := costModelFor(len(p.in.Rooms), maxChoices(p))
	return m
}

func maxChoices(p *problem) int {
	r := 0
	for _, pe := range p.in.People {
		r = max(r, len(pe.Choices))
	}
	return r
}

// costModelFor fails when the vector does not fit in 63 bits.
func costModelFor(rooms, ranks int) (costModel, error) {
	// A path visits each of the rooms+1 nodes once and changes each component
	// by at most one per step; the digit must hold twice that, with sign.
	m := costModel{base: 2*int64(rooms+3) + 2}
	n := ranks + 2
	m.weight = make([]int64, n)
	w := int64(1)
	for i := n - 1; i >= 0; i-- {
		if w > (1<<62)/m.base {
			return m, fmt.Errorf("%w: %d ranked choices over %d workshops is more than the exact costs can hold", ErrInput, ranks, rooms)
		}
		m.weight[i] = w
		w *= m.base
	}
	return m, nil
}

// slot is the cost of sitting at slot s of a class whose unplaced slot is u
// and whose current seat is at slot cur (-1: none among the choices).
func (m costModel) slot(s, u, cur int) int64 {
	var c int64
	if s == u {
		c = m.weight[0]
	} else {
		c = -m.weight[1+s]
	}
	if cur >= 0 && s != cur {
		c += m.weight[len(m.weight)-1]
	}
	return c
}
