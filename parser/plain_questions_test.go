package parser

import (
	"testing"

	"tilmeld"
)

// Questions and requests in plain mail: which sentences ask staff
// something (the question flag) and which only look like it. Each
// through Parse with the gate.

// A polite request to act is the sign-up itself, no question.
func TestQuestionsRequestsSignUp(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nKan I skrive mig op til 2 og 3?\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nVil I notere mig til sundhed?\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/-"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nKunne I tilmelde mig workshop 1 og 3?\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/3"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nMå jeg komme på sundhed og job?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nCould you put me down for 1?\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/-"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nWould you sign me up for sundhed and job, please?\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		// a question after the request is one for staff; the request stands
		{blindCase: blindCase{body: "Hej\nKan I tilmelde mig workshop 1, og er der parkering?\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nVil I tilmelde mig workshop 1? Og er der parkering?\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/-"}, asks: "yes"},
	})
}

// A courtesy check after the wish ("Håber det er ok?") asks nothing; the
// same words after something else than workshops ask leave.
func TestQuestionsCourtesy(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Håber det er ok?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder mig workshop 1 og 3. Er det i orden?\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/3"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Er det ok?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Håber I har plads til mig?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4 hvis det er muligt?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Hvorfor ikke?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nHvordan går det? Jeg vil gerne på workshop 2 og 4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nWorkshop 1 and 2 for me. Hope that's ok?\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/2"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nI'd like workshops 2 and 4. Is that alright?\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nI'd like workshops 2 and 4. Hope this is ok?\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nI'd like workshops 2 and 4 if possible?\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		// near-misses: the check is of something else, and asks leave
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1. Jeg kommer nok først kl. 17, er det et problem?\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Jeg er vegetar - er det et problem?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Det er vel gratis?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
	})
}

// A question beside a complete sign-up leaves it complete and flags the
// question; a wish stated before a dash or a comma stays chosen.
func TestQuestionsBesideSignUp(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage i workshop 2 og 1.\nEr der parkering ved stedet?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 3 og 4. Jeg sidder i kørestol, er der adgang for kørestole?\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nWorkshop 2 og 4. Må jeg tage mit barn med?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 3. Kan jeg gå lidt før, ved 19-tiden?\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1 og 2. Er der tolk på arabisk?\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/2"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 3. Hvad er adressen?\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1 og 4. Koster maden noget?\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 4. Er der parkering? Og er der mad?\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder mig workshop 1 og 2.\nJeg har et par spørgsmål:\n- Er der parkering?\n- Må man tage børn med?\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/2"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4 – er der parkering?\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nWorkshop 1 og 3, hvornår starter det?\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nI'd like to sign up for workshop 2 and 4. Is there parking?\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nI'd like workshop 2 and 4 - is there parking?\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nPlease sign me up for 3. Can I bring my daughter?\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-"}, asks: "yes"},
		// near-misses: a wish in doubt before the question is asked as a
		// whole, and a question of the workshops chooses none
		{blindCase: blindCase{body: "Hej\nJeg er i tvivl om workshop 2 eller 3, hvad synes I?\nMvh Ida Holm", notStatus: "complete"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nHvilken workshop passer bedst til mig, 2 eller 3?\nMvh Ida Holm", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nHvad er forskellen på workshop 1 og 2?\nMvh Ida Holm", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
	})
}

// A question written without a question mark is a question: after a
// label, as a question word or a verb before its subject on the
// sentence's last line, or asked aside ("Ved I om ...").
func TestQuestionsWithoutMark(t *testing.T) {
	runChecked(t, []checkedCase{
		// alone, they ask about a workshop and sign nobody up (were complete)
		{blindCase: blindCase{body: "Hej\nSpørgsmål: kan man komme på workshop 2 uden at være beboer\nMvh Ida Holm", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nkan man komme på workshop 2 uden at være beboer\nMvh Ida Holm", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nSpørgsmål: Er workshop 3 for alle\nMvh Ida Holm", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nQuestion: can non-residents join workshop 2\nBest, Ida Holm", subject: "Meeting", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne vide om der er parkering\nMvh Ida Holm", subject: "Spørgsmål", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		// beside a sign-up
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 3.\nSpørgsmål: er der parkering\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1. Hvor lang tid varer det\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1 og 3. Hvordan kommer jeg derud med bus\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\njeg vil gerne på workshop 2 og 4\ner der parkering\nmvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Er der mad\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder mig workshop 3.\n1) Er der parkering\n2) Må man tage børn med\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Ved I om der er parkering\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Lad mig vide om der er parkering.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Giv lige besked om der er parkering.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Jeg vil høre om der er parkering.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nI'd like workshops 2 and 4. Where is it held\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nI'd like workshops 2 and 4. Do you know if there is parking\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nI'd like workshops 2 and 4. Let me know if there is parking.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "yes"},
		// near-misses: statements that open like a question, an empty
		// label, a courtesy, a question that runs on into a sign-up
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4.\nSpørgsmål: ingen\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Navn: Ida Holm\nWorkshop: 2 og 4\nKost: vegetar\nSpørgsmål: nej tak", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Så kan jeg også møde nogle naboer\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Desværre kan jeg først komme kl 17\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nHvad angår maden er jeg vegetar. Jeg vil gerne på workshop 2 og 4\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4\nHvor dejligt at I laver sådan et møde\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage. Hvilken workshop I må bestemme,\njeg er glad for det hele.\nMvh Ida Holm", status: "review"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Ring endelig hvis der er spørgsmål.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nI'd like workshops 2 and 4. Let me know if you need anything else.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
	})
}

// A question mark in a link, a signature or quoted text asks nothing; a
// question about one's own registration asks staff.
func TestQuestionsElsewhere(t *testing.T) {
	quoted := "\n\nDen 1. sep. 2020 kl. 10:14 skrev ABC <abc@bo-vest.dk>:\n> Har du spørgsmål? Ring til os på 60 35 46 30.\n> Hvilken workshop vil du på?"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 1. Se mere på https://example.dk/side?id=3\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Link: https://example.dk/tilmeld?navn=ida&ws=2 \nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4. Læs om os på www.example.dk/?p=12\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4.\nMvh Ida Holm\n--\nIda Holm\nBeboerrådet - har du brug for hjælp? Ring til os", status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 4.\nMvh Ida Holm" + quoted, subject: "Re: Invitation", headers: replyHeaders, status: "complete", want: "Ida Holm:2/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 3 og 1.\nMvh Ida Holm", subject: "Kan jeg stadig nå at tilmelde mig?", status: "complete", want: "Ida Holm:3/1"}},
		// about one's own registration
		{blindCase: blindCase{body: "Hej\nEr jeg tilmeldt?\nMvh Ida Holm", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nFik I min mail?\nMvh Ida Holm", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nAm I registered?\nBest, Ida Holm", subject: "Re: Registration", headers: replyHeaders, intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		// a question that is a change: the change, no question
		{blindCase: blindCase{body: "Hej\nKan jeg skifte fra workshop 2 til workshop 4?\nMvh Ida Holm", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/-"}, asks: "no"},
		// the bare number after "skifte til" is the workshop, as "workshop 4" is
		{blindCase: blindCase{body: "Hej\nKan jeg skifte til 4?\nMvh Ida Holm", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/-"}, asks: "no"},
	})
}
