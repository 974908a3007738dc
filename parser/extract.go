package parser

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
	"golang.org/x/text/encoding/charmap"

	"tilmeld"
)

// Extract decodes raw mail into its headers and text, and sets apart the
// sender's own words from quotes, signature, forwarded mail and attachments.
// It accepts any bytes: what cannot be decoded is noted in Problems, and
// the work done is bounded by the limits in mime.go.
func Extract(raw []byte) *Mail {
	return ExtractFor(raw, nil)
}

// ExtractFor is Extract for mail about the event ev: it also recognises the
// event's invitation pasted into the sender's words and cuts it as quoted.
func ExtractFor(raw []byte, ev *tilmeld.Event) *Mail {
	return extract(bytes.NewReader(raw), ev, func(*bufio.Reader) []byte { return raw })
}

// extract reads the mail from r. Should its header be unreadable, rest
// gives the raw mail, from the reader r was read through, for a plain
// reading of the text.
func extract(r io.Reader, ev *tilmeld.Event, rest func(*bufio.Reader) []byte) (m *Mail) {
	m = &Mail{}
	defer func() {
		// The parser must give a Mail for any input; a bug in a library or
		// here becomes a problem for a reviewer, not a crash of the bot.
		if r := recover(); r != nil {
			m.Problems = append(m.Problems, fmt.Sprintf("internal error while decoding: %v", r))
		}
		validHeaders(m)
	}()
	br := bufReaders.Get().(*bufio.Reader)
	br.Reset(r)
	// what is read from it is copied out, so it is reused
	defer func() { br.Reset(nil); bufReaders.Put(br) }()
	th, err := textproto.ReadHeader(br)
	if err != nil {
		m.Problems = append(m.Problems, "headers unreadable: "+err.Error())
		m.Body = fallbackBody(rest(br))
		splitBody(m, ev)
		return m
	}
	h := message.Header{Header: th}
	w := &walker{m: m}
	readHeaders(m, h)
	w.countPart()
	topType, params := w.contentType(h) // read once, entity reads it kept
	body := w.entity(h, br, 0)
	m.Body = spacedTables(tidyLines(body.text))
	splitBody(m, ev)
	addForwards(m, w.forwarded)
	if len(w.returned) > 0 {
		m.Quoted = joinNonEmpty(m.Quoted, strings.Join(w.returned, "\n\n"))
	}
	classifyAuto(m, h, topType, params)
	return m
}

// bufReaders are the readers ExtractFor reads a mail's headers and body
// through; what is read is copied out, so a reader is reused.
var bufReaders = sync.Pool{New: func() any { return bufio.NewReader(nil) }}

// validHeaders makes header fields valid UTF-8: raw 8-bit bytes in headers
// (against the rules, but common in old Danish mail) are read as windows-1252.
func validHeaders(m *Mail) {
	for _, p := range []*string{&m.Subject, &m.FromName, &m.FromAddr, &m.ReplyTo, &m.MessageID, &m.AutoReason} {
		*p = validUTF8(*p)
	}
	for _, list := range [][]string{m.To, m.Cc, m.InReplyTo, m.References, m.Problems} {
		for i := range list {
			list[i] = validUTF8(list[i])
		}
	}
	for i := range m.Attachments {
		m.Attachments[i].Name = validUTF8(m.Attachments[i].Name)
		m.Attachments[i].Type = validUTF8(m.Attachments[i].Type)
	}
}

