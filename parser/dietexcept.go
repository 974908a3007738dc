package parser

import "strings"

// personExcept: words that take a person out of what a sentence says of
// them all ("Alle spiser halal, undtagen Per", "We all eat halal except Tom").
var personExcept = table(daPersonExcept, enPersonExcept)

// checkDietExcept: food said of everyone but one named attendee; the
// reading gives food by sentence and would give it to her too.
func checkDietExcept(v *gateView) verdict {
	t := v.t
	for _, hit := range t.all(personExcept) {
		k := t.tokenAt(hit[1])
		if k >= len(t.toks) || t.toks[k].line != t.toks[t.tokenAt(hit[0])].line {
			continue
		}
		if !v.attendeeCalled(t.toks[k].s) {
			continue
		}
		// "undtagen Per (Jensen)." leaves him out; "apart from me being
		// vegan" says what is hers
		end := k + 1
		for end < len(t.toks) && t.toks[end].cap && t.toks[end].line == t.toks[k].line && t.gap(end-1, end) == " " {
			end++
		}
		if end < len(t.toks) && !strings.ContainsAny(t.gap(end-1, end), ".,;!)\n") {
			continue
		}
		s := v.sentenceOf(hit[0])
		if len(readDiet(t, s.a, s.b)) > 0 {
			return review("%q takes someone out of the food said for all", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

// attendeeCalled reports an attendee whose first name is the folded word w.
func (v *gateView) attendeeCalled(w string) bool {
	for _, a := range v.r.Attendees {
		if a.Name != "" && foldString(firstWord(a.Name)) == w {
			return true
		}
	}
	return w == "mig" || w == "me"
}
