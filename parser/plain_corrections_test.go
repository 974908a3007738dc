package parser

import (
	"strings"
	"testing"
)

// Corrections and removals in plain words, in answer to the bot's receipt
// or in a new mail: a workshop she meant, one taken back, a phone number
// that was wrong, someone struck off by name, "glem min sidste mail".

// corrReceipt is the bot's receipt for Ida Holm alone (2, then 4), with
// its contact line and closing words, as a reply quotes it.
const corrReceipt = "\n\nDen man. 14. sep. 2020 kl. 10.02 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej Ida,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020, tirsdag den 29. september 2020 kl. 16.30-19.30.\n>\n" +
	"> Vi har forstået din tilmelding sådan:\n>\n" +
	"> Ida Holm\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n>   2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n>   Kost: ingen særlige hensyn\n>\n" +
	"> Kontakt: sender@example.dk, tlf. +4522334455\n>\n> Er noget forkert, eller vil du ændre eller afmelde? Så svar blot på denne mail og skriv hvad.\n"

// corrReceipt2 is the same for Ida Holm (2, 4) and Bo Holm (1, 3).
var corrReceipt2 = strings.Replace(corrReceipt, ">   Kost: ingen særlige hensyn\n>\n",
	">   Kost: ingen særlige hensyn\n> Bo Holm\n>   1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n>   2. prioritet: Uddannelse & livschancer (nr. 3)\n>   Kost: ingen særlige hensyn\n>\n", 1)

// corrEnglish turns a receipt into the bot's English one.
var corrEnglish = strings.NewReplacer("Den man. 14. sep. 2020 kl. 10.02 skrev", "On Mon, 14 Sep 2020 at 10:02,", "<abc@bo-vest.dk>:", "<abc@bo-vest.dk> wrote:",
	"Hej Ida", "Dear Ida", "Tak for din tilmelding til", "Thank you for registering for", "Vi har forstået din tilmelding sådan:",
	"This is how we understood your registration:", "1. prioritet", "1st choice", "2. prioritet", "2nd choice", "(nr.", "(no.",
	"Kost: ingen særlige hensyn", "Diet: no special needs", "Kontakt:", "Contact:", "tlf.", "phone",
	"Er noget forkert, eller vil du ændre eller afmelde? Så svar blot på denne mail og skriv hvad.", "Is anything wrong, or do you want to change or cancel? Just answer this mail and tell us.")

// corrCase is a reply to the receipt q (Danish or English by en).
func corrCase(body, q string, en bool) blindCase {
	if en {
		return blindCase{body: body + "\n\nBest\nIda Holm" + corrEnglish.Replace(q), subject: "Re: Registration: Aktive boligområder i Albertslund efter 2020", headers: replyHeaders}
	}
	return blindCase{body: body + "\n\nHilsen\nIda Holm" + q, subject: "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020", headers: replyHeaders}
}

// "Slet venligst Bo", "Kan I fjerne Bo?", "Please remove Bo": the one
// named after a verb that strikes off is withdrawn, not the sender; so is
// the one named before "skal slettes". A name the reader cannot place, a
// "not" before the verb, or a workshop, a diet or anything but the list
// after the name is no such withdrawal.
func TestStrikeNamedOff(t *testing.T) {
	bo := "Bo Holm:-/-"
	var cases []blindCase
	for _, w := range []struct {
		body string
		en   bool
		want string
	}{
		{"I må gerne slette Bo", false, bo}, {"Kan I fjerne Bo?", false, bo}, {"Slet venligst Bo", false, bo},
		{"Slet venligst Bo, han er blevet syg", false, bo}, {"Bo skal slettes fra listen", false, bo},
		{"Fjern venligst Bo Holm fra tilmeldingen", false, bo}, {"Vil I fjerne Bo?", false, bo},
		{"I må gerne slette Bo, men behold mig", false, bo}, {"Slet Bo og mig", false, "Ida Holm:-/-; Bo Holm:-/-"},
		{"Bo skal ikke med alligevel", false, bo}, {"Bo er ikke med alligevel, men jeg kommer stadig", false, bo},
		{"Please remove Bo", true, bo}, {"Could you take Bo off the list?", true, bo}, {"Please take Bo off the list", true, bo},
		{"Please delete Bo from our registration", true, bo}, {"Bo should be removed from the list", true, bo},
		{"Please remove Bo, I'm still coming", true, bo},
	} {
		c := corrCase(w.body, corrReceipt2, w.en)
		c.intent, c.status, c.want = "cancel", "complete", w.want
		cases = append(cases, c)
	}
	// no withdrawal of Bo, and never of the sender
	for _, w := range []struct {
		body string
		en   bool
	}{
		{"Vil I ikke fjerne Bo?", false}, {"I må ikke slette Bo", false}, {"Kan I fjerne Bos vegetar?", false},
		{"Kan I fjerne Bo fra workshop 3 og sætte ham på 1?", false}, {"Husk at Bo kommer lidt senere", false},
		{"Please don't remove Bo", true}, {"I will take Bo with me", true},
	} {
		c := corrCase(w.body, corrReceipt2, w.en)
		c.notStatus = "complete"
		cases = append(cases, c)
	}
	// a name the reader cannot place, or a relation the thread does not name
	cases = append(cases, blindCase{body: "Kan I fjerne Bo?\n\nHilsen\nIda Holm", notStatus: "complete"})
	c := corrCase("Kan I slette min mand?", corrReceipt2, false)
	c.notStatus = "complete"
	cases = append(cases, c, blindCase{body: "Slet venligst Bo Holm fra listen\n\nHilsen\nIda Holm", intent: "cancel", status: "complete", want: bo})
	// "Bo kan ikke komme ..., så I må gerne fjerne ham" read already
	c = corrCase("Bo kan ikke komme alligevel, så I må gerne fjerne ham", corrReceipt2, false)
	c.intent, c.status, c.want = "cancel", "complete", bo
	runBlind(t, append(cases, c))
}

