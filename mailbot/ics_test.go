package mailbot

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"tilmeld"
)

func TestICS(t *testing.T) {
	ev := tilmeld.Default().Event
	ics := string(ICS(&ev, Calendar{
		UID:         "event-20200929-r7@bo-vest.dk",
		Summary:     ev.Name,
		Description: "Anna Jensen: Sundhed & trivsel (nr. 2)\nKost: vegetar; glutenfri, tak\\ja",
		Stamp:       time.Date(2020, 9, 22, 8, 0, 0, 0, time.UTC),
	}))
	for _, want := range []string{
		"BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "METHOD:PUBLISH\r\n",
		"UID:event-20200929-r7@bo-vest.dk\r\n",
		"DTSTART:20200929T143000Z\r\n", "DTEND:20200929T173000Z\r\n",
		"DTSTAMP:20200922T080000Z\r\n",
		`Kost: vegetar\; glutenfri\, tak\\ja`,
		"END:VEVENT\r\nEND:VCALENDAR\r\n",
	} {
		if !strings.Contains(unfold(ics), want) {
			t.Errorf("ics lacks %q:\n%s", want, ics)
		}
	}
	for _, l := range strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line longer than 75 octets: %q", l)
		}
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("bare line break in %q", l)
		}
	}
	if strings.Count(ics, "\n") != strings.Count(ics, "\r\n") {
		t.Error("a line ends in LF without CR")
	}
}

func TestICSFoldKeepsUTF8(t *testing.T) {
	l := "DESCRIPTION:" + strings.Repeat("æøå", 40)
	f := icsFold(l)
	for _, part := range strings.Split(f, "\r\n ") {
		if len(part) > 75 || !utf8.ValidString(part) {
			t.Errorf("part of %d octets, valid UTF-8 %v", len(part), utf8.ValidString(part))
		}
	}
	if unfold(f) != l {
		t.Errorf("unfold(fold(l)) != l")
	}
}

// unfold joins folded lines (RFC 5545 3.1).
func unfold(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }
