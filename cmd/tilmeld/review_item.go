package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"tilmeld"
	"tilmeld/parser"
	"tilmeld/store"
)

func writeJSONValue(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// printItem shows an item as a reviewer needs it: why it is here, the mail's
// headers, the resident's own words apart from quotes and signature, and
// what the bot read.
func printItem(w io.Writer, cfg *tilmeld.Config, it *reviewItem) {
	state := "åben"
	if !it.Open {
		state = "lukket: " + it.Resolution
	}
	fmt.Fprintf(w, "Sag %d (%s), oprettet %s\n", it.ID, state, localTime(cfg, it.Created).Format("02-01-2006 15:04"))
	if it.Registration != 0 {
		fmt.Fprintf(w, "Hører til tilmelding %d\n", it.Registration)
	}
	fmt.Fprintln(w, "\nHvorfor en person skal se på den:")
	printLines(w, "  - ", it.Reasons)
	if it.result == nil || it.result.Mail == nil {
		fmt.Fprintln(w, "\n(Ingen mail knyttet til sagen.)")
		return
	}
	printMailText(w, cfg, it.mail, it.result.Mail)
	printReading(w, it.result)
	if it.Resolve != nil && it.Open {
		fmt.Fprintf(w, "\nGodkend læsningen:\n  tilmeld %s\n", shellJoin(it.Resolve))
	}
}

func printMailText(w io.Writer, cfg *tilmeld.Config, sm *store.Mail, m *parser.Mail) {
	fmt.Fprintf(w, "\nMail %d\n", sm.ID)
	from := m.FromAddr
	if m.FromName != "" {
		from = fmt.Sprintf("%s <%s>", m.FromName, m.FromAddr)
	}
	fmt.Fprintf(w, "  Fra:   %s\n", orDash(from))
	if m.ReplyTo != "" && m.ReplyTo != m.FromAddr {
		fmt.Fprintf(w, "  Svar til: %s\n", m.ReplyTo)
	}
	fmt.Fprintf(w, "  Til:   %s\n", orDash(strings.Join(append(append([]string{}, m.To...), m.Cc...), ", ")))
	if !m.Date.IsZero() {
		fmt.Fprintf(w, "  Dato:  %s\n", localTime(cfg, m.Date).Format("02-01-2006 15:04"))
	}
	fmt.Fprintf(w, "  Emne:  %s\n", orDash(m.Subject))
	quoteBlock(w, "Beboerens egne ord", m.Own)
	quoteBlock(w, "Signatur (skåret fra)", m.Signature)
	quoteBlock(w, "Videresendt tekst", m.Forwarded)
	quoteBlock(w, "Citeret tekst (skåret fra, ikke læst som beboerens)", m.Quoted)
	for _, a := range m.Attachments {
		if !a.Inline {
			fmt.Fprintf(w, "\nVedhæftet fil (ikke læst): %s (%s, %d bytes)\n", orDash(a.Name), a.Type, a.Size)
		}
	}
	if len(m.Problems) > 0 {
		fmt.Fprintln(w, "\nProblemer med at læse mailen:")
		printLines(w, "  - ", m.Problems)
	}
}

// quoteBlock prints text boxed by a bar, so it stands apart from our words.
func quoteBlock(w io.Writer, title, text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	fmt.Fprintf(w, "\n%s:\n", title)
	for _, l := range strings.Split(text, "\n") {
		fmt.Fprintf(w, "  | %s\n", l)
	}
}

func printReading(w io.Writer, r *parser.Result) {
	fmt.Fprintf(w, "\nBottens læsning: %s, %s, sikkerhed %.0f %%\n", r.Intent, r.Status, r.Confidence*100)
	if c := contactOf(r.Contact); c != "" {
		fmt.Fprintf(w, "  Kontakt: %s\n", c)
	}
	for i, a := range r.Attendees {
		fmt.Fprintf(w, "  %d. %s: 1. prioritet %s, 2. prioritet %s", i+1, orDash(a.Name), dashNum(a.First()), dashNum(a.Second()))
		if len(a.Diet) > 0 || a.DietText != "" {
			fmt.Fprintf(w, ", kost %s", orDash(dietDanish(a.Diet)))
			if a.DietText != "" {
				fmt.Fprintf(w, " »%s«", a.DietText)
			}
		}
		fmt.Fprintln(w)
	}
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "  Mangler: %s\n", strings.Join(missingDanish(r.Missing), ", "))
	}
	if len(r.Reasons) > 0 {
		fmt.Fprintln(w, "  Begrundelser:")
		printLines(w, "    - ", r.Reasons)
	}
}

