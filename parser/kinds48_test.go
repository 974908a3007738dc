package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a forty-eighth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// G (lost field on a complete). A question written as a statement, with
// no question mark: "vil jeg gerne vide, om ...", "hører jeg gerne, hvor
// ...", "sig endelig til, om ...", "I also wonder whether ...", "I'd be
// grateful to hear if ...". It asks staff something; without it the bot
// confirms and nobody answers. An interest ("høre mere om sundhed") and an
// offer ("giv besked, hvis I har brug for mere") ask nothing.
func TestIndirectQuestionStated(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nInden jeg melder mig til, vil jeg gerne vide, om der er mad undervejs.\n\nMvh Ida Holm",
			subject: "Spørgsmål", intent: tilmeld.IntentQuestion, status: "review", want: ""}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nFør vi tilmelder os, vil jeg gerne høre, om salen ligger i stueplan.\nMvh Ida Holm",
			subject: "Netværksmøde", intent: tilmeld.IntentQuestion, status: "review", want: ""}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nJeg tager 2 og 3. Derudover hører jeg gerne, om der er elevator i bygningen.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg kommer på workshop 4 og 1. Hører gerne, hvornår dørene åbner.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/1"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage i workshop 1 og 4. Sig endelig til, om vi skal have noget med.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på 3 og 2. Jeg vil også gerne vide, hvor lang tid det varer.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/2"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\n\nWe may send two of our staff. Before we do, I'd be grateful to hear whether there is a charge.\n\nBest, Ida Holm",
			subject: "Network meeting", intent: tilmeld.IntentQuestion, status: "review", want: ""}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\n\nI'll take workshops 4 and 1. I also wonder whether there is a bus from the station.\n\nBest, Ida Holm",
			subject: "Network meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/1"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nI would like workshop 2 and 3. I'd be glad to know where we meet on the day.\nBest, Ida Holm",
			subject: "Network meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}, asks: "yes"},
		// near-misses: an interest, an offer, a plain wish
		{blindCase: blindCase{body: "Hej\nJeg tager 2 og 1. Giv besked, hvis I har brug for mere fra mig.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/1"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg tager 3 og 4. Sig til, hvis I mangler noget.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne høre mere om beskæftigelse, så workshop 4 og 1.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nI'll take 2 and 4. Let me know if you need anything else from me.\nBest, Ida Holm",
			subject: "Network meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
	})
}

