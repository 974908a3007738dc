package parser

import (
	"regexp"
	"slices"
	"strings"
)

// The language tables (lexicon_da.go, lexicon_en.go) are lists of phrases
// over folded text: lower case, æ ø å written ae oe aa, accents dropped. A
// phrase is a regular expression whose spaces match any run of white space
// (a phrase may wrap onto the next line), matched on word boundaries.

// phrases compiles lists of phrases into one matcher.
func phrases(lists ...[]string) *regexp.Regexp {
	var alts []string
	for _, l := range lists {
		for _, p := range l {
			alts = append(alts, strings.ReplaceAll(p, " ", `[\s\-]+`))
		}
	}
	return regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// matcher is a table of phrases with the literal words that every match
// must contain, so that a text holding none of them is passed over without
// running the regular expression (a long alternation is slow to run).
type matcher struct {
	*regexp.Regexp
	stems []string // nil: no cheap test, always run
	// alts are the phrases one by one: a short expression runs much faster
	// than a long alternation, and only where its words occur.
	alts []alt
}

// alt is one phrase with the words it cannot match without.
type alt struct {
	re    *regexp.Regexp
	stems []string // nil: always run
}

func table(lists ...[]string) *matcher {
	m := &matcher{Regexp: phrases(lists...)}
	all := true
	for _, l := range lists {
		for _, p := range l {
			a := alt{re: regexp.MustCompile(`(?:` + strings.ReplaceAll(p, " ", `[\s\-]+`) + `)\b`)}
			for _, part := range splitTop(p) {
				st := stemOf(part)
				if st == "" {
					a.stems = nil
					break
				}
				a.stems = append(a.stems, st)
			}
			all = all && a.stems != nil
			m.stems = append(m.stems, a.stems...)
			m.alts = append(m.alts, a)
		}
	}
	if !all {
		m.stems = nil
	}
	return m
}

// phraseHit is where phrase k of a table matched.
type phraseHit struct{ a, b, k int }

// findAll finds the phrases in s as the whole alternation would, leftmost
// first and, at one place, the phrase listed first.
func (m *matcher) findAll(s string) [][]int {
	var out [][]int
	for _, h := range m.findPhrases(s) {
		out = append(out, []int{h.a, h.b})
	}
	return out
}

// findPhrases is findAll telling which phrase matched.
func (m *matcher) findPhrases(s string) []phraseHit {
	type hit = phraseHit
	var hits []hit
	for k, a := range m.alts {
		if a.stems != nil && !containsAny(s, a.stems) {
			continue
		}
		for _, x := range a.re.FindAllStringIndex(s, -1) {
			// the word boundary in front is checked here, so that the
			// expression starts with its literal words and runs fast
			if x[0] == 0 || !wordByte(s[x[0]-1]) || !wordByte(s[x[0]]) {
				hits = append(hits, hit{x[0], x[1], k})
			}
		}
	}
	slices.SortFunc(hits, func(x, y hit) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.k - y.k
	})
	var out []hit
	end := -1
	for _, h := range hits {
		if h.a >= end {
			out = append(out, h)
			end = max(h.b, h.a+1)
		}
	}
	return out
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// stemOf returns the longest run of plain letters that every match of the
// phrase (one without a top-level "|") contains: outside any group, class
// or optional part; "" when there is none.
func stemOf(p string) string {
	best, depth := "", 0
	for i := 0; i < len(p); {
		switch c := p[i]; {
		case c == '(' || c == '[':
			depth++
			i++
		case c == ')' || c == ']':
			depth--
			i++
		case c == '\\':
			i += 2
		case depth == 0 && c >= 'a' && c <= 'z':
			j := i
			for j < len(p) && p[j] >= 'a' && p[j] <= 'z' {
				j++
			}
			run := p[i:j]
			if j < len(p) && strings.ContainsRune("?*{", rune(p[j])) {
				run = run[:len(run)-1] // the last letter is optional
			}
			if len(run) > len(best) {
				best = run
			}
			i = j
		default:
			i++
		}
	}
	if len(best) < 2 {
		return ""
	}
	return best
}

// splitTop splits a pattern at the bars outside groups.
func splitTop(p string) []string {
	var out []string
	depth, last := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case '\\':
			i++
		case '|':
			if depth == 0 {
				out = append(out, p[last:i])
				last = i + 1
			}
		}
	}
	return append(out, p[last:])
}

