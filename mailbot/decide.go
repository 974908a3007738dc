package mailbot

import (
	"context"
	"errors"
	"fmt"

	"tilmeld"
	"tilmeld/parser"
	"tilmeld/store"
)

// maxFailures is how often deciding a mail may fail before it goes to
// staff review with the error, so that one bad mail never blocks the rest.
const maxFailures = 3

// ProcessPending decides every stored mail that awaits a decision, each in
// one transaction with the replies it causes. It returns how many it decided.
func (b *Bot) ProcessPending(ctx context.Context) (int, error) {
	ids, err := b.DB.Pending()
	if err != nil {
		return 0, fmt.Errorf("pending mail: %w", err)
	}
	if len(ids) == 0 {
		return 0, nil
	}
	// Mail that came after the deadline is placed at once, so the
	// allocation runs before it is read; if it fails, mail still flows.
	// With no mail waiting, Tick runs it and reports the mail it queued.
	if _, err := b.allocateIfDue(); err != nil {
		b.Log.Error("allocation", "error", err)
	}
	n := 0
	for _, id := range ids {
		if ctx.Err() != nil {
			return n, nil
		}
		if err := b.processMail(id); err != nil {
			b.Log.Error("decide mail", "mail", id, "error", err)
			if err := b.failed(id, err); err != nil {
				b.Log.Error("count failure", "mail", id, "error", err)
			}
			continue
		}
		n++
	}
	return n, nil
}

// processMail reads and parses mail id, then decides it in one transaction.
func (b *Bot) processMail(id uint64) error {
	var raw []byte
	err := b.DB.View(func(tx *store.Tx) error {
		var err error
		raw, err = tx.Raw(id)
		return err
	})
	if err != nil {
		return fmt.Errorf("read mail: %w", err)
	}
	res, err := b.parse(raw)
	if err != nil {
		return err
	}
	return b.DB.Update(func(tx *store.Tx) error {
		m, err := tx.Mail(id)
		if err != nil {
			return err
		}
		if m.Decision != nil {
			return nil // decided meanwhile; never twice
		}
		c := b.newConv(tx, m, raw, res)
		if err := c.decide(); err != nil {
			return err
		}
		return c.finish()
	})
}

// parse runs the parser, turning a panic into an error.
func (b *Bot) parse(raw []byte) (res *parser.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("parser panicked: %v", p)
		}
	}()
	parse := b.Parse
	if parse == nil {
		parse = parser.Parse
	}
	res = parse(raw, &b.Config.Event)
	if res == nil {
		return nil, errors.New("parser returned no result")
	}
	return res, nil
}

// failed counts a failure of mail id; at maxFailures the mail is decided
// as a review item carrying the error.
func (b *Bot) failed(id uint64, cause error) error {
	return b.DB.Update(func(tx *store.Tx) error {
		n, err := tx.CountFailure(id)
		if err != nil || n < maxFailures {
			return err
		}
		reason := fmt.Sprintf("The bot failed %d times to decide this mail: %v", n, cause)
		rv := &store.Review{Mail: id, Reasons: []string{reason}}
		if err := tx.AddReview(rv); err != nil {
			return err
		}
		return tx.Decide(id, &store.Decision{Intent: string(tilmeld.IntentOther),
			Status: string(tilmeld.StatusReview), Action: "review", Review: rv.ID, Reasons: []string{reason}})
	})
}

// Tick runs what the clock calls for: the allocation once the deadline has
// passed, the reminder the day before. It reports whether it queued mail.
func (b *Bot) Tick(ctx context.Context) (bool, error) {
	allocatedNow, err := b.allocateIfDue()
	if err != nil {
		return false, err
	}
	reminded, err := b.remindIfDue()
	if err != nil {
		return allocatedNow, err
	}
	return allocatedNow || reminded, nil
}

// DescribeDecision says in one line what the bot made of a mail, for the
// staff commands and the demo: "registered (registration 3), 1 reply".
func DescribeDecision(d *store.Decision) string {
	if d == nil {
		return "pending"
	}
	s := d.Action
	if d.Registration != 0 {
		s += fmt.Sprintf(" (registration %d)", d.Registration)
	}
	switch len(d.Replies) {
	case 0:
		s += ", no reply"
	case 1:
		s += ", 1 reply"
	default:
		s += fmt.Sprintf(", %d replies", len(d.Replies))
	}
	if d.Review != 0 {
		s += fmt.Sprintf(", review item %d", d.Review)
	}
	return s
}
