package parser

import (
	"slices"
	"testing"

	"tilmeld"
)

// The kinds of mail an eighteenth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// receiptSubject18 and quotedReceipt18 make a mail an answer to the bot's
// receipt, quoted under the answer as mail programs do.
const receiptSubject18 = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"

const quotedReceipt18 = "\n\nDen 12. sep. 2020 kl. 10.02 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020, tirsdag den 29. september 2020 kl. 16.30-19.30.\n>\n" +
	"> Vi har forstået din tilmelding sådan:\n>\n> Karen Dahl\n>   1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n" +
	">   2. prioritet: Sundhed & trivsel (nr. 2)\n>   Kost: ingen særlige hensyn\n>\n" +
	"> Er noget forkert, eller vil du ændre eller afmelde? Så svar blot på denne mail og skriv hvad.\n>\n> Venlig hilsen\n> Albertslund Boligsociale Center\n"

// J. A "vi" in a story of what usually happens ("vi oplever tit", "nogle
// gange kommer mødrene") counts nobody for the meeting.
func TestHabitualWeIsNoHeadCount(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej ABC\n\nJeg er frivillig i lektiecaféen. Vi oplever tit at børnene har svært ved at koncentrere sig, og nogle gange kommer mødrene også med og spørger om hjælp. Derfor vil jeg gerne deltage i workshoppen om uddannelse, og som nummer to den om trivsel.\n\nJeg er veganer.\n\nEr der mulighed for at parkere ved mødestedet?\n\nVenlig hilsen\nBirthe Lauridsen",
			from: "Birthe Lauridsen", status: "complete", intent: tilmeld.IntentRegister, want: "Birthe Lauridsen:3/2"}, asks: "yes", diets: "Birthe Lauridsen=vegan"},
		{blindCase: blindCase{body: "Hej\n\nI vores klub plejer vi at lave mad sammen om torsdagen, og ofte kommer forældrene også forbi. Jeg vil gerne tilmelde mig workshop 2 og 1.\n\nMvh\nJens Krog",
			from: "Jens Krog", status: "complete", want: "Jens Krog:2/1"}},
		{blindCase: blindCase{body: "Hej\n\nVi ser ofte at de unge mangler et sted at gå hen, og tit kommer de hen til os i klubben om aftenen. Jeg tilmelder mig workshop 3, subsidiært 4.\n\nHilsen\nMette Friis",
			from: "Mette Friis", status: "complete", want: "Mette Friis:3/4"}},
		{blindCase: blindCase{body: "Hi\n\nIn our homework club we often see that the kids struggle, and sometimes their mothers come along too. I would like to sign up for workshop 3 and then workshop 2.\n\nBest regards\nAnne Moos",
			from: "Anne Moos", subject: "Registration", status: "complete", want: "Anne Moos:3/2"}},
		// "vi" coming to this meeting still holds a lone reading back
		{blindCase: blindCase{body: "Hej\n\nVi kommer gerne til mødet. Workshop 1 og 2.\n\nMvh\nJens Krog",
			from: "Jens Krog", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nVi plejer at komme til jeres møder, og vi kommer også gerne i år. Workshop 1 og 2.\n\nMvh\nJens Krog",
			from: "Jens Krog", notStatus: "complete"}},
	})
}

