package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

// Plain answers in a thread: to the bot's receipt, to its question for
// what was missing, and to the placement.

// clarifyQuote is the bot's question for what was missing, quoted under an
// answer: Ida's workshops and the other person's name are asked for.
const clarifyQuote = "\n\nDen man. 14. sep. 2020 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej Ida,\n>\n> Vi mangler lidt, før tilmeldingen er på plads:\n>\n" +
	"> - Hvilken workshop vil du helst deltage i (1. prioritet), og hvilken som nummer to (2. prioritet)? Skriv det for hver person.\n>\n" +
	"> - Hvad hedder den anden person, du tilmelder?\n>\n" +
	"> Svar blot på denne mail. Det, vi har forstået indtil nu:\n>\n" +
	"> Ida Holm\n>   1. prioritet: mangler\n>   2. prioritet: ingen\n" +
	"> Deltager 2 (navn mangler)\n>   1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n>   2. prioritet: Uddannelse & livschancer (nr. 3)\n>\n" +
	"> Venlig hilsen\n> Albertslund Boligsociale Center\n> abc@bo-vest.dk, tlf. 60 35 46 30\n"

// enClarifyQuote: clarifyQuote as the bot writes it in English.
var enClarifyQuote = strings.NewReplacer("Den man. 14. sep. 2020 skrev", "On Mon, 14 Sep 2020,", "<abc@bo-vest.dk>:", "<abc@bo-vest.dk> wrote:",
	"Hej Ida", "Dear Ida", "Deltager 2 (navn mangler)", "Participant 2 (name missing)", "1. prioritet", "1st choice",
	"2. prioritet", "2nd choice", "Hvad hedder den anden person, du tilmelder?", "What is the name of the other person you are registering?",
	"Venlig hilsen", "Kind regards", "tlf.", "phone").Replace(clarifyQuote)

// placementQuote is the bot's placement for Ida and Bo Holm, quoted under
// an answer; enPlacementQuote the same in English.
const placementQuote = "\n\nDen man. 28. sep. 2020 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej Ida,\n>\n> Tilmeldingsfristen er nu udløbet, og workshopperne er fordelt. Her er jeres pladser:\n>\n" +
	"> Ida Holm: Naboskab, netværk & tryghed (nr. 1)\n> Bo Holm: Uddannelse & livschancer (nr. 3)\n>\n" +
	"> Kan du alligevel ikke komme, eller er noget forkert? Så svar blot på denne mail, så pladsen kan gå til en anden.\n>\n" +
	"> Venlig hilsen\n> Albertslund Boligsociale Center\n> abc@bo-vest.dk, tlf. 60 35 46 30\n"

const enPlacementQuote = "\n\nOn Mon, 28 Sep 2020, Albertslund Boligsociale Center <abc@bo-vest.dk> wrote:\n" +
	"> Dear Ida,\n>\n> The registration deadline has passed and the workshops have been allocated. Here are your seats:\n>\n" +
	"> Ida Holm: Naboskab, netværk & tryghed (no. 1)\n> Bo Holm: Uddannelse & livschancer (no. 3)\n>\n" +
	"> If you cannot come after all, or something is wrong, just answer this mail so the seat can go to someone else.\n>\n" +
	"> Kind regards\n> Albertslund Boligsociale Center\n> abc@bo-vest.dk, phone 60 35 46 30\n"

// Workshops in a sentence the sender says of herself ("til mig", "I'd
// like") are hers, not those of the person the same answer adds; nor are
// bare workshops in an answer to the bot's question for a missing name,
// which may answer its question for her own. Who gets them is for staff.
func TestOwnChoicesNotTheAddedOnes(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 og 1 til mig. Min mand hedder Per Holm.\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg vil gerne have 2 og 1. Min mand hedder Per Holm.\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Mig: workshop 2 og 1.\nDen anden: Per Holm.\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Første prioritet 4, anden prioritet 2. Den anden hedder Per Holm.\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "I'd like 2 and then 4. My friend's name is Lise Dahl.\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		{body: "First choice 3, second 1. The other person is my husband Per Holm.\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		// the workshops said of the one added are still hers
		{body: "Den anden er min mand Per Holm. Han vil gerne på 3 og så 1.\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Per Holm:3/1"},
		{body: "The other person is my husband Per Holm, he'd like 3 and then 1.\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders,
			intent: "update", status: "complete", want: "Per Holm:3/1"},
		{body: "Min datter Sara Holm vil også gerne med, workshop 2 og 3.\n\nHilsen\nIda Holm", subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Sara Holm:2/3"},
		{body: "Jeg vil gerne tilmelde min datter Sara Holm også, workshop 2 og 3.\n\nHilsen\nIda Holm", subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Sara Holm:2/3"},
		{body: "Please add my son Jonas Holm as well, workshop 4 and 2.\n\nBest\nIda Holm", subject: "Re: Registration", headers: replyHeaders,
			intent: "update", status: "complete", want: "Jonas Holm:4/2"},
	})
}