func dashNum(n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprint(n)
}

func printLines(w io.Writer, prefix string, lines []string) {
	if len(lines) == 0 {
		fmt.Fprintf(w, "%s(ingen begrundelse)\n", prefix)
	}
	for _, l := range lines {
		fmt.Fprintf(w, "%s%s\n", prefix, l)
	}
}

// shellJoin quotes words for a shell where needed, so a shown command can
// be copied.
func shellJoin(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, " \t'\"$`\\!&;|<>()*?[]#~") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		out[i] = a
	}
	return strings.Join(out, " ")
}

// reviewResolve makes the item's mail a registration, as staff read it: a
// new one, or the item's registration corrected. The resident gets the
// receipt (or the placement, after the deadline).
func reviewResolve(ctx context.Context, s *session, args []string) error {
	fs := newFlags(s.Env, "review")
	p := &people{ev: &s.cfg.Event}
	p.flags(fs)
	cf := newContactFlags(fs)
	lang := fs.String("lang", "", "language of the mails to the resident: da or en (default: the mail's)")
	id, err := itemArg(fs, args)
	if err != nil {
		return err
	}
	if err := p.check(); err != nil {
		return err
	}
	c, err := cf.contact()
	if err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return s.db.Update(func(tx *store.Tx) error {
		rv, err := openReview(tx, id)
		if err != nil {
			return err
		}
		it := loadItem(tx, &s.cfg.Event, rv)
		if !set["email"] {
			c.Email = it.Email
		}
		r, what, err := resolveRegistration(s, tx, it, c, p.list, *lang)
		if err != nil {
			return err
		}
		rv.Registration = r.ID
		if err := closeReview(s, tx, rv, what); err != nil {
			return err
		}
		fmt.Fprintf(s.Stdout, "Sag %d lukket: %s (%s).\n", id, what, attendeeNames(r))
		printConfirmation(s, r)
		return nil
	})
}

func resolveRegistration(s *session, tx *store.Tx, it *reviewItem, c tilmeld.Contact, as []tilmeld.Attendee, lang string) (*tilmeld.Registration, string, error) {
	if lang == "" {
		lang = "da"
		if it.result != nil && it.result.Language != "" {
			lang = it.result.Language
		}
	}
	if it.Registration != 0 {
		r, err := getRegistration(tx, it.Registration)
		if err != nil {
			return nil, "", err
		}
		keepSeats(r.Attendees, as)
		r.Contact, r.Attendees, r.Status, r.Missing = c, as, tilmeld.RegRegistered, nil
		r.Mails = appendMail(r.Mails, it.Mail)
		what := fmt.Sprintf("tilmelding %d rettet efter gennemgang", r.ID)
		return r, what, s.bot.StaffUpdate(tx, r, s.user, what)
	}
	r := &tilmeld.Registration{Status: tilmeld.RegRegistered, Contact: c, Attendees: as, Language: lang,
		Received: it.arrival(), Mails: appendMail(nil, it.Mail)}
	r.Late = r.Received.After(s.cfg.Event.Deadline)
	if err := s.bot.StaffRegister(tx, r, s.user); err != nil {
		return nil, "", err
	}
	if it.mail != nil {
		if err := tx.LinkThread(it.mail.MessageID, r.ID); err != nil {
			return nil, "", err
		}
	}
	return r, fmt.Sprintf("tilmelding %d oprettet", r.ID), nil
}

// keepSeats carries placements over to attendees staff re-typed with the
// same name.
func keepSeats(old, as []tilmeld.Attendee) {
	for i := range as {
		for _, o := range old {
			if o.Workshop != 0 && strings.EqualFold(o.Name, as[i].Name) {
				as[i].Workshop, as[i].Pinned, as[i].OffChoice = o.Workshop, o.Pinned, o.OffChoice
			}
		}
	}
}

func appendMail(ids []uint64, id uint64) []uint64 {
	if id == 0 {
		return ids
	}
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// arrival is when the item's mail came: the server's date, unless the item
// is older (the demo's simulated clock), as the bot itself reckons it.
func (it *reviewItem) arrival() time.Time {
	if it.mail != nil && !it.mail.Received.IsZero() && it.mail.Received.Before(it.Created) {
		return it.mail.Received
	}
	return it.Created
}
