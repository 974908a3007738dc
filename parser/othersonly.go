package parser

import "strings"

// senderWords are the words a writer speaks of herself with as one who
// acts or comes ("jeg", "vi", "os"; "I", "we"); "min"/"my" only own.
var (
	daSenderWordSet = wordSet(daSenderWords)
	enSenderWordSet = wordSet(enSenderWords)
)

// writesOnlyOfOthers reports a mail that never speaks of its writer, only
// signs up a relative she names ("Min mor Halima A. vil gerne komme ...
// Hun vil gerne den med skolen"): the relative comes, the writer is no
// attendee.
func (rd *reader) writesOnlyOfOthers() bool {
	t, ps := rd.own, rd.ps
	if ps.self.said {
		return false
	}
	// "Jeg er hans kontaktperson": who she is to him, no word of coming
	roles := t.all(senderRole)
	for k, tk := range t.toks {
		if (daSenderWordSet[tk.s] || rd.res.Language == "en" && enSenderWordSet[tk.s]) && !inSpans(roles, tk.a) && !othersSelf(t, k) {
			return false
		}
	}
	for _, p := range ps.others {
		// a relative named, or with her role said, anyone named in full
		// or anyone named in full by a writer whose own name is known, so
		// no other ("Lene Juhl vil gerne med. Hun ønsker workshop 2",
		// signed Ida Holm)
		full := countNameWords(p.name) >= 2 && (len(roles) > 0 || ps.self.name != "" && !samePerson(p.name, ps.self.name))
		if p.name != "" && (p.rel != "" || full) && p.said && rd.signedUp(p) {
			return true
		}
		if p.rel != "" && p.said && (rd.signedUp(p) || len(p.refs) > 0 && t.matches(relativeWishes)) && !t.matches(alsoComes) {
			// "min mor vil gerne deltage i workshop 3 og 1", "My father would
			// like to join workshop 4": she comes unnamed, and he does not
			return true
		}
	}
	return false
}

// othersSelf reports a sender word at token k that says nothing of her
// coming: a "selv" that is someone else's ("hun har ikke selv mail", "han
// taler ikke dansk og har ikke selv mail"), that one's pronoun before it in
// the sentence and no "jeg". A "mig" is hers, even "svar mig": staff ask
// whether she comes.
func othersSelf(t *text, k int) bool {
	if t.toks[k].s != "selv" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-10 && !strings.ContainsAny(t.gap(j, j+1), ".\n"); j-- {
		switch t.toks[j].s {
		case "hun", "han", "de":
			return true
		case "jeg", "vi":
			return false
		}
	}
	return false
}

// relativeWishes: a wish to come ("vil gerne deltage", "would like to
// join"), said of the relative when the writer says nothing of herself.
var relativeWishes = table(daRelativeWishes, enRelativeWishes)

// alsoComes: "også"/"also"/"too" of someone coming tells that another,
// the writer, comes as well ("min kone vil også gerne med").
var alsoComes = table(daAlsoWords, enAlsoWords)

// senderRole: the writer says who she is to the one she signs up ("Jeg er
// hans kontaktperson", "I am her caseworker").
var senderRole = table(daSenderRole, enSenderRole)

// signUpNamed: a verb of signing up with its object to follow ("jeg
// tilmelder hermed", "I'm registering").
var signUpNamed = table(daSignUpNamed, enSignUpNamed)

// signUpAround: enSignUpAround, whose object stands after its first word.
var signUpAround = table(nil, enSignUpAround)

// signUpObjectAt returns the tokens where a verb of signing up in fold[a:b]
// and whom it signs up start, and whether there is such a verb: the one
// right
// after signUpNamed's phrase ("jeg tilmelder hermed Else Dam"), or after
// the first word of signUpAround's ("put Karim Berg down for").
func signUpObjectAt(t *text, a, b int) (verb, obj int, ok bool) {
	if hit := t.within(signUpNamed, a, b); len(hit) > 0 {
		return t.tokenAt(hit[0][0]), t.tokenAt(hit[0][1]), true
	}
	if hit := t.within(signUpAround, a, b); len(hit) > 0 {
		verb = t.tokenAt(hit[0][0])
		return verb, verb + 1, true
	}
	return 0, 0, false
}

