package parser

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/textproto"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Limits that keep time and memory bounded on hostile or broken input.
const (
	maxParts    = 100     // MIME parts visited in one mail
	maxDepth    = 8       // nesting of multiparts and attached messages
	maxPartText = 1 << 20 // bytes of text read from one part
	maxText     = 2 << 20 // bytes of text read from the whole mail
)

func init() {
	// Mail labelled ISO-8859-1 is often written in windows-1252 (€, curly
	// quotes in 0x80-0x9F); decoding it as windows-1252 loses nothing, as
	// browsers also do (WHATWG encoding standard).
	for _, name := range []string{"iso-8859-1", "iso_8859-1", "latin1", "l1", "iso8859-1"} {
		charset.RegisterEncoding(name, charmap.Windows1252)
	}
	// The charsets of Danish mail, registered by name so that finding them
	// is a map look-up rather than a search of the IANA index per part.
	charset.RegisterEncoding("windows-1252", charmap.Windows1252)
	charset.RegisterEncoding("cp1252", charmap.Windows1252)
	charset.RegisterEncoding("iso-8859-15", charmap.ISO8859_15)
	charset.RegisterEncoding("utf8", unicode.UTF8)
}

// wordDecoder decodes RFC 2047 words in any charset the charset package knows.
var wordDecoder = &mime.WordDecoder{CharsetReader: charset.Reader}

// partText is the readable text of one entity.
type partText struct {
	text     string
	fromHTML bool
}

// walker walks a MIME tree once, collecting text and noting what it skips.
type walker struct {
	m         *Mail
	rawLen    int // size of the whole raw mail
	parts     int
	textBytes int
	forwarded []embedded
	returned  []string // messages returned inside a delivery report
}

func (w *walker) problem(format string, args ...any) {
	if len(w.m.Problems) < 20 {
		w.m.Problems = append(w.m.Problems, fmt.Sprintf(format, args...))
	}
}

// entity returns the text of e, visiting its parts.
func (w *walker) entity(e *message.Entity, depth int) partText {
	w.parts++
	if w.parts > maxParts {
		if w.parts == maxParts+1 {
			w.problem("more than %d MIME parts; the rest is skipped", maxParts)
		}
		return partText{}
	}
	typ, params, err := e.Header.ContentType()
	if err != nil {
		e, typ, params = w.repairType(e)
	}
	if typ == "" {
		typ = "text/plain"
	}
	if strings.HasPrefix(typ, "multipart/") {
		if depth >= maxDepth {
			w.problem("MIME nesting deeper than %d; inner parts skipped", maxDepth)
			return partText{}
		}
		return w.multipart(e, typ, params["boundary"], depth)
	}
	if isAttachment(e.Header, typ) {
		w.attachment(e.Header, typ, e.Body, false)
		return partText{}
	}
	switch typ {
	case "text/html":
		return partText{text: htmlToText(w.read(e)), fromHTML: true}
	case "message/rfc822", "message/global":
		w.attachedMessage(e, depth)
		return partText{}
	case "text/plain", "text/enriched", "text/richtext":
		return partText{text: w.plain(e, params)}
	}
	w.attachment(e.Header, typ, e.Body, false)
	return partText{}
}

// paramPattern finds parameters in a Content-Type that mime cannot parse.
var paramPattern = regexp.MustCompile(`;\s*([\w.-]+)\s*=\s*("([^"]*)"|[^;\s]+)`)

