package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tilmeld"
	"tilmeld/mailbot"
	"tilmeld/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// staffFixture is a config in a temporary folder with its own store and
// socket, run either with a daemon serving the socket or without.
type staffFixture struct {
	t       *testing.T
	cfg     *tilmeld.Config
	cfgPath string
	now     time.Time
	// db is the daemon's store while one runs.
	db *store.DB
}

func newStaffFixture(t *testing.T) *staffFixture {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "tilmeld.toml")
	text := fmt.Sprintf("[store]\npath = %q\n[admin]\nsocket = %q\n",
		filepath.Join(dir, "t.db"), filepath.Join(dir, "t.sock"))
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := tilmeld.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	f := &staffFixture{t: t, cfg: cfg, cfgPath: path,
		now: time.Date(2020, 9, 10, 12, 0, 0, 0, time.UTC)}
	storeClock = func() time.Time { return f.now }
	t.Cleanup(func() { storeClock = time.Now })
	return f
}

// update changes the store directly, as the daemon would have.
func (f *staffFixture) update(fn func(tx *store.Tx) error) {
	f.t.Helper()
	db, err := store.Open(f.cfg.Store.Path, store.Options{NoSync: true})
	if err != nil {
		f.t.Fatal(err)
	}
	defer db.Close()
	db.Now = func() time.Time { return f.now }
	if err := db.Update(fn); err != nil {
		f.t.Fatal(err)
	}
}

// view reads the store directly; not while a daemon runs.
func (f *staffFixture) view(fn func(tx *store.Tx) error) {
	f.t.Helper()
	db, err := store.Open(f.cfg.Store.Path, store.Options{NoSync: true})
	if err != nil {
		f.t.Fatal(err)
	}
	defer db.Close()
	if err := db.View(fn); err != nil {
		f.t.Fatal(err)
	}
}

// daemon serves the admin socket in-process until the test ends, as
// `tilmeld run` does, and returns its store.
func (f *staffFixture) daemon() *store.DB {
	f.t.Helper()
	db, err := store.Open(f.cfg.Store.Path, store.Options{NoSync: true})
	if err != nil {
		f.t.Fatal(err)
	}
	db.Now = func() time.Time { return f.now }
	bot := mailbot.New(f.cfg, db, nil)
	stop, err := serveAdmin(context.Background(), f.cfg, db, bot)
	if err != nil {
		db.Close()
		f.t.Fatal(err)
	}
	f.t.Cleanup(func() { stop(); db.Close() })
	f.db = db
	return db
}

// sharedDB returns the daemon's store, or opens one for the rest of the test.
func (f *staffFixture) sharedDB() *store.DB {
	f.t.Helper()
	if f.db != nil {
		return f.db
	}
	db, err := store.Open(f.cfg.Store.Path, store.Options{NoSync: true})
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(func() { db.Close() })
	f.db = db
	return db
}

// run runs a tilmeld command line in-process with the fixture's config.
func (f *staffFixture) run(stdin string, args ...string) (stdout, stderr string, code int) {
	f.t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code = Run(context.Background(), env, append(args, "--config", f.cfgPath))
	return out.String(), errb.String(), code
}

