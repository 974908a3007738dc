package parser

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/textproto"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// Limits that keep time and memory bounded on hostile or broken input.
const (
	maxParts    = 100     // MIME parts visited in one mail
	maxDepth    = 8       // nesting of multiparts and attached messages
	maxPartText = 1 << 20 // bytes of text read from one part
	maxText     = 2 << 20 // bytes of text read from the whole mail
)

// wordDecoder decodes RFC 2047 words in any charset that decodeCharset knows.
var wordDecoder = &mime.WordDecoder{CharsetReader: func(label string, input io.Reader) (io.Reader, error) {
	b, err := io.ReadAll(input)
	if err != nil {
		return nil, err
	}
	out, err := decodeCharset(b, label)
	return bytes.NewReader(out), err
}}

// decodeCharset converts text in the named charset to UTF-8. Names are
// looked up as browsers do (WHATWG): ISO-8859-1 is read as windows-1252,
// its superset, which Danish mail labelled ISO-8859-1 often really is
// (€ and curly quotes). Names browsers do not know go to go-message's
// charset package.
func decodeCharset(text []byte, label string) ([]byte, error) {
	if enc, err := htmlindex.Get(label); err == nil {
		if enc == charmap.Windows1252 {
			return decodeWindows1252(text), nil
		}
		return enc.NewDecoder().Bytes(text)
	}
	r, err := charset.Reader(label, bytes.NewReader(text))
	if err != nil {
		return text, err
	}
	return io.ReadAll(r)
}

// decodeWindows1252 is charmap.Windows1252's decoder, which costs more
// than the text it decodes: the charset of most Danish 8-bit mail, and
// of any labelled ISO-8859-1. Text that is all ASCII is returned as it is.
func decodeWindows1252(text []byte) []byte {
	var out []byte
	for {
		i := 0 // the run of ASCII, kept as it is
		for i < len(text) && text[i] < utf8.RuneSelf {
			i++
		}
		if i == len(text) && out == nil {
			return text
		}
		if out == nil {
			out = make([]byte, 0, len(text)+len(text)/8+8)
		}
		out = append(out, text[:i]...)
		if i == len(text) {
			return out
		}
		out = utf8.AppendRune(out, windows1252[text[i]])
		text = text[i+1:]
	}
}

// windows1252 is the character of each byte in windows-1252.
var windows1252 = func() (t [256]rune) {
	for c := range t {
		t[c] = charmap.Windows1252.DecodeByte(byte(c))
	}
	return t
}()

// partText is the readable text of one entity.
type partText struct {
	text     string
	fromHTML bool
}

// walker walks a MIME tree once, collecting text and noting what it skips.
type walker struct {
	m         *Mail
	parts     int
	textBytes int
	forwarded []embedded
	returned  []string // messages returned inside a delivery report
	// lastType is the Content-Type read last: a part's is read by the
	// loop over its siblings and again by entity, the mail's by entity
	// and again to classify the mail.
	lastType mediaType
}

type mediaType struct {
	raw, typ string
	params   map[string]string // not changed by those who read it
}

// contentType returns the media type and parameters of h (see
// parseContentType), the last field read kept.
func (w *walker) contentType(h message.Header) (string, map[string]string) {
	raw := h.Get("Content-Type")
	if lt := &w.lastType; lt.typ != "" && lt.raw == raw {
		return lt.typ, lt.params
	}
	typ, params := parseContentType(raw)
	w.lastType = mediaType{raw, typ, params}
	return typ, params
}

func (w *walker) problem(format string, args ...any) {
	if len(w.m.Problems) < 20 {
		w.m.Problems = append(w.m.Problems, fmt.Sprintf(format, args...))
	}
}

// countPart counts a MIME part and tells whether it may still be read.
func (w *walker) countPart() bool {
	w.parts++
	if w.parts == maxParts+1 {
		w.problem("more than %d MIME parts; the rest is skipped", maxParts)
	}
	return w.parts <= maxParts
}

// entity returns the text of a MIME entity: its header and its body still
// in its transfer encoding. Text is decoded here rather than by go-message,
// so that a broken encoding keeps what can be read and attachments are
// counted without being decoded.
func (w *walker) entity(h message.Header, body io.Reader, depth int) partText {
	typ, params := w.contentType(h)
	switch {
	case strings.HasPrefix(typ, "multipart/"):
		if depth >= maxDepth {
			w.problem("MIME nesting deeper than %d; inner parts skipped", maxDepth)
			return partText{}
		}
		return w.multipart(h, body, typ, params["boundary"], depth)
	case isAttachment(h, typ):
		w.attachment(h, typ, body, false)
	case typ == "text/html":
		return partText{text: htmlToText(w.readTextIn(h, params["charset"], true, body)), fromHTML: true}
	case typ == "message/rfc822" || typ == "message/global":
		if msg, ok := w.readMessage(h, body, depth); ok {
			w.forwarded = append(w.forwarded, msg)
		}
	default: // text/plain and its kin
		s := w.readText(h, params, body)
		if strings.EqualFold(params["format"], "flowed") {
			s = unflow(s, strings.EqualFold(params["delsp"], "yes"))
		}
		return partText{text: s}
	}
	return partText{}
}

