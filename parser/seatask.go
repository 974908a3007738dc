package parser

import "strings"

var (
	seatAsk   = table(daSeatAsk, enSeatAsk)
	seatPlace = table(daSeatPlace)
	seatGlue  = wordSet(daSeatGlue, enSeatGlue, daWorkshopWords, enWorkshopWords, daConnectors, enConnectors)
)

// seatRequest reports a sentence that only asks for a seat in the
// workshops it names ("Kan jeg få en plads på sundhed?", "May I join
// workshop 3?"): a registration the bot makes, as "Kan I tilmelde mig
// ...?" is, not a question for staff. Anything more in the sentence
// ("..., selvom jeg bor i Brøndby?") leaves it a question.
func seatRequest(t *text, s sentence, refs []ref) bool {
	if len(refs) == 0 {
		return false
	}
	hits := t.within(seatAsk, s.a, s.b)
	if len(hits) == 0 {
		return false
	}
	h := hits[0]
	return askOnly(t, s, h, func(tk token) bool { return inRefs(refs, tk.a) || seatGlue[tk.s] }) && refs[0].a >= h[1]
}

// askOnly reports whether sentence s holds nothing but the ask h: lead
// words before it, and after it only tokens that glue says belong to it.
func askOnly(t *text, s sentence, h []int, glue func(token) bool) bool {
	for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < h[0]; i++ {
		if !skipLead[t.toks[i].s] {
			return false
		}
	}
	for i := t.tokenAt(h[1]); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		if !glue(t.toks[i]) {
			return false
		}
	}
	return true
}

var (
	otherSeatAsk  = table(daOtherSeatAsk, enOtherSeatAsk)
	otherSeatGlue = wordSet(daOtherSeatGlue, enOtherSeatGlue)
)

// otherSeatRequest reports a sentence that only asks to put another
// person on the list ("Kan hun også blive skrevet på?", "Could she be
// registered as well?", "Kunne min kollega Jens Dahl også få en plads på
// 3?"): the bot adds her, no staff answer. Anything more ("..., selvom
// han ikke bor i Albertslund?", "..., eller er der fuldt?") leaves it a
// question.
func otherSeatRequest(t *text, s sentence, refs []ref) bool {
	hits := t.within(otherSeatAsk, s.a, s.b)
	if len(hits) == 0 {
		return false
	}
	return askOnly(t, s, hits[0], func(tk token) bool {
		return inRefs(refs, tk.a) || seatGlue[tk.s] || otherSeatGlue[tk.s] || tk.num >= 1 && tk.num <= 9
	})
}

// startsAt reports whether one of hits starts at a.
func startsAt(hits [][]int, a int) bool {
	for _, h := range hits {
		if h[0] == a {
			return true
		}
	}
	return false
}

var (
	tagAskWords = table(daTagAsk, enTagAsk)
	tagSender   = wordSet(daSenderWords, enSenderWords)
)

// tagAsk reports a sentence whose question is only a polite check put
// after the workshops it names ("Jeg vil gerne på 2 og 4 – er det okay?",
// "I'd like 2 and 4, is that ok?"): the workshops are chosen, not asked
// about.
func tagAsk(t *text, s sentence, refs []ref) bool {
	if len(refs) == 0 {
		return false
	}
	hits := t.within(tagAskWords, s.a, s.b)
	if len(hits) == 0 {
		return false
	}
	h := hits[len(hits)-1]
	if h[0] < refs[len(refs)-1].b || strings.Trim(t.fold[h[1]:s.b], " ?!.)") != "" {
		return false
	}
	// the sentence opens with the sender's wish or the workshops, not
	// with a question of its own ("Er workshop 2 for børn, er det ok?")
	i := t.pastLead(s.a, len(t.fold))
	return i < len(t.toks) && (tagSender[t.toks[i].s] || workshopWords[t.toks[i].s] || inRefs(refs, t.toks[i].a))
}

var smallTalk = table(daSmallTalk, enSmallTalk)

// smallTalkOnly reports a question that only greets ("Hej Anne, hvordan
// går det?", "Hi, how are you?"): nothing for staff to answer. Besides
// the greeting, at most a name or a greeting word may stand in it.
func smallTalkOnly(t *text, s sentence) bool {
	hits := t.within(smallTalk, s.a, s.b)
	if len(hits) == 0 {
		return false
	}
	h := hits[0]
	for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		tk := t.toks[i]
		if tk.a >= h[0] && tk.b <= h[1] {
			continue
		}
		if !tk.cap && !skipLead[tk.s] && !greetWords[tk.s] {
			return false
		}
	}
	return true
}

var greetWords = wordSet([]string{"hej", "hejsa", "kaere", "goddag", "hi", "hello", "dear", "hey", "med", "dig", "jer", "you", "all", "there"})
