package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail a seventh blind set showed the reader wrong on, each in
// several wordings of our own, through Parse with the gate.

const reSubj = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"

// 1. A swap that states the new order: the order written is the new
// order, not one to swap again. Only a bare swap turns the old order round.
func TestSwapStatesNewOrder(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter, så Uddannelse & livschancer bliver min 1. prioritet og Naboskab, netværk & tryghed min 2.\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		{body: "Hej\nKan I bytte om på mine prioriteter, så Uddannelse & livschancer er min 1. prioritet og Naboskab min 2. prioritet?\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne bytte rundt på mine valg, så workshop 3 bliver mit 1. valg og workshop 1 mit 2. valg.\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		{body: "Hi\nI would like to swap my priorities, so that Uddannelse & livschancer becomes my 1st priority and Naboskab my 2nd.\nBest, Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		// a bare swap turns the receipt's order round
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter.\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		// a stated order that is no swap of the receipt's is for staff
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter, så Naboskab bliver min 1. prioritet og Uddannelse & livschancer min 2.\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, notStatus: "complete"},
	})
}

// 2. Undecided between two workshops, asking to be in both: staff answer.
func TestUndecidedBetweenTwo(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg er både interesseret i workshop 2 og workshop 3, og jeg kan ikke vælge mellem dem. Er det muligt at være med i begge, fx første halvdel i den ene og anden halvdel i den anden?\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg vil gerne tilmelde mig workshop 1 og 4, men jeg kan ikke vælge. Kan jeg være med i begge?\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg vil gerne deltage i workshop 2 og 3. Jeg kan ikke bestemme mig mellem dem.\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nTilmelding til workshop 1 og 2. Kunne jeg være halvdelen af tiden i hver?\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg vil gerne være med i begge workshops, 2 og 4.\nMvh Ida Holm",
			status: "review"},
		{body: "Hi\nI'd like to sign up for workshop 2 and 3, but I can't decide between them. Could I join both, half the time in each?\nBest, Ann Fox",
			from: "Ann Fox", subject: "Registration", status: "review"},
		{body: "Hi\nI would like workshop 1 or 3 - I can't choose between them.\nAnn Fox", from: "Ann Fox", subject: "Registration", status: "review"},
		{body: "Hej\nJeg har svært ved at vælge mellem workshop 2 og 3.\nMvh Ida Holm", status: "review"},
		{body: "Hej\nJeg vil gerne i workshop 2 og 3 - halvdelen af tiden i hver.\nMvh Ida Holm", status: "review"},
		{body: "Hi\nI'd like to sign up for workshops 1 and 4; I am interested in both equally.\nAnn Fox", from: "Ann Fox", subject: "Registration", status: "review"},
		{body: "Hi\nI'm torn between workshop 2 and 3.\nAnn Fox", from: "Ann Fox", subject: "Registration", status: "review"},
		// a first and a second choice, nothing undecided: complete
		{body: "Hej\nJeg vil gerne i workshop 2, ellers 3.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"},
	})
	// the wish stated, not asked, goes to staff without a question
	// (kinds43 E)
	if r := parseMail("Ida Holm", "Tilmelding", "", "Hej\nJeg vil gerne være med i både workshop 2 og workshop 3.\nMvh Ida Holm"); r.Question || r.Status != tilmeld.StatusReview {
		t.Errorf("stated wish for both: got %s question=%v, want review without a question", r.Status, r.Question)
	}
	// she asks, and staff answer
	for _, b := range []string{
		"Hej\nJeg er interesseret i workshop 2 og workshop 3, og jeg kan ikke vælge mellem dem.\nMvh Ida Holm",
		"Hej\nKan jeg være med i både workshop 2 og workshop 3?\nMvh Ida Holm",
		"Hej\nKan jeg få første halvdel i workshop 1 og anden halvdel i workshop 2?\nMvh Ida Holm",
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", b)
		if !r.Question || r.Status != tilmeld.StatusReview {
			t.Errorf("%q: got %s question=%v, want review with a question", b, r.Status, r.Question)
		}
	}
}

// receiptEmre is the bot's receipt for Emre Kaya (3 and 1), quoted.
var receiptEmre = strings.NewReplacer("Hej Ida", "Hej Emre", "> Ida Holm\n", "> Emre Kaya\n").Replace(receiptQuoted)

