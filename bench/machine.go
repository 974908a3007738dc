package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"
)

// machine describes where the figures were taken.
type machine struct {
	CPUs     int
	Model    string
	MemTotal string
	Kernel   string
	Go       string
	Dovecot  string
	Mbsync   string
	// Fsync is the median time of a 4 KiB write plus fdatasync in the
	// directory that holds the stores: what one durable bbolt commit, which
	// syncs twice, costs at least half of.
	Fsync time.Duration
	// Load is the load average when the bench started.
	Load string
}

func describeMachine(dovecotBin string) machine {
	m := machine{CPUs: runtime.NumCPU(), Go: runtime.Version(), Load: loadAvg()}
	m.Model = cpuinfo("model name")
	if m.Model == "" {
		m.Model = cpuinfo("Model")
	}
	m.MemTotal = meminfo("MemTotal")
	var u syscall.Utsname
	if syscall.Uname(&u) == nil {
		m.Kernel = utsString(u.Release[:])
	}
	m.Dovecot = firstLine(dovecotBin, "--version")
	m.Mbsync = firstLine("mbsync", "--version")
	m.Fsync = fsyncCost(os.TempDir(), 100)
	return m
}

func cpuinfo(key string) string { return procField("/proc/cpuinfo", key) }
func meminfo(key string) string { return procField("/proc/meminfo", key) }

// procField returns the value of the first "key : value" line of a /proc file.
func procField(path, key string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func utsString(b []int8) string {
	var s strings.Builder
	for _, c := range b {
		if c == 0 {
			break
		}
		s.WriteByte(byte(c))
	}
	return s.String()
}

func firstLine(name string, args ...string) string {
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		return "not found"
	}
	line, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	return line
}

// fsyncCost writes 4 KiB and syncs, n times, in dir.
func fsyncCost(dir string, n int) time.Duration {
	f, err := os.CreateTemp(dir, "tilmeld-bench-fsync-")
	if err != nil {
		return 0
	}
	defer os.Remove(f.Name())
	defer f.Close()
	buf := make([]byte, 4096)
	var times []time.Duration
	for i := range n {
		start := time.Now()
		if _, err := f.WriteAt(buf, int64(i%16)*4096); err != nil {
			return 0
		}
		if err := syscall.Fdatasync(int(f.Fd())); err != nil {
			return 0
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	return times[len(times)/2]
}

// processCPU returns the user and system time this process used so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// storeDir says which file system holds the temporary directories.
func storeDir() string {
	dir := os.TempDir()
	out, err := exec.Command("df", "--output=source,fstype", dir).Output()
	if err != nil {
		return dir
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return fmt.Sprintf("%s (%s)", filepath.Clean(dir), strings.Join(strings.Fields(lines[len(lines)-1]), ", "))
}

// loadAvg returns the 1, 5 and 15 minute load averages.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