func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	if b, err := charmap.Windows1252.NewDecoder().String(s); err == nil {
		return b
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// splitBody cuts the body into own words, signature, quoted and forwarded text.
func splitBody(m *Mail, ev *tilmeld.Event) {
	fwd := isForwardSubject(m.Subject)
	t := trimPasted(answersAbove(m.Body), fwd, ev)
	m.Own = t.text(ownLine)
	m.Signature = t.text(sigLine)
	m.Quoted = t.quoted()
	m.Forwarded = joinText(t.forwarded)
	if m.Forwarded == "" && m.Quoted != "" && (fwd || passesOn(m.Own)) {
		quotedForward(m)
	}
}

// answersAbove reads answers typed between the lines of a quoted mail that
// point at the quoted line right above them ("> 2. Sundhed & trivsel" then
// "^ den ovenover er min 2. prioritet"): the pointer gives way to that
// line's words, without its list number, so the answer names what it
// means. Other text is returned as it is.
func answersAbove(body string) string {
	if !strings.Contains(body, "\n>") {
		return body
	}
	var lines []string // split only once an answer is found
	prevQuoted := false
	for n, rest := 0, body; ; n++ {
		line, more, found := strings.Cut(rest, "\n")
		quoted := isQuoted(line)
		if prevQuoted && !quoted {
			if loc := pointAbove.FindStringIndex(line); loc != nil {
				if lines == nil {
					lines = strings.Split(body, "\n")
				}
				above := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(lines[n-1]), "> "))
				if above = strings.TrimSpace(quotedListNumber.ReplaceAllString(above, "")); above != "" {
					lines[n] = line[:loc[0]] + above + line[loc[1]:]
				}
			}
		}
		if !found {
			break
		}
		prevQuoted, rest = quoted, more
	}
	if lines == nil {
		return body
	}
	return strings.Join(lines, "\n")
}

// quotedListNumber is the list number before a quoted line's words ("2. ").
var quotedListNumber = regexp.MustCompile(`^\d{1,2}[.)]\s+`)

// quotedForward takes a mail the sender says she passes on ("Jeg
// videresender tilmeldingen nedenfor", or "Fwd:" in the subject) out of
// the quote when her client marked it with ">" under its header block
// ("> Fra: … > Emne: …"), as Apple Mail's HTML does.
func quotedForward(m *Mail) {
	lines := unquoteLines(strings.Split(m.Quoted, "\n"))
	start := nextNonBlank(lines, 0)
	if start >= len(lines) {
		return
	}
	if _, hk := quoteHeaderAt(lines, start); hk != quoteBlock && hk != forwardMark {
		return
	}
	t := trimLines(lines[start:], true, 1, nil)
	t.src = strings.Join(lines[start:], "\n")
	if fwd := joinText(t.forwarded); fwd != "" {
		m.Forwarded, m.Quoted = fwd, t.quoted()
	}
}

// unquoteLines takes one level of quote marks off lines, in place.
func unquoteLines(lines []string) []string {
	for i, l := range lines {
		l = strings.TrimLeft(l, " \t")
		if rest, ok := strings.CutPrefix(l, ">"); ok {
			l = strings.TrimPrefix(rest, " ")
		}
		lines[i] = l
	}
	return lines
}

// addForwards adds attached messages (message/rfc822) to the forwarded text:
// their header lines, then their own words and signature; their quotes
// join the quoted text.
func addForwards(m *Mail, msgs []embedded) {
	for _, msg := range msgs {
		t := trimLines(strings.Split(msg.body, "\n"), false, 1, nil)
		t.src = msg.body
		text := joinNonEmpty(t.text(ownLine), t.text(sigLine))
		text = joinNonEmpty(strings.TrimSpace(msg.head), joinNonEmpty(text, joinText(t.forwarded)))
		m.Forwarded = joinNonEmpty(m.Forwarded, text)
		m.Quoted = joinNonEmpty(m.Quoted, t.quoted())
	}
}

// subjectPrefixes splits "SV: Fwd: Emne" into its reply and forward
// prefixes, lower-cased, and the rest of the subject.
func subjectPrefixes(s string) (prefixes []string, rest string) {
	rest = strings.TrimSpace(s)
	for len(prefixes) < 10 {
		i := strings.IndexByte(rest, ':')
		if i <= 0 || i > 10 {
			break
		}
		p := strings.ToLower(strings.TrimSpace(rest[:i]))
		if j := strings.IndexByte(p, '['); j > 0 { // "SV[2]:"
			p = strings.TrimSpace(p[:j])
		}
		if !slices.Contains(replyPrefixes, p) && !slices.Contains(forwardPrefixes, p) {
			break
		}
		prefixes = append(prefixes, p)
		rest = strings.TrimSpace(rest[i+1:])
	}
	return prefixes, rest
}

