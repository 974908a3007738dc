package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/mail"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"tilmeld/mailbot/mailtest"
)

// sampleMails writes n registration mails in varied wording, plus the
// automatic mail a real inbox holds. It returns the mails and how many of
// them deserve an answer.
func sampleMails(n int) (raws [][]byte, answerable int) {
	if n > 250 {
		panic("sampleMails: at most 250 distinct names")
	}
	first := []string{"Anne", "Bo", "Carsten", "Dorte", "Emine", "Farah", "Gitte", "Hamid", "Ida", "Jonas"}
	// 10 × 25 distinct names: the same name from two addresses is a case for review.
	last := []string{"Andersen", "Berg", "Christensen", "Demir", "Eriksen", "Friis", "Gade", "Holm",
		"Iversen", "Jensen", "Kaya", "Larsen", "Madsen", "Nielsen", "Olsen", "Petersen", "Qureshi",
		"Rasmussen", "Schmidt", "Thomsen", "Udsen", "Vestergaard", "Winther", "Yilmaz", "Zahir"}
	bodies := []string{
		"Hej\n\nJeg vil gerne deltage i netværksmødet.\nNavn: %s\nWorkshop %d, og ellers workshop %d.\n\nMvh %s",
		"Hej ABC\n\nHermed tilmelding. Jeg vil helst på workshop %[2]d, alternativt %[3]d.\nJeg er vegetar.\n\nVenlig hilsen\n%[1]s",
		"Hello,\n\nI would like to register. First choice workshop %[2]d, second choice workshop %[3]d.\n\nBest regards,\n%[1]s",
	}
	for i := range n {
		name := first[i%len(first)] + " " + last[(i/len(first))%len(last)]
		a, b := i%4+1, (i+1)%4+1
		body := fmt.Sprintf(bodies[i%len(bodies)], name, a, b, strings.Fields(name)[0])
		addr := fmt.Sprintf("person%d@example.org", i)
		raws = append(raws, testMail(name, addr, "Tilmelding", fmt.Sprintf("reg-%d@example.org", i), body, ""))
		answerable++
		switch i % 20 {
		case 7:
			raws = append(raws, testMail(name, addr, "Autosvar: Tilmelding", fmt.Sprintf("auto-%d@example.org", i),
				"Jeg er på ferie og læser ikke mail.", "Auto-Submitted: auto-replied\r\n"))
		case 13:
			raws = append(raws, testMail("Mail Delivery System", "mailer-daemon@example.net", "Undelivered Mail Returned to Sender",
				fmt.Sprintf("bounce-%d@example.net", i), "Your message could not be delivered.", ""))
		}
	}
	return raws, answerable
}

func testMail(name, addr, subject, msgID, body, extra string) []byte {
	from := mail.Address{Name: name, Address: addr}
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: %s\r\nTo: abc@bo-vest.dk\r\nSubject: %s\r\nDate: Mon, 07 Sep 2020 10:00:00 +0200\r\n", from.String(), subject)
	fmt.Fprintf(&b, "Message-ID: <%s>\r\n%sMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n", msgID, extra)
	b.WriteString("Content-Transfer-Encoding: 8bit\r\n\r\n")
	b.WriteString(strings.ReplaceAll(body, "\n", "\r\n") + "\r\n")
	return b.Bytes()
}

// daemon runs `tilmeld run` in-process until stop is called.
type daemon struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
	code   int
	stderr bytes.Buffer
}

func startDaemon(t *testing.T, config string) *daemon {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	d := &daemon{cancel: cancel}
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		env := &Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &syncWriter{w: &d.stderr}}
		d.code = Run(ctx, env, []string{"run", "--config", config})
	}()
	return d
}

func (d *daemon) stop(t *testing.T) {
	t.Helper()
	d.cancel()
	d.wg.Wait()
	if d.code != 0 {
		t.Fatalf("tilmeld run exited %d:\n%s", d.code, d.stderr.String())
	}
}

