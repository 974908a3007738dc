package mailbot

import (
	"regexp"
	"strings"
	"testing"
)

// tidyTextBefore and replySubjectBefore are the two as they were written
// first, with regular expressions: the faster ones must not differ.
func tidyTextBefore(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	s = regexp.MustCompile(`\n{3,}`).ReplaceAllString(strings.Join(lines, "\n"), "\n\n")
	return strings.Trim(s, "\n") + "\n"
}

func replySubjectBefore(lang, subject, fallback string) string {
	s := strings.TrimSpace(subject)
	for {
		t := replyPrefix.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	if s == "" {
		s = fallback
	}
	if lang == "en" {
		return "Re: " + s
	}
	return "SV: " + s
}

var tidyCases = []string{"", "\n", "\n\n\n", "a", "a\n", "\n\na", "a\nb", "a\n\nb", "a\n\n\n\nb\n\n", "  \n a \t\r\n\t\n\nb  \n",
	"x\r\ny\r\n\r\n\r\nz", "Hej,\n\n\n\nTak.\n  \nVenlig hilsen\n", "\f\n\nform feed\n"}

var subjectCases = []string{"", "  ", "Tilmelding", "SV: Tilmelding", "sv:sv: RE : x", "Re[2]: x", "AW: Fwd: fw: VS: Antw: y",
	"ſv: long s", "\tre: tab", "Re:", "Reminder", "Svar", "fwd x", "Antwort: z", " \u00a0SV: nbsp", "Ærø", "=?utf-8?q?SV?="}

func TestTidyTextAsBefore(t *testing.T) {
	for _, s := range tidyCases {
		if got, want := tidyText(s), tidyTextBefore(s); got != want {
			t.Errorf("tidyText(%q) = %q, was %q", s, got, want)
		}
	}
}

func TestReplySubjectAsBefore(t *testing.T) {
	for _, s := range subjectCases {
		for _, lang := range []string{"da", "en"} {
			if got, want := replySubject(lang, s, "Tilmelding"), replySubjectBefore(lang, s, "Tilmelding"); got != want {
				t.Errorf("replySubject(%q, %q) = %q, was %q", lang, s, got, want)
			}
		}
	}
}

func FuzzTidyTextAndReplySubject(f *testing.F) {
	for _, s := range append(tidyCases, subjectCases...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tidyText(s), tidyTextBefore(s); got != want {
			t.Errorf("tidyText(%q) = %q, was %q", s, got, want)
		}
		if got, want := replySubject("da", s, "x"), replySubjectBefore("da", s, "x"); got != want {
			t.Errorf("replySubject(%q) = %q, was %q", s, got, want)
		}
	})
}