// K. Person words in a reply that adds someone ("min nabo", "barnebørn")
// are no workshops; "som nummer to X" ranks X.
func TestAddedNeighbourPersonWords(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej igen\n\nI går mødte jeg min gode nabo Inger Holm på trappen, og da jeg fortalte om mødet, ville hun også gerne med. Inger vil også helst tryghed, og som nummer to uddannelse, for hun har barnebørn der går i skole her. Hun er vegetar.\n\nMin egen tilmelding er som den var.\n\nMvh\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Inger Holm:1/3"}, diets: "Inger Holm=vegetarian"},
		{blindCase: blindCase{body: "Hej\n\nMin nabo Ole Berg vil også gerne med. Ole vil helst sundhed og som nummer to beskæftigelse, for de unge i opgangen mangler job. Han spiser ikke svinekød.\n\nMin egen tilmelding er uændret.\n\nHilsen\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ole Berg:2/4"}, diets: "Ole Berg=no_pork"},
		{blindCase: blindCase{body: "Hej igen\n\nJeg mødte min gode nabo Inger Holm i går, og hun ville også gerne med. Inger vil også helst tryghed, og som nummer to uddannelse, for hun har barnebørn der mangler job. Hun er vegetar.\n\nMin egen tilmelding er som den var.\n\nMvh\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Inger Holm:1/3"}, diets: "Inger Holm=vegetarian"},
		{blindCase: blindCase{body: "Hej\n\nMin nabo Ole Berg vil også gerne med. Han vil helst uddannelse, og som nummer to naboskab, for de unge i opgangen mangler job.\n\nMin egen tilmelding er uændret.\n\nHilsen\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ole Berg:3/1"}},
		{blindCase: blindCase{body: "Hi\n\nMy neighbour Ole Berg would like to come too. He prefers safety, and as his second choice education, because he has grandchildren who need jobs.\n\nMy own registration stays as it is.\n\nBest\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ole Berg:1/3"}},
		// a reason after both choices names no third
		{blindCase: blindCase{body: "Hej igen\n\nMin nabo Inger Holm vil også gerne med. Hun vil helst tryghed, og som nummer to uddannelse, for hun har barnebørn der bor i opgangen og mangler job.\n\nMin egen tilmelding er uændret.\n\nMvh\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Inger Holm:1/3"}},
		{blindCase: blindCase{body: "Hi\n\nMy neighbour Ole Berg would like to come too. He prefers safety, and as his second choice education, because his grandson is in the area and looking for a job.\n\nMy own registration stays as it is.\n\nBest\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ole Berg:1/3"}},
		// choices for another person after "for" are not dropped as a reason
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig workshop 1 og 2, og for min søn Ali Holm workshop 3 og 4.\n\nMvh\nIda Holm",
			notStatus: "complete"}},
		// the reply without the receipt quoted under it
		{blindCase: blindCase{body: "Hej igen\n\nJeg mødte min nabo Inger Holm i går, og hun ville også gerne med. Inger vil helst tryghed, og som nummer to uddannelse, for hun har barnebørn der går i skole her. Hun er vegetar.\n\nMin egen tilmelding er som den var.\n\nMvh\nKaren Dahl",
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Inger Holm:1/3"}, diets: "Inger Holm=vegetarian"},
		{blindCase: blindCase{body: "Hi\n\nMy neighbour Ole Berg would like to come too: safety first, then health.\n\nMy own registration is as it was.\n\nBest\nKaren Dahl",
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ole Berg:1/2"}},
		// a person word that stands as the choice is still for staff
		{blindCase: blindCase{body: "Hej\n\nMin nabo Ole Berg vil også gerne med, helst noget om børn og unge.\n\nHilsen\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, notStatus: "complete"}},
	})
}

// L. A question with the registration put off until it is answered
// registers no one yet, and staff are told she waits on the answer
// whichever wording puts it off.
func TestRegistrationPostponed(t *testing.T) {
	cases := []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMin mand taler ikke så godt dansk. Har I tolk til mødet, eller må jeg komme med og oversætte for ham? Vi tilmelder os, når vi ved det.\n\nHilsen\nLeyla Demir",
			from: "Leyla Demir", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nEr der børnepasning under mødet? Jeg tilmelder mig, hvis der er.\n\nMvh\nLeyla Demir",
			from: "Leyla Demir", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nEr lokalet tilgængeligt med kørestol? Så tilmelder vi os, når vi har hørt fra jer.\n\nMvh\nLeyla Demir",
			from: "Leyla Demir", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\n\nIs there an interpreter at the meeting, or may I come along and translate for my husband? We'll sign up once we know.\n\nBest\nLeyla Demir",
			from: "Leyla Demir", subject: "Question", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nHar I tolk til mødet? Vi vil gerne tilmelde os, når vi ved det.\n\nHilsen\nLeyla Demir",
			from: "Leyla Demir", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
	}
	runChecked(t, cases)
	for _, c := range cases {
		if r := c.parse(); !slices.Contains(r.Reasons, "the sender will register once her question is answered") {
			t.Errorf("%q: reasons %q", c.body, r.Reasons)
		}
	}
	// a sign-up put off beside the workshops is no registration to act on
	runBlind(t, []blindCase{
		{body: "Hej\n\nJeg vil gerne på workshop 1 og 2. Jeg tilmelder mig først, når jeg har fået min vagtplan.\n\nMvh\nLeyla Demir",
			from: "Leyla Demir", notStatus: "complete"},
		{body: "Hi\n\nWorkshop 1 and 2 for me. I'll register once I have my shift plan.\n\nBest\nLeyla Demir",
			from: "Leyla Demir", subject: "Registration", notStatus: "complete"},
	})
}

// A sign-up that stands, a question beside it, stays a registration; a
// condition on it stays for staff.
func TestRegistrationWithQuestionStays(t *testing.T) {
	runChecked(t, []checkedCase{
		// "først" ranks a workshop, or says when she comes: neither puts the sign-up off
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig sundhed først, og så uddannelse.\n\nMvh\nLeyla Demir",
			from: "Leyla Demir", status: "complete", intent: tilmeld.IntentRegister, want: "Leyla Demir:2/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig workshop 2 og 3, men jeg kommer først kl. 18.\n\nMvh\nLeyla Demir",
			from: "Leyla Demir", status: "complete", intent: tilmeld.IntentRegister, want: "Leyla Demir:2/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder mig workshop 2 og 3. Er der parkering ved stedet?\n\nMvh\nLeyla Demir",
			from: "Leyla Demir", status: "complete", intent: tilmeld.IntentRegister, want: "Leyla Demir:2/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nVi tilmelder os, hvis der er en tolk. Workshop 1 og 2.\n\nMvh\nLeyla Demir",
			from: "Leyla Demir", notStatus: "complete"}},
	})
}

