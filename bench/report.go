package main

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// report gathers every run's result and prints the summary table.
type report struct {
	Machine      machine
	StoreDir     string
	Opt          options
	Ingest       *ingestResult
	Latency      *latencyResult
	Big          *bigResult
	BigLimited   *bigResult
	Parse        *parseResult
	ParseIn      *parseInProcess
	Stages       *stagesResult
	StagesNoSync *stagesResult
	Sustained    *sustainedResult
	Failed       []string
	Total        time.Duration
}

// row is one line of the table. A row with a target says whether it met
// it; the others are context for the ones that do.
type row struct {
	figure, value, target, ratio, verdict string
}

func (rep *report) print(w io.Writer) {
	m := rep.Machine
	fmt.Fprintf(w, "\nmachine: %d CPUs, %s, %s RAM, Linux %s, %s\n", m.CPUs, m.Model, m.MemTotal, m.Kernel, m.Go)
	fmt.Fprintf(w, "servers: %s on 127.0.0.1 (maildir on /dev/shm), go-smtp on 127.0.0.1; %s\n", m.Dovecot, m.Mbsync)
	fmt.Fprintf(w, "stores:  %s, 4 KiB write+fdatasync median %s\n", rep.StoreDir, ms(m.Fsync))
	fmt.Fprintf(w, "load:    %s at the start, %s at the end (other work on the machine slows every figure)\n\n", m.Load, loadAvg())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "figure\tmeasured\ttarget\tratio\t")
	fmt.Fprintln(tw, "------\t--------\t------\t-----\t")
	for _, r := range rep.rows() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.figure, r.value, r.target, r.ratio, r.verdict)
	}
	tw.Flush()
	for _, p := range rep.problems() {
		fmt.Fprintf(w, "problem: %s\n", p)
	}
	for _, f := range rep.Failed {
		fmt.Fprintf(w, "FAILED: %s\n", f)
	}
	fmt.Fprintf(w, "\nbench took %s\n", rep.Total.Round(time.Second))
}

func (rep *report) rows() []row {
	var rows []row
	rows = append(rows, rep.ingestRows()...)
	rows = append(rows, rep.latencyRows()...)
	rows = append(rows, rep.bigRows()...)
	rows = append(rows, rep.parseRows()...)
	rows = append(rows, rep.stageRows()...)
	rows = append(rows, rep.sustainedRows()...)
	return rows
}

func (rep *report) ingestRows() []row {
	r := rep.Ingest
	if r == nil {
		return nil
	}
	mb := float64(r.Bytes) / (1 << 20)
	rates := connRates(r.Spans)
	return []row{
		{figure: fmt.Sprintf("mbsync: copy INBOX (%d mails, %.1f MB) to maildir on /dev/shm", r.Mails, mb),
			value: secs(r.Mbsync) + fmt.Sprintf(" (%.0f mails/s)", perSec(r.Mails, r.Mbsync))},
		r.seenRow(),
		{figure: "ingest: start → last batch committed (fetch + bbolt)", value: secs(r.LastCommit),
			ratio: fmt.Sprintf("%.1f× mbsync", ratio(r.LastCommit, r.Mbsync))},
		{figure: fmt.Sprintf("ingest: start → last reply accepted (%d of %d)", r.Replies, r.Answerable), value: secs(r.LastReply)},
		{figure: fmt.Sprintf("ingest: replies/s per SMTP connection (%d connections)", len(r.Spans)), value: rateSummary(rates)},
		{figure: "ingest: SMTP connections: replies, first → last after the start", value: spanSummary(r.Spans, r.Started)},
		{figure: "ingest: peak RSS of tilmeld run", value: rss(r.Usage), target: "< 150 MB",
			ratio: fmt.Sprintf("%.2f", float64(r.Usage.MaxRSS)/(150<<20)), verdict: verdict(r.Usage.MaxRSS < 150<<20)},
		{figure: "ingest: CPU time of tilmeld run / of mbsync", value: secs(r.Usage.CPU) + " / " + secs(r.MbsyncUsage.CPU),
			ratio: fmt.Sprintf("%.2f ms/mail", float64(r.Usage.CPU)/float64(time.Millisecond)/float64(max(r.Seen, 1)))},
	}
}