// 3. A reply to the receipt signed with a first name only, the full name
// in the From display name or in the quoted receipt: the sender is that
// person, and a colleague who persuaded her is nobody to register.
func TestFirstNameSignedUpdate(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nKan I flytte min 1. prioritet fra workshop 1 til workshop 2? Min kollega har overtalt mig :)\nEmre\n\n" + receiptEmre,
			from: "Emre Kaya", subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Emre Kaya:2/-"},
		{body: "Hej\nJeg vil gerne skifte min 1. prioritet til Sundhed & trivsel i stedet for Naboskab, netværk & tryghed. Resten må gerne blive som det er.\nEmre\n\n" + receiptEmre,
			from: "Emre Kaya", subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Emre Kaya:2/-"},
		{body: "Hej\nKan I ændre min 1. prioritet til workshop 4? Som 2. prioritet vil jeg så gerne have workshop 2.\nMvh Emre\n\n" + receiptEmre,
			from: "Emre Kaya", subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Emre Kaya:4/2"},
		// no full name in the From line: the receipt's "Navn:" gives it
		{body: "Hej\nKan I flytte min 1. prioritet fra workshop 1 til workshop 2? Min kollega har overtalt mig :)\nMette\n\n" +
			"Den 12. sep. 2020 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n> Navn: Mette Juhl Andersen\n> 1. prioritet: workshop 1\n> 2. prioritet: workshop 3\n",
			from: "mette", subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Mette Juhl Andersen:2/-"},
		// the receipt's fuller form of the From line's name is hers
		{body: "Hej\nKan I ændre min 1. prioritet til workshop 4? Som 2. prioritet vil jeg så gerne have workshop 2.\nVh Mette\n\n" +
			"Den 12. sep. 2020 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n> Navn: Mette Juhl Andersen\n> 1. prioritet: workshop 1\n> 2. prioritet: workshop 3\n",
			from: "Mette Andersen", subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Mette Juhl Andersen:4/2"},
		{body: "Hi\nCould you move my first choice from workshop 1 to workshop 2? My colleague talked me into it :)\nMette\n\n" +
			strings.NewReplacer("Hej Ida", "Hej Mette", "> Ida Holm\n", "> Mette Juhl Andersen\n").Replace(receiptQuoted),
			from: "Mette Andersen", subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Mette Juhl Andersen:2/-"},
		// a first name that is not the sender's is somebody else
		{body: "Hej\nKan I flytte min 1. prioritet fra workshop 1 til workshop 2?\nMvh Mette\n\n" + receiptEmre,
			from: "Emre Kaya", subject: reSubj, headers: replyHeaders, notStatus: "complete"},
	})
}

// 4. A friend added in a reply to the receipt; "min egen tilmelding er
// uændret" keeps the sender as she is: the friend is the one attendee.
func TestFriendAddedOwnUnchanged(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nMin veninde Sara Nielsen vil også gerne med. Hun vil helst have workshop 2, ellers 1. Hun spiser ikke kød, men gerne fisk. Min egen tilmelding er uændret.\nEmre\n\n" + receiptEmre,
			from: "Emre Kaya", subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Sara Nielsen:2/1"},
		{body: "Hej\nMin kollega Jonas Berg vil også gerne deltage. Han vil gerne have workshop 3 og ellers 4. Min egen tilmelding står ved magt.\nMvh Emre\n\n" + receiptEmre,
			from: "Emre Kaya", subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Jonas Berg:3/4"},
		// no quote: "min egen tilmelding er uændret" says she is registered
		{body: "Hej\nMin veninde Sara Nielsen vil også gerne med. Hun vil helst have workshop 2, ellers 1. Hun spiser ikke kød, men gerne fisk. Min egen tilmelding er uændret.\n\nMvh\nEmre",
			from: "Emre Kaya", subject: reSubj, status: "complete", intent: tilmeld.IntentUpdate, want: "Sara Nielsen:2/1", diet: "Sara Nielsen=pescetarian"},
		{body: "Hej\nMin nabo Karen Lund vil også gerne være med, helst workshop 4 og ellers 3. Min egen tilmelding står ved magt.\nVh Emre Kaya",
			from: "Emre Kaya", status: "complete", intent: tilmeld.IntentUpdate, want: "Karen Lund:4/3"},
		{body: "Hej\nMin veninde Sara Nielsen vil også gerne med. Hun vil helst have workshop 2, ellers 1. Min tilmelding gælder stadig.\nMvh Emre",
			from: "Emre Kaya", status: "complete", intent: tilmeld.IntentUpdate, want: "Sara Nielsen:2/1"},
		{body: "Hi\nMy colleague Jonas Berg wants to join too, workshop 3 or else 4. My registration still stands.\nBest, Emre",
			from: "Emre Kaya", subject: "Registration", status: "complete", intent: tilmeld.IntentUpdate, want: "Jonas Berg:3/4"},
		{body: "Hi\nMy friend Sara Nielsen would also like to come. She would like workshop 2, otherwise 1. My own registration is unchanged.\nEmre\n\n" + receiptEmre,
			from: "Emre Kaya", subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Sara Nielsen:2/1"},
	})
}

// 5. A list of people, each with a role note in brackets or "mig selv,":
// one attendee per item with its choices and diet, plus the diet said for
// all; "(mig)" and "mig selv" mark the sender, and an age is no workshop.
func TestListWithRoles(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nVi vil gerne tilmelde os:\n- Imran Chaudhry (mig): workshop 4, og workshop 3 som nummer to\n- Sadia Chaudhry (min kone): workshop 2, ellers workshop 1. Hun tåler ikke laktose.\n- Aisha Chaudhry (vores datter, 17 år): kun workshop 3\nVi spiser alle halal.\nMvh Imran",
			from: "Imran Chaudhry", status: "complete", intent: tilmeld.IntentRegister,
			want: "Imran Chaudhry:4/3; Sadia Chaudhry:2/1; Aisha Chaudhry:3/-", diet: "Imran Chaudhry=halal"},
		{body: "Hej\nHer er vores tilmelding:\n- mig selv, Grethe Poulsen: workshop 1 og 4, vegetar\n- Ole Thomsen: 1 og 2\nMvh Grethe",
			from: "Grethe Poulsen", status: "complete", want: "Grethe Poulsen:1/4; Ole Thomsen:1/2", diet: "Grethe Poulsen=vegetarian"},
		{body: "Hej\nVi kommer tre:\n- Lars Dam (mig): workshop 2, ellers 3\n- Mona Dam (min søster, 16 år): workshop 1\n- Per Dam (min far): workshop 4 og 2\nVi spiser alle halal.\nHilsen Lars",
			from: "Lars Dam", status: "complete", want: "Lars Dam:2/3; Mona Dam:1/-; Per Dam:4/2", diet: "Lars Dam=halal"},
		// a bracket that says she stays away is for staff
		{body: "Hej\nVi vil gerne tilmelde os:\n- Imran Chaudhry (mig): workshop 4, ellers 3\n- Sadia Chaudhry (min kone, kommer måske ikke): workshop 2\nMvh Imran",
			from: "Imran Chaudhry", notStatus: "complete"},
		// a diet in the bracket is hers
		{body: "Hej\nVi vil gerne tilmelde os:\n- Sadia Chaudhry (min kone, vegetar): workshop 2, ellers workshop 1.\n- Imran Chaudhry (mig): workshop 4, ellers 3\nMvh Imran",
			from: "Imran Chaudhry", status: "complete", want: "Sadia Chaudhry:2/1; Imran Chaudhry:4/3", diet: "Sadia Chaudhry=vegetarian"},
		// bare numbers after a long role note are her choices; the age is none
		{body: "Hej\nVi kommer:\n- Imran Chaudhry (mig): 4 og 3\n- Sadia Chaudhry (min kone): 2, ellers 1\n- Aisha Chaudhry (vores datter, 17 år): 3\nVi spiser alle halal.\nMvh Imran",
			from: "Imran Chaudhry", status: "complete", want: "Imran Chaudhry:4/3; Sadia Chaudhry:2/1; Aisha Chaudhry:3/-"},
		// a listed person with a role note and nothing read for her is never dropped silently
		{body: "Hej\nVi kommer:\n- Imran Chaudhry (mig): 4 og 3\n- Aisha Chaudhry (vores datter, 17 år): det ved hun ikke endnu\nMvh Imran",
			from: "Imran Chaudhry", notStatus: "complete"},
		// a bracket with a condition or a workshop in it says more than who she is
		{body: "Hej\nVi vil gerne tilmelde os:\n- Imran Chaudhry (mig): workshop 4, ellers 3\n- Sadia Chaudhry (min kone, hvis hun får fri): workshop 2\nMvh Imran",
			from: "Imran Chaudhry", notStatus: "complete"},
		{body: "Hej\nVi vil gerne tilmelde os:\n- Imran Chaudhry (mig): workshop 4, ellers 3\n- Sadia Chaudhry (min kone, helst workshop 1): workshop 2\nMvh Imran",
			from: "Imran Chaudhry", notStatus: "complete"},
		{body: "Hi\nWe would like to register:\n- Imran Chaudhry (me): workshop 4, then 3\n- Sadia Chaudhry (my wife): workshop 2, otherwise 1. She is lactose intolerant.\nWe all eat halal.\nBest, Imran",
			from: "Imran Chaudhry", subject: "Registration", status: "complete", want: "Imran Chaudhry:4/3; Sadia Chaudhry:2/1", diet: "Imran Chaudhry=halal"},
	})
}

