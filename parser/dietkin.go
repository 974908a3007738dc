package parser

import (
	"slices"

	"tilmeld"
)

// senderOwns are the possessives by which a sender speaks of her own
// people ("my husband", "min mand").
var senderOwns = wordSet([]string{"my", "our", "min", "mit", "mine", "vores"})

// checkDietOfKin: the sender is the only attendee, yet a sentence that
// gave her a diet speaks of one of her people ("My husband is vegetarian,
// I eat everything", "Min mand er vegetar"): the diet may be his, and he
// may or may not come.
func checkDietOfKin(v *gateView) verdict {
	if !v.changes() || len(v.r.Attendees) != 1 || len(v.r.Attendees[0].Diet) == 0 || v.r.Attendees[0].Name != v.sender() {
		return verdict{}
	}
	t := v.t
	for _, s := range t.sents() {
		if !slices.ContainsFunc(readDiet(t, s.a, s.b), func(d tilmeld.Diet) bool { return slices.Contains(v.r.Attendees[0].Diet, d) }) {
			continue // no diet of hers came from it ("Min mand har allergi for fisk men han kommer ikke med")
		}
		for i := t.tokenAt(s.a); i+1 < len(t.toks) && t.toks[i+1].b <= s.b; i++ {
			if senderOwns[t.toks[i].s] && relations[t.toks[i+1].s] {
				return review("the diet in %q may be someone else's", v.quote(s.a, s.b))
			}
		}
	}
	return verdict{}
}
