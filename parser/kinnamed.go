package parser

// laterNaming finds, for a relative at token i without a name ("kan min
// søn også komme"), the name a pronoun gives her further on in the same
// clause before anyone else is spoken of: "... han hedder Emre Yilmaz",
// "my wife is coming too her name is Elif Yilmaz". It returns the token
// the name starts at, -1 when there is none. A run-on sentence with no
// comma or full stop is one person, not a nameless relative and another.
func laterNaming(t *text, i, to int) int {
	if i+1 >= to {
		return -1
	}
	hits := t.within(otherNameIntro, t.toks[i+1].a, t.toks[to-1].b)
	if len(hits) == 0 {
		return -1
	}
	k, end := t.tokenAt(hits[0][0]), t.tokenAt(hits[0][1])
	if k-i > 10 || end >= to {
		return -1
	}
	for j := i + 1; j < k; j++ {
		// "min kone kommer også, og min søster hun hedder ...": someone else
		if tk := t.toks[j]; tk.cap || owners[tk.s] || someone[tk.s] {
			return -1
		}
		if rel, _ := relationAt(t, j); rel != "" {
			return -1
		}
	}
	return end
}
