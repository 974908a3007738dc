package parser

import (
	"testing"

	"tilmeld"
)

// Plain mail written wholly in English by residents and staff, or English
// mixed into Danish: each wording must be read at its word, or sent to
// staff.

// enInvitationGmail is the invitation quoted under an English Gmail
// header ("On Tue, 1 Sep 2020 at 10:14, ... wrote:").
const enInvitationGmail = "\n\nOn Tue, 1 Sep 2020 at 10:14, ABC <abc@bo-vest.dk> wrote:\n> Kære alle\n>\n> Vi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n> Workshops:\n> 1. Naboskab, netværk & tryghed\n> 2. Sundhed & trivsel\n> 3. Uddannelse & livschancer\n> 4. Beskæftigelse & opkvalificering\n>\n> Tilmelding til abc@bo-vest.dk eller tlf. 60 35 46 30.\n> Venlig hilsen\n> ABC\n"

// enInvitationOutlook is the invitation quoted under an English Outlook
// header ("From: ... Sent: ... To: ... Subject: ...").
const enInvitationOutlook = "\n\nFrom: ABC <abc@bo-vest.dk>\nSent: Tuesday, September 1, 2020 10:14 AM\nTo: Holm, Ida <ida@example.dk>\nSubject: Invitation til netværksmøde\n\nKære alle\n\nVi inviterer til netværksmøde. Workshops:\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n\nTilmelding til abc@bo-vest.dk eller tlf. 60 35 46 30.\nVenlig hilsen\nABC\n"

// "BR Ida Holm", "KR", "Rgds": the short closings of office mail are no
// part of the name that follows them.
func TestEnglishShortClosings(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, workshop 2 and 3 please.\nBR Ida Holm", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nKR Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nBrgds Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nKind rgds, Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\n\nBR\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nWorkshop 2 og 3.\nBr Ida Holm", from: "x", status: "complete", want: "Ida Holm:2/3"},
		// the same letters opening a name, or a sum in kroner, stay as they are
		{body: "Hej\nWorkshop 2 og 3.\nBrian Holm", from: "x", status: "complete", want: "Brian Holm:2/3"},
		{body: "Hej\nWorkshop 2 og 3.\nKR\nKristian Holm", from: "x", status: "complete", want: "Kristian Holm:2/3"},
		{body: "Hej\nKr. 50 for parkering er fint.\nWorkshop 2 og 3.\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		// the closings that were read already
		{body: "Hi, workshop 2 and 3 please.\nWarm regards,\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nThanks in advance,\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nTake care\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nBest regards Ida Holm\n\nSent from my Samsung Galaxy smartphone.", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nIda\n\nGet Outlook for Android", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nRgds\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nThank you!\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
	})
}

