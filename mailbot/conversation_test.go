package mailbot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"tilmeld"
	"tilmeld/parser"
	"tilmeld/store"
)

const anna = "Anna Jensen <anna@example.dk>"

func annaRegisters() msg {
	return msg{id: "r1@example.dk", from: anna, subject: "Tilmelding",
		body: "Jeg vil gerne deltage. Workshop 2 og 4. Jeg er vegetar.",
		reading: registers("anna@example.dk",
			withDiet(person("Anna Jensen", 2, 4), "vegetar, ingen stærk mad", tilmeld.Vegetarian, tilmeld.DietOther))}
}

func TestReceiptRepeatsWhatWasUnderstood(t *testing.T) {
	h := newHarness(t)
	m := annaRegisters()
	m.reading.Contact.Phone = "+4522334455"
	h.deliver(m)

	regs := h.regs()
	if len(regs) != 1 || regs[0].Status != tilmeld.RegRegistered || regs[0].Late {
		t.Fatalf("registrations = %+v", regs)
	}
	out := h.outbox()
	if len(out) != 1 {
		t.Fatalf("%d mails queued, want 1", len(out))
	}
	r := out[0]
	if r.Kind != KindReceipt || r.To != "anna@example.dk" || r.Subject != "SV: Tilmelding" {
		t.Errorf("receipt = %s to %s %q", r.Kind, r.To, r.Subject)
	}
	if r.InReplyTo != "r1@example.dk" || !slices.Equal(r.References, []string{"r1@example.dk"}) {
		t.Errorf("threading: In-Reply-To %q References %q", r.InReplyTo, r.References)
	}
	if !strings.HasSuffix(r.MessageID, "@bo-vest.dk") || !strings.Contains(r.MessageID, "m1.receipt") {
		t.Errorf("Message-ID %q", r.MessageID)
	}
	mustContain(t, "receipt", r.Body, "Hej Anna,", "Anna Jensen", "Sundhed & trivsel (nr. 2)",
		"Beskæftigelse & opkvalificering (nr. 4)", "vegetar", `"vegetar, ingen stærk mad"`,
		"anna@example.dk, tlf. +4522334455", "mandag den 21. september 2020 kl. 23.59",
		"tirsdag den 29. september 2020 kl. 16.30-19.30", "svar blot på denne mail")
	d := h.decision("r1@example.dk")
	if d.Action != "registered" || d.Registration != regs[0].ID || len(d.Replies) != 1 {
		t.Errorf("decision = %+v", d)
	}
	hist := h.history(regs[0].ID)
	if len(hist) != 2 || hist[0].Kind != "mail" || hist[1].Kind != "reply" {
		t.Errorf("history = %+v", hist)
	}
}

func TestMessageIDIsDeterministic(t *testing.T) {
	var ids []string
	for range 2 {
		h := newHarness(t)
		h.deliver(annaRegisters())
		ids = append(ids, h.lastOut().MessageID)
	}
	if ids[0] != ids[1] {
		t.Errorf("Message-IDs differ: %q", ids)
	}
}

