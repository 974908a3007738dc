package mailbot

import (
	"fmt"
	"slices"
	"time"

	"tilmeld"
	"tilmeld/allocate"
	"tilmeld/store"
)

// allocateIfDue runs the allocation once the store's clock has passed the
// deadline, and only once: the mark is set in the transaction that stores
// the seats and queues the placement mails, so a restart neither skips nor
// repeats it. It reports whether it ran.
func (b *Bot) allocateIfDue() (bool, error) {
	if !b.DB.Now().After(b.Config.Event.Deadline) || b.marked(markAllocated) {
		return false, nil
	}
	ran := false
	err := b.DB.Update(func(tx *store.Tx) error {
		if allocated(tx) {
			return nil
		}
		ran = true
		return b.allocate(tx)
	})
	if err != nil {
		return false, fmt.Errorf("allocation: %w", err)
	}
	return ran, nil
}

// allocate places every active registration, stores the seats, queues one
// placement mail per registration and sets the mark. Registrations without
// a name stay incomplete and go to staff review.
func (b *Bot) allocate(tx *store.Tx) error {
	regs, held, err := b.toAllocate(tx)
	if err != nil {
		return err
	}
	// The allocation package's own adapter orders the registrations and
	// drops choices of workshops that do not exist.
	in, refs := allocate.FromRegistrations(b.Config.Event.Workshops, regs)
	seats, err := allocate.Allocate(in)
	if err != nil {
		return err
	}
	allocate.Apply(regs, refs, seats)
	if err := tx.SetMark(markAllocated); err != nil {
		return err
	}
	for i := range regs {
		if err := b.placed(tx, &regs[i]); err != nil {
			return err
		}
	}
	for _, r := range held {
		if err := b.holdNameless(tx, r); err != nil {
			return err
		}
	}
	return nil
}

// Reallocate places everyone again after the allocation ran, for a change
// of rooms (a capacity the corona rules cut): current seats are kept
// wherever that costs no one a better choice, the fewest people move, and
// only those whose seat changed, or who never had a placement mail, are
// mailed. It returns the IDs of the registrations mailed.
func (b *Bot) Reallocate(tx *store.Tx, who string) ([]uint64, error) {
	if !allocated(tx) {
		return nil, fmt.Errorf("the allocation has not run yet; it runs by itself when the deadline passes")
	}
	regs, _, err := b.toAllocate(tx)
	if err != nil {
		return nil, err
	}
	in, refs := allocate.FromRegistrations(b.Config.Event.Workshops, regs)
	seats, err := allocate.Allocate(in)
	if err != nil {
		return nil, err
	}
	mail := allocate.Apply(regs, refs, seats)
	for i := range regs {
		r := &regs[i]
		if !slices.Contains(mail, r.ID) {
			settle(r, true)
			if err := tx.PutRegistration(r); err != nil {
				return nil, err
			}
			continue
		}
		if err := tx.AddHistory(r.ID, store.HistoryEntry{Kind: "staff", Who: who, Text: "placed again after a change of rooms"}); err != nil {
			return nil, err
		}
		if err := b.placed(tx, r); err != nil {
			return nil, err
		}
	}
	return mail, nil
}

// toAllocate returns the active registrations to place, and apart from
// them those that lack a name.
func (b *Bot) toAllocate(tx *store.Tx) (regs []tilmeld.Registration, held []*tilmeld.Registration, err error) {
	err = tx.Registrations(func(r *tilmeld.Registration) error {
		switch {
		case !r.Active():
		case slices.Contains(missingOf(r), tilmeld.MissingName):
			held = append(held, r)
		default:
			regs = append(regs, *r)
		}
		return nil
	})
	return regs, held, err
}

// placed stores r's seats and queues its placement mail.
func (b *Bot) placed(tx *store.Tx, r *tilmeld.Registration) error {
	settle(r, true)
	r.Placed = tx.Now()
	if err := tx.PutRegistration(r); err != nil {
		return err
	}
	if err := tx.AddHistory(r.ID, store.HistoryEntry{Kind: "allocation", Text: "placed: " + b.seatSummary(r)}); err != nil {
		return err
	}
	return b.notify(tx, r, KindPlacement, "")
}

func (b *Bot) holdNameless(tx *store.Tx, r *tilmeld.Registration) error {
	if err := tx.AddHistory(r.ID, store.HistoryEntry{Kind: "allocation", Text: "not placed: a name is missing"}); err != nil {
		return err
	}
	return tx.AddReview(&store.Review{Registration: r.ID, Reasons: []string{
		fmt.Sprintf("Registration %d was not placed at the deadline: a name is missing.", r.ID)}})
}

// marked reports whether the once-only step name has run, in a read-only
// transaction, so the clock's ticks write nothing once it has.
func (b *Bot) marked(name string) bool {
	done := false
	_ = b.DB.View(func(tx *store.Tx) error {
		done = !tx.Mark(name).IsZero()
		return nil
	})
	return done
}

// reminderDue is when the reminder goes: 10.00 the day before the event.
func reminderDue(ev *tilmeld.Event) time.Time {
	s := ev.Starts
	return time.Date(s.Year(), s.Month(), s.Day()-1, 10, 0, 0, 0, s.Location())
}

// remindIfDue mails everyone with a seat the day before the event, once
// (mark "reminder"). It reports whether it ran.
func (b *Bot) remindIfDue() (bool, error) {
	now := b.DB.Now()
	ev := &b.Config.Event
	if now.Before(reminderDue(ev)) || !now.Before(ev.Starts) || b.marked(markReminder) {
		return false, nil
	}
	ran := false
	err := b.DB.Update(func(tx *store.Tx) error {
		if !allocated(tx) || !tx.Mark(markReminder).IsZero() {
			return nil
		}
		ran = true
		if err := tx.SetMark(markReminder); err != nil {
			return err
		}
		return b.remind(tx)
	})
	if err != nil {
		return false, fmt.Errorf("reminder: %w", err)
	}
	return ran, nil
}

func (b *Bot) remind(tx *store.Tx) error {
	var regs []*tilmeld.Registration
	err := tx.Registrations(func(r *tilmeld.Registration) error {
		if r.Active() && len(seatsOf(r)) > 0 {
			regs = append(regs, r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, r := range regs {
		if err := b.notify(tx, r, KindReminder, ""); err != nil {
			return err
		}
	}
	return nil
}
