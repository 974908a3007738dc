package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"tilmeld"
	"tilmeld/mailbot"
	"tilmeld/store"
)

func init() {
	register(command{
		name:    "check",
		summary: "test the config, secrets, mailbox, mail server, store, admin socket and clock; changes nothing",
		usage: "--config FILE [--send-test ADDRESS]\n\nOne line per test, ok or PROBLEM with its likely cause; exit 0 only when all is well.\n" +
			"--send-test also sends one test mail to ADDRESS.\n\nexample: tilmeld check --config /etc/tilmeld/tilmeld.toml --send-test me@example.org",
		run: runCheck,
	})
}

// errProblems makes check exit 1 after printing its lines.
var errProblems = errors.New("found problems; see the lines marked PROBLEM")

// checkTLS, when set, replaces the system roots (tests).
var checkTLS *tls.Config

func runCheck(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "check")
	configPath := configFlag(fs)
	sendTest := fs.String("send-test", "", "also send one test mail to this address")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *configPath == "" {
		return fmt.Errorf("%w: --config is required", errUsage)
	}
	cfg, err := tilmeld.Load(*configPath)
	if err != nil {
		printProbe(env.Stdout, mailbot.Probe{Name: "config", Problem: true, Text: err.Error() + "."})
		return errProblems
	}
	probes := checkAll(ctx, cfg, *sendTest)
	bad := false
	for _, p := range probes {
		printProbe(env.Stdout, p)
		bad = bad || p.Problem
	}
	if bad {
		return errProblems
	}
	return nil
}

// checkAll runs every test in order; the server tests run even when an
// earlier one failed, so one run shows every problem.
func checkAll(ctx context.Context, cfg *tilmeld.Config, sendTest string) []mailbot.Probe {
	k := &mailbot.Checker{Bot: mailbot.New(cfg, nil, nil), TLSConfig: checkTLS}
	out := []mailbot.Probe{checkConfig(cfg), checkCredentials(ctx, cfg)}
	out = append(out, k.CheckIMAP(ctx)...)
	out = append(out, k.CheckSMTP(ctx))
	if sendTest != "" {
		out = append(out, k.SendTest(ctx, sendTest))
	}
	return append(out, checkStore(cfg), checkSocket(cfg), checkClock(cfg, time.Now()))
}

func printProbe(w io.Writer, p mailbot.Probe) {
	mark := "ok"
	if p.Problem {
		mark = "PROBLEM"
	}
	// Server answers often end in a period of their own.
	text := strings.TrimRight(p.Text, ". ") + "."
	fmt.Fprintf(w, "%-8s %-8s %s\n", mark, p.Name, text)
}

func checkConfig(cfg *tilmeld.Config) mailbot.Probe {
	ev := &cfg.Event
	return mailbot.Probe{Name: "config", Text: fmt.Sprintf("%s: event %q, %d workshops, %d seats.",
		cfg.File, ev.Name, len(ev.Workshops), eventSeats(ev))}
}

func eventSeats(ev *tilmeld.Event) int {
	n := 0
	for _, w := range ev.Workshops {
		n += w.Capacity
	}
	return n
}

// checkCredentials reads each password or token and says where it came
// from, never what it is.
func checkCredentials(ctx context.Context, cfg *tilmeld.Config) mailbot.Probe {
	if err := mailbot.CheckCredentials(ctx, cfg); err != nil {
		return mailbot.Probe{Name: "secrets", Problem: true, Text: err.Error() + "."}
	}
	text := "imap " + credentialSource(cfg.IMAP.Auth, cfg.IMAP.Password, cfg.IMAP.Token)
	if cfg.SMTP.Username == "" {
		text += "; smtp without login."
	} else {
		text += "; smtp " + credentialSource(cfg.SMTP.Auth, cfg.SMTP.Password, cfg.SMTP.Token) + "."
	}
	return mailbot.Probe{Name: "secrets", Text: text}
}

func credentialSource(mode tilmeld.AuthMode, pass tilmeld.Secret, tok tilmeld.Token) string {
	if mode == tilmeld.AuthOAuth2 {
		return "OAuth2 token " + tok.String()
	}
	return "password " + pass.String()
}

