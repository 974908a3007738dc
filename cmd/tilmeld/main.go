// Command tilmeld runs event registration by e-mail: the daemon, the demo and
// the staff commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
)

// command is one sub-command. Each lives in its own file and adds itself to
// commands in an init function, so the table grows without a central edit.
type command struct {
	name    string
	summary string
	// usage shows the arguments and one example, for --help.
	usage string
	run   func(ctx context.Context, env *Env, args []string) error
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// Env is what a command may touch: its streams and arguments, so that tests
// run commands in-process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// errUsage marks a wrong invocation; main exits 2 for it.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	code := Run(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}

// Run executes one command line and returns the process exit code:
// 0 success, 1 failure, 2 wrong usage.
func Run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printHelp(env.Stdout)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "tilmeld: unknown command %q\n\n", args[0])
		printHelp(env.Stderr)
		return 2
	}
	err := c.run(ctx, env, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.Stderr, "tilmeld %s: %v\nusage: tilmeld %s %s\n", c.name, err, c.name, c.usage)
		return 2
	default:
		fmt.Fprintf(env.Stderr, "tilmeld %s: %v\n", c.name, err)
		return 1
	}
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "tilmeld - event registration by e-mail\n\nusage: tilmeld COMMAND [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\n'tilmeld COMMAND --help' shows a command's flags and an example.")
}

// newFlags returns a flag set for c that prints c's usage on --help and
// reports errors instead of exiting.
func newFlags(env *Env, c string) *flag.FlagSet {
	fs := flag.NewFlagSet("tilmeld "+c, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		cmd := commands[c]
		fmt.Fprintf(env.Stderr, "usage: tilmeld %s %s\n\n%s\n", c, cmd.usage, cmd.summary)
		if hasFlags(fs) {
			fmt.Fprintln(env.Stderr, "\nflags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// isHelpFlag reports whether a is a request for help.
func isHelpFlag(a string) bool { return a == "-h" || a == "-help" || a == "--help" }

// parseFlags parses args and turns flag errors into usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %s", errUsage, strings.TrimSpace(err.Error()))
	}
	return nil
}

// configFlag adds the --config flag every command shares.
func configFlag(fs *flag.FlagSet) *string {
	return fs.String("config", "", "config file (TOML); without it, the embedded ABC 2020 event")
}
