// Package mailbot is the daemon: it follows the mailbox over IMAP, keeps
// every mail in the store first, decides what each mail means and what to
// answer, sends the answers from the outbox, and runs the deadline.
//
// Goroutines (see Run): the fetcher stores new mail and wakes the processor;
// the processor decides pending mails one transaction each and wakes the
// sender; the sender drains the outbox; the clock ticks the deadline and the
// reminder. Each loop also runs on a timer, so a lost wake-up only delays.
package mailbot

import (
	"log/slog"

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
}

// New returns a bot for cfg over db.
func New(cfg *tilmeld.Config, db *store.DB, log *slog.Logger) *Bot {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Bot{Config: cfg, DB: db, Log: log, queued: make(chan struct{}, 1)}
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
