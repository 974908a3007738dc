package mailbot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"tilmeld"
	"tilmeld/store"
)

// capacities sets the rooms' sizes, workshop 1 first.
func (h *harness) capacities(cs ...int) {
	for i, c := range cs {
		h.bot.Config.Event.Workshops[i].Capacity = c
	}
}

func (h *harness) pastDeadline() {
	h.now = h.bot.Config.Event.Deadline.Add(time.Hour)
}

func (h *harness) tick() bool {
	h.t.Helper()
	queued, err := h.bot.Tick(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	return queued
}

func regMail(id, from string, as ...tilmeld.Attendee) msg {
	return msg{id: id, from: from, subject: "Tilmelding", body: "...", reading: registers(addr(from), as...)}
}

// outOf returns the mails of kind, oldest first.
func (h *harness) outOf(kind string) []*store.OutMail {
	var out []*store.OutMail
	for _, m := range h.outbox() {
		if m.Kind == kind {
			out = append(out, m)
		}
	}
	return out
}

func TestAllocationRunsOnceAcrossRestart(t *testing.T) {
	h := newHarness(t)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1, 2)), regMail("b@x", "b@example.dk", person("Bo", 2, 1)))
	if h.tick() {
		t.Fatal("allocation ran before the deadline")
	}
	h.pastDeadline()
	if !h.tick() {
		t.Fatal("allocation did not run after the deadline")
	}
	if n := len(h.outOf(KindPlacement)); n != 2 {
		t.Fatalf("%d placement mails, want 2", n)
	}
	h.reopen()
	h.now = h.now.Add(time.Hour)
	if h.tick() {
		t.Error("allocation ran again after a restart")
	}
	if _, err := h.bot.ProcessPending(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(h.outOf(KindPlacement)); n != 2 {
		t.Errorf("%d placement mails after restart, want 2", n)
	}
	for _, r := range h.regs() {
		if r.Status != tilmeld.RegRegistered || r.Attendees[0].Workshop != r.Attendees[0].First() || r.Placed.IsZero() {
			t.Errorf("registration %+v", r)
		}
	}
}

func TestPlacementMailCarriesCalendar(t *testing.T) {
	h := newHarness(t)
	h.capacities(5, 1, 5, 5)
	h.deliver(annaRegisters(), regMail("b@x", "Bo <bo@example.dk>", person("Bo Hansen", 2, 1)))
	h.pastDeadline()
	h.tick()
	ps := h.outOf(KindPlacement)
	if len(ps) != 2 {
		t.Fatalf("%d placement mails", len(ps))
	}
	anna, bo := ps[0], ps[1]
	mustContain(t, "Anna's placement", anna.Body, "Anna Jensen: Sundhed & trivsel (nr. 2)",
		"Tid: tirsdag den 29. september 2020 kl. 16.30-19.30", "Der er middag", "Kost: vegetar")
	mustContain(t, "Bo's placement", bo.Body, "Bo Hansen: Naboskab, netværk & tryghed (nr. 1)",
		"ikke plads på 1. prioritet, Sundhed & trivsel (nr. 2), så")
	if anna.InReplyTo != "r1@example.dk" || anna.To != "anna@example.dk" {
		t.Errorf("placement threading: to %s in reply to %q", anna.To, anna.InReplyTo)
	}
	if len(anna.Attachments) != 1 {
		t.Fatalf("attachments = %d", len(anna.Attachments))
	}
	a := anna.Attachments[0]
	ics := string(a.Data)
	if !strings.HasPrefix(a.ContentType, "text/calendar") || a.Name != "invitation.ics" {
		t.Errorf("attachment %s %s", a.Name, a.ContentType)
	}
	mustContain(t, "ics", unfold(ics), "METHOD:PUBLISH\r\n", "UID:tilmeld.20200929.r1@bo-vest.dk\r\n",
		"DTSTART:20200929T143000Z\r\n", "Anna Jensen: Sundhed & trivsel (nr. 2)")
}

