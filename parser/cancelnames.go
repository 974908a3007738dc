package parser

import (
	"strings"

	"tilmeld"
)

// cancelList returns the people a cancellation lists after words that say
// whom it concerns ("Det gælder Kirsten Lauridsen, Susanne Holm og Morten
// Friis", "afbud for Lone og Bent", "this applies to ..."), up to a
// parenthesis, which speaks of others ("(Hasan har allerede meldt fra)").
// found tells that such words stand in the mail, named or not.
func (rd *reader) cancelList() (who []*person, found bool) {
	t := rd.own
	for k, c := range rd.sents {
		for _, hit := range t.within(cancelApplies, c.a, c.b) {
			found = true
			if strings.Trim(t.fold[hit[1]:c.b], ": \t\n") == "" {
				// "Det drejer sig om:" and a name on each line below
				before := len(who)
				who = rd.namesBelow(k, who)
				if n := statedCount(t); n > 0 && n != len(who)-before {
					rd.review("the cancellation speaks of %d people but lists %d below it", n, len(who)-before)
				}
			}
			if rest := strings.Fields(t.fold[hit[1]:c.b]); len(rest) > 0 && alsoWords[rest[0]] {
				// "det gælder også min mand": others besides the sender
				who = append(who, rd.ps.self)
			}
			end := listEnd(t, hit[1], c.b)
			if k := strings.IndexAny(t.fold[hit[1]:end], "(["); k >= 0 {
				end = hit[1] + k
			}
			for _, m := range rd.ps.mentions(t, hit[1], end, true) {
				if !containsPerson(who, m.p) {
					who = append(who, m.p)
				}
			}
		}
	}
	return who, found
}

// listEnd returns where the people a withdrawal is for can be listed,
// from a to b: up to a word that gives a reason or a dash before a new
// subject ("cancel for Tuesday – our son is sick", "afbud for tirsdag,
// fordi vores søn er syg"): the one the reason speaks of is not
// withdrawn. A dash before names lists them ("for all three – Gitte, Per
// and Søren").
func listEnd(t *text, a, b int) int {
	for k := t.tokenAt(a); k < len(t.toks) && t.toks[k].a < b; k++ {
		w := t.toks[k].s
		if k > 0 && strings.Contains(t.gap(k-1, k), " -") && subjectStart[w] && !bothWordsSet[w] || listReasons[w] {
			return t.toks[k].a
		}
	}
	return b
}

var (
	listReasons  = wordSet(daListReasons, enListReasons)
	bothWordsSet = wordSet([]string{"begge", "both"})
)

var (
	cancelApplies = table(daCancelApplies, enCancelApplies)
	// "Jeg beklager det sene afbud": the writer apologises for the
	// cancellation she passes on, she does not withdraw herself
	cancelApology = table(daCancelApology, enCancelApology)
	alsoWords     = wordSet([]string{"ogsaa", "also", "too"})
)

// mergePeople adds those listed to who, dropping the sender when who held
// only her by default, the list leaves her out and she does not withdraw
// herself in her own words ("jeg melder afbud").
func (rd *reader) mergePeople(who, listed []*person, self *person) []*person {
	if len(who) == 1 && who[0] == self && !containsPerson(listed, self) && !rd.selfCancels() {
		who = nil
	}
	for _, p := range listed {
		if !containsPerson(who, p) {
			who = append(who, p)
		}
	}
	return who
}

// selfCancels reports a sentence that withdraws and speaks of the sender
// alone ("jeg", "mig"; "I", "me" in English).
func (rd *reader) selfCancels() bool {
	t := rd.own
	for _, c := range rd.sents {
		// "jeg melder afbud for Lone og Bent": she writes it for them
		if !t.has(lex.cancel, c.a, c.b) || t.has(cancelApplies, c.a, c.b) || t.has(cancelApology, c.a, c.b) {
			continue
		}
		for i := t.tokenAt(c.a); i < len(t.toks) && t.toks[i].a < c.b; i++ {
			if w := t.toks[i].s; oneSelf[w] && (w != "i" || rd.res.Language == "en") {
				return true
			}
		}
	}
	return false
}

// checkCancelWhole: a cancellation for a whole group ("hele bestyrelsen melder
// afbud", "our whole delegation") read as the sender's alone: who else is
// withdrawn, staff must see.
func checkCancelWhole(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel || len(v.r.Attendees) != 1 {
		return verdict{}
	}
	if self := v.sender(); self != "" && !samePerson(v.r.Attendees[0].Name, self) {
		return verdict{}
	}
	if hit := v.first(gateCancelWhole); hit != nil {
		return review("the cancellation speaks of a group (%q), and only the sender was withdrawn", v.quote(hit[0], hit[1]))
	}
	return verdict{}
}

var gateCancelWhole = table(daGateCancelWhole, enGateCancelWhole)

// namesBelow adds the people of the lines that follow clause k and hold
// names only, up to the first line that says more.
func (rd *reader) namesBelow(k int, who []*person) []*person {
	t := rd.own
	for _, c := range rd.sents[k+1:] {
		if !onlyNames(t, c.a, c.b) {
			break
		}
		ms := rd.ps.mentions(t, c.a, c.b, true)
		if len(ms) == 0 {
			break
		}
		for _, m := range ms {
			if !containsPerson(who, m.p) {
				who = append(who, m.p)
			}
		}
	}
	return who
}

// statedCount returns how many people "de tre beboere", "the two
// residents" counts, 0 when the text counts none that way.
func statedCount(t *text) int {
	for i := 0; i+1 < len(t.toks); i++ {
		switch t.toks[i].s {
		case "de", "disse", "vores", "the", "these", "our":
			if n := counts[t.toks[i+1].s]; n > 0 && t.toks[i+1].s != "begge" && t.toks[i+1].s != "both" {
				return n
			}
		}
	}
	return 0
}

// forOthers reports a "vi"/"we" that withdraws on behalf of those named
// after "for" ("Vi må melde afbud for Sara Holm og Ali Demir", "We have
// to cancel for ..."): the voice of the mail (an association, staff, a
// family member writing), not one of the people withdrawn. A list that
// holds "os", "mig", "us", "me" keeps the sender in.
func (rd *reader) forOthers(hit []int, c clause) bool {
	t := rd.own
	for _, m := range t.within(cancelApplies, hit[0], c.b) {
		if m[0] > hit[1]+1 {
			return false // "for" far from the verb: not what it withdraws
		}
		for k := t.tokenAt(m[1]); k < len(t.toks) && t.toks[k].a < c.s.b; k++ {
			if w := t.toks[k].s; selfObject[w] || objectCase[w] || selfPronoun[w] {
				return false
			}
		}
		return len(rd.ps.mentions(t, m[1], c.s.b, true)) > 0
	}
	return false
}