// "Community" is how many put "fællesskab" or "naboskab" into English, and
// "wellness", "life opportunities" name workshops 2 and 3 as well: read
// as the workshop, or a first choice was lost ("community, then health"
// gave health first). "Skills" and "security" are everyday words ("my
// Danish skills", "IT security"): they name a workshop only where the
// sender points at one ("the skills workshop", "the one about security").
func TestEnglishTranslatedWorkshops(t *testing.T) {
	const s = "Registration"
	runBlind(t, []blindCase{
		{body: "Hi, I'd like to sign up for community, then health.\nIda Holm", subject: s, intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/2"},
		{body: "Hi, I'd like the community workshop.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/-"},
		{body: "Hi, I'm interested in the employment workshop, and secondly the community one.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:4/1"},
		{body: "Hi, I'd like the community workshop, or health if it is full.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/2"},
		{body: "Hi, I'd like to sign up for wellness.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi, I'd like to sign up for life opportunities.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-"},
		{body: "Hi, I'd like the skills workshop.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:4/-"},
		{body: "Hi, I'd like the one about skills.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:4/-"},
		{body: "Hi, I'd like the workshop on security.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/-"},
		{body: "Hi, health first, then skills.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej, jeg vil gerne på skole-workshoppen.\nIda Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej, jeg vil gerne på arbejde workshoppen, ellers sundhed.\nIda Holm", status: "complete", want: "Ida Holm:4/2"},
		// the same words about something else choose nothing
		{body: "Hi, I'm active in our local community. I'd like to sign up for health.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi, I run a community centre. Health and jobs please.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/4"},
		{body: "Hi, I'd like to join the meeting to meet people from the community.\nIda Holm", subject: s, status: "incomplete", missing: []string{"workshop"}},
		{body: "Hi, I'd like to improve my skills. Health please.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi, I want to learn new skills. Sign me up for jobs.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:4/-"},
		{body: "Hi, I'd like to sign up. My Danish skills are not so good.\nIda Holm", subject: s, status: "incomplete", missing: []string{"workshop"}},
		{body: "Hi, health please. I work in IT security.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi, I work one day a week. Health please.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-"},
		// the translations read already
		{body: "Hi, first choice community and safety, second education.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/3"},
		{body: "Hi, I would like jobs and upskilling as my first choice and education and life chances as my second.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:4/3"},
		{body: "Hi, Health and Wellbeing first please, then Employment and Upskilling.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/4"},
		{body: "Hi, 1st: Neighbourhood, Networks & Safety. 2nd: Education & Life Chances.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/3"},
		{body: "Hi, I'd like workshop no. 2 (well-being).\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-"},
	})
}

// "It should be health", "det skal være sundhed": under the receipt, what
// it ought to say is the new choice. "I wrote health" stays for staff: it
// may be the old choice the sender goes on to correct ("I wrote education
// but I meant the other one").
func TestEnglishShouldBe(t *testing.T) {
	const s = "Re: Registration: Aktive boligområder i Albertslund efter 2020"
	q := "\n\n" + receiptEnglish
	runBlind(t, []blindCase{
		{body: "Hi, it should be health.\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ann Fox:2/-"},
		{body: "Hi, it should be health and not neighbourhood.\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ann Fox:2/-"},
		{body: "Thanks, but it should be health, not neighbourhood.\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ann Fox:2/-"},
		{body: "Hej, det skulle have været sundhed.\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ann Fox:2/-"},
		{body: "Hej, det skal være sundhed, ikke naboskab.\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ann Fox:2/-"},
		{body: "Hi, there is a mistake: I asked for workshop 2, not 1.\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ann Fox:2/-"},
		{body: "Thanks, but my first choice was health.\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ann Fox:2/-"},
		// what she wrote is for staff; a thanks alone changes nothing
		{body: "Thanks, but I wrote health, not neighbourhood!\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, notStatus: "complete"},
		{body: "Sorry, I wrote education but I actually meant the other one.\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, notStatus: "complete"},
		{body: "Thanks, all good!\nAnn" + q, from: "Ann Fox", subject: s, headers: replyHeaders, notStatus: "complete"},
		// "should be" about something else names no workshop
		{body: "Hi, I'd like to sign up, it should be fun. Health please.\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi, I'd like to sign up. It should be interesting.\nIda Holm", subject: "Registration", status: "incomplete", missing: []string{"workshop"}},
	})
}

// "I'd love to come" signs up as "I'd like to come" does, and what
// follows it in the sentence is chosen; "health and jobs for both of us",
// "sundhed og job til os begge" say whose the workshops are and name
// nothing else, so they are read as a bare list is. "For us" and "for
// both" alone do not say how many come, or may mean both workshops.
func TestEnglishLoveToComeForBoth(t *testing.T) {
	const s = "Registration"
	runBlind(t, []blindCase{
		{body: "Hi, I'd love to come.\nIda Holm", subject: s, intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}},
		{body: "Hi, I'd love to come!\nIda Holm" + enInvitationGmail, subject: "Re: Invitation til netværksmøde", headers: invitationRefs, intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}},
		{body: "Hi, I'd love to come.\n\nEmma" + enInvitationOutlook, from: "Emma Wilson", subject: "Re: Invitation til netværksmøde", headers: invitationRefs, intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}},
		{body: "Hi, I'd love to come, health and then education.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, I'd love to be there, workshop 3.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-"},
		{body: "Hi, we would love to come, health and jobs for both of us.\nBest\nIda and Tom Holm", subject: s, status: "complete", want: "Ida Holm:2/4; Tom Holm:2/4"},
		{body: "Hi, we both want to come. Health and jobs for both of us.\nBest\nIda and Tom Holm", subject: s, status: "complete", want: "Ida Holm:2/4; Tom Holm:2/4"},
		{body: "Hi, I want to come. Health and jobs for me.\nBest\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej, jeg vil gerne komme. Sundhed og job til mig.\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej, vi vil rigtig gerne komme. Sundhed og job til os begge.\nMvh\nIda og Tom Holm", status: "complete", want: "Ida Holm:2/4; Tom Holm:2/4"},
		// how many "us" are is not said: asked, never complete for one
		{body: "Hi, I want to come. Health and jobs for us.\nBest\nIda Holm", subject: s, notStatus: "complete"},
		{body: "Hej, vi vil rigtig gerne komme. Sundhed og job til begge.\nIda og Tom Holm", notStatus: "complete"},
		{body: "Hej, vi vil gerne komme. Sundhed og job til os.\nIda Holm", notStatus: "complete"},
		// a wish that is no sign-up, or a word of love about something else
		{body: "Hi, I'd love to come but I can't, I'm away that week.\nIda Holm", subject: s, intent: tilmeld.IntentCancel},
		{body: "Hi, I would have loved to come, but I am travelling.\nIda Holm", subject: s, notStatus: "complete"},
		{body: "Hi, I'd love to come. I love living in this neighbourhood.\nIda Holm", subject: s, status: "incomplete", missing: []string{"workshop"}},
		{body: "Hi, I'd love to come and meet people from the community. Jobs please.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:4/-"},
	})
}

