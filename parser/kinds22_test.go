package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-second look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// quotedReceipt22 is the bot's receipt with Sundhed first and Beskæftigelse
// second, quoted under an answer.
const quotedReceipt22 = "\n\nDen 14. sep. 2020 kl. 09.12 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020, tirsdag den 29. september 2020 kl. 16.30-19.30.\n>\n" +
	"> Vi har forstået din tilmelding sådan:\n>\n> Nanna Vestergaard\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n" +
	">   2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n>   Kost: ingen særlige hensyn\n>\n" +
	"> Er noget forkert, eller vil du ændre eller afmelde? Så svar blot på denne mail og skriv hvad.\n>\n> Venlig hilsen\n> Albertslund Boligsociale Center\n"

// quotedReceipt22One is that receipt with Naboskab first.
var quotedReceipt22One = strings.Replace(quotedReceipt22, "Sundhed & trivsel (nr. 2)", "Naboskab, netværk & tryghed (nr. 1)", 1)

// A. A reply that reports what the receipt wrongly says ("I kvitteringen
// står der workshop 2 først") and then the wish ("beskæftigelse som nr 1 og
// sundhed som nr 2"): the wish is the new order, the receipt's words are
// the old state.
func TestReceiptReportedThenWish(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nI kvitteringen står der workshop 2 først, men jeg skrev beskæftigelse. Jeg vil gerne have beskæftigelse som nr 1 og sundhed som nr 2. Kan I rette det?\n\nMvh\nNanna Vestergaard" + quotedReceipt22,
			from: "Nanna Vestergaard", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Nanna Vestergaard:4/2"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\n\nDer står i kvitteringen at sundhed er min første, men det var forkert. Jeg vil have beskæftigelse som nummer 1 og sundhed som nummer 2.\n\nHilsen\nNanna Vestergaard" + quotedReceipt22,
			from: "Nanna Vestergaard", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Nanna Vestergaard:4/2"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\n\nThe receipt says workshop 2 first, but I wrote employment. I would like employment as no 1 and health as no 2. Can you fix it?\n\nBest\nNanna Vestergaard" + quotedReceipt22,
			from: "Nanna Vestergaard", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Nanna Vestergaard:4/2"}, asks: "no"},
		// the receipt's words alone, with no wish, are for staff
		{blindCase: blindCase{body: "Hej\n\nI kvitteringen står der workshop 2 først, men jeg skrev beskæftigelse.\n\nMvh\nNanna Vestergaard" + quotedReceipt22,
			from: "Nanna Vestergaard", subject: receiptSubject18, headers: replyHeaders, notStatus: "complete"}},
	})
}

// B. Title words of two workshops side by side with nothing between them
// ("uddanelse opkvalifisering"), explained by one "den om ...", are one
// unclear choice, not a first and a second.
func TestTwoTitleWordsOneChoice(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg Fadumo Ahmed Nur vil gerne deltage.\nWorkshop: uddanelse opkvalifisering, den om at få bedre uddannelse til arbejde.\nJeg spiser alt.\n\nFadumo",
			from: "Fadumo Ahmed Nur", status: "review"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage.\nWorkshop: sundhed naboskab, den om at have det godt i opgangen.\n\nMvh\nKirsten Lund",
			from: "Kirsten Lund", status: "review"}},
		{blindCase: blindCase{body: "Hi\n\nI would like to come.\nWorkshop: education employment, the one about getting a better education for work.\n\nBest\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "review"}},
		// two titles with "og" or a comma between them stay a first and a second
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage.\nWorkshop: uddannelse og opkvalificering.\n\nMvh\nKirsten Lund",
			from: "Kirsten Lund", status: "complete", want: "Kirsten Lund:3/4"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage.\nWorkshop: uddannelse, opkvalificering.\n\nMvh\nKirsten Lund",
			from: "Kirsten Lund", status: "complete", want: "Kirsten Lund:3/4"}},
	})
}

