package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

func textCmd(t *testing.T, stdin []byte, args ...string) (string, string, int) {
	t.Helper()
	var out, errs bytes.Buffer
	env := &Env{Stdin: bytes.NewReader(stdin), Stdout: &out, Stderr: &errs}
	code := Run(context.Background(), env, append([]string{"text"}, args...))
	return out.String(), errs.String(), code
}

func TestTextCommand(t *testing.T) {
	out, errs, code := textCmd(t, nil, "../../parser/testdata/forward_gmail.eml", "../../parser/testdata/attachments.eml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"--- own words\nSe nedenfor.", "--- forwarded\n---------- Forwarded message",
		"Jeg vil gerne med, workshop 4.", "--- quoted: ", "Tilmelding møde.pdf (application/pdf, 2057 bytes)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestTextCommandStdinAndQuoted(t *testing.T) {
	raw, err := os.ReadFile("../../parser/testdata/gmail_da.eml")
	if err != nil {
		t.Fatal(err)
	}
	out, errs, code := textCmd(t, raw, "--quoted", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"==> -", "--- signature\nHilsen Søren Ågård", "--- quoted\nDen tir. 15. sep. 2020"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := textCmd(t, nil); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
}
