package parser

import (
	"slices"
	"testing"

	"tilmeld"
)

// The kinds of mail a fifteenth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A. Priority words standing after the workshops they rank: "X er mit
// førstevalg, og Y mit andetvalg" puts X first.
func TestPriorityAfterWorkshop(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage. \"Sundhed\" er mit førstevalg, og \"uddannelse\" mit andetvalg.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg kommer gerne. Beskæftigelse er mit 1. valg og naboskab mit 2. valg.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/1"},
		{body: "Hej\nJeg vil gerne være med. Uddannelse er min første prioritet, og sundhed min anden prioritet.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/2"},
		{body: "Hej\nJeg tilmelder mig gerne, med naboskab som førsteprioritet og beskæftigelse som anden.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/4"},
		{body: "Hi\nI would like to attend. Education is my first choice and health my second.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:3/2"},
		{body: "Hi\nI'd like to come. Workshop 4 is my first choice, and workshop 1 my second choice.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:4/1"},
		{body: "Hej\nJeg vil gerne deltage. Sundhed er klart mit førstevalg, og uddannelse er så mit andetvalg.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi\nI would like to attend. Health is definitely my first choice and education my second one.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg tilmelder mig. «Naboskab» er min første prioritet og «sundhed» min anden prioritet.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2"},
		// the second named first
		{body: "Hej\nJeg vil gerne deltage. Uddannelse er mit andetvalg, og beskæftigelse mit førstevalg.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/3"},
		// both ranks said at once after the workshops: in the order named
		{body: "Hej\nJeg vil gerne deltage i workshop 3 og 2 som 1. og 2. prioritet.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/2"},
		{body: "Hej\nWorkshop 2 og 4 er mine 1. og 2. prioritet.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hi\nHealth and jobs are my first and second choices.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage. 1. og 2. prioritet: workshop 4 og 2.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2"},
		// read otherwise than the words after the workshops say: staff look
		{body: "Hej\nJeg vil gerne deltage. Sundhed er vist nok mit førstevalg, og uddannelse mit andetvalg.\nMvh Ida Holm",
			notStatus: "complete"},
		// the rank said in a later sentence reorders the list (choose)
		{body: "Hej\nWorkshop 3 og 4. Nr. 4 er egentlig mit førstevalg.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/3"},
		// the priority words before the workshops still read as before
		{body: "Hej\nJeg vil gerne deltage. Mit førstevalg er sundhed, og mit andetvalg er uddannelse.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/3"},
	})
}

