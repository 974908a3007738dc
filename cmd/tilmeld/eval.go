package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"tilmeld/parser"
)

func init() {
	register(command{
		name:    "eval",
		summary: "parse a labelled corpus and report accuracy against its labels",
		usage:   "[--config F] DIR\n\nDIR holds the .eml files and labels.json.\nexample: tilmeld eval ../shared/corpus",
		run:     runEval,
	})
}

func runEval(_ context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval")
	config := fs.String("config", "", "config `file` (default: the embedded ABC 2020 event)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: give one corpus directory", errUsage)
	}
	cfg, err := loadConfig(*config)
	if err != nil {
		return err
	}
	dir := fs.Arg(0)
	labels, err := readLabels(filepath.Join(dir, "labels.json"))
	if err != nil {
		return err
	}
	var t parser.Tally
	for _, want := range labels {
		raw, err := os.ReadFile(filepath.Join(dir, want.File))
		if err != nil {
			return err
		}
		t.Add(want, parser.Parse(raw, &cfg.Event).Output(want.File))
	}
	printTally(env.Stdout, &t)
	return nil
}

func readLabels(path string) ([]parser.Output, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var labels []parser.Output
	if err := json.Unmarshal(b, &labels); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return labels, nil
}

func printTally(w io.Writer, t *parser.Tally) {
	fmt.Fprintf(w, "field accuracy (mails where the field is scored):\n")
	for _, f := range parser.ScoreFields {
		fmt.Fprintf(w, "  %-14s %5.3f  (%d/%d)\n", f, parser.Ratio(t.Right[f], t.Scored[f]), t.Right[f], t.Scored[f])
	}
	fmt.Fprintf(w, "auto-accept precision %5.3f  (%d/%d marked complete are entirely right)\n",
		parser.Ratio(t.AutoRight, t.AutoAccepted), t.AutoRight, t.AutoAccepted)
	fmt.Fprintf(w, "coverage              %5.3f  (%d/%d labelled complete are read entirely right)\n",
		parser.Ratio(t.Covered, t.GoldComplete), t.Covered, t.GoldComplete)
	fmt.Fprintf(w, "ignore precision      %5.3f  (%d/%d marked ignore are labelled ignore)\n",
		parser.Ratio(t.IgnoreRight, t.Ignored), t.IgnoreRight, t.Ignored)
	fmt.Fprintf(w, "all fields right      %5.3f  (%d/%d)\n", parser.Ratio(t.Passed, t.Mails), t.Passed, t.Mails)
	if len(t.Failures) > 0 {
		fmt.Fprintf(w, "failures (file, field, want, got):\n")
		for _, m := range t.Failures {
			fmt.Fprintf(w, "  %s  %-13s want %s  got %s\n", m.File, m.Field, m.Want, m.Got)
		}
	}
	fmt.Fprintf(w, "%d passed, %d failed\n", t.Passed, t.Mails-t.Passed)
}