// 6. A table of people: a header row naming the columns, then a row per
// person, cells split by "|", tabs or ";" ("-" is nothing).
func TestPeopleTable(t *testing.T) {
	want := "Ida Holm:1/3; Per Holm:2/-; Nadia Ali:4/1"
	runBlind(t, []blindCase{
		{body: "Hej\nVi vil gerne tilmelde os:\n\nNavn | 1. prioritet | 2. prioritet | Kost\nIda Holm | 1 | 3 | -\nPer Holm | 2 | - | vegetar\nNadia Ali | 4 | 1 | halal\n\nMvh Ida Holm",
			status: "complete", intent: tilmeld.IntentRegister, want: want},
		{body: "Hej\nVi vil gerne tilmelde os:\n\n| Navn | 1. prioritet | 2. prioritet | Kost |\n|---|---|---|---|\n| Ida Holm | 1 | 3 | - |\n| Per Holm | 2 | - | vegetar |\n| Nadia Ali | 4 | 1 | halal |\n\nMvh Ida Holm",
			status: "complete", want: want},
		{body: "Hej\nVi vil gerne tilmelde os:\nNavn;1. prioritet;2. prioritet;Kost\nIda Holm;1;3;-\nPer Holm;2;-;vegetar\nNadia Ali;4;1;halal\nMvh Ida Holm",
			status: "complete", want: want},
		{body: "Hej\nVi vil gerne tilmelde os:\nNavn\t1. prioritet\t2. prioritet\tKost\nIda Holm\t1\t3\t-\nPer Holm\t2\t-\tvegetar\nNadia Ali\t4\t1\thalal\nMvh Ida Holm",
			status: "complete", want: want},
		{body: "Hi\nWe would like to register:\nName | 1st choice | 2nd choice | Diet\nIda Holm | 1 | 3 | -\nPer Holm | 2 | - | vegetarian\nNadia Ali | 4 | 1 | halal\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: want},
		{body: "Hej\nVi vil gerne tilmelde os:\nDeltager | Første prioritet | Anden prioritet | Kosthensyn\nIda Holm | Naboskab | Uddannelse | -\nPer Holm | Sundhed | - | vegetar\nNadia Ali | 4 | 1 | halal\nMvh Ida Holm",
			status: "complete", want: want},
		{body: "Hi\nHere is our registration:\nParticipant | First choice | Second choice | Dietary needs\nIda Holm | 1 | 3 | none\nPer Holm | 2 | - | vegetarian\nNadia Ali | 4 | 1 | halal\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: want},
		// a row whose cell names no workshop the event has is for staff
		{body: "Hej\nVi vil gerne tilmelde os:\nNavn | 1. prioritet | 2. prioritet | Kost\nIda Holm | 1 | 3 | -\nPer Holm | 7 | - | -\nMvh Ida Holm",
			notStatus: "complete"},
	})
}

// An HTML table arrives as text through the mail's HTML part.
func TestPeopleTableHTML(t *testing.T) {
	html := "<html><body><p>Hej, vi vil gerne tilmelde os:</p><table><tr><th>Navn</th><th>1. prioritet</th><th>2. prioritet</th><th>Kost</th></tr>" +
		"<tr><td>Ida Holm</td><td>1</td><td>3</td><td>-</td></tr><tr><td>Per Holm</td><td>2</td><td>-</td><td>vegetar</td></tr>" +
		"<tr><td>Nadia Ali</td><td>4</td><td>1</td><td>halal</td></tr></table><p>Mvh Ida Holm</p></body></html>"
	raw := "From: Ida Holm <sender@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: Tilmelding\r\nMessage-ID: <t@example.dk>\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n" + html
	r := Parse([]byte(raw), testEvent)
	if got := choices(r); r.Status != tilmeld.StatusComplete || got != "Ida Holm:1/3; Per Holm:2/-; Nadia Ali:4/1" {
		t.Errorf("HTML table: got %s %s %v", r.Status, got, r.Reasons)
	}
}

// 7. "min nabo fra nr. 14": a house number after "fra" is an address, no
// workshop; the neighbour without a name is an attendee whose name is
// asked for, with her own choice; the sender keeps hers.
func TestNeighbourFromNumber(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne tilmelde mig selv og min nabo fra nr. 14. Jeg vil gerne workshop 1 og 3. Min nabo vil også gerne workshop 1, men har ikke nogen anden prioritet.\nMvh Ida Holm",
			status: "incomplete", intent: tilmeld.IntentRegister, want: "Ida Holm:1/3; :1/-", missing: []string{"name"}},
		{body: "Hej\nJeg vil gerne tilmelde mig og min nabo fra nummer 22. Jeg vil gerne have workshop 2 og 4. Min nabo vil gerne have workshop 3.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:2/4; :3/-", missing: []string{"name"}},
		{body: "Hej\nJeg vil gerne tilmelde mig selv og min nabo fra opgang 12. Jeg vil gerne workshop 4, ellers 2. Min nabo vil gerne workshop 2.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:4/2; :2/-", missing: []string{"name"}},
		{body: "Hej\nJeg vil gerne tilmelde mig selv og min genbo fra nr. 12. Jeg vil gerne workshop 1 og 3. Min genbo vil gerne workshop 2, ellers 4.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:1/3; :2/4", missing: []string{"name"}},
		{body: "Hej\nJeg vil gerne tilmelde mig selv og min nabo fra 3. sal. Jeg vil gerne workshop 1 og 4. Min nabo vil gerne workshop 2.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:1/4; :2/-", missing: []string{"name"}},
		// a house number that is also a workshop's is still an address
		{body: "Hej\nJeg vil gerne tilmelde mig selv og min nabo fra nr. 3. Jeg vil gerne workshop 1 og 4. Min nabo vil gerne workshop 2.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:1/4; :2/-", missing: []string{"name"}},
		{body: "Hi\nI would like to register myself and my neighbour from no. 14. I would like workshop 1 and 3. My neighbour would like workshop 1 too, but has no second choice.\nBest, Ann Fox",
			from: "Ann Fox", subject: "Registration", status: "incomplete", want: "Ann Fox:1/3; :1/-", missing: []string{"name"}},
	})
}

