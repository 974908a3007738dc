package parser

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"tilmeld"
)

// dietNegators turn the diet word right after them around ("ikke vegetar").
var dietNegators = wordSet(daDietNegators, enDietNegators)

// readDiet returns the diet tags said in fold[a:b].
func readDiet(t *text, a, b int) []tilmeld.Diet {
	var out []tilmeld.Diet
	for _, h := range t.dietHits() {
		if h.a >= a && h.a < b {
			out = append(out, h.tag)
		}
	}
	return tilmeld.SortDiets(out)
}

// dietHit is a diet tag and where its words stand.
type dietHit struct {
	a, b int
	tag  tilmeld.Diet
}

// dietHits finds the diet words in the whole text, once: words from the
// tables, and the things someone is allergic to. A tag that stands negated
// is dropped; words that mean "nothing special" add nothing.
func (t *text) dietHits() []dietHit {
	if t.diet != nil {
		return t.diet
	}
	t.diet = []dietHit{}
	for _, ln := range lines(t) {
		if t.mayHold(dietWords, ln[0], ln[1]) {
			t.dietLine(ln[0], ln[1])
		}
	}
	return t.diet
}

// dietLine reads the diet words in fold[from:to].
func (t *text) dietLine(from, to int) {
	s := t.fold[:to]
	var restated []dietHit
	for _, h := range t.phrasesIn(dietWords, from, to) {
		a, b, kind := from+h.a, from+h.b, dietKinds[h.k]
		switch {
		case kind == "none":
		case t.foodAsked(a, b, to): // "Er maden laktosefri?": asks what the kitchen serves
		case unticked(s, a) && !tickedAfter(t, a, b): // "☐ Jeg er vegetar": not ticked
		case answeredNo(t, a, b) && !refusedByNo(t, a, b, kind): // "Vegetar: [ ] ja [x] nej"
		case t.restatedUnchanged(a): // "Yonas er stadig veganer som skrevet": on record already
		case t.refusedForbidden(from, a, tilmeld.Diet(kind)): // "veganer – altså ingen æg": the vegan's already
		case kind == reactionAfter || kind == reactionBefore: // "får kløe af nødder"
			t.dietReaction(s, from, a, b, kind)
		case kind == "allergy":
			if dietNegated(t, a, kind) { // "ikke allergisk over for noget"
				continue
			}
			for _, tag := range allergens(s[b:clauseEnd(s, b)]) {
				if said, ok := strings.CutPrefix(tag, restatesPrefix); ok {
					restated = append(restated, dietHit{a, clauseEnd(s, b), tilmeld.Diet(said)})
					continue
				}
				t.diet = append(t.diet, dietHit{a, clauseEnd(s, b), tilmeld.Diet(tag)})
			}
		case (!dietNegated(t, a, kind) || refusedFood(t, a, b)) && !oldDiet(t, a, oldAnyWay):
			t.diet = append(t.diet, dietHit{a, b, tilmeld.Diet(kind)})
		}
	}
	t.keepUnrestated(restated, from, to)
	if strings.Contains(s[from:], "fisk") || strings.Contains(s[from:], "fish") {
		t.fishAllowed(from, to)
		t.fishSaidByDiet(from, to)
	}
	t.dietCorrected(from)
}

// restatesPrefix marks an allergen that only explains a tag ("mælk" for
// laktose) in what allergens returns.
const restatesPrefix = "restates:"

// keepUnrestated adds "other" for each refused food in restated whose tag
// the line fold[from:to] does not say: "tåler ikke mælk (laktose)" is
// lactose_free alone, "tåler ikke mælk" alone is a food the tags lack.
func (t *text) keepUnrestated(restated []dietHit, from, to int) {
	added := false
	for _, r := range restated {
		if !slices.ContainsFunc(t.diet, func(h dietHit) bool { return h.a >= from && h.a < to && h.tag == r.tag }) {
			t.diet = append(t.diet, dietHit{r.a, r.b, tilmeld.DietOther})
			added = true
		}
	}
	if added {
		slices.SortStableFunc(t.diet, func(x, y dietHit) int { return x.a - y.a })
	}
}

var (
	dietFixGap  = gapRe(daDietFixGap, enDietFixGap)
	dietFixTo   = gapRe(daDietFixTo, enDietFixTo)
	dietFixBut  = gapRe(daDietFixBut, enDietFixBut)
	dietFixVerb = wordsRe(daDietFixVerb, enDietFixVerb)
	dietFixSaid = wordsRe(daDietFixSaid, enDietFixSaid)
)

// gapRe matches the whole of what stands between two diet words, commas
// and an arrow around it allowed.
func gapRe(lists ...[]string) *regexp.Regexp {
	return regexp.MustCompile(`^[\s,;:.\-]*(?:` + strings.Join(slices.Concat(lists...), "|") + `)[\s,;:.]*$`)
}