// repairType rereads an entity whose Content-Type does not parse, as
// Outlook's unquoted "type=multipart/alternative" on multipart/related. The
// entity is rebuilt with the repaired header, so go-message decodes it as
// it would have; the transfer encoding was already undone.
func (w *walker) repairType(e *message.Entity) (*message.Entity, string, map[string]string) {
	raw := e.Header.Get("Content-Type")
	typ, _, _ := strings.Cut(raw, ";")
	typ = strings.ToLower(strings.TrimSpace(typ))
	params := map[string]string{}
	for _, m := range paramPattern.FindAllStringSubmatch(raw, 20) {
		v := m[2]
		if m[3] != "" || strings.HasPrefix(v, `"`) {
			v = m[3]
		}
		params[strings.ToLower(m[1])] = v
	}
	fixed := mime.FormatMediaType(typ, params)
	if fixed == "" {
		w.problem("unreadable Content-Type %s; read as plain text", quoteShort(raw))
		return e, "text/plain", nil
	}
	h := e.Header.Copy()
	h.Set("Content-Type", fixed)
	h.Del("Content-Transfer-Encoding")
	e2, err := message.New(h, e.Body)
	if e2 == nil {
		return e, "text/plain", nil
	}
	w.noteDecodeError(err)
	return e2, typ, params
}

// plain reads a text/plain part, undoing format=flowed.
func (w *walker) plain(e *message.Entity, params map[string]string) string {
	s := w.read(e)
	if strings.EqualFold(params["format"], "flowed") {
		s = unflow(s, strings.EqualFold(params["delsp"], "yes"))
	}
	return s
}

// isAttachment tells a file the sender attached from text to read.
func isAttachment(h message.Header, typ string) bool {
	if strings.HasPrefix(typ, "multipart/") {
		return false
	}
	disp, _, _ := h.ContentDisposition()
	if strings.EqualFold(disp, "attachment") {
		return typ != "message/rfc822" && typ != "message/global"
	}
	switch typ {
	case "text/plain", "text/html", "text/enriched", "text/richtext", "message/rfc822", "message/global":
		return false
	}
	return true
}

// multipart joins the parts of a multipart entity the way its subtype
// means. Parts are read raw, so that attachments are counted without being
// decoded; only the parts that may hold text are decoded.
func (w *walker) multipart(e *message.Entity, typ, boundary string, depth int) partText {
	if boundary == "" {
		w.problem("%s without a boundary; read as text", typ)
		return partText{text: w.read(e)}
	}
	mr := textproto.NewMultipartReader(e.Body, boundary)
	var texts []partText
	for i := 0; ; i++ {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			w.problem("broken MIME structure in %s: %v", typ, err)
			break
		}
		if w.parts++; w.parts > maxParts {
			w.problem("more than %d MIME parts; the rest is skipped", maxParts)
			break
		}
		h := message.Header{Header: p.Header}
		ptyp := headerType(h)
		switch {
		case typ == "multipart/alternative" && hasUsefulPlain(texts) && ptyp != "text/plain":
			// The plain text is read; the HTML version is not needed.
		case typ == "multipart/related" && i > 0:
			// Resources of the root part (logos, inline images).
			w.rawAttachment(h, ptyp, p, true)
		case isAttachment(h, ptyp):
			w.rawAttachment(h, ptyp, p, false)
		default:
			ent, err := message.New(h, p)
			w.noteDecodeError(err)
			if typ == "multipart/report" && i > 0 {
				w.reportPart(ent, ptyp, depth)
			} else {
				texts = append(texts, w.entity(ent, depth+1))
			}
		}
	}
	if typ == "multipart/alternative" {
		return chooseAlternative(texts)
	}
	return joinContents(texts)
}

// reportPart handles the machine parts of a delivery report: the returned
// message is our own mail, kept apart as quoted text.
func (w *walker) reportPart(p *message.Entity, typ string, depth int) {
	switch typ {
	case "text/rfc822-headers":
		w.returned = append(w.returned, w.read(p))
	case "message/rfc822", "message/global":
		if msg, ok := w.readMessage(p, depth); ok {
			w.returned = append(w.returned, msg.head+"\n"+msg.body)
		}
	default:
		w.attachment(p.Header, typ, p.Body, false)
	}
}

func headerType(h message.Header) string {
	t, _, err := h.ContentType()
	if err != nil {
		t, _, _ = strings.Cut(strings.ToLower(h.Get("Content-Type")), ";")
		t = strings.TrimSpace(t)
	}
	if t == "" {
		return "text/plain"
	}
	return t
}

