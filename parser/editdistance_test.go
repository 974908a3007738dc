package parser

import (
	"math/rand/v2"
	"testing"
)

// levenshtein is the full table, the plain way.
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"sundhed", "sundhed", 1, 0},
		{"sundhed", "sundhd", 1, 1},
		{"beskaeftigelse", "beskaftigelse", 2, 1},
		{"beskaeftigelse", "beskeaftigelse", 2, 2},
		{"kreativitet", "kreatvitett", 2, 2},
		{"sundhed", "syning", 1, 2},
		{"abc", "abcxyz", 1, 2},
		{"", "ab", 2, 2},
	} {
		if got := editDistance(c.a, c.b, c.limit); got != c.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.want)
		}
	}
	// within the limit the distance itself, beyond it limit+1, on words
	// of few letters that differ by a few slips, some longer than 32
	r := rand.New(rand.NewPCG(3, 4))
	word := func() []byte {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = "abcde"[r.IntN(4)]
		}
		return b
	}
	for range 200000 {
		a, b := word(), word()
		if r.IntN(2) == 0 {
			b = append([]byte(nil), a...)
			for k := r.IntN(4); k > 0 && len(b) > 0; k-- {
				i := r.IntN(len(b))
				switch r.IntN(3) {
				case 0:
					b[i] = "abcde"[r.IntN(5)]
				case 1:
					b = append(b[:i], b[i+1:]...)
				default:
					b = append(b[:i], append([]byte{"abcde"[r.IntN(5)]}, b[i:]...)...)
				}
			}
		}
		limit := r.IntN(4)
		want := min(levenshtein(string(a), string(b)), limit+1)
		if got := editDistance(string(a), string(b), limit); got != want {
			t.Fatalf("editDistance(%q, %q, %d) = %d, want %d", a, b, limit, got, want)
		}
	}
}
