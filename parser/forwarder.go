package parser

import (
	"strings"

	"tilmeld"
)

// Staff who pass on a resident's mail often speak of the resident in the
// third person ("han vil gerne med", "vil I registrere ham") and leave the
// forwarded header without an address. The resident, not the sender, wrote
// the forwarded words then: the sender attends only when she says she
// comes too.
var (
	aboutResident  = table(daAboutResident, enAboutResident)
	senderComesToo = table(daSenderComesToo, enSenderComesToo)
)

// passesOnResident reports whether the sender's own words speak of the
// forwarded mail's author as someone else, who alone is to be registered.
func passesOnResident(own *text) bool {
	return own.matches(aboutResident) && !own.matches(senderComesToo)
}

// nameOnlyFrom reads a forwarded header's "Fra: Amanuel Tesfaye" that
// gives a name but no address.
func nameOnlyFrom(v string) string {
	v = strings.Trim(strings.TrimSpace(v), `"'`)
	if i := strings.IndexByte(v, '('); i > 0 && strings.HasSuffix(v, ")") {
		v = strings.TrimSpace(v[:i]) // "Mariam (sms 42 17 83 95)": a note on how she wrote
	}
	if v == "" || strings.ContainsAny(v, "@<>[]:;") || countNameWords(v) < 1 || len(strings.Fields(v)) > 4 {
		return ""
	}
	return v
}

// forwardedFromPhone returns the number on a forwarded text message's
// "Fra:" line ("Fra: Mariam (sms 42 17 83 95)"), "" when none: the
// resident's own number, which her words below it do not repeat.
func forwardedFromPhone(fwd string) string {
	for _, line := range strings.Split(fwd, "\n") {
		h := fwdHeader.FindStringSubmatch(line)
		if h == nil || !strings.EqualFold(h[1], "fra") && !strings.EqualFold(h[1], "from") {
			continue
		}
		if ps := findPhones(newText(h[2])); len(ps) == 1 {
			return ps[0].e164
		}
		return ""
	}
	return ""
}

// checkForwarderComes: she who passes on a resident's mail and writes that
// she comes too ("vi kommer begge") is an attendee whose own choices the
// forwarded mail does not give: staff look.
func checkForwarderComes(v *gateView) verdict {
	if !v.changes() || v.t.orig == v.m.Own {
		return verdict{}
	}
	// the reader's own words, with what it read of them
	own := sameText(v.r.own, v.m.Own)
	hits := own.all(senderComesToo)
	if len(hits) == 0 {
		return verdict{}
	}
	self := v.rd.fromDisplay()
	for _, a := range v.r.Attendees {
		if self != "" && a.Name != "" && samePerson(a.Name, self) {
			return verdict{}
		}
	}
	return review("the sender passes on someone's mail but writes %q: she comes too, and the forwarded mail gives no choices of hers",
		strings.Join(strings.Fields(own.span(hits[0][0], hits[0][1])), " "))
}

// checkOwnChoicesOverForward: she who passes on someone's mail
// ("Videresender", a "VS:" subject) and chooses workshops in her own words
// ("Jeg kommer selv også, workshop 1 og 3") was read from her words alone;
// the forwarded mail, by another, that chooses workshops too is a second
// registration the reading drops: staff look.
func checkOwnChoicesOverForward(v *gateView) verdict {
	if !v.changes() || v.author != "" || strings.TrimSpace(v.m.Forwarded) == "" || internalThread(v.m, v.ev.Address) {
		return verdict{}
	}
	own := v.t
	if !own.matches(lex.forward) && !passesOnBySubject(v.m.Subject) && !passesOnResident(own) {
		return verdict{}
	}
	body, name, addr := forwardedBody(v.m.Forwarded)
	if addr != "" && addr == v.m.FromAddr || name != "" && v.m.FromName != "" && samePerson(name, v.m.FromName) {
		return verdict{} // her own earlier mail, passed on again
	}
	if eventsOwn(addr, v.ev) {
		return verdict{} // the invitation passed on: its list is no one's choice
	}
	if bt := newText(body); !v.rd.hasRefs(bt) || v.rd.listsProgramme(bt) {
		return verdict{} // no workshop, or the programme listed: no one's choice
	}
	who := nameOr(name)
	for _, a := range v.r.Attendees {
		if name != "" && a.Name != "" && samePerson(a.Name, name) {
			return verdict{}
		}
	}
	return review("the sender passes on a mail that chooses workshops (from %s) but gives workshops in her own words too: whose are which?", who)
}

// residentKin own a relative of the one whose mail is passed on ("hendes
// mand", "his son"), not of the writer.
var residentKin = wordSet([]string{"hendes", "hans", "sin", "sit", "sine", "her", "his"})

// checkForwarderWordsUnread: she who passes on a resident's mail, read
// from that mail alone, adds in her own words food ("Hun spiser ikke
// svinekød, glemte hun at skrive") or a relative who comes along ("Amina
// kommer med sin mand") that the reading does not hold: staff add it.
func checkForwarderWordsUnread(v *gateView) verdict {
	if !v.changes() || v.t.orig == v.m.Own || strings.TrimSpace(v.m.Forwarded) == "" {
		return verdict{}
	}
	if body, _, _ := forwardedBody(v.m.Forwarded); v.t.orig != body {
		return verdict{} // the forwarded mail was not what the reader read
	}
	own := sameText(nil, v.m.Own)
	held := map[tilmeld.Diet]bool{}
	for _, a := range v.r.Attendees {
		for _, d := range a.Diet {
			held[d] = true
		}
	}
	for _, d := range readDiet(own, 0, len(own.fold)) {
		if !held[d] {
			return review("the sender's own words above the forwarded mail give food (%s) the reading does not hold", d)
		}
	}
	for i := 1; i < len(own.toks); i++ {
		if relations[own.toks[i].s] && residentKin[own.toks[i-1].s] {
			return review("the sender's own words above the forwarded mail speak of %q: does that person come too?", own.span(own.toks[i-1].a, own.toks[i].b))
		}
	}
	return verdict{}
}
