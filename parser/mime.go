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
	"golang.org/x/text/encoding/charmap"
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
	parts     int
	textBytes int
	forwarded []string
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
		return w.multipart(e, typ, depth)
	}
	if isAttachment(e, typ) {
		w.attachment(e, typ, false)
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
	w.attachment(e, typ, false)
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
func isAttachment(e *message.Entity, typ string) bool {
	disp, _, _ := e.Header.ContentDisposition()
	if strings.EqualFold(disp, "attachment") {
		return typ != "message/rfc822" && typ != "message/global"
	}
	switch typ {
	case "text/plain", "text/html", "text/enriched", "text/richtext", "message/rfc822", "message/global":
		return false
	}
	return true
}

// multipart joins the parts of a multipart entity the way its subtype means.
func (w *walker) multipart(e *message.Entity, typ string, depth int) partText {
	mr := e.MultipartReader()
	if mr == nil {
		w.problem("%s without a usable boundary; read as text", typ)
		return partText{text: w.read(e)}
	}
	var texts []partText
	first := true
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil && p == nil {
			w.problem("broken MIME structure in %s: %v", typ, err)
			break
		}
		if err != nil {
			w.noteDecodeError(err)
		}
		switch {
		case typ == "multipart/related" && !first:
			// Resources of the root part (logos, inline images).
			w.attachment(p, partType(p), true)
		case typ == "multipart/report" && !first:
			w.reportPart(p, depth)
		default:
			texts = append(texts, w.entity(p, depth+1))
		}
		first = false
		if w.parts > maxParts {
			break
		}
	}
	if typ == "multipart/alternative" {
		return chooseAlternative(texts)
	}
	return joinContents(texts)
}

// reportPart handles the machine parts of a delivery report: the returned
// message is our own mail, kept apart as quoted text.
func (w *walker) reportPart(p *message.Entity, depth int) {
	switch typ := partType(p); typ {
	case "message/rfc822", "message/global", "text/rfc822-headers":
		if typ == "text/rfc822-headers" {
			w.returned = append(w.returned, w.read(p))
			return
		}
		if inner, ok := w.readMessage(p, depth); ok {
			w.returned = append(w.returned, inner)
		}
	default:
		w.attachment(p, typ, false)
	}
}

func partType(e *message.Entity) string {
	t, _, _ := e.Header.ContentType()
	if t == "" {
		return "text/plain"
	}
	return t
}

// attachedMessage reads an attached mail (a forward as attachment).
func (w *walker) attachedMessage(e *message.Entity, depth int) {
	if s, ok := w.readMessage(e, depth); ok {
		w.forwarded = append(w.forwarded, s)
	}
}

// readMessage renders an embedded message as header lines and its text.
func (w *walker) readMessage(e *message.Entity, depth int) (string, bool) {
	if depth >= maxDepth {
		w.problem("attached message nested deeper than %d; skipped", maxDepth)
		return "", false
	}
	inner, err := message.Read(io.LimitReader(e.Body, 64<<20))
	if inner == nil {
		w.problem("attached message unreadable: %v", err)
		return "", false
	}
	w.noteDecodeError(err)
	var b strings.Builder
	for _, k := range []string{"From", "Date", "Subject", "To"} {
		if v := decodeText(inner.Header.Get(k)); v != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	b.WriteString("\n")
	b.WriteString(w.entity(inner, depth+1).text)
	return b.String(), true
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

// attachment notes a skipped part, counting its size without keeping it.
func (w *walker) attachment(e *message.Entity, typ string, inline bool) {
	name := attachmentName(e)
	n, err := io.Copy(io.Discard, io.LimitReader(e.Body, 256<<20))
	if err != nil {
		w.problem("attachment %q partly unreadable: %v", name, err)
	}
	if len(w.m.Attachments) < maxParts {
		w.m.Attachments = append(w.m.Attachments, Attachment{Name: name, Type: typ, Size: n, Inline: inline})
	}
}

// attachmentName takes the file name from Content-Disposition (RFC 2231
// aware) or the older Content-Type name parameter.
func attachmentName(e *message.Entity) string {
	if _, p, err := e.Header.ContentDisposition(); err == nil && p["filename"] != "" {
		return decodeText(p["filename"])
	}
	if _, p, err := e.Header.ContentType(); err == nil {
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
		w.problem("unknown charset (%v); text read undecoded", err)
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
