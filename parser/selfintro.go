package parser

import (
	"slices"
	"strings"
)

// introducedName returns the full name the writer gives herself, when
// the From line's name is not it: "jeg hedder katarzyna nowak" from
// "Kasia", "Hej, det er birthe holm" from "Bedstemor", "hi this is susan
// clark" from "Mom", "Leila Haddad her, skriver fra min mands mail" and
// "det er Karims datter, Nour Haddad" from "Karim Haddad". The body beats
// the display name: hers is the name for the tag. A name after "det er"
// that a clause goes on from ("det er Ali der kommer") or that owns
// someone ("det er Ida Holms datter") introduces another person; "" then.
func (rd *reader) introducedName() string {
	if !rd.introRead {
		rd.intro, rd.introRead = rd.readIntroduced(), true
	}
	return rd.intro
}

// introduced is the name the reader took for the writer's over the From
// line's (Result.intro).
func (v *gateView) introduced() string {
	if v.author != "" {
		return ""
	}
	return v.r.intro
}

func (rd *reader) readIntroduced() string {
	t := rd.own
	if rd.forward || len(t.toks) == 0 {
		return ""
	}
	open := openingEnd(t)
	for _, m := range t.within(nameIntro, 0, len(t.fold)) {
		if w := t.fold[m[0]:m[1]]; !strongIntro[w] && (m[0] >= open || !introPresents(w)) {
			// "det er" deep in the mail is seldom her introduction, and
			// "jeg er" / "I am" is as often what she is ("jeg er blevet syg")
			continue
		}
		if n := introNameAt(t, t.tokenAt(m[1])); n != "" {
			return n
		}
	}
	for _, m := range t.within(borrowedAccount, 0, open) {
		// "det er Karims datter, Nour Haddad": who she is, then her name
		if i := t.tokenAt(m[1]); i < len(t.toks) && strings.TrimSpace(t.fold[m[1]:t.toks[i].a]) == "," {
			if n := introNameAt(t, i); n != "" {
				return n
			}
		}
	}
	return hereName(t, open)
}

// introPresents reports a weak introduction that presents the writer
// ("hej, det er", "hi this is", "hello, it's"), not one that says what she
// is ("jeg er", "I am").
func introPresents(w string) bool {
	return strings.Contains(w, "det er") || strings.Contains(w, "this is") || strings.Contains(w, "it's")
}

// introTrusted reports whether the introduced name n is the writer's
// over the From line's display: a display of one word (a nickname, "Mor"
// is blanked before), none, or one in another script gives way; a full
// name in Latin letters is someone's own, and gives way only when the mail
// says why it is not hers: the account is borrowed ("skriver fra min mands
// mail", "(karims kone)"), the two share a surname, or she signs with the
// introduced name and not the display's ("/ fatma" under Ole Berg's).
func (rd *reader) introTrusted(n, display string) bool {
	if display == "" || countNameWords(display) < 2 || otherScript(n, display) {
		return true
	}
	if rd.borrowsAccount() || sameSurname(n, display) || ownerOf(rd.own, display) {
		return true
	}
	if signsFirst(rd.own, n) && !sameFirstName(display, n) {
		return true
	}
	for _, t := range []*text{rd.own, rd.sig} {
		for _, s := range slices.Concat(lowerSignedFirsts(t, rd.cat.words), senderName(t)) {
			if s != n && consistent(s, n) && !consistent(s, display) {
				return true
			}
		}
	}
	return false
}

// signsFirst reports t's last line holding nothing but the first name of
// n, with a "/" or "-" before it if any ("/ fatma" under "det er fatma
// öztürk").
func signsFirst(t *text, n string) bool {
	first, _, _ := strings.Cut(foldString(n), " ")
	last := strings.TrimSpace(t.fold)
	last = last[strings.LastIndexByte(last, '\n')+1:]
	return strings.Trim(last, "/-–. \t\r") == first
}

// ownerOf reports the opening of t naming whose the writer is by the
// display's first name ("(karims kone)", "Karim's wife").
func ownerOf(t *text, display string) bool {
	first, _, _ := strings.Cut(foldString(display), " ")
	if len(first) < 2 {
		return false
	}
	open := t.fold[:openingEnd(t)]
	for _, suffix := range []string{"s ", "'s ", "’s "} {
		if k := strings.Index(open, first+suffix); k >= 0 {
			rest := strings.Fields(open[k+len(first)+len(suffix):])
			if len(rest) > 0 && relations[strings.Trim(rest[0], ",.)")] {
				return true
			}
		}
	}
	return false
}

// openingEnd returns where the first three lines of t end: where a writer
// says who she is.
func openingEnd(t *text) int {
	at := 0
	for n := 0; n < 3; n++ {
		k := strings.IndexByte(t.fold[at:], '\n')
		if k < 0 {
			return len(t.fold)
		}
		at += k + 1
	}
	return at
}

// introNameAt reads a full name at token i, in capitals or small letters,
// that no clause goes on from and that owns no one.
func introNameAt(t *text, i int) string {
	n, k := fullNameAt(t, i)
	if n == "" || i+k > len(t.toks) || possessed(t, i+k-1) {
		return ""
	}
	if j := i + k; j < len(t.toks) && t.toks[j].line == t.toks[i].line && introGoesOn[t.toks[j].s] {
		return "" // "det er Ali Hassan der kommer", "Ida Holms datter"
	}
	return n
}

// fullNameAt reads a name of two words or more at token i, in capitals
// or small letters, and how many tokens it spans; "" when there is none.
func fullNameAt(t *text, i int) (string, int) {
	n, k := nameAt(t, i)
	if n == "" {
		n = lowerNameAt(t, i)
		k = countNameWords(n)
	}
	if countNameWords(n) < 2 {
		return "", 0
	}
	return n, k
}

// hereName reads "Leila Haddad her," / "Leila Haddad here," opening a
// line of the mail's opening, after a greeting if any.
func hereName(t *text, open int) string {
	if !strings.Contains(t.fold[:open], " her") {
		return ""
	}
	for i := 0; i < len(t.toks) && t.toks[i].a < open; i++ {
		if i > 0 && t.toks[i-1].line == t.toks[i].line && !greetingWord[t.toks[i-1].s] {
			continue // a name opens the line, or follows "Hej,"
		}
		n, k := fullNameAt(t, i)
		if n == "" || i+k >= len(t.toks) {
			continue
		}
		if w := t.toks[i+k]; (w.s == "her" || w.s == "here") && t.fold[t.toks[i+k-1].b:w.a] == " " {
			return n
		}
	}
	return ""
}

// introGoesOn follow a name that is not the writer's own: a clause about
// that person ("det er Ali der kommer") or whom that person has.
var introGoesOn = wordSet(daIntroGoesOn, enIntroGoesOn, daRelations, enRelations)

var greetingWord = wordSet(quoteGreetings, []string{"hejsa", "hallo", "hey"})
