package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"tilmeld"
)

func TestInitWritesAConfigTheDaemonLoads(t *testing.T) {
	out := filepath.Join(t.TempDir(), "new.toml")
	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr}, []string{
		"init", "--out", out, "--name", "Netværksmøde 2021", "--starts", "2021-09-28T16:30:00+02:00",
		"--deadline", "2021-09-20T23:59:59+02:00", "--address", "Net@Example.dk",
		"--workshop", "Grønne gårde og fællesskab:12", "--workshop", "Unge i boligområdet",
	})
	if code != 0 {
		t.Fatalf("init exited %d: %s", code, stderr.String())
	}
	cfg, err := tilmeld.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	ev := cfg.Event
	if ev.Name != "Netværksmøde 2021" || ev.Address != "net@example.dk" || len(ev.Workshops) != 2 {
		t.Fatalf("event = %+v", ev)
	}
	if w := ev.Workshops[0]; w.Capacity != 12 || !strings.Contains(strings.Join(w.Aliases, ","), "grønne") {
		t.Errorf("workshop 1 = %+v", w)
	}
	if w := ev.Workshops[1]; w.Capacity != tilmeld.Default().Event.Workshops[0].Capacity {
		t.Errorf("workshop 2 capacity = %d, want the default", w.Capacity)
	}
	if got := ev.Ends.Sub(ev.Starts).Hours(); got != 3 {
		t.Errorf("ends %v after the start, want 3h", got)
	}
}

func TestInitRefusesWhatWouldNotLoad(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no name", []string{"--starts", "2021-09-28T16:30:00+02:00", "--deadline", "2021-09-20T23:59:59+02:00", "--address", "a@b.dk", "--workshop", "X"}, "--name"},
		{"bad time", []string{"--name", "N", "--starts", "28/9 2021", "--deadline", "2021-09-20T23:59:59+02:00", "--address", "a@b.dk", "--workshop", "X"}, "--starts"},
		{"deadline after start", []string{"--name", "N", "--starts", "2021-09-28T16:30:00+02:00", "--deadline", "2021-10-20T23:59:59+02:00", "--address", "a@b.dk", "--workshop", "X"}, "event.deadline"},
		{"bad capacity", []string{"--name", "N", "--workshop", "X:many"}, "capacity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Run(context.Background(), &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr}, append([]string{"init"}, tt.args...))
			if code == 0 || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want failure naming %q", code, stderr.String(), tt.want)
			}
		})
	}
}
