package parser

import "strings"

// elidedWishAt reports a number right after a person who takes the wish
// of the same sentence without its verb ("Jeg vil på 1 og 2, Karl på 3
// og 4", "Hun vil på 3, jeg på 1", "I'd like 1 and 3, Tom 2 and 4"):
// after a comma or "og"/"and", one to three words of a name or a
// pronoun, perhaps "på"/"i", and then the numbers, once an earlier number
// of the sentence was read as a choice.
func elidedWishAt(t *text, from, i int, prev []ref) bool {
	if len(prev) == 0 || !(pairAt(t, i, len(t.toks)) || aloneAt(t, i, len(t.toks))) {
		return false
	}
	k := i - 1
	if k > from && elidedPreps[t.toks[k].s] && t.gap(k, i) == " " {
		k--
	}
	start := k
	if k >= from && elidedSubjects[t.toks[k].s] {
		start = k
	} else {
		for start >= from && start > k-3 && nameWord(t, start) && (start == k || t.gap(start, start+1) == " ") {
			start--
		}
		start++
		// "..., min mand (Per) på 1 og 3": the relation before the name
		if start >= from+2 && relations[t.toks[start-1].s] && gateOwners[t.toks[start-2].s] && t.gap(start-2, start-1) == " " {
			start -= 2
		}
		if start > k {
			return false
		}
	}
	if start <= from || prev[len(prev)-1].b > t.toks[start].a || t.gap(start, k+1) != "" && k > start && strings.ContainsAny(t.gap(start, k+1), ",.") {
		return false
	}
	g := strings.TrimSpace(t.gap(start-1, start))
	return g == "," || g == "" && andWords[t.toks[start-1].s]
}

// elidedSubjects: pronouns that may stand for a person before a wish
// whose verb is left out ("..., jeg på 1", "..., he 2 and 4").
var elidedSubjects = wordSet(daElidedSubjects, enElidedSubjects)

// elidedNumberAt reads, from token i on, one or two words of a name and
// then a bare workshop number ("..., Tom 2 and 4"): it returns the token
// after the name, -1 when none follows.
func elidedNumberAt(t *text, i, end int) int {
	for j := i + 1; j <= i+2 && j < len(t.toks) && t.toks[j].b <= end; j++ {
		if t.toks[j].num > 0 {
			return j
		}
		if !nameWord(t, j) {
			break
		}
	}
	return -1
}

// forWhomNumberAt reports numbers after a comma that, as those before
// them, are said for someone ("Workshop 2 og 4 til mig, 1 og 3 til Lene",
// "2 and 4 for me, 1 and 3 for Tom"): a pair or a single number followed
// by "til"/"for", once an earlier number of the sentence is a choice.
func forWhomNumberAt(t *text, from, i, to int, prev []ref) bool {
	if len(prev) == 0 || i <= from || strings.TrimSpace(t.gap(i-1, i)) != "," {
		return false
	}
	next := forAfterNumbers(t, i, to)
	if next < 0 || next+1 >= to {
		return false
	}
	w := t.toks[next+1].s // someone: "til mig", "for Tom", "til min søn"
	return selfObject[w] || herHim[w] || gateOwners[w] || nameWord(t, next+1)
}

var dietVerbs = wordSet(daDietVerbs, enDietVerbs)

// forAllNumberAt reports bare numbers at token i said to be for everyone
// right after them ("Tilmeld mig og Jens Bo, 1 og 3 til os begge", "1 and
// 3 for both of us"): the choices of all who come.
func forAllNumberAt(t *text, i, to int) bool {
	next := forAfterNumbers(t, i, to)
	if next < 0 || next+2 >= to {
		return false
	}
	a, b := t.toks[next+1].s, t.toks[next+2].s
	return (a == "os" || a == "us") && allOrBoth[b] || allOrBoth[a] && (b == "af" || b == "of")
}

// allOrBoth: everyone of a group ("os begge", "both of us").
var allOrBoth = wordSet([]string{"alle", "begge", "all", "both"})

// forAfterNumbers returns the token of "til"/"for" right after the pair or
// the one-digit number at token i ("1 og 3 til", "2 for"), -1 if none.
func forAfterNumbers(t *text, i, to int) int {
	next := i + 1
	if pairAt(t, i, to) {
		next = i + 3
	} else if len(t.toks[i].s) != 1 {
		return -1
	}
	if next >= to || !forWords[t.toks[next].s] || t.gap(next-1, next) != " " {
		return -1
	}
	return next
}

// forWords say for whom the workshops before them are.
var forWords = wordSet([]string{"til", "for"})

// andNameVerb returns where, in clause c, a known person other than the
// sender opens a statement after "og"/"and" ("Jeg er vegetar og Per er
// diabetiker", "I'm vegan and Tom Holm eats no pork"): his name right
// before one of the verbs a person's statement starts with.
func (rd *reader) andNameVerb(c clause) []int {
	t := rd.own
	var out []int
	// "Jeg og Per vil ...": one subject of two; only after words that are
	// not people's ("Jeg er vegetar og Per ...") a statement stands before;
	// "både"/"both" opens such a subject ("Både jeg og Per er vegetarer")
	said := false
	// "Husk at Amina, Said og Layla spiser halal": the lead says nothing
	for k := noteLeadEnd(t, t.tokenAt(c.a), t.tokenAt(c.b)); k+2 < len(t.toks) && t.toks[k+2].b <= c.b; k++ {
		if tk := &t.toks[k]; !tk.is(classAnd) {
			said = said || !tk.is(classPartPronoun) && !tk.is(classBothLead) && !tk.is(classSelfObject) && !tk.is(classGateOwner) && !tk.is(classRelation) && !nameWord(t, k)
			continue
		}
		if !said || !nameWord(t, k+1) {
			continue
		}
		at := t.toks[k+1].a
		ms := rd.ps.mentions(t, at, c.b, false)
		if len(ms) == 0 || ms[0].a != at || ms[0].p == rd.ps.self {
			continue
		}
		v := t.tokenAt(ms[0].b)
		if v < len(t.toks) && t.toks[v].b <= c.b && (runOnVerbs[t.toks[v].s] || dietVerbs[t.toks[v].s]) && t.gap(v-1, v) == " " {
			out = append(out, at)
		}
	}
	return out
}
