package mailbot

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"text/template"
	"unicode/utf8"

	"tilmeld"
	"tilmeld/store"
)

// The kinds of automatic mail, each a template per language
// ("receipt.da.tmpl", "receipt.en.tmpl") beside common.<lang>.tmpl, which
// holds the blocks they share.
const (
	KindReceipt   = "receipt"   // a registration as understood
	KindClarify   = "clarify"   // asks for what is missing
	KindAck       = "ack"       // staff will answer
	KindUpdate    = "update"    // a change confirmed (or refused, with the reason)
	KindCancel    = "cancel"    // a cancellation confirmed
	KindPlacement = "placement" // the workshop each attendee got
	KindPromoted  = "promoted"  // off the waitlist into a freed seat
	KindReminder  = "reminder"  // the day before
	KindOver      = "over"      // the event has taken place
	KindStaff     = "staff"     // free text from staff
)

//go:embed templates/*.tmpl
var embeddedTemplates embed.FS

// Template loads the template of kind in lang ("da" or "en"): a file of that
// name in the folder dir when there is one, else the embedded one. Files in
// dir are read each time, so staff can correct a text while the daemon runs;
// the embedded ones are parsed once.
func Template(dir, kind, lang string) (*template.Template, error) {
	if dir != "" {
		return loadTemplate(dir, kind, lang)
	}
	key := kind + "." + lang
	embeddedParsed.Lock()
	defer embeddedParsed.Unlock()
	if t, ok := embeddedParsed.m[key]; ok {
		return t, nil
	}
	t, err := loadTemplate("", kind, lang)
	if err == nil {
		embeddedParsed.m[key] = t
	}
	return t, err
}

// embeddedParsed caches the parsed embedded templates; parsing them for
// every reply was a tenth of the work of answering a mail.
var embeddedParsed = struct {
	sync.Mutex
	m map[string]*template.Template
}{m: map[string]*template.Template{}}

func loadTemplate(dir, kind, lang string) (*template.Template, error) {
	common, err := templateText(dir, "common."+lang+".tmpl")
	if err != nil {
		return nil, err
	}
	name := kind + "." + lang + ".tmpl"
	text, err := templateText(dir, name)
	if err != nil {
		return nil, err
	}
	t := template.New(name).Funcs(templateFuncs)
	if _, err := t.New("common").Parse(common); err != nil {
		return nil, fmt.Errorf("template common.%s.tmpl: %w", lang, err)
	}
	if _, err := t.Parse(text); err != nil {
		return nil, fmt.Errorf("template %s: %w", name, err)
	}
	return t, nil
}

func templateText(dir, name string) (string, error) {
	if dir != "" {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil {
			return string(b), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("template %s: %w", name, err)
		}
	}
	b, err := embeddedTemplates.ReadFile("templates/" + name)
	if err != nil {
		return "", fmt.Errorf("template %s: %w", name, err)
	}
	return string(b), nil
}

var templateFuncs = template.FuncMap{
	"join": strings.Join,
	"inc":  func(i int) int { return i + 1 },
}

// Rendered is a mail's subject and text as a template made them.
type Rendered struct {
	Subject string
	Body    string
}

// Render fills the template of kind in v.Lang with v. The subject is the
// template's "subject" block, "" when it has none.
func (b *Bot) Render(kind string, v *View) (Rendered, error) {
	dir := b.Config.Replies.Templates
	r, err := render(dir, kind, v)
	if err != nil && dir != "" {
		// A broken template in the folder must not stop the answers: the
		// embedded one stands in, and the log says what to fix.
		b.Log.Error("reply template from folder", "folder", dir, "kind", kind, "error", err)
		r, err = render("", kind, v)
	}
	return r, err
}

func render(dir, kind string, v *View) (Rendered, error) {
	t, err := Template(dir, kind, v.Lang)
	if err != nil {
		return Rendered{}, err
	}
	var body bytes.Buffer
	if err := t.Execute(&body, v); err != nil {
		return Rendered{}, fmt.Errorf("template %s.%s: %w", kind, v.Lang, err)
	}
	var r Rendered
	r.Body = tidyText(body.String())
	if t.Lookup("subject") != nil {
		var s bytes.Buffer
		if err := t.ExecuteTemplate(&s, "subject", v); err != nil {
			return Rendered{}, fmt.Errorf("template %s.%s subject: %w", kind, v.Lang, err)
		}
		r.Subject = strings.Join(strings.Fields(s.String()), " ")
	}
	return r, nil
}

