package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"

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
	lessGC()
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
			var buf []byte // the worker's file buffer; the parser keeps no part of it
			for j := range jobs {
				var p parsed
				p, buf = parseFile(env, j.name, ev, buf)
				j.slot <- p
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

// parseFile reads and parses one file into its JSON line, reading into
// buf, which it returns for the next file.
func parseFile(env *Env, name string, ev *tilmeld.Event, buf []byte) (parsed, []byte) {
	raw, err := readInputInto(env, name, buf[:0])
	if err != nil {
		return parsed{err: err}, buf
	}
	line, err := parseLine(raw, name, ev)
	if err != nil {
		return parsed{err: fmt.Errorf("%s: %w", name, err)}, raw
	}
	return parsed{line: append(line, '\n')}, raw
}

// readInputInto reads the file name ("-": standard input) into buf.
func readInputInto(env *Env, name string, buf []byte) ([]byte, error) {
	if name == "-" {
		return readAllInto(env.Stdin, buf)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAllInto(f, buf)
}

// readAllInto is io.ReadAll into buf, which it grows as needed.
func readAllInto(r io.Reader, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// lessGC lets the heap grow to five times what is live before the next
// collection, unless GOGC says otherwise: parsing makes much short-lived
// garbage over a small live heap (the parser's tables), so with the default
// the collector ran every hundred mails or so and took a fifth of the CPU.
func lessGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
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
	return parser.Parse(raw, ev).AppendJSON(make([]byte, 0, 512), name)
}
