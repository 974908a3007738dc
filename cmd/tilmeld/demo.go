package main

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/mail"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"tilmeld"
	"tilmeld/mailbot"
	"tilmeld/mailbot/mailtest"
	"tilmeld/parser"
	"tilmeld/store"
)

//go:embed demodata/*.eml
var demoMails embed.FS

// demoCapacity shrinks the rooms so the allocation has choices to make with
// a handful of registrations.
const demoCapacity = 2

func init() {
	register(command{
		name:    "demo",
		summary: "the whole job on the built-in event: sample mail in, answers out, allocation at the deadline",
		usage:   "[--dir DIR]\n\nexample: tilmeld demo",
		run:     runDemo,
	})
}

// simClock is the demo's clock: it stands still until the demo moves it.
type simClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *simClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *simClock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// demo is one run: the servers, the daemon and what it printed.
type demo struct {
	out   io.Writer
	dir   string
	cfg   *tilmeld.Config
	clock *simClock
	db    *store.DB
	imap  *mailtest.IMAPServer
	smtp  *mailtest.SMTPServer
	// answered holds the registrations whose clarification the demo answered:
	// a resident answers once, whatever the bot asks next.
	answered map[uint64]bool
}

func runDemo(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "demo")
	dir := fs.String("dir", "", "folder for the store, the log and the sent mails (default: a new temporary folder)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		d, err := os.MkdirTemp("", "tilmeld-demo-")
		if err != nil {
			return err
		}
		*dir = d
	}
	d, err := startDemo(*dir, env.Stdout)
	if err != nil {
		return err
	}
	defer d.close()
	return d.run(ctx)
}

func startDemo(dir string, out io.Writer) (*demo, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	d := &demo{out: out, dir: dir, clock: &simClock{}, answered: map[uint64]bool{}}
	var err error
	if d.imap, err = mailtest.NewIMAPServer("abc@bo-vest.dk", "demo", nil); err != nil {
		return nil, fmt.Errorf("start IMAP server: %w", err)
	}
	if d.smtp, err = mailtest.NewSMTPServer(); err != nil {
		d.imap.Close()
		return nil, fmt.Errorf("start SMTP server: %w", err)
	}
	if d.cfg, err = d.config(); err != nil {
		d.close()
		return nil, err
	}
	if d.db, err = store.Open(d.cfg.Store.Path, store.Options{}); err != nil {
		d.close()
		return nil, err
	}
	d.db.Now = d.clock.Now
	return d, nil
}

func (d *demo) config() (*tilmeld.Config, error) {
	pw := filepath.Join(d.dir, "imap-password")
	if err := os.WriteFile(pw, []byte(d.imap.Password), 0o600); err != nil {
		return nil, err
	}
	cfg := tilmeld.Default()
	cfg.IMAP.Address, cfg.IMAP.TLS, cfg.IMAP.Username = d.imap.Addr, tilmeld.TLSNone, d.imap.Username
	cfg.IMAP.Password = tilmeld.Secret{File: pw}
	cfg.IMAP.PollInterval = time.Second
	cfg.SMTP.Address, cfg.SMTP.TLS = d.smtp.Addr, tilmeld.TLSNone
	cfg.Store.Path = filepath.Join(d.dir, "tilmeld.db")
	cfg.Admin.Socket = filepath.Join(d.dir, "tilmeld.sock")
	for i := range cfg.Event.Workshops {
		cfg.Event.Workshops[i].Capacity = demoCapacity
	}
	return cfg, cfg.CheckConnections()
}

func (d *demo) close() {
	if d.db != nil {
		d.db.Close()
	}
	d.smtp.Close()
	d.imap.Close()
}

