package mailbot

import "context"

// ProcessPending decides every stored mail that awaits a decision, each in
// one transaction with the replies it causes. It returns how many it decided.
func (b *Bot) ProcessPending(ctx context.Context) (int, error) {
	return 0, nil
}

// Tick runs what the clock calls for: the allocation once the deadline has
// passed, the reminder the day before. It reports whether it queued mail.
func (b *Bot) Tick(ctx context.Context) (bool, error) {
	return false, nil
}
