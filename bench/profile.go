package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"runtime/trace"
	"time"

	"tilmeld"
	"tilmeld/mailbot"
	"tilmeld/mailbot/mailtest"
	"tilmeld/store"
)

// stagesResult times the daemon's stages, seen from inside: the same
// ingest as runIngest, with the daemon run in this process so that its
// store can be watched and its CPU profiled.
type stagesResult struct {
	NoSync     bool
	Mails      int
	LastCommit time.Duration // cursor at the last UID
	AllDecided time.Duration // nothing pending any more
	AllSeen    time.Duration
	LastReply  time.Duration
	CPU        time.Duration // this process, daemon and harness together
	Writes     store.WriteStats
	StoreSize  int64 // the store file at the end, bytes
	Profile    string
}

// runStages runs mailbot in-process over n mails, with the store syncing
// as shipped or not at all (noSync: what fsync costs). With cpuPath set it
// writes a CPU profile of the whole run there.
func runStages(n int, limit time.Duration, noSync bool, cpuPath string, traceToo bool) (*stagesResult, error) {
	raws, mails, _ := generate(n, 1, "reg")
	want := answerable(mails)
	sv, err := startServers(raws)
	if err != nil {
		return nil, err
	}
	defer sv.Close()
	dc, s := sv.dc, sv.sink
	dir, err := os.MkdirTemp("", "tilmeld-bench-stages-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	config, err := writeConfig(dir, dc.Account, s.Addr)
	if err != nil {
		return nil, err
	}
	cfg, err := tilmeld.Load(config)
	if err != nil {
		return nil, err
	}
	db, err := store.Open(cfg.Store.Path, store.Options{NoSync: noSync})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	stopProfile, err := startProfile(cpuPath, traceToo)
	if err != nil {
		return nil, err
	}
	r := &stagesResult{NoSync: noSync, Mails: n, Profile: cpuPath}
	err = r.run(cfg, db, dc.Account, s, n, want, limit)
	stopProfile()
	if fi, serr := os.Stat(cfg.Store.Path); serr == nil {
		r.StoreSize = fi.Size()
	}
	return r, err
}

// startProfile starts the CPU profile, and an execution trace beside it
// (path.trace) when traceToo: the trace shows where the daemon waits
// (go tool trace -pprof=sync|syscall|sched), which a CPU profile cannot.
func startProfile(path string, traceToo bool) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	if !traceToo {
		return func() { pprof.StopCPUProfile(); f.Close() }, nil
	}
	tf, err := os.Create(path + ".trace")
	if err == nil {
		err = trace.Start(tf)
	}
	if err != nil {
		pprof.StopCPUProfile()
		f.Close()
		return nil, err
	}
	return func() { trace.Stop(); tf.Close(); pprof.StopCPUProfile(); f.Close() }, nil
}

// run starts the bot and watches its store and the mailbox until every
// mail is \Seen and every reply accepted.
func (r *stagesResult) run(cfg *tilmeld.Config, db *store.DB, acct mailtest.Account, s *sink, n, want int, limit time.Duration) error {
	log := slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo}))
	bot := mailbot.New(cfg, db, log)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cpu0 := processCPU()
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- bot.Run(ctx) }()
	seen := make(chan error, 1)
	go func() {
		at, st, ok, err := waitAllSeen(acct, n, limit)
		if err == nil && !ok {
			err = fmt.Errorf("in-process run: %d of %d mails \\Seen after %v", st.total-st.unseen, n, limit)
		}
		r.AllSeen = at.Sub(start)
		seen <- err
	}()
	err := r.watchStore(db, cfg.IMAP.Mailbox, n, start, seen)
	if err == nil && !s.Wait(want, time.Minute) {
		err = fmt.Errorf("in-process run: not every reply was sent")
	}
	if got := s.Accepted(); len(got) > 0 {
		r.LastReply = got[len(got)-1].At.Sub(start)
	}
	r.CPU = processCPU() - cpu0
	r.Writes = db.WriteStats()
	cancel()
	if runErr := <-done; err == nil {
		err = runErr
	}
	return err
}

// watchStore notes when the cursor reached the last UID and when nothing
// was pending any more, until seen reports.
func (r *stagesResult) watchStore(db *store.DB, mailbox string, n int, start time.Time, seen <-chan error) error {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-seen:
			return err
		case <-tick.C:
		}
		if r.LastCommit == 0 {
			if cur, err := db.Cursor(mailbox); err == nil && cur.LastUID >= uint32(n) {
				r.LastCommit = time.Since(start)
			}
		}
		if r.LastCommit != 0 && r.AllDecided == 0 {
			if ids, err := db.Pending(); err == nil && len(ids) == 0 {
				r.AllDecided = time.Since(start)
			}
		}
	}
}