// dietArrow: "vegetar → veganer", "vegetarian -> vegan".
var dietArrow = regexp.MustCompile(`^\s*(?:->|→|=>|-->)\s*$`)

// dietCorrected drops a tag the sender takes back for the one after it
// ("jeg skrev vegetar, men det er faktisk veganer", "ændr vegetar til
// veganer", "vegetar → veganer"): of the two, the second is what she eats.
func (t *text) dietCorrected(from int) {
	s := t.fold
	for k := len(t.diet) - 1; k >= 1; k-- {
		x, y := t.diet[k-1], t.diet[k]
		if x.a < from || x.tag == y.tag || y.a < x.b {
			continue
		}
		gap := s[x.b:y.a]
		before := s[max(lineStartFrom(s, x.a-lineLook, x.a), sentenceStartFrom(s, x.a-lineLook, x.a)):x.a]
		if dietArrow.MatchString(gap) || dietFixGap.MatchString(gap) ||
			dietFixTo.MatchString(gap) && dietFixVerb.MatchString(before) ||
			dietFixBut.MatchString(gap) && dietFixSaid.MatchString(before) {
			// the words of what she eats run from the word taken back
			t.diet[k].a = x.a
			t.diet = slices.Delete(t.diet, k-1, k)
		}
	}
}

// lineStart and sentenceStart find where the line or sentence holding a starts.
func lineStart(s string, a int) int { return strings.LastIndexByte(s[:a], '\n') + 1 }

// lineStartFrom is max(lineStart(s, a), from) read from s[from:a] alone:
// a look back over a few words must not scan a long line for each word.
func lineStartFrom(s string, from, a int) int {
	from = max(from, 0)
	return from + strings.LastIndexByte(s[from:a], '\n') + 1
}

// lineLook bounds how far the tests of a word's line read either side of
// it: a form's field or box line is short, and a look over a whole line
// for every word of a long one is quadratic.
const lineLook = 1 << 10

// lineAround returns the part of the line holding fold[a:b] that the
// tests of the word read: at most lineLook bytes either side.
func lineAround(t *text, a, b int) (from, to int) {
	from = lineStartFrom(t.fold, a-lineLook, a)
	to = b + min(len(t.fold)-b, lineLook)
	if end := strings.IndexByte(t.fold[b:to], '\n'); end >= 0 {
		to = b + end
	}
	return from, to
}

// lineStartNear is lineStart when the line starts at most n bytes before
// a, and -1 when it starts further back: a test of what opens the line of
// each number must not scan back over a long line for every one of them.
func lineStartNear(s string, a, n int) int {
	from := max(a-n, 0)
	if i := strings.LastIndexByte(s[from:a], '\n'); i >= 0 {
		return from + i + 1
	}
	if from == 0 {
		return 0
	}
	return -1
}

func sentenceStart(s string, a int) int { return strings.LastIndexAny(s[:a], ".!?") + 1 }

// blankBefore reports whether s[lineStart(s, a):a] is blank, reading
// back over the blanks alone.
func blankBefore(s string, a int) bool {
	pre := strings.TrimRightFunc(s[:a], func(r rune) bool { return r != '\n' && unicode.IsSpace(r) })
	return pre == "" || pre[len(pre)-1] == '\n'
}

// blankLineStart returns lineStart(s, a) when only blanks (' ', '\t')
// stand between it and a, else -1, reading back over the blanks alone.
func blankLineStart(s string, a int) int {
	i := a
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	if i > 0 && s[i-1] != '\n' {
		return -1
	}
	return i
}

// sentenceStartFrom is max(sentenceStart(s, a), from) read from s[from:a].
func sentenceStartFrom(s string, from, a int) int {
	from = max(from, 0)
	return from + strings.LastIndexAny(s[from:a], ".!?") + 1
}

// fishAllowed reads the sentences of fold[from:to] that turn meat down and
// let fish in ("I don't eat meat, but fish is fine", "spiser ikke kød,
// undtagen fisk", "vegetar, men jeg spiser gerne fisk"): such a sentence
// is pescetarian, whatever its words said alone. Fish turned down with the
// meat ("ikke kød eller fisk") lets nothing in.
func (t *text) fishAllowed(from, to int) {
	s := t.fold
	for a := from; a < to; {
		b := a + strings.IndexAny(s[a:to], ".!?;")
		if b < a {
			b = to
		}
		t.pescetarianIn(a, b)
		a = b + 1
	}
}

