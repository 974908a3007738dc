package allocate

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// The objective of the package doc, computed directly from a placement
// (room indices, -1 for none), bigger is better, compared lexicographically.

// objectiveA is stage A: rules 1-4 over the choice seats only.
func objectiveA(in Input, room []int, order []int) []int {
	R := 0
	for _, pe := range in.People {
		R = max(R, len(pe.Choices))
	}
	rank := choiceRanks(in, room)
	v := make([]int, 2+R)
	for i, r := range rank {
		if in.People[i].Pin != 0 || r < 0 {
			continue
		}
		v[0]++
		v[1+r]++
		if cur := in.People[i].Current; cur != 0 && in.Rooms[room[i]].Number == cur {
			v[1+R]++
		}
	}
	for _, g := range registrations(in, order) {
		v = append(v, pairsTogether(in, g, room, rank))
		for _, i := range g {
			r := rank[i]
			if r < 0 {
				r = R
			}
			v = append(v, -r)
		}
	}
	return v
}

// objectiveB is stage B: seated, current off-choice seats kept, then earlier
// people seated first.
func objectiveB(in Input, room []int, order []int) []int {
	rank := choiceRanks(in, room)
	v := make([]int, 2)
	var seated []int
	for _, i := range order {
		if in.People[i].Pin != 0 {
			continue
		}
		s := 0
		if room[i] >= 0 {
			s = 1
			v[0]++
			if rank[i] < 0 && in.Rooms[room[i]].Number == in.People[i].Current {
				v[1]++
			}
		}
		seated = append(seated, s)
	}
	return append(v, seated...)
}

func choiceRanks(in Input, room []int) []int {
	rank := make([]int, len(room))
	for i, r := range room {
		rank[i] = -1
		if r >= 0 {
			rank[i] = slices.Index(in.People[i].Choices, in.Rooms[r].Number)
		}
	}
	return rank
}

// registrations groups the unpinned people by registration, in order.
func registrations(in Input, order []int) [][]int {
	var out [][]int
	for _, i := range order {
		if in.People[i].Pin != 0 {
			continue
		}
		if len(out) == 0 || in.People[out[len(out)-1][0]].Group != in.People[i].Group {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], i)
	}
	return out
}

// pairsTogether counts the pairs of g seated in the same chosen room.
func pairsTogether(in Input, g, room, rank []int) int {
	n := 0
	for a := range g {
		for b := a + 1; b < len(g); b++ {
			i, j := g[a], g[b]
			if rank[i] >= 0 && rank[j] >= 0 && room[i] == room[j] {
				n++
			}
		}
	}
	return n
}

// exhaustive returns the best objective vectors by trying every placement.
func exhaustive(in Input) (bestA, bestB []int) {
	p, err := newProblem(in)
	if err != nil {
		panic(err)
	}
	room := slices.Clone(p.room)
	var bestRoom []int
	var free []int
	var people []int
	for _, i := range p.order {
		if !p.pinned(i) {
			people = append(people, i)
		}
	}
	// Stage A: each person in one of their choices or none.
	free = slices.Clone(p.caps)
	var recA func(k int)
	recA = func(k int) {
		if k == len(people) {
			if v := objectiveA(in, room, p.order); bestA == nil || slices.Compare(v, bestA) > 0 {
				bestA, bestRoom = v, slices.Clone(room)
			}
			return
		}
		i := people[k]
		room[i] = -1
		recA(k + 1)
		for _, c := range in.People[i].Choices {
			if r, _ := p.roomOf(c); free[r] > 0 {
				free[r]--
				room[i] = r
				recA(k + 1)
				room[i] = -1
				free[r]++
			}
		}
	}
	recA(0)
	// Stage B: those without a choice anywhere left, or nowhere.
	room = bestRoom
	free = p.leftOver(room)
	var unplaced []int
	for _, i := range people {
		if room[i] < 0 {
			unplaced = append(unplaced, i)
		}
	}
	var recB func(k int)
	recB = func(k int) {
		if k == len(unplaced) {
			if v := objectiveB(in, room, p.order); bestB == nil || slices.Compare(v, bestB) > 0 {
				bestB = v
			}
			return
		}
		i := unplaced[k]
		room[i] = -1
		recB(k + 1)
		for r := range free {
			if free[r] > 0 {
				free[r]--
				room[i] = r
				recB(k + 1)
				room[i] = -1
				free[r]++
			}
		}
	}
	recB(0)
	return bestA, bestB
}

