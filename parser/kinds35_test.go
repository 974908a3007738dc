package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirty-fifth look at unseen mail showed the reader
// wrong on (D, E, G and H of that look), each in several wordings of our
// own, through Parse with the gate.

var (
	missingWorkshop35 = []string{tilmeld.MissingWorkshop}
	missingName35     = []string{tilmeld.MissingName}
	missingBoth35     = []string{tilmeld.MissingName, tilmeld.MissingWorkshop}
)

// D (needless review). A sign-up whose subject is "jeg og <someone>" or a
// group that says how many it sends, with no workshop named, is a
// registration that asks for the workshop, not a mail for staff.
func TestGroupOrPairSignUpWithoutWorkshop(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg og min fætter Samir Haddad kommer gerne til netværksmødet.\n\nMvh Lotte Brink", from: "Lotte Brink",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: missingWorkshop35, want: "Lotte Brink:-/-; Samir Haddad:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg og min mand Per Brink deltager gerne den 29.\n\nMvh Lotte Brink", from: "Lotte Brink",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: missingWorkshop35, want: "Lotte Brink:-/-; Per Brink:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg og min nabo deltager i mødet.\n\nMvh Lotte Brink", from: "Lotte Brink",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: missingBoth35}},
		{blindCase: blindCase{body: "Hej\n\nMotionsklubben Syd vil gerne deltage med to: mig selv og vores kasserer Tove Lind. Vi er begge vegetarer.\n\nMvh Lotte Brink", from: "Lotte Brink",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: missingWorkshop35, want: "Lotte Brink:-/-; Tove Lind:-/-"},
			diets: "Lotte Brink=vegetarian; Tove Lind=vegetarian"},
		{blindCase: blindCase{body: "Hej\n\nBeboerforeningen sender to personer: Omar Farah og Gitte Moos.\n\nMvh Lotte Brink", from: "Lotte Brink",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: missingWorkshop35, want: "Omar Farah:-/-; Gitte Moos:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nSeniorgruppen vil gerne deltage med to: Omar Farah og Gitte Moos.\n\nMvh Lotte Brink", from: "Lotte Brink",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: missingWorkshop35, want: "Omar Farah:-/-; Gitte Moos:-/-"}},
		{blindCase: blindCase{body: "Hi\n\nMe and my sister Leila Haddad are coming to the meeting.\n\nBest, Lotte Brink", from: "Lotte Brink",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: missingWorkshop35, want: "Lotte Brink:-/-; Leila Haddad:-/-"}},
		{blindCase: blindCase{body: "Hi\n\nMy sister Leila Haddad and I are coming on Tuesday.\n\nBest, Lotte Brink", from: "Lotte Brink",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: missingWorkshop35, want: "Lotte Brink:-/-; Leila Haddad:-/-"}},
		{blindCase: blindCase{body: "Hi\n\nThe Youth Club would like to take part with two people: Omar Farah and Gitte Moos.\n\nBest, Lotte Brink", from: "Lotte Brink",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: missingWorkshop35, want: "Omar Farah:-/-; Gitte Moos:-/-"}},
		// near-misses: a cancellation, a question, a sign-up put off
		{blindCase: blindCase{body: "Hej\n\nJeg og min mand kommer desværre ikke.\n\nMvh Lotte Brink", from: "Lotte Brink", intent: tilmeld.IntentCancel}},
		{blindCase: blindCase{body: "Hej\n\nForeningen vil gerne vide, om der er parkering ved centret.\n\nMvh Lotte Brink", from: "Lotte Brink", notStatus: "incomplete"}},
		{blindCase: blindCase{body: "Hej\n\nBestyrelsen tilmelder sig, når vi har holdt møde.\n\nMvh Lotte Brink", from: "Lotte Brink", notStatus: "incomplete"}},
		{blindCase: blindCase{body: "Hej\n\nForeningen vil gerne være med til at lave kaffe.\n\nMvh Lotte Brink", from: "Lotte Brink", notStatus: "incomplete"}},
		// the sender with a number of people she brings is still herself
		{blindCase: blindCase{body: "Hi\n\nWe would like to take part with two people, me and Tove Lind. Workshop 1 and 2 for both.\n\nBest, Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Lotte Brink:1/2; Tove Lind:1/2"}},
	})
}

