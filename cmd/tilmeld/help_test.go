package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// Every command answers --help with its usage and an example, exit 0,
// without touching a store or a daemon.
func TestEveryCommandHasHelpWithAnExample(t *testing.T) {
	t.Chdir(t.TempDir()) // the default store path is relative
	for name := range commands {
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := Run(context.Background(), &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb},
				[]string{name, "--help"})
			help := out.String() + errb.String()
			if code != 0 || !strings.Contains(help, "example") || !strings.Contains(help, "usage: tilmeld "+name) {
				t.Errorf("exit %d, help:\n%s", code, help)
			}
			if _, err := os.Stat("tilmeld.db"); err == nil {
				t.Errorf("--help created a store")
				os.Remove("tilmeld.db")
			}
		})
	}
}
