package parser

import "strings"

var (
	nameCorrection      = table(daNameCorrection, enNameCorrection)
	nameCorrectionSound = wordSet(daNameCorrectionSound, enNameCorrectionSound)
	nameCorrectionWord  = wordSet(daNameCorrection, enNameCorrection, daNameCorrectionSound, enNameCorrectionSound)
)

// dropTakenBackNames reads the mail without the names its writer takes
// back in the same breath: "jeg hedder Lise Krogh øh nej undskyld Lise
// Krogsgaard" reads "jeg hedder Lise Krogsgaard", one person under the
// second name, whose choices, diet and phone the sentence gives. Another
// person after the correction ("Anna Berg, nej Mohammed Ali") is the
// writer changing her mind: the second replaces the first. The mail
// read is then a copy whose own words lack the name taken back; the mail
// staff see keeps them.
func (rd *reader) dropTakenBackNames() {
	own, ok := withoutTakenBack(rd.own)
	if !ok {
		return
	}
	m := *rd.m
	m.Own = own
	rd.m, rd.res.read = &m, &m
	rd.own = newText(own)
}

// withoutTakenBack returns t's words without the names taken back in
// them, and whether there were any.
func withoutTakenBack(t *text) (string, bool) {
	hits := t.all(nameCorrection)
	if len(hits) == 0 {
		return "", false
	}
	var b strings.Builder
	at := 0 // t.orig is in b up to here
	for _, h := range hits {
		from, to, ok := takenBackName(t, t.tokenAt(h[0]))
		if !ok || t.back.at(from) < at {
			continue
		}
		b.WriteString(t.orig[at:t.back.at(from)])
		at = t.back.at(to)
	}
	if at == 0 {
		return "", false
	}
	b.WriteString(t.orig[at:])
	return b.String(), true
}

// takenBackName reads a name taken back around the word of correction at
// token c: the folded span from the name taken back to the right one
// after it, the same name misspelt or another person, with nothing but
// words of correction and sounds ("øh", "komma") between them in one
// sentence; a new statement ("Eva Holt. Nej til
// fisk") or another person ("Peter Holm og Ane Holm (nej, vi er ikke i
// familie)") takes nothing back.
func takenBackName(t *text, c int) (from, to int, ok bool) {
	e := c // the name taken back ends before token e
	for e > 0 && nameCorrectionSound[t.toks[e-1].s] && !sentenceGap(t.gap(e-1, e)) {
		e--
	}
	if e == 0 || !t.toks[e-1].cap || sentenceGap(t.gap(e-1, e)) {
		return 0, 0, false
	}
	k := c // the right name starts at token k
	for k < len(t.toks) && nameCorrectionWord[t.toks[k].s] && !sentenceGap(t.gap(k-1, k)) {
		k++
	}
	if k >= len(t.toks) || sentenceGap(t.gap(k-1, k)) {
		return 0, 0, false
	}
	right, _ := nameAt(t, k)
	if right == "" {
		return 0, 0, false
	}
	for s := max(0, e-4); s < e; s++ { // the longest name that ends at e
		if wrong, n := nameAt(t, s); wrong != "" && s+n == e {
			return t.toks[s].a, t.toks[k].a, wrong != right
		}
	}
	return 0, 0, false
}

// sentenceGap reports a gap between words that ends a sentence or a line.
func sentenceGap(g string) bool {
	return strings.ContainsAny(g, ".!?\n")
}
