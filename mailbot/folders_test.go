package mailbot

import (
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"tilmeld/mailbot/mailtest"
	"tilmeld/store"
)

// decideAs records a decision with action for each stored mail, in order.
func decideAs(t *testing.T, db *store.DB, actions ...string) {
	t.Helper()
	ids, err := db.Pending()
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != len(actions) {
		t.Fatalf("%d mails pending, want %d", len(ids), len(actions))
	}
	err = db.Update(func(tx *store.Tx) error {
		for i, id := range ids {
			if err := tx.Decide(id, &store.Decision{Action: actions[i]}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// mailboxFlags returns the flags of the mails in mailbox, nil when the
// mailbox does not exist.
func mailboxFlags(t *testing.T, acct mailtest.Account, mailbox string) map[imap.UID][]imap.Flag {
	t.Helper()
	c, err := acct.Login()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	flags, err := mailtest.Flags(c, mailbox)
	if err != nil {
		return nil
	}
	return flags
}

func subscribed(t *testing.T, acct mailtest.Account) map[string]bool {
	t.Helper()
	c, err := acct.Login()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	list, err := c.List("", "*", &imap.ListOptions{SelectSubscribed: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, d := range list {
		out[d.Mailbox] = true
	}
	return out
}

// checkFolders runs the fetcher over four mails decided registered, review,
// ignored and asked, and checks each lands \Seen in its folder, created
// and subscribed, and nothing stays in INBOX.
func checkFolders(t *testing.T, acct mailtest.Account, appendAll func(...[]byte) imap.UID) {
	t.Helper()
	bot, _ := transportBot(t, acct.Addr, acct.Username, acct.Password)
	bot.Config.IMAP.Folders.Enabled = true
	last := appendAll(testMail(1), testMail(2), testMail(3), testMail(4))
	decided := make(chan struct{}, 1)
	runFetcher(t, &Fetcher{Bot: bot, Decided: decided})
	pollUntil(t, slowWait, "all mail fetched", cursorAt(t, bot.DB, last))
	if n := len(mailboxFlags(t, acct, "INBOX")); n != 4 {
		t.Fatalf("%d mails in INBOX before any decision, want 4", n)
	}
	decideAs(t, bot.DB, "registered", "review", "ignored", "asked")
	wake(decided)
	pollUntil(t, slowWait, "INBOX emptied", func() bool { return len(mailboxFlags(t, acct, "INBOX")) == 0 })
	want := map[string]int{"Tilmeldt": 2, "Til gennemsyn": 1, "Ignoreret": 1}
	for folder, n := range want {
		flags := mailboxFlags(t, acct, folder)
		if len(flags) != n {
			t.Errorf("%s holds %d mails, want %d", folder, len(flags), n)
		}
		for uid, f := range flags {
			if !mailtest.HasFlag(f, imap.FlagSeen) || mailtest.HasFlag(f, imap.FlagDeleted) {
				t.Errorf("%s UID %d has flags %v, want \\Seen and not \\Deleted", folder, uid, f)
			}
		}
	}
	subs := subscribed(t, acct)
	for folder := range want {
		if !subs[folder] {
			t.Errorf("folder %q is not subscribed (subscribed: %v)", folder, subs)
		}
	}
	if m, _ := bot.DB.ToMark(); len(m) != 0 {
		t.Errorf("%d mails still to mark", len(m))
	}
}

func TestFoldersMoveDecidedMail(t *testing.T) {
	for _, tt := range []struct {
		name string
		caps imap.CapSet
	}{
		{"MOVE", nil},
		{"no MOVE, UIDPLUS", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIdle: {}, imap.CapUIDPlus: {}}},
		{"neither MOVE nor UIDPLUS", imap.CapSet{imap.CapIMAP4rev1: {}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := mailtest.MustIMAPServer(t, &mailtest.IMAPOptions{Caps: tt.caps})
			checkFolders(t, srv.Account, func(raws ...[]byte) imap.UID { return appendMails(t, srv, raws...) })
		})
	}
}

func TestFoldersDovecot(t *testing.T) {
	d := mailtest.MustDovecot(t)
	checkFolders(t, d.Account, func(raws ...[]byte) imap.UID {
		c, err := d.Login()
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if err := mailtest.AppendAll(c, "INBOX", raws); err != nil {
			t.Fatal(err)
		}
		return imap.UID(len(raws))
	})
}

// TestFoldersOffLeavesMail: the default moves nothing and creates no folder.
func TestFoldersOffLeavesMail(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	bot, _ := transportBot(t, srv.Addr, srv.Username, srv.Password)
	last := appendMails(t, srv, testMail(1))
	decided := make(chan struct{}, 1)
	runFetcher(t, &Fetcher{Bot: bot, Decided: decided})
	pollUntil(t, slowWait, "mail fetched", cursorAt(t, bot.DB, last))
	decideAs(t, bot.DB, "registered")
	wake(decided)
	pollUntil(t, slowWait, "mail marked", func() bool { m, _ := bot.DB.ToMark(); return len(m) == 0 })
	if n := len(mailboxFlags(t, srv.Account, "INBOX")); n != 1 {
		t.Errorf("%d mails in INBOX, want 1", n)
	}
	if mailboxFlags(t, srv.Account, "Tilmeldt") != nil {
		t.Error("folder Tilmeldt was created with folders off")
	}
}

// selectedInbox logs in to srv and selects INBOX read-write.
func selectedInbox(t *testing.T, srv *mailtest.IMAPServer) *imapclient.Client {
	t.Helper()
	c, err := srv.Login()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestMoveWithoutMOVEKeepsMailWhenCopyFails: a refused COPY (here: no
// such folder) leaves the original untouched, where go-imap's own
// fallback would already have flagged and expunged it.
func TestMoveWithoutMOVEKeepsMailWhenCopyFails(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, &mailtest.IMAPOptions{Caps: imap.CapSet{imap.CapIMAP4rev1: {}}})
	uid := appendMails(t, srv, testMail(1))
	c := selectedInbox(t, srv)
	if _, err := moveMails(c, []imap.UID{uid}, "No such folder"); err == nil {
		t.Fatal("move to a missing folder succeeded")
	}
	flags := mailboxFlags(t, srv.Account, "INBOX")
	if len(flags) != 1 || mailtest.HasFlag(flags[uid], imap.FlagDeleted) {
		t.Errorf("INBOX after a failed copy: %v, want the mail untouched", flags)
	}
}

// TestMoveWithoutUIDPLUSSparesStaffDeletions: without UIDPLUS an EXPUNGE
// would also remove a mail staff flagged \Deleted; the moved mail then
// stays flagged until the next expunge, and the staff's mail is spared.
func TestMoveWithoutUIDPLUSSparesStaffDeletions(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, &mailtest.IMAPOptions{Caps: imap.CapSet{imap.CapIMAP4rev1: {}}})
	staff, err := srv.AppendFlags("INBOX", testMail(1), time.Now(), []imap.Flag{imap.FlagDeleted})
	if err != nil {
		t.Fatal(err)
	}
	uid := appendMails(t, srv, testMail(2))
	if err := srv.User().Create("Tilmeldt", nil); err != nil {
		t.Fatal(err)
	}
	c := selectedInbox(t, srv)
	left, err := moveMails(c, []imap.UID{uid}, "Tilmeldt")
	if err != nil || !left {
		t.Fatalf("moveMails = %v, %v; want the original left flagged", left, err)
	}
	inbox := mailboxFlags(t, srv.Account, "INBOX")
	if _, ok := inbox[staff]; !ok {
		t.Error("the mail staff flagged \\Deleted was expunged")
	}
	if !mailtest.HasFlag(inbox[uid], imap.FlagDeleted) {
		t.Errorf("moved original has flags %v, want \\Deleted", inbox[uid])
	}
	if n := len(mailboxFlags(t, srv.Account, "Tilmeldt")); n != 1 {
		t.Errorf("Tilmeldt holds %d mails, want 1", n)
	}
}

// TestFoldersRefusedMoveKeepsFetching: a folder deleted behind the bot's
// back makes the server refuse the move; the mail stays, flagged \Seen,
// and new mail is still fetched at once.
func TestFoldersRefusedMoveKeepsFetching(t *testing.T) {
	srv := mailtest.MustIMAPServer(t, nil)
	bot, logBuf := transportBot(t, srv.Addr, srv.Username, srv.Password)
	bot.Config.IMAP.Folders.Enabled = true
	last := appendMails(t, srv, testMail(1))
	decided := make(chan struct{}, 1)
	idling := make(chan struct{}, 1)
	runFetcher(t, &Fetcher{Bot: bot, Decided: decided, idling: func() { wake(idling) }})
	pollUntil(t, slowWait, "mail fetched", cursorAt(t, bot.DB, last))
	if err := srv.User().Delete("Tilmeldt"); err != nil {
		t.Fatal(err)
	}
	decideAs(t, bot.DB, "registered")
	drain(idling)
	wake(decided)
	pollUntil(t, slowWait, "mail marked", func() bool { m, _ := bot.DB.ToMark(); return len(m) == 0 })
	inbox := mailboxFlags(t, srv.Account, "INBOX")
	if len(inbox) != 1 || !mailtest.HasFlag(inbox[last], imap.FlagSeen) {
		t.Errorf("INBOX = %v, want the mail left there, \\Seen", inbox)
	}
	if !strings.Contains(logBuf.String(), "refused to move") {
		t.Error("the refusal was not logged")
	}
	waitIdling(t, idling)
	last = appendMails(t, srv, testMail(2))
	pollUntil(t, slowWait, "new mail fetched", cursorAt(t, bot.DB, last))
}
