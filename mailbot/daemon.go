package mailbot

import (
	"context"
	"errors"
	"time"

	"golang.org/x/sync/errgroup"
)

// Run runs the daemon until ctx ends: fetcher, processor, sender and clock.
// On cancel it stops fetching first and lets the other loops finish the
// transaction they are in.
func (b *Bot) Run(ctx context.Context) error {
	b.Status.started()
	fetched := make(chan struct{}, 1)
	queued := b.queued                // mail waits in the outbox
	decided := make(chan struct{}, 1) // mails wait for \Seen
	b.decidedWake = decided
	g, ctx := errgroup.WithContext(ctx)
	f := &Fetcher{Bot: b, Notify: func() { wake(fetched) }, Decided: decided}
	s := &Sender{Bot: b}
	g.Go(func() error { return f.Run(ctx) })
	g.Go(func() error { return b.processLoop(ctx, fetched, queued, decided) })
	g.Go(func() error { return s.Run(ctx, queued) })
	if addr := b.Config.Metrics.Listen; addr != "" {
		g.Go(func() error { return b.serveMetrics(ctx, addr) })
	}
	err := g.Wait()
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// processLoop decides pending mail when woken, and on a timer; it also ticks
// the clock so the deadline runs without any mail arriving.
func (b *Bot) processLoop(ctx context.Context, fetched <-chan struct{}, queued, decided chan struct{}) error {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		n, err := b.ProcessPending(ctx)
		if err != nil {
			b.Log.Error("process pending mail", "error", err)
		}
		changed, err := b.Tick(ctx)
		if err != nil {
			b.Log.Error("clock", "error", err)
		}
		if n > 0 {
			wake(decided)
		}
		if n > 0 || changed {
			wake(queued)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-fetched:
		case <-tick.C:
		}
	}
}
