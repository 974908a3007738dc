package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func extractFile(t testing.TB, name string) *Mail {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return Extract(raw)
}

// TestExtractText checks, per mail client and encoding, which words end up
// as the sender's own, in the signature, forwarded or quoted.
func TestExtractText(t *testing.T) {
	tests := []struct {
		file                          string
		own, notOwn, sig, fwd, quoted []string
	}{
		{file: "outlook_da.eml", // Outlook Danish "Fra:/Sendt:", windows-1252 QP, plain chosen over HTML
			own: []string{"Workshop 3 og ellers 2", "Jeg er vegetar"}, notOwn: []string{"Have og grønne", "Fra:", "Med venlig hilsen"},
			sig: []string{"Karen Søndergaard", "31 42 53 64"}, quoted: []string{"Emne: Invitation til fællesmøde", "4. Affald og genbrug"}},
		{file: "outlook_html.eml", // Outlook HTML only: header block in a bordered div; soft breaks written "=\r\r\n"
			own: []string{"Workshop 3 og ellers 2.", "Jeg er vegetar."}, notOwn: []string{"Have og grønne", "Fra:", "MsoNormal"},
			sig: []string{"Karen Søndergaard", "31 42 53 64"}, quoted: []string{"Emne: Invitation til fællesmøde"}},
		{file: "outlook_en.eml", // "-----Original Message-----", CRLF, us-ascii
			own: []string{"workshop 4, second choice 1"}, notOwn: []string{"Gardens", "Original Message"},
			sig: []string{"Kind regards", "+45 28 37 46 55"}, quoted: []string{"From: Faellesmoede"}},
		{file: "outlook_rule.eml", // Outlook web: rule line over an English header block
			own: []string{"Jeg kommer. Workshop 2."}, notOwn: []string{"____", "Have og grønne"}},
		{file: "gmail_da.eml", // Gmail Danish attribution wrapped over two lines, base64
			own: []string{"workshop 1 og 4"}, notOwn: []string{"skrev", "moede@example.org", "Have og grønne"},
			sig: []string{"Hilsen Søren Ågård", "27 18 39 04"}, quoted: []string{"Den tir. 15. sep. 2020", "> 1. Have og grønne arealer"}},
		{file: "gmail_en.eml", // Gmail English "On … wrote:"
			own: []string{"Workshop 2, otherwise 3"}, notOwn: []string{"wrote", "Have og grønne"}, sig: []string{"Best regards,", "Amir"}},
		{file: "apple_bottom.eml", // Apple Mail bottom-posted below the quote; format=flowed delsp=yes
			own: []string{"som anden prioritet workshop 1. Jeg tåler ikke gluten.", "Peter Lund"}, notOwn: []string{"Have og grønne", "skrev"},
			sig: []string{"Sendt fra min iPad"}},
		{file: "apple_top.eml", // Apple Mail top-posted; format=flowed with a soft break
			own: []string{"Workshop 4 og ellers workshop 2."}, notOwn: []string{"Have og grønne"}, sig: []string{"Mvh Lis", "Sendt fra min iPhone"}},
		{file: "inline.eml", // answers written between quoted lines are kept
			own: []string{"Nummer 2 og 1", "Halal"}, notOwn: []string{"Have og grønne", "Vælg en workshop"}, sig: []string{"Vh Omid"}},
		{file: "html_only.eml", // HTML: entities, lists, table, style/script dropped, Gmail blockquote cut
			own:    []string{"Hej med jer !", "Vi er to fra Kærene", "- Ebbe Skåne – workshop 1", "Navn\tKost", "Ebbe\tvegetar", "1. første", "2. anden", "Pris € 0 “tak”"},
			notOwn: []string{"color:red", "not text", "Svar", "Have og grønne", "skrev"}, sig: []string{"Mvh Ebbe", "22 33 44 55"}},
		{file: "latin1.eml", // ISO-8859-1 label with a windows-1252 euro sign
			own: []string{"Åse Ærø, workshop 2. Pris 50 € er fint."}, sig: []string{"Venlig hilsen"}},
		{file: "cp1252_8bit.eml", // windows-1252 8bit with curly quotes and dash
			own: []string{"workshop 1 – “naboskab”. Jeg spiser ikke svinekød."}, sig: []string{"Mvh Jens Ågesen"}},
		{file: "unlabelled_latin1.eml", // 8-bit text without a charset label
			own: []string{"Kød er fint."}},
		{file: "forward_outlook.eml", // "VS:" with "-----Oprindelig meddelelse-----": the forward is kept apart
			own: []string{"Her er min nabos tilmelding"}, notOwn: []string{"Inge Dahl"}, sig: []string{"Hilsen Bo"},
			fwd: []string{"Fra: Bo Winther", "Inge Dahl vil gerne i workshop 3 og ellers 4", "Mvh Inge Dahl", "43 21 09 87"}},
		{file: "forward_gmail.eml", // Gmail forward; the forwarded mail's own quote is cut from it
			own: []string{"Se nedenfor."}, notOwn: []string{"Hamza"},
			fwd:    []string{"Fra: Hamza Ali <hamza@example.com>", "Anden Person", "Jeg vil gerne med, workshop 4.", "Hamza"},
			quoted: []string{"> 1. Have og grønne arealer"}},
		{file: "forward_attached.eml", // message/rfc822 attachment, ISO-8859-1 inside
			own: []string{"Videresender Hannes tilmelding."},
			fwd: []string{"From: Hanne Krag <hanne.krag@example.dk>", "Subject: Tilmelding møde", "Jeg vil gerne i workshop 2. Laktosefri, tak.", "Mvh Hanne Krag"}},
		{file: "attachments.eml", // related + mixed: HTML body read, files only noted
			own: []string{"Se vedhæftede tilmelding."}, notOwn: []string{"PDF", "VCARD"}},
		{file: "sig_short.eml", // a short closing with name and phone, and a PS after it
			own: []string{"Jeg kommer, workshop 1 og 2.", "PS: Jeg er allergisk over for nødder."}, notOwn: []string{"Bente", "26 45"},
			sig: []string{"Mvh Bente", "26 45 78 12"}},
		{file: "sig_dash.eml", // "-- " delimiter and a disclaimer
			own: []string{"workshop 4"}, notOwn: []string{"Ulla", "fortrolige"}, sig: []string{"Ulla Vang", "Mobil 61 72 83 94", "fortrolige"}},
		{file: "sig_en.eml", // English closing and mobile footer
			own: []string{"I'd like to join workshop 3."}, notOwn: []string{"Tom Hansen", "iPhone"}, sig: []string{"Best regards,", "Tom Hansen", "Sent from my iPhone"}},
		{file: "bounce_dsn.eml", // the returned invitation is quoted, not own
			own: []string{"could not be delivered"}, notOwn: []string{"Have og grønne", "Reporting-MTA"}, quoted: []string{"Have og grønne"}},
		{file: "unknown_charset.eml", own: []string{"workshop 2"}},
		{file: "broken_multipart.eml", own: []string{"workshop 3"}},
		{file: "no_headers.eml", own: []string{"bare noget tekst"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m := extractFile(t, tt.file)
			contains(t, "Own", m.Own, tt.own, true)
			contains(t, "Own", m.Own, tt.notOwn, false)
			contains(t, "Signature", m.Signature, tt.sig, true)
			contains(t, "Forwarded", m.Forwarded, tt.fwd, true)
			contains(t, "Quoted", m.Quoted, tt.quoted, true)
		})
	}
}

