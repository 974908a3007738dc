package reliability

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"time"

	"tilmeld/mailbot/mailtest"
)

// Options shape one crash run.
type Options struct {
	// Binary is a built tilmeld.
	Binary string
	// Dir holds the config, the store and the daemon's log.
	Dir string
	// Mails is how many mails reach the mailbox; Kills how often the daemon
	// is killed with SIGKILL; Seed fixes the mails and the kill schedule.
	Mails, Kills int
	Seed         uint64
	// MaxGap is the longest run between two kills.
	MaxGap time.Duration
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// Report is what a crash run found.
type Report struct {
	Mails, Answerable, Kills int
	// KilledAt is how long each killed daemon had run.
	KilledAt []time.Duration
	Elapsed  time.Duration
	Check    *Check
}

// Run delivers the mails to Dovecot in waves, runs the daemon against it and
// a recording SMTP server, kills it Kills times at seeded moments, lets the
// last one finish, stops it cleanly and checks the store and the replies.
func Run(ctx context.Context, opt Options) (*Report, error) {
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	start := time.Now()
	dc, err := mailtest.StartDovecot("abc@bo-vest.dk", "crash-secret")
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	smtpSrv, err := mailtest.NewSMTPServer()
	if err != nil {
		return nil, err
	}
	defer smtpSrv.Close()
	config, storePath, err := writeConfig(opt.Dir, dc.Account, smtpSrv.Addr)
	if err != nil {
		return nil, err
	}
	samples := Samples(opt.Mails, opt.Seed)
	rep := &Report{Mails: len(samples)}
	for _, s := range samples {
		if s.Answer {
			rep.Answerable++
		}
	}
	delivered := deliverInWaves(ctx, dc, samples, opt.Log)

	d := &daemon{bin: opt.Binary, config: config, logPath: filepath.Join(opt.Dir, "tilmeld.log")}
	rng := rand.New(rand.NewPCG(opt.Seed, 7))
	for i := range opt.Kills {
		gap := time.Duration(rng.Int64N(int64(opt.MaxGap-50*time.Millisecond))) + 50*time.Millisecond
		ran, err := d.runFor(ctx, gap)
		if err != nil {
			return rep, fmt.Errorf("daemon run %d: %w", i+1, err)
		}
		rep.KilledAt = append(rep.KilledAt, ran)
		rep.Kills++
		fmt.Fprintf(opt.Log, "kill %2d after %v (%d replies so far)\n", i+1, ran.Round(time.Millisecond), len(smtpSrv.Messages()))
	}
	if err := <-delivered; err != nil {
		return rep, fmt.Errorf("deliver: %w", err)
	}
	if err := d.finish(ctx, smtpSrv, rep.Answerable); err != nil {
		return rep, err
	}
	rep.Check, err = CheckRun(storePath, samples, smtpSrv.Messages())
	rep.Elapsed = time.Since(start)
	return rep, err
}

// deliverInWaves puts 30% of the mails in the maildir at once and the rest
// in ten waves while the daemon is being killed, so the kills land in the
// middle of fetching, deciding and sending rather than on an idle daemon.
func deliverInWaves(ctx context.Context, dc *mailtest.Dovecot, samples []Sample, log io.Writer) <-chan error {
	raws := make([][]byte, len(samples))
	for i, s := range samples {
		raws[i] = s.Raw
	}
	first := len(raws) * 3 / 10
	done := make(chan error, 1)
	if err := dc.Deliver(raws[:first]); err != nil {
		done <- err
		return done
	}
	go func() {
		rest := raws[first:]
		size := (len(rest) + 9) / 10
		for len(rest) > 0 {
			select {
			case <-ctx.Done():
				done <- ctx.Err()
				return
			case <-time.After(1100 * time.Millisecond):
			}
			n := min(size, len(rest))
			if err := deliverMaildir(dc, rest[:n]); err != nil {
				done <- err
				return
			}
			rest = rest[n:]
			fmt.Fprintf(log, "delivered %d more mails\n", n)
		}
		done <- nil
	}()
	return done
}

// deliverMaildir delivers raws into the INBOX maildir the way a delivery
// agent does: written and chowned in tmp/, then renamed into new/, so
// Dovecot, which moves mail from new/ to cur/ as it sees it, never meets a
// file half made. (mailtest's Deliver chowns in new/ and can lose that
// race while Dovecot runs.) The first wave used Deliver, which made the
// folders.
func deliverMaildir(dc *mailtest.Dovecot, raws [][]byte) error {
	inbox := filepath.Join(dc.Dir, "mail", dc.Username)
	fi, err := os.Stat(inbox)
	if err != nil {
		return err
	}
	st := fi.Sys().(*syscall.Stat_t)
	for _, raw := range raws {
		seq := delivered.Add(1)
		name := fmt.Sprintf("%d.C%dP%d.crash", time.Now().Unix(), seq, os.Getpid())
		tmp := filepath.Join(inbox, "tmp", name)
		if err := os.WriteFile(tmp, raw, 0o600); err != nil {
			return err
		}
		if err := os.Chown(tmp, int(st.Uid), int(st.Gid)); err != nil {
			return err
		}
		if err := os.Rename(tmp, filepath.Join(inbox, "new", name)); err != nil {
			return err
		}
	}
	return nil
}

// delivered numbers the files deliverMaildir writes.
var delivered atomic.Int64

// daemon starts `tilmeld run` as a child process with its log appended to
// one file.
type daemon struct {
	bin, config, logPath string
	runs                 int
}

func (d *daemon) start() (*exec.Cmd, error) {
	logf, err := os.OpenFile(d.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	d.runs++
	fmt.Fprintf(logf, "=== start %d\n", d.runs)
	cmd := exec.Command(d.bin, "run", "--config", d.config)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start tilmeld: %w", err)
	}
	return cmd, nil
}

// runFor starts the daemon and kills it with SIGKILL after gap. A daemon
// that exits by itself before that has failed.
func (d *daemon) runFor(ctx context.Context, gap time.Duration) (time.Duration, error) {
	cmd, err := d.start()
	if err != nil {
		return 0, err
	}
	began := time.Now()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		return time.Since(began), fmt.Errorf("tilmeld exited on its own (%v); see %s", err, d.logPath)
	case <-ctx.Done():
	case <-time.After(gap):
	}
	cmd.Process.Kill()
	<-exited
	return time.Since(began), ctx.Err()
}

