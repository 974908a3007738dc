package parser

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
	blocked := blockedSpans(t, v.ev)
	for i := t.tokenAt(from); i < len(t.toks); i++ {
		tk := t.toks[i]
		if v.mayNameUnchosen(i) && !ordinalWord(&tk) && !blocked(tk.a, tk.b) && (tk.num < 0 || v.bare(i)) {
			return review("the sender corrects herself (%q), and %q is nobody's choice", v.quote(from, v.first(selfCorrection)[1]), v.quote(tk.a, tk.b))
		}
	}
	return verdict{}
}
