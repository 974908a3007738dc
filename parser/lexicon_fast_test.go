package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// The phrase tables and a few expressions are run by faster means than
// the regular expressions they are written as (lexicon.go): phrases tried
// only where their prefixes occur, plain words matched by hand, needle
// filters, case-insensitive branches tried at word starts. These tests
// compare every one of them with the plain expression, over the sender's
// texts of the test mails and what the fuzzer makes of them.

// plainAlts holds each phrase's plain expression, compiled once.
var plainAlts sync.Map // *alt → *regexp.Regexp

func (a *alt) plain() *regexp.Regexp {
	if re, ok := plainAlts.Load(a); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(a.expr)
	plainAlts.Store(a, re)
	return re
}

// refPhrases is findPhrases as the plain expressions give it.
func refPhrases(m *matcher, s string) []phraseHit {
	var hits []phraseHit
	for k := range m.alts {
		for _, x := range m.alts[k].plain().FindAllStringIndex(s, -1) {
			if x[0] == 0 || !wordByte(s[x[0]-1]) || !wordByte(s[x[0]]) {
				hits = append(hits, phraseHit{x[0], x[1], k})
			}
		}
	}
	slices.SortFunc(hits, func(x, y phraseHit) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.k - y.k
	})
	var out []phraseHit
	end := -1
	for _, h := range hits {
		if h.a >= end {
			out = append(out, h)
			end = max(h.b, h.a+1)
		}
	}
	return out
}

// String returns the table as one expression, as phrases would compile it:
// the tables are named so in the messages below.
func (m *matcher) String() string {
	var b strings.Builder
	b.WriteString(`\b(?:`)
	for k := range m.alts {
		if k > 0 {
			b.WriteByte('|')
		}
		b.WriteString(strings.TrimSuffix(strings.TrimPrefix(m.alts[k].expr, "(?:"), `)\b`))
	}
	b.WriteString(`)\b`)
	return b.String()
}

// simplified is expr parsed and simplified, as table reads a phrase.
func simplified(expr string) *syntax.Regexp {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	return re.Simplify()
}

// allMatchers lists the phrase tables: those in lex and gateLex, and the
// ones kept beside the code that reads them.
var allMatchers = sync.OnceValue(func() []*matcher {
	ms := []*matcher{dietWords, choiceCue, attendCue, nameField, nameIntro, otherNameIntro, selfToo, strongUpdate}
	for _, v := range []reflect.Value{reflect.ValueOf(&lex).Elem(), reflect.ValueOf(&gateLex).Elem()} {
		for i := range v.NumField() {
			f := v.Field(i)
			// the fields are unexported: read them through their address
			if m, ok := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(*matcher); ok {
				ms = append(ms, m)
			}
		}
	}
	return ms
})

// fastExprs are the expressions run as prefixRe, with their plain forms.
var fastExprs = []*regexp.Regexp{clauseSplit, countRe, emailRe, urlRe}