func (t *text) pescetarianIn(a, b int) {
	f := t.fold[a:b]
	if !strings.Contains(f, "fisk") && !strings.Contains(f, "fish") {
		return
	}
	if m := fishRefused.FindStringIndex(f); m != nil {
		// "ikke kød eller fisk": the vegetarian's words run to the fish
		for k := range t.diet {
			if h := &t.diet[k]; h.a >= a && h.a < b && h.tag == tilmeld.Vegetarian {
				h.b = max(h.b, a+m[1])
			}
		}
		return
	}
	if !fishWelcome.MatchString(f) {
		return
	}
	at, end := -1, a+fishWelcome.FindStringIndex(f)[1]
	if m := meatRefused.FindStringIndex(f); m != nil {
		at, end = a+m[0], max(end, a+m[1])
	}
	kept := t.diet[:0]
	for _, h := range t.diet {
		switch {
		case h.a < a || h.a >= b:
		case h.tag == tilmeld.Pescetarian:
			at = -2 // said already; its words run to the fish
			h.b = max(h.b, end)
		case h.tag == tilmeld.Vegetarian:
			if at == -1 {
				at = h.a
			}
			continue
		}
		kept = append(kept, h)
	}
	t.diet = kept
	if at >= 0 {
		t.diet = append(t.diet, dietHit{at, end, tilmeld.Pescetarian})
		slices.SortStableFunc(t.diet, func(x, y dietHit) int { return x.a - y.a })
	}
}

var (
	meatRefused = wordsRe(daMeatRefused, enMeatRefused)
	fishWelcome = wordsRe(daFishWelcome, enFishWelcome)
	fishRefused = wordsRe(daFishRefused, enFishRefused)
)

// wordsRe joins phrases into one expression that matches whole words.
func wordsRe(lists ...[]string) *regexp.Regexp {
	return regexp.MustCompile(`\b(?:` + strings.Join(slices.Concat(lists...), "|") + `)\b`)
}

// dietNegated: "ikke vegetar" says nothing; "ingen svinekød" is its own rule.
func dietNegated(t *text, a int, tag string) bool {
	if tag == string(tilmeld.NoPork) {
		return false
	}
	i := t.tokenAt(a) - 1
	if i >= 1 && dietSofteners[t.toks[i].s] && t.toks[i].b >= a-2 && dietNegators[t.toks[i-1].s] {
		return true // "not fully vegan", "ikke helt vegetar"
	}
	return i >= 0 && dietNegators[t.toks[i].s] && t.toks[i].b >= a-2
}

// refusedFood reports a negated diet word that is a food and not a diet:
// "spiser ikke gluten", "ingen gluten, tak", "no lactose" refuse it, so
// the tag holds; "ikke glutenfri", "ikke gluten-allergi" turn it round.
func refusedFood(t *text, a, b int) bool {
	i := t.tokenAt(a)
	if i >= len(t.toks) || !refusableFoods[t.toks[i].s] || t.toks[i].b != b {
		return false
	}
	if b < len(t.fold) && t.fold[b] == '-' {
		return false
	}
	return i+1 >= len(t.toks) || !foodCondition[t.toks[i+1].s]
}

var (
	refusableFoods = wordSet(daRefusableFoods, enRefusableFoods)
	foodCondition  = wordSet(daFoodCondition, enFoodCondition)
)

// dietSofteners may stand between a negator and the diet it turns round.
var dietSofteners = wordSet(daDietSofteners, enDietSofteners)

// clauseEnd finds where a list after "allergisk over for" ends.
func clauseEnd(s string, from int) int {
	end := len(s)
	for _, stop := range []string{".", "\n", ";", "!", " men ", " but ", "(", ")"} {
		if k := strings.Index(s[from:], stop); k >= 0 && from+k < end {
			end = from + k
		}
	}
	return end
}

// allergens maps the things named in "allergisk over for X, Y og Z" to tags.
func allergens(list string) []string {
	var out []string
	list = allergenSeps.Replace(" " + list + " ")
	for _, item := range strings.Split(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" || noAllergen[item] {
			continue
		}
		if allergenListEnd.MatchString(item) {
			break // "..., så tag hensyn til det": no food follows
		}
		tag := string(tilmeld.DietOther)
		for _, r := range allergenTable {
			if r.re.MatchString(item) {
				tag = r.tag
				break
			}
		}
		if tag == string(tilmeld.DietOther) {
			for _, r := range allergenRestates {
				if r.re.MatchString(item) {
					tag = restatesPrefix + r.tag
					break
				}
			}
		}
		out = append(out, tag)
	}
	return out
}

// allergenListEnd: an item of the list that opens a new clause.
var allergenListEnd = regexp.MustCompile(`^(?:` + strings.Join(slices.Concat(daAllergenListEnd, enAllergenListEnd), "|") + `)\b`)

// noAllergen: an item that names no food ("Allergier: ingen", "allergic
// to nothing", "Allergies: none known").
var noAllergen = wordSet([]string{"noget", "nogen", "ingenting", "intet", "ingen", "nej", "-", "ingen kendte", "ikke nogen",
	"anything", "nothing", "none", "no", "n/a", "none known", "no known"})

// allergenSeps turns the words that join a list of allergens into commas.
var allergenSeps = strings.NewReplacer(" og ", ",", " and ", ",", " samt ", ",", "(", ",")
