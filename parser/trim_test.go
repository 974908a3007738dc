package parser

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"tilmeld"
)

// TestTrimText checks quote and signature cutting on plain text, one rule
// of one client or language per case.
func TestTrimText(t *testing.T) {
	tests := []struct {
		name          string
		forward       bool
		in            string
		own, sig, fwd string
	}{
		{name: "Apple Mail Danish attribution",
			in:  "Ja tak, workshop 2.\n\nDen 15. sep. 2020 kl. 10.12 skrev Bente Hansen <b@example.dk>:\n\n> 1. Have\n> 2. Unge\n",
			own: "Ja tak, workshop 2."},
		{name: "Gmail Danish attribution with weekday",
			in:  "Workshop 1.\n\nDen tir. 15. sep. 2020 kl. 10.12 skrev Bente <b@example.dk>:\n> tekst\n",
			own: "Workshop 1."},
		{name: "attribution wrapped after the name",
			in:  "Workshop 4.\n\nBente Hansen <b@example.dk> skrev den 15. sep.\n2020 kl. 10:12:\n\n> tekst\n",
			own: "Workshop 4."},
		{name: "Outlook Danish header block without separator",
			in:  "Workshop 3.\n\nFra: ABC <abc@example.dk>\nSendt: 1. september 2020 10:14\nTil: Bente\nEmne: Invitation\n\nVælg workshop 1-4\n",
			own: "Workshop 3."},
		{name: "Outlook bold header block from HTML",
			in:  "Workshop 3.\n\n*Fra:* ABC\n*Sendt:* 1. september 2020\n*Emne:* Invitation\n\nVælg\n",
			own: "Workshop 3."},
		{name: "old Outlook separator",
			in:  "Workshop 2.\n-----Oprindelig meddelelse-----\nFra: ABC\nVælg\n",
			own: "Workshop 2."},
		{name: "a sentence ending in skrev: is not a quote header",
			in:  "Som jeg skrev:\nWorkshop 2 og 3.\nVegetar.",
			own: "Som jeg skrev:\nWorkshop 2 og 3.\nVegetar."},
		{name: "Fra: and Til: in own words are not a header block",
			in:  "Fra: Bente og Kurt\nTil: workshop 2\n",
			own: "Fra: Bente og Kurt\nTil: workshop 2"},
		{name: "inline answers between quoted lines",
			in:  "On Tue, 15 Sep 2020 at 10:12, ABC <abc@example.dk> wrote:\n> Workshop?\n2 og 4\n> Mad?\nHalal\n",
			own: "2 og 4\nHalal"},
		{name: "short closing with name and phone",
			in:  "Jeg kommer.\n\nMvh Bente\n26 45 78 12\n",
			own: "Jeg kommer.", sig: "Mvh Bente\n26 45 78 12"},
		{name: "closing on its own line",
			in:  "Jeg kommer.\nVenlig hilsen\nBente Hansen\n",
			own: "Jeg kommer.", sig: "Venlig hilsen\nBente Hansen"},
		{name: "kh and vh closings",
			in:  "Workshop 1.\nKh Anna\n",
			own: "Workshop 1.", sig: "Kh Anna"},
		{name: "a long sentence opening with Hilsen is text",
			in:  "Hilsen fra hele bestyrelsen, vi kommer alle fire og vil gerne i workshop 2 og 3\n",
			own: "Hilsen fra hele bestyrelsen, vi kommer alle fire og vil gerne i workshop 2 og 3"},
		{name: "postscript after the signature is own text",
			in:  "Jeg kommer.\n\nMvh Bente\n\nPS: vegetar\n",
			own: "Jeg kommer.\n\nPS: vegetar", sig: "Mvh Bente"},
		{name: "dash-dash delimiter",
			in:  "Workshop 1.\n-- \nBente Hansen\nTlf 12 34 56 78\n",
			own: "Workshop 1.", sig: "--\nBente Hansen\nTlf 12 34 56 78"},
		{name: "a disclaimer written as one long line",
			in:  "Workshop 2.\n\nDenne e-mail kan indeholde fortrolige oplysninger og er kun beregnet til den eller de modtagere, den er adresseret til. Hvis du har modtaget e-mailen ved en fejl, bedes du straks give afsenderen besked og slette e-mailen fra dit system.\n",
			own: "Workshop 2.", sig: "Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet til den eller de modtagere, den er adresseret til. Hvis du har modtaget e-mailen ved en fejl, bedes du straks give afsenderen besked og slette e-mailen fra dit system."},
		{name: "Danish mobile footer",
			in:  "Workshop 1.\n\nSendt fra min iPhone\n",
			own: "Workshop 1.", sig: "Sendt fra min iPhone"},
		{name: "signature above a quote, own text below it",
			in:  "Sendt fra min iPhone\n\nDen 15. sep. 2020 kl. 10.12 skrev ABC <abc@example.dk>:\n\n> Vælg\n\nWorkshop 3.\nMads\n",
			own: "Workshop 3.\nMads", sig: "Sendt fra min iPhone"},
		{name: "slash sign-off",
			in:  "vil gerne med, workshop 2\n/Julie\n",
			own: "vil gerne med, workshop 2", sig: "/Julie"},
		{name: "Gmail forward marker",
			in:  "Se her.\n\n---------- Videresendt besked ---------\nFra: Omar <o@example.com>\nDate: 9. sep. 2020\nSubject: møde\nTo: Lone <l@example.dk>\n\nWorkshop 4.\nOmar\n",
			own: "Se her.", fwd: "---------- Videresendt besked ---------\nFra: Omar <o@example.com>\nDate: 9. sep. 2020\nSubject: møde\nTo: Lone <l@example.dk>\n\nWorkshop 4.\nOmar"},
		{name: "Apple forward marker",
			in:  "Begin forwarded message:\n\nFrom: Omar <o@example.com>\nSubject: møde\nDate: 9 September 2020\n\nWorkshop 4.\n",
			fwd: "Begin forwarded message:\nFrom: Omar <o@example.com>\nSubject: møde\nDate: 9 September 2020\n\nWorkshop 4."},
		{name: "original-message header in a forwarded mail is the forward",
			forward: true,
			in:      "Til jer.\n-----Original Message-----\nFrom: Inge <i@example.dk>\nSent: 14 September 2020\nSubject: x\n\nWorkshop 1.\nMvh Inge\n",
			own:     "Til jer.", fwd: "-----Original Message-----\nFrom: Inge <i@example.dk>\nSent: 14 September 2020\nSubject: x\n\nWorkshop 1.\n\nMvh Inge"},
		{name: "invisible marker line",
			in:  "Workshop 2.\n\u1427\n",
			own: "Workshop 2."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := trimText(tt.in, tt.forward)
			if own := got.text(ownLine); own != tt.own {
				t.Errorf("own:\n%s\nwant:\n%s", own, tt.own)
			}
			if sig := got.text(sigLine); sig != tt.sig {
				t.Errorf("signature:\n%s\nwant:\n%s", sig, tt.sig)
			}
			if fwd := joinText(got.forwarded); fwd != tt.fwd {
				t.Errorf("forwarded:\n%s\nwant:\n%s", fwd, tt.fwd)
			}
		})
	}
}