func checkFast(t *testing.T, s string) {
	t.Helper()
	g := needlesIn(s)
	for _, m := range allMatchers() {
		want := refPhrases(m, s)
		if got := m.scan(s, g, false); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("table %.60s over %q:\n got %v\nwant %v", m, s, got, want)
		}
		if got := m.MatchString(s); got != (len(want) > 0) {
			t.Fatalf("table %.60s MatchString(%q) = %v", m, s, got)
		}
		// a part read with the whole text's needles, as a line is: the
		// phrases restOf keeps for the text
		if part := s[:len(s)/2]; g != nil {
			if got, want := m.scan(part, g, false), refPhrases(m, part); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("table %.60s over %q of %q:\n got %v\nwant %v", m, part, s, got, want)
			}
		}
		// the stems grouped rule out what they do one by one: over the
		// whole text, a part of it, and without a needle set
		for _, part := range []string{s, s[len(s)/3 : 2*len(s)/3], s[:len(s)/2]} {
			for _, set := range []*needleSet{g, nil} {
				if got, want := m.stemGroups.anyIn(part, set), containsAnyNeedle(part, set, m.stemNs); got != want {
					t.Fatalf("table %.60s: stems grouped in %q: %v, want %v", m, part, got, want)
				}
			}
		}
	}
	for _, re := range fastExprs {
		x := newPrefixRe(re)
		if got, want := x.findAll(s, false), re.FindAllStringIndex(s, -1); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%.60s over %q: got %v want %v", re, s, got, want)
		}
		if got, want := x.findAll(s, true), re.FindAllStringSubmatchIndex(s, -1); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%.60s submatches over %q: got %v want %v", re, s, got, want)
		}
	}
	for re, gt := range hitGates {
		if !gt.mayMatch(s) && re.MatchString(s) {
			t.Fatalf("%.60s matches %q without the words %q", re, s, gt.words)
		}
	}
	for _, o := range autoOpenings {
		if got, want := o.MatchString(s), o.re.MatchString(s); got != want {
			t.Fatalf("%.40s MatchString(%q) = %v, want %v", o.re, s, got, want)
		}
	}
	if got, want := registrationPhrases.MatchString(s), registrationPhrases.Regexp.MatchString(s); got != want {
		t.Fatalf("registrationPhrases.MatchString(%q) = %v, want %v", s, got, want)
	}
}

// senderTexts are the texts the tables read in the test mails: the
// sender's words and signature, folded and as written.
func senderTexts(tb testing.TB) []string {
	files, _ := filepath.Glob("testdata/*.eml")
	more, _ := filepath.Glob("testdata/*/*.eml")
	var out []string
	for _, f := range append(files, more...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		m := ExtractFor(raw, testEvent)
		for _, s := range []string{m.Own, signatureHead(m.Signature)} {
			if s != "" {
				out = append(out, s, newText(s).fold)
			}
		}
	}
	return out
}

func TestFastPhrasesAsExpressions(t *testing.T) {
	for _, s := range senderTexts(t) {
		checkFast(t, s)
	}
}

func FuzzFastPhrases(f *testing.F) {
	for _, s := range senderTexts(f) {
		f.Add(s)
	}
	f.Add("ja  tak, jeg vil gerne deltage i workshop 2 og 3; vi er 3 personer. \u212aommer ikke. Jeg KOMMER gerne")
	f.Fuzz(func(t *testing.T, s string) {
		checkFast(t, s)
	})
}

// TestNeedleSet checks the one pass that finds the tables' needles: it
// numbers all of them, and finds each one exactly where strings.Contains
// does.
func TestNeedleSet(t *testing.T) {
	if n := len(needleIDs.list); n > maxNeedles {
		t.Errorf("%d needles, room for %d: the rest are never ruled out", n, maxNeedles)
	}
	texts := append(senderTexts(t), "", "ab", "aab", "tilmeldingtilmeld", "xx vegetarvegan ææ")
	for _, s := range texts {
		g := new(needleSet)
		allNeedles.find(g, s)
		for id, x := range needleIDs.list {
			n := needle{s: x, id: int32(id)}
			if got, want := n.mayBeIn(g), strings.Contains(s, x); got != want {
				t.Fatalf("needle %q in %.80q: found %v, want %v", x, s, got, want)
			}
			if got, want := containsAnyNeedle(s, g, []needle{n}), strings.Contains(s, x); got != want {
				t.Fatalf("needle %q in %.80q: found %v, want %v", x, s, got, want)
			}
			// g rules needles out of a part of its text but does not place them there
			if len(s) > 0 {
				if got, want := containsAnyNeedle(s[1:], g, []needle{n}), strings.Contains(s[1:], x); got != want {
					t.Fatalf("needle %q in %.80q: found %v, want %v", x, s[1:], got, want)
				}
			}
		}
	}
}

