// Package hostile builds broken and malicious mails for tests: the kinds a
// public mailbox receives from broken clients and from attackers. The large
// ones are built in memory, so no test data file holds megabytes.
package hostile

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Mail is one hostile input.
type Mail struct {
	Name string
	// Raw is the mail; for a large one it is nil until Bytes builds it.
	Raw []byte
	// Auto marks mail whose headers say it is automatic: ignoring it is
	// right. Any other mail must reach a person (review) or be decided.
	Auto bool
	// Heavy marks a mail of tens of megabytes, or of one of text: seconds
	// to read, minutes under the race detector.
	Heavy bool
	build func() []byte
}

// Bytes returns the mail, building a large one afresh each time so that
// only one is held at once.
func (m Mail) Bytes() []byte {
	if m.Raw == nil && m.build != nil {
		return m.build()
	}
	return m.Raw
}

// Files reads the small hostile mails committed in dir (*.eml). A name
// starting with "auto_" is automatic mail.
func Files(dir string) ([]Mail, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Mail
	for _, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		base := filepath.Base(n)
		out = append(out, Mail{Name: base, Raw: raw, Auto: strings.HasPrefix(base, "auto_")})
	}
	return out, nil
}

// Large returns the hostile mails too big to commit; Bytes builds each.
func Large() []Mail {
	return []Mail{
		{Name: "deep-multipart-1000", build: func() []byte { return DeepMultipart(1000) }},
		{Name: "deep-rfc822-1000", build: func() []byte { return DeepRFC822(1000) }},
		{Name: "header-line-1MB", build: func() []byte { return LongHeaderLine(1 << 20) }},
		{Name: "many-headers-100k", build: func() []byte { return ManyHeaders(100_000) }},
		{Name: "attachment-50MB", Heavy: true, build: func() []byte { return Attachment(50 << 20) }},
		{Name: "base64-run-32MB", Heavy: true, build: func() []byte { return Base64Run(32 << 20) }},
		{Name: "parts-10k", build: func() []byte { return ManyParts(10_000) }},
		{Name: "html-nesting-100k", build: func() []byte { return DeepHTML(100_000) }},
		{Name: "text-line-8MB", Heavy: true, build: func() []byte { return LongTextLine(8 << 20) }},
		{Name: "encoded-words-200k", build: func() []byte { return EncodedWords(200_000) }},
		// a megabyte of text in the shapes that were once quadratic
		{Name: "text-sentences-1MB", Heavy: true, build: func() []byte { return TextRun("text-sentences-1MB", "Workshop 2. ", 1<<20) }},
		{Name: "text-diet-1MB", Heavy: true, build: func() []byte { return TextRun("text-diet-1MB", "vegetar glutenfri laktosefri veganer ", 1<<20) }},
		{Name: "text-phones-1MB", Heavy: true, build: func() []byte { return TextRun("text-phones-1MB", "22 33 44 55 ", 1<<20) }},
		{Name: "text-lines-1MB", Heavy: true, build: func() []byte { return TextRun("text-lines-1MB", "workshop 1 og 2\r\n", 1<<20) }},
	}
}

const head = "From: Hostile Sender <hostile@example.net>\r\nTo: abc@bo-vest.dk\r\n" +
	"Date: Wed, 09 Sep 2020 12:00:00 +0200\r\nMIME-Version: 1.0\r\n"

func header(id, subject string) string {
	return head + fmt.Sprintf("Subject: %s\r\nMessage-ID: <%s@hostile.example>\r\n", subject, id)
}

// DeepMultipart nests depth multipart/mixed parts, each in the last, with
// a text part at the bottom and every boundary closed.
func DeepMultipart(depth int) []byte {
	var b bytes.Buffer
	b.WriteString(header("deep-multipart", "Dyb"))
	fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n")
	for i := range depth {
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n", i, i+1)
	}
	fmt.Fprintf(&b, "--b%d\r\nContent-Type: text/plain\r\n\r\nSe nederst.\r\n", depth)
	for i := depth; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\r\n", i)
	}
	return b.Bytes()
}

// DeepRFC822 nests depth attached messages (message/rfc822).
func DeepRFC822(depth int) []byte {
	var b bytes.Buffer
	b.WriteString(header("deep-rfc822", "Videresendt"))
	for range depth {
		b.WriteString("Content-Type: message/rfc822\r\n\r\nFrom: x@example.net\r\nSubject: Fwd\r\n")
	}
	b.WriteString("Content-Type: text/plain\r\n\r\nBund.\r\n")
	return b.Bytes()
}