// parseContentType returns the media type and parameters of a
// Content-Type, leniently: Outlook writes "multipart/related;
// type=multipart/alternative" unquoted, which the mime package refuses. A
// missing type is text/plain (RFC 2045).
func parseContentType(raw string) (string, map[string]string) {
	typ, params, err := mime.ParseMediaType(raw)
	if err != nil {
		typ, _, _ = strings.Cut(raw, ";")
		typ = strings.ToLower(strings.TrimSpace(typ))
		params = map[string]string{}
		for _, m := range paramPattern.FindAllStringSubmatch(raw, 20) {
			v := m[2]
			if m[3] != "" || strings.HasPrefix(v, `"`) {
				v = m[3]
			}
			params[strings.ToLower(m[1])] = v
		}
	}
	if !strings.Contains(typ, "/") {
		typ = "text/plain"
	}
	return typ, params
}

// paramPattern finds parameters in a Content-Type that mime cannot parse.
var paramPattern = regexp.MustCompile(`;\s*([\w.*-]+)\s*=\s*("([^"]*)"|[^;\s]+)`)

// isAttachment tells a file the sender attached from text to read.
func isAttachment(h message.Header, typ string) bool {
	if strings.HasPrefix(typ, "multipart/") {
		return false
	}
	// without the field, mime would build an error to say so
	if h.Get("Content-Disposition") != "" {
		if disp, _, _ := h.ContentDisposition(); strings.EqualFold(disp, "attachment") {
			return typ != "message/rfc822" && typ != "message/global"
		}
	}
	switch typ {
	case "text/plain", "text/html", "text/enriched", "text/richtext", "message/rfc822", "message/global":
		return false
	}
	return true
}

// multipart joins the parts of a multipart entity the way its subtype means.
func (w *walker) multipart(h message.Header, body io.Reader, typ, boundary string, depth int) partText {
	if boundary == "" {
		w.problem("%s without a boundary; read as text", typ)
		return partText{text: w.readText(h, nil, body)}
	}
	mr := textproto.NewMultipartReader(body, boundary)
	var texts []partText
	for i := 0; ; i++ {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			if i == 0 { // the text, if any, stood where no part begins
				w.problem("%s with no parts: its boundary never appears", typ)
			}
			break
		}
		if err != nil {
			w.problem("broken MIME structure in %s: %v", typ, err)
			break
		}
		if !w.countPart() {
			break
		}
		ph := message.Header{Header: p.Header}
		ptyp, _ := w.contentType(ph)
		switch {
		case typ == "multipart/alternative" && hasUsefulPlain(texts) && ptyp != "text/plain":
			// The plain text is read; the HTML version is not needed.
		case typ == "multipart/related" && i > 0:
			// Resources of the root part (logos, inline images).
			w.attachment(ph, ptyp, p, true)
		case typ == "multipart/report" && i > 0:
			w.reportPart(ph, ptyp, p, depth)
		default:
			texts = append(texts, w.entity(ph, p, depth+1))
		}
	}
	if typ == "multipart/alternative" {
		return chooseAlternative(texts)
	}
	return joinContents(texts)
}

// reportPart handles the machine parts of a delivery report: the returned
// message is our own mail, kept apart as quoted text.
func (w *walker) reportPart(h message.Header, typ string, body io.Reader, depth int) {
	switch typ {
	case "text/rfc822-headers":
		w.returned = append(w.returned, w.readText(h, nil, body))
	case "message/rfc822", "message/global":
		if msg, ok := w.readMessage(h, body, depth); ok {
			w.returned = append(w.returned, msg.head+"\n"+msg.body)
		}
	default:
		w.attachment(h, typ, body, false)
	}
}

// embedded is a mail inside the mail: a forward as attachment, or the
// returned message of a delivery report.
type embedded struct {
	head string // "From: …" lines
	body string
}

