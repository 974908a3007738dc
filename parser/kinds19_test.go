package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a nineteenth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A. Words that explain or restate a diet tag already read ("mælk" beside
// laktose, "sødt" beside sukkersyge, "tages hensyn til det") and "ellers
// spiser jeg alt" add no "other".
func TestDietRestatedAddsNoOther(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig workshop 1 og 2. Jeg tåler ikke gluten, så det vil være dejligt hvis der tages hensyn til det.\n\nMvh\nLene Bak",
			from: "Lene Bak", status: "complete", want: "Lene Bak:1/2"}, diets: "Lene Bak=gluten_free"},
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder min mor Grethe Bak, hun vil gerne på workshop 3 og ellers 4. Hun tåler ikke mælk (laktose). Jeg kommer ikke selv.\n\nMvh\nLene Bak",
			from: "Lene Bak", status: "complete", want: "Grethe Bak:3/4"}, diets: "Grethe Bak=lactose_free"},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne. Workshop 2, ellers 4. Jeg har sukkersyge, så jeg kan ikke tåle ret meget sødt til maden. Ellers spiser jeg alt.\n\nHilsen\nPoul Vang",
			from: "Poul Vang", status: "complete", want: "Poul Vang:2/4"}, diets: "Poul Vang=diabetic"},
		{blindCase: blindCase{body: "Hi\n\nI would like to sign up for workshop 4 and then workshop 1. I am allergic to shellfish, otherwise I eat everything.\n\nBest regards\nSara Lind",
			from: "Sara Lind", subject: "Registration", status: "complete", want: "Sara Lind:4/1"}, diets: "Sara Lind=shellfish_allergy"},
		{blindCase: blindCase{body: "Hej\n\nTilmelding til workshop 1 og 3. Jeg er diabetiker og skal undgå sukker, men ellers spiser jeg alt.\n\nMvh\nOle Dam",
			from: "Ole Dam", status: "complete", want: "Ole Dam:1/3"}, diets: "Ole Dam=diabetic"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne med på workshop 2 og 1. Jeg er cøliaker og kan ikke tåle hvede, så tag gerne hensyn til det.\n\nMvh\nBo Lund",
			from: "Bo Lund", status: "complete", want: "Bo Lund:2/1"}, diets: "Bo Lund=gluten_free"},
		// a refused food the tags lack still stands as "other"
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig workshop 1 og 2. Jeg tåler ikke gluten, og jeg tåler heller ikke selleri.\n\nMvh\nLene Bak",
			from: "Lene Bak"}, diets: "Lene Bak=gluten_free,other"},
		// a food that explains no tag said beside it is still "other"
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig workshop 3 og 4. Jeg tåler ikke mælk, ellers spiser jeg alt.\n\nMvh\nPia Holt",
			from: "Pia Holt"}, diets: "Pia Holt=other"},
	})
}

// B. In a person's line, an unmarked workshop before "som 2. prioritet Y"
// is the first.
func TestUnmarkedBeforeSecondIsFirst(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nHer er vores tilmeldinger fra afdelingsbestyrelsen:\n\nNadia Holm (formand): Beskæftigelse & opkvalificering, som 2. prioritet Uddannelse & livschancer\nKarl Winther (kasserer): Sundhed & trivsel, som 2. prioritet Naboskab, netværk & tryghed\n\nIngen af os har særlige madhensyn.\n\nMvh\nNadia Holm",
			from: "Nadia Holm", status: "complete", want: "Nadia Holm:4/3; Karl Winther:2/1"},
		{body: "Hej\n\nJeg vil gerne deltage: Uddannelse & livschancer, som anden prioritet Sundhed & trivsel.\n\nJeg spiser alt.\n\nMvh\nTove Krag",
			from: "Tove Krag", status: "complete", want: "Tove Krag:3/2"},
		{body: "Hej\n\nJeg tilmelder mig. Workshop 4, og som 2. prioritet workshop 1.\n\nHilsen\nErik Stær",
			from: "Erik Stær", status: "complete", want: "Erik Stær:4/1"},
		// the mark after its workshop still ranks the one before it
		{body: "Hej\n\nJeg tilmelder mig med Sundhed & trivsel som 2. prioritet, og Uddannelse & livschancer som 1. prioritet.\n\nHilsen\nErik Stær",
			from: "Erik Stær", status: "complete", want: "Erik Stær:3/2"},
	})
}