// C. "X (og Y) kommer" said of the meeting registers each person named,
// without the word "tilmeld"; "hun ved ikke endnu hvilken workshop" is no
// choice for her.
func TestComesWithoutSignUpWord(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg Hawa Osman kommer. Workshop helbred og så skolen. Min veninde Sahra Ali kommer også med, men hun ved ikke endnu hvilken workshop. Vi spiser begge halal.\n\nHawa",
			from: "Hawa Osman", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"workshop"}, want: "Hawa Osman:2/3; Sahra Ali:-/-"}, diets: "Hawa Osman=halal; Sahra Ali=halal"},
		{blindCase: blindCase{body: "Hej\n\nJeg ved det er efter fristen, undskyld. Jeg, Karim Haddad, og min kone Leila Haddad kommer på tirsdag.\nVi spiser halal.\n\nKarim\nTlf. 31 44 52 67",
			from: "Karim Haddad", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"workshop"}, want: "Karim Haddad:-/-; Leila Haddad:-/-"}, diets: "Karim Haddad=halal; Leila Haddad=halal", phone: "+4531445267"},
		{blindCase: blindCase{body: "Hej\n\nJeg Birgitte Lund kommer til mødet. Workshop sundhed og så naboskab. Min nabo Jytte Krogh kommer også med, men hun ved ikke endnu hvilken workshop.\n\nBirgitte",
			from: "Birgitte Lund", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"workshop"}, want: "Birgitte Lund:2/1; Jytte Krogh:-/-"}},
		{blindCase: blindCase{body: "Hi\n\nI know it is after the deadline, sorry. I, Omar Saleh, and my wife Rania Saleh are coming on Tuesday.\nWe eat halal.\n\nOmar\nPhone 31 44 52 68",
			from: "Omar Saleh", subject: "Registration", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"workshop"}, want: "Omar Saleh:-/-; Rania Saleh:-/-"}, diets: "Omar Saleh=halal; Rania Saleh=halal"},
		// "kommer" of something other than the meeting registers nobody
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg kommer først hjem fra Tyrkiet på tirsdag, så vi kan desværre ikke nå mødet.\n\nMvh\nAmina Yusuf",
			from: "Amina Yusuf", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nJeg, min mand og vores to børn kommer hjem på tirsdag. Hvornår starter mødet?\n\nMvh\nAmina Yusuf",
			from: "Amina Yusuf", notStatus: "complete"}},
	})
}

// D. A list of people, each line "- min kone X: helbred, og så naboer":
// the line's choices are the person's named at its start; a diet "begge
// to" goes to each, and a sentence naming one person to her alone.
func TestPersonLinesOwnWords(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi er to personer som kommer:\n- mig, Imran Qureshi: arbejde/job først, og så uddannelse\n- min kone Sadia Qureshi: helbred, og så naboer\nVi spiser halal begge to. Sadia er også allergisk for jordnødder.\n\nMvh\nImran",
			from: "Imran Qureshi", status: "complete", intent: tilmeld.IntentRegister, want: "Imran Qureshi:4/3; Sadia Qureshi:2/1"}, diets: "Imran Qureshi=halal; Sadia Qureshi=halal,nut_allergy"},
		{blindCase: blindCase{body: "Hi\n\nWe are two from Hyldespjældet who want to come:\n- me, Priya Raman: health first, then education\n- my husband Karthik Raman: only the one about jobs\nBoth of us vegetarian. Karthik also does not eat onion and garlic (religious reasons).\n\nBest\nPriya",
			from: "Priya Raman", subject: "Registration", status: "complete", intent: tilmeld.IntentRegister, want: "Priya Raman:2/3; Karthik Raman:4/-"}, diets: "Priya Raman=vegetarian; Karthik Raman=other,vegetarian"},
		{blindCase: blindCase{body: "Hej\n\nVi kommer to:\n- mig, Lone Berg: sundhed først, og så skolen\n- min mand Erik Berg: kun den om arbejde\nVi spiser ikke svinekød nogen af os. Erik er også glutenfri.\n\nMvh\nLone",
			from: "Lone Berg", status: "complete", intent: tilmeld.IntentRegister, want: "Lone Berg:2/3; Erik Berg:4/-"}},
		// one line opens with who the person is, the others are written
		// otherwise: no list of everyone, all three are read
		{blindCase: blindCase{body: "Hej\n\nVi kommer tre fra familien.\n\nMig (Karen Holm): jeg vil gerne til sundhed. Kun den.\nMin mand Jens Holm: han vil helst beskæftigelse, ellers uddannelse.\nVores søn Ali Holm, han er 16 og går i gymnasiet, han vil gerne uddannelse\nog livschancer, og ellers naboskab.\n\nMvh\nKaren",
			from: "Karen Holm", status: "complete", intent: tilmeld.IntentRegister, want: "Karen Holm:2/-; Jens Holm:4/3; Ali Holm:3/1"}},
	})
}

