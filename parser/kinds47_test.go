package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a forty-seventh look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// C (wrong complete). A new sign-up that puts the workshops off ("giver
// besked", "let you know") and gives a diet with "nemlig", "blevet" or
// "now" is still a new registration without a workshop: every person it
// names is asked for one. Only a mail that signs nobody up reads those
// words as a change of an earlier diet.
func TestSignUpPutsOffWorkshopGivesDiet(t *testing.T) {
	reply := "In-Reply-To: <receipt-7@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi\n\nPlease put me down for the network meeting. I'll let you know which workshops in a few days, when I have spoken to my boss. I'm vegan.\n\nBest regards\nEmma Lind",
			from: "Emma Lind", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Emma Lind:-/-"}, diets: "Emma Lind=vegan"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig og min kollega Sune Ravn. Workshops har vi ikke valgt endnu, det giver vi besked om. Sune spiser nemlig ikke svinekød.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:-/-; Sune Ravn:-/-"}, diets: "Ida Holm=; Sune Ravn=no_pork"},
		{blindCase: blindCase{body: "Hej\nJeg melder mig hermed til netværksmødet. Workshop skriver jeg senere. Jeg er blevet veganer.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:-/-"}, diets: "Ida Holm=vegan"},
		{blindCase: blindCase{body: "Hi,\nCould you register me and a colleague, Lily Ward? We'll let you know about the workshops. Lily is coeliac.\nThanks, Ida Holm",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:-/-; Lily Ward:-/-"}, diets: "Ida Holm=; Lily Ward=gluten_free"},
		{blindCase: blindCase{body: "Tilmelding af mig selv – workshop vender jeg tilbage med. Jeg er nemlig diabetiker.\n\nIda Holm",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:-/-"}, diets: "Ida Holm=diabetic"},
		{blindCase: blindCase{body: "Hej\nVi tilmelder os gerne, mig og Bo Lund. Workshops vender vi tilbage med. Vi spiser nemlig ikke gluten.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:-/-; Bo Lund:-/-"}, diets: "Ida Holm=gluten_free; Bo Lund=gluten_free"},
		{blindCase: blindCase{body: "Hi\nPlease sign me up. I will let you know my workshops later. My diet is vegetarian.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:-/-"}, diets: "Ida Holm=vegetarian"},
		{blindCase: blindCase{body: "Hej\nJeg kommer gerne. Workshop vender jeg tilbage med, når jeg har talt med min leder. Jeg er nu også glutenfri.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:-/-"}, diets: "Ida Holm=gluten_free"},
		// near-misses: a change of one's own diet, and a promise about the future
		{blindCase: blindCase{body: "Hej\nJeg glemte at skrive, at jeg er vegetar.\nIda", headers: reply,
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/-"}, diets: "Ida Holm=vegetarian"},
		{blindCase: blindCase{body: "Hi\nJust to let you know I'm vegan now.\nIda", headers: reply,
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/-"}, diets: "Ida Holm=vegan"},
		{blindCase: blindCase{body: "Hi\nJust to let you know I'm vegan now.\nIda",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/-"}, diets: "Ida Holm=vegan"},
		{blindCase: blindCase{body: "Hej\nTil min tilmelding: jeg er nu vegetar.\nIda",
			intent: tilmeld.IntentUpdate, status: "complete"}, diets: "Ida Holm=vegetarian"},
		{blindCase: blindCase{body: "Jeg tilmelder mig workshop 2 og 4 og giver besked, hvis noget ændrer sig.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Hej\nJeg melder mig hermed fra mødet. Jeg er blevet syg.\nMvh Ida Holm",
			notStatus: "complete"}},
	})
}

// D (wrong complete). A new registration that names someone to come in
// the sender's place should she be kept away is a registration, and the
// substitution hangs on a condition: staff look. A colleague who comes
// too, a substitution in a reply to one's own registration and a change of
// workshop with "i stedet for" are not this.
func TestStandInIfKeptAway(t *testing.T) {
	reply := "In-Reply-To: <receipt-7@bo-vest.dk>\r\n"
	stand := func(body string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, intent: tilmeld.IntentRegister, status: "review"}, asks: "no"}
	}
	runChecked(t, []checkedCase{
		stand("Hej\nJeg melder mig til workshop 3 og 4. Bliver jeg syg, kommer min kollega Rikke Due i stedet.\nMvh Ida Holm"),
		stand("Hej\nTilmeld mig 1 og 2. Skulle jeg blive forhindret, overtager Rikke Due pladsen.\nMvh Ida Holm"),
		stand("Hej\nJeg vil gerne deltage i 4 og 3. Bliver jeg forhindret, sender jeg min souschef Bo Lund i stedet.\nMvh Ida Holm"),
		stand("Hi\nPlease register me for 2 and 1; should I be unable to attend, my deputy Ian Cole will come instead.\nIda Holm"),
		stand("Hej\nJeg vil gerne deltage i workshop 1 og 3. Hvis jeg ikke kan komme, deltager min kollega Rikke Due i stedet.\nIda Holm"),
		stand("Hi\nI'd like to attend workshops 1 and 3. In case I can't make it, my colleague Tom Berg will take my place.\nIda Holm"),
		stand("Hej\nJeg tilmelder mig 2 og 3. Skulle jeg få forfald, tager min kollega Rikke Due min plads.\nIda Holm"),
		stand("Hej\nJeg vil gerne deltage, workshop 2 og 1. Kan jeg ikke komme, kommer min kollega Rikke Due i stedet.\nIda Holm"),
		stand("Hej\nJeg vil gerne deltage, workshop 2 og 1. I tilfælde af sygdom deltager min stedfortræder Rikke Due i stedet.\nIda Holm"),
		stand("Hi\nI would like to attend workshops 2 and 1. If something comes up, my deputy Ian Cole will attend in my place.\nIda Holm"),
		// near-misses
		{blindCase: blindCase{body: "Hej\nJeg tilmelder mig workshop 2 og 4. Min kollega Rikke Due kommer også, workshop 3 og 1.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4; Rikke Due:3/1"}},
		{blindCase: blindCase{body: "Hej\nJeg kan ikke alligevel – Rikke Due tager min plads.\nIda Holm", headers: reply,
			intent: tilmeld.IntentUpdate, status: "review"}},
		{blindCase: blindCase{body: "Hej\nJeg kan desværre ikke komme alligevel. Jeg sender min kollega Rikke Due i stedet.\nIda Holm", headers: reply,
			intent: tilmeld.IntentUpdate, status: "review"}},
		{blindCase: blindCase{body: "Hej\nI stedet for workshop 3 vil jeg hellere på 1.\nIda Holm", headers: reply,
			intent: tilmeld.IntentUpdate, want: "Ida Holm:1/-"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder mig workshop 1 og 2. Hvis jeg når det, kommer jeg lidt tidligere.\nIda Holm",
			intent: tilmeld.IntentRegister, want: "Ida Holm:1/2"}},
	})
}

// B (wrong complete). A table typed in plain text with its columns lined
// up by spaces: each row is an attendee, the header's "1." and "2." name
// columns, and the sender, in no row, is no attendee. A labelled line
// "Navn: ...   Workshop: ..." is no table.
func TestSpaceAlignedTable(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nHer er vores tilmelding:\n\nNavn            1. prio   2. prio   Kost\nKarin Storm     2         3         ingen\nYusuf Demir     4         1         halal\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Karin Storm:2/3; Yusuf Demir:4/1"}, diets: "Karin Storm=; Yusuf Demir=halal"},
		{blindCase: blindCase{body: "Hej\n\nDeltager        Førsteønske    Andetønske\nMette Friis     sundhed        job\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Mette Friis:2/4"}},
		{blindCase: blindCase{body: "Hi\nPlease register:\n\nName           1st choice   2nd choice   Diet\nOliver Kent    3            1            gluten free\nSana Iqbal     1            —            —\n\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Oliver Kent:3/1; Sana Iqbal:1/-"}, diets: "Oliver Kent=gluten_free; Sana Iqbal="},
		{blindCase: blindCase{body: "Hej\nJeg kommer ikke selv, men tilmelder:\n\nNavn            1. prio   2. prio   Kost\nKarin Storm     2         3         ingen\nYusuf Demir     4         1         halal\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Karin Storm:2/3; Yusuf Demir:4/1"}},
		// indented, the choices in one column, dates and times around it
		{blindCase: blindCase{body: "Hej\nVi kommer den 29. kl. 16.30 og tilmelder:\n\n  Navn          Workshop     Kost\n  Ali Hassan    1 og 3       halal\n  Bo Sand       4 og 2\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ali Hassan:1/3; Bo Sand:4/2"}, diets: "Ali Hassan=halal; Bo Sand="},
		{blindCase: blindCase{body: "Hi,\nThe two of us:\n\nParticipant      First preference    Second preference\nRuth Gold        health              jobs\nAmir Said        education           neighbourhood\n\nRegards, Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ruth Gold:2/4; Amir Said:3/1"}},
		// an empty 1st-choice cell is no 1st choice: never complete
		{blindCase: blindCase{body: "Hej\n\nNavn            1. prio   2. prio   Kost\nKarin Storm               3         ingen\nYusuf Demir     4         1         halal\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, notStatus: "complete"}},
		// near-misses: a labelled line, and text with spaces in it
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage.\nNavn: Mette Friis   Workshop: 2 og 4\nMvh", from: "Mette Friis",
			intent: tilmeld.IntentRegister, status: "complete", want: "Mette Friis:2/4"}},
		{blindCase: blindCase{body: "Hej   med   dig\nJeg kommer gerne, workshop 1 og 2.   Tak.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/2"}},
	})
}

// I (wrong complete). A club's, a café's or a school's name in the From
// display name and the sign-off is no person's, nor is a name the mail
// says people come from ("en medarbejder fra Sydhavnens Unge"): the
// people it speaks of are unnamed, one per person counted, and their
// names are asked for. A person's name beside the place is hers.
func TestPlaceAsSenderName(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nTo af vores medarbejdere vil gerne med, begge på workshop 2 og 3.\n\nVenlig hilsen\nVærestedet Lyngen", from: "Værestedet Lyngen",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: ":2/3; :2/3"}},
		{blindCase: blindCase{body: "Hej\nVi er tre frivillige, der gerne vil deltage.\n\nMvh\nLektiecafé Østervang", from: "Lektiecafé Østervang",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name", "workshop"}, want: ":-/-; :-/-; :-/-"}},
		{blindCase: blindCase{body: "Hi\nOne of our youth workers will attend, workshops 4 and 1.\n\nBest\nYouth Club Orion", from: "Youth Club Orion",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: ":4/1"}},
		{blindCase: blindCase{body: "Hej\nEn fra bestyrelsen kommer, sundhed og tryghed.\n\nBoligforeningen Kildeparken", from: "Boligforeningen Kildeparken",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: ":2/1"}},
		{blindCase: blindCase{body: "Hej\nEn medarbejder fra Sydhavnens Unge vil gerne deltage, workshop 1 og 2.\n\nMvh Sydhavnens Unge", from: "Sydhavnens Unge",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: ":1/2"}},
		{blindCase: blindCase{body: "Hej\nVi er to medarbejdere fra Ørnereden, der gerne vil deltage i workshop 1 og 2.\n\nMvh Ørnereden", from: "Ørnereden",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: ":1/2; :1/2"}},
		{blindCase: blindCase{body: "Hi\nA colleague from Orion Youth Centre would like to attend workshops 3 and 2.\n\nOrion Youth Centre", from: "Orion Youth Centre",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: ":3/2"}},
		// near-misses: a person beside the place, a surname like a place, a greeting "fra"
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage i workshop 3 og 4.\n\nJette Holm\nFritidsklubben Ørnen", from: "Jette Holm - Fritidsklubben Ørnen",
			intent: tilmeld.IntentRegister, status: "complete", want: "Jette Holm:3/4"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage i workshop 3 og 4.\n\nBirk Skovlund", from: "Birk Skovlund",
			intent: tilmeld.IntentRegister, status: "complete", want: "Birk Skovlund:3/4"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage, workshop 1 og 2.\n\nMange hilsner fra Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/2"}},
		{blindCase: blindCase{body: "Hej\nTo af vores medarbejdere vil gerne med, begge på workshop 2 og 3.\n\nVenlig hilsen\nIda Holm",
			notStatus: "complete"}},
		// the sender's own name after "fra" or "from" in her words: the
		// word before it names no people who come from a place
		{blindCase: blindCase{body: "Kære ABC\n\nTilmelding fra Ida Holm. Helst workshop 2, ellers workshop 3.\n\nHilsen Ida Holm", from: "Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}},
		{blindCase: blindCase{body: "Hej\nHer er et svar fra Karim Berg: workshop 4 og 1.\n\nKarim", from: "Karim Berg",
			intent: tilmeld.IntentRegister, status: "complete", want: "Karim Berg:4/1"}},
		{blindCase: blindCase{body: "Hi\n\nRegistration from Ida Holm for the meeting: workshop 1 first, then 3.\n\nIda", from: "Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/3"}},
	})
}
