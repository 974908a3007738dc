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
	// ToCommit and FromCommit split each answered mail's time at the
	// commit of its batch in the store: IDLE notice, UID FETCH and bbolt
	// before; parse, decide, outbox and SMTP after.
	ToCommit, FromCommit []time.Duration
	Problems             []string
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
	sv, err := startServers(nil)
	if err != nil {
		return nil, err
	}
	defer sv.Close()
	dc, s := sv.dc, sv.sink
	d, err := sv.startDaemon(bin)
	if err != nil {
		return nil, err
	}
	time.Sleep(time.Second) // connected, SELECTed, idling
	l, uids, err := appendLive(dc.Account, s, n, gap)
	if l != nil {
		l.split(d, uids, s.Accepted())
	}
	if _, stopErr := d.Stop(); err == nil && stopErr != nil {
		err = fmt.Errorf("tilmeld run: %w", stopErr)
	}
	if l != nil {
		l.Problems = d.Errors()
	}
	return l, err
}

// live is one appended mail: when its APPEND began and its UID.
type live struct {
	at  time.Time
	uid uint32
}

func appendLive(a mailtest.Account, s *sink, n int, gap time.Duration) (*latencyResult, map[string]live, error) {
	c, err := a.Login()
	if err != nil {
		return nil, nil, err
	}
	defer c.Close()
	g := newGenerator(3, "live")
	sentAt := map[string]time.Time{}
	uids := map[string]live{}
	tick := time.NewTicker(gap)
	defer tick.Stop()
	for len(sentAt) < n {
		m := g.Mail()
		if !m.Answerable {
			continue
		}
		<-tick.C
		at := time.Now()
		sentAt[m.MessageID] = at
		uid, err := mailtest.Append(c, "INBOX", m.Raw)
		if err != nil {
			return nil, nil, fmt.Errorf("append live mail: %w", err)
		}
		uids[m.MessageID] = live{at: at, uid: uint32(uid)}
	}
	waitReplies(s, sentAt, 10*time.Second)
	return latencies(n, sentAt, s.Accepted()), uids, nil
}

// split fills ToCommit and FromCommit from the daemon's log of batches.
func (l *latencyResult) split(d *daemon, uids map[string]live, got []accepted) {
	for _, a := range got {
		lv, ok := uids[a.InReplyTo]
		if !ok {
			continue
		}
		if t, ok := d.Committed(lv.uid); ok {
			l.ToCommit = append(l.ToCommit, t.Sub(lv.at))
			l.FromCommit = append(l.FromCommit, a.At.Sub(t))
		}
		delete(uids, a.InReplyTo)
	}
	slices.Sort(l.ToCommit)
	slices.Sort(l.FromCommit)
}

// median returns the middle of sorted durations, 0 for none.
func median(sorted []time.Duration) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[len(sorted)/2]
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
