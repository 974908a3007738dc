package mailbot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"tilmeld"
)

// cleanAttendees tidies a reading's attendees for storing: names trimmed,
// diets sorted, and at least one attendee, since a registration registers
// someone even when the mail does not say who.
func cleanAttendees(in []tilmeld.Attendee) []tilmeld.Attendee {
	out := make([]tilmeld.Attendee, 0, len(in))
	for _, a := range in {
		a.Name = strings.Join(strings.Fields(a.Name), " ")
		a.Diet = tilmeld.SortDiets(slices.Clone(a.Diet))
		a.Choices = slices.Clone(a.Choices)
		a.Workshop, a.Pinned, a.OffChoice = 0, false, false
		out = append(out, a)
	}
	if len(out) == 0 {
		out = append(out, tilmeld.Attendee{})
	}
	return out
}

// missingOf lists what r still lacks: a name, a first choice.
func missingOf(r *tilmeld.Registration) []string {
	var name, workshop bool
	for _, a := range r.Attendees {
		name = name || a.Name == ""
		workshop = workshop || (a.First() == 0 && a.Workshop == 0)
	}
	var out []string
	if name {
		out = append(out, tilmeld.MissingName)
	}
	if workshop {
		out = append(out, tilmeld.MissingWorkshop)
	}
	return out
}

// settle sets r's Missing and Status from its attendees: incomplete while
// something is missing, waitlist when allocation ran and someone has no
// seat, registered otherwise. A cancelled registration stays cancelled.
func settle(r *tilmeld.Registration, allocated bool) {
	if r.Status == tilmeld.RegCancelled {
		return
	}
	r.Missing = missingOf(r)
	switch {
	case len(r.Missing) > 0:
		r.Status = tilmeld.RegIncomplete
	case allocated && !seated(r):
		r.Status = tilmeld.RegWaitlist
	default:
		r.Status = tilmeld.RegRegistered
	}
}

// seated reports whether every attendee of r has a workshop.
func seated(r *tilmeld.Registration) bool {
	for _, a := range r.Attendees {
		if a.Workshop == 0 {
			return false
		}
	}
	return true
}

// sameName reports whether two names point at one person: the same words
// without case, in any order ("Tran Van Duc", "Duc Tran"), one name's words
// all in the other when it has two or more, or the same first name where
// one gives only that.
func sameName(a, b string) bool {
	na, nb := countWords(a), countWords(b)
	if na == 0 || nb == 0 {
		return false
	}
	if na > nb {
		a, b, na = b, a, nb
	}
	if na == 1 {
		wa, _ := nextWord(a)
		wb, _ := nextWord(b)
		return sameWord(wa, wb)
	}
	for w, rest := nextWord(a); w != ""; w, rest = nextWord(rest) {
		if !hasWord(b, w) {
			return false
		}
	}
	return true
}

// findAttendee returns the index of the attendee of r called name, or -1.
func findAttendee(r *tilmeld.Registration, name string) int {
	return slices.IndexFunc(r.Attendees, func(a tilmeld.Attendee) bool { return sameName(a.Name, name) })
}

// samePeople reports whether a reading names someone r already holds.
func samePeople(r *tilmeld.Registration, in []tilmeld.Attendee) bool {
	for _, a := range in {
		if a.Name != "" && findAttendee(r, a.Name) >= 0 {
			return true
		}
	}
	return false
}

// sameFullNames reports whether in names, by first and last name, someone r
// holds; a first name alone is too weak a sign across senders.
func sameFullNames(r *tilmeld.Registration, in []tilmeld.Attendee) bool {
	for _, a := range in {
		if countWords(a.Name) < 2 {
			continue
		}
		for _, b := range r.Attendees {
			if sameWords(a.Name, b.Name) {
				return true
			}
		}
	}
	return false
}

