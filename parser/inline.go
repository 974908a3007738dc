package parser

import (
	"regexp"
	"strings"

	"tilmeld"
)

// inlineOwn reads answers written between the quoted lines of the bot's
// own question ("> 1. prioritet (nummer 1-4):" and "3" under it): each
// answer is read with the question line it stands under, as "1. prioritet:
// 3". It returns own with those answers so joined, or "" when the mail
// answers no such question. Only the bot's own mail is trusted so.
func inlineOwn(m *Mail, ev *tilmeld.Event) string {
	if !quotesBot(m, ev) {
		return ""
	}
	var answers, joined []string
	question := ""
	for _, line := range strings.Split(m.Body, "\n") {
		l := strings.TrimSpace(line)
		switch {
		case l == "" || l == ">":
			continue
		case strings.HasPrefix(l, ">"):
			question = strings.TrimSpace(strings.TrimLeft(l, "> "))
			continue
		}
		if q := question; q != "" && rankQuestion(q) && len(strings.Fields(l)) <= 6 {
			answers = append(answers, l)
			joined = append(joined, strings.TrimSpace(parenthesis.ReplaceAllString(q, ""))+" "+l)
		} else if q != "" && numbersOnly(l) && workshopQuestion(q) {
			// "2" under "Hvilken workshop vil du helst deltage i ...?"
			answers = append(answers, l)
			joined = append(joined, "workshop "+l)
		}
		question = ""
	}
	if len(answers) == 0 {
		return ""
	}
	lines := strings.Split(m.Own, "\n")
	done := 0
	for k := 0; k < len(lines) && done < len(answers); k++ {
		if strings.TrimSpace(lines[k]) == answers[done] {
			lines[k] = joined[done]
			done++
		}
	}
	if done != len(answers) {
		return ""
	}
	return strings.Join(lines, "\n")
}

var parenthesis = regexp.MustCompile(`\s*\([^)]*\)`)

// rankQuestion reports a quoted line that asks for one priority and waits
// for the answer below it, the rank first ("1. prioritet (nummer 1-4):",
// "2nd choice?"). A line that asks for both ("vælg en 1. og en 2.
// prioritet:") joins nothing: the answer's own order ranks it.
func rankQuestion(q string) bool {
	if !strings.HasSuffix(q, ":") && !strings.HasSuffix(q, "?") {
		return false
	}
	t := newText(strings.TrimLeft(q, "-*• "))
	first, second := t.all(lex.first), t.all(lex.second)
	opens := func(hits [][]int) bool { return len(hits) > 0 && hits[0][0] == 0 }
	return opens(first) && len(second) == 0 || opens(second) && len(first) == 0
}

// quotesBot reports a quote whose header, above its first quoted line,
// names the event's own address from the configuration ("... skrev
// Albertslund Boligsociale Center <abc@bo-vest.dk>:", "Fra: ..."): the
// bot's own mail, whose words are trusted context.
func quotesBot(m *Mail, ev *tilmeld.Event) bool {
	if ev == nil || ev.Address == "" || !isReply(m) {
		return false
	}
	addr := strings.ToLower(ev.Address)
	// the top lines only: a long thread is not split whole for them
	k := 0
	for line := range strings.SplitSeq(m.Quoted, "\n") {
		if k == 8 || strings.HasPrefix(strings.TrimSpace(line), ">") {
			return false
		}
		if strings.Contains(strings.ToLower(line), addr) {
			return true
		}
		k++
	}
	return false
}

// workshopQuestion reports a quoted line that asks which workshop ("-
// Hvilken workshop vil du helst deltage i (1. prioritet), og hvilken som
// nummer to (2. prioritet)?", "Which workshop would you like most ...?").
func workshopQuestion(q string) bool {
	if !strings.HasSuffix(q, "?") {
		return false
	}
	f := strings.ToLower(strings.TrimLeft(q, "-*• "))
	return strings.HasPrefix(f, "hvilken workshop") || strings.HasPrefix(f, "which workshop")
}

// numbersOnly reports an answer of workshop numbers and the words that
// join them ("2", "4, ellers 1", "3 og 1"), a number first.
func numbersOnly(l string) bool {
	if l == "" || l[0] < '1' || l[0] > '9' {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(l), func(r rune) bool { return strings.ContainsRune(" ,.&+/-", r) }) {
		if len(w) == 1 && w[0] >= '1' && w[0] <= '9' {
			continue
		}
		switch w {
		case "og", "and", "eller", "or", "ellers", "otherwise", "then", "derefter", "saa", "så", "evt":
			continue
		}
		return false
	}
	return true
}
