package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-eighth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// Set 2 A (wrong complete). An update that restates another person's diet
// as unchanged ("Yonas er stadig veganer som skrevet") changes nothing of
// it; a food in a sentence that opens with another person's name is never
// the sender's.
func TestUnchangedDietOfOther(t *testing.T) {
	reply := "In-Reply-To: <first@example.dk>\r\n"
	quote := "\n\nDen 10.09.2020 kl. 09:12 skrev Marta Bekele <sender@example.dk>:\n> Hej\n> Vi vil gerne tilmelde os to: Marta Bekele og Yonas T.\n> Vi vil begge gerne have workshop 2 og 3.\n> Yonas er veganer.\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej igen\n\nLille tilføjelse til vores tilmelding: jeg glemte at skrive at jeg har cøliaki, så jeg skal have glutenfri mad. Yonas er stadig veganer som skrevet.\n\nMvh\nMarta Bekele",
			from: "Marta Bekele", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Marta Bekele:-/-"}, diets: "Marta Bekele=gluten_free"},
		{blindCase: blindCase{body: "Hej igen\n\nLille tilføjelse til vores tilmelding: jeg glemte at skrive at jeg har cøliaki, så jeg skal have glutenfri mad. Yonas er stadig veganer som skrevet.\n\nMvh\nMarta Bekele" + quote,
			from: "Marta Bekele", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Marta Bekele:-/-"}, diets: "Marta Bekele=gluten_free"},
		{blindCase: blindCase{body: "Hej\nJeg glemte at skrive, at jeg ikke spiser svinekød. Amir spiser fortsat halal som før.\n\nHilsen\nLene Dahl",
			from: "Lene Dahl", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Lene Dahl:-/-"}, diets: "Lene Dahl=no_pork"},
		{blindCase: blindCase{body: "Hi,\n\nSmall addition to our registration: I forgot to say that I am lactose intolerant. Yonas is still vegan as stated.\n\nBest\nMarta Bekele",
			from: "Marta Bekele", subject: "Re: Registration", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Marta Bekele:-/-"}, diets: "Marta Bekele=lactose_free"},
		// a new food of another named person is not the sender's
		{blindCase: blindCase{body: "Lille tilføjelse til vores tilmelding: jeg har cøliaki, så jeg skal have glutenfri mad. Yonas er i øvrigt blevet veganer.\n\nMvh\nMarta Bekele",
			from: "Marta Bekele", subject: "Re: Tilmelding", headers: reply, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, one more thing about our sign-up: I need gluten-free food. Bo eats no pork.\n\nBest\nMarta Bekele",
			from: "Marta Bekele", subject: "Re: Registration", headers: reply, notStatus: "complete"}},
	})
}

// Set 1 A. A list of people, each line with its own "1. <title> 2.
// <title>": the "1)" before a name numbers the people, the "1." and "2."
// before a title rank it; neither is a workshop of its own.
func TestInlineRankMarksPerPerson(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi er to fra Hyldespjældet der gerne vil deltage:\n1) Serkan Özdemir – 1. Beskæftigelse 2. Naboskab\n2) Elif Özdemir – 1. Sundhed 2. Uddannelse\nVi spiser ikke svinekød nogen af os.\n\nMvh Serkan",
			from: "Serkan Özdemir", subject: "Tilmelding – 2 personer", status: "complete", want: "Serkan Özdemir:4/1; Elif Özdemir:2/3"}, diets: "Serkan Özdemir=no_pork; Elif Özdemir=no_pork"},
		{blindCase: blindCase{body: "Hej\nVi kommer to:\nMaja Friis - 1. Uddannelse, 2. Sundhed\nOle Friis - 1. Tryghed 2. Job\nHilsen Maja Friis",
			from: "Maja Friis", status: "complete", want: "Maja Friis:3/2; Ole Friis:1/4"}},
		{blindCase: blindCase{body: "Hi\nWe are two who would like to come:\n1) Serkan Özdemir - 1. Employment 2. Health\n2) Elif Özdemir - 1. Education, 2. Safety\nBest, Serkan Özdemir",
			from: "Serkan Özdemir", status: "complete", want: "Serkan Özdemir:4/2; Elif Özdemir:3/1"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage: 1. Beskæftigelse 2. Naboskab\nMvh Serkan Özdemir",
			from: "Serkan Özdemir", status: "complete", want: "Serkan Özdemir:4/1"}},
		// a number after "workshop" keeps its meaning
		{blindCase: blindCase{body: "Hej\nJeg vil gerne have workshop 1. Min mand vil have workshop 2. Tak\nMvh Serkan Özdemir",
			from: "Serkan Özdemir", notStatus: "complete"}},
	})
}