// isForwardSubject tells a subject whose prefixes include a forward one
// ("VS: Tilmelding", "SV: Fwd: møde").
func isForwardSubject(s string) bool {
	p, _ := subjectPrefixes(s)
	return slices.ContainsFunc(p, func(p string) bool { return slices.Contains(forwardPrefixes, p) })
}

// forwardSubject is isForwardSubject in the shape of a pattern, for code
// that matches subjects with MatchString.
var forwardSubject = subjectTest(isForwardSubject)

type subjectTest func(string) bool

func (f subjectTest) MatchString(s string) bool { return f(s) }

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n\n" + b
}

// readHeaders fills the envelope fields, decoding RFC 2047 words in any
// charset and falling back to a lenient reading of malformed fields.
func readHeaders(m *Mail, mh message.Header) {
	h := gomail.Header{Header: mh}
	m.Subject = decodeText(h.Get("Subject"))
	m.FromName, m.FromAddr = headerAddress(h, "From")
	_, m.ReplyTo = headerAddress(h, "Reply-To")
	m.To = headerAddresses(h, "To")
	m.Cc = headerAddresses(h, "Cc")
	m.MessageID = firstID(h.Get("Message-Id"))
	m.InReplyTo = msgIDs(h.Get("In-Reply-To"))
	m.References = msgIDs(h.Get("References"))
	if d := h.Get("Date"); d != "" {
		if t, err := parseDate(strings.TrimSpace(d)); err == nil {
			m.Date = t
		} else {
			m.Problems = append(m.Problems, "unreadable Date: "+quoteShort(d))
		}
	}
}

// parseDate reads a Date field: the usual RFC 5322 form directly, any
// other through net/mail, which tries many layouts.
func parseDate(d string) (time.Time, error) {
	if t, err := time.Parse(time.RFC1123Z, d); err == nil {
		return t, nil
	}
	return mail.ParseDate(d)
}

var mailParser = &mail.AddressParser{WordDecoder: wordDecoder}

// angleAddr and bareAddr find an address in a field net/mail cannot parse.
var (
	angleAddr = regexp.MustCompile(`<\s*([^<>\s@]+@[^<>\s]+)\s*>`)
	bareAddr  = regexp.MustCompile(`[^<>\s"(),;:@]+@[^<>\s"(),;:]+`)
)

// headerAddress returns the display name and lower-cased address of a field.
func headerAddress(h gomail.Header, key string) (name, addr string) {
	v := h.Get(key)
	if v == "" {
		return "", ""
	}
	if name, addr, ok := plainAddress(v); ok {
		return strings.TrimSpace(name), strings.ToLower(addr)
	}
	if a, err := mailParser.Parse(v); err == nil {
		return strings.TrimSpace(a.Name), strings.ToLower(a.Address)
	}
	d := decodeText(v)
	if mm := angleAddr.FindStringSubmatchIndex(d); mm != nil {
		addr = d[mm[2]:mm[3]]
		name = strings.Trim(strings.TrimSpace(d[:mm[0]]), `"' `)
	} else if a := bareAddr.FindString(d); a != "" {
		addr = a
		if i, j := strings.Index(d, "("), strings.LastIndex(d, ")"); i >= 0 && j > i {
			name = strings.TrimSpace(d[i+1 : j])
		}
	}
	return name, strings.ToLower(addr)
}

// headerAddresses returns the lower-cased addresses of a list field.
func headerAddresses(h gomail.Header, key string) []string {
	v := h.Get(key)
	if v == "" {
		return nil
	}
	var out []string
	if plainAddressList(v, func(_, addr string) { out = append(out, strings.ToLower(addr)) }) {
		return out
	}
	out = nil
	if list, err := mailParser.ParseList(v); err == nil {
		for _, a := range list {
			out = append(out, strings.ToLower(a.Address))
		}
		return out
	}
	for _, a := range bareAddr.FindAllString(decodeText(v), 50) {
		out = append(out, strings.ToLower(a))
	}
	return out
}

