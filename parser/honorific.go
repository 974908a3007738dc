package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tilmeld"
)

// honorifics stand before a surname ("Mr. Olsen", "fru Hansen"); their
// full stop is no end of a sentence, which the reader may take it for.
var honorifics = wordSet([]string{"mr", "mrs", "ms", "miss", "dr", "hr", "fru", "frk"})

// dropTitle returns a name without the title that opens it when a first
// name and a surname follow ("Fru Amina Yusuf" is Amina Yusuf on her name
// tag); "Fru Hansen" keeps it, the surname alone being no name.
func dropTitle(name string) string {
	if f, rest, ok := strings.Cut(name, " "); ok && honorifics[strings.ToLower(strings.TrimSuffix(f, "."))] && countNameWords(rest) >= 2 {
		return rest
	}
	return name
}

// checkHonorific: a title before a name ("Please sign up Dr. Hansen",
// "my neighbour Mr. Olsen"): the reader may cut the sentence at its full
// stop, take the title for a first name or give the choices to the sender.
func checkHonorific(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for i := 0; i+1 < len(t.toks); i++ {
		if !t.toks[i].is(classHonorific) || t.toks[i].line != t.toks[i+1].line {
			continue
		}
		if g := t.gap(i, i+1); g != " " && g != ". " && g != "." {
			continue
		}
		next := t.span(t.toks[i+1].a, t.toks[i+1].b)
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) && !v.surnameRead(next) {
			return review("%q names someone by a title", v.quote(t.toks[i].a, t.toks[i+1].b))
		}
	}
	return verdict{}
}

// surnameRead reports whether some attendee's name, not opening with a
// title, holds the word: the reader took in the name after the title.
func (v *gateView) surnameRead(w string) bool {
	return slices.ContainsFunc(v.r.Attendees, func(a tilmeld.Attendee) bool {
		ps := strings.Fields(a.Name)
		// "Mrs Olsen" took the title for a first name
		return len(ps) > 0 && !honorifics[strings.ToLower(strings.TrimSuffix(ps[0], "."))] &&
			slices.ContainsFunc(ps, func(p string) bool { return strings.EqualFold(p, w) })
	})
}