func TestReplySubject(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"da", "Tilmelding", "SV: Tilmelding"},
		{"da", "SV: Tilmelding", "SV: Tilmelding"},
		{"da", "Re: SV: sv: Tilmelding", "SV: Tilmelding"},
		{"en", "RE: Registration", "Re: Registration"},
		{"da", "VS: Invitation", "SV: Invitation"},
		{"da", "", "SV: Tilmelding: X"},
	}
	for _, tt := range tests {
		if got := replySubject(tt.lang, tt.in, "Tilmelding: X"); got != tt.want {
			t.Errorf("replySubject(%q, %q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

func TestClarificationAnsweredInThreadCompletesRegistration(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "q1@example.dk", from: anna, subject: "Tilmelding", body: "Jeg kommer.",
		reading: incomplete("anna@example.dk", []string{tilmeld.MissingWorkshop}, person("Anna Jensen"))})
	ask := h.lastOut()
	if ask.Kind != KindClarify {
		t.Fatalf("first answer is %s, want clarify", ask.Kind)
	}
	mustContain(t, "clarification", ask.Body, "Hvilken workshop", "1. prioritet", "1. Naboskab, netværk & tryghed")
	if strings.Contains(ask.Body, "Hvad hedder") {
		t.Errorf("clarification asks for a name it has:\n%s", ask.Body)
	}
	if r := h.regs()[0]; r.Status != tilmeld.RegIncomplete || !slices.Equal(r.Missing, []string{"workshop"}) {
		t.Fatalf("registration = %+v", r)
	}
	// The answer names no one; the thread finds the registration.
	h.deliver(msg{id: "q2@example.dk", from: "anna@example.dk", subject: "SV: Tilmelding",
		inReplyTo: ask.MessageID, references: []string{"q1@example.dk", ask.MessageID},
		body: "3 og 1", reading: registers("anna@example.dk", person("", 3, 1))})
	regs := h.regs()
	if len(regs) != 1 {
		t.Fatalf("%d registrations, want the same one completed", len(regs))
	}
	r := regs[0]
	if r.Status != tilmeld.RegRegistered || r.Attendees[0].Name != "Anna Jensen" || !slices.Equal(r.Attendees[0].Choices, []int{3, 1}) {
		t.Errorf("registration = %+v", r)
	}
	receipt := h.lastOut()
	if receipt.Kind != KindReceipt || receipt.Subject != "SV: Tilmelding" || receipt.InReplyTo != "q2@example.dk" {
		t.Errorf("answer = %s %q in reply to %q", receipt.Kind, receipt.Subject, receipt.InReplyTo)
	}
	h.view(func(tx *store.Tx) error {
		if tx.ThreadRegistration("q2@example.dk") != r.ID {
			t.Error("the resident's answer is not linked to the registration")
		}
		return nil
	})
}

func TestClarificationAnsweredBySenderAddress(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "n1@example.dk", from: anna, subject: "Tilmelding", body: "Min mand og jeg kommer, 1 og 2.",
		reading: incomplete("anna@example.dk", []string{tilmeld.MissingName}, person("Anna Jensen", 1, 2), person("", 1, 2))})
	ask := h.lastOut()
	mustContain(t, "clarification", ask.Body, "Hvad hedder den anden person")
	if strings.Contains(ask.Body, "Hvilken workshop") {
		t.Errorf("clarification asks for a workshop it has:\n%s", ask.Body)
	}
	// A new mail, not in the thread: the open registration of the sender.
	h.deliver(msg{id: "n2@example.dk", from: anna, subject: "Navn", body: "Han hedder Bo Jensen.",
		reading: registers("anna@example.dk", person("Bo Jensen"))})
	regs := h.regs()
	if len(regs) != 1 || regs[0].Status != tilmeld.RegRegistered || regs[0].Attendees[1].Name != "Bo Jensen" {
		t.Fatalf("registrations = %+v", regs)
	}
	if got := h.lastOut(); got.Kind != KindReceipt {
		t.Errorf("answer is %s, want receipt", got.Kind)
	}
}

func TestUpdates(t *testing.T) {
	tests := []struct {
		name  string
		as    []tilmeld.Attendee
		check func(t *testing.T, r *tilmeld.Registration)
	}{
		{"switch workshop", []tilmeld.Attendee{person("", 3)}, func(t *testing.T, r *tilmeld.Registration) {
			if !slices.Equal(r.Attendees[0].Choices, []int{3, 4}) {
				t.Errorf("choices = %v, want [3 4]", r.Attendees[0].Choices)
			}
		}},
		{"diet added", []tilmeld.Attendee{withDiet(person("Anna"), "glutenfri", tilmeld.GlutenFree)}, func(t *testing.T, r *tilmeld.Registration) {
			a := r.Attendees[0]
			if !slices.Equal(a.Diet, []tilmeld.Diet{tilmeld.GlutenFree, tilmeld.DietOther, tilmeld.Vegetarian}) || a.Name != "Anna Jensen" {
				t.Errorf("attendee = %+v", a)
			}
		}},
		{"husband too", []tilmeld.Attendee{person("Bo Jensen", 1, 2)}, func(t *testing.T, r *tilmeld.Registration) {
			if len(r.Attendees) != 2 || r.Attendees[1].Name != "Bo Jensen" || r.Status != tilmeld.RegRegistered {
				t.Errorf("registration = %+v", r)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.deliver(annaRegisters(), msg{id: "u1@example.dk", from: anna, subject: "Ændring", body: "...",
				reading: reading(tilmeld.IntentUpdate, tilmeld.StatusComplete, "anna@example.dk", tt.as...)})
			regs := h.regs()
			if len(regs) != 1 {
				t.Fatalf("%d registrations, want 1", len(regs))
			}
			tt.check(t, regs[0])
			out := h.lastOut()
			if out.Kind != KindUpdate || out.Subject != "SV: Ændring" {
				t.Errorf("answer = %s %q", out.Kind, out.Subject)
			}
			mustContain(t, "confirmation", out.Body, "Vi har rettet din tilmelding", "Sådan ser din tilmelding ud nu")
			if d := h.decision("u1@example.dk"); d.Action != "updated" {
				t.Errorf("action = %s", d.Action)
			}
		})
	}
}

func TestSecondRegistrationOfSamePeopleIsAnUpdate(t *testing.T) {
	h := newHarness(t)
	again := msg{id: "r2@example.dk", from: anna, subject: "Tilmelding igen", body: "...",
		reading: registers("anna@example.dk", person("Anna Jensen", 1, 2))}
	h.deliver(annaRegisters(), again)
	regs := h.regs()
	if len(regs) != 1 || !slices.Equal(regs[0].Attendees[0].Choices, []int{1, 2}) {
		t.Fatalf("registrations = %+v", regs)
	}
	if got := h.lastOut().Kind; got != KindUpdate {
		t.Errorf("answer is %s, want update", got)
	}
}

func TestCancel(t *testing.T) {
	h := newHarness(t)
	h.deliver(annaRegisters(), msg{id: "c1@example.dk", from: anna, subject: "Afbud", body: "Jeg kan ikke komme.",
		reading: reading(tilmeld.IntentCancel, tilmeld.StatusComplete, "anna@example.dk")})
	r := h.regs()[0]
	if r.Status != tilmeld.RegCancelled || len(r.Attendees) != 1 {
		t.Errorf("registration = %+v, want cancelled and kept", r)
	}
	out := h.lastOut()
	if out.Kind != KindCancel {
		t.Fatalf("answer is %s", out.Kind)
	}
	mustContain(t, "cancel", out.Body, "Vi har modtaget din afmelding", "Din tilmelding er annulleret")
}

func TestCancelOnePersonKeepsTheOther(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "p1@example.dk", from: anna, subject: "Tilmelding", body: "...",
		reading: registers("anna@example.dk", person("Anna Jensen", 1, 2), person("Bo Jensen", 2, 1))},
		msg{id: "p2@example.dk", from: anna, subject: "Afbud for Bo", body: "...",
			reading: reading(tilmeld.IntentCancel, tilmeld.StatusComplete, "anna@example.dk", person("Bo Jensen"))})
	r := h.regs()[0]
	if r.Status != tilmeld.RegRegistered || len(r.Attendees) != 1 || r.Attendees[0].Name != "Anna Jensen" {
		t.Errorf("registration = %+v", r)
	}
	mustContain(t, "cancel", h.lastOut().Body, "for Bo Jensen", "Stadig tilmeldt", "Anna Jensen")
}

func TestChangeFromAnotherAddressGoesToReview(t *testing.T) {
	for _, intent := range []tilmeld.Intent{tilmeld.IntentUpdate, tilmeld.IntentCancel} {
		t.Run(string(intent), func(t *testing.T) {
			h := newHarness(t)
			h.deliver(annaRegisters(), msg{id: "f1@example.net", from: "Mallory <mallory@example.net>",
				subject: "Anna", body: "...",
				reading: reading(intent, tilmeld.StatusComplete, "mallory@example.net", person("Anna Jensen", 1))})
			r := h.regs()[0]
			if r.Status != tilmeld.RegRegistered || !slices.Equal(r.Attendees[0].Choices, []int{2, 4}) {
				t.Errorf("registration changed: %+v", r)
			}
			rv := h.reviews()
			if len(rv) != 1 || rv[0].Registration != r.ID || !strings.Contains(rv[0].Reasons[0], "not its contact") {
				t.Errorf("reviews = %+v", rv)
			}
			out := h.lastOut()
			if out.Kind != KindAck || out.To != "mallory@example.net" {
				t.Errorf("answer = %s to %s", out.Kind, out.To)
			}
			mustContain(t, "ack", out.Body, "en medarbejder vil svare dig")
		})
	}
}