func (d *demo) run(ctx context.Context) error {
	start := time.Now()
	logFile, err := os.Create(filepath.Join(d.dir, "tilmeld.log"))
	if err != nil {
		return err
	}
	defer logFile.Close()
	bot := mailbot.New(d.cfg, d.db, slog.New(slog.NewTextHandler(logFile, nil)))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- bot.Run(ctx) }()

	d.printf("tilmeld demo: %s, deadline %s\n", d.cfg.Event.Name, mailbot.DanishDateTime(d.cfg.Event.Deadline))
	d.printf("%d workshops with room for %d each (shrunk for the demo); IMAP %s, SMTP %s\n\n",
		len(d.cfg.Event.Workshops), demoCapacity, d.imap.Addr, d.smtp.Addr)
	if err := d.feed(ctx); err != nil {
		return err
	}
	if err := d.waitOutbox(ctx); err != nil {
		return err
	}
	cancel()
	if err := <-done; err != nil {
		return fmt.Errorf("daemon: %w", err)
	}
	if err := d.summary(); err != nil {
		return err
	}
	d.printf("\nfinished in %.1fs; store, log and sent mails in %s\n", time.Since(start).Seconds(), d.dir)
	return nil
}

// feed delivers the sample mails in date order, each at its own simulated
// time, and passes the deadline before the first late one.
func (d *demo) feed(ctx context.Context) error {
	names, err := demoMails.ReadDir("demodata")
	if err != nil {
		return err
	}
	allocated := false
	for _, e := range names {
		raw, err := demoMails.ReadFile(path.Join("demodata", e.Name()))
		if err != nil {
			return err
		}
		date := mailDate(raw)
		if !allocated && date.After(d.cfg.Event.Deadline) {
			if err := d.passDeadline(ctx); err != nil {
				return err
			}
			allocated = true
		}
		d.clock.Set(date)
		if err := d.deliver(ctx, raw); err != nil {
			return err
		}
	}
	if !allocated {
		return d.passDeadline(ctx)
	}
	return nil
}

// deliver appends one mail, waits for the daemon's decision and prints it.
// A clarification request gets the resident's answer, as a person would write it.
func (d *demo) deliver(ctx context.Context, raw []byte) error {
	if _, err := d.imap.Append("INBOX", raw); err != nil {
		return err
	}
	m, err := d.waitDecided(ctx, parser.Extract(raw).MessageID)
	if err != nil {
		return err
	}
	res := parser.Parse(raw, &d.cfg.Event)
	d.printMail(res, m.Decision)
	clarify, err := d.reply(m.Decision, mailbot.KindClarify)
	if err != nil || clarify == nil || d.answered[clarify.Registration] {
		return err
	}
	d.answered[clarify.Registration] = true
	if err := d.waitOutbox(ctx); err != nil {
		return err
	}
	d.clock.Set(d.clock.Now().Add(3 * time.Hour))
	return d.deliver(ctx, answerClarification(res.Mail, clarify, d.clock.Now()))
}

// answerClarification writes the resident's answer to the bot's question,
// in the thread, as a mail client would.
func answerClarification(m *parser.Mail, q *store.OutMail, date time.Time) []byte {
	var b bytes.Buffer
	from := mail.Address{Name: m.FromName, Address: m.FromAddr}
	fmt.Fprintf(&b, "From: %s\r\nTo: abc@bo-vest.dk\r\nSubject: SV: %s\r\n", from.String(), m.Subject)
	fmt.Fprintf(&b, "Date: %s\r\nMessage-ID: <answer-%s>\r\n", date.Format(time.RFC1123Z), q.MessageID)
	fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s> <%s>\r\n", q.MessageID, m.MessageID, q.MessageID)
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	b.WriteString("Undskyld, det glemte jeg. Jeg vil helst på workshop 4 og ellers workshop 2.\r\n\r\n")
	fmt.Fprintf(&b, "%s\r\n\r\n", m.FromName)
	for _, line := range strings.Split(q.Body, "\n") {
		b.WriteString("> " + strings.TrimRight(line, "\r") + "\r\n")
	}
	return b.Bytes()
}

