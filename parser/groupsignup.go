package parser

import "strings"

// groupPeople are the nouns a group's count of comers stands before
// ("deltage med to personer", "sender tre repræsentanter").
var groupPeople = wordSet([]string{"personer", "deltagere", "medlemmer", "repraesentanter", "beboere", "frivillige", "fra", "af",
	"people", "persons", "participants", "members", "representatives", "residents", "volunteers", "from", "of"})

// countedSignUp reports a "vil gerne deltage" hit m whose subject is a
// group, not the sender, that says how many come: "Seniorklubben vil
// gerne deltage med to: mig selv og ...", "Foreningen vil gerne deltage
// med tre personer". The count makes it a sign-up of that many, which a
// group's "vil gerne være med" on its own is not ("Foreningen vil gerne
// være med til at arrangere").
func countedSignUp(fold string, m []int) bool { return signUpCount(fold, m) > 0 }

// signUpCount returns the count said after the hit m ("deltage med to:",
// "med tre personer"), 0 when none. The number after "på workshop" is
// the workshop ("vil også gerne på workshop 4").
func signUpCount(fold string, m []int) int {
	if !strings.HasPrefix(fold[m[0]:], "vil") && !strings.HasPrefix(fold[m[0]:], "would") || strings.HasSuffix(fold[m[0]:m[1]], "workshop") {
		return 0
	}
	rest := fold[m[1]:min(len(fold), m[1]+60)]
	if i := strings.IndexAny(rest, ".!?\n"); i >= 0 {
		rest = rest[:i+1]
	}
	words := strings.Fields(rest)
	if len(words) > 0 && (words[0] == "med" || words[0] == "with") && !strings.HasSuffix(fold[m[0]:m[1]], "med") {
		words = words[1:] // "deltage med to", "take part with two"
	}
	if len(words) == 0 {
		return 0
	}
	w := strings.TrimRight(words[0], ",.:;!")
	c := countWordValue(w)
	if c == 0 || w == words[0] && len(words) > 1 && !groupPeople[strings.TrimRight(words[1], ",.:;!")] {
		return 0
	}
	return c
}

// countWordValue reads "to", "tre", ... or a digit from 2 to 9; 0 for
// anything else.
func countWordValue(w string) int {
	if len(w) == 1 && w[0] >= '2' && w[0] <= '9' {
		return int(w[0] - '0')
	}
	if w == "begge" || w == "both" {
		return 0
	}
	if c, ok := daCounts[w]; ok {
		return c
	}
	return enCounts[w]
}

// groupSignsUp reports a mail in which a group, not the sender, signs up
// a number of people ("Afdelingsbestyrelsen vil gerne deltage med to:
// ..."): the sender comes only when she says so, as with lex.onBehalf.
func groupSignsUp(t *text) bool {
	if !strings.Contains(t.fold, "vil") && !strings.Contains(t.fold, "would") {
		return false
	}
	for _, m := range t.within(lex.register, 0, len(t.fold)) {
		own := weSubject(t.fold, m[0])
		if strings.HasPrefix(t.fold[m[0]:], "vil") {
			own = senderSubject(t.fold, m[0])
		}
		if !own && countedSignUp(t.fold, m) {
			return true
		}
	}
	return false
}

// weSubject reports whether an English "would ..." at offset a has the
// sender ("I", "we") or no subject before it in its sentence, as
// senderSubject does for Danish.
func weSubject(fold string, a int) bool {
	start := strings.LastIndexAny(fold[:a], ".!?\n") + 1
	words := strings.Fields(fold[start:a])
	for _, w := range words {
		if w = strings.Trim(w, ",:;!"); w == "i" || w == "we" {
			return true
		}
	}
	return len(words) == 0
}
