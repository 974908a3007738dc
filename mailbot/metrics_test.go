package mailbot

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"tilmeld/mailbot/mailtest"
)

func scrape(t *testing.T, h http.Handler) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("GET /metrics: %d", rec.Code)
	}
	return rec.Body.String()
}

// TestMetrics runs the fetcher and the sender on real servers and reads
// the counts, queues and latency they leave behind.
func TestMetrics(t *testing.T) {
	imapSrv := mailtest.MustIMAPServer(t, nil)
	smtpSrv := mailtest.MustSMTPServer(t)
	bot := senderBot(t, smtpSrv)
	bot.Config.IMAP.Address = imapSrv.Addr
	bot.Config.IMAP.Username = imapSrv.Username
	h := bot.MetricsHandler()
	last := appendMails(t, imapSrv, testMail(1), testMail(2))
	decided := make(chan struct{}, 1)
	runFetcher(t, &Fetcher{Bot: bot, Decided: decided})
	pollUntil(t, slowWait, "mail fetched", cursorAt(t, bot.DB, last))
	decideAs(t, bot.DB, "registered", "review")
	wake(decided)
	pollUntil(t, slowWait, "mail marked", func() bool { m, _ := bot.DB.ToMark(); return len(m) == 0 })
	enqueue(t, bot.DB, outMail("1"), outMail("2"))
	if _, err := (&Sender{Bot: bot}).SendDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	enqueue(t, bot.DB, outMail("3"))

	out := scrape(t, h)
	for _, want := range []string{
		"tilmeld_imap_connected 1",
		"tilmeld_mails_fetched_total 2",
		`tilmeld_mails{action="registered",status=""} 1`,
		`tilmeld_mails{action="review",status=""} 1`,
		`tilmeld_replies{state="sent"} 2`,
		`tilmeld_replies{state="waiting"} 1`,
		"tilmeld_replies_sent_total 2",
		"tilmeld_review_open 0",
		"tilmeld_processing_latency_seconds_count 2",
		`tilmeld_processing_latency_seconds_bucket{le="+Inf"} 2`,
		"go_goroutines",
	} {
		if !strings.Contains(out, want+"\n") && !strings.Contains(out, want+" ") {
			t.Errorf("metrics lack %q", want)
		}
	}
}

// TestMetricsEndpoint serves /metrics on the configured address while the
// daemon runs.
func TestMetricsEndpoint(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	bot, _ := transportBot(t, "127.0.0.1:1", "bot", "secret")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- bot.serveMetrics(ctx, addr) }()
	var body string
	pollUntil(t, slowWait, "metrics served", func() bool {
		resp, err := http.Get("http://" + addr + "/metrics")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		body = string(b)
		return resp.StatusCode == 200
	})
	if !strings.Contains(body, "tilmeld_imap_connected 0") {
		t.Errorf("metrics body lacks the connection gauge:\n%.500s", body)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("metrics server did not stop")
	}
}