func TestNoAnswer(t *testing.T) {
	review := reading(tilmeld.IntentOther, tilmeld.StatusReview, "")
	tests := []struct {
		name   string
		m      msg
		review bool
	}{
		{"auto-reply", msg{from: anna, subject: "Autosvar: Tilmelding",
			reading: reading(tilmeld.IntentAutoReply, tilmeld.StatusIgnore, "")}, false},
		{"bounce", msg{from: "MAILER-DAEMON@example.dk", subject: "Undelivered",
			reading: reading(tilmeld.IntentBounce, tilmeld.StatusIgnore, "")}, false},
		{"noreply sender", msg{from: "noreply@example.dk", subject: "Hej", reading: review}, true},
		{"postmaster", msg{from: "postmaster@example.dk", subject: "Hej", reading: review}, true},
		{"own address", msg{from: "ABC <abc@bo-vest.dk>", subject: "Hej", reading: review}, false},
		{"loop header", msg{from: anna, subject: "SV: Tilmelding", headers: []string{"X-Tilmeld-Loop: abc@bo-vest.dk"},
			reading: review}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			tt.m.id, tt.m.body = "x1@example.dk", "..."
			h.deliver(tt.m)
			if out := h.outbox(); len(out) != 0 {
				t.Errorf("queued %s to %s", out[0].Kind, out[0].To)
			}
			if got := len(h.reviews()) > 0; got != tt.review {
				t.Errorf("review item: %v, want %v", got, tt.review)
			}
			if d := h.decision("x1@example.dk"); d.Action == "" {
				t.Error("no action recorded")
			}
		})
	}
}

func TestRateLimitRaisesReview(t *testing.T) {
	h := newHarness(t)
	h.bot.Config.Replies.MaxPerDay = 2
	var ms []msg
	for i, id := range []string{"a@x", "b@x", "c@x"} {
		ms = append(ms, msg{id: id, from: anna, subject: "Spørgsmål", body: string(rune('1' + i)),
			reading: reading(tilmeld.IntentQuestion, tilmeld.StatusReview, "anna@example.dk")})
	}
	h.deliver(ms...)
	if n := len(h.outbox()); n != 2 {
		t.Errorf("%d mails queued, want 2", n)
	}
	rv := h.reviews()
	if len(rv) != 3 || !strings.Contains(strings.Join(rv[2].Reasons, " "), "rate limit") {
		t.Errorf("reviews = %+v", rv)
	}
	// A day later she may be answered again.
	h.now = h.now.Add(25 * time.Hour)
	h.deliver(msg{id: "d@x", from: anna, subject: "Spørgsmål", body: "4",
		reading: reading(tilmeld.IntentQuestion, tilmeld.StatusReview, "anna@example.dk")})
	if n := len(h.outbox()); n != 3 {
		t.Errorf("%d mails queued after a day, want 3", n)
	}
}

func TestQuestionWithRegistration(t *testing.T) {
	h := newHarness(t)
	m := annaRegisters()
	m.reading.Question = true
	h.deliver(m)
	if len(h.regs()) != 1 {
		t.Fatal("the registration was not stored")
	}
	rv := h.reviews()
	if len(rv) != 1 || rv[0].Registration != 1 || rv[0].Mail != 1 {
		t.Errorf("reviews = %+v", rv)
	}
	out := h.outbox()
	if len(out) != 1 || out[0].Kind != KindReceipt {
		t.Fatalf("outbox = %+v, want one receipt", out)
	}
	mustContain(t, "receipt", out[0].Body, "Du stiller også et spørgsmål")
}

func TestQuestionOnly(t *testing.T) {
	h := newHarness(t)
	r := reading(tilmeld.IntentQuestion, tilmeld.StatusReview, "anna@example.dk")
	r.Question = true
	h.deliver(msg{id: "q@x", from: anna, subject: "Parkering?", body: "Er der parkering?", reading: r})
	out := h.lastOut()
	if out.Kind != KindAck || len(h.reviews()) != 1 {
		t.Fatalf("answer %s, reviews %d", out.Kind, len(h.reviews()))
	}
	mustContain(t, "ack", out.Body, "svare dig på dit spørgsmål")
}

