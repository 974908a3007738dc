package parser

import "strings"

// strikeHit returns the verb in clause c that asks staff to strike
// someone off by name ("I må gerne slette Bo", "Kan I fjerne Bo Holm fra
// listen?", "Please remove Bo", "Could you take Bo off the list?") or says
// the one named is to be struck off ("Bo skal slettes fra listen"): a
// withdrawal of the one named, read like "afmeld Bo". Nothing but the
// list, the registration or a courtesy may follow the names, or the verb
// strikes something else ("fjern Bos vegetar", "slet Bo fra workshop 3");
// a "not" before the verb denies it. nil when there is none.
func strikeHit(t *text, c clause) []int {
	hits := t.within(strikeVerbs, c.a, c.b)
	if len(hits) == 0 {
		return nil
	}
	h := hits[0]
	passive := t.has(strikePassive, h[0], h[1])
	v := t.tokenAt(h[0])
	for i := t.tokenAt(c.a); i < v; i++ {
		if strikeDenied[t.toks[i].s] {
			return nil
		}
	}
	end := t.tokenAt(c.b)
	after := t.tokenAt(h[1])
	var tail int
	if passive {
		// "Bo skal slettes": the names open the clause
		i := t.tokenAt(c.a)
		for i < v && skipLead[t.toks[i].s] {
			i++
		}
		n := strikeNames(t, i, v)
		if n == 0 || !strikeModal(t, i+n, v) {
			return nil
		}
		tail = after
	} else {
		i := after
		for i < end && politeFill[t.toks[i].s] {
			i++
		}
		n := strikeNames(t, i, end)
		if n == 0 {
			return nil
		}
		tail = i + n
	}
	offNeeded := strikeOffVerbs[t.toks[v].s]
	for i := tail; i < end; i++ {
		if strings.ContainsAny(t.gap(i-1, i), ",;") {
			break // "slet Bo, men behold mig": another clause
		}
		w := t.toks[i].s
		if !strikeTail[w] {
			return nil
		}
		if strikeOff[w] {
			offNeeded = false
		}
	}
	if offNeeded {
		return nil // "take Bo to the meeting"
	}
	return h
}

// strikeNames returns how many tokens from i on, before end, name people:
// names written with a capital, joined by "og", "and" or a comma, and
// "mig", "me" among them ("slet Bo og mig"), or a relation of the
// sender's ("min mand", "my husband Bo"). 0 when the first is no name.
func strikeNames(t *text, i, end int) int {
	from := i
	kin := i+1 < end && owners[t.toks[i].s] && relations[t.toks[i+1].s]
	if kin {
		i += 2
	}
	for i < end {
		switch {
		case nameWord(t, i):
			i++
			continue
		case i > from && andWords[t.toks[i].s] && i+1 < end && (nameWord(t, i+1) || selfObject[t.toks[i+1].s]):
			i++
			continue
		case i > from && selfObject[t.toks[i].s] && andWords[t.toks[i-1].s]:
			i++
			continue
		}
		break
	}
	if i == from || !kin && !nameWord(t, from) {
		return 0
	}
	return i - from
}

// strikeModal reports that tokens [i, v) are a modal and courtesies only
// ("skal", "må gerne", "should be").
func strikeModal(t *text, i, v int) bool {
	if i >= v || !strikeModals[t.toks[i].s] {
		return false
	}
	for i++; i < v; i++ {
		if w := t.toks[i].s; !politeFill[w] && !strikeModals[w] {
			return false
		}
	}
	return true
}

var (
	strikeVerbs    = table(daStrikeVerbs, enStrikeVerbs, daStrikePassive, enStrikePassive)
	strikePassive  = table(daStrikePassive, enStrikePassive)
	strikeTail     = wordSet(daStrikeTail, enStrikeTail)
	strikeOff      = wordSet([]string{"off", "out"})
	strikeOffVerbs = wordSet([]string{"take", "cross", "strike"})
	strikeModals   = wordSet(daStrikeModals, enStrikeModals)
	strikeDenied   = wordSet(daStrikeDenied, enStrikeDenied)
)
