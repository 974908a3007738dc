package main

// broadcast mails every matching registration a text staff wrote, such as a
// change of room. The text is a Go template over the same view the bot's
// replies use ({{.Greeting}}, {{range .Attendees}}{{.Workshop}}{{end}},
// {{.Event.When}}), wrapped in the staff reply's greeting and signature.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"text/template"

	"tilmeld"
	"tilmeld/mailbot"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "broadcast",
		summary: "mail every registration (or one workshop's) a message from a template file",
		usage: "[--config F] --template FILE [--workshop N] [--status S] [--dry-run]\n\n" +
			"The file's first line may be \"Emne: ...\" (the subject); the rest is the text, a Go template\n" +
			"over the reply view ({{.Greeting}}, {{range .Attendees}}{{.Name}}: {{.Workshop}}{{end}}).\n\n" +
			"example: tilmeld broadcast --template lokaleskift.txt --workshop 3 --dry-run",
		run:    runBroadcast,
		client: broadcastClient,
	})
}

// broadcastClient reads the template file where the user is and sends its
// text on, so the daemon need not see the user's files.
func broadcastClient(ctx context.Context, env *Env, c *client, args []string) (bool, error) {
	file, rest, err := takeFlag(args, "template")
	if err != nil || file == "" {
		return false, err
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return true, err
	}
	return true, c.call(ctx, append([]string{"broadcast", "--text=" + string(b)}, rest...), env.Stdout, env.Stderr)
}

func runBroadcast(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "broadcast")
	fs.String("template", "", "file with the message")
	text := fs.String("text", "", "the message itself, instead of --template")
	ws := fs.Int("workshop", 0, "only registrations with someone placed in this workshop")
	status := fs.String("status", "registered", "only registrations with an attendee of this status")
	dry := fs.Bool("dry-run", false, "show who would get what, send nothing")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := parseStatus(*status)
	if err != nil {
		return err
	}
	subject, tmpl, err := parseBroadcast(*text)
	if err != nil {
		return err
	}
	if *ws != 0 && s.cfg.Event.Workshop(*ws) == nil {
		return fmt.Errorf("%w: there is no workshop %d", errUsage, *ws)
	}
	b := &broadcast{s: s, subject: subject, tmpl: tmpl, workshop: *ws, status: st, dry: *dry}
	if *dry {
		return s.db.View(b.run)
	}
	return s.db.Update(b.run)
}

// parseBroadcast splits off an "Emne:" (or "Subject:") first line and
// parses the rest as the template.
func parseBroadcast(text string) (string, *template.Template, error) {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	if text == "" {
		return "", nil, fmt.Errorf("%w: --template is required and must not be empty", errUsage)
	}
	subject := ""
	first, rest, _ := strings.Cut(text, "\n")
	for _, p := range []string{"Emne:", "Subject:"} {
		if len(first) >= len(p) && strings.EqualFold(first[:len(p)], p) {
			subject, text = strings.TrimSpace(first[len(p):]), strings.TrimSpace(rest)
		}
	}
	t, err := template.New("broadcast").Option("missingkey=error").Parse(text)
	if err != nil {
		return "", nil, fmt.Errorf("%w: the template: %v", errUsage, err)
	}
	return subject, t, nil
}

type broadcast struct {
	s        *session
	subject  string
	tmpl     *template.Template
	workshop int
	status   tilmeld.RegStatus
	dry      bool
	queued   int
	skipped  []string
	// sentSubject is the subject as sent, for the audit log.
	sentSubject string
}

func (b *broadcast) run(tx *store.Tx) error {
	allocated := !tx.Mark(markAllocated).IsZero()
	var shown bool
	err := tx.Registrations(func(r *tilmeld.Registration) error {
		if !b.matches(r, allocated) {
			return nil
		}
		m, err := b.mail(r, allocated)
		if err != nil || m == nil {
			return err
		}
		if b.dry {
			b.preview(m, &shown)
			return nil
		}
		return b.queue(tx, r, m)
	})
	if err != nil {
		return err
	}
	return b.report(tx)
}

