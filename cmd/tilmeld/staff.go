package main

// The plumbing every staff command shares. A staff command is written once,
// against an open store and bot (a session). Where it runs is decided here:
// while the daemon runs, the command line goes over the admin socket and the
// daemon runs it; otherwise the command opens the store itself. Files named
// with --out are always written by the client, so the daemon may run as
// another user.

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"tilmeld"
	"tilmeld/mailbot"
	"tilmeld/store"
)

// staffCommand is a command that reads or changes the store.
type staffCommand struct {
	name, summary, usage string
	// run does the work, in the daemon or in the client process.
	run func(ctx context.Context, s *session, args []string) error
	// out: the command takes --out FILE; its stdout is written there.
	out bool
	// outArgs, when set, may add flags that follow from the --out file name.
	outArgs func(out string, args []string) []string
	// client, when set, runs first in the client process for the parts
	// that need the user's terminal ($EDITOR, questions). It returns
	// handled=false to let the command line go on to run as usual.
	client func(ctx context.Context, env *Env, c *client, args []string) (handled bool, err error)
}

var staffCommands = map[string]staffCommand{}

func registerStaff(sc staffCommand) {
	staffCommands[sc.name] = sc
	register(command{name: sc.name, summary: sc.summary, usage: sc.usage,
		run: func(ctx context.Context, env *Env, args []string) error {
			return runStaffClient(ctx, env, sc, args)
		}})
}

// session is what a staff command works with, wherever it runs.
type session struct {
	*Env
	cfg *tilmeld.Config
	db  *store.DB
	bot *mailbot.Bot
	// user is the OS user behind the command, for the audit log.
	user string
	// inDaemon: the running daemon carries the command out on its store.
	inDaemon bool
}

// audit records a staff action in the transaction that makes it.
func (s *session) audit(tx *store.Tx, action, detail string) error {
	return tx.Audit(store.AuditEntry{User: s.user, Action: action, Detail: detail})
}

// newStaffFlags is newFlags with the flags the client handles itself, so
// that --help shows them.
func newStaffFlags(s *session, name string) *flag.FlagSet {
	fs := newFlags(s.Env, name)
	fs.String("config", "", "config file (default: the embedded ABC 2020 event)")
	if staffCommands[name].out {
		fs.String("out", "", "write the output to this file instead of stdout")
	}
	return fs
}

// runStaffClient is the client side of every staff command.
func runStaffClient(ctx context.Context, env *Env, sc staffCommand, args []string) error {
	cfgPath, args, err := takeFlag(args, "config")
	if err != nil {
		return err
	}
	out := ""
	if sc.out {
		if out, args, err = takeFlag(args, "out"); err != nil {
			return err
		}
	}
	if out != "" && sc.outArgs != nil {
		args = sc.outArgs(out, args)
	}
	cfg, err := loadConfig(cfgPath)
	if err != nil {
		return err
	}
	if slices.ContainsFunc(args, isHelpFlag) {
		return staffHelp(ctx, env, sc, cfg, args)
	}
	c := &client{cfg: cfg, user: currentUser(), env: env}
	if sc.client != nil {
		if handled, err := sc.client(ctx, env, c, args); handled || err != nil {
			return err
		}
	}
	args = append([]string{sc.name}, args...)
	if out == "" || out == "-" {
		return c.call(ctx, args, env.Stdout, env.Stderr)
	}
	return callToFile(ctx, c, args, out, env.Stderr)
}

// callToFile runs a command and writes its output to the file out, here in
// the client and only when the command succeeded.
func callToFile(ctx context.Context, c *client, args []string, out string, stderr io.Writer) error {
	var buf bytes.Buffer
	if err := c.call(ctx, args, &buf, stderr); err != nil {
		return err
	}
	if err := writeFileAtomic(out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "Skrev %s (%d bytes).\n", out, buf.Len())
	return nil
}