func TestFoldOf(t *testing.T) {
	for r := rune(-1); r < 0x3000; r++ {
		f, ok := foldOf(r)
		if wf, wok := foldTable[r]; f != wf || ok != wok {
			t.Fatalf("foldOf(%q) = %q, %v; foldTable has %q, %v", r, f, ok, wf, wok)
		}
	}
}

// TestRunSearch checks the search by runs against the whole search, over
// expressions whose runs are cut at white space, line ends, non-ASCII
// bytes and punctuation, with \b at the cuts.
func TestRunSearch(t *testing.T) {
	exprs := []string{`a.b`, `(?s)a.b`, `\bfoo\w*\b`, `æ+x`, `[a-z]+@[a-z]+`, `(x|y)+\.(dk|com)\b`, emailRe.String(), urlRe.String()}
	texts := []string{"a\nb a b axb", "xfoo bar foob.foo _foo", "ææx æx æ x", "z@z a@b.c @@ a@", "x.dk yx.com.x y.dkx", "see www.example.dk/x and http://a.b/c?d, mail p@example.dk."}
	for _, e := range exprs {
		re := regexp.MustCompile(e)
		x := newRunSearch(re)
		if x == nil {
			t.Errorf("%s: no run search", e)
			continue
		}
		for _, s := range texts {
			if got, want := x.findAll(re, s, true), re.FindAllStringSubmatchIndex(s, -1); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s over %q: got %v, want %v", e, s, got, want)
			}
		}
	}
	// an assertion that reads the text's end, an empty match, or no word
	// every match holds: the runs would not find what the whole search does
	for _, e := range []string{`x$`, `^x`, `a*`, `(?i)kx`, `\w+`} {
		if newRunSearch(regexp.MustCompile(e)) != nil {
			t.Errorf("%s searched by runs", e)
		}
	}
}

