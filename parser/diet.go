package parser

import (
	"strings"

	"tilmeld"
)

// dietNegators turn the diet word right after them around ("ikke vegetar").
var dietNegators = wordSet([]string{"ikke", "ingen", "not", "no", "non"})

// readDiet finds the diet tags in fold[a:b]: words from the tables, and the
// things someone is allergic to. A tag that stands negated is dropped; words
// that mean "nothing special" add nothing.
func readDiet(t *text, a, b int) []tilmeld.Diet {
	s := t.fold[a:b]
	var taken [][2]int
	var out []tilmeld.Diet
	free := func(x, y int) bool {
		for _, sp := range taken {
			if x < sp[1] && sp[0] < y {
				return false
			}
		}
		return true
	}
	for _, m := range lex.dietNone.FindAllStringIndex(s, -1) {
		taken = append(taken, [2]int{m[0], m[1]})
	}
	for _, m := range lex.allergy.FindAllStringIndex(s, -1) {
		end := clauseEnd(s, m[1])
		for _, tag := range allergens(s[m[1]:end]) {
			out = append(out, tilmeld.Diet(tag))
		}
		taken = append(taken, [2]int{m[0], end})
	}
	for _, r := range dietTable {
		for _, m := range r.re.FindAllStringIndex(s, -1) {
			if !free(m[0], m[1]) || dietNegated(t, a+m[0], r.tag) {
				continue
			}
			taken = append(taken, [2]int{m[0], m[1]})
			out = append(out, tilmeld.Diet(r.tag))
		}
	}
	return tilmeld.SortDiets(out)
}

// dietNegated: "ikke vegetar" says nothing; "ingen svinekød" is its own rule.
func dietNegated(t *text, a int, tag string) bool {
	if tag == string(tilmeld.NoPork) {
		return false
	}
	i := t.tokenAt(a) - 1
	return i >= 0 && dietNegators[t.toks[i].s] && t.toks[i].b >= a-2
}

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
	list = strings.NewReplacer(" og ", ",", " and ", ",", " samt ", ",", "(", ",").Replace(" " + list + " ")
	for _, item := range strings.Split(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		tag := string(tilmeld.DietOther)
		for _, r := range allergenTable {
			if r.re.MatchString(item) {
				tag = r.tag
				break
			}
		}
		out = append(out, tag)
	}
	return out
}
