package mailbot

import (
	"slices"
	"testing"
)

func TestMergeChoices(t *testing.T) {
	for _, c := range []struct{ old, new, want []int }{
		{[]int{2, 1}, []int{3}, []int{3, 1}},
		{[]int{2, 3}, []int{3}, []int{3}},
		{[]int{2, 1}, []int{0, 4}, []int{2, 4}}, // the 2nd alone changes
		{nil, []int{0, 4}, []int{4}},
		{[]int{2, 1}, []int{4, 3}, []int{4, 3}},
	} {
		if got := mergeChoices(c.old, c.new); !slices.Equal(got, c.want) {
			t.Errorf("mergeChoices(%v, %v) = %v, want %v", c.old, c.new, got, c.want)
		}
	}
}
