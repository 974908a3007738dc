package parser

import (
	"strings"

	"tilmeld"
)

// minTitleFragment is the shortest piece of a title word taken as that
// word cut short ("livs" of "livschancer"); shorter ones are common words.
const minTitleFragment = 4

// checkTitleFragment: a workshop word read as a choice with, right beside
// it, a word that is only a piece of another workshop's title ("livs
// trivsel": "livs" of workshop 3's "livschancer", "trivsel" of 2's). The
// sender half remembers a title and draws on two: which she means is for
// staff to ask.
func checkTitleFragment(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for k := range t.sents() {
		refs := v.refsAt(k)
		for _, r := range refs {
			if r.kind != byName || !v.chosen[r.ws] {
				continue
			}
			for _, i := range []int{r.i - 1, r.j} {
				if i < 0 || i >= len(t.toks) || coveredByRef(refs, i) {
					continue
				}
				tk := t.toks[i]
				gap := t.fold[min(tk.b, r.b):max(tk.a, r.a)]
				if gap != " " && gap != "-" {
					continue
				}
				if other := titleFragmentOf(v.ev, tk.s, r.ws); other != 0 {
					return review("%q draws on the titles of workshops %d and %d: which is meant?", v.quote(min(tk.a, r.a), max(tk.b, r.b)), r.ws, other)
				}
			}
		}
	}
	return verdict{}
}

// coveredByRef reports whether token i is part of one of refs.
func coveredByRef(refs []ref, i int) bool {
	for _, r := range refs {
		if r.i <= i && i < r.j {
			return true
		}
	}
	return false
}

// titleFragmentOf returns the workshop other than ws whose title or alias
// has a word that w begins without being it ("livs" of "livschancer"),
// 0 when there is none, or when w also begins a word of ws itself
// ("sundheds" beside "trivsel" is still workshop 2).
func titleFragmentOf(ev *tilmeld.Event, w string, ws int) int {
	if len(w) < minTitleFragment || daWords[w] || enWords[w] {
		return 0
	}
	found := 0
	for _, wk := range ev.Workshops {
		for _, title := range append([]string{wk.Name}, wk.Aliases...) {
			for _, tw := range strings.Fields(foldString(title)) {
				if wk.Number == ws && (strings.HasPrefix(tw, w) || strings.HasPrefix(w, tw)) {
					return 0
				}
				if wk.Number != ws && len(tw) > len(w) && strings.HasPrefix(tw, w) {
					found = wk.Number
				}
			}
		}
	}
	return found
}
