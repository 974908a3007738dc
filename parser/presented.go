package parser

import "strings"

// presents opens a sentence that says whom the mail is about rather than
// who signs up: "Det drejer sig om Omar Said og Lina Said", "Det gælder
// min nabo Jens Friis", "Tilmeldingen er for Abdi Warsame", "This
// concerns ...", "The registration is for ...". The people it introduces
// come; the sender, who introduces them, only when she says so.
var presents = table(daPresents, enPresents)

// presentsAt reports a sentence in [a, b) that opens with a presenting
// phrase and goes on with a name or a relation ("min nabo"), not with the
// sender herself ("Det gælder også for mig") nor a topic ("Det drejer sig
// om parkeringen"), whose From name is self.
func presentsAt(t *text, a, b int, self string) bool {
	if !t.has(presents, a, b) {
		return false
	}
	for _, hit := range t.within(presents, a, b) {
		if strings.TrimSpace(strings.Trim(t.fold[a:hit[0]], " \t\n-–,:")) != "" {
			continue // "Det samme gælder ...", "... og det gælder også min mand"
		}
		i, to := t.tokenAt(hit[1]), t.tokenAt(b)
		if i >= to || presentsSelf[t.toks[i].s] {
			continue
		}
		if t.toks[i].is(classOwner) && i+1 < to {
			if rel, _ := relationAt(t, i+1); rel != "" {
				return true
			}
		}
		if name, _ := nameAt(t, i); name != "" && countNameWords(name) >= 2 && (self == "" || !consistent(self, name)) {
			return true
		}
	}
	return false
}

// presentsSelf: words after a presenting phrase that bring the sender in.
var presentsSelf = wordSet([]string{"mig", "os", "ogsaa", "me", "us", "myself", "also"})

// presented reports a sentence of the mail that presents whom it is about.
func (rd *reader) presented() bool {
	self := rd.fromDisplay()
	last := -1
	for _, c := range rd.sents {
		if c.s.a != last && presentsAt(rd.own, c.s.a, c.s.b, self) {
			return true
		}
		last = c.s.a
	}
	return false
}
