// Package mailbot is the daemon: it follows the mailbox over IMAP, keeps
// every mail in the store first, decides what each mail means and what to
// answer, sends the answers from the outbox, and runs the deadline.
//
// Goroutines (see Run): the fetcher stores new mail a batch per
// transaction and wakes the processor; the processor's readers parse
// pending mail ahead, in parallel, and the processor decides it in order,
// up to 256 mails per transaction, waking the fetcher (to flag them \Seen)
// and the sender after each; the sender drains the outbox, holding back
// while a burst is being decided, and its sent marks ride in the next
// deciding transaction or a group commit of their own; the clock ticks the
// deadline and the reminder. The fetcher's commits go before the others'.
// Each loop also runs on a timer, so a lost wake-up only delays.
package mailbot

import (
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"tilmeld"
	"tilmeld/parser"
	"tilmeld/store"
)

// Bot holds what every part of the daemon shares.
type Bot struct {
	Config *tilmeld.Config
	DB     *store.DB
	Log    *slog.Logger
	// Parse reads a mail; nil means parser.Parse. Tests set their own.
	Parse func(raw []byte, ev *tilmeld.Event) *parser.Result
	// Status is the daemon's state for `tilmeld status`.
	Status Status
	// queued wakes the sender: mail waits in the outbox.
	queued chan struct{}
	// sent holds the mails the SMTP server accepted until they are
	// recorded as sent.
	sent *sentMarks
	// deciding is set while ProcessPending runs.
	deciding atomic.Bool
	// decidedWake, when set, tells the fetcher that a batch of mail was
	// decided and awaits \Seen.
	decidedWake chan struct{}
	// seenWoken is when the processor last woke it.
	seenWoken time.Time
	// undecided counts the stored mails that await a decision, as the
	// fetcher and the processor last saw them.
	undecided atomic.Int64
	// writes puts the fetcher's commits first.
	writes writeOrder
	// eventWords is the event as every reply shows it.
	eventWords eventWords
}

// writeOrder gives the fetcher's commits precedence over the other
// writers of the store (the deciding, the sent marks): bbolt has one
// writer lock and no order among those waiting for it, and a fetcher
// waiting behind the deciding starves the deciding of mail in turn, while
// the mail server idles.
type writeOrder struct {
	rw       sync.RWMutex
	fetching atomic.Int32
}

// fetch holds the other writers off until done is called; those writing
// finish first.
func (w *writeOrder) fetch() (done func()) {
	w.fetching.Add(1)
	w.rw.Lock()
	return func() {
		w.rw.Unlock()
		w.fetching.Add(-1)
	}
}

// other waits while the fetcher writes or waits to.
func (w *writeOrder) other() (done func()) {
	w.rw.RLock()
	return w.rw.RUnlock
}

// fetcherWaits reports that the fetcher waits to write: a long
// transaction ends early.
func (w *writeOrder) fetcherWaits() bool { return w.fetching.Load() > 0 }

// New returns a bot for cfg over db.
func New(cfg *tilmeld.Config, db *store.DB, log *slog.Logger) *Bot {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Bot{Config: cfg, DB: db, Log: log, queued: make(chan struct{}, 1), sent: newSentMarks()}
}

// wake signals a loop without blocking: one pending signal is enough.
func wake(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// WakeSender tells a running sender that mail was queued outside the
// processor, such as by a staff command, so it goes out now, not on a timer.
func (b *Bot) WakeSender() { wake(b.queued) }