// readMessage reads an embedded message: a few header lines and its text.
func (w *walker) readMessage(h message.Header, body io.Reader, depth int) (embedded, bool) {
	if depth >= maxDepth {
		w.problem("attached message nested deeper than %d; skipped", maxDepth)
		return embedded{}, false
	}
	if !w.countPart() {
		return embedded{}, false
	}
	br := bufio.NewReader(transferReader(h, body))
	th, err := textproto.ReadHeader(br)
	if err != nil {
		w.problem("attached message unreadable: %v", err)
		return embedded{}, false
	}
	inner := message.Header{Header: th}
	var b strings.Builder
	for _, k := range []string{"From", "Date", "Subject", "To"} {
		if v := validUTF8(decodeText(inner.Get(k))); v != "" { // 8-bit headers: windows-1252
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	return embedded{head: b.String(), body: w.entity(inner, br, depth+1).text}, true
}

// transferReader undoes the transfer encoding of a part that is read as a
// stream (an attached message), using the standard decoders.
func transferReader(h message.Header, body io.Reader) io.Reader {
	switch transferEncoding(h) {
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &base64Filter{r: body})
	case "quoted-printable":
		return quotedprintable.NewReader(body)
	}
	return body
}

func transferEncoding(h message.Header) string {
	return strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding")))
}

// hasUsefulPlain tells whether a plain-text alternative worth reading was found.
func hasUsefulPlain(texts []partText) bool {
	for _, c := range texts {
		if !c.fromHTML && !uselessPlain(c.text) {
			return true
		}
	}
	return false
}

// chooseAlternative takes the plain text unless it is empty or only points
// at the HTML version; then the richest other version.
func chooseAlternative(texts []partText) partText {
	var plain, other partText
	for _, c := range texts {
		if strings.TrimSpace(c.text) == "" {
			continue
		}
		if !c.fromHTML && plain.text == "" {
			plain = c
		} else if c.fromHTML {
			other = c
		}
	}
	if plain.text != "" && (other.text == "" || !uselessPlain(plain.text)) {
		return plain
	}
	return other
}

// joinContents joins the text of sibling parts (body and inline additions).
func joinContents(texts []partText) partText {
	var out partText
	for _, c := range texts {
		if strings.TrimSpace(c.text) == "" {
			continue
		}
		if out.text != "" {
			out.text += "\n\n"
		}
		out.text += c.text
		out.fromHTML = out.fromHTML || c.fromHTML
	}
	return out
}

// rawBuffers are reused for reading parts in their transfer encoding: the
// raw bytes are decoded into a string and not kept.
var rawBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// readText returns a text part's body as UTF-8: transfer encoding undone
// leniently, then the charset, with the size capped.
func (w *walker) readText(h message.Header, params map[string]string, body io.Reader) string {
	return w.readTextIn(h, params["charset"], false, body)
}

// readTextIn is readText of a part in charset cs; HTML with no charset in
// its Content-Type and not in UTF-8 is read in the one its <meta> tag
// names, as a browser reads it.
func (w *walker) readTextIn(h message.Header, cs string, html bool, body io.Reader) string {
	limit := min(maxPartText, maxText-w.textBytes)
	if limit <= 0 {
		w.problem("text longer than %d bytes; the rest is skipped", maxText)
		return ""
	}
	buf := rawBuffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 1<<20 { // a rare huge part is not kept
			rawBuffers.Put(buf)
		}
	}()
	buf.Reset()
	if _, err := buf.ReadFrom(io.LimitReader(body, 4*int64(limit))); err != nil {
		w.problem("text part partly unreadable: %v", err)
	}
	text := buf.Bytes()
	switch transferEncoding(h) {
	case "quoted-printable":
		text = decodeQP(text)
	case "base64":
		text = decodeBase64(text)
	}
	if cs == "" && html && !utf8.Valid(text) {
		cs = metaCharset(text) // UTF-8 is read as it is, whatever a copied <meta> says
	}
	text = w.fromCharset(text, cs)
	if len(text) > limit {
		w.problem("text part longer than %d bytes; cut", limit)
		text = text[:limit]
	}
	w.textBytes += len(text)
	return w.toUTF8(text)
}

// metaCharset returns the charset an HTML document names in its first
// 1024 bytes (<meta charset="..."> or <meta http-equiv="Content-Type"
// content="text/html; charset=...">), "" if none.
func metaCharset(doc []byte) string {
	head := bytes.ToLower(doc[:min(len(doc), 1024)]) // HTML parts without a charset are few
	meta := bytes.Index(head, []byte("<meta"))
	if meta < 0 {
		return ""
	}
	i := bytes.Index(head[meta:], []byte("charset"))
	if i < 0 {
		return ""
	}
	j := meta + i + len("charset")
	for j < len(head) && (head[j] == ' ' || head[j] == '=' || head[j] == '"' || head[j] == '\'') {
		j++
	}
	k := j
	for k < len(head) && (isASCIIWordChar(head[k]) || head[k] == '-' || head[k] == '.' || head[k] == ':') {
		k++
	}
	return string(head[j:k])
}