// F (needless question flag). "Må jeg / kan vi / could I" with adding a
// person, correcting a diet or moving a choice asks, politely, for a change
// the bot makes itself: no question. Leave only staff give ("Må jeg tage
// mit barnebarn med?") and what only staff know stay questions.
func TestFirstPersonEditRequest(t *testing.T) {
	reply := "In-Reply-To: <tilmelding7@example.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMå jeg lige tilføje min kollega Nils Brandt? Han vil gerne på 1 og 2.\n\nMvh Ida Holm",
			subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Nils Brandt:1/2"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nKan jeg tilføje min nabo Karin Dam? Hun ønsker workshop 3 og 4.\nMvh Ida Holm",
			subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Karin Dam:3/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\n\nKan vi sætte én mere på vores tilmelding – Asha Nur, workshop 4 og 3?\n\nMvh Ida Holm",
			subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Asha Nur:4/3"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\n\nMå jeg rette min kost til vegansk?\n\nMvh Ida Holm",
			subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/-"}, diets: "Ida Holm=vegan", asks: "no"},
		{blindCase: blindCase{body: "Hej\nKan jeg ændre min kost til glutenfri?\nMvh Ida Holm",
			subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/-"}, diets: "Ida Holm=gluten_free", asks: "no"},
		{blindCase: blindCase{body: "Hi\n\nCould I add my colleague Rita Long to our booking? She'd like 2 and 1.\n\nBest, Ida Holm",
			subject: "Re: Registration", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Rita Long:2/1"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nMay I correct my diet to vegan?\nBest, Ida Holm",
			subject: "Re: Registration", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/-"}, diets: "Ida Holm=vegan", asks: "no"},
		// near-misses: leave staff give, information only staff have
		{blindCase: blindCase{body: "Hej\n\nMå jeg tage mit barnebarn med?\n\nMvh Ida Holm",
			subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nEr det for sent at tilmelde sig?\n\nMvh Ida Holm",
			subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nCan I bring my grandson along?\nBest, Ida Holm",
			subject: "Re: Registration", headers: reply, intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		// what is added or changed is no person nor a field of one
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på 2 og 3. Kan vi tilføje et punkt til dagsordenen om affald?\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på 2 og 3. Kan vi sætte plakater op til vores beboere?\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nI would like 2 and 3. Can I add a point to the agenda?\nBest, Ida Holm",
			subject: "Network meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}, asks: "yes"},
	})
}

// A (needless review, names and diets lost). One line per person: a name,
// then her two choices joined by "/", "+", "&" or "og" with no separator
// before them, then maybe her food after a dash or in a bracket. The food
// is that line's person's alone, and the sender's own name among the
// lines is her. A date ("29/9") or numbers outside the workshops are no
// pair; a bare "(2)" after a name may be an age.
func TestNamePairDietLines(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi kommer tre:\nSofie Lund 3/1\nKhalid Omar 1/4 – spiser ikke svinekød\nMette Dahl 2/3\n\nMvh Sofie Lund",
			from: "Sofie Lund", intent: tilmeld.IntentRegister, status: "complete", want: "Sofie Lund:3/1; Khalid Omar:1/4; Mette Dahl:2/3"},
			diets: "Sofie Lund=; Khalid Omar=no_pork; Mette Dahl="},
		{blindCase: blindCase{body: "Hej\n\nFra afdelingen kommer:\nRasmus Friis 4/2 - glutenfri\nAnna Juul 2/1\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Rasmus Friis:4/2; Anna Juul:2/1"}, diets: "Rasmus Friis=gluten_free; Anna Juul="},
		{blindCase: blindCase{body: "Hej\nVi tilmelder:\nTorben Lau 2+3 (vegetar)\nLeila Aziz 4+1 (halal)\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Torben Lau:2/3; Leila Aziz:4/1"}, diets: "Torben Lau=vegetarian; Leila Aziz=halal"},
		{blindCase: blindCase{body: "Hej\nVi kommer:\nKirsten Bak 2 & 1 - laktosefri\nOle Bach 3 og 4 (nøddeallergi)\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Kirsten Bak:2/1; Ole Bach:3/4"}, diets: "Kirsten Bak=lactose_free; Ole Bach=nut_allergy"},
		{blindCase: blindCase{body: "Hej\nTilmelding:\nKirsten Bak (2 og 1) vegetar\nOle Bach (3 og 4)\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Kirsten Bak:2/1; Ole Bach:3/4"}, diets: "Kirsten Bak=vegetarian; Ole Bach="},
		{blindCase: blindCase{body: "Hi\nOur team:\nEmma Stone 1/2 – vegan\nPeter Roe 4/1\nBest, Ida Holm",
			subject: "Network meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Emma Stone:1/2; Peter Roe:4/1"}, diets: "Emma Stone=vegan; Peter Roe="},
		{blindCase: blindCase{body: "Hej\nVi kommer to:\nIda Holm 2/4 - vegetar\nBent Holm 1/3\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4; Bent Holm:1/3"}, diets: "Ida Holm=vegetarian; Bent Holm="},
		// near-misses: dates and numbers outside the workshops, an age, a
		// bracket that a sentence goes on from
		{blindCase: blindCase{body: "Hej\nVi kommer:\nHanne Bo 29/9\nMads Lyng 12/10\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nVi kommer:\nKaren Ebbe (2)\nMvh Ida Holm", status: "review"}},
		{blindCase: blindCase{body: "Hej\nKaren Olsen (1 og 2) og Jens Olsen vil gerne deltage.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "incomplete", want: "Karen Olsen:1/2; Jens Olsen:-/-"}},
	})
}

// E (needless review). A reply keeps the old subject with its head count
// ("SV: Tilmelding – 5 personer"); the body changes one person. The count
// is the earlier message's, not a count of whom this one names. A fresh
// subject with a count still counts. A change of someone's field by a
// possessive ("Marias andet valg", "min mands kost") that the reading
// gives to another is no complete.
func TestCarriedSubjectCount(t *testing.T) {
	reply := "In-Reply-To: <tilmelding9@example.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne have Yasmin Ali med også, workshop 4 og 3.\n\nMvh Ida Holm",
			subject: "SV: Tilmelding fra Rønnebærparken – 5 personer", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Yasmin Ali:4/3"}},
		{blindCase: blindCase{body: "Hej\nJens Bo er vegetar, det glemte jeg.\nMvh Ida Holm",
			subject: "AW: Vi er 6 fra klubben", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Jens Bo:-/-"}, diets: "Jens Bo=vegetarian"},
		{blindCase: blindCase{body: "Hej\nKirsten Bak kan desværre ikke komme alligevel.\nMvh Ida Holm",
			subject: "SV: Tilmelding – 4 deltagere", headers: reply, intent: tilmeld.IntentCancel, status: "complete", want: "Kirsten Bak:-/-"}},
		{blindCase: blindCase{body: "Hi\nPlease also add Tom Reed, he would like workshop 3 and 1.\nBest, Ida Holm",
			subject: "Re: Registration for 3 people", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Tom Reed:3/1"}},
		// near-miss: a fresh subject counts against the names in the body
		{blindCase: blindCase{body: "Hej\nVi kommer: Ida Holm og Bent Holm, begge workshop 2 og 4.\nMvh Ida Holm",
			subject: "Tilmelding for 3 personer", intent: tilmeld.IntentRegister, notStatus: "complete"}},
		// a possessive names whose choice changes: never the sender's by default
		{blindCase: blindCase{body: "Hej\n\nVil I ændre Maria Lopez' andet valg til 4?\n\nMvh Ida Holm",
			subject: "SV: Tilmelding", headers: reply, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nVil I ændre Marias andet valg til 4?\n\nMvh Ida Holm",
			subject: "SV: Tilmelding", headers: reply, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nVil I ændre min mands andet valg til 4?\n\nMvh Ida Holm",
			subject: "SV: Tilmelding", headers: reply, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\n\nPlease change Maria Lopez's second choice to 4.\n\nBest, Ida Holm",
			subject: "Re: Registration for 3 people", headers: reply, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\n\nPlease change my second choice to 4.\n\nBest, Ida Holm",
			subject: "Re: Registration for 3 people", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/4"}},
	})
}

// invitation48 is the event's own invitation as a forward carries it,
// under Danish or English forward headers.
func invitation48(en bool) string {
	head := "\n\n---------- Videresendt besked ----------\nFra: Albertslund Boligsociale Center <abc@bo-vest.dk>\nDato: tir. 1. sep. 2020 kl. 10.14\nEmne: Invitation til netværksmøde\nTil: Ida Holm <sender@example.dk>\n\n"
	if en {
		head = "\n\n---------- Forwarded message ---------\nFrom: Albertslund Boligsociale Center <abc@bo-vest.dk>\nDate: Tue, 1 Sep 2020 at 10:14\nSubject: Invitation til netværksmøde\nTo: Ida Holm <sender@example.dk>\n\n"
	}
	return head + "Kære alle\n\nVi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n\n" +
		"Tilmelding senest 21. september med navn, workshop (1. og 2. prioritet) og eventuelle kosthensyn.\n\n" +
		"Workshops:\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n\n" +
		"Venlig hilsen\nAlbertslund Boligsociale Center\n"
}

// H (needless wrong intent). The event's own invitation passed on to a
// team or a board ("til orientering", "meld jer selv til", "FYI"): nobody
// registers, and the workshop list inside it is the invitation's text,
// not anyone's choice. With the sender's own choices beside it she alone
// registers; a resident's mail passed on is still read as hers.
func TestInvitationPassedOn(t *testing.T) {
	cc := "Cc: abc@bo-vest.dk\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej alle\n\nVideresender invitationen – meld jer gerne selv til hos ABC. Jeg deltager ikke selv.\n\nMvh Ida" + invitation48(false),
			subject: "VS: Invitation til netværksmøde", headers: cc, intent: tilmeld.IntentOther, status: "review", want: ""}, asks: "no"},
		{blindCase: blindCase{body: "Til orientering." + invitation48(false),
			subject: "VS: Invitation til netværksmøde", headers: cc, intent: tilmeld.IntentOther, status: "review", want: ""}, asks: "no"},
		{blindCase: blindCase{body: "Sender invitationen videre til bestyrelsen, så I kender den.\n\nIda" + invitation48(false),
			subject: "VS: Invitation til netværksmøde", headers: cc, intent: tilmeld.IntentOther, status: "review", want: ""}, asks: "no"},
		{blindCase: blindCase{body: "FYI team – see the invite below and sign yourselves up directly.\n\nIda" + invitation48(true),
			subject: "Fwd: Invitation til netværksmøde", headers: cc, intent: tilmeld.IntentOther, status: "review", want: ""}, asks: "no"},
		// near-misses: her own choices beside the invitation; a resident's
		// mail passed on
		{blindCase: blindCase{body: "Hej\nJeg kommer selv, workshop 4 og 2.\nMvh Ida Holm" + invitation48(false),
			subject: "VS: Invitation til netværksmøde", headers: cc, intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Hej\nVideresender til jer. Jeg kommer selv, workshop 4 og 2.\nMvh Ida Holm" + invitation48(true),
			subject: "Fwd: Invitation til netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Hej\nVideresender fra en beboer – kan I registrere hende?\nMvh Ida Holm\n\n---------- Videresendt besked ----------\nFra: Fatma Yilmaz <fatma.yilmaz@example.dk>\nDato: man. 14. sep. 2020 kl. 09.02\nEmne: Netværksmøde\nTil: Ida Holm <sender@example.dk>\n\nHej Ida\nJeg vil gerne med til mødet, workshop 2 og 1.\nHilsen Fatma Yilmaz\n",
			subject: "VS: Netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Fatma Yilmaz:2/1"}},
	})
}