// seenRow is the ingest's headline: the time to the last \Seen, or how far
// the daemon got when the limit came first.
func (r *ingestResult) seenRow() row {
	name := "ingest: start → every mail committed, decided, \\Seen"
	target := "≤ 2× mbsync = " + secs(2*r.Mbsync)
	if !r.Done() {
		rate := perSec(r.Seen, r.Ended)
		return row{figure: name, value: fmt.Sprintf("not done: %d of %d in %s (%.0f mails/s)", r.Seen, r.Mails, secs(r.Ended), rate),
			target: target, ratio: fmt.Sprintf("> %.1f× mbsync", ratio(r.Ended, r.Mbsync)), verdict: verdict(false)}
	}
	return row{figure: name, value: secs(r.AllSeen) + fmt.Sprintf(" (%.0f mails/s)", perSec(r.Mails, r.AllSeen)),
		target: target, ratio: fmt.Sprintf("%.1f× mbsync", ratio(r.AllSeen, r.Mbsync)), verdict: verdict(r.AllSeen <= 2*r.Mbsync)}
}

func (rep *report) latencyRows() []row {
	l := rep.Latency
	if l == nil {
		return nil
	}
	p50, p99 := l.Quantile(0.5), l.Quantile(0.99)
	name := fmt.Sprintf("latency: APPEND → reply accepted, %d mails %v apart, IDLE", l.Mails, rep.Opt.gap)
	return []row{
		{figure: name + ", p50", value: secs(p50), target: "< 0.5 s", ratio: fmt.Sprintf("%.2f", ratio(p50, 500*time.Millisecond)), verdict: verdict(p50 < 500*time.Millisecond)},
		{figure: name + ", p99", value: secs(p99), target: "< 2 s", ratio: fmt.Sprintf("%.2f", ratio(p99, 2*time.Second)), verdict: verdict(p99 < 2*time.Second)},
		{figure: fmt.Sprintf("latency: max, answered %d of %d", l.Answered, l.Mails), value: secs(l.Quantile(1))},
		{figure: fmt.Sprintf("latency: median APPEND → batch committed / → reply accepted (%d mails)", len(l.ToCommit)),
			value: secs(median(l.ToCommit)) + " / " + secs(median(l.FromCommit))},
	}
}

func (rep *report) bigRows() []row {
	var rows []row
	for _, r := range []*bigResult{rep.Big, rep.BigLimited} {
		if r == nil {
			continue
		}
		name := fmt.Sprintf("large mail (%.0f MB, 4 attachments): peak RSS of tilmeld run", float64(r.Size)/(1<<20))
		if r.Env != "" {
			name += ", " + r.Env
		}
		rows = append(rows, row{figure: name, value: rss(r.Usage), target: "< 150 MB",
			ratio: fmt.Sprintf("%.2f", float64(r.Usage.MaxRSS)/(150<<20)), verdict: verdict(r.Usage.MaxRSS < 150<<20)})
	}
	if r := rep.Big; r != nil {
		rows = append(rows, row{figure: "large mail: start → reply accepted", value: secs(r.Answered)})
	}
	return rows
}

func (rep *report) parseRows() []row {
	r := rep.Parse
	if r == nil {
		return nil
	}
	rate := perSec(r.Files, r.Took)
	rows := []row{
		{figure: fmt.Sprintf("tilmeld parse: %d files (%.0f MB), whole process", r.Files, float64(r.Bytes)/(1<<20)),
			value: fmt.Sprintf("%.0f mails/s (%s)", rate, secs(r.Took)), target: "≥ 5000 mails/s",
			ratio: fmt.Sprintf("%.2f", rate/5000), verdict: verdict(rate >= 5000)},
		{figure: "tilmeld parse: CPU time, peak RSS", value: secs(r.Usage.CPU) + ", " + rss(r.Usage)},
	}
	if in := rep.ParseIn; in != nil {
		rows = append(rows, row{figure: fmt.Sprintf("parser.Parse in-process, %d mails, one goroutine: rate, heap retained", in.Mails),
			value: fmt.Sprintf("%.0f mails/s, %s", perSec(in.Mails, in.Took), mib(int64(in.Retained)))})
	}
	return rows
}

