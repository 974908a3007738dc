package parser

import "strings"

// forwardChain reads a registration that reached the sender through a
// colleague: the forwarded mail is only a courier's note ("Giv den lige
// videre til dem"), and the mail it passes on, a second header block, is
// the resident's own. It returns a copy of m whose forwarded text is that
// innermost mail, the courier's note joining the quote; nil when the mail
// is no such chain. outer is the forwarded mail's body.
func (rd *reader) forwardChain(outer string) *Mail {
	m := rd.m
	inner, rest := innerForward(m)
	if inner == "" || rd.hasRefs(newText(outer)) {
		return nil
	}
	body, _, addr := forwardedBody(inner)
	if addr == m.FromAddr || strings.EqualFold(addr, rd.ev.Address) || !rd.hasRefs(newText(body)) {
		return nil // her own earlier mail, the invitation, or no choices
	}
	c := *m
	c.Forwarded, c.Quoted = inner, joinNonEmpty(m.Forwarded, rest)
	return &c
}

// innerForward finds a second header block under the forwarded mail: in
// the quote right below it, or inside the forwarded text when the
// courier's words passed it on. It returns that mail (header lines and
// words) and what of the quote lies below it.
func innerForward(m *Mail) (inner, rest string) {
	if q := strings.TrimLeft(m.Quoted, " \n"); q != "" && isHeaderFrom(firstLine(q)) {
		lines := strings.Split(q, "\n")
		if !isHeaderBlock(lines, 0) {
			return "", ""
		}
		t := trimLines(lines, true, 1, nil)
		t.src = q
		return joinText(t.forwarded), t.quoted()
	}
	return "", ""
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(l)
}