func TestNeitherChoiceIsSaidPlainly(t *testing.T) {
	h := newHarness(t)
	h.capacities(1, 0, 1, 0)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1, 3)), regMail("b@x", "b@example.dk", person("Bo", 1, 3)),
		regMail("c@x", "c@example.dk", person("Carl", 1, 2)))
	h.pastDeadline()
	h.tick()
	ps := h.outOf(KindPlacement)
	mustContain(t, "Bo's placement", ps[1].Body, "Bo: Uddannelse & livschancer (nr. 3)")
	mustContain(t, "Carl's placement", ps[2].Body, "Carl: venteliste", "ventelisten", "ikke plads på Naboskab")
	if r := h.reg(3); r.Status != tilmeld.RegWaitlist {
		t.Errorf("Carl's status %s, want waitlist", r.Status)
	}
}

func TestIncompleteAtDeadline(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "w@x", from: "a@example.dk", subject: "T", body: "...",
		reading: incomplete("a@example.dk", []string{"workshop"}, person("Anna"))},
		msg{id: "n@x", from: "b@example.dk", subject: "T", body: "...",
			reading: incomplete("b@example.dk", []string{"name"}, person("", 1, 2))})
	h.pastDeadline()
	h.tick()
	if r := h.reg(1); r.Status != tilmeld.RegRegistered || r.Attendees[0].Workshop == 0 {
		t.Errorf("registration without a workshop was not placed: %+v", r)
	}
	if r := h.reg(2); r.Status != tilmeld.RegIncomplete || r.Attendees[0].Workshop != 0 {
		t.Errorf("registration without a name was placed: %+v", r)
	}
	rv := h.reviews()
	if len(rv) != 1 || rv[0].Registration != 2 {
		t.Errorf("reviews = %+v", rv)
	}
}

func TestLateRegistrationIsPlacedAtOnce(t *testing.T) {
	h := newHarness(t)
	h.capacities(1, 1, 0, 0)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1)))
	h.pastDeadline()
	tests := []struct {
		name      string
		choices   []int
		workshop  int
		off, wait bool
		says      string
	}{
		{"second choice", []int{1, 2}, 2, false, false, "pladsen er på 2. prioritet"},
		{"waitlist", []int{1, 2}, 0, false, true, "venteliste"},
	}
	for i, tt := range tests {
		id := string(rune('p'+i)) + "@x"
		h.deliver(regMail(id, id[:1]+"@example.dk", person("P"+id[:1], tt.choices...)))
		r := h.regs()[len(h.regs())-1]
		if !r.Late || r.Attendees[0].Workshop != tt.workshop || (r.Status == tilmeld.RegWaitlist) != tt.wait {
			t.Errorf("%s: registration %+v", tt.name, r)
		}
		out := h.lastOut()
		if out.Kind != KindPlacement || len(out.Attachments) != 1 {
			t.Errorf("%s: answer %s with %d attachments", tt.name, out.Kind, len(out.Attachments))
		}
		mustContain(t, tt.name, out.Body, "Tilmeldingsfristen er overskredet", tt.says)
	}
}

func TestLateRegistrationOffChoice(t *testing.T) {
	h := newHarness(t)
	h.capacities(0, 0, 2, 1)
	h.pastDeadline()
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1, 2)))
	r := h.reg(1)
	if r.Attendees[0].Workshop != 3 || !r.Attendees[0].OffChoice {
		t.Errorf("attendee %+v, want workshop 3 off choice", r.Attendees[0])
	}
	mustContain(t, "placement", h.lastOut().Body, "ikke plads på nogen af ønskerne", "Uddannelse & livschancer (nr. 3)")
}

