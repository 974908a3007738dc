package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// answersBetweenQuotes reads the lines a sender typed between the quoted
// lines of the mail she answers ("Svarer lige inde i jeres mail" above
// an invitation quoted with "> ", her choices and name under its lines):
// lines without "> " inside a quoted block are her own words. It returns
// her own text with those lines added after it, or "" when the mail does
// not announce such answers or holds none.
func answersBetweenQuotes(m *Mail) string {
	if !strings.Contains(m.Quoted, ">") {
		return ""
	}
	var answers []string
	seenQuote := false
	var pending []string
	for rest := m.Quoted; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		switch quoteLineKind(line) {
		case quotedKind:
			// a line typed between two quoted ones is an answer
			if len(pending) > 0 {
				answers = append(answers, pending...)
				pending = pending[:0]
			}
			seenQuote = true
		case typedKind:
			if seenQuote {
				pending = append(pending, strings.TrimSpace(line))
			}
		}
	}
	// the lines first: reading her words for the announcement costs more
	if len(answers) == 0 || !newText(m.Own).matches(answersInQuote) {
		return ""
	}
	return strings.TrimRight(m.Own, "\n") + "\n\n" + strings.Join(answers, "\n")
}

// contactLineNames lists the names that open a line of contact details
// ("Winnie Holm, Bækkegården 12, 31 22 44 66"): a name, a comma, and a
// phone number later on the same line.
func contactLineNames(t *text) []string {
	var out []string
	phones := findPhones(t)
	for _, ln := range lines(t) {
		i := t.tokenAt(ln[0])
		n, k := nameAt(t, i)
		if n == "" || i+k > len(t.toks) || t.toks[i].a >= ln[1] {
			continue
		}
		end := t.toks[i+k-1].b
		if !strings.HasPrefix(strings.TrimLeft(t.fold[end:ln[1]], "."), ",") {
			continue
		}
		for _, p := range phones {
			if p.a > end && p.a < ln[1] {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// opensWithPersonName reports a line that opens with a person's full
// name and a comma ("Winnie H., Galgebakken 4, 2620 Albertslund, 22 44 66
// 88"): her own contact line, not an organisation's address line.
func opensWithPersonName(line string) bool {
	t := newText(strings.TrimSpace(line))
	n, k := nameAt(t, 0)
	if n == "" || countNameWords(n) < 2 {
		return false
	}
	for i, tk := range t.toks {
		if address := i+1 < len(t.toks) && t.toks[i+1].num >= 0; orgWord(tk.s) && !address || groupHead(tk.s) || notPerson[tk.s] {
			return false // "Karen Lund, Ejendomskontoret, ...": her workplace's line; "Bækkegården 12" is her address
		}
	}
	return strings.HasPrefix(strings.TrimLeft(t.fold[t.toks[k-1].b:], "."), ",")
}

// Kinds of line quoteLineKind tells.
const (
	blankKind  = iota // white space only
	quotedKind        // opens with ">" after white space
	typedKind         // any other
)

// quoteLineKind tells a line's kind as strings.TrimSpace(line) shows it,
// without trimming a line that opens with ASCII, as nearly all do.
func quoteLineKind(line string) int {
	i := 0
	for i < len(line) && asciiSpace(line[i]) {
		i++
	}
	switch {
	case i == len(line):
		return blankKind
	case line[i] >= utf8.RuneSelf:
		switch l := strings.TrimSpace(line[i:]); {
		case l == "":
			return blankKind
		case l[0] == '>':
			return quotedKind
		}
		return typedKind
	case line[i] == '>':
		return quotedKind
	}
	return typedKind
}

// answersMarkedInQuote reads the answers a sender typed into a quote that
// is not marked with "> " (an Outlook "Fra:/Sendt:" quote) when her own
// words point there ("mine svar står inde i teksten herunder", "se en
// rettelse nedenfor"): the lines she marked as hers, with her initials or
// name in brackets ("[TS] Jeg er veganer."), and the quoted lines she
// marked with arrows ("2. Sundhed & trivsel <<< MIT 1. VALG"), read as
// "MIT 1. VALG: Sundhed & trivsel", a label before what it labels. The rest of the quote stays quoted.
// It returns her own text with those lines added after it, or "".
// Marked (marks read on the quoted workshop list) stands for the words
// that point there: she has typed into the quote.
func answersMarkedInQuote(m *Mail, marked bool) string {
	labelled := !quotedByLine(m.Quoted) && holdsAnswerLabel(m.Quoted)
	if !strings.Contains(m.Quoted, "[") && !strings.Contains(m.Quoted, "<<") && !labelled {
		return ""
	}
	var answers []string
	for rest := m.Quoted; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		l := strings.TrimSpace(line)
		if strings.HasPrefix(l, ">") {
			continue // a quote inside the quote
		}
		if tag, said, ok := strings.Cut(l, "]"); ok && strings.HasPrefix(tag, "[") && ownTag(tag[1:]) && strings.TrimSpace(said) != "" {
			answers = append(answers, strings.TrimSpace(said))
			continue
		}
		if said, ok := answerLabelled(l); ok && labelled {
			answers = append(answers, said)
			continue
		}
		if quoted, said, ok := strings.Cut(l, "<<"); ok && strings.TrimSpace(quoted) != "" {
			said = strings.TrimSpace(strings.TrimLeft(said, "<"))
			quoted = strings.TrimSpace(quoted[listLeadEnd(quoted):])
			if said != "" && quoted != "" {
				if strings.ToUpper(said) == said {
					// "MIT 1. VALG" shouted: a capital after "1." would end the sentence there
					said = strings.ToLower(said)
				}
				answers = append(answers, said+": "+quoted)
			}
		}
	}
	if len(answers) == 0 || !marked && !newText(m.Own).matches(answersInQuote) {
		return ""
	}
	return strings.TrimRight(m.Own, "\n") + "\n\n" + strings.Join(answers, "\n")
}

// quotedByLine reports a quote whose second line is marked with ">": a
// quote under its attribution, where nothing she typed is left.
func quotedByLine(q string) bool {
	_, rest, _ := strings.Cut(q, "\n")
	return isQuoted(rest[:min(len(rest), 8)])
}

// holdsAnswerLabel reports a colon after "svar" or "answer" in s, in any
// case, as answerLabelled wants; it looks only at the colons.
func holdsAnswerLabel(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		if i >= 3 && lowerByte(s[i-1]) == 'r' && (lowerByte(s[i-2]) == 'a' && lowerByte(s[i-3]) == 'v' ||
			i >= 6 && lowerByte(s[i-2]) == 'e' && strings.EqualFold(s[i-6:i], "answer")) {
			return true
		}
		j := strings.IndexByte(s[i+1:], ':')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// answerLabelled reads a line the sender labelled as her answer ("Svar:
// workshop 2 og 4", "MIT SVAR: VEGETAR", "Answer: 3"): what follows the
// label, in small letters when it is shouted.
func answerLabelled(l string) (string, bool) {
	label, said, ok := strings.Cut(l, ":")
	if !ok || len(label) > 12 {
		return "", false
	}
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "svar", "mit svar", "answer", "my answer":
	default:
		return "", false
	}
	if said = strings.TrimSpace(said); said == "" {
		return "", false
	}
	if strings.ToUpper(said) == said {
		said = strings.ToLower(said)
	}
	return said, true
}

// ownTag reports the bracketed mark a sender puts before her own lines:
// her initials ("TS") or a name ("Trine"), letters only, one or two words.
func ownTag(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 || len(s) > 24 {
		return false
	}
	for _, r := range s {
		if r != ' ' && r != '.' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
