package parser

import (
	"slices"
	"strings"
)

// What stands before a clause's subject and is none: a topic label
// ("Kost: jeg er vegetar"), an opener that puts the Danish verb first
// ("Til gengæld tåler jeg ikke laktose"), and a frame in which the writer
// reports a statement about someone else ("Jeg glemte at skrive, at Emil
// har nøddeallergi").

var (
	topicLabels  = wordSet(daTopicLabels, enTopicLabels)
	invertVerbs  = wordSet(daInvertVerbs)
	reportVerbs  = wordSet(daReportVerbs, enReportVerbs)
	invertLeads  = slices.Concat(daInvertLeads, enInvertLeads)
	invertFirst  = firstWords(invertLeads)
	reportThat   = wordSet([]string{"at", "that"})
	ownerPronoun = wordSet([]string{"min", "mit", "mine", "mig", "os", "my", "me", "us"})
)

// topicLabelEnd returns the token after a topic label that opens a clause
// ("Kost:", "Mad og allergier:", "Food:"): one to three words, one of them a
// topic, then a colon. from when the clause opens with none.
func topicLabelEnd(t *text, from, to int) int {
	if from+1 >= to || !t.toks[from].is(classTopicLabel) && !t.toks[from+1].is(classTopicLabel) &&
		(from+2 >= to || !t.toks[from+2].is(classTopicLabel)) {
		return from // most clauses: no topic word at all
	}
	topic := false
	for k := from; k+1 < to && k <= from+2; k++ {
		tk := t.toks[k]
		if tk.num >= 0 || isSubjectWord(tk.s, true) {
			return from
		}
		topic = topic || tk.is(classTopicLabel)
		g := t.gap(k, k+1)
		if strings.Contains(g, ":") {
			if topic {
				return k + 1
			}
			return from
		}
		if strings.TrimSpace(g) != "" {
			return from
		}
	}
	return from
}

// isSubjectWord reports a pronoun or group word that may be a clause's
// subject, the English ones too when en ("i" is a Danish preposition).
func isSubjectWord(w string, en bool) bool {
	_, da := daSubjects[w]
	_, eng := enSubjects[w]
	return (da || en && eng) && !ownerPronoun[w]
}

// invertedAfterLead returns the subject pronoun after an opener and, in
// Danish, its verb ("Og så er jeg vegetar", "Til gengæld tåler jeg ikke
// laktose", "And then I ..."): token i is the first after the words
// skipped before it; -1 when no such subject follows.
func invertedAfterLead(t *text, from, i, to int, en bool) int {
	k := i
	if n := invertLeadAt(t, i, to); n > 0 {
		k += n
	} else if i == from || !skipLead[t.toks[i-1].s] {
		return -1
	}
	if k < to && invertVerbs[t.toks[k].s] && t.gap(k, k+1) == " " {
		k++
	}
	if k == i || k >= to || !isSubjectWord(t.toks[k].s, en) {
		return -1
	}
	return k
}

// invertLeadAt returns the length of the opener at token i, 0 if none.
func invertLeadAt(t *text, i, to int) int {
	if !t.toks[i].is(classInvertFirst) {
		return 0
	}
	for _, p := range invertLeads {
		if i+len(p) > to || t.toks[i].s != p[0] {
			continue
		}
		n := 1
		for n < len(p) && t.toks[i+n].s == p[n] && strings.TrimSpace(t.gap(i+n-1, i+n)) == "" {
			n++
		}
		if n == len(p) {
			return n
		}
	}
	return 0
}

// reportedAt returns the first token of the statement a frame of the
// writer's reports ("Jeg glemte at skrive sidst, at Emil ...", "Jeg skal
// lige nævne: min søn ...", "I forgot to mention that Emil ..."): the
// subject at token i, a verb of telling after it, then "at", "that" or a
// colon. -1 when there is none.
func reportedAt(t *text, i, to int) int {
	told := false
	for k := i + 1; k+1 < to && k <= i+10; k++ {
		w := t.toks[k].s
		if t.toks[k].is(classReportVerb) {
			told = true
		}
		if !told {
			continue
		}
		if strings.Contains(t.gap(k, k+1), ":") {
			return k + 1
		}
		if reportThat[w] && k > i+1 && !t.toks[k+1].is(classReportVerb) && t.toks[k+1].s != "to" {
			return k + 1 // "at skrive", "to mention" name the telling itself
		}
	}
	return -1
}

// firstWords is the set of the first words of phrases.
func firstWords(ps [][]string) map[string]bool {
	m := map[string]bool{}
	for _, p := range ps {
		m[p[0]] = true
	}
	return m
}
