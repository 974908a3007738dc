package main

import (
	"fmt"
	"time"
)

// sustainedResult is what the sustained-load run measured: mail arriving
// at a steady rate for minutes, as a mailbox after a newsletter would see.
type sustainedResult struct {
	Rate       int
	Duration   time.Duration
	Mails      int
	Answerable int
	// MaxBacklog is the most mails seen waiting (not yet \Seen) at once.
	MaxBacklog int
	// Drained is from the last delivery until every mail was \Seen.
	Drained  time.Duration
	Replies  int
	Usage    usage
	Problems []string
}

// runSustained delivers rate mails a second into Dovecot for dur while
// `tilmeld run` follows the mailbox, sampling the backlog each second, then
// waits for it to drain and checks each mail got one answer.
func runSustained(bin string, rate int, dur time.Duration) (*sustainedResult, error) {
	seconds := int(dur / time.Second)
	raws, mails, _ := generate(rate*seconds, 7, "load")
	r := &sustainedResult{Rate: rate, Duration: dur, Mails: len(raws), Answerable: answerable(mails)}
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
	c, err := dc.Login()
	if err != nil {
		return nil, err
	}
	defer c.Close()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for i := 0; i < seconds; i++ {
		if err := dc.Deliver(raws[i*rate : (i+1)*rate]); err != nil {
			return nil, err
		}
		<-tick.C
		st, err := status(c)
		if err != nil {
			return nil, err
		}
		r.MaxBacklog = max(r.MaxBacklog, st.unseen)
	}
	fed := time.Now()
	at, _, ok, err := waitAllSeen(dc.Account, r.Mails, 120*time.Second)
	if err != nil {
		return nil, err
	}
	if !ok {
		r.Problems = append(r.Problems, "the backlog did not drain within 120 s of the last delivery")
	} else {
		r.Drained = at.Sub(fed)
	}
	if !s.Wait(r.Answerable, 60*time.Second) {
		got, _ := s.Count()
		r.Problems = append(r.Problems, fmt.Sprintf("%d replies of %d within 60 s", got, r.Answerable))
	}
	got := s.Accepted()
	r.Replies = len(got)
	r.Problems = append(r.Problems, checkReplies(mails, got)...)
	var stopErr error
	r.Usage, stopErr = d.Stop()
	return r, stopErr
}

func (rep *report) sustainedRows() []row {
	r := rep.Sustained
	if r == nil {
		return nil
	}
	name := fmt.Sprintf("sustained: %d mails/s for %s", r.Rate, r.Duration)
	drained := "never"
	if r.Drained > 0 || len(r.Problems) == 0 {
		drained = secs(r.Drained)
	}
	return []row{
		{figure: name + ", most mails waiting at once", value: fmt.Sprint(r.MaxBacklog)},
		{figure: name + ", last delivery → all \\Seen", value: drained, verdict: verdict(r.Drained > 0 || len(r.Problems) == 0)},
		{figure: fmt.Sprintf("%s, replies (%d expected)", name, r.Answerable), value: fmt.Sprint(r.Replies), verdict: verdict(r.Replies == r.Answerable)},
		{figure: name + ", peak RSS of tilmeld run", value: rss(r.Usage), target: "< 150 MB",
			ratio: fmt.Sprintf("%.2f", float64(r.Usage.MaxRSS)/(150<<20)), verdict: verdict(r.Usage.MaxRSS < 150<<20)},
	}
}
