package parser

import "testing"

// Misreadings left open by earlier rounds, each in several wordings of our
// own and with near-misses that must not change.

// "Jeg skrev 2, men mente 3", "I wrote 2 but meant 3": under the receipt
// the bare number after the verb of meaning takes the place the one she
// wrote held there. A number the receipt does not hold, one it holds in
// the other place, or no receipt to say the place, is for staff.
func TestMeantBareNumber(t *testing.T) {
	var cases []blindCase
	for _, w := range []struct {
		body string
		en   bool
		want string
	}{
		{"Jeg skrev 2, men mente 3", false, "Ida Holm:3/-"},
		{"Jeg skrev 4, men jeg mente 3", false, "Ida Holm:-/3"},
		{"Hov, jeg kom til at skrive 4, men jeg mente 1.", false, "Ida Holm:-/1"},
		{"Hov, jeg skrev 2 men jeg mente 1", false, "Ida Holm:1/-"},
		{"I wrote 2 but meant 3", true, "Ida Holm:3/-"},
		{"Sorry, I wrote 4 but I meant 1.", true, "Ida Holm:-/1"},
	} {
		c := corrCase(w.body, corrReceipt, w.en)
		c.intent, c.status, c.want = "update", "complete", w.want
		cases = append(cases, c)
	}
	for _, w := range []struct {
		body string
		en   bool
	}{
		{"Jeg skrev 3, men mente 1", false},          // the receipt holds no 3
		{"Jeg skrev 2, men mente 4", false},          // 4 is her 2nd already
		{"Jeg skrev 2, men mente 7", false},          // no workshop 7
		{"Jeg skrev 2, men mente 3 personer", false}, // a count, no workshop
		{"I wrote 2 but meant 2 people", true},
	} {
		c := corrCase(w.body, corrReceipt, w.en)
		c.notStatus = "complete"
		cases = append(cases, c)
	}
	// no receipt to say which priority 2 was
	cases = append(cases, blindCase{body: "Jeg skrev 2, men mente 3\n\nHilsen\nIda Holm", subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		blindCase{body: "Jeg skrev 2, men mente 3\n\nHilsen\nIda Holm", notStatus: "complete"})
	runBlind(t, cases)
}
