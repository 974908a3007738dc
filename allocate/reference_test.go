package allocate

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// referenceBest solves stage A's rules 1-3 independently of the package: a
// min-cost flow over people (not classes) by successive shortest paths with
// cost vectors compared element by element, no packing. It returns the best
// objective prefix (in a choice, per rank, kept).
func referenceBest(in Input) []int {
	p, err := newProblem(in)
	if err != nil {
		panic(err)
	}
	R := maxChoices(p)
	g := newRefGraph(len(in.People)+len(in.Rooms)+3, R+2)
	src, unplaced, sink := len(in.People)+len(in.Rooms), len(in.People)+len(in.Rooms)+1, len(in.People)+len(in.Rooms)+2
	for r, c := range p.caps {
		g.arc(len(in.People)+r, sink, c, make([]int, R+2))
	}
	g.arc(unplaced, sink, len(in.People), make([]int, R+2))
	n := 0
	for i, pe := range in.People {
		if pe.Pin != 0 {
			continue
		}
		n++
		g.arc(src, i, 1, make([]int, R+2))
		lost := 0
		if slices.Contains(pe.Choices, pe.Current) {
			lost = 1
		}
		u := make([]int, R+2)
		u[0], u[R+1] = 1, lost
		g.arc(i, unplaced, 1, u)
		for k, c := range pe.Choices {
			v := make([]int, R+2)
			v[1+k] = -1
			if c != pe.Current {
				v[R+1] = lost
			}
			r, _ := p.roomOf(c)
			g.arc(i, len(in.People)+r, 1, v)
		}
	}
	total := make([]int, R+2)
	for range n {
		addVec(total, g.augment(src, sink))
	}
	best := []int{n - total[0]}
	for r := range R {
		best = append(best, -total[1+r])
	}
	kept := 0
	for _, pe := range in.People {
		if pe.Pin == 0 && slices.Contains(pe.Choices, pe.Current) {
			kept++
		}
	}
	return append(best, kept-total[R+1])
}

type refArc struct {
	to, cap int
	cost    []int
}

type refGraph struct {
	arcs []refArc
	out  [][]int
	dim  int
}

func newRefGraph(n, dim int) *refGraph { return &refGraph{out: make([][]int, n), dim: dim} }

func (g *refGraph) arc(a, b, c int, cost []int) {
	neg := make([]int, len(cost))
	for i, x := range cost {
		neg[i] = -x
	}
	g.out[a] = append(g.out[a], len(g.arcs))
	g.arcs = append(g.arcs, refArc{b, c, cost})
	g.out[b] = append(g.out[b], len(g.arcs))
	g.arcs = append(g.arcs, refArc{a, 0, neg})
}

// augment sends one unit along a cheapest path and returns its cost.
func (g *refGraph) augment(s, t int) []int {
	dist := make([][]int, len(g.out))
	via := make([]int, len(g.out))
	dist[s] = make([]int, g.dim)
	for changed := true; changed; {
		changed = false
		for u := range g.out {
			if dist[u] == nil {
				continue
			}
			for _, e := range g.out[u] {
				a := g.arcs[e]
				if a.cap == 0 {
					continue
				}
				d := slices.Clone(dist[u])
				addVec(d, a.cost)
				if dist[a.to] == nil || slices.Compare(d, dist[a.to]) < 0 {
					dist[a.to], via[a.to], changed = d, e, true
				}
			}
		}
	}
	for v := t; v != s; v = g.arcs[via[v]^1].to {
		g.arcs[via[v]].cap--
		g.arcs[via[v]^1].cap++
	}
	return dist[t]
}

func addVec(a, b []int) {
	for i := range a {
		a[i] += b[i]
	}
}

// TestAllocateMatchesReferenceFlow checks rules 1-3 on instances too big for
// the exhaustive search, where classes are large and members move in bulk.
func TestAllocateMatchesReferenceFlow(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2026))
	for n := range 60 {
		in := mediumInput(rng)
		for range rng.IntN(4) { // a few popular profiles, many times over
			pe := randomPerson(rng, rng.IntN(40), len(in.Rooms), 4)
			for range 5 + rng.IntN(30) {
				in.People = append(in.People, pe)
			}
		}
		seats, err := Allocate(in)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := newProblem(in)
		got := objectiveA(in, roomsOf(in, seats), p.order)
		want := referenceBest(in)
		if !slices.Equal(got[:len(want)], want) {
			t.Fatalf("instance %d: rules 1-3 give %v, the reference flow %v", n, got[:len(want)], want)
		}
	}
}
