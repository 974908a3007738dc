package main

// The parts of review that need the user's terminal: the walk-through of
// open items and writing an answer in $EDITOR. They run in the client and
// call the scriptable subcommands, through the daemon or on the store.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"tilmeld/parser"
)

func reviewClient(ctx context.Context, env *Env, c *client, args []string) (bool, error) {
	switch {
	case len(args) == 0:
		w := &walk{env: env, c: c, in: bufio.NewReader(env.Stdin)}
		return true, w.run(ctx)
	case args[0] == "reply":
		return replyClient(ctx, env, c, args[1:])
	}
	return false, nil
}

// replyClient reads the answer from --file or $EDITOR here, where the user
// is, and passes it on as --text.
func replyClient(ctx context.Context, env *Env, c *client, args []string) (bool, error) {
	file, args, err := takeFlag(args, "file")
	if err != nil {
		return true, err
	}
	var text string
	switch {
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return true, err
		}
		text = string(b)
	case hasFlag(args, "text") || hasFlag(args, "h") || hasFlag(args, "help"):
		return false, nil
	default:
		id := firstArg(args)
		if id == "" {
			return true, fmt.Errorf("%w: give the item number", errUsage)
		}
		if text, err = editAnswer(ctx, env, c, id); err != nil {
			return true, err
		}
	}
	return true, c.call(ctx, append([]string{"review", "reply", "--text=" + text}, args...), env.Stdout, env.Stderr)
}

func hasFlag(args []string, name string) bool {
	for _, a := range args {
		key, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && key == name {
			return true
		}
	}
	return false
}

func firstArg(args []string) string {
	for _, a := range args {
		if !strings.HasPrefix(a, "-") {
			return a
		}
	}
	return ""
}

const answerMarker = "# Skriv svaret over denne linje. Linjer der begynder med # sendes ikke."

// editAnswer opens $VISUAL or $EDITOR on a file that shows item id below
// the space for the answer, and returns what was written, comments cut.
func editAnswer(ctx context.Context, env *Env, c *client, id string) (string, error) {
	var shown bytes.Buffer
	if err := c.call(ctx, []string{"review", "show", id}, &shown, env.Stderr); err != nil {
		return "", err
	}
	f, err := os.CreateTemp("", "tilmeld-svar-*.txt")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	fmt.Fprintf(f, "\n\n%s\n#\n", answerMarker)
	for _, l := range strings.Split(strings.TrimRight(shown.String(), "\n"), "\n") {
		fmt.Fprintf(f, "# %s\n", l)
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	if err := runEditor(ctx, env, f.Name()); err != nil {
		return "", err
	}
	b, err := os.ReadFile(f.Name())
	if err != nil {
		return "", err
	}
	text := stripComments(string(b))
	if text == "" {
		return "", errors.New("svaret er tomt; intet er sendt")
	}
	return text, nil
}

func runEditor(ctx context.Context, env *Env, path string) error {
	editor := os.Getenv("VISUAL")
	if editor == "" {
		editor = os.Getenv("EDITOR")
	}
	if editor == "" {
		editor = "nano"
	}
	// Through the shell, so EDITOR may carry its own arguments ("code -w").
	cmd := exec.CommandContext(ctx, "sh", "-c", editor+` "$1"`, "sh", path)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = env.Stdin, env.Stdout, env.Stderr
	if f, ok := env.Stdin.(*os.File); ok {
		cmd.Stdin = f
	}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("editoren %q: %w", editor, err)
	}
	return nil
}

func stripComments(s string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(l, "#") {
			keep = append(keep, strings.TrimRight(l, " \t\r"))
		}
	}
	return strings.TrimSpace(strings.Join(keep, "\n"))
}

// walk goes through the open items one by one.
type walk struct {
	env  *Env
	c    *client
	in   *bufio.Reader
	done map[string]int
}

// walkItem is the part of `review list --json` the walk-through uses.
type walkItem struct {
	ID      uint64         `json:"id"`
	Email   string         `json:"email"`
	Reading *parser.Output `json:"reading"`
	Resolve []string       `json:"resolve"`
}

var errQuit = errors.New("quit")