// A short mail for two often signs on its last line with no closing
// words ("... for both of us.\nIda and Tom Holm"): the couple's line names
// the one counted, as it does under "Best" or "Mvh".
func TestEnglishPairOnLastLine(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi,\nMy husband and I would like to come. We both want health and then education.\nIda and Tom Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3; Tom Holm:2/3"},
		{body: "Hi, we both want workshop 1 and 2.\nIda & Tom Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/2; Tom Holm:1/2"},
		{body: "Hi, we would really love to come. Health and jobs for both of us.\nIda and Tom Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4; Tom Holm:2/4"},
		{body: "Hej,\nMin mand og jeg vil gerne komme. Vi vil begge gerne på sundhed og så uddannelse.\nIda og Tom Holm", status: "complete", want: "Ida Holm:2/3; Tom Holm:2/3"},
		// one comes, neither name is hers, or the line says more: as under a closing
		{body: "Hej\nJeg vil gerne på workshop 2 og 4.\nIda og Tom Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nVi vil begge gerne på workshop 2 og 4.\nEva og Tom Berg", status: "incomplete", missing: []string{"name"}},
		{body: "Hej\nVi vil begge gerne på workshop 2 og 4.\nIda og Tom Holm, Hyldevej 4", status: "incomplete", missing: []string{"name"}},
	})
}

