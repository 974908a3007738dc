package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail an eighth look at unseen mail showed the reader wrong
// on, each in several wordings of our own, through Parse with the gate.

// 2. Workshop numbers written as words after "workshop", "nummer", "nr."
// or in a priority clause; "to", "en" and "et" elsewhere are no numbers.
func TestWorkshopNumberWords(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage i workshop nummer fire. Som anden prioritet vælger jeg nummer to.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg vil gerne deltage i workshop tre, og ellers workshop en.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne tilmelde mig. 1. prioritet: nummer to. 2. prioritet: nummer fire.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage i workshop nr. tre.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-"},
		{body: "Hi\nI would like to join workshop number four. As my second choice I pick number two.\nBest, Ann Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:4/2"},
		{body: "Hi\nI'd like to sign up for workshop three, otherwise workshop one.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:3/1"},
		{body: "Hej\nJeg vil gerne deltage i workshop to og tre.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi\nI'd like workshop one or two.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:1/2"},
		{body: "Hej\nJeg vil gerne tilmelde mig.\n1. prioritet: fire\n2. prioritet: en\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/1"},
		{body: "Hej\nJeg vil gerne deltage. Min første prioritet er tre, og min anden prioritet er to.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/2"},
		{body: "Hi\nI would like to register. My first choice is four and my second choice is one.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:4/1"},
		// a label followed by words that are no number
		{body: "Hej\nJeg vil gerne deltage. Mit valg er en svær sag, jeg vender tilbage.\nMvh Ida Holm", notStatus: "complete"},
		// a number word that starts the next sentence is none
		{body: "Hi\nI'd like to sign up for the workshop. Two and a half hours is long, though.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", notStatus: "complete"},
		{body: "Hej\nJeg vil gerne deltage i workshop 3. Jeg kommer fra workshoppen. To og to går vi rundt.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-"},
		// "som nummer to" is the rank of the workshop before it
		{body: "Hej\nJeg vil gerne have workshop 3 som nummer et og workshop 1 som nummer to.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1"},
		{body: "Hi\nI'd like workshop 4 as number one and workshop 2 as number two.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:4/2"},
		// "no one" is nobody, "workshop en gang" no number
		{body: "Hi\nI'd like to attend workshop 3. No one else from our house is coming.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:3/-"},
		{body: "Hi\nI would like to sign up. I know no one.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", notStatus: "complete"},
		{body: "Hej\nJeg har været til workshop en gang før. Jeg vil gerne i workshop 2 igen.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi\nPlease change my workshop to 3.\nAnn Fox\n\n" + receiptEnglish,
			from: "Ann Fox", subject: "Re: Registration", headers: replyHeaders, want: "Ann Fox:3/-"},
		// "to" as a preposition and "en" as an article are no workshop
		{body: "Hi\nI would like to come to workshop 2.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:2/-"},
		{body: "Hej\nJeg vil gerne deltage i workshop 3. Jeg har en veninde med som ikke deltager i en workshop.\nMvh Ida Holm",
			notStatus: "complete"},
	})
}

