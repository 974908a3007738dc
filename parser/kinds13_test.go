package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail a thirteenth look at unseen mail showed the reader
// marking complete where a careful person would not, each in several
// wordings of our own, through Parse with the gate.

// A. The words of two workshops joined where the mail names ONE workshop
// ("workshoppen om", "the workshop on", a quoted title, "ingen anden
// prioritet") are a title blended from two: staff ask which is meant.
// Two choices written as two stay two choices.
func TestBlendedWorkshopTitle(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil helst på workshoppen om \"trivsel og tryghed\", den lyder spændende. Har ikke nogen anden prioritet.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg vil gerne på workshoppen Sundhed og uddannelse.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg vil gerne deltage i den om netværk og beskæftigelse.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg tilmelder mig “Trivsel & livschancer”.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg vil gerne sundhed og uddannelse. Ikke nogen anden prioritet.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hi\nI would like to join the workshop on upskilling and life chances.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		{body: "Hi\nPlease sign me up for the workshop about health and education, only that one.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		// two choices written as two, or one workshop's own words: as before
		{body: "Hej\nJeg vil gerne sundhed og job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage. Helst sundhed, ellers job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på workshoppen om sundhed og trivsel.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg vil gerne på workshoppen om sundhed, og ellers workshoppen om job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hi\nI would like health and education, in that order.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
	})
}

// B. Coming on leave staff must give ("kan kun komme, hvis jeg må tage
// hende med", "if I may bring my son") is a question to staff, not a
// plain registration; a 2nd choice for a full workshop is no condition.
func TestComingOnPermission(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil meget gerne med og har tænkt mig workshop 2, ellers 1. Men jeg passer mit barnebarn om tirsdagen, så jeg kan kun komme, hvis jeg må tage hende med (hun er 9). Er det i orden?\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nWorkshop 3 og så 4. Jeg kommer kun, hvis min hund må være med.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg vil gerne workshop 1, ellers 2, hvis jeg må tage min søn på 12 med.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg kan godt komme, hvis jeg går kl. 15. Er det ok? Workshop 2 og 3.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hi\nI'd like workshop 2, otherwise 1. I can only come if I may bring my daughter. Is that ok?\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		{body: "Hi\nWorkshop 4 first and 1 second, but only if I can leave at 3 pm.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		{body: "Hi\nWorkshop 4 first and 1 second. I will come if my wheelchair can get in. Can it?\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		// with a companion the reader would ask the sender to name, the
		// condition still comes first: staff answer it
		{body: "Hej\nJeg vælger workshop 3 og derefter 2. Jeg har min søn hos mig den dag, så jeg kan kun deltage, hvis han må være med. Går det?\nMvh Ida Holm",
			status: "review"},
		{body: "Hi\nWorkshop 3, then 2. My son is with me that day, so I can only come if he may join. Is that ok?\nBest, Ida Holm",
			subject: "Registration", status: "review"},
		// no condition on coming: as before
		{body: "Hej\nJeg vil gerne have workshop 1, og hvis der ikke er plads, så workshop 3.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/3"},
		{body: "Hej\nJeg kommer gerne og vil have workshop 2 og 4. Jeg tager min egen madpakke med.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
	})
}

// forwardedResident is a staff member's forward of a resident's mail whose
// wish is line.
func forwardedResident(line string) string {
	return "Hej\nVideresender en tilmelding fra en beboer.\n\nMvh Lene Vang\n\n---------- Videresendt besked ----------\n" +
		"Fra: Amina Yusuf <amina@example.com>\nDato: 10. sep. 2020\nEmne: tilmelding\nTil: Lene Vang <lene@example.dk>\n\n" +
		"Hej Lene\nKan du tilmelde mig mødet? " + line + "\nMvh Amina Yusuf\n"
}

