package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirtieth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A (wrong complete). "ligeglad med nr. 2", "nummer to er mig lige
// meget", "not fussed about no. 2": the number names the 2nd slot, which
// is left open, not workshop 2; said of another attendee too.
func TestIndifferentSecondByNumber(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne i Uddannelse, og jeg er ligeglad med nr. 2.\nMvh Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:3/-"}},
		{blindCase: blindCase{body: "Hej\nTryghed, tak. Hvad nummer to angår, er det lige meget.\nMvh Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:1/-"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på sundhed. Nr. 2 er jeg ligeglad med.\nMvh Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:2/-"}},
		{blindCase: blindCase{body: "Hej\nJob, tak. Nummer to er mig lige meget.\nMvh Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:4/-"}},
		{blindCase: blindCase{body: "Hej\nJeg tager workshop 4. Andet valg er mig ligegyldigt.\nMvh Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:4/-"}},
		{blindCase: blindCase{body: "Hej\nJeg tager workshop 1. Min kollega Omar Aziz kommer også og vil gerne på workshop 3, han er ikke kræsen med nr. 2.\nMvh Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:1/-; Omar Aziz:3/-"}},
		{blindCase: blindCase{body: "Hi\nCount me in for Education; I'm not fussed about no. 2.\nBest, Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:3/-"}},
		{blindCase: blindCase{body: "Hi\nI would like workshop 1. I don't mind about number two.\nBest, Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:1/-"}},
		{blindCase: blindCase{body: "Hi\nWorkshop 4 please, number two doesn't matter.\nBest, Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:4/-"}},
		// the slot named and then filled, or "nr. 2" with no indifference: a choice
		{blindCase: blindCase{body: "Hej\nWorkshop 1, og nr. 2 er Sundhed.\nMvh Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:1/2"}},
		{blindCase: blindCase{body: "Hej\nHelst 4, men nr. 2 er også fint.\nMvh Lone Dahl",
			from: "Lone Dahl", status: "complete", want: "Lone Dahl:4/2"}},
		// "you decide" leaves both choices to staff
		{blindCase: blindCase{body: "Hej\nJeg er ligeglad, I må bestemme.\nMvh Lone Dahl",
			from: "Lone Dahl", status: "review"}},
	})
}

// B (wrong complete). "X er min første og Y min anden": the ordinal
// without its noun ranks the workshop named before it, the verb of the
// second clause often left out; asked for in a request to act ("Må jeg få
// X som min første ...?") it is a choice, not a question for staff.
func TestBareOrdinalRanks(t *testing.T) {
	reply := "In-Reply-To: <rcpt30@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nUddannelse er min første og Tryghed min anden.\nMvh Jens Lykke",
			from: "Jens Lykke", status: "complete", want: "Jens Lykke:3/1"}},
		{blindCase: blindCase{body: "Hej\nJob er min første, Sundhed er min anden.\nMvh Jens Lykke",
			from: "Jens Lykke", status: "complete", want: "Jens Lykke:4/2"}},
		{blindCase: blindCase{body: "Hej\nUddannelse må være mit første, og Job mit andet.\nMvh Jens Lykke",
			from: "Jens Lykke", status: "complete", want: "Jens Lykke:3/4"}},
		{blindCase: blindCase{body: "Hej\nMin første er Tryghed, min anden er Job.\nMvh Jens Lykke",
			from: "Jens Lykke", status: "complete", want: "Jens Lykke:1/4"}},
		{blindCase: blindCase{body: "Hej\nKunne I rette det, så Job er min første og Sundhed min anden?\nMvh Jens Lykke" + receipt29One("Jens Lykke"),
			from: "Jens Lykke", subject: "Re: Tilmelding: Netværksmøde", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Jens Lykke:4/2"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nMå jeg få Tryghed som min første og Uddannelse som min anden?\nMvh Jens Lykke" + receipt29One("Jens Lykke"),
			from: "Jens Lykke", subject: "Re: Tilmelding: Netværksmøde", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Jens Lykke:1/3"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nKan jeg få workshop 3 som førstevalg og workshop 4 som andetvalg?\nMvh Jens Lykke" + receipt29One("Jens Lykke"),
			from: "Jens Lykke", subject: "Re: Tilmelding: Netværksmøde", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Jens Lykke:3/4"}, asks: "no"},
		// an ordinal before a noun counts that noun: no rank
		{blindCase: blindCase{body: "Hej\nJeg kommer med min anden søn. Vi vil begge gerne på workshop 2.\nMvh Jens Lykke",
			from: "Jens Lykke", status: "incomplete", want: "Jens Lykke:2/-; :2/-", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hej\nMit første indtryk er godt. Jeg vil gerne på workshop 4.\nMvh Jens Lykke",
			from: "Jens Lykke", status: "complete", want: "Jens Lykke:4/-"}},
		// a real question about a workshop, and asking leave, stay questions
		{blindCase: blindCase{body: "Hej\nKan I fortælle, om Sundhed er den første workshop på dagen?\nMvh Jens Lykke",
			from: "Jens Lykke", notStatus: "complete"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nMå jeg få en kop kaffe med ind?\nMvh Jens Lykke",
			from: "Jens Lykke", notStatus: "complete"}},
	})
}

// group30 is the start of a mail that signs up three by name for one
// workshop; the diet sentence follows it.
const group30 = "Hej\nVi tilmelder os tre: Birgitte Holm, Karim Nasser og Jonas Berg. Vi vil alle gerne på workshop 2.\n"

