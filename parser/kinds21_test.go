package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-first look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A. A pronoun before a name ("Mig Dorota K., jeg vil komme") introduces
// the name and is no part of it: a name tag holds no pronoun.
func TestPronounBeforeNameIsNoName(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej.\n\nMig Dorota K., jeg vil komme på møde 29 september.\nWorkshop sundhed og naboskab.\nJeg spise ikke svin.\n22 41 57 09\n",
			from: "Dorota K", status: "complete", intent: tilmeld.IntentRegister, want: "Dorota K:2/1"}, diets: "Dorota K=no_pork", phone: "+4522415709"},
		{blindCase: blindCase{body: "Hej\n\nMig Tran Thi L. Jeg vil gerne komme. Workshop 3 og 4.\n\nTak",
			from: "Tran Thi L", status: "complete", want: "Tran Thi L:3/4"}},
		{blindCase: blindCase{body: "Goddag\n\nJeg Marek P., vil gerne med på workshop uddannelse og beskæftigelse. Jeg er vegetar.\n",
			from: "Marek P", status: "complete", want: "Marek P:3/4"}, diets: "Marek P=vegetarian"},
		{blindCase: blindCase{body: "Hello\n\nMe Ivana R., I want come to meeting. Workshop 2 and 1.\n",
			from: "Ivana R", subject: "Registration", status: "complete", want: "Ivana R:2/1"}},
	})
}

// receipt21 is a receipt as a reply quotes it, in other words than the
// bot's own: the subject "Kvittering for tilmelding" alone tells it.
const receipt21 = "\n\n-----Oprindelig meddelelse-----\nFra: ABC <abc@bo-vest.dk>\nSendt: 15. september 2020 10:12\nEmne: Kvittering for tilmelding\n\n" +
	"Kære Jonas Friis\n\nTak for jeres tilmelding. Vi har registreret:\n- Jonas Friis: workshop 3 og 1\n- Mette Lund: workshop 1 og 3\n- Lone D.: workshop 1 og 2\n\nMed venlig hilsen\nABC\n"

// B. Corrections in answer to a receipt change the registration made:
// "rettelser til vores tilmelding", "vil hellere"; "vi tager X med" adds
// X, not the writer, whose own entry stays as it was.
func TestCorrectionsToReceipt(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "To rettelser til vores tilmelding:\nLone vil hellere på workshop 3 som første og 1 som anden.\nOg vi tager vores nye bestyrelsesmedlem med: Hanan K., workshop 2, som 2. prio 4. Ingen særlige hensyn.\n\nVenlig hilsen\nJonas" + receipt21,
			from: "Jonas Friis", subject: "SV: Kvittering for tilmelding", status: "complete", intent: tilmeld.IntentUpdate, want: "Lone D:3/1; Hanan K:2/4"}},
		{blindCase: blindCase{body: "Hej\n\nEn rettelse til vores tilmelding: Mette vil hellere på workshop 2 som første og 4 som anden.\n\nMvh\nJonas" + receipt21,
			from: "Jonas Friis", subject: "SV: Kvittering for tilmelding", status: "complete", intent: tilmeld.IntentUpdate, want: "Mette Lund:2/4"}},
		// without the receipt, "Lone" names no one the reading knows
		{blindCase: blindCase{body: "To rettelser til vores tilmelding:\nLone vil hellere på workshop 3 som første og 1 som anden.\nOg vi tager vores nye bestyrelsesmedlem med: Hanan K., workshop 2, som 2. prio 4.\n\nVenlig hilsen\nJonas",
			from: "Jonas Friis", intent: tilmeld.IntentUpdate, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\n\nOne correction to our registration: Mette would rather have workshop 2 first and 4 second.\n\nBest\nJonas" + receipt21,
			from: "Jonas Friis", subject: "Re: Receipt for registration", status: "complete", intent: tilmeld.IntentUpdate, want: "Mette Lund:2/4"}},
	})
}

