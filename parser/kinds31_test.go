package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirty-first look at unseen mail showed the reader
// wrong on (A-G), each in several wordings of our own, through Parse with
// the gate.

// A (wrong complete). The event's own name written in two ("netværks
// mødet", "netværk-mødet", "netværks arrangementet") names the meeting,
// not workshop 1; the alias alone still does.
func TestEventNameSplitIsNoChoice(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg kommer gerne til netværks mødet. Workshop 3.\nMvh Ida Berg", from: "Ida Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Berg:3/-"}},
		{blindCase: blindCase{body: "Tilmelding til netværks-mødet den 29. Jeg vælger sundhed og så job.\nIda Berg", from: "Ida Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Berg:2/4"}},
		{blindCase: blindCase{body: "Vi ses til netværk mødet! Helst uddannelse.\nIda", from: "Ida Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Berg:3/-"}},
		{blindCase: blindCase{body: "Hermed tilmelding til netværks arrangementet, workshop 4 og 2\nIda Berg", from: "Ida Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Berg:4/2"}},
		{blindCase: blindCase{body: "Jeg glæder mig til netværk - mødet. Workshop 2 og 1 tak.", from: "Ida Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Berg:2/1"}},
		{blindCase: blindCase{body: "I look forward to the neighbourhood meeting. Workshop 3 please.", from: "Ida Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Berg:3/-"}},
		// near-misses: the alias is the choice
		{blindCase: blindCase{body: "Jeg vil gerne være med i netværk og tryghed", from: "Ida Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Berg:1/-"}},
		{blindCase: blindCase{body: "Workshop: netværk. Ellers sundhed.", from: "Ida Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Berg:1/2"}},
		{blindCase: blindCase{body: "Jeg vælger netværk. Mødet glæder jeg mig til.", from: "Ida Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Berg:1/-"}},
	})
}

// B (wrong complete). "kan ikke komme" said of what the sender asks about
// ("uden tolk", "ellers", "hvis der ikke er", "without it", "komme op ad
// trapper") withdraws nobody: a question for staff.
func TestCannotComeWithoutIt(t *testing.T) {
	q := func(body string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"}
	}
	runChecked(t, []checkedCase{
		q("Hej\nEr der tolk på mødet? Uden tolk kan jeg ikke følge med og kan ikke komme.\nMvh Ida Holm"),
		q("Hej, kan man parkere ved stedet? Jeg går dårligt, så ellers kan jeg ikke deltage."),
		q("Er der elevator? Jeg sidder i kørestol og kan ikke komme op ad trapper."),
		q("Is there a crèche? I have no one to mind my kids, so I can't come without it."),
		q("Hej\nKan jeg få en tolk til mødet? Hvis der ikke er tolk, kan jeg ikke deltage.\nHilsen Ida Holm"),
		q("Hej. Er der tolk til arabisk? Jeg forstår ikke dansk så godt, og jeg kan ikke deltage uden."),
		q("Hello, will there be childcare? I can't attend unless someone can look after my son."),
		q("Hej\nEr der børnepasning? Jeg har ingen til at passe børnene, så ellers kan jeg desværre ikke komme."),
		// near-misses: a withdrawal, and a permission beside choices
		{blindCase: blindCase{body: "Jeg kan desværre ikke komme alligevel. Får vi et referat bagefter?",
			intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Jeg kan ikke komme uden min søn – må han komme med? Vi vil begge sundhed.",
			intent: tilmeld.IntentRegister, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hvis I undrer jer: jeg kan ikke komme alligevel. Er der et referat?",
			intent: tilmeld.IntentCancel, status: "complete"}, asks: "yes"},
	})
}

