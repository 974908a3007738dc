package parser

import (
	"slices"
	"strings"
)

// sameWordsReordered reports whether a and b hold the same words in
// another order ("Tran Van Minh", "Van Minh Tran").
func sameWordsReordered(a, b string) bool {
	wa, wb := strings.Fields(foldString(a)), strings.Fields(foldString(b))
	if len(wa) != len(wb) || slices.Equal(wa, wb) {
		return false
	}
	sa, sb := slices.Clone(wa), slices.Clone(wb)
	slices.Sort(sa)
	slices.Sort(sb)
	return slices.Equal(sa, sb)
}