// TestTrimKeepsQuoted checks that what is cut is kept as quoted text.
func TestTrimKeepsQuoted(t *testing.T) {
	got := trimText("Ja.\n\nOn 1 Sep 2020, ABC <a@example.dk> wrote:\n> Vælg 1-4\n", false)
	if q := got.quoted(); !strings.Contains(q, "wrote:") || !strings.Contains(q, "> Vælg 1-4") {
		t.Errorf("quoted: %q", q)
	}
}

func TestUnflow(t *testing.T) {
	tests := []struct {
		in    string
		delsp bool
		want  string
	}{
		{"Hej med \ndig\n", false, "Hej med dig\n"},
		{"Hej med  \ndig", true, "Hej med dig"},
		{"> citat \n> fortsat\nsvar", false, "> citat fortsat\nsvar"},
		{" From me\n-- \nsig", false, "From me\n-- \nsig"},
	}
	for _, tt := range tests {
		if got := unflow(tt.in, tt.delsp); got != tt.want {
			t.Errorf("unflow(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A quote header inside what also looks like a pasted invitation (its "Fra:"
// names the organiser) quotes everything below it, the closing lines of the
// invitation too.
func TestQuoteHeaderInsidePastedInvitation(t *testing.T) {
	ev := &tilmeld.Default().Event
	var list strings.Builder
	for _, w := range ev.Workshops {
		fmt.Fprintf(&list, "%d. %s\n", w.Number, w.Name)
	}
	body := "Jeg vil gerne i workshop 2.\n\nTove Bak\n\n" +
		"Fra: " + ev.Organiser + " <" + ev.Address + ">\nSendt: 1. september 2020 10:14\nTil: Tove Bak <tove@example.dk>\nEmne: Invitation\n\n" +
		"Vi inviterer til netværksmøde.\n" + list.String() + "\nSkriv til " + ev.Address + " eller ring " + ev.Phone + " senest den 21. september.\n"
	own := trimPasted(body, false, ev).text(ownLine)
	if strings.Contains(own, ev.Phone) || strings.Contains(own, "Skriv til") {
		t.Errorf("own words keep the invitation's last lines:\n%s", own)
	}
	if !strings.Contains(own, "workshop 2") {
		t.Errorf("own words lost the sender's line:\n%s", own)
	}
}

// FuzzHeaderFrom: the test before the expression rules out no line the
// expression matches.
func FuzzHeaderFrom(f *testing.F) {
	for _, s := range []string{"From: A", "*Fra:* B", "_Von: C", "**From: D", "De : E", "От: Ф", "ОТ: Ф", "od: x", "Sent: y", "*", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := isHeaderFrom(l), headerFrom.MatchString(l); got != want {
			t.Fatalf("isHeaderFrom(%q) = %v, want %v", l, got, want)
		}
	})
}

// FuzzAttributionTests: the attribution tests read a line as the
// expression and strings.ToLower they stand for do.
func FuzzAttributionTests(f *testing.F) {
	for _, s := range []string{"On Tue, 15 Sep 2020 at 10:12, Bente <b@x.dk> wrote:", "Den 4. sep. 2020 kl. 12.11 skrev ABC:",
		"d. 3 jan", "D.\tx", "ON x", "on_", "onx", "På 12", "påske", "PÅx", "p\u212bx", "W DNIU 1 napisał(a):", "dne 5",
		"12345 x", "1234-", "7/", "SKREV:", "Ha Scritto：", "НАПИСАЛ:", "\xffwrote:", "wrote", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := startsAttribution(s), attributionStart.MatchString(s); got != want {
			t.Fatalf("startsAttribution(%q) = %v, want %v", s, got, want)
		}
		low := strings.ToLower(s)
		want := false
		for _, v := range attributionVerbs {
			want = want || strings.Contains(low, v)
		}
		if got := containsVerb(s); got != want {
			t.Fatalf("containsVerb(%q) = %v, want %v", s, got, want)
		}
		if got, want := endsAttribution(s), endsAttributionLower(s); got != want {
			t.Fatalf("endsAttribution(%q) = %v, want %v", s, got, want)
		}
	})
}

// endsAttributionLower is endsAttribution on the string strings.ToLower gives.
func endsAttributionLower(s string) bool {
	s = strings.TrimRight(s, " \t")
	if !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, "：") {
		return false
	}
	low := strings.ToLower(s)
	for _, v := range attributionVerbs {
		i := strings.LastIndex(low, v)
		if i < 0 {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(low[:i])
		after := strings.TrimPrefix(low[i+len(v):], "(a)")
		next, _ := utf8.DecodeRuneInString(after)
		if (i == 0 || !unicode.IsLetter(before)) && (after == "" || !unicode.IsLetter(next)) &&
			utf8.RuneCountInString(after) <= attributionTailMax {
			return true
		}
	}
	return false
}

// FuzzHeaderLine: the scans of a header block's lines read a line as the
// expressions they stand for do.
func FuzzHeaderLine(f *testing.F) {
	for _, s := range []string{"Sent: mandag", "*Sendt:* 3", "_Til_ :x", "Data:", "Date：x", "svar til: a", "Reply-To :b",
		"Sub\u212aect: x", "\u017fent: y", "ТЕМА: x", "ÄMNE:\tz", "Envoyé : w", "À: a", "a: b", "an:b", "Risposta: c",
		"a-b-c-d-e-f-g-h-i-j-k: x", "abcdefghijklmnopqrstu: x", "**Fra: x", "to:*", "to:*x", "\xff: x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := isHeaderLine(l), headerLine.MatchString(l+" "); got != want {
			t.Fatalf("isHeaderLine(%q) = %v, want %v", l, got, want)
		}
		if got, want := isAnyHeaderLine(l), anyHeaderLine.MatchString(l); got != want {
			t.Fatalf("isAnyHeaderLine(%q) = %v, want %v", l, got, want)
		}
	})
}

