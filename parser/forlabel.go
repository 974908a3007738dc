package parser

import "strings"

var labelFor = wordSet(daLabelFor, enLabelFor)

// forLabel reports a clause that opens with a label saying for whom its
// choices are ("For mig:", "For Milica P.:", "For me:"): token i is the
// "for", and a colon closes the label within a name's length.
func forLabel(t *text, i, to int) bool {
	if !t.toks[i].is(classLabelFor) {
		return false
	}
	for k := i + 1; k < to && k <= i+4; k++ {
		if g := t.gap(k, k+1); strings.Contains(g, ":") {
			return true
		} else if strings.TrimSpace(strings.Trim(g, ".")) != "" {
			return false
		}
	}
	return false
}

// labelThenPair reports the first number of "<label>: 2 og så 1", "Ann: 2
// and then 1" at token i: "så", "then" mark the second choice, so the
// number the label's colon opens with is the first.
func labelThenPair(t *text, i, to int) bool {
	if i == 0 || !strings.Contains(t.gap(i-1, i), ":") || len(t.toks[i].s) != 1 {
		return false
	}
	k := i + 1
	if k < to && connectors[t.toks[k].s] {
		k++
	}
	return k+1 < to && thenWords[t.toks[k].s] && t.toks[k+1].num > 0 && len(t.toks[k+1].s) == 1
}

var choiceLabels = wordSet(daChoiceLabels, enChoiceLabels)

var labelLinks = wordSet(daLabelLinks, enLabelLinks)

// choiceLabelAt reports a label of choices right before token i, with its
// colon or its verb ("Ønsker: 2 og 3", "Choices: 4", "mine ønsker er 4 og
// 1", "my choices are 2 and 3").
func choiceLabelAt(t *text, from, i int) bool {
	if i > from && choiceLabels[t.toks[i-1].s] && strings.Contains(t.gap(i-1, i), ":") && looseGap(t.gap(i-1, i)) {
		return true
	}
	return i > from+1 && labelLinks[t.toks[i-1].s] && choiceLabels[t.toks[i-2].s] && t.gap(i-2, i-1) == " " && t.gap(i-1, i) == " "
}
