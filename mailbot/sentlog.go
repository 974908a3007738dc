package mailbot

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"tilmeld/store"
)

// sentMarks holds the mails the SMTP server accepted until a write
// transaction records them as sent. Either the sender's sentLog commits
// them, or, while mail is being decided, the deciding transaction carries
// them along at no commit of their own.
//
// A commit of its own per mail would cost an fsync each and take the
// store's one writer lock from the fetcher and the deciding. A crash can
// send again (with the same Message-ID) only what the server accepted and
// no commit has recorded yet: at most maxUnrecorded mails.
type sentMarks struct {
	mu    sync.Mutex
	ended *sync.Cond // a transaction ended
	queue []*store.OutMail
	// held is every mail queued or taken by a transaction not yet ended:
	// the sender must not send these again, and a crash may.
	held map[uint64]bool
}

// maxUnrecorded bounds the mails accepted and not yet recorded as sent,
// which a crash would send again: the sender waits for a commit beyond.
const maxUnrecorded = 32

func newSentMarks() *sentMarks {
	q := &sentMarks{held: map[uint64]bool{}}
	q.ended = sync.NewCond(&q.mu)
	return q
}

// add queues m, which the server accepted.
func (q *sentMarks) add(m *store.OutMail) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.queue = append(q.queue, m)
	q.held[m.ID] = true
}

// waitRoom waits until the sender may send again, or stop reports true.
func (q *sentMarks) waitRoom(stop func() bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.held) >= maxUnrecorded && !stop() {
		q.ended.Wait()
	}
}

// wakeAll wakes waitRoom to look at stop again.
func (q *sentMarks) wakeAll() {
	q.mu.Lock()
	q.ended.Broadcast()
	q.mu.Unlock()
}

// holds reports whether mail id was accepted and awaits its record.
func (q *sentMarks) holds(id uint64) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.held[id]
}

// take hands the queued marks to a transaction; end must follow.
func (q *sentMarks) take() []*store.OutMail {
	q.mu.Lock()
	defer q.mu.Unlock()
	ms := q.queue
	q.queue = nil
	return ms
}

// writeSent records ms in tx as sent.
func writeSent(tx *store.Tx, ms []*store.OutMail) error {
	for _, m := range ms {
		if err := tx.MarkSent(m.ID, m.Sent); err != nil {
			return fmt.Errorf("record sent mail %d: %w", m.ID, err)
		}
	}
	return nil
}

// end closes the transaction that took ms: committed, they are sent for
// good; otherwise they go back to the front of the queue.
func (q *sentMarks) end(b *Bot, ms []*store.OutMail, committed bool) {
	if len(ms) == 0 {
		return
	}
	q.mu.Lock()
	if committed {
		for _, m := range ms {
			delete(q.held, m.ID)
		}
	} else {
		q.queue = append(ms, q.queue...)
	}
	q.ended.Broadcast()
	q.mu.Unlock()
	if !committed {
		return
	}
	for _, m := range ms {
		b.Status.sent()
		b.Log.Info("sent mail", "id", m.ID, "kind", m.Kind, "to", m.To, "message_id", m.MessageID)
	}
}

// errNoMarks rolls back a transaction that found nothing to write.
var errNoMarks = errors.New("no sent mails to record")

// flush commits the queued marks in a transaction of their own.
func (q *sentMarks) flush(b *Bot) error {
	if !q.queued() {
		return nil
	}
	var ms []*store.OutMail
	defer b.writes.other()()
	err := b.DB.Update(func(tx *store.Tx) error {
		if ms = q.take(); len(ms) == 0 {
			return errNoMarks
		}
		return writeSent(tx, ms)
	})
	if errors.Is(err, errNoMarks) {
		return nil
	}
	q.end(b, ms, err == nil)
	return err
}

// queued reports whether marks wait for a transaction.
func (q *sentMarks) queued() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.queue) > 0
}

// sentLog writes the marks of one round of sending behind the sending, in
// groups: each transaction records every mail accepted while the one
// before it committed.
type sentLog struct {
	b      *Bot
	mu     sync.Mutex
	err    error
	broken atomic.Bool // err is set
	more   chan struct{}
	closed chan struct{}
	done   chan struct{}
}

func (s *Sender) startSentLog() *sentLog {
	l := &sentLog{b: s.Bot, more: make(chan struct{}, 1), closed: make(chan struct{}), done: make(chan struct{})}
	go l.run()
	return l
}

// add queues m, which the server accepted, to be recorded as sent, and
// waits while maxUnrecorded mails await their record.
func (l *sentLog) add(m *store.OutMail) {
	m.Sent = l.b.DB.Now()
	m.LastError = ""
	l.b.sent.add(m)
	wake(l.more)
	l.b.sent.waitRoom(l.broken.Load)
}

// failed returns the error of a commit that failed: sending stops, since
// what goes out must be recorded.
func (l *sentLog) failed() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.err
}

// close writes what is queued and returns the first error.
func (l *sentLog) close() error {
	close(l.closed)
	<-l.done
	return l.failed()
}

func (l *sentLog) run() {
	defer close(l.done)
	for {
		select {
		case <-l.more:
			l.deferToDeciding()
			l.write()
		case <-l.closed:
			l.write()
			return
		}
	}
}

// markDelay is how long the marks wait for a deciding transaction to
// carry them before the sentLog commits them itself.
const markDelay = 50 * time.Millisecond

// deferToDeciding waits up to markDelay while mail is being decided, so
// that the marks ride in a deciding commit instead of taking the writer
// lock and an fsync of their own from the fetching and the deciding. The
// sender, held at maxUnrecorded meanwhile, leaves the processors to the
// parsing.
func (l *sentLog) deferToDeciding() {
	if !l.b.deciding.Load() {
		return
	}
	t := time.NewTimer(markDelay)
	defer t.Stop()
	select {
	case <-t.C:
	case <-l.closed:
	}
}

func (l *sentLog) write() {
	if l.failed() != nil {
		return
	}
	if err := l.b.sent.flush(l.b); err != nil {
		l.mu.Lock()
		l.err = err
		l.mu.Unlock()
		l.broken.Store(true)
		l.b.sent.wakeAll()
	}
}
