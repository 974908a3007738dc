package parser

import (
	"regexp"
	"slices"
	"strings"
)

// messengerAfter and messengerBefore mark a name as the one who passed on
// the invitation, not one who comes: "mødet som Amina sendte", "Amina gav
// mig invitationen", "invitationen fra Amina", "the meeting Amina told me
// about".
var (
	messengerAfter  = regexp.MustCompile(`^\s*(?:` + strings.Join(slices.Concat(daMessengerAfter, enMessengerAfter, daHelperAfter, enHelperAfter), "|") + `)\b`)
	messengerBefore = regexp.MustCompile(`\b(?:` + strings.Join(slices.Concat(daMessengerBefore, enMessengerBefore), "|") + `)\s*$`)
	// helperAfter and helperBefore are the helpers alone (daHelperAfter):
	// the gate counts no relation among them as brought along
	helperAfter  = regexp.MustCompile(`^\s*(?:` + strings.Join(slices.Concat(daHelperAfter, enHelperAfter), "|") + `)\b`)
	helperBefore = newPrefixRe(regexp.MustCompile(`\b(?:` + strings.Join(slices.Concat(daHelperBefore, enHelperBefore), "|") + `)\s*$`))
	// messengerBeforeAt is messengerBefore tried only where one of its
	// opening words stands: run over all the text before a name, the
	// expression cost more than the rest of dropMessengers.
	messengerBeforeAt = newPrefixRe(messengerBefore)
)

// messengerWords stand in every messenger phrase: a mail without any has
// no messenger, and the phrases are not looked for.
var messengerWords = []string{"invitation", "invite", "mail", "besked", "message", "sendt", "sent", "delte", "shared", "fortal", "told", "gav", "gave", "moede", "meeting", "event",
	"hjaelp", "hjalp", "hjulp", "skriv", "skrev", "ring", "kontakt", "sms", "help", "writ", "wrote", "call", "contact", "text", "phone"}

// messengerNeedles are messengerWords numbered: the pass for the needles
// that every table reads tells at once whether the text holds one.
var messengerNeedles = needles(messengerWords)

// dropMessengers leaves out the people the sender names only as the one
// who sent or told her of the meeting, with nothing chosen or eaten.
func (rd *reader) dropMessengers(who []*person) []*person {
	t := rd.own
	if !mayTell(t) {
		return who
	}
	only := map[*person]bool{}
	for _, m := range rd.ps.mentions(t, 0, len(t.fold), false) {
		if m.p == rd.ps.self || m.b-m.a <= 2 {
			continue // a lone initial ("Sahra M. A.") names no one by itself
		}
		messenger := messengerAfter.MatchString(t.fold[m.b:]) || messengerBeforeAt.findAll(t.fold[:m.a], false) != nil ||
			helperBefore.findAll(t.fold[:m.a], false) != nil
		if seen, ok := only[m.p]; ok {
			only[m.p] = seen && messenger
		} else {
			only[m.p] = messenger
		}
	}
	return slices.DeleteFunc(who, func(p *person) bool {
		return p != rd.ps.self && only[p] && !p.said && len(p.refs) == 0
	})
}

// onlyMessengers reports that clause c opens with someone other than the
// sender (who) only as the one who sent or told her of the meeting ("Min
// nabo fortalte om mødet, ...", "Bo Holm sendte mig invitationen").
func (rd *reader) onlyMessengers(c clause, who []*person) bool {
	t := rd.own
	if len(who) == 0 || slices.ContainsFunc(who, func(p *person) bool { return p.self }) || !mayTell(t) {
		return false
	}
	i := t.pastLead(c.a, c.b)
	if i+1 >= len(t.toks) || t.toks[i].a >= c.b {
		return false
	}
	end := -1
	if owners[t.toks[i].s] && relations[t.toks[i+1].s] {
		end = t.toks[i+1].b // "Min nabo", named or not
	} else if ms := rd.ps.mentions(t, t.toks[i].a, c.b, false); len(ms) > 0 && ms[0].a == t.toks[i].a {
		end = ms[0].b
	}
	return end >= 0 && messengerAfter.MatchString(t.fold[end:c.b])
}

// mayTell reports a text that holds a messenger word somewhere.
func mayTell(t *text) bool {
	g := t.needlesFound()
	return anyNeedleIn(t.fold, g, g != nil && g.text == t.fold, messengerNeedles)
}

// helperRelation reports the relation at token i, its owner at token
// owner, as one who helps the sender ("min søn hjælper mig", "ring til
// min datter"): no one brought along.
func helperRelation(t *text, owner, i int) bool {
	return mayTell(t) && (helperAfter.MatchString(t.fold[t.toks[i].b:]) || helperBefore.findAll(t.fold[:t.toks[owner].a], false) != nil)
}

// helperOnly reports the relation at token i as one who only helps the
// sender (helperRelation), with no word of coming after it in its clause
// ("ring til min datter hun hjælper mig", not "... hun kommer også").
func (v *gateView) helperOnly(owner, i int) bool {
	t := v.t
	return helperRelation(t, owner, i) && !t.has(attendCue, t.toks[i].b, v.clauseOf(t.toks[i].a).b)
}