func TestAcknowledgeReviewOff(t *testing.T) {
	h := newHarness(t)
	h.bot.Config.Replies.AcknowledgeReview = false
	h.deliver(msg{id: "q@x", from: anna, subject: "?", body: "?",
		reading: reading(tilmeld.IntentOther, tilmeld.StatusReview, "anna@example.dk")})
	if len(h.outbox()) != 0 || len(h.reviews()) != 1 {
		t.Errorf("outbox %d, reviews %d; want 0, 1", len(h.outbox()), len(h.reviews()))
	}
}

func TestEnglishReply(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "e1@example.com", from: "John Smith <john@example.com>", subject: "RE: Invitation",
		body:    "I would like to join workshop 2, then 1.",
		reading: english(registers("john@example.com", withDiet(person("John Smith", 2, 1), "", tilmeld.Halal)))})
	out := h.lastOut()
	if out.Subject != "Re: Invitation" {
		t.Errorf("subject %q", out.Subject)
	}
	mustContain(t, "receipt", out.Body, "Dear John,", "Sundhed & trivsel (no. 2)", "Diet: halal",
		"Monday 21 September 2020 at 23:59", "Just answer this mail")
	if h.regs()[0].Language != "en" {
		t.Error("the registration's language is not English")
	}
}

func TestAfterTheEvent(t *testing.T) {
	h := newHarness(t)
	h.now = h.bot.Config.Event.Starts.Add(time.Hour)
	h.deliver(annaRegisters())
	if len(h.regs()) != 0 || len(h.reviews()) != 1 {
		t.Errorf("registrations %d, reviews %d; want 0, 1", len(h.regs()), len(h.reviews()))
	}
	out := h.lastOut()
	if out.Kind != KindOver {
		t.Fatalf("answer %s", out.Kind)
	}
	mustContain(t, "over", out.Body, "fandt sted tirsdag den 29. september 2020")
}

func TestFailingMailGoesToReviewWithoutBlockingOthers(t *testing.T) {
	h := newHarness(t)
	h.bot.Parse = func(raw []byte, ev *tilmeld.Event) *parser.Result {
		if strings.Contains(string(raw), "boom@x") {
			panic("broken reader")
		}
		return h.parse(raw, ev)
	}
	h.store(msg{id: "boom@x", from: anna, subject: "x", body: "x"}, annaRegisters())
	for i := range maxFailures {
		n, err := h.bot.ProcessPending(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]int{true: 1, false: 0}[i == 0]; n != want {
			t.Errorf("run %d decided %d, want %d", i, n, want)
		}
	}
	if p, _ := h.bot.DB.Pending(); len(p) != 0 {
		t.Errorf("pending = %v", p)
	}
	rv := h.reviews()
	if len(rv) != 1 || !strings.Contains(rv[0].Reasons[0], "broken reader") {
		t.Errorf("reviews = %+v", rv)
	}
	if len(h.regs()) != 1 {
		t.Error("the good mail was not decided")
	}
}

func TestMailIsNeverDecidedTwice(t *testing.T) {
	h := newHarness(t)
	h.deliver(annaRegisters())
	h.deliver(annaRegisters()) // the fetcher's de-duplication drops it; nothing new
	if n, _ := h.bot.ProcessPending(context.Background()); n != 0 {
		t.Errorf("decided %d again", n)
	}
	if len(h.outbox()) != 1 || len(h.regs()) != 1 {
		t.Errorf("outbox %d, registrations %d", len(h.outbox()), len(h.regs()))
	}
}

func TestProcessPendingStopsWhenCancelled(t *testing.T) {
	h := newHarness(t)
	h.store(annaRegisters())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if n, err := h.bot.ProcessPending(ctx); n != 0 || err != nil {
		t.Errorf("ProcessPending = %d, %v", n, err)
	}
	if p, _ := h.bot.DB.Pending(); len(p) != 1 {
		t.Errorf("pending = %v", p)
	}
}

