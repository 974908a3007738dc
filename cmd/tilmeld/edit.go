package main

// Changes staff make to one registration: edit, cancel and move. Each goes
// through the bot's staff actions, which record history and tell the resident.

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"strings"

	"tilmeld"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "edit",
		summary: "change a registration's contact or one attendee's name, choices or diet",
		usage: "[--config F] ID [--email E] [--phone P] [--attendee K] [--name N] [--first N] [--second N] [--diet TAGS] [--diet-text T] [--add-attendee | --remove-attendee]\n\n" +
			"example: tilmeld edit 12 --attendee 2 --diet vegan,gluten_free",
		run: runEdit,
	})
	registerStaff(staffCommand{
		name:    "cancel",
		summary: "cancel a registration; its seats go to the waitlist",
		usage:   "[--config F] ID\n\nexample: tilmeld cancel 12",
		run:     runCancel,
	})
	registerStaff(staffCommand{
		name:    "move",
		summary: "place an attendee in a workshop and pin it there",
		usage:   "[--config F] ID --workshop N [--attendee K]\n\nexample: tilmeld move 12 --workshop 3",
		run:     runMove,
	})
}

// parseWithID parses flags with the registration number before or after them.
func parseWithID(fs *flag.FlagSet, args []string) (uint64, error) {
	pos, err := flagsAndArgs(fs, args)
	if err != nil {
		return 0, err
	}
	return regArg(pos)
}

// change edits registration id in one transaction through the bot and the
// audit log. fn changes r and returns what changed, in words, for the
// history; the audit log gets detail, which names no one, so that erasing a
// person (forget) leaves nothing of them there.
func (s *session) change(id uint64, action, detail string, fn func(tx *store.Tx, r *tilmeld.Registration) (string, error)) error {
	return s.db.Update(func(tx *store.Tx) error {
		r, err := getRegistration(tx, id)
		if err != nil {
			return err
		}
		what, err := fn(tx, r)
		if err != nil {
			return err
		}
		if err := s.bot.StaffUpdate(tx, r, s.user, what); err != nil {
			return err
		}
		fmt.Fprintf(s.Stdout, "Tilmelding %d: %s.\n", id, what)
		return s.audit(tx, action, detail)
	})
}

func runEdit(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "edit")
	cf := newContactFlags(fs)
	k := fs.Int("attendee", 1, "which attendee to change, from 1")
	name := fs.String("name", "", "new name")
	first := fs.String("first", "", "new 1st priority")
	second := fs.String("second", "", "new 2nd priority (0: none)")
	diet := fs.String("diet", "", "new diet tags, comma-separated (\"\" with --diet-text clears)")
	dietText := fs.String("diet-text", "", "new own words about food")
	add := fs.Bool("add-attendee", false, "add a person (with --name and --first) instead of changing one")
	remove := fs.Bool("remove-attendee", false, "take attendee K off the registration")
	id, err := parseWithID(fs, args)
	if err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	c, err := cf.contact()
	if err != nil {
		return err
	}
	return s.change(id, "edit", fmt.Sprintf("tilmelding %d ændret", id), func(tx *store.Tx, r *tilmeld.Registration) (string, error) {
		var what []string
		if set["email"] && c.Email != r.Contact.Email {
			r.Contact.Email = c.Email
			what = append(what, "e-mail "+orDash(c.Email))
		}
		if set["phone"] && c.Phone != r.Contact.Phone {
			r.Contact.Phone = c.Phone
			what = append(what, "telefon "+orDash(c.Phone))
		}
		switch {
		case *remove:
			w, err := removeAttendee(r, *k)
			return joinWhat(append(what, w)), err
		case *add:
			r.Attendees = append(r.Attendees, tilmeld.Attendee{})
			*k = len(r.Attendees)
			if *name == "" || *first == "" {
				return "", fmt.Errorf("%w: --add-attendee needs --name and --first", errUsage)
			}
			what = append(what, "ny deltager "+*name)
		}
		if *k < 1 || *k > len(r.Attendees) {
			return "", fmt.Errorf("%w: tilmelding %d har ingen deltager %d", errUsage, id, *k)
		}
		w, err := editAttendee(&s.cfg.Event, &r.Attendees[*k-1], set, *name, *first, *second, *diet, *dietText)
		return joinWhat(append(what, w...)), err
	})
}

func joinWhat(what []string) string {
	what = slices.DeleteFunc(what, func(s string) bool { return s == "" })
	if len(what) == 0 {
		return "ingen ændringer"
	}
	return strings.Join(what, ", ")
}

func removeAttendee(r *tilmeld.Registration, k int) (string, error) {
	if k < 1 || k > len(r.Attendees) {
		return "", fmt.Errorf("%w: tilmelding %d har ingen deltager %d", errUsage, r.ID, k)
	}
	if len(r.Attendees) == 1 {
		return "", fmt.Errorf("%w: den eneste deltager fjernes med: tilmeld cancel %d", errUsage, r.ID)
	}
	name := r.Attendees[k-1].Name
	r.Attendees = slices.Delete(r.Attendees, k-1, k)
	return "fjernede " + orDash(name), nil
}

