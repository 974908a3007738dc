package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// bigResult is what one large mail cost the daemon.
type bigResult struct {
	Env      string // added to the daemon's environment, "" for none
	Size     int
	Answered time.Duration // start → reply accepted
	Usage    usage
	Problems []string
}

// bigMail writes a registration carrying attachments (a scanned form and
// photos, as random bytes that do not compress) until the raw mail is
// about size bytes.
func bigMail(size int) ([]byte, string) {
	id := "big-1@beboer.example.dk"
	g := newGenerator(4, "big")
	p := g.person()
	var b strings.Builder
	b.WriteString(g.header(p.first+" "+p.last, p.addr, "Tilmelding med bilag", id, ""))
	const boundary = "----=_big_boundary"
	fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n", boundary)
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n",
		boundary, crlf(g.body(p, false)))
	rnd := rand.New(rand.NewPCG(5, 6))
	names := []string{"tilmeldingsblanket.pdf", "billede-1.jpg", "billede-2.jpg", "billede-3.jpg"}
	per := size * 3 / 4 / len(names) // base64 grows by 4/3
	for _, name := range names {
		data := make([]byte, per)
		for i := range data {
			data[i] = byte(rnd.Uint32())
		}
		fmt.Fprintf(&b, "--%s\r\nContent-Type: application/octet-stream; name=\"%s\"\r\nContent-Disposition: attachment; filename=\"%s\"\r\n"+
			"Content-Transfer-Encoding: base64\r\n\r\n%s", boundary, name, name, base64Lines(data))
	}
	fmt.Fprintf(&b, "--%s--\r\n", boundary)
	return []byte(b.String()), id
}

// runBigMail puts one large mail in a fresh INBOX and runs a fresh daemon
// until the mail is \Seen and answered; the daemon's peak RSS is the
// figure. env (such as GOMEMLIMIT) is added to the daemon's environment.
func runBigMail(bin string, size int, env string) (*bigResult, error) {
	raw, id := bigMail(size)
	r := &bigResult{Size: len(raw), Env: env}
	sv, err := startServers([][]byte{raw})
	if err != nil {
		return nil, err
	}
	defer sv.Close()
	raw = nil
	dc, s := sv.dc, sv.sink
	var extra []string
	if env != "" {
		extra = append(extra, env)
	}
	d, err := sv.startDaemon(bin, extra...)
	if err != nil {
		return nil, err
	}
	_, _, ok, err := waitAllSeen(dc.Account, 1, time.Minute)
	if err == nil && !ok {
		err = fmt.Errorf("the large mail was not \\Seen within a minute")
	}
	if err == nil && !s.Wait(1, 30*time.Second) {
		err = fmt.Errorf("no reply to the large mail within 30s of its \\Seen")
	}
	if got := s.Accepted(); len(got) > 0 {
		r.Answered = got[0].At.Sub(d.started)
		if got[0].InReplyTo != id {
			r.Problems = append(r.Problems, "the reply answers "+got[0].InReplyTo)
		}
	}
	var stopErr error
	r.Usage, stopErr = d.Stop()
	r.Problems = append(r.Problems, d.Errors()...)
	if err == nil {
		err = stopErr
	}
	return r, err
}
