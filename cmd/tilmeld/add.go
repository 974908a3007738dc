package main

import (
	"context"
	"fmt"
	"strings"

	"tilmeld"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "add",
		summary: "register someone who phoned or came by; confirmed by mail when there is an address",
		usage: "[--config F] --name NAME [--email E] [--phone P] --first N [--second N] [--diet TAG,...] [--diet-text T] [--name NAME2 --first ...]\n\n" +
			"example: tilmeld add --name \"Hanne Larsen\" --phone \"22 33 44 55\" --first 2 --second 4 --diet vegetarian",
		run: runAdd,
	})
}

func runAdd(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "add")
	p := &people{ev: &s.cfg.Event}
	p.flags(fs)
	cf := newContactFlags(fs)
	lang := fs.String("lang", "da", "language of the mails to the resident: da or en")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	c, err := cf.contact()
	if err != nil {
		return err
	}
	if err := p.check(); err != nil {
		return err
	}
	if *lang != "da" && *lang != "en" {
		return fmt.Errorf("%w: --lang must be da or en", errUsage)
	}
	r := &tilmeld.Registration{Status: tilmeld.RegRegistered, Contact: c, Attendees: p.list, Language: *lang}
	err = s.db.Update(func(tx *store.Tx) error {
		r.Received = tx.Now()
		r.Late = r.Received.After(s.cfg.Event.Deadline)
		if err := s.bot.StaffRegister(tx, r, s.user); err != nil {
			return err
		}
		return s.audit(tx, "add", fmt.Sprintf("tilmelding %d oprettet med %s", r.ID, plural(len(r.Attendees), "deltager", "deltagere")))
	})
	if err != nil {
		return fmt.Errorf("tilmeldingen blev ikke gemt: %w", err)
	}
	fmt.Fprintf(s.Stdout, "Tilmelding %d gemt: %s.\n", r.ID, attendeeNames(r))
	printConfirmation(s, r)
	return nil
}

// printConfirmation says how the resident hears about it.
func printConfirmation(s *session, r *tilmeld.Registration) {
	if r.Contact.Email != "" {
		fmt.Fprintf(s.Stdout, "Bekræftelsen sendes til %s.\n", r.Contact.Email)
		return
	}
	fmt.Fprintln(s.Stdout, "Ingen e-mailadresse: giv selv besked, fx på telefon.")
}

func attendeeNames(r *tilmeld.Registration) string {
	names := make([]string, len(r.Attendees))
	for i, a := range r.Attendees {
		names[i] = a.Name
		if names[i] == "" {
			names[i] = "(uden navn)"
		}
	}
	return strings.Join(names, ", ")
}
