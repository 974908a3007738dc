package parser

import (
	"regexp"
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
}

func table(lists ...[]string) *matcher {
	m := &matcher{Regexp: phrases(lists...)}
	for _, l := range lists {
		for _, p := range l {
			for _, part := range splitTop(p) {
				st := stemOf(part)
				if st == "" {
					m.stems = nil
					return m
				}
				m.stems = append(m.stems, st)
			}
		}
	}
	return m
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

func (m *matcher) MatchString(s string) bool { return m.mayMatch(s) && m.Regexp.MatchString(s) }

func (m *matcher) FindAllString(s string, n int) []string {
	if !m.mayMatch(s) {
		return nil
	}
	return m.Regexp.FindAllString(s, n)
}

func (m *matcher) FindAllStringIndex(s string, n int) [][]int {
	if !m.mayMatch(s) {
		return nil
	}
	return m.Regexp.FindAllStringIndex(s, n)
}

// lexicon holds every table compiled once.
var lex = struct {
	register, registerNot, cancel, maybe, update, substitute, conditional            *matcher
	decide, noPref, both, contribute, attachment, forward, replyTo, spam, newsletter *matcher
	first, second, noSecond, negation, context, botRequest, question                 *matcher
	dietNone, dietNeg, allergy, onBehalf, stillComing                                *matcher
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
	negation:    table(daNegation, enNegation),
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

// dietAny matches any words about food, one alternative per rule, in order:
// "nothing special" first, then "allergic to", then the tag tables, so that
// at one place the longer reading wins ("vegetar, men spiser fisk").
// dietKinds[g] says what the alternative whose group is g means: "none",
// "allergy" or a tag; the groups inside an alternative map to "".
var dietAny, dietKinds = func() (*regexp.Regexp, []string) {
	var alts []string
	kinds := []string{""}
	add := func(p, kind string) {
		p = "(" + strings.ReplaceAll(p, " ", `[\s\-]+`) + ")"
		alts = append(alts, p)
		kinds = append(kinds, kind)
		for range regexp.MustCompile(p).NumSubexp() - 1 {
			kinds = append(kinds, "")
		}
	}
	for _, l := range [][]string{daDietNone, enDietNone} {
		for _, p := range l {
			add(p, "none")
		}
	}
	for _, l := range [][]string{daAllergy, enAllergy} {
		for _, p := range l {
			add(p, "allergy")
		}
	}
	for _, t := range [][][2]string{daDiet, enDiet} {
		for _, e := range t {
			add(e[0], e[1])
		}
	}
	return regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`), kinds
}()

// dietPrefilter holds the literal parts of every diet phrase, to pass over
// lines that speak of no food without running dietAny.
var dietPrefilter = func() *matcher {
	var ps []string
	for _, t := range [][][2]string{daDiet, enDiet} {
		for _, e := range t {
			ps = append(ps, e[0])
		}
	}
	return table(ps, daDietNone, enDietNone, daAllergy, enAllergy)
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
