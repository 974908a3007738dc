package parser

import (
	"encoding/base64"
	"strings"
	"testing"

	"tilmeld"
)

// Registration mail as mail clients send it: Outlook, Gmail and Apple
// HTML, encodings, forwards inline and attached, attachments, calendar
// answers and read receipts, read as whole mails through Parse with the
// gate.

// mimeCase is a whole mail and what a careful reader makes of it.
type mimeCase struct {
	name, raw    string
	status, want string // want: choices(r) when not ""
	intent       tilmeld.Intent
	phone        string // "-" for none
	notStatus    string
	reason       string // a word the reasons must hold, when not ""
}

func runMime(t *testing.T, cases []mimeCase) {
	t.Helper()
	for _, c := range cases {
		r := Parse([]byte(c.raw), testEvent)
		phone := r.Contact.Phone
		if phone == "" {
			phone = "-"
		}
		bad := c.status != "" && string(r.Status) != c.status || c.want != "" && choices(r) != c.want ||
			c.intent != "" && r.Intent != c.intent || c.phone != "" && phone != c.phone ||
			c.notStatus != "" && string(r.Status) == c.notStatus || c.reason != "" && !strings.Contains(strings.Join(r.Reasons, "; "), c.reason)
		if bad {
			t.Errorf("%s: got %s %s %q phone %s (%v), want %s %s %q phone %s (not %s, reason %q)", c.name, r.Intent, r.Status, choices(r),
				phone, r.Reasons, c.intent, c.status, c.want, c.phone, c.notStatus, c.reason)
		}
	}
}

// mimeMail is a mail with the given header fields (From, Subject, and
// the Content-Type and the rest) above body, in CRLF as Outlook writes.
func rawMail(from, subject, fields, body string) string {
	head := "From: " + from + "\nTo: abc@bo-vest.dk\nSubject: " + subject +
		"\nDate: Mon, 14 Sep 2020 10:00:00 +0200\nMessage-ID: <m@example.dk>\nMIME-Version: 1.0\n" + fields
	return strings.ReplaceAll(head+"\n"+body, "\n", "\r\n")
}

func htmlOnlyMail(from, subject, charset, html string) string {
	return rawMail(from, subject, "Content-Type: text/html; charset="+charset+"\n", html)
}

func textMail(from, subject, body string) string {
	return rawMail(from, subject, "Content-Type: text/plain; charset=utf-8\n", body)
}

// b64 is text as a base64 body, in lines of 76.
func b64(s string) string {
	e := base64.StdEncoding.EncodeToString([]byte(s))
	var b strings.Builder
	for len(e) > 76 {
		b.WriteString(e[:76] + "\n")
		e = e[76:]
	}
	return b.String() + e + "\n"
}

// multipartMail joins parts ("header\n\nbody") under a multipart type.
func partsMail(from, subject, typ string, parts ...string) string {
	body := ""
	for _, p := range parts {
		body += "--b1\n" + p + "\n"
	}
	return rawMail(from, subject, "Content-Type: "+typ+"; boundary=\"b1\"\n", body+"--b1--\n")
}

func filePart(typ, name string) string {
	return "Content-Type: " + typ + "; name=\"" + name + "\"\nContent-Disposition: attachment; filename=\"" + name +
		"\"\nContent-Transfer-Encoding: base64\n\n" + b64("not read")
}

// The invitation as a reply quotes it, in HTML and as text.
const (
	invitationText = "Kære beboere og samarbejdspartnere\n\nVi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n\n" +
		"Tilmelding senest 21. september til abc@bo-vest.dk eller på tlf. 60 35 46 30. Skriv navn, hvilken workshop du ønsker som 1. og 2. prioritet og om du har særlige hensyn til maden.\n\n" +
		"Workshops:\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n\nVenlig hilsen\nAlbertslund Boligsociale Center\n"
	invitationHTML = "<p class=MsoNormal>Kære beboere og samarbejdspartnere<o:p></o:p></p>\n" +
		"<p class=MsoNormal>Vi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.<o:p></o:p></p>\n" +
		"<p class=MsoNormal>Tilmelding senest 21. september til abc@bo-vest.dk eller på tlf. 60 35 46 30. Skriv navn, hvilken workshop du ønsker som 1. og 2. prioritet og om du har særlige hensyn til maden.<o:p></o:p></p>\n" +
		"<p class=MsoNormal>Workshops:<br>1. Naboskab, netværk &amp; tryghed<br>2. Sundhed &amp; trivsel<br>3. Uddannelse &amp; livschancer<br>4. Beskæftigelse &amp; opkvalificering<o:p></o:p></p>\n" +
		"<p class=MsoNormal>Venlig hilsen<br>Albertslund Boligsociale Center<o:p></o:p></p>\n"
	outlookHead = "<div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=MsoNormal><b>Fra:</b> Albertslund Boligsociale Center &lt;abc@bo-vest.dk&gt;<br>" +
		"<b>Sendt:</b> 1. september 2020 10:14<br><b>Til:</b> Ida Holm &lt;ida.holm@example.dk&gt;<br><b>Emne:</b> Invitation til netværksmøde<o:p></o:p></p></div></div>\n"
	outlookHeadEN = "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=MsoNormal><b>From:</b> Albertslund Boligsociale Center &lt;abc@bo-vest.dk&gt;<br>" +
		"<b>Sent:</b> Tuesday, September 1, 2020 10:14 AM<br><b>To:</b> Peter Lund<br><b>Subject:</b> Invitation til netværksmøde<o:p></o:p></p></div>\n"
	gmailAttr = "Den tir. 1. sep. 2020 kl. 10.14 skrev Albertslund Boligsociale Center &lt;abc@bo-vest.dk&gt;:"
)

