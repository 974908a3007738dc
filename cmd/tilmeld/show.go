package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"tilmeld"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "show",
		summary: "show one registration with its attendees, mails and history",
		usage:   "[--config F] ID\n\nexample: tilmeld show 12",
		run:     runShow,
	})
}

// regArg reads the registration number that is a command's one argument.
func regArg(args []string) (uint64, error) { return numberArg(args, "a", "registration") }

// numberArg reads the one number ("7" or "#7") args must hold, naming what
// it numbers in the error.
func numberArg(args []string, article, what string) (uint64, error) {
	if len(args) != 1 {
		return 0, fmt.Errorf("%w: give one %s number", errUsage, what)
	}
	id, err := strconv.ParseUint(strings.TrimPrefix(args[0], "#"), 10, 64)
	if err != nil || id == 0 {
		return 0, fmt.Errorf("%w: %q is not %s %s number", errUsage, args[0], article, what)
	}
	return id, nil
}

// flagsAndArgs parses flags written before, between or after the
// positional arguments, and returns those.
func flagsAndArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// getRegistration reads registration id with an error staff understand.
func getRegistration(tx *store.Tx, id uint64) (*tilmeld.Registration, error) {
	r, err := tx.Registration(id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("der er ingen tilmelding %d", id)
	}
	return r, err
}

func runShow(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "show")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	id, err := regArg(fs.Args())
	if err != nil {
		return err
	}
	return s.db.View(func(tx *store.Tx) error {
		r, err := getRegistration(tx, id)
		if err != nil {
			return err
		}
		printRegistration(s.Stdout, s.cfg, r, !tx.Mark(markAllocated).IsZero())
		if err := printMails(s.Stdout, s.cfg, tx, r.Mails); err != nil {
			return err
		}
		if err := printOutMails(s.Stdout, s.cfg, tx, id); err != nil {
			return err
		}
		h, err := tx.History(id)
		if err != nil {
			return err
		}
		printHistory(s.Stdout, s.cfg, h)
		return nil
	})
}

func printRegistration(w io.Writer, cfg *tilmeld.Config, r *tilmeld.Registration, allocated bool) {
	fmt.Fprintf(w, "Tilmelding %d: %s\n", r.ID, statusDanish(r.Status))
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "Mangler: %s\n", strings.Join(missingDanish(r.Missing), ", "))
	}
	fmt.Fprintf(w, "Kontakt: %s\n", orDash(contactOf(r.Contact)))
	late := ""
	if r.Late {
		late = " (efter fristen)"
	}
	fmt.Fprintf(w, "Modtaget: %s%s\n", localTime(cfg, r.Received).Format("02-01-2006 15:04"), late)
	fmt.Fprintf(w, "Sprog: %s\n\nDeltagere:\n", orDash(r.Language))
	for i := range r.Attendees {
		printAttendee(w, cfg, i+1, r, allocated)
	}
}

func printAttendee(w io.Writer, cfg *tilmeld.Config, n int, r *tilmeld.Registration, allocated bool) {
	a := &r.Attendees[n-1]
	fmt.Fprintf(w, "  %d. %s\n", n, orDash(a.Name))
	fmt.Fprintf(w, "     1. prioritet: %s\n     2. prioritet: %s\n", workshopWords(cfg, a.First()), workshopWords(cfg, a.Second()))
	place := workshopWords(cfg, a.Workshop)
	switch {
	case a.Workshop == 0 && allocated && r.Status == tilmeld.RegRegistered:
		place = "venteliste"
	case a.Workshop == 0:
		place = "ikke fordelt endnu"
	case a.Pinned:
		place += " (fastlagt af personalet)"
	case a.OffChoice:
		place += " (ingen af ønskerne havde plads)"
	}
	fmt.Fprintf(w, "     Workshop: %s\n", place)
	if len(a.Diet) > 0 || a.DietText != "" {
		fmt.Fprintf(w, "     Kost: %s", orDash(dietDanish(a.Diet)))
		if a.DietText != "" {
			fmt.Fprintf(w, " - med egne ord: »%s«", a.DietText)
		}
		fmt.Fprintln(w)
	}
}

func workshopWords(cfg *tilmeld.Config, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%d (%s)", n, cfg.Event.WorkshopName(n))
}

func contactOf(c tilmeld.Contact) string {
	r := row{Email: c.Email, Phone: c.Phone}
	return r.contact()
}

func missingDanish(ms []string) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		switch m {
		case tilmeld.MissingWorkshop:
			out[i] = "workshopvalg"
		case tilmeld.MissingName:
			out[i] = "navn"
		default:
			out[i] = m
		}
	}
	return out
}

func printMails(w io.Writer, cfg *tilmeld.Config, tx *store.Tx, ids []uint64) error {
	if len(ids) == 0 {
		return nil
	}
	fmt.Fprintln(w, "\nMails:")
	for _, id := range ids {
		m, err := tx.Mail(id)
		if err != nil {
			fmt.Fprintf(w, "  mail %d: mangler i lageret\n", id)
			continue
		}
		action := ""
		if m.Decision != nil {
			action = " - " + m.Decision.Action
		}
		fmt.Fprintf(w, "  mail %d, modtaget %s%s\n", m.ID, localTime(cfg, m.Received).Format("02-01-2006 15:04"), action)
	}
	return nil
}

func printHistory(w io.Writer, cfg *tilmeld.Config, h []store.HistoryEntry) {
	fmt.Fprintln(w, "\nHistorik:")
	if len(h) == 0 {
		fmt.Fprintln(w, "  ingen")
	}
	for _, e := range h {
		who := ""
		if e.Who != "" {
			who = " (" + e.Who + ")"
		}
		fmt.Fprintf(w, "  %s  %-10s %s%s\n", localTime(cfg, e.Time).Format("02-01-2006 15:04"), e.Kind, e.Text, who)
	}
}

// printOutMails says what the bot wrote to the registration and whether it
// went out: staff are asked "did you get my registration?".
func printOutMails(w io.Writer, cfg *tilmeld.Config, tx *store.Tx, id uint64) error {
	var lines []string
	err := tx.OutMails(func(m *store.OutMail) error {
		if m.Registration == id {
			lines = append(lines, fmt.Sprintf("  %s  %-10s til %s: %s", localTime(cfg, m.Created).Format("02-01-2006 15:04"),
				m.Kind, orDash(m.To), outState(cfg, m)))
		}
		return nil
	})
	if err != nil || len(lines) == 0 {
		return err
	}
	fmt.Fprintf(w, "\nUdgående mails:\n%s\n", strings.Join(lines, "\n"))
	return nil
}

func outState(cfg *tilmeld.Config, m *store.OutMail) string {
	switch {
	case !m.Sent.IsZero():
		return "sendt " + localTime(cfg, m.Sent).Format("02-01-2006 15:04")
	case !m.Failed.IsZero():
		return "fejlet: " + m.LastError
	case m.Attempts > 0:
		return fmt.Sprintf("venter (%d forsøg, sidst: %s)", m.Attempts, m.LastError)
	}
	return "venter"
}