// editAttendee applies the flags that were given to a.
func editAttendee(ev *tilmeld.Event, a *tilmeld.Attendee, set map[string]bool, name, first, second, diet, dietText string) ([]string, error) {
	var what []string
	if set["name"] {
		a.Name = strings.TrimSpace(name)
		what = append(what, "navn "+a.Name)
	}
	if set["first"] || set["second"] {
		ch, err := newChoices(ev, a.Choices, set, first, second)
		if err != nil {
			return nil, err
		}
		a.Choices = ch
		what = append(what, fmt.Sprintf("prioriteter %s", choiceWords(ch)))
	}
	if set["diet"] {
		ds, err := parseDiets(diet)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		a.Diet = ds
		what = append(what, "kost "+orDash(dietDanish(ds)))
	}
	if set["diet-text"] {
		a.DietText = strings.TrimSpace(dietText)
		what = append(what, "kost med egne ord »"+a.DietText+"«")
	}
	return what, nil
}

func newChoices(ev *tilmeld.Event, old []int, set map[string]bool, first, second string) ([]int, error) {
	ch := []int{0, 0}
	copy(ch, old)
	if set["first"] {
		n, err := workshopNumber(ev, first)
		if err != nil {
			return nil, fmt.Errorf("%w: --first: %v", errUsage, err)
		}
		ch[0] = n
	}
	if set["second"] {
		ch[1] = 0
		if second != "0" && second != "" {
			n, err := workshopNumber(ev, second)
			if err != nil {
				return nil, fmt.Errorf("%w: --second: %v", errUsage, err)
			}
			ch[1] = n
		}
	}
	if ch[0] == 0 || ch[0] == ch[1] {
		return nil, fmt.Errorf("%w: 1st and 2nd priority must be two different workshops, and 1st is required", errUsage)
	}
	if ch[1] == 0 {
		ch = ch[:1]
	}
	return ch, nil
}

func choiceWords(ch []int) string {
	s := make([]string, len(ch))
	for i, c := range ch {
		s[i] = fmt.Sprint(c)
	}
	return strings.Join(s, " og ")
}

func runCancel(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "cancel")
	id, err := parseWithID(fs, args)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *store.Tx) error {
		r, err := getRegistration(tx, id)
		if err != nil {
			return err
		}
		if r.Status == tilmeld.RegCancelled {
			return fmt.Errorf("tilmelding %d er allerede afmeldt", id)
		}
		if err := s.bot.StaffCancel(tx, id, s.user); err != nil {
			return err
		}
		fmt.Fprintf(s.Stdout, "Tilmelding %d (%s) er afmeldt.\n", id, attendeeNames(r))
		return s.audit(tx, "cancel", fmt.Sprintf("tilmelding %d afmeldt", id))
	})
}

func runMove(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "move")
	ws := fs.String("workshop", "", "the workshop number")
	k := fs.Int("attendee", 1, "which attendee, from 1")
	id, err := parseWithID(fs, args)
	if err != nil {
		return err
	}
	n, err := workshopNumber(&s.cfg.Event, *ws)
	if err != nil {
		return fmt.Errorf("%w: --workshop: %v", errUsage, err)
	}
	detail := fmt.Sprintf("tilmelding %d: deltager %d fastlagt på workshop %d", id, *k, n)
	return s.change(id, "move", detail, func(tx *store.Tx, r *tilmeld.Registration) (string, error) {
		if *k < 1 || *k > len(r.Attendees) {
			return "", fmt.Errorf("%w: tilmelding %d har ingen deltager %d", errUsage, id, *k)
		}
		if r.Status == tilmeld.RegCancelled {
			return "", fmt.Errorf("tilmelding %d er afmeldt", id)
		}
		a := &r.Attendees[*k-1]
		a.Workshop, a.Pinned, a.OffChoice = n, true, !slices.Contains(a.Choices, n)
		if taken := seatsTaken(tx, n, r.ID) + seatsIn(r, n); taken > s.cfg.Event.Workshop(n).Capacity {
			fmt.Fprintf(s.Stderr, "Bemærk: workshop %d har nu %d deltagere og kun %d pladser.\n", n, taken, s.cfg.Event.Workshop(n).Capacity)
		}
		return fmt.Sprintf("%s flyttet til workshop %d (fastlagt)", orDash(a.Name), n), nil
	})
}

// seatsTaken counts the seats in workshop n held by other active registrations.
func seatsTaken(tx *store.Tx, n int, except uint64) int {
	taken := 0
	tx.Registrations(func(r *tilmeld.Registration) error {
		if r.ID == except || !r.Active() {
			return nil
		}
		taken += seatsIn(r, n)
		return nil
	})
	return taken
}

func seatsIn(r *tilmeld.Registration, n int) int {
	taken := 0
	for _, a := range r.Attendees {
		if a.Workshop == n {
			taken++
		}
	}
	return taken
}