// C. Number words after "nummer" name workshops: "nummer et og nummer
// tre", "nummer to og så fire".
func TestNumberWordsAfterNummer(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nJeg vælger nummer et og nummer tre.\n\nMvh\nAsta Krogh",
			from: "Asta Krogh", status: "complete", want: "Asta Krogh:1/3"},
		{body: "Hej\n\nJeg vælger workshop nummer to og så fire.\n\nMvh\nAsta Krogh",
			from: "Asta Krogh", status: "complete", want: "Asta Krogh:2/4"},
		{body: "Hej\n\nJeg vil gerne på workshop nummer fire, og ellers nummer et.\n\nHilsen\nFrede Lau",
			from: "Frede Lau", status: "complete", want: "Frede Lau:4/1"},
		// "nummer et" beside a workshop still ranks it
		{body: "Hej\n\nWorkshop 3 er nummer et for mig, og workshop 2 kommer derefter.\n\nHilsen\nFrede Lau",
			from: "Frede Lau", status: "complete", want: "Frede Lau:3/2"},
		{body: "Hi\n\nI choose number two and then number three.\n\nBest\nAnna Berg",
			from: "Anna Berg", subject: "Registration", status: "complete", want: "Anna Berg:2/3"},
	})
}

// D. A family listed one to a line with role marks ("(mig)", "(min
// kone)", "(vores datter, 19 år, ...)") and one shared choice and diet
// after the list: every one of them attends, none counted twice for the
// relation in her bracket. A reading that loses one goes to staff.
func TestFamilyListWithRoles(t *testing.T) {
	r := parseMail("Abdi Farah", "Tilmelding", "", "Hej\n\nJeg vil gerne tilmelde min familie til mødet:\n\nAbdi Farah (mig)\nHawa Ali (min kone)\nSagal Ali (vores datter, 19 år, hun læser til sygeplejerske)\n\nVi vil alle sammen helst være med i Naboskab, netværk & tryghed, og ellers Uddannelse & livschancer. Vi spiser halal alle tre.\n\nMvh\nAbdi Farah")
	if got := allDiets(r); got != "Abdi Farah=halal; Hawa Ali=halal; Sagal Ali=halal" {
		t.Errorf("diets %q, want halal for all three", got)
	}
	runBlind(t, []blindCase{
		{body: "Hej\n\nJeg vil gerne tilmelde min familie til mødet:\n\nAbdi Farah (mig)\nHawa Ali (min kone)\nSagal Ali (vores datter, 19 år, hun læser til sygeplejerske)\n\nVi vil alle sammen helst være med i Naboskab, netværk & tryghed, og ellers Uddannelse & livschancer. Vi spiser halal alle tre.\n\nMvh\nAbdi Farah",
			from: "Abdi Farah", status: "complete", want: "Abdi Farah:1/3; Hawa Ali:1/3; Sagal Ali:1/3"},
		{body: "Hej\n\nVi kommer fire fra familien:\n\nMorten Skov (mig selv)\nLise Skov (min kone)\nJonas Skov (vores søn, 17 år)\nIda Skov (vores datter, 15 år, går i 9. klasse)\n\nVi vil alle gerne på workshop 2, og ellers 4. Ingen særlige hensyn.\n\nHilsen\nMorten Skov",
			from: "Morten Skov", status: "complete", want: "Morten Skov:2/4; Lise Skov:2/4; Jonas Skov:2/4; Ida Skov:2/4"},
		{body: "Hi\n\nI would like to register my family:\n\nOmar Nur (me)\nAsha Nur (my wife)\nLiban Nur (our son, 16 years)\n\nWe would all like workshop 3, otherwise workshop 1. We all eat halal.\n\nBest regards\nOmar Nur",
			from: "Omar Nur", subject: "Registration", status: "complete", want: "Omar Nur:3/1; Asha Nur:3/1; Liban Nur:3/1"},
	})
}

