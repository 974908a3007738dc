package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-fourth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// parseHTML24 reads an HTML-only mail from the given display name.
func parseHTML24(from, html string) *Result {
	raw := "From: " + from + " <sender@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: Tilmelding\r\nMessage-ID: <k24@example.dk>\r\n" +
		"Date: Mon, 14 Sep 2020 10:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	return Parse([]byte(raw), testEvent)
}

// A (set 1). The value of a "Navn" row in a label/value table is the name
// the sender wrote for herself: an initial-only display name never beats it.
func TestNameRowBeatsInitialDisplayName(t *testing.T) {
	row := func(label, value string) string { return "<tr><td>" + label + "</td><td>" + value + "</td></tr>" }
	for _, c := range []struct{ from, html, want, diets string }{
		{"lene k", "<html><body><p>Hej</p><p>Her er min tilmelding:</p><table>" + row("Navn", "Lene Kristoffersen") + row("Telefon", "22 33 44 55") +
			row("1. prioritet", "Naboskab") + row("2. prioritet", "Beskæftigelse") + row("Kost", "Glutenfri og laktosefri") + "</table><p>Hilsen Lene</p></body></html>",
			"Lene Kristoffersen:1/4", "Lene Kristoffersen=gluten_free,lactose_free"},
		{"Morten B", "<html><body><p>Hej ABC</p><p>Min tilmelding:</p><table>" + row("Navn:", "Morten Bøgh") + row("Mobil", "31 41 59 26") +
			row("Første prioritet", "Sundhed") + row("Anden prioritet", "Uddannelse") + "</table><p>Mvh Morten</p></body></html>",
			"Morten Bøgh:2/3", "Morten Bøgh="},
		{"amal h", "<html><body><p>Hi</p><p>Here is my registration:</p><table>" + row("Name", "Amal Hussein") + row("Phone", "26 12 34 56") +
			row("1st priority", "Health") + row("2nd priority", "Employment") + row("Diet", "Vegetarian") + "</table><p>Best, Amal</p></body></html>",
			"Amal Hussein:2/4", "Amal Hussein=vegetarian"},
	} {
		r := parseHTML24(c.from, c.html)
		if r.Status != tilmeld.StatusComplete || choices(r) != c.want || allDiets(r) != c.diets {
			t.Errorf("%s: got %s %s %s, want complete %s %s (%v)", c.from, r.Status, choices(r), allDiets(r), c.want, c.diets, r.Reasons)
		}
	}
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nHer er min tilmelding:\nNavn: Lene Kristoffersen\nTelefon: 22 33 44 55\n1. prioritet: Naboskab\n2. prioritet: Beskæftigelse\n\nHilsen Lene",
			from: "lene k", status: "complete", want: "Lene Kristoffersen:1/4"}, phone: "+4522334455"},
	})
}
