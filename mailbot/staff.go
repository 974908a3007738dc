package mailbot

import (
	"errors"

	"tilmeld"
	"tilmeld/store"
)

// Staff actions. Each runs inside the caller's transaction, records the
// change in the registration's history and queues what the resident must be
// told, so the staff commands and the daemon share one path.

var errNotYet = errors.New("not implemented yet")

// StaffRegister stores a registration made by staff (a phone call, or a
// resolved review item) and queues its receipt, or its placement when the
// allocation has already run.
func (b *Bot) StaffRegister(tx *store.Tx, r *tilmeld.Registration, who string) error {
	return errNotYet
}

// StaffUpdate saves a registration staff edited and queues a confirmation
// of the change when the resident has an address.
func (b *Bot) StaffUpdate(tx *store.Tx, r *tilmeld.Registration, who, what string) error {
	return errNotYet
}

// StaffCancel cancels registration id, frees its seats for the waitlist and
// tells the resident.
func (b *Bot) StaffCancel(tx *store.Tx, id uint64, who string) error {
	return errNotYet
}

// StaffReply queues a free-text answer from staff to the sender of review
// item id, in the mail's thread.
func (b *Bot) StaffReply(tx *store.Tx, reviewID uint64, body, who string) error {
	return errNotYet
}
