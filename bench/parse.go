package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"tilmeld"
	"tilmeld/parser"
)

// parseResult is one whole `tilmeld parse` process over many files.
type parseResult struct {
	Files int
	Bytes int64
	Took  time.Duration // process start → exit
	Lines int
	Usage usage
}

// runParse writes n generated mails as files into a temporary directory
// and times `tilmeld parse` over all of them in one process, start to exit.
// The files are named short and passed relative to the directory, so the
// argument list stays far below the kernel's limit.
func runParse(bin string, n int) (*parseResult, error) {
	dir, err := os.MkdirTemp("", "tilmeld-bench-parse-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	_, mails, size := generate(n, 2, "parse")
	args := []string{"parse"}
	for i, m := range mails {
		name := fmt.Sprintf("%05d.eml", i)
		if err := os.WriteFile(filepath.Join(dir, name), m.Raw, 0o644); err != nil {
			return nil, err
		}
		args = append(args, name)
	}
	r := &parseResult{Files: n, Bytes: size}
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	hwm := watchHWM(cmd.Process.Pid)
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		r.Lines++
	}
	peak := hwm.Peak() // at the end of its output, before it is reaped
	err = cmd.Wait()
	r.Took = time.Since(start)
	r.Usage = usageOf(cmd.ProcessState, peak)
	if err == nil && r.Lines != n {
		err = fmt.Errorf("tilmeld parse printed %d lines for %d files", r.Lines, n)
	}
	return r, err
}

// parseInProcess is parser.Parse over the same mails inside this process:
// the parser's own rate without process start and file reading, the heap
// it still holds after a collection (retained, not garbage), and a CPU
// profile when cpuPath is set.
type parseInProcess struct {
	Mails    int
	Took     time.Duration
	Retained uint64 // heap growth kept after a full collection, bytes
}

func profileParse(n int, cpuPath string) (*parseInProcess, error) {
	_, mails, _ := generate(n, 2, "parse")
	ev := &tilmeld.Default().Event
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	stop, err := startProfile(cpuPath, false)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	results := make([]*parser.Result, 0, len(mails))
	for _, m := range mails {
		results = append(results, parser.Parse(m.Raw, ev))
	}
	took := time.Since(start)
	stop()
	mails = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(results)
	retained := uint64(0)
	if after.HeapAlloc > before.HeapAlloc {
		retained = after.HeapAlloc - before.HeapAlloc
	}
	return &parseInProcess{Mails: n, Took: took, Retained: retained}, nil
}