// "Jeg mente 3, ikke 2", "I wrote health but meant education", "Må jeg få
// uddannelse i stedet for beskæftigelse?": the workshop taken back gives
// its place in the receipt's order to the new one. Taken back from no
// receipt, or from one that does not hold it, or "jeg mente 3" alone
// under two choices, is for staff.
func TestCorrectionTakesOldPlace(t *testing.T) {
	var cases []blindCase
	for _, w := range []struct {
		body string
		en   bool
		want string
	}{
		{"Rettelse: jeg mente workshop 3, ikke 2", false, "Ida Holm:3/-"}, {"Rettelse: jeg mente workshop 3, ikke 4", false, "Ida Holm:-/3"},
		{"Jeg skrev sundhed, men jeg mente uddannelse", false, "Ida Holm:3/-"}, {"Jeg skrev beskæftigelse, men jeg mente uddannelse", false, "Ida Holm:-/3"},
		{"Jeg mente ikke workshop 2, men workshop 1", false, "Ida Holm:1/-"}, {"Jeg mente ikke workshop 4, men workshop 1", false, "Ida Holm:-/1"},
		{"Det skulle have været workshop 1 og ikke 2", false, "Ida Holm:1/-"}, {"Det skulle have været workshop 1 og ikke 4", false, "Ida Holm:-/1"},
		{"Må jeg få uddannelse i stedet for beskæftigelse?", false, "Ida Holm:-/3"}, {"Må jeg få uddannelse i stedet for sundhed?", false, "Ida Holm:3/-"},
		{"Kan jeg få workshop 1 i stedet for 2?", false, "Ida Holm:1/-"}, {"Jeg har skrevet forkert: det skal være workshop 3 og 1", false, "Ida Holm:3/1"},
		{"Undskyld, jeg har byttet om på dem: 4 er mit første valg og 2 mit andet", false, "Ida Holm:4/2"},
		{"Sorry, I meant workshop 3, not 2", true, "Ida Holm:3/-"}, {"Sorry, I meant workshop 1, not 4", true, "Ida Holm:-/1"},
		{"I wrote health but meant education", true, "Ida Holm:3/-"}, {"I wrote workshop 4 but meant workshop 3", true, "Ida Holm:-/3"},
		{"Can I have education instead of employment?", true, "Ida Holm:-/3"},
	} {
		c := corrCase(w.body, corrReceipt, w.en)
		c.intent, c.status, c.want = "update", "complete", w.want
		cases = append(cases, c)
	}
	for _, w := range []struct {
		body string
		en   bool
	}{
		// the receipt does not hold the one taken back
		{"Jeg mente workshop 3, ikke 1", false},
		// which of her two it replaces is unsaid
		{"Undskyld, jeg mente workshop 3", false}, {"Hov, jeg mente uddannelse", false}, {"Sorry, I meant workshop 3", true},
		{"I har skrevet forkert, det skal være 3", false},
		// a bare number after "mente" alone is not read as a choice (a new
		// registration that corrects itself would keep what it took back);
		// after "jeg skrev 4, men" see TestMeantBareNumber
		{"Undskyld, jeg mente 3, ikke 4", false},
	} {
		c := corrCase(w.body, corrReceipt, w.en)
		c.notStatus = "complete"
		cases = append(cases, c)
	}
	// no receipt to say which priority it was
	cases = append(cases, blindCase{body: "Rettelse til min tilmelding: jeg mente workshop 3, ikke 2\n\nHilsen\nIda Holm", intent: "update", notStatus: "complete"})
	runBlind(t, cases)
}

