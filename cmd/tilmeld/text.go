package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"tilmeld/parser"
)

func init() {
	register(command{
		name:    "text",
		summary: "show what the parser reads as the sender's own words",
		usage:   "[--config F] [--quoted] FILE.eml... | -\n\nexample: tilmeld text inbox/0042.eml",
		run:     runText,
	})
}

func runText(_ context.Context, env *Env, args []string) error {
	fs := newFlags(env, "text")
	configPath := configFlag(fs)
	quoted := fs.Bool("quoted", false, "also print the quoted text that was cut")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	// The event lets the parser recognise its invitation pasted into a mail.
	cfg, err := loadConfig(*configPath)
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no file given", errUsage)
	}
	for i, name := range fs.Args() {
		raw, err := readInput(env, name)
		if err != nil {
			return err
		}
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		printMail(env.Stdout, name, parser.ExtractFor(raw, &cfg.Event), *quoted)
	}
	return nil
}

// printMail shows a decoded mail: the envelope, the own words, then each
// part that was set apart under its own heading.
func printMail(w io.Writer, name string, m *parser.Mail, quoted bool) {
	fmt.Fprintf(w, "==> %s\n", name)
	fmt.Fprintf(w, "From:    %s <%s>\n", m.FromName, m.FromAddr)
	fmt.Fprintf(w, "Subject: %s\n", m.Subject)
	if !m.Date.IsZero() {
		fmt.Fprintf(w, "Date:    %s\n", m.Date.Format("2006-01-02 15:04 -0700"))
	}
	if m.Auto != parser.AutoNone {
		fmt.Fprintf(w, "Auto:    %s (%s)\n", m.Auto, m.AutoReason)
	}
	section(w, "own words", m.Own)
	section(w, "signature", m.Signature)
	section(w, "forwarded", m.Forwarded)
	if len(m.Attachments) > 0 {
		fmt.Fprintln(w, "--- attachments")
		for _, a := range m.Attachments {
			inline := ""
			if a.Inline {
				inline = ", inline"
			}
			name := a.Name
			if name == "" {
				name = "(no name)"
			}
			fmt.Fprintf(w, "  %s (%s, %d bytes%s)\n", name, a.Type, a.Size, inline)
		}
	}
	if len(m.Problems) > 0 {
		fmt.Fprintln(w, "--- problems")
		for _, p := range m.Problems {
			fmt.Fprintf(w, "  %s\n", p)
		}
	}
	switch {
	case m.Quoted != "" && quoted:
		section(w, "quoted", m.Quoted)
	case m.Quoted != "":
		fmt.Fprintf(w, "--- quoted: %d lines cut (--quoted shows them)\n", strings.Count(m.Quoted, "\n")+1)
	}
}

func section(w io.Writer, title, text string) {
	if text == "" {
		return
	}
	fmt.Fprintf(w, "--- %s\n%s\n", title, text)
}