// TestLeads checks phrases tried only where a lead opens, against their
// plain expressions, over runs of white space and dashes between words.
func TestLeads(t *testing.T) {
	m := table([]string{`ingen (saerlige )?(kost)?hensyn`, `(jeg|vi) (vil|ville) (gerne )?(deltage|komme)`, `1\.? ?prio`, `a (b )?c\w*`, `zyxw (qu )?vuts`})
	leads := 0
	for _, a := range m.alts {
		if a.run != nil && a.compiled().leads != nil {
			leads++
		}
	}
	if leads < 3 {
		t.Fatalf("%d of the phrases have leads", leads)
	}
	for _, s := range []string{"ingen hensyn", "ingen -\n saerlige\thensyn", "ingen kosthensyn", "ingenhensyn", "ingen- kost hensyn",
		"vi  ville gerne - komme", "jeg vil deltage", "jeg vilgerne komme", "1. prio", "1 prio", "1.prio", "1prio", "a b c", "a - cx", "a b  b c",
		// long enough for a needle pass, which knows nothing of this table's words
		strings.Repeat("noget andet, ", 6) + "vi ville gerne komme, ingen hensyn, zyxw qu vuts"} {
		if got, want := m.scan(s, needlesIn(s), false), refPhrases(m, s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestWordRunLeads checks leads read across a run of word bytes (\w+,
// \w*) that white space ends, against the plain expressions.
func TestWordRunLeads(t *testing.T) {
	m := table([]string{`tilmeld\w* (min|mit) \w+`, `(vil|ville) (\w+ )?gerne (med|komme)`, `ab (\w+ ){0,2}cd`, `ef \w* gh`, `ij \w+x kl`})
	for k, a := range m.alts[:3] {
		if a.compiled().leads == nil || !a.compiled().leads.runs() {
			t.Errorf("phrase %d: no lead across a run of word bytes", k)
		}
	}
	for _, s := range []string{"tilmeld min mor", "tilmelder  -  mit barn", "tilmeldmin x", "tilmeldes min", "tilmeld_9 mit x", "tilmeld, min x",
		"vil gerne med", "vil meget gerne komme", "ville  rigtig-gerne komme", "vil gerne gerne med", "vilgerne med", "vil gernex med",
		"ab cd", "ab x y cd", "ab x y z cd", "ab - x - cd", "ef gh", "ef  gh", "ef x gh", "ef - gh", "ij ax kl", "ij x kl",
		strings.Repeat("noget andet, ", 6) + "vi vil saa gerne komme og tilmelder mit barn, ab x cd"} {
		if got, want := m.scan(s, needlesIn(s), false), refPhrases(m, s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestOptionalOpeningPrefixes checks phrases that open with an optional
// part: they are tried where the part or what follows it starts, and find
// what their plain expressions find. A part repeated any number of times
// leaves no prefixes.
func TestOptionalOpeningPrefixes(t *testing.T) {
	m := table([]string{`(det )?(maa|kan) i (bare |selv )*(bestemme|vaelge)`, `(med )?venlig(st)? hilsen`, `(lige )?meget hvilke\w*`, `(ab )?(cd )*ef`})
	want := [][]string{{"det", "kan", "maa"}, {"med", "venlig"}, {"lige", "meget"}, nil}
	for k, a := range m.alts {
		if !slices.Equal(a.prefixes, want[k]) {
			t.Errorf("%s: prefixes %q, want %q", a.expr, a.prefixes, want[k])
		}
	}
	for _, s := range []string{"det maa i bestemme", "detmaa i vaelge", "kan i bare selv vaelge", "det  kan - i vaelge", "maa i bestemmer",
		"med venlig hilsen", "medvenligst hilsen", "venligst  hilsen", "ikke lige meget hvilken", "meget hvilke", "ab cd cd ef", "xab ef",
		strings.Repeat("noget andet, ", 6) + "det maa i bestemme, med venlig hilsen, lige meget hvilket"} {
		if got, want := m.scan(s, needlesIn(s), false), refPhrases(m, s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestPrefixReLeads checks expressions tried only where a lead opens,
// read across white space in the expression and in its literals, against
// the plain expressions.
func TestPrefixReLeads(t *testing.T) {
	exprs := []*regexp.Regexp{
		regexp.MustCompile(`(?:,|:|\b(?:og|men)\b)\s+(?:(?:saa|then)\s+)?(jeg|vi|hun)\b`),
		regexp.MustCompile(`\b(?:vi er|we are)\s+(\d|to|tre)\b|\b(\d|to|tre)\s+(?:personer|people)\b`),
	}
	for _, re := range exprs {
		if newPrefixRe(re).leads == nil {
			t.Fatalf("%s: no leads", re)
		}
	}
	for _, s := range []string{"a, jeg", "a,jeg", "a,  \n jeg", "a, - jeg", "a,\tsaa  vi", "kurt og hun", "kurtog hun", "men saa-hun", ",\x00jeg",
		"vi er 3", "vi  er to", "vi er\ttre personer", "vi -er 2", "2 personer", "2-personer", "12 personer", "we are to", "we are\n\ntre",
		strings.Repeat("noget andet, ", 6) + "vi er 4, og jeg kommer: hun med 3 personer"} {
		for _, re := range exprs {
			x := newPrefixRe(re)
			if got, want := x.findAll(s, true), re.FindAllStringSubmatchIndex(s, -1); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%.30s over %q: got %v, want %v", re, s, got, want)
			}
		}
	}
}

// TestPhraseNeeds checks the further words a phrase cannot match without,
// and the tables passing over a text that lacks them.
func TestPhraseNeeds(t *testing.T) {
	for _, c := range []struct {
		expr  string
		stems []string
		want  string
	}{
		{`(?:tilmeld\w*[\s\-]+(\w+[\s\-]+){0,2}(beboere|unge))\b`, []string{"tilmeld"}, "[[beboere unge]]"},
		{`(?:ingen[\s\-]+(saerlige[\s\-]+)?(kost)?hensyn)\b`, []string{"hensyn"}, "[[ingen]]"},
		{`(?:(i|we)[\s\-]+will)\b`, []string{"will"}, "[]"},
		{`(?:kan|vil)\b`, []string{"kan", "vil"}, "[]"},
	} {
		var got [][]string
		for _, ns := range needsOf(simplified(c.expr), c.stems) {
			var ws []string
			for _, n := range ns {
				ws = append(ws, n.s)
			}
			got = append(got, ws)
		}
		if fmt.Sprint(got) != c.want {
			t.Errorf("%s: needs %v, want %s", c.expr, got, c.want)
		}
	}
	long := strings.Repeat("noget andet, ", 6)
	for _, s := range []string{long + "jeg vil tilmelde mine naboer", long + "jeg tilmelder mine to beboere", long + "ingen saerlige ting, ingen hensyn"} {
		checkFast(t, s)
	}
}

// autoOpenings are the subject and sender expressions read through their
// openings.
var autoOpenings = []*opening{daemonSenderOpens, bounceSubjectOpens, autoReplySubjectOpens, noReplySenderOpens}

// TestOpenings checks the subject and sender expressions tried only where
// one of their openings starts the text, in any case, against the plain
// expressions, over cases and characters that fold to ASCII letters.
func TestOpenings(t *testing.T) {
	for _, o := range autoOpenings {
		if o.heads == nil {
			t.Errorf("%.40s: no openings", o.re)
		}
	}
	for _, s := range []string{"", "x", "Automatic reply: ferie", "AUTOMATIC REPLY", "auto-Reply", "auto  reply", "\u212aunne ikke leveres",
		"kunne ikke leveres", "Fraværende", "FRAVÆRENDE", "fravær", "Réponse automatique", "RÉPONSE AUTOMATIQUE", "re: auto", "ooo", "ooops",
		"Mailer-Daemon@example.org", "MAILER-DAEMON@x", "mailer-daemon", "noreply-foo@bar", "NoReply@x", "no_reply@x", "do-not-reply@x",
		"Undeliverable: Tilmelding", "undelivered mail returned to sender", "Delivery Status Notification (Failure)", "\u017fomething",
		"Tilmelding til mødet", "Svar: tilmelding på tirsdag", "Fraværende: på ferie", "Automatisk svar: fraværende", "Autosvar: ø", "Out of office: ø",
		"Abwesenheitsnotiz: ü", "Re: mødet", "Kunne ikke leveres: ø", "mailer-dæmon", "no-reply-ø@x", "\u212a\u017f", "Ø", "æblegrød"} {
		checkFast(t, s)
	}
}

// TestShortestPrefixes checks the sorted pass against the definition: a
// string is dropped when another one in the set starts it.
func TestShortestPrefixes(t *testing.T) {
	const letters = "ab\x00"
	for seed := range 2000 {
		var set []string
		for i := range seed % 9 {
			n := 1 + (seed*7+i*13)%4
			b := make([]byte, n)
			for k := range b {
				b[k] = letters[(seed/3+i*5+k*11+seed*k)%len(letters)]
			}
			set = append(set, string(b))
		}
		var want []string
		for _, p := range set {
			keep := !slices.Contains(want, p)
			for _, q := range set {
				keep = keep && (q == p || !strings.HasPrefix(p, q))
			}
			if keep {
				want = append(want, p)
			}
		}
		slices.Sort(want)
		if got := shortestPrefixes(set); !slices.Equal(got, want) {
			t.Fatalf("shortestPrefixes(%q) = %q, want %q", set, got, want)
		}
	}
	if got := shortestPrefixes([]string{"ab", "a", "abc", "b", "ba", "ab"}); !slices.Equal(got, []string{"a", "b"}) {
		t.Fatalf("got %q", got)
	}
}

// TestPlainPhrases checks that a phrase of plain words, read without being
// parsed, gets the prefixes and needs the parsed expression gives.
func TestPlainPhrases(t *testing.T) {
	extra := table([]string{"a", "ab cd", `ab\w*`, "x1 2y zz", `ab cd ab\w*`, "abc ab"})
	plain := 0
	for _, m := range append(allMatchers(), extra) {
		for _, a := range m.alts {
			if a.words == nil {
				continue
			}
			plain++
			re := simplified(a.expr)
			if want := literalPrefixes(re); !slices.Equal(a.prefixes, want) {
				t.Errorf("%s: prefixes %q, want %q", a.expr, a.prefixes, want)
			}
			if got, want := fmt.Sprint(a.needs), fmt.Sprint(needsOf(re, a.stems)); got != want {
				t.Errorf("%s: needs %s, want %s", a.expr, got, want)
			}
		}
	}
	if plain < 100 {
		t.Fatalf("only %d phrases of plain words", plain)
	}
}

// TestNeedMasks checks that mayHoldNeeds, read a word of bits at a time,
// says what the needles one by one say, for every phrase on texts that
// hold some of their words and lack others.
func TestNeedMasks(t *testing.T) {
	texts := []string{
		"jeg vil gerne tilmelde mig og min mand til workshop 2 som 1. prioritet",
		"vi kommer ikke alligevel, afbud fra os begge. mvh ida",
		"tak for din tilmelding. vi har forstaaet din tilmelding saadan",
		"hej, kan i sige hvornaar det starter? venlig hilsen ole",
	}
	extra := table([]string{"zqx1 abc", `tilmeld\w* (beboere|unge)`})
	checked, passed := 0, 0
	for _, s := range texts {
		g := needlesIn(s)
		for _, m := range append(allMatchers(), extra) {
			for k := range m.alts {
				a := &m.alts[k]
				want := true
				for _, ns := range a.needs {
					if !slices.ContainsFunc(ns, func(n needle) bool { return n.mayBeIn(g) }) {
						want = false
					}
				}
				if got := a.mayHoldNeeds(g); got != want {
					t.Fatalf("%s on %q: mayHoldNeeds %v, want %v", a.expr, s, got, want)
				}
				checked++
				if !want {
					passed++
				}
			}
		}
	}
	if passed == 0 || passed == checked {
		t.Fatalf("%d of %d phrases passed over: the texts test nothing", passed, checked)
	}
}

// A space in a phrase matches white space or a hyphen; one inside a
// bracket of characters stays a space, so the bracket still means what it
// says.
func TestLoosenSpaces(t *testing.T) {
	for _, c := range []struct{ phrase, text string }{
		{`gluten free`, "gluten-free"},
		{`gluten free`, "gluten  free"},
		{`lactose[ -]free`, "lactose free"},
		{`lactose[ -]free`, "lactose-free"},
		{`but[ ,]+fish`, "but, fish"},
		{`a\[ b`, "a[ b"},
		// an optional space may be left out, or be a run
		{`1\.? ?prioritet`, "1.prioritet"},
		{`1\.? ?prioritet`, "1. prioritet"},
		{`1\.? ?prioritet`, "1 -  prioritet"},
		{`foerste ?valg`, "foerstevalg"},
		{`a *b`, "ab"},
		{`a +b`, "a  b"},
	} {
		re := regexp.MustCompile(`^(?:` + loosenSpaces(c.phrase) + `)$`)
		if !re.MatchString(c.text) {
			t.Errorf("%q as %q does not match %q", c.phrase, loosenSpaces(c.phrase), c.text)
		}
	}
	// a space that is not optional is still needed
	for _, c := range []struct{ phrase, text string }{
		{`gluten free`, "glutenfree"},
		{`a +b`, "ab"},
		{`1\.? ?prioritet x`, "1.prioritetx"},
	} {
		if regexp.MustCompile(`^(?:` + loosenSpaces(c.phrase) + `)$`).MatchString(c.text) {
			t.Errorf("%q as %q matches %q", c.phrase, loosenSpaces(c.phrase), c.text)
		}
	}
}
