package parser

import (
	"slices"
	"testing"

	"tilmeld"
)

// The kinds of mail a fifty-sixth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// addressedCase is a checked case sent to the addresses to and cc (the
// event's alone when to is "") on the date (14 September when "").
type addressedCase struct {
	to, cc, date string
	checkedCase
}

func (c addressedCase) parse() *Result {
	from, subject, to, date := c.from, c.subject, c.to, c.date
	if from == "" {
		from = "Ida Holm"
	}
	if subject == "" {
		subject = "Tilmelding"
	}
	if to == "" {
		to = "abc@bo-vest.dk"
	}
	if date == "" {
		date = "Mon, 14 Sep 2020 10:00:00 +0200"
	}
	raw := "From: " + from + " <sender@example.dk>\r\nTo: " + to + "\r\n"
	if c.cc != "" {
		raw += "Cc: " + c.cc + "\r\n"
	}
	raw += "Subject: " + subject + "\r\nMessage-ID: <k56@example.dk>\r\nDate: " + date + "\r\n" + c.headers +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + c.body
	return Parse([]byte(raw), testEvent)
}

func runAddressed(t *testing.T, cases []addressedCase) {
	t.Helper()
	for _, c := range cases {
		r := c.parse()
		bad := c.status != "" && string(r.Status) != c.status || c.want != "" && choices(r) != c.want ||
			c.intent != "" && r.Intent != c.intent || c.missing != nil && !slices.Equal(r.Missing, c.missing) ||
			c.notStatus != "" && string(r.Status) == c.notStatus || c.asks != "" && r.Question != (c.asks == "yes")
		if bad {
			t.Errorf("%q: got %s %s %s question=%v, want %s %s %s question=%s (not %s) (%v)", c.body, r.Intent, r.Status, choices(r), r.Question,
				c.intent, c.status, c.want, c.asks, c.notStatus, r.Reasons)
		}
	}
}