// The workshop the sender says she was given ("har fået workshop 1", "I
// got workshop 1"), as she does in answer to the placement, is the seat
// she has, not a choice; a count after the verb or a job she got is no
// seat at all.
func TestGivenSeatIsNoChoice(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg er ikke glad for at have fået workshop 1. Kan jeg komme på 2?\n\nHilsen\nIda Holm", subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg har fået workshop 1, men jeg ville hellere på 2.\n\nHilsen\nIda Holm", subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "I got workshop 1 but I'd prefer 2.\n\nBest\nIda Holm", subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		{body: "I was given workshop 1. Could I move to workshop 2 instead?\n\nBest\nIda Holm", subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg har fået nyt job, så jeg vil gerne på workshop 4 og ellers 3.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:4/3"},
		{body: "Tak, jeg har fået invitationen. Workshop 2 og 1.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/1"},
		{body: "I got your invitation. Please sign me up for workshop 3 and then 1.\n\nBest\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
	})
}

// A withdrawal said of someone else ("men Bo er forhindret", "så han
// kommer ikke", "but Bo is unable to attend") withdraws no sender: when
// the reading withdraws her alone, staff read it. A name counts when the
// quoted mail names that person too: a capitalised word may be a place.
func TestOthersWithdrawalIsNotTheSenders(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg kommer gerne, men Bo er forhindret.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "Bo har fået en anden aftale, så han kommer ikke.\n\nHilsen\nIda Holm", subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "I'll come, but Bo is unable to attend.\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		// her own withdrawal, with another who still comes, stands
		{body: "Jeg kan ikke komme, men Bo kommer stadig.\n\nHilsen\nIda Holm", subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "I can't come, but Bo is still coming.\n\nBest\nIda Holm", subject: "Re: Registration", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "Jeg må desværre melde afbud.\n\nHilsen\nIda Holm", subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "Jeg kan desværre ikke komme, da jeg skal til Aarhus.\n\nHilsen\nIda Holm", subject: "Re: Din plads", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "I can't come after all, sorry.\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
	})
}

// A withdrawal of someone the mail gives no name ("min mand er
// forhindret", "My husband is ill and can't come") cannot be matched to a
// registration: staff find whose it is.
func TestUnnamedWithdrawalToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg kommer, men min mand er forhindret.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, intent: "cancel", notStatus: "complete"},
		{body: "My husband is ill and can't come.\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, intent: "cancel", notStatus: "complete"},
		// a withdrawal by name stands
		{body: "Bo er desværre forhindret.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Bo Holm:-/-"},
		{body: "Bo can't make it after all, but I'm still coming.\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Bo Holm:-/-"},
	})
}

// "Vi kommer begge to", "I'll be there" in answer to the placement
// confirms the seats given: the bot must not ask for a name or a workshop.
func TestPlacementConfirmedAsksNothing(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Vi kommer begge to, tak.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, intent: "other", status: "review"},
		{body: "Vi kommer begge.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, intent: "other", status: "review"},
		{body: "I'll be there.\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, intent: "other", status: "review"},
		// a change or a withdrawal in answer to the placement is still read
		{body: "Jeg kan desværre ikke komme alligevel.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "Jeg er blevet vegetar siden, kan I notere det?\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders,
			intent: "update", status: "complete", diet: "Ida Holm=vegetarian"},
		// the same words under the receipt are no answer to a placement
		{body: "Vi kommer begge to, tak.\n\nHilsen\nIda Holm", subject: "Tilmelding", intent: "register", notStatus: "complete"},
	})
}

