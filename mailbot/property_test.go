package mailbot

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"tilmeld"
	"tilmeld/store"
)

// TestAnyReadingIsDecidedOnce feeds random readings from a few senders
// across the deadline and checks what must always hold: every mail is
// decided, none gets more than one answer, and no room is overfilled.
func TestAnyReadingIsDecidedOnce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	h := newHarness(t)
	h.capacities(3, 2, 2, 1)
	intents := []tilmeld.Intent{tilmeld.IntentRegister, tilmeld.IntentRegister, tilmeld.IntentUpdate,
		tilmeld.IntentCancel, tilmeld.IntentQuestion, tilmeld.IntentAutoReply}
	statuses := []tilmeld.Status{tilmeld.StatusComplete, tilmeld.StatusComplete, tilmeld.StatusIncomplete, tilmeld.StatusReview}
	firstNames := []string{"", "Anna", "Bo", "Carl Berg", "Dina Holm", "Emil"}
	var ids []string
	var outs []*store.OutMail
	for i := range 120 {
		if i == 70 {
			h.pastDeadline()
		}
		h.now = h.now.Add(time.Duration(rng.IntN(120)) * time.Minute)
		from := fmt.Sprintf("p%d@example.dk", rng.IntN(6))
		var as []tilmeld.Attendee
		for range rng.IntN(3) {
			a := person(firstNames[rng.IntN(len(firstNames))])
			for range rng.IntN(3) {
				a.Choices = append(a.Choices, 1+rng.IntN(4))
			}
			as = append(as, a)
		}
		r := reading(intents[rng.IntN(len(intents))], statuses[rng.IntN(len(statuses))], from, as...)
		if r.Intent == tilmeld.IntentAutoReply {
			r.Status = tilmeld.StatusIgnore
		}
		r.Question = rng.IntN(10) == 0
		m := msg{id: fmt.Sprintf("m%d@x", i), from: from, subject: "x", body: "x", reading: r}
		if len(outs) > 0 && rng.IntN(3) == 0 {
			m.inReplyTo = outs[rng.IntN(len(outs))].MessageID
		}
		ids = append(ids, m.id)
		h.deliver(m)
		h.tick()
		if i%10 == 0 {
			outs = h.outbox()
		}
	}
	for _, rv := range h.reviews() {
		for _, why := range rv.Reasons {
			if strings.Contains(why, "failed") {
				t.Errorf("review %d: %s", rv.ID, why)
			}
		}
	}
	for _, id := range ids {
		if d := h.decision(id); len(d.Replies) > 1 {
			t.Errorf("mail %s got %d answers", id, len(d.Replies))
		}
	}
	taken := map[int]int{}
	for _, r := range h.regs() {
		if r.Active() {
			takeSeats(taken, r)
		}
	}
	for _, w := range h.bot.Config.Event.Workshops {
		if -taken[w.Number] > w.Capacity {
			t.Errorf("workshop %d holds %d, capacity %d", w.Number, -taken[w.Number], w.Capacity)
		}
	}
	if p, _ := h.bot.DB.Pending(); len(p) != 0 {
		t.Errorf("undecided: %v", p)
	}
	if _, err := h.bot.ProcessPending(context.Background()); err != nil {
		t.Error(err)
	}
}
