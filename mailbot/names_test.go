package mailbot

import (
	"slices"
	"strings"
	"testing"

	"tilmeld"
)

// The name comparisons pinned as they read names with strings.ToLower and
// strings.Fields: letters compare by their lower case rune by rune (İ is
// i, but ı is not I, and Σ is σ, not ς, where strings.EqualFold would say
// otherwise), words part at Unicode spaces (NBSP, EM SPACE, NEL; not the
// zero-width space), combining marks are letters of their own, and invalid
// UTF-8 reads as U+FFFD.
var nameCases = []struct {
	a, b string
	// sameName(a, b), sharesWord(a, b), and sameFullNames of a registration
	// holding b and a reading naming a.
	same, shares, full bool
}{
	{"Søren Ærø", "søren ærø", true, true, true},
	{"ÅSE ØSTBY", "åse østby", true, true, true},
	{"Åse", "Åse Østby", true, true, false},
	{"Aase Østby", "Åse Østby", false, true, false},
	{"\u0130lkay Gündoğan", "ilkay gündoğan", true, true, true},
	{"\u0130lkay Gündoğan", "i\u0307lkay gündoğan", false, true, false},
	{"IŞIK Ay", "\u0131ş\u0131k ay", false, true, false},
	{"Iş\u0131k Ay", "\u0131ş\u0131k ay", false, true, false},
	{"ILGAZ", "\u0131lgaz", false, false, false},
	{"محمد علي", "علي محمد", true, true, false},
	{"محمد", "محمد علي", true, true, false},
	{"محمد علي", "محمد حسن", false, true, false},
	{"Zoe\u0308 Berg", "Zoë Berg", false, true, false},
	{"ZOE\u0308 Berg", "zoe\u0308 berg", true, true, true},
	{"Zoë", "ZOË BERG", true, true, false},
	{"\u212aaren Holm", "karen holm", true, true, true},
	{"ΟΔΥΣΣΕΑΣ Παππας", "οδυσσεας παππας", false, true, false},
	{"ΟΔΥΣΣΕΑΣ", "οδυσσεασ", true, true, false},
	{"ΟΔΥΣΣΕΑΣ Παππας", "οδυσσεαςπ", false, false, false},
	{"Οδυσσεας", "οδυσσεας", true, true, false},
	{"ΟΔΥΣΣΕΑΣ Β", "οδυσσεας β", false, true, false},
	{"STRA\u1e9eE Bo", "straße bo", true, true, true},
	{"STRASSE Bo", "straße bo", false, true, false},
	{"Bo\xff Holm", "bo\ufffd holm", true, true, true},
	{"Bo\xff", "bo\xfe", true, true, false},
	{"Anna\u00a0Jensen", "anna jensen", true, true, true},
	{"Anna\u2003Jensen", "Jensen  Anna", true, true, false},
	{"Anna\u200bJensen", "anna jensen", false, false, false},
	{"Hansen, Kurt", "Kurt Hansen", false, true, false},
	{"Kurt Hansen", "Hansen, Kurt", false, true, false},
	{"Hansen", "Hansen,", false, false, false},
	{"Hansen,", "Hansen", false, true, false},
	{"", "", false, false, false},
	{"  ", "Anna", false, false, false},
	{"Anna", "", false, false, false},
	{"Anna Anna", "Anna Jensen", true, true, false},
	{"Anna Jensen", "Anna Anna", false, true, false},
	{"\u01c5uro Lee", "\u01c6uro lee", true, true, true},
	{"\u01c4uro Lee", "\u01c5uro lee", true, true, true},
	{"ＡＮＮＡ Holm", "ａｎｎａ holm", true, true, true},
	{"Tran Van Duc", "Duc Tran", true, true, false},
	{"Duc Tran", "Tran Van Duc", true, true, false},
	{"Anna Jensen", "anna  jensen", true, true, true},
	{"Jensen", "Anna Jensen", false, true, false},
	{"anna jensen", "Anna Jensen Holm", true, true, false},
	{"Anna Jensen Holm", "holm jensen anna", true, true, false},
	{"Anna", "anna", true, true, false},
	{"Anna", "Anne", false, false, false},
}