// checkStore opens the store read-only for a moment, or finds it held by
// the daemon, or finds where it will be created.
func checkStore(cfg *tilmeld.Config) mailbot.Probe {
	path := cfg.Store.Path
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := writableDir(filepath.Dir(path)); err != nil {
			return mailbot.Probe{Name: "store", Problem: true, Text: fmt.Sprintf("%s does not exist and cannot be created: %v.", path, err)}
		}
		return mailbot.Probe{Name: "store", Text: fmt.Sprintf("%s does not exist yet; the daemon creates it.", path)}
	}
	db, err := store.Open(path, store.Options{ReadOnly: true, Timeout: 300 * time.Millisecond})
	if errors.Is(err, store.ErrLocked) {
		if daemonAnswers(cfg.Admin.Socket) {
			return mailbot.Probe{Name: "store", Text: fmt.Sprintf("%s is held by the running daemon, which answers on %s.", path, cfg.Admin.Socket)}
		}
		return mailbot.Probe{Name: "store", Problem: true, Text: fmt.Sprintf("%s is held by another process, and no daemon answers on %s.", path, cfg.Admin.Socket)}
	}
	if err != nil {
		return mailbot.Probe{Name: "store", Problem: true, Text: err.Error() + "."}
	}
	db.Close()
	if err := syscall.Access(path, 2); err != nil {
		return mailbot.Probe{Name: "store", Problem: true, Text: fmt.Sprintf("%s can be read but not written by this user: %v.", path, err)}
	}
	return mailbot.Probe{Name: "store", Text: fmt.Sprintf("%s opens, and no daemon holds it.", path)}
}

// unixPathMax is the room for a socket path on Linux, less the final NUL.
const unixPathMax = 107

func checkSocket(cfg *tilmeld.Config) mailbot.Probe {
	path := cfg.Admin.Socket
	if len(path) > unixPathMax {
		return mailbot.Probe{Name: "socket", Problem: true, Text: fmt.Sprintf("%s is %d bytes long; a Unix socket path may have %d: choose a shorter admin.socket.", path, len(path), unixPathMax)}
	}
	if daemonAnswers(path) {
		return mailbot.Probe{Name: "socket", Text: fmt.Sprintf("a daemon answers on %s.", path)}
	}
	if err := writableDir(filepath.Dir(path)); err != nil {
		return mailbot.Probe{Name: "socket", Problem: true, Text: fmt.Sprintf("%s cannot be made: %v.", path, err)}
	}
	return mailbot.Probe{Name: "socket", Text: fmt.Sprintf("%s can be made; no daemon runs yet.", path)}
}

func daemonAnswers(socket string) bool {
	c, err := net.DialTimeout("unix", socket, time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// writableDir reports why this user cannot make files in dir.
func writableDir(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("the folder %s does not exist", dir)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	if err := syscall.Access(dir, 2|1); err != nil {
		return fmt.Errorf("the folder %s is not writable by this user", dir)
	}
	return nil
}

// checkClock places now against the deadline and the event's start: an
// event already begun means an old config or a wrong clock.
func checkClock(cfg *tilmeld.Config, now time.Time) mailbot.Probe {
	ev := &cfg.Event
	here := "it is " + stamp(now.In(ev.Deadline.Location()))
	switch {
	case now.Before(ev.Deadline):
		return mailbot.Probe{Name: "clock", Text: fmt.Sprintf("%s; the deadline %s is %s: workshops are allocated then.", here, stamp(ev.Deadline), relative(ev.Deadline, now))}
	case now.Before(ev.Starts):
		return mailbot.Probe{Name: "clock", Text: fmt.Sprintf("%s; the deadline %s passed %s: workshops are allocated at start, late mail is placed or waitlisted.", here, stamp(ev.Deadline), relative(ev.Deadline, now))}
	}
	return mailbot.Probe{Name: "clock", Problem: true, Text: fmt.Sprintf("%s; the event began %s (event.starts %s): is the [event] section for this event, and this machine's clock right?", here, relative(ev.Starts, now), stamp(ev.Starts))}
}
