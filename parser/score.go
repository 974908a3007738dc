package parser

import (
	"fmt"
	"slices"
	"strings"
)

// The scored fields, in the order eval reports them.
var ScoreFields = []string{"status", "intent", "question", "missing", "contact.email",
	"contact.phone", "names", "first", "second", "diet"}

// Mismatch is one scored field where a reading differs from its label.
type Mismatch struct {
	File, Field, Want, Got string
}

// Score compares a reading with its label by the corpus rules: status, intent
// and question always; for complete and incomplete labels also missing (as a
// set), the contact, and the attendees matched by name with their first,
// second and diet (as a set). It returns the fields scored and the mismatches.
func Score(want, got Output) (scored []string, bad []Mismatch) {
	miss := func(field string, w, g any) {
		bad = append(bad, Mismatch{want.File, field, fmt.Sprint(w), fmt.Sprint(g)})
	}
	scored = []string{"status", "intent", "question"}
	if want.Status != got.Status {
		miss("status", want.Status, got.Status)
	}
	if want.Intent != got.Intent {
		miss("intent", want.Intent, got.Intent)
	}
	if want.Question != got.Question {
		miss("question", want.Question, got.Question)
	}
	if want.Status != "complete" && want.Status != "incomplete" {
		return scored, bad
	}
	scored = ScoreFields
	if !sameSet(want.Missing, got.Missing) {
		miss("missing", want.Missing, got.Missing)
	}
	we, wp := contactFields(want.Contact)
	ge, gp := contactFields(got.Contact)
	if we != ge {
		miss("contact.email", we, ge)
	}
	if wp != gp {
		miss("contact.phone", wp, gp)
	}
	bad = append(bad, scoreAttendees(want, got)...)
	return scored, bad
}

func scoreAttendees(want, got Output) (bad []Mismatch) {
	used := make([]bool, len(got.Attendees))
	wrong := map[string]bool{}
	for _, w := range want.Attendees {
		i := -1
		for j, g := range got.Attendees {
			if !used[j] && NormName(g.Name) == NormName(w.Name) {
				i = j
				break
			}
		}
		if i < 0 {
			wrong["first"], wrong["second"], wrong["diet"] = true, true, true
			continue
		}
		used[i] = true
		g := got.Attendees[i]
		wrong["first"] = wrong["first"] || !sameInt(w.First, g.First)
		wrong["second"] = wrong["second"] || !sameInt(w.Second, g.Second)
		wrong["diet"] = wrong["diet"] || !sameSet(w.Diet, g.Diet)
	}
	if names(want.Attendees) != names(got.Attendees) {
		bad = append(bad, Mismatch{want.File, "names", names(want.Attendees), names(got.Attendees)})
	}
	for _, f := range []string{"first", "second", "diet"} {
		if wrong[f] {
			bad = append(bad, Mismatch{want.File, f, attendeeField(want.Attendees, f), attendeeField(got.Attendees, f)})
		}
	}
	return bad
}

// names lists the attendee names, sorted, for comparison and display.
func names(as []OutputAttendee) string {
	var s []string
	for _, a := range as {
		n := NormName(a.Name)
		if n == "" {
			n = "<none>"
		}
		s = append(s, n)
	}
	slices.Sort(s)
	return "[" + strings.Join(s, "; ") + "]"
}

func attendeeField(as []OutputAttendee, f string) string {
	var s []string
	for _, a := range as {
		var v string
		switch f {
		case "first":
			v = intString(a.First)
		case "second":
			v = intString(a.Second)
		default:
			v = strings.Join(a.Diet, ",")
		}
		s = append(s, NormName(a.Name)+"="+v)
	}
	return "[" + strings.Join(s, "; ") + "]"
}

func contactFields(c *OutputContact) (email, phone string) {
	if c == nil {
		return "", ""
	}
	if c.Email != nil {
		email = strings.ToLower(*c.Email)
	}
	if c.Phone != nil {
		phone = *c.Phone
	}
	return email, phone
}

func sameInt(a, b *int) bool { return intString(a) == intString(b) }

func intString(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

func sameSet(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(slices.Compact(x), slices.Compact(y))
}

// Tally adds up scores over a corpus.
type Tally struct {
	Mails, Passed int
	// Right and Scored count, per field, the mails where it was scored and right.
	Right, Scored map[string]int
	// AutoAccepted counts readings marked complete; AutoRight those entirely right.
	AutoAccepted, AutoRight int
	// GoldComplete counts labels marked complete; Covered those read entirely right.
	GoldComplete, Covered int
	// Ignored counts readings marked ignore; IgnoreRight those labelled ignore.
	Ignored, IgnoreRight int
	Failures             []Mismatch
}

// Add scores one reading against its label.
func (t *Tally) Add(want, got Output) {
	if t.Right == nil {
		t.Right, t.Scored = map[string]int{}, map[string]int{}
	}
	scored, bad := Score(want, got)
	badField := map[string]bool{}
	for _, m := range bad {
		badField[m.Field] = true
	}
	for _, f := range scored {
		t.Scored[f]++
		if !badField[f] {
			t.Right[f]++
		}
	}
	ok := len(bad) == 0
	t.Mails++
	if ok {
		t.Passed++
	}
	if got.Status == "complete" {
		t.AutoAccepted++
		if ok {
			t.AutoRight++
		}
	}
	if want.Status == "complete" {
		t.GoldComplete++
		if ok {
			t.Covered++
		}
	}
	if got.Status == "ignore" {
		t.Ignored++
		if want.Status == "ignore" {
			t.IgnoreRight++
		}
	}
	t.Failures = append(t.Failures, bad...)
}

// Ratio is a share, 1 when there is nothing to share out.
func Ratio(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}