// outlookHTML is an Outlook HTML mail: the paragraphs given, then what
// comes below them (a quote).
func outlookHTML(paras []string, below string) string {
	s := `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">` +
		`<style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=DA><div class=WordSection1>` + "\n"
	for _, p := range paras {
		if p == "" {
			s += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
			continue
		}
		s += "<p class=MsoNormal>" + p + "<o:p></o:p></p>\n"
	}
	return s + below + "</div></body></html>"
}

// sigTable is Outlook's signature laid out as a table: a logo, then the
// lines given.
func sigTable(lines ...string) string {
	s := `<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr><td style="padding:0"><p class=MsoNormal><img src="cid:image001.png"></p></td><td style="padding:0">`
	for _, l := range lines {
		s += "<p class=MsoNormal>" + l + "<o:p></o:p></p>"
	}
	return s + "</td></tr></table>\n"
}

// A signature Outlook sets right above the header block of the mail it
// answers, with no blank line between (a table or paragraphs), is the
// sender's: the quoted invitation below it must not take it along, with
// the mobile number in it and the name (a quote that opens with her name
// reads as her own earlier mail, so the reply became a change).
func TestOutlookSignatureAboveQuote(t *testing.T) {
	reply := "SV: Invitation til netværksmøde 29. september"
	runMime(t, []mimeCase{
		{name: "signature table", raw: htmlOnlyMail("Ida Holm <ida.holm@example.dk>", reply, "utf-8",
			outlookHTML([]string{"Hej", "", "Jeg vil gerne tilmelde mig. Workshop 2 og 4.", "Jeg er vegetar.", "", "Venlig hilsen"},
				sigTable("<b>Ida Holm</b>", "Beboerrådgiver, Albertslund Kommune", "Mobil: 22&nbsp;33&nbsp;44&nbsp;55")+outlookHead+invitationHTML)),
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4", phone: "+4522334455"},
		{name: "signature paragraphs", raw: htmlOnlyMail("Ida Holm <ida.holm@example.dk>", reply, "utf-8",
			outlookHTML([]string{"Hej", "Jeg tilmelder mig workshop 1.", "", "Med venlig hilsen", "Ida Holm", "Mobil 29 38 47 56"}, outlookHead+invitationHTML)),
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/-", phone: "+4529384756"},
		{name: "English signature table", raw: htmlOnlyMail("Peter Lund <peter.lund@example.com>", "RE: Invitation til netværksmøde", "utf-8",
			outlookHTML([]string{"Hi", "Please sign me up for workshop 2 and 3.", "", "Best regards"},
				sigTable("Peter Lund", "Project manager", "Direct: +45 31 32 33 34")+outlookHeadEN+invitationHTML)),
			intent: tilmeld.IntentRegister, status: "complete", want: "Peter Lund:2/3", phone: "+4531323334"},
		// the switchboard is not hers, the mobile below it is
		{name: "switchboard and mobile", raw: htmlOnlyMail("Maria Pedersen <mp@example.dk>", reply, "utf-8",
			outlookHTML([]string{"Hej", "Jeg deltager gerne i workshop 3.", "", "Med venlig hilsen", "Maria Pedersen", "Boligsocial medarbejder", "Hovednummer 43 68 68 68", "Mobil 26 27 28 29"}, outlookHead+invitationHTML)),
			intent: tilmeld.IntentRegister, status: "complete", want: "Maria Pedersen:3/-", phone: "+4526272829"},
		// no signature: the words above the header, on its line
		{name: "no signature", raw: htmlOnlyMail("Ida Holm <ida.holm@example.dk>", reply, "utf-8",
			outlookHTML([]string{"Hej, jeg kommer gerne. Workshop 4 og 3. Ida"}, outlookHead+invitationHTML)),
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/3", phone: "-"},
		// a blank line before the header, as Outlook mostly writes it
		{name: "blank line above", raw: htmlOnlyMail("Ida Holm <ida.holm@example.dk>", reply, "utf-8",
			outlookHTML([]string{"Hej", "Workshop 2, ellers 1.", "", "Mvh Ida Holm", "Mobil 22 33 44 55", ""}, outlookHead+invitationHTML)),
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/1", phone: "+4522334455"},
		// near-misses: no registration above the quote
		{name: "will come back", raw: htmlOnlyMail("Ida Holm <ida.holm@example.dk>", reply, "utf-8",
			outlookHTML([]string{"Tak for invitationen. Jeg vender tilbage, når jeg har talt med min leder.", "", "Mvh Ida Holm", "Mobil 22 33 44 55"}, outlookHead+invitationHTML)),
			notStatus: "complete"},
		{name: "question only", raw: htmlOnlyMail("Maria Pedersen <mp@example.dk>", reply, "utf-8",
			outlookHTML([]string{"Hej", "Er der tolk til stede på mødet? Så vil jeg gerne invitere nogle af vores beboere.", "", "Med venlig hilsen", "Maria Pedersen", "Mobil 26 27 28 29"}, outlookHead+invitationHTML)),
			intent: tilmeld.IntentQuestion, status: "review"},
	})
}

// A From line without æ, ø and å ("Soren Baek", "Aase Joergensen") names
// the one who signs "Søren Bæk", "Åse Jørgensen": she is the one who
// comes, and her name is kept as she writes it.
func TestDanishLettersSpelledOut(t *testing.T) {
	reg := func(from, body string) string {
		return textMail(from, "Tilmelding", body)
	}
	runMime(t, []mimeCase{
		{name: "ø as o, æ as ae", raw: htmlOnlyMail("Soren Baek <soren.baek@example.dk>", "Tilmelding", "us-ascii",
			"<html><body><p>Hej</p><p>Jeg vil gerne deltage i workshop&nbsp;4 (Besk&aelig;ftigelse) og som anden prioritet workshop&nbsp;2.</p><p>Mit mobilnr. er 61&nbsp;62&nbsp;63&nbsp;64.</p><p>Venlig hilsen<br>S&oslash;ren B&aelig;k</p></body></html>"),
			status: "complete", want: "Søren Bæk:4/2", phone: "+4561626364"},
		{name: "oe and aa", raw: reg("Aase Joergensen <aase@example.dk>", "Hej\nJeg vil gerne deltage, uddannelse og naboskab.\nMvh Åse Jørgensen\n"),
			status: "complete", want: "Åse Jørgensen:3/1"},
		{name: "o and a", raw: reg("Bjorn Agren <bjorn.agren@example.dk>", "Hej\nJeg tilmelder mig workshop 4.\nHilsen Bjørn Ågren\n"),
			status: "complete", want: "Bjørn Ågren:4/-"},
		{name: "English", raw: reg("Soeren Moeller <sm@example.com>", "Hi\nI would like to sign up for workshop 2.\nBest, Søren Møller\n"),
			status: "complete", want: "Søren Møller:2/-"},
		{name: "numeric entities", raw: htmlOnlyMail("Ase Jorgensen <ase@example.dk>", "Tilmelding", "us-ascii",
			"<html><body><div>Hej</div><div>Jeg tilmelder mig workshop 2 (Sundhed &#38; trivsel).</div><div>Hilsen &#197;se J&#xF8;rgensen</div></body></html>"),
			status: "complete", want: "Åse Jørgensen:2/-"},
		// near-misses: another person's name is not a spelling of hers
		{name: "another first name", raw: reg("Mette Jensen <mette.jensen@example.dk>", "Hej\nJeg vil gerne tilmelde mig workshop 4.\nHilsen Per Jensen\n"),
			status: "review"},
		{name: "another surname", raw: reg("Soren Baek <sb@example.dk>", "Hej\nJeg vil gerne tilmelde mig workshop 4.\nHilsen Jørgen Bæk\n"),
			status: "review"},
	})
}

// HTML whose Content-Type names no charset is read in the charset its
// <meta> tag names, as a browser does; UTF-8 stays UTF-8.
func TestHTMLMetaCharset(t *testing.T) {
	cp1252 := func(s string) string {
		var b []byte
		for _, r := range s {
			switch r {
			case 'æ', 'ø', 'å', 'Ø', '–':
				b = append(b, map[rune]byte{'æ': 0xe6, 'ø': 0xf8, 'å': 0xe5, 'Ø': 0xd8, '–': 0x96}[r])
			default:
				b = append(b, byte(r))
			}
		}
		return string(b)
	}
	meta := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>`
	runMime(t, []mimeCase{
		{name: "windows-1252 in meta", raw: rawMail("Jorgen Sorensen <jorgen@example.dk>", "Tilmelding", "Content-Type: text/html\nContent-Transfer-Encoding: 8bit\n",
			cp1252(meta+"<p>Hej</p><p>Jeg vil gerne deltage – uddannelse først og beskæftigelse som nummer to.</p><p>Mvh Jørgen Sørensen</p></body></html>")),
			status: "complete", want: "Jørgen Sørensen:3/4"},
		{name: "meta charset=", raw: rawMail("Ida Holm <ida@example.dk>", "Tilmelding", "Content-Type: text/html\n",
			cp1252(`<html><head><META charset="ISO-8859-1"></head><body><div>Jeg tilmelder mig workshop 1 og 2. Jeg er vegetar og glæder mig til mødet.</div><div>Ida Holm</div></body></html>`)),
			status: "complete", want: "Ida Holm:1/2"},
		// the text is UTF-8 though a copied <meta> says otherwise
		{name: "utf-8 under a windows-1252 meta", raw: rawMail("Jorgen Sorensen <jorgen@example.dk>", "Tilmelding", "Content-Type: text/html\n",
			meta+"<p>Jeg vil gerne deltage i workshop 3.</p><p>Mvh Jørgen Sørensen</p></body></html>"),
			status: "complete", want: "Jørgen Sørensen:3/-"},
	})
}

// A forward whose client marks the forwarded mail with ">" (Apple Mail:
// "Start på videresendt besked:" in a blockquote, or the separator
// unquoted and the mail below it quoted) passes that mail on: it is read,
// not cut as a quote, and its header lines name nobody who comes.
func TestQuotedForward(t *testing.T) {
	appleHTML := func(body string) string {
		return `<html><body style="word-wrap: break-word;">Hej ABC<div>Her er en tilmelding fra en beboer.</div><div>Bo<br><div><br><blockquote type="cite"><div>Start på videresendt besked:</div><br class="Apple-interchange-newline">` +
			`<div><span><b>Fra: </b></span><span>Amina Warsame &lt;amina.w@example.com&gt;</span></div><div><span><b>Emne: </b></span><span><b>Tilmelding</b></span></div>` +
			`<div><span><b>Dato: </b></span><span>13. september 2020 kl. 19.02.00 CEST</span></div><div><span><b>Til: </b></span><span>Bo Henriksen &lt;bo.henriksen@example.dk&gt;</span></div><br>` +
			body + `</blockquote></div></div></body></html>`
	}
	head := "Fra: Amina Warsame <amina.w@example.com>\nEmne: Tilmelding\nDato: 13. september 2020 kl. 19.02.00 CEST\nTil: Bo Henriksen <bo.henriksen@example.dk>\n"
	bo := "Bo Henriksen <bo.henriksen@example.dk>"
	runMime(t, []mimeCase{
		{name: "Apple HTML", raw: htmlOnlyMail(bo, "Fwd: Tilmelding", "utf-8", appleHTML("<div>Hej Bo. Jeg vil gerne deltage i workshop 4 og 2.</div><div>Hilsen Amina Warsame</div>")),
			intent: tilmeld.IntentRegister, status: "complete", want: "Amina Warsame:4/2"},
		{name: "Apple HTML, a question to Bo", raw: htmlOnlyMail(bo, "Fwd: Tilmelding", "utf-8", appleHTML("<div>Hej Bo. Vil du tilmelde mig workshop 1 og 3? Hilsen Amina Warsame</div>")),
			intent: tilmeld.IntentRegister, status: "complete", want: "Amina Warsame:1/3"},
		{name: "separator, then quoted", raw: textMail(bo, "Fwd: Tilmelding",
			"Hej\nHer er en tilmelding fra en beboer.\nBo\n\nStart på videresendt besked:\n\n> "+strings.ReplaceAll(strings.TrimSpace(head), "\n", "\n> ")+"\n> \n> Hej Bo. Vil du tilmelde mig workshop 2? Hilsen Amina Warsame\n"),
			intent: tilmeld.IntentRegister, status: "complete", want: "Amina Warsame:2/-"},
		{name: "English separator, then quoted", raw: textMail(bo, "Fwd: Registration",
			"Hi, see below.\nBo\n\nBegin forwarded message:\n\n> From: John Smith <john.smith@example.com>\n> Subject: Registration\n> Date: 13 September 2020 at 19:02:00 CEST\n> To: Bo Henriksen <bo.henriksen@example.dk>\n> \n> Hi Bo, could you sign me up for workshop 1? Thanks, John Smith\n"),
			intent: tilmeld.IntentRegister, status: "complete", want: "John Smith:1/-"},
		// the separator line is no sentence of the forwarded mail: "Hej Bo"
		// under it is still a greeting
		{name: "Apple header order, unquoted", raw: textMail(bo, "Fwd: Tilmelding",
			"Hej\nHer er en tilmelding fra en beboer.\nBo\n\nStart på videresendt besked:\n"+head+"\nHej Bo. Jeg vil gerne deltage i workshop 4 og 2.\n\nHilsen Amina Warsame\n"),
			intent: tilmeld.IntentRegister, status: "complete", want: "Amina Warsame:4/2"},
		{name: "Gmail", raw: textMail(bo, "Fwd: Tilmelding",
			"Hej ABC\n\nVideresender tilmelding fra en beboer.\n\nMvh Bo\n\n---------- Forwarded message ---------\nFra: Amina Warsame <amina.w@example.com>\nDate: søn. 13. sep. 2020 kl. 19.02\nSubject: Tilmelding\nTo: Bo Henriksen <bo.henriksen@example.dk>\n\n\nHej Bo\nKan du tilmelde mig netværksmødet? Jeg vil gerne workshop 1 og 3.\nHilsen Amina Warsame\n"),
			intent: tilmeld.IntentRegister, status: "complete", want: "Amina Warsame:1/3"},
		{name: "attached message", raw: partsMail(bo, "Fwd: Tilmelding", "multipart/mixed",
			"Content-Type: text/plain; charset=utf-8\n\nHej ABC\n\nVideresender en tilmelding fra en beboer, se vedhæftede mail.\n\nMvh Bo Henriksen\n",
			"Content-Type: message/rfc822\n\nFrom: Amina Warsame <amina.w@example.com>\nTo: bo.henriksen@example.dk\nSubject: Tilmelding\nContent-Type: text/plain; charset=utf-8\n\nHej Bo\nKan du tilmelde mig netværksmødet? Jeg vil gerne workshop 1 og 3.\nHilsen Amina Warsame\n"),
			intent: tilmeld.IntentRegister, status: "complete", want: "Amina Warsame:1/3"},
		// near-miss: a reply ("Re:") whose quote opens with a header block
		// quotes; it passes nothing on
		{name: "reply quoting a header block", raw: textMail("Ida Holm <ida.holm@example.dk>", "Re: Invitation til netværksmøde",
			"Tak, jeg vender tilbage.\nIda\n\n> Fra: Albertslund Boligsociale Center <abc@bo-vest.dk>\n> Sendt: 1. september 2020 10:14\n> Til: Ida Holm\n> Emne: Invitation\n>\n> "+strings.ReplaceAll(strings.TrimSpace(invitationText), "\n", "\n> ")+"\n"),
			notStatus: "complete"},
	})
}

// Answers typed in colour into the quote of an Outlook reply, which has no
// quote marks: marks beside the workshop lines are read (quotemarks.go);
// words there that are no mark send the mail to staff to read there.
func TestAnswersInColour(t *testing.T) {
	colour := func(from, say, first string) string {
		return htmlOnlyMail(from, "SV: Invitation til netværksmøde", "utf-8", outlookHTML([]string{say, "", "Ida Holm"}, outlookHead+
			"<p class=MsoNormal>1. Naboskab, netværk &amp; tryghed <span style=\"color:red\">["+first+"]</span><o:p></o:p></p>"+
			"<p class=MsoNormal>2. Sundhed &amp; trivsel <span style=\"color:red\">[2. prioritet]</span><o:p></o:p></p>"+
			"<p class=MsoNormal>3. Uddannelse &amp; livschancer<o:p></o:p></p><p class=MsoNormal>4. Beskæftigelse &amp; opkvalificering<o:p></o:p></p>"))
	}
	var cases []mimeCase
	for _, say := range []string{"Hej, jeg har skrevet mine svar med rødt i jeres mail.", "Mine svar står med rødt nedenfor.",
		"Jeg har markeret med gult i jeres mail.", "Hi, my answers are in red in your mail below.", "I have written in blue in your mail."} {
		cases = append(cases, mimeCase{name: say, raw: colour("Ida Holm <ida.holm@example.dk>", say, "1. prioritet"), status: "complete", want: "Ida Holm:1/2"},
			mimeCase{name: say + " (no mark)", raw: colour("Ida Holm <ida.holm@example.dk>", say, "hvis der er plads"), status: "review"})
	}
	// near-miss: a colour that is no answer
	cases = append(cases, mimeCase{name: "red car", raw: textMail("Ida Holm <ida.holm@example.dk>", "Tilmelding",
		"Hej\nJeg vil gerne deltage i workshop 2. Jeg kommer i en rød bil, er der parkering?\nIda Holm\n"), want: "Ida Holm:2/-", notStatus: "incomplete"})
	runMime(t, cases)
}

// An Outlook answer to a meeting invitation sends a calendar part and no
// words. "Accepteret" says she comes: a registration that names no
// workshop, which the bot asks for; declined and tentative go to staff.
func TestCalendarAnswer(t *testing.T) {
	cal := func(subject, stat string) string {
		return partsMail("Tina Lauridsen <tina@example.dk>", subject, "multipart/alternative",
			"Content-Type: text/plain; charset=utf-8\n\n",
			"Content-Type: text/calendar; charset=utf-8; method=REPLY\n\nBEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nATTENDEE;PARTSTAT="+stat+":mailto:tina@example.dk\nEND:VEVENT\nEND:VCALENDAR\n")
	}
	runMime(t, []mimeCase{
		{name: "accepted", raw: cal("Accepteret: Netværksmøde", "ACCEPTED"), status: "incomplete", want: "Tina Lauridsen:-/-"},
		{name: "declined", raw: cal("Afvist: Netværksmøde", "DECLINED"), status: "review", reason: "calendar answer"},
		{name: "tentative", raw: cal("Foreløbig: Netværksmøde", "TENTATIVE"), status: "review", reason: "calendar answer"},
		// words beside the calendar part are read
		{name: "accepted with words", raw: partsMail("Peter Lund <peter.lund@example.com>", "Accepted: Netværksmøde", "multipart/alternative",
			"Content-Type: text/plain; charset=utf-8\n\nI will be there. Workshop 2 please.\n\nPeter Lund\n",
			"Content-Type: text/calendar; charset=utf-8; method=REPLY\n\nBEGIN:VCALENDAR\nMETHOD:REPLY\nEND:VCALENDAR\n"),
			status: "complete", want: "Peter Lund:2/-"},
		// a file and no words is still the attachment's case
		{name: "pdf, no words", raw: partsMail("Nadia Rahimi <nadia@example.com>", "Tilmelding netværksmøde", "multipart/mixed",
			"Content-Type: text/plain; charset=utf-8\n\n", filePart("application/pdf", "Tilmeldingsblanket udfyldt.pdf")),
			status: "review", reason: "attachment"},
	})
}

// Mail the probes read right already, kept as they are: clients'
// HTML, encodings, attachments, read receipts and inline answers.
func TestMailClientsRead(t *testing.T) {
	ida := "Ida Holm <ida.holm@example.dk>"
	gmailQuote := `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">` + gmailAttr + `<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">` + invitationHTML + `</blockquote></div>`
	runMime(t, []mimeCase{
		{name: "Gmail HTML only", raw: htmlOnlyMail("Omar Farah <omar.farah@example.com>", "Re: Invitation til netværksmøde", "utf-8",
			`<div dir="ltr"><div>Hej</div><div>Jeg kommer gerne, workshop 1 og 2.</div><div><br></div><div>Mvh Omar Farah</div></div><br>`+gmailQuote),
			status: "complete", want: "Omar Farah:1/2"},
		{name: "Gmail signature", raw: htmlOnlyMail("Omar Farah <omar.farah@example.com>", "Re: Invitation til netværksmøde", "utf-8",
			`<div dir="ltr"><div>Hej</div><div>Jeg vil gerne deltage i workshop 3.</div><br clear="all"><div><br></div>-- <br><div dir="ltr" class="gmail_signature">Omar Farah<div>Tlf. 20 21 22 23</div></div></div><br>`+gmailQuote),
			status: "complete", want: "Omar Farah:3/-", phone: "+4520212223"},
		{name: "Gmail answers between quotes", raw: htmlOnlyMail("Kamil Nowak <kamil@example.com>", "Re: Invitation til netværksmøde", "utf-8",
			`<div dir="ltr">Svar nedenfor</div><br><div class="gmail_quote"><div class="gmail_attr">`+gmailAttr+`<br></div><blockquote class="gmail_quote">Skriv navn, hvilken workshop du ønsker som 1. og 2. prioritet og om du har særlige hensyn til maden.</blockquote>`+
				`<div><br></div><div>Kamil Nowak. 1. prioritet sundhed, 2. prioritet naboskab. Ingen hensyn.</div><div><br></div><blockquote class="gmail_quote">Workshops:<br>1. Naboskab, netværk &amp; tryghed<br>2. Sundhed &amp; trivsel<br>3. Uddannelse &amp; livschancer<br>4. Beskæftigelse &amp; opkvalificering</blockquote></div>`),
			status: "complete", want: "Kamil Nowak:2/1"},
		{name: "empty plain alternative", raw: partsMail("Mette Krogh <mette.k@example.dk>", "Tilmelding", "multipart/alternative",
			"Content-Type: text/plain; charset=utf-8\n\n",
			"Content-Type: text/html; charset=utf-8\n\n<html><body><div>Hej,</div><div>Jeg vil gerne deltage i workshop 4 om beskæftigelse.</div><div>Hilsen Mette Krogh</div></body></html>"),
			status: "complete", want: "Mette Krogh:4/-"},
		{name: "plain says see HTML", raw: partsMail("Peter Lund <peter.lund@example.com>", "Registration", "multipart/alternative",
			"Content-Type: text/plain; charset=utf-8\n\nThis message is in HTML format. Please use an HTML capable mail program to read it.\n",
			"Content-Type: text/html; charset=utf-8\n\n<html><body><p>Hello,</p><p>I would like to sign up for workshop 3.</p><p>Kind regards<br>Peter Lund</p></body></html>"),
			status: "complete", want: "Peter Lund:3/-"},
		{name: "Apple Mail below the quote", raw: htmlOnlyMail("Hanne Berg <hanne.berg@example.dk>", "Re: Invitation til netværksmøde", "utf-8",
			`<html><body><br><div><blockquote type="cite"><div>`+gmailAttr+`</div><br><div>`+invitationHTML+`</div></blockquote></div><br><div>Tak for invitationen. Jeg tilmelder mig workshop 2 og 3.</div><div><br></div><div>Hanne Berg</div></body></html>`),
			status: "complete", want: "Hanne Berg:2/3"},
		{name: "iPhone HTML", raw: htmlOnlyMail("Ali Yilmaz <ali.y@example.com>", "Sv: Invitation til netværksmøde", "utf-8",
			`<html><body dir="auto">Hej. Jeg vil gerne med, workshop 1. Ali<br><br><div dir="ltr">Sendt fra min iPhone</div><div dir="ltr"><br><blockquote type="cite">`+gmailAttr+`<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">`+invitationHTML+`</div></blockquote></body></html>`),
			status: "complete", want: "Ali Yilmaz:1/-"},
		{name: "Outlook list paragraphs", raw: htmlOnlyMail("Henrik Olsen <henrik.olsen@example.dk>", "Tilmelding", "utf-8", outlookHTML([]string{"Hej", "Jeg vil gerne deltage. Mine prioriteter:"},
			"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Sundhed &amp; trivsel<o:p></o:p></p>\n"+
				"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>2.<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Naboskab, netværk &amp; tryghed<o:p></o:p></p>\n<p class=MsoNormal>Mvh Henrik Olsen</p>")),
			status: "complete", want: "Henrik Olsen:2/1"},
		{name: "Outlook table of answers", raw: htmlOnlyMail("Lise Hansen <lise.h@example.dk>", "Tilmelding", "utf-8", outlookHTML([]string{"Hej ABC", "", "Hermed min tilmelding:"},
			"<table border=1><tr><td><p class=MsoNormal>Navn</p></td><td><p class=MsoNormal>Lise Hansen</p></td></tr><tr><td><p class=MsoNormal>Telefon</p></td><td><p class=MsoNormal>40 50 60 70</p></td></tr>"+
				"<tr><td><p class=MsoNormal>1. prioritet</p></td><td><p class=MsoNormal>Workshop 3</p></td></tr><tr><td><p class=MsoNormal>2. prioritet</p></td><td><p class=MsoNormal>Workshop 1</p></td></tr></table>")),
			status: "complete", want: "Lise Hansen:3/1", phone: "+4540506070"},
		{name: "bold labels, base64", raw: rawMail("Sara Nielsen <sara.n@example.dk>", "Tilmelding", "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n",
			b64("<html><body><div><b>Navn:</b> Sara Nielsen<br><b>Telefon:</b> 50 51 52 53<br><b>1. prioritet:</b> Uddannelse<br><b>2. prioritet:</b> Beskæftigelse<br><b>Kost:</b> Vegetar</div></body></html>")),
			status: "complete", want: "Sara Nielsen:3/4", phone: "+4550515253"},
		{name: "quoted-printable soft breaks in words", raw: rawMail("=?utf-8?q?S=C3=B8ren_M=C3=B8rch?= <soren@example.dk>", "Tilmelding", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
			"Hej. Jeg vil gerne tilmelde mig workshoppen om Besk=C3=A6f=\ntigelse & opkvalificering som f=C3=B8rste prioritet og Sund=\nhed & trivsel som anden.\n\nVenlig hilsen\nS=C3=B8ren M=C3=\n=B8rch\n"),
			status: "complete", want: "Søren Mørch:4/2"},
		{name: "soft break in a phone number", raw: rawMail("Mona Said <mona@example.com>", "Tilmelding", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
			"Hej jeg vil gerne deltage i uddannelse og sundhed. Mit telefonnummer er 71 72 7=\n3 74\n\nMona Said\n\nSendt fra min iPad\n"),
			status: "complete", want: "Mona Said:3/2", phone: "+4571727374"},
		{name: "format=flowed, delsp", raw: rawMail("Jens Kofoed <jens@example.dk>", "Tilmelding", "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n",
			"Hej. Jeg vil gerne tilmelde mig netværksmødet, workshop 1 (Nabo \nskab) som første og workshop 4 som anden prioritet. Jeg har ingen  \nsærlige hensyn.\n\nMvh Jens Kofoed\n"),
			status: "complete", want: "Jens Kofoed:1/4"},
		{name: "name in encoded words split inside a letter", raw: rawMail("=?UTF-8?B?QXnFnw==?=\n =?UTF-8?B?ZSDDh2VsaWs=?= <ayse@example.com>", "Tilmelding", "Content-Type: text/plain; charset=utf-8\n",
			"Hej\nJeg vil gerne deltage. Sundhed først, derefter naboskab.\n"),
			status: "complete", want: "Ayşe Çelik:2/1"},
		{name: "Last, First encoded", raw: rawMail("=?utf-8?q?Holm=2C_Ida?= <ida.holm@example.dk>", "Tilmelding", "Content-Type: text/plain; charset=utf-8\n", "Hej\nJeg kommer gerne. Job og tryghed.\n"),
			status: "complete", want: "Ida Holm:4/1"},
		{name: "answers between quoted lines", raw: textMail("Kamil Nowak <kamil@example.com>", "Re: Invitation til netværksmøde",
			"Svar nedenfor.\n\nDen 1. sep. 2020 kl. 10.14 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n> Skriv navn, hvilken workshop du ønsker som 1. og 2. prioritet og om du har særlige hensyn til maden.\n\nKamil Nowak, workshop 2 og 4, veganer\n\n> Workshops:\n> 1. Naboskab, netværk & tryghed\n> 2. Sundhed & trivsel\n> 3. Uddannelse & livschancer\n> 4. Beskæftigelse & opkvalificering\n"),
			status: "complete", want: "Kamil Nowak:2/4"},
		{name: "docx only", raw: partsMail("Nadia Rahimi <nadia@example.com>", "Tilmelding", "multipart/mixed",
			"Content-Type: text/plain; charset=utf-8\n\nHej\n\nHermed min tilmelding, se vedhæftede.\n\nMvh Nadia Rahimi\n", filePart("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "tilmelding.docx")),
			status: "review", reason: "attachment"},
		{name: "pdf form, English", raw: partsMail("John Smith <john.smith@example.com>", "Registration", "multipart/mixed",
			"Content-Type: text/plain; charset=utf-8\n\nHi,\n\nPlease find my registration form attached.\n\nBest regards\nJohn Smith\n", filePart("application/pdf", "registration_form.pdf")),
			status: "review", reason: "attachment"},
		{name: "photo beside a registration", raw: partsMail("Gitte Ravn <gitte@example.dk>", "Tilmelding", "multipart/mixed",
			"Content-Type: text/plain; charset=utf-8\n\nHej\nJeg vil gerne deltage i workshop 2 og 1. Jeg har vedhæftet et billede af vores beboerhus, hvis I kan bruge det.\nHilsen Gitte Ravn\n", filePart("image/png", "beboerhus.png")),
			status: "complete", want: "Gitte Ravn:2/1"},
		{name: "vCard", raw: partsMail("Tina Lauridsen <tina@example.dk>", "Tilmelding", "multipart/mixed",
			"Content-Type: text/plain; charset=utf-8\n\nHej\nJeg vil gerne deltage i workshop 4.\nMvh Tina Lauridsen\n", "Content-Type: text/vcard; charset=utf-8\n\nBEGIN:VCARD\nVERSION:3.0\nFN:Tina Lauridsen\nTEL;TYPE=CELL:+45 31 41 59 26\nEND:VCARD\n"),
			status: "complete", want: "Tina Lauridsen:4/-", phone: "-"},
		{name: "text split around a file", raw: partsMail(ida, "Tilmelding", "multipart/mixed",
			"Content-Type: text/plain; charset=utf-8\n\nHej\nJeg vil gerne deltage i workshop 2 og 3.\n", filePart("application/pdf", "program.pdf"), "Content-Type: text/plain; charset=utf-8\n\nMvh Ida Holm\n"),
			status: "complete", want: "Ida Holm:2/3"},
		{name: "read receipt", raw: partsMail("Tina Lauridsen <tina@example.dk>", "Læst: Invitation til netværksmøde", "multipart/report; report-type=disposition-notification",
			"Content-Type: text/plain; charset=utf-8\n\nDin meddelelse blev læst 2. september 2020 08:12.\n",
			"Content-Type: message/disposition-notification\n\nFinal-Recipient: rfc822;tina@example.dk\nDisposition: automatic-action/MDN-sent-automatically; displayed\n"),
			status: "ignore", intent: tilmeld.IntentAutoReply},
		{name: "read receipt in words", raw: textMail("Peter Lund <peter.lund@example.com>", "Read: Invitation til netværksmøde",
			"Your message\n\n  To: Peter Lund\n  Subject: Invitation til netværksmøde\n\nwas read on Wednesday, September 2, 2020 8:12:00 AM.\n"),
			status: "ignore", intent: tilmeld.IntentAutoReply},
	})
}
