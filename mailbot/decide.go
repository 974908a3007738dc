package mailbot

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"

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
	b.undecided.Store(int64(len(ids)))
	if len(ids) == 0 {
		return 0, nil
	}
	// Mail that came after the deadline is placed at once, so the
	// allocation runs before it is read; if it fails, mail still flows.
	// With no mail waiting, Tick runs it and reports the mail it queued.
	if _, err := b.allocateIfDue(); err != nil {
		b.Log.Error("allocation", "error", err)
	}
	if ctx.Err() != nil {
		return 0, nil
	}
	b.deciding.Store(true)
	defer b.deciding.Store(false)
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	parsed := b.parseAhead(ctx, ids)
	n := 0
	var batch []pendingMail
	for {
		batch = gather(batch, parsed)
		if len(batch) == 0 || ctx.Err() != nil {
			break
		}
		decided, taken := b.decideChunk(batch)
		b.undecided.Add(-int64(taken))
		n += decided
		batch = batch[taken:]
	}
	stop()
	for range parsed {
		// Let the reader see the end and close.
	}
	return n, nil
}

// Mails are read and parsed in chunks, in parallel (the parser is pure),
// ahead of the deciding, which decides up to batchMails of them one after
// the other in one transaction: a burst of mail costs one commit per batch
// rather than one per mail, and the parsing goes on during the commit.
const (
	chunkMails = 64
	chunkBytes = 8 << 20
	// readAhead is how many parsed chunks may wait for the decider.
	readAhead = 8
	// batchMails bounds one deciding transaction.
	batchMails = 256
	// seenEvery spaces the fetcher's rounds of flagging decided mail
	// \Seen during a burst: each ends in a commit of its own, which
	// takes the writer lock from the deciding.
	seenEvery = 250 * time.Millisecond
)

// parseAhead reads and parses the mails of ids, in order, chunk by chunk,
// until ctx ends.
func (b *Bot) parseAhead(ctx context.Context, ids []uint64) <-chan []pendingMail {
	out := make(chan []pendingMail, readAhead)
	go func() {
		defer close(out)
		for len(ids) > 0 && ctx.Err() == nil {
			chunk := b.readChunk(ids)
			ids = ids[len(chunk):]
			select {
			case out <- chunk:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// gather appends to chunk the next parsed chunks, up to batchMails or the
// last of them.
func gather(chunk []pendingMail, parsed <-chan []pendingMail) []pendingMail {
	chunk = slices.Clip(chunk)
	for len(chunk) < batchMails {
		more, ok := <-parsed
		if !ok {
			return chunk
		}
		chunk = append(chunk, more...)
	}
	return chunk
}

// pendingMail is a mail read for deciding, with its reading once parsed.
type pendingMail struct {
	id uint64
	// raw is the bytes in the store's mapping, not a copy: valid only in
	// the read transaction that parses it.
	raw []byte
	res *parser.Result
	in  inbound
	err error
}

// readChunk reads and parses the first mails of ids, up to the chunk limits
// (always at least one mail). The parser reads the bytes in the store's
// mapping, inside the read transaction, rather than a copy of each mail;
// what it returns holds none of them. Once the chunk is parsed, its pages
// leave the process's memory (see store.Tx.DropViews): they are not read
// again, and a burst of mail would otherwise stay resident. They go all
// together, since the kernel maps the pages around each one read.
func (b *Bot) readChunk(ids []uint64) []pendingMail {
	var chunk []pendingMail
	err := b.DB.View(func(tx *store.Tx) error {
		size := 0
		var views [][]byte
		for _, id := range ids {
			if len(chunk) == chunkMails || (len(chunk) > 0 && size >= chunkBytes) {
				break
			}
			p := b.readStored(tx, id)
			chunk = append(chunk, p)
			views = append(views, p.raw)
			size += len(p.raw)
		}
		b.parseAll(chunk)
		tx.DropViews(views)
		return nil
	})
	if err != nil && len(chunk) == 0 {
		chunk = append(chunk, pendingMail{id: ids[0], err: err})
	}
	return chunk
}

// decideChunk decides the chunk's parsed mails in one transaction, or the
// first of them when the fetcher waits to commit. Should that fail, each
// mail is decided alone, so that one bad mail costs only itself. It returns
// how many mails it decided and how many of the chunk it took.
func (b *Bot) decideChunk(chunk []pendingMail) (decided, taken int) {
	var marks []*store.OutMail
	done := b.writes.other()
	err := b.DB.Update(func(tx *store.Tx) error {
		taken = len(chunk)
		for i := range chunk {
			if i > 0 && b.writes.fetcherWaits() {
				taken = i
				break
			}
			if err := b.decideOne(tx, &chunk[i]); err != nil {
				return err
			}
		}
		// The mails sent meanwhile are recorded in the same commit.
		marks = b.sent.take()
		return writeSent(tx, marks)
	})
	done()
	b.sent.end(b, marks, err == nil)
	if err == nil {
		// The fetcher flags the burst as it is decided, not all of it at
		// its end, and the replies may go.
		if b.decidedWake != nil && time.Since(b.seenWoken) >= seenEvery {
			b.seenWoken = time.Now()
			wake(b.decidedWake)
		}
		wake(b.queued)
		return taken, taken
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
			return n, len(chunk)
		}
	}
	return n, len(chunk)
}

// mailError is a failure to decide one mail, as opposed to the store
// failing to commit; only the former counts against the mail.
type mailError struct{ err error }

func (e mailError) Error() string { return e.err.Error() }
func (e mailError) Unwrap() error { return e.err }

// parseAll parses the chunk with one worker per processor, and reads the
// headers the conversation needs; it leaves no mail holding its raw bytes.
func (b *Bot) parseAll(chunk []pendingMail) {
	var wg sync.WaitGroup
	next := make(chan *pendingMail)
	for range min(runtime.GOMAXPROCS(0), len(chunk)) {
		wg.Go(func() {
			for p := range next {
				p.res, p.err = b.parse(p.raw)
				if p.err == nil {
					p.in = readInbound(p.raw, p.res.Mail)
				}
				p.raw = nil
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
	c := b.newConv(tx, m, p.in, p.res)
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