// Set 1 B. A wife withdraws her husband by "han må melde afbud" after
// naming him, and still comes herself: he alone is withdrawn.
func TestWithdrawnByPronounAfterName(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMin mand Ole Kjær er desværre blevet syg, så han må melde afbud til mødet. Jeg kommer stadig som aftalt.\n\nVenlig hilsen\nBente Kjær\n",
			from: "Bente Kjær", subject: "Afbud Ole", intent: tilmeld.IntentCancel, status: "complete", want: "Ole Kjær:-/-"}},
		{blindCase: blindCase{body: "Hej\nMin søn Ali Demir kan desværre ikke alligevel, han melder afbud. Jeg kommer stadig.\nMvh Hatice Demir",
			from: "Hatice Demir", subject: "Afbud", intent: tilmeld.IntentCancel, status: "complete", want: "Ali Demir:-/-"}},
		{blindCase: blindCase{body: "Hi\nMy husband Tom Berg has fallen ill, so he has to cancel. I am still coming as planned.\nBest, Lisa Berg",
			from: "Lisa Berg", subject: "Cancellation Tom", intent: tilmeld.IntentCancel, status: "complete", want: "Tom Berg:-/-"}},
		// no one named before the pronoun: the sender still coming is for staff
		{blindCase: blindCase{body: "Hej\nHan må desværre melde afbud. Jeg kommer stadig.\nMvh Bente Kjær",
			from: "Bente Kjær", subject: "Afbud", notStatus: "complete"}},
	})
}

// Set 2 G. "Skriv mig endelig på", "sæt mig bare på" ask to be
// registered ("endelig" = by all means), with no workshop named: asked
// for; the date and the hour are no choices.
func TestPutMeDownNoWorkshop(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nSkriv mig endelig på til mødet d. 29. september kl. 16.30. Jeg er vegetar.\n\nMvh\nPeter Lund\n",
			from: "Peter Lund", subject: "Netværksmøde", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Peter Lund:-/-", diet: "Peter Lund=vegetarian"}},
		{blindCase: blindCase{body: "Hej\nSæt mig bare på til mødet den 29. Jeg spiser ikke svinekød.\n\nMvh\nPeter Lund\n",
			from: "Peter Lund", subject: "Netværksmøde", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, diet: "Peter Lund=no_pork"}},
		{blindCase: blindCase{body: "Hi\nPlease put me down for the meeting on 29 September at 16.30. I am vegetarian.\n\nBest\nPeter Lund\n",
			from: "Peter Lund", subject: "Network meeting", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}}},
	})
}

// Set 2 J. Capitalised words after "living in", "bor i" name a place: the
// last of them ("Syd" in "Albertslund Syd") is no person beside the
// sender.
func TestPlaceNameBesideSender(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi,\nI am a master student at DTU living in Albertslund Syd and I would love to join the network meeting.\nName: Anna Kowalska\nWorkshop choices: Neighbourhood, networks & safety as number one, and Health & wellbeing as number two.\nI am vegetarian.\nPhone: +48 512 345 678\n",
			from: "Anna Kowalska", subject: "Network meeting", status: "complete", want: "Anna Kowalska:1/2", diet: "Anna Kowalska=vegetarian"}, phone: "+48512345678"},
		{blindCase: blindCase{body: "Hej\nJeg er studerende og bor i Albertslund Syd og jeg vil gerne deltage i netværksmødet.\nNavn: Anna Kowalska\nWorkshop 2 og 3\n",
			from: "Anna Kowalska", subject: "Netværksmøde", status: "complete", want: "Anna Kowalska:2/3"}},
		// a person named beside the sender is still one
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage sammen med Hanne i netværksmødet, workshop 2 og 3.\nMvh Anna Kowalska\n",
			from: "Anna Kowalska", subject: "Netværksmøde", notStatus: "complete"}},
	})
}

// Set 2 E. Two workshop words joined by "og", standing alone as the
// sender's own choice and confirmed by "i den rækkefølge" / "in that
// order", are her 1st and 2nd choices.
func TestTwoTitlesInThatOrder(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nTilmelder mig hermed netværksmødet. Tryghed og sundhed, i den rækkefølge.\n",
			from: `""`, subject: "Tilmelding", status: "incomplete", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage. Job og uddannelse i nævnte rækkefølge.\nMvh Jens Bo\n",
			from: "Jens Bo", status: "complete", want: "Jens Bo:4/3"}},
		{blindCase: blindCase{body: "Hi\nI would like to attend. Education and health, in that order.\nBest, Jens Bo\n",
			from: "Jens Bo", status: "complete", want: "Jens Bo:3/2"}},
	})
}
