package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-third look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A. A reason for coming ("lære folk i området at kende") is a motive, not a
// workshop; "Navne: X og Y" names two attendees; a diet sentence with one
// named subject is that person's alone.
func TestMotiveIsNoWorkshop(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi\n\nMy wife and I would love to come to the meeting on the 29th. We moved to Albertslund from Odense last year and would like to get to know people in the neighbourhood.\n\nNames: Carl D. and Yumi D.\nYumi doesn't eat pork.\n\nBest wishes\nCarl",
			from: "Carl D.", subject: "Meeting", status: "incomplete", missing: []string{"workshop"}, want: "Carl D:-/-; Yumi D:-/-"},
			diets: "Carl D=; Yumi D=no_pork"},
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg vil meget gerne med til mødet den 29. Vi er lige flyttet til Albertslund fra Aalborg og vil gerne lære naboerne at kende.\n\nNavne: Lise P. og Anders P.\nAnders spiser ikke svinekød.\n\nHilsen\nLise",
			from: "Lise P.", status: "incomplete", missing: []string{"workshop"}, want: "Lise P:-/-; Anders P:-/-"},
			diets: "Lise P=; Anders P=no_pork"},
		{blindCase: blindCase{body: "Hi\n\nMy husband and I would like to come to the meeting. We are new in the area and want to meet our neighbours.\n\nNames: Grace Obi and Daniel Obi\nDaniel is vegetarian.\n\nKind regards\nGrace Obi",
			from: "Grace Obi", subject: "Meeting", status: "incomplete", missing: []string{"workshop"}, want: "Grace Obi:-/-; Daniel Obi:-/-"},
			diets: "Grace Obi=; Daniel Obi=vegetarian"},
		// a workshop named as the choice is still read
		{blindCase: blindCase{body: "Hi\n\nMy wife and I would love to come. We would like workshop 1 (neighbourhood) and then workshop 2.\n\nNames: Carl Dahl and Yumi Dahl\nYumi doesn't eat pork.\n\nBest wishes\nCarl Dahl",
			from: "Carl Dahl", subject: "Meeting", intent: tilmeld.IntentRegister, want: "Carl Dahl:1/2; Yumi Dahl:1/2"}},
	})
}

// B. A worker who withdraws a family ("Familien Warsame må desværre melde
// fra – både A og B") withdraws the people named, not herself.
func TestFamilyWithdrawnByWorker(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nFamilien Jama må desværre melde fra til netværksmødet på tirsdag – både Sahra J. og Idil J. Der er sket noget i familien, så de kan ikke komme.\n\nMed venlig hilsen\nKaren Lund\nBoligsocial medarbejder\nDirekte: 43 21 09 87",
			from: "Karen Lund", status: "complete", intent: tilmeld.IntentCancel, want: "Sahra J:-/-; Idil J:-/-"}},
		{blindCase: blindCase{body: "Hej ABC\n\nFamilien Osei kan desværre ikke komme til mødet alligevel, hverken Kwame Osei eller Ama Osei. Jeg beklager det sene afbud.\n\nVenlig hilsen\nLone Berg\nFamiliekonsulent",
			from: "Lone Berg", status: "complete", intent: tilmeld.IntentCancel, want: "Kwame Osei:-/-; Ama Osei:-/-"}},
		{blindCase: blindCase{body: "Hello\n\nUnfortunately the Haddad family has to cancel for Tuesday - both Rami Haddad and Lina Haddad. Something came up in the family.\n\nBest regards\nSusan Moe\nSocial worker",
			from: "Susan Moe", subject: "Cancellation", status: "complete", intent: tilmeld.IntentCancel, want: "Rami Haddad:-/-; Lina Haddad:-/-"}},
		// the sender who withdraws herself and her husband is among them
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg må desværre melde fra – både Ole Berg og jeg selv er syge.\n\nMvh\nLone Berg",
			from: "Lone Berg", status: "complete", intent: tilmeld.IntentCancel, want: "Lone Berg:-/-; Ole Berg:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nFamilien Berg må desværre melde fra – både Ole Berg og jeg.\n\nMvh\nLone Berg",
			from: "Lone Berg", status: "complete", intent: tilmeld.IntentCancel, want: "Lone Berg:-/-; Ole Berg:-/-"}},
	})
}

