package parser

import "tilmeld"

// checkCancelUnnamed: a cancellation of someone the mail gives no name
// ("Jeg kommer, men min mand er forhindret", "My husband is ill and can't
// come") cannot be matched to a registration by the bot: staff find whose
// it is.
func checkCancelUnnamed(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel {
		return verdict{}
	}
	for _, a := range v.r.Attendees {
		if a.Name == "" {
			return review("the mail withdraws someone without a name: whose registration?")
		}
	}
	return verdict{}
}
