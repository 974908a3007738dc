package main

import (
	"mime"
	"net/mail"
	"strings"
	"testing"
)

// TestGeneratedMails checks what the bench's figures rest on: the mails
// parse as mail, have distinct Message-IDs, and are registration-sized.
func TestGeneratedMails(t *testing.T) {
	_, mails, size := generate(2000, 1, "t")
	ids := map[string]bool{}
	small, large := 0, 0
	for _, m := range mails {
		msg, err := mail.ReadMessage(strings.NewReader(string(m.Raw)))
		if err != nil {
			t.Fatalf("%s: %v", m.MessageID, err)
		}
		if got := strings.Trim(msg.Header.Get("Message-Id"), "<>"); got != m.MessageID || ids[got] {
			t.Fatalf("Message-ID %q: repeated or not %q", got, m.MessageID)
		}
		ids[m.MessageID] = true
		var dec mime.WordDecoder
		for _, h := range []string{"From", "Subject"} {
			// An encoded word decodes to the text, not to its escapes.
			if v, err := dec.DecodeHeader(msg.Header.Get(h)); err != nil || strings.Contains(v, "=") {
				t.Fatalf("%s: %s decodes to %q (%v)", m.MessageID, h, v, err)
			}
		}
		if !m.Answerable {
			continue
		}
		switch n := len(m.Raw); {
		case n < 1500:
			small++
		case n > 6000:
			large++
		}
	}
	t.Logf("average %d bytes, %d registrations under 1.5 KB, %d over 6 KB", size/int64(len(mails)), small, large)
	if small+large > len(mails)/10 {
		t.Errorf("%d of %d registrations are not 1.5-6 KB", small+large, len(mails))
	}
}
