package main

import (
	"context"
	"fmt"
	"io"
	"os"

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
	var failed int
	for _, name := range fs.Args() {
		raw, err := readInput(env, name)
		if err != nil {
			fmt.Fprintf(env.Stderr, "tilmeld parse: %v\n", err)
			failed++
			continue
		}
		line, err := parseLine(raw, name, &cfg.Event)
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(env.Stdout, "%s\n", line); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files could not be read", failed, fs.NArg())
	}
	return nil
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