// matches reports whether r has an attendee in the chosen workshop with the
// chosen status.
func (b *broadcast) matches(r *tilmeld.Registration, allocated bool) bool {
	for i := range r.Attendees {
		a := &r.Attendees[i]
		if (b.workshop == 0 || a.Workshop == b.workshop) && attendeeStatus(r, a, allocated) == b.status {
			return true
		}
	}
	return false
}

// mail renders the message for r; nil when r has no address, noted for
// staff to phone instead.
func (b *broadcast) mail(r *tilmeld.Registration, allocated bool) (*store.OutMail, error) {
	if r.Contact.Email == "" {
		b.skipped = append(b.skipped, fmt.Sprintf("tilmelding %d (%s): ingen e-mail, tlf. %s", r.ID, attendeeNames(r), orDash(r.Contact.Phone)))
		return nil, nil
	}
	v := b.s.bot.NewView(r.Language, r, allocated)
	var text bytes.Buffer
	if err := b.tmpl.Execute(&text, v); err != nil {
		return nil, fmt.Errorf("the template for registration %d: %w", r.ID, err)
	}
	v.Text = strings.TrimSpace(text.String())
	out, err := b.s.bot.Render(mailbot.KindStaff, v)
	if err != nil {
		return nil, err
	}
	if b.subject != "" {
		out.Subject = b.subject
	}
	b.sentSubject = out.Subject
	sum := sha256.Sum256([]byte(out.Subject + "\n" + out.Body))
	id := fmt.Sprintf("tilmeld.%d.broadcast.%s@%s", r.ID, hex.EncodeToString(sum[:5]), domainOf(b.s.cfg.Event.Address))
	return &store.OutMail{MessageID: id, To: r.Contact.Email, ToName: firstAttendee(r), Subject: out.Subject,
		Body: out.Body, Kind: "broadcast", Registration: r.ID}, nil
}

func (b *broadcast) preview(m *store.OutMail, shown *bool) {
	if !*shown {
		fmt.Fprintf(b.s.Stdout, "Eksempel (til %s):\nEmne: %s\n\n%s\n--------\n", m.To, m.Subject, m.Body)
		*shown = true
	}
	fmt.Fprintf(b.s.Stdout, "ville sende til %s (tilmelding %d)\n", m.To, m.Registration)
	b.queued++
}

// queue puts m in the outbox, unless the same text already went to r: a
// broadcast run twice sends once.
func (b *broadcast) queue(tx *store.Tx, r *tilmeld.Registration, m *store.OutMail) error {
	if tx.ThreadRegistration(m.MessageID) != 0 {
		b.skipped = append(b.skipped, fmt.Sprintf("tilmelding %d: har allerede fået denne besked", r.ID))
		return nil
	}
	if err := tx.Enqueue(m); err != nil {
		return err
	}
	b.queued++
	return tx.AddHistory(r.ID, store.HistoryEntry{Kind: "staff", Who: b.s.user, Out: m.ID,
		Text: "fællesbesked: " + m.Subject})
}

func (b *broadcast) report(tx *store.Tx) error {
	verb := "lagt i udbakken"
	if b.dry {
		verb = "ville blive sendt (prøvekørsel: intet er sendt)"
	}
	fmt.Fprintf(b.s.Stdout, "%s %s.\n", plural(b.queued, "mail", "mails"), verb)
	for _, s := range b.skipped {
		fmt.Fprintf(b.s.Stdout, "  sprunget over: %s\n", s)
	}
	if b.dry || b.queued == 0 {
		return nil
	}
	detail := fmt.Sprintf("%s: %s", plural(b.queued, "mail", "mails"), b.sentSubject)
	if b.workshop != 0 {
		detail += fmt.Sprintf(" (workshop %d)", b.workshop)
	}
	return b.s.audit(tx, "broadcast", detail)
}

func firstAttendee(r *tilmeld.Registration) string {
	if len(r.Attendees) > 0 {
		return r.Attendees[0].Name
	}
	return ""
}

func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return addr[i+1:]
	}
	return "tilmeld.invalid"
}
