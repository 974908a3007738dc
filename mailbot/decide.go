package mailbot

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"tilmeld"
	"tilmeld/parser"
	"tilmeld/store"
)

// maxFailures is how often deciding a mail may fail before it goes to
// staff review with the error, so that one bad mail never blocks the rest.
const maxFailures = 3

// ProcessPending decides every stored mail that awaits a decision, each
// with the replies it causes, in the order they arrived. It returns how many
// it decided.
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
	for len(ids) > 0 && ctx.Err() == nil {
		chunk := b.readChunk(ids)
		ids = ids[len(chunk):]
		n += b.decideChunk(chunk)
	}
	return n, nil
}

// Mails are decided in chunks: parsed in parallel (the parser is pure), then
// decided one after the other in one transaction, so a burst of mail costs
// one commit per chunk rather than one per mail.
const (
	chunkMails = 64
	chunkBytes = 8 << 20
)

// pendingMail is a mail read for deciding, with its reading once parsed.
type pendingMail struct {
	id  uint64
	raw []byte
	res *parser.Result
	err error
}

// readChunk reads the raw bytes of the first mails of ids, up to the chunk
// limits (always at least one mail).
func (b *Bot) readChunk(ids []uint64) []pendingMail {
	var chunk []pendingMail
	size := 0
	err := b.DB.View(func(tx *store.Tx) error {
		for _, id := range ids {
			if len(chunk) == chunkMails || (len(chunk) > 0 && size >= chunkBytes) {
				break
			}
			p := b.readStored(tx, id)
			chunk = append(chunk, p)
			size += len(p.raw)
		}
		return nil
	})
	if err != nil && len(chunk) == 0 {
		chunk = append(chunk, pendingMail{id: ids[0], err: err})
	}
	return chunk
}

// decideChunk parses the chunk's mails and decides them in one transaction.
// Should that fail, each mail is decided alone, so that one bad mail costs
// only itself. It returns how many mails it decided.
func (b *Bot) decideChunk(chunk []pendingMail) int {
	b.parseAll(chunk)
	err := b.DB.Update(func(tx *store.Tx) error {
		for i := range chunk {
			if err := b.decideOne(tx, &chunk[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		return len(chunk)
	}
	n := 0
	for i := range chunk {
		p := &chunk[i]
		err := b.DB.Update(func(tx *store.Tx) error {
			if err := b.decideOne(tx, p); err != nil {
				return mailError{err}
			}
			return nil
		})
		var me mailError
		switch {
		case err == nil:
			n++
		case errors.As(err, &me):
			b.Log.Error("decide mail", "mail", p.id, "error", me.err)
			if err := b.failed(p.id, me.err); err != nil {
				b.Log.Error("count failure", "mail", p.id, "error", err)
			}
		default:
			// The store could not commit (a full disk): no fault of this
			// mail's, so it is not counted; the next round tries again.
			b.Log.Error("cannot write the store; deciding paused", "error", err)
			return n
		}
	}
	return n
}

// mailError is a failure to decide one mail, as opposed to the store
// failing to commit; only the former counts against the mail.
type mailError struct{ err error }

func (e mailError) Error() string { return e.err.Error() }
func (e mailError) Unwrap() error { return e.err }

// parseAll parses the chunk with one worker per processor.
func (b *Bot) parseAll(chunk []pendingMail) {
	var wg sync.WaitGroup
	next := make(chan *pendingMail)
	for range min(runtime.GOMAXPROCS(0), len(chunk)) {
		wg.Go(func() {
			for p := range next {
				p.res, p.err = b.parse(p.raw)
			}
		})
	}
	for i := range chunk {
		if chunk[i].err == nil && chunk[i].res == nil {
			next <- &chunk[i]
		}
	}
	close(next)
	wg.Wait()
}

// decideOne decides one parsed mail inside tx.
func (b *Bot) decideOne(tx *store.Tx, p *pendingMail) error {
	if p.err != nil {
		return p.err
	}
	m, err := tx.Mail(p.id)
	if err != nil {
		return err
	}
	if m.Decision != nil {
		return nil // decided meanwhile; never twice
	}
	c := b.newConv(tx, m, p.raw, p.res)
	if err := c.decide(); err != nil {
		return err
	}
	return c.finish()
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
