package mailbot

import (
	"cmp"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"tilmeld"
	"tilmeld/store"
)

// idleRenew restarts IDLE well before the 29 minutes after which RFC 2177
// lets a server drop an idle client.
const idleRenew = 25 * time.Minute

// decisionRecheck is how soon the fetcher looks again for decided mails to
// flag \Seen while stored mails still await a decision and no Decided
// channel tells it.
const decisionRecheck = 2 * time.Second

// Fetcher follows the mailbox and stores new mail.
//
// It keeps its own cursor (mailbox, UIDVALIDITY, last UID) in the store and
// never relies on \Seen, which staff reading the same mailbox change. A mail
// is committed to the store before anything else happens to it; only once it
// is decided is it flagged \Seen (when imap.mark_seen is set).
type Fetcher struct {
	*Bot
	// Notify is called after a batch of new mail was committed.
	Notify func()
	// Decided, if set, signals that mails were decided, so that they are
	// flagged \Seen at once instead of at the next check.
	Decided <-chan struct{}
	// TLSConfig, if set, replaces the system roots (a private CA, tests).
	TLSConfig *tls.Config

	// idling, if set, is called each time IDLE has started (tests).
	idling func()
	// recheck replaces decisionRecheck (tests).
	recheck time.Duration
}

// errStoreWrite marks a batch the store could not commit (a full disk):
// the connection was fine, the fetch is simply paused.
var errStoreWrite = errors.New("store mails")