// C (wrong complete). "Vi melder afbud for A og B": the "vi" is the voice
// of the mail; only those after "for" are withdrawn.
func TestCancelForOthersOnly(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nVi må desværre melde afbud for Sara Holm og Ali Demir.\nMvh Jonas Lind", from: "Jonas Lind",
			intent: tilmeld.IntentCancel, status: "complete", want: "Sara Holm:-/-; Ali Demir:-/-"}},
		{blindCase: blindCase{body: "Hej\nVi melder fra for vores to deltagere: Per Nyborg og Lis Krogh.\nVenlig hilsen", from: "Boligforeningen Vesthaven",
			intent: tilmeld.IntentCancel, status: "complete", want: "Per Nyborg:-/-; Lis Krogh:-/-"}},
		{blindCase: blindCase{body: "Vi er nødt til at aflyse for alle fire fra klubben: Anne Berg, Bo Dahl, Carl Eskildsen og Dorte Falk.", from: "Jonas Lind",
			intent: tilmeld.IntentCancel, status: "complete", want: "Anne Berg:-/-; Bo Dahl:-/-; Carl Eskildsen:-/-; Dorte Falk:-/-"}},
		{blindCase: blindCase{body: "Hi\nWe have to cancel for Sara Holm and Ali Demir, they are ill.\nJonas", from: "Jonas Lind",
			intent: tilmeld.IntentCancel, status: "complete", want: "Sara Holm:-/-; Ali Demir:-/-"}},
		// near-misses: the sender is withdrawn too
		{blindCase: blindCase{body: "Vi melder afbud, både mig og Sara Holm.", from: "Jonas Lind",
			intent: tilmeld.IntentCancel, status: "complete", want: "Jonas Lind:-/-; Sara Holm:-/-"}},
		{blindCase: blindCase{body: "Jeg melder afbud, og det gælder også Sara Holm.", from: "Jonas Lind",
			intent: tilmeld.IntentCancel, status: "complete", want: "Jonas Lind:-/-; Sara Holm:-/-"}},
		{blindCase: blindCase{body: "Vi kan ikke komme (min kone og jeg).", from: "Jonas Lind",
			intent: tilmeld.IntentCancel, status: "review"}},
	})
}

