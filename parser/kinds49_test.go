package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a forty-ninth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A (wrong complete). A workshop named by an everyday paraphrase of its
// subject: the topic word second in a pair ("den om de unge og skolen")
// or after a verb of interest ("vil gerne høre om arbejde", "interested
// in school"). The first choice was dropped and the second moved up.
func TestTopicParaphrase(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Helst den om de unge og skolen, ellers noget med naboerne.\n\nMvh Lone Berg",
			from: "Lone Berg", intent: tilmeld.IntentRegister, status: "complete", want: "Lone Berg:3/1"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne. Mest interesseret i skole og lektiehjælp, og så sundhed.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:3/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg melder mig til og vil gerne snakke om arbejde og efteruddannelse.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/-"}},
		{blindCase: blindCase{body: "Hej\n\nVi kommer to: jeg vil høre om job og praktik, min mand Ole Dam om skole og uddannelse.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/-; Ole Dam:3/-"}},
		{blindCase: blindCase{body: "Hi\n\nCount me in – I'd love to hear about work and courses, otherwise the neighbours one.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/1"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil rigtig gerne være med. Jeg vil helst tale om helbredet og maden, og ellers tryghed.\n\nHilsen Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/1"}},
		{blindCase: blindCase{body: "Hi, I'd like to come. I am most interested in school, and then health.\n\nLone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:3/2"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage. Noget med børn og skolen som førstevalg, og sundhed som andetvalg.\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:3/2"}},
		// near-misses: context, talk of the past, a negated pair
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 2. Jeg arbejder selv på en skole.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 1. Vi har tit talt om unge og skole i bestyrelsen.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:1/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Ikke noget med arbejde og kurser – helst sundhed.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/-"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend workshop 4. We talked about school and homework at the board meeting.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/-"}},
	})
}

// B (wrong complete). The priority said after the workshop it ranks:
// "er min nr. 1", "nummer ét for mig", "is my number one", "på
// førstepladsen" (the number was read as a workshop), or after a pair
// with "og"/"and" inside ("arbejde og kurser som nr. 1"), where the rank
// went on to the next workshop and the choices swapped.
func TestRankAfterWorkshop(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Uddannelse og livschancer er min nr. 1, og tryghed er nr. 2.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:3/1"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Job og opkvalificering står som nr. 1, trivsel som nr. 2.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Sundhed kommer ind på førstepladsen, naboskab på andenpladsen.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/1"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Tryghed er nummer et for mig, uddannelse er nummer to.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:1/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Den om arbejde og kurser som nr. 1, trivsel som nr. 2.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Sundhed og motion som første prioritet, og naboskab som anden.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/1"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend. Health is my number one, neighbours my number two.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/1"}},
		{blindCase: blindCase{body: "Hi\n\nPut me down for work and skills as my first pick, and education as the second.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/3"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend. The one about school and homework as my first choice, and health as the second.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:3/2"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend. Work and courses as my first choice, neighbours as my second.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/1"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig. Arbejde og kurser står som nr. 1 for mig, og tryghed er nr. 2.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/1"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend. Education and school comes as my number one, then health.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:3/2"}},
		// near-misses: numbers that are workshops
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i nr. 1 og nr. 3.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:1/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Workshop nr. 4, ellers nr. 2.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Workshop 4 er nr. 1 for mig, 2 er nr. 2.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/2"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend. Workshop 4 is my number one, and workshop 2 my number two.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/2"}},
		// a bare number beside a name that contradicts it
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Sundhed (nr. 1) og uddannelse (nr. 2).\n\nMvh Lone Berg",
			from: "Lone Berg", status: "review"}},
	})
}

// C (lost field on a complete). A workshop named by a step in the list
// from one named before ("den ovenover", "den lige efter", "the one below
// it"): the step was dropped, and the 2nd choice with it.
func TestListStep(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Den nederste på listen som førstevalg og den ovenover som andetvalg.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:4/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Helst den første på listen, ellers den lige efter.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:1/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Nummer to på listen, og som andetvalg den før den.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/1"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage i workshop 2 og ellers den nedenunder.\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/3"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend. The top one on the list first, and the one below it second.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:1/2"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend. The third one, and as a backup the one after it.\n\nBest, Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:3/4"}},
		{blindCase: blindCase{body: "Hi, please sign me up for workshop 3, or else the one just above it.\nLone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:3/2"}},
		// a step off the list names no workshop
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage. Den nederste på listen og ellers den lige efter.\n\nMvh Lone Berg",
			from: "Lone Berg", notStatus: "complete"}},
		// near-misses: time, a part of the meeting, the meeting itself
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 2 ligesom sidste år.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 2. Jeg kan først komme til den sidste del af mødet.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 3 og 1. Den efter mødet bliver jeg ikke til spisning.\n\nMvh Lone Berg",
			from: "Lone Berg", status: "complete", want: "Lone Berg:3/1"}},
	})
}

// D (wrong complete). "Also sign up my sister" in a first sign-up of the
// sender's own was read as a change of a registration that does not
// exist: one new registration holds both, and a relative without a name
// is a missing name.
func TestFirstSignUpWithKin(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 1 og 2. Vil I også skrive min søster på? Hun vil det samme.\n\nMvh Lone Berg",
			from: "Lone Berg", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: "Lone Berg:1/2; :1/2"}},
		{blindCase: blindCase{body: "Hi\n\nSigning up for workshop 2. Could you add my daughter as well? Same workshop.\n\nBest, Lone Berg",
			from: "Lone Berg", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: "Lone Berg:2/-; :2/-"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to attend, 3 then 1. Please also register my husband Karl Lund, same choices.\n\nBest, Lone Berg",
			from: "Lone Berg", intent: tilmeld.IntentRegister, status: "complete", want: "Lone Berg:3/1; Karl Lund:3/1"}},
		{blindCase: blindCase{body: "Hi\n\nPut me down for education first, health second – and add my son too, he wants the same.\n\nBest, Lone Berg",
			from: "Lone Berg", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: "Lone Berg:3/2; :3/2"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder mig workshop 4. Kan I også skrive min mand Per Berg på workshop 4 og 2?\nHilsen Lone Berg",
			from: "Lone Berg", intent: tilmeld.IntentRegister, status: "complete", want: "Lone Berg:4/-; Per Berg:4/2"}},
		// near-misses: she is registered already, so these are changes
		{blindCase: blindCase{body: "Hej\n\nJeg er allerede tilmeldt. Vil I også skrive min søster Eva Holm på workshop 2?\n\nMvh Lone Berg",
			from: "Lone Berg", intent: tilmeld.IntentUpdate, status: "complete", want: "Eva Holm:2/-"}},
		{blindCase: blindCase{body: "Hi again, I signed up last week. Please also register my husband, workshop 3.\n\nBest, Lone Berg",
			from: "Lone Berg", intent: tilmeld.IntentUpdate}},
		{blindCase: blindCase{body: "Vil I skrive min mand Ole Holm på også? Han vil gerne på workshop 4.\n\nLone Berg",
			from: "Lone Berg", intent: tilmeld.IntentUpdate, status: "complete", want: "Ole Holm:4/-"}},
	})
}