// D (wrong complete). The invitation passed on to a colleague the sender
// greets by name, the organiser in To or Cc: what she says to "du" or
// "you" is said to him. Her questions to him ask nothing of staff, and a
// workshop she tells him of is his to choose, not hers; a question turned
// to the organiser ("Til ABC:", "Kan I ...?") still asks staff, and her
// own choice in the first person still registers her.
func TestInvitationToColleague(t *testing.T) {
	jonas := "Jonas Berg <jonas.berg@example.dk>"
	abc := "abc@bo-vest.dk"
	vs, fwd := "VS: Invitation til netværksmøde", "Fwd: Invitation til netværksmøde"
	da, en := invitation48(false), invitation48(true)
	none := tilmeld.IntentOther
	runAddressed(t, []addressedCase{
		{to: jonas, cc: abc, checkedCase: checkedCase{blindCase: blindCase{body: "Hej Jonas,\nhar du lyst til at tage med? Det er lige noget for dig. Jeg er selv på kursus den dag.\n\nKh Ida" + da,
			subject: vs, intent: none, status: "review", want: ""}, asks: "no"}},
		{to: jonas, cc: abc, checkedCase: checkedCase{blindCase: blindCase{body: "Hi Jonas,\nwould you like to go? I can't make it myself, sadly.\n\nIda" + en,
			subject: fwd, intent: none, status: "review", want: ""}, asks: "no"}},
		{to: jonas, cc: abc, checkedCase: checkedCase{blindCase: blindCase{body: "Hej Jonas\nSkal vi tage derud sammen? Så kan vi køre i min bil.\n\nIda" + da,
			subject: vs, intent: none, status: "review", want: ""}, asks: "no"}},
		// the workshop she recommends to him is not her choice
		{to: jonas, cc: abc, checkedCase: checkedCase{blindCase: blindCase{body: "Kære Jonas, hvad siger du til den her? Jeg tror, du vil kunne lide workshoppen om tryghed.\n\nIda" + da,
			subject: vs, intent: none, status: "review", want: ""}, asks: "no"}},
		{to: abc, cc: jonas, checkedCase: checkedCase{blindCase: blindCase{body: "Hej Jonas\nSundhedsworkshoppen er noget for dig, synes du ikke? Jeg kan desværre ikke selv.\nIda" + da,
			subject: vs, intent: none, status: "review", want: ""}, asks: "no"}},
		{to: jonas, cc: abc, checkedCase: checkedCase{blindCase: blindCase{body: "Hi Jonas,\nI think you would enjoy the jobs workshop. Will you go?\nIda" + en,
			subject: fwd, intent: none, status: "review", want: ""}, asks: "no"}},
		// near-misses: a question turned to the organiser asks staff
		{to: jonas, cc: abc, checkedCase: checkedCase{blindCase: blindCase{body: "Hej Jonas, har du lyst?\nTil ABC: kan man komme, selvom man ikke bor i Albertslund?\n\nIda" + da,
			subject: vs, intent: none, status: "review", want: ""}, asks: "yes"}},
		{to: jonas, cc: abc, checkedCase: checkedCase{blindCase: blindCase{body: "Hej Jonas, har du lyst? Kan I i øvrigt sige, om der er parkering ved huset?\n\nIda" + da,
			subject: vs, intent: none, status: "review"}, asks: "yes"}},
		// her own choice in the first person registers her
		{to: jonas, cc: abc, checkedCase: checkedCase{blindCase: blindCase{body: "Hej Jonas, vil du med? Jeg har selv tænkt mig at tage workshop 2.\n\nIda Holm" + da,
			subject: vs, intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, asks: "no"}},
		{to: abc + ", " + jonas, checkedCase: checkedCase{blindCase: blindCase{body: "Hi Jonas, are you coming too? I will take workshop 3 and then 1 myself.\n\nIda Holm" + en,
			subject: fwd, intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/1"}, asks: "no"}},
		// written to staff alone, "du" asks staff
		{checkedCase: checkedCase{blindCase: blindCase{body: "Hej Anne, kan du sige, om der er parkering? Jeg har ikke meldt mig til endnu.\n\nIda" + da,
			subject: vs, status: "review"}, asks: "yes"}},
	})
}

// forwarded56 is someone else's text about the meeting passed on under a
// Danish or English forward header.
func forwarded56(name, addr, text string, en bool) string {
	if en {
		return "\n\n---------- Forwarded message ---------\nFrom: " + name + " <" + addr + ">\nDate: Fri, 11 Sep 2020 at 09:00\nSubject: Network meeting\nTo: Ida Holm <sender@example.dk>\n\n" + text
	}
	return "\n\n---------- Videresendt besked ----------\nFra: " + name + " <" + addr + ">\nDato: fre. 11. sep. 2020 kl. 09.00\nEmne: Netværksmøde\nTil: Ida Holm <sender@example.dk>\n\n" + text
}

// E (needless review). A resident passes on a newsletter, a board's notice
// or a colleague's copy of the programme that lists the workshops, and
// chooses in her own words above it: the list is the programme, no one's
// choice, and her words alone register her. A forwarded text in which
// someone chooses is a second registration, for staff.
func TestForwardedProgrammeIsNoChoice(t *testing.T) {
	paper := forwarded56("Beboerbladet", "redaktion@example.dk", "Netværksmøde den 29. september\nABC holder netværksmøde med fire workshops: Naboskab, netværk & tryghed – Sundhed & trivsel – Uddannelse & livschancer – Beskæftigelse & opkvalificering. Tilmeld dig hos ABC.\n\nHilsen redaktionen\n", false)
	board := forwarded56("Bestyrelsen", "bestyrelse@example.dk", "Kære beboere\nABC inviterer til netværksmøde. Der er workshops om tryghed, sundhed, uddannelse og job.\nMvh bestyrelsen\n", false)
	centre := forwarded56("Volunteer Centre", "info@example.org", "Dear volunteers\nABC holds a network meeting with four workshops: neighbourhood and safety, health and well-being, education and life chances, jobs and skills.\nBest, the volunteer centre\n", true)
	chair := forwarded56("Kaj Frandsen", "kaj@example.dk", "Hej Ida\nHer er programmet: workshop 1 Naboskab, 2 Sundhed, 3 Uddannelse, 4 Beskæftigelse.\nKaj\n", false)
	three := forwarded56("Lokalavisen", "avis@example.dk", "Workshops på mødet:\n- Sundhed & trivsel\n- Uddannelse & livschancer\n- Beskæftigelse & opkvalificering\nTilmelding hos ABC.\n", false)
	reg := tilmeld.IntentRegister
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nSå det her i beboerbladet. Jeg vil gerne med, helst sundhed og ellers uddannelse.\n\nMvh Ida Holm" + paper,
			subject: "VS: Nyt fra afdelingen", intent: reg, status: "complete", want: "Ida Holm:2/3"}},
		{blindCase: blindCase{body: "Vi fik denne fra bestyrelsen. Jeg melder mig til sundhed, subsidiært job.\n\nIda Holm" + board,
			subject: "VS: Netværksmøde", intent: reg, status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Hello\nForwarding this from the volunteer centre. Please put me on the education workshop, second choice health.\n\nIda Holm" + centre,
			subject: "Fwd: Network meeting", intent: reg, status: "complete", want: "Ida Holm:3/2"}},
		{blindCase: blindCase{body: "Hej\nMin formand sendte mig programmet. Jeg tager gerne 1 og 4.\n\nIda Holm" + chair,
			subject: "VS: Program", intent: reg, status: "complete", want: "Ida Holm:1/4"}},
		{blindCase: blindCase{body: "Hej\nSendt videre fra lokalavisen. Jeg vil gerne på uddannelse og ellers job.\nIda Holm" + three,
			subject: "VS: Netværksmøde", intent: reg, status: "complete", want: "Ida Holm:3/4"}},
		// a board that speaks of itself as "vi" but chooses nothing
		{blindCase: blindCase{body: "Hej\nVi fik den her fra bestyrelsen. Jeg vil gerne på 2 og ellers 3.\nIda Holm" +
			forwarded56("Bestyrelsen", "bestyrelse@example.dk", "Kære beboere\nVi har fået en invitation fra ABC til netværksmøde med workshops om tryghed, sundhed, uddannelse og job. Meld jer selv til.\nMvh bestyrelsen\n", false),
			subject: "VS: Netværksmøde", intent: reg, status: "complete", want: "Ida Holm:2/3"}},
		// near-misses: the forwarded text chooses, for its writer, a group
		// or someone named: two registrations
		{blindCase: blindCase{body: "Hej\nVi fik den her fra bestyrelsen. Jeg vil gerne på 2 og ellers 3.\nIda Holm" +
			forwarded56("Bestyrelsen", "bestyrelse@example.dk", "Kære Ida\nVi vil gerne på tryghed, sundhed og job, alle tre.\nMvh bestyrelsen\n", false),
			subject: "VS: Netværksmøde", status: "review"}},
		{blindCase: blindCase{body: "Hej\nVideresender fra min nabo. Jeg kommer også selv, workshop 1 og 2.\n\nIda Holm" +
			forwarded56("Fatma Yilmaz", "fatma@example.dk", "Hej Ida\nJeg vil gerne tilmelde mig workshop 3. Kan du sende det videre?\nFatma\n", false),
			subject: "VS: Netværksmøde", status: "review"}},
		{blindCase: blindCase{body: "Hej\nVideresender fra foreningen. Jeg vil selv gerne på 1 og 3.\n\nIda Holm" +
			forwarded56("Foreningen Vestly", "forening@example.dk", "Hej Ida\nFatima vil gerne på 2, og ellers 4.\nHilsen foreningen\n", false),
			subject: "VS: Netværksmøde", status: "review"}},
		// the programme with a choice of the writer's own below it
		{blindCase: blindCase{body: "Hej\nMin formand sendte mig programmet. Jeg tager gerne 1 og 4.\n\nIda Holm" +
			forwarded56("Kaj Frandsen", "kaj@example.dk", "Hej Ida\nHer er programmet: workshop 1 Naboskab, 2 Sundhed, 3 Uddannelse, 4 Beskæftigelse. Jeg tager selv 2.\nKaj\n", false),
			subject: "VS: Program", status: "review"}},
	})
}

