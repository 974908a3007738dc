package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirty-sixth look at unseen mail showed the reader
// wrong on (A, B and C of that look), each in several wordings of our
// own, through Parse with the gate.

var (
	missingName36     = []string{tilmeld.MissingName}
	missingBoth36     = []string{tilmeld.MissingName, tilmeld.MissingWorkshop}
	missingWorkshop36 = []string{tilmeld.MissingWorkshop}
)

// A (needless question; a wrong complete with an attendee called "Our").
// A relative spoken of without a name, then the names of the whole party
// in running text: after a full stop, a colon, "vi hedder", "our names
// are", or on a line closed by a full stop. The name her From name agrees
// with is the sender's, the other the relative's.
func TestPartyNamedInRunningText(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg kommer sammen med min mor. Nadia Karimi og Soraya Karimi. Vi vil begge gerne på workshop 2.\n\nMvh Nadia", from: "Nadia Karimi",
			intent: tilmeld.IntentRegister, status: "complete", want: "Nadia Karimi:2/-; Soraya Karimi:2/-"}},
		{blindCase: blindCase{body: "Hej\n\nMin søster og jeg vil gerne deltage: Nadia Karimi og Leyla Karimi. Workshop 3 til os begge.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:3/-; Leyla Karimi:3/-"}},
		{blindCase: blindCase{body: "Hej\n\nMin søster og jeg vil gerne deltage. Vi hedder Nadia Karimi og Leyla Karimi. Begge workshop 3.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:3/-; Leyla Karimi:3/-"}},
		{blindCase: blindCase{body: "Hello, my sister and I would like to come. Nadia Karimi, Leyla Karimi. Both workshop 3.", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:3/-; Leyla Karimi:3/-"}},
		{blindCase: blindCase{body: "Hi\n\nI want to come with my brother. Our names are Nadia Karimi and Omid Karimi. Workshop 2 for both.\n\nBest, Nadia", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:2/-; Omid Karimi:2/-"}},
		{blindCase: blindCase{body: "Hi\n\nI want to come with my brother. Workshop 2 for both.\nOmid Karimi and Nadia Karimi.", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:2/-; Omid Karimi:2/-"}},
		// a partner of another surname, and "vi er"
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg kommer gerne. Vi er Nadia Karimi og Tom Berg. Workshop 1 og 2 til begge.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:1/2; Tom Berg:1/2"}},
		{blindCase: blindCase{body: "Hej. Vi er to: mig og min veninde. Navnene er Nadia Karimi og Mette Lund. Vi vil gerne på workshop 2, ellers 1.", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:2/1; Mette Lund:2/1"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer sammen med min mor. Nadia Karimi og Soraya Karimi.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "incomplete", missing: missingWorkshop36, want: "Nadia Karimi:-/-; Soraya Karimi:-/-"}},
		// "Our", "Navnene" after the relation are no names
		{blindCase: blindCase{body: "Hi\n\nI want to come with my brother. Our names: Nadia Karimi and Omid Karimi. Workshop 2 for both.", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:2/-; Omid Karimi:2/-"}},
		{blindCase: blindCase{body: "Hi\n\nI want to come with my brother. Our tickets are not needed. Workshop 2 for both.", from: "Nadia Karimi",
			status: "incomplete", missing: missingName36, want: "Nadia Karimi:2/-; :2/-"}},
		// near-misses: the named are not the party; greetings; too many names
		{blindCase: blindCase{body: "Hej\n\nJeg kommer med min søster. Anna Holm og Peter Holm fra bestyrelsen anbefalede mødet.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "incomplete", missing: missingBoth36, want: "Nadia Karimi:-/-; :-/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer med min søster, vi vil begge på workshop 2. Anna Holm og Peter Holm fra bestyrelsen anbefalede mødet.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "incomplete", missing: missingName36, want: "Nadia Karimi:2/-; :2/-"}},
		{blindCase: blindCase{body: "Hi\n\nI come with my husband. We both want workshop 1. Greetings also from Ole Berg and Jens Dam.\n\nBest, Nadia", from: "Nadia Karimi",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nMin søster og jeg vil gerne deltage. Nadia Karimi, Leyla Karimi og Sima Karimi. Workshop 3 til os begge.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "review"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer med min søster. Anna Holm og Peter Holm. Workshop 2 til begge.\n\nMvh Nadia", from: "Nadia Karimi",
			notStatus: "complete"}},
	})
}

// B (needless review; a wrong complete that leaves the spouse registered).
// A couple withdraws together ("min mand og jeg", "my wife and I", also
// with the verb first: "Desværre må min mand og jeg ...") and signs with
// both names, bare or under a closing: both are withdrawn, the one her
// From name agrees with is the sender. A child or a babysitter given only
// as the reason is no one withdrawn.
func TestCoupleWithdrawsSignedByBoth(t *testing.T) {
	const s = "Afbud"
	both := "Rikke Dahl:-/-; Jonas Dahl:-/-"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi\n\nUnfortunately my husband and I have to cancel for Tuesday – our son is sick.\n\nRikke Dahl and Jonas Dahl", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: both}},
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg må desværre melde afbud, da vores søn er syg.\n\nRikke Dahl og Jonas Dahl", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: both}},
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg må desværre melde afbud til tirsdag.\n\nMvh\nRikke Dahl og Jonas Dahl", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: both}},
		{blindCase: blindCase{body: "Hej\n\nDesværre må min mand og jeg melde afbud til tirsdag.\n\nRikke Dahl og Jonas Dahl", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: both}},
		{blindCase: blindCase{body: "Hi\n\nSadly my husband and I will not be able to come on Tuesday after all. Our son is ill.\n\nKind regards\nRikke Dahl and Jonas Dahl", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: both}},
		// more wordings: the wife, "&", a reason with "fordi", the babysitter
		{blindCase: blindCase{body: "Hej\n\nMin kone og jeg må desværre melde fra til tirsdag, fordi vores datter er syg.\n\nVenlig hilsen\nJonas Dahl & Rikke Dahl", from: "Jonas Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: "Jonas Dahl:-/-; Rikke Dahl:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nDesværre kan min mand og jeg ikke komme på tirsdag alligevel.\n\nRikke Dahl og Jonas Dahl", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: both}},
		{blindCase: blindCase{body: "Hi\n\nWe both have to cancel, sorry. Our babysitter got sick.\n\nRikke Dahl and Jonas Dahl", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: both}},
		{blindCase: blindCase{body: "Hi\n\nUnfortunately my wife and I have to cancel for Tuesday, because our daughter is ill.\n\nBest regards\nJonas Dahl and Rikke Dahl", from: "Jonas Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: "Jonas Dahl:-/-; Rikke Dahl:-/-"}},
		// near-misses: the husband alone; the daughter stays; a maybe; signers
		// that are not hers; three signers
		{blindCase: blindCase{body: "Hej\n\nMin mand kan desværre ikke komme alligevel, men jeg kommer stadig.\n\nRikke og Jonas Dahl", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: "Jonas Dahl:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg melder afbud, men vores datter Lina Dahl kommer stadig.\n\nRikke Dahl og Jonas Dahl", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: both}},
		{blindCase: blindCase{body: "Hi\n\nMy husband and I might not make it, we'll know on Monday.\n\nRikke Dahl and Jonas Dahl", from: "Rikke Dahl", subject: s,
			status: "review"}},
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg må desværre melde afbud.\n\nMvh\nLise Dahl og Jonas Dahl", from: "Rikke Dahl", subject: s,
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nDesværre må min mand og jeg melde afbud.\n\nRikke Dahl og Ole Berg og Jonas Dahl", from: "Rikke Dahl", subject: s,
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg må desværre melde afbud.\n\nMvh Rikke", from: "Rikke Dahl", subject: s,
			notStatus: "complete"}},
		// the verb first in a sign-up too; a run-on with a verb of her own is two statements
		{blindCase: blindCase{body: "Hej\n\nSå vil min mand og jeg gerne på workshop 2 og 3.\n\nRikke Dahl og Jonas Dahl", from: "Rikke Dahl",
			intent: tilmeld.IntentRegister, status: "complete", want: "Rikke Dahl:2/3; Jonas Dahl:2/3"}},
		{blindCase: blindCase{body: "Hej\n\nOg så kommer min mand og jeg vil gerne på workshop 2.\n\nMvh Rikke Dahl", from: "Rikke Dahl",
			status: "incomplete", missing: missingBoth36, want: "Rikke Dahl:2/-; :-/-"}},
		// "cancel for all three – names": a dash before names still lists them
		{blindCase: blindCase{body: "Hi\n\nWe have to cancel for both of us – Rikke Dahl and Jonas Dahl.\n\nBest, Rikke", from: "Rikke Dahl", subject: s,
			intent: tilmeld.IntentCancel, status: "complete", want: both}},
	})
}

// C (needless review). A learner's negation with no auxiliary ("i not eat
// pork", "me no eat pork", "i never eating pork", "jeg ikke spise kød",
// "jeg spise aldrig svin", the food first: "svin jeg ikke spise") refuses
// that food, for the subject of its sentence.
func TestLearnerDietNegation(t *testing.T) {
	w := "Hello\n\nWorkshop 2 please.\n"
	d := "Hej\n\nWorkshop 2 tak.\n"
	me := "Dalia Omar:2/-"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: w + "i not eat pork.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: w + "me no eat pork.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: w + "i never eating pork.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: w + "i am muslim, not eat pork.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: w + "no eating pork for me.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: w + "pork i not eat.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: w + "I not eat gluten.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=gluten_free"}},
		{blindCase: blindCase{body: "Hello\n\nMe and my friend Leyla Haddad come, workshop 2 for both. she not eating meat.\n\nDalia", from: "Dalia Omar",
			status: "complete", want: "Dalia Omar:2/-; Leyla Haddad:2/-"}, diets: "Dalia Omar=; Leyla Haddad=vegetarian"},
		{blindCase: blindCase{body: w + "my husband Karim Omar come too, workshop 3. he no eat pork.\n\nDalia", from: "Dalia Omar",
			status: "complete", want: "Dalia Omar:2/-; Karim Omar:3/-"}, diets: "Dalia Omar=; Karim Omar=no_pork"},
		{blindCase: blindCase{body: d + "jeg ikke spise kød.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=vegetarian"}},
		{blindCase: blindCase{body: d + "jeg ikke kan spise svin.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: d + "jeg spise aldrig svin.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: d + "svin jeg ikke spise.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: d + "Svinekød spiser jeg ikke.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=no_pork"}},
		{blindCase: blindCase{body: d + "Jeg spiser aldrig kød.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=vegetarian"}},
		{blindCase: blindCase{body: d + "Min mand Karim Omar kommer også, workshop 3. Han ikke spise gris.\n\nDalia", from: "Dalia Omar",
			status: "complete", want: "Dalia Omar:2/-; Karim Omar:3/-"}, diets: "Dalia Omar=; Karim Omar=no_pork"},
		// near-misses: not eating before the meeting; spicy is other; pork
		// that is no problem is no diet
		{blindCase: blindCase{body: w + "i not eat before the meeting, i come from work.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar="}},
		{blindCase: blindCase{body: w + "i not eat spicy.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar=other"}},
		{blindCase: blindCase{body: w + "i eat all, not problem with pork.\n\nDalia", from: "Dalia Omar", diet: "Dalia Omar="}},
		{blindCase: blindCase{body: w + "I have no eating problems.\n\nDalia", from: "Dalia Omar", status: "complete", want: me, diet: "Dalia Omar="}},
		{blindCase: blindCase{body: d + "Jeg spiser ikke noget før mødet.\n\nDalia", from: "Dalia Omar", diet: "Dalia Omar="}},
	})
}
