package allocate

import (
	"fmt"
	"math"
	"math/bits"
)

// lex is a cost: a 128-bit two's-complement integer that packs the
// lexicographic objective of rules 1-3 (see costModel).
type lex struct {
	hi int64
	lo uint64
}

// noEdge marks a pair of nodes no class member can move between, and an
// unreached node.
var noEdge = lex{hi: math.MaxInt64, lo: math.MaxUint64}

func (a lex) add(b lex) lex {
	lo, carry := bits.Add64(a.lo, b.lo, 0)
	return lex{hi: a.hi + b.hi + int64(carry), lo: lo}
}

func (a lex) sub(b lex) lex {
	lo, borrow := bits.Sub64(a.lo, b.lo, 0)
	return lex{hi: a.hi - b.hi - int64(borrow), lo: lo}
}

func (a lex) less(b lex) bool { return a.hi < b.hi || a.hi == b.hi && a.lo < b.lo }

func (a lex) negative() bool { return a.hi < 0 }

// times multiplies a non-negative a by a small non-negative m.
func (a lex) times(m uint64) lex {
	hi, lo := bits.Mul64(a.lo, m)
	return lex{hi: a.hi*int64(m) + int64(hi), lo: lo}
}

// costModel packs the lexicographic objective of rules 1-3 into one lex:
// component 0 counts the unplaced, component 1+r subtracts one per person at
// rank r, and the last counts lost current seats. Each component is a digit in
// base m.base. Any two placements differ by moves along simple chains and
// cycles of at most rooms+1 people, so a digit wide enough for twice that
// never carries, and comparing costs compares the vectors: minimising the sum
// is rank-maximal.
type costModel struct {
	base   uint64
	weight []lex // per component, most significant first
}

func maxChoices(p *problem) int {
	r := 0
	for _, pe := range p.in.People {
		r = max(r, len(pe.Choices))
	}
	return r
}

// costModelFor fails when the vector does not fit in 126 bits.
func costModelFor(rooms, ranks int) (costModel, error) {
	m := costModel{base: 2*uint64(rooms+3) + 2}
	n := ranks + 2
	if n*bits.Len64(m.base) > 125 {
		return m, fmt.Errorf("%w: %d ranked choices over %d workshops is more than the exact costs can hold", ErrInput, ranks, rooms)
	}
	m.weight = make([]lex, n)
	w := lex{lo: 1}
	for i := n - 1; i >= 0; i-- {
		m.weight[i] = w
		w = w.times(m.base)
	}
	return m, nil
}

// slot is the cost of sitting at slot s of a class whose unplaced slot is u
// and whose current seat is at slot cur (-1: none among the choices).
func (m costModel) slot(s, u, cur int) lex {
	var c lex
	if s == u {
		c = m.weight[0]
	} else {
		c = c.sub(m.weight[1+s])
	}
	if cur >= 0 && s != cur {
		c = c.add(m.weight[len(m.weight)-1])
	}
	return c
}
