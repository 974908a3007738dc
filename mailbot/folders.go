package mailbot

// Mailbox housekeeping: with imap.folders on, a decided mail leaves the
// followed mailbox for a folder staff see in their own mail client. It
// happens in the step that flags \Seen, so never before the mail is
// committed and decided; the fetcher's cursor is by UID, which a move does
// not disturb.

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"tilmeld"
)

// folderFor returns the folder a decided mail goes to, "" to leave it
// where it is (folders off, or an action this list does not know).
func folderFor(f tilmeld.Folders, action string) string {
	if !f.Enabled {
		return ""
	}
	switch action {
	case "registered", "updated", "cancelled", "asked":
		return f.Registered
	case "review":
		return f.Review
	case "ignored", "duplicate":
		return f.Ignored
	}
	return ""
}

// folderNames returns the configured folders, in a fixed order.
func folderNames(f tilmeld.Folders) []string {
	return []string{f.Registered, f.Review, f.Ignored}
}

// ensureFolders creates the folders that do not exist yet and subscribes
// them, since Outlook and Thunderbird show only subscribed folders.
func ensureFolders(c *imapclient.Client, f tilmeld.Folders) error {
	if !f.Enabled {
		return nil
	}
	missing, err := missingFolders(c, f)
	if err != nil {
		return err
	}
	for _, name := range missing {
		err := c.Create(name, nil).Wait()
		if err != nil && !hasCode(err, imap.ResponseCodeAlreadyExists) {
			return fmt.Errorf("imap create folder %q: %w", name, err)
		}
		if err := c.Subscribe(name).Wait(); err != nil {
			return fmt.Errorf("imap subscribe folder %q: %w", name, err)
		}
	}
	return nil
}

// missingFolders returns the configured folders the server lacks.
func missingFolders(c *imapclient.Client, f tilmeld.Folders) ([]string, error) {
	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		return nil, fmt.Errorf("imap list: %w", err)
	}
	var missing []string
	for _, name := range folderNames(f) {
		if !slices.ContainsFunc(list, func(d *imap.ListData) bool { return sameMailbox(d.Mailbox, name) }) {
			missing = append(missing, name)
		}
	}
	return missing, nil
}

// sameMailbox compares names as IMAP does: INBOX in any case, the others
// exactly.
func sameMailbox(a, b string) bool {
	if strings.EqualFold(a, "INBOX") {
		return strings.EqualFold(b, "INBOX")
	}
	return a == b
}

// serverRefused reports an IMAP NO or BAD answer, as opposed to a lost
// connection.
func serverRefused(err error) bool {
	var ie *imap.Error
	return errors.As(err, &ie)
}

func hasCode(err error, code imap.ResponseCode) bool {
	var ie *imap.Error
	return errors.As(err, &ie) && ie.Code == code
}

// moveMails moves uids of the selected mailbox to folder. Where the server
// lacks MOVE it copies, waits for the copy to succeed, and only then
// deletes the originals: go-imap's own fallback sends COPY, STORE \Deleted
// and EXPUNGE at once, so a failed COPY (a full quota) would lose the mail.
// It reports whether the originals are still there, flagged \Deleted.
func moveMails(c *imapclient.Client, uids []imap.UID, folder string) (leftDeleted bool, err error) {
	if len(uids) == 0 {
		return false, nil
	}
	set := imap.UIDSetNum(uids...)
	if c.Caps().Has(imap.CapMove) || c.Caps().Has(imap.CapIMAP4rev2) {
		if _, err := c.Move(set, folder).Wait(); err != nil {
			return false, fmt.Errorf("imap move to %q: %w", folder, err)
		}
		return false, nil
	}
	if _, err := c.Copy(set, folder).Wait(); err != nil {
		return false, fmt.Errorf("imap copy to %q: %w", folder, err)
	}
	deleted := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}
	if err := c.Store(set, deleted, nil).Close(); err != nil {
		return false, fmt.Errorf("imap flag moved mail deleted: %w", err)
	}
	return expungeOnly(c, set)
}

// expungeOnly removes the mails in set and no others. Without UIDPLUS an
// EXPUNGE removes every mail flagged \Deleted, also ones a member of staff
// flagged in Outlook and may still want back; then it waits for them.
func expungeOnly(c *imapclient.Client, set imap.UIDSet) (leftDeleted bool, err error) {
	if c.Caps().Has(imap.CapUIDPlus) {
		if err := c.UIDExpunge(set).Close(); err != nil {
			return false, fmt.Errorf("imap uid expunge: %w", err)
		}
		return false, nil
	}
	data, err := c.UIDSearch(&imap.SearchCriteria{Flag: []imap.Flag{imap.FlagDeleted}}, nil).Wait()
	if err != nil {
		return false, fmt.Errorf("imap search deleted: %w", err)
	}
	for _, uid := range data.AllUIDs() {
		if !set.Contains(uid) {
			return true, nil
		}
	}
	if err := c.Expunge().Close(); err != nil {
		return false, fmt.Errorf("imap expunge: %w", err)
	}
	return false, nil
}