// mergeAttendees applies what a mail says about the attendees to r: only
// the fields it gives change, and a person r does not hold is added. It
// returns the names of attendees added.
func mergeAttendees(r *tilmeld.Registration, in []tilmeld.Attendee) []string {
	var added []string
	for i, src := range in {
		j := mergeTarget(r, src, i, len(in))
		if j < 0 {
			a := cleanAttendees([]tilmeld.Attendee{src})[0]
			r.Attendees = append(r.Attendees, a)
			added = append(added, a.Name)
			continue
		}
		applyAttendee(&r.Attendees[j], src)
	}
	return added
}

// mergeTarget picks the attendee of r that src speaks of, -1 for a new one.
// A name picks by name, or fills an attendee whose name was missing. A
// mail about one person without a name speaks of the one who still lacks
// a workshop when it gives one, else of the sender (the first attendee).
func mergeTarget(r *tilmeld.Registration, src tilmeld.Attendee, i, n int) int {
	if len(r.Attendees) == 0 {
		return -1
	}
	if src.Name != "" {
		if j := findAttendee(r, src.Name); j >= 0 {
			return j
		}
		return slices.IndexFunc(r.Attendees, func(a tilmeld.Attendee) bool { return a.Name == "" })
	}
	if n > 1 && i > 0 {
		return -1
	}
	if n == 1 && len(src.Choices) > 0 {
		if j := slices.IndexFunc(r.Attendees, func(a tilmeld.Attendee) bool { return a.First() == 0 }); j >= 0 {
			return j
		}
	}
	return 0
}

func applyAttendee(dst *tilmeld.Attendee, src tilmeld.Attendee) {
	if name := strings.Join(strings.Fields(src.Name), " "); name != "" && len(name) >= len(dst.Name) {
		dst.Name = name
	}
	if len(src.Choices) > 0 {
		dst.Choices = mergeChoices(dst.Choices, src.Choices)
	}
	if len(src.Diet) > 0 {
		dst.Diet = tilmeld.SortDiets(append(slices.Clone(dst.Diet), src.Diet...))
	}
	if t := strings.TrimSpace(src.DietText); t != "" && !strings.Contains(dst.DietText, t) {
		dst.DietText = strings.TrimPrefix(dst.DietText+"; "+t, "; ")
	}
}

// mergeChoices applies new choices over old: "switch to workshop 3" gives
// a new 1st choice and keeps the 2nd, unless the 2nd is the new 1st; a 0
// keeps the old choice of that rank ("change my 2nd choice to 3" is [0 3]).
func mergeChoices(old, new []int) []int {
	out := slices.Clone(new)
	for i, c := range out {
		if c == 0 && i < len(old) {
			out[i] = old[i]
		}
	}
	if len(out) == 2 && out[0] == 0 {
		out = out[1:] // nothing held before: the one given is the 1st
	}
	if len(new) == 1 && len(old) >= 2 && old[1] != new[0] {
		out = append(out, old[1])
	}
	return out
}

// names lists the attendees' names, "" ones left out.
func names(as []tilmeld.Attendee) []string {
	var out []string
	for _, a := range as {
		if a.Name != "" {
			out = append(out, a.Name)
		}
	}
	return out
}

// regSummary writes r for its history: "registered: Anna Jensen 2/4
// vegetarian, Bo (no name) -/-".
func regSummary(r *tilmeld.Registration) string {
	parts := make([]string, len(r.Attendees))
	for i, a := range r.Attendees {
		name := a.Name
		if name == "" {
			name = "(no name)"
		}
		p := fmt.Sprintf("%s %s/%s", name, choiceText(a.First()), choiceText(a.Second()))
		for _, d := range a.Diet {
			p += " " + string(d)
		}
		if a.Workshop != 0 {
			p += fmt.Sprintf(" seat %d", a.Workshop)
		}
		parts[i] = p
	}
	return string(r.Status) + ": " + strings.Join(parts, ", ")
}

func choiceText(n int) string {
	if n == 0 {
		return "-"
	}
	return strconv.Itoa(n)
}