func (rep *report) stageRows() []row {
	var rows []row
	for _, s := range []*stagesResult{rep.Stages, rep.StagesNoSync} {
		if s == nil {
			continue
		}
		how := "in-process, fsync as shipped"
		if s.NoSync {
			how = "in-process, store NoSync"
		}
		how = fmt.Sprintf("%d mails, %s", s.Mails, how)
		rows = append(rows, row{figure: "stages (" + how + "): committed / decided / \\Seen / last reply",
			value: strings.Join([]string{secs(s.LastCommit), secs(s.AllDecided), secs(s.AllSeen), secs(s.LastReply)}, " / ")},
			row{figure: "stages (" + how + "): CPU time of the process", value: secs(s.CPU)},
			row{figure: "stages (" + how + "): write transactions, writer lock held", value: fmt.Sprintf("%d, %s", s.Writes.Commits, secs(s.Writes.Held))},
			row{figure: "stages (" + how + "): store file at the end", value: mib(s.StoreSize)})
	}
	return rows
}

func (rep *report) problems() []string {
	var out []string
	if rep.Ingest != nil {
		out = append(out, rep.Ingest.Problems...)
	}
	if rep.Latency != nil {
		out = append(out, rep.Latency.Problems...)
	}
	if rep.Sustained != nil {
		out = append(out, rep.Sustained.Problems...)
	}
	for _, r := range []*bigResult{rep.Big, rep.BigLimited} {
		if r != nil {
			out = append(out, r.Problems...)
		}
	}
	return out
}

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISSED"
}

func secs(d time.Duration) string {
	if d == time.Duration(math.MaxInt64) {
		return "never"
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }

// rss shows a peak RSS and, beside it, wait4's figure, which includes the
// bench's own peak (see usage).
func rss(u usage) string {
	if !u.Watched {
		return mib(u.MaxRSS) + " (wait4)"
	}
	if u.Anon > 0 || u.File > 0 {
		return fmt.Sprintf("%s (anon ≤ %s, file ≤ %s; wait4: %s)", mib(u.MaxRSS), mib(u.Anon), mib(u.File), mib(u.RuMax))
	}
	return fmt.Sprintf("%s (wait4: %s)", mib(u.MaxRSS), mib(u.RuMax))
}

func mib(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return math.Inf(1)
	}
	return float64(a) / float64(b)
}

func perSec(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// spanSummary says when each connection that carried mail ran, the
// longest first, so that a gap between sending rounds shows: "9203
// 10.3-17.4 s, 256 9.9-10.1 s".
func spanSummary(spans []connSpan, start time.Time) string {
	if len(spans) == 0 {
		return "none"
	}
	spans = slices.Clone(spans)
	slices.SortStableFunc(spans, func(a, b connSpan) int { return cmp.Compare(b.Count, a.Count) })
	var parts []string
	for i, sp := range spans {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(spans)-i))
			break
		}
		parts = append(parts, fmt.Sprintf("%d %.1f-%.1f s", sp.Count, sp.First.Sub(start).Seconds(), sp.Last.Sub(start).Seconds()))
	}
	return strings.Join(parts, ", ")
}

// rateSummary gives the median and range of per-connection rates.
func rateSummary(rates []float64) string {
	if len(rates) == 0 {
		return "no connection carried 2 mails"
	}
	return fmt.Sprintf("median %.0f (%.0f-%.0f)", rates[len(rates)/2], rates[0], rates[len(rates)-1])
}