func contains(t *testing.T, field, got string, subs []string, want bool) {
	t.Helper()
	for _, s := range subs {
		if strings.Contains(got, s) != want {
			verb := "lacks"
			if !want {
				verb = "holds"
			}
			t.Errorf("%s %s %q:\n%s", field, verb, s, got)
		}
	}
}

// TestExtractAuto checks each sign of automatic mail, and that a person's
// mail with a weak sign and a registration in it goes to review.
func TestExtractAuto(t *testing.T) {
	tests := []struct {
		file   string
		want   AutoKind
		reason string
	}{
		{"auto_submitted.eml", AutoReply, "Auto-Submitted: auto-replied"},
		{"x_autoreply.eml", AutoReply, "X-Autoreply"},
		{"subject_autosvar.eml", AutoReply, "Autosvar"},
		{"subject_ooo.eml", AutoReply, "Out of Office"},
		{"list.eml", AutoList, "Precedence: bulk"},
		{"null_sender.eml", AutoReply, "Return-Path"},
		{"bounce_subject.eml", AutoBounce, "postmaster"},
		{"bounce_dsn.eml", AutoBounce, "multipart/report"},
		{"maybe.eml", AutoMaybe, "reads like a registration"},
		{"outlook_en.eml", AutoNone, ""}, // X-Auto-Response-Suppress alone is no sign
		{"outlook_da.eml", AutoNone, ""},
		{"forward_outlook.eml", AutoNone, ""},
	}
	for _, tt := range tests {
		m := extractFile(t, tt.file)
		if m.Auto != tt.want || !strings.Contains(m.AutoReason, tt.reason) {
			t.Errorf("%s: Auto %q (%s), want %q (%s)", tt.file, m.Auto, m.AutoReason, tt.want, tt.reason)
		}
	}
}

