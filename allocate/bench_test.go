package allocate

import (
	"math/rand/v2"
	"testing"
)

// largeInput makes n attendees in registrations of 1-3 over w rooms, each
// with k ranked choices drawn by popularity (room i is chosen about 1/(i+1)
// as often as room 0), and room sizes in proportion to popularity with seats
// for seats/100 of the attendees in all.
func largeInput(seed uint64, n, w, k, seats int) Input {
	rng := rand.New(rand.NewPCG(seed, 1))
	weight := make([]float64, w)
	total := 0.0
	for i := range weight {
		weight[i] = 1 / float64(i+1)
		total += weight[i]
	}
	in := Input{People: make([]Person, 0, n)}
	for i := range w {
		in.Rooms = append(in.Rooms, Room{Number: i + 1, Capacity: int(float64(n*seats/100) * weight[i] / total)})
	}
	for g := 0; len(in.People) < n; g++ {
		for range 1 + rng.IntN(3) {
			in.People = append(in.People, Person{Group: g, Choices: pick(rng, weight, total, k)})
		}
	}
	in.People = in.People[:n]
	return in
}

// pick draws k distinct rooms by weight.
func pick(rng *rand.Rand, weight []float64, total float64, k int) []int {
	out := make([]int, 0, k)
	for len(out) < k {
		x := rng.Float64() * total
		r := 0
		for ; r < len(weight)-1 && x >= weight[r]; r++ {
			x -= weight[r]
		}
		if !containsInt(out, r+1) {
			out = append(out, r+1)
		}
	}
	return out
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func benchmarkAllocate(b *testing.B, in Input) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Allocate(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAllocate1M: 1,000,000 attendees, 4 workshops, 2 ranked choices,
// seats for 90%.
func BenchmarkAllocate1M(b *testing.B) {
	benchmarkAllocate(b, largeInput(1, 1_000_000, 4, 2, 90))
}

// BenchmarkAllocate100k200: 100,000 attendees, 200 workshops, 3 ranked
// choices, seats for all.
func BenchmarkAllocate100k200(b *testing.B) {
	benchmarkAllocate(b, largeInput(2, 100_000, 200, 3, 100))
}
