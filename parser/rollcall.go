package parser

import (
	"strings"

	"tilmeld"
)

// rollCall reports a sentence that only joins the sender with others,
// without a verb ("Jeg og min datter Sofie.", "Me and my husband Tom
// Holm."): in a registration, a list of who comes.
func rollCall(t *text, a, b int) bool {
	f := strings.TrimSpace(t.fold[a:b])
	if f == "" || strings.HasSuffix(f, "?") {
		return false
	}
	from, to := t.tokenAt(a), t.tokenAt(b)
	self, other := false, false
	for i := from; i < to; i++ {
		tk := &t.toks[i]
		switch {
		case tk.is(classSelfPronoun) || tk.is(classSelfObject):
			self = true
		case tk.is(classAnd) || tk.is(classGateOwner) || tk.is(classSelfEmph):
		case tk.is(classRelation):
			other = true
		case nameWord(t, i):
			other = true
		default:
			return false
		}
		if i > from && strings.ContainsAny(t.gap(i-1, i), ":;!\n") {
			return false
		}
	}
	return self && other
}

// ownPredicate reports a clause, after the first of its sentence, that
// opens with someone and goes on with a verb of its own but says nothing
// of coming, a workshop or food ("Jeg kommer gerne, men min mand passer
// børnene"): the cue of the sentence is not his.
func (rd *reader) ownPredicate(c clause) bool {
	t := rd.own
	if rd.res.Intent != tilmeld.IntentRegister || c.a <= c.s.a || len(c.refs) > 0 || t.has(lex.cancel, c.a, c.b) || t.has(attendCue, c.a, c.b) || t.has(gateLex.bring, c.a, c.b) || len(readDiet(t, c.a, c.b)) > 0 {
		return false
	}
	from, to := t.tokenAt(c.a), t.tokenAt(c.b)
	for from < to && (t.toks[from].is(classAnd) || clauseJoins[t.toks[from].s]) {
		from++
	}
	i := from
	if i+1 < to && t.toks[i].is(classGateOwner) && t.toks[i+1].is(classRelation) {
		i += 2
	}
	for i < to && i < from+5 && nameWord(t, i) {
		i++
	}
	if i == from || i >= to {
		return false
	}
	w := t.toks[i].s
	return namingAt(t, i, to) == 0 && !sameFill[w] && !andWords[w] && !selfEmph[w] && !strings.ContainsAny(t.gap(i-1, i), ",;:(")
}

// clauseJoins open a clause after a comma ("men min mand ...").
var clauseJoins = wordSet([]string{"men", "but", "mens", "while"})

// alsoComes reports a clause, after the first of its sentence, that is
// only someone and "også" ("Jeg kommer gerne, og min mand Per Holm også",
// "I'll come, my husband Tom too"): he joins the sender, and what
// follows without a subject is for them both.
func (rd *reader) alsoComes(c clause) bool {
	t := rd.own
	if c.a <= c.s.a {
		return false
	}
	from, to := t.tokenAt(c.a), t.tokenAt(c.b)
	for from < to && t.toks[from].is(classAnd) {
		from++
	}
	if to-from < 2 || !sameFill[t.toks[to-1].s] || strings.Trim(t.fold[t.toks[to-1].b:c.b], " .!\n") != "" {
		return false
	}
	for i := from; i < to-1; i++ {
		if tk := &t.toks[i]; !tk.is(classGateOwner) && !tk.is(classRelation) && !nameWord(t, i) {
			return false
		}
	}
	return true
}

// selfJoinedName returns the span of a lone first name joined to the
// sender in fold[a:b] ("jeg og Bo", "Bo og mig", "me and Tom", "kommer
// sammen med Bo", "coming with Tom"); -1, -1 when there is none. Where
// the mail counts two or more, such a name is the other person.
func selfJoinedName(t *text, a, b int) (int, int) {
	from, to := t.tokenAt(a), t.tokenAt(b)
	for i := from; i < to; i++ {
		if !nameWord(t, i) || i+1 < to && nameWord(t, i+1) && t.gap(i, i+1) == " " || i > from && nameWord(t, i-1) && t.gap(i-1, i) == " " {
			continue
		}
		before := i >= from+2 && t.toks[i-1].is(classAnd) && (t.toks[i-2].is(classSelfPronoun) || t.toks[i-2].is(classSelfObject))
		after := i+2 < to && t.toks[i+1].is(classAnd) && (t.toks[i+2].is(classSelfPronoun) || t.toks[i+2].is(classSelfObject))
		with := i >= from+2 && withWords[t.toks[i-1].s] && comeWords[t.toks[i-2].s] ||
			i > from && i+1 < to && bringWords[t.toks[i-1].s] && withWords[t.toks[i+1].s] // "tager Bo med"
		if before || after || with {
			return t.toks[i].a, t.toks[i].b
		}
	}
	return -1, -1
}

var (
	withWords  = wordSet([]string{"med", "with"})
	comeWords  = wordSet([]string{"kommer", "sammen", "deltager", "coming", "come", "together", "attending"})
	bringWords = wordSet([]string{"tager", "tar"})
)