// C. A diet sentence whose subject is one person ("Far er type
// 2-diabetiker", "Hun ...", "Osman er ...") is that person's; only "vi",
// "begge", "alle" spread it to everyone.
func TestDietOfOneSubjectStaysHis(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde min far Kemal D. (70 år) og mig selv, Leyla D.\nVi vil begge gerne på Sundhed & trivsel, og som 2. prioritet Naboskab.\nFar er type 2-diabetiker. Vi spiser begge halal.\n\nMvh\nLeyla",
			from: "Leyla D.", status: "complete", want: "Leyla D.:2/1; Kemal D:2/1"}, diets: "Leyla D.=halal; Kemal D=diabetic,halal"},
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder mig selv og min mor Fatma Aydin. Vi ønsker begge workshop 3 og derefter 4.\nMor er diabetiker. Vi spiser begge halal.\n\nMvh\nSevgi Aydin",
			from: "Sevgi Aydin", status: "complete", want: "Sevgi Aydin:3/4; Fatma Aydin:3/4"}, diets: "Sevgi Aydin=halal; Fatma Aydin=diabetic,halal"},
		{blindCase: blindCase{body: "Hi\n\nI would like to register myself and my father Ahmet Kaya. We both want workshop 2, then workshop 1.\nDad is diabetic. We both eat halal.\n\nBest\nZeynep Kaya",
			from: "Zeynep Kaya", subject: "Registration", status: "complete", want: "Zeynep Kaya:2/1; Ahmet Kaya:2/1"}, diets: "Zeynep Kaya=halal; Ahmet Kaya=diabetic,halal"},
		// "vi er begge" spreads it
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder mig selv og min mor Fatma Aydin. Vi ønsker begge workshop 3 og derefter 4.\nVi er begge diabetikere.\n\nMvh\nSevgi Aydin",
			from: "Sevgi Aydin", status: "complete", want: "Sevgi Aydin:3/4; Fatma Aydin:3/4"}, diets: "Sevgi Aydin=diabetic; Fatma Aydin=diabetic"},
	})
}

// D. A title made of a fragment of one workshop's name and a word of
// another's ("livs trivsel": "livschancer" is workshop 3, "trivsel" 2)
// points at neither: staff ask.
func TestTitleBlendedFromFragments(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "hej jeg vil gerne med den 29\nworkshop: livs trivsel\nhvis det er muligt",
			from: "Ida Holm", status: "review"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshoppen beskæf tryghed.\n\nMvh\nIda Holm",
			from: "Ida Holm", status: "review"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like to join the meeting, workshop: life wellbeing\n\nBest\nIda Holm",
			from: "Ida Holm", subject: "Registration", status: "review"}},
		// an inflected word of the same workshop is that workshop
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på sundheds trivsel og ellers uddannelse.\n\nMvh\nIda Holm",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2 (trivsel), ellers workshop 3.\n\nMvh\nIda Holm",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/3"}},
	})
}

// E. A full name the sender gives for herself in the body, even as an
// aside ("Mo (Mohamed Abdi Farah på papiret)"), is the name for the tag,
// not the nickname of the display name and sign-off.
func TestFullNameAsideBeatsNickname(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nDet er Abdi fra Hyldespjældet (Abdirahman Nur Hassan på papiret 😊). Jeg vil gerne være med. Min bror kan ikke komme, han arbejder. Jeg vil helst job-workshoppen, ellers den om skole og uddannelse.\n\nMvh Abdi",
			from: "Abdi", status: "complete", want: "Abdirahman Nur Hassan:4/3"}},
		{blindCase: blindCase{body: "Hej\n\nDet er Gitte (egentlig Birgitte Lund Holm) fra Kanalens Kvarter. Jeg vil gerne på workshop 2 og ellers 1.\n\nMvh Gitte",
			from: "Gitte", status: "complete", want: "Birgitte Lund Holm:2/1"}},
		{blindCase: blindCase{body: "Hi\n\nIt's Sam here (Samira Yusuf Ali is my real name). I'd like workshop 3, otherwise workshop 2.\n\nBest\nSam",
			from: "Sam", subject: "Registration", status: "complete", want: "Samira Yusuf Ali:3/2"}},
		// a name in brackets that is someone else's is not hers
		{blindCase: blindCase{body: "Hej\n\nDet er Gitte. Jeg vil gerne på workshop 2 og ellers 1. Min nabo (Birgitte Lund Holm) kommer ikke.\n\nMvh Gitte",
			from: "Gitte", notStatus: "complete"}},
	})
}

