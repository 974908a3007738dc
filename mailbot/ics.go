package mailbot

import (
	"strings"
	"time"
	"unicode/utf8"

	"tilmeld"
)

// Calendar describes the evening for an iCalendar file.
type Calendar struct {
	// UID stays the same for one registration, so a later mail updates the
	// calendar entry instead of adding a second one.
	UID         string
	Summary     string
	Description string
	Stamp       time.Time
}

// ICS writes c as an iCalendar file (RFC 5545) for ev: one VEVENT, method
// PUBLISH, times in UTC, CRLF line ends, text escaped and long lines folded.
func ICS(ev *tilmeld.Event, c Calendar) []byte {
	ends := ev.Ends
	if ends.IsZero() {
		ends = ev.Starts.Add(3 * time.Hour)
	}
	lines := []string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//tilmeld//registration by e-mail//DA",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		"BEGIN:VEVENT",
		"UID:" + icsText(c.UID),
		"DTSTAMP:" + icsTime(c.Stamp),
		"DTSTART:" + icsTime(ev.Starts),
		"DTEND:" + icsTime(ends),
		"SUMMARY:" + icsText(c.Summary),
	}
	if ev.Place != "" {
		lines = append(lines, "LOCATION:"+icsText(ev.Place))
	}
	if c.Description != "" {
		lines = append(lines, "DESCRIPTION:"+icsText(c.Description))
	}
	if ev.Address != "" {
		lines = append(lines, "ORGANIZER;CN="+icsParam(ev.Organiser)+":mailto:"+ev.Address)
	}
	lines = append(lines, "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR")
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(icsFold(l))
		b.WriteString("\r\n")
	}
	return []byte(b.String())
}

func icsTime(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

var icsEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

// icsText escapes a TEXT value (RFC 5545 3.3.11).
func icsText(s string) string { return icsEscaper.Replace(s) }

// icsParam quotes a parameter value; it may not hold a double quote.
func icsParam(s string) string {
	return `"` + strings.NewReplacer(`"`, "'", "\r", " ", "\n", " ").Replace(s) + `"`
}

// icsFold breaks a content line into lines of at most 75 octets, each
// continuation starting with a space, never inside a UTF-8 sequence.
func icsFold(l string) string {
	const max = 75
	var b strings.Builder
	n := 0
	for len(l) > 0 {
		_, size := utf8.DecodeRuneInString(l)
		limit := max
		if b.Len() > 0 {
			limit = max - 1 // the leading space counts
		}
		if n+size > limit {
			b.WriteString("\r\n ")
			n = 0
		}
		b.WriteString(l[:size])
		n += size
		l = l[size:]
	}
	return b.String()
}
