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
	dietNone:    phrases(daDietNone, enDietNone),
	dietNeg:     phrases(daDietNeg, enDietNeg),
	allergy:     phrases(daAllergy, enAllergy),
	onBehalf:    phrases(daOnBehalf, enOnBehalf),
	stillComing: phrases(daStillComing, enStillComing),
	switchboard: phrases(daSwitchboard, enSwitchboard),
	ownPhone:    phrases(daOwnPhone, enOwnPhone),
	otherPhone:  phrases(daOtherPhone, enOtherPhone),
	signOff:     phrases(daSignOff, enSignOff),
}

// dietRule maps words about food to a tag.
type dietRule struct {
	re  *regexp.Regexp
	tag string
}

func dietRules(tables ...[][2]string) []dietRule {
	var out []dietRule
	for _, t := range tables {
		for _, e := range t {
			out = append(out, dietRule{phrases([]string{e[0]}), e[1]})
		}
	}
	return out
}

var dietTable = dietRules(daDiet, enDiet)

// allergens maps what one is allergic to onto a tag; others are "other".
var allergenTable = dietRules(daAllergens, enAllergens)