// E. "X og hans kone", "X og hendes mand", "X og deres søn" count one
// more person, unnamed: the sender is asked for the name.
func TestNamedAndHisWife(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nJeg er medarbejder i boligsocialt team og vil gerne tilmelde Ali Reza og hans kone til mødet. De ønsker begge workshop 2, ellers 1. De spiser halal. Jeg deltager ikke selv.\n\nMvh\nSøren Kjær",
			from: "Søren Kjær", status: "incomplete", missing: []string{"name"}},
		{body: "Hej\n\nJeg tilmelder hermed Birgit Holm og hendes mand. De vil gerne på workshop 3 og ellers 4. Jeg kommer ikke selv.\n\nVenlig hilsen\nKaren Lyng",
			from: "Karen Lyng", status: "incomplete", missing: []string{"name"}},
		{body: "Hi\n\nI would like to register Tariq Aziz and his wife. They both want workshop 1, otherwise 2. I will not attend myself.\n\nBest\nJane Holt",
			from: "Jane Holt", subject: "Registration", notStatus: "complete"},
		// the relative named after the relation is read as the one she is
		{body: "Hej\n\nJeg vil gerne tilmelde Ali Reza og hans kone Leyla Reza til mødet. De ønsker begge workshop 2, ellers 1. Jeg deltager ikke selv.\n\nMvh\nSøren Kjær",
			from: "Søren Kjær", status: "complete", want: "Ali Reza:2/1; Leyla Reza:2/1"},
	})
}

// F. A registration that holds only if the writer may come along ("Hvis
// jeg ikke må være med, ... se bort fra tilmeldingen") is a question for
// staff, not a plain registration.
func TestRegistrationOnCondition(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg skriver for min mor, Fadumo Warsame. Hun vil gerne på workshop 1, og ellers workshop 2. Hun spiser halal.\n\nMå jeg komme med som tolk for hende? Hvis jeg ikke må være med, så tror jeg ikke hun tør komme alene, og så skal I bare se bort fra tilmeldingen.\n\nMvh\nYusuf Warsame",
			from: "Yusuf Warsame", status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder min far, Kemal Aydın, til workshop 4 og 3. Kan jeg få lov at sidde med og oversætte? Ellers kommer han nok ikke, og så må I annullere tilmeldingen.\n\nHilsen\nSelin Aydın",
			from: "Selin Aydın", status: "review"}},
		{blindCase: blindCase{body: "Hi\n\nI am writing for my mother, Amina Said. She would like workshop 2, otherwise workshop 3. Can I come along as her interpreter? If not, she will not dare to come alone, so please disregard the registration.\n\nBest\nHassan Said",
			from: "Hassan Said", subject: "Registration", status: "review"}},
	})
}

// quotedReceiptTwo19 is the bot's receipt for two people, quoted under an
// answer.
const quotedReceiptTwo19 = "\n\nDen 12. sep. 2020 kl. 10.02 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020, tirsdag den 29. september 2020 kl. 16.30-19.30.\n>\n" +
	"> Vi har forstået din tilmelding sådan:\n>\n> Emine Kaya\n>   1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n" +
	">   2. prioritet: Sundhed & trivsel (nr. 2)\n>   Kost: ingen særlige hensyn\n>\n" +
	"> Hüseyin Kaya\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n>   2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n>   Kost: ingen særlige hensyn\n>\n" +
	"> Er noget forkert, eller vil du ændre eller afmelde? Så svar blot på denne mail og skriv hvad.\n>\n> Venlig hilsen\n> Albertslund Boligsociale Center\n"

// G. "X vil hellere på 4 end på 2 som første prioritet" puts 4 in place of
// 2 as X's first; "som det står" leaves the rest as it is (second null).
func TestRatherThanReplaces(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nHüseyin vil hellere på workshop 4 end på 2 som første prioritet. Hans anden prioritet og alt mit eget er som det står.\n\nMvh\nEmine Kaya" + quotedReceiptTwo19,
			from: "Emine Kaya", subject: receiptSubject18, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Hüseyin Kaya:4/-"},
		{body: "Hej\n\nHüseyin vil hellere have Uddannelse & livschancer end Sundhed & trivsel som første prioritet. Resten er som det står.\n\nMvh\nEmine Kaya" + quotedReceiptTwo19,
			from: "Emine Kaya", subject: receiptSubject18, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Hüseyin Kaya:3/-"},
		// no priority said for either: staff look
		{body: "Hej\n\nHüseyin vil hellere på workshop 4 end på 2. Mit eget er som det står.\n\nMvh\nEmine Kaya" + quotedReceiptTwo19,
			from: "Emine Kaya", subject: receiptSubject18, headers: replyHeaders, intent: tilmeld.IntentUpdate, notStatus: "complete"},
	})
}

