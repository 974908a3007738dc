package mailbot

import (
	"strings"
	"testing"

	"tilmeld"
)

// End-to-end: simple, clear mails read by the real parser.

func TestEndToEndRegistrationAndCancel(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "hanne-1@example.dk", from: "Hanne Larsen <hanne.larsen@example.dk>", subject: "Tilmelding",
		body: "Hej\r\n\r\nJeg vil gerne tilmelde mig netværksmødet.\r\nWorkshop 2 og 4.\r\nJeg er vegetar.\r\n\r\nMvh Hanne Larsen"})
	regs := h.regs()
	if len(regs) != 1 {
		t.Fatalf("%d registrations; decision %+v", len(regs), h.decision("hanne-1@example.dk"))
	}
	a := regs[0].Attendees[0]
	if a.Name != "Hanne Larsen" || a.First() != 2 || regs[0].Status != tilmeld.RegRegistered {
		t.Errorf("registration %+v", regs[0])
	}
	receipt := h.lastOut()
	if receipt.Kind != KindReceipt {
		t.Fatalf("answer %s", receipt.Kind)
	}
	mustContain(t, "receipt", receipt.Body, "Hanne Larsen", "Sundhed & trivsel (nr. 2)", "vegetar")

	h.deliver(msg{id: "hanne-2@example.dk", from: "Hanne Larsen <hanne.larsen@example.dk>", subject: "SV: Tilmelding",
		inReplyTo: receipt.MessageID, references: []string{"hanne-1@example.dk", receipt.MessageID},
		body: "Hej\r\n\r\nJeg må desværre melde afbud til mødet.\r\n\r\nMvh Hanne"})
	if r := h.reg(1); r.Status != tilmeld.RegCancelled {
		t.Errorf("status %s after cancelling; decision %+v", r.Status, h.decision("hanne-2@example.dk"))
	}
	if got := h.lastOut(); got.Kind != KindCancel || got.InReplyTo != "hanne-2@example.dk" {
		t.Errorf("answer %s in reply to %q", got.Kind, got.InReplyTo)
	}
}

func TestEndToEndAutoReplyGetsNothing(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "away@example.dk", from: "Ole Hansen <ole@example.dk>", subject: "Autosvar: Invitation",
		headers: []string{"Auto-Submitted: auto-replied"},
		body:    "Jeg er på ferie til og med 14. september og læser ikke mail."})
	if len(h.outbox()) != 0 || len(h.regs()) != 0 || len(h.reviews()) != 0 {
		t.Errorf("outbox %d, registrations %d, reviews %d", len(h.outbox()), len(h.regs()), len(h.reviews()))
	}
}

func TestEndToEndEnglish(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "john@example.com", from: "John Smith <john@example.com>", subject: "Registration",
		body: "Hello,\r\n\r\nI would like to register for the meeting. My first choice is workshop 3, my second is workshop 1.\r\n\r\nBest regards\r\nJohn Smith"})
	out := h.lastOut()
	if !strings.HasPrefix(out.Subject, "Re: ") || !strings.Contains(out.Body, "Dear John") {
		t.Errorf("answer %s %q:\n%s", out.Kind, out.Subject, out.Body)
	}
}

func TestEndToEndClarification(t *testing.T) {
	h := newHarness(t)
	from := "Mette Nielsen <mette@example.dk>"
	h.deliver(msg{id: "mette-1@example.dk", from: from, subject: "Tilmelding",
		body: "Hej\r\n\r\nJeg vil gerne tilmelde mig mødet den 29. september.\r\n\r\nMvh Mette Nielsen"})
	ask := h.lastOut()
	if ask.Kind != KindClarify {
		t.Fatalf("answer %s; decision %+v", ask.Kind, h.decision("mette-1@example.dk"))
	}
	h.deliver(msg{id: "mette-2@example.dk", from: from, subject: "SV: Tilmelding",
		inReplyTo: ask.MessageID, references: []string{"mette-1@example.dk", ask.MessageID},
		body: "Hej\r\n\r\nJeg vil gerne workshop 3 og 1.\r\n\r\nMvh Mette Nielsen"})
	regs := h.regs()
	if len(regs) != 1 || regs[0].Status != tilmeld.RegRegistered || regs[0].Attendees[0].First() != 3 {
		t.Fatalf("registrations %+v; decision %+v", regs, h.decision("mette-2@example.dk"))
	}
	if got := h.lastOut(); got.Kind != KindReceipt {
		t.Errorf("answer %s", got.Kind)
	}
}
