package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"tilmeld"
	"tilmeld/allocate"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "allocate",
		summary: "show how the workshops would be filled, beside first come, first served",
		usage: "--dry-run [--config F] [--demo N [--seed S]] | --apply [--config F]\n\n" +
			"--dry-run reads the registrations in the store (--demo N generates N instead).\n" +
			"--apply, after the deadline, places everyone again for changed room capacities:\n" +
			"seats are kept where possible, the fewest move, and only they are mailed.\n" +
			"example: tilmeld allocate --dry-run --config tilmeld.toml",
		run: runAllocate,
	})
}

func runAllocate(_ context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "allocate")
	dryRun := fs.Bool("dry-run", false, "print the comparison; store and mail nothing")
	apply := fs.Bool("apply", false, "after the deadline: place everyone again for changed capacities, and mail those who move")
	demo := fs.Int("demo", 0, "allocate `N` generated registrations instead of the store's")
	seed := fs.Uint64("seed", 1, "seed of the generated registrations")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	case *apply && !*dryRun:
		return reallocate(s)
	case !*dryRun:
		// The daemon allocates once, at the deadline, by itself.
		return fmt.Errorf("%w: give --dry-run to look, or --apply to place again after a change of rooms", errUsage)
	}
	ev := s.cfg.Event
	regs, source, err := allocationInput(s, *demo, *seed)
	if err != nil {
		return err
	}
	in, _ := allocate.FromRegistrations(ev.Workshops, regs)
	c, err := allocate.Compare(in)
	if err != nil {
		return err
	}
	fmt.Fprintf(s.Stdout, "%s: %d tilmeldinger, %d deltagere (%s)\n\n", ev.Name, len(regs), len(in.People), source)
	if err := c.WriteTable(s.Stdout); err != nil {
		return err
	}
	_, err = fmt.Fprint(s.Stdout, "\n", allocate.Rules)
	return err
}

// allocationInput returns the store's registrations, or n generated ones.
func allocationInput(s *session, n int, seed uint64) ([]tilmeld.Registration, string, error) {
	if n > 0 {
		return demoRegistrations(s.cfg.Event, n, seed), fmt.Sprintf("genereret, seed %d", seed), nil
	}
	var regs []tilmeld.Registration
	err := s.db.View(func(tx *store.Tx) error {
		return tx.Registrations(func(r *tilmeld.Registration) error {
			regs = append(regs, *r)
			return nil
		})
	})
	return regs, "fra lageret", err
}

// demoRegistrations makes n registrations of one to three attendees who
// choose a 1st and 2nd workshop, the lower-numbered ones more often, and
// mostly the same as the first attendee of their registration. The same
// seed gives the same registrations.
func demoRegistrations(e tilmeld.Event, n int, seed uint64) []tilmeld.Registration {
	rng := rand.New(rand.NewPCG(seed, 2020))
	regs := make([]tilmeld.Registration, n)
	at := e.Deadline.Add(-14 * 24 * time.Hour)
	for i := range regs {
		at = at.Add(time.Duration(1+rng.IntN(120)) * time.Minute)
		regs[i] = tilmeld.Registration{ID: uint64(i + 1), Status: tilmeld.RegRegistered, Received: at}
		first := demoChoices(rng, e.Workshops)
		for a := range demoSize(rng) {
			choices := first
			if a > 0 && rng.IntN(10) < 3 {
				choices = demoChoices(rng, e.Workshops)
			}
			regs[i].Attendees = append(regs[i].Attendees, tilmeld.Attendee{
				Name: fmt.Sprintf("Deltager %d.%d", i+1, a+1), Choices: choices})
		}
	}
	return regs
}

func demoSize(rng *rand.Rand) int {
	switch x := rng.IntN(10); {
	case x < 6:
		return 1
	case x < 9:
		return 2
	}
	return 3
}

// demoChoices draws two different workshops, workshop k about 1/k as often
// as the first.
func demoChoices(rng *rand.Rand, ws []tilmeld.Workshop) []int {
	if len(ws) == 0 {
		return nil
	}
	total := 0.0
	for k := range ws {
		total += 1 / float64(k+1)
	}
	var out []int
	for len(out) < min(2, len(ws)) {
		x := rng.Float64() * total
		k := 0
		for ; k < len(ws)-1 && x >= 1/float64(k+1); k++ {
			x -= 1 / float64(k+1)
		}
		if n := ws[k].Number; len(out) == 0 || out[0] != n {
			out = append(out, n)
		}
	}
	return out
}

// reallocate places everyone again for the configured capacities.
func reallocate(s *session) error {
	var moved []uint64
	err := s.db.Update(func(tx *store.Tx) error {
		var err error
		if moved, err = s.bot.Reallocate(tx, s.user); err != nil {
			return err
		}
		return s.audit(tx, "allocate --apply", fmt.Sprintf("%d registrations placed again", len(moved)))
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(s.Stdout, "Fordelt igen efter rummenes pladser: %d tilmeldinger fik ny plads og får besked.\n", len(moved))
	return nil
}
