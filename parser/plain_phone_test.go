package parser

import (
	"testing"

	"tilmeld"
)

// Plain mail as it is written on a phone or by someone who writes little:
// small letters, no full stops, learner's Danish, odd phone numbers.

// A person named in small letters where the words around say a name
// stands ("min mand per", "han hedder per", "jeg og per"): right after the
// relation the reader takes the name as it would a capitalised one; where
// it does not, she is no attendee and staff read the mail (the reading
// lost her, or would ask for the name she gave).
func TestSmallLetterNameMissing(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "jeg og min mand per vi vil sundhed og job\n\nHilsen\nIda Holm", status: "review"},
		{body: "mig og min mand per sundhed og job\n\nHilsen\nIda Holm", status: "review"},
		{body: "jeg og per kommer workshop 2 og 4\n\nHilsen\nIda Holm", status: "review"},
		{body: "ida og per holm workshop 1 og 2\n\nHilsen\nIda Holm", status: "review"},
		{body: "jeg og min søn ali kommer workshop 2 og 4\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Ali:2/4"},
		{body: "min mand per og jeg kommer sundhed\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/-; Per:2/-"},
		{body: "hej jeg og min mand per vil gerne med nr 2 og 3\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3; Per:2/3"},
		{body: "jeg og min mand per holm vil gerne med nr 2 og 3\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3; Per Holm:2/3"},
		{body: "min kone hedder fatma og vi vil begge gerne på 2 og 3\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3; Fatma:2/3"},
		// a word shaped as a verb the reader does not take: staff
		{body: "min mand arbejder og jeg kommer på sundhed\n\nHilsen\nIda Holm", notStatus: "complete"},
		// a Danish mail's word in "-ed" is a name (TestSmallNameInEd)
		{body: "min søn ahmed og jeg vil gerne på 2 og 3\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3; Ahmed:2/3"},
		{body: "jeg kommer med min datter sara, workshop 3\n\nHilsen\nIda Holm", status: "incomplete", want: "Ida Holm:3/-; Sara:-/-"},
		{body: "jeg tager min veninde med hun hedder fatima ali vi vil begge sundhed\n\nHilsen\nIda Holm", status: "review"},
		{body: "vi kommer 2 personer ida og per begge sundhed\n\nHilsen\nIda Holm", status: "review"},
		{body: "hej jeg vil gerne vaere med workshop 3 og 1 min mand ogsaa han hedder per\n\nHilsen\nIda Holm", status: "review"},
		{body: "ws 2 til mig og ws 3 til min mand per holm\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/-; Per Holm:3/-"},
		{body: "me and my wife sara come workshop 2\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/-; Sara:2/-"},
		{body: "i will come with my friend john smith, workshop 1 and 2\n\nBest\nIda Holm", subject: "Registration", status: "incomplete", want: "Ida Holm:1/2; John Smith:-/-"},
		{body: "my son lucas and i come workshop 2\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/-; Lucas:2/-"},
		{body: "my husband tom and i would like 2 and 3\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3; Tom:2/3"},
		// a verb or a word of the language after the relation is no name
		{body: "jeg kommer workshop 2 og 3 min nabo fortalte mig om det\n\nHilsen\nIda Holm", notStatus: "review"},
		{body: "Min veninde sendte mig jeres invitation. Jeg vil gerne på workshop 2 og 3.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "jeg og nogle naboer har talt om det, jeg vil gerne workshop 1\n\nHilsen\nIda Holm", notStatus: "review"},
		{body: "jeg og sundhed\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "jeg vil gerne workshop 2 og jeg spiser ikke svin\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "jeg hedder ida holm workshop 2 og 3", from: "", status: "complete", want: "Ida Holm:2/3"},
		{body: "jeg kommer workshop 2 og min kollega Per Holm workshop 3\n\nHilsen\nIda Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-; Per Holm:3/-"},
		{body: "Jeg vil gerne deltage i workshop 2 og 3. Min mand passer børnene.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "A neighbour forwarded me your invitation. I would like workshop 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/-"},
		{body: "Workshop 2 please, my husband works that evening\n\nBest\nIda Holm", subject: "Registration", notStatus: "review"},
		{body: "jeg komme workshop 2 min mand sukkersyg\n\nHilsen\nIda Holm", notStatus: "review"},
		{body: "Me and my sister want to come, workshop 2 for both.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
	})
}

// A phone number right after another number, a workshop or a time, with
// nothing but a space between ("workshop 2 20304050", "kl 16 20 30 40 50"),
// is still her number; the number before it stays what it was.
func TestPhoneAfterNumber(t *testing.T) {
	for _, c := range []struct{ body, phone, want string }{
		{"tilmeld mig workshop 2 20304050 ring efter kl 16", "+4520304050", "Ida Holm:2/-"},
		{"tilmeld mig nr 2 20304050 ring efter kl 16", "+4520304050", "Ida Holm:2/-"},
		{"workshop 2 ring efter kl 16 20304050", "+4520304050", "Ida Holm:2/-"},
		{"workshop 2 og 3 20 30 40 50", "+4520304050", "Ida Holm:2/3"},
		{"jeg komme workshop 2 kl 16 2030 4050", "+4520304050", "Ida Holm:2/-"},
		{"workshop 4 og 1 +45 20 30 40 50", "+4520304050", "Ida Holm:4/1"},
		// numbers that are no phone stay none
		{"workshop 2 og 3 d 29 09 2020", "", "Ida Holm:2/3"},
		{"workshop 2 og 3 afd 12 2620", "", "Ida Holm:2/3"},
		{"workshop 2 og 3 den 29 09 2020\ntlf 20 30 40 50", "+4520304050", "Ida Holm:2/3"},
		{"workshop 2 og 3 d 2020 09 29", "", "Ida Holm:2/3"},
		{"workshop 2 og 3 tlf 20 30 2020", "+4520302020", "Ida Holm:2/3"},
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", c.body+"\n\nHilsen\nIda Holm")
		if r.Contact.Phone != c.phone || choices(r) != c.want || r.Status != tilmeld.StatusComplete {
			t.Errorf("%q: got %s %s phone %q, want complete %s phone %q (%v)", c.body, r.Status, choices(r), r.Contact.Phone, c.want, c.phone, r.Reasons)
		}
	}
}

