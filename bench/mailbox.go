package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"tilmeld/mailbot/mailtest"
)

// servers are the mail servers of one run: Dovecot holding the mail and
// the SMTP sink taking the replies.
type servers struct {
	dc   *mailtest.Dovecot
	sink *sink
	// dirs hold the daemons' configs and stores, removed by Close.
	dirs []string
}

// startServers starts Dovecot holding raws (see startMailbox) and the sink.
func startServers(raws [][]byte) (*servers, error) {
	dc, err := startMailbox(raws)
	if err != nil {
		return nil, err
	}
	s, err := startSink()
	if err != nil {
		dc.Close()
		return nil, err
	}
	return &servers{dc: dc, sink: s}, nil
}

func (sv *servers) Close() {
	for _, d := range sv.dirs {
		os.RemoveAll(d)
	}
	sv.sink.Close()
	sv.dc.Close()
}

// startMailbox starts Dovecot on 127.0.0.1 (its maildir on /dev/shm)
// holding raws in INBOX, and has Dovecot index them once, so that neither
// mbsync nor tilmeld pays for the first look at ten thousand new files.
func startMailbox(raws [][]byte) (*mailtest.Dovecot, error) {
	dc, err := mailtest.StartDovecot("bot@example.test", "secret")
	if err != nil {
		return nil, fmt.Errorf("start dovecot: %w", err)
	}
	if err := dc.Deliver(raws); err != nil {
		dc.Close()
		return nil, fmt.Errorf("deliver: %w", err)
	}
	if err := warmUp(dc.Account, len(raws)); err != nil {
		dc.Close()
		return nil, err
	}
	return dc, nil
}

// warmUp selects INBOX and fetches every message's size and flags.
func warmUp(a mailtest.Account, want int) error {
	c, err := a.Login()
	if err != nil {
		return err
	}
	defer c.Close()
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return fmt.Errorf("examine INBOX: %w", err)
	}
	if int(sel.NumMessages) != want {
		return fmt.Errorf("INBOX holds %d messages, want %d", sel.NumMessages, want)
	}
	if want == 0 {
		return nil // an empty mailbox has nothing to index
	}
	var all imap.SeqSet
	all.AddRange(1, 0)
	_, err = c.Fetch(all, &imap.FetchOptions{Flags: true, RFC822Size: true, UID: true}).Collect()
	return err
}

// waitAllSeen polls INBOX until it holds total messages, none without
// \Seen, and returns when that was first seen. After limit it returns the
// last count with ok false, so a slow run still reports how far it got.
func waitAllSeen(a mailtest.Account, total int, limit time.Duration) (at time.Time, last imapStatus, ok bool, err error) {
	c, err := a.Login()
	if err != nil {
		return at, last, false, err
	}
	defer c.Close()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if last, err = status(c); err != nil {
			return at, last, false, err
		}
		if last.total >= total && last.unseen == 0 {
			return time.Now(), last, true, nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return at, last, false, nil
}

type imapStatus struct{ total, unseen int }

func status(c *imapclient.Client) (imapStatus, error) {
	d, err := c.Status("INBOX", &imap.StatusOptions{NumMessages: true, NumUnseen: true}).Wait()
	if err != nil {
		return imapStatus{}, fmt.Errorf("status INBOX: %w", err)
	}
	return imapStatus{total: int(*d.NumMessages), unseen: int(*d.NumUnseen)}, nil
}

// runMbsync copies INBOX with mbsync into a fresh maildir on /dev/shm and
// returns how long it took and what it cost. The channel only pulls, so
// the server's flags stay as they are for tilmeld.
func runMbsync(a mailtest.Account, want int) (time.Duration, usage, error) {
	dir, err := os.MkdirTemp("/dev/shm", "tilmeld-bench-mbsync-")
	if err != nil {
		return 0, usage{}, err
	}
	defer os.RemoveAll(dir)
	host, port, err := net.SplitHostPort(a.Addr)
	if err != nil {
		return 0, usage{}, err
	}
	conf := fmt.Sprintf(`IMAPAccount bench
Host %s
Port %s
User %s
Pass %s
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account bench

MaildirStore local
Path %s/
Inbox %s/INBOX

Channel bench
Far :remote:
Near :local:
Patterns INBOX
Sync Pull
Create Near
SyncState *
`, host, port, a.Username, a.Password, dir, dir)
	cfg := filepath.Join(dir, "mbsyncrc")
	if err := os.WriteFile(cfg, []byte(conf), 0o600); err != nil {
		return 0, usage{}, err
	}
	cmd := exec.Command("mbsync", "-q", "-c", cfg, "bench")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err = cmd.Start()
	var hwm int64
	if err == nil {
		w := watchHWM(cmd.Process.Pid)
		err = cmd.Wait()
		hwm = w.Peak()
	}
	took := time.Since(start)
	if err != nil {
		return 0, usage{}, fmt.Errorf("mbsync: %v: %s", err, out.Bytes())
	}
	n, err := countFiles(filepath.Join(dir, "INBOX", "new"), filepath.Join(dir, "INBOX", "cur"))
	if err == nil && n != want {
		err = fmt.Errorf("mbsync copied %d messages, want %d", n, want)
	}
	return took, usageOf(cmd.ProcessState, hwm), err
}

func countFiles(dirs ...string) (int, error) {
	n := 0
	for _, d := range dirs {
		es, err := os.ReadDir(d)
		if err != nil {
			return 0, err
		}
		n += len(es)
	}
	return n, nil
}
