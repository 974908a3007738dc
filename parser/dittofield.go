package parser

import (
	"slices"
	"strings"

	"tilmeld"
)

// dittoFields are a field's whole value that points back at the one above
// ("Kost: samme", "- Per Jensen, 2 og 4, do.", "same as above").
var dittoFields = wordSet(daDittoFields, enDittoFields)

// checkDittoField: a list line or form field that says "the same" of
// food, where someone's food was given: the reader does not carry food
// down a list, and which of the things above is meant staff must see.
func checkDittoField(v *gateView) verdict {
	if !slices.ContainsFunc(v.r.Attendees, func(a tilmeld.Attendee) bool { return len(a.Diet) > 0 }) {
		return verdict{}
	}
	t := v.t
	for _, ln := range lines(t) {
		// a table's cell counts as a field: "Per Jensen | 2 og 4 | samme |"
		line := strings.TrimRight(t.fold[ln[0]:ln[1]], " \t|")
		k := strings.LastIndexAny(line, ",:|;\t")
		if k < 0 {
			continue
		}
		field := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[k+1:]), ".!"))
		if dittoFields[field] {
			return review("%q points back at what is said above", v.quote(ln[0], ln[1]))
		}
	}
	return verdict{}
}
