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

// lexicon holds every table compiled once.
var lex = struct {
	register, registerNot, cancel, maybe, update, substitute, conditional    *regexp.Regexp
	decide, both, contribute, attachment, forward, replyTo, spam, newsletter *regexp.Regexp
	first, second, noSecond, negation, context, botRequest, question         *regexp.Regexp
	dietNone, dietNeg, allergy, onBehalf, stillComing                        *regexp.Regexp
	switchboard, ownPhone, otherPhone, signOff                               *regexp.Regexp
}{
	register:    phrases(daRegister, enRegister),
	registerNot: phrases(daRegisterNot, enRegisterNot),
	cancel:      phrases(daCancel, enCancel),
	maybe:       phrases(daMaybe, enMaybe),
	update:      phrases(daUpdate, enUpdate),
	substitute:  phrases(daSubstitute, enSubstitute),
	conditional: phrases(daConditional, enConditional),
	decide:      phrases(daDecide, enDecide),
	both:        phrases(daBoth, enBoth),
	contribute:  phrases(daContribute, enContribute),
	attachment:  phrases(daAttachment, enAttachment),
	forward:     phrases(daForward, enForward),
	replyTo:     phrases(daReplyTo, enReplyTo),
	spam:        phrases(daSpam, enSpam),
	newsletter:  phrases(daNewsletter, enNewsletter),
	first:       phrases(daFirst, enFirst),
	second:      phrases(daSecond, enSecond),
	noSecond:    phrases(daNoSecond, enNoSecond),
	negation:    phrases(daNegation, enNegation),
	context:     phrases(daContext, enContext),
	botRequest:  phrases(daBotRequest, enBotRequest),
	question:    phrases(daQuestion, enQuestion),
	onBehalf:    phrases(daOnBehalf, enOnBehalf),
	stillComing: phrases(daStillComing, enStillComing),
	switchboard: phrases(daSwitchboard, enSwitchboard),
	ownPhone:    phrases(daOwnPhone, enOwnPhone),
	otherPhone:  phrases(daOtherPhone, enOtherPhone),
	signOff:     phrases(daSignOff, enSignOff),
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