// 3. Leaving the choice to the organisers: staff place her.
func TestLeaveChoiceToOrganisers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage. Sæt mig bare på den workshop, hvor der er mest brug for folk – det er lige meget for mig.\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg kommer gerne. I kan placere mig, hvor der mangler folk.\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nTilmelding: I må sætte mig, hvor der er plads.\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg vil gerne være med og er ligeglad med hvilken workshop. Placer mig hvor I vil.\nMvh Ida Holm",
			status: "review"},
		{body: "Hi\nI'd like to attend. Put me in whichever workshop needs people.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "review"},
		{body: "Hi\nPlease sign me up. Place me wherever you need people most.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "review"},
		{body: "Hej\nJeg vil gerne deltage. Det er lige meget for mig, hvilken workshop jeg kommer på.\nMvh Ida Holm", status: "review"},
		{body: "Hej\nJeg vil gerne deltage, hvor som helst.\nMvh Ida Holm", status: "review"},
		{body: "Hej\nJeg vil gerne med. Jeg er ikke kræsen med workshop.\nMvh Ida Holm", status: "review"},
		{body: "Hej\nJeg kommer gerne og hjælper til, hvor der er brug for det.\nMvh Ida Holm", status: "review"},
		{body: "Hi\nI'd like to come. I'm flexible about the workshop.\nAnn Fox", from: "Ann Fox", subject: "Registration", status: "review"},
		{body: "Hi\nI'd like to join. Wherever you need me is fine.\nAnn Fox", from: "Ann Fox", subject: "Registration", status: "review"},
		// a workshop named, and "lige meget" only of the second: her choice stands
		{body: "Hej\nJeg vil gerne i workshop 2, ellers er det lige meget.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}

// 4. A tentative cancellation: she may not come but stays registered; staff
// answer, the registration is not withdrawn.
func TestTentativeCancel(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg er måske forhindret den 29. på grund af arbejde. Jeg ved det først på fredag. Lad mig stå på listen indtil videre.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentCancel},
		{body: "Hej\nJeg er muligvis forhindret i at komme. Jeg giver besked så snart jeg ved det.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentCancel},
		{body: "Hej\nJeg kan blive nødt til at melde fra, men jeg ved det først i næste uge. Behold mig på listen indtil videre.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentCancel},
		{body: "Hej\nJeg kan måske ikke komme alligevel. Jeg vender tilbage.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentCancel},
		{body: "Hi\nI might not make it on the 29th. I will know on Friday. Please keep me on the list for now.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "review", intent: tilmeld.IntentCancel},
		{body: "Hi\nI may have to cancel, but I won't know until next week.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "review", intent: tilmeld.IntentCancel},
		{body: "Hej\nDet kan være, jeg bliver forhindret. Jeg giver besked.\nMvh Ida Holm", status: "review", intent: tilmeld.IntentCancel},
		{body: "Hej\nJeg bliver måske nødt til at melde afbud pga. arbejde.\nMvh Ida Holm", status: "review", intent: tilmeld.IntentCancel},
		{body: "Hi\nI may be unable to attend after all. I'll let you know.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "review", intent: tilmeld.IntentCancel},
		// a certain withdrawal stays one
		{body: "Hej\nJeg er desværre nødt til at melde afbud.\nMvh Ida Holm", status: "complete", intent: tilmeld.IntentCancel},
		{body: "Hej\nJeg er desværre forhindret den 29. og må melde fra.\nMvh Ida Holm", status: "complete", intent: tilmeld.IntentCancel},
	})
}

// 1. Staff register a resident who came by: the resident is the one
// attendee with her choices and diet, her own phone is the contact, and the
// sender (with an office switchboard in her signature) is no attendee.
func TestStaffRegistersResident(t *testing.T) {
	staffSig := "\n\nMed venlig hilsen\nIda Holm\nVicevært, Boligselskabet Vest\nTlf. 70 20 30 40"
	cases := []struct {
		blindCase
		phone string
	}{
		{blindCase{body: "Hej\nHodan Ali Farah fra Lindebo kom forbi kontoret i dag og bad mig melde hende til netværksmødet. Hun har ikke selv e-mail, så svar gerne mig. Hun vil helst være med i Sundhed & trivsel, ellers Naboskab, netværk & tryghed. Hun spiser ikke svinekød. Hodans mobil: 50 12 33 87" + staffSig,
			status: "complete", intent: tilmeld.IntentRegister, want: "Hodan Ali Farah:2/1", diet: "Hodan Ali Farah=no_pork"}, "+4550123387"},
		{blindCase{body: "Hej\nHodan Ali Farah har bedt mig tilmelde hende. Hun vil gerne i workshop 2, ellers 1.\nHodans mobil: 50 12 33 87" + staffSig,
			status: "complete", want: "Hodan Ali Farah:2/1"}, "+4550123387"},
		{blindCase{body: "Hej\nAhmed Yusuf kom forbi i dag og bad mig tilmelde ham. Han vil gerne i workshop 3, ellers 4. Han er vegetar. Ahmeds telefon: 22 33 44 55" + staffSig,
			status: "complete", want: "Ahmed Yusuf:3/4", diet: "Ahmed Yusuf=vegetarian"}, "+4522334455"},
		{blindCase{body: "Hej\nHodan Ali Farah kom forbi og bad mig melde hende til. Hun vil gerne i workshop 2, ellers 1. Hendes mobil: 50 12 33 87" + staffSig,
			status: "complete", want: "Hodan Ali Farah:2/1"}, "+4550123387"},
		{blindCase{body: "Hej\nHodan Ali Farah kom forbi og bad mig melde hende til. Hun vil gerne i workshop 2, ellers 1. Hodans mobil: 50 12 33 87\n\nMed venlig hilsen\nIda Holm\nVicevært | Boligselskabet Vest\nHovednummer: 70 20 30 40 | www.bsv.dk",
			status: "complete", want: "Hodan Ali Farah:2/1"}, "+4550123387"},
		{blindCase{body: "Hej\nAhmed Yusuf har bedt mig om at skrive ham op til mødet. Han vil helst i workshop 4 og ellers 1." + staffSig,
			status: "complete", want: "Ahmed Yusuf:4/1"}, ""},
		{blindCase{body: "Hej\nJeg skriver på vegne af Hodan Ali Farah, som bor i Lindebo. Hun vil gerne deltage i workshop 2, ellers workshop 1. Hodans mobil: 50 12 33 87" + staffSig,
			status: "complete", want: "Hodan Ali Farah:2/1"}, "+4550123387"},
		{blindCase{body: "Hi\nHodan Ali Farah from Lindebo asked me to sign her up. She would like workshop 2, otherwise 1. She does not eat pork. Hodan's mobile: 50 12 33 87\n\nBest,\nIda Holm\nCaretaker\nPhone 70 20 30 40",
			subject: "Registration", status: "complete", want: "Hodan Ali Farah:2/1", diet: "Hodan Ali Farah=no_pork"}, "+4550123387"},
		{blindCase{body: "Hej\nJeg tilmelder hermed Hodan Ali Farah, som har bedt mig om det. Hun vil gerne i workshop 2, ellers 1." + staffSig,
			status: "complete", want: "Hodan Ali Farah:2/1"}, ""},
		{blindCase{body: "Hi\nHodan Ali Farah came by the office and asked me to register her. She'd like workshop 2, or else 1.\n\nBest,\nIda Holm\nCaretaker",
			subject: "Registration", status: "complete", want: "Hodan Ali Farah:2/1"}, ""},
		// the sender who also comes is an attendee too
		{blindCase{body: "Hej\nHodan Ali Farah bad mig melde hende til. Hun vil gerne i workshop 2, ellers 1. Jeg kommer også selv og vil gerne i workshop 3." + staffSig,
			status: "complete", want: "Ida Holm:3/-; Hodan Ali Farah:2/1"}, ""},
	}
	for _, c := range cases {
		runBlind(t, []blindCase{c.blindCase})
		if c.phone == "" {
			continue
		}
		r := parseMail("Ida Holm", "Tilmelding", "", c.body)
		if r.Contact.Phone != c.phone {
			t.Errorf("%q: phone %q, want %q", c.body, r.Contact.Phone, c.phone)
		}
	}
}

// receiptYilmaz is the bot's receipt for Mehmet and Ayşe Yılmaz, quoted.
var receiptYilmaz = strings.NewReplacer("Hej Ida", "Hej Mehmet", "> Ida Holm\n", "> Mehmet Yılmaz\n", "> Per Holm\n", "> Ayşe Yılmaz\n").Replace(receiptTwo)

// yilmazListOnly quotes only the receipt's list of people.
const yilmazListOnly = "Den 12. sep. 2020 kl. 10.02 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Mehmet Yılmaz\n>   1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n>   2. prioritet: Uddannelse & livschancer (nr. 3)\n" +
	"> Ayşe Yılmaz\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n>   2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n"

// 5. A changed mind told in the third person in a reply to the receipt:
// an update for the person named, with her new choices; the sender, whose
// choices are unchanged, is no attendee.
func TestThirdPersonChangedMind(t *testing.T) {
	const from, want = "Mehmet Yılmaz", "Ayşe Yılmaz:1/2"
	bodies := []string{
		"Ayşe Yılmaz har skiftet mening: hendes 1. prioritet skal være Naboskab, netværk & tryghed, og 2. prioritet Sundhed & trivsel. Mine valg er uændrede.",
		"Ayşe Yılmaz har skiftet mening: hendes 1. prioritet skal være workshop 1, og 2. prioritet workshop 2. Mine valg er de samme.",
		"Ayşe Yılmaz har ombestemt sig. Hun vil gerne have Naboskab, netværk & tryghed som 1. prioritet og Sundhed & trivsel som 2. prioritet. Mine egne valg er uændrede.",
		"Ayşe Yılmaz har fortrudt sit valg: hendes 1. prioritet skal være Naboskab, og 2. prioritet Sundhed. Mine valg forbliver de samme.",
		"Ayşe Yılmaz has changed her mind: her first choice should be Naboskab, netværk & tryghed and her second Sundhed & trivsel. My choices are unchanged.",
		"Ayşe Yılmaz has changed her mind: her 1st priority is now workshop 1, and her 2nd workshop 2. My own choices remain the same.",
	}
	var cases []blindCase
	for _, b := range bodies {
		// with the receipt quoted, with only its list of people quoted (all
		// four workshops named, as an invitation does), and with no quote
		for _, q := range []string{"\n\n" + receiptYilmaz, "\n\n" + yilmazListOnly, ""} {
			cases = append(cases, blindCase{body: "Hej\n" + b + "\nMvh Mehmet" + q, from: from, subject: reSubj, headers: replyHeaders,
				status: "complete", intent: tilmeld.IntentUpdate, want: want})
		}
	}
	runBlind(t, cases)
}

// Every already-registered wording is read as one.
func TestAlreadyRegisteredPhrases(t *testing.T) {
	for _, s := range []string{
		"Jeg er allerede tilmeldt.", "Min tilmelding er uændret.", "Mine valg er uændrede.", "Mine valg er de samme.",
		"Vores valg forbliver som de er.", "My choices are unchanged.", "My priorities remain the same.", "My workshop stays as it is.",
		"I am already registered.", "Tak for kvitteringen.",
	} {
		tx := newText(s)
		if !alreadyRegistered(tx) {
			t.Errorf("%q: not read as already registered", s)
		}
	}
}
