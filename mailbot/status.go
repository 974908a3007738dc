package mailbot

import (
	"sync"
	"time"

	"tilmeld/store"
)

// Status is what the running daemon knows of itself and no store holds:
// whether it is connected to the mailbox, since when, and when mail last
// came and went. The loops write it; `tilmeld status` reads it through the
// admin socket. The zero value is ready; it is safe for concurrent use.
type Status struct {
	mu sync.Mutex
	s  StatusSnapshot
}

// StatusSnapshot is a copy of Status at one moment. Times are wall-clock
// times of this process, zero when the thing never happened.
type StatusSnapshot struct {
	// Started is when Bot.Run began; zero in a process that is no daemon.
	Started time.Time `json:"started,omitzero"`
	// Connected tells whether the fetcher holds a logged-in IMAP
	// connection; Since is when it got it, or lost it.
	Connected bool      `json:"connected"`
	Since     time.Time `json:"since,omitzero"`
	// LastCheck is when the mailbox was last looked at, LastMail when new
	// mail was last stored, Fetched how many since the start.
	LastCheck time.Time `json:"last_check,omitzero"`
	LastMail  time.Time `json:"last_mail,omitzero"`
	Fetched   int       `json:"fetched"`
	// Reconnects counts connections lost after they were up.
	Reconnects int `json:"reconnects"`
	// LastError is the last IMAP connection error.
	LastError string `json:"last_error,omitempty"`
	// LastSent is when the last mail went out; SendError the last
	// delivery problem, cleared by the next success.
	LastSent  time.Time `json:"last_sent,omitzero"`
	SendError string    `json:"send_error,omitempty"`
	// Sent and SendFailures count deliveries and failed tries since the start.
	Sent         int `json:"sent"`
	SendFailures int `json:"send_failures"`

	// latency: seconds from stored to decided, per latencyBuckets bound.
	latency latencyHistogram
}

// latencyBuckets are the upper bounds, in seconds, of the processing
// latency histogram: a mail is normally decided within a second.
var latencyBuckets = []float64{0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120, 600}

// latencyHistogram counts observations per bucket (not cumulative).
type latencyHistogram struct {
	counts [10]uint64 // one per bucket, and one above the last
	sum    float64
	n      uint64
}

func (h *latencyHistogram) observe(sec float64) {
	i := 0
	for i < len(latencyBuckets) && sec > latencyBuckets[i] {
		i++
	}
	h.counts[i]++
	h.sum += sec
	h.n++
}

// Snapshot returns a copy of the current status.
func (s *Status) Snapshot() StatusSnapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.s
}

func (s *Status) update(fn func(*StatusSnapshot)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fn(&s.s)
}

func (s *Status) started() {
	s.update(func(v *StatusSnapshot) { v.Started = time.Now() })
}

func (s *Status) connected() {
	s.update(func(v *StatusSnapshot) {
		v.Connected, v.Since, v.LastError = true, time.Now(), ""
	})
}

// disconnected records a lost or failed connection; err may be nil.
func (s *Status) disconnected(err error) {
	s.update(func(v *StatusSnapshot) {
		if v.Connected {
			v.Reconnects++
			v.Since = time.Now()
		} else if v.Since.IsZero() {
			v.Since = time.Now()
		}
		v.Connected = false
		if err != nil {
			v.LastError = err.Error()
		}
	})
}

// checked records a look at the mailbox that found n new mails.
func (s *Status) checked(n int) {
	s.update(func(v *StatusSnapshot) {
		v.LastCheck = time.Now()
		if n > 0 {
			v.LastMail = v.LastCheck
			v.Fetched += n
		}
	})
}

func (s *Status) sent() {
	s.update(func(v *StatusSnapshot) {
		v.LastSent, v.SendError = time.Now(), ""
		v.Sent++
	})
}

func (s *Status) sendFailed(err error) {
	s.update(func(v *StatusSnapshot) {
		v.SendError = err.Error()
		v.SendFailures++
	})
}

// decided records how long a mail waited between being stored and decided.
func (s *Status) decided(d time.Duration) {
	s.update(func(v *StatusSnapshot) { v.latency.observe(max(d, 0).Seconds()) })
}

// Schedule is when the daemon's once-only steps fall due, and when they
// ran (zero: not yet).
type Schedule struct {
	Deadline     time.Time `json:"deadline"`
	Allocated    time.Time `json:"allocated,omitzero"`
	Reminder     time.Time `json:"reminder"`
	ReminderSent time.Time `json:"reminder_sent,omitzero"`
	Starts       time.Time `json:"starts"`
}

// Schedule reads the steps' marks in tx.
func (b *Bot) Schedule(tx *store.Tx) Schedule {
	ev := &b.Config.Event
	return Schedule{Deadline: ev.Deadline, Allocated: tx.Mark(markAllocated),
		Reminder: reminderDue(ev), ReminderSent: tx.Mark(markReminder), Starts: ev.Starts}
}
