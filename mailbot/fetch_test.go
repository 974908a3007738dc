package mailbot

import (
	"bytes"
	"crypto/tls"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"tilmeld"
	"tilmeld/mailbot/mailtest"
	"tilmeld/store"
)

func storedMails(t *testing.T, db *store.DB) []*store.Mail {
	t.Helper()
	var out []*store.Mail
	err := db.View(func(tx *store.Tx) error {
		return tx.Mails(func(m *store.Mail) error {
			out = append(out, m)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func cursorAt(t *testing.T, db *store.DB, uid imap.UID) func() bool {
	return func() bool {
		c, err := db.Cursor("INBOX")
		if err != nil {
			t.Fatal(err)
		}
		return c.LastUID >= uint32(uid)
	}
}

func appendMails(t *testing.T, srv *mailtest.IMAPServer, mails ...[]byte) imap.UID {
	t.Helper()
	var uid imap.UID
	for _, m := range mails {
		var err error
		if uid, err = srv.Append("INBOX", m); err != nil {
			t.Fatal(err)
		}
	}
	return uid
}

func seenUIDs(t *testing.T, acct mailtest.Account) map[imap.UID]bool {
	t.Helper()
	c, err := acct.Login()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	flags, err := mailtest.Flags(c, "INBOX")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[imap.UID]bool{}
	for uid, f := range flags {
		seen[uid] = mailtest.HasFlag(f, imap.FlagSeen)
	}
	return seen
}

func decideAll(t *testing.T, db *store.DB) {
	t.Helper()
	ids, err := db.Pending()
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *store.Tx) error {
		for _, id := range ids {
			if err := tx.Decide(id, &store.Decision{Action: "ignored"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFetchStoresOnceAndMarksAfterDecision covers the life of a mail on
// the fetcher's side: stored once, bytes intact, \Seen only once decided,
// and nothing fetched again after a restart.
func TestFetchStoresOnceAndMarksAfterDecision(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	bot, logBuf := transportBot(t, srv.Addr, srv.Username, srv.Password)
	bot.Config.IMAP.BatchSize = 2

	noID, err := os.ReadFile("testdata/fetch-no-message-id.eml")
	if err != nil {
		t.Fatal(err)
	}
	sameID := bytes.Replace(testMail(1), []byte("Tilmelding 1"), []byte("Tilmelding 1 igen"), 1)
	last := appendMails(t, srv, testMail(1), testMail(2), testMail(1), sameID, noID, testMail(3))

	var notified atomic.Int32
	decided := make(chan struct{}, 1)
	f := &Fetcher{Bot: bot, Notify: func() { notified.Add(1) }, Decided: decided}
	stop := runFetcher(t, f)
	pollUntil(t, slowWait, "cursor reaches the last UID", cursorAt(t, bot.DB, last))

	mails := storedMails(t, bot.DB)
	if len(mails) != 4 {
		t.Fatalf("stored %d mails, want 4 (two duplicates dropped)", len(mails))
	}
	wantIDs := []string{"m1@example.test", "m2@example.test", "", "m3@example.test"}
	for i, m := range mails {
		if m.MessageID != wantIDs[i] {
			t.Errorf("mail %d: Message-ID %q, want %q", i, m.MessageID, wantIDs[i])
		}
	}
	checkRaw(t, bot.DB, mails[2].ID, noID)
	if n := notified.Load(); n < 3 {
		t.Errorf("Notify called %d times, want one per batch of 2 (3)", n)
	}
	for uid, seen := range seenUIDs(t, srv.Account) {
		if seen {
			t.Errorf("UID %d is \\Seen before any decision", uid)
		}
	}

	decideAll(t, bot.DB)
	wake(decided)
	pollUntil(t, slowWait, "decided mails are flagged \\Seen", func() bool {
		seen := seenUIDs(t, srv.Account)
		return seen[1] && seen[2] && seen[5] && seen[6]
	})
	if seen := seenUIDs(t, srv.Account); seen[3] || seen[4] {
		t.Error("a duplicate that was never stored got \\Seen")
	}
	pollUntil(t, time.Second, "marks recorded", func() bool {
		m, _ := bot.DB.ToMark()
		return len(m) == 0
	})
	stop()

	// A restart fetches nothing again, and goes on with new mail.
	// Mail appended while the fetcher starts IDLE can be missed by
	// go-imap's server (see TestFetchIdle): append once it idles.
	idling := make(chan struct{}, 1)
	f2 := &Fetcher{Bot: bot, idling: func() { wake(idling) }}
	runFetcher(t, f2)
	waitIdling(t, idling)
	last = appendMails(t, srv, testMail(4))
	pollUntil(t, slowWait, "new mail after restart", cursorAt(t, bot.DB, last))
	if n := len(storedMails(t, bot.DB)); n != 5 {
		t.Fatalf("after restart: %d mails stored, want 5", n)
	}
	if strings.Contains(logBuf.String(), srv.Password) {
		t.Error("the password appears in the log")
	}
}

func checkRaw(t *testing.T, db *store.DB, id uint64, want []byte) {
	t.Helper()
	err := db.View(func(tx *store.Tx) error {
		raw, err := tx.Raw(id)
		if err == nil && !bytes.Equal(raw, want) {
			t.Errorf("mail %d: stored bytes differ from the server's", id)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFetchUIDValidityChange re-creates the mailbox with the same mails
// under a new UIDVALIDITY: the fetcher scans again and stores only the
// mail that is really new.
func TestFetchUIDValidityChange(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	bot, _ := transportBot(t, srv.Addr, srv.Username, srv.Password)
	last := appendMails(t, srv, testMail(1), testMail(2))
	stop := runFetcher(t, &Fetcher{Bot: bot})
	pollUntil(t, slowWait, "first fetch", cursorAt(t, bot.DB, last))
	stop()
	before, _ := bot.DB.Cursor("INBOX")

	if err := srv.Recreate("INBOX"); err != nil {
		t.Fatal(err)
	}
	appendMails(t, srv, testMail(1), testMail(2), testMail(3))
	runFetcher(t, &Fetcher{Bot: bot})
	pollUntil(t, slowWait, "cursor under the new UIDVALIDITY", func() bool {
		c, _ := bot.DB.Cursor("INBOX")
		return c.UIDValidity != before.UIDValidity && c.LastUID == 3
	})
	if n := len(storedMails(t, bot.DB)); n != 3 {
		t.Fatalf("%d mails stored, want 3", n)
	}
}

// TestFetchIdle stores a mail appended while the fetcher idles within a
// second; the poll interval is a minute, so only IDLE can have done it.
func TestFetchIdle(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	bot, _ := transportBot(t, srv.Addr, srv.Username, srv.Password)
	idling := make(chan struct{}, 1)
	f := &Fetcher{Bot: bot, idling: func() { wake(idling) }}
	runFetcher(t, f)
	for i := 1; i <= 3; i++ {
		waitIdling(t, idling)
		start := time.Now()
		uid := appendMails(t, srv, testMail(i))
		pollUntil(t, time.Second, "mail stored while idling", cursorAt(t, bot.DB, uid))
		t.Logf("mail %d stored %v after APPEND", i, time.Since(start).Round(time.Millisecond))
	}
}

// waitIdling returns once the fetcher has started IDLE.
func waitIdling(t *testing.T, idling <-chan struct{}) {
	t.Helper()
	select {
	case <-idling:
	case <-time.After(slowWait):
		t.Fatal("fetcher never started IDLE")
	}
	// The beta.8 server registers an idler just after "+ idling".
	time.Sleep(10 * time.Millisecond)
}

// TestFetchPoll follows a server without IDLE by polling.
func TestFetchPoll(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, &mailtest.IMAPOptions{Caps: imap.CapSet{imap.CapIMAP4rev1: {}}})
	bot, _ := transportBot(t, srv.Addr, srv.Username, srv.Password)
	bot.Config.IMAP.Idle = false
	bot.Config.IMAP.PollInterval = 50 * time.Millisecond
	runFetcher(t, &Fetcher{Bot: bot})
	uid := appendMails(t, srv, testMail(1))
	pollUntil(t, 2*time.Second, "mail stored by polling", cursorAt(t, bot.DB, uid))
}

// TestFetchReconnects cuts the connection under the fetcher: it dials
// again and goes on, and nothing is lost or stored twice.
func TestFetchReconnects(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	proxy := mailtest.MustProxy(t, srv.Addr)
	bot, logBuf := transportBot(t, proxy.Addr, srv.Username, srv.Password)
	idling := make(chan struct{}, 1)
	runFetcher(t, &Fetcher{Bot: bot, idling: func() { wake(idling) }})
	waitIdling(t, idling)
	uid := appendMails(t, srv, testMail(1))
	pollUntil(t, slowWait, "first mail", cursorAt(t, bot.DB, uid))

	proxy.Cut()
	uid = appendMails(t, srv, testMail(2), testMail(3))
	pollUntil(t, 5*time.Second, "mail after the cut", cursorAt(t, bot.DB, uid))
	if n := len(storedMails(t, bot.DB)); n != 3 {
		t.Fatalf("%d mails stored, want 3", n)
	}
	if proxy.Connections() < 2 {
		t.Errorf("%d connections, want a reconnect", proxy.Connections())
	}
	if !strings.Contains(logBuf.String(), "reconnecting") {
		t.Error("the lost connection was not logged")
	}
}

// TestFetchRefusesPlaintextToRemote checks the one configuration error
// Run returns instead of retrying.
func TestFetchRefusesPlaintextToRemote(t *testing.T) {
	bot, _ := transportBot(t, "imap.example.org:143", "u", "p")
	err := (&Fetcher{Bot: bot}).Run(t.Context())
	if err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Fatalf("Run = %v, want a refusal of plaintext", err)
	}
}

func TestHeaderMessageID(t *testing.T) {
	for _, c := range []struct{ raw, want string }{
		{"Message-ID: <a@b>\r\n\r\nbody", "a@b"},
		{"message-id:<a@b>\n\nMessage-ID: <body@x>", "a@b"},
		{"Subject: x\r\nMessage-Id:\r\n <folded@b>\r\n\r\n", "folded@b"},
		{"Message-ID: <a@b> (comment)\r\n\r\n", "a@b"},
		{"Message-ID: bare@b\r\n\r\n", "bare@b"},
		{"Message-ID: <unclosed@b\r\n\r\n", "unclosed@b"},
		{"Subject: no id\r\n\r\nMessage-ID: <in-body@b>\r\n", ""},
		{"From nobody Mon Sep 14\r\nbroken line\r\nMessage-ID: <after-junk@b>\r\n\r\n", "after-junk@b"},
		{"Message-ID:   \r\n\r\n", ""},
		{"", ""},
	} {
		if got := headerMessageID([]byte(c.raw)); got != c.want {
			t.Errorf("headerMessageID(%q) = %q, want %q", c.raw, got, c.want)
		}
	}
}

func FuzzHeaderMessageID(f *testing.F) {
	f.Add([]byte("Message-ID: <a@b>\r\n\r\n"))
	f.Add(testMail(1))
	f.Fuzz(func(t *testing.T, raw []byte) {
		id := headerMessageID(raw)
		if strings.ContainsAny(id, " \t\r\n<>") {
			t.Errorf("headerMessageID = %q: holds space or brackets", id)
		}
	})
}

// TestFetchTLS fetches over implicit TLS and over STARTTLS, trusting the
// test server's own certificate only.
func TestFetchTLS(t *testing.T) {
	serverTLS, roots, err := mailtest.SelfSignedTLS()
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []tilmeld.TLSMode{tilmeld.TLSImplicit, tilmeld.TLSStartTLS} {
		t.Run(string(mode), func(t *testing.T) {
			srv := mailtest.MustIMAPServer(t, &mailtest.IMAPOptions{TLSConfig: serverTLS, ImplicitTLS: mode == tilmeld.TLSImplicit})
			bot, _ := transportBot(t, srv.Addr, srv.Username, srv.Password)
			bot.Config.IMAP.TLS = mode
			uid := appendMails(t, srv, testMail(1))
			runFetcher(t, &Fetcher{Bot: bot, TLSConfig: &tls.Config{RootCAs: roots}})
			pollUntil(t, slowWait, "mail fetched over TLS", cursorAt(t, bot.DB, uid))
		})
	}
}

// TestFetchMarkSeenOff opens the mailbox read-only and never flags.
func TestFetchMarkSeenOff(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	bot, _ := transportBot(t, srv.Addr, srv.Username, srv.Password)
	bot.Config.IMAP.MarkSeen = false
	decided := make(chan struct{}, 1)
	// Mail already there, not appended while the fetcher may be starting
	// IDLE: go-imap's server can miss that (see TestFetchIdle).
	uid := appendMails(t, srv, testMail(1))
	runFetcher(t, &Fetcher{Bot: bot, Decided: decided})
	pollUntil(t, slowWait, "mail fetched", cursorAt(t, bot.DB, uid))
	decideAll(t, bot.DB)
	wake(decided)
	pollUntil(t, slowWait, "decided mail recorded as done", func() bool {
		m, _ := bot.DB.ToMark()
		return len(m) == 0
	})
	if seenUIDs(t, srv.Account)[uid] {
		t.Error("\\Seen set although mark_seen is off")
	}
}

// TestFetchMarksWithoutDecidedSignal: with no Decided channel wired, the
// fetcher looks again soon while mail awaits its decision.
func TestFetchMarksWithoutDecidedSignal(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	bot, _ := transportBot(t, srv.Addr, srv.Username, srv.Password)
	uid := appendMails(t, srv, testMail(1))
	runFetcher(t, &Fetcher{Bot: bot, recheck: 20 * time.Millisecond})
	pollUntil(t, slowWait, "mail fetched", cursorAt(t, bot.DB, uid))
	decideAll(t, bot.DB)
	pollUntil(t, slowWait, "decided mail flagged \\Seen", func() bool { return seenUIDs(t, srv.Account)[uid] })
}

// TestFetchIMAP4rev2 follows a server that speaks IMAP4rev2 (ESEARCH
// answers, IDLE implied).
func TestFetchIMAP4rev2(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, &mailtest.IMAPOptions{Caps: imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}})
	bot, _ := transportBot(t, srv.Addr, srv.Username, srv.Password)
	bot.Config.IMAP.BatchSize = 2
	last := appendMails(t, srv, testMail(1), testMail(2), testMail(3))
	idling := make(chan struct{}, 1)
	runFetcher(t, &Fetcher{Bot: bot, idling: func() { wake(idling) }})
	pollUntil(t, slowWait, "mails fetched", cursorAt(t, bot.DB, last))
	waitIdling(t, idling)
	uid := appendMails(t, srv, testMail(4))
	pollUntil(t, time.Second, "mail stored while idling", cursorAt(t, bot.DB, uid))
	if n := len(storedMails(t, bot.DB)); n != 4 {
		t.Fatalf("%d stored, want 4", n)
	}
}

// TestFetchCutMidway drops the connection after the first committed
// batch of many: every mail ends up stored exactly once.
func TestFetchCutMidway(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	proxy := mailtest.MustProxy(t, srv.Addr)
	bot, _ := transportBot(t, proxy.Addr, srv.Username, srv.Password)
	bot.Config.IMAP.BatchSize = 20
	mails := make([][]byte, 300)
	for i := range mails {
		mails[i] = testMail(i + 1)
	}
	last := appendMails(t, srv, mails...)
	var batches atomic.Int32
	runFetcher(t, &Fetcher{Bot: bot, Notify: func() {
		if batches.Add(1) == 1 {
			proxy.Cut()
		}
	}})
	pollUntil(t, 5*time.Second, "all mails fetched", cursorAt(t, bot.DB, last))
	if n := len(storedMails(t, bot.DB)); n != len(mails) {
		t.Fatalf("%d stored, want %d", n, len(mails))
	}
	if proxy.Connections() < 2 {
		t.Error("the connection was not cut")
	}
}