// M. A head count, the names and the choices register without any
// "tilmelde"; a family name first is still the name.
func TestTerseListRegisters(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej.\nVi er 2 personer:\nNguyen Thi Lan\nTran Van Minh\nBegge vil 2 og 1.\nLan tåler ikke laktose.\nTlf 22 33 44 55\nTak",
			from: "Lan", status: "complete", intent: tilmeld.IntentRegister, want: "Nguyen Thi Lan:2/1; Tran Van Minh:2/1"},
			diets: "Nguyen Thi Lan=lactose_free; Tran Van Minh=", phone: "+4522334455"},
		{blindCase: blindCase{body: "Hej\nVi er to:\nPham Thi Hoa\nLe Van Duc\nBegge workshop 3 og 4.\nDuc er vegetar.\nTak",
			from: "Hoa Pham", status: "complete", intent: tilmeld.IntentRegister, want: "Pham Thi Hoa:3/4; Le Van Duc:3/4"},
			diets: "Pham Thi Hoa=; Le Van Duc=vegetarian"},
		{blindCase: blindCase{body: "Hello.\nWe are 2 people:\nNguyen Thi Lan\nTran Van Minh\nBoth want 2 and 1.\nLan is lactose intolerant.\nThanks",
			from: "Lan", subject: "Meeting", status: "complete", intent: tilmeld.IntentRegister, want: "Nguyen Thi Lan:2/1; Tran Van Minh:2/1"}},
		// a count the names do not meet is for staff
		{blindCase: blindCase{body: "Hej.\nVi er 3 personer:\nNguyen Thi Lan\nTran Van Minh\nBegge vil 2 og 1.\nTak",
			from: "Lan", notStatus: "complete"}},
	})
}

