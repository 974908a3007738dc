package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirty-third look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// reply33 makes a mail an answer to the bot's receipt.
const reply33 = "In-Reply-To: <rcpt33@bo-vest.dk>\r\n"

// receipt33 is the bot's receipt for several people as a reply quotes it,
// each with the diet given.
func receipt33(diet string, names ...string) string {
	s := "\n\nDen 14.09.2020 kl. 11:05 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n> Hej,\n>\n> Tak for din tilmelding til netværksmødet, tirsdag den 29. september 2020 kl. 16.30-19.30.\n>\n> Vi har forstået din tilmelding sådan:\n>\n"
	for _, n := range names {
		s += "> " + n + "\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n>   2. prioritet: Naboskab, netværk & tryghed (nr. 1)\n>   Kost: " + diet + "\n"
	}
	return s + ">\n> Venlig hilsen\n> Albertslund Boligsociale Center\n"
}

// B (wrong complete). A diet taken back with a verb between the "not" and
// the diet ("har ikke længere brug for vegetarmad", "does not need halal
// anymore") is no longer wanted: with a new diet in its place the new one
// alone holds; with nothing in its place staff change it.
func TestDietWithdrawnWithVerb(t *testing.T) {
	rc := receipt33("vegetar", "Lone Berg", "Karim Said", "Mette Dahl", "Rita Holm")
	upd := func(body, status, want, diets string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + rc, from: "Lone Berg", subject: "Re: Tilmelding", headers: reply33,
			intent: tilmeld.IntentUpdate, status: status, want: want}, diets: diets}
	}
	runChecked(t, []checkedCase{
		upd("Hej\nKarim har ikke længere brug for vegetarmad, bare ingen svinekød.\nMvh Lone", "complete", "Karim Said:-/-", "Karim Said=no_pork"),
		upd("Hej\nKarim har ikke mere brug for halal – han spiser bare ikke svinekød.\nMvh Lone", "complete", "Karim Said:-/-", "Karim Said=no_pork"),
		upd("Hi\nKarim does not need halal anymore, only no pork.\nBest, Lone", "complete", "Karim Said:-/-", "Karim Said=no_pork"),
		upd("Hej\nRita behøver alligevel ikke glutenfri mad – hun er bare vegetar.\nMvh Lone", "complete", "Rita Holm:-/-", "Rita Holm=vegetarian"),
		upd("Hi\nMette won't need the halal meal after all, she just avoids pork.\nBest, Lone", "complete", "Mette Dahl:-/-", "Mette Dahl=no_pork"),
		// withdrawn with nothing in its place: no tag says "no longer"
		upd("Hej\nMette skal alligevel ikke have laktosefri.\nMvh Lone", "review", "", ""),
		upd("Hej\nJeg har ikke længere brug for vegetarmad.\nMvh Lone", "review", "", ""),
		upd("Hi\nRita doesn't need the vegetarian meal anymore.\nBest, Lone", "review", "", ""),
		// near-misses: a diet kept, a food refused
		upd("Hej\nGlem ikke at jeg er vegetar.\nMvh Lone", "complete", "Lone Berg:-/-", "Lone Berg=vegetarian"),
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 3. Jeg er ikke vegetar, men spiser ikke svinekød.\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/3"}, diets: "Lone Berg=no_pork"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1 og 4. Jeg skal ikke have gluten.\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:1/4"}, diets: "Lone Berg=gluten_free"},
	})
}

// A (wrong complete). A list line that names a person and gives no
// workshop yet ("– har ikke bestemt sig endnu", "– ?", the bare name)
// keeps her as an attendee whose workshop is asked for; a doubt about
// coming or "you choose" still goes to staff.
func TestListedWithoutChoiceKept(t *testing.T) {
	list := func(line string) string {
		return "Hej\nVi tilmelder os her:\n\nLone Berg – workshop 1 og 2\n" + line + "\nKarim Said – 3 og 4\n\nMvh Lone Berg"
	}
	inc := func(body, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, from: "Lone Berg", intent: tilmeld.IntentRegister, status: "incomplete",
			want: want, missing: []string{"workshop"}}, asks: "no"}
	}
	runChecked(t, []checkedCase{
		inc(list("Rita Holm – har ikke bestemt sig endnu"), "Lone Berg:1/2; Rita Holm:-/-; Karim Said:3/4"),
		inc(list("Rita Holm – workshop følger senere"), "Lone Berg:1/2; Rita Holm:-/-; Karim Said:3/4"),
		inc(list("Rita Holm – ?"), "Lone Berg:1/2; Rita Holm:-/-; Karim Said:3/4"),
		inc(list("Rita Holm"), "Lone Berg:1/2; Rita Holm:-/-; Karim Said:3/4"),
		inc(list("Rita Holm – ikke valgt endnu"), "Lone Berg:1/2; Rita Holm:-/-; Karim Said:3/4"),
		inc(list("Rita Holm – hun vender tilbage med sit valg"), "Lone Berg:1/2; Rita Holm:-/-; Karim Said:3/4"),
		inc("Hej\nHer er vores tilmelding:\nLone Berg: sundhed og job\nRita Holm: ikke bestemt endnu, vegetar\n\nMvh Lone", "Lone Berg:2/4; Rita Holm:-/-"),
		inc("Hi\nWe would like to sign up:\n\nAnn Fox – health, then jobs\nDana Holt – undecided for now, she'll tell you which workshop later\nBen Hart – education\n\nBest, Ann Fox",
			"Ann Fox:2/4; Dana Holt:-/-; Ben Hart:3/-"),
		inc("Hi\nOur sign-up:\n\nAnn Fox: workshop 1 and 3\nDana Holt: to follow\n\nBest, Ann Fox", "Ann Fox:1/3; Dana Holt:-/-"),
		// near-misses: a doubt about coming, "you choose", "the same as me"
		{blindCase: blindCase{body: list("Rita Holm – ved ikke om hun kan komme"), from: "Lone Berg", status: "review"}},
		{blindCase: blindCase{body: list("Rita Holm – I må vælge for hende"), from: "Lone Berg", status: "review"}},
		{blindCase: blindCase{body: list("Rita Holm – samme som mig"), from: "Lone Berg", notStatus: "complete"}},
		{blindCase: blindCase{body: list("Rita Holm – måske"), from: "Lone Berg", notStatus: "complete"}},
		// a name under the list, after the closing, is the signature
		{blindCase: blindCase{body: "Hej\nVi tilmelder os:\nLone Berg – 1 og 2\nKarim Said – 3 og 4\n\nMvh\nLone Berg", from: "Lone Berg",
			status: "complete", want: "Lone Berg:1/2; Karim Said:3/4"}},
	})
}