// fromCharset converts text from its declared charset to UTF-8. An unknown
// charset leaves the bytes as they are (toUTF8 then reads 8-bit text as
// windows-1252).
func (w *walker) fromCharset(text []byte, cs string) []byte {
	switch strings.ToLower(strings.Trim(cs, " \"'")) {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
		return text
	}
	out, err := decodeCharset(text, cs)
	if err != nil {
		w.problem("unknown charset %q; text read undecoded", cs)
		return text
	}
	return out
}

// dropCR turns CRLF line ends into LF, in place.
func dropCR(b []byte) []byte {
	w := bytes.Index(b, []byte("\r\n"))
	if w < 0 {
		return b
	}
	for i := w; i < len(b); {
		if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
			i++
		}
		j := bytes.IndexByte(b[i+1:], '\r') // copy up to the next CR at once
		if j < 0 {
			j = len(b) - i - 1
		}
		w += copy(b[w:], b[i:i+1+j])
		i += 1 + j
	}
	return b[:w]
}

// toUTF8 makes sure text is valid UTF-8: bytes that are not (a wrong or
// missing charset label) are read as windows-1252, the usual Danish 8-bit set.
func (w *walker) toUTF8(b []byte) string {
	b = dropCR(b)
	if utf8.Valid(b) {
		return string(b)
	}
	w.problem("text is not valid in its declared charset; read as windows-1252")
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(s)
}

// attachment notes a skipped part, measuring it without keeping it:
// base64, the usual encoding of files, by counting its characters; other
// encodings by decoding them into a counter.
func (w *walker) attachment(h message.Header, typ string, body io.Reader, inline bool) {
	body = io.LimitReader(body, 1<<30)
	if transferEncoding(h) == "base64" {
		var c base64Size
		_, err := io.Copy(&c, body)
		w.noteAttachment(h, typ, c.size(), err, inline)
		return
	}
	n, err := io.Copy(io.Discard, transferReader(h, body))
	w.noteAttachment(h, typ, n, err, inline)
}

func (w *walker) noteAttachment(h message.Header, typ string, size int64, err error, inline bool) {
	name := attachmentName(h)
	if err != nil {
		w.problem("attachment %q partly unreadable: %v", name, err)
	}
	if len(w.m.Attachments) < maxParts {
		w.m.Attachments = append(w.m.Attachments, Attachment{Name: name, Type: typ, Size: size, Inline: inline})
	}
}

// base64Size counts the characters of base64 text written to it, to tell
// the size of the data it encodes.
type base64Size struct{ chars, pad int64 }

var base64Alphabet = func() (t [256]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" {
		t[c] = true
	}
	return t
}()

func (c *base64Size) Write(p []byte) (int, error) {
	for _, b := range p {
		if base64Alphabet[b] {
			c.chars++
		} else if b == '=' {
			c.pad++
		}
	}
	return len(p), nil
}

func (c *base64Size) size() int64 {
	return (c.chars+c.pad)/4*3 - min(c.pad, 2)
}

// attachmentName takes the file name from Content-Disposition (RFC 2231
// aware) or the older Content-Type name parameter.
func attachmentName(h message.Header) string {
	if _, p, err := h.ContentDisposition(); err == nil && p["filename"] != "" {
		return decodeText(p["filename"])
	}
	if _, p, err := h.ContentType(); err == nil {
		return decodeText(p["name"])
	}
	return ""
}

// decodeText decodes RFC 2047 encoded words; what cannot be decoded stays as is.
func decodeText(s string) string {
	if !strings.Contains(s, "=?") {
		return strings.TrimSpace(s)
	}
	d, err := wordDecoder.DecodeHeader(s)
	if err != nil {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(d)
}

// unflow undoes format=flowed (RFC 3676): a line ending in a space goes on
// in the next line of the same quote depth; stuffed spaces are removed.
func unflow(s string, delsp bool) string {
	var out strings.Builder
	var cur strings.Builder
	curDepth, open := 0, false
	flush := func() {
		if open {
			out.WriteString(strings.Repeat(">", curDepth))
			if curDepth > 0 {
				out.WriteByte(' ')
			}
			out.WriteString(cur.String())
			out.WriteByte('\n')
			cur.Reset()
			open = false
		}
	}
	for _, line := range strings.Split(s, "\n") {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		body := strings.TrimPrefix(line[depth:], " ")
		if open && depth != curDepth {
			flush()
		}
		curDepth, open = depth, true
		soft := strings.HasSuffix(body, " ") && body != "-- "
		if soft && delsp {
			body = body[:len(body)-1]
		}
		cur.WriteString(body)
		if !soft {
			flush()
		}
	}
	flush()
	return strings.TrimSuffix(out.String(), "\n")
}