// E (needless review). One more person without a name or a relation
// ("+ én person mere", "en frivillig mere", "plus one more volunteer")
// who is given a workshop of her own is an attendee without a name with
// that choice: the sender is asked for the name only.
func TestOneMoreUnnamedWithChoice(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi tilmelder:\nTove Lind – 2 og 4\n+ én person mere fra køkkenholdet (navn følger) – workshop 3\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "incomplete", missing: missingName35, want: "Tove Lind:2/4; :3/-"}},
		{blindCase: blindCase{body: "Hej\n\nVi tilmelder:\nTove Lind – 2 og 4\nog en frivillig mere, hvem afgør vi senere – workshop 1\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "incomplete", missing: missingName35, want: "Tove Lind:2/4; :1/-"}},
		// one more whose choice is not read is still one more: never complete
		{blindCase: blindCase{body: "Hej\n\nVi tilmelder:\nTove Lind – 2 og 4\nog en frivillig mere, hvem ved vi ikke endnu – workshop 1\n\nMvh Lotte Brink", from: "Lotte Brink",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne på workshop 4 og 2. Og så en frivillig mere, navnet får I senere: sundhed og uddannelse.\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "incomplete", missing: missingName35, want: "Lotte Brink:4/2; :2/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne på workshop 4 og 2.\nEndnu en frivillig: tryghed\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "incomplete", missing: missingName35, want: "Lotte Brink:4/2; :1/-"}},
		{blindCase: blindCase{body: "Hi\n\nPlease register me for workshop 4 and 2.\nPlus one more volunteer, name to follow – health.\n\nBest, Lotte Brink", from: "Lotte Brink",
			status: "incomplete", missing: missingName35, want: "Lotte Brink:4/2; :2/-"}},
		{blindCase: blindCase{body: "Hi\n\nPlease register me for workshop 4 and 2.\nAnother volunteer: education and jobs\n\nBest, Lotte Brink", from: "Lotte Brink",
			status: "incomplete", missing: missingName35, want: "Lotte Brink:4/2; :3/4"}},
		// near-misses: a condition, a substitution, a relation line
		{blindCase: blindCase{body: "Hej\n\nVi tilmelder:\nTove Lind – 2 og 4\n+ én mere, hvis der er plads – workshop 3\n\nMvh Lotte Brink", from: "Lotte Brink", status: "review"}},
		{blindCase: blindCase{body: "Hej\n\nEn fra bestyrelsen tager min plads på workshop 2.\n\nMvh Lotte Brink", from: "Lotte Brink", status: "review"}},
		{blindCase: blindCase{body: "Hej\n\nVi tilmelder:\nTove Lind – 2 og 4\nMin kollega: workshop 3\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "incomplete", missing: missingName35, want: "Tove Lind:2/4; :3/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne, workshop 4 og 2. En nabo vil også gerne med, workshop 1.\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "incomplete", missing: missingName35, want: "Lotte Brink:4/2; :1/-"}},
		// "en til" in running text is no person
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne have en til workshop 3 og 1.\n\nMvh Lotte Brink", from: "Lotte Brink", notStatus: "incomplete"}},
	})
}

// G (needless question with a phantom attendee). A table of attendees
// whose headings say "Beboer"/"Resident" or name the priorities by
// "ønske"/"preference" is read row by row: the heading row is no person.
func TestAttendeeTableHeadings(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nBeboer | Første prioritet | Anden prioritet | Kost\nTove Lind | Sundhed (2) | Job (4) | vegansk\nOmar Farah | Tryghed (1) | Uddannelse (3) |\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Tove Lind:2/4; Omar Farah:1/3"}, diets: "Tove Lind=vegan; Omar Farah="},
		{blindCase: blindCase{body: "Hej\n\nNavn | 1. ønske | 2. ønske | Kost\nOmar Farah | 4 | 1 |\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Omar Farah:4/1"}},
		{blindCase: blindCase{body: "Hej\n\nNavn\tFørsteønske\tAndetønske\tAllergier\nOmar Farah\t4\t1\t\nGitte Moos\t2\t3\tglutenallergi\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Omar Farah:4/1; Gitte Moos:2/3"}, diets: "Omar Farah=; Gitte Moos=gluten_free"},
		{blindCase: blindCase{body: "Hej\n\nDeltager | Ønske 1 | Ønske 2 | Kost\nGitte Moos | 3 | 2 | halal\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Gitte Moos:3/2", diet: "Gitte Moos=halal"}},
		{blindCase: blindCase{body: "Hi\n\nResident | First preference | Second preference | Diet\nGitte Moos | Health (2) | Safety (1) | vegetarian\n\nBest, Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Gitte Moos:2/1", diet: "Gitte Moos=vegetarian"}},
		// near-miss: a table of the workshops themselves lists no one
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne, men hvilken passer bedst?\n\nWorkshop | Tidspunkt | Sted\nTryghed | 16.30 | Sal A\nSundhed | 16.30 | Sal B\n\nMvh Lotte Brink", from: "Lotte Brink", notStatus: "complete"}},
		// running text keeps "ønske" as it was read before
		{blindCase: blindCase{body: "Hej\n\nMit første ønske er sundhed og mit andet ønske er job.\n\nMvh Lotte Brink", from: "Lotte Brink", status: "complete", want: "Lotte Brink:2/4"}},
	})
}

// H (needless question). "To beboere vil gerne med:" over as many named
// lines counts those named, not one described comer on top of them.
func TestCountedGroupNamesItsMembers(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nTo beboere vil gerne med:\nTove Lind – 2 og 4\nOmar Farah – 1 og 3\n\nJeg kommer ikke selv.\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Tove Lind:2/4; Omar Farah:1/3"}},
		{blindCase: blindCase{body: "Hej\n\nTre af vores naboer vil gerne med:\nTove Lind – 2 og 4\nOmar Farah – 1 og 3\nGitte Moos – 3 og 2\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Tove Lind:2/4; Omar Farah:1/3; Gitte Moos:3/2"}},
		{blindCase: blindCase{body: "Hej\n\nTo fra vores opgang vil gerne med til mødet:\nTove Lind – 2 og 4\nOmar Farah – 1 og 3\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Tove Lind:2/4; Omar Farah:1/3"}},
		{blindCase: blindCase{body: "Hej\n\nTo af vores beboere vil gerne med:\n\nBeboer | Første prioritet | Anden prioritet | Kost\nTove Lind | Sundhed (2) | Job (4) | vegansk\nOmar Farah | Tryghed (1) | Uddannelse (3) |\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "complete", want: "Tove Lind:2/4; Omar Farah:1/3"}},
		// near-misses: one described without a name is one more; a count
		// said with "også" comes on top of the sender
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne, workshop 2 og 4. En nabo vil også gerne med.\n\nMvh Lotte Brink", from: "Lotte Brink",
			status: "incomplete", missing: missingBoth35, want: "Lotte Brink:2/4; :-/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne, workshop 2 og 4. To naboer vil også gerne med.\n\nMvh Lotte Brink", from: "Lotte Brink", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nTre beboere vil gerne med:\nTove Lind – 2 og 4\nOmar Farah – 1 og 3\n\nMvh Lotte Brink", from: "Lotte Brink", notStatus: "complete"}},
	})
}
