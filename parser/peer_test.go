package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// peerDir holds discourse/email_reply_trimmer's test mails and the new text
// it expects; it is outside the repository and may be absent.
const peerDir = "../../shared/peer-tests/email_reply_trimmer"

// TestPeerTrimmer runs a public quote-trimming suite through Extract. A case
// matches when every line of the expected new text is in Own and no line of
// the quoted mail below it is. Signatures are not compared: tilmeld keeps
// them apart rather than dropping them.
func TestPeerTrimmer(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join(peerDir, "emails", "*.txt"))
	if len(names) == 0 {
		t.Skip("peer suite not present")
	}
	pass := 0
	for _, name := range names {
		body, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(peerDir, "trimmed", filepath.Base(name)))
		if err != nil {
			t.Fatal(err)
		}
		m := Extract(plainMail(string(body)))
		if why := peerMismatch(string(body), string(want), m.Own, m.Signature); why != "" {
			t.Logf("%s: %s", filepath.Base(name), why)
			continue
		}
		pass++
	}
	share := float64(pass) / float64(len(names))
	t.Logf("peer suite: %d of %d match (%.0f%%)", pass, len(names), 100*share)
	if share < peerFloor {
		t.Errorf("peer suite share %.2f below the floor %.2f", share, peerFloor)
	}
}

// peerFloor is the share of the peer suite that must match.
const peerFloor = 0.85

// plainMail wraps a body in a minimal UTF-8 text/plain message.
func plainMail(body string) []byte {
	return []byte("From: a@example.com\r\nTo: b@example.com\r\nSubject: test\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: 8bit\r\n\r\n" + body)
}

// peerMismatch says why own does not match the expected new text, or "".
// Lines of the new text may also be in the signature, which tilmeld keeps
// apart where the peer drops it or keeps it.
func peerMismatch(mail, want, own, sig string) string {
	ownNorm := normSpace(own + "\n" + sig)
	ownLines := map[string]bool{}
	for _, l := range strings.Split(own, "\n") {
		ownLines[normSpace(l)] = true
	}
	wantLines := map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		if l = normSpace(l); l != "" {
			wantLines[l] = true
			if !strings.Contains(ownNorm, l) {
				return "missing " + l
			}
		}
	}
	for _, l := range belowNewText(mail, want) {
		if l = normSpace(l); l != "" && !wantLines[l] && ownLines[l] {
			return "kept quoted " + l
		}
	}
	return ""
}

// belowNewText returns the mail's lines after the last line of the new text.
func belowNewText(mail, want string) []string {
	lines := strings.Split(strings.ReplaceAll(mail, "\r\n", "\n"), "\n")
	i := 0
	for _, w := range strings.Split(want, "\n") {
		if w = normSpace(w); w == "" {
			continue
		}
		for j := i; j < len(lines); j++ {
			if normSpace(lines[j]) == w {
				i = j + 1
				break
			}
		}
	}
	return lines[i:]
}

func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