// randomInput makes a small instance: up to maxPeople attendees in
// registrations of 1-3, up to 4 rooms of 0-3 seats, up to maxChoices
// choices, some pins and current seats.
func randomInput(rng *rand.Rand, maxPeople, maxChoices int) Input {
	var in Input
	w := 1 + rng.IntN(4)
	for r := range w {
		in.Rooms = append(in.Rooms, Room{Number: r + 1, Capacity: rng.IntN(4)})
	}
	n := 1 + rng.IntN(maxPeople)
	group := 0
	for len(in.People) < n {
		group += 1 + rng.IntN(2)
		for range 1 + rng.IntN(3) {
			in.People = append(in.People, randomPerson(rng, group, w, maxChoices))
		}
	}
	in.People = in.People[:n]
	rng.Shuffle(len(in.People), func(i, j int) { in.People[i], in.People[j] = in.People[j], in.People[i] })
	return in
}

func randomPerson(rng *rand.Rand, group, w, maxChoices int) Person {
	pe := Person{Group: group}
	perm := rng.Perm(w)
	for _, r := range perm[:rng.IntN(min(w, maxChoices)+1)] {
		pe.Choices = append(pe.Choices, r+1)
	}
	if rng.IntN(10) == 0 {
		pe.Pin = 1 + rng.IntN(w)
	}
	if rng.IntN(3) == 0 {
		pe.Current = 1 + rng.IntN(w)
	}
	return pe
}

// roomsOf maps seats back to room indices.
func roomsOf(in Input, seats []Seat) []int {
	room := make([]int, len(seats))
	for i, s := range seats {
		room[i] = slices.IndexFunc(in.Rooms, func(r Room) bool { return r.Number == s.Workshop })
	}
	return room
}

func TestAllocateEqualsBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 2026))
	for n := range 3000 {
		in := randomInput(rng, 9, 3)
		checkOptimal(t, fmt.Sprint("instance ", n), in)
	}
}

func TestAllocateEqualsBruteForceManyChoices(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 2026))
	for n := range 1000 {
		in := randomInput(rng, 7, 4)
		checkOptimal(t, fmt.Sprint("instance ", n), in)
	}
}

func checkOptimal(t *testing.T, name string, in Input) {
	t.Helper()
	seats, err := Allocate(in)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	p, _ := newProblem(in)
	room := roomsOf(in, seats)
	wantA, wantB := exhaustive(in)
	gotA, gotB := objectiveA(in, room, p.order), objectiveB(in, room, p.order)
	if !slices.Equal(gotA, wantA) || !slices.Equal(gotB, wantB) {
		t.Fatalf("%s: %+v\nseats %+v\nstage A got %v, best %v\nstage B got %v, best %v", name, in, seats, gotA, wantA, gotB, wantB)
	}
}

// FuzzAllocate searches for an instance where the result is not the
// exhaustive search's best: go test -fuzz FuzzAllocate ./allocate.
func FuzzAllocate(f *testing.F) {
	for seed := range uint64(8) {
		f.Add(seed, uint8(3))
	}
	f.Fuzz(func(t *testing.T, seed uint64, choices uint8) {
		rng := rand.New(rand.NewPCG(seed, 0))
		checkOptimal(t, fmt.Sprint("seed ", seed), randomInput(rng, 8, 1+int(choices%4)))
	})
}
