package mailbot

import (
	"bytes"
	"net/mail"
)

// inboundFields are the header fields fromHeader reads, in the canonical
// form net/mail keys them by.
var inboundFields = []string{"Message-Id", "In-Reply-To", "References", LoopHeader, "Auto-Submitted",
	"Precedence", "List-Id", "List-Unsubscribe", "X-Autoreply", "X-Autorespond", "Subject", "From", "Reply-To"}

// readHeaderFields reads the header of raw as net/mail.ReadMessage does,
// keeping only inboundFields: the first value of each, unfolded and
// trimmed alike, and nothing at all for a header ReadMessage refuses. It
// neither buffers the mail nor keeps the other fields, which in
// ReadMessage cost a 4 KB buffer and a map of every field per mail, a
// fifteenth of all the daemon allocated in an ingest.
func readHeaderFields(raw []byte) mail.Header {
	h := mail.Header{}
	// The first line cannot start with a leading space.
	if len(raw) > 0 && (raw[0] == ' ' || raw[0] == '\t') {
		return mail.Header{}
	}
	var folded []byte
	rest := raw
	for len(rest) > 0 {
		var line []byte
		line, rest = nextLine(rest)
		if len(line) == 0 {
			break // the blank line that ends the header
		}
		kv := trimSpace(line)
		if len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t') {
			// Continuation lines: each joined by one space, trimmed.
			folded = append(folded[:0], kv...)
			for len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t') {
				rest = bytes.TrimLeft(rest, " \t")
				folded = append(folded, ' ')
				if len(rest) == 0 {
					break
				}
				line, rest = nextLine(rest)
				folded = append(folded, trimSpace(line)...)
			}
			kv = folded
		}
		if len(kv) == 0 {
			break
		}
		k, v, ok := bytes.Cut(kv, []byte(":"))
		if !ok {
			return mail.Header{} // malformed: ReadMessage gives up
		}
		if key := inboundField(k); key != "" && h[key] == nil {
			h[key] = []string{string(bytes.TrimLeft(v, " \t"))}
		}
	}
	return h
}

// nextLine splits off the first line of b, without its "\n" or "\r\n".
func nextLine(b []byte) (line, rest []byte) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return b, nil
	}
	line, rest = b[:i], b[i+1:]
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	return line, rest
}

// trimSpace trims what net/textproto does: spaces and tabs.
func trimSpace(b []byte) []byte { return bytes.Trim(b, " \t") }

// inboundField returns the inboundFields entry key names, "" for none:
// equal but for the case of ASCII letters, which is when net/textproto's
// canonical form of key is that entry.
func inboundField(key []byte) string {
	for _, f := range inboundFields {
		if len(f) == len(key) && asciiEqualFold(key, f) {
			return f
		}
	}
	return ""
}

func asciiEqualFold(b []byte, s string) bool {
	for i := range len(b) {
		c, d := b[i], s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}