// F. A cancellation whose full name stands only in the sender's own earlier
// mail quoted beneath it ("I'm Priya Raghunathan, ..."): that name is hers;
// the choices quoted there are not new ones.
func TestOwnQuotedMailNamesCanceller(t *testing.T) {
	reply := "In-Reply-To: <first@example.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi\n\nUnfortunately I have to cancel my registration for the 29th - my shift was moved to that evening.\n\nBest\nMeera\n\nOn Mon, 7 Sep 2020 at 10:12, Meera K. <sender@example.dk> wrote:\n> Hello,\n> I'm Meera Krishnan, I live in Hyldespjældet and would like to join. Workshop 2, then workshop 3.\n> Best, Meera\n",
			from: "Meera K.", subject: "Re: Registration", headers: reply, status: "complete", intent: tilmeld.IntentCancel, want: "Meera Krishnan:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg må desværre melde fra til mødet den 29., jeg har fået en eksamen samme aften.\n\nMvh\nSara\n\nDen man. 7. sep. 2020 kl. 10.12 skrev Sara B. <sender@example.dk>:\n> Hej\n> Jeg hedder Sara Bjerregaard og vil gerne deltage. Workshop 1 og ellers 4.\n> Mvh Sara\n",
			from: "Sara B.", subject: "Re: Tilmelding", headers: reply, status: "complete", intent: tilmeld.IntentCancel, want: "Sara Bjerregaard:-/-"}},
		// someone else's mail quoted does not name the sender
		{blindCase: blindCase{body: "Hej\n\nJeg må desværre melde fra til mødet den 29.\n\nMvh\nSara\n\nDen man. 7. sep. 2020 kl. 10.12 skrev Hanne Kjær <hanne@example.dk>:\n> Hej\n> Jeg hedder Sara Bjerregaard og vil gerne deltage.\n",
			from: "Sara B.", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, want: "Sara B.:-/-"}},
	})
}

// G. The order in which the sender writes his own name in the body or
// signature wins over a reordering of a "Last, First" display name: many
// names put the family name first.
func TestOwnNameOrderBeatsDisplayReorder(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vælger den første og den sidste workshop på listen. Jeg er allergisk over for skaldyr (rejer, muslinger).\n\nMvh\nNguyen Duc Anh",
			from: "Nguyen, Duc Anh", status: "complete", want: "Nguyen Duc Anh:1/4"}, diets: "Nguyen Duc Anh=shellfish_allergy"},
		{blindCase: blindCase{body: "Hej\n\nJeg hedder Wang Xiu Ying og vil gerne på workshop 2 og ellers 3.\n\nVenlig hilsen\nWang Xiu Ying",
			from: "Wang, Xiu Ying", status: "complete", want: "Wang Xiu Ying:2/3"}},
		{blindCase: blindCase{body: "Hi\n\nI would like workshop 3, otherwise workshop 1.\n\nBest regards\nNagy Katalin",
			from: "Nagy, Katalin", subject: "Registration", status: "complete", want: "Nagy Katalin:3/1"}},
		// without his own writing the display name is turned round
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2 og ellers 3.\n\nMvh",
			from: "Hansen, Per", want: "Per Hansen:2/3"}},
	})
}