// C. "N, så M" between two numbers orders them, as "N, derefter M" and "N,
// then M" do: "så" there means "then", not "so".
func TestSaaBetweenNumbersOrders(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os tre:\nBirgit Krogh (undertegnede): 1 og 4\nSamira Haddad: 2, så 3. Samira er veganer.\nPiotr Nowicki: 3 og 1\n\nMvh\nBirgit",
			from: "Birgit Krogh", status: "complete", want: "Birgit Krogh:1/4; Samira Haddad:2/3; Piotr Nowicki:3/1"}, diets: "Birgit Krogh=; Samira Haddad=vegan; Piotr Nowicki="},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 4, så 2.\n\nMvh\nBirgit Krogh",
			from: "Birgit Krogh", status: "complete", want: "Birgit Krogh:4/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 1, derefter 3.\n\nMvh\nBirgit Krogh",
			from: "Birgit Krogh", status: "complete", want: "Birgit Krogh:1/3"}},
		{blindCase: blindCase{body: "Hi\n\nTom Reed: 2, then 4\nAnn Reed: 1 and 3\n\nBest\nTom",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:2/4; Ann Reed:1/3"}},
		// "så" before a count is "so": no second choice
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2, så 3 af os kommer.\n\nMvh\nBirgit Krogh",
			from: "Birgit Krogh", notStatus: "complete"}},
	})
}

// D. A withdrawal that speaks of "mig og min mand" and names the two
// elsewhere withdraws those two: the role word and the name are one person
// when the count fits.
func TestCancelRoleAndName(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi kan desværre ikke komme alligevel, både mig og min mand er blevet syge. Så I må gerne slette Nguyen Thi L. og Nguyen Van T.\n\nMvh\nLan",
			from: "Nguyen Thi Lan", subject: "Re: Tilmelding", intent: tilmeld.IntentCancel, status: "complete", want: "Nguyen Thi Lan:-/-; Nguyen Van T:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nVi kan desværre ikke komme alligevel, både mig og min mand er blevet syge. Så I må gerne slette Nguyen Thi L. og Nguyen Van T.\n\nMvh\nLan",
			from: "lan", subject: "Re: Tilmelding", intent: tilmeld.IntentCancel, status: "complete", want: "Nguyen Thi L:-/-; Nguyen Van T:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nMin kone og jeg må desværre melde fra. Slet venligst Jens Bro og Anne Bro.\n\nMvh\nJens Bro",
			from: "Jens Bro", subject: "Re: Tilmelding", intent: tilmeld.IntentCancel, status: "complete", want: "Jens Bro:-/-; Anne Bro:-/-"}},
		{blindCase: blindCase{body: "Hi\n\nUnfortunately my wife and I can't come after all. Please remove Tom Hart and Ann Hart.\n\nBest\nTom Hart",
			from: "Tom Hart", subject: "Re: Registration", intent: tilmeld.IntentCancel, status: "complete", want: "Tom Hart:-/-; Ann Hart:-/-"}},
		// more names than roles: who is who is for staff
		{blindCase: blindCase{body: "Hej\n\nVi kan desværre ikke komme, både mig og min mand er syge. Slet venligst Nguyen Van T. og Tran Thi M.\n\nMvh\nLan",
			from: "Nguyen Thi Lan", subject: "Re: Tilmelding", intent: tilmeld.IntentCancel, notStatus: "complete"}},
	})
}

// E. "I'm also bringing X", "my colleague X would also like to come" add a
// person; "X only", "only wants ..., nothing else" give one choice; a
// he/she sentence after belongs to the one just introduced. The sender's
// own name in apposition ("myself, Rachel O.") is hers, shortened.
func TestBroughtPersonWithPronounChoice(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi\n\nI'd like to sign up myself, Joan M., for \"Education and life chances\", with health as my second choice.\nI'm also bringing one of our learners, Dawit T. He only wants the employment workshop, nothing else. He doesn't eat pork.\n\nBest\nJoan",
			from: "Joan Mills", subject: "Registration", status: "complete", want: "Joan Mills:3/2; Dawit T:4/-"}, diets: "Joan Mills=; Dawit T=no_pork"},
		{blindCase: blindCase{body: "Hi\n\nI'd like workshop 1 and then 3.\nI'm also bringing my neighbour Samir Aziz. He wants employment. He is vegetarian.\n\nBest\nJoan Mills",
			from: "Joan Mills", subject: "Registration", status: "complete", want: "Joan Mills:1/3; Samir Aziz:4/-"}, diets: "Joan Mills=; Samir Aziz=vegetarian"},
		{blindCase: blindCase{body: "Hello\n\nPlease register me: Kavitha N. - first choice workshop 2 (health), second choice 1 (neighbourhood). I have a nut allergy.\nMy colleague Mei L. would also like to come - workshop 3 only. She is vegetarian.\n\nKind regards\nKavitha N.",
			from: "Kavitha N", subject: "Registration", status: "complete", want: "Kavitha N:2/1; Mei L:3/-"}, diets: "Kavitha N=nut_allergy; Mei L=vegetarian"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig selv, Ruth K., til uddannelse, med sundhed som andet valg.\nJeg tager også Dawit Tesfaye med. Han vil kun på beskæftigelse. Han spiser ikke svinekød.\n\nMvh\nRuth",
			from: "Ruth Kjær", status: "complete", want: "Ruth Kjær:3/2; Dawit Tesfaye:4/-"}, diets: "Ruth Kjær=; Dawit Tesfaye=no_pork"},
	})
}

