package main

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/template"
	"time"

	"tilmeld"
)

//go:embed init.toml.tmpl
var initTemplate string

func init() {
	register(command{
		name:    "init",
		summary: "write a commented config for a new event, asking for what it needs",
		usage: "[--out FILE] [--name N --starts T --deadline T --address A --workshop \"Name:capacity\"...]\n\n" +
			"Asks for what the flags leave out when run in a terminal.\n" +
			"example: tilmeld init --out tilmeld.toml\n" +
			"example: tilmeld init --name \"Netværksmøde 2021\" --starts 2021-09-28T16:30:00+02:00 \\\n" +
			"           --deadline 2021-09-20T23:59:59+02:00 --address abc@bo-vest.dk \\\n" +
			"           --workshop \"Naboskab:20\" --workshop \"Sundhed:15\" --out tilmeld.toml",
		run: runInit,
	})
}

// initValues fill the template; they start as the built-in event.
type initValues struct {
	Name, Organiser, Address, Phone, Place, Dinner string
	Starts, Ends, Deadline                         string
	Capacity                                       int
	Workshops                                      []tilmeld.Workshop
	IMAPAddress, SMTPAddress, From                 string
	StorePath, Socket                              string
}

type workshopFlags []string

func (w *workshopFlags) String() string     { return strings.Join(*w, ", ") }
func (w *workshopFlags) Set(s string) error { *w = append(*w, s); return nil }

func runInit(_ context.Context, env *Env, args []string) error {
	v := defaultInitValues()
	fs := newFlags(env, "init")
	out := fs.String("out", "", "write the config here (default: stdout)")
	printDefault := fs.Bool("print-default", false, "print the built-in default config and exit")
	fs.StringVar(&v.Name, "name", "", "the event's name")
	fs.StringVar(&v.Starts, "starts", "", "when it starts, e.g. 2021-09-28T16:30:00+02:00")
	fs.StringVar(&v.Ends, "ends", "", "when it ends (default: 3 hours after the start)")
	fs.StringVar(&v.Deadline, "deadline", "", "the registration deadline")
	fs.StringVar(&v.Address, "address", "", "the mailbox people write to")
	fs.StringVar(&v.IMAPAddress, "imap", v.IMAPAddress, "IMAP server host:port")
	fs.StringVar(&v.SMTPAddress, "smtp", v.SMTPAddress, "SMTP server host:port")
	var workshops workshopFlags
	fs.Var(&workshops, "workshop", "a workshop as \"Name:capacity\"; repeat for each, in order")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *printDefault {
		_, err := io.WriteString(env.Stdout, tilmeld.DefaultTOML())
		return err
	}
	if err := v.setWorkshops(workshops); err != nil {
		return err
	}
	if isTerminal(env.Stdin) {
		if err := v.ask(bufio.NewReader(env.Stdin), env.Stderr, fs); err != nil {
			return err
		}
	}
	text, err := v.render()
	if err != nil {
		return err
	}
	return writeConfig(env, *out, text)
}

func defaultInitValues() *initValues {
	ev := tilmeld.Default().Event
	return &initValues{
		Organiser: ev.Organiser, Phone: ev.Phone, Place: ev.Place, Dinner: ev.Dinner,
		Capacity: ev.Workshops[0].Capacity, IMAPAddress: "imap.example.org:993",
		SMTPAddress: "smtp.example.org:587", StorePath: "tilmeld.db", Socket: "tilmeld.sock",
	}
}

// setWorkshops reads "Name:capacity" flags; a missing capacity takes the default.
func (v *initValues) setWorkshops(specs []string) error {
	for i, s := range specs {
		name, capText, hasCap := strings.Cut(s, ":")
		w := tilmeld.Workshop{Number: i + 1, Name: strings.TrimSpace(name), Capacity: v.Capacity}
		if hasCap {
			n, err := strconv.Atoi(strings.TrimSpace(capText))
			if err != nil || n < 0 {
				return fmt.Errorf("%w: --workshop %q: the capacity after ':' must be a whole number", errUsage, s)
			}
			w.Capacity = n
		}
		w.Aliases = aliasesFor(w.Name)
		v.Workshops = append(v.Workshops, w)
	}
	return nil
}