// N. "tilmelde to medlemmer" counts two, named or not.
func TestUnnamedMembersCount(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Kære ABC\n\nAfdelingsbestyrelsen i afd. 7 vil gerne tilmelde to medlemmer til netværksmødet den 29. september. Begge ønsker workshop 1 som første prioritet og workshop 2 som anden.\n\nMed venlig hilsen\nBestyrelsen",
			from: "Afd. 7", status: "incomplete", intent: tilmeld.IntentRegister, want: ":1/2; :1/2", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde tre beboere fra Galgebakken. Alle tre ønsker workshop 4 og derefter workshop 3.\n\nMvh\nBeboerrådet",
			from: "Beboerrådet", status: "incomplete", intent: tilmeld.IntentRegister, want: ":4/3; :4/3; :4/3", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hi\n\nWe would like to register two members of our tenants' board. Both would like workshop 2 first and workshop 1 second.\n\nKind regards\nThe board",
			from: "Tenants board", subject: "Registration", status: "incomplete", intent: tilmeld.IntentRegister, want: ":2/1; :2/1", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Kære ABC\n\nAfdelingsbestyrelsen i afd. 12 vil gerne tilmelde tre medlemmer. Alle tre ønsker workshop 2 som første prioritet og workshop 4 som anden.\n\nMed venlig hilsen\nBestyrelsen",
			from: "Afd. 12", status: "incomplete", intent: tilmeld.IntentRegister, want: ":2/4; :2/4; :2/4", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hi\n\nThe board would like to register three residents. All three want workshop 3 first and workshop 1 second.\n\nKind regards\nThe board",
			from: "Tenants board", subject: "Registration", status: "incomplete", intent: tilmeld.IntentRegister, want: ":3/1; :3/1; :3/1", missing: []string{"name"}}},
		// members named are the ones signed up
		{blindCase: blindCase{body: "Hej\n\nBestyrelsen vil gerne tilmelde to medlemmer: Jens Hansen og Bo Berg. Begge ønsker workshop 1 og derefter 2.\n\nMvh\nBestyrelsen",
			from: "Afd. 7", status: "complete", intent: tilmeld.IntentRegister, want: "Jens Hansen:1/2; Bo Berg:1/2"}},
		// the sender among them says so, and is counted
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig selv og to medlemmer af bestyrelsen. Vi ønsker alle workshop 3 og 4.\n\nMvh\nIda Holm",
			notStatus: "complete"}},
	})
}

// O. A spouse who cannot come beside one's own registration is a remark;
// "late shifts" is no lateness; "Could you put me down for" asks nothing.
func TestSpouseAwayOwnRegistration(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi,\n\nCould you put me down for health & wellbeing, and then neighbours/safety as my second choice? My husband can't make it, he's on late shifts that week. Oh, and I'm lactose intolerant.\n\nThanks,\nSarah Jensen",
			from: "Sarah Jensen", subject: "Network meeting", status: "complete", intent: tilmeld.IntentRegister, want: "Sarah Jensen:2/1"},
			asks: "no", diets: "Sarah Jensen=lactose_free"},
		{blindCase: blindCase{body: "Hej\n\nVil I skrive mig op til sundhed og så tryghed som nummer to? Min mand kan ikke komme, han har aftenvagt den uge.\n\nMvh\nSarah Jensen",
			from: "Sarah Jensen", status: "complete", intent: tilmeld.IntentRegister, want: "Sarah Jensen:2/1"}, asks: "no"},
		{blindCase: blindCase{body: "Hi,\n\nPlease sign me up for education, and jobs as my second choice. My wife won't be able to come, she works late that day.\n\nBest,\nTom Berg",
			from: "Tom Berg", subject: "Network meeting", status: "complete", intent: tilmeld.IntentRegister, want: "Tom Berg:3/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\n\nPlease register me for workshop 4, then 2. My partner won't be able to attend.\n\nThanks\nSarah Jensen",
			from: "Sarah Jensen", subject: "Registration", status: "complete", intent: tilmeld.IntentRegister, want: "Sarah Jensen:4/2"}},
		// a relative who cannot come and has workshops of his own is for staff
		{blindCase: blindCase{body: "Hej\n\nSkriv mig op til workshop 2 og 1. Min mand kan ikke komme til workshop 3, men gerne 4.\n\nMvh\nSarah Jensen",
			from: "Sarah Jensen", notStatus: "complete"}},
		// in answer to the receipt, a relative who cannot come is withdrawn
		{blindCase: blindCase{body: "Hej\n\nMin mand kan desværre ikke komme alligevel.\n\nMvh\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, intent: tilmeld.IntentCancel}},
	})
	// the daughter who comes in the sentence that says the husband cannot
	// is an attendee, asked for by name, not one more who stays home
	r := parseMail("Dorte Lind", "Registration", "", "Hi\nI'd like workshop 1 and 2, and I'm bringing my daughter. My husband can't come, so my daughter takes his place.\nBest, Dorte Lind")
	if len(r.Attendees) != 2 || r.Status != tilmeld.StatusIncomplete || !slices.Contains(r.Missing, tilmeld.MissingName) || len(r.Reasons) > 0 {
		t.Errorf("daughter instead of husband: got %s %v %s %q", r.Status, r.Missing, choices(r), r.Reasons)
	}
}

