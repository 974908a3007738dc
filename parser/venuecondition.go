package parser

// A registration that holds only if the venue has a lift, a ground floor,
// step-free access, a ramp, a hearing loop or an accessible toilet
// ("Jeg melder mig til workshop 2, såfremt lokalet har elevator", "Er der
// elevator? Hvis ja, tilmelder jeg mig 3", "I'd like workshop 1 if there's
// a lift"): the bot cannot know, so staff answer before it stands. A
// question about access beside a plain registration ("Jeg går med
// rollator – er der elevator?") sets no condition.

var (
	venueIf  = table(daVenueIf, enVenueIf)
	venueAsk = table(daVenueAsk, enVenueAsk)
)

// checkVenueCondition: the wish depends on the venue's access.
func checkVenueCondition(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	if hit := v.first(venueIf); hit != nil {
		return review("the registration depends on the venue's access: %q", v.quote(hit[0], hit[1]))
	}
	if elidedIfAfter(v.t, venueAsk) {
		return review("the registration depends on the answer to a question about the venue's access")
	}
	return verdict{}
}