// A change read as the sender's while its sentence names another person of
// the thread ("Kan I skifte Bo over på workshop 2?", "Could you move Bo to
// workshop 2?") may be that person's: staff read it. A workshop's own
// capitalised name is no person.
func TestChangeNamingAnotherToStaff(t *testing.T) {
	receipt := "\n\nDen man. 14. sep. 2020 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
		"> Hej Ida,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020.\n>\n> Vi har forstået din tilmelding sådan:\n>\n" +
		"> Ida Holm\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n>   2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n" +
		"> Bo Holm\n>   1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n>   2. prioritet: Uddannelse & livschancer (nr. 3)\n"
	runBlind(t, []blindCase{
		{body: "Kan I skifte Bo over på workshop 2?\n\nHilsen\nIda Holm" + receipt, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Could you move Bo to workshop 2?\n\nBest\nIda Holm" + receipt, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		// the name in the genitive, first in the sentence
		{body: "Bos anden prioritet skal være workshop 2.\n\nHilsen\nIda Holm" + receipt, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Tak for kvitteringen. Jeg vil hellere have workshop 3 som første prioritet.\n\nHilsen\nIda Holm" + receipt, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Ida Holm:3/-"},
		{body: "Bo vil gerne skifte til workshop 2.\n\nHilsen\nIda Holm" + receipt, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Bo Holm:2/-"},
		{body: "Jeg vil hellere have Sundhed som første prioritet.\n\nHilsen\nIda Holm" + receipt, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Ida Holm:2/-"},
		{body: "I would rather have Naboskab as my first choice.\n\nBest\nIda Holm" + receipt, subject: "Re: Registration", headers: replyHeaders,
			intent: "update", status: "complete", want: "Ida Holm:1/-"},
	})
}

// An order to withdraw someone ("Afmeld venligst Bo. Jeg kommer selv
// stadig.") must not ask the sender for a workshop: it withdraws Bo.
func TestWithdrawalNotAskedForWorkshop(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Afmeld venligst Bo. Jeg kommer selv stadig.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Bo Holm:-/-"},
		// a sign-up short of a workshop, with no withdrawal, is still asked
		{body: "Tilmeld mig til mødet.\n\nHilsen\nIda Holm", intent: "register", status: "incomplete", missing: []string{"workshop"}},
	})
}

// "Han hedder Per" with no one nameless to give the name to, as in an
// answer to the bot's question for the other person's name, names someone
// the reading has not: the name must not be lost in a complete reading.
func TestNameWithNoOneToGoTo(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Første prioritet 4, anden prioritet 2. Han hedder Per.\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		// the one named is read as an attendee
		{body: "Den anden er min mand Per Holm. Han hedder Per Holm og vil gerne på 3 og så 1.\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Per Holm:3/1"},
	})
}

// A change that sets a diet against a person ("Det er Bo der er vegetar,
// ikke mig", "Bo isn't vegetarian, only I am") also takes a diet from
// someone, which an update cannot say: staff change it. A diet added
// anew stands.
func TestDietSetAgainstSomeone(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Det er Bo der er vegetar, ikke mig.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "It's Bo who is vegetarian, not me.\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		{body: "Bo isn't vegetarian, only I am.\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		{body: "Bo spiser ikke svinekød.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders,
			intent: "update", status: "complete", diet: "Bo Holm=no_pork"},
		{body: "I'm not vegetarian, I'm vegan.\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders,
			intent: "update", status: "complete", diet: "Ida Holm=vegan"},
		{body: "I don't eat meat anymore, I'm vegetarian now.\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders,
			intent: "update", status: "complete", diet: "Ida Holm=vegetarian"},
	})
}

// answersPlacement folds a quote only when a last word of placementSeats
// stands before a colon in it, as the placement's "Her er jeres pladser:".
func TestSeatsColon(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"> Her er jeres pladser:\n> Ida Holm: Sundhed", true},
		{"> Here is your SEAT:\n", true},
		{"> Rummene har kun plads til et begrænset antal. Kontakt: ida@example.dk", false},
		{"no colon at all", false},
		{"", false},
	} {
		if got := seatsColon(c.q); got != c.want {
			t.Errorf("seatsColon(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// A word of coming under the receipt ("jeg kommer lidt senere") is no new
// registration: a question for her workshop would ask what the receipt
// holds. A person she adds is still asked for.
func TestComingLateUnderReceipt(t *testing.T) {
	receipt := "\n\nDen man. 14. sep. 2020 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
		"> Hej Ida,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020.\n>\n> Vi har forstået din tilmelding sådan:\n>\n" +
		"> Ida Holm\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n>   2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n"
	runBlind(t, []blindCase{
		{body: "Det er fint, men jeg kommer først kl 18.\n\nHilsen\nIda Holm" + receipt, subject: "Re: Tilmelding", headers: replyHeaders, status: "review", intent: tilmeld.IntentOther},
		{body: "Jeg kommer lidt senere, ca. 17.30.\n\nHilsen\nIda Holm" + receipt, subject: "Re: Tilmelding", headers: replyHeaders, status: "review"},
		{body: "Jeg vil gerne tilmelde min nabo også.\n\nHilsen\nIda Holm" + receipt, subject: "Re: Tilmelding", headers: replyHeaders, status: "incomplete"},
		// a new mail saying the same asks for the workshop
		{body: "Jeg kommer gerne, men først kl 18.\n\nHilsen\nIda Holm", status: "incomplete", missing: []string{"workshop"}},
	})
}

// A changed phone number in an answer is a change of the contact.
func TestChangedNumberUnderReceipt(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg har skiftet nummer: 40506070\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate},
		{body: "I have changed my number to 40506070.\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate},
		{body: "Min mand har skiftet nummer: 40506070\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
	})
}