// embedded is a mail inside the mail: a forward as attachment, or the
// returned message of a delivery report.
type embedded struct {
	head string // "From: …" lines
	body string
}

// attachedMessage reads an attached mail (a forward as attachment).
func (w *walker) attachedMessage(e *message.Entity, depth int) {
	if msg, ok := w.readMessage(e, depth); ok {
		w.forwarded = append(w.forwarded, msg)
	}
}

// readMessage reads an embedded message: a few header lines and its text.
func (w *walker) readMessage(e *message.Entity, depth int) (embedded, bool) {
	if depth >= maxDepth {
		w.problem("attached message nested deeper than %d; skipped", maxDepth)
		return embedded{}, false
	}
	inner, err := message.Read(e.Body)
	if inner == nil {
		w.problem("attached message unreadable: %v", err)
		return embedded{}, false
	}
	w.noteDecodeError(err)
	var b strings.Builder
	for _, k := range []string{"From", "Date", "Subject", "To"} {
		if v := decodeText(inner.Header.Get(k)); v != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	return embedded{head: b.String(), body: w.entity(inner, depth+1).text}, true
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

// read returns a text part's body as UTF-8, capped in size.
func (w *walker) read(e *message.Entity) string {
	limit := min(maxPartText, maxText-w.textBytes)
	if limit <= 0 {
		w.problem("text longer than %d bytes; the rest is skipped", maxText)
		return ""
	}
	var buf bytes.Buffer
	// Decoded text is rarely longer than the raw mail it came from; most
	// text parts are far shorter than a large mail's attachments.
	buf.Grow(min(limit, w.rawLen+512, 32<<10))
	n, err := io.Copy(&buf, io.LimitReader(e.Body, int64(limit)+1))
	if err != nil {
		w.problem("text part partly unreadable: %v", err)
	}
	if n > int64(limit) {
		w.problem("text part longer than %d bytes; cut", limit)
		buf.Truncate(limit)
	}
	w.textBytes += buf.Len()
	return w.toUTF8(buf.Bytes())
}

// toUTF8 makes sure text is valid UTF-8: bytes that are not (a wrong or
// missing charset label) are read as windows-1252, the usual Danish 8-bit set.
func (w *walker) toUTF8(b []byte) string {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
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

// attachment notes a skipped part whose body is already decoded, counting
// its size without keeping it.
func (w *walker) attachment(h message.Header, typ string, body io.Reader, inline bool) {
	n, err := io.Copy(io.Discard, io.LimitReader(body, 1<<30))
	w.noteAttachment(h, typ, n, err, inline)
}

// rawAttachment notes a part still in its transfer encoding. Base64, the
// usual encoding of files, is measured by counting its characters rather
// than decoding it.
func (w *walker) rawAttachment(h message.Header, typ string, raw io.Reader, inline bool) {
	if !strings.EqualFold(strings.TrimSpace(h.Get("Content-Transfer-Encoding")), "base64") {
		ent, err := message.New(h, raw)
		if ent == nil {
			w.noteAttachment(h, typ, 0, err, inline)
			return
		}
		w.attachment(h, typ, ent.Body, inline)
		return
	}
	var c base64Size
	_, err := io.Copy(&c, io.LimitReader(raw, 1<<30))
	w.noteAttachment(h, typ, c.size(), err, inline)
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

// noteDecodeError records an unknown charset or transfer encoding; the
// entity that came with the error is still read as far as it goes.
func (w *walker) noteDecodeError(err error) {
	switch {
	case err == nil:
	case message.IsUnknownCharset(err):
		w.problem("unknown charset (%s); text read undecoded", strings.ReplaceAll(err.Error(), "unknown charset: ", ""))
	case message.IsUnknownEncoding(err):
		w.problem("unknown transfer encoding (%v); text read as is", err)
	default:
		w.problem("MIME: %v", err)
	}
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