// Run follows the mailbox until ctx ends, reconnecting with backoff.
// It returns early only for a configuration that can never work.
func (f *Fetcher) Run(ctx context.Context) error {
	cfg := &f.Config.IMAP
	if _, err := tilmeld.CheckEndpoint("imap", cfg.Address, cfg.TLS, cfg.AllowPlaintext); err != nil {
		return err
	}
	if cfg.Username == "" {
		return errors.New("imap.username is empty")
	}
	if cfg.Auth != tilmeld.AuthOAuth2 {
		// A token may come later (its helper may be starting); a
		// password that is not there never will.
		if _, err := cfg.Password.Value(); err != nil {
			return fmt.Errorf("imap password: %w", err)
		}
	}
	bo := backoff{base: retryMin, limit: retryMax}
	for {
		healthy, err := f.session(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		f.Status.disconnected(err)
		if healthy {
			bo.reset()
		}
		d := bo.next()
		if errors.Is(err, errStoreWrite) {
			// Nothing is fetched that cannot be kept: wait for the disk.
			f.Log.Error("cannot write the store; fetching paused", "error", err, "retry_in", d.Round(time.Millisecond))
		} else {
			f.Log.Warn("imap connection failed or lost, reconnecting", "address", cfg.Address, "error", err, "retry_in", d.Round(time.Millisecond))
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
}

// mailboxConn is one logged-in connection with the mailbox selected.
type mailboxConn struct {
	c           *imapclient.Client
	uidValidity uint32
	idle        bool
	// folders: the folders for decided mail exist; moves are on.
	folders bool
	// updates gets a signal when the server reports new messages.
	updates chan struct{}
}

// session runs one connection until it fails or ctx ends. healthy reports
// that it got as far as following the mailbox, so the next try is quick.
func (f *Fetcher) session(ctx context.Context) (healthy bool, err error) {
	mc, err := f.connect(ctx)
	if err != nil {
		return false, err
	}
	defer mc.c.Close()
	stop := context.AfterFunc(ctx, func() { mc.c.Close() })
	defer stop()

	cur, err := f.cursor(mc.uidValidity)
	if err != nil {
		return false, err
	}
	// A large mail half written when the last session ended is still
	// above the cursor and comes again.
	if n, err := f.DB.DropStaged(); err != nil {
		return false, fmt.Errorf("%w: drop half-written mail: %w", errStoreWrite, err)
	} else if n > 0 {
		f.Log.Info("dropped large mails half written before", "count", n)
	}
	for {
		drain(mc.updates)
		if err := f.fetchNew(mc, &cur); err != nil {
			return healthy, err
		}
		f.Status.checked(0)
		if err := f.markDecided(mc); err != nil {
			return healthy, err
		}
		healthy = true
		if err := f.wait(ctx, mc, f.nextCheck()); err != nil {
			return healthy, err
		}
	}
}

// connect dials, logs in and selects the mailbox. Without mark_seen the
// mailbox is opened read-only (EXAMINE): the bot then changes nothing.
func (f *Fetcher) connect(ctx context.Context) (*mailboxConn, error) {
	cfg := &f.Config.IMAP
	host, err := tilmeld.CheckEndpoint("imap", cfg.Address, cfg.TLS, cfg.AllowPlaintext)
	if err != nil {
		return nil, err
	}
	mc := &mailboxConn{updates: make(chan struct{}, 1)}
	opts := &imapclient.Options{UnilateralDataHandler: &imapclient.UnilateralDataHandler{
		// Runs on the client's reader goroutine: only signal.
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			if d.NumMessages != nil {
				wake(mc.updates)
			}
		},
	}}
	if mc.c, err = dialIMAP(ctx, cfg, host, f.TLSConfig, opts); err != nil {
		return nil, err
	}
	defer watchdog(mc.c)()
	if err := mc.open(ctx, cfg, f.Log); err != nil {
		mc.c.Close()
		return nil, err
	}
	mc.idle = cfg.Idle && hasIdle(mc.c)
	f.Status.connected()
	f.Log.Info("imap connected", "address", cfg.Address, "mailbox", cfg.Mailbox,
		"uidvalidity", mc.uidValidity, "idle", mc.idle)
	return mc, nil
}

// open logs in, makes the folders for decided mail and selects the
// mailbox: read-only (EXAMINE) when the bot is to change nothing there.
// Folders the server refuses to make leave the mail where it is: the
// housekeeping must never stop the fetching.
func (mc *mailboxConn) open(ctx context.Context, cfg *tilmeld.IMAPConfig, log *slog.Logger) error {
	if err := imapLogin(ctx, mc.c, cfg); err != nil {
		return err
	}
	err := ensureFolders(mc.c, cfg.Folders)
	if err != nil && !serverRefused(err) {
		return err
	}
	if err != nil {
		log.Error("imap folders for decided mail cannot be made; decided mail stays in the mailbox", "error", err)
	}
	mc.folders = cfg.Folders.Enabled && err == nil
	readOnly := !cfg.MarkSeen && !cfg.Folders.Enabled
	sel, err := mc.c.Select(cfg.Mailbox, &imap.SelectOptions{ReadOnly: readOnly}).Wait()
	if err != nil {
		return fmt.Errorf("imap select %s: %w", cfg.Mailbox, err)
	}
	mc.uidValidity = sel.UIDValidity
	return nil
}

// hasIdle reports whether the server offers IDLE.
func hasIdle(c *imapclient.Client) bool {
	caps := c.Caps()
	return caps.Has(imap.CapIdle) || caps.Has(imap.CapIMAP4rev2)
}

// cursor returns the stored cursor, or a fresh one when the server's
// UIDVALIDITY differs: then every UID is new again and the store's
// de-duplication drops what it already has.
func (f *Fetcher) cursor(uidValidity uint32) (store.Cursor, error) {
	mailbox := f.Config.IMAP.Mailbox
	cur, err := f.DB.Cursor(mailbox)
	if err != nil {
		return cur, fmt.Errorf("read cursor: %w", err)
	}
	if cur.UIDValidity == uidValidity {
		return cur, nil
	}
	if cur.UIDValidity != 0 {
		f.Log.Warn("imap UIDVALIDITY changed, fetching the mailbox again", "mailbox", mailbox,
			"old", cur.UIDValidity, "new", uidValidity)
	}
	return store.Cursor{Mailbox: mailbox, UIDValidity: uidValidity}, nil
}

// fetchNew stores every message above the cursor, one transaction per
// batch, advancing cur as each batch commits. The next batch is asked for
// before the current one is committed, so the server works meanwhile.
func (f *Fetcher) fetchNew(mc *mailboxConn, cur *store.Cursor) error {
	stop := watchdog(mc.c)
	uids, err := uidsAfter(mc.c, cur.LastUID)
	stop()
	if err != nil || len(uids) == 0 {
		return err
	}
	size := max(f.Config.IMAP.BatchSize, 1)
	next := startFetch(mc.c, uids[:min(len(uids), size)])
	for len(uids) > 0 {
		n := min(len(uids), size)
		chunk, cmd := uids[:n], next
		uids, next = uids[n:], nil
		stop := watchdog(mc.c)
		batch, err := f.readFetch(cmd, func(part []store.Fetched) error {
			return f.commit(cur, seenThrough(chunk, part), part)
		})
		stop()
		if err == nil && len(uids) > 0 {
			next = startFetch(mc.c, uids[:min(len(uids), size)])
		}
		if err == nil {
			err = f.commit(cur, chunk, batch)
		}
		if err != nil {
			if next != nil {
				next.Close()
			}
			return err
		}
	}
	return nil
}

// commit stores a batch and moves the cursor past every UID asked for.
func (f *Fetcher) commit(cur *store.Cursor, uids []imap.UID, batch []store.Fetched) error {
	next := *cur
	if len(uids) > 0 {
		next.LastUID = max(next.LastUID, uint32(uids[len(uids)-1]))
	}
	done := f.writes.fetch()
	ids, err := f.DB.AddMails(next, batch)
	done()
	if err != nil {
		return fmt.Errorf("%w: %w", errStoreWrite, err)
	}
	*cur = next
	f.undecided.Add(int64(len(ids)))
	f.Status.checked(len(ids))
	f.Log.Info("fetched mail", "mailbox", cur.Mailbox, "fetched", len(batch), "new", len(ids), "last_uid", cur.LastUID)
	if f.Notify != nil {
		f.Notify()
	}
	return nil
}

// seenThrough returns the start of asked (ascending) that part, the first
// mails of an answer, accounts for: the cursor may pass those UIDs. It
// stops at the first UID not in part, which may come later in the answer.
func seenThrough(asked []imap.UID, part []store.Fetched) []imap.UID {
	seen := make(map[imap.UID]bool, len(part))
	for _, m := range part {
		seen[imap.UID(m.UID)] = true
	}
	n := 0
	for n < len(asked) && seen[asked[n]] {
		n++
	}
	return asked[:n]
}

// markDecided flags decided mails \Seen and, with folders on, moves each
// to the folder for its decision. Mails fetched under another UIDVALIDITY
// or mailbox cannot be found by UID any more and are only recorded as
// done; so are all when neither mark_seen nor folders is on.
func (f *Fetcher) markDecided(mc *mailboxConn) error {
	mails, err := f.DB.ToMark()
	if err != nil || len(mails) == 0 {
		return err
	}
	cfg := &f.Config.IMAP
	var seen []imap.UID
	moves := map[string][]imap.UID{}
	ids := make([]uint64, 0, len(mails))
	for _, m := range mails {
		ids = append(ids, m.ID)
		if m.Mailbox != cfg.Mailbox || m.UIDValidity != mc.uidValidity {
			continue
		}
		if cfg.MarkSeen {
			seen = append(seen, imap.UID(m.UID))
		}
		if dst := folderFor(cfg.Folders, m.Action); dst != "" && mc.folders {
			moves[dst] = append(moves[dst], imap.UID(m.UID))
		}
	}
	stop := watchdog(mc.c)
	err = markSeen(mc.c, seen)
	if err == nil {
		err = f.moveAll(mc, moves)
	}
	stop()
	if err != nil {
		return err
	}
	if err := f.DB.Marked(ids); err != nil {
		return fmt.Errorf("record marked: %w", err)
	}
	for _, m := range mails {
		if !m.Decided.IsZero() {
			f.Status.decided(m.Decided.Sub(m.Stored))
		}
	}
	f.Log.Debug("flagged decided mail \\Seen", "count", len(seen))
	return nil
}

// moveAll moves each folder's mails, in the configured order.
func (f *Fetcher) moveAll(mc *mailboxConn, moves map[string][]imap.UID) error {
	for _, folder := range folderNames(f.Config.IMAP.Folders) {
		uids := moves[folder]
		if len(uids) == 0 {
			continue
		}
		left, err := moveMails(mc.c, uids, folder)
		if serverRefused(err) {
			// A full quota or a deleted folder: the mail stays, flagged
			// \Seen, rather than the fetcher stalling on it.
			f.Log.Error("imap server refused to move decided mail; it stays in the mailbox", "folder", folder, "count", len(uids), "error", err)
			continue
		}
		if err != nil {
			return err
		}
		if left {
			f.Log.Warn("copied decided mail to its folder; the server has neither MOVE nor UIDPLUS and other mail is flagged deleted, so the originals stay flagged deleted until the next expunge",
				"folder", folder, "count", len(uids))
		}
		f.Log.Debug("moved decided mail", "folder", folder, "count", len(uids))
	}
	return nil
}

// nextCheck is how long to wait before looking again without a signal:
// the poll interval, or less while fetched mail awaits its decision.
func (f *Fetcher) nextCheck() time.Duration {
	d := f.Config.IMAP.PollInterval
	if d <= 0 {
		d = time.Minute
	}
	if (f.Config.IMAP.MarkSeen || f.Config.IMAP.Folders.Enabled) && f.Decided == nil {
		if ids, err := f.DB.Pending(); err == nil && len(ids) > 0 {
			d = min(d, cmp.Or(f.recheck, decisionRecheck))
		}
	}
	return d
}

// wait returns when new mail may be there: on the server's word while
// idling, or after d in any case, since some servers drop notifications.
func (f *Fetcher) wait(ctx context.Context, mc *mailboxConn, d time.Duration) error {
	if !mc.idle {
		return f.pause(ctx, mc, d)
	}
	idle, err := mc.c.Idle()
	if err != nil {
		return fmt.Errorf("imap idle: %w", err)
	}
	if f.idling != nil {
		f.idling()
	}
	if err := f.pause(ctx, mc, min(d, idleRenew)); err != nil {
		return err
	}
	stop := watchdog(mc.c)
	defer stop()
	if err := idle.Close(); err != nil {
		return fmt.Errorf("imap idle done: %w", err)
	}
	if err := idle.Wait(); err != nil {
		return fmt.Errorf("imap idle: %w", err)
	}
	return nil
}

// pause waits up to d for a signal: new mail, decisions, the end.
func (f *Fetcher) pause(ctx context.Context, mc *mailboxConn, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-mc.c.Closed():
		return errors.New("imap connection closed")
	case <-mc.updates:
	case <-f.Decided:
	case <-t.C:
	}
	return nil
}

// drain empties a signal channel.
func drain(ch chan struct{}) {
	select {
	case <-ch:
	default:
	}
}