// F. Asking whether one may still come after the deadline, then "i så
// fald ..." with the choices, is a registration and a question; "gerne på
// 1 og 2" gives the two choices.
func TestLateSignUpWithQuestion(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Jeg ved godt at fristen er overskredet, men kan jeg stadig nå at komme med? I så fald vil jeg gerne på 2 og 4.\n\nYasmin B.\n31 22 85 47\n",
			from: "Yasmin B", status: "complete", intent: tilmeld.IntentRegister, want: "Yasmin B:2/4"}, asks: "yes", phone: "+4531228547"},
		{blindCase: blindCase{body: "Hej\n\nFristen er vist overskredet, men er der stadig plads? Hvis ja, vil jeg gerne på 3 og 1.\n\nMvh\nYasmin Berg",
			from: "Yasmin Berg", status: "complete", intent: tilmeld.IntentRegister, want: "Yasmin Berg:3/1"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\n\nI know the deadline has passed, but can I still join? If so, I would like workshop 4 and 2.\n\nYasmin Berg",
			from: "Yasmin Berg", subject: "Registration", status: "complete", intent: tilmeld.IntentRegister, want: "Yasmin Berg:4/2"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på 1.\n\nMvh\nYasmin Berg",
			from: "Yasmin Berg", status: "complete", want: "Yasmin Berg:1/-"}},
		// a count after "på" is no workshop
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne på 2 timer, hvis det passer.\n\nMvh\nYasmin Berg",
			from: "Yasmin Berg", notStatus: "complete"}},
	})
}

// G. "alligevel hellere", "X er uændret" change an earlier registration;
// who passes on another's wish ("X har fortalt mig, at han ...") is no
// attendee.
func TestPassedOnChangeIsUpdate(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nYusuf K. har fortalt mig, at han alligevel hellere vil på workshop 3 som første prioritet og 1 som anden. Amina er uændret.\n\nMvh\nBirte Lund\nTolk",
			from: "Birte Lund", status: "complete", intent: tilmeld.IntentUpdate, want: "Yusuf K:3/1"}, email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\n\nOmar Said har bedt mig sige, at han alligevel hellere vil på workshop 2 som første og 4 som anden. Hans kone Nadia er uændret.\n\nMvh\nBirte Lund",
			from: "Birte Lund", status: "complete", intent: tilmeld.IntentUpdate, want: "Omar Said:2/4"}},
		{blindCase: blindCase{body: "Hi\n\nYusuf K. told me that he would rather have workshop 3 as first choice and 1 as second after all. Amina is unchanged.\n\nBest\nBirte Lund\nInterpreter",
			from: "Birte Lund", subject: "Registration", status: "complete", intent: tilmeld.IntentUpdate, want: "Yusuf K:3/1"}},
	})
}

// quotedForward21 is a friend's forward of the invitation, quoted under
// the resident's answer.
const quotedForward21 = "\n\n> Den 10. sep. 2020 kl. 18.02 skrev Leila Warsame <leila.w@example.dk>:\n>\n> Hej Hodan, her er invitationen til mødet. Du kan tilmelde dig ved at skrive til dem.\n>\n> Mvh Leila\n>\n" +
	"> ---------- Videresendt besked ---------\n> Fra: Albertslund Boligsociale Center <abc@bo-vest.dk>\n> Emne: Invitation: Aktive boligområder i Albertslund efter 2020\n>\n> Kære beboer\n> Vi inviterer til netværksmøde den 29. september.\n"

