// Package tilmeld holds the domain of the registration bot: the event and its
// workshops, registrations and their attendees, diet tags, and the
// configuration. It does no I/O beyond reading a config file.
package tilmeld

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Event is one meeting that people register for.
type Event struct {
	// Name is the event's title, used in replies.
	Name string
	// Organiser signs the replies ("Albertslund Boligsociale Center").
	Organiser string
	// Starts and Ends bound the evening; Ends may be zero.
	Starts, Ends time.Time
	// Deadline is the last moment of ordinary registration; allocation runs after it.
	Deadline time.Time
	// Address is the mailbox people write to; the bot never answers it.
	Address string
	// Phone is the organiser's number; it is never taken as a resident's.
	Phone string
	// Place is where the event happens, as written in replies.
	Place string
	// Dinner describes the meal, if any ("Der er middag kl. 18.00").
	Dinner string
	// Workshops are the parallel sessions, numbered from 1.
	Workshops []Workshop
}

// Workshop is one room people choose by number or name.
type Workshop struct {
	// Number is how the invitation numbers it, from 1.
	Number int
	// Name is the title as in the invitation.
	Name string
	// Capacity is how many people the room may hold.
	Capacity int
	// Aliases are further words that point at this workshop alone
	// ("tryghed", "job", "health"); matched without case and æøå.
	Aliases []string
	// Topics are everyday words for its subject ("arbejde", "skole") that
	// name it only where the sender points at a workshop with them ("den
	// om arbejde", "workshop helbred"), not wherever they stand.
	Topics []string
}

// Workshop returns the workshop with the given number, or nil.
func (e *Event) Workshop(number int) *Workshop {
	for i := range e.Workshops {
		if e.Workshops[i].Number == number {
			return &e.Workshops[i]
		}
	}
	return nil
}

// WorkshopName returns the name of workshop n, or "" when there is none.
func (e *Event) WorkshopName(n int) string {
	if w := e.Workshop(n); w != nil {
		return w.Name
	}
	return ""
}

// Validate reports the first thing that makes the event unusable.
func (e *Event) Validate() error {
	switch {
	case e.Name == "":
		return fieldError("event.name", "is empty")
	case e.Starts.IsZero():
		return fieldError("event.starts", "is missing")
	case e.Deadline.IsZero():
		return fieldError("event.deadline", "is missing")
	case e.Deadline.After(e.Starts):
		return fieldError("event.deadline", "is after event.starts")
	case !e.Ends.IsZero() && e.Ends.Before(e.Starts):
		return fieldError("event.ends", "is before event.starts")
	case !strings.Contains(e.Address, "@"):
		return fieldError("event.address", "is not an e-mail address")
	case len(e.Workshops) == 0:
		return fieldError("workshop", "no workshops are configured")
	}
	seen := map[int]bool{}
	for _, w := range e.Workshops {
		key := fmt.Sprintf("workshop[number=%d]", w.Number)
		switch {
		case w.Number < 1:
			return fieldError("workshop.number", fmt.Sprintf("%d is not a positive number", w.Number))
		case seen[w.Number]:
			return fieldError(key, "is given twice")
		case w.Name == "":
			return fieldError(key+".name", "is empty")
		case w.Capacity < 0:
			return fieldError(key+".capacity", "is negative")
		}
		seen[w.Number] = true
	}
	return nil
}

// Diet is a tag from the closed set the kitchen plans with.
type Diet string

// The diet tags. Anything outside the set is DietOther, with the
// resident's own words kept beside it.
const (
	Vegetarian       Diet = "vegetarian"
	Vegan            Diet = "vegan"
	Pescetarian      Diet = "pescetarian"
	NoPork           Diet = "no_pork"
	Halal            Diet = "halal"
	Kosher           Diet = "kosher"
	GlutenFree       Diet = "gluten_free"
	LactoseFree      Diet = "lactose_free"
	NutAllergy       Diet = "nut_allergy"
	FishAllergy      Diet = "fish_allergy"
	ShellfishAllergy Diet = "shellfish_allergy"
	EggAllergy       Diet = "egg_allergy"
	Diabetic         Diet = "diabetic"
	DietOther        Diet = "other"
)

// Diets lists every tag in a stable order.
var Diets = []Diet{Vegetarian, Vegan, Pescetarian, NoPork, Halal, Kosher, GlutenFree,
	LactoseFree, NutAllergy, FishAllergy, ShellfishAllergy, EggAllergy, Diabetic, DietOther}

// Valid reports whether d is one of the tags.
func (d Diet) Valid() bool { return slices.Contains(Diets, d) }

// Danish returns the tag in words for Danish replies and kitchen lists.
func (d Diet) Danish() string {
	if s, ok := dietDanish[d]; ok {
		return s
	}
	return string(d)
}

// English returns the tag in words for English replies.
func (d Diet) English() string {
	if s, ok := dietEnglish[d]; ok {
		return s
	}
	return string(d)
}

var dietDanish = map[Diet]string{
	Vegetarian: "vegetar", Vegan: "veganer", Pescetarian: "pescetar (spiser fisk, ikke kød)",
	NoPork: "intet svinekød", Halal: "halal", Kosher: "kosher", GlutenFree: "glutenfri",
	LactoseFree: "laktosefri", NutAllergy: "nøddeallergi", FishAllergy: "fiskeallergi",
	ShellfishAllergy: "skaldyrsallergi", EggAllergy: "æggeallergi", Diabetic: "diabetiker",
	DietOther: "andet",
}

var dietEnglish = map[Diet]string{
	Vegetarian: "vegetarian", Vegan: "vegan", Pescetarian: "pescetarian", NoPork: "no pork",
	Halal: "halal", Kosher: "kosher", GlutenFree: "gluten-free", LactoseFree: "lactose-free",
	NutAllergy: "nut allergy", FishAllergy: "fish allergy", ShellfishAllergy: "shellfish allergy",
	EggAllergy: "egg allergy", Diabetic: "diabetic", DietOther: "other",
}

// ParseDiets reads a comma-separated list of tags, as staff type them.
func ParseDiets(s string) ([]Diet, error) {
	var out []Diet
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		d := Diet(f)
		if !d.Valid() {
			return nil, fmt.Errorf("unknown diet %q (known: %s)", f, dietList())
		}
		out = append(out, d)
	}
	return SortDiets(out), nil
}

// SortDiets sorts and de-duplicates tags in place and returns them.
func SortDiets(ds []Diet) []Diet {
	slices.Sort(ds)
	return slices.Compact(ds)
}

func dietList() string {
	names := make([]string, len(Diets))
	for i, d := range Diets {
		names[i] = string(d)
	}
	return strings.Join(names, ", ")
}
