package mailbot

// Prometheus metrics ([metrics] listen). Everything is read when scraped:
// the counters since the start from Status, the totals and queue lengths
// from the store, so the loops carry no metrics code of their own and a
// restart loses no totals.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"tilmeld/store"
)

func desc(name, help string, labels ...string) *prometheus.Desc {
	return prometheus.NewDesc("tilmeld_"+name, help, labels, nil)
}

var (
	descConnected  = desc("imap_connected", "1 while the fetcher holds a logged-in IMAP connection.")
	descReconnects = desc("imap_reconnects_total", "IMAP connections lost after they were up, since the start.")
	descFetched    = desc("mails_fetched_total", "New mails stored since the start.")
	descMails      = desc("mails", "Mails in the store by decision: action and parse status (pending: not yet decided).", "action", "status")
	descReplies    = desc("replies", "Outgoing mails in the store by state.", "state")
	descSent       = desc("replies_sent_total", "Mails the SMTP server accepted since the start.")
	descSendFail   = desc("replies_failed_total", "Failed delivery tries (temporary and permanent) since the start.")
	descReview     = desc("review_open", "Review items waiting for staff.")
	descLatency    = desc("processing_latency_seconds", "Time from a mail being stored to being decided.")
)

// metricsCollector reads a bot's state at each scrape.
type metricsCollector struct{ b *Bot }

func (c metricsCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descConnected, descReconnects, descFetched, descMails,
		descReplies, descSent, descSendFail, descReview, descLatency} {
		ch <- d
	}
}

func (c metricsCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.b.Status.Snapshot()
	connected := 0.0
	if s.Connected {
		connected = 1
	}
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	counter := func(d *prometheus.Desc, v int) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, float64(v))
	}
	gauge(descConnected, connected)
	counter(descReconnects, s.Reconnects)
	counter(descFetched, s.Fetched)
	counter(descSent, s.Sent)
	counter(descSendFail, s.SendFailures)
	ch <- latencyMetric(s.latency)
	c.collectStore(gauge)
}

// collectStore counts mails, replies and open review items in one read.
func (c metricsCollector) collectStore(gauge func(*prometheus.Desc, float64, ...string)) {
	type key struct{ action, status string }
	mails := map[key]int{}
	replies := map[string]int{"waiting": 0, "sent": 0, "failed": 0}
	review := 0
	err := c.b.DB.View(func(tx *store.Tx) error {
		err := tx.Mails(func(m *store.Mail) error {
			k := key{"pending", ""}
			if m.Decision != nil {
				k = key{m.Decision.Action, m.Decision.Status}
			}
			mails[k]++
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.OutMails(func(o *store.OutMail) error {
			replies[replyState(o)]++
			return nil
		})
		if err != nil {
			return err
		}
		return tx.Reviews(func(r *store.Review) error {
			if r.Open() {
				review++
			}
			return nil
		})
	})
	if err != nil {
		c.b.Log.Warn("metrics: read store", "error", err)
		return
	}
	for k, n := range mails {
		gauge(descMails, float64(n), k.action, k.status)
	}
	for state, n := range replies {
		gauge(descReplies, float64(n), state)
	}
	gauge(descReview, float64(review))
}

func replyState(o *store.OutMail) string {
	switch {
	case !o.Failed.IsZero():
		return "failed"
	case !o.Sent.IsZero():
		return "sent"
	}
	return "waiting"
}

// latencyMetric turns the per-bucket counts into Prometheus's cumulative form.
func latencyMetric(h latencyHistogram) prometheus.Metric {
	buckets := make(map[float64]uint64, len(latencyBuckets))
	var cum uint64
	for i, bound := range latencyBuckets {
		cum += h.counts[i]
		buckets[bound] = cum
	}
	return prometheus.MustNewConstHistogram(descLatency, h.n, h.sum, buckets)
}

// MetricsHandler serves the bot's metrics with Go's and the process's own.
func (b *Bot) MetricsHandler() http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(metricsCollector{b}, collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
}

// serveMetrics serves /metrics on addr until ctx ends. A port that cannot
// be had is an error: the operator asked for it.
func (b *Bot) serveMetrics(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("metrics.listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", b.MetricsHandler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	stop := context.AfterFunc(ctx, func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	})
	defer stop()
	b.Log.Info("metrics listening", "address", ln.Addr().String())
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("metrics: %w", err)
	}
	return ctx.Err()
}
