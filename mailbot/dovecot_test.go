package mailbot

import (
	"os"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"tilmeld/mailbot/mailtest"
)

// dovecotBot starts Dovecot with mails numbered 1 to n, appended by IMAP
// or, for many, delivered into the maildir, and a bot over a fresh store
// pointing at it.
func dovecotBot(t *testing.T, n int, deliver bool) (*mailtest.Dovecot, *Bot) {
	t.Helper()
	d := mailtest.MustDovecot(t)
	raws := make([][]byte, n)
	for i := range raws {
		raws[i] = testMail(i + 1)
	}
	if deliver {
		if err := d.Deliver(raws); err != nil {
			t.Fatal(err)
		}
	} else {
		c, err := d.Login()
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if err := mailtest.AppendAll(c, "INBOX", raws); err != nil {
			t.Fatal(err)
		}
	}
	bot, _ := transportBot(t, d.Addr, d.Username, d.Password)
	return d, bot
}

// TestDovecotFetch runs the fetcher against Dovecot: all mail stored
// once, \Seen only after the decision, and a mail appended while idling
// stored within a second.
func TestDovecotFetch(t *testing.T) {
	d, bot := dovecotBot(t, 25, false)
	bot.Config.IMAP.BatchSize = 10
	decided := make(chan struct{}, 1)
	idling := make(chan struct{}, 1)
	runFetcher(t, &Fetcher{Bot: bot, Decided: decided, idling: func() { wake(idling) }})
	pollUntil(t, 5*time.Second, "all 25 mails fetched", cursorAt(t, bot.DB, 25))
	if n := len(storedMails(t, bot.DB)); n != 25 {
		t.Fatalf("%d mails stored, want 25", n)
	}
	for uid, seen := range seenUIDs(t, d.Account) {
		if seen {
			t.Fatalf("UID %d \\Seen before its decision", uid)
		}
	}
	decideAll(t, bot.DB)
	wake(decided)
	pollUntil(t, 5*time.Second, "all flagged \\Seen", func() bool {
		for _, seen := range seenUIDs(t, d.Account) {
			if !seen {
				return false
			}
		}
		return true
	})

	select {
	case <-idling:
	case <-time.After(5 * time.Second):
		t.Fatal("fetcher never started IDLE on Dovecot")
	}
	c, err := d.Login()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	uid, err := mailtest.Append(c, "INBOX", testMail(26))
	if err != nil {
		t.Fatal(err)
	}
	pollUntil(t, 2*time.Second, "mail appended while idling", cursorAt(t, bot.DB, uid))
	t.Logf("Dovecot %s: mail stored %v after APPEND", d.Version, time.Since(start).Round(time.Millisecond))
}

// TestDovecotFetchSpeed fetches 1,000 mails and reports the time.
func TestDovecotFetchSpeed(t *testing.T) {
	fetchMany(t, 1000)
}

// TestDovecotFetch10k fetches 10,000 mails, for a speed of about 2s. It
// takes several seconds more to set up, so it runs only when asked:
// TILMELD_FETCH_10K=1 go test -run Dovecot -v ./mailbot
func TestDovecotFetch10k(t *testing.T) {
	if os.Getenv("TILMELD_FETCH_10K") != "1" {
		t.Skip("set TILMELD_FETCH_10K=1 to fetch 10,000 mails from Dovecot")
	}
	fetchMany(t, 10000)
}

func fetchMany(t *testing.T, n int) time.Duration {
	_, bot := dovecotBot(t, n, true)
	start := time.Now()
	runFetcher(t, &Fetcher{Bot: bot})
	pollUntil(t, 30*time.Second, "all mails fetched", cursorAt(t, bot.DB, imap.UID(n)))
	took := time.Since(start)
	t.Logf("fetched and stored %d mails from Dovecot in %v (batch %d)", n, took.Round(time.Millisecond), bot.Config.IMAP.BatchSize)
	if got := len(storedMails(t, bot.DB)); got != n {
		t.Fatalf("%d stored, want %d", got, n)
	}
	return took
}