// takeFlag removes --name VALUE (or -name, or =VALUE) from args and returns
// its value. Flags after "--" are left alone.
func takeFlag(args []string, name string) (string, []string, error) {
	var val string
	rest := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		key, v, hasV := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || key != name {
			rest = append(rest, a)
			continue
		}
		if !hasV {
			if i+1 >= len(args) {
				return "", nil, fmt.Errorf("%w: flag needs an argument: -%s", errUsage, name)
			}
			i++
			v = args[i]
		}
		val = v
	}
	return val, rest, nil
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it, so a reader never sees half a report.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// currentUser names the person at the keyboard: the sudo caller when there
// is one, since staff may share a service account.
func currentUser() string {
	if u := os.Getenv("SUDO_USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "ukendt"
}

// client runs staff command lines: through the daemon when it answers on
// the admin socket, else on the store opened here for the one command. The
// store is not kept open between commands, so a daemon started during a
// review session takes over at the next step.
type client struct {
	cfg  *tilmeld.Config
	user string
	env  *Env
}

// call runs one staff command line (name first) and returns its error.
func (c *client) call(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	req := mailbot.AdminRequest{Args: args, User: c.user}
	f, err := mailbot.DialAdmin(ctx, c.cfg.Admin.Socket, req, stdout, stderr)
	if err == nil {
		return frameError(f)
	}
	if !errors.Is(err, mailbot.ErrNoDaemon) {
		return err
	}
	s, err := c.open()
	if err != nil {
		return err
	}
	defer s.db.Close()
	s.Env = &Env{Stdin: c.env.Stdin, Stdout: stdout, Stderr: stderr}
	return runSession(ctx, s, args)
}

func (c *client) open() (*session, error) {
	db, err := store.Open(c.cfg.Store.Path, store.Options{})
	if errors.Is(err, store.ErrLocked) {
		return nil, fmt.Errorf("lageret %s bruges af en anden proces, men ingen dæmon svarer på %s", c.cfg.Store.Path, c.cfg.Admin.Socket)
	}
	if err != nil {
		return nil, err
	}
	db.Now = storeClock
	return &session{cfg: c.cfg, db: db, bot: mailbot.New(c.cfg, db, nil), user: c.user}, nil
}

// storeClock is the clock of a store the client opens; tests set it.
var storeClock = time.Now

// remoteError is a failure reported by the daemon; Run prints it as its own.
type remoteError struct {
	msg   string
	usage bool
}

func (e *remoteError) Error() string        { return e.msg }
func (e *remoteError) Is(target error) bool { return e.usage && target == errUsage }

func frameError(f mailbot.AdminFrame) error {
	switch f.Code {
	case 0:
		return nil
	case 2:
		return &remoteError{msg: f.Error, usage: true}
	}
	return &remoteError{msg: f.Error}
}

// runSession runs a staff command line on s.
func runSession(ctx context.Context, s *session, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: no command", errUsage)
	}
	sc, ok := staffCommands[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown staff command %q", errUsage, args[0])
	}
	return sc.run(ctx, s, args[1:])
}

// serveAdmin serves the admin socket cfg.Admin.Socket for `tilmeld run`:
// staff commands sent there run on the daemon's db and bot. stop closes the
// socket after the requests in progress.
func serveAdmin(ctx context.Context, cfg *tilmeld.Config, db *store.DB, bot *mailbot.Bot) (stop func(), err error) {
	srv, err := mailbot.ListenAdmin(ctx, cfg.Admin.Socket, adminHandler(cfg, db, bot))
	if err != nil {
		return nil, err
	}
	return func() { srv.Close() }, nil
}

func adminHandler(cfg *tilmeld.Config, db *store.DB, bot *mailbot.Bot) mailbot.AdminHandler {
	return func(ctx context.Context, req mailbot.AdminRequest, stdout, stderr io.Writer) (code int, msg string) {
		// A fault in one staff command must not take the daemon down.
		defer func() {
			if r := recover(); r != nil {
				bot.Log.Error("admin command panicked", "args", req.Args, "panic", r)
				code, msg = 1, "intern fejl i dæmonen; se dens log"
			}
		}()
		user := req.User
		if user == "" {
			user = "ukendt"
		}
		env := &Env{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr}
		s := &session{Env: env, cfg: cfg, db: db, bot: bot, user: user, inDaemon: true}
		code, msg = exitCode(runSession(ctx, s, req.Args))
		bot.WakeSender()
		// The command name only: the arguments may name residents.
		name := ""
		if len(req.Args) > 0 {
			name = req.Args[0]
		}
		level := slog.LevelInfo
		if name == "status" {
			// The health check asks every 30 seconds.
			level = slog.LevelDebug
		}
		bot.Log.Log(ctx, level, "staff command", "user", user, "command", name, "exit", code)
		return code, msg
	}
}

// exitCode maps an error to the exit code Run would give it.
func exitCode(err error) (int, string) {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0, ""
	case errors.Is(err, errUsage):
		return 2, err.Error()
	}
	return 1, err.Error()
}

// staffHelp answers --help without a daemon or a store: the command parses
// its flags, prints its usage and stops before it reads anything. Should a
// command reach for the store first, the plain usage is printed instead.
func staffHelp(ctx context.Context, env *Env, sc staffCommand, cfg *tilmeld.Config, args []string) (err error) {
	defer func() {
		if recover() != nil {
			newFlags(env, sc.name).Usage()
			err = flag.ErrHelp
		}
	}()
	return sc.run(ctx, &session{Env: env, cfg: cfg, user: currentUser()}, args)
}