// "No eggs please", "ingen æg til mig", "no prawns": a food of the closed
// set refused is its tag, as "no nuts" is; before, the food word sent the
// mail to staff.
func TestEnglishFoodRefused(t *testing.T) {
	const s = "Registration"
	runBlind(t, []blindCase{
		{body: "Hi, I'd like workshop 3. No eggs please.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=egg_allergy"},
		{body: "Hi, I'd like workshop 3. No eggs for me please, I'm allergic.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=egg_allergy"},
		{body: "Hi, I'd like workshop 3. No eggs and no nuts.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=egg_allergy,nut_allergy"},
		{body: "Hi, I'd like workshop 3. No shellfish please.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=shellfish_allergy"},
		{body: "Hi, I'd like workshop 3. No prawns for me.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=shellfish_allergy"},
		{body: "Hej, workshop 3. Ingen æg til mig, jeg er allergisk.\nIda Holm", status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=egg_allergy"},
		{body: "Hej, workshop 3. Uden æg, tak.\nIda Holm", status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=egg_allergy"},
		// the diets read already
		{body: "Hi, I'd like workshop 3. I can't eat eggs.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=egg_allergy"},
		{body: "Hi, I'd like workshop 3. I'm allergic to eggs.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=egg_allergy"},
		{body: "Hi, I'd like workshop 3. Dairy-free and no nuts please.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=lactose_free,nut_allergy"},
		{body: "Hi, workshop 3 please. I'm allergic to nuts.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=nut_allergy"},
		{body: "Hi, workshop 3 please. I'm coeliac.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=gluten_free"},
		{body: "Hi, workshop 3 please. I'm vegetarian but I eat fish.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=pescetarian"},
		{body: "Hi, workshop 3 please. I'm Muslim, so halal food please.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=halal"},
		{body: "Hi, workshop 3 please. Type 2 diabetes.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=diabetic"},
		{body: "Hi, workshop 3 please. Kosher food if possible.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=kosher"},
		{body: "Hi, workshop 3 please. I can't eat spicy food.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=other"},
		{body: "Hi, workshop 3 please. No dietary restrictions.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm="},
		{body: "Hi, workshop 3 please. I'm not allergic to anything.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm="},
		{body: "Hi, workshop 3 please. I'm not vegetarian.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm="},
		// eggs let in, or a food joined to another: staff read it, as before
		{body: "Hi, workshop 3. I'm vegetarian, eggs and dairy are fine.\nIda Holm", subject: s, notStatus: "complete"},
		{body: "Hej, workshop 3. Jeg er vegetar, men spiser gerne æg.\nIda Holm", status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=vegetarian"},
	})
}

// "There will be three of us: me, Tom Holm and Ali Said", "Vi bliver tre:
// ..." name the people coming, as "We are three: ..." does; "Workshop 2
// for all" gives them the choice, as "for all of us" does. "We will be
// late", "vi bliver nok forsinkede" count nobody. A "Names:" line is left
// as it was: the sender's own name in it may be shortened ("Henrik S."),
// and the name is asked for.
func TestEnglishGroupNamed(t *testing.T) {
	const s = "Registration"
	runBlind(t, []blindCase{
		{body: "Hi,\nThere will be three of us: me, Tom Holm and Ali Said. All of us for workshop 2.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-; Tom Holm:2/-; Ali Said:2/-"},
		{body: "Hi,\nThere will be three of us: me, Tom Holm and Ali Said. Workshop 2 for all of us.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-; Tom Holm:2/-; Ali Said:2/-"},
		{body: "Hi,\nWe'll be two, me and Tom Holm. Both workshop 2.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-; Tom Holm:2/-"},
		{body: "Hi,\nThree of us are coming: me, Tom Holm and Ali Said. Workshop 2 for all.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-; Tom Holm:2/-; Ali Said:2/-"},
		{body: "Hi,\nThree of us are coming: me, Tom Holm and Ali Said. Workshop 2 for all three.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-; Tom Holm:2/-; Ali Said:2/-"},
		{body: "Hej,\nVi bliver tre: mig, Tom Holm og Ali Said. Alle på workshop 2.\nIda Holm", status: "complete", want: "Ida Holm:2/-; Tom Holm:2/-; Ali Said:2/-"},
		{body: "Hi, we are 2. Workshop 1 for both. Names: Ida Holm and Tom Berg.\nIda Holm", subject: s, notStatus: "complete"},
		{body: "Hej, vi er 2 fra afdeling 3. Workshop 1 til begge. Navne: Ida Holm og Tom Berg.\nIda Holm", notStatus: "complete"},
		// read already
		{body: "Hi,\nWe are three: me, Tom Holm and Ali Said. All for workshop 2.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-; Tom Holm:2/-; Ali Said:2/-"},
		{body: "Hi, two of us, workshop 1 for both: Ida Holm and Tom Berg.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/-; Tom Berg:1/-"},
		{body: "Hi,\nMe and my two colleagues would like to come: Lisa Berg and Omar Khan. We'd all like workshop 4, with 3 as second choice.\nRegards\nIda Holm", subject: s, status: "complete", want: "Ida Holm:4/3; Lisa Berg:4/3; Omar Khan:4/3"},
		// no count, or no people: nobody added
		{body: "Hi, workshop 1 please. We will be late, Tom Berg and I.\nIda Holm", subject: s, notStatus: "review"},
		{body: "Hi, workshop 1 please. There will be a lot of people from Hyldespjældet.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/-"},
		{body: "Hi, workshop 1 please. I don't know the names of the others yet.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/-"},
		{body: "Hej, workshop 1. Vi bliver nok lidt forsinkede.\nIda Holm", status: "complete", want: "Ida Holm:1/-"},
		{body: "Hi,\nWorkshop 2 for me. Thanks for all your work!\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi,\nI'm coming with Tom Holm. Workshop 2 for me, and Tom wants 3. Thanks for all the info.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/-; Tom Holm:3/-"},
	})
}

// Plain English mail the reader already read right, kept as a guard:
// priorities, several people, staff for a resident, changes,
// cancellations, questions and English quote headers.
func TestEnglishPlainAlreadyRight(t *testing.T) {
	const s = "Registration"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi,\n\nI would like to sign up for the network meeting. My first choice is health, second jobs.\n\nBest regards\nJohn Miller\n+45 22 33 44 55", from: "John Miller", subject: s,
			intent: tilmeld.IntentRegister, status: "complete", want: "John Miller:2/4"}, phone: "+4522334455", asks: "no"},
		{blindCase: blindCase{body: "Hello\n\nPlease register me for the community and safety workshop, preferably, otherwise education.\n\nKind regards,\nSarah Brown", from: "Sarah Brown", subject: s, status: "complete", want: "Sarah Brown:1/3"}},
		{blindCase: blindCase{body: "Hello\n\nI'd like to join the meeting. Preferably neighbourhood, otherwise health.\n\nKind regards,\nSarah Brown", from: "Sarah Brown", subject: s, status: "complete", want: "Sarah Brown:1/2"}},
		{blindCase: blindCase{body: "Hi, I would like to join workshop 2, or 4 if 2 is full.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Hi, I'd like workshop 1 or 3, I don't mind which.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/3"}},
		{blindCase: blindCase{body: "Hi\nI'd like to come. Health or jobs, whichever has room.\nCheers\nTom Hart", from: "Tom Hart", subject: s, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi,\nI'd like to join any workshop except health.\nBest,\nKevin Lee", from: "Kevin Lee", subject: s, status: "review"}},
		{blindCase: blindCase{body: "Hi,\nI'd like to join. Not health please, but jobs would be great.\nBest,\nKevin Lee", from: "Kevin Lee", subject: s, status: "complete", want: "Kevin Lee:4/-"}},
		{blindCase: blindCase{body: "Hi,\nI work with employment in the municipality. I'd like to join health.\nBest,\nKevin Lee", from: "Kevin Lee", subject: s, status: "complete", want: "Kevin Lee:2/-"}},
		{blindCase: blindCase{body: "Hi,\nI'd like to attend both workshop 1 and 2 at the same time if possible.\nIda Holm", subject: s, status: "review"}},
		{blindCase: blindCase{body: "Hi, I'd like to sign up, workshop 5 please.\nIda Holm", subject: s, status: "review"}},
		{blindCase: blindCase{body: "Hello,\n\nMe and my two colleagues would like to come: Lisa Berg and Omar Khan. We'd all like workshop 4, with 3 as second choice.\n\nRegards\nPeter Olsen\nSent from my iPhone", from: "Peter Olsen", subject: s,
			status: "complete", want: "Peter Olsen:4/3; Lisa Berg:4/3; Omar Khan:4/3"}},
		{blindCase: blindCase{body: "Hi,\nWorkshop 2 for me and workshop 4 for my husband Sam Lee.\nBest,\nKevin Lee", from: "Kevin Lee", subject: s, status: "complete", want: "Kevin Lee:2/-; Sam Lee:4/-"}},
		{blindCase: blindCase{body: "Hi,\nI'd like to register myself and my colleague Jens Nørgaard. I'd like jobs, he'd like safety.\nIda Holm", subject: s, status: "complete", want: "Ida Holm:4/-; Jens Nørgaard:1/-"}},
		{blindCase: blindCase{body: "Hi,\nMy husband also wants to come, he wants jobs. I want health.\nIda Holm", subject: s, status: "incomplete", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hi,\n\nI'm a social worker and would like to register one of our residents, Ali Hassan, for workshop 4 (jobs). He doesn't eat pork. My mobile is 40 50 60 70.\n\nKind regards\nHanne Berg\nSocial worker, Albertslund Municipality", from: "Hanne Berg", subject: s,
			status: "complete", want: "Ali Hassan:4/-"}, diets: "Ali Hassan=no_pork", phone: "+4540506070"},
		{blindCase: blindCase{body: "Hi, workshop 3 please. Both of us are vegetarian. My husband Raj Shah is coming too, also workshop 3.\nNina Shah", from: "Nina Shah", subject: s, status: "complete", want: "Nina Shah:3/-; Raj Shah:3/-"},
			diets: "Nina Shah=vegetarian; Raj Shah=vegetarian"},
		// changes and cancellations in answer to the receipt
		{blindCase: blindCase{body: "Hi,\n\nPlease move me to workshop 4 instead.\n\nThanks\nLars Holm", from: "Lars Holm", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Lars Holm:4/-"}},
		{blindCase: blindCase{body: "Hi,\n\nCould I swap my choice? I'd like jobs first and health second.\n\nBest\nLars Holm", from: "Lars Holm", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Lars Holm:4/2"}, asks: "no"},
		{blindCase: blindCase{body: "Hi,\n\nI'm sorry but I can no longer make it on the 29th.\n\nBest regards\nLars Holm", from: "Lars Holm", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete"}},
		{blindCase: blindCase{body: "Hi, please take me off the list. Something came up.\nCheers, Lars", from: "Lars Holm", subject: "Cancellation", intent: tilmeld.IntentCancel, status: "complete"}},
		{blindCase: blindCase{body: "Hi,\nI might not be able to come, I'll let you know.\nIda Holm", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentCancel, status: "review"}},
		{blindCase: blindCase{body: "Hi, I can't come, but my colleague Tom Berg will take my place.\nIda Holm", subject: "Re: Tilmelding", headers: replyHeaders, status: "review"}},
		{blindCase: blindCase{body: "Hi,\nPlease change my diet to vegetarian.\nIda Holm", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete"}, diets: "Ida Holm=vegetarian"},
		// questions
		{blindCase: blindCase{body: "Hi,\n\nIs there parking near the venue?\n\nBest regards\nJane Doe", from: "Jane Doe", subject: "Question", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi,\n\nI'd like to sign up for workshop 2 and 1. Can I bring my child? She is 6.\n\nBest regards\nJane Doe", from: "Jane Doe", subject: s, status: "complete", want: "Jane Doe:2/1"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi, workshop 1 and 2 please. Will there be an interpreter?\nIda Holm", subject: s, status: "complete", want: "Ida Holm:1/2"}, asks: "yes"},
		// English quote headers over the invitation
		{blindCase: blindCase{body: "Yes please, workshop 2 thanks!\nIda" + enInvitationGmail, subject: "Re: Invitation til netværksmøde", headers: invitationRefs, status: "complete", want: "Ida Holm:2/-"}},
		{blindCase: blindCase{body: "Hi,\nI'll be there. Health first, jobs second.\nBest regards Ida Holm" + enInvitationOutlook, subject: "RE: Invitation til netværksmøde", headers: invitationRefs, status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Hi, I'm in, workshop 4.\nIda Holm\n\n-----Original Message-----\nFrom: ABC <abc@bo-vest.dk>\nSent: 1 September 2020 10:14\nTo: Ida Holm\nSubject: Invitation\n\nWorkshops:\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n",
			subject: "Re: Invitation til netværksmøde", headers: invitationRefs, status: "complete", want: "Ida Holm:4/-"}},
		{blindCase: blindCase{body: "Hi, I'd like to come.\nIda Holm" + enInvitationGmail, subject: "Re: Invitation til netværksmøde", headers: invitationRefs, status: "incomplete", missing: []string{"workshop"}}},
		// English mixed into Danish
		{blindCase: blindCase{body: "Hej!\nJeg tilmelder mig sundhed, second choice uddannelse.\nCheers\nMette", from: "Mette Nielsen", subject: "Tilmelding", status: "complete", want: "Mette Nielsen:2/3"}},
		{blindCase: blindCase{body: "Hej\nWorkshop 4 please. Glutenfri.\nSent from my iPhone", from: "Mette Nielsen", subject: "Tilmelding", status: "complete", want: "Mette Nielsen:4/-"}, diets: "Mette Nielsen=gluten_free"},
		{blindCase: blindCase{body: "Hej, jeg vil gerne deltage. First choice: sundhed. Second: job.\nMvh Ida Holm", subject: "Tilmelding", status: "complete", want: "Ida Holm:2/4"}},
	})
}
