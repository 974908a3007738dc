package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"time"

	"tilmeld/mailbot"
	"tilmeld/store"
)

// statusTimeout bounds the wait for the daemon, which runs staff commands
// one at a time: a health check must not hang.
const statusTimeout = 20 * time.Second

func init() {
	registerStaff(staffCommand{
		name:    "status",
		summary: "is the daemon running and connected; its mail, queues and next step",
		usage: "[--config FILE] [--json]\n\nExit 0 when the daemon answers and is connected to the mailbox, 1 otherwise\n" +
			"(for Docker's HEALTHCHECK and monitoring).\n\nexample: tilmeld status --config /etc/tilmeld/tilmeld.toml",
		run:    runStatus,
		client: statusClient,
	})
}

// statusClient asks the daemon and nothing else: without a daemon the
// answer is "not running", and the store is left alone, so a health check
// never holds the file the daemon is about to open.
func statusClient(ctx context.Context, env *Env, c *client, args []string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, statusTimeout)
	defer cancel()
	req := mailbot.AdminRequest{Args: append([]string{"status"}, args...), User: c.user}
	f, err := mailbot.DialAdmin(ctx, c.cfg.Admin.Socket, req, env.Stdout, env.Stderr)
	if errors.Is(err, mailbot.ErrNoDaemon) {
		fmt.Fprintf(env.Stdout, "tilmeld is not running: nothing answers on %s\n", c.cfg.Admin.Socket)
		return true, errors.New("the daemon is not running")
	}
	if err != nil {
		return true, err
	}
	return true, frameError(f)
}

// statusReport is what `tilmeld status --json` prints.
type statusReport struct {
	Version string                 `json:"version"`
	Daemon  mailbot.StatusSnapshot `json:"daemon"`
	Mailbox string                 `json:"mailbox"`
	// DecidedToday counts mails decided since midnight (the store's clock).
	DecidedToday int `json:"decided_today"`
	// Pending mails are stored but not yet decided.
	Pending       int       `json:"pending"`
	ReviewOpen    int       `json:"review_open"`
	OutboxPending int       `json:"outbox_pending"`
	OutboxFailed  int       `json:"outbox_failed"`
	Now           time.Time `json:"now"`
	mailbot.Schedule
}

func runStatus(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "status")
	asJSON := fs.Bool("json", false, "print JSON for monitoring")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	r, err := gatherStatus(s)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(s.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return err
		}
	} else {
		printStatus(s.Stdout, r)
	}
	switch {
	case r.Daemon.Started.IsZero():
		return errors.New("the daemon is not running")
	case !r.Daemon.Connected:
		return errors.New("the daemon is not connected to the mailbox")
	}
	return nil
}

func gatherStatus(s *session) (*statusReport, error) {
	r := &statusReport{Version: currentVersion(), Daemon: s.bot.Status.Snapshot(),
		Mailbox: s.cfg.IMAP.Address + " " + s.cfg.IMAP.Mailbox, Now: s.db.Now()}
	pending, err := s.db.Pending()
	if err != nil {
		return nil, err
	}
	r.Pending = len(pending)
	err = s.db.View(func(tx *store.Tx) error {
		r.Schedule = s.bot.Schedule(tx)
		return countStatus(tx, r)
	})
	return r, err
}

// countStatus fills in the counts that come from the store.
func countStatus(tx *store.Tx, r *statusReport) error {
	y, m, d := r.Now.Date()
	midnight := time.Date(y, m, d, 0, 0, 0, 0, r.Now.Location())
	err := tx.Mails(func(m *store.Mail) error {
		if m.Decision != nil && !m.Decision.Time.Before(midnight) {
			r.DecidedToday++
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = tx.Reviews(func(rv *store.Review) error {
		if rv.Open() {
			r.ReviewOpen++
		}
		return nil
	})
	if err != nil {
		return err
	}
	return tx.OutMails(func(o *store.OutMail) error {
		switch {
		case !o.Failed.IsZero():
			r.OutboxFailed++
		case o.Sent.IsZero():
			r.OutboxPending++
		}
		return nil
	})
}

func printStatus(w io.Writer, r *statusReport) {
	d := r.Daemon
	wall := time.Now()
	if d.Started.IsZero() {
		fmt.Fprintf(w, "tilmeld %s is not running\n", r.Version)
	} else {
		fmt.Fprintf(w, "tilmeld %s, running since %s\n", r.Version, when(d.Started, wall))
	}
	if d.Connected {
		fmt.Fprintf(w, "imap      connected to %s since %s\n", r.Mailbox, when(d.Since, wall))
	} else {
		fmt.Fprintf(w, "imap      NOT connected to %s%s\n", r.Mailbox, sinceText(d.Since, wall))
	}
	if d.LastError != "" {
		fmt.Fprintf(w, "          last error: %s\n", d.LastError)
	}
	fmt.Fprintf(w, "mail      last new mail %s; last look %s; %d fetched since start, %d reconnects\n",
		when(d.LastMail, wall), when(d.LastCheck, wall), d.Fetched, d.Reconnects)
	fmt.Fprintf(w, "today     decided %d, waiting for a decision %d\n", r.DecidedToday, r.Pending)
	fmt.Fprintf(w, "review    %d open\n", r.ReviewOpen)
	fmt.Fprintf(w, "outbox    %d waiting, %d failed; last sent %s\n", r.OutboxPending, r.OutboxFailed, when(d.LastSent, wall))
	if d.SendError != "" {
		fmt.Fprintf(w, "          last send problem: %s\n", d.SendError)
	}
	fmt.Fprintln(w, nextStep(r))
}

// nextStep names what the daemon does next on its own.
func nextStep(r *statusReport) string {
	switch {
	case r.Allocated.IsZero():
		return fmt.Sprintf("next      the deadline %s (%s): workshops are allocated then", stamp(r.Deadline), relative(r.Deadline, r.Now))
	case r.ReminderSent.IsZero() && r.Now.Before(r.Starts):
		return fmt.Sprintf("next      the reminder %s (%s); allocated %s", stamp(r.Reminder), relative(r.Reminder, r.Now), stamp(r.Allocated))
	case r.Now.Before(r.Starts):
		return fmt.Sprintf("next      the event %s (%s); reminder sent %s", stamp(r.Starts), relative(r.Starts, r.Now), stamp(r.ReminderSent))
	}
	return fmt.Sprintf("next      nothing: the event began %s (%s)", stamp(r.Starts), relative(r.Starts, r.Now))
}

func stamp(t time.Time) string { return t.Format("2006-01-02 15:04 MST") }

// when is a time with how long ago, or "never".
func when(t, now time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Format("2006-01-02 15:04:05") + " (" + relative(t, now) + ")"
}

func sinceText(t, now time.Time) string {
	if t.IsZero() {
		return " (not yet)"
	}
	return " since " + when(t, now)
}

// relative says "in 3d 4h" or "2h 5m ago".
func relative(t, now time.Time) string {
	d := t.Sub(now)
	if d >= 0 {
		return "in " + span(d)
	}
	return span(-d) + " ago"
}

// span rounds d to its two largest units.
func span(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm %ds", int(d.Minutes()), int(d.Seconds())%60)
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh %dm", int(d.Hours()), int(d.Minutes())%60)
	case d >= 2*365*24*time.Hour:
		return fmt.Sprintf("%d years", int(d.Hours())/(365*24))
	}
	return fmt.Sprintf("%dd %dh", int(d.Hours())/24, int(d.Hours())%24)
}

// currentVersion is the -X main.version value, or the module version of a
// `go install`, as `tilmeld version` prints it.
func currentVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && version == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return version
}
