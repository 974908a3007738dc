package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"

	"tilmeld"
	"tilmeld/parser"
)

func init() {
	register(command{
		name:    "parse",
		summary: "read mails and print what each one means, one JSON object per line",
		usage:   "[--config F] FILE.eml... | -\n\nexample: tilmeld parse mail/*.eml",
		run:     runParse,
	})
}

func runParse(_ context.Context, env *Env, args []string) error {
	fs := newFlags(env, "parse")
	config := fs.String("config", "", "config `file` (default: the embedded ABC 2020 event)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no files given (use - for standard input)", errUsage)
	}
	cfg, err := loadConfig(*config)
	if err != nil {
		return err
	}
	failed, err := parseFiles(env, fs.Args(), &cfg.Event)
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files could not be read", failed, fs.NArg())
	}
	return nil
}

// parsed is one file's line, or why it could not be read.
type parsed struct {
	line []byte
	err  error
}

// parseJob is one file to parse and the slot its result goes to.
type parseJob struct {
	name string
	slot chan parsed
}

// parseFiles parses the files with one worker per processor and prints the
// lines in input order. It returns how many files could not be read.
func parseFiles(env *Env, names []string, ev *tilmeld.Event) (failed int, err error) {
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan parseJob)
	// order holds the result slots in input order; its buffer bounds how
	// far the workers may run ahead of the writer.
	order := make(chan chan parsed, 4*workers)
	for range workers {
		go func() {
			for j := range jobs {
				j.slot <- parseFile(env, j.name, ev)
			}
		}()
	}
	go func() {
		for _, name := range names {
			j := parseJob{name: name, slot: make(chan parsed, 1)}
			order <- j.slot
			jobs <- j
		}
		close(jobs)
		close(order)
	}()
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	for slot := range order {
		p := <-slot
		if p.err != nil {
			fmt.Fprintf(env.Stderr, "tilmeld parse: %v\n", p.err)
			failed++
			continue
		}
		if _, err := out.Write(p.line); err != nil {
			// Drain, so the workers and the feeder end.
			for slot := range order {
				<-slot
			}
			return failed, err
		}
	}
	return failed, out.Flush()
}

// parseFile reads and parses one file into its JSON line.
func parseFile(env *Env, name string, ev *tilmeld.Event) parsed {
	raw, err := readInput(env, name)
	if err != nil {
		return parsed{err: err}
	}
	line, err := parseLine(raw, name, ev)
	if err != nil {
		return parsed{err: fmt.Errorf("%s: %w", name, err)}
	}
	return parsed{line: append(line, '\n')}
}

// loadConfig reads the config file, or the embedded default when path is "".
func loadConfig(path string) (*tilmeld.Config, error) {
	if path == "" {
		return tilmeld.Default(), nil
	}
	return tilmeld.Load(path)
}

func readInput(env *Env, name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(env.Stdin)
	}
	return os.ReadFile(name)
}

// parseLine reads one mail into its JSON line. A mail that trips the parser
// still gets a line, sent to review, so one bad mail never stops a batch.
func parseLine(raw []byte, name string, ev *tilmeld.Event) (line []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			r := &parser.Result{Intent: tilmeld.IntentOther, Status: tilmeld.StatusReview,
				Reasons: []string{fmt.Sprintf("the parser failed on this mail: %v", p)}}
			line, err = r.JSON(name)
		}
	}()
	return parser.Parse(raw, ev).JSON(name)
}