func (w *walk) run(ctx context.Context) error {
	var buf bytes.Buffer
	if err := w.c.call(ctx, []string{"review", "list", "--json"}, &buf, w.env.Stderr); err != nil {
		return err
	}
	var items []walkItem
	if err := json.Unmarshal(buf.Bytes(), &items); err != nil {
		return fmt.Errorf("review list: %w", err)
	}
	if len(items) == 0 {
		fmt.Fprintln(w.env.Stdout, "Ingen sager venter.")
		return nil
	}
	w.done = map[string]int{}
	for i := range items {
		fmt.Fprintf(w.env.Stdout, "\n======== Sag %d af %d ========\n", i+1, len(items))
		err := w.item(ctx, &items[i])
		if errors.Is(err, errQuit) {
			break
		}
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(w.env.Stdout, "\nFærdig: %d godkendt, %d rettet, %d ikke tilmeldinger, %d besvaret, %d sprunget over.\n",
		w.done["g"], w.done["r"], w.done["i"], w.done["s"], w.done["o"])
	return nil
}

const walkPrompt = "\n[g] godkend læsningen  [r] ret  [i] ikke en tilmelding  [s] svar  [o] spring over  [a] afslut\nValg: "

func (w *walk) item(ctx context.Context, it *walkItem) error {
	id := strconv.FormatUint(it.ID, 10)
	if err := w.c.call(ctx, []string{"review", "show", id}, w.env.Stdout, w.env.Stderr); err != nil {
		return err
	}
	for {
		choice, err := w.ask(walkPrompt)
		if err != nil {
			return errQuit
		}
		args, err := w.action(ctx, it, id, strings.ToLower(choice))
		if err != nil {
			return err
		}
		if args == nil {
			continue
		}
		if len(args) == 0 {
			return nil
		}
		if err := w.c.call(ctx, args, w.env.Stdout, w.env.Stdout); err != nil {
			fmt.Fprintf(w.env.Stdout, "Det gik ikke: %v\n", err)
			continue
		}
		w.done[strings.ToLower(choice)]++
		return nil
	}
}

// action turns a choice into the command line to run: nil asks again, an
// empty line moves on without one.
func (w *walk) action(ctx context.Context, it *walkItem, id, choice string) ([]string, error) {
	switch choice {
	case "g":
		if it.Resolve == nil {
			fmt.Fprintln(w.env.Stdout, "Botten har ingen hel læsning af denne mail. Vælg [r] for at skrive den selv.")
			return nil, nil
		}
		return it.Resolve, nil
	case "r":
		return w.askResolve(it, id)
	case "i":
		note, err := w.ask("Bemærkning (kan udelades): ")
		if err != nil {
			return nil, errQuit
		}
		return []string{"review", "dismiss", id, "--note", note}, nil
	case "s":
		text, err := editAnswer(ctx, w.env, w.c, id)
		if err != nil {
			fmt.Fprintf(w.env.Stdout, "%v\n", err)
			return nil, nil
		}
		return []string{"review", "reply", id, "--text=" + text}, nil
	case "o", "":
		w.done["o"]++
		return []string{}, nil
	case "a", "q":
		return nil, errQuit
	}
	fmt.Fprintf(w.env.Stdout, "Ukendt valg %q.\n", choice)
	return nil, nil
}

// ask prints a prompt and reads one line; io.EOF ends the walk-through.
func (w *walk) ask(prompt string) (string, error) {
	fmt.Fprint(w.env.Stdout, prompt)
	line, err := w.in.ReadString('\n')
	if err != nil && (line == "" || !errors.Is(err, io.EOF)) {
		fmt.Fprintln(w.env.Stdout)
		return "", err
	}
	return strings.TrimSpace(line), nil
}

// askField asks with the current value as default: Enter keeps it, "-" clears it.
func (w *walk) askField(label, def string) (string, error) {
	v, err := w.ask(fmt.Sprintf("%s [%s]: ", label, def))
	switch {
	case err != nil:
		return "", errQuit
	case v == "":
		return def, nil
	case v == "-":
		return "", nil
	}
	return v, nil
}

// askResolve asks for contact and attendees, starting from the bot's reading.
func (w *walk) askResolve(it *walkItem, id string) ([]string, error) {
	fmt.Fprintln(w.env.Stdout, "Tryk Enter for at beholde værdien i [ ], skriv - for at tømme feltet.")
	email, phone, as := readingDefaults(it)
	args := []string{"review", "resolve", id}
	var err error
	if email, err = w.askField("E-mail", email); err != nil {
		return nil, err
	}
	if phone, err = w.askField("Telefon", phone); err != nil {
		return nil, err
	}
	args = append(args, "--email", email, "--phone", phone)
	for i := 0; ; i++ {
		var a [5]string
		if i < len(as) {
			a = as[i]
		}
		fmt.Fprintf(w.env.Stdout, "Deltager %d:\n", i+1)
		for j, label := range []string{"  Navn", "  1. prioritet (nr.)", "  2. prioritet (nr.)", "  Kost (fx vegetar, halal)", "  Kost med egne ord"} {
			if a[j], err = w.askField(label, a[j]); err != nil {
				return nil, err
			}
		}
		args = append(args, "--name", a[0], "--first", a[1], "--second", a[2], "--diet", a[3], "--diet-text", a[4])
		more, err := w.ask("Flere deltagere? [j/N]: ")
		if err != nil {
			return nil, errQuit
		}
		if !strings.HasPrefix(strings.ToLower(more), "j") {
			return args, nil
		}
	}
}

// readingDefaults are the bot's reading as field values for askResolve.
func readingDefaults(it *walkItem) (email, phone string, as [][5]string) {
	email = it.Email
	r := it.Reading
	if r == nil {
		return email, "", nil
	}
	if r.Contact != nil {
		if r.Contact.Email != nil && *r.Contact.Email != "" {
			email = *r.Contact.Email
		}
		if r.Contact.Phone != nil {
			phone = *r.Contact.Phone
		}
	}
	for _, a := range r.Attendees {
		var f [5]string
		if a.Name != nil {
			f[0] = *a.Name
		}
		f[1], f[2] = optInt(a.First), optInt(a.Second)
		f[3], f[4] = strings.Join(a.Diet, ","), a.DietText
		as = append(as, f)
	}
	return email, phone, as
}