// Closing words inside a one-line mail, with only a name (and perhaps her
// number) after them to the line's end, sign it as a closing on its own
// line does: the name is the sender's, not a second person or none.
func TestClosingInsideTheLine(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "jeg vil med til beskeftigelse mvh ida holm", from: "ida@example.dk", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/-"},
		{body: "workshop 2 og 3 mvh Ida Holm", from: "ida@example.dk", status: "complete", want: "Ida Holm:2/3"},
		{body: "jeg melder mig til workshop 2 og 3 tlf 20304050 mvh ida holm", from: "ida@example.dk", status: "complete", want: "Ida Holm:2/3"},
		{body: "jeg melder mig til workshop 2 og 3 mvh ida holm 20304050", from: "ida@example.dk", status: "complete", want: "Ida Holm:2/3"},
		{body: "workshop 2 og 3 mange tak Ida Holm", from: "ida@example.dk", status: "complete", want: "Ida Holm:2/3"},
		{body: "i want workshop 2 regards john smith", from: "js@example.com", subject: "Registration", status: "complete", want: "John Smith:2/-"},
		// closing words with more than a name after them sign nothing
		{body: "workshop 2 og 3 tak for invitationen", from: "ida@example.dk", status: "incomplete", missing: []string{"name"}},
	})
}

// "workshop" typed by ear or in haste ("workshp", "vorkshop", "værkshop")
// heads its number as the word itself does; the mail is a registration.
func TestWorkshopMisspelt(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "jeg vil gerne workshp 2", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"},
		{body: "jeg vil gerne worksop 3 og 1", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/1"},
		{body: "jeg komme vorkshop 4 tak", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/-"},
		{body: "tilmelding wokshop 2 og 3", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"},
		{body: "jeg vil gerne værkshop 2", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"},
		// a workshop spelt right reads as before
		{body: "jeg vil gerne workshop 2 og 4", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"},
	})
}

// An allergy and what it is to with no "over for" between ("allergi
// nødder", "allergisk rejer"), and "sukker syg" in two words, as a learner
// writes them, are the diet they name.
func TestLearnerDiet(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "jeg komme workshop 2 allergi nødder", status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: "jeg komme workshop 2 allergisk nodder", status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: "jeg komme workshop 2 allergi fisk", status: "complete", diet: "Ida Holm=fish_allergy"},
		{body: "jeg komme workshop 2 allergisk rejer", status: "complete", diet: "Ida Holm=shellfish_allergy"},
		{body: "jeg komme workshop 2 allergi æg", status: "complete", diet: "Ida Holm=egg_allergy"},
		{body: "jeg komme workshop 2 sukker syg", status: "complete", diet: "Ida Holm=diabetic"},
		// no allergy, or one taken back, adds nothing
		{body: "jeg komme workshop 2 ingen allergi", status: "complete", diet: "Ida Holm="},
		{body: "jeg komme workshop 2 ikke sukker syg", notStatus: "complete"},
	})
}

// "bor nr 2" with no "i" or "på", as a learner writes it, is where she
// lives: the number is no workshop.
func TestLivesAtNumber(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "workshop 3 jeg bor nr 2", status: "complete", want: "Ida Holm:3/-"},
		{body: "jeg bor nr 14 workshop 2 og 3", status: "complete", want: "Ida Holm:2/3"},
		{body: "workshop 3 og 1 jeg bor nr. 4 st th", status: "complete", want: "Ida Holm:3/1"},
		// "nr" after a choice is still a workshop
		{body: "workshop 3 og nr 2", status: "complete", want: "Ida Holm:3/2"},
		{body: "jeg vil gerne nr 3 og nr 2", status: "complete", want: "Ida Holm:3/2"},
	})
}

// A full name in small letters alone on a line, from a bare address that
// holds it ("fatima ali" from fatima.a@...), is the sender's: the bot must
// not ask for the name she wrote.
func TestSmallNameLineAddress(t *testing.T) {
	for _, c := range []struct{ body, addr, want string }{
		{"fatima ali\nworkshop 2 og 3", "fatima.a@example.dk", "Fatima Ali:2/3"},
		{"workshop 2 og 3\nfatima ali", "fatima.a@example.dk", "Fatima Ali:2/3"},
		{"workshop 2 og 3\nfatima ali", "fatimaali1970@example.dk", "Fatima Ali:2/3"},
		// an address that does not hold the name vouches for nothing
		{"workshop 2 og 3\nfatima ali", "bo.vest@example.dk", ":2/3"},
		{"workshop 2 og 3\nfatima ali", "ali.hassan@example.dk", ":2/3"},
	} {
		raw := "From: " + c.addr + "\r\nTo: abc@bo-vest.dk\r\nSubject: Tilmelding\r\nMessage-ID: <k@example.dk>\r\n" +
			"Date: Mon, 14 Sep 2020 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + c.body
		if r := Parse([]byte(raw), testEvent); choices(r) != c.want {
			t.Errorf("%q from %s: got %s %s, want %s (%v)", c.body, c.addr, r.Status, choices(r), c.want, r.Reasons)
		}
	}
}