// E. Broken Danish: "Jeg bor Galgebakken nr 12" is an address, "den om
// skole for mine børn" points at workshop 3 and "job" at 4, "og så"
// orders them; the children named as the reason are no attendees.
func TestHouseNumberAndTopics(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "jeg vil kommer til møde 29/9 kl 16.30. Jeg bor Hyldespjældet nr 12. Jeg vil gerne den om skole for mine børn, og så job. Ingen gris tak.\n\nFatima Jama Ali\ntlf 52 61 78 90",
			from: "Fatima Jama Ali", status: "complete", intent: tilmeld.IntentRegister, want: "Fatima Jama Ali:3/4"}, diets: "Fatima Jama Ali=no_pork", phone: "+4552617890"},
		{blindCase: blindCase{body: "jeg vil kommer til mødet. Jeg bor Galgebakken nr 7. Jeg vil gerne den om arbejde, og så den om helbred.\n\nAsha Mohamed Farah",
			from: "Asha Mohamed Farah", status: "complete", intent: tilmeld.IntentRegister, want: "Asha Mohamed Farah:4/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg bor på Kanalvej nr. 3 og vil gerne deltage. Den om skolen og så sundhed.\n\nMvh\nPia Holm",
			from: "Pia Holm", status: "complete", intent: tilmeld.IntentRegister, want: "Pia Holm:3/2"}},
		// a child signed up after "for" is still someone to count
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i sundhed og så uddannelse, og for min søn naboskab.\n\nMvh\nPia Holm",
			from: "Pia Holm", notStatus: "complete"}},
	})
}

// F. A relative writes for a parent who does not write Danish: "I write
// for my father X" / "Jeg skriver for min far ... Han hedder X" registers
// the parent, not the writer; "You can call me on <phone>" is the contact
// phone; an age ("12 år") is no workshop.
func TestWritesForParent(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hello\n\nI write for my father Abdi Warsame Hussein, he dont speak danish so good. He want to come to the meeting on Tuesday. He likes the one about jobs most, and second the one about health. He eat only halal food. You can call me (Mahad, his son) on 27 45 91 06 or write on this mail.\n\nMahad",
			from: "Mahad Hussein", subject: "Registration", status: "complete", intent: tilmeld.IntentRegister, want: "Abdi Warsame Hussein:4/2"}, diets: "Abdi Warsame Hussein=halal", phone: "+4527459106"},
		{blindCase: blindCase{body: "Hej\n\nJeg er Ayaan, jeg er 12 år. Jeg skriver for min far fordi hans dansk er ikke så god. Han hedder Omar Abdullahi Yusuf. Han vil gerne den med arbejde og den med naboer. Han spiser halal. Hans telefon er 28 13 64 90.\n\nAyaan",
			from: "Ayaan Yusuf", status: "complete", intent: tilmeld.IntentRegister, want: "Omar Abdullahi Yusuf:4/1"}, diets: "Omar Abdullahi Yusuf=halal", phone: "+4528136490"},
		{blindCase: blindCase{body: "Hej\n\nJeg skriver for min mor, hun taler ikke dansk. Hun hedder Hibo Ali Nur. Hun vil gerne den om helbred og så den om skolen. Hun spiser ikke svinekød. Du kan ringe til mig på 30 12 45 78.\n\nSamira",
			from: "Samira Nur", status: "complete", intent: tilmeld.IntentRegister, want: "Hibo Ali Nur:2/3"}, diets: "Hibo Ali Nur=no_pork", phone: "+4530124578"},
	})
}