// Coverage A. "Min mand Hüseyin kan desværre ikke ... så det er kun mig"
// sets the husband aside, not the choices that follow: they are the
// sender's.
func TestChoicesAfterAbsentRelativeAreSenders(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne komme til mødet. Min mand Yusuf kan desværre ikke, han har nattevagt den uge, så det er kun mig.\nWorkshop 2 og derefter 1.\nJeg spiser ikke svinekød.\n\nMvh\nAyse Demir",
			from: "Ayse Demir", status: "complete", want: "Ayse Demir:2/1"}, diets: "Ayse Demir=no_pork"},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer gerne. Min kone Lene kan desværre ikke komme, hun skal arbejde, så det bliver kun mig.\nWorkshop 4 og derefter 3.\n\nMvh\nPeter Holm",
			from: "Peter Holm", status: "complete", want: "Peter Holm:4/3"}},
		{blindCase: blindCase{body: "Hi\n\nI would like to come to the meeting. My husband Omar can't make it, he works nights that week, so it's just me.\nWorkshop 3 and then 2.\nI don't eat pork.\n\nBest\nLaila Aziz",
			from: "Laila Aziz", subject: "Registration", status: "complete", want: "Laila Aziz:3/2"}, diets: "Laila Aziz=no_pork"},
	})
}

// Coverage B. One "Name: choices" line per person: two words of one title
// ("naboskab/tryghed") are one workshop, and "Min kone <name>:" opens her
// line.
func TestPersonLinesWithTitleWords(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os begge to:\nKnud Erik Lund: naboskab/tryghed som første ønske, sundhed som andet.\nMin kone Grethe Lund: uddannelse, og ellers beskæftigelse.\nGrethe er vegetar. Jeg spiser alt.\n\nMvh\nKnud Erik",
			from: "Knud Erik Lund", status: "complete", want: "Knud Erik Lund:1/2; Grethe Lund:3/4"}, diets: "Knud Erik Lund=; Grethe Lund=vegetarian"},
		{blindCase: blindCase{body: "Hej\n\nVi kommer to:\nPoul Ravn: sundhed/trivsel først, så uddannelse.\nMin mand Jens Ravn: beskæftigelse, ellers naboskab.\n\nMvh\nPoul Ravn",
			from: "Poul Ravn", status: "complete", want: "Poul Ravn:2/3; Jens Ravn:4/1"}},
	})
}

// Coverage D. "X would be my first choice and Y my second" fixes the order
// whatever the order the titles are read in, and "I'm <full name>" spells
// out a shortened display name.
func TestWouldBeMyFirstChoice(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi,\n\nI'm Anjali Subramanian, I live in Albertslund.\nWorkshop: \"Health & wellbeing\" would be my first choice and \"Education & life chances\" my second. I'm vegetarian.\n\nAnjali\n+49 151 98765432",
			from: "Anjali S.", subject: "Registration", status: "complete", want: "Anjali Subramanian:2/3"}, diets: "Anjali Subramanian=vegetarian", phone: "+4915198765432"},
		{blindCase: blindCase{body: "Hello\n\n\"Employment & upskilling\" would be my first choice and \"Neighbourhood & safety\" my second.\n\nBest regards\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:4/1"}},
		// a name after "I'm" that is not hers changes nothing
		{blindCase: blindCase{body: "Hi\n\nI'm Anne's neighbour. I would like workshop 1, then workshop 2.\n\nBest\nTom R.",
			from: "Tom R.", subject: "Registration", want: "Tom R.:1/2"}},
	})
}

// Coverage G. "jeg kommer så i stedet for hende": the sender takes a
// colleague's place, a new registration of hers (and a withdrawal staff
// make), not a change to her own.
func TestSenderTakesColleaguesPlace(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig netværksmødet: workshop 4 og derefter 3. Min kollega Lotte V., som blev tilmeldt i sidste uge, kan desværre ikke alligevel, så I må gerne slette hende – jeg kommer så i stedet for hende fra vores afdeling.\n\nMvh\nKasper Lind",
			from: "Kasper Lind", status: "review", intent: tilmeld.IntentRegister, want: "Kasper Lind:4/3"}},
		{blindCase: blindCase{body: "Hi\n\nPlease register me for workshop 2, otherwise workshop 1. My colleague Ann Fox can't come after all, so please remove her - I will come instead of her.\n\nBest\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "review", intent: tilmeld.IntentRegister, want: "Tom Reed:2/1"}},
		// someone else in the sender's place is still a change
		{blindCase: blindCase{body: "Hej\n\nJeg kan desværre ikke komme, men min kollega Lotte Vang kommer i stedet for mig.\n\nMvh\nKasper Lind",
			from: "Kasper Lind", status: "review", intent: tilmeld.IntentUpdate}},
	})
}