// F (wrong complete, wrong intent). A caterer, the venue, a caretaker or a
// speaker writes to the organiser about running the meeting: an order or a
// booking confirmed, rooms and equipment, a talk "som aftalt". It is the
// organiser's business (intent other, review), its diet words the menu and
// its numbers rooms; a speaker's workshop is where she speaks. A
// resident's question or registration reads as before.
func TestRunningTheMeeting(t *testing.T) {
	other := tilmeld.IntentOther
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej Anne\n\nVi bekræfter sandwich og kaffe til 60 personer den 29. Skal der være en vegansk mulighed, og hvor mange skal have glutenfrit?\n\nMvh Hanne\nKøkkenet i Kulturhuset",
			from: "Hanne Kok", subject: "Bestilling 29/9", intent: other, status: "review", want: ""}, asks: "yes"},
		{blindCase: blindCase{body: "Hej Anne\nProjektoren i lokale 2 er til reparation, men I kan låne den i lokale 3. Skal vi stille flipovers frem i alle rum?\nMvh Per, vicevært",
			from: "Per Nielsen", subject: "Lokaler tirsdag", intent: other, status: "review", want: ""}, asks: "yes"},
		{blindCase: blindCase{body: "Hello Anne,\nThis confirms your booking of the main hall on the 29th. Rooms 1 and 4 are free all evening; do you also need room 2?\nBest regards\nSarah, Community House",
			from: "Sarah Jones", subject: "Booking", intent: other, status: "review", want: ""}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nTak for bestillingen af buffet til tirsdag. Hvor mange vegetarer og hvor mange halal skal vi regne med?\nVenlig hilsen\nMadhuset",
			from: "Madhuset", subject: "Ordrebekræftelse", intent: other, status: "review", want: ""}, asks: "yes"},
		{blindCase: blindCase{body: "Hi Anne\nWe confirm coffee and cake for 50 on Tuesday. Do you need cutlery for everyone, or only for the workshop rooms?\nKind regards\nThe Café",
			from: "The Cafe", subject: "Order", intent: other, status: "review", want: ""}, asks: "yes"},
		// a speaker's workshop is where she speaks
		{blindCase: blindCase{body: "Hej Anne\nJeg glæder mig til at holde oplæg i workshoppen om sundhed, som aftalt. Jeg kommer kl. 16 og skal bruge en projektor.\nMvh Lene Ravn",
			from: "Lene Ravn", subject: "Oplæg", intent: other, status: "review", want: ""}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nSom vi aftalte, holder jeg et kort oplæg i workshop 4 om jobtræning. Jeg har slides med.\nHilsen Omar Ali",
			from: "Omar Ali", subject: "Oplæg", intent: other, status: "review", want: ""}, asks: "no"},
		{blindCase: blindCase{body: "Hi Anne,\nAs agreed, I'll be giving the talk in the education workshop. I'll arrive at 4 pm.\nBest, Sarah Lee",
			from: "Sarah Lee", subject: "Talk", intent: other, status: "review", want: ""}, asks: "no"},
		// without a question it is no registration either
		{blindCase: blindCase{body: "Hej Anne\nVi bekræfter hermed jeres booking af salen og lokale 1-4 tirsdag den 29. Nøglen ligger hos viceværten.\nMvh Kulturhuset",
			from: "Kulturhuset", subject: "Booking", intent: other, status: "review", want: ""}, asks: "no"},
		{blindCase: blindCase{body: "Hej Anne\nVi bekræfter 60 kuverter til tirsdag: 10 vegetar, 5 halal og 3 glutenfri.\nMvh Madhuset",
			from: "Madhuset", subject: "Levering", intent: other, status: "review", want: ""}},
		// near-misses: a resident's question, a resident's registration
		{blindCase: blindCase{body: "Hej\nEr der parkering ved huset, og må jeg tage min datter med?\nIda Holm",
			intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg kommer gerne, workshop 2. Er der vegetarmad?\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nKan man få vegansk mad, og er der glutenfrit brød?\nIda Holm",
			intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg glæder mig til at høre oplæggene. Jeg vil gerne på workshop 3.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/-"}},
	})
}

