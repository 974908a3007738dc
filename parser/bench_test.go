package parser

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"mime/quotedprintable"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

const benchInvite = `Kære beboere, bestyrelser og samarbejdspartnere

Vi inviterer til fællesmøde i Grønnegården torsdag d. 1. oktober kl. 17-20.
Aftenen byder på oplæg, workshops og fællesspisning kl. 18.30.

Vælg en workshop, 1. og 2. prioritet:
1. Have og grønne arealer
2. Unge og fritid
3. Ældre og fællesskab
4. Affald og genbrug

Tilmelding senest mandag d. 21. september til moede@example.org eller på
tlf. 70 11 22 33. Skriv navn, telefon, workshops og hensyn til maden.

Venlig hilsen
Fællesmødet`

// benchThread is a reply over depth earlier messages, each quoting the last.
func benchThread(depth int) string {
	text := benchInvite
	for i := depth; i > 0; i-- {
		text = fmt.Sprintf("Hej\n\nSvar nummer %d: jeg vil gerne i workshop %d og ellers %d. Jeg er vegetar.\n"+
			"Vi er to fra afdelingen, og vi glæder os meget til at komme.\n\nMed venlig hilsen\nPerson %d\nTlf. 2%d 33 44 55\n\n"+
			"Den tir. 15. sep. 2020 kl. 10.%02d skrev Person %d <p%d@example.dk>:\n\n%s",
			i, i%4+1, (i+1)%4+1, i, i%10, i, i+1, i+1, quoteAll(text))
	}
	return text
}

func quoteAll(s string) string {
	return "> " + strings.ReplaceAll(s, "\n", "\n> ")
}

func qpEncode(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func b64Encode(b []byte) string {
	s := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(s) > 76 {
		out.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	out.WriteString(s + "\r\n")
	return out.String()
}

func benchHeader(i int, ctype string) string {
	return fmt.Sprintf("From: =?utf-8?q?Person_%d_S=C3=B8rensen?= <p%d@example.dk>\r\nTo: moede@example.org\r\n"+
		"Subject: =?windows-1252?Q?SV=3A_Invitation_til_f=E6llesm=F8de?=\r\nDate: Tue, 15 Sep 2020 10:12:00 +0200\r\n"+
		"Message-ID: <bench-%d@example.dk>\r\nIn-Reply-To: <invite@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: %s\r\n", i, i, i, ctype)
}

// benchHTML renders a thread the way Outlook writes HTML, with a style block.
func benchHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri}</style></head><body><div class=WordSection1>")
	depth := 0
	for _, l := range strings.Split(text, "\n") {
		d := 0
		for strings.HasPrefix(l, "> ") || l == ">" {
			l = strings.TrimPrefix(strings.TrimPrefix(l, ">"), " ")
			d++
		}
		for ; depth < d; depth++ {
			b.WriteString("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid\">")
		}
		for ; depth > d; depth-- {
			b.WriteString("</blockquote>")
		}
		if l == "" {
			l = "&nbsp;"
		}
		b.WriteString("<p class=MsoNormal>" + strings.ReplaceAll(strings.ReplaceAll(l, "æ", "&aelig;"), "ø", "&oslash;") + "<o:p></o:p></p>\n")
	}
	b.WriteString(strings.Repeat("</blockquote>", depth) + "</div></body></html>")
	return b.String()
}

// benchMails is a mix of 5-20 KB quoted replies in the proportions of the
// development corpus: about half plain text (quoted-printable, base64,
// windows-1252), two fifths multipart/alternative with an Outlook-style
// HTML version, and one HTML-only mail.
func benchMails() [][]byte {
	var mails [][]byte
	for i := range 12 {
		text := benchThread(6 + i%4)
		if i > 5 {
			text = benchThread(12 + i%6) // plain text only: longer threads for the same size
		}
		var m string
		switch {
		case i < 5:
			m = benchHeader(i, `multipart/alternative; boundary="alt"`) + "\r\n--alt\r\n" +
				"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qpEncode(text) +
				"\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
				qpEncode(benchHTML(text)) + "\r\n--alt--\r\n"
		case i == 5:
			m = benchHeader(i, `text/html; charset="utf-8"`) + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qpEncode(benchHTML(benchThread(5)))
		case i < 8:
			m = benchHeader(i, `text/plain; charset="utf-8"`) + "Content-Transfer-Encoding: base64\r\n\r\n" + b64Encode([]byte(text))
		case i == 8:
			latin, _ := charmap.Windows1252.NewEncoder().String(text)
			m = benchHeader(i, `text/plain; charset="windows-1252"`) + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qpEncode(latin)
		default:
			m = benchHeader(i, `text/plain; charset="utf-8"`) + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qpEncode(text)
		}
		mails = append(mails, []byte(m))
	}
	return mails
}

func BenchmarkExtract(b *testing.B) {
	mails := benchMails()
	size := 0
	for _, m := range mails {
		size += len(m)
	}
	b.SetBytes(int64(size / len(mails)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Extract(mails[i%len(mails)])
	}
}

// largeMail is a short registration with a 10 MB attachment.
func largeMail() []byte {
	r := rand.New(rand.NewPCG(1, 2))
	data := make([]byte, 10<<20)
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	return []byte(benchHeader(0, `multipart/mixed; boundary="mix"`) + "\r\n--mix\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nTilmelding i bilaget.\r\n\r\nMvh Person\r\n" +
		"--mix\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"scan.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + b64Encode(data) + "--mix--\r\n")
}

func BenchmarkExtractLarge(b *testing.B) {
	raw := largeMail()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(raw)
	}
}

// TestExtractLargeAttachment checks that a 10 MB attachment is counted, not
// held: what Extract allocates stays far below the attachment's size.
func TestExtractLargeAttachment(t *testing.T) {
	raw := largeMail()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	m := Extract(raw)
	runtime.ReadMemStats(&after)
	if len(m.Attachments) != 1 || m.Attachments[0].Size != 10<<20 || m.Own != "Tilmelding i bilaget." {
		t.Fatalf("attachments %+v, own %q", m.Attachments, m.Own)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 2<<20 {
		t.Errorf("Extract allocated %d bytes for a mail with a 10 MB attachment", alloc)
	}
}

func TestBenchMailsSize(t *testing.T) {
	for i, m := range benchMails() {
		if len(m) < 5<<10 || len(m) > 20<<10 {
			t.Errorf("bench mail %d is %d bytes, want 5-20 KB", i, len(m))
		}
	}
}