func TestCancellationPromotesWaitlist(t *testing.T) {
	h := newHarness(t)
	h.capacities(1, 0, 0, 0)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1)), regMail("b@x", "b@example.dk", person("Bo", 1)),
		regMail("c@x", "c@example.dk", person("Carl", 1)))
	h.pastDeadline()
	h.tick()
	if h.reg(2).Status != tilmeld.RegWaitlist || h.reg(3).Status != tilmeld.RegWaitlist {
		t.Fatal("Bo and Carl are not on the waitlist")
	}
	h.deliver(msg{id: "cancel@x", from: "a@example.dk", subject: "Afbud", body: "...",
		reading: reading(tilmeld.IntentCancel, tilmeld.StatusComplete, "a@example.dk")})
	if r := h.reg(2); r.Status != tilmeld.RegRegistered || r.Attendees[0].Workshop != 1 {
		t.Errorf("Bo was not moved in: %+v", r)
	}
	if h.reg(3).Status != tilmeld.RegWaitlist {
		t.Error("Carl left the waitlist too")
	}
	pr := h.outOf(KindPromoted)
	if len(pr) != 1 || pr[0].To != "b@example.dk" || len(pr[0].Attachments) != 1 {
		t.Fatalf("promotion mails = %+v", pr)
	}
	mustContain(t, "promotion", pr[0].Body, "rykket op fra ventelisten", "Bo: Naboskab")
	if c := h.outOf(KindCancel); len(c) != 1 || c[0].To != "a@example.dk" {
		t.Errorf("cancel confirmations = %+v", c)
	}
}

func TestChangeAfterAllocation(t *testing.T) {
	h := newHarness(t)
	h.capacities(1, 1, 1, 1)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1)), regMail("b@x", "b@example.dk", person("Bo", 2)))
	h.pastDeadline()
	h.tick()
	change := func(id, from string, to int) {
		h.deliver(msg{id: id, from: from, subject: "Skift", body: "...",
			reading: reading(tilmeld.IntentUpdate, tilmeld.StatusComplete, from, person("", to))})
	}
	change("b1@x", "b@example.dk", 1) // full
	if r := h.reg(2); r.Attendees[0].Workshop != 2 {
		t.Errorf("Bo moved into a full room: %+v", r.Attendees[0])
	}
	mustContain(t, "refusal", h.lastOut().Body, "ikke flere ledige pladser på Naboskab", "beholder den plads")
	change("b2@x", "b@example.dk", 3) // room
	if r := h.reg(2); r.Attendees[0].Workshop != 3 {
		t.Errorf("Bo was not moved to 3: %+v", r.Attendees[0])
	}
	mustContain(t, "confirmation", h.lastOut().Body, "Vi har rettet din tilmelding", "Bo: Uddannelse & livschancer (nr. 3)")
}

func TestReminderOnce(t *testing.T) {
	h := newHarness(t)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1)), regMail("b@x", "b@example.dk", person("", 1)))
	h.pastDeadline()
	h.tick()
	h.now = time.Date(2020, 9, 28, 10, 30, 0, 0, cest)
	if !h.tick() {
		t.Fatal("no reminder the day before")
	}
	rs := h.outOf(KindReminder)
	if len(rs) != 1 || rs[0].To != "a@example.dk" {
		t.Fatalf("reminders = %+v, want one to the placed", rs)
	}
	mustContain(t, "reminder", rs[0].Body, "i morgen", "Anna: Naboskab")
	h.reopen()
	if h.tick() || len(h.outOf(KindReminder)) != 1 {
		t.Error("the reminder went twice")
	}
}

func TestNoReminderBeforeAllocation(t *testing.T) {
	h := newHarness(t)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1)))
	if !reminderDue(&h.bot.Config.Event).After(h.bot.Config.Event.Deadline) {
		t.Fatal("the reminder is due before the deadline")
	}
	h.now = time.Date(2020, 9, 28, 12, 0, 0, 0, cest)
	h.tick() // allocation first, then the reminder
	if len(h.outOf(KindPlacement)) != 1 || len(h.outOf(KindReminder)) != 1 {
		t.Errorf("placements %d, reminders %d", len(h.outOf(KindPlacement)), len(h.outOf(KindReminder)))
	}
	if !slices.Equal(seatsOf(h.reg(1)), []int{1}) {
		t.Error("not placed")
	}
}

