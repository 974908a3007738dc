package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"tilmeld"
	"tilmeld/allocate"
)

func init() {
	register(command{
		name:    "allocate",
		summary: "place attendees in workshops and compare with first come, first served",
		usage:   "--dry-run [--config F] --demo N [--seed S]\n\nexample: tilmeld allocate --dry-run --demo 60",
		run:     runAllocate,
	})
}

func runAllocate(_ context.Context, env *Env, args []string) error {
	fs := newFlags(env, "allocate")
	dryRun := fs.Bool("dry-run", false, "print the comparison; store and mail nothing")
	configPath := fs.String("config", "", "config file (default: the embedded ABC 2020 event)")
	demo := fs.Int("demo", 0, "allocate `N` generated registrations")
	seed := fs.Uint64("seed", 1, "seed of the generated registrations")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	case !*dryRun:
		return fmt.Errorf("%w: only --dry-run is supported so far", errUsage)
	case *demo <= 0:
		return fmt.Errorf("%w: --demo N is needed: allocation does not read the store yet", errUsage)
	}
	cfg := tilmeld.Default()
	if *configPath != "" {
		var err error
		if cfg, err = tilmeld.Load(*configPath); err != nil {
			return err
		}
	}
	regs := demoRegistrations(cfg.Event, *demo, *seed)
	in, _ := allocate.FromRegistrations(cfg.Event.Workshops, regs)
	c, err := allocate.Compare(in)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: %d tilmeldinger, %d deltagere (genereret, seed %d)\n\n",
		cfg.Event.Name, len(regs), len(in.People), *seed)
	if err := c.WriteTable(env.Stdout); err != nil {
		return err
	}
	_, err = fmt.Fprint(env.Stdout, "\n", allocate.Rules)
	return err
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