// TestExtractHeaders checks RFC 2047 decoding in several charsets, address
// parsing and the thread fields.
func TestExtractHeaders(t *testing.T) {
	m := extractFile(t, "latin1.eml")
	if m.Subject != "Tilmelding “Ærø” €" || m.FromName != "Åse Ærø" || m.FromAddr != "aase@example.dk" {
		t.Errorf("latin1: subject %q, from %q <%s>", m.Subject, m.FromName, m.FromAddr)
	}
	m = extractFile(t, "outlook_da.eml")
	if m.Subject != "SV: Invitation til fællesmøde" || m.FromName != "Karen Søndergaard" || m.MessageID != "outlook-da@example.dk" {
		t.Errorf("outlook_da: subject %q, from %q, id %q", m.Subject, m.FromName, m.MessageID)
	}
	if want := time.Date(2020, 9, 15, 8, 12, 0, 0, time.UTC); !m.Date.Equal(want) {
		t.Errorf("outlook_da: date %v", m.Date)
	}
	m = extractFile(t, "outlook_html.eml") // raw 8-bit in the From header
	if m.FromName != "Karen Søndergaard" {
		t.Errorf("outlook_html: from %q", m.FromName)
	}
	m = extractFile(t, "gmail_da.eml")
	if m.FromName != "Søren Ågård" || m.Subject != "Re: Invitation til fællesmøde" {
		t.Errorf("gmail_da: from %q, subject %q", m.FromName, m.Subject)
	}
	if strings.Join(m.InReplyTo, ",") != "invite-1@example.org" || strings.Join(m.References, ",") != "invite-0@example.org,invite-1@example.org" {
		t.Errorf("gmail_da: in-reply-to %q, references %q", m.InReplyTo, m.References)
	}
	m = extractFile(t, "outlook_en.eml")
	if m.FromName != "Nguyen, Binh" || len(m.To) != 1 || m.To[0] != "moede@example.org" {
		t.Errorf("outlook_en: from %q, to %q", m.FromName, m.To)
	}
	m = extractFile(t, "bounce_dsn.eml")
	if m.FromAddr != "mailer-daemon@mx.example.net" {
		t.Errorf("bounce_dsn: from %q", m.FromAddr)
	}
}

