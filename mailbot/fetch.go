package mailbot

import "context"

// Fetcher follows the mailbox and stores new mail.
type Fetcher struct {
	*Bot
	// Notify is called after a batch of new mail was committed.
	Notify func()
}

// Run follows the mailbox until ctx ends, reconnecting with backoff.
func (f *Fetcher) Run(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}
