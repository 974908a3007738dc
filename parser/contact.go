package parser

import (
	"slices"
	"strings"
)

// setContact fills the contact: the From address unless the words ask for
// replies elsewhere, and the sender's own phone number.
func (rd *reader) setContact(selfAttends bool) {
	rd.replyAddress(rd.own)
	if rd.forward && rd.res.Contact.Email == rd.m.FromAddr {
		// staff who pass on a resident's mail and give their own mobile
		// are the contact, with that number
		if p := rd.forwarderOwnPhone(); p != "" {
			rd.res.Contact.Phone = p
			return
		}
	}
	rd.res.Contact.Phone = rd.phone(selfAttends)
	if rd.res.Contact.Phone == "" && rd.forward {
		rd.res.Contact.Phone = rd.forwarderGives()
	}
	if rd.res.Contact.Phone == "" && rd.forward {
		rd.res.Contact.Phone = forwardedFromPhone(rd.m.Forwarded)
	}
}

var (
	attendeePhone   = table(daAttendeePhone, enAttendeePhone)
	possessivePhone = append(slices.Clone(daPossessivePhone), enPossessivePhone...)
	personalLine    = table(daPersonalLine, enPersonalLine)
	myNumber        = table(daMyNumber, enMyNumber)
)

// personalPhone reports a number of the writer's own that reaches her,
// not her office: labelled so in her signature ("Mobil:", "Direkte"), or
// said to be hers in her words ("mit nummer er", "jeg kan kontaktes på"),
// just before it on its line.
func personalPhone(t *text, p phone, sig bool) bool {
	isOwn, isOther := phoneOwner(t, p)
	m := myNumber
	if sig {
		m = personalLine
	}
	return isOwn && !isOther && t.has(m, lineStartFrom(t.fold, p.a-40, p.a), p.a)
}

// forwarderOwnPhone reads the own mobile of someone who forwards another's
// mail, in her words above it or her signature, "" when she gives none.
// A signature is read only down to the forwarded mail's header.
func (rd *reader) forwarderOwnPhone() string {
	organiser, _ := normalisePhone(rd.ev.Phone)
	sig := rd.sig
	if k := forwardHeaderAt(sig.orig); k >= 0 {
		sig = newText(sig.orig[:k])
	}
	for _, t := range []*text{rd.res.own, sig} {
		if t == nil || t == rd.own {
			continue
		}
		for _, p := range findPhones(t) {
			if p.e164 != organiser && (personalPhone(t, p, false) || t == sig && personalPhone(t, p, true)) {
				return p.e164
			}
		}
	}
	return ""
}

// forwardHeaderAt returns where the first line of a forwarded mail's header
// ("-----", "Fra: ...") starts in s, -1 when none does.
func forwardHeaderAt(s string) int {
	at := 0
	for _, line := range strings.SplitAfter(s, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "-----") || fwdHeader.MatchString(strings.TrimRight(line, "\n")) {
			return at
		}
		at += len(line)
	}
	return -1
}

// forwarderGives reads, in the words of someone who forwards a resident's
// registration, the number he gives for her: "Hendes telefonnummer er
// ...", "Samiras nummer er ...". His own and his switchboard's are not.
func (rd *reader) forwarderGives() string {
	t := rd.res.own
	if t == nil || t == rd.own {
		return ""
	}
	organiser, _ := normalisePhone(rd.ev.Phone)
	for _, p := range findPhones(t) {
		sent := sentenceAround(t, p.a)
		if p.e164 == organiser || lex.switchboard.MatchString(lineAt(t, p.a)) {
			continue
		}
		if attendeePhone.MatchString(sent) || rd.attendeesNumber(sent) || rd.aboutThem(t, p.a) {
			return p.e164
		}
	}
	return ""
}

var thirdPerson = wordSet(daThirdPerson, enThirdPerson)

// aboutThem reports a number in a sentence about her ("Hun kan træffes
// på ...", "Her mobile: ...", "Tlf. til Samira: ...") and not the writer
// ("ring til mig").
func (rd *reader) aboutThem(t *text, a int) bool {
	names := map[string]bool{}
	for _, at := range rd.res.Attendees {
		if w := foldString(firstWord(at.Name)); len(w) >= 2 {
			names[w] = true
		}
	}
	them := false
	for _, s := range t.sents() {
		if a < s.a || a >= s.b {
			continue
		}
		for k := t.tokenAt(s.a); k < len(t.toks) && t.toks[k].a < s.b; k++ {
			if w := t.toks[k].s; firstPerson[w] || w == "i" && !t.toks[k].cap {
				return false
			} else if thirdPerson[w] || names[w] {
				them = true
			}
		}
	}
	return them
}

// attendeesNumber reports a sentence that calls a number an attendee's by
// her first name: "Samiras nummer er ...", "Samira's phone is ...".
func (rd *reader) attendeesNumber(sent string) bool {
	for _, a := range rd.res.Attendees {
		first := foldString(firstWord(a.Name))
		if len(first) < 2 {
			continue
		}
		for _, w := range possessivePhone {
			if strings.Contains(sent, first+"s "+w) || strings.Contains(sent, first+"'s "+w) {
				return true
			}
		}
	}
	return false
}