// passDeadline moves the clock past the deadline and waits for the
// placement mails.
func (d *demo) passDeadline(ctx context.Context) error {
	if err := d.waitOutbox(ctx); err != nil {
		return err
	}
	d.clock.Set(d.cfg.Event.Deadline.Add(time.Minute))
	d.printf("--- the clock passes the deadline (%s): allocation runs ---\n", mailbot.DanishDateTime(d.cfg.Event.Deadline))
	err := waitFor(ctx, func() (bool, error) {
		var done bool
		err := d.db.View(func(tx *store.Tx) error {
			done = !tx.Mark("allocated").IsZero()
			return nil
		})
		return done, err
	})
	if err != nil {
		return fmt.Errorf("waiting for the allocation: %w", err)
	}
	if err := d.waitOutbox(ctx); err != nil {
		return err
	}
	n, err := d.countKind(mailbot.KindPlacement)
	d.printf("%d placement mails sent, each with an .ics for the evening\n\n", n)
	return err
}

func (d *demo) waitDecided(ctx context.Context, msgID string) (*store.Mail, error) {
	var m *store.Mail
	err := waitFor(ctx, func() (bool, error) {
		err := d.db.View(func(tx *store.Tx) error {
			var err error
			m, err = tx.MailByMessageID(msgID)
			return err
		})
		if errors.Is(err, store.ErrNotFound) {
			return false, nil
		}
		return err == nil && m.Decision != nil, err
	})
	if err != nil {
		return nil, fmt.Errorf("waiting for mail <%s>: %w", msgID, err)
	}
	return m, nil
}

// waitOutbox waits until every queued mail has reached the SMTP server.
func (d *demo) waitOutbox(ctx context.Context) error {
	return waitFor(ctx, func() (bool, error) {
		n, err := d.db.UnsentCount()
		return n == 0, err
	})
}

