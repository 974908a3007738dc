package parser

// forgetAbout is the table forgetsNoOne reads, compiled once.
var forgetAbout = table(daForgetAbout, enForgetAbout)

// forgetsNoOne reports a cancel hit that only takes back what was written
// about a thing ("Glem det jeg skrev om maden"): "glem det jeg skrev om"
// withdraws someone only when a name or "min mand" follows it.
func (rd *reader) forgetsNoOne(hit []int) bool {
	t := rd.own
	if !t.has(forgetAbout, hit[0], hit[1]) {
		return false
	}
	i := t.tokenAt(hit[1])
	switch {
	case i >= len(t.toks):
		return true
	case nameWord(t, i):
		return false
	case owners[t.toks[i].s] && i+1 < len(t.toks):
		rel, _ := relationAt(t, i+1)
		return rel == ""
	}
	return true
}