// replyAddress takes an address the sender asks replies to go to ("svar
// venligst til ...", "send bekræftelsen til ham på ...").
func (rd *reader) replyAddress(t *text) {
	mails := t.hits(emailRe)
	if len(mails) == 0 {
		return
	}
	for _, s := range t.sents() {
		if hits := t.within(lex.replyTo, s.a, s.b); len(hits) == 0 || othersMailOnly(t, hits, foldString(firstWord(rd.fromDisplay()))) {
			continue
		}
		for _, m := range spansIn(mails, s.a, s.b) {
			e := strings.TrimRight(t.fold[m[0]:m[1]], ".")
			if e != rd.m.FromAddr && e != strings.ToLower(rd.ev.Address) {
				rd.res.Contact.Email = e
				return
			}
		}
	}
}

// phone picks the sender's own number: from her words and her signature,
// never the organiser's, a switchboard or someone else's. Someone else's
// number is taken only when the sender writes for a resident and gives none
// of her own.
func (rd *reader) phone(selfAttends bool) string {
	organiser, _ := normalisePhone(rd.ev.Phone)
	var own, plain, other, preferred, personal, listed string
	ownInBody, otherInBody, personalInBody := false, false, false
	texts := []*text{rd.own}
	if !rd.forward {
		texts = append(texts, rd.sig)
	}
	for _, t := range texts {
		for _, p := range findPhones(t) {
			if p.e164 == organiser {
				continue
			}
			isOwn, isOther := phoneOwner(t, p)
			if !isOther && rd.calledByName(t, p) {
				isOwn, isOther = false, true // "ring til Per på 28 19 37 46"
			}
			if t == rd.own && rd.onOthersLine(p.a) {
				// "- Per Jensen, 33445566, 2 og 1": the number of the one
				// the list line is of, not the sender's
				if listed == "" {
					listed = p.e164
				}
				continue
			}
			if !isOther && preferred == "" && preferredPhone(t, p.a) {
				preferred = p.e164 // "men brug helst det danske nummer ..."
			}
			switch {
			case isOther:
				if other == "" && !lex.switchboard.MatchString(lineAt(t, p.a)) {
					other, otherInBody = p.e164, t == rd.own
				}
			case isOwn && own == "":
				own, ownInBody = p.e164, t == rd.own
				fallthrough
			case isOwn:
				if personal == "" && (personalPhone(t, p, false) || t == rd.sig && personalPhone(t, p, true)) {
					personal, personalInBody = p.e164, t == rd.own
				}
			case plain == "":
				plain = p.e164
			}
		}
	}
	switch {
	case !selfAttends && personal != "":
		// staff who register a resident and give their own mobile ("Mobil:
		// ..." in the signature, "mit nummer er ...") are the contact with
		// it, whatever number the resident's line gives
		return personal
	case !selfAttends && otherInBody && !ownInBody && !postcodeLine.MatchString(other):
		// "Hendes mobil: ..." from staff who register a resident: hers,
		// not the number in the sender's signature
		return other
	case preferred != "":
		return preferred
	case personal != "" && personalInBody == ownInBody:
		// "Tlf. 43 68 68 68" over "Direkte: 22 33 44 55" in her signature,
		// "Arb. tlf. ..., privat ...": the plain one may be her office's,
		// the marked one is hers; a number in her words beats a signature's
		return personal
	case own != "":
		return own
	case plain != "":
		return plain
	case listed != "":
		return listed
	case !selfAttends && other != "" && !postcodeLine.MatchString(other):
		return other
	}
	return ""
}

// onOthersLine reports whether offset a of the own text lies on a list
// line or table row of someone other than the sender.
func (rd *reader) onOthersLine(a int) bool {
	if rd.ps == nil {
		return false
	}
	for _, l := range rd.ps.lines {
		if l.a <= a && a < l.b && l.p != rd.ps.self {
			return true
		}
	}
	return false
}

func lineAt(t *text, a int) string {
	ls := strings.LastIndexByte(t.fold[:a], '\n') + 1
	le := strings.IndexByte(t.fold[a:], '\n')
	if le < 0 {
		return t.fold[ls:]
	}
	return t.fold[ls : a+le]
}

// phonePreferred: words before a number that ask for it over another
// ("brug helst det danske nummer", "please use my Danish number").
var phonePreferred = table(daPhonePreferred, enPhonePreferred)

// preferredPhone reports a number the words just before it, in its clause,
// ask to be used.
func preferredPhone(t *text, a int) bool {
	from := lineStartFrom(t.fold, a-50, a)
	if k := strings.LastIndexAny(t.fold[from:a], ".;"); k >= 0 {
		from += k + 1
	}
	return t.has(phonePreferred, from, a)
}

// calledByName reports a number given as someone's by a name right before
// it ("ring til Per på ...", "call Per on ..."), the name not the sender's.
func (rd *reader) calledByName(t *text, p phone) bool {
	k := t.tokenAt(p.a)
	if k < 2 || k >= len(t.toks) || t.toks[k].a != p.a && t.toks[k].a > p.b {
		return false
	}
	if w := t.toks[k-1].s; w != "paa" && w != "on" && w != "at" {
		return false
	}
	j := k - 1 // the name's words run back from here
	for j > 0 && k-1-j < 3 && t.gap(j-1, j) == " " && nameWord(t, j-1) {
		j--
	}
	if j == k-1 || j == 0 || !callWords[t.toks[j-1].s] {
		return false
	}
	own := strings.Fields(foldString(rd.m.FromName + " " + rd.fromDisplay()))
	return !slices.Contains(own, t.toks[j].s)
}

// callWords come before the name of someone to call ("ring til Per på").
var callWords = wordSet([]string{"til", "ring", "ringe", "kontakt", "kontakte", "to", "call", "contact", "text"})
