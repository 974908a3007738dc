package mailbot

import (
	"context"
	"crypto/tls"
	"math/rand/v2"
	"time"
)

// Reconnect and retry waits: from a second, doubling, capped at a minute.
const (
	retryMin = time.Second
	retryMax = time.Minute
)

// tlsConfigFor returns a copy of base (nil: system roots) naming host.
func tlsConfigFor(base *tls.Config, host string) *tls.Config {
	c := &tls.Config{MinVersion: tls.VersionTLS12}
	if base != nil {
		c = base.Clone()
	}
	if c.ServerName == "" {
		c.ServerName = host
	}
	return c
}

// backoff yields growing waits with jitter, so that a server coming back is
// not met by every client at the same instant.
type backoff struct {
	base, limit time.Duration
	n           int
}

// next returns the wait before the next attempt and counts the attempt.
func (b *backoff) next() time.Duration {
	d := retryDelay(b.base, b.limit, b.n)
	b.n++
	return d
}

// reset starts over after a success.
func (b *backoff) reset() { b.n = 0 }

// retryDelay is base·2^attempt capped at limit, jittered into [d/2, d].
func retryDelay(base, limit time.Duration, attempt int) time.Duration {
	d := base
	for i := 0; i < attempt && d < limit; i++ {
		d *= 2
	}
	d = min(d, limit)
	half := d / 2
	return half + rand.N(half+1)
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
