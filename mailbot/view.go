package mailbot

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"tilmeld"
)

// View is what a reply template sees.
type View struct {
	// Lang is "da" or "en".
	Lang  string
	Event EventView
	// Greeting is the name to greet ("Hej Anna"), "" when unknown.
	Greeting  string
	Attendees []AttendeeView
	Contact   tilmeld.Contact
	// Cancelled lists the names taken off the registration by this mail.
	Cancelled []string
	// MissingWorkshop and MissingName say what a clarification asks for;
	// NamelessCount is how many attendees have no name.
	MissingWorkshop, MissingName bool
	NamelessCount                int
	// Question: the mail asked something staff will answer.
	Question bool
	// Late: the registration came after the deadline.
	Late bool
	// Allocated: placements are made; Attendees carry their workshop.
	Allocated bool
	// Waitlist: some attendee has no seat yet.
	Waitlist bool
	// Note is a plain sentence the template shows as is (why a change
	// could not be made).
	Note string
	// Text is free text from staff.
	Text string
	// Workshops lists every workshop in words, for choosing.
	Workshops []string
}

// EventView is the event in words of the reply's language.
type EventView struct {
	Name, When, Deadline, Place, Dinner, Organiser, Phone, Address string
}

// AttendeeView is one attendee in words.
type AttendeeView struct {
	// Name, or "" when not given.
	Name string
	// First and Second are workshop names with their number, "" when none.
	First, Second string
	// Diet is the diet in words ("vegetar, glutenfri"), "" when none;
	// DietText the person's own words.
	Diet, DietText string
	// Workshop is the allocated workshop in words, "" while none.
	Workshop string
	// GotFirst, GotSecond: which choice the workshop is. OffChoice: neither.
	GotFirst, GotSecond, OffChoice bool
	// Waitlist: allocation ran and there was no seat.
	Waitlist bool
}

func (b *Bot) eventView(lang string) EventView {
	ev := &b.Config.Event
	return EventView{
		Name: ev.Name, When: formatWhen(lang, ev.Starts, ev.Ends),
		Deadline: formatDateTime(lang, ev.Deadline), Place: ev.Place, Dinner: ev.Dinner,
		Organiser: ev.Organiser, Phone: ev.Phone, Address: ev.Address,
	}
}

// eventWords is what every reply's view shows of the event, the same for
// each: the event in the words of each reply language and the list of
// workshops. Writing them out per reply cost 7 % of the allocations of
// storing and deciding a mail. They are built from the config on first
// use; the config does not change while the bot runs.
type eventWords struct {
	once     sync.Once
	da, en   EventView
	workshop []string // shared by every View: never changed
}

func (b *Bot) words(lang string) (EventView, []string) {
	w := &b.eventWords
	w.once.Do(func() {
		w.da, w.en = b.eventView("da"), b.eventView("en")
		for _, ws := range b.Config.Event.Workshops {
			w.workshop = append(w.workshop, strconv.Itoa(ws.Number)+". "+ws.Name)
		}
	})
	if lang == "en" {
		return w.en, w.workshop
	}
	return w.da, w.workshop
}

// NewView describes registration r for a reply in lang; allocated says
// whether workshops have been given out.
func (b *Bot) NewView(lang string, r *tilmeld.Registration, allocated bool) *View {
	lang = replyLang(lang)
	v := &View{Lang: lang, Allocated: allocated}
	v.Event, v.Workshops = b.words(lang)
	if r == nil {
		return v
	}
	v.Contact, v.Late = r.Contact, r.Late
	for i := range r.Attendees {
		a := b.attendeeView(lang, &r.Attendees[i], allocated)
		v.Waitlist = v.Waitlist || a.Waitlist
		v.Attendees = append(v.Attendees, a)
		if a.Name == "" {
			v.NamelessCount++
		}
	}
	v.MissingName = slices.Contains(r.Missing, tilmeld.MissingName)
	v.MissingWorkshop = slices.Contains(r.Missing, tilmeld.MissingWorkshop)
	if len(r.Attendees) > 0 {
		v.Greeting = firstName(r.Attendees[0].Name)
	}
	return v
}

func (b *Bot) attendeeView(lang string, a *tilmeld.Attendee, allocated bool) AttendeeView {
	ev := &b.Config.Event
	v := AttendeeView{Name: a.Name, First: workshopLabel(lang, ev, a.First()),
		Second: workshopLabel(lang, ev, a.Second()), Diet: dietWords(lang, a.Diet), DietText: squeeze(a.DietText, 160)}
	if a.Workshop != 0 {
		v.Workshop = workshopLabel(lang, ev, a.Workshop)
		v.GotFirst = a.Workshop == a.First()
		v.GotSecond = !v.GotFirst && a.Workshop == a.Second()
		v.OffChoice = !v.GotFirst && !v.GotSecond && a.First() != 0
	} else {
		v.Waitlist = allocated
	}
	return v
}

// workshopLabel writes "Sundhed & trivsel (nr. 2)", "" for 0.
func workshopLabel(lang string, ev *tilmeld.Event, n int) string {
	if n == 0 {
		return ""
	}
	name := ev.WorkshopName(n)
	if name == "" {
		name = "?"
	}
	if lang == "en" {
		return name + " (no. " + strconv.Itoa(n) + ")"
	}
	return name + " (nr. " + strconv.Itoa(n) + ")"
}

// dietWords writes the tags in words; "other" says nothing the own words
// do not say better, so it is left out.
func dietWords(lang string, ds []tilmeld.Diet) string {
	var words []string
	for _, d := range ds {
		if d == tilmeld.DietOther {
			continue
		}
		if lang == "en" {
			words = append(words, d.English())
		} else {
			words = append(words, d.Danish())
		}
	}
	return strings.Join(words, ", ")
}

func firstName(name string) string {
	w, _ := nextWord(name)
	return w
}

func replyLang(lang string) string {
	if lang == "en" {
		return "en"
	}
	return "da"
}

// greetingFor picks the name to greet in a mail to someone whose display
// name is fromName ("" when unknown): the first attendee when that is the
// reader (a display name sharing a word, or none known), else the reader's
// own first name, as when staff register a resident.
func greetingFor(fromName string, r *tilmeld.Registration) string {
	if r != nil && len(r.Attendees) > 0 && r.Attendees[0].Name != "" &&
		(fromName == "" || sharesWord(fromName, r.Attendees[0].Name)) {
		return firstName(r.Attendees[0].Name)
	}
	return displayFirstName(fromName)
}

// displayFirstName reads the first name from a display name: "Hansen,
// Kurt" gives Kurt; "Familien Hansen" gives none, it is no one's name.
func displayFirstName(s string) string {
	if last, first, ok := strings.Cut(s, ","); ok {
		s = first + " " + last
	}
	f := firstName(strings.Trim(s, `"' `))
	switch strings.ToLower(strings.TrimSuffix(f, ".")) {
	case "familien", "fam", "family":
		return ""
	}
	return f
}

// sharesWord reports whether a and b have a word in common, without case;
// commas part a's words ("Hansen, Kurt"), not b's.
func sharesWord(a, b string) bool {
	for w, rest := nextWord(b); w != ""; w, rest = nextWord(rest) {
		if hasCommaWord(a, w) {
			return true
		}
	}
	return false
}

// squeeze puts text on one line and cuts it after max bytes, so a
// resident's own words fit in a list.
func squeeze(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut < max/2 {
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + " …"
}
