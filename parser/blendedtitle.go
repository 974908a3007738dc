package parser

import "strings"

// checkBlendedTitle: one choice written with the words of two workshops'
// titles. The sender half remembers a title and draws on two; which she
// means is for staff to ask, not a first and a second to take. Three
// shapes, read in one pass over each sentence's workshops:
//   - two title words joined by "og"/"and" where the mail names ONE
//     workshop ("workshoppen om trivsel og tryghed", a quoted title, a
//     line labelled with one priority, "har ikke nogen anden prioritet");
//   - two title words side by side with nothing between them
//     ("uddannelse opkvalificering");
//   - a chosen title word with, right beside it, a piece of another
//     workshop's title ("livs trivsel": "livs" of "livschancer").
func checkBlendedTitle(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	// the joined shape needs something that names one workshop: a quoted
	// title, "workshoppen om", "kun den", a priority's label
	one := len(v.r.Attendees) == 1 && (v.first(lex.noSecond) != nil || v.first(gateLex.onlyOne) != nil)
	named := one || strings.Count(t.fold, `"`) >= 2 || strings.Count(t.fold, `'`) >= 2 || v.first(gateLex.oneWorkshop) != nil
	labels := !named && hasRankLabelColon(t.fold)
	for k, s := range t.sents() {
		refs := v.refsAt(k)
		// with only a priority's label to go by, its colon stands on the
		// sentence's line
		joinedOne := named || labels && strings.Contains(t.fold[lineStart(t.fold, s.a):s.b], ":")
		for i, r := range refs {
			if r.kind != byName {
				continue
			}
			if i > 0 && refs[i-1].kind == byName && refs[i-1].ws != r.ws {
				r1 := refs[i-1]
				gap := t.fold[r1.b:r.a]
				if joinedOne && titleJoint(gap) && (one || v.namesOne(s, r1) || labelledOne(t, r1, r) ||
					quoted(t.fold[s.a:s.b], r1.a-s.a, r.b-s.a) || singleQuoted(t.fold[s.a:s.b], r1.a-s.a, r.b-s.a)) {
					return review("%q names one workshop, but its words belong to workshops %d and %d: which is meant?", v.quote(r1.a, r.b), r1.ws, r.ws)
				}
				if r.a > r1.b && strings.Trim(gap, " \t") == "" && !strings.Contains(gap, "\n") {
					return review("%q runs words of workshops %d and %d together as one choice: which is meant?", v.quote(r1.a, r.b), r1.ws, r.ws)
				}
			}
			if v.chosen[r.ws] {
				if vd := v.fragmentBeside(refs, r); vd.reason != "" {
					return vd
				}
			}
		}
	}
	return verdict{}
}

// fragmentBeside reads the word right before and right after r for a piece
// of another workshop's title ("livs" beside "trivsel").
func (v *gateView) fragmentBeside(refs []ref, r ref) verdict {
	t := v.t
	for _, i := range []int{r.i - 1, r.j} {
		if i < 0 || i >= len(t.toks) || coveredByRef(refs, i) {
			continue
		}
		tk := t.toks[i]
		gap := t.fold[min(tk.b, r.b):max(tk.a, r.a)]
		if gap != " " && gap != "-" {
			continue
		}
		if other := titleFragmentOf(v.rd.cat, tk.s, r.ws); other != 0 {
			return review("%q draws on the titles of workshops %d and %d: which is meant?", v.quote(min(tk.a, r.a), max(tk.b, r.b)), r.ws, other)
		}
	}
	return verdict{}
}

// minTitleFragment is the shortest piece of a title word taken as that
// word cut short ("livs" of "livschancer"); shorter ones are common words.
const minTitleFragment = 4

// coveredByRef reports whether token i is part of one of refs.
func coveredByRef(refs []ref, i int) bool {
	for _, r := range refs {
		if r.i <= i && i < r.j {
			return true
		}
	}
	return false
}

// titleFragmentOf returns the workshop other than ws whose title or alias
// has a word that w begins without being it ("livs" of "livschancer"), or
// is one word of a title of several ("life" of "life chances", however
// common the word), 0 when there is none, or when w also begins a word of
// ws itself ("sundheds" beside "trivsel" is still workshop 2).
func titleFragmentOf(c *catalog, w string, ws int) int {
	if len(w) < minTitleFragment {
		return 0
	}
	common := daWords[w] || enWords[w]
	found := 0
	for _, title := range c.titles { // folded once an event, not once a word
		words := title.words
		for _, tw := range words {
			if title.ws == ws && (strings.HasPrefix(tw, w) || strings.HasPrefix(w, tw)) {
				return 0
			}
			if title.ws != ws && (!common && len(tw) > len(w) && strings.HasPrefix(tw, w) || len(words) > 1 && tw == w) {
				found = title.ws
			}
		}
	}
	return found
}