// G (wrong intent). Mail written after the meeting thanks for it and asks
// for the slides, the minutes or the others' addresses: nobody signs up,
// and the workshops it names were attended. Thanks for the invitation, or
// for last year's meeting beside this year's choices, still register.
func TestAfterTheMeeting(t *testing.T) {
	after := "Thu, 1 Oct 2020 10:00:00 +0200"
	other := tilmeld.IntentOther
	runAddressed(t, []addressedCase{
		{date: after, checkedCase: checkedCase{blindCase: blindCase{body: "Hej\nTak for en lærerig og veltilrettelagt eftermiddag i tirsdags. Kan I sende referatet fra workshoppen om uddannelse?\nIda Holm",
			subject: "Tak", intent: other, status: "review", want: ""}, asks: "yes"}},
		{date: after, checkedCase: checkedCase{blindCase: blindCase{body: "Tusind tak for mødet den 29. Hvornår kommer billederne?\n\nIda Holm",
			subject: "Tak", intent: other, status: "review", want: ""}, asks: "yes"}},
		{date: after, checkedCase: checkedCase{blindCase: blindCase{body: "Hi\nThanks for a well-run meeting on Tuesday. Could you send the slides from the jobs workshop and the list of participants?\nIda Holm",
			subject: "Thanks", intent: other, status: "review", want: ""}, asks: "yes"}},
		{date: after, checkedCase: checkedCase{blindCase: blindCase{body: "Hej\nVi var flere fra afdelingen med i workshop 2 i tirsdags. Kan vi få de andres kontaktoplysninger?\nIda Holm",
			subject: "Kontakter", intent: other, status: "review", want: ""}, asks: "yes"}},
		{date: after, checkedCase: checkedCase{blindCase: blindCase{body: "Hej ABC\nTak for et spændende og givende møde. Må jeg få præsentationen fra workshoppen om sundhed?\nMvh Ida Holm",
			subject: "Præsentation", intent: other, status: "review", want: ""}, asks: "yes"}},
		{date: after, checkedCase: checkedCase{blindCase: blindCase{body: "Hi\nI attended the health workshop last week. Where can I find the slides?\nIda Holm",
			subject: "Slides", intent: other, status: "review", want: ""}, asks: "yes"}},
		// the thanks with a time said, on any date
		{checkedCase: checkedCase{blindCase: blindCase{body: "Hej\nTak for en rigtig god og inspirerende aften i går! Kan I sende deltagerlisten?\nIda Holm",
			subject: "Tak", intent: other, status: "review", want: ""}, asks: "yes"}},
		// near-misses: thanks for the invitation; last year's meeting
		{checkedCase: checkedCase{blindCase: blindCase{body: "Tak for invitationen! Workshop 2 og 3 for mig.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}}},
		{checkedCase: checkedCase{blindCase: blindCase{body: "Hej\nTak for et godt møde sidste år. I år vil jeg gerne på 1 og 4.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/4"}}},
		{checkedCase: checkedCase{blindCase: blindCase{body: "Hej Anne\nTak for et godt møde i sidste uge om lektiecaféen. Jeg vil gerne på workshop 2 og ellers 1.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/1"}}},
		// before the meeting: a question
		{checkedCase: checkedCase{blindCase: blindCase{body: "Hej\nKan I sende programmet for workshoppen om sundhed?\nIda Holm",
			intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"}},
		{checkedCase: checkedCase{blindCase: blindCase{body: "Hej\nTak for mødet i sidste måned om lektiecaféen. Jeg vil gerne på workshop 3 den 29.\nIda Holm",
			intent: tilmeld.IntentRegister, want: "Ida Holm:3/-"}}},
	})
}
