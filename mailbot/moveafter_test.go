package mailbot

import (
	"strings"
	"testing"

	"tilmeld"
)

// A plain answer to the placement that asks for another workshop, read by
// the real parser: the bot moves the sender when the room has a free seat,
// keeps her seat and says so when it has none, and leaves a complaint to
// staff.
func TestMoveAnswersThePlacement(t *testing.T) {
	for _, c := range []struct {
		body   string
		seat   int    // Anna's workshop afterwards
		kind   string // the bot's answer
		review bool
		says   string
	}{
		{"Kan jeg flytte til workshop 1?", 1, KindUpdate, false, "Naboskab, netværk & tryghed (nr. 1)"},
		{"Må jeg skifte til 1?", 1, KindUpdate, false, "Naboskab, netværk & tryghed (nr. 1)"},
		{"Jeg vil hellere på 3 i stedet.", 4, KindUpdate, false, "beholder den plads"},
		{"Hvorfor fik jeg ikke workshop 2? Jeg havde valgt den.", 4, KindAck, true, ""},
	} {
		h := newHarness(t)
		h.capacities(5, 1, 1, 5)
		// Bo takes the one seat on 2, Carl the one on 3; Anna, who wished 2
		// and 4, gets 4
		h.deliver(regMail("b@x", "Bo <bo@example.dk>", person("Bo Hansen", 2, 1)), regMail("c@x", "Carl <carl@example.dk>", person("Carl Berg", 3)), annaRegisters())
		h.pastDeadline()
		h.tick()
		var placed string
		for _, m := range h.outOf(KindPlacement) {
			if m.To == "anna@example.dk" {
				placed = m.Body
				mustContain(t, "Anna's placement", placed, "Anna Jensen: Beskæftigelse & opkvalificering (nr. 4)")
				h.deliver(msg{id: "m1@example.dk", from: anna, subject: "Re: " + m.Subject, inReplyTo: m.MessageID, references: []string{m.MessageID},
					body: c.body + "\n\nAnna\n\nDen tir. 22. sep. 2020 kl. 08.00 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n\n> " +
						strings.ReplaceAll(strings.TrimRight(placed, "\n"), "\n", "\n> ")})
			}
		}
		if placed == "" {
			t.Fatal("no placement for Anna")
		}
		var r *tilmeld.Registration
		for _, g := range h.regs() {
			if g.Attendees[0].Name == "Anna Jensen" {
				r = g
			}
		}
		if got := r.Attendees[0].Workshop; got != c.seat {
			t.Errorf("%q: Anna sits in %d, want %d", c.body, got, c.seat)
		}
		out := h.lastOut()
		if out.Kind != c.kind || (len(h.reviews()) > 0) != c.review {
			t.Errorf("%q: answered %s, %d reviews", c.body, out.Kind, len(h.reviews()))
		}
		if c.says != "" {
			mustContain(t, c.body, out.Body, c.says)
		}
	}
}
