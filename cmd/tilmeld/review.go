package main

// The review queue: mails the bot could not settle. The subcommands here are
// scriptable and run wherever the store is; the walk-through and $EDITOR in
// review_walk.go run at the user's terminal and call them.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"tilmeld"
	"tilmeld/parser"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "review",
		summary: "work through the mails the bot could not settle",
		usage: "[--config F] [list [--json] [--all] | show ID | resolve ID --name N [--email E] [--phone P] --first N [--second N] [--diet TAGS] | dismiss ID [--note T] | reply ID [--text T | --file F]]\n\n" +
			"Without a subcommand, goes through the open items one by one.\n\n" +
			"example: tilmeld review resolve 4 --name \"Hanne Larsen\" --first 2 --second 4 --diet vegetarian",
		run:    runReview,
		client: reviewClient,
	})
}

var reviewSubs = map[string]func(ctx context.Context, s *session, args []string) error{
	"list":    reviewList,
	"show":    reviewShow,
	"resolve": reviewResolve,
	"dismiss": reviewDismiss,
	"reply":   reviewReply,
}

func runReview(ctx context.Context, s *session, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: the walk-through needs a terminal; give a subcommand", errUsage)
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		newStaffFlags(s, "review").Usage()
		return flag.ErrHelp
	}
	sub, ok := reviewSubs[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown subcommand %q", errUsage, args[0])
	}
	return sub(ctx, s, args[1:])
}

// reviewItem is an item with the mail it is about, read again by the parser
// for display: the reading is the parser's, not stored.
type reviewItem struct {
	store.Review
	Open bool   `json:"open"`
	From string `json:"from"`
	Name string `json:"from_name"`
	// Email is the address a registration from this mail would get by
	// default: the sender's, unless that is the event's own mailbox.
	Email   string         `json:"email"`
	Subject string         `json:"subject"`
	Date    time.Time      `json:"date,omitzero"`
	Reading *parser.Output `json:"reading,omitempty"`
	// Resolve is the resolve command line the reading suggests, when it is whole.
	Resolve []string `json:"resolve,omitempty"`

	mail   *store.Mail
	result *parser.Result
}

func loadItem(tx *store.Tx, ev *tilmeld.Event, rv *store.Review) *reviewItem {
	it := &reviewItem{Review: *rv, Open: rv.Open()}
	if rv.Mail == 0 {
		return it
	}
	m, err := tx.Mail(rv.Mail)
	if err != nil {
		return it
	}
	it.mail = m
	raw, err := tx.Raw(rv.Mail)
	if err != nil {
		return it
	}
	it.result = parser.Parse(raw, ev)
	pm := it.result.Mail
	if pm != nil {
		it.From, it.Name, it.Subject, it.Date = replyAddress(pm), pm.FromName, pm.Subject, pm.Date
		it.Email = senderAddress(ev, it.From)
	}
	out := it.result.Output("")
	it.Reading = &out
	if it.result.Intent == tilmeld.IntentRegister || rv.Registration != 0 {
		// A change or cancellation from an unknown sender must not become a
		// second registration at one keystroke.
		it.Resolve = suggestResolve(rv.ID, it.result, it.Email)
	}
	return it
}

// senderAddress is from as a resident's address: "" when it is the event's
// own mailbox, as when staff forward a registration they were handed.
func senderAddress(ev *tilmeld.Event, from string) string {
	if strings.EqualFold(from, ev.Address) {
		return ""
	}
	return from
}

func replyAddress(m *parser.Mail) string {
	if m.ReplyTo != "" {
		return m.ReplyTo
	}
	return m.FromAddr
}

// suggestResolve turns a whole reading into the resolve command staff can
// accept as it is; nil when an attendee lacks a name or a 1st choice.
func suggestResolve(id uint64, r *parser.Result, from string) []string {
	if len(r.Attendees) == 0 {
		return nil
	}
	args := []string{"review", "resolve", strconv.FormatUint(id, 10)}
	email := r.Contact.Email
	if email == "" {
		email = from
	}
	if email != "" {
		args = append(args, "--email", email)
	}
	if r.Contact.Phone != "" {
		args = append(args, "--phone", r.Contact.Phone)
	}
	for _, a := range r.Attendees {
		if a.Name == "" || a.First() == 0 || a.First() == a.Second() {
			return nil
		}
		args = append(args, attendeeArgs(&a)...)
	}
	return args
}

func attendeeArgs(a *tilmeld.Attendee) []string {
	args := []string{"--name", a.Name, "--first", strconv.Itoa(a.First())}
	if a.Second() != 0 {
		args = append(args, "--second", strconv.Itoa(a.Second()))
	}
	if len(a.Diet) > 0 {
		ds := make([]string, len(a.Diet))
		for i, d := range a.Diet {
			ds[i] = string(d)
		}
		args = append(args, "--diet", strings.Join(ds, ","))
	}
	if a.DietText != "" {
		args = append(args, "--diet-text", a.DietText)
	}
	return args
}