type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// TestRunAgainstDovecot is the daemon's whole loop on real servers: Dovecot
// holding a few hundred mails, an SMTP server on loopback.
func TestRunAgainstDovecot(t *testing.T) {
	dc := mailtest.MustDovecot(t)
	smtpSrv := mailtest.MustSMTPServer(t)
	raws, want := sampleMails(240)
	if err := dc.Deliver(raws); err != nil {
		t.Fatal(err)
	}
	config, err := mailtest.Config{IMAP: dc.Account, SMTP: smtpSrv.Addr, IMAPExtra: `poll_interval = "1s"`}.Write(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}

	d := startDaemon(t, config)
	msgs, err := smtpSrv.WaitTimeout(60*time.Second, want)
	if err != nil {
		d.stop(t)
		t.Fatalf("%d replies of %d: %v", len(smtpSrv.Messages()), want, err)
	}
	checkOneReplyEach(t, msgs, want)

	// A mail arriving while the daemon runs is answered within seconds.
	c, err := dc.Login()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	late := testMail("Nina Lund", "nina@example.org", "Tilmelding", "live@example.org", "Hej\n\nJeg vil gerne på workshop 3 og ellers 1.\n\nNina Lund", "")
	sent := time.Now()
	if _, err := mailtest.Append(c, "INBOX", late); err != nil {
		t.Fatal(err)
	}
	if _, err := smtpSrv.WaitTimeout(5*time.Second, want+1); err != nil {
		t.Fatalf("mail appended while running not answered within 5s: %v", err)
	}
	t.Logf("live mail answered in %v", time.Since(sent).Round(time.Millisecond))

	// A phone registration through the running daemon is confirmed at once.
	var addOut, addErr bytes.Buffer
	code := Run(context.Background(), &Env{Stdin: strings.NewReader(""), Stdout: &addOut, Stderr: &addErr},
		[]string{"add", "--config", config, "--name", "Ole Bak", "--email", "ole.bak@example.org", "--first", "2"})
	if code != 0 {
		t.Fatalf("add exited %d: %s", code, addErr.String())
	}
	if _, err := smtpSrv.WaitTimeout(2*time.Second, want+2); err != nil {
		t.Fatalf("phone registration not confirmed within 2s: %v", err)
	}
	want++ // the confirmation is a mail sent, and Ole an attendee
	d.stop(t)

	// A restart sends nothing again.
	d = startDaemon(t, config)
	time.Sleep(1500 * time.Millisecond)
	d.stop(t)
	if n := len(smtpSrv.Messages()); n != want+1 {
		t.Errorf("after a restart %d mails were sent, want %d", n, want+1)
	}

	var out, stderr bytes.Buffer
	code = Run(context.Background(), &Env{Stdout: &out, Stderr: &stderr}, []string{"export", "--config", config, "--format", "json"})
	if code != 0 {
		t.Fatalf("export exited %d: %s", code, stderr.String())
	}
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	if len(rows) != want+1 {
		t.Errorf("export has %d attendees, want %d:\n%.300s", len(rows), want+1, out.String()+stderr.String())
	}
}

// checkOneReplyEach asserts that every answered mail got exactly one reply
// and no automatic mail got any.
func checkOneReplyEach(t *testing.T, msgs []mailtest.Message, want int) {
	t.Helper()
	replies := map[string]int{}
	for _, m := range msgs {
		h, err := mail.ReadMessage(bytes.NewReader(m.Data))
		if err != nil {
			t.Fatalf("reply does not parse: %v", err)
		}
		irt := strings.Trim(h.Header.Get("In-Reply-To"), "<>")
		if strings.HasPrefix(irt, "auto-") || strings.HasPrefix(irt, "bounce-") {
			t.Errorf("automatic mail %s was answered", irt)
		}
		if h.Header.Get("Auto-Submitted") != "auto-replied" {
			t.Errorf("reply to %s lacks Auto-Submitted", irt)
		}
		replies[irt]++
	}
	for id, n := range replies {
		if n != 1 {
			t.Errorf("%s got %d replies", id, n)
		}
	}
	if len(replies) != want {
		t.Errorf("%d mails answered, want %d", len(replies), want)
	}
}

// The daemon sets its collector unless GOGC or GOMEMLIMIT is set, and then
// leaves the runtime's settings as they were.
func TestDaemonGC(t *testing.T) {
	percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) })
	env := func(vars ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(vars); i += 2 {
				if vars[i] == k {
					return vars[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		env     []string
		percent int
		limit   int64
	}{
		{nil, daemonGCPercent, daemonMemLimit},
		{[]string{"GOGC", "100"}, 100, math.MaxInt64},
		{[]string{"GOMEMLIMIT", "1GiB"}, 100, math.MaxInt64},
	} {
		daemonGC(env(c.env...))
		gotPercent, gotLimit := debug.SetGCPercent(100), debug.SetMemoryLimit(math.MaxInt64)
		if gotPercent != c.percent || gotLimit != c.limit {
			t.Errorf("with %q: GC percent %d, memory limit %d; want %d, %d", c.env, gotPercent, gotLimit, c.percent, c.limit)
		}
	}
}