// TestScannedExpressions: the scans that stand for expressions of the
// tables were written for these expressions; a change to one needs a
// change to its scan.
func TestScannedExpressions(t *testing.T) {
	for _, c := range []struct {
		re   *regexp.Regexp
		want string
	}{
		{headerFrom, `(?i)^[*_]?(` + strings.Join(headerFromNames, "|") + `)[*_]?\s*[:：]`},
		{headerLine, `(?i)^[*_]?(` + strings.Join(headerLineNames, "|") + `)[*_]?\s*[:：][*_]?\s`},
		{anyHeaderLine, `^[*_]?[\p{L}-]{1,20}[*_]?\s*[:：]`},
		{attributionStart, `(?i)^((` + strings.Join(attributionStartWords, "|") + `)\b|d\.\s|\d{1,4}[\s\-./])`},
	} {
		if got := c.re.String(); got != c.want {
			t.Errorf("expression %s, its scan reads %s", got, c.want)
		}
	}
}

// TestHeaderLineScan tries the scans on every field name in the cases and
// spellings (?i) folds together, between the marks around it.
func TestHeaderLineScan(t *testing.T) {
	spell := func(name string) []string {
		out := []string{name, strings.ToUpper(name), strings.ToUpper(name[:1]) + name[1:]}
		var folded strings.Builder
		for _, r := range name {
			if f := unicode.SimpleFold(unicode.SimpleFold(r)); f != r && unicode.SimpleFold(f) != r {
				r = f // a third rune in the orbit: K for k, ſ for s
			}
			folded.WriteRune(unicode.SimpleFold(r))
		}
		return append(out, folded.String(), name[:len(name)-1], name+"x")
	}
	names := append(append([]string{"reply", "svar", "datum", "ämn"}, headerLineNames...), attributionStartWords...)
	for _, name := range names {
		for _, w := range spell(name) {
			for _, before := range []string{"", "*", "_", "**", " "} {
				for _, after := range []string{"", ":", " :", "*:", "_ \t:", ":*", ":* x", ": x", "：x", ":x", "x:", "* :_", ":\n", " x", "-5", ".\t"} {
					l := before + w + after
					if got, want := isHeaderLine(l), headerLine.MatchString(l+" "); got != want {
						t.Errorf("isHeaderLine(%q) = %v, want %v", l, got, want)
					}
					// isHeaderFrom passes over a line that opens with the narrow
					// о (U+1C82), which headerFrom folds to о
					if got, want := isHeaderFrom(l), headerFrom.MatchString(l); got != want && !strings.ContainsRune(l, '\u1c82') {
						t.Errorf("isHeaderFrom(%q) = %v, want %v", l, got, want)
					}
					if got, want := isAnyHeaderLine(l), anyHeaderLine.MatchString(l); got != want {
						t.Errorf("isAnyHeaderLine(%q) = %v, want %v", l, got, want)
					}
					if got, want := startsAttribution(l), attributionStart.MatchString(l); got != want {
						t.Errorf("startsAttribution(%q) = %v, want %v", l, got, want)
					}
				}
			}
		}
	}
}
