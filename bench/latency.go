package main

import (
	"fmt"
	"math"
	"slices"
	"time"

	"tilmeld/mailbot/mailtest"
)

// latencyResult holds, per live mail, the time from the start of its
// APPEND to the moment the SMTP server accepted its reply.
type latencyResult struct {
	Mails    int
	Answered int
	Sorted   []time.Duration // of the answered ones
	Problems []string
}

// Quantile returns the q-quantile (nearest rank); an unanswered mail
// counts as infinitely late.
func (l *latencyResult) Quantile(q float64) time.Duration {
	rank := int(math.Ceil(q*float64(l.Mails))) - 1
	if rank < 0 {
		rank = 0
	}
	if rank >= len(l.Sorted) {
		return time.Duration(math.MaxInt64)
	}
	return l.Sorted[rank]
}

// runLatency starts a daemon on an empty INBOX, lets it settle into IDLE,
// appends n answerable mails, one every gap, over a connection of its own,
// and matches each reply to its mail by In-Reply-To.
func runLatency(bin string, n int, gap time.Duration) (*latencyResult, error) {
	dc, err := mailtest.StartDovecot("bot@example.test", "secret")
	if err != nil {
		return nil, fmt.Errorf("start dovecot: %w", err)
	}
	defer dc.Close()
	s, err := startSink()
	if err != nil {
		return nil, err
	}
	defer s.Close()
	d, cleanup, err := startDaemonFor(bin, dc, s)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	time.Sleep(time.Second) // connected, SELECTed, idling
	l, err := appendLive(dc.Account, s, n, gap)
	if _, stopErr := d.Stop(); err == nil && stopErr != nil {
		err = fmt.Errorf("tilmeld run: %w", stopErr)
	}
	if l != nil {
		l.Problems = d.Errors()
	}
	return l, err
}

func appendLive(a mailtest.Account, s *sink, n int, gap time.Duration) (*latencyResult, error) {
	c, err := a.Login()
	if err != nil {
		return nil, err
	}
	defer c.Close()
	g := newGenerator(3, "live")
	sentAt := map[string]time.Time{}
	tick := time.NewTicker(gap)
	defer tick.Stop()
	for len(sentAt) < n {
		m := g.Mail()
		if !m.Answerable {
			continue
		}
		<-tick.C
		sentAt[m.MessageID] = time.Now()
		if _, err := mailtest.Append(c, "INBOX", m.Raw); err != nil {
			return nil, fmt.Errorf("append live mail: %w", err)
		}
	}
	waitReplies(s, sentAt, 10*time.Second)
	return latencies(n, sentAt, s.Accepted()), nil
}

// waitReplies waits until every mail in sentAt has its reply, or limit.
func waitReplies(s *sink, sentAt map[string]time.Time, limit time.Duration) {
	deadline := time.After(limit)
	for {
		got, changed := s.Count()
		answered := 0
		for _, a := range s.Accepted()[:got] {
			if _, ok := sentAt[a.InReplyTo]; ok {
				answered++
			}
		}
		if answered >= len(sentAt) {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			return
		}
	}
}

func latencies(n int, sentAt map[string]time.Time, got []accepted) *latencyResult {
	l := &latencyResult{Mails: n}
	for _, a := range got {
		if t, ok := sentAt[a.InReplyTo]; ok {
			l.Sorted = append(l.Sorted, a.At.Sub(t))
			delete(sentAt, a.InReplyTo) // a second reply does not count
		}
	}
	l.Answered = len(l.Sorted)
	slices.Sort(l.Sorted)
	return l
}
