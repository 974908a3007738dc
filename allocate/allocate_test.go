package allocate

import (
	"errors"
	"slices"
	"testing"
)

func rooms(caps ...int) []Room {
	var rs []Room
	for i, c := range caps {
		rs = append(rs, Room{Number: i + 1, Capacity: c})
	}
	return rs
}

func workshops(seats []Seat) []int {
	var out []int
	for _, s := range seats {
		out = append(out, s.Workshop)
	}
	return out
}

func TestAllocateRules(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     Input
		want   []int // workshop per person, 0 waitlist
		ranks  []int
		moved  []bool
		pinned []bool
	}{{
		name: "everyone in a choice before anyone's 1st choice",
		in: Input{Rooms: rooms(1, 1), People: []Person{
			{Group: 1, Choices: []int{1, 2}},
			{Group: 2, Choices: []int{1}},
		}},
		want:  []int{2, 1},
		ranks: []int{1, 0},
	}, {
		name: "a registration sits together when only it pays",
		in: Input{Rooms: rooms(1, 2), People: []Person{
			{Group: 1, Choices: []int{1, 2}},
			{Group: 1, Choices: []int{1, 2}},
			{Group: 2, Choices: []int{1, 2}},
		}},
		want: []int{2, 2, 1},
	}, {
		name: "an earlier registration is not made worse to keep a later one together",
		in: Input{Rooms: rooms(2, 1), People: []Person{
			{Group: 1, Choices: []int{1, 2}},
			{Group: 2, Choices: []int{1, 2}},
			{Group: 2, Choices: []int{1, 2}},
		}},
		want: []int{1, 1, 2},
	}, {
		name: "ties go to the earlier registration, whatever the input order",
		in: Input{Rooms: rooms(1, 1), People: []Person{
			{Group: 2, Choices: []int{1, 2}},
			{Group: 1, Choices: []int{1, 2}},
		}},
		want: []int{2, 1},
	}, {
		name: "no choice left: another room with seats, then the waitlist",
		in: Input{Rooms: rooms(1, 1), People: []Person{
			{Group: 1, Choices: []int{1}},
			{Group: 2, Choices: []int{1}},
			{Group: 3, Choices: []int{1}},
		}},
		want:  []int{1, 2, 0},
		ranks: []int{0, -1, -1},
	}, {
		name: "a pin takes its seat first",
		in: Input{Rooms: rooms(1, 2), People: []Person{
			{Group: 1, Choices: []int{1}},
			{Group: 2, Choices: []int{2}, Pin: 1},
		}},
		want:   []int{2, 1},
		ranks:  []int{-1, -1},
		pinned: []bool{false, true},
	}, {
		name: "pins beyond capacity are kept, and nobody else gets in",
		in: Input{Rooms: rooms(1, 1), People: []Person{
			{Group: 1, Choices: []int{1}},
			{Group: 2, Pin: 1},
			{Group: 3, Pin: 1},
		}},
		want: []int{2, 1, 1},
	}, {
		name: "a room shrinks: the latest registration in it moves",
		in: Input{Rooms: rooms(2, 3), People: []Person{
			{Group: 1, Choices: []int{1, 2}, Current: 1},
			{Group: 2, Choices: []int{1, 2}, Current: 1},
			{Group: 3, Choices: []int{1, 2}, Current: 1},
			{Group: 4, Choices: []int{1, 2}, Current: 2},
		}},
		want:  []int{1, 1, 2, 2},
		moved: []bool{false, false, true, false},
	}, {
		name: "a mailed seat is kept over an earlier registration when ranks tie",
		in: Input{Rooms: rooms(1, 5), People: []Person{
			{Group: 1, Choices: []int{1, 2}, Current: 2},
			{Group: 2, Choices: []int{1, 2}, Current: 1},
		}},
		want:  []int{2, 1},
		moved: []bool{false, false},
	}, {
		name: "a mailed seat gives way when someone else would get no choice",
		in: Input{Rooms: rooms(1, 1), People: []Person{
			{Group: 1, Choices: []int{1}, Current: 2},
			{Group: 2, Choices: []int{1, 2}, Current: 1},
		}},
		want:  []int{1, 2},
		moved: []bool{true, true},
	}, {
		name: "an off-choice seat is kept when it is still free",
		in: Input{Rooms: rooms(1, 1, 1), People: []Person{
			{Group: 1, Choices: []int{1}},
			{Group: 2, Choices: []int{1}, Current: 3},
		}},
		want:  []int{1, 3},
		moved: []bool{true, false},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			seats, err := Allocate(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := workshops(seats); !slices.Equal(got, tc.want) {
				t.Fatalf("workshops %v, want %v", got, tc.want)
			}
			for i, s := range seats {
				if tc.ranks != nil && s.Rank != tc.ranks[i] {
					t.Errorf("person %d: rank %d, want %d", i, s.Rank, tc.ranks[i])
				}
				if tc.moved != nil && s.Moved != tc.moved[i] {
					t.Errorf("person %d: moved %v, want %v", i, s.Moved, tc.moved[i])
				}
				if tc.pinned != nil && s.Pinned != tc.pinned[i] {
					t.Errorf("person %d: pinned %v, want %v", i, s.Pinned, tc.pinned[i])
				}
			}
		})
	}
}

func TestAllocateRejectsBadInput(t *testing.T) {
	for name, in := range map[string]Input{
		"unknown choice":  {Rooms: rooms(1), People: []Person{{Choices: []int{2}}}},
		"repeated choice": {Rooms: rooms(1, 1), People: []Person{{Choices: []int{1, 1}}}},
		"unknown pin":     {Rooms: rooms(1), People: []Person{{Pin: 3}}},
		"unknown current": {Rooms: rooms(1), People: []Person{{Current: 3}}},
		"repeated room":   {Rooms: []Room{{1, 1}, {1, 2}}},
		"room number 0":   {Rooms: []Room{{0, 1}}},
		"negative seats":  {Rooms: []Room{{1, -1}}},
	} {
		if _, err := Allocate(in); !errors.Is(err, ErrInput) {
			t.Errorf("%s: error %v, want ErrInput", name, err)
		}
	}
}

func TestAllocateEmpty(t *testing.T) {
	seats, err := Allocate(Input{Rooms: rooms(3)})
	if err != nil || len(seats) != 0 {
		t.Fatalf("Allocate(no people) = %v, %v", seats, err)
	}
	seats, err = Allocate(Input{People: []Person{{Group: 1}}})
	if err != nil || !slices.Equal(workshops(seats), []int{0}) {
		t.Fatalf("Allocate(no rooms) = %v, %v", seats, err)
	}
}
