package mailbot

import "context"

// Sender delivers the outbox over SMTP.
type Sender struct {
	*Bot
}

// Run sends due mail when woken and on a timer, until ctx ends.
func (s *Sender) Run(ctx context.Context, wakeup <-chan struct{}) error {
	<-ctx.Done()
	return ctx.Err()
}