// Coverage F. "Mig, <name>:" and "Min mand, <name>:" open per-person lines,
// the role before the comma, the name after; a number and a title given
// together must agree, else staff decide.
func TestRoleCommaNameLines(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde min mand og mig.\nMig, Fatou Ceesay: workshop 1, ellers 2.\nMin mand, Ebrima Ceesay: workshop 2 (Sundhed & trivsel), ellers 3.\nVi spiser ikke svinekød.\n\nMvh\nFatou Ceesay",
			from: "Fatou Ceesay", status: "complete", want: "Fatou Ceesay:1/2; Ebrima Ceesay:2/3"}, diets: "Fatou Ceesay=no_pork; Ebrima Ceesay=no_pork"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde min mand og mig.\nMig, Fatou Ceesay: workshop 1, ellers 2.\nMin mand, Ebrima Ceesay: workshop 2 (Beskæftigelse & opkvalificering), ellers 3.\nVi spiser ikke svinekød.\n\nMvh\nFatou Ceesay",
			from: "Fatou Ceesay", status: "review"}},
		{blindCase: blindCase{body: "Hej\n\nVi kommer to.\nMig, Rikke Dam: workshop 3 og ellers 4.\nMin kone, Sofie Dam: workshop 1 og ellers 2.\n\nMvh\nRikke Dam",
			from: "Rikke Dam", status: "complete", want: "Rikke Dam:3/4; Sofie Dam:1/2"}},
	})
}

// Coverage C. A terse mobile mail: "skriv X og mig (Full Name) op" signs
// them up, "begge 3 og 1" are both people's choices, and a number after
// the sender's first name on its own line is her phone.
func TestTerseSignThemUp(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "hej skriv Reza Ahmadi og mig (Leila Ahmadi) op. begge 3 og 1. Reza er vegetar\nLeila 28 44 19 07",
			from: "Leila", status: "complete", intent: tilmeld.IntentRegister, want: "Leila Ahmadi:3/1; Reza Ahmadi:3/1"},
			diets: "Leila Ahmadi=; Reza Ahmadi=vegetarian", phone: "+4528441907"},
		{blindCase: blindCase{body: "hej skriv min søster Dilan Aslan og mig op. vi vil begge på workshop 2 + 4\nSevda Aslan",
			from: "Sevda Aslan", status: "complete", intent: tilmeld.IntentRegister, want: "Sevda Aslan:2/4; Dilan Aslan:2/4"}},
		// "skriv" to the bot about something else signs no one up
		{blindCase: blindCase{body: "Hej\n\nSkriv gerne tilbage hvornår mødet slutter.\n\nMvh\nIda Holm",
			from: "Ida Holm", notStatus: "complete"}},
	})
}

// Coverage E. "1) 2) 3)" before names number people, not workshops;
// "mig selv, <name> – jeg ved ikke endnu" is an attendee without a choice.
func TestNumberedPeopleSenderUndecided(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nFra Tamilsk Forening kommer vi tre:\n1) Ravi K. – workshop 3, ellers 2\n2) Priya N. – workshop 2\n3) mig selv, Suresh P. – jeg ved ikke endnu hvilken workshop\nPriya er vegetar.\n\nMvh\nSuresh P.",
			from: "Suresh P.", status: "incomplete", missing: []string{"workshop"}, want: "Suresh P.:-/-; Ravi K:3/2; Priya N:2/-"},
			diets: "Suresh P.=; Ravi K=; Priya N=vegetarian"},
	})
}
