package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifth blind set showed the reader wrong on, each in
// several wordings of our own, through Parse with the gate.

// 1. The sender registers someone else and does not come herself, or adds
// someone to the registration she made before: she is no attendee.
func TestSenderNotAttending(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne tilmelde en borger, Hassan Abdi, til netværksmødet. Han ønsker workshop 4 og ellers 3.\nJeg deltager ikke selv.\nMvh\nMette Kruse\nJobkonsulent, Jobcenter Albertslund\nMobil 22 33 44 55\nHovednummer 43 68 68 68",
			from: "Mette Kruse", status: "complete", want: "Hassan Abdi:4/3", intent: tilmeld.IntentRegister},
		{body: "Hej\nHermed tilmelding af beboer Amina Yusuf til workshop 2, 2. prioritet workshop 1. Jeg kommer ikke selv.\nVenlig hilsen\nLene Vang\nBoligsocial medarbejder",
			from: "Lene Vang", status: "complete", want: "Amina Yusuf:2/1"},
		{body: "Hej\nJeg tilmelder hermed Omar Said, som gerne vil i workshop 3. Selv kan jeg ikke den dag.\nMvh Lene Vang",
			from: "Lene Vang", status: "complete", want: "Omar Said:3/-"},
		{body: "Hi\nI would like to register Ahmed Nur for workshop 4, second choice 2. I will not attend myself.\nBest regards\nLene Vang",
			from: "Lene Vang", status: "complete", want: "Ahmed Nur:4/2"},
		{body: "Hej\nJeg tilmeldte mig for et stykke tid siden. Nu vil min mand Thuy Dang også gerne med, han vil gerne i workshop 1 og ellers 2.\nMvh Khanh Ho",
			from: "Khanh Ho", status: "complete", want: "Thuy Dang:1/2", intent: tilmeld.IntentUpdate},
		{body: "Hej igen\nJeg er allerede tilmeldt, men min nabo Zeynep Arslan vil også gerne komme. Hun ønsker workshop 2, ellers 4.\nHilsen Mustafa Arslan",
			from: "Mustafa Arslan", status: "complete", want: "Zeynep Arslan:2/4", intent: tilmeld.IntentUpdate},
		{body: "Tak for kvitteringen. Min mand Ole Berg vil også gerne tilmeldes, workshop 3 og 1.\nMvh Grete Berg",
			from: "Grete Berg", headers: replyHeaders, status: "complete", want: "Ole Berg:3/1", intent: tilmeld.IntentUpdate},
		{body: "Hi again\nI registered a couple of weeks ago. My neighbour Sara Holt would also like to come, workshop 2 and otherwise 1.\nBest\nAnn Fox",
			from: "Ann Fox", status: "complete", want: "Sara Holt:2/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nMin mand Bo Lind vil også gerne med. Han ønsker workshop 4 og ellers 1.\nMvh Eva Lind\n\nDen 10. sep. 2020 skrev abc@bo-vest.dk:\n> Kære Eva Lind\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020.\n> Vi har forstået din tilmelding sådan:\n> Eva Lind: workshop 2\n",
			from: "Eva Lind", subject: "Re: Tilmelding", headers: replyHeaders, status: "complete", want: "Bo Lind:4/1", intent: tilmeld.IntentUpdate},
		// Without anyone else named, "ikke selv" is no sign-up of others.
		{body: "Jeg kan desværre ikke komme alligevel.\nMvh Lene Vang", from: "Lene Vang", intent: tilmeld.IntentCancel},
		// Someone else is registered but unplaced: the sender is still no attendee.
		{body: "Hej\nJeg vil gerne tilmelde beboer Ali Omar. Jeg deltager ikke selv.\nMvh Lene Vang", from: "Lene Vang",
			status: "incomplete", want: "Ali Omar:-/-", missing: []string{"workshop"}},
	})
	// Her own mobile, not the office's switchboard, is the contact's.
	r := parseMail("Mette Kruse", "Tilmelding", "", "Hej\nJeg tilmelder borger Hassan Abdi til workshop 4, ellers 3. Jeg kommer ikke selv.\n"+
		"Mvh\nMette Kruse\nJobkonsulent\nHovednummer: 43 68 68 68\nMobil: 22 33 44 55\n")
	if r.Contact.Phone != "+4522334455" || r.Contact.Email != "sender@example.dk" || choices(r) != "Hassan Abdi:4/3" {
		t.Errorf("contact %+v, attendees %s (%v)", r.Contact, choices(r), r.Reasons)
	}
}
