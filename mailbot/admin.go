package mailbot

// The admin socket. bbolt lets one process write, so while the daemon runs
// the staff commands send their command line here and the daemon runs it
// with its own open store. One request per connection:
//
//	client → server: one JSON AdminRequest
//	server → client: JSON AdminFrame values: output chunks, then one with Done set
//
// The socket file is 0600: only the daemon's user (and root) may connect.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"time"
)

// AdminRequest is one staff command line sent to the daemon.
type AdminRequest struct {
	// Args is the command line without the program name ("list", "--status", "waitlist").
	Args []string `json:"args"`
	// User is the OS user of the client, written to the audit log.
	User string `json:"user"`
}

// AdminFrame is one piece of the answer.
type AdminFrame struct {
	// Stdout and Stderr carry the command's output, stderr first.
	Stdout []byte `json:"stdout,omitempty"`
	Stderr []byte `json:"stderr,omitempty"`
	// Done ends the answer; Code is the exit code (0 ok, 1 failure, 2 usage)
	// and Error the message of a failure.
	Done  bool   `json:"done,omitempty"`
	Code  int    `json:"code,omitempty"`
	Error string `json:"error,omitempty"`
}

// AdminHandler runs one request, writing its output to stdout and stderr.
// It returns the exit code and, for a failure, the error message.
type AdminHandler func(ctx context.Context, req AdminRequest, stdout, stderr io.Writer) (code int, errMsg string)

// AdminServer serves the admin socket until closed.
type AdminServer struct {
	ln      net.Listener
	handler AdminHandler
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	// mu serialises requests: staff commands are few, and one at a time
	// keeps their output and audit entries in a plain order.
	mu sync.Mutex
}

// ListenAdmin creates the socket at path with mode 0600 and serves handler
// on it. A socket file left behind by a dead daemon is replaced; one that
// still answers means another daemon runs, which is an error.
func ListenAdmin(ctx context.Context, path string, handler AdminHandler) (*AdminServer, error) {
	if err := removeStaleSocket(path); err != nil {
		return nil, err
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("admin socket: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("admin socket: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	s := &AdminServer{ln: ln, handler: handler, cancel: cancel}
	s.wg.Add(1)
	go s.serve(ctx)
	return s, nil
}

func removeStaleSocket(path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if c, err := net.DialTimeout("unix", path, time.Second); err == nil {
		c.Close()
		return fmt.Errorf("admin socket %s: another tilmeld daemon answers on it", path)
	}
	if err := os.Remove(path); err != nil {
		return fmt.Errorf("admin socket: remove stale %s: %w", path, err)
	}
	return nil
}

// Addr returns the socket's path.
func (s *AdminServer) Addr() string { return s.ln.Addr().String() }

// Close stops accepting, waits for running requests and removes the socket.
func (s *AdminServer) Close() error {
	s.cancel()
	err := s.ln.Close()
	s.wg.Wait()
	return err
}

func (s *AdminServer) serve(ctx context.Context) {
	defer s.wg.Done()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			s.handle(ctx, c)
		}()
	}
}

// handle runs one request. Output is gathered and sent once the command
// is done: a client that stops reading must not hold a store transaction
// open in the daemon.
func (s *AdminServer) handle(ctx context.Context, c net.Conn) {
	var req AdminRequest
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	if err := json.NewDecoder(c).Decode(&req); err != nil {
		return
	}
	var stdout, stderr bytes.Buffer
	s.mu.Lock()
	code, msg := s.handler(ctx, req, &stdout, &stderr)
	s.mu.Unlock()
	c.SetWriteDeadline(time.Now().Add(time.Minute))
	enc := json.NewEncoder(c)
	for _, f := range chunks(stderr.Bytes(), true) {
		if enc.Encode(f) != nil {
			return
		}
	}
	for _, f := range chunks(stdout.Bytes(), false) {
		if enc.Encode(f) != nil {
			return
		}
	}
	enc.Encode(AdminFrame{Done: true, Code: code, Error: msg})
}

// chunks cuts output into frames of at most 64 KiB.
func chunks(b []byte, stderr bool) []AdminFrame {
	var out []AdminFrame
	for len(b) > 0 {
		n := min(len(b), 64<<10)
		f := AdminFrame{Stdout: b[:n]}
		if stderr {
			f = AdminFrame{Stderr: b[:n]}
		}
		out = append(out, f)
		b = b[n:]
	}
	return out
}

// ErrNoDaemon is returned by DialAdmin when no daemon listens on the socket.
var ErrNoDaemon = errors.New("no daemon answers on the admin socket")

// DialAdmin sends req to the daemon at path and copies the output to stdout
// and stderr as it arrives. It returns the final frame. When no daemon
// listens it returns ErrNoDaemon, and the caller opens the store itself.
func DialAdmin(ctx context.Context, path string, req AdminRequest, stdout, stderr io.Writer) (AdminFrame, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "unix", path)
	if err != nil {
		return AdminFrame{}, fmt.Errorf("%w (%v)", ErrNoDaemon, err)
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	if err := json.NewEncoder(c).Encode(req); err != nil {
		return AdminFrame{}, fmt.Errorf("admin socket: %w", err)
	}
	return readFrames(json.NewDecoder(c), stdout, stderr)
}

func readFrames(dec *json.Decoder, stdout, stderr io.Writer) (AdminFrame, error) {
	for {
		var f AdminFrame
		if err := dec.Decode(&f); err != nil {
			return AdminFrame{}, fmt.Errorf("admin socket: the daemon ended the answer early: %w", err)
		}
		if f.Done {
			return f, nil
		}
		if _, err := stdout.Write(f.Stdout); err != nil {
			return AdminFrame{}, err
		}
		if _, err := stderr.Write(f.Stderr); err != nil {
			return AdminFrame{}, err
		}
	}
}