// P. A diet given anew in a reply is the whole new diet; "ingen nødder" is
// a nut allergy.
func TestDietCorrectionWhole(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMin kost skal rettes til: vegansk og ingen nødder, jeg har nøddeallergi (glemte det sidst, undskyld!). Workshops er fine som de er.\n\nMvh\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Karen Dahl:-/-"},
			diets: "Karen Dahl=nut_allergy,vegan"},
		{blindCase: blindCase{body: "Hej\n\nKost skal ændres til vegetar, ingen nødder tak. Resten er som det var.\n\nMvh\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Karen Dahl:-/-"},
			diets: "Karen Dahl=nut_allergy,vegetarian"},
		{blindCase: blindCase{body: "Hi\n\nPlease change my diet to: vegan, no nuts (I forgot last time, sorry!). The workshops are fine as they are.\n\nBest\nKaren Dahl" + quotedReceipt18,
			from: "Karen Dahl", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Karen Dahl:-/-"},
			diets: "Karen Dahl=nut_allergy,vegan"},
	})
}

// Q. "X er vigtigst (for mig), så Y" ranks X then Y.
func TestMostImportantThen(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Tryghed er vigtigst for mig, så sundhed.\n\nMvh\nIda Holm",
			status: "complete", want: "Ida Holm:1/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne. Uddannelse er det vigtigste for mig, dernæst beskæftigelse.\n\nMvh\nIda Holm",
			status: "complete", want: "Ida Holm:3/4"}},
		{blindCase: blindCase{body: "Hej\n\nTilmelding: Sundhed er vigtigst, derefter naboskab.\n\nMvh\nIda Holm",
			status: "complete", want: "Ida Holm:2/1"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend. Education matters most to me, then health.\n\nBest\nIda Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:3/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg skriver på vegne af beboeren Fatma Yilmaz, som gerne vil deltage. Hun skriver:\n\n\"Tryghed er vigtigst for mig, så sundhed.\"\n\nMvh\nLise Berg\nBoligsocial medarbejder",
			from: "Lise Berg", status: "complete", intent: tilmeld.IntentRegister, want: "Fatma Yilmaz:1/2"}},
		{blindCase: blindCase{body: "Hi\n\nI am writing on behalf of our resident Fatma Yilmaz, who would like to attend. In her words: \"Safety is the most important to me, then health.\"\n\nBest\nLise Berg",
			from: "Lise Berg", subject: "Registration", status: "complete", intent: tilmeld.IntentRegister, want: "Fatma Yilmaz:1/2"}},
		// "vigtigst" of something else ranks no workshop
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 3 og 4. Det vigtigste for mig er at møde andre fra området.\n\nMvh\nIda Holm",
			status: "complete", want: "Ida Holm:3/4"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Sundhed og tryghed er begge vigtige for mig.\n\nMvh\nIda Holm",
			notStatus: "complete"}},
	})
}