// LongHeaderLine has a Subject of n bytes on one unfolded line.
func LongHeaderLine(n int) []byte {
	var b bytes.Buffer
	b.WriteString(head + "Message-ID: <long-header@hostile.example>\r\nSubject: ")
	b.Write(bytes.Repeat([]byte("Tilmelding "), n/11))
	b.WriteString("\r\nContent-Type: text/plain\r\n\r\nHej.\r\n")
	return b.Bytes()
}

// ManyHeaders has n extra header fields.
func ManyHeaders(n int) []byte {
	var b bytes.Buffer
	b.WriteString(header("many-headers", "Mange felter"))
	for i := range n {
		fmt.Fprintf(&b, "X-Filler-%d: %d\r\n", i, i)
	}
	b.WriteString("Content-Type: text/plain\r\n\r\nHej.\r\n")
	return b.Bytes()
}

// Attachment carries a base64 attachment of n decoded bytes and no text
// about the event.
func Attachment(n int) []byte {
	var b bytes.Buffer
	b.WriteString(header("attachment", "Bilag"))
	b.WriteString("Content-Type: multipart/mixed; boundary=\"att\"\r\n\r\n--att\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nSe bilaget.\r\n--att\r\n" +
		"Content-Type: application/octet-stream; name=\"data.bin\"\r\n" +
		"Content-Disposition: attachment; filename=\"data.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	writeBase64(&b, zeroReader(n))
	b.WriteString("--att--\r\n")
	return b.Bytes()
}

// Base64Run is a text/plain part whose base64 decodes to n bytes of one
// letter: one word the size of a file, for every tokenizer after MIME.
func Base64Run(n int) []byte {
	var b bytes.Buffer
	b.WriteString(header("base64-run", "Tekst"))
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	writeBase64(&b, io.LimitReader(repeatReader('a'), int64(n)))
	return b.Bytes()
}

// ManyParts has n small text parts in one multipart.
func ManyParts(n int) []byte {
	var b bytes.Buffer
	b.WriteString(header("many-parts", "Dele"))
	b.WriteString("Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n")
	for i := range n {
		fmt.Fprintf(&b, "--p\r\nContent-Type: text/plain\r\n\r\nDel %d.\r\n", i)
	}
	b.WriteString("--p--\r\n")
	return b.Bytes()
}

// LongTextLine is a plain body of one n-byte line of words.
func LongTextLine(n int) []byte {
	var b bytes.Buffer
	b.WriteString(header("long-text-line", "Lang"))
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\n\r\n")
	b.Write(bytes.Repeat([]byte("workshop 1 og 2 "), n/16))
	b.WriteString("\r\n")
	return b.Bytes()
}

// TextRun is a plain body of unit repeated to n bytes: many short
// sentences ("Workshop 2. "), one line of diet words or of phone
// numbers, many short lines. Its Message-ID is made of name.
func TextRun(name, unit string, n int) []byte {
	var b bytes.Buffer
	b.WriteString(header(name, "Lang"))
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\n\r\n")
	b.WriteString(strings.Repeat(unit, n/len(unit)))
	b.WriteString("\r\n")
	return b.Bytes()
}

// DeepHTML is an HTML part of depth unclosed nested elements.
func DeepHTML(depth int) []byte {
	var b bytes.Buffer
	b.WriteString(header("deep-html", "HTML"))
	b.WriteString("Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>")
	for range depth {
		b.WriteString("<div><b>")
	}
	b.WriteString("Hej\r\n")
	return b.Bytes()
}

// EncodedWords has a From name of n RFC 2047 encoded words.
func EncodedWords(n int) []byte {
	var b bytes.Buffer
	b.WriteString("To: abc@bo-vest.dk\r\nMessage-ID: <encoded-words@hostile.example>\r\nSubject: Navn\r\nFrom: ")
	for range n {
		b.WriteString("=?utf-8?q?=C3=A6?= ")
	}
	b.WriteString("<words@example.net>\r\nContent-Type: text/plain\r\n\r\nHej.\r\n")
	return b.Bytes()
}

func writeBase64(b *bytes.Buffer, r io.Reader) {
	line := make([]byte, 57) // 76 characters a line
	enc := make([]byte, 76)
	for {
		n, err := io.ReadFull(r, line)
		if n > 0 {
			base64.StdEncoding.Encode(enc, line[:n])
			b.Write(enc[:base64.StdEncoding.EncodedLen(n)])
			b.WriteString("\r\n")
		}
		if err != nil {
			return
		}
	}
}

type repeatReader byte

func (c repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(c)
	}
	return len(p), nil
}

func zeroReader(n int) io.Reader { return io.LimitReader(repeatReader(0), int64(n)) }