// plainAddress reads the usual shapes of an address field, "Name Words
// <local@domain>", "<local@domain>" and "local@domain", with plain words
// and addresses, as mailParser.Parse reads them; ok is false for any other
// field, which is left to mailParser: net/mail spends most of its work
// on the shapes it tries first and fails, for every mail.
func plainAddress(v string) (name, addr string, ok bool) {
	if isPlainAddr(v) {
		return "", v, true
	}
	lt := strings.IndexByte(v, '<')
	if lt < 0 || !strings.HasSuffix(v, ">") || !isPlainAddr(v[lt+1:len(v)-1]) {
		return "", "", false
	}
	addr = v[lt+1 : len(v)-1]
	if lt == 0 {
		return "", addr, true
	}
	name = v[:lt-1]
	if v[lt-1] != ' ' || !isPlainPhrase(name) {
		return "", "", false
	}
	return name, addr, true
}

// plainAddressList is plainAddress for a list of addresses ("a@b.dk,
// Name <c@d.dk>"), as mailParser.ParseList reads it: each is passed to
// add; false, having added nothing, when one is not plain.
func plainAddressList(v string, add func(name, addr string)) bool {
	n := strings.Count(v, ",") + 1
	if n > 8 {
		return false
	}
	var found [8][2]string
	for i := range n {
		item, rest, _ := strings.Cut(v, ",")
		item = strings.TrimLeft(item, " ")
		if i < n-1 {
			item = strings.TrimRight(item, " ")
		}
		name, addr, ok := plainAddress(item)
		if !ok {
			return false
		}
		found[i] = [2]string{name, addr}
		v = rest
	}
	for _, f := range found[:n] {
		add(f[0], f[1])
	}
	return true
}

// isPlainAddr tells an address of letters, digits and ".-_+" before the
// "@" and letters, digits, "." and "-" after it, with no dot at either end
// of a part or two dots in a row: a dot-atom of net/mail.
func isPlainAddr(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	return ok && isPlainAtom(local, "._+-") && isPlainAtom(domain, ".-")
}

func isPlainAtom(s, marks string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') &&
			strings.IndexByte(marks, c) < 0 {
			return false
		}
	}
	return true
}

// isPlainPhrase tells a display name of words, one space between them, of
// letters (any valid UTF-8 beyond ASCII), digits and ".-'": net/mail reads
// it as the words joined by one space, which is the name as it stands.
func isPlainPhrase(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") || !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c >= utf8.RuneSelf || c == ' ' || c == '.' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// msgIDs returns the message identifiers of a field, without angle brackets.
func msgIDs(v string) []string {
	var out []string
	// the first 100 matches of <([^<>\s]+)>, found without an expression:
	// the fields are read in every mail
	for i := 0; i < len(v) && len(out) < 100; {
		j := strings.IndexByte(v[i:], '<')
		if j < 0 {
			break
		}
		a := i + j + 1
		b := a
		for b < len(v) && !idStop(v[b]) {
			b++
		}
		if b > a && b < len(v) && v[b] == '>' {
			out = append(out, v[a:b])
			i = b + 1
		} else {
			i = a // a match starts at a '<' only, the next one at b or later
		}
	}
	if out == nil {
		out = append(out, strings.Fields(v)...)
	}
	return out
}

// idStop tells the bytes [^<>\s] does not match.
func idStop(c byte) bool {
	return c == '<' || c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func firstID(v string) string {
	if ids := msgIDs(v); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// fallbackBody reads a mail whose header cannot be parsed as text: the part
// after the first blank line if there is one, else everything.
func fallbackBody(raw []byte) string {
	raw = bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
	if i := bytes.Index(raw, []byte("\n\n")); i >= 0 {
		raw = raw[i+2:]
	}
	if len(raw) > maxText {
		raw = raw[:maxText]
	}
	w := &walker{m: &Mail{}}
	return tidyLines(w.toUTF8(raw))
}