func reviewList(ctx context.Context, s *session, args []string) error {
	fs := newFlags(s.Env, "review")
	asJSON := fs.Bool("json", false, "print JSON")
	all := fs.Bool("all", false, "include closed items")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	items := []*reviewItem{}
	err := s.db.View(func(tx *store.Tx) error {
		return tx.Reviews(func(rv *store.Review) error {
			if rv.Open() || *all {
				items = append(items, loadItem(tx, &s.cfg.Event, rv))
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONValue(s.Stdout, items)
	}
	printReviewList(s.Stdout, s.cfg, items)
	return nil
}

func printReviewList(w io.Writer, cfg *tilmeld.Config, items []*reviewItem) {
	if len(items) == 0 {
		fmt.Fprintln(w, "Ingen sager venter.")
		return
	}
	for _, it := range items {
		state := ""
		if !it.Open {
			state = " [lukket: " + it.Resolution + "]"
		}
		fmt.Fprintf(w, "%3d  %s  %s  %q%s\n", it.ID, localTime(cfg, it.Created).Format("02-01 15:04"),
			orDash(it.From), it.Subject, state)
		if len(it.Reasons) > 0 {
			fmt.Fprintf(w, "     %s\n", strings.Join(it.Reasons, "; "))
		}
	}
	fmt.Fprintf(w, "\n%s. Se en sag: tilmeld review show NR\n", plural(len(items), "sag", "sager"))
}

// itemArg reads the item number that follows a subcommand, with its flags
// before or after it.
func itemArg(fs *flag.FlagSet, args []string) (uint64, error) {
	pos, err := flagsAndArgs(fs, args)
	if err != nil {
		return 0, err
	}
	return numberArg(pos, "an", "item")
}

func getReview(tx *store.Tx, id uint64) (*store.Review, error) {
	rv, err := tx.Review(id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("der er ingen sag %d i gennemgangen", id)
	}
	return rv, err
}

func openReview(tx *store.Tx, id uint64) (*store.Review, error) {
	rv, err := getReview(tx, id)
	if err == nil && !rv.Open() {
		err = fmt.Errorf("sag %d er allerede lukket: %s", id, rv.Resolution)
	}
	return rv, err
}

func reviewShow(ctx context.Context, s *session, args []string) error {
	id, err := itemArg(newFlags(s.Env, "review"), args)
	if err != nil {
		return err
	}
	return s.db.View(func(tx *store.Tx) error {
		rv, err := getReview(tx, id)
		if err != nil {
			return err
		}
		printItem(s.Stdout, s.cfg, loadItem(tx, &s.cfg.Event, rv))
		return nil
	})
}

func reviewDismiss(ctx context.Context, s *session, args []string) error {
	fs := newFlags(s.Env, "review")
	note := fs.String("note", "", "why, for the record")
	id, err := itemArg(fs, args)
	if err != nil {
		return err
	}
	resolution := "ikke en tilmelding"
	if *note != "" {
		resolution += ": " + *note
	}
	return s.db.Update(func(tx *store.Tx) error {
		rv, err := openReview(tx, id)
		if err != nil {
			return err
		}
		if err := closeReview(s, tx, rv, resolution); err != nil {
			return err
		}
		fmt.Fprintf(s.Stdout, "Sag %d lukket: %s.\n", id, resolution)
		return nil
	})
}

func closeReview(s *session, tx *store.Tx, rv *store.Review, resolution string) error {
	rv.Resolved, rv.Resolution = tx.Now(), resolution
	if err := tx.PutReview(rv); err != nil {
		return err
	}
	return s.audit(tx, "review", fmt.Sprintf("sag %d: %s", rv.ID, resolution))
}

func reviewReply(ctx context.Context, s *session, args []string) error {
	fs := newFlags(s.Env, "review")
	text := fs.String("text", "", "the answer")
	fs.String("file", "", "read the answer from this file")
	keep := fs.Bool("keep-open", false, "leave the item open after answering")
	id, err := itemArg(fs, args)
	if err != nil {
		return err
	}
	body := strings.TrimSpace(*text)
	if body == "" {
		return fmt.Errorf("%w: the answer is empty (give --text, --file, or no flag to write it in $EDITOR)", errUsage)
	}
	return s.db.Update(func(tx *store.Tx) error {
		rv, err := getReview(tx, id)
		if err != nil {
			return err
		}
		if err := s.bot.StaffReply(tx, id, body, s.user); err != nil {
			return err
		}
		fmt.Fprintf(s.Stdout, "Svar på sag %d lagt i udbakken.\n", id)
		if *keep || !rv.Open() {
			return s.audit(tx, "review", fmt.Sprintf("sag %d: besvaret", id))
		}
		return closeReview(s, tx, rv, "besvaret")
	})
}
