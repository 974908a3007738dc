package mailtest

import (
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Account is where a test mailbox is and how to log in, without TLS.
type Account struct {
	Addr     string
	Username string
	Password string
}

// Login dials the account and logs in.
func (a Account) Login() (*imapclient.Client, error) {
	c, err := imapclient.DialInsecure(a.Addr, nil)
	if err != nil {
		return nil, fmt.Errorf("imap dial: %w", err)
	}
	if err := c.Login(a.Username, a.Password).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("imap login: %w", err)
	}
	return c, nil
}

// Append adds raw to mailbox by IMAP APPEND and returns its UID (0 if the
// server lacks UIDPLUS).
func Append(c *imapclient.Client, mailbox string, raw []byte) (imap.UID, error) {
	cmd := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Time: time.Now()})
	if _, err := cmd.Write(raw); err != nil {
		cmd.Close()
		return 0, fmt.Errorf("append: %w", err)
	}
	if err := cmd.Close(); err != nil {
		return 0, fmt.Errorf("append: %w", err)
	}
	data, err := cmd.Wait()
	if err != nil {
		return 0, fmt.Errorf("append: %w", err)
	}
	return data.UID, nil
}

// AppendAll adds raws to mailbox in one pipelined stream of APPENDs,
// waiting for the answers at the end: much faster than one by one.
func AppendAll(c *imapclient.Client, mailbox string, raws [][]byte) error {
	cmds := make([]*imapclient.AppendCommand, 0, len(raws))
	for _, raw := range raws {
		cmd := c.Append(mailbox, int64(len(raw)), nil)
		if _, err := cmd.Write(raw); err != nil {
			cmd.Close()
			return fmt.Errorf("append: %w", err)
		}
		if err := cmd.Close(); err != nil {
			return fmt.Errorf("append: %w", err)
		}
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		if _, err := cmd.Wait(); err != nil {
			return fmt.Errorf("append: %w", err)
		}
	}
	return nil
}

// Flags returns the flags of every message in mailbox by UID. It opens the
// mailbox read-only, so it changes nothing.
func Flags(c *imapclient.Client, mailbox string) (map[imap.UID][]imap.Flag, error) {
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, fmt.Errorf("examine %s: %w", mailbox, err)
	}
	out := make(map[imap.UID][]imap.Flag)
	if sel.NumMessages == 0 {
		return out, nil
	}
	var all imap.SeqSet
	all.AddRange(1, 0)
	msgs, err := c.Fetch(all, &imap.FetchOptions{UID: true, Flags: true}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetch flags: %w", err)
	}
	for _, m := range msgs {
		out[m.UID] = m.Flags
	}
	return out, nil
}

// HasFlag reports whether flags holds f.
func HasFlag(flags []imap.Flag, f imap.Flag) bool {
	for _, g := range flags {
		if strings.EqualFold(string(g), string(f)) {
			return true
		}
	}
	return false
}
