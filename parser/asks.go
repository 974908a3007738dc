package parser

import "strings"

// Questions are not always marked as such, and a question mark does not
// always mark one: these tell, of one sentence, where it asks staff
// something.

var (
	askLabels    = wordSet(daAskLabels, enAskLabels)
	askNone      = wordSet(daAskNone, enAskNone)
	notAsking    = wordSet(daNotAsking, enNotAsking)
	askHeadDoubt = wordSet(daAskHeadDoubt, enAskHeadDoubt)
	clauseLinks  = wordSet([]string{"og", "men", "eller", "and", "but", "or"})
	// askLeads may stand before a question's first word. Not "så",
	// "desværre", "nu": after them the verb comes first in a statement
	// ("Så vil jeg gerne deltage").
	askLeads = wordSet([]string{"og", "men", "hej", "ps", "and", "but", "hi"})
)

// unmarkedAsk reports a question written without a question mark, as
// many write in a hurry: a line of s that opens with a question word or a
// verb before its subject ("hvor lang tid varer det", "er der parkering",
// "is there parking"), or that a label calls one ("Spørgsmål: parkering
// ved stedet"). It returns where the question starts. A line that ends in
// a full stop states ("Hvad angår maden, er jeg vegetar."), and one with
// a clause after a comma puts a condition ("Er der plads, så kommer
// jeg"): neither asks.
func unmarkedAsk(t *text, s sentence) (int, bool) {
	f := t.fold[s.a:s.b]
	if strings.IndexByte(f, '?') >= 0 {
		return 0, false
	}
	// only the sentence's last line: a line the sentence runs on from
	// ("Hvilken workshop I må bestemme,\njeg er glad for det hele") is
	// no question of its own
	end := s.b
	for end > s.a && strings.ContainsRune(" \t\r\n", rune(t.fold[end-1])) {
		end--
	}
	l := strings.LastIndexByte(t.fold[s.a:end], '\n') + 1 + s.a
	return lineAsks(t, l, end)
}

// lineAsks is unmarkedAsk for the line fold[a:b].
func lineAsks(t *text, a, b int) (int, bool) {
	i := t.tokenAt(a)
	for i < len(t.toks) && t.toks[i].a < b && t.toks[i].is(classAskLead) {
		i++
	}
	if i < len(t.toks) && t.toks[i].a < b && t.toks[i].num >= 0 && enumerated.MatchString(t.fold[t.toks[i].a:b]) {
		i++ // "1) Er der parkering"
	}
	if i >= len(t.toks) || t.toks[i].a >= b {
		return 0, false
	}
	labelled := false
	if t.toks[i].is(classAskLabel) && i+1 < len(t.toks) && strings.Contains(t.gap(i, i+1), ":") {
		labelled = true
		i++
	}
	n := 0
	for k := i; k < len(t.toks) && t.toks[k].a < b; k++ {
		n++
		if k > i && strings.Contains(t.gap(k-1, k), ",") && !clauseLinks[t.toks[k].s] {
			return 0, false
		}
	}
	end := strings.TrimRight(t.fold[a:b], " \t\r")
	if strings.HasSuffix(end, "!") || strings.HasSuffix(end, ".") && !labelled {
		return 0, false
	}
	if labelled && n >= 2 && !askNone[t.toks[i].s] {
		return t.toks[i].a, true
	}
	if n < 3 || !opensAsk(t, i) {
		return 0, false
	}
	return t.toks[i].a, true
}

// opensAsk reports a question opening at token i: a question word that
// is not one of a statement ("hvad angår", "how nice"), or a verb before
// its subject.
func opensAsk(t *text, i int) bool {
	if t.toks[i].is(classQuestionWord) {
		return i+1 >= len(t.toks) || !notAsking[t.toks[i+1].s]
	}
	return i+1 < len(t.toks) && t.toks[i].is(classAskVerb) && t.toks[i+1].is(classAskSubject) && t.gap(i, i+1) == " "
}

