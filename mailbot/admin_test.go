package mailbot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func echoHandler(ctx context.Context, req AdminRequest, stdout, stderr io.Writer) (int, string) {
	fmt.Fprintf(stdout, "hej %s: %s\n", req.User, strings.Join(req.Args, " "))
	fmt.Fprintln(stderr, "advarsel")
	if len(req.Args) > 0 && req.Args[0] == "fail" {
		return 1, "det gik galt"
	}
	return 0, ""
}

func TestAdminRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.sock")
	srv, err := ListenAdmin(context.Background(), path, echoHandler)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("socket mode = %v, %v; want 0600", fi.Mode(), err)
	}
	var out, errb bytes.Buffer
	f, err := DialAdmin(context.Background(), path, AdminRequest{Args: []string{"list", "--json"}, User: "mette"}, &out, &errb)
	if err != nil || f.Code != 0 {
		t.Fatalf("DialAdmin = %+v, %v", f, err)
	}
	if out.String() != "hej mette: list --json\n" || errb.String() != "advarsel\n" {
		t.Errorf("stdout %q, stderr %q", out.String(), errb.String())
	}
	f, err = DialAdmin(context.Background(), path, AdminRequest{Args: []string{"fail"}}, io.Discard, io.Discard)
	if err != nil || f.Code != 1 || f.Error != "det gik galt" {
		t.Errorf("failing command: %+v, %v", f, err)
	}
}

func TestAdminConcurrentClients(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.sock")
	srv, err := ListenAdmin(context.Background(), path, echoHandler)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out bytes.Buffer
			arg := fmt.Sprint(i)
			if _, err := DialAdmin(context.Background(), path, AdminRequest{Args: []string{arg}, User: "u"}, &out, io.Discard); err != nil {
				t.Error(err)
			}
			if out.String() != "hej u: "+arg+"\n" {
				t.Errorf("client %d got %q", i, out.String())
			}
		}()
	}
	wg.Wait()
}

func TestAdminNoDaemonAndClose(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.sock")
	_, err := DialAdmin(context.Background(), path, AdminRequest{}, io.Discard, io.Discard)
	if !errors.Is(err, ErrNoDaemon) {
		t.Fatalf("dial without daemon: %v, want ErrNoDaemon", err)
	}
	// A socket file left by a dead daemon is replaced.
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	srv, err := ListenAdmin(context.Background(), path, echoHandler)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ListenAdmin(context.Background(), path, echoHandler); err == nil {
		t.Error("second server on a live socket was allowed")
	}
	srv.Close()
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("socket file after Close: %v", err)
	}
	_, err = DialAdmin(context.Background(), path, AdminRequest{}, io.Discard, io.Discard)
	if !errors.Is(err, ErrNoDaemon) {
		t.Errorf("dial after Close: %v, want ErrNoDaemon", err)
	}
}