// TestExtractAttachments checks that attachments are listed with name, type
// and decoded size, inline images marked, and none read as text.
func TestExtractAttachments(t *testing.T) {
	m := extractFile(t, "attachments.eml")
	want := []Attachment{
		{Name: "logo.png", Type: "image/png", Size: 8, Inline: true},
		{Name: "Tilmelding møde.pdf", Type: "application/pdf", Size: 9 + 256*8},
		{Name: "Mette.vcf", Type: "text/x-vcard", Size: 36},
	}
	if len(m.Attachments) != len(want) {
		t.Fatalf("attachments %+v", m.Attachments)
	}
	for i, a := range m.Attachments {
		if a != want[i] {
			t.Errorf("attachment %d: %+v, want %+v", i, a, want[i])
		}
	}
}

// TestExtractProblems checks that broken mail is read as far as it goes
// and the trouble noted.
func TestExtractProblems(t *testing.T) {
	for file, want := range map[string]string{
		"unknown_charset.eml":   "unknown charset",
		"broken_multipart.eml":  "broken MIME structure",
		"unlabelled_latin1.eml": "read as windows-1252",
		"outlook_da.eml":        "",
	} {
		m := extractFile(t, file)
		got := strings.Join(m.Problems, "; ")
		if (want == "") != (got == "") || !strings.Contains(got, want) {
			t.Errorf("%s: problems %q, want %q", file, got, want)
		}
	}
}

// TestAutoHeaderValues checks header values one by one: what counts as a
// sign, what does not, and a registration under a list header.
func TestAutoHeaderValues(t *testing.T) {
	const plain = "Content-Type: text/plain; charset=utf-8\r\n\r\n"
	const ooo = "Jeg er på ferie til mandag.\r\n"
	const reg = "Jeg vil gerne tilmelde mig workshop 2 og ellers 1.\r\n"
	tests := []struct {
		headers, body string
		want          AutoKind
	}{
		{"Auto-Submitted: no\r\n", ooo, AutoNone},
		{"Auto-Submitted: auto-generated\r\n", ooo, AutoReply},
		{"Auto-Submitted: auto-generated\r\n", reg, AutoMaybe},
		{"X-Autorespond: yes\r\n", ooo, AutoReply},
		{"X-Autoreply: no\r\n", ooo, AutoNone},
		{"X-Auto-Response-Suppress: All\r\n", ooo, AutoNone},
		{"Precedence: junk\r\n", ooo, AutoList},
		{"Precedence: list\r\n", reg, AutoMaybe},
		{"List-Id: <nyt.example.org>\r\n", ooo, AutoList},
		{"X-MS-Exchange-Message-Is-Ndr: \r\n", reg, AutoBounce},
		{"Subject: Ikke leveret: Tilmelding\r\n", ooo, AutoBounce},
		{"Subject: Fraværende: SV: Invitation\r\n", ooo, AutoReply},
		// after "SV:"/"Fwd:" a person answers or passes on an automatic mail
		{"Subject: SV: Fraværende: Invitation\r\n", ooo, AutoNone},
		{"Subject: Fwd: Undeliverable: Tilmelding\r\n", ooo, AutoNone},
		{"Subject: Delivery Status Notification (Failure)\r\n", ooo, AutoBounce},
		{"Subject: Tilmelding til workshop 2\r\n", reg, AutoNone},
		{"From: MAILER-DAEMON@example.net\r\n", ooo, AutoBounce},
		{"From: noreply@example.dk\r\n", ooo, AutoReply},
	}
	for _, tt := range tests {
		raw := "From: Bente <b@example.dk>\r\n" + tt.headers + plain + tt.body
		if strings.Contains(tt.headers, "From:") {
			raw = tt.headers + plain + tt.body
		}
		if m := Extract([]byte(raw)); m.Auto != tt.want {
			t.Errorf("%q: Auto %q (%s), want %q", strings.TrimSpace(tt.headers), m.Auto, m.AutoReason, tt.want)
		}
	}
}