// tidyText lets templates be written loosely: trailing spaces go, runs of
// blank lines become one, and the text ends in one newline. It runs on
// every reply, in one pass.
func tidyText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 1)
	blank := false // blank lines since the last line written
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(line, " \t\r")
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		b.WriteString(line)
		blank = false
	}
	b.WriteByte('\n')
	return b.String()
}

var replyPrefix = regexp.MustCompile(`(?i)^\s*(sv|re|aw|vs|fwd?|antw)\s*(\[\d+\])?\s*:\s*`)

// replySubject answers subject: "SV: Tilmelding" in Danish, "Re: ..." in
// English, never "SV: SV: ...". An empty subject takes fallback.
func replySubject(lang, subject, fallback string) string {
	s := strings.TrimSpace(subject)
	for mayHaveReplyPrefix(s) {
		t := replyPrefix.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	if s == "" {
		s = fallback
	}
	if lang == "en" {
		return "Re: " + s
	}
	return "SV: " + s
}

// mayHaveReplyPrefix reports whether replyPrefix can match s: its first
// character after \s* starts one of the prefixes, case folded as (?i)
// folds it (ſ is an s). Most subjects are not answers, and the test is
// cheaper than the regular expression.
func mayHaveReplyPrefix(s string) bool {
	s = strings.TrimLeft(s, "\t\n\f\r ")
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case 's', 'S', 'ſ', 'r', 'R', 'a', 'A', 'v', 'V', 'f', 'F':
		return true
	}
	return false
}

// messageID makes a Message-ID that depends only on what it answers, so a
// retried transaction gives the same one: kind, a key ("m12" for mail 12,
// "r5.h9" for registration 5 at its 9th history entry) and a short hash of
// the mail answered, at the event address's domain.
func messageID(ev *tilmeld.Event, kind, key, answered string) string {
	domain := "tilmeld.invalid"
	if i := strings.LastIndexByte(ev.Address, '@'); i >= 0 {
		domain = ev.Address[i+1:]
	}
	id := "tilmeld." + key + "." + kind
	if answered != "" {
		sum := sha256.Sum256([]byte(answered))
		id += "." + hex.EncodeToString(sum[:5])
	}
	return id + "@" + domain
}

var automaticLocalParts = []string{"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
	"mailer-daemon", "postmaster"}

// unanswerable says why no automatic mail may go to addr, "" when it may.
func unanswerable(ev *tilmeld.Event, addr string) string {
	addr = strings.ToLower(strings.TrimSpace(addr))
	if !plainAddress(addr) {
		return errNoAddress
	}
	if addr == strings.ToLower(ev.Address) {
		return "the address is the bot's own"
	}
	local := addr[:strings.LastIndexByte(addr, '@')]
	for _, p := range automaticLocalParts {
		if local == p || strings.HasPrefix(local, p+"+") || strings.HasPrefix(local, p+".") {
			return "the address " + addr + " does not take answers"
		}
	}
	return ""
}

// errRateLimit is why a mail was held back: the recipient had enough today.
var errRateLimit = errors.New("rate limit")

// queue records m in the outbox unless the recipient had cfg MaxPerDay
// automatic mails in the last 24 hours; then it returns errRateLimit and
// queues nothing. It adds the reply to the registration's history.
func (b *Bot) queue(tx *store.Tx, m *store.OutMail) error {
	if n := tx.SentRecently(m.To); n >= b.Config.Replies.MaxPerDay {
		return fmt.Errorf("%w: %d mails to %s in 24 hours", errRateLimit, n, m.To)
	}
	if err := tx.Enqueue(m); err != nil {
		return fmt.Errorf("queue %s mail: %w", m.Kind, err)
	}
	if m.Registration == 0 {
		return nil
	}
	return tx.AddHistory(m.Registration, store.HistoryEntry{
		Kind: "reply", Text: m.Kind + " mail to " + m.To + ": " + m.Subject, Out: m.ID})
}

// errNoAddress is unanswerable's word for an address that is missing or
// not a plain one; such a mail needs staff to reach its sender.
const errNoAddress = "no plain e-mail address to answer"

// plainAddress reports whether addr is one address as mail servers take it:
// nothing a parser let through (a NUL, a dotted-out domain, a list) that
// could reach someone else or break the reply's headers.
func plainAddress(addr string) bool {
	a, err := mail.ParseAddress(addr)
	return err == nil && a.Name == "" && strings.EqualFold(a.Address, addr) &&
		strings.IndexFunc(addr, func(r rune) bool { return r <= ' ' || r == 0x7f }) < 0
}
