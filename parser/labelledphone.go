package parser

import "strings"

// callVerbs ask to be called on a number after "på", "on": "ring (gerne)
// på", "I kan ringe til mig på", "træffes på", "call me on".
var callVerbs = wordSet([]string{"ring", "ringe", "traeffes", "fanges", "kontakte", "kontakt", "call", "reach", "contact"})

// numberNouns name a phone number before "er", "is" ("mit nummer er").
var numberNouns = wordSet([]string{"nummer", "telefonnummer", "mobilnummer", "nr", "number"})

// labelledPhone reads eight digits in groups danishGroups does not know
// ("31 245 876", "312 45 876", "31-245-876", "31245 876") as a Danish
// number when a phone's label stands right before them ("mobil", "tlf:",
// "ring gerne på", "phone:"): the label says what an odd grouping alone
// would not.
func labelledPhone(s string, r run) (phone, bool) {
	if !phoneLabelBefore(s, r.a) {
		return phone{}, false
	}
	for _, end := range r.ends {
		gs := strings.FieldsFunc(s[r.a:end], func(c rune) bool { return c == ' ' || c == '-' || c == '.' || c == '\n' })
		d := strings.Join(gs, "")
		if len(d) > 8 {
			break
		}
		if len(d) == 8 && d[0] >= '2' && len(gs) <= 3 && allDigits(d) && minLen(gs) >= 2 && !dateGroups(gs) {
			return phone{e164: "+45" + d, a: r.a, b: end}, true
		}
	}
	return phone{}, false
}

// phoneLabelBefore reports a phone's label ending right before offset a:
// "tlf.", "mobil:", "phone", a number's noun and "er" ("mit nummer er",
// "my phone is"), or a call verb and "på" ("ring gerne på", "call me on").
func phoneLabelBefore(s string, a int) bool {
	w, rest := wordBefore(s, a)
	if phoneLabels[w] || w == "telefonnummer" || w == "mobilnummer" {
		return true
	}
	if w == "er" || w == "is" {
		// "mit nummer er", "my mobile number is": the label before the verb
		w, _ = wordBefore(s, rest)
		return phoneLabels[w] || numberNouns[w]
	}
	if w != "paa" && w != "on" {
		return false
	}
	for range 3 {
		if w, rest = wordBefore(s, rest); callVerbs[w] {
			return true
		}
	}
	return false
}

// wordBefore returns the word that ends before offset a, passing over a
// colon, a full stop and spaces, and where it starts.
func wordBefore(s string, a int) (string, int) {
	e := a
	for e > 0 && strings.IndexByte(" :.\t", s[e-1]) >= 0 && a-e < 4 {
		e--
	}
	b := e
	for b > 0 && s[b-1] >= 'a' && s[b-1] <= 'z' {
		b--
	}
	return s[b:e], b
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func minLen(gs []string) int {
	m := len(gs[0])
	for _, g := range gs {
		m = min(m, len(g))
	}
	return m
}