// aliasesFor proposes the longer words of a workshop's name as aliases; staff
// edit the list in the file.
func aliasesFor(name string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return r == ' ' || r == ',' || r == '&' || r == '/' || r == '-'
	}) {
		if len([]rune(f)) >= 5 && f != "workshop" {
			out = append(out, f)
		}
	}
	return out
}

// ask prompts, in a terminal, for each value the flags left out.
func (v *initValues) ask(in *bufio.Reader, out io.Writer, fs *flag.FlagSet) error {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	prompts := []struct {
		flag, question string
		dst            *string
	}{
		{"name", "Event name", &v.Name},
		{"starts", "Starts (e.g. 2021-09-28T16:30:00+02:00)", &v.Starts},
		{"deadline", "Registration deadline (e.g. 2021-09-20T23:59:59+02:00)", &v.Deadline},
		{"address", "Mailbox people write to", &v.Address},
		{"imap", "IMAP server host:port", &v.IMAPAddress},
		{"smtp", "SMTP server host:port", &v.SMTPAddress},
	}
	for _, p := range prompts {
		if set[p.flag] {
			continue
		}
		answer, err := prompt(in, out, p.question, *p.dst)
		if err != nil {
			return err
		}
		*p.dst = answer
	}
	if len(v.Workshops) > 0 {
		return nil
	}
	fmt.Fprintln(out, "Workshops, one per line as Name:capacity; an empty line ends the list.")
	var specs []string
	for {
		line, err := prompt(in, out, fmt.Sprintf("Workshop %d", len(specs)+1), "")
		if err != nil || line == "" {
			return v.setWorkshops(specs)
		}
		specs = append(specs, line)
	}
}

func prompt(in *bufio.Reader, out io.Writer, question, def string) (string, error) {
	if def != "" {
		fmt.Fprintf(out, "%s [%s]: ", question, def)
	} else {
		fmt.Fprintf(out, "%s: ", question)
	}
	line, err := in.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	if line = strings.TrimSpace(line); line == "" {
		return def, nil
	}
	return line, nil
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// render fills the template and checks the result loads as a config, so a
// file init writes is one the daemon accepts.
func (v *initValues) render() (string, error) {
	if err := v.complete(); err != nil {
		return "", err
	}
	t := template.Must(template.New("init").Funcs(template.FuncMap{"quote": strconv.Quote}).Parse(initTemplate))
	var b bytes.Buffer
	if err := t.Execute(&b, v); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp("", "tilmeld-init-*.toml")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b.Bytes()); err != nil {
		tmp.Close()
		return "", err
	}
	tmp.Close()
	if _, err := tilmeld.Load(tmp.Name()); err != nil {
		return "", fmt.Errorf("the new config does not hold: %w", errors.Unwrap(err))
	}
	return b.String(), nil
}

// complete checks what has no default and fills what follows from the rest.
func (v *initValues) complete() error {
	for _, req := range []struct{ flag, val string }{{"name", v.Name}, {"starts", v.Starts}, {"deadline", v.Deadline}, {"address", v.Address}} {
		if req.val == "" {
			return fmt.Errorf("%w: --%s is required (or run init in a terminal to be asked)", errUsage, req.flag)
		}
	}
	if len(v.Workshops) == 0 {
		return fmt.Errorf("%w: give at least one --workshop \"Name:capacity\"", errUsage)
	}
	starts, err := time.Parse(time.RFC3339, v.Starts)
	if err != nil {
		return fmt.Errorf("%w: --starts %q: use the form 2021-09-28T16:30:00+02:00", errUsage, v.Starts)
	}
	if _, err := time.Parse(time.RFC3339, v.Deadline); err != nil {
		return fmt.Errorf("%w: --deadline %q: use the form 2021-09-20T23:59:59+02:00", errUsage, v.Deadline)
	}
	if v.Ends == "" {
		v.Ends = starts.Add(3 * time.Hour).Format(time.RFC3339)
	}
	v.From = fmt.Sprintf("%s <%s>", v.Organiser, v.Address)
	return nil
}

func writeConfig(env *Env, path, text string) error {
	if path == "" {
		_, err := io.WriteString(env.Stdout, text)
		return err
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists; not overwriting it", path)
	}
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "Wrote %s. Set TILMELD_IMAP_PASSWORD and TILMELD_SMTP_PASSWORD, then: tilmeld run --config %s\n", path, path)
	return nil
}
