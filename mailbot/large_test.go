package mailbot

import (
	"bytes"
	"context"
	"encoding/base64"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"tilmeld/mailbot/mailtest"
	"tilmeld/reliability/hostile"
	"tilmeld/store"
)

// largeTestMail is a registration of n bytes or more, most of them an
// attachment that does not compress.
func largeTestMail(n int) []byte {
	data := make([]byte, n*3/4)
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := range data {
		data[i] = byte(rnd.Uint32())
	}
	var b bytes.Buffer
	b.WriteString("From: Stor Bilag <stor@example.test>\r\nTo: abc@bo-vest.dk\r\nSubject: Tilmelding med bilag\r\n" +
		"Message-ID: <stor@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJeg vil gerne deltage i workshop 1, subsidiært 2.\r\n\r\nMvh Stor Bilag\r\n" +
		"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"scan.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n")
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n--b--\r\n")
	return b.Bytes()
}

// TestFetchLargeMail fetches a large mail between two small ones in one
// batch: it is stored in chunks, whole, in the order of the UIDs, and
// decided like any other mail.
func TestFetchLargeMail(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	bot, _ := transportBot(t, srv.Addr, srv.Username, srv.Password)
	bot.DB.Now = func() time.Time { return time.Date(2020, 9, 10, 9, 0, 0, 0, time.UTC) }
	large := largeTestMail(3 * store.LargeRaw)
	mails := [][]byte{testMail(1), large, testMail(3)}
	last := appendMails(t, srv, mails...)
	runFetcher(t, &Fetcher{Bot: bot})
	pollUntil(t, slowWait, "all mails fetched", cursorAt(t, bot.DB, last))
	stored := storedMails(t, bot.DB)
	if len(stored) != len(mails) {
		t.Fatalf("%d mails stored, want %d", len(stored), len(mails))
	}
	for i, m := range stored {
		if m.UID != uint32(i+1) {
			t.Errorf("mail %d has UID %d: not stored in the order of the UIDs", m.ID, m.UID)
		}
		checkRaw(t, bot.DB, m.ID, mails[i])
	}
	bot.DB.View(func(tx *store.Tx) error {
		if !tx.RawLarge(stored[1].ID) || tx.RawLarge(stored[0].ID) {
			t.Error("the large mail is not the one stored in chunks")
		}
		return nil
	})
	if n, err := bot.ProcessPending(context.Background()); err != nil || n != 3 {
		t.Fatalf("decided %d (%v), want 3", n, err)
	}
	d := stored[1]
	bot.DB.View(func(tx *store.Tx) error {
		m, err := tx.Mail(d.ID)
		if err != nil || m.Decision == nil || m.Decision.Action != "registered" {
			t.Errorf("the large mail was decided %+v (%v)", m.Decision, err)
			return nil
		}
		r, err := tx.Registration(m.Decision.Registration)
		if err != nil || len(r.Attendees) != 1 || r.Attendees[0].Name != "Stor Bilag" || r.Contact.Email != "stor@example.test" {
			t.Errorf("registration %+v (%v)", r, err)
		}
		return nil
	})
	if n, err := bot.DB.DropStaged(); n != 0 || err != nil {
		t.Errorf("%d half-written mails left (%v)", n, err)
	}
	if n, err := bot.DB.UnsentCount(); n != 3 || err != nil {
		t.Errorf("%d replies queued (%v), want 3", n, err)
	}
}

// TestFetchLargeMailCut cuts the connection in the middle of a large mail,
// after some of its chunks were committed: what was written is dropped,
// and after the reconnect the mail is stored once, whole.
func TestFetchLargeMailCut(t *testing.T) {
	if hostile.RaceDetector {
		t.Skip("the data race of TestFetchCutInsideALiteral (go-imap beta.8)")
	}
	srv := mailtest.MustIMAPServer(t, nil)
	large := largeTestMail(10 << 20)
	addr := cutAfter(t, srv.Addr, 6<<20)
	bot, logBuf := transportBot(t, addr, srv.Username, srv.Password)
	last := appendMails(t, srv, testMail(1), large)
	runFetcher(t, &Fetcher{Bot: bot})
	pollUntil(t, slowWait, "all mails fetched after the cut", cursorAt(t, bot.DB, last))
	stored := storedMails(t, bot.DB)
	if len(stored) != 2 {
		t.Fatalf("%d mails stored, want 2", len(stored))
	}
	checkRaw(t, bot.DB, stored[1].ID, large)
	if n, err := bot.DB.DropStaged(); n != 0 || err != nil {
		t.Errorf("%d half-written mails left (%v)", n, err)
	}
	if !strings.Contains(logBuf.String(), "reconnecting") {
		t.Error("the connection was not cut")
	}
}
