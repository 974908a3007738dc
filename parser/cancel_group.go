package parser

import "tilmeld"

// cancelsGroup: a cancellation said of more than the sender ("slet os
// begge", "både mig og Kurt", "remove us both").
var cancelsGroup = table(
	[]string{`os (begge|alle|to|tre)`, `baade (mig|os) og`, `mig og \w+ (\w+ )?begge`, `begge (to )?(er|kan|kommer)`, `ingen af os`},
	[]string{`(us|we) (both|all)`, `both (of us|me and)`, `all of us`, `neither of us`, `none of us`},
)

// checkCancelGroup: a cancellation of "us both" that withdraws one person,
// or nobody by name, leaves someone registered who does not come.
func checkCancelGroup(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel || len(v.r.Attendees) >= 2 {
		return verdict{}
	}
	hit := v.first(cancelsGroup)
	if hit == nil {
		return verdict{}
	}
	return review("the mail withdraws %q, but fewer than two people were read", v.quote(hit[0], hit[1]))
}
