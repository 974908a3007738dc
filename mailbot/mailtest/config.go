package mailtest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Config describes a tilmeld config for servers on this machine.
type Config struct {
	IMAP Account
	// IMAPTLS is the imap.tls mode; "" means "none".
	IMAPTLS string
	SMTP    string
	// SMTPUser and SMTPPassword, when set, log in to the SMTP server.
	SMTPUser, SMTPPassword string
	// IMAPExtra and SMTPExtra are TOML lines added to those sections.
	IMAPExtra, SMTPExtra string
}

// Write writes the config into dir, with the passwords in files beside it
// and the store (tilmeld.db) and admin socket (tilmeld.sock) in dir too. The
// event lies a month ahead, so the daemon takes mail as it comes. It returns
// the config's path.
func (c Config) Write(dir string) (string, error) {
	imapPW, err := writeSecret(dir, "imap-password", c.IMAP.Password)
	if err != nil {
		return "", err
	}
	if c.IMAPTLS == "" {
		c.IMAPTLS = "none"
	}
	var b strings.Builder
	deadline := time.Now().Add(30 * 24 * time.Hour).Truncate(time.Second)
	fmt.Fprintf(&b, "[event]\ndeadline = %s\nstarts = %s\nends = %s\n\n", deadline.Format(time.RFC3339),
		deadline.Add(7*24*time.Hour).Format(time.RFC3339), deadline.Add(7*24*time.Hour+3*time.Hour).Format(time.RFC3339))
	fmt.Fprintf(&b, "[imap]\naddress = %q\ntls = %q\nusername = %q\npassword_file = %q\n%s\n\n",
		c.IMAP.Addr, c.IMAPTLS, c.IMAP.Username, imapPW, c.IMAPExtra)
	fmt.Fprintf(&b, "[smtp]\naddress = %q\ntls = \"none\"\n", c.SMTP)
	if c.SMTPUser != "" {
		smtpPW, err := writeSecret(dir, "smtp-password", c.SMTPPassword)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "username = %q\npassword_file = %q\n", c.SMTPUser, smtpPW)
	}
	fmt.Fprintf(&b, "%s\n\n[store]\npath = %q\n\n[admin]\nsocket = %q\n", c.SMTPExtra,
		filepath.Join(dir, "tilmeld.db"), filepath.Join(dir, "tilmeld.sock"))
	path := filepath.Join(dir, "tilmeld.toml")
	return path, os.WriteFile(path, []byte(b.String()), 0o600)
}

func writeSecret(dir, name, value string) (string, error) {
	path := filepath.Join(dir, name)
	return path, os.WriteFile(path, []byte(value), 0o600)
}