// TestExtractLimits checks that hostile structure is cut off with a note:
// too many parts, too deep nesting, too much text.
func TestExtractLimits(t *testing.T) {
	var many strings.Builder
	many.WriteString("Content-Type: multipart/mixed; boundary=b\r\n\r\n")
	for i := range 150 {
		fmt.Fprintf(&many, "--b\r\nContent-Type: text/plain\r\n\r\nDel %d\r\n", i)
	}
	many.WriteString("--b--\r\n")

	var deep strings.Builder
	for i := range 20 {
		fmt.Fprintf(&deep, "Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n", i, i)
	}
	deep.WriteString("Content-Type: text/plain\r\n\r\nInderst\r\n")

	long := "Content-Type: text/plain\r\n\r\n" + strings.Repeat("workshop 2 og 3, tak\r\n", 60000)

	for _, tt := range []struct{ name, raw, problem string }{
		{"parts", many.String(), "more than 100 MIME parts"},
		{"depth", deep.String(), "nesting deeper than 8"},
		{"text", long, "longer than"},
	} {
		m := Extract([]byte(tt.raw))
		if p := strings.Join(m.Problems, "; "); !strings.Contains(p, tt.problem) {
			t.Errorf("%s: problems %q, want %q", tt.name, p, tt.problem)
		}
		if len(m.Body) > maxText {
			t.Errorf("%s: body of %d bytes", tt.name, len(m.Body))
		}
	}
}

// FuzzPlainAddress: the plain shapes of an address field are read as
// net/mail reads them, and a field plainAddress leaves is read by net/mail.
func FuzzPlainAddress(f *testing.F) {
	for _, s := range []string{
		"Camilla Andersen <camilla.andersen.8@beboer.example.dk>", "ABC - Albertslund Boligsociale Center <abc@bo-vest.dk>",
		"<a@b.dk>", "a@b.dk", "Ida M. Holm <ida@x.dk>", "Søren Ø <s@x.dk>", "O'Brien <o@x.ie>", ".Ida <a@b>",
		"a..b@c.dk", "a@b.dk.", "Ida  Holm <a@b>", " Ida <a@b>", "Ida<a@b>", "a@b, c@d", "a@b,,c@d", "a@b ,Ida <c@d> ",
		"=?utf-8?q?Henrik_Fr=C3=B8lich?= <h@x.dk>", "Ida <a@b>, ", "\xff <a@b>", "Ida <a@[1.2.3.4]>", "a@b (Ida)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if name, addr, ok := plainAddress(v); ok {
			a, err := mailParser.Parse(v)
			if err != nil {
				t.Fatalf("plainAddress(%q) = %q, %q; net/mail: %v", v, name, addr, err)
			}
			if a.Name != name || a.Address != addr {
				t.Fatalf("plainAddress(%q) = %q, %q; net/mail %q, %q", v, name, addr, a.Name, a.Address)
			}
		}
		var got [][2]string
		if plainAddressList(v, func(name, addr string) { got = append(got, [2]string{name, addr}) }) {
			list, err := mailParser.ParseList(v)
			if err != nil {
				t.Fatalf("plainAddressList(%q) = %q; net/mail: %v", v, got, err)
			}
			var want [][2]string
			for _, a := range list {
				want = append(want, [2]string{a.Name, a.Address})
			}
			if !slices.Equal(got, want) {
				t.Fatalf("plainAddressList(%q) = %q; net/mail %q", v, got, want)
			}
		} else if got != nil {
			t.Fatalf("plainAddressList(%q) added %q and failed", v, got)
		}
	})
}

// TestPlainAddress: the usual From and To shapes take the plain reading.
func TestPlainAddress(t *testing.T) {
	for _, v := range []string{"Camilla Andersen <camilla.andersen.8@beboer.example.dk>", "<a@b.dk>", "a@b.dk", "Søren Ø <s@x.dk>"} {
		if _, _, ok := plainAddress(v); !ok {
			t.Errorf("plainAddress(%q) is not plain", v)
		}
	}
	for _, v := range []string{"=?utf-8?q?Henrik_Fr=C3=B8lich?= <h@x.dk>", "a@b (Ida)", "\"Holm, Ida\" <a@b>", "a..b@c"} {
		if _, _, ok := plainAddress(v); ok {
			t.Errorf("plainAddress(%q) is plain", v)
		}
	}
}