// H. Who passed on the invitation ("mødet som Leila sendte", "Leila gav
// mig invitationen") is no attendee.
func TestMessengerIsNoAttendee(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej jeg vil gerne komme til mødet som Leila sendte. Jeg hedder Hodan Y. min tlf 28 14 63 90" + quotedForward21,
			from: "Hodan", subject: "Re: Invitation", status: "incomplete", missing: []string{"workshop"}, want: "Hodan Y:-/-"}, phone: "+4528146390"},
		{blindCase: blindCase{body: "Hej\n\nLeila gav mig invitationen. Jeg vil gerne på workshop 2 og 1.\n\nMvh\nHodan Yusuf" + quotedForward21,
			from: "Hodan Yusuf", subject: "Re: Invitation", status: "complete", want: "Hodan Yusuf:2/1"}},
		{blindCase: blindCase{body: "Hi\n\nI would like to come to the meeting Leila told me about. Workshop 3 and 4 please.\n\nHodan Yusuf" + quotedForward21,
			from: "Hodan Yusuf", subject: "Re: Invitation", status: "complete", want: "Hodan Yusuf:3/4"}},
		// a friend who comes along is still an attendee
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne komme sammen med Leila Warsame, som sendte mig invitationen. Vi vil begge på workshop 2 og 1.\n\nMvh\nHodan Yusuf" + quotedForward21,
			from: "Hodan Yusuf", subject: "Re: Invitation", status: "complete", want: "Hodan Yusuf:2/1; Leila Warsame:2/1"}},
	})
}

// I. A 1st choice "for dem begge", then each one's own 2nd in one sentence
// ("vil A gerne have X og B Y"): each gets the shared 1st and her own 2nd,
// in the order written.
func TestSharedFirstOwnSecond(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde Hawa Ali og Musa Ali. Jeg deltager ikke selv.\nFørsteprioritet er for dem begge workshop 2 om sundhed. Som andet valg vil Hawa gerne have uddannelse og Musa beskæftigelse. De spiser begge kun halal.\nKontakt Hawa på hawa.ali@example.dk, tlf. 22 71 40 18.\n\nMvh\nGitte Bak\nTolk",
			from: "Gitte Bak", status: "complete", want: "Hawa Ali:2/3; Musa Ali:2/4"}, diets: "Hawa Ali=halal; Musa Ali=halal", email: "hawa.ali@example.dk", phone: "+4522714018"},
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder Hawa Ali og Musa Ali, jeg kommer ikke selv. Førsteprioritet for dem begge er naboskab. Som andet valg vil Musa gerne have sundhed og Hawa uddannelse.\n\nMvh\nGitte Bak",
			from: "Gitte Bak", status: "complete", want: "Hawa Ali:1/3; Musa Ali:1/2"}},
		{blindCase: blindCase{body: "Hi\n\nI am registering Hawa Ali and Musa Ali; I will not attend myself. The first choice for both of them is workshop 2. As second choice Hawa would like education and Musa employment.\n\nBest\nGitte Bak",
			from: "Gitte Bak", subject: "Registration", status: "complete", want: "Hawa Ali:2/3; Musa Ali:2/4"}},
		// a second sentence that names only one of them settles nothing for the other
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde Hawa Ali og Musa Ali. Jeg deltager ikke selv.\nFørsteprioritet er for dem begge workshop 2. Som andet valg vil Hawa gerne have uddannelse.\n\nMvh\nGitte Bak",
			from: "Gitte Bak", notStatus: "complete"}},
	})
}

// J. Under a header row ("Navn  Workshop  Kost  Telefon") each line is a
// person and each cell belongs to its column: "N + M" in a "Workshop"
// column is a pair of choices, "-" nothing, and "afd. 5" no workshop.
func TestTableWithWorkshopColumn(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nTilmelding fra Hedemarken, afd. 3:\n\nNavn\tWorkshop\tKost\tTelefon\nMikkel R.\t1 + 2\t-\t22 48 15 90\nAyse K.\t4 + 1\thalal\t26 70 33 12\nEmre K.\t2 + 3\thalal\n\nMvh\nMikkel",
			from: "Mikkel R", status: "complete", want: "Mikkel R:1/2; Ayse K:4/1; Emre K:2/3"}, diets: "Mikkel R=; Ayse K=halal; Emre K=halal", phone: "+4522481590"},
		{blindCase: blindCase{body: "Hej\n\nHer er vores tilmelding:\n\nNavn\tWorkshops\tKost\nMikkel Rask\t3 og 4\tvegetar\nAyse Kaya\tsundhed, naboskab\t-\n\nMvh\nMikkel Rask",
			from: "Mikkel Rask", status: "complete", want: "Mikkel Rask:3/4; Ayse Kaya:2/1"}, diets: "Mikkel Rask=vegetarian; Ayse Kaya="},
		// a cell of three workshops settles no order
		{blindCase: blindCase{body: "Hej\n\nHer er vores tilmelding:\n\nNavn\tWorkshop\tKost\nMikkel Rask\t1 + 2 + 3\t-\nAyse Kaya\t4 + 1\t-\n\nMvh\nMikkel Rask",
			from: "Mikkel Rask", notStatus: "complete"}},
	})
}

