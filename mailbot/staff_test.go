package mailbot

import (
	"errors"
	"strings"
	"testing"

	"tilmeld"
	"tilmeld/store"
)

func (h *harness) update(fn func(tx *store.Tx) error) {
	h.t.Helper()
	if err := h.bot.DB.Update(fn); err != nil {
		h.t.Fatal(err)
	}
}

func phoneRegistration() *tilmeld.Registration {
	return &tilmeld.Registration{Contact: tilmeld.Contact{Email: "fatima@example.dk", Phone: "+4540404040"},
		Attendees: []tilmeld.Attendee{person("Fatima Ali", 3, 4)}, Language: "da"}
}

func TestStaffRegisterBeforeDeadline(t *testing.T) {
	h := newHarness(t)
	r := phoneRegistration()
	h.update(func(tx *store.Tx) error { return h.bot.StaffRegister(tx, r, "karin") })
	if r.ID == 0 || r.Status != tilmeld.RegRegistered {
		t.Fatalf("registration %+v", r)
	}
	out := h.lastOut()
	if out.Kind != KindReceipt || out.To != "fatima@example.dk" || out.Registration != r.ID {
		t.Errorf("mail %s to %s", out.Kind, out.To)
	}
	mustContain(t, "receipt", out.Body, "Fatima Ali", "Uddannelse & livschancer (nr. 3)")
	hist := h.history(r.ID)
	if len(hist) == 0 || hist[0].Who != "karin" || hist[0].Kind != "staff" {
		t.Errorf("history = %+v", hist)
	}
}

func TestStaffRegisterAfterAllocationPlaces(t *testing.T) {
	h := newHarness(t)
	h.pastDeadline()
	h.tick()
	r := phoneRegistration()
	h.update(func(tx *store.Tx) error { return h.bot.StaffRegister(tx, r, "karin") })
	if r.Attendees[0].Workshop != 3 || !r.Late {
		t.Errorf("registration %+v", r)
	}
	if out := h.lastOut(); out.Kind != KindPlacement || len(out.Attachments) != 1 {
		t.Errorf("mail %s", out.Kind)
	}
}

func TestStaffRegisterWithoutAddressAsksStaffToTell(t *testing.T) {
	h := newHarness(t)
	h.pastDeadline()
	h.tick()
	r := phoneRegistration()
	r.Contact.Email = ""
	h.update(func(tx *store.Tx) error { return h.bot.StaffRegister(tx, r, "karin") })
	if len(h.outbox()) != 0 {
		t.Error("a mail was queued without an address")
	}
	if rv := h.reviews(); len(rv) != 1 || !strings.Contains(rv[0].Reasons[0], "tell them another way") {
		t.Errorf("reviews = %+v", rv)
	}
}

func TestStaffCancelPromotes(t *testing.T) {
	h := newHarness(t)
	h.capacities(1, 0, 0, 0)
	h.deliver(regMail("a@x", "a@example.dk", person("Anna", 1)), regMail("b@x", "b@example.dk", person("Bo", 1)))
	h.pastDeadline()
	h.tick()
	h.update(func(tx *store.Tx) error { return h.bot.StaffCancel(tx, 1, "karin") })
	if h.reg(1).Status != tilmeld.RegCancelled || h.reg(2).Attendees[0].Workshop != 1 {
		t.Errorf("after cancel: %+v / %+v", h.reg(1), h.reg(2))
	}
	if len(h.outOf(KindCancel)) != 1 || len(h.outOf(KindPromoted)) != 1 {
		t.Errorf("cancel %d, promoted %d", len(h.outOf(KindCancel)), len(h.outOf(KindPromoted)))
	}
	mustContain(t, "cancel", h.outOf(KindCancel)[0].Body, "Din tilmelding er annulleret")
}

func TestStaffUpdateConfirmsAndRecordsWho(t *testing.T) {
	h := newHarness(t)
	h.deliver(annaRegisters())
	r := h.reg(1)
	r.Attendees[0].Choices = []int{1, 3}
	h.update(func(tx *store.Tx) error { return h.bot.StaffUpdate(tx, r, "karin", "1. prioritet sat til 1") })
	if got := h.reg(1).Attendees[0].Choices; got[0] != 1 {
		t.Errorf("choices %v", got)
	}
	out := h.lastOut()
	if out.Kind != KindUpdate {
		t.Errorf("mail %s", out.Kind)
	}
	mustContain(t, "update", out.Body, "Naboskab, netværk & tryghed (nr. 1)")
	hist := h.history(1)
	last := hist[len(hist)-2] // the staff entry, then the reply
	if last.Who != "karin" || last.Text != "1. prioritet sat til 1" {
		t.Errorf("history = %+v", hist)
	}
}

func TestStaffReplyThreadsOnTheMail(t *testing.T) {
	h := newHarness(t)
	r := reading(tilmeld.IntentQuestion, tilmeld.StatusReview, "anna@example.dk")
	h.deliver(msg{id: "q@example.dk", from: anna, subject: "Parkering", body: "Er der parkering?", reading: r})
	h.update(func(tx *store.Tx) error { return h.bot.StaffReply(tx, 1, "Ja, der er parkering ved hallen.", "karin") })
	out := h.lastOut()
	if out.Kind != KindStaff || out.To != "anna@example.dk" || out.Subject != "SV: Parkering" || out.InReplyTo != "q@example.dk" {
		t.Errorf("reply %s to %s %q in reply to %q", out.Kind, out.To, out.Subject, out.InReplyTo)
	}
	mustContain(t, "staff reply", out.Body, "Hej Anna,", "Ja, der er parkering ved hallen.")
}

func TestStaffReplyRefusesAutomaticAddress(t *testing.T) {
	h := newHarness(t)
	h.deliver(msg{id: "q@x", from: "noreply@example.dk", subject: "?", body: "?",
		reading: reading(tilmeld.IntentOther, tilmeld.StatusReview, "")})
	err := h.bot.DB.Update(func(tx *store.Tx) error { return h.bot.StaffReply(tx, 1, "Hej", "karin") })
	if !errors.Is(err, ErrNoAddress) {
		t.Errorf("err = %v, want ErrNoAddress", err)
	}
}
