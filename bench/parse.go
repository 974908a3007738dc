package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
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
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		r.Lines++
	}
	err = cmd.Wait()
	r.Took = time.Since(start)
	r.Usage = usageOf(cmd.ProcessState)
	if err == nil && r.Lines != n {
		err = fmt.Errorf("tilmeld parse printed %d lines for %d files", r.Lines, n)
	}
	return r, err
}