// K. An office in the display name is no person's name; staff who sign up
// a resident they do not name ("Tilmelding af beboer ... Hun vil gerne
// ...") give her choices and food through "hun": one unnamed attendee.
func TestOfficeSignsUpUnnamedResident(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nTilmelding af beboer fra nr. 22 (hun ringede til kontoret i dag). Hun vil gerne på workshop 4 og 1 og er vegetar. Hendes tlf er 22 61 08 34.\n\nMvh\nEjendomskontoret",
			from: "Ejendomskontoret Galgebakken", status: "incomplete", missing: []string{"name"}, want: ":4/1"}, diets: "=vegetarian", phone: "+4522610834"},
		{blindCase: blindCase{body: "Hej\n\nVi tilmelder en beboer fra nr. 7. Hun ønsker sundhed og naboskab.\n\nMvh\nDriftskontoret",
			from: "Driftskontoret Hyldespjældet", status: "incomplete", missing: []string{"name"}, want: ":2/1"}},
		// a named resident is still read by her name
		{blindCase: blindCase{body: "Hej\n\nTilmelding af beboer Grethe Juul fra nr. 22. Hun vil gerne på workshop 4 og 1.\n\nMvh\nEjendomskontoret",
			from: "Ejendomskontoret Galgebakken", status: "complete", want: "Grethe Juul:4/1"}},
	})
}

// L. A terse note whose lines run together ("jeg ws 1 / bashir nur ws 4 og
// 1, bashir spiser ik svin"): a line that opens with a name and "ws N"
// is a person with her choices. Until the reader reads such lines, one
// whose person is no attendee goes to staff, never complete to the writer.
func TestTerseNameLineGoesToStaff(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "hej her er tilmeling fra os på kontoret til mødet den 29\njeg ws 1\nahmed ali ws 4 og 1, ahmed spiser ik svin\nmvh erik\n",
			from: "Erik H.", notStatus: "complete"}},
		// a capitalised name's line is read: his choices and his food
		{blindCase: blindCase{body: "hej her er tilmelding fra os på kontoret til mødet den 29\njeg ws 2\nAhmed Ali ws 3 og 1, ahmed spiser ikke svin\nmvh erik\n",
			from: "Erik H.", status: "complete", want: "Erik H.:2/-; Ahmed Ali:3/1"}, diets: "Erik H.=; Ahmed Ali=no_pork"},
		{blindCase: blindCase{body: "hej her er tilmelding fra os på kontoret\njeg ws 3\nahmed ali ws 2\nmvh erik\n",
			from: "Erik H.", notStatus: "complete"}},
		// a line of the sender's own stays hers
		{blindCase: blindCase{body: "hej\nerik hansen ws 3 og 1\nmvh erik\n",
			from: "Erik Hansen", status: "complete", want: "Erik Hansen:3/1"}},
	})
}

// M. "bytte X ud med Y", "Y tager X's plads" change an existing
// registration: an update, for staff to carry out.
func TestSubstitutionIsUpdate(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nBodil kan desværre ikke den 29. Kan vi bytte hende ud med vores kasserer Selma D.? Hun vil gerne samme workshops.\n\nMvh\nPoul Berg",
			from: "Poul Berg", subject: "Re: Tilmelding", intent: tilmeld.IntentUpdate, status: "review"}},
		{blindCase: blindCase{body: "Hej\n\nJens kan ikke alligevel. Vores næstformand Selma Demir tager Jens' plads, hun vil gerne samme workshops.\n\nMvh\nPoul Berg",
			from: "Poul Berg", subject: "Re: Tilmelding", intent: tilmeld.IntentUpdate, status: "review"}},
		{blindCase: blindCase{body: "Hi\n\nBodil can't make it on the 29th. Could we swap her for our treasurer Selma D.? She would like the same workshops.\n\nBest\nPaul Berg",
			from: "Paul Berg", subject: "Re: Registration", intent: tilmeld.IntentUpdate, status: "review"}},
	})
}
