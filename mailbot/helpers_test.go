package mailbot

import (
	"context"
	"fmt"
	"net/mail"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tilmeld"
	"tilmeld/parser"
	"tilmeld/store"
)

// harness is a bot over a real store file with a clock the test moves and
// parser readings the test gives per Message-ID.
type harness struct {
	t        *testing.T
	bot      *Bot
	path     string
	now      time.Time
	uid      uint32
	readings map[string]*parser.Result
}

var cest = time.FixedZone("CEST", 2*3600)

func newHarness(t *testing.T) *harness {
	t.Helper()
	h := &harness{t: t, path: filepath.Join(t.TempDir(), "t.db"),
		now: time.Date(2020, 9, 10, 9, 0, 0, 0, cest), readings: map[string]*parser.Result{}}
	h.open(tilmeld.Default())
	return h
}

func (h *harness) open(cfg *tilmeld.Config) {
	h.t.Helper()
	db, err := store.Open(h.path, store.Options{NoSync: true})
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return h.now }
	h.bot = New(cfg, db, nil)
	h.bot.Parse = h.parse
}

// reopen closes the store and opens it again, as a restart does.
func (h *harness) reopen() {
	h.t.Helper()
	cfg := h.bot.Config
	h.bot.DB.Close()
	h.open(cfg)
}

// parse returns the reading given for the mail's Message-ID, else the
// real parser's.
func (h *harness) parse(raw []byte, ev *tilmeld.Event) *parser.Result {
	m := parser.Extract(raw)
	if r, ok := h.readings[m.MessageID]; ok {
		c := *r
		c.Mail = m
		return &c
	}
	return parser.Parse(raw, ev)
}

// msg describes a test mail.
type msg struct {
	id, from, subject, body string
	inReplyTo               string
	references              []string
	headers                 []string
	reading                 *parser.Result
}

func (m msg) raw() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: abc@bo-vest.dk\r\nSubject: %s\r\nMessage-ID: <%s>\r\n", m.from, m.subject, m.id)
	b.WriteString("Date: Thu, 10 Sep 2020 09:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n")
	if m.inReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\n", m.inReplyTo)
	}
	if len(m.references) > 0 {
		fmt.Fprintf(&b, "References: <%s>\r\n", strings.Join(m.references, "> <"))
	}
	for _, hd := range m.headers {
		b.WriteString(hd + "\r\n")
	}
	b.WriteString("\r\n" + m.body + "\r\n")
	return []byte(b.String())
}

// deliver stores mails as the fetcher would and decides them.
func (h *harness) deliver(ms ...msg) {
	h.t.Helper()
	h.store(ms...)
	if _, err := h.bot.ProcessPending(context.Background()); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) store(ms ...msg) {
	h.t.Helper()
	var batch []store.Fetched
	for _, m := range ms {
		h.uid++
		if m.reading != nil {
			h.readings[m.id] = m.reading
		}
		batch = append(batch, store.Fetched{UID: h.uid, Received: h.now, MessageID: m.id, Raw: m.raw()})
	}
	if _, err := h.bot.DB.AddMails(store.Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: h.uid}, batch); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) view(fn func(tx *store.Tx) error) {
	h.t.Helper()
	if err := h.bot.DB.View(fn); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) outbox() []*store.OutMail {
	var out []*store.OutMail
	h.view(func(tx *store.Tx) error {
		return tx.OutMails(func(m *store.OutMail) error { out = append(out, m); return nil })
	})
	return out
}

// lastOut returns the newest outgoing mail and fails when there is none.
func (h *harness) lastOut() *store.OutMail {
	h.t.Helper()
	out := h.outbox()
	if len(out) == 0 {
		h.t.Fatal("no mail was queued")
	}
	return out[len(out)-1]
}

func (h *harness) regs() []*tilmeld.Registration {
	var out []*tilmeld.Registration
	h.view(func(tx *store.Tx) error {
		return tx.Registrations(func(r *tilmeld.Registration) error { out = append(out, r); return nil })
	})
	return out
}

func (h *harness) reg(id uint64) *tilmeld.Registration {
	h.t.Helper()
	var r *tilmeld.Registration
	h.view(func(tx *store.Tx) error {
		var err error
		r, err = tx.Registration(id)
		return err
	})
	return r
}

func (h *harness) reviews() []*store.Review {
	var out []*store.Review
	h.view(func(tx *store.Tx) error {
		return tx.Reviews(func(r *store.Review) error { out = append(out, r); return nil })
	})
	return out
}

func (h *harness) decision(msgID string) *store.Decision {
	h.t.Helper()
	var d *store.Decision
	h.view(func(tx *store.Tx) error {
		m, err := tx.MailByMessageID(msgID)
		if err != nil {
			return err
		}
		d = m.Decision
		return nil
	})
	if d == nil {
		h.t.Fatalf("mail %s is not decided", msgID)
	}
	return d
}

func (h *harness) history(id uint64) []store.HistoryEntry {
	var out []store.HistoryEntry
	h.view(func(tx *store.Tx) error {
		var err error
		out, err = tx.History(id)
		return err
	})
	return out
}

// readings

func person(name string, choices ...int) tilmeld.Attendee {
	return tilmeld.Attendee{Name: name, Choices: choices}
}

func withDiet(a tilmeld.Attendee, text string, ds ...tilmeld.Diet) tilmeld.Attendee {
	a.Diet, a.DietText = ds, text
	return a
}

func reading(intent tilmeld.Intent, status tilmeld.Status, email string, as ...tilmeld.Attendee) *parser.Result {
	return &parser.Result{Intent: intent, Status: status, Contact: tilmeld.Contact{Email: email},
		Attendees: as, Language: "da", Confidence: 1}
}

func registers(email string, as ...tilmeld.Attendee) *parser.Result {
	return reading(tilmeld.IntentRegister, tilmeld.StatusComplete, email, as...)
}

func incomplete(email string, missing []string, as ...tilmeld.Attendee) *parser.Result {
	r := reading(tilmeld.IntentRegister, tilmeld.StatusIncomplete, email, as...)
	r.Missing = missing
	return r
}

func english(r *parser.Result) *parser.Result { r.Language = "en"; return r }

func mustContain(t *testing.T, what, text string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, text)
		}
	}
}

func addr(s string) string {
	a, err := mail.ParseAddress(s)
	if err != nil {
		return s
	}
	return a.Address
}
