package parser

import "testing"

// An order stated after the choices: a later word of priority on a
// workshop already named ("2 og 4, men helst 4 først") reorders the list,
// in the same sentence or the next.
func TestOrderAfterTheList(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4, men helst 4 først.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4, men 4 først.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4, men vil helst 4 først.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 1 og 3, helst 3.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/1"}},
		{blindCase: blindCase{body: "Workshop 3 eller 1 – helst 1.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:1/3"}},
		{blindCase: blindCase{body: "Workshop 2 og 4 (helst 4).\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Workshop 2 og 4, primært 4.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Workshop 1 og 4, med 4 som nummer et.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/1"}},
		{blindCase: blindCase{body: "Jeg vil gerne på sundhed og job, men helst job først.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Workshop 2 og 3, 2 er kun andetvalg.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/2"}},
		// in a sentence of its own
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4. Helst 4 først.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4. Faktisk helst 4 først.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 1 og 2.\nNummer 2 er mit førstevalg.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/1"}},
		// English
		{blindCase: blindCase{body: "I'd like 2 and 4, preferably 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "I'd like 2 and 4, but I prefer 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "I'd like 1 and 3, with 3 as my top priority.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"}},
		{blindCase: blindCase{body: "I'd like 2 and 4. 4 is my first choice.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"}},
		// one workshop given both ranks: staff look
		{blindCase: blindCase{body: "1. prioritet: 2, 2. prioritet: 4. Nummer 2 er mit andetvalg.\nIda Holm, 20304050", notStatus: "complete"}},
		// the list order stands: the word of priority is about nothing named,
		// or about a time
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4, men 4 først kl. 17.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4, men kan først komme kl. 17.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4, men først efter arbejde.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Først og fremmest vil jeg gerne på 2 og 4.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4. Først troede jeg ikke jeg kunne.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "I'd like 2 and 4, but first I must check with my boss.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "First of all I'd like 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}},
	})
}

// A word of the 1st priority after a comma that goes on about something
// else ranks no workshop before the comma: the list keeps its order.
func TestFirstWordOfItsOwnClause(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på 2 og 4, men først skal jeg høre min chef.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"},
		{body: "Workshop 3 og 1, men først vil jeg sige tak.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/1"},
		{body: "Workshop 2 og 4, helst begge.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"},
		{body: "Workshop 2 og 4 - helst i den rækkefølge.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne på 2 og 4, det vigtigste er at jeg kommer.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne på 2 og 4, det var det vigtigste.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"},
		// beside a word that ends it, or with the workshop said again, it
		// still ranks what it follows
		{body: "Workshop 2 og 4 - 4 som første prioritet.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"},
		{body: "Workshop 2 og 4, 4 er vigtigst.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"},
		{body: "Workshop sundhed og job, job er vigtigst for mig.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"},
		{body: "Workshop 1 og 3, men 3 vil jeg helst.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/1"},
	})
}

// The words that state an order after the list: "mest", "især",
// "foretrækker", "højest prioritet", "vigtigere", "mindre vigtig" and
// their English kin, and "4 first" after a number.
func TestOrderWordsAfterTheList(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 1 og 2 men mest 2.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/1"},
		{body: "Workshop 2 og 4, mest af alt 4.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"},
		{body: "Workshop 3 og 1, især 1.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:1/3"},
		{body: "Workshop 2 og 4, men jeg foretrækker 4.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"},
		{body: "Workshop 2 og 4, men 4 foretrækkes.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"},
		{body: "Jeg vil gerne på workshop 2 og 4, men 4 har højest prioritet.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"},
		{body: "Workshop 3 og 4, men 4 er vigtigere end 3.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/3"},
		{body: "Workshop 2 og 4, men 2 er mindre vigtig.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"},
		{body: "Jeg foretrækker 3 og 1.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/1"},
		{body: "I'd like 2 and 4, but 4 first please.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"},
		{body: "I'd like workshops 1 and 3, 3 first.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		{body: "I'd like 2 and 4. Actually, 4 first.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"},
		{body: "Workshop 2 and 4, though 4 matters more.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"},
		{body: "I'd like 2 and 4 - 4 is more important.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"},
		{body: "I'd like 1 and 2, but mostly 2.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/1"},
		{body: "I'd like 2 and 4, especially 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"},
		{body: "I'd like 2 and 4, 2 is less important.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"},
		// "first" that orders the mail, or is the first of the list
		{body: "I'd like the first and the last workshop.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:1/4"},
		{body: "I'm mostly free in the evening. Workshop 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "I'd like 2 and 4, but I arrive first at 5 pm.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "We are 2 first-time visitors, workshop 3.\nIda Holm, 20304050", subject: "Meeting", notStatus: "complete"},
		{body: "Workshop 2 og 4, det er vigtigere for mig at komme.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"},
	})
}

// An order stated again in words the reading does not place ("i omvendt
// rækkefølge", "eller rettere 4 og 2", "4 før 2", "nej vent, 4 og 2") goes
// to staff; a ranking that starts "hvis jeg skal vælge" is read as before.
func TestOrderRestated(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 og 3 i omvendt rækkefølge.\nIda Holm, 20304050", status: "review"},
		{body: "Workshop 2 og 4, men i omvendt rækkefølge.\nIda Holm, 20304050", status: "review"},
		{body: "Workshop 1 og 4, prioriteret omvendt.\nIda Holm, 20304050", status: "review"},
		{body: "Workshop 2 og 4, men hvis jeg skal vælge, så 4.\nIda Holm, 20304050", status: "review"},
		{body: "Workshop 2 og 4, 4 før 2.\nIda Holm, 20304050", status: "review"},
		{body: "Jeg vil gerne på 2 og 4. Eller rettere 4 og 2.\nIda Holm, 20304050", status: "review"},
		{body: "Jeg vil gerne på 2 og 4. Nej vent, 4 og 2.\nIda Holm, 20304050", status: "review"},
		{body: "Jeg vil gerne på 3 og 1. Undskyld, jeg mente 1 og 3.\nIda Holm, 20304050", status: "review"},
		{body: "I'd like 2 and 4, in reverse order.\nIda Holm, 20304050", subject: "Meeting", status: "review"},
		{body: "I'd like 2 and 4. Or rather 4 and 2.\nIda Holm, 20304050", subject: "Meeting", status: "review"},
		{body: "I'd like 2 and 4. Sorry, I meant 4 and 2.\nIda Holm, 20304050", subject: "Meeting", status: "review"},
		// the order as read, or no order at stake
		{body: "Workshop 4 og 2, 4 før 2.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:4/2"},
		{body: "Hvis jeg skal vælge, så 3 først og så 1.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/1"},
		{body: "Workshop 4 and 2, in that order.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"},
		{body: "Jeg vil gerne på 2 og 4. Nej vent, jeg mener 2 og 4, ikke 3.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"},
		{body: "Workshop 2. Jeg skal nå hjem før 19.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/-"},
	})
}
