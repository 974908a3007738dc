package allocate

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// mediumInput is bigger than the exhaustive search can take: up to 80
// attendees over up to 8 rooms with up to 4 choices.
func mediumInput(rng *rand.Rand) Input {
	var in Input
	w := 1 + rng.IntN(8)
	for r := range w {
		in.Rooms = append(in.Rooms, Room{Number: r + 1, Capacity: rng.IntN(12)})
	}
	n := rng.IntN(80)
	for g := 0; len(in.People) < n; g++ {
		for range 1 + rng.IntN(4) {
			in.People = append(in.People, randomPerson(rng, g, w, 4))
		}
	}
	rng.Shuffle(len(in.People), func(i, j int) { in.People[i], in.People[j] = in.People[j], in.People[i] })
	return in
}

func TestAllocateProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2026))
	for n := range 400 {
		in := mediumInput(rng)
		seats, err := Allocate(in)
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprint("instance ", n)
		checkSeats(t, name, in, seats)
		checkNoFreeSeatWasted(t, name, in, seats)
		again, _ := Allocate(in)
		if !slices.Equal(seats, again) {
			t.Fatalf("%s: two runs differ", name)
		}
		checkRerunKeepsEveryone(t, name, in, seats)
		checkBeatsFirstCome(t, name, in, seats)
	}
}

// checkSeats: pins kept, capacities held, ranks and moves told right.
func checkSeats(t *testing.T, name string, in Input, seats []Seat) {
	t.Helper()
	load, pins := map[int]int{}, map[int]int{}
	for i, s := range seats {
		pe := in.People[i]
		if pe.Pin != 0 && (s.Workshop != pe.Pin || !s.Pinned) {
			t.Fatalf("%s: person %d pinned to %d sits in %d", name, i, pe.Pin, s.Workshop)
		}
		if pe.Pin != 0 {
			pins[s.Workshop]++
		}
		load[s.Workshop]++
		if want := slices.Index(pe.Choices, s.Workshop); s.Workshop != 0 && s.Rank != want || s.Workshop == 0 && s.Rank != -1 {
			t.Fatalf("%s: person %d in %d has rank %d", name, i, s.Workshop, s.Rank)
		}
		if s.Moved != (s.Workshop != pe.Current) {
			t.Fatalf("%s: person %d moved=%v from %d to %d", name, i, s.Moved, pe.Current, s.Workshop)
		}
	}
	for _, r := range in.Rooms {
		if load[r.Number] > max(r.Capacity, pins[r.Number]) {
			t.Fatalf("%s: workshop %d holds %d of %d seats", name, r.Number, load[r.Number], r.Capacity)
		}
	}
}

// checkNoFreeSeatWasted: nobody waits or sits off-choice while a room they
// could sit in has a seat.
func checkNoFreeSeatWasted(t *testing.T, name string, in Input, seats []Seat) {
	t.Helper()
	free := map[int]int{}
	for _, r := range in.Rooms {
		free[r.Number] = r.Capacity
	}
	for _, s := range seats {
		free[s.Workshop]--
	}
	for i, s := range seats {
		if s.Pinned || s.Rank >= 0 {
			continue
		}
		for _, c := range in.People[i].Choices {
			if free[c] > 0 {
				t.Fatalf("%s: person %d sits in %d while choice %d has a seat", name, i, s.Workshop, c)
			}
		}
		for _, r := range in.Rooms {
			if s.Workshop == 0 && free[r.Number] > 0 {
				t.Fatalf("%s: person %d waits while %d has a seat", name, i, r.Number)
			}
		}
	}
}

// checkRerunKeepsEveryone: with the result as current seats and nothing
// changed, nobody moves.
func checkRerunKeepsEveryone(t *testing.T, name string, in Input, seats []Seat) {
	t.Helper()
	re := Input{Rooms: in.Rooms, People: slices.Clone(in.People)}
	for i := range re.People {
		re.People[i].Current = seats[i].Workshop
	}
	again, err := Allocate(re)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range again {
		if s.Moved {
			t.Fatalf("%s: person %d moves from %d to %d on a re-run", name, i, seats[i].Workshop, s.Workshop)
		}
	}
}

// checkBeatsFirstCome: never fewer in a choice than first come, first
// served, nor, with as many, fewer in their 1st choice (current seats aside).
func checkBeatsFirstCome(t *testing.T, name string, in Input, seats []Seat) {
	t.Helper()
	fresh := Input{Rooms: in.Rooms, People: slices.Clone(in.People)}
	for i := range fresh.People {
		fresh.People[i].Current = 0
	}
	opt, _ := Allocate(fresh)
	fc, err := FirstComeFirstServed(fresh)
	if err != nil {
		t.Fatal(err)
	}
	a, b := Summarize(fresh, opt).Total, Summarize(fresh, fc).Total
	inA, inB := a.First+a.Second+a.Later, b.First+b.Second+b.Later
	if inA < inB || inA == inB && a.First < b.First {
		t.Fatalf("%s: optimal %+v is worse than first come %+v", name, a, b)
	}
}

// TestAllocateFullRankings: twelve workshops, everyone ranking all of them.
func TestAllocateFullRankings(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 2026))
	for n := range 50 {
		in := Input{Rooms: rooms(3, 5, 1, 0, 8, 2, 4, 4, 6, 1, 2, 3)}
		for g := range 40 + rng.IntN(20) {
			pe := Person{Group: g}
			for _, r := range rng.Perm(12) {
				pe.Choices = append(pe.Choices, r+1)
			}
			in.People = append(in.People, pe)
		}
		seats, err := Allocate(in)
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprint("instance ", n)
		checkSeats(t, name, in, seats)
		checkNoFreeSeatWasted(t, name, in, seats)
		checkBeatsFirstCome(t, name, in, seats)
	}
}

func TestAllocateRefusesOverlongRankings(t *testing.T) {
	in := Input{Rooms: make([]Room, 300), People: []Person{{}}}
	for i := range in.Rooms {
		in.Rooms[i] = Room{Number: i + 1, Capacity: 1}
		in.People[0].Choices = append(in.People[0].Choices, i+1)
	}
	if _, err := Allocate(in); !errors.Is(err, ErrInput) {
		t.Fatalf("error %v, want ErrInput", err)
	}
}
