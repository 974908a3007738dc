package parser

// nameToFollow: a person counted in a registration whose name is still to
// come ("- NN, 2 og 4", "en kollega mere, navn følger", "name to follow").
var nameToFollow = table(daNameToFollow, enNameToFollow)

// checkNameToFollow: one of those signed up is a placeholder, not a
// person: a name read from "NN" is none, and one left out drops her.
func checkNameToFollow(v *gateView) verdict {
	if hit := v.first(nameToFollow); hit != nil {
		return review("%q: someone's name is still to come", v.quote(hit[0], hit[1]))
	}
	t := v.t
	for i, tk := range t.toks {
		if tk.s == "nn" && t.span(tk.a, tk.b) == "NN" ||
			tk.s == "n" && i+1 < len(t.toks) && t.toks[i+1].s == "n" && t.span(tk.a, t.toks[i+1].b) == "N.N" {
			return review("%q stands for someone not yet named", t.span(tk.a, tk.b))
		}
	}
	return verdict{}
}