// 8. The body writes the name with its diacritics, or in its native order,
// where the From display name has it in ASCII or turned round: the body's
// form is the fuller, truer one.
func TestNameWithDiacritics(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne tilmelde mig workshop 2, ellers 3.\nMvh Ayşe Demir", from: "Ayse Demir", status: "complete", want: "Ayşe Demir:2/3"},
		{body: "Hej\nJeg vil gerne tilmelde mig workshop 1 og 4.\nVenlig hilsen\nNguyễn Thị Lan", from: "Lan Nguyen", status: "complete", want: "Nguyễn Thị Lan:1/4"},
		{body: "Hej\nJeg hedder Nguyễn Thị Lan og vil gerne i workshop 3, ellers 2.\nMvh Lan", from: "Lan Nguyen", status: "complete", want: "Nguyễn Thị Lan:3/2"},
		{body: "Hi\nI would like to sign up for workshop 2, otherwise 1.\nBest regards\nŞükrü Öztürk", from: "Sukru Ozturk", subject: "Registration", status: "complete", want: "Şükrü Öztürk:2/1"},
		{body: "Hej\nJeg vil gerne i workshop 4, ellers 1.\nMvh\nTrần Văn Minh", from: "Minh Tran", status: "complete", want: "Trần Văn Minh:4/1"},
		// the From line's order, the body's first name only: the full name stays
		{body: "Hej\nJeg vil gerne i workshop 4, ellers 1.\nMvh Lan", from: "Lan Nguyen", status: "complete", want: "Lan Nguyen:4/1"},
	})
}

// "hendes/hans prioritet" speaks of the person named before, never of the
// sender: her choices must not become his.
func TestPossessiveIsTheOtherPerson(t *testing.T) {
	runBlind(t, []blindCase{
		{from: "Ole Hansen", body: "Hej\nMin kone Karen Hansen har ombestemt sig: hendes 1. prioritet skal være sundhed og 2. prioritet tryghed.\nMvh Ole", notStatus: "complete"},
		{from: "Ole Hansen", body: "Hej\nKaren Hansen har skiftet mening. Hendes første prioritet er nu workshop 3, anden prioritet workshop 1.\nMvh Ole", notStatus: "complete"},
		{from: "Ole Hansen", body: "Hej\nJeg vil gerne i workshop 1 og ellers 2. Min mand Bo Hansen vil også med, hans valg er workshop 4 og så 3.\nMvh Ole",
			status: "complete", want: "Ole Hansen:1/2; Bo Hansen:4/3"},
	})
}