// In a new registration a correction that keeps what it took back ("Jeg
// vil gerne på sundhed. Hov, jeg mente uddannelse") or names fewer than
// it took back ("sundhed og job. Undskyld, jeg mente uddannelse") is for
// staff; one that says it all anew stands.
func TestNewRegistrationCorrected(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på sundhed. Hov, jeg mente uddannelse\n\nIda Holm", notStatus: "complete"},
		{body: "I'd like health. Oops, I meant education\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Jeg vil gerne på sundhed og job. Undskyld, jeg mente uddannelse\n\nIda Holm", notStatus: "complete"},
		{body: "Jeg vil gerne på workshop 2. Hov, jeg mente 1\n\nIda Holm", notStatus: "complete"},
		{body: "Workshop 2 og 3. Undskyld, jeg mente 4\n\nIda Holm", notStatus: "complete"},
		{body: "Jeg vil gerne på workshop 2 og 1. Nej vent, jeg har byttet rundt. Workshop 3 som første prioritet og 1 som anden.\n\nIda Holm",
			intent: "register", status: "complete", want: "Ida Holm:3/1"},
	})
}

// "Glem min sidste mail", "jeg skrev forkert i min tilmelding": with no
// thread, a registration that takes back an earlier mail may change one
// the bot holds, and goes to staff; under the receipt "glem min sidste
// mail" alone says nothing to act on.
func TestForgetLastMail(t *testing.T) {
	cases := []blindCase{
		{body: "Glem min sidste mail, jeg vil gerne have workshop 1 og 3 alligevel\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Jeg skrev forkert i min tilmelding i går. Det skal være workshop 4, ikke workshop 1.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Ignore my previous mail, I want workshop 1 and 3\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Please forget my last email. I typed it wrong: workshop 1 and 3\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// a plain registration stands
		{body: "Jeg vil gerne have workshop 1 og 3\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:1/3"},
	}
	for _, b := range []string{"Glem min sidste mail", "Glem min sidste mail. Bo kommer alligevel"} {
		c := corrCase(b, corrReceipt2, false)
		c.notStatus = "complete"
		cases = append(cases, c)
	}
	runBlind(t, cases)
}

// A phone number said to be wrong and given anew changes the contact
// alone; a name corrected, or someone put in another's place, is for
// staff.
func TestCorrectedPhoneAndName(t *testing.T) {
	var cases []blindCase
	for _, w := range []struct {
		body string
		en   bool
	}{
		{"Mit nummer er forkert, det skal være 22 33 44 56", false}, {"I har skrevet et forkert nummer. Det rigtige er 22 33 44 56", false},
		{"Mit telefonnummer står forkert, det er 22334456", false}, {"Rettelse: mit telefonnummer er 22 33 44 56", false},
		{"My phone number is wrong, it should be 22 33 44 56", true},
	} {
		c := corrCase(w.body, corrReceipt, w.en)
		c.intent, c.status = "update", "complete"
		cases = append(cases, c)
	}
	for _, w := range []struct {
		body string
		en   bool
	}{
		{"Mit nummer er stadig 22 33 44 55", false}, {"I har stavet mit navn forkert, det er Ida Holme", false},
		{"Min mand hedder Bjørn Holm, ikke Bo", false}, {"I må gerne slette Bo og skrive Karen Holm på i stedet", false},
		{"Karen Holm kommer i stedet for Bo", false}, {"Please replace Bo with Karen Holm", true},
	} {
		c := corrCase(w.body, corrReceipt2, w.en)
		c.notStatus = "complete"
		cases = append(cases, c)
	}
	runBlind(t, cases)
	for _, b := range []string{"Mit nummer er forkert, det skal være 22 33 44 56", "My phone number is wrong, it should be 22 33 44 56"} {
		c := corrCase(b, corrReceipt, strings.HasPrefix(b, "My"))
		if r := c.parse(); r.Contact.Phone != "+4522334456" {
			t.Errorf("%q: phone %q, want +4522334456", b, r.Contact.Phone)
		}
	}
}
