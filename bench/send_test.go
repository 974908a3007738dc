package main

import (
	"context"
	"io"
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

// BenchmarkSendReplies is the sender's work after a burst: one op sends
// the replies to 1,000 of the ingest's mails, as the deciding queued them,
// over one connection to the bench's SMTP sink, and records them sent,
// into a store without fsync. The sink runs in this process, so its share
// of each SMTP round trip is timed too; beside the time per reply, the
// process's CPU per reply, which other work on the machine moves less.
func BenchmarkSendReplies(b *testing.B) {
	const n = 1000
	raws, mails, _ := generate(n, 1, "reg")
	s, err := startSink()
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	dir := b.TempDir()
	path, err := writeConfig(dir, mailtest.Account{Addr: "127.0.0.1:1", Username: "bench", Password: "-"}, s.Addr)
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := tilmeld.Load(path)
	if err != nil {
		b.Fatal(err)
	}
	decided := filepath.Join(dir, "decided.db")
	if err := decideInto(decided, cfg, raws); err != nil {
		b.Fatal(err)
	}
	replies := answerable(mails)
	var cpu time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		work := filepath.Join(dir, "work.db")
		if err := copyFile(decided, work); err != nil {
			b.Fatal(err)
		}
		db, err := store.Open(work, store.Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		sender := &mailbot.Sender{Bot: mailbot.New(cfg, db, nil)}
		before, _ := s.Count()
		b.StartTimer()
		start := processCPU()

		if _, err := sender.SendDue(context.Background()); err != nil {
			b.Fatal(err)
		}

		cpu += processCPU() - start
		b.StopTimer()
		if got, _ := s.Count(); got-before != replies {
			b.Fatalf("%d replies accepted, want %d", got-before, replies)
		}
		if left, err := db.UnsentCount(); err != nil || left != 0 {
			b.Fatalf("%d replies not recorded sent: %v", left, err)
		}
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*replies), "µs/reply")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*replies), "cpu-µs/reply")
}

// decideInto stores and decides raws in a new store at path, leaving their
// replies queued.
func decideInto(path string, cfg *tilmeld.Config, raws [][]byte) error {
	db, err := store.Open(path, store.Options{NoSync: true})
	if err != nil {
		return err
	}
	defer db.Close()
	fetched := make([]store.Fetched, len(raws))
	for i, raw := range raws {
		fetched[i] = store.Fetched{UID: uint32(i + 1), Received: time.Now(), Raw: raw}
	}
	if _, err := db.AddMails(store.Cursor{Mailbox: "INBOX", UIDValidity: 1, LastUID: uint32(len(raws))}, fetched); err != nil {
		return err
	}
	bot := mailbot.New(cfg, db, nil)
	bot.Parse = parser.Parse
	_, err = bot.ProcessPending(context.Background())
	return err
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
