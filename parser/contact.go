package parser

import "strings"

// setContact fills the contact: the From address unless the words ask for
// replies elsewhere, and the sender's own phone number.
func (rd *reader) setContact(selfAttends bool) {
	rd.replyAddress(rd.own)
	rd.res.Contact.Phone = rd.phone(selfAttends)
}

// replyAddress takes an address the sender asks replies to go to ("svar
// venligst til ...", "send bekræftelsen til ham på ...").
func (rd *reader) replyAddress(t *text) {
	mails := t.hits(emailRe)
	if len(mails) == 0 {
		return
	}
	for _, s := range t.sents() {
		if !t.has(lex.replyTo, s.a, s.b) {
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
	var own, plain, other string
	ownInBody, otherInBody := false, false
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
			switch {
			case isOther:
				if other == "" && !lex.switchboard.MatchString(lineAt(t, p.a)) {
					other, otherInBody = p.e164, t == rd.own
				}
			case isOwn && own == "":
				own, ownInBody = p.e164, t == rd.own
			case plain == "":
				plain = p.e164
			}
		}
	}
	switch {
	case !selfAttends && otherInBody && !ownInBody && !postcodeLine.MatchString(other):
		// "Hendes mobil: ..." from staff who register a resident: hers,
		// not the number in the sender's signature
		return other
	case own != "":
		return own
	case plain != "":
		return plain
	case !selfAttends && other != "" && !postcodeLine.MatchString(other):
		return other
	}
	return ""
}

func lineAt(t *text, a int) string {
	ls := strings.LastIndexByte(t.fold[:a], '\n') + 1
	le := strings.IndexByte(t.fold[a:], '\n')
	if le < 0 {
		return t.fold[ls:]
	}
	return t.fold[ls : a+le]
}
