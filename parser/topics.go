package parser

import (
	"regexp"
	"slices"
	"strings"
)

// topicPointer: the words that point at a workshop by its subject, right
// before a topic word ("den om arbejde", "workshop helbred", "the one
// about work", "Workshop: skolen").
var topicPointer = regexp.MustCompile(`(?:\b(?:` + strings.Join(slices.Concat(daTopicPointers, enTopicPointers), "|") + `)\s*:?|\bws\.?\s*:?)\s*$`)

// topicChain: what joins a topic word to the workshop named just before
// it ("helbred, og så naboer", "health first, then school").
var topicChain = regexp.MustCompile(`^[\s,/&+]*(?:(?:` + strings.Join(slices.Concat(daTopicChain, enTopicChain), "|") + `)[\s,]*)*$`)

// topicRefs finds workshops named by a topic word (tilmeld.Workshop.Topics)
// where the sender points at a workshop with it: after a pointing phrase,
// at the head of a person's line ("Sadia Q.: helbred"), joined to a
// workshop named just before it, or joined to one right after it
// (pairedTopic). A topic word elsewhere ("jeg kommer fra arbejde") names
// nothing.
func (c *catalog) topicRefs(t *text, s sentence, from, to, head int, named []ref) []ref {
	if len(c.topics) == 0 {
		return nil
	}
	var out []ref
	last := -1 // where the workshop named last ends
	for i := from; i < to; i++ {
		tk := t.toks[i]
		for _, r := range named {
			if r.b <= tk.a {
				last = max(last, r.b)
			}
		}
		ws := c.topicAt(tk.s)
		if ws == 0 || inRefs(named, tk.a) {
			continue
		}
		pointed := tk.a == head || wishedTopic(t, from, i) || topicPointer.MatchString(t.fold[s.a:tk.a]) ||
			last >= s.a && topicChain.MatchString(t.fold[last:tk.a]) || namesWorkshopAfter(t, i, to) || pointedPair(t, s, from, i) || rankedTopic(t, s, i) ||
			c.pairedTopic(t, i, to, ws, named)
		if !pointed {
			continue
		}
		r := ref{ws: ws, kind: byName, i: i, j: i + 1, a: tk.a, b: tk.b}
		out = append(out, r)
		named = append(named, r)
		last = tk.b
	}
	return out
}

// pointedPair reports a topic word at token i that ends a pair of
// subjects a pointing phrase opens ("den om de unge og skolen", "the one
// about kids and school"): the pointer reaches over the first subject, a
// few plain words, to the topic word after "og"/"and".
func pointedPair(t *text, s sentence, from, i int) bool {
	k := i - 1
	if k <= from || !andWords[t.toks[k].s] || t.gap(k, i) != " " {
		return false
	}
	for j := k - 1; j >= from && j >= k-3; j-- {
		if w := t.toks[j].s; connectors[w] || negators[w] || t.gap(j, j+1) != " " {
			return false
		}
		if wishedTopic(t, from, j) || topicPointer.MatchString(t.fold[s.a:t.toks[j].a]) {
			return true
		}
	}
	return false
}

// wishedTopic reports a topic word at token i after a verb of interest
// and its preposition (topicWishes), a filler between allowed ("høre
// lidt om arbejde", "interested in school").
func wishedTopic(t *text, from, i int) bool {
	k := i - 1
	if k <= from || !topicWishPreps[t.toks[k].s] {
		return false
	}
	// "interesseret i", "interest in": a state of interest takes these;
	// a verb takes "om"/"about" ("høre i radioen" hears nothing of it)
	state := t.toks[k].s == "i" || t.toks[k].s == "in" || t.toks[k].s == "for"
	k--
	if topicWishFillers[t.toks[k].s] && k > from {
		k--
	}
	w := t.toks[k].s
	if !topicWishes[w] && k > from && topicWishes[t.toks[k-1].s+" "+w] {
		w = t.toks[k-1].s // "interesserer mig for"
	}
	return topicWishes[w] && !state || (topicWishes[w] || w == "interesserer") && strings.HasPrefix(w, "interes")
}

// topicWishes, topicWishPreps and topicWishFillers: see daTopicWishes.
var (
	topicWishes      = wordSet(daTopicWishes, enTopicWishes)
	topicWishPreps   = wordSet(daTopicWishPreps, enTopicWishPreps)
	topicWishFillers = wordSet(daTopicWishFillers, enTopicWishFillers)
)

// topicNouns name a workshop right after a topic word ("the skills
// workshop", "skole-workshoppen").
var topicNouns = slices.Concat(daTopicNouns, enTopicNouns)

// namesWorkshopAfter reports a topic word at token i that a word for a
// workshop follows, a space or a hyphen apart, before token to.
func namesWorkshopAfter(t *text, i, to int) bool {
	if i+1 >= to {
		return false
	}
	gap := t.fold[t.toks[i].b:t.toks[i+1].a]
	return (gap == " " || gap == "-") && slices.Contains(topicNouns, t.toks[i+1].s)
}

// topicAt returns the workshop a word is a topic word of, 0 when none or
// when two workshops share it.
func (c *catalog) topicAt(w string) int {
	if w == "" || !c.topicLead[w[0]] {
		return 0
	}
	ws := 0
	for _, p := range c.topics {
		if len(p.words) == 1 && wordMatches(w, p.words[0]) {
			if ws != 0 && ws != p.ws {
				return 0
			}
			ws = p.ws
		}
	}
	return ws
}

// pairedTopic reports the topic word at token i, of workshop ws, joined by
// "og", "/", "&", a comma or "og så" to the word of another workshop
// right after it ("helbred og arbejde", "arbejde/sundhed"): two subjects
// side by side, as a 1st and a 2nd choice are written, point at the
// workshops, where one alone ("jeg kommer fra arbejde") does not; so do
// two words of one workshop side by side ("work and skills"). The
// choice's cue is still asked for as of any workshop named by a word.
func (c *catalog) pairedTopic(t *text, i, to, ws int, named []ref) bool {
	for k := i + 1; k < to && k <= i+3; k++ {
		g := t.fold[t.toks[i].b:t.toks[k].a]
		if !topicChain.MatchString(g) {
			return false
		}
		if strings.TrimSpace(g) == "" {
			continue // the joining word itself ("og")
		}
		// two words of one subject name it as its title does ("work and
		// skills", "arbejde og job"): the pair points at it as well
		if other := c.topicAt(t.toks[k].s); other != 0 {
			return true
		}
		for _, r := range named {
			if r.a == t.toks[k].a && r.kind == byName {
				return true
			}
		}
		// "helbred og så arbejde": the joining words run on
	}
	return false
}
