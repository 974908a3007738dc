package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tilmeld"
	"tilmeld/mailbot"
	"tilmeld/mailbot/mailtest"
	"tilmeld/parser"
	"tilmeld/store"
)

// BenchmarkStoreAndDecide is the daemon's own work on the ingest's mails,
// without the parser and without the servers: one op stores 2,000 mails in
// batches as the fetcher does, decides them as the processor does (their
// readings parsed once beforehand, off the clock) and records them flagged,
// into a store without fsync. The ingest's figures mix this with the
// parser, the servers and the rest of the machine; this times it alone,
// and reports the process's CPU per mail beside the time, which other work
// on the machine moves less.
func BenchmarkStoreAndDecide(b *testing.B) {
	const n, batch = 2000, 200
	raws, _, _ := generate(n, 1, "reg")
	dir := b.TempDir()
	path, err := writeConfig(dir, mailtest.Account{Addr: "127.0.0.1:1", Username: "bench", Password: "-"}, "127.0.0.1:2")
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := tilmeld.Load(path)
	if err != nil {
		b.Fatal(err)
	}
	// The deciding only reads the parser's results (mailbot writes into
	// none of their fields), so every op shares one parsing of the mails.
	readings := make(map[string]*parser.Result, n)
	for _, raw := range raws {
		readings[string(raw)] = parser.Parse(raw, &cfg.Event)
	}
	received := time.Now()
	var cpu time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dbPath := filepath.Join(dir, "bench.db")
		os.Remove(dbPath)
		db, err := store.Open(dbPath, store.Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		bot := mailbot.New(cfg, db, nil)
		bot.Parse = func(raw []byte, _ *tilmeld.Event) *parser.Result { return readings[string(raw)] }
		b.StartTimer()
		start := processCPU()

		cur := store.Cursor{Mailbox: "INBOX", UIDValidity: 1}
		for j := 0; j < n; j += batch {
			var fetched []store.Fetched
			for k := j; k < min(j+batch, n); k++ {
				fetched = append(fetched, store.Fetched{UID: uint32(k + 1), Received: received, Raw: raws[k]})
			}
			cur.LastUID = uint32(min(j+batch, n))
			if _, err := db.AddMails(cur, fetched); err != nil {
				b.Fatal(err)
			}
		}
		if decided, err := bot.ProcessPending(context.Background()); err != nil || decided != n {
			b.Fatalf("decided %d of %d: %v", decided, n, err)
		}
		marks, err := db.ToMark()
		if err != nil || len(marks) != n {
			b.Fatalf("%d mails to flag: %v", len(marks), err)
		}
		ids := make([]uint64, len(marks))
		for k, m := range marks {
			ids[k] = m.ID
		}
		if err := db.Marked(ids); err != nil {
			b.Fatal(err)
		}

		cpu += processCPU() - start
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/mail")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*n), "cpu-µs/mail")
}
