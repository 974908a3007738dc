package mailbot

import (
	"fmt"
	"time"
)

var danishWeekdays = [...]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"}

var danishMonths = [...]string{"januar", "februar", "marts", "april", "maj", "juni", "juli",
	"august", "september", "oktober", "november", "december"}

// DanishDate writes a day the Danish way: "tirsdag den 29. september 2020".
func DanishDate(t time.Time) string {
	return fmt.Sprintf("%s den %d. %s %d", danishWeekdays[t.Weekday()], t.Day(), danishMonths[t.Month()-1], t.Year())
}

// DanishTime writes a clock time the Danish way, with a dot: "16.30".
func DanishTime(t time.Time) string {
	return fmt.Sprintf("%02d.%02d", t.Hour(), t.Minute())
}

// DanishDateTime writes "tirsdag den 29. september 2020 kl. 16.30".
func DanishDateTime(t time.Time) string {
	return DanishDate(t) + " kl. " + DanishTime(t)
}

// EnglishDateTime writes "Tuesday 29 September 2020 at 16:30".
func EnglishDateTime(t time.Time) string {
	return t.Format("Monday 2 January 2006 at 15:04")
}

// formatWhen writes the time span of the event in the language of lang:
// "tirsdag den 29. september 2020 kl. 16.30-19.30".
func formatWhen(lang string, starts, ends time.Time) string {
	if lang == "en" {
		s := EnglishDateTime(starts)
		if !ends.IsZero() {
			s += "-" + ends.Format("15:04")
		}
		return s
	}
	s := DanishDateTime(starts)
	if !ends.IsZero() {
		s += "-" + DanishTime(ends)
	}
	return s
}

// formatDateTime writes one moment in the language of lang.
func formatDateTime(lang string, t time.Time) string {
	if lang == "en" {
		return EnglishDateTime(t)
	}
	return DanishDateTime(t)
}
