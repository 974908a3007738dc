package allocate

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// referenceBest solves stage A's rules 1-3 independently of the package: a
// min-cost flow over people (not classes) by successive shortest paths with
// cost vectors compared element by element, no packing. It returns the best
// objective prefix (in a choice, per rank, kept). People in fixed sit at the
// given slot: a choice index, or -1 for none.
func referenceBest(in Input, fixed map[int]int) []int {
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
		f, isFixed := fixed[i]
		u := make([]int, R+2)
		u[0], u[R+1] = 1, lost
		if !isFixed || f < 0 {
			g.arc(i, unplaced, 1, u)
		}
		for k, c := range pe.Choices {
			if isFixed && f != k {
				continue
			}
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
		c := g.augment(src, sink)
		if c == nil {
			return nil
		}
		addVec(total, c)
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

// augment sends one unit along a cheapest path and returns its cost, nil
// when there is no path.
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
	if dist[t] == nil {
		return nil
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
		want := referenceBest(in, nil)
		if !slices.Equal(got[:len(want)], want) {
			t.Fatalf("instance %d: rules 1-3 give %v, the reference flow %v", n, got[:len(want)], want)
		}
	}
}

// referenceSerial applies rule 4 by brute force over referenceBest: each
// registration in order takes the first of its outcomes, best first, that
// keeps rules 1-3 at their optimum. It returns each person's slot.
func referenceSerial(in Input) map[int]int {
	p, _ := newProblem(in)
	best := referenceBest(in, nil)
	fixed := map[int]int{}
	for _, g := range registrations(in, p.order) {
		for _, cand := range outcomes(in, g) {
			for i, m := range g {
				fixed[m] = cand[i]
			}
			if slices.Equal(referenceBest(in, fixed), best) {
				break
			}
		}
	}
	return fixed
}

// outcomes lists a registration's outcomes (choice index or -1 per member)
// best first: most pairs together, then ranks in member order.
func outcomes(in Input, g []int) [][]int {
	var all [][]int
	var rec func(i int, cur []int)
	rec = func(i int, cur []int) {
		if i == len(g) {
			all = append(all, slices.Clone(cur))
			return
		}
		for k := range len(in.People[g[i]].Choices) + 1 {
			if k == len(in.People[g[i]].Choices) {
				k = -1
			}
			rec(i+1, append(cur, k))
		}
	}
	rec(0, nil)
	together := func(c []int) int {
		n := 0
		for a := range g {
			for b := a + 1; b < len(g); b++ {
				if c[a] >= 0 && c[b] >= 0 && in.People[g[a]].Choices[c[a]] == in.People[g[b]].Choices[c[b]] {
					n++
				}
			}
		}
		return n
	}
	slices.SortStableFunc(all, func(a, b []int) int { return together(b) - together(a) })
	return all
}

// TestAllocateMatchesReferenceSerial checks rule 4 on instances with
// repeated profiles, against registration-by-registration brute force.
func TestAllocateMatchesReferenceSerial(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 2026))
	for n := range 30 {
		in := Input{Rooms: rooms(1+rng.IntN(5), rng.IntN(6), 1+rng.IntN(4))}
		for g := range 4 + rng.IntN(6) {
			pe := randomPerson(rng, g, len(in.Rooms), 3)
			pe.Pin = 0
			for range 1 + rng.IntN(4) {
				pe.Group = g*10 + rng.IntN(3)
				in.People = append(in.People, pe)
			}
		}
		seats, err := Allocate(in)
		if err != nil {
			t.Fatal(err)
		}
		want := referenceSerial(in)
		for i, s := range seats {
			got := s.Rank
			if s.Rank >= 0 && s.Workshop != in.People[i].Choices[s.Rank] {
				t.Fatalf("instance %d: person %d rank %d in %d", n, i, s.Rank, s.Workshop)
			}
			if got != want[i] {
				t.Fatalf("instance %d: %+v\nperson %d has choice %d, brute force %d\nseats %+v\nwant %v", n, in, i, got, want[i], seats, want)
			}
		}
	}
}
