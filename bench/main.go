// Command bench measures tilmeld against issue 8's targets on real
// servers, in one run: Dovecot on 127.0.0.1 holding the mail, an SMTP
// server taking the replies, and the built `tilmeld` binary as a child
// process, so that its peak RSS is the kernel's own figure.
//
// Run it through bench/run, which installs Dovecot and mbsync and builds
// tilmeld first. It prints a summary table: each figure with its target and
// the ratio, and the machine it ran on.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"tilmeld/mailbot/mailtest"
)

// bigMemLimit is the soft memory limit tried on the large mail.
const bigMemLimit = "100MiB"

type options struct {
	bin        string
	mails      int
	limit      time.Duration
	stageMails int
	live       int
	gap        time.Duration
	bigMB      int
	parseFiles int
	only       map[string]bool
	cpuProfile string
	noSync     bool
	trace      bool
	rate       int
	sustain    time.Duration
	baseline   string
	rounds     int
}

func parseOptions() options {
	var o options
	var only string
	flag.StringVar(&o.bin, "tilmeld", "", "the built tilmeld `binary` (required)")
	flag.IntVar(&o.mails, "mails", 10000, "mails in the INBOX for the ingest")
	flag.DurationVar(&o.limit, "limit", 100*time.Second, "give the ingest this long, then report how far it got")
	flag.IntVar(&o.stageMails, "stage-mails", 1000, "mails for the in-process (profiled) ingest")
	flag.IntVar(&o.live, "live", 100, "mails appended one by one for the latency")
	flag.DurationVar(&o.gap, "gap", 250*time.Millisecond, "time between live mails")
	flag.IntVar(&o.bigMB, "big", 50, "size of the large mail, MB")
	flag.IntVar(&o.parseFiles, "parse", 20000, "files for tilmeld parse")
	flag.StringVar(&only, "only", "ingest,latency,big,parse,stages", "comma-separated runs: ingest, latency, big, parse, stages, sustained")
	flag.IntVar(&o.rate, "rate", 50, "sustained: mails per second")
	flag.DurationVar(&o.sustain, "sustain", 5*time.Minute, "sustained: how long mail keeps arriving")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write the CPU profile of the in-process ingest (stages) to `file`")
	flag.BoolVar(&o.noSync, "nosync", true, "stages: also run the in-process ingest with the store's fsync off, to show its cost")
	flag.BoolVar(&o.trace, "trace", false, "stages: write an execution trace beside the CPU profile (FILE.trace)")
	flag.StringVar(&o.baseline, "baseline", "", "ingest A/B: alternate the ingest between this `binary` and -tilmeld, -rounds times each, instead of the other runs")
	flag.IntVar(&o.rounds, "rounds", 3, "ingest A/B: runs of each build")
	flag.StringVar(&daemonLogDir, "daemon-logs", "", "keep the log of each tilmeld run in `dir` (GODEBUG=gctrace=1 adds the GC's)")
	flag.Parse()
	o.only = map[string]bool{}
	for _, w := range strings.Split(only, ",") {
		o.only[strings.TrimSpace(w)] = true
	}
	return o
}

func main() {
	o := parseOptions()
	if o.bin == "" {
		fmt.Fprintln(os.Stderr, "bench: -tilmeld is required (bench/run builds it)")
		os.Exit(2)
	}
	dovecot, err := mailtest.DovecotPath()
	if err != nil {
		fatal(err)
	}
	if o.baseline != "" {
		m := describeMachine(dovecot)
		runs := runAB(o.baseline, o.bin, o.rounds, o.mails, o.limit, step)
		fmt.Printf("\nmachine: %d CPUs, %s; load %s at the start, %s at the end\n", m.CPUs, m.Model, m.Load, loadAvg())
		fmt.Printf("ingest A/B: %d mails, baseline %s, tested %s, alternated\n\n", o.mails, o.baseline, o.bin)
		printAB(os.Stdout, runs)
		return
	}
	rep := &report{Machine: describeMachine(dovecot), StoreDir: storeDir(), Opt: o}
	start := time.Now()
	rep.collect(o)
	rep.Total = time.Since(start)
	rep.print(os.Stdout)
	if len(rep.Failed) > 0 {
		os.Exit(1)
	}
}

// collect runs each chosen measurement; a failed one is reported and the
// others still run.
func (rep *report) collect(o options) {
	var err error
	if o.only["ingest"] {
		step("ingest: %d mails, at most %v", o.mails, o.limit)
		rep.Ingest, err = runIngest(o.bin, o.mails, o.limit)
		rep.check("ingest", err)
	}
	if o.only["latency"] {
		step("latency: %d live mails %v apart", o.live, o.gap)
		rep.Latency, err = runLatency(o.bin, o.live, o.gap)
		rep.check("latency", err)
	}
	if o.only["big"] {
		step("large mail: %d MB", o.bigMB)
		rep.Big, err = runBigMail(o.bin, o.bigMB<<20, "")
		rep.check("large mail", err)
		// The Go runtime lets the heap grow to twice what was live at the
		// last collection; a soft memory limit shows how much of the peak
		// is garbage waiting for it.
		step("large mail: %d MB, GOMEMLIMIT=%s", o.bigMB, bigMemLimit)
		rep.BigLimited, err = runBigMail(o.bin, o.bigMB<<20, "GOMEMLIMIT="+bigMemLimit)
		rep.check("large mail with GOMEMLIMIT", err)
	}
	if o.only["parse"] {
		step("tilmeld parse: %d files", o.parseFiles)
		rep.Parse, err = runParse(o.bin, o.parseFiles)
		rep.check("parse", err)
		n := min(o.parseFiles, 5000) // enough for a profile, and the bench stays short
		step("parser.Parse in-process: %d mails, CPU profile %s", n, suffixed(o.cpuProfile, ".parse"))
		rep.ParseIn, err = profileParse(n, suffixed(o.cpuProfile, ".parse"))
		rep.check("parser.Parse in-process", err)
	}
	if o.only["sustained"] {
		step("sustained: %d mails/s for %v", o.rate, o.sustain)
		rep.Sustained, err = runSustained(o.bin, o.rate, o.sustain)
		rep.check("sustained", err)
	}
	if o.only["stages"] {
		step("stages: in-process ingest of %d mails, CPU profile %s", o.stageMails, o.cpuProfile)
		rep.Stages, err = runStages(o.stageMails, o.limit, false, o.cpuProfile, o.trace)
		rep.check("stages", err)
		if o.noSync {
			step("stages: the same without fsync")
			rep.StagesNoSync, err = runStages(o.stageMails, o.limit, true, suffixed(o.cpuProfile, ".nosync"), o.trace)
			rep.check("stages without fsync", err)
		}
	}
}

// suffixed returns path with suffix, or "" for no path.
func suffixed(path, suffix string) string {
	if path == "" {
		return ""
	}
	return path + suffix
}

func (rep *report) check(what string, err error) {
	if err != nil {
		rep.Failed = append(rep.Failed, fmt.Sprintf("%s: %v", what, err))
		fmt.Fprintf(os.Stderr, "bench: %s failed: %v\n", what, err)
	}
}

// step tells the operator what runs now; the table comes at the end.
func step(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}
