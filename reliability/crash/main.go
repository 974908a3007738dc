// Command crash kills a running tilmeld daemon with SIGKILL at seeded
// moments while it fetches, decides and sends 1,000 mails, then checks that
// every mail was stored, decided and answered exactly once. It exits 1 when
// a guarantee failed. reliability/run starts it.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"tilmeld/reliability"
)

func main() {
	opt := reliability.Options{Log: os.Stdout}
	flag.IntVar(&opt.Mails, "mails", 1000, "mails to deliver")
	flag.IntVar(&opt.Kills, "kills", 20, "SIGKILLs before the daemon may finish")
	flag.Uint64Var(&opt.Seed, "seed", 1, "seed of the mails and the kill schedule")
	flag.DurationVar(&opt.MaxGap, "max-gap", 1500*time.Millisecond, "longest run between two kills")
	keep := flag.Bool("keep", false, "keep the work directory (store, config, daemon log)")
	timeout := flag.Duration("timeout", 5*time.Minute, "give up after this long")
	flag.Parse()
	if err := run(opt, *keep, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "crash:", err)
		os.Exit(1)
	}
}

func run(opt reliability.Options, keep bool, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	dir, err := os.MkdirTemp("", "tilmeld-crash-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Println("work directory:", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	opt.Dir = dir
	if opt.Binary, err = reliability.Build(ctx, ".", dir); err != nil {
		return err
	}
	fmt.Printf("crash run: %d mails, %d kills, seed %d\n", opt.Mails, opt.Kills, opt.Seed)
	rep, err := reliability.Run(ctx, opt)
	if rep != nil {
		fmt.Println("--- summary")
		rep.Print(os.Stdout)
	}
	if err != nil {
		return err
	}
	if !rep.Check.OK() {
		return fmt.Errorf("%d guarantees failed", len(rep.Check.Failures))
	}
	return nil
}
