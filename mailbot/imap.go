package mailbot

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"tilmeld"
	"tilmeld/store"
)

const (
	dialTimeout = 30 * time.Second
	// cmdTimeout bounds one exchange with the server; a server that stops
	// answering without closing the connection is dropped after it.
	cmdTimeout = 2 * time.Minute
)

// dialIMAP connects to cfg.Address with its TLS mode and waits for the
// greeting. host is the checked host name (see checkEndpoint).
func dialIMAP(ctx context.Context, cfg *tilmeld.IMAPConfig, host string, base *tls.Config, opts *imapclient.Options) (*imapclient.Client, error) {
	d := net.Dialer{Timeout: dialTimeout, KeepAlive: 30 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", cfg.Address)
	if err != nil {
		return nil, fmt.Errorf("imap dial: %w", err)
	}
	// A server that takes the connection but never greets (a TLS port
	// spoken to in plaintext) must not hold the caller forever.
	limit := time.Now().Add(dialTimeout)
	if d, ok := ctx.Deadline(); ok && d.Before(limit) {
		limit = d
	}
	conn.SetDeadline(limit)
	var c *imapclient.Client
	switch cfg.TLS {
	case tilmeld.TLSImplicit:
		tc := tls.Client(conn, tlsConfigFor(base, host))
		if err := tc.HandshakeContext(ctx); err != nil {
			conn.Close()
			return nil, fmt.Errorf("imap tls: %w", err)
		}
		c = imapclient.New(tc, opts)
	case tilmeld.TLSStartTLS:
		opts.TLSConfig = tlsConfigFor(base, host)
		if c, err = imapclient.NewStartTLS(conn, opts); err != nil {
			return nil, fmt.Errorf("imap starttls: %w", err)
		}
	default:
		c = imapclient.New(conn, opts)
	}
	if err := c.WaitGreeting(); err != nil {
		c.Close()
		return nil, fmt.Errorf("imap greeting: %w", err)
	}
	conn.SetDeadline(time.Time{})
	return c, nil
}

// watchdog closes c unless stop is called within cmdTimeout: imapclient has
// no deadline on waiting for a tagged response.
func watchdog(c *imapclient.Client) (stop func() bool) {
	return time.AfterFunc(cmdTimeout, func() { c.Close() }).Stop
}

// uidsAfter returns the UIDs in the selected mailbox above last, ascending.
func uidsAfter(c *imapclient.Client, last uint32) ([]imap.UID, error) {
	var set imap.UIDSet
	set.AddRange(imap.UID(last+1), 0)
	data, err := c.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{set}}, nil).Wait()
	if err != nil {
		return nil, fmt.Errorf("imap uid search: %w", err)
	}
	// "n:*" also matches the highest UID when it is below n.
	uids := slices.DeleteFunc(data.AllUIDs(), func(u imap.UID) bool { return uint32(u) <= last })
	slices.Sort(uids)
	return uids, nil
}

var bodySection = &imap.FetchItemBodySection{Peek: true}

// startFetch asks for the messages with uids by UID FETCH BODY.PEEK[],
// which leaves \Seen alone. The answer is read with readFetch.
func startFetch(c *imapclient.Client, uids []imap.UID) *imapclient.FetchCommand {
	return c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{
		UID: true, InternalDate: true, BodySection: []*imap.FetchItemBodySection{bodySection},
	})
}

// readFetch reads the answer to cmd as it streams in. UIDs asked for but
// not in the answer were expunged meanwhile. A large mail is not held in
// memory: it goes into the store as it comes (see store.RawWriter), after
// the mails read before it were committed by commit, so that mails are
// stored in the order of their UIDs.
func (f *Fetcher) readFetch(cmd *imapclient.FetchCommand, commit func([]store.Fetched) error) ([]store.Fetched, error) {
	var out []store.Fetched
	beforeLarge := func() error {
		if len(out) == 0 {
			return nil
		}
		err := commit(out)
		out = nil
		return err
	}
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		m, err := f.readFetched(msg, beforeLarge)
		if err != nil {
			cmd.Close()
			return nil, err
		}
		if m.UID != 0 && (m.Raw != nil || m.Staged != nil) {
			out = append(out, m)
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("imap fetch: %w", err)
	}
	return out, nil
}