// signUpFillers stand between the verb and whom it signs up ("tilmelder
// hermed", "tilmelder jeg gerne").
var signUpFillers = wordSet([]string{"hermed", "herved", "gerne", "jeg", "vi", "ogsaa", "venligst", "lige", "hereby", "also", "please"})

// signsUpNamedOthers reports a mail whose writer signs up people she names
// ("Jeg tilmelder Mohammed Saleh til workshop 2 og 3", "I'd like to sign up
// Mohammed Saleh for workshop 2") and otherwise never speaks of herself:
// they come, she does not, and the workshops of that sentence are theirs.
func (rd *reader) signsUpNamedOthers() bool {
	t, ps := rd.own, rd.ps
	if selfTooSaid(t) || selfMarked(t.fold) || t.matches(senderComesToo) {
		return false
	}
	senderWord := func(tk *token) bool {
		return tk.is(classDaSenderWord) || rd.res.Language == "en" && tk.is(classEnSenderWord)
	}
	roles := t.all(senderRole)
	var signs []sentence
	for _, s := range t.sents() {
		_, k, ok := signUpObjectAt(t, s.a, s.b)
		if !ok {
			// outside the sentence that signs up, the writer is not spoken of
			for k := t.tokenAt(s.a); k < len(t.toks) && t.toks[k].a < s.b; k++ {
				if senderWord(&t.toks[k]) && !inSpans(roles, t.toks[k].a) {
					return false
				}
			}
			continue
		}
		for k < len(t.toks) && t.toks[k].a < s.b && signUpFillers[t.toks[k].s] {
			k++
		}
		if k >= len(t.toks) || t.toks[k].a >= s.b {
			return false
		}
		ms := ps.mentions(t, t.toks[k].a, s.b, false)
		if len(ms) == 0 || ms[0].a != t.toks[k].a || ms[0].p == ps.self || ms[0].p.name == "" || ms[0].p.rel != "" {
			return false
		}
		// the writer is only the one who signs up: "jeg"/"I" before the
		// verb, never "mig", "os", "me" after it
		for j := k; j < len(t.toks) && t.toks[j].a < s.b; j++ {
			if senderWord(&t.toks[j]) && !inSpans(roles, t.toks[j].a) {
				return false
			}
		}
		signs = append(signs, s)
	}
	return len(signs) > 0
}

// namedObject returns the person the writer, subject at token i of c,
// signs up by name right after the verb ("Jeg tilmelder hermed Else Dam
// til workshop 1 og 2", "I'd like to register Else Dam for ..."): the
// clause's choices are hers. nil when the clause also signs up the writer
// ("... og mig") or names no one there.
func (rd *reader) namedObject(c clause, i int) *person {
	t := rd.own
	verb, k, ok := signUpObjectAt(t, t.toks[i].b, c.b)
	if !ok || verb > i+4 {
		return nil
	}
	for k < len(t.toks) && t.toks[k].a < c.b && signUpFillers[t.toks[k].s] {
		k++
	}
	if k >= len(t.toks) || t.toks[k].a >= c.b {
		return nil
	}
	for j := k; j < len(t.toks) && t.toks[j].a < c.b; j++ {
		if orderObject[t.toks[j].s] || t.toks[j].s == "myself" || t.toks[j].s == "selv" {
			return nil
		}
	}
	ms := rd.ps.mentions(t, t.toks[k].a, c.b, false)
	if len(ms) != 1 || ms[0].a != t.toks[k].a || ms[0].p == rd.ps.self || ms[0].p.name == "" {
		return nil
	}
	return ms[0].p
}