// mayMatch reports whether s holds one of the stems.
func (m *matcher) mayMatch(s string) bool {
	if m.stems == nil {
		return true
	}
	for _, st := range m.stems {
		if strings.Contains(s, st) {
			return true
		}
	}
	return false
}

func (m *matcher) MatchString(s string) bool { return len(m.findPhrases(s)) > 0 }

// wordByte is what \b counts as part of a word.
func wordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func (m *matcher) FindAllString(s string, _ int) []string {
	var out []string
	for _, x := range m.findAll(s) {
		out = append(out, s[x[0]:x[1]])
	}
	return out
}

func (m *matcher) FindAllStringIndex(s string, _ int) [][]int { return m.findAll(s) }

// lexicon holds every table compiled once.
var lex = struct {
	register, registerNot, cancel, maybe, update, substitute, conditional            *matcher
	decide, noPref, both, contribute, attachment, forward, replyTo, spam, newsletter *matcher
	first, second, noSecond, context, botRequest, question, onBehalf, stillComing    *matcher
	switchboard, ownPhone, otherPhone, signOff                                       *matcher
}{
	register:    table(daRegister, enRegister),
	registerNot: table(daRegisterNot, enRegisterNot),
	cancel:      table(daCancel, enCancel),
	maybe:       table(daMaybe, enMaybe),
	update:      table(daUpdate, enUpdate),
	substitute:  table(daSubstitute, enSubstitute),
	conditional: table(daConditional, enConditional),
	decide:      table(daDecide, enDecide),
	noPref:      table(daNoPreference, enNoPreference),
	both:        table(daBoth, enBoth),
	contribute:  table(daContribute, enContribute),
	attachment:  table(daAttachment, enAttachment),
	forward:     table(daForward, enForward),
	replyTo:     table(daReplyTo, enReplyTo),
	spam:        table(daSpam, enSpam),
	newsletter:  table(daNewsletter, enNewsletter),
	first:       table(daFirst, enFirst),
	second:      table(daSecond, enSecond),
	noSecond:    table(daNoSecond, enNoSecond),
	context:     table(daContext, enContext),
	botRequest:  table(daBotRequest, enBotRequest),
	question:    table(daQuestion, enQuestion),
	onBehalf:    table(daOnBehalf, enOnBehalf),
	stillComing: table(daStillComing, enStillComing),
	switchboard: table(daSwitchboard, enSwitchboard),
	ownPhone:    table(daOwnPhone, enOwnPhone),
	otherPhone:  table(daOtherPhone, enOtherPhone),
	signOff:     table(daSignOff, enSignOff),
}

// dietWords holds every phrase about food, in order: "nothing special"
// first, then "allergic to", then the tag tables, so that at one place the
// phrase listed first wins ("vegetar, men spiser fisk" before "vegetar").
// dietKinds[k] says what phrase k means: "none", "allergy" or a tag.
var dietWords, dietKinds = func() (*matcher, []string) {
	var lists [][]string
	var kinds []string
	add := func(ps []string, kind string) {
		lists = append(lists, ps)
		for range ps {
			kinds = append(kinds, kind)
		}
	}
	add(daDietNone, "none")
	add(enDietNone, "none")
	add(daAllergy, "allergy")
	add(enAllergy, "allergy")
	for _, t := range [][][2]string{daDiet, enDiet} {
		for _, e := range t {
			add([]string{e[0]}, e[1])
		}
	}
	return table(lists...), kinds
}()

// allergenRule maps what someone is allergic to onto a tag.
type allergenRule struct {
	re  *regexp.Regexp
	tag string
}

// allergenTable: anything not in it is "other".
var allergenTable = func() []allergenRule {
	var out []allergenRule
	for _, t := range [][][2]string{daAllergens, enAllergens} {
		for _, e := range t {
			out = append(out, allergenRule{phrases([]string{e[0]}), e[1]})
		}
	}
	return out
}()