// C. "hvis ikke så X", "og hvis ikke, X", "hvis ikke det kan lade sig
// gøre, så X" give a 2nd choice, in the sender's own words or in a
// forwarded registration; and an else-word in a sentence naming a
// workshop, with no 2nd choice read for anyone, never leaves the mail
// complete.
func TestIfNotSecondChoice(t *testing.T) {
	runBlind(t, []blindCase{
		{body: forwardedResident("Jeg vil gerne workshop om uddannelse og hvis ikke så job."),
			from: "Lene Vang", subject: "VS: tilmelding", status: "complete", want: "Amina Yusuf:3/4"},
		{body: forwardedResident("Jeg vil gerne på workshop 2, og hvis ikke, workshop 1."),
			from: "Lene Vang", subject: "VS: tilmelding", status: "complete", want: "Amina Yusuf:2/1"},
		{body: "Hej\nJeg vil gerne workshop om uddannelse og hvis ikke så job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/4"},
		{body: "Hej\nJeg vil gerne have sundhed, og hvis ikke, naboskab.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1"},
		{body: "Hej\nJeg vil gerne workshop 3, og hvis ikke det kan lade sig gøre, så workshop 4.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/4"},
		{body: "Hi\nI'd like workshop 2, and if not, workshop 3.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi\nHealth please, or if not then education.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		// an else-word that gave no 2nd choice: staff look
		{body: "Hej\nJeg vil gerne workshop 3 eller alternativt den med fællesspisning.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nVi vil gerne tilmelde os, Ole Hansen og Ida Holm. Vi vil begge på workshop 3, ellers noget om børn.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg tilmelder Ole Hansen og mig selv, Ida Holm.\nOle: workshop 2, ellers det om byggeri.\nIda: workshop 3, ellers det om byggeri.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hi\nPlease register Ole Hansen and me, Ida Holm.\nOle: workshop 2, or else the one on housing.\nIda: workshop 3, or else the one on housing.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		{body: forwardedResident("Jeg vil gerne workshop 3 og ellers det om ældre."),
			from: "Lene Vang", subject: "VS: tilmelding", notStatus: "complete"},
		{body: "Hi\nI'd like workshop 3, or else the one about housing.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		// a 2nd left open: complete with one choice
		{body: "Hej\nJeg vil gerne workshop 3, ellers er jeg ligeglad.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne workshop 3. Ingen anden prioritet.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne workshop 3. Ellers tak for en god invitation.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-"},
	})
}

// receiptWithSahra is the bot's receipt for Ida Holm and Sahra Warsame,
// quoted under a reply.
var receiptWithSahra = strings.ReplaceAll(receiptTwo, "Per Holm", "Sahra Warsame")

// D. A withdrawal of two ("hverken mig eller Sahra Warsame", "Hverken
// Sahra eller jeg kan komme", "neither Sahra nor I", "ingen af os")
// withdraws both; when the other cannot be read for sure, staff look, and
// the sender alone is never withdrawn while the mail speaks of more.
func TestCancelBoth(t *testing.T) {
	const subj = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"
	runBlind(t, []blindCase{
		{body: "Hej\nDesværre kan vi ikke komme alligevel, hverken mig eller Sahra Warsame.\nMvh Ida Holm\n\n" + receiptWithSahra,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-; Sahra Warsame:-/-"},
		{body: "Hej\nDesværre kan vi ikke komme alligevel, hverken mig eller Sahra Warsame.\nMvh Ida Holm",
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, want: "Ida Holm:-/-; Sahra Warsame:-/-"},
		{body: "Hej\nHverken Sahra eller jeg kan komme alligevel. Beklager.\nMvh Ida Holm\n\n" + receiptWithSahra,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-; Sahra Warsame:-/-"},
		{body: "Hi\nNeither Sahra Warsame nor I can come after all. Sorry.\nBest, Ida Holm\n\n" + receiptWithSahra,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-; Sahra Warsame:-/-"},
		{body: "Hej\nIngen af os kan komme alligevel.\nMvh Ida Holm\n\n" + receiptWithSahra,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-; Sahra Warsame:-/-"},
		// the other not read for sure: never the sender alone
		{body: "Hej\nHverken Sahra eller jeg kan komme alligevel. Beklager.\nMvh Ida Holm\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, notStatus: "complete"},
		{body: "Hi\nNeither Sahra nor I can come after all.\nBest, Ida Holm\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, notStatus: "complete"},
		{body: "Hej\nJeg melder afbud for os begge.\nMvh Ida Holm",
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, notStatus: "complete"},
		{body: "Hi\nPlease cancel for both of us.\nBest, Ida Holm",
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, notStatus: "complete"},
		// the sender alone: as before
		{body: "Hej\nJeg kan desværre ikke komme alligevel.\nMvh Ida Holm\n\n" + receiptWithSahra,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-"},
	})
}

// E. A sender registered already who signs up one more ("tilmelde min
// kollega Ole også", "ligesom mig", "Hej igen", "in addition to me")
// adds him to her registration: an update naming him alone. Signing up
// herself with him, or him alone with no such word, stays a registration.
func TestAddsColleagueToOwn(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej igen. Jeg vil gerne tilmelde min kollega Ole Brandt også. Han vil gerne på workshop 4 og ellers 1. Ole er vegetar ligesom mig.\nMvh Ida Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ole Brandt:4/1", diet: "Ole Brandt=vegetarian"},
		{body: "Hej\nJeg vil gerne tilmelde min veninde, Karen Lund, også. Hun vil helst have workshop 2 og ellers 3.\nMvh Ida Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Karen Lund:2/3"},
		{body: "Hi again\nI'd like to register my colleague Ole Brandt too. He would like workshop 4, otherwise 1.\nBest, Ida Holm",
			subject: "Registration", intent: tilmeld.IntentUpdate, status: "complete", want: "Ole Brandt:4/1"},
		{body: "Hello\nIn addition to me, please register my colleague Ole Brandt for workshop 4 and then 1.\nBest, Ida Holm",
			subject: "Registration", intent: tilmeld.IntentUpdate, status: "complete", want: "Ole Brandt:4/1"},
		// she comes too, or nothing says she is registered: a registration
		{body: "Hej\nJeg vil gerne tilmelde mig selv og min kollega Ole Brandt. Vi vil begge gerne på workshop 4 og ellers 1.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/1; Ole Brandt:4/1"},
		{body: "Hej\nJeg vil gerne tilmelde min kollega Ole Brandt. Han vil gerne på workshop 4 og ellers 1.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ole Brandt:4/1"},
	})
}

// F. Someone taking the sender's place ("vil gerne tage min plads",
// "overtage min tilmelding", "take over my place") is a substitution: an
// update that staff look at.
func TestSubstitutionWordings(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg kan ikke selv komme alligevel, men min kollega, Sadia Malik, vil gerne tage min plads. Hun vil gerne have de samme workshops som mig.\nMvh Ida Holm",
			intent: tilmeld.IntentUpdate, status: "review"},
		{body: "Hej\nJeg er desværre forhindret. Min mand Ole Hansen vil gerne overtage min tilmelding.\nMvh Ida Holm",
			intent: tilmeld.IntentUpdate, status: "review"},
		{body: "Hi\nI can't make it after all, but my colleague Sadia Malik would like to take over my place.\nBest, Ida Holm",
			subject: "Registration", intent: tilmeld.IntentUpdate, status: "review"},
	})
}

// G. "ligeglad med 2. prioritet" leaves the 2nd open; it never takes the
// 1st choice of its line or sentence with it.
func TestIndifferentToSecond(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nBestyrelsen tilmelder:\n- Jamal Haddad: workshop 4, han er ligeglad med 2. prioritet. Spiser halal.\n- Ida Holm: workshop 1 og 2.\nMvh Ida Holm",
			status: "complete", want: "Jamal Haddad:4/-; Ida Holm:1/2", diet: "Jamal Haddad=halal"},
		{body: "Hej\nJeg vil gerne workshop 3, jeg er ligeglad med anden prioritet.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nWorkshop 3. 2. prioritet er lige meget.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-"},
		{body: "Hi\nWorkshop 3 please, I don't mind about the second choice.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:3/-"},
	})
}

// H. "begge to", "os begge", "vi to", "both of us" count two people: a
// family that signs as one ("Familien Petersen") registers two attendees
// without names, each with the shared choices, and is asked for the names.
func TestGroupOfTwoCounts(t *testing.T) {
	name := []string{tilmeld.MissingName}
	runBlind(t, []blindCase{
		{body: "Hej\nVi vil gerne tilmelde os begge to. Vi vil begge gerne på workshop 1 og som nummer 2 workshop 2.\nMvh Familien Petersen",
			from: "Familien Petersen", status: "incomplete", want: ":1/2; :1/2", missing: name},
		{body: "Hej\nVi to vil gerne med. Workshop 3 og derefter 4.\nVenlig hilsen\nFamilien Petersen",
			from: "Familien Petersen", status: "incomplete", want: ":3/4; :3/4", missing: name},
		{body: "Hi\nBoth of us would like to come, workshop 1 first and workshop 2 second.\nBest, the Petersen family",
			from: "Familien Petersen", subject: "Registration", status: "incomplete", want: ":1/2; :1/2", missing: name},
		// with the sender known, the other is asked for
		{body: "Hej\nVi vil gerne tilmelde os begge to. Vi vil begge gerne på workshop 1 og som nummer 2 workshop 2.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:1/2; :1/2", missing: name},
	})
}

// "derefter", "bagefter" order what follows them, like "og så": a name
// of the workshop standing between them and the 2nd choice
// ("workshoppen om sundhed og derefter workshoppen om job") never turns
// the 1st into the 2nd.
func TestThenOrdersForward(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne på workshoppen om sundhed og derefter workshoppen om job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på sundhed og derefter på job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på workshoppen om sundhed, bagefter den om job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne sundhed og derefter job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
	})
}