// D (wrong complete). "Første/anden workshop" with a workshop named after
// it, or after "som", "min", "as my", is the rank of that workshop; with
// nothing named it stays a place on the list.
func TestOrdinalWorkshopIsRank(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Første workshop: job. Anden workshop: uddannelse.", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:4/3"}},
		{blindCase: blindCase{body: "Anden workshop: sundhed. Første workshop: job.", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:4/2"}},
		{blindCase: blindCase{body: "Min første workshop er tryghed, min anden workshop er sundhed.", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:1/2"}},
		{blindCase: blindCase{body: "Helst workshop om arbejde, og som anden workshop den om skole.", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:4/3"}},
		{blindCase: blindCase{body: "First workshop: health, second workshop: jobs.", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:2/4"}},
		{blindCase: blindCase{body: "Jobs as my first workshop, education as my second workshop.", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:4/3"}},
		{blindCase: blindCase{body: "Jeg vil gerne deltage.\nFørste workshop: job", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:4/-"}},
		{blindCase: blindCase{body: "første workshop 3, anden workshop 1", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:3/1"}},
		// near-misses: a place on the list
		{blindCase: blindCase{body: "Jeg tager den første workshop på listen og den sidste.", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:1/4"}},
		{blindCase: blindCase{body: "Jeg vil gerne den anden workshop.", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:2/-"}},
		{blindCase: blindCase{body: "I'd like the second workshop on the list.", from: "Bo Vang",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Vang:2/-"}},
	})
}

// E (lost field on a complete). A form's label line in small letters
// under another ("Navn: ..." / "ønske: naboskab") is its next field, and
// "2: X" under "workshop: Y" ranks X second.
func TestRankOnSecondLineOnly(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage.\nworkshop: trivsel\n2: tryghed\n\nMvh Mona Ali", from: "Mona Ali",
			intent: tilmeld.IntentRegister, status: "complete", want: "Mona Ali:2/1"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder mig hermed.\nWorkshop job\n2) skole og uddannelse\nHilsen Mona", from: "Mona Ali",
			intent: tilmeld.IntentRegister, status: "complete", want: "Mona Ali:4/3"}},
		{blindCase: blindCase{body: "Hej\nNavn: Mona Ali\nønske: naboskab\n2.: sundhed\nkost: halal", from: "Mona Ali",
			intent: tilmeld.IntentRegister, status: "complete", want: "Mona Ali:1/2"}},
		{blindCase: blindCase{body: "Hej\nNavn: Mona Ali\nønske: naboskab\nandet ønske: sundhed", from: "Mona Ali",
			intent: tilmeld.IntentRegister, status: "complete", want: "Mona Ali:1/2"}},
		{blindCase: blindCase{body: "Hi\nI would like to attend.\nworkshop: health\n2: jobs\nRegards Mona Ali", from: "Mona Ali",
			intent: tilmeld.IntentRegister, status: "complete", want: "Mona Ali:2/4"}},
		{blindCase: blindCase{body: "Hej jeg vil gerne komme\n1: sundhed\n2: naboskab\nMona", from: "Mona Ali",
			intent: tilmeld.IntentRegister, status: "complete", want: "Mona Ali:2/1"}},
		// near-misses
		{blindCase: blindCase{body: "Hej jeg kommer gerne.\nworkshop: sundhed\n2: workshop 1", from: "Mona Ali",
			intent: tilmeld.IntentRegister, status: "complete", want: "Mona Ali:2/1"}},
		{blindCase: blindCase{body: "Hej jeg vil gerne komme\nworkshop: sundhed\n2 personer kommer\nMona", from: "Mona Ali",
			intent: tilmeld.IntentRegister, notStatus: "complete"}},
	})
}

// F (lost field on a complete). Eight digits in groups the reader did not
// know ("31 245 876", "312 45 876", "31-245-876", "31245 876") are a
// number after a phone's label.
func TestPhoneOddGroupsAfterLabel(t *testing.T) {
	ph := func(body, phone string) checkedCase {
		return checkedCase{blindCase: blindCase{body: "Jeg vil gerne deltage, workshop 2.\n" + body,
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, phone: phone}
	}
	runChecked(t, []checkedCase{
		ph("mobil 31 245 876", "+4531245876"),
		ph("tlf: 312 45 876", "+4531245876"),
		ph("Ring gerne på 31-245-876", "+4531245876"),
		ph("telefon 31245 876", "+4531245876"),
		ph("phone: 31.24.58.76", "+4531245876"),
		ph("Mobil: 312 458 76", "+4531245876"),
		ph("mobil 31 245 876 (bedst efter kl. 16)", "+4531245876"),
		ph("You can call me on 312 45 876", "+4531245876"),
		ph("I kan ringe til mig på 31 245 876", "+4531245876"),
		ph("Jeg træffes på 312 45 876 efter kl. 15", "+4531245876"),
	})
	// near-misses: no number of hers
	for _, body := range []string{"Jeg kommer d. 29 09 2020.", "Workshop 1 og 3, afd. 12, opgang 345",
		"\nMvh Ida Holm\nBoligselskabet Vest\nTlf. 43 640 000 (omstilling)", "Jeg bor på 3. sal, lejlighed 312 45"} {
		if r := parseMail("Ida Holm", "Tilmelding", "", "Jeg vil gerne deltage.\n"+body); r.Contact.Phone != "" {
			t.Errorf("%q: phone %q, want none", body, r.Contact.Phone)
		}
	}
}

// G (needless question). "begge", "both" after a full stop in a mail in
// small letters open a sentence about everyone named so far.
func TestBothOpensSentenceInSmallLetters(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "jeg og min søster Ruth Haile kommer. begge sundhed", from: "Dawit Haile",
			intent: tilmeld.IntentRegister, status: "complete", want: "Dawit Haile:2/-; Ruth Haile:2/-"}},
		{blindCase: blindCase{body: "mig og min ven Tom Friis vil gerne med. begge to workshop 3 og 1", from: "Dawit Haile",
			intent: tilmeld.IntentRegister, status: "complete", want: "Dawit Haile:3/1; Tom Friis:3/1"}},
		{blindCase: blindCase{body: "jeg kommer med min mor Almaz Haile. begge vil have tryghed", from: "Dawit Haile",
			intent: tilmeld.IntentRegister, status: "complete", want: "Dawit Haile:1/-; Almaz Haile:1/-"}},
		{blindCase: blindCase{body: "me and my cousin Sami Haile are coming. both of us workshop 4", from: "Dawit Haile",
			intent: tilmeld.IntentRegister, status: "complete", want: "Dawit Haile:4/-; Sami Haile:4/-"}},
		{blindCase: blindCase{body: "i come with my wife Hana Tesfaye. both want health", from: "Dawit Haile",
			intent: tilmeld.IntentRegister, status: "complete", want: "Dawit Haile:2/-; Hana Tesfaye:2/-"}},
		{blindCase: blindCase{body: "jeg og min kone Hana Tesfaye kommer gerne. begge to vil helst job og ellers sundhed", from: "Dawit Haile",
			intent: tilmeld.IntentRegister, status: "complete", want: "Dawit Haile:4/2; Hana Tesfaye:4/2"}},
		// near-misses
		{blindCase: blindCase{body: "jeg og min søster Ruth Haile kommer. hun vil sundhed", from: "Dawit Haile",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Dawit Haile:-/-; Ruth Haile:2/-"}},
		{blindCase: blindCase{body: "jeg kommer. begge workshops lyder spændende men jeg tager job", from: "Dawit Haile",
			intent: tilmeld.IntentRegister, status: "complete", want: "Dawit Haile:4/-"}},
		{blindCase: blindCase{body: "jeg vil gerne deltage i begge workshops 1 og 2", from: "Dawit Haile",
			intent: tilmeld.IntentRegister, status: "review"}},
	})
}
