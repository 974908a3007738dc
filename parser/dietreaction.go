package parser

import (
	"regexp"
	"slices"
	"strings"

	"tilmeld"
)

// A reaction of the body to a food, told without "allergi" ("Jeg får kløe
// i munden af jordnødder", "Jeg hæver op, hvis jeg spiser æg", "Crab and
// mussels give me hives"), is an allergy to that food: its tag when the
// closed set has one, "other" for another food. What the reaction is to
// when it is no food ("får ondt i maven af stress") is nothing.

// The kinds of dietWords for a reaction: the food after the words, or
// before them.
const (
	reactionAfter  = "reaction"
	reactionBefore = "reaction<"
)

// reactionFoods: foods outside the tags; see daReactionFoods.
var reactionFoods = phrases([]string{daReactionFoods, enReactionFoods})

// reactionNegators turn a reaction round ("Jeg får ikke kløe af ...",
// "Nuts don't give me hives").
var reactionNegators = wordSet([]string{"ikke", "aldrig", "ik", "not", "never", "don", "doesn", "dont", "doesnt"})

// reactionStops end the words a reaction is to ("..., men fisk er fint").
var reactionStops = []string{".", "\n", ";", "!", "?", " men ", " but ", " ellers ", " otherwise ", " bortset fra ", " except "}

// dietReaction adds the allergies of the reaction told at fold[a:b] of the
// line that starts at from, s being the text up to the line's end.
func (t *text) dietReaction(s string, from, a, b int, kind string) {
	if t.reactionNegated(a, b, kind) {
		return
	}
	var list string
	at := a
	if kind == reactionAfter {
		end := len(s)
		for _, stop := range reactionStops {
			if k := strings.Index(s[b:end], stop); k >= 0 {
				end = b + k
			}
		}
		list = s[b:min(end, b+80)]
	} else {
		start := from
		for _, stop := range reactionStops {
			if k := strings.LastIndex(s[start:a], stop); k >= 0 {
				start += k + len(stop)
			}
		}
		start = max(start, a-80)
		list, at = s[start:a], start
	}
	for _, tag := range reactionTags(list) {
		t.diet = append(t.diet, dietHit{at, b, tag})
	}
}

// reactionNegated reports a negator in the reaction's words or, for one
// with its food before it, right before them.
func (t *text) reactionNegated(a, b int, kind string) bool {
	i := t.tokenAt(a)
	if kind == reactionBefore {
		i = max(i-2, 0)
	}
	for ; i < len(t.toks) && t.toks[i].a < b; i++ {
		if reactionNegators[t.toks[i].s] {
			return true
		}
	}
	return false
}

// reactionTags returns the tags of the foods named in list, in order,
// each once: a tag of the closed set, or "other" for a food it lacks.
func reactionTags(list string) []tilmeld.Diet {
	type found struct {
		at  int
		tag tilmeld.Diet
	}
	var fs []found
	taken := make([]bool, len(list))
	add := func(re *regexp.Regexp, tag string) {
		for _, m := range re.FindAllStringIndex(list, -1) {
			if !taken[m[0]] {
				fs = append(fs, found{m[0], tilmeld.Diet(tag)})
				for k := m[0]; k < m[1]; k++ {
					taken[k] = true
				}
			}
		}
	}
	for _, r := range allergenTable {
		add(r.re, r.tag)
	}
	add(reactionFoods, string(tilmeld.DietOther))
	slices.SortFunc(fs, func(x, y found) int { return x.at - y.at })
	var out []tilmeld.Diet
	for _, f := range fs {
		if !slices.Contains(out, f.tag) {
			out = append(out, f.tag)
		}
	}
	return out
}

// tagKind reports a kind of dietWords that is a tag itself, not "none",
// an allergy or a reaction whose food follows.
func tagKind(k string) bool {
	return k != "none" && k != "allergy" && k != reactionAfter && k != reactionBefore
}
