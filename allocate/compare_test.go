package allocate

import (
	"strings"
	"testing"
)

// compareInput: first come, first served gives the earliest their 1st
// choice and the third a room she did not choose; the optimum gives all
// three placed a choice.
var compareInput = Input{Rooms: rooms(1, 2), People: []Person{
	{Group: 1, Choices: []int{1, 2}},
	{Group: 2, Choices: []int{1, 2}},
	{Group: 3, Choices: []int{1}},
	{Group: 4, Choices: []int{1}},
}}

func TestSummarize(t *testing.T) {
	c, err := Compare(compareInput)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		got  Summary
		want []Row
	}{
		{"optimal", c.Optimal, []Row{
			{Workshop: 1, Capacity: 1, Placed: 1, First: 1, Waitlist: 1},
			{Workshop: 2, Capacity: 2, Placed: 2, Second: 2},
		}},
		{"first come", c.FirstCome, []Row{
			{Workshop: 1, Capacity: 1, Placed: 1, First: 1, Waitlist: 1},
			{Workshop: 2, Capacity: 2, Placed: 2, Second: 1, Other: 1},
		}},
	} {
		for i, r := range tc.want {
			if tc.got.Rows[i] != r {
				t.Errorf("%s: row %d = %+v, want %+v", tc.name, i, tc.got.Rows[i], r)
			}
		}
	}
	if c.Optimal.Total.Placed != 3 || c.Optimal.Total.Other != 0 || c.FirstCome.Total.Other != 1 || c.Optimal.FirstShare != 0.25 {
		t.Errorf("totals: optimal %+v (share %v), first come %+v", c.Optimal.Total, c.Optimal.FirstShare, c.FirstCome.Total)
	}
}

func TestWriteTable(t *testing.T) {
	in := Input{Rooms: rooms(1, 1), People: []Person{
		{Group: 1, Choices: []int{1, 2}},
		{Group: 2, Choices: []int{1}},
	}}
	c, err := Compare(in)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := c.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	want := `Optimeret fordeling
  Workshop  Pladser  Placeret  1. prio  2. prio  Senere prio  Andet  Venteliste
         1        1         1        1        0            0      0           0
         2        1         1        0        1            0      0           0
     I alt        2         2        1        1            0      0           0

Først til mølle
  Workshop  Pladser  Placeret  1. prio  2. prio  Senere prio  Andet  Venteliste
         1        1         1        1        0            0      0           0
         2        1         1        0        0            0      1           0
     I alt        2         2        1        0            0      1           0

Andel i 1. prioritet: optimeret 50,0 %, først til mølle 50,0 %.
`
	if got := b.String(); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
}
