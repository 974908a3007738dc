package parser

import "tilmeld"

// selfCorrection takes back what was just written ("sorry, I meant 4",
// "actually no, make that 3", "jeg mente 4").
var selfCorrection = table(daGateSelfCorrection, enGateSelfCorrection)

// checkSelfCorrection: the sender corrects herself in the mail and names
// a workshop nobody got: the reading kept what she took back.
func checkSelfCorrection(v *gateView) verdict {
	if !v.changes() || v.first(selfCorrection) == nil {
		return verdict{}
	}
	t := v.t
	from := v.first(selfCorrection)[0]
	if v.r.Intent == tilmeld.IntentRegister && v.keptTakenBack(from) {
		return review("the sender corrects herself (%q), and the reading keeps or guesses what she took back", v.quote(from, v.first(selfCorrection)[1]))
	}
	blocked := blockedSpans(t, v.ev)
	for i := t.tokenAt(from); i < len(t.toks); i++ {
		tk := t.toks[i]
		// "jeg mente 3, ikke 2": the one said no to is given up
		if v.mayNameUnchosen(i) && !ordinalWord(&tk) && !blocked(tk.a, tk.b) && (tk.num < 0 || v.bare(i)) && !refusedRight(t, i) {
			return review("the sender corrects herself (%q), and %q is nobody's choice", v.quote(from, v.first(selfCorrection)[1]), v.quote(tk.a, tk.b))
		}
	}
	return verdict{}
}

// refusedRight reports a "no" right before token i, or before the word
// for workshop in front of it ("ikke 2", "not workshop 2"): the workshop
// said no to. "no, make that 3" says no to what came before.
func refusedRight(t *text, i int) bool {
	j := i - 1
	for j >= 0 && (workshopWords[t.toks[j].s] || skipBeforeRef[t.toks[j].s]) && t.gap(j, j+1) == " " {
		j--
	}
	return j >= 0 && negators[t.toks[j].s] && t.gap(j, j+1) == " "
}

// keptTakenBack reports, in a new registration, a correction at from that
// leaves the reading unsure: a workshop named only before it is still
// chosen beside one named after it ("Jeg vil gerne på sundhed. Hov, jeg
// mente uddannelse"), or it names fewer workshops than it takes back
// ("sundhed og job. Undskyld, jeg mente uddannelse": in place of which?).
func (v *gateView) keptTakenBack(from int) bool {
	var before, after [10]bool
	nb, na := 0, 0
	for k := range v.t.sents() {
		for _, r := range v.refsAt(k) {
			if r.ws <= 0 || r.ws >= len(before) {
				continue
			}
			switch {
			case r.a < from && !before[r.ws]:
				before[r.ws], nb = true, nb+1
			case r.a >= from && !after[r.ws]:
				after[r.ws], na = true, na+1
			}
		}
	}
	if na == 0 {
		return false
	}
	for ws := range before {
		if before[ws] && !after[ws] && v.chosen[ws] {
			return true
		}
	}
	return na < nb
}