// C (wrong complete). A diet for the group and, after "og", "men" or a
// comma, one for a named attendee with a verb of food ("tåler ikke",
// "undgår", "lider af", "avoids"): the named clause is his alone, the
// group's clause everyone's.
func TestNamedDietAfterGroupDiet(t *testing.T) {
	from := "Birgitte Holm"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: group30 + "Ingen af os spiser svinekød, men Jonas tåler ikke gluten.\nMvh Birgitte Holm", from: from, status: "complete"},
			diets: "Birgitte Holm=no_pork; Karim Nasser=no_pork; Jonas Berg=gluten_free,no_pork"},
		{blindCase: blindCase{body: group30 + "Vi er alle vegetarer, og Karim undgår mælkeprodukter.\nMvh Birgitte Holm", from: from, status: "complete"},
			diets: "Birgitte Holm=vegetarian; Karim Nasser=lactose_free,vegetarian; Jonas Berg=vegetarian"},
		{blindCase: blindCase{body: group30 + "Alle tre spiser halal, og Birgitte tåler ikke æg.\nMvh Birgitte Holm", from: from, status: "complete"},
			diets: "Birgitte Holm=egg_allergy,halal; Karim Nasser=halal; Jonas Berg=halal"},
		{blindCase: blindCase{body: group30 + "Vi spiser alle halal, og Jonas lider af cøliaki.\nMvh Birgitte Holm", from: from, status: "complete"},
			diets: "Birgitte Holm=halal; Karim Nasser=halal; Jonas Berg=gluten_free,halal"},
		{blindCase: blindCase{body: group30 + "Vi spiser alle halal og Jonas tåler ikke gluten.\nMvh Birgitte Holm", from: from, status: "complete"},
			diets: "Birgitte Holm=halal; Karim Nasser=halal; Jonas Berg=gluten_free,halal"},
		{blindCase: blindCase{body: group30 + "Vi er alle vegetarer, og Karim drikker ikke noget med laktose.\nMvh Birgitte Holm", from: from, status: "complete"},
			diets: "Birgitte Holm=vegetarian; Karim Nasser=lactose_free,vegetarian; Jonas Berg=vegetarian"},
		{blindCase: blindCase{body: "Hi\nThe three of us, Birgitte Holm, Karim Nasser and Jonas Berg, would all like workshop 2.\nWe're all vegetarian, and Karim avoids gluten.\nBest, Birgitte Holm", from: from, status: "complete"},
			diets: "Birgitte Holm=vegetarian; Karim Nasser=gluten_free,vegetarian; Jonas Berg=vegetarian"},
		// no new subject, or "vi" again: both for everyone
		{blindCase: blindCase{body: group30 + "Vi spiser alle halal og tåler ikke laktose.\nMvh Birgitte Holm", from: from, status: "complete"},
			diets: "Birgitte Holm=halal,lactose_free; Karim Nasser=halal,lactose_free; Jonas Berg=halal,lactose_free"},
		{blindCase: blindCase{body: group30 + "Vi spiser alle halal, og vi tåler ikke nødder.\nMvh Birgitte Holm", from: from, status: "complete"},
			diets: "Birgitte Holm=halal,nut_allergy; Karim Nasser=halal,nut_allergy; Jonas Berg=halal,nut_allergy"},
	})
}

// E (lost field on a complete). A From name with its surname cut to an
// initial ("Karim N.") gives way to the full name written after words that
// sign the sender up ("Skriv mig op: Karim Nasser").
func TestSignUpNameSpellsOutInitial(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nSkriv mig op: Karim Nasser. Workshop 4, ellers 3.", from: "Karim N.", status: "complete", want: "Karim Nasser:4/3"}},
		{blindCase: blindCase{body: "Hej\nTilmelding for Karim Nasser, workshop 4 og 3.", from: "Karim N.", status: "complete", want: "Karim Nasser:4/3"}},
		{blindCase: blindCase{body: "Hej\nTilmeld mig venligst: Karim Nasser. Jeg vil gerne på workshop 4.", from: "Karim N", status: "complete", want: "Karim Nasser:4/-"}},
		{blindCase: blindCase{body: "Hi\nSign me up please: Karim Nasser. Workshop 4, then 3.", from: "Karim N.", status: "complete", want: "Karim Nasser:4/3"}},
		{blindCase: blindCase{body: "Hej\nTilmeld mig: Mette Jensen, tlf 20 30 40 50. Workshop 1.", from: "Mette J", status: "complete", want: "Mette Jensen:1/-"}, phone: "+4520304050"},
		// an initial of the first name is spelled out as before
		{blindCase: blindCase{body: "Hej\nSkriv mig op: Karim Nasser. Workshop 4, ellers 3.\nMvh", from: "K. Nasser", status: "complete", want: "Karim Nasser:4/3"}},
		// a first name alone spells out nothing
		{blindCase: blindCase{body: "Hej\nWorkshop 4, ellers 3.\nMvh Karim", from: "Karim N.", status: "complete", want: "Karim N.:4/3"}},
		// a name whose initial disagrees is not taken for hers
		{blindCase: blindCase{body: "Hej\nSkriv mig op: Karim Nasser. Workshop 4.", from: "Karim J.", notStatus: "complete"}},
	})
}
