package main

import (
	"fmt"
	"os"
	"slices"
	"time"

	"tilmeld/mailbot/mailtest"
)

// ingestResult is what the ingest run measured.
type ingestResult struct {
	Mails, Answerable int
	Bytes             int64
	Limit             time.Duration
	Mbsync            time.Duration
	MbsyncUsage       usage
	LastCommit        time.Duration // start → last batch committed
	AllSeen           time.Duration // start → every mail \Seen; 0 when the limit came first
	Seen              int           // mails \Seen when the run ended
	Ended             time.Duration // start → end of the run
	LastReply         time.Duration // start → last reply accepted
	Replies           int
	Spans             []connSpan
	Started           time.Time // the daemon's start, for the spans
	Usage             usage
	Problems          []string
}

// Done reports whether every mail was \Seen within the limit.
func (r *ingestResult) Done() bool { return r.AllSeen > 0 }

// generate returns n mails from a fixed seed, and how many deserve an answer.
func generate(n int, seed uint64, tag string) (raws [][]byte, mails []genMail, bytes int64) {
	g := newGenerator(seed, tag)
	for range n {
		m := g.Mail()
		mails = append(mails, m)
		raws = append(raws, m.Raw)
		bytes += int64(len(m.Raw))
	}
	return raws, mails, bytes
}

func answerable(mails []genMail) int {
	n := 0
	for _, m := range mails {
		if m.Answerable {
			n++
		}
	}
	return n
}

// runIngest fills a Dovecot INBOX with n mails, times mbsync copying it,
// then starts `tilmeld run` and times it until every mail is \Seen and
// every answer was accepted, or until limit, when it reports how far the
// daemon got: the bench stays bounded however slow the daemon is.
func runIngest(bin string, n int, limit time.Duration) (*ingestResult, error) {
	raws, mails, size := generate(n, 1, "reg")
	r := &ingestResult{Mails: n, Answerable: answerable(mails), Bytes: size, Limit: limit}
	sv, err := startServers(raws)
	if err != nil {
		return nil, err
	}
	defer sv.Close()
	dc, s := sv.dc, sv.sink
	if r.Mbsync, r.MbsyncUsage, err = runMbsync(dc.Account, n); err != nil {
		return nil, err
	}
	d, err := sv.startDaemon(bin)
	if err != nil {
		return nil, err
	}
	err = r.follow(d, dc, s, mails)
	var stopErr error
	r.Usage, stopErr = d.Stop()
	r.Problems = append(r.Problems, d.Errors()...)
	if err == nil && stopErr != nil {
		err = fmt.Errorf("tilmeld run: %w", stopErr)
	}
	return r, err
}

// startDaemon writes a config for the servers into a fresh directory on
// the default temporary file system (a disk, where a real store lives) and
// starts `tilmeld run`; Close removes the directory.
func (sv *servers) startDaemon(bin string, env ...string) (*daemon, error) {
	dir, err := os.MkdirTemp("", "tilmeld-bench-run-")
	if err != nil {
		return nil, err
	}
	sv.dirs = append(sv.dirs, dir)
	config, err := writeConfig(dir, sv.dc.Account, sv.sink.Addr)
	if err != nil {
		return nil, err
	}
	return startDaemon(bin, config, env...)
}

// follow waits for the daemon to finish the mailbox and its answers, and
// checks each answerable mail got exactly one answer.
func (r *ingestResult) follow(d *daemon, dc *mailtest.Dovecot, s *sink, mails []genMail) error {
	seen, st, ok, err := waitAllSeen(dc.Account, r.Mails, r.Limit)
	if err != nil {
		return err
	}
	r.Seen = st.total - st.unseen
	if ok {
		r.Seen = r.Mails
		r.AllSeen = seen.Sub(d.started)
		if !s.Wait(r.Answerable, 60*time.Second) {
			got, _ := s.Count()
			r.Problems = append(r.Problems, fmt.Sprintf("%d replies of %d expected within 60s of the last \\Seen", got, r.Answerable))
		}
	}
	r.Ended = time.Since(d.started)
	r.LastCommit = d.LastFetch()
	got := s.Accepted()
	r.Replies = len(got)
	if len(got) > 0 {
		r.LastReply = got[len(got)-1].At.Sub(d.started)
	}
	r.Spans, r.Started = s.Spans(), d.started
	if ok {
		r.Problems = append(r.Problems, checkReplies(mails, got)...)
	}
	return nil
}

// checkReplies reports mails answered twice, automatic mail answered, and
// how many answerable mails went unanswered.
func checkReplies(mails []genMail, got []accepted) []string {
	byID := map[string]int{}
	for _, a := range got {
		byID[a.InReplyTo]++
	}
	var out []string
	missing := 0
	for _, m := range mails {
		switch n := byID[m.MessageID]; {
		case !m.Answerable && n > 0:
			out = append(out, "automatic mail answered: "+m.MessageID)
		case m.Answerable && n == 0:
			missing++
		case n > 1:
			out = append(out, fmt.Sprintf("%s answered %d times", m.MessageID, n))
		}
	}
	if missing > 0 {
		out = append(out, fmt.Sprintf("%d answerable mails got no reply", missing))
	}
	if len(out) > 10 {
		out = append(out[:10], fmt.Sprintf("... and %d more", len(out)-10))
	}
	return out
}

// connRates returns the replies per second of each SMTP connection that
// carried more than one mail, from its first MAIL FROM to its last
// accepted DATA, sorted.
func connRates(spans []connSpan) []float64 {
	var rates []float64
	for _, sp := range spans {
		if sp.Count < 2 || !sp.Last.After(sp.First) {
			continue
		}
		rates = append(rates, float64(sp.Count)/sp.Last.Sub(sp.First).Seconds())
	}
	slices.Sort(rates)
	return rates
}
