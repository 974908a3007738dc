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
	messengerAfter  = regexp.MustCompile(`^\s*(?:` + strings.Join(slices.Concat(daMessengerAfter, enMessengerAfter), "|") + `)\b`)
	messengerBefore = regexp.MustCompile(`\b(?:` + strings.Join(slices.Concat(daMessengerBefore, enMessengerBefore), "|") + `)\s*$`)
	// helperAfter and helperBefore find the helpers (daHelperAfter), once
	// in a text that holds their words
	helperAfter  = table(daHelperAfter, enHelperAfter)
	helperBefore = table(daHelperBefore, enHelperBefore)
	// messengerBeforeAt is messengerBefore tried only where one of its
	// opening words stands: run over all the text before a name, the
	// expression cost more than the rest of dropMessengers.
	messengerBeforeAt = newPrefixRe(messengerBefore)
)

// messengerWords stand in every messenger phrase: a mail without any has
// no messenger, and the phrases are not looked for.
var messengerWords = []string{"invitation", "invite", "mail", "besked", "message", "sendt", "sent", "delte", "shared", "fortal", "told", "gav", "gave", "moede", "meeting", "event"}

// messengerNeedles are messengerWords numbered: the pass for the needles
// that every table reads tells at once whether the text holds one.
var messengerNeedles = needles(messengerWords)

// dropMessengers leaves out the people the sender names only as the one
// who sent or told her of the meeting, with nothing chosen or eaten.
func (rd *reader) dropMessengers(who []*person) []*person {
	t := rd.own
	if len(who) == 0 || len(who) == 1 && who[0] == rd.ps.self {
		return who // only the sender: no one to leave out
	}
	tells := mayTell(t)
	only := map[*person]bool{}
	for _, m := range rd.ps.mentions(t, 0, len(t.fold), false) {
		if m.p == rd.ps.self || m.b-m.a <= 2 {
			continue // a lone initial ("Sahra M. A.") names no one by itself
		}
		messenger := tells && (messengerAfter.MatchString(t.fold[m.b:]) || messengerBeforeAt.findAll(t.fold[:m.a], false) != nil) ||
			helperAround(t, m.a, m.b)
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
	return helperAround(t, t.toks[owner].a, t.toks[i].b)
}

// helperAround reports a helper phrase right after fold[:b] or right
// before fold[a:] ("min søn| hjælper mig", "ring til |min datter"), white
// space aside.
func helperAround(t *text, a, b int) bool {
	for _, h := range t.all(helperAfter) {
		if h[0] >= b && strings.TrimSpace(t.fold[b:h[0]]) == "" {
			return true
		}
	}
	for _, h := range t.all(helperBefore) {
		if h[1] <= a && strings.TrimSpace(t.fold[h[1]:a]) == "" {
			return true
		}
	}
	return false
}

// helperOnly reports the relation at token i as one who only helps the
// sender (helperRelation), with no word of coming after it in its clause
// ("ring til min datter hun hjælper mig", not "... hun kommer også").
func (v *gateView) helperOnly(owner, i int) bool {
	t := v.t
	// "min datter tog mig med, og nu vil jeg ...": its whole sentence
	return helperRelation(t, owner, i) && !t.has(attendCue, t.toks[i].b, v.clauseOf(t.toks[i].a).b) ||
		helperKin(t, i, t.tokenAt(v.sentenceOf(t.toks[i].a).b))
}
