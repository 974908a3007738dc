package reliability

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Build compiles cmd/tilmeld of the module at root into dir.
func Build(ctx context.Context, root, dir string) (string, error) {
	bin := filepath.Join(dir, "tilmeld")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/tilmeld")
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./cmd/tilmeld: %w", err)
	}
	return bin, nil
}

// Print writes the summary of a run.
func (r *Report) Print(w io.Writer) {
	var longest time.Duration
	for _, d := range r.KilledAt {
		longest = max(longest, d)
	}
	fmt.Fprintf(w, "mails delivered:        %d (%d from people, %d automatic)\n", r.Mails, r.Answerable, r.Mails-r.Answerable)
	fmt.Fprintf(w, "SIGKILLs survived:      %d (longest run between kills %v)\n", r.Kills, longest.Round(time.Millisecond))
	if c := r.Check; c != nil {
		fmt.Fprintf(w, "mails stored:           %d (decided %d, pending %d)\n", c.Stored, c.Decided, c.Pending)
		fmt.Fprintf(w, "registrations:          %d\n", c.Registrations)
		fmt.Fprintf(w, "replies:                %d distinct, to %d mails; outbox unsent %d, failed %d\n", c.Replies, c.RepliedTo, c.Unsent, c.FailedOut)
		fmt.Fprintf(w, "duplicate replies:      %d (same Message-ID delivered again)\n", c.DuplicateSends)
		for _, f := range c.Failures {
			fmt.Fprintf(w, "FAIL: %s\n", f)
		}
	}
	fmt.Fprintf(w, "elapsed:                %v\n", r.Elapsed.Round(100*time.Millisecond))
}