// waitFor polls cond until it holds, for at most 10 seconds.
func waitFor(ctx context.Context, cond func() (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	for {
		ok, err := cond()
		if ok || err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// reply returns the reply of the given kind a decision queued, or nil.
func (d *demo) reply(dec *store.Decision, kind string) (*store.OutMail, error) {
	var found *store.OutMail
	err := d.db.View(func(tx *store.Tx) error {
		for _, id := range dec.Replies {
			m, err := tx.OutMail(id)
			if err != nil {
				return err
			}
			if m.Kind == kind {
				found = m
			}
		}
		return nil
	})
	return found, err
}

func (d *demo) countKind(kind string) (int, error) {
	n := 0
	err := d.db.View(func(tx *store.Tx) error {
		return tx.OutMails(func(m *store.OutMail) error {
			if m.Kind == kind {
				n++
			}
			return nil
		})
	})
	return n, err
}

func (d *demo) printf(format string, args ...any) { fmt.Fprintf(d.out, format, args...) }

func (d *demo) printMail(r *parser.Result, dec *store.Decision) {
	m := r.Mail
	d.printf("%s  %s <%s>  %q\n", mailbot.DanishDateTime(d.clock.Now()), m.FromName, m.FromAddr, m.Subject)
	d.printf("  read:  %s, %s", r.Intent, r.Status)
	if len(r.Missing) > 0 {
		d.printf(" (missing %s)", strings.Join(r.Missing, ", "))
	}
	d.printf("\n")
	for _, a := range r.Attendees {
		d.printf("         %s\n", d.describeAttendee(&a))
	}
	if r.Status == tilmeld.StatusReview && len(r.Reasons) > 0 {
		d.printf("         why: %s\n", r.Reasons[0])
	}
	if dec != nil && dec.Status != string(r.Status) {
		// the daemon read it again, knowing the registration it concerns
		d.printf("  then:  %s, %s (%s)\n", dec.Intent, dec.Status, strings.Join(dec.Reasons, "; "))
	}
	d.printf("  did:   %s\n", mailbot.DescribeDecision(dec))
}

func (d *demo) describeAttendee(a *tilmeld.Attendee) string {
	name := a.Name
	if name == "" {
		name = "(no name)"
	}
	s := name + ":"
	for i, n := range a.Choices {
		s += fmt.Sprintf(" %d. %s;", i+1, d.workshopLabel(n))
	}
	if len(a.Choices) == 0 {
		s += " no workshop;"
	}
	for _, t := range a.Diet {
		s += " " + t.Danish()
	}
	return strings.TrimSuffix(s, ";")
}

func (d *demo) workshopLabel(n int) string {
	if name := d.cfg.Event.WorkshopName(n); name != "" {
		return fmt.Sprintf("%d %s", n, name)
	}
	return fmt.Sprintf("%d (unknown)", n)
}

func mailDate(raw []byte) time.Time {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return time.Time{}
	}
	t, _ := m.Header.Date()
	return t
}

// summary prints the review queue, the placements with the kitchen's counts,
// and writes every sent mail to the sent folder.
func (d *demo) summary() error {
	if err := d.printReviews(); err != nil {
		return err
	}
	if err := d.printPlacements(); err != nil {
		return err
	}
	return d.writeSent()
}

func (d *demo) printReviews() error {
	d.printf("\nreview queue (what staff must look at):\n")
	return d.db.View(func(tx *store.Tx) error {
		return tx.Reviews(func(r *store.Review) error {
			if r.Open() {
				d.printf("  #%d  mail %d: %s\n", r.ID, r.Mail, strings.Join(r.Reasons, "; "))
			}
			return nil
		})
	})
}

func (d *demo) printPlacements() error {
	seats := map[int][]string{}
	var waitlist []string
	diets := map[tilmeld.Diet]int{}
	err := d.db.View(func(tx *store.Tx) error {
		return tx.Registrations(func(r *tilmeld.Registration) error {
			if !r.Active() {
				return nil
			}
			for _, a := range r.Attendees {
				label := a.Name
				if a.OffChoice {
					label += " (not a choice)"
				}
				if a.Workshop == 0 {
					waitlist = append(waitlist, a.Name)
				} else {
					seats[a.Workshop] = append(seats[a.Workshop], label)
				}
				for _, t := range a.Diet {
					diets[t]++
				}
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	d.printf("\nplacements:\n")
	for _, w := range d.cfg.Event.Workshops {
		d.printf("  %d %-34s %d/%d  %s\n", w.Number, w.Name, len(seats[w.Number]), w.Capacity, strings.Join(seats[w.Number], ", "))
	}
	if len(waitlist) > 0 {
		d.printf("  waitlist: %s\n", strings.Join(waitlist, ", "))
	}
	d.printf("\nkitchen:")
	for _, t := range tilmeld.Diets {
		if diets[t] > 0 {
			d.printf("  %s %d", t.Danish(), diets[t])
		}
	}
	d.printf("\n")
	return nil
}

func (d *demo) writeSent() error {
	sent := filepath.Join(d.dir, "sent")
	if err := os.MkdirAll(sent, 0o700); err != nil {
		return err
	}
	msgs := d.smtp.Messages()
	for i, m := range msgs {
		name := filepath.Join(sent, fmt.Sprintf("%03d.eml", i+1))
		if err := os.WriteFile(name, m.Data, 0o600); err != nil {
			return err
		}
	}
	kinds := map[string]int{}
	_ = d.db.View(func(tx *store.Tx) error {
		return tx.OutMails(func(m *store.OutMail) error {
			if !m.Sent.IsZero() {
				kinds[m.Kind]++
			}
			return nil
		})
	})
	keys := make([]string, 0, len(kinds))
	for k := range kinds {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	d.printf("\n%d mails sent (", len(msgs))
	for i, k := range keys {
		if i > 0 {
			d.printf(", ")
		}
		d.printf("%s %d", k, kinds[k])
	}
	d.printf("), written to %s\n", sent)
	return nil
}
