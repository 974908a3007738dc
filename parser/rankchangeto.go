package parser

import "strings"

// A bare number after a priority word and "til"/"to" in a sentence that
// changes that priority ("Ret venligst første prioritet til 3", "Kan I
// bytte min anden prioritet til 3?", "change my first choice to 3") is
// the workshop it changes to, as "til workshop 3" is.

var rankChangeVerbs = wordSet(daRankChangeVerbs, enRankChangeVerbs)

// rankChangedTo reports token tk right after marker m and "til"/"to",
// with a verb of change a few words before m in its sentence.
func rankChangedTo(t *text, m marker, tk token) bool {
	ws := strings.Fields(tightSeps.Replace(t.fold[m.b:tk.a]))
	if len(ws) != 1 || !toWords[ws[0]] || m.rank == 0 || m.weak || m.pair {
		return false
	}
	for i, n := t.tokenAt(m.a)-1, 0; i >= 0 && n < 6; i, n = i-1, n+1 {
		if strings.ContainsAny(t.fold[t.toks[i].b:m.a], ".!?\n") {
			return false
		}
		if rankChangeVerbs[t.toks[i].s] {
			return true
		}
	}
	return false
}