// B. A cancellation for a group that names its members cancels those
// named, never the sender alone; one who withdrew already is not among
// them.
func TestGroupCancelNames(t *testing.T) {
	const subj = "Afbud"
	runBlind(t, []blindCase{
		{body: "Hej\nDesværre må hele afd. 7's delegation melde afbud til tirsdag. Det gælder Ida Holm, Lone Kjær og Bent Friis (Omar har allerede meldt fra).\nMvh Ida Holm",
			subject: subj, intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-; Lone Kjær:-/-; Bent Friis:-/-"},
		{body: "Hej\nVi må desværre melde afbud til mødet. Afbuddet gælder Ida Holm og Bent Friis.\nMvh Ida Holm",
			subject: subj, intent: tilmeld.IntentCancel, want: "Ida Holm:-/-; Bent Friis:-/-"},
		{body: "Hej\nJeg må desværre melde afbud for Lone Kjær og Bent Friis, de kan ikke komme.\nMvh Ida Holm",
			subject: subj, intent: tilmeld.IntentCancel, want: "Lone Kjær:-/-; Bent Friis:-/-"},
		{body: "Hi\nUnfortunately our board cannot attend on Tuesday after all. This applies to Ida Holm, Lone Kjær and Bent Friis.\nBest, Ida Holm",
			subject: "Cancellation", intent: tilmeld.IntentCancel, want: "Ida Holm:-/-; Lone Kjær:-/-; Bent Friis:-/-"},
		// the sender withdraws herself, and the list adds to her
		{body: "Hej\nJeg må desværre melde afbud. Det gælder også Per Holm.\nMvh Ida Holm",
			subject: subj, intent: tilmeld.IntentCancel, want: "Ida Holm:-/-; Per Holm:-/-"},
		// a group it cannot list: never the sender alone
		{body: "Hej\nDesværre må hele bestyrelsen melde afbud til tirsdag.\nMvh Ida Holm",
			subject: subj, intent: tilmeld.IntentCancel, notStatus: "complete"},
		{body: "Hi\nI'm sorry, but our whole delegation has to cancel for Tuesday.\nBest, Ida Holm",
			subject: "Cancellation", intent: tilmeld.IntentCancel, notStatus: "complete"},
		// the sender alone stays hers
		{body: "Hej\nJeg må desværre melde afbud til tirsdag.\nMvh Ida Holm",
			subject: subj, intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-"},
	})
}

// C. A registration that waits on someone's circumstances is not yet one
// staff can act on.
func TestRegistrationPending(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nMin far, Erik Holm, vil gerne med, men han skal lige høre om han kan få fri fra arbejde den dag. Hvis han kan få fri, vil han gerne i workshop 4. Jeg skriver igen når han ved det.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg vil gerne i workshop 2 og 3, men jeg skal lige høre om jeg kan få fri. Jeg vender tilbage.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nVi vil gerne deltage med workshop 1 og 2. Vi vender tilbage når vi kender vores vagtplan.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nHvis jeg kan få fri, vil jeg gerne i workshop 3 og 1.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hi\nMy husband Tom Holm would like workshop 2 and 4 if he can get time off. I'll confirm once I know.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		{body: "Hi\nI'd like workshops 1 and 3, but I need to check with my boss first. I will get back to you when I know.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		// the reader itself holds it for staff, rather than ask the
		// sender what she will write anyway
		{body: "Hej\nMin far, Poul Holm, vil gerne med, men han skal lige høre om han kan få fri fra arbejde. Hvis han kan få fri, vil han gerne i workshop 4 og ellers 2. Jeg skriver igen når han ved det.\nMvh Ida",
			status: "review"},
		{body: "Hej\nMin mand Per Holm vil gerne i workshop 1 og 4, men han ved endnu ikke om han kan få fri. Vi skriver igen så snart han ved det.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hi\nI would like to attend, workshop 4 and 3. I don't know yet whether I can get the day off, I'll let you know when I do.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		// a plain registration stays one
		{body: "Hej\nJeg har fået fri og vil gerne i workshop 3 og 1.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1"},
	})
}

// D. A reply to the invitation is how people register: it is a first
// registration, not an update.
func TestInvitationReplyRegisters(t *testing.T) {
	const subj = "Re: Invitation: Aktive boligområder i Albertslund efter 2020"
	const quoted = "\n\n> Kære beboerdemokrater\n> Vi inviterer til temadag om Aktive boligområder i Albertslund efter 2020.\n> Tilmelding senest 1. oktober med workshop 1. og 2. prioritet.\n"
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne deltage. Workshop nr. 2 og nr. 4. Ingen særlige hensyn.\nBo Henriksen\ntlf 22 33 44 55" + quoted,
			from: "Bo Henriksen", subject: subj, headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Henriksen:2/4"},
		{body: "Hej\nTak for invitationen. Jeg kommer gerne, workshop 3 og 1.\nMvh Bo Henriksen" + quoted,
			from: "Bo Henriksen", subject: subj, headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Henriksen:3/1"},
		{body: "Hi\nThanks for the invitation. I would like to attend, workshops 1 and 2.\nBest, Bo Henriksen" + quoted,
			from: "Bo Henriksen", subject: "Re: Invitation: Aktive boligområder", headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, want: "Bo Henriksen:1/2"},
		// an invitation written to her greets her in its first line: it is
		// not her own earlier mail
		{body: "Jeg vil gerne deltage. Workshop nr. 2 og nr. 4. Ingen særlige hensyn.\nBo Henriksen\ntlf 22 33 44 55\n\n> Kære Bo Henriksen\n>\n> Vi inviterer dig til temadag. Vælg en 1. og en 2. prioritet.\n> Tilmelding senest 21. september.\n",
			from: "Bo Henriksen", subject: subj, headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Henriksen:2/4"},
		{body: "Hi\nI would like to take part, workshop 3 first and 2 second.\nBo Henriksen\n\n> Dear Bo Henriksen,\n> You are invited to our network meeting. Choose a 1st and a 2nd priority.\n",
			from: "Bo Henriksen", subject: "RE: Invitation to the network meeting", headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, want: "Bo Henriksen:3/2"},
		// the bot's own receipt greets her too: what she names changes it
		{body: "Jeg vil hellere have workshop 1 som første prioritet.\nBo Henriksen\n\n> Hej Bo Henriksen,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020.\n",
			from: "Bo Henriksen", subject: "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020", headers: "In-Reply-To: <receipt-1@bo-vest.dk>\r\n",
			intent: tilmeld.IntentUpdate},
		// words of change still make an update
		{body: "Hej\nJeg vil gerne ændre min tilmelding til workshop 2 og 4.\nMvh Bo Henriksen" + quoted,
			from: "Bo Henriksen", subject: subj, headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentUpdate},
	})
}

// G. A food refused that the closed set of diets lacks is an "other" diet
// with its words kept; a food word the diet read already used ("ikke svin
// kød") holds nothing back.
func TestDietOtherFood(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage, workshop 1 og 2. Jeg spiser ikke oksekød.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2", diet: "Ida Holm=other"},
		{body: "Hej\nJeg vil gerne deltage, workshop 3 og 4. Jeg spiser ikke lam.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/4", diet: "Ida Holm=other"},
		{body: "Hej\nJeg kommer gerne, workshop 2 og 1. Jeg spiser ikke svampe.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1", diet: "Ida Holm=other"},
		{body: "Hi\nI would like to come, workshops 1 and 2. I do not eat beef.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:1/2", diet: "Ida Holm=other"},
		{body: "Hej\nJeg vil gerne deltage, workshop 1 og 2. Jeg spiser ikke svin kød.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2", diet: "Ida Holm=no_pork"},
		{body: "Hej\nJeg vil gerne deltage, workshop 4 og 2. Ingen gris kød til mig, tak.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2", diet: "Ida Holm=no_pork"},
	})
}

