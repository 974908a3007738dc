package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runWith(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Run(context.Background(), &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func TestParseCommand(t *testing.T) {
	mail := "From: Ida Holm <Ida@Example.dk>\nTo: abc@bo-vest.dk\nSubject: Tilmelding\n\n" +
		"Jeg vil gerne i workshop 2, ellers 4. Jeg er vegetar.\n\nMvh Ida Holm\n22 33 44 55\n"
	dir := t.TempDir()
	file := filepath.Join(dir, "a.eml")
	if err := os.WriteFile(file, []byte(mail), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runWith("broken", "parse", file, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one line per mail, got %q", out)
	}
	var got struct {
		File      string
		Intent    string
		Status    string
		Missing   []string
		Contact   *struct{ Email, Phone *string }
		Attendees []struct {
			Name          *string
			First, Second *int
			Diet          []string
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	a := got.Attendees
	if got.File != file || got.Status != "complete" || got.Intent != "register" || got.Missing == nil ||
		*got.Contact.Email != "ida@example.dk" || *got.Contact.Phone != "+4522334455" ||
		len(a) != 1 || *a[0].Name != "Ida Holm" || *a[0].First != 2 || *a[0].Second != 4 || a[0].Diet[0] != "vegetarian" {
		t.Errorf("unexpected reading: %s", lines[0])
	}
	// a mail that is no mail at all still gets its line, for staff
	if !strings.Contains(lines[1], `"file":"-"`) || !strings.Contains(lines[1], `"status":"review"`) || !strings.Contains(lines[1], `"contact":null`) {
		t.Errorf("stdin reading: %s", lines[1])
	}
}

func TestParseCommandMissingFile(t *testing.T) {
	code, _, errs := runWith("", "parse", filepath.Join(t.TempDir(), "nope.eml"))
	if code != 1 || !strings.Contains(errs, "could not be read") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runWith("", "parse"); code != 2 {
		t.Errorf("no files: exit %d, want 2", code)
	}
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	mail := "From: Ida Holm <ida@example.dk>\nSubject: Tilmelding\n\nJeg vil gerne i workshop 2.\n"
	if err := os.WriteFile(filepath.Join(dir, "m1.eml"), []byte(mail), 0o600); err != nil {
		t.Fatal(err)
	}
	labels := `[{"file":"m1.eml","intent":"register","status":"complete","missing":[],"question":false,
		"contact":{"email":"ida@example.dk","phone":null},
		"attendees":[{"name":"Ida Holm","first":2,"second":3,"diet":[]}]}]`
	if err := os.WriteFile(filepath.Join(dir, "labels.json"), []byte(labels), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runWith("", "eval", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !regexp.MustCompile(`(?m)^0 passed, 1 failed\n$`).MatchString(out) {
		t.Errorf("last line: %q", out)
	}
	if !strings.Contains(out, "m1.eml  second") || !strings.Contains(out, "coverage") {
		t.Errorf("report lacks the failure or the figures:\n%s", out)
	}
}

// TestEvalKinds reads the parser's own labelled sets (parser/testdata/kinds6
// …), a mail or two for each kind of mail a blind set was misread on,
// through the eval command: every one must be read entirely right.
func TestEvalKinds(t *testing.T) {
	for _, set := range []struct {
		dir   string
		mails int
	}{{"kinds6", 10}, {"kinds7", 9}, {"kinds8", 7}, {"kinds9", 8}, {"kinds10", 12}, {"kinds11", 9}, {"kinds12", 4}, {"kinds13", 8}, {"kinds14", 8}, {"kinds15", 8}, {"kinds16", 9}, {"kinds17", 9}, {"kinds18", 8}, {"kinds19", 10}, {"kinds20", 10}, {"kinds21", 12}, {"kinds22", 12}, {"kinds23", 8}, {"kinds24", 13}, {"kinds25", 12}, {"kinds26", 9}, {"kinds27", 9}, {"kinds28", 6}, {"kinds29", 7}, {"kinds30", 4}, {"kinds33", 4}, {"kinds31", 7}, {"kinds32", 6}, {"kinds34", 3}, {"kinds35", 4}, {"kinds36", 3}, {"kinds38", 3}, {"kinds39", 3}, {"kinds37", 4}, {"kinds40", 7}, {"kinds41", 8}, {"kinds42", 7}, {"kinds45", 5}, {"kinds43", 6}, {"kinds44", 5}, {"kinds46", 6}, {"kinds47", 4}, {"kinds50", 3}, {"kinds48", 5}, {"kinds51", 4}, {"kinds49", 4}, {"kinds56", 4}, {"kinds55", 4}, {"kinds53", 4}, {"kinds52", 5}, {"kinds54", 5}} {
		t.Run(set.dir, func(t *testing.T) {
			code, out, errs := runWith("", "eval", filepath.Join("..", "..", "parser", "testdata", set.dir))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if want := fmt.Sprintf("\n%d passed, 0 failed\n", set.mails); !strings.HasSuffix(out, want) {
				t.Errorf("not all read right:\n%s", out)
			}
		})
	}
}