func TestDescribeDecision(t *testing.T) {
	h := newHarness(t)
	m := annaRegisters()
	m.reading.Question = true
	h.deliver(m)
	if got, want := DescribeDecision(h.decision("r1@example.dk")), "registered (registration 1), 1 reply, review item 1"; got != want {
		t.Errorf("DescribeDecision = %q, want %q", got, want)
	}
	if got := DescribeDecision(nil); got != "pending" {
		t.Errorf("DescribeDecision(nil) = %q", got)
	}
}

func TestAutomaticHeadersGetNoAnswer(t *testing.T) {
	for _, hd := range []string{"Auto-Submitted: auto-replied", "Precedence: bulk", "List-Id: <nyt.example.org>"} {
		t.Run(hd, func(t *testing.T) {
			h := newHarness(t)
			h.deliver(msg{id: "auto@x", from: anna, subject: "Hej", body: "...", headers: []string{hd},
				reading: reading(tilmeld.IntentOther, tilmeld.StatusReview, "anna@example.dk")})
			if len(h.outbox()) != 0 || len(h.reviews()) != 1 {
				t.Errorf("outbox %d, reviews %d; want 0, 1", len(h.outbox()), len(h.reviews()))
			}
		})
	}
}

func TestStaffRegisteringResidentsOneByOne(t *testing.T) {
	h := newHarness(t)
	kirsten := "Kirsten Bach <kirsten@example.dk>"
	h.deliver(msg{id: "k1@x", from: kirsten, subject: "Beboer", body: "...",
		reading: incomplete("kirsten@example.dk", []string{"workshop"}, person("Halima Osman"))},
		msg{id: "k2@x", from: kirsten, subject: "Endnu en beboer", body: "...",
			reading: registers("kirsten@example.dk", person("Ahmed Said", 4, 3))})
	if n := len(h.regs()); n != 2 {
		t.Fatalf("%d registrations, want 2", n)
	}
	mustContain(t, "receipt", h.lastOut().Body, "Hej Kirsten,", "Ahmed Said")
}

func TestHistoryTellsWhatHappened(t *testing.T) {
	h := newHarness(t)
	h.deliver(annaRegisters(), msg{id: "u@x", from: anna, subject: "Skift", body: "...",
		reading: reading(tilmeld.IntentUpdate, tilmeld.StatusComplete, "anna@example.dk", person("", 3))})
	var texts []string
	for _, e := range h.history(1) {
		texts = append(texts, e.Kind+": "+e.Text)
	}
	got := strings.Join(texts, "\n")
	mustContain(t, "history", got,
		`mail: mail from anna@example.dk "Tilmelding": registered; now registered: Anna Jensen 2/4 other vegetarian`,
		"reply: receipt mail to anna@example.dk: SV: Tilmelding",
		`mail: mail from anna@example.dk "Skift": updated; now registered: Anna Jensen 3/4`,
		"reply: update mail to anna@example.dk: SV: Skift")
}

func TestIncompleteAnswerAsksAgainForWhatIsStillMissing(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "i1@x", from: anna, subject: "Tilmelding", body: "...",
		reading: incomplete("anna@example.dk", []string{"name", "workshop"}, person("Anna Jensen"), person(""))})
	ask := h.lastOut()
	h.deliver(msg{id: "i2@x", from: anna, subject: "SV: Tilmelding", inReplyTo: ask.MessageID, body: "...",
		reading: incomplete("anna@example.dk", []string{"workshop"}, person("Anna Jensen", 1, 2), person("Bo Jensen"))})
	again := h.lastOut()
	if again.Kind != KindClarify {
		t.Fatalf("answer %s, want clarify", again.Kind)
	}
	mustContain(t, "second clarification", again.Body, "Hvilken workshop", "Bo Jensen")
	if strings.Contains(again.Body, "Hvad hedder") {
		t.Errorf("asks again for a name it has:\n%s", again.Body)
	}
}