func TestFreedSeatNobodyChoseGoesToFirstInLine(t *testing.T) {
	h := newHarness(t)
	h.capacities(1, 1, 0, 0)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1)), regMail("b@x", "b@example.dk", person("Bo", 2)),
		regMail("c@x", "c@example.dk", person("Carl", 1)))
	h.pastDeadline()
	h.tick()
	if h.reg(3).Status != tilmeld.RegWaitlist {
		t.Fatalf("Carl %+v, want waitlist", h.reg(3))
	}
	h.update(func(tx *store.Tx) error { return h.bot.StaffCancel(tx, 2, "karin") })
	c := h.reg(3)
	if c.Attendees[0].Workshop != 2 || !c.Attendees[0].OffChoice || c.Status != tilmeld.RegRegistered {
		t.Errorf("Carl %+v, want workshop 2 off choice", c)
	}
	mustContain(t, "promotion", h.lastOut().Body, "ikke plads på nogen af ønskerne")
}

func TestLateIncompleteIsPlacedWhenComplete(t *testing.T) {
	h := newHarness(t)
	h.pastDeadline()
	h.deliver(msg{id: "l1@x", from: "a@example.dk", subject: "Sent", body: "...",
		reading: incomplete("a@example.dk", []string{"workshop"}, person("Anna"))})
	ask := h.lastOut()
	if ask.Kind != KindClarify || h.reg(1).Attendees[0].Workshop != 0 {
		t.Fatalf("answer %s, registration %+v", ask.Kind, h.reg(1))
	}
	h.deliver(msg{id: "l2@x", from: "a@example.dk", subject: "SV: Sent", inReplyTo: ask.MessageID, body: "...",
		reading: registers("a@example.dk", person("", 4, 2))})
	if r := h.reg(1); r.Attendees[0].Workshop != 4 || r.Status != tilmeld.RegRegistered || !r.Late {
		t.Errorf("registration %+v", r)
	}
	if out := h.lastOut(); out.Kind != KindPlacement || len(out.Attachments) != 1 {
		t.Errorf("answer %s", out.Kind)
	}
}

func TestReallocateMovesTheFewestAndMailsOnlyThem(t *testing.T) {
	h := newHarness(t)
	h.capacities(3, 3, 3, 3)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1, 2)),
		regMail("b@x", "b@example.dk", person("Bo", 1, 3)),
		regMail("c@x", "c@example.dk", person("Carl", 1, 2)),
		regMail("d@x", "d@example.dk", person("Dea", 2, 1)))
	h.pastDeadline()
	h.tick()
	before := len(h.outOf(KindPlacement))

	err := h.bot.DB.Update(func(tx *store.Tx) error {
		if _, err := h.bot.Reallocate(tx, "staff"); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(h.outOf(KindPlacement)); n != before {
		t.Fatalf("re-run with the same rooms mailed %d, want nobody", n-before)
	}

	h.capacities(2, 3, 3, 3) // workshop 1 shrinks by one seat
	var moved []uint64
	err = h.bot.DB.Update(func(tx *store.Tx) error {
		var err error
		moved, err = h.bot.Reallocate(tx, "staff")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(moved) != 1 {
		t.Fatalf("%d registrations moved, want 1", len(moved))
	}
	if n := len(h.outOf(KindPlacement)) - before; n != 1 {
		t.Errorf("%d placement mails for the change, want 1", n)
	}
	inOne := 0
	for _, r := range h.regs() {
		a := r.Attendees[0]
		if a.Workshop == 1 {
			inOne++
		}
		if r.ID == moved[0] && (a.Workshop == 1 || a.Workshop == 0) {
			t.Errorf("the moved registration sits in %d", a.Workshop)
		}
	}
	if inOne != 2 {
		t.Errorf("%d in workshop 1, want its 2 seats filled", inOne)
	}
}