// C (lost field on a complete). A surname with an apostrophe after its
// first letters (O'Neill, D'Souza, N’Guessan, Dell'Acqua) is one name: the
// whole of it is kept, and a list line with it is read as that person's.
func TestApostropheSurname(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nVi tilmelder os:\n\nLone Berg – workshop 1 og 3\nSean O'Neill – workshop 2 og 4\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:1/3; Sean O'Neill:2/4"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1 og 3, og min kollega Priya D'Souza vil gerne i sundhed.\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:1/3; Priya D'Souza:2/-"}},
		{blindCase: blindCase{body: "Hej\nVi tilmelder os:\nLone Berg: tryghed og sundhed\nAya N’Diaye: job først, så uddannelse\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:1/2; Aya N’Diaye:4/3"}},
		{blindCase: blindCase{body: "Hej\nVi kommer to:\nLone Berg – 2 og 1\nMarco Dell'Acqua – 3 og 4, vegetar\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/1; Marco Dell'Acqua:3/4"}, diets: "Lone Berg=; Marco Dell'Acqua=vegetarian"},
		{blindCase: blindCase{body: "Hi\nWe'd like to register:\n* Siobhan O'Brien (myself) – health, then jobs; no dairy for me\n* Tom Hart – safety and education\nBest, Siobhan",
			from: "Siobhan", status: "complete", want: "Siobhan O'Brien:2/4; Tom Hart:1/3"}, diets: "Siobhan O'Brien=lactose_free; Tom Hart="},
		// near-misses: a possessive is no part of a name, nor a group's
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1 og 3. Seans kone Anne Berg vil gerne på 2.\nMvh Lone Berg",
			from: "Lone Berg", want: "Lone Berg:1/3; Anne Berg:2/-"}},
		{blindCase: blindCase{body: "Hi\nI would like workshop 1 and 3. Sean's wife Anne Berg would like workshop 2.\nBest, Lone Berg",
			from: "Lone Berg", want: "Lone Berg:1/3; Anne Berg:2/-"}},
		{blindCase: blindCase{body: "Hi\nI'm from the Tenants' Club and would like workshop 2 and 4.\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/4"}},
	})
}

// F (needless review). Under the receipt, a 2nd choice alone for someone
// the receipt lists keeps her 1st on file, as for the sender; one the
// receipt does not hold has no 1st to keep.
func TestSecondOnlyForListedOther(t *testing.T) {
	rc := receipt33("ingen særlige hensyn", "Lone Berg", "Karim Said", "Mette Dahl", "Rita Holm")
	upd := func(body, status, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + rc, from: "Lone Berg", subject: "Re: Tilmelding", headers: reply33,
			intent: tilmeld.IntentUpdate, status: status, want: want}}
	}
	runChecked(t, []checkedCase{
		upd("Hej\nMette Dahl ønsker også job som 2. prioritet.\nMvh Lone", "complete", "Mette Dahl:-/4"),
		upd("Hi\nKarim Said would like health as his second choice.\nBest, Lone", "complete", "Karim Said:-/2"),
		upd("Hej\nRita vil gerne have uddannelse som sit andet valg.\nMvh Lone", "complete", "Rita Holm:-/3"),
		upd("Hi\nFor Mette Dahl, please add safety as her second choice.\nBest, Lone", "complete", "Mette Dahl:-/1"),
		upd("Hej\nJeg vil gerne have job som 2. prioritet.\nMvh Lone", "complete", "Lone Berg:-/4"),
		// someone new has no 1st on file
		upd("Hej\nOg så kommer Per Holm også, 2. prioritet job.\nMvh Lone", "review", ""),
	})
}
