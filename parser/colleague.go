package parser

import (
	"strings"
	"unicode"

	"tilmeld"
)

// A sender passes the event's invitation on to a colleague or a neighbour
// she greets by name ("Hej Jonas, har du lyst? Det er lige noget for
// dig."), with the organiser in To or Cc. What she says to "du" or "you"
// is said to that one: her questions to him ask nothing of staff, and a
// workshop she tells him of ("workshoppen om tryghed er noget for dig") is
// a hint for him, not her choice. A question to the organiser ("Til ABC:
// kan man komme ...?", "Kan I ...?") still asks staff.

// colleagueWords speak to the one greeted: "du", "dig", "you".
var colleagueWords = wordSet(daColleagueWords, enColleagueWords)

// jointWords make a "vi" the sender and the one greeted ("Skal vi tage
// afsted sammen?").
var jointWords = wordSet(daJointWords, enJointWords)

// selfObjects keep a clause the sender's own though it speaks to "du"
// ("kan du skrive mig op til 2?").
var selfObjects = wordSet(daSelfObjects, enSelfObjects)

// staffWords turn a sentence to the organiser: the plural "jer", "jeres".
var staffWords = wordSet(daStaffWords)

// writesToColleague reports a mail that passes the event's invitation on
// to someone its words greet by name on their first line, sent to an
// address besides the event's.
func (rd *reader) writesToColleague() bool {
	return toColleague(rd.m, rd.ev, rd.own, rd.invitePassed)
}

// toColleague is writesToColleague of mail m with the words own; passed:
// the reader saw the invitation passed on.
func toColleague(m *Mail, ev *tilmeld.Event, own *text, passed bool) bool {
	if strings.TrimSpace(m.Forwarded) == "" || !othersAddressed(m, ev) || !greetsByName(own) {
		return false
	}
	if passed {
		return true
	}
	// her own words name a workshop, so the reader did not mark the
	// invitation passed: its author says it
	_, _, addr := forwardedBody(m.Forwarded)
	return eventsOwn(addr, ev)
}

// othersAddressed reports a To or Cc address that is not the event's.
func othersAddressed(m *Mail, ev *tilmeld.Event) bool {
	for _, as := range [][]string{m.To, m.Cc} {
		for _, a := range as {
			if a != "" && !eventsOwn(a, ev) {
				return true
			}
		}
	}
	return false
}

// greetsByName reports a text whose first words greet a person by name
// ("Hej Jonas,", "Kære Jonas", "Hi Jonas"): a greeting word, then a name,
// then the end of the line or a comma.
func greetsByName(t *text) bool {
	if len(t.toks) < 2 || !greetingWords[t.toks[0].s] || t.toks[1].line != t.toks[0].line {
		return false
	}
	if !nameWord(t, 1) || upperWord(t.span(t.toks[1].a, t.toks[1].b)) {
		return false // "Hej ABC", "Kære alle"
	}
	return greetsAt(t, t.toks[1].a, t.toks[1].b)
}

// upperWord reports a word in capitals only ("ABC"): an organisation's
// letters, not a person's name.
func upperWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// asksStaffBeside reports whether any of the mail's questions is for
// staff when it is written to a colleague: one that speaks to no "du" or
// "you" and is no "vi ... sammen", or that turns to the organiser.
func (rd *reader) asksStaffBeside(qs []string) bool {
	org := organiserLetters(rd.ev.Organiser)
	for _, q := range qs {
		if t := newText(q); toStaff(t, 0, len(t.fold), org, rd.res.Language == "en") {
			return true
		}
	}
	return false
}

// toStaff reports a question at [a, b) of q that asks staff: one that
// names the organiser's letters ("Til ABC: ..."), speaks to them in the
// plural ("Kan I ...?", "jer"), or to no one greeted.
func toStaff(q *text, a, b int, org string, en bool) bool {
	colleague, together, we := false, false, false
	for i := q.tokenAt(a); i < len(q.toks) && q.toks[i].a < b; i++ {
		tk := q.toks[i]
		switch {
		case org != "" && tk.s == org || staffWords[tk.s]:
			return true
		case !en && capitalI(q, tk):
			return true // the Danish plural "I"
		case colleagueWords[tk.s]:
			colleague = true
		case jointWords[tk.s]:
			together = true
		case tk.s == "vi" || tk.s == "we":
			we = true
		}
	}
	return !colleague && !(we && together)
}

// capitalI reports token tk of t written "I": the writer in English, the
// readers in Danish.
func capitalI(t *text, tk token) bool {
	return tk.s == "i" && tk.cap && t.span(tk.a, tk.b) == "I"
}

// organiserLetters returns the organiser's initials, folded ("abc" of
// "Albertslund Boligsociale Center"), "" when it has fewer than two words.
func organiserLetters(org string) string {
	ws := strings.Fields(org)
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		r := []rune(w)[0]
		if !unicode.IsLetter(r) {
			return ""
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return foldString(b.String())
}

// askedOfColleague reports a question at [a, b) of the gate's text, in a
// mail written to a colleague, that asks him and not staff
// (checkQuestion).
func (v *gateView) askedOfColleague(a, b int) bool {
	return toColleague(v.m, v.ev, v.t, false) && !toStaff(v.t, a, b, organiserLetters(v.ev.Organiser), v.r.Language == "en")
}

// dropColleagueRefs leaves out the workshops of a clause spoken to the
// colleague ("du vil kunne lide workshoppen om tryghed"): they are hers
// to tell of, his to choose. A clause that holds the sender too ("kan du
// skrive mig op til 2?") keeps them.
func (rd *reader) dropColleagueRefs() {
	if !rd.anyRefs() || !rd.writesToColleague() {
		return
	}
	t := rd.own
	for k := range rd.sents {
		c := &rd.sents[k]
		if len(c.refs) == 0 {
			continue
		}
		colleague, self := false, false
		for i := t.tokenAt(c.a); i < len(t.toks) && t.toks[i].a < c.b; i++ {
			colleague = colleague || colleagueWords[t.toks[i].s]
			self = self || selfObjects[t.toks[i].s]
		}
		if colleague && !self {
			c.refs = nil
		}
	}
}
