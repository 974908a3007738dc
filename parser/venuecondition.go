package parser

import "strings"

// A registration that holds only if the venue has a lift, a ground floor,
// step-free access, a ramp, a hearing loop or an accessible toilet
// ("Jeg melder mig til workshop 2, såfremt lokalet har elevator", "Er der
// elevator? Hvis ja, tilmelder jeg mig 3", "I'd like workshop 1 if there's
// a lift"): the bot cannot know, so staff answer before it stands. A
// question about access beside a plain registration ("Jeg går med
// rollator – er der elevator?"), a lack met some other way ("Hvis der ikke
// er elevator, kan min søn hjælpe mig") and a wish ("det er godt, hvis der
// er en rampe") set no condition.

var (
	venueIf    = table(daVenueIf, enVenueIf)
	venueAsk   = table(daVenueAsk, enVenueAsk)
	venueNoGo  = table(daVenueNoGo, enVenueNoGo)
	venueNice  = wordSet(daVenueNice, enVenueNice)
	venueLacks = wordSet(daVenueLacks, enVenueLacks)
)

// checkVenueCondition: the wish depends on the venue's access.
func checkVenueCondition(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	for _, hit := range v.t.all(venueIf) {
		if venueCondition(v, hit) {
			return review("the registration depends on the venue's access: %q", v.quote(hit[0], hit[1]))
		}
	}
	if elidedIfAfter(v.t, venueAsk) {
		return review("the registration depends on the answer to a question about the venue's access")
	}
	return verdict{}
}

// venueCondition reports a hit of venueIf that conditions the sign-up: no
// wish word right before it, and a lack only with what she does then.
func venueCondition(v *gateView, hit []int) bool {
	t := v.t
	i := t.tokenAt(hit[0])
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if venueNice[t.toks[k].s] && !strings.ContainsAny(t.fold[t.toks[k].b:hit[0]], ".!?\n") {
			return false
		}
	}
	lacks := false
	for k := i; k < len(t.toks) && t.toks[k].b <= hit[1]; k++ {
		lacks = lacks || venueLacks[t.toks[k].s]
	}
	if !lacks {
		return true
	}
	return t.has(venueNoGo, hit[1], v.sentenceOf(hit[1]).b)
}
