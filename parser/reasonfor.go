package parser

// reasonAfterWorkshop reports whether the relation at token i is the
// reason given for a workshop ("den om skole for mine børn", "education
// for my kids"): "for" and an owner right after a workshop's name, with
// nobody brought along.
func (v *gateView) reasonAfterWorkshop(i int) bool {
	t := v.t
	if i < 3 || !reasonFor[t.toks[i-2].s] {
		return false
	}
	end := t.toks[i-3].b
	for k, s := range t.sents() {
		if end < s.a || end > s.b {
			continue
		}
		for _, r := range v.refsAt(k) {
			if r.b == end && r.kind == byName {
				return true
			}
		}
	}
	return false
}

var reasonFor = wordSet([]string{"for"})