// G. A numbered list of people ("1) Khalid A. (mig)", "2) Mona H."): the
// marks are list marks, the names the people; "Alle tre: workshop 1 og 2"
// and "Alle spiser halal" go to each, "Yusuf tåler ikke gluten" to him
// alone, and "opgang 4" is no workshop.
func TestNumberedPeopleList(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil tilmelde mig selv og to naboer fra opgang 4:\n1) Khalid Amiri (mig)\n2) Mona Haddad\n3) Yusuf Haddad\nAlle tre: workshop 1 og 2.\nAlle spiser halal. Yusuf tåler ikke gluten.\n\nMvh\nKhalid Amiri",
			from: "خالد أميري", status: "complete", intent: tilmeld.IntentRegister, want: "Khalid Amiri:1/2; Mona Haddad:1/2; Yusuf Haddad:1/2"}, diets: "Khalid Amiri=halal; Mona Haddad=halal; Yusuf Haddad=gluten_free,halal"},
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder mig selv og to fra opgang 2:\n1) Lene Dam (mig)\n2) Rasmus Krog\n3) Bo Jessen\nAlle tre: sundhed og så naboskab.\nBo er vegetar.\n\nMvh\nLene Dam",
			from: "Lene Dam", status: "complete", intent: tilmeld.IntentRegister, want: "Lene Dam:2/1; Rasmus Krog:2/1; Bo Jessen:2/1"}, diets: "Lene Dam=; Rasmus Krog=; Bo Jessen=vegetarian"},
		{blindCase: blindCase{body: "Hi\n\nI would like to sign up myself and two neighbours from stairway 4:\n1) Khalid Amiri (me)\n2) Mona Haddad\n3) Yusuf Haddad\nAll three: workshop 1 and 2.\nAll eat halal. Yusuf cannot have gluten.\n\nBest\nKhalid Amiri",
			from: "Khalid Amiri", subject: "Registration", status: "complete", intent: tilmeld.IntentRegister, want: "Khalid Amiri:1/2; Mona Haddad:1/2; Yusuf Haddad:1/2"}, diets: "Khalid Amiri=halal; Mona Haddad=halal; Yusuf Haddad=gluten_free,halal"},
	})
}

// H. "Familien R." / "Fam. R." is a household, not a person's name, and
// "Fam" alone is an abbreviation, never a name.
func TestHouseholdIsNoName(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg kommer til mødet tirsdag. Ingen svinekød til mig.\n\nMvh Fam. Rashid\nBirkevej 12, 2620 Albertslund",
			from: "Familien Rashid", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"name", "workshop"}, want: ":-/-"}, diets: "=no_pork"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 2 og 3.\n\nMange hilsner\nFamilien Jensen",
			from: "Familien Jensen", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"name"}, want: ":2/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 1 og 4.\n\nMvh\nFam. Olsen",
			from: "Fam. Olsen", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"name"}, want: ":1/4"}},
	})
}

// I. A board member passes on a resident's text message: the resident,
// named in his own line ("Beboer X ... bad mig tilmelde hende") and in the
// forwarded text, attends; her text gives choices and diet, "nr. 31" is a
// house number, and with no number of his own her "(sms <phone>)" is the
// contact phone.
func TestForwardedTextMessage(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej ABC\n\nBeboer Mariam Yousef fra nr. 31 ringede til mig i går og bad mig tilmelde hende, da hun ikke har mail. Jeg sender hendes sms videre herunder.\n\nMvh\nBjarne Holt\nBestyrelsen, afd. 5\n\n---------- Videresendt besked ----------\nFra: Mariam (sms 42 17 83 95)\nDato: 14. sep. 2020 kl. 19.02\n\nHej Bjarne. Kan du skrive mig op. Jeg vil have den om arbejde og så den om uddannelse. Jeg er gravid og kan ikke tåle laktose. Mariam Yousef",
			from: "Bjarne Holt", status: "complete", intent: tilmeld.IntentRegister, want: "Mariam Yousef:4/3"}, diets: "Mariam Yousef=lactose_free", phone: "+4542178395", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hi\n\nOur resident Grace Mensah from no. 14 called me and asked me to sign her up, as she has no e-mail. I am passing her text message on below.\n\nBest\nPeter Holm\n\n---------- Forwarded message ---------\nFrom: Grace (sms 51 22 63 04)\nDate: 14 Sep 2020\n\nHi Peter. Please sign me up. I want the one about health and then education. I am vegetarian. Grace Mensah",
			from: "Peter Holm", subject: "Registration", status: "complete", intent: tilmeld.IntentRegister, want: "Grace Mensah:2/3"}, diets: "Grace Mensah=vegetarian", phone: "+4551226304"},
	})
}