// mustRun runs and fails the test unless the exit code is 0.
func (f *staffFixture) mustRun(args ...string) string {
	f.t.Helper()
	out, errs, code := f.run("", args...)
	if code != 0 {
		f.t.Fatalf("tilmeld %s: exit %d\nstderr: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

// modes runs fn once with the store opened by the command and once through
// a daemon serving the admin socket: the commands must behave the same.
func modes(t *testing.T, seed func(f *staffFixture), fn func(t *testing.T, f *staffFixture)) {
	for _, daemon := range []bool{false, true} {
		name := "store"
		if daemon {
			name = "socket"
		}
		t.Run(name, func(t *testing.T) {
			f := newStaffFixture(t)
			if seed != nil {
				seed(f)
			}
			if daemon {
				f.daemon()
			}
			fn(t, f)
		})
	}
}

// seedEvent stores registrations of every kind, allocated: Hanne placed in
// 2, a household with one placed and one waitlisted, a cancellation, an
// incomplete registration and a late one.
func seedEvent(f *staffFixture) {
	at := func(day, hour int) time.Time { return time.Date(2020, 9, day, hour, 0, 0, 0, time.UTC) }
	regs := []*tilmeld.Registration{
		{Status: tilmeld.RegRegistered, Contact: tilmeld.Contact{Email: "hanne.larsen@example.dk", Phone: "+4522334455"},
			Received: at(2, 9), Language: "da", Attendees: []tilmeld.Attendee{
				{Name: "Hanne Larsen", Choices: []int{2, 4}, Diet: []tilmeld.Diet{tilmeld.Vegetarian}, Workshop: 2}}},
		{Status: tilmeld.RegRegistered, Contact: tilmeld.Contact{Phone: "+4540506070"}, Received: at(3, 15), Language: "da",
			Attendees: []tilmeld.Attendee{
				{Name: "Ali Hassan", Choices: []int{1, 3}, Diet: []tilmeld.Diet{tilmeld.Halal}, DietText: "kun halal kød", Workshop: 1},
				{Name: "Fatima Hassan", Choices: []int{1}, Diet: []tilmeld.Diet{tilmeld.Halal, tilmeld.NutAllergy}, DietText: "allergisk over for nødder"},
			}},
		{Status: tilmeld.RegCancelled, Contact: tilmeld.Contact{Email: "per@example.com"}, Received: at(3, 16), Language: "da",
			Attendees: []tilmeld.Attendee{{Name: "Per Nielsen", Choices: []int{3, 1}}}},
		{Status: tilmeld.RegIncomplete, Missing: []string{tilmeld.MissingWorkshop}, Contact: tilmeld.Contact{Email: "anna@example.org"},
			Received: at(5, 10), Language: "en", Attendees: []tilmeld.Attendee{{Name: "Anna Kowalska"}}},
		{Status: tilmeld.RegRegistered, Contact: tilmeld.Contact{Email: "late@example.net"}, Received: at(23, 8), Late: true,
			Language: "da", Attendees: []tilmeld.Attendee{{Name: "Leif Sen", Choices: []int{4}, Workshop: 4, OffChoice: false}}},
	}
	f.update(func(tx *store.Tx) error {
		for _, r := range regs {
			if err := tx.CreateRegistration(r); err != nil {
				return err
			}
		}
		return tx.SetMark(markAllocated)
	})
}

func TestTakeFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		val  string
		rest string
	}{
		{[]string{"--config", "a.toml", "x"}, "a.toml", "x"},
		{[]string{"x", "-config=b.toml"}, "b.toml", "x"},
		{[]string{"--configx", "y"}, "", "--configx y"},
		{[]string{"--", "--config", "c"}, "", "-- --config c"},
	} {
		val, rest, err := takeFlag(tc.args, "config")
		if err != nil || val != tc.val || strings.Join(rest, " ") != tc.rest {
			t.Errorf("takeFlag(%q) = %q, %q, %v; want %q, %q", tc.args, val, rest, err, tc.val, tc.rest)
		}
	}
	if _, _, err := takeFlag([]string{"--config"}, "config"); err == nil {
		t.Error("takeFlag without a value: no error")
	}
}

func TestSocketIsPrivateAndUsed(t *testing.T) {
	f := newStaffFixture(t)
	seedEvent(f)
	f.daemon()
	fi, err := os.Stat(f.cfg.Admin.Socket)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&os.ModeSocket == 0 || fi.Mode().Perm() != 0o600 {
		t.Errorf("socket mode = %v, want a socket with 0600", fi.Mode())
	}
	// The daemon holds the store: a command can only succeed through the socket.
	out := f.mustRun("export", "--format", "json")
	if !strings.Contains(out, "Hanne Larsen") {
		t.Errorf("export through the socket lacks Hanne:\n%s", out)
	}
	// A second daemon on the same socket is refused.
	if _, err := mailbot.ListenAdmin(context.Background(), f.cfg.Admin.Socket, nil); err == nil {
		t.Error("a second admin server started on a socket in use")
	}
}

func TestErrorsAndUsageThroughSocket(t *testing.T) {
	modes(t, seedEvent, func(t *testing.T, f *staffFixture) {
		_, errs, code := f.run("", "export", "--format", "pdf")
		if code != 2 || !strings.Contains(errs, "pdf") {
			t.Errorf("export --format pdf: exit %d, stderr %q; want 2 naming pdf", code, errs)
		}
		_, errs, code = f.run("", "export", "--nope")
		if code != 2 || !strings.Contains(errs, "nope") {
			t.Errorf("export --nope: exit %d, stderr %q; want 2", code, errs)
		}
	})
}

func TestStaleSocketIsReplaced(t *testing.T) {
	f := newStaffFixture(t)
	if err := os.WriteFile(f.cfg.Admin.Socket, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	f.daemon()
	f.mustRun("export", "--format", "csv")
}

// goldenFile compares got with testdata/name, rewriting it under -update.
func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run with -update to accept):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func TestLockedStoreWithoutDaemon(t *testing.T) {
	f := newStaffFixture(t)
	f.sharedDB() // held as a daemon would, but with no socket
	_, errs, code := f.run("", "list")
	if code != 1 || !strings.Contains(errs, "bruges af en anden proces") || !strings.Contains(errs, f.cfg.Admin.Socket) {
		t.Errorf("list on a locked store: exit %d, %q", code, errs)
	}
}

func TestDefaultConfigUsesWorkingFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	args := []string{"add", "--name", "Kirsten Holm", "--phone", "22334455", "--first", "3"}
	if code := Run(context.Background(), env, args); code != 0 {
		t.Fatalf("add with the embedded config: exit %d: %s", code, errb.String())
	}
	out.Reset()
	if code := Run(context.Background(), env, []string{"export", "--format", "json"}); code != 0 || !strings.Contains(out.String(), "Kirsten Holm") {
		t.Errorf("export with the embedded config: exit %d\n%s%s", code, out.String(), errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "tilmeld.db")); err != nil {
		t.Errorf("store not in the working folder: %v", err)
	}
}