// finish runs the daemon until every answerable mail has a reply and the
// outbox is quiet, then stops it with SIGTERM and expects a clean exit.
func (d *daemon) finish(ctx context.Context, srv *mailtest.SMTPServer, want int) error {
	cmd, err := d.start()
	if err != nil {
		return err
	}
	var exitErr error
	exited := make(chan struct{})
	go func() { exitErr = cmd.Wait(); close(exited) }()
	// Waiting for replies ends early if the daemon dies.
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-exited:
			cancel()
		case <-wctx.Done():
		}
	}()
	_, waitErr := srv.Wait(wctx, want)
	// A reply sent twice would come now, from the outbox of a killed run.
	settle(wctx, 2*time.Second)
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		<-exited
		return fmt.Errorf("tilmeld did not stop within 20s of SIGTERM; see %s", d.logPath)
	}
	if waitErr != nil {
		return fmt.Errorf("waiting for %d replies, got %d: %w; see %s", want, len(srv.Messages()), waitErr, d.logPath)
	}
	if exitErr != nil {
		return fmt.Errorf("tilmeld exited with %v after SIGTERM; see %s", exitErr, d.logPath)
	}
	return nil
}

func settle(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// writeConfig writes the daemon's config: an event ahead in time, so mail
// is taken as it comes, and the servers on loopback without TLS.
func writeConfig(dir string, imap mailtest.Account, smtpAddr string) (config, storePath string, err error) {
	config, err = mailtest.Config{IMAP: imap, SMTP: smtpAddr, IMAPExtra: "poll_interval = \"1s\"\nbatch_size = 50"}.Write(dir)
	return config, filepath.Join(dir, "tilmeld.db"), err
}