// H. "Jeg kommer stadig selv" beside a withdrawal of others keeps the
// sender.
func TestWithdrawOthersSenderStays(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nVi må desværre melde afbud for to af de beboere, jeg tilmeldte i sidste uge: Khadija O. og Henrik J. Jeg kommer stadig selv, og det gør de andre fra Hedemarken også.\n\nMvh\nLouise Bech",
			from: "Louise Bech", intent: tilmeld.IntentCancel, want: "Khadija O:-/-; Henrik J:-/-"},
		{body: "Hej\n\nJeg skal desværre afmelde to af vores beboere: Amir Haddad og Gitte Lund. Jeg deltager stadig selv.\n\nVenlig hilsen\nLouise Bech",
			from: "Louise Bech", intent: tilmeld.IntentCancel, want: "Amir Haddad:-/-; Gitte Lund:-/-"},
		{body: "Hi\n\nUnfortunately I have to withdraw two of our residents: Omar Farouk and Lisa Berg. I am still coming myself.\n\nBest regards\nLouise Bech",
			from: "Louise Bech", subject: "Registration", intent: tilmeld.IntentCancel, want: "Omar Farouk:-/-; Lisa Berg:-/-"},
		{body: "Hej\n\nJeg må desværre afmelde to af de beboere, jeg tilmeldte forleden: Zainab Hussein og Kurt Nielsen. Jeg kommer stadig selv.\n\nVenlig hilsen\nPernille Dam",
			from: "Pernille Dam", status: "complete", intent: tilmeld.IntentCancel, want: "Zainab Hussein:-/-; Kurt Nielsen:-/-"},
		// the sender who registered herself earlier and withdraws is withdrawn
		{body: "Hej\n\nJeg tilmeldte mig i sidste uge, men jeg må desværre melde afbud, da jeg er blevet syg.\n\nVenlig hilsen\nPernille Dam",
			from: "Pernille Dam", status: "complete", intent: tilmeld.IntentCancel, want: "Pernille Dam:-/-"},
		// whom she withdraws unread: not the sender who stays
		{body: "Hej\n\nDe to nye beboere fra blok 3 kan desværre ikke alligevel, så jeg melder afbud for dem. Jeg kommer stadig selv.\n\nMvh\nLouise Bech",
			from: "Louise Bech", notStatus: "complete"},
	})
}

// I. Two title words of two workshops joined by "og" as the value of a
// labelled priority line ("1. prioritet: trivsel og tryghed") cannot be
// settled.
func TestBlendedTitleInLabelledLine(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nNavn: Gül Demir\n1. prioritet: trivsel og tryghed\n2. prioritet: det er jeg ikke helt sikker på endnu\n\nMvh\nGül Demir",
			from: "Gül Demir", notStatus: "complete"},
		{body: "Hej\n\nNavn: Gül Demir\n1. prioritet: uddannelse og beskæftigelse\n2. prioritet: sundhed\n\nMvh\nGül Demir",
			from: "Gül Demir", notStatus: "complete"},
		{body: "Hi\n\nName: Gül Demir\n1st priority: wellbeing and safety\n2nd priority: not sure yet\n\nBest\nGül Demir",
			from: "Gül Demir", subject: "Registration", notStatus: "complete"},
		// one workshop's own title words joined by "og" are one choice
		{body: "Hej\n\nNavn: Gül Demir\n1. prioritet: sundhed og trivsel\n2. prioritet: uddannelse\n\nMvh\nGül Demir",
			from: "Gül Demir", status: "complete", want: "Gül Demir:2/3"},
	})
}

// J. A full name the sender writes in lower case at the end of a terse
// mail, holding every word of her shorter display name, is her name.
func TestLowercaseFullNameInBody(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "hej jeg vil gerne deltage\nsundhed + beskaeftigelse\ntran minh duc\ntlf 60 88 14 25",
			from: "Duc Tran", status: "complete", want: "Tran Minh Duc:2/4"},
		{body: "hej jeg vil gerne med\nworkshop 3 og 1\nnguyen thi lan\n",
			from: "Lan Nguyen", status: "complete", want: "Nguyen Thi Lan:3/1"},
		// a lowercase line without the display name's words is not taken
		{body: "hej jeg vil gerne med\nworkshop 3 og 1\nnguyen thi lan\n",
			from: "Duc Tran", notStatus: "complete"},
	})
}
