package main

// Flags staff describe a registration with, shared by add and review resolve.

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"tilmeld"
)

// people collects attendees from repeated flags: each --name starts a
// person, and --first, --second, --diet and --diet-text that follow it are
// theirs. One person needs no more than one --name.
type people struct {
	ev   *tilmeld.Event
	list []tilmeld.Attendee
}

func (p *people) flags(fs *flag.FlagSet) {
	fs.Func("name", "attendee's full name; repeat for each person, each followed by their own flags", func(v string) error {
		if n := len(p.list); n > 0 && p.list[n-1].Name == "" {
			p.list[n-1].Name = strings.TrimSpace(v)
			return nil
		}
		p.list = append(p.list, tilmeld.Attendee{Name: strings.TrimSpace(v)})
		return nil
	})
	fs.Func("first", "1st priority: workshop number (or name)", func(v string) error { return p.choice(0, v) })
	fs.Func("second", "2nd priority: workshop number (or name)", func(v string) error { return p.choice(1, v) })
	fs.Func("diet", "diet tags, comma-separated: "+dietTags()+"; Danish words (vegetar, glutenfri) also do", func(v string) error {
		ds, err := parseDiets(v)
		p.last().Diet = ds
		return err
	})
	fs.Func("diet-text", "the person's own words about food", func(v string) error {
		p.last().DietText = strings.TrimSpace(v)
		return nil
	})
}

func (p *people) last() *tilmeld.Attendee {
	if len(p.list) == 0 {
		p.list = append(p.list, tilmeld.Attendee{})
	}
	return &p.list[len(p.list)-1]
}

func (p *people) choice(i int, v string) error {
	if v = strings.TrimSpace(v); i > 0 && (v == "" || v == "0") {
		return nil // no 2nd priority
	}
	n, err := workshopNumber(p.ev, v)
	if err != nil {
		return err
	}
	a := p.last()
	for len(a.Choices) <= i {
		a.Choices = append(a.Choices, 0)
	}
	a.Choices[i] = n
	return nil
}

// check reports what keeps the attendees from making a registration.
func (p *people) check() error {
	if len(p.list) == 0 {
		return fmt.Errorf("%w: --name is required", errUsage)
	}
	for _, a := range p.list {
		switch {
		case a.Name == "":
			return fmt.Errorf("%w: every attendee needs a --name", errUsage)
		case a.First() == 0:
			return fmt.Errorf("%w: %s needs --first", errUsage, a.Name)
		case a.Second() == a.First():
			return fmt.Errorf("%w: %s has workshop %d as both 1st and 2nd priority", errUsage, a.Name, a.First())
		}
	}
	return nil
}

// workshopNumber reads a workshop number, or a workshop's name or alias,
// and checks that it exists.
func workshopNumber(ev *tilmeld.Event, v string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		n = workshopByWord(ev, v)
	}
	if ev.Workshop(n) == nil {
		return 0, fmt.Errorf("%q is not a workshop number (1-%d)", v, len(ev.Workshops))
	}
	return n, nil
}

// parseDiets reads diet tags as staff type them: the tags, or the Danish
// words the lists show ("vegetar", "intet svinekød"), any case.
func parseDiets(s string) ([]tilmeld.Diet, error) {
	var tags []string
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		tags = append(tags, string(dietWord(f)))
	}
	return tilmeld.ParseDiets(strings.Join(tags, ","))
}

// dietWord maps one word to its tag; an unknown word is returned as it is,
// for ParseDiets to name in its error.
func dietWord(w string) tilmeld.Diet {
	if d := tilmeld.Diet(strings.NewReplacer("-", "_", " ", "_").Replace(w)); d.Valid() {
		return d
	}
	for _, d := range tilmeld.Diets {
		da := d.Danish()
		if short, _, ok := strings.Cut(da, " ("); ok {
			da = short
		}
		if w == da || w == d.English() {
			return d
		}
	}
	return tilmeld.Diet(w)
}

func workshopByWord(ev *tilmeld.Event, v string) int {
	v = strings.TrimSpace(v)
	for _, w := range ev.Workshops {
		if strings.EqualFold(v, w.Name) {
			return w.Number
		}
		for _, a := range w.Aliases {
			if strings.EqualFold(v, a) {
				return w.Number
			}
		}
	}
	return 0
}

func dietTags() string {
	s := make([]string, len(tilmeld.Diets))
	for i, d := range tilmeld.Diets {
		s[i] = string(d)
	}
	return strings.Join(s, ", ")
}

// normalPhone writes a phone number as the bot stores it: E.164, with +45
// for an 8-digit Danish number.
func normalPhone(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	plus := strings.HasPrefix(s, "+")
	s = strings.TrimPrefix(s, "+")
	digits := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		if strings.ContainsRune(" -./()", r) {
			return -1
		}
		return 'x'
	}, s)
	switch {
	case strings.Contains(digits, "x") || len(digits) < 8:
		return "", fmt.Errorf("%q is not a phone number", s)
	case plus:
		return "+" + digits, nil
	case strings.HasPrefix(digits, "00"):
		return "+" + digits[2:], nil
	case len(digits) == 8:
		return "+45" + digits, nil
	}
	return "", fmt.Errorf("%q is not a phone number: write a Danish number with 8 digits or start with +", s)
}

// normalEmail checks an address lightly and lower-cases it, as the store indexes it.
func normalEmail(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", nil
	}
	at := strings.LastIndex(s, "@")
	if at < 1 || at == len(s)-1 || strings.ContainsAny(s, " <>,;") {
		return "", fmt.Errorf("%q is not an e-mail address", s)
	}
	return s, nil
}

// contactFlags are --email and --phone, checked after parsing.
type contactFlags struct{ email, phone *string }

func newContactFlags(fs *flag.FlagSet) contactFlags {
	return contactFlags{
		email: fs.String("email", "", "contact e-mail address; the confirmation goes there"),
		phone: fs.String("phone", "", "contact phone number"),
	}
}

func (c contactFlags) contact() (tilmeld.Contact, error) {
	email, err := normalEmail(*c.email)
	if err != nil {
		return tilmeld.Contact{}, fmt.Errorf("%w: %v", errUsage, err)
	}
	phone, err := normalPhone(*c.phone)
	if err != nil {
		return tilmeld.Contact{}, fmt.Errorf("%w: %v", errUsage, err)
	}
	return tilmeld.Contact{Email: email, Phone: phone}, nil
}