func (f *Fetcher) readFetched(msg *imapclient.FetchMessageData, beforeLarge func() error) (store.Fetched, error) {
	var m store.Fetched
	for item := msg.Next(); item != nil; item = msg.Next() {
		switch it := item.(type) {
		case imapclient.FetchItemDataUID:
			m.UID = uint32(it.UID)
		case imapclient.FetchItemDataInternalDate:
			m.Received = it.Time
		case imapclient.FetchItemDataBodySection:
			if it.Literal == nil {
				continue
			}
			if it.Literal.Size() > store.LargeRaw {
				if err := beforeLarge(); err != nil {
					return m, err
				}
				if err := f.stageLarge(&m, it.Literal); err != nil {
					return m, err
				}
				continue
			}
			raw := make([]byte, it.Literal.Size())
			if _, err := io.ReadFull(it.Literal, raw); err != nil {
				return m, fmt.Errorf("imap fetch: uid %d: %w", m.UID, err)
			}
			m.Raw = raw
			m.MessageID = headerMessageID(raw)
		}
	}
	return m, nil
}

// headPeek is how much of a large mail is searched for its Message-ID.
const headPeek = 64 << 10

// stageLarge writes a large mail into the store as it streams in. What is
// written is dropped if the mail cannot be read whole; should that fail
// too, the next session drops it (store.DropStaged).
func (f *Fetcher) stageLarge(m *store.Fetched, lit imap.LiteralReader) error {
	w := f.DB.StageRaw()
	head := make([]byte, min(lit.Size(), headPeek))
	_, err := io.ReadFull(lit, head)
	if err == nil {
		// Only whole lines: a Message-ID cut short would be a wrong one.
		m.MessageID = headerMessageID(head[:bytes.LastIndexByte(head, '\n')+1])
		_, err = w.Write(head)
	}
	if err == nil {
		_, err = w.ReadFrom(lit)
	}
	if err == nil {
		m.Staged, err = w.Close()
	}
	if err != nil {
		if aerr := w.Abort(); aerr != nil {
			f.Log.Warn("drop a large mail half written", "error", aerr)
		}
		if w.Failed() {
			return fmt.Errorf("%w: %w", errStoreWrite, err)
		}
		return fmt.Errorf("imap fetch: uid %d: %w", m.UID, err)
	}
	return nil
}

// markSeen sets \Seen on uids, a few hundred per UID STORE.
func markSeen(c *imapclient.Client, uids []imap.UID) error {
	const chunk = 500
	for len(uids) > 0 {
		n := min(len(uids), chunk)
		flags := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}
		if err := c.Store(imap.UIDSetNum(uids[:n]...), flags, nil).Close(); err != nil {
			return fmt.Errorf("imap uid store: %w", err)
		}
		uids = uids[n:]
	}
	return nil
}

// headerMessageID returns the Message-ID of a raw mail without angle brackets, or
// "". It reads only the header block and forgives malformed lines, since
// the full parse happens later and must not decide what is stored.
func headerMessageID(raw []byte) string {
	var value []byte
	found := false
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) == 0 {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			if found {
				value = append(value, line...)
			}
			continue
		}
		if found {
			break
		}
		if name, v, ok := bytes.Cut(line, []byte(":")); ok && bytes.EqualFold(bytes.TrimSpace(name), []byte("Message-ID")) {
			value, found = append([]byte(nil), v...), true
		}
	}
	return cleanMsgID(value)
}

// cleanMsgID takes the first <...> of a header value, or else its first
// word, so that "<a@b> (comment)" and a bare "a@b" both give "a@b".
func cleanMsgID(v []byte) string {
	v = bytes.TrimSpace(v)
	if i := bytes.IndexByte(v, '<'); i >= 0 {
		if j := bytes.IndexByte(v[i:], '>'); j > 0 {
			v = v[i+1 : i+j]
		}
	}
	f := bytes.Fields(v)
	if len(f) == 0 {
		return ""
	}
	v = bytes.Trim(f[0], "<>")
	if len(v) == 0 || len(v) > 900 {
		return ""
	}
	return string(v)
}