func TestNameComparisonsPinned(t *testing.T) {
	for _, c := range nameCases {
		r := &tilmeld.Registration{Attendees: []tilmeld.Attendee{{Name: "Someone Else"}, {Name: c.b}}}
		if got := sameName(c.a, c.b); got != c.same {
			t.Errorf("sameName(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
		if got := sharesWord(c.a, c.b); got != c.shares {
			t.Errorf("sharesWord(%q, %q) = %v, want %v", c.a, c.b, got, c.shares)
		}
		if got := sameFullNames(r, []tilmeld.Attendee{{Name: "Ukendt"}, {Name: c.a}}); got != c.full {
			t.Errorf("sameFullNames(%q, %q) = %v, want %v", c.a, c.b, got, c.full)
		}
	}
}

func TestFirstNamePinned(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"", ""},
		{"   ", ""},
		{"Anna Jensen", "Anna"},
		{"  Anna Jensen", "Anna"},
		{"\u00a0Bo Holm", "Bo"},
		{"Zoë\u2003Berg", "Zoë"},
		{"\xffBo x", "\xffBo"},
		{"محمد علي", "محمد"},
		{"\u0130lkay\tG", "\u0130lkay"},
		{"Anna\u200bJensen", "Anna\u200bJensen"},
		{"\u0085Bo", "Bo"},
	} {
		if got := firstName(c.name); got != c.want {
			t.Errorf("firstName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// The comparisons as they were written with strings.ToLower and
// strings.Fields, which the allocation-free ones must answer alike.

func sameNameFields(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	if len(fa) == 1 {
		return fa[0] == fb[0]
	}
	for _, w := range fa {
		if !slices.Contains(fb, w) {
			return false
		}
	}
	return true
}

func sharesWordFields(a, b string) bool {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(a, ",", " ")))
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

func sameFullNameFields(a, b string) bool {
	f := strings.Fields(strings.ToLower(a))
	return len(f) >= 2 && slices.Equal(f, strings.Fields(strings.ToLower(b)))
}

func firstNameFields(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return ""
}

func checkNamesLikeFields(t *testing.T, a, b string) {
	t.Helper()
	if got, want := sameName(a, b), sameNameFields(a, b); got != want {
		t.Errorf("sameName(%q, %q) = %v, with Fields and ToLower %v", a, b, got, want)
	}
	if got, want := sharesWord(a, b), sharesWordFields(a, b); got != want {
		t.Errorf("sharesWord(%q, %q) = %v, with Fields and ToLower %v", a, b, got, want)
	}
	r := &tilmeld.Registration{Attendees: []tilmeld.Attendee{{Name: b}}}
	if got, want := sameFullNames(r, []tilmeld.Attendee{{Name: a}}), sameFullNameFields(a, b); got != want {
		t.Errorf("sameFullNames(%q, %q) = %v, with Fields and ToLower %v", a, b, got, want)
	}
	if got, want := firstName(a), firstNameFields(a); got != want {
		t.Errorf("firstName(%q) = %q, with Fields %q", a, got, want)
	}
}

func TestNameComparisonsLikeFields(t *testing.T) {
	for _, c := range nameCases {
		checkNamesLikeFields(t, c.a, c.b)
		checkNamesLikeFields(t, c.b, c.a)
	}
}

func FuzzNameComparisons(f *testing.F) {
	for _, c := range nameCases {
		f.Add(c.a, c.b)
	}
	f.Fuzz(checkNamesLikeFields)
}

func TestNameComparisonsAllocateNothing(t *testing.T) {
	r := &tilmeld.Registration{Attendees: []tilmeld.Attendee{{Name: "Søren Ærø Holm"}, {Name: "\u0130lkay Gündoğan"}}}
	in := []tilmeld.Attendee{{Name: "Anna Jensen"}, {Name: "ilkay gündoğan"}}
	n := testing.AllocsPerRun(100, func() {
		sameName("Tran Van Duc", "duc  tran")
		sharesWord("Hansen, Kurt", "Kurt Hansen")
		sameFullNames(r, in)
		firstName(" Søren Ærø")
	})
	if n != 0 {
		t.Errorf("%v allocations a round", n)
	}
}