func TestSamePeopleFromAnotherSenderGoToReview(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "h1@x", from: anna, subject: "Tilmelding", body: "...",
		reading: registers("anna@example.dk", person("Anna Jensen", 2, 4), person("Bo Jensen", 1, 2))},
		msg{id: "h2@x", from: "Bo Jensen <bo@example.dk>", subject: "Tilmelding", body: "...",
			reading: registers("bo@example.dk", person("Bo Jensen", 1, 2), person("Anna Jensen", 2, 4))},
		msg{id: "h3@x", from: "Anna Berg <anna.berg@example.dk>", subject: "Tilmelding", body: "...",
			reading: registers("anna.berg@example.dk", person("Anna Berg", 3))})
	if n := len(h.regs()); n != 2 {
		t.Fatalf("%d registrations, want Anna's and Anna Berg's", n)
	}
	rv := h.reviews()
	if len(rv) != 1 || rv[0].Registration != 1 || rv[0].Mail != 2 {
		t.Errorf("reviews = %+v", rv)
	}
	if d := h.decision("h2@x"); d.Action != "review" {
		t.Errorf("action %s", d.Action)
	}
}

func TestCancellationNamingSomeoneElseGoesToReview(t *testing.T) {
	h := newHarness(t)
	h.deliver(annaRegisters(), msg{id: "c@x", from: anna, subject: "Afbud", body: "...",
		reading: reading(tilmeld.IntentCancel, tilmeld.StatusComplete, "anna@example.dk", person("Ahmed Said"))})
	if r := h.reg(1); r.Status != tilmeld.RegRegistered {
		t.Errorf("status %s", r.Status)
	}
	if rv := h.reviews(); len(rv) != 1 || !strings.Contains(rv[0].Reasons[0], "Ahmed Said") {
		t.Errorf("reviews = %+v", rv)
	}
	if got := h.lastOut().Kind; got != KindAck {
		t.Errorf("answer %s", got)
	}
}

// A withdrawal by first name ("både Bo og jeg") is unsure from the mail
// alone; the names on the sender's registration settle it. A name the
// registration does not hold still goes to staff, and nothing changes.
func TestCancelByFirstNameReadsTheRegistration(t *testing.T) {
	for _, c := range []struct {
		body   string
		action string
		status tilmeld.RegStatus
	}{
		{"Hej\n\nVi må desværre melde afbud, både Bo og jeg.\n\nMvh Anna Jensen", "cancelled", tilmeld.RegCancelled},
		{"Hej\n\nVi må desværre melde afbud, både Karen og jeg.\n\nMvh Anna Jensen", "review", tilmeld.RegRegistered},
	} {
		h := newHarness(t)
		h.deliver(msg{id: "p1@example.dk", from: anna, subject: "Tilmelding", body: "...",
			reading: registers("anna@example.dk", person("Anna Jensen", 1, 2), person("Bo Jensen", 2, 1))},
			msg{id: "p2@example.dk", from: anna, subject: "Afbud", body: c.body})
		r := h.regs()[0]
		var dec *store.Decision
		h.view(func(tx *store.Tx) error {
			m, err := tx.Mail(2)
			dec = m.Decision
			return err
		})
		if dec.Action != c.action || r.Status != c.status || len(r.Attendees) != 2 {
			t.Errorf("%q: %s, registration %s %+v; want %s, %s", c.body, dec.Action, r.Status, r.Attendees, c.action, c.status)
		}
	}
}

// "Workshop 3 i stedet for workshop 2", not in a thread: the registration
// says whether 2 was the 1st or the 2nd priority, and 3 takes its place.
func TestChangeInsteadOfKeepsTheOtherPriority(t *testing.T) {
	for _, c := range []struct {
		held, want []int
	}{{[]int{1, 2}, []int{1, 3}}, {[]int{2, 4}, []int{3, 4}}} {
		h := newHarness(t)
		h.deliver(msg{id: "p1@example.dk", from: anna, subject: "Tilmelding", body: "...",
			reading: registers("anna@example.dk", person("Anna Jensen", c.held...))},
			msg{id: "p2@example.dk", from: anna, subject: "Ændring",
				body: "Hej igen. Jeg vil gerne skifte til workshop 3 i stedet for workshop 2.\n\nAnna Jensen"})
		r := h.regs()[0]
		if got := r.Attendees[0].Choices; !slices.Equal(got, c.want) {
			t.Errorf("held %v: now %v, want %v", c.held, got, c.want)
		}
		if out := h.lastOut(); out.Kind != KindUpdate {
			t.Errorf("held %v: answered %s", c.held, out.Kind)
		}
	}
}
