package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"tilmeld/mailbot/mailtest"
)

// writeConfig writes a tilmeld.toml for loopback servers into dir. The
// event lies a month ahead, so registrations are taken and answered now;
// everything else is the shipped default (batch size, poll interval,
// mark_seen, log level), which is what is being measured.
func writeConfig(dir string, imap mailtest.Account, smtpAddr string) (string, error) {
	return mailtest.Config{IMAP: imap, SMTP: smtpAddr}.Write(dir)
}

// daemon is `tilmeld run` as a child process, its log read as it comes.
type daemon struct {
	cmd     *exec.Cmd
	hwm     *hwmWatcher
	started time.Time
	done    chan struct{}

	mu        sync.Mutex
	lastFetch time.Time // the last "fetched mail" line: a batch committed
	committed []commit  // in log order, so by UID
	sent      int       // "sent mail" lines
	errors    []string  // ERROR lines, the first few
}

// daemonLogDir, when set (-daemon-logs), keeps each daemon's log there.
var daemonLogDir string

// startDaemon starts `tilmeld run`; env is added to this process's own.
func startDaemon(bin, config string, env ...string) (*daemon, error) {
	d := &daemon{done: make(chan struct{})}
	d.cmd = exec.Command(bin, "run", "--config", config)
	d.cmd.Env = append(os.Environ(), env...)
	stderr, err := d.cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	var r io.Reader = stderr
	if daemonLogDir != "" {
		f, err := os.CreateTemp(daemonLogDir, "tilmeld-run-*.log")
		if err != nil {
			return nil, err
		}
		r = io.TeeReader(stderr, f)
		go func() { <-d.done; f.Close() }()
	}
	d.started = time.Now()
	if err := d.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	d.hwm = watchHWM(d.cmd.Process.Pid)
	go d.readLog(r)
	return d, nil
}

// readLog notes the lines that mark progress. It takes the time when a
// line arrives, which is within a millisecond of when it was written.
func (d *daemon) readLog(r io.Reader) {
	defer close(d.done)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		d.mu.Lock()
		switch {
		case strings.Contains(line, `msg="fetched mail"`):
			d.lastFetch = time.Now()
			if m := lastUIDRE.FindStringSubmatch(line); m != nil {
				uid, _ := strconv.ParseUint(m[1], 10, 32)
				d.committed = append(d.committed, commit{lastUID: uint32(uid), at: d.lastFetch})
			}
		case strings.Contains(line, `msg="sent mail"`):
			d.sent++
		case strings.Contains(line, "level=ERROR") && len(d.errors) < 5:
			d.errors = append(d.errors, line)
		}
		d.mu.Unlock()
	}
}

var lastUIDRE = regexp.MustCompile(`last_uid=(\d+)`)

// commit is one "fetched mail" line: a batch up to lastUID was stored.
type commit struct {
	lastUID uint32
	at      time.Time
}

// Committed returns when the batch holding uid was committed: the first
// batch whose last UID reaches it.
func (d *daemon) Committed(uid uint32) (time.Time, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, c := range d.committed {
		if c.lastUID >= uid {
			return c.at, true
		}
	}
	return time.Time{}, false
}

// LastFetch returns how long after the start the last batch was committed.
func (d *daemon) LastFetch() time.Duration {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.lastFetch.IsZero() {
		return 0
	}
	return d.lastFetch.Sub(d.started)
}

// Errors returns the first ERROR lines the daemon logged.
func (d *daemon) Errors() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.errors...)
}

// usage is what a finished process cost.
//
// Its peak RSS is the kernel's high-water mark of the process's own memory
// (VmHWM in /proc/PID/status), watched while it runs. wait4's ru_maxrss
// cannot be used alone: os/exec starts children with vfork, so at exec the
// kernel records the high-water mark of the memory the child still shares
// with its parent, and ru_maxrss of every child is at least the bench's own
// peak (hundreds of MB after building the large mail). Both are kept.
type usage struct {
	MaxRSS  int64         // peak resident set of the process's own memory, bytes
	RuMax   int64         // wait4's ru_maxrss, bytes: the bench's peak included
	Anon    int64         // the largest RssAnon seen (heap, stacks), bytes
	File    int64         // the largest RssFile seen (the store's mapping, the binary), bytes
	CPU     time.Duration // user + system
	Watched bool          // MaxRSS came from VmHWM
}

func usageOf(ps *os.ProcessState, hwm int64) usage {
	u := usage{MaxRSS: hwm, RuMax: peakRSS(ps), CPU: cpuTime(ps), Watched: hwm > 0}
	return u.fill()
}

// withSplit adds the largest anonymous and file-backed RSS a watcher saw.
func (u usage) withSplit(w *hwmWatcher) usage {
	u.Anon, u.File = w.anon, w.file
	return u
}

func (u usage) fill() usage {
	if !u.Watched {
		u.MaxRSS = u.RuMax
	}
	return u
}

// hwmWatcher follows a running process's VmHWM, which only grows, so the
// last reading before the process exits is its peak to within the poll.
type hwmWatcher struct {
	pid  int
	stop chan struct{}
	done chan struct{}
	max  int64
	// anon and file are the largest RssAnon and RssFile read: which of
	// the two the peak is made of.
	anon, file int64
}

func watchHWM(pid int) *hwmWatcher {
	w := &hwmWatcher{pid: pid, stop: make(chan struct{}), done: make(chan struct{})}
	go w.run()
	return w
}

func (w *hwmWatcher) run() {
	defer close(w.done)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		w.read()
		select {
		case <-w.stop:
			return
		case <-tick.C:
		}
	}
}

func (w *hwmWatcher) read() {
	if v := vmHWM(w.pid); v > w.max {
		w.max = v
	}
	status := fmt.Sprintf("/proc/%d/status", w.pid)
	w.anon = max(w.anon, kbField(status, "RssAnon"))
	w.file = max(w.file, kbField(status, "RssFile"))
}

// Peak takes a last reading, stops watching and returns the peak in bytes.
func (w *hwmWatcher) Peak() int64 {
	close(w.stop)
	<-w.done
	w.read()
	return w.max
}

// vmHWM reads VmHWM of pid in bytes, 0 when it cannot.
func vmHWM(pid int) int64 {
	return kbField(fmt.Sprintf("/proc/%d/status", pid), "VmHWM")
}

// kbField reads a "key: N kB" line of a /proc file in bytes, 0 when it cannot.
func kbField(path, key string) int64 {
	v := procField(path, key)
	kb, err := strconv.ParseInt(strings.TrimSuffix(v, " kB"), 10, 64)
	if err != nil {
		return 0
	}
	return kb * 1024
}

// Stop ends the daemon with SIGTERM and returns what it cost.
func (d *daemon) Stop() (usage, error) {
	hwm := d.hwm.Peak() // before the signal: the process still exists
	d.cmd.Process.Signal(syscall.SIGTERM)
	timer := time.AfterFunc(15*time.Second, func() { d.cmd.Process.Kill() })
	defer timer.Stop()
	<-d.done
	err := d.cmd.Wait()
	return usageOf(d.cmd.ProcessState, hwm).withSplit(d.hwm), err
}

// peakRSS reads ru_maxrss, which Linux gives in KiB.
func peakRSS(ps *os.ProcessState) int64 {
	if ps == nil {
		return 0
	}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024
	}
	return 0
}

// cpuTime returns the user and system CPU time a finished process used.
func cpuTime(ps *os.ProcessState) time.Duration {
	if ps == nil {
		return 0
	}
	return ps.UserTime() + ps.SystemTime()
}
