package mailbot

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"tilmeld"
	"tilmeld/mailbot/mailtest"
	"tilmeld/store"
)

// senderBot returns a bot whose SMTP settings point at srv, logging in as
// bot/secret.
func senderBot(t testing.TB, srv *mailtest.SMTPServer) *Bot {
	t.Helper()
	bot, _ := transportBot(t, "127.0.0.1:1", "bot", "secret")
	bot.Config.SMTP.Address = srv.Addr
	bot.Config.SMTP.Username = "bot"
	srv.RequireAuth("bot", "secret")
	return bot
}

func enqueue(t testing.TB, db *store.DB, mails ...*store.OutMail) {
	t.Helper()
	err := db.Update(func(tx *store.Tx) error {
		for _, m := range mails {
			if err := tx.Enqueue(m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func outMail(n string) *store.OutMail {
	return &store.OutMail{
		MessageID:  "reply-" + n + "@bo-vest.dk",
		To:         "deltager" + n + "@example.test",
		ToName:     "Søren Ærlig " + n,
		Subject:    "SV: Tilmelding " + n,
		Body:       "Tak for din tilmelding, vi har noteret dig på workshop 1.\nMed venlig hilsen\nABC\n",
		InReplyTo:  "m" + n + "@example.test",
		References: []string{"first" + n + "@example.test", "m" + n + "@example.test"},
		Kind:       "receipt",
	}
}

func outRecord(t *testing.T, db *store.DB, id uint64) *store.OutMail {
	t.Helper()
	var m *store.OutMail
	err := db.View(func(tx *store.Tx) (err error) {
		m, err = tx.OutMail(id)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func reviews(t *testing.T, db *store.DB) []*store.Review {
	t.Helper()
	var out []*store.Review
	err := db.View(func(tx *store.Tx) error {
		return tx.Reviews(func(r *store.Review) error {
			out = append(out, r)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

const icsData = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tilmeld//DA\r\nBEGIN:VEVENT\r\nUID:ws1@bo-vest.dk\r\n" +
	"SUMMARY:Workshop 1: Naboskab\\, netværk & tryghed\r\nDTSTART:20200929T143000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

// TestSendDeliversOnceWithHeaders runs the sender loop: every queued mail
// arrives once, over one connection, with the headers threading and loop
// protection need, and its .ics attachment intact.
func TestSendDeliversOnceWithHeaders(t *testing.T) {
	srv := mailtest.MustSMTPServer(t)
	bot := senderBot(t, srv)
	created := time.Date(2020, 9, 14, 10, 30, 0, 0, time.UTC)
	bot.DB.Now = func() time.Time { return created }
	m1, m2, m3 := outMail("1"), outMail("2"), outMail("3")
	m3.Kind, m3.InReplyTo, m3.References = "placement", "", nil
	m3.Attachments = []store.Attachment{{Name: "workshop.ics", ContentType: "text/calendar; charset=utf-8; method=PUBLISH", Data: []byte(icsData)}}
	enqueue(t, bot.DB, m1, m2, m3)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	wakeup := make(chan struct{}, 1)
	go func() { done <- (&Sender{Bot: bot}).Run(ctx, wakeup) }()
	msgs, err := srv.WaitTimeout(3*time.Second, 3)
	if err != nil {
		t.Fatal(err)
	}
	wake(wakeup) // one more round: nothing may go out again
	pollUntil(t, time.Second, "outbox empty", func() bool { n, _ := bot.DB.UnsentCount(); return n == 0 })
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v", err)
	}
	if srv.Attempts() != 3 || srv.Sessions() != 1 {
		t.Errorf("%d messages over %d connections, want 3 over 1", srv.Attempts(), srv.Sessions())
	}
	for i, want := range []*store.OutMail{m1, m2, m3} {
		checkDelivered(t, msgs[i], want, created)
		if rec := outRecord(t, bot.DB, want.ID); rec.Sent.IsZero() || rec.Attempts != 0 {
			t.Errorf("mail %d: sent %v, attempts %d", want.ID, rec.Sent, rec.Attempts)
		}
	}
	checkHeader(t, msgs[2], "Auto-Submitted", "auto-generated")
	checkAttachment(t, msgs[2], "workshop.ics", "text/calendar", icsData)
}

func checkDelivered(t *testing.T, got mailtest.Message, want *store.OutMail, date time.Time) {
	t.Helper()
	if got.From != "abc@bo-vest.dk" || len(got.To) != 1 || got.To[0] != want.To || got.User != "bot" {
		t.Errorf("envelope from %q to %q as %q", got.From, got.To, got.User)
	}
	checkHeader(t, got, "Message-ID", "<"+want.MessageID+">")
	checkHeader(t, got, LoopHeader, "abc@bo-vest.dk")
	checkHeader(t, got, "X-Auto-Response-Suppress", "All")
	checkHeader(t, got, "User-Agent", "")
	checkHeader(t, got, "X-Mailer", "")
	checkHeader(t, got, "Date", date.Format(time.RFC1123Z))
	if want.InReplyTo != "" {
		checkHeader(t, got, "In-Reply-To", "<"+want.InReplyTo+">")
		checkHeader(t, got, "References", "<"+want.References[0]+"> <"+want.References[1]+">")
		checkHeader(t, got, "Auto-Submitted", "auto-replied")
	}
	r, err := mail.CreateReader(bytes.NewReader(got.Data))
	if err != nil {
		t.Fatal(err)
	}
	if subj, _ := r.Header.Subject(); subj != want.Subject {
		t.Errorf("Subject %q, want %q", subj, want.Subject)
	}
	to, _ := r.Header.AddressList("To")
	if len(to) != 1 || to[0].Name != want.ToName || to[0].Address != want.To {
		t.Errorf("To %v", to)
	}
	p, err := r.NextPart()
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(p.Body)
	if strings.ReplaceAll(string(body), "\r\n", "\n") != want.Body {
		t.Errorf("body %q, want %q", body, want.Body)
	}
}

func checkHeader(t *testing.T, m mailtest.Message, key, want string) {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Header.Get(key); got != want {
		t.Errorf("%s: %q, want %q", key, got, want)
	}
}

func checkAttachment(t *testing.T, m mailtest.Message, name, ctype, data string) {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	for {
		p, err := r.NextPart()
		if err != nil {
			t.Fatalf("no attachment %s: %v", name, err)
		}
		h, ok := p.Header.(*mail.AttachmentHeader)
		if !ok {
			continue
		}
		fn, _ := h.Filename()
		ct, params, _ := h.ContentType()
		b, _ := io.ReadAll(p.Body)
		if fn != name || ct != ctype || params["method"] != "PUBLISH" || string(b) != data {
			t.Errorf("attachment %q %q %v: %q", fn, ct, params, b)
		}
		return
	}
}

// TestSendRetriesTemporaryFailure: a 451 puts the mail back with backoff,
// and once due it goes out once.
func TestSendRetriesTemporaryFailure(t *testing.T) {
	srv := mailtest.MustSMTPServer(t)
	bot := senderBot(t, srv)
	now := time.Now()
	bot.DB.Now = func() time.Time { return now }
	refused := false
	srv.Reject(func(mailtest.Message) error {
		if !refused {
			refused = true
			return mailtest.TempFailure
		}
		return nil
	})
	m := outMail("1")
	enqueue(t, bot.DB, m)
	s := &Sender{Bot: bot}
	wait, err := s.SendDue(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	rec := outRecord(t, bot.DB, m.ID)
	if rec.Attempts != 1 || !strings.Contains(rec.LastError, "451") || !rec.NextTry.After(now) || !rec.Sent.IsZero() {
		t.Fatalf("after 451: attempts %d, error %q, next %v, sent %v", rec.Attempts, rec.LastError, rec.NextTry, rec.Sent)
	}
	if wait <= 0 || wait > sendInterval {
		t.Errorf("wait %v after a retry was scheduled", wait)
	}
	if _, err := s.SendDue(t.Context()); err != nil || srv.Attempts() != 1 {
		t.Fatalf("a mail not yet due was tried again (%d attempts, %v)", srv.Attempts(), err)
	}
	now = rec.NextTry
	if _, err := s.SendDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SendDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Messages()); n != 1 || srv.Attempts() != 2 {
		t.Fatalf("%d delivered in %d attempts, want 1 in 2", n, srv.Attempts())
	}
	if rec := outRecord(t, bot.DB, m.ID); rec.Sent.IsZero() {
		t.Error("not recorded as sent")
	}
}

// TestSendPermanentFailure: a 550 marks the mail failed and asks staff,
// naming the recipient and the server's answer.
func TestSendPermanentFailure(t *testing.T) {
	srv := mailtest.MustSMTPServer(t)
	bot := senderBot(t, srv)
	srv.Reject(func(mailtest.Message) error { return mailtest.PermFailure })
	m := outMail("1")
	m.Registration = 7
	enqueue(t, bot.DB, m)
	if _, err := (&Sender{Bot: bot}).SendDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	rec := outRecord(t, bot.DB, m.ID)
	if rec.Failed.IsZero() || !rec.Sent.IsZero() {
		t.Fatalf("failed %v sent %v", rec.Failed, rec.Sent)
	}
	rs := reviews(t, bot.DB)
	if len(rs) != 1 || rs[0].Registration != 7 || !strings.Contains(rs[0].Reasons[0], m.To) ||
		!strings.Contains(rs[0].Reasons[0], "550") {
		t.Fatalf("review items %+v", rs)
	}
	if n, _ := bot.DB.UnsentCount(); n != 0 {
		t.Errorf("%d left in the outbox", n)
	}
}

// TestSendRefusesHeaderInjection: names and addresses with line breaks
// fail without reaching the server; a subject with one is flattened.
func TestSendRefusesHeaderInjection(t *testing.T) {
	srv := mailtest.MustSMTPServer(t)
	bot := senderBot(t, srv)
	badName := outMail("1")
	badName.ToName = "Eve\r\nBcc: victim@example.test"
	badAddr := outMail("2")
	badAddr.To = "eve@example.test\r\nBcc: victim@example.test"
	twoAddrs := outMail("3")
	twoAddrs.To = "eve@example.test, victim@example.test"
	good := outMail("4")
	good.Subject = "SV: hej\r\nX-Injected: yes"
	enqueue(t, bot.DB, badName, badAddr, twoAddrs, good)
	if _, err := (&Sender{Bot: bot}).SendDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 || len(msgs[0].To) != 1 || msgs[0].To[0] != good.To {
		t.Fatalf("delivered %+v", msgs)
	}
	if bytes.Contains(msgs[0].Data, []byte("\nX-Injected")) || bytes.Contains(msgs[0].Data, []byte("\nBcc")) {
		t.Errorf("a header was injected:\n%s", msgs[0].Data)
	}
	for _, m := range []*store.OutMail{badName, badAddr, twoAddrs} {
		if outRecord(t, bot.DB, m.ID).Failed.IsZero() {
			t.Errorf("mail to %q was not failed", m.To)
		}
	}
	if n := len(reviews(t, bot.DB)); n != 3 {
		t.Errorf("%d review items, want 3", n)
	}
}

// TestSendServerDown: no server → every due mail is retried later.
func TestSendServerDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	srv := mailtest.MustSMTPServer(t)
	bot := senderBot(t, srv)
	bot.Config.SMTP.Address = addr
	m1, m2 := outMail("1"), outMail("2")
	enqueue(t, bot.DB, m1, m2)
	if _, err := (&Sender{Bot: bot}).SendDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, m := range []*store.OutMail{m1, m2} {
		rec := outRecord(t, bot.DB, m.ID)
		if rec.Attempts != 1 || rec.NextTry.IsZero() || !rec.Failed.IsZero() || rec.LastError == "" {
			t.Errorf("mail %d: %+v", m.ID, rec)
		}
	}
}

// TestSendRefusesPlaintextToRemote: "none" is for loopback only.
func TestSendRefusesPlaintextToRemote(t *testing.T) {
	srv := mailtest.MustSMTPServer(t)
	bot := senderBot(t, srv)
	bot.Config.SMTP.Address = "smtp.example.org:25"
	if err := (&Sender{Bot: bot}).Run(t.Context(), nil); err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Fatalf("Run = %v", err)
	}
}

// TestSendBadLoginRetries: a refused login is the bot's own account
// problem, so the mail is kept for later, not failed.
func TestSendBadLoginRetries(t *testing.T) {
	srv := mailtest.MustSMTPServer(t)
	bot := senderBot(t, srv)
	srv.RequireAuth("bot", "another password")
	m := outMail("1")
	enqueue(t, bot.DB, m)
	if _, err := (&Sender{Bot: bot}).SendDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	rec := outRecord(t, bot.DB, m.ID)
	if rec.Attempts != 1 || !rec.Failed.IsZero() || len(srv.Messages()) != 0 {
		t.Fatalf("after a refused login: %+v", rec)
	}
	if strings.Contains(rec.LastError, "secret") {
		t.Errorf("the password is in the error: %s", rec.LastError)
	}
}

// TestSendTLS sends over implicit TLS and over STARTTLS, logging in; a
// certificate the client does not trust is a temporary failure.
func TestSendTLS(t *testing.T) {
	serverTLS, roots, err := mailtest.SelfSignedTLS()
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []tilmeld.TLSMode{tilmeld.TLSImplicit, tilmeld.TLSStartTLS} {
		t.Run(string(mode), func(t *testing.T) {
			srv, err := mailtest.NewSMTPServerTLS(serverTLS, mode == tilmeld.TLSImplicit)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { srv.Close() })
			bot := senderBot(t, srv)
			bot.Config.SMTP.TLS = mode
			untrusted, trusted := outMail("1"), outMail("2")
			enqueue(t, bot.DB, untrusted)
			if _, err := (&Sender{Bot: bot}).SendDue(t.Context()); err != nil {
				t.Fatal(err)
			}
			if rec := outRecord(t, bot.DB, untrusted.ID); rec.Attempts != 1 || !strings.Contains(rec.LastError, "certificate") {
				t.Errorf("untrusted server: %+v", rec)
			}
			enqueue(t, bot.DB, trusted)
			if _, err := (&Sender{Bot: bot, TLSConfig: &tls.Config{RootCAs: roots}}).SendDue(t.Context()); err != nil {
				t.Fatal(err)
			}
			if msgs := srv.Messages(); len(msgs) != 1 || msgs[0].User != "bot" || msgs[0].To[0] != trusted.To {
				t.Fatalf("delivered %+v", msgs)
			}
		})
	}
}

// TestSendConnectionLostMidBatch: the connection drops at the second of
// three mails; the first stays sent, the third goes on a new connection,
// the second once due. Each arrives once.
func TestSendConnectionLostMidBatch(t *testing.T) {
	srv := mailtest.MustSMTPServer(t)
	proxy := mailtest.MustProxy(t, srv.Addr)
	bot := senderBot(t, srv)
	bot.Config.SMTP.Address = proxy.Addr
	now := time.Now()
	bot.DB.Now = func() time.Time { return now }
	srv.Reject(func(m mailtest.Message) error {
		if m.To[0] == "deltager2@example.test" && proxy.Connections() == 1 {
			proxy.Cut()
			return mailtest.TempFailure
		}
		return nil
	})
	m1, m2, m3 := outMail("1"), outMail("2"), outMail("3")
	enqueue(t, bot.DB, m1, m2, m3)
	s := &Sender{Bot: bot}
	wait, err := s.SendDue(t.Context())
	if err != nil || wait != 0 {
		t.Fatalf("SendDue = %v, %v; want an immediate next round", wait, err)
	}
	if rec := outRecord(t, bot.DB, m2.ID); rec.Attempts != 1 || rec.NextTry.IsZero() {
		t.Fatalf("mail 2 after the cut: %+v", rec)
	}
	if _, err := s.SendDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	now = outRecord(t, bot.DB, m2.ID).NextTry
	if _, err := s.SendDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	var to []string
	for _, m := range srv.Messages() {
		to = append(to, m.To[0])
	}
	if want := "deltager1@example.test deltager3@example.test deltager2@example.test"; strings.Join(to, " ") != want {
		t.Fatalf("delivered to %v, want %s", to, want)
	}
}

// TestSendEndsEachMailWithoutRset: over one connection each mail costs
// MAIL, RCPT and DATA; the server's answer to the final dot ends it, and
// no RSET follows. A refused recipient is still followed by RSET.
func TestSendEndsEachMailWithoutRset(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	verbs := make(chan []string, 1)
	go func() { verbs <- scriptedSMTP(ln, "deltager2@example.test") }()
	bot, _ := transportBot(t, "127.0.0.1:1", "bot", "secret")
	bot.Config.SMTP.Address = ln.Addr().String()
	m1, m2, m3 := outMail("1"), outMail("2"), outMail("3")
	enqueue(t, bot.DB, m1, m2, m3)
	if _, err := (&Sender{Bot: bot}).SendDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(<-verbs, " ")
	if want := "EHLO MAIL RCPT DATA MAIL RCPT RSET MAIL RCPT DATA QUIT"; got != want {
		t.Errorf("commands %q, want %q", got, want)
	}
	for _, m := range []*store.OutMail{m1, m3} {
		if rec := outRecord(t, bot.DB, m.ID); rec.Sent.IsZero() {
			t.Errorf("mail %d not recorded sent", m.ID)
		}
	}
	if rec := outRecord(t, bot.DB, m2.ID); rec.Failed.IsZero() {
		t.Errorf("mail %d to the refused recipient not failed: %+v", m2.ID, rec)
	}
}

// scriptedSMTP serves one connection on ln, accepting every mail but
// those to refuse (550 at RCPT TO), and returns the verbs it was sent.
func scriptedSMTP(ln net.Listener, refuse string) []string {
	conn, err := ln.Accept()
	if err != nil {
		return nil
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	r := bufio.NewReader(conn)
	reply := func(s string) { io.WriteString(conn, s+"\r\n") }
	reply("220 scripted ESMTP")
	var verbs []string
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return verbs
		}
		verb, arg, _ := strings.Cut(strings.TrimRight(line, "\r\n"), " ")
		verb = strings.ToUpper(verb)
		verbs = append(verbs, verb)
		switch verb {
		case "EHLO":
			reply("250-scripted")
			reply("250 8BITMIME")
		case "RCPT":
			if strings.Contains(arg, refuse) {
				reply("550 5.1.1 No such user here")
			} else {
				reply("250 2.1.5 Ok")
			}
		case "DATA":
			reply("354 Go ahead")
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return verbs
				}
				if l == ".\r\n" {
					break
				}
			}
			reply("250 2.0.0 Queued")
		case "QUIT":
			reply("221 2.0.0 Bye")
			return verbs
		default:
			reply("250 2.0.0 Ok")
		}
	}
}

// BenchmarkSendDue is the sender alone: one op sends 1,000 queued replies
// over one connection to an in-process server and records them sent. Its
// setup parses nothing, so that a count of instructions (callgrind) over a
// few ops is mostly theirs.
func BenchmarkSendDue(b *testing.B) {
	const n = 1000
	srv := mailtest.MustSMTPServer(b)
	bot := senderBot(b, srv)
	mails := make([]*store.OutMail, n)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		for i := range mails {
			mails[i] = outMail(strconv.Itoa(i))
		}
		enqueue(b, bot.DB, mails...)
		b.StartTimer()
		if _, err := (&Sender{Bot: bot}).SendDue(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
	if left, err := bot.DB.UnsentCount(); err != nil || left != 0 {
		b.Fatalf("%d mails left unsent: %v", left, err)
	}
}
