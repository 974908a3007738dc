package main

import (
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"
)

// abRun is one ingest of an A/B comparison.
type abRun struct {
	Round int
	Build string // "baseline" or "tested"
	R     *ingestResult
	Err   error
}

// runAB runs the ingest rounds times with each of two builds, alternated
// (baseline, tested, baseline, ...), so that whatever else the machine
// does falls on both alike: one timing alone says little when other work
// shares the cores. Each run times mbsync anew, and its ratio is to that.
func runAB(baseline, tested string, rounds, n int, limit time.Duration, progress func(string, ...any)) []abRun {
	var runs []abRun
	for round := 1; round <= rounds; round++ {
		for _, b := range []struct{ name, bin string }{{"baseline", baseline}, {"tested", tested}} {
			progress("ingest A/B, round %d of %d: %s (%s)", round, rounds, b.name, b.bin)
			r, err := runIngest(b.bin, n, limit)
			runs = append(runs, abRun{Round: round, Build: b.name, R: r, Err: err})
		}
	}
	return runs
}

// printAB writes each run of an A/B comparison, then each build's range.
func printAB(w io.Writer, runs []abRun) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "round\tbuild\tmbsync\tingest (all \\Seen)\tratio\tfetch + bbolt\tCPU of tilmeld run\tpeak RSS\t")
	for _, a := range runs {
		if a.Err != nil || a.R == nil || !a.R.Done() {
			why := "did not finish"
			if a.Err != nil {
				why = a.Err.Error()
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t\t\t\t\t\t\n", a.Round, a.Build, why)
			continue
		}
		r := a.R
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%.1f×\t%s\t%s\t%s\t\n", a.Round, a.Build, secs(r.Mbsync), secs(r.AllSeen),
			ratio(r.AllSeen, r.Mbsync), secs(r.LastCommit), secs(r.Usage.CPU), rss(r.Usage))
	}
	tw.Flush()
	fmt.Fprintln(w)
	for _, build := range []string{"baseline", "tested"} {
		var ratios, ingest, cpu, peak []float64
		for _, a := range runs {
			if a.Build != build || a.Err != nil || a.R == nil || !a.R.Done() {
				continue
			}
			ratios = append(ratios, ratio(a.R.AllSeen, a.R.Mbsync))
			ingest = append(ingest, a.R.AllSeen.Seconds())
			cpu = append(cpu, a.R.Usage.CPU.Seconds())
			peak = append(peak, float64(a.R.Usage.MaxRSS)/(1<<20))
		}
		if len(ratios) == 0 {
			fmt.Fprintf(w, "%s: no run finished\n", build)
			continue
		}
		fmt.Fprintf(w, "%-8s  %d runs: ingest %s s, %s× mbsync; CPU %s s; peak RSS %s MB\n", build, len(ratios),
			span(ingest, "%.2f"), span(ratios, "%.1f"), span(cpu, "%.2f"), span(peak, "%.0f"))
	}
}

// span is the range of xs, "lo–hi" (or one figure).
func span(xs []float64, format string) string {
	lo, hi := slices.Min(xs), slices.Max(xs)
	if fmt.Sprintf(format, lo) == fmt.Sprintf(format, hi) {
		return fmt.Sprintf(format, lo)
	}
	return fmt.Sprintf(format+"–"+format, lo, hi)
}
