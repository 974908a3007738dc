package main

// forget erases one person on request; purge erases everyone after the
// event. Both keep the anonymous numbers (choices, workshops, diet tags) so
// stats and the report still add up, and keep each mail's fingerprint so an
// erased mail is never fetched and answered again.

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"tilmeld"
	"tilmeld/parser"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "forget",
		summary: "erase a person's data on request: registrations, mails and history for an address",
		usage:   "[--config F] EMAIL\n\nexample: tilmeld forget hanne.larsen@example.dk",
		run:     runForget,
	})
	registerStaff(staffCommand{
		name:    "purge",
		summary: "after the event: erase names, addresses, mails and history of everyone",
		usage:   "[--config F] [--force]\n\nexample: tilmeld purge",
		run:     runPurge,
	})
}

const erased = "glemt efter ønske"

func runForget(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "forget")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: give one e-mail address", errUsage)
	}
	addr, err := normalEmail(fs.Arg(0))
	if err != nil || addr == "" {
		return fmt.Errorf("%w: %q is not an e-mail address", errUsage, fs.Arg(0))
	}
	err = s.db.Update(func(tx *store.Tx) error {
		e := &eraser{s: s, tx: tx, match: func(a string) bool { return strings.EqualFold(a, addr) }}
		regs, err := tx.RegistrationsByEmail(addr)
		if err != nil {
			return err
		}
		for _, r := range regs {
			if err := e.registration(r); err != nil {
				return err
			}
		}
		if err := e.eraseMails(); err != nil {
			return err
		}
		if err := tx.ForgetAddress(addr); err != nil {
			return err
		}
		return e.finish("forget")
	})
	if err != nil {
		return err
	}
	return wipeFreed(s)
}

// eraser erases what matches in one transaction and counts it.
type eraser struct {
	s     *session
	tx    *store.Tx
	match func(addr string) bool // which senders and recipients to erase; all when nil
	regs  []uint64
	mails []uint64
	outs  int
}

// registration cancels r if it still holds seats (the waitlist moves up),
// then keeps of it only the anonymous numbers.
func (e *eraser) registration(r *tilmeld.Registration) error {
	if r.Active() && e.match != nil {
		if err := e.s.bot.StaffCancel(e.tx, r.ID, e.s.user); err != nil {
			return err
		}
		var err error
		if r, err = e.tx.Registration(r.ID); err != nil {
			return err
		}
	}
	r.Contact = tilmeld.Contact{}
	for i := range r.Attendees {
		r.Attendees[i].Name, r.Attendees[i].DietText = "", ""
	}
	e.mails = append(e.mails, r.Mails...)
	e.regs = append(e.regs, r.ID)
	if err := e.tx.PutRegistration(r); err != nil {
		return err
	}
	return e.tx.DeleteHistory(r.ID)
}

// eraseMails erases the raw mails of the erased registrations and every other
// decided mail from a matching sender, and closes their review items.
func (e *eraser) eraseMails() error {
	err := e.tx.Mails(func(m *store.Mail) error {
		if m.Decision == nil || slices.Contains(e.mails, m.ID) {
			return nil
		}
		raw, err := e.tx.Raw(m.ID)
		if err != nil {
			return nil // already erased
		}
		pm := parser.Extract(raw)
		if e.match == nil || e.match(pm.FromAddr) || e.match(pm.ReplyTo) {
			e.mails = append(e.mails, m.ID)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, id := range e.mails {
		if err := e.tx.ForgetRaw(id); err != nil {
			return err
		}
	}
	if err := e.reviews(); err != nil {
		return err
	}
	return e.outbox()
}

func (e *eraser) reviews() error {
	var items []*store.Review
	err := e.tx.Reviews(func(rv *store.Review) error {
		if slices.Contains(e.mails, rv.Mail) || (rv.Registration != 0 && slices.Contains(e.regs, rv.Registration)) {
			items = append(items, rv)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, rv := range items {
		rv.Reasons = nil
		if rv.Open() {
			rv.Resolved, rv.Resolution = e.tx.Now(), erased
		}
		if err := e.tx.PutReview(rv); err != nil {
			return err
		}
	}
	return nil
}

// outbox blanks the mails to erased people. Mail not yet sent is not sent:
// the person asked to be forgotten, and that includes not being written to.
func (e *eraser) outbox() error {
	var outs []*store.OutMail
	err := e.tx.OutMails(func(m *store.OutMail) error {
		if m.To != "" && (e.match == nil || e.match(m.To) || slices.Contains(e.regs, m.Registration)) {
			outs = append(outs, m)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, m := range outs {
		if m.Sent.IsZero() && m.Failed.IsZero() {
			m.Failed, m.LastError = e.tx.Now(), erased
		}
		m.To, m.ToName, m.Body, m.Attachments = "", "", "", nil
		if err := e.tx.PutOutMail(m); err != nil {
			return err
		}
		e.outs++
	}
	return nil
}

func (e *eraser) finish(action string) error {
	detail := fmt.Sprintf("%s, %s, %s udgående", plural(len(e.regs), "tilmelding", "tilmeldinger"),
		plural(len(e.mails), "mail", "mails"), plural(e.outs, "mail", "mails"))
	fmt.Fprintf(e.s.Stdout, "Slettet: %s.\n", detail)
	if len(e.regs) > 0 && e.match != nil {
		fmt.Fprintln(e.s.Stdout, "Tilmeldingerne er afmeldt; der sendes ingen mail om det.")
	}
	return e.s.audit(e.tx, action, detail)
}

func runPurge(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "purge")
	force := fs.Bool("force", false, "purge even before the event has ended")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	err := s.db.Update(func(tx *store.Tx) error {
		end := s.cfg.Event.Ends
		if end.IsZero() {
			end = s.cfg.Event.Starts
		}
		if tx.Now().Before(end) && !*force {
			return fmt.Errorf("arrangementet er ikke slut før %s; brug --force for at slette alligevel",
				localTime(s.cfg, end).Format("02-01-2006 15:04"))
		}
		e := &eraser{s: s, tx: tx}
		var regs []*tilmeld.Registration
		if err := tx.Registrations(func(r *tilmeld.Registration) error { regs = append(regs, r); return nil }); err != nil {
			return err
		}
		for _, r := range regs {
			if err := e.registration(r); err != nil {
				return err
			}
		}
		if err := e.eraseMails(); err != nil {
			return err
		}
		if err := tx.ForgetAllAddresses(); err != nil {
			return err
		}
		return e.finish("purge")
	})
	if err != nil {
		return err
	}
	return wipeFreed(s)
}

// wipeFreed compacts the store, so the erased bytes leave the disk too:
// bbolt keeps deleted records in its free pages until they are reused.
// The daemon's open store is not rewritten under it.
func wipeFreed(s *session) error {
	if s.inDaemon {
		fmt.Fprintln(s.Stdout, "Stop dæmonen og kør purge igen for også at fjerne de slettede data fra filens ledige plads.")
		return nil
	}
	return s.db.Compact()
}