// H. Workshops named by their places on the invitation's list, in pairs:
// "the first and the last workshop on your list", "den første og den
// sidste" are 1 and 4, in the order written.
func TestListPlacePair(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi\nI would like to come. I would like the first and the last workshop on your list, in that order.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:1/4"},
		{body: "Hi\nI would like to attend the first and the last one.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:1/4"},
		{body: "Hi\nI would like to attend: the top and the bottom one.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:1/4"},
		{body: "Hej\nJeg vil gerne deltage i den første og den sidste workshop på jeres liste.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/4"},
		{body: "Hej\nJeg vil gerne deltage i den første og den sidste.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/4"},
		{body: "Hej\nJeg vil gerne have den sidste og den første.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/1"},
		// two ranks, no place only a list has: not read as places
		{body: "Hi\nI would like the first and the second one.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
	})
}

// F. A list of registrations, a name and a colon, then bare numbers and a
// dash before a note: the numbers are the choices, the note stays the
// person's.
func TestListLineNumbersBeforeDash(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nVi er fra afdelingsbestyrelsen i Hyldespjældet og vil gerne tilmelde os:\n- Ida Holm: 2 og 1\n- Hasan Demir: 4 og 3 – Hasan er diabetiker\n- Lone Kjær: 1 og 2\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Hasan Demir:4/3; Lone Kjær:1/2"},
		{body: "Hej\nVi vil gerne tilmelde:\n- Ida Holm: 2 og 1\n- Hasan Demir: 4 og 3 - han er vegetar\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Hasan Demir:4/3"},
		{body: "Hej\nVi vil gerne tilmelde:\n- Ida Holm: 3 og 1 — hun spiser ikke svinekød\n- Hasan Demir: 4 og 2\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1; Hasan Demir:4/2", diet: "Ida Holm=no_pork"},
	})
	r := parseMail("Ida Holm", "Tilmelding", "", "Hej\nVi vil gerne tilmelde os:\n- Ida Holm: 2 og 1\n- Hasan Demir: 4 og 3 – Hasan er diabetiker\nMvh Ida Holm")
	for _, a := range r.Attendees {
		if diabetic := slices.Contains(a.Diet, tilmeld.Diabetic); diabetic != (a.Name == "Hasan Demir") {
			t.Errorf("%s: diet %v; only Hasan Demir is diabetic", a.Name, a.Diet)
		}
	}
}

// E. "Jeg og min mand ..." with a labelled line of as many names as
// people: the name her From agrees with is hers, the other the husband's.
func TestNamesLabelLine(t *testing.T) {
	const lan = "Nguyen Thi Lan"
	runBlind(t, []blindCase{
		{body: "Hej\nJeg og min mand vi kommer gerne til mødet. Vi vil begge gerne i sundhed, og ellers naboskab. Min mand spiser ikke svinekød.\n\nNavne: Nguyen Thi Lan og Tran Van Minh\n\nMvh Lan",
			from: lan, status: "complete", want: "Nguyen Thi Lan:2/1; Tran Van Minh:2/1", diet: "Nguyen Thi Lan="},
		{body: "Hej\nMig og min søn vil gerne deltage, begge i workshop 3 og 4.\nNavne: Omar Said og Ali Hassan\nMvh Ali",
			from: "Ali Hassan", status: "complete", want: "Ali Hassan:3/4; Omar Said:3/4"},
		{body: "Hi\nMy wife and I would like to come, both of us workshop 1 and then 2.\nNames: Peter Lund, Maria Lund\nBest, Peter",
			from: "Peter Lund", subject: "Registration", status: "complete", want: "Peter Lund:1/2; Maria Lund:1/2"},
		// no name agrees with her From: left for staff or the sender
		{body: "Hej\nJeg og min mand kommer gerne, begge i sundhed og ellers naboskab.\nNavne: Hanne Berg og Tran Van Minh\nMvh Lan",
			from: lan, notStatus: "complete"},
	})
	r := parseMail(lan, "Tilmelding", "", "Hej\nJeg og min mand vi kommer gerne til mødet. Vi vil begge gerne i sundhed, og ellers naboskab. Min mand spiser ikke svinekød.\n\nNavne: Nguyen Thi Lan og Tran Van Minh\n\nMvh Lan")
	for _, a := range r.Attendees {
		if noPork := slices.Contains(a.Diet, tilmeld.NoPork); noPork != (a.Name == "Tran Van Minh") {
			t.Errorf("%s: diet %v; only Tran Van Minh eats no pork", a.Name, a.Diet)
		}
	}
}