// askedClause returns where a sentence that ends in a question mark asks:
// after a comma or a dash that opens a question behind a wish stated
// first ("Jeg vil gerne på 2 og 4 – er der parkering?", "Kan I tilmelde
// mig 1, og er der parkering?"), else at its start. The workshops of the
// wish are chosen, only the clause after it asks. A wish in doubt ("Jeg
// er i tvivl om 2 eller 3, hvad synes I?") asks as a whole.
func askedClause(t *text, s sentence, refs []ref) int {
	if len(refs) == 0 {
		return s.a
	}
	first := t.tokenAt(s.a)
	for i := first + 1; i < len(t.toks) && t.toks[i].a < s.b; i++ {
		g := t.gap(i-1, i)
		if !strings.ContainsAny(g, ",–") && !strings.Contains(g, " - ") {
			continue
		}
		j := i
		if clauseLinks[t.toks[j].s] && j+1 < len(t.toks) {
			j++
		}
		if t.toks[j].a >= s.b || !opensAsk(t, j) || refs[0].a >= t.toks[i].a || !wishHead(t, s.a, t.toks[i].a, refs) {
			continue
		}
		return t.toks[i].a
	}
	return s.a
}

// wishHead reports whether fold[a:b] states a wish: it opens with the
// sender or the workshops, or asks the bot to act, and holds no doubt.
func wishHead(t *text, a, b int, refs []ref) bool {
	for k := t.tokenAt(a); k < len(t.toks) && t.toks[k].a < b; k++ {
		if askHeadDoubt[t.toks[k].s] {
			return false
		}
	}
	i := t.pastLead(a, b)
	if i >= len(t.toks) {
		return false
	}
	return tagSender[t.toks[i].s] || workshopWords[t.toks[i].s] || inRefs(refs, t.toks[i].a) || t.has(lex.botRequest, a, b)
}

// courtesyOnly reports a sentence that only checks, politely, the wish
// the sentence before it states ("Jeg vil gerne på 2 og 4. Håber det er
// ok?", "Is that alright?"): nothing for staff to answer. prevRefs are
// the workshops that sentence names; without them the check may ask leave
// ("Jeg tager min hund med. Er det ok?").
func courtesyOnly(t *text, s sentence, prevRefs []ref) bool {
	if len(prevRefs) == 0 {
		return false
	}
	hits := t.within(tagAskWords, s.a, s.b)
	if len(hits) == 0 || strings.Trim(t.fold[hits[len(hits)-1][1]:s.b], " ?!.)") != "" {
		return false
	}
	for i := t.pastLead(s.a, s.b); i < len(t.toks) && t.toks[i].a < hits[0][0]; i++ {
		if !hopeWords[t.toks[i].s] {
			return false
		}
	}
	return true
}

var hopeWords = wordSet(daHopeWords, enHopeWords)

// inLink reports a question mark at s[i] that opens a link's query
// ("https://example.dk/side?id=3"): it ends no sentence.
func inLink(s string, i int) bool {
	if i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\r' {
		return false
	}
	w := s[strings.LastIndexAny(s[:i], " \n\t<(")+1 : i]
	return strings.Contains(w, "/") && (strings.HasPrefix(w, "http") || strings.HasPrefix(w, "www.") || strings.Contains(w, ".dk/") || strings.Contains(w, ".com/"))
}

// runsOn reports a question without a question mark that runs on into a
// statement of its own ("kan min søn også komme han hedder Emre han vil
// også sundhed"): a pronoun that opens a new clause after the question's
// own subject, not after its verb ("hvordan kommer jeg derud") nor in a
// clause of its own ("... hvis jeg bor i Brøndby"). It asks staff
// nothing: the workshops it names may be chosen there.
func runsOn(t *text, at, b int) bool {
	if e := strings.IndexByte(t.fold[at:b], '\n'); e >= 0 {
		b = at + e
	}
	for k := t.tokenAt(at) + 2; k < len(t.toks) && t.toks[k].a < b; k++ {
		if runOnSubjects[t.toks[k].s] && !askVerbs[t.toks[k-1].s] && !subordinators[t.toks[k-1].s] {
			return true
		}
	}
	return false
}

var (
	runOnSubjects = wordSet([]string{"jeg", "hun", "han", "vi", "she", "he", "we"})
	subordinators = wordSet(daSubordinators, enSubordinators)
)