// J. An update that names the dropped choice with a negation ("Ikke
// nummer 1, i stedet nummer 2 som første") changes the first; "Nummer 4 er
// stadig ok som anden" keeps the second as it is.
func TestSwapNamedWithNegation(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil bytte. Ikke nummer 1, i stedet nummer 2 som første. Nummer 4 er stadig ok som anden.\n\nMvh\nNanna Vestergaard" + quotedReceipt22One,
			from: "Nanna Vestergaard", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Nanna Vestergaard:2/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne bytte. Ikke workshop 2, i stedet workshop 3 som første. Workshop 4 er stadig fint som anden.\n\nMvh\nNanna Vestergaard" + quotedReceipt22,
			from: "Nanna Vestergaard", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Nanna Vestergaard:3/-"}},
		{blindCase: blindCase{body: "Hi\n\nI want to swap. Not number 2, instead number 1 as my first. Number 4 is still fine as second.\n\nBest\nNanna Vestergaard" + quotedReceipt22,
			from: "Nanna Vestergaard", subject: receiptSubject18, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Nanna Vestergaard:1/-"}},
	})
}

// K. A mail that registers someone on a condition and asks about it ("Hun
// kommer kun hvis der er en tolk. Er der tolk?") is a registration with a
// question, not a question alone; "d. 29." is no workshop.
func TestConditionalRegistrationAsks(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMin mor Halima Abdi Warsame vil gerne komme til mødet d. 29. Hun vil gerne den med skolen. Men hun taler kun somali. Hun kommer kun hvis der er en tolk. Hvis der ikke er tolk, kommer hun ikke. Er der tolk?\n\nH. (datter)",
			from: "Hodan Warsame", status: "review", intent: tilmeld.IntentRegister, want: "Halima Abdi Warsame:3/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nMin far Ahmed Nur vil gerne deltage i workshop 4. Han taler kun arabisk, så han kommer kun hvis der er tolk. Er der en tolk til mødet?\n\nMvh\nLayla",
			from: "Layla Nur", status: "review", intent: tilmeld.IntentRegister, want: "Ahmed Nur:4/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\n\nMy mother Halima Warsame would like to come to the meeting on the 29th, the one about school. She only speaks Somali, so she will only come if there is an interpreter. Is there an interpreter?\n\nHodan",
			from: "Hodan Warsame", subject: "Registration", status: "review", intent: tilmeld.IntentRegister, want: "Halima Warsame:3/-"}, asks: "yes"},
	})
}

// parsePhoto reads a mail whose text body comes with an attached photo.
func parsePhoto(subject, body string) *Result {
	raw := "From: Yasmin Ali <yasmin.ali@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: " + subject + "\r\n" +
		"Message-ID: <k22@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"BB\"\r\n\r\n--BB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body +
		"\r\n--BB\r\nContent-Type: image/png; name=\"IMG_2041.png\"\r\nContent-Disposition: attachment; filename=\"IMG_2041.png\"" +
		"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--BB--\r\n"
	return Parse([]byte(raw), testEvent)
}

// L. A body that says the filled-in paper is sent as a photo keeps the
// registration in the attachment: intent register, for staff to read.
func TestRegistrationInPhoto(t *testing.T) {
	for _, c := range []struct {
		subject, body string
		intent        tilmeld.Intent
	}{
		{"Tilmelding min mor", "Min mor har skrevet på papiret fra jer, jeg sender et billede af det.\n\nHilsen Yasmin", tilmeld.IntentRegister},
		{"Møde 29/9", "Hej\n\nMin far har udfyldt sedlen fra jer. Her er et foto af den.\n\nYasmin", tilmeld.IntentRegister},
		{"Meeting", "Hi\n\nMy mother filled in the paper you sent, I am sending a photo of it.\n\nYasmin", tilmeld.IntentRegister},
		// a photo of something else registers nobody
		{"Billeder", "Hej\n\nJeg sender et billede af legepladsen, som I bad om.\n\nYasmin", tilmeld.IntentOther},
	} {
		r := parsePhoto(c.subject, c.body)
		if r.Intent != c.intent || c.intent == tilmeld.IntentRegister && r.Status != tilmeld.StatusReview {
			t.Errorf("%q: got %s %s, want %s (%v)", c.body, r.Intent, r.Status, c.intent, r.Reasons)
		}
	}
}
