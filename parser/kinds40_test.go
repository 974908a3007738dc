package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fortieth look at unseen mail showed the reader wrong
// on, each in several wordings of our own, through Parse with the gate.

// update40 is an answer to Ida Holm's receipt (1 then 3) that the reading
// must take as a complete update giving want and diets.
func update40(body, want, diets string) checkedCase {
	return checkedCase{blindCase: blindCase{body: body + "\n\n" + receiptQuoted, subject: "Re: Tilmelding", headers: replyHeaders,
		intent: tilmeld.IntentUpdate, status: "complete", want: want}, diets: diets, asks: "no"}
}

// unsure40 is such an answer that must not be complete.
func unsure40(body string) checkedCase {
	return checkedCase{blindCase: blindCase{body: body + "\n\n" + receiptQuoted, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"}}
}

// A (wrong complete). A correction retells what the office recorded ("I
// har noteret mig på sundhed", "I har skrevet laktosefri ved mig", "der
// står vegetar ved mig", "you have me down for health") and then gives the
// right value: the retold one is the record, neither a choice nor a diet,
// up to the comma or "men" that ends its clause.
func TestRecordRetoldThenCorrected(t *testing.T) {
	runChecked(t, []checkedCase{
		update40("Hej\nI har noteret mig på sundhed som nummer ét, men det er forkert. Det skal være workshop 3 først og 2 bagefter.\nMvh Ida Holm", "Ida Holm:3/2", "Ida Holm="),
		update40("Hej\nI har skrevet workshop 2 som min første, men det var 3 jeg skrev først. Det skal være 3 og så 2.\nMvh Ida Holm", "Ida Holm:3/2", ""),
		update40("Hej\nI har sat mig på workshop 2 som første, men det skal være 4 og så 2.\nMvh Ida Holm", "Ida Holm:4/2", ""),
		update40("Hej\nDer står i jeres svar at jeg er på workshop 1 og 3, men jeg vil gerne have 1 og 4.\nMvh Ida Holm", "Ida Holm:1/4", ""),
		update40("Hi\nYou have me down for health as my first choice, which is a mistake. I want the job workshop (4) first and health second.\nIda Holm", "Ida Holm:4/2", ""),
		update40("Hi\nYou've got me down for safety first, but that's wrong. Please make it education first and jobs second.\nIda Holm", "Ida Holm:3/4", ""),
		// the diet on record, retold, and the right one
		update40("Hej\nI har skrevet laktosefri ved mig. Det er en fejl, det er gluten jeg ikke tåler.\nMvh Ida Holm", "Ida Holm:-/-", "Ida Holm=gluten_free"),
		update40("Hej\nI jeres bekræftelse står jeg som veganer, men det passer ikke helt: jeg er vegetar.\nMvh Ida Holm", "Ida Holm:-/-", "Ida Holm=vegetarian"),
		update40("Hej\nI har noteret mig for vegetar, men det er forkert. Jeg spiser ikke svinekød.\nMvh Ida Holm", "Ida Holm:-/-", "Ida Holm=no_pork"),
		update40("Hi\nThe confirmation says vegetarian, but that's not quite right: no meat, but fish is fine.\nIda Holm", "Ida Holm:-/-", "Ida Holm=pescetarian"),
		update40("Hi\nYou have me down as vegan, but that is wrong. I am lactose intolerant.\nIda Holm", "Ida Holm:-/-", "Ida Holm=lactose_free"),
		// near-misses: the record confirmed changes nothing of hers
		update40("Hej\nDer står vegetar ved mig, og det er rigtigt, men min mand Ole Lund er også vegetar.\nMvh Ida Holm", "Ole Lund:-/-", "Ole Lund=vegetarian"),
		unsure40("Hej\nI har skrevet sundhed og naboskab, og det passer fint.\nMvh Ida Holm"),
		unsure40("Hej\nI har noteret mig på sundhed.\nMvh Ida Holm"),
		unsure40("Hej\nI har skrevet vegetar ved mig.\nMvh Ida Holm"),
		// "men jeg skrev ..." retells the old wish too: still no new one
		unsure40("Hej\nI har sat mig på sundhed, men jeg skrev naboskab.\nMvh Ida Holm"),
		// what the office wrote of something else holds no workshop
		{blindCase: blindCase{body: "Hej\nI har skrevet i invitationen at man skal vælge to. Jeg vælger workshop 2 og 4.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}},
	})
}

// F (wrong complete). A mail that adds someone also states the sender's own
// food in a clause of her own ("Jeg spiser ikke svinekød, det glemte jeg",
// "I'm vegan"): the sender is listed first with only that diet, and the one
// added gets only what is said of her.
func TestOwnDietBesideAdded(t *testing.T) {
	runChecked(t, []checkedCase{
		update40("Hej\nJeg spiser ikke svinekød, det glemte jeg. Min datter Sara Lund vil også med, workshop 3 og 4.\nMvh Ida Holm",
			"Ida Holm:-/-; Sara Lund:3/4", "Ida Holm=no_pork; Sara Lund="),
		update40("Hej\nJeg har glemt at nævne at jeg er diabetiker. Og min mand Ole Lund vil også med, samme valg som mig.\nMvh Ida Holm",
			"Ida Holm:-/-; Ole Lund:1/3", "Ida Holm=diabetic; Ole Lund="),
		update40("Hej\nJeg er vegetar, og min veninde Mona Ali kommer også, hun vil på 1.\nMvh Ida Holm",
			"Ida Holm:-/-; Mona Ali:1/-", "Ida Holm=vegetarian; Mona Ali="),
		update40("Hej\nJeg er glutenallergiker. Min søn Ali Holm vil også gerne med på workshop 1 og 2.\nMvh Ida Holm",
			"Ida Holm:-/-; Ali Holm:1/2", "Ida Holm=gluten_free; Ali Holm="),
		update40("Hi\nPlease add my colleague Sara Berg, same workshops as me. Also, I'm vegan.\nIda Holm",
			"Ida Holm:-/-; Sara Berg:1/3", "Ida Holm=vegan; Sara Berg="),
		update40("Hi\nI forgot to say that I don't eat pork. And my daughter Sara Lund wants to come too, workshop 3 and 4.\nIda Holm",
			"Ida Holm:-/-; Sara Lund:3/4", "Ida Holm=no_pork; Sara Lund="),
		update40("Hi\nI am vegetarian, by the way. My husband Tom Lund would also like to come, workshop 1.\nIda Holm",
			"Ida Holm:-/-; Tom Lund:1/-", "Ida Holm=vegetarian; Tom Lund="),
		// near-misses: the food said of the one added is hers
		update40("Hej\nMin datter Sara Lund vil også med, hun spiser ikke svinekød. Hun vil på workshop 3 og 4.\nMvh Ida Holm",
			"Sara Lund:3/4", "Sara Lund=no_pork"),
		update40("Hi\nMy daughter Sara Lund would like to come too, workshop 3 and 4. She is vegetarian.\nIda Holm",
			"Sara Lund:3/4", "Sara Lund=vegetarian"),
	})
}

// placed40 is an answer to the placement (Ida Holm on 1, Bo Holm on 3),
// in Danish or English.
func placed40(body string, en bool, intent tilmeld.Intent, status, want, diets string) checkedCase {
	q := placementQuote
	if en {
		q = enPlacementQuote
	}
	return checkedCase{blindCase: blindCase{body: body + q, subject: "Re: Din plads", headers: replyHeaders,
		intent: intent, status: status, want: want}, diets: diets}
}

// B (needless review, wrong intent). After the placement, the seat given is
// told as context: "tak for pladsen på 1", "er kommet/havnet på 1", "vi er
// begge sat på 1", "thanks for giving me a place in 1", "jeg bliver på 1".
// It is the seat she holds, not a choice: what the mail asks for is what
// remains (a cancellation, a diet, another's move).
func TestSeatToldInPlacementReply(t *testing.T) {
	runChecked(t, []checkedCase{
		placed40("Hej\nTak for pladsen på workshop 1. Jeg må desværre melde afbud, jeg skal arbejde.\nMvh Ida Holm", false, tilmeld.IntentCancel, "complete", "Ida Holm:-/-", ""),
		placed40("Hej\nTak for pladsen på sundhed. Jeg må melde fra, min datter er syg.\nMvh Ida Holm", false, tilmeld.IntentCancel, "complete", "Ida Holm:-/-", ""),
		placed40("Hej\nVi er begge sat på 1. Vi melder desværre afbud begge to.\nMvh Ida Holm", false, tilmeld.IntentCancel, "complete", "Ida Holm:-/-; Bo Holm:-/-", ""),
		placed40("Hi\nThanks for giving me a place in workshop 1. I'm afraid I have to cancel.\nIda Holm", true, tilmeld.IntentCancel, "complete", "Ida Holm:-/-", ""),
		placed40("Hi\nThanks for putting me in workshop 1. Unfortunately I can't come after all.\nIda Holm", true, tilmeld.IntentCancel, "complete", "Ida Holm:-/-", ""),
		placed40("Hi\nThanks for the place in workshop 1. I have to cancel, sorry.\nIda Holm", true, tilmeld.IntentCancel, "complete", "Ida Holm:-/-", ""),
		placed40("Hej\nJeg er kommet på workshop 1, det er fint, men jeg glemte at skrive at jeg ikke tåler gluten.\nMvh Ida Holm", false, tilmeld.IntentUpdate, "complete", "Ida Holm:-/-", "Ida Holm=gluten_free"),
		placed40("Hej\nJeg er havnet på naboskab, og det er fint. Jeg glemte at skrive at jeg er vegetar.\nMvh Ida Holm", false, tilmeld.IntentUpdate, "complete", "Ida Holm:-/-", "Ida Holm=vegetarian"),
		// the seat is not the 2nd choice of a move (the move itself is C)
		placed40("Hej\nJeg er havnet på nr. 1, men vil hellere på 4.\nMvh Ida Holm", false, tilmeld.IntentUpdate, "", "Ida Holm:4/-", ""),
		placed40("Hej\nJeg er kommet på workshop 1. Kan jeg skifte til workshop 2?\nMvh Ida Holm", false, tilmeld.IntentUpdate, "", "Ida Holm:2/-", ""),
		// who stays is no part of the change
		placed40("Hej\nJeg bliver på workshop 1, men min mand Bo Holm vil hellere på 2.\nMvh Ida Holm", false, tilmeld.IntentUpdate, "", "Bo Holm:2/-", ""),
		// near-misses: thanks alone change nothing
		placed40("Hej\nTak for pladsen på workshop 1, jeg glæder mig!\nMvh Ida Holm", false, tilmeld.IntentOther, "review", "", ""),
		// another workshop beside the withdrawal is still for staff
		placed40("Hej\nTak for pladsen i workshop 1. Jeg kan desværre ikke komme alligevel, men jeg vil gerne på workshop 2 næste gang.\nMvh Ida Holm", false, tilmeld.IntentCancel, "review", "", ""),
		// "fik" with no seat after it is no seat
		{blindCase: blindCase{body: "Hej\nJeg fik aldrig svar, så jeg skriver igen: workshop 2 og 4.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}},
	})
}

// signup40 is a new registration from Ida Holm.
func signup40(body string, status, want string) checkedCase {
	return checkedCase{blindCase: blindCase{body: body, intent: tilmeld.IntentRegister, status: status, want: want}, asks: "no"}
}

// D (needless review; the name question lost). A late registration hopes
// for room ("hvis der stadig er plads", "if you still have places"): a
// courtesy, not a condition, when no alternative follows and the room is
// not that of one workshop. The registration stands, complete or asking
// for what is missing.
func TestRoomHopedFor(t *testing.T) {
	runChecked(t, []checkedCase{
		signup40("Hej\nJeg ved godt fristen er overskredet, men hvis der stadig er plads vil jeg gerne på workshop 3 og 1.\nMvh Ida Holm", "complete", "Ida Holm:3/1"),
		signup40("Hej\nHvis I stadig har plads, vil jeg gerne tilmelde mig sundhed og job.\nMvh Ida Holm", "complete", "Ida Holm:2/4"),
		signup40("Hej\nSåfremt der stadig er plads, så tilmelder jeg mig workshop 1 og 2.\nMvh Ida Holm", "complete", "Ida Holm:1/2"),
		signup40("Hi\nIf there is still room, I would like to join workshop 4, with 2 as my second choice.\nIda Holm", "complete", "Ida Holm:4/2"),
		signup40("Hi\nIf you still have places left, please sign me up for 1 and 3.\nIda Holm", "complete", "Ida Holm:1/3"),
		signup40("Hi\nSorry this is late. If there's still space, I'd like health first and education second.\nIda Holm", "complete", "Ida Holm:2/3"),
		// near-misses: a condition other than room, an alternative, or the
		// room of one workshop
		{blindCase: blindCase{body: "Hej\nJeg kommer kun, hvis min veninde også får plads. Workshop 2 og 4.\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nHvis der er plads vil jeg gerne på workshop 2, ellers 3.\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nHvis der stadig er plads på workshop 2, vil jeg gerne derind.\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\nIf there is room in workshop 2 I'd like that, if not then 3.\nIda Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nHvis der er plads, vil jeg gerne skifte til workshop 4, ellers beholder jeg 2.\nMvh Ida Holm" + "\n\n" + receiptQuoted,
			subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"}},
	})
	// with no name anywhere, the bot asks for it
	raw := "From: <jobsoeger77@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: Tilmelding\r\nMessage-ID: <k40d@example.dk>\r\n" +
		"Date: Tue, 22 Sep 2020 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVil gerne med på job og sundhed hvis der stadig er plads. Mvh\r\n"
	r := Parse([]byte(raw), testEvent)
	if r.Intent != tilmeld.IntentRegister || r.Status != tilmeld.StatusIncomplete || choices(r) != ":4/2" || len(r.Missing) != 1 || r.Missing[0] != "name" {
		t.Errorf("no name: got %s %s %s %v (%v), want register incomplete :4/2 [name]", r.Intent, r.Status, choices(r), r.Missing, r.Reasons)
	}
}

// G (wrong intent on a review). A hedged withdrawal ("det kan godt være at
// jeg ikke kan komme", "jeg er ikke sikker på at jeg når det", "I might not
// make it") is a maybe-cancellation: cancel, for staff.
func TestMaybeWithdrawal(t *testing.T) {
	maybe := func(body, quote string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + quote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: tilmeld.IntentCancel, status: "review"}, asks: "no"}
	}
	r := "\n\n" + receiptQuoted
	runChecked(t, []checkedCase{
		maybe("Hej\nDet kan godt være at jeg ikke kan komme på tirsdag, jeg er blevet syg. Jeg giver besked i weekenden.\nMvh Ida Holm", r),
		maybe("Hej\nJeg er ikke sikker på at jeg når det alligevel. Jeg melder tilbage.\nMvh Ida Holm", r),
		maybe("Hej\nDet kan være jeg ikke kommer alligevel, min mor er syg.\nMvh Ida Holm", r),
		maybe("Hej\nMåske kan jeg ikke komme, jeg har fået en vagt. Jeg skriver igen på mandag.\nMvh Ida Holm", r),
		maybe("Hej\nTak for pladsen på workshop 1. Det kan godt være at jeg ikke kan komme, jeg giver besked.\nMvh Ida Holm", placementQuote),
		maybe("Hi\nI might not be able to make it after all, I'll let you know by Friday.\nIda Holm", r),
		maybe("Hi\nI'm not sure I'll make it, my son is ill. I'll let you know.\nIda Holm", r),
		maybe("Hi\nWe might not come after all. I will write again on Monday.\nIda Holm", r),
		// near-misses: a clear withdrawal, and coming late
		{blindCase: blindCase{body: "Hej\nJeg kan alligevel ikke komme, jeg melder afbud.\nMvh Ida Holm" + r, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: tilmeld.IntentCancel, status: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg kommer måske lidt senere.\nMvh Ida Holm" + r, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: tilmeld.IntentOther, status: "review"}},
	})
}

// formReceipt40 is a receipt quoted in a form's layout ("Navn: ...", "1.
// prioritet: Workshop 2 - ..."), Sundhed first and Naboskab second.
const formReceipt40 = "\n\nOn Mon, 14 Sep 2020 at 08:13, ABC Tilmelding <abc@bo-vest.dk> wrote:\n> Kvittering for tilmelding\n>\n> Navn: Ida Holm\n" +
	"> 1. prioritet: Workshop 2 - Sundhed & trivsel\n> 2. prioritet: Workshop 1 - Naboskab, netværk & tryghed\n> Hensyn til mad: ingen\n"

// E (needless review). A reply points back at the choices the receipt
// holds: "vend mine prioriteter om", "bytte om tak", "skriv hende på de
// samme to workshops som mig", "sæt ham på det samme som mig". The values
// come from the quoted receipt, in the bot's layout or a form's.
func TestPointBackAtReceipt(t *testing.T) {
	r := "\n\n" + receiptQuoted // Ida Holm: 1 then 3
	back := func(body, quote, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + quote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "complete", want: want}, asks: "no"}
	}
	runChecked(t, []checkedCase{
		back("Hej\nKan I vende mine prioriteter om, så Uddannelse kommer først?\nMvh Ida Holm", r, "Ida Holm:3/1"),
		back("Hej\nJeg har fortrudt rækkefølgen, bytte om tak\nIda", r, "Ida Holm:3/1"),
		back("Hej\nJeg har fortrudt rækkefølgen, bytte om tak\nIda", formReceipt40, "Ida Holm:1/2"),
		back("Hej\nKan I bytte om på mine to prioriteter?\nMvh Ida Holm", formReceipt40, "Ida Holm:1/2"),
		back("Hi\nCould you swap my two choices round, please?\nIda Holm", r, "Ida Holm:3/1"),
		back("Hi\nCould you swap my two choices round, please?\nIda Holm", formReceipt40, "Ida Holm:1/2"),
		back("Hej\nMin nabo Karin Holt vil også gerne med. Skriv hende på de samme to workshops som mig.\nMvh Ida Holm", r, "Karin Holt:1/3"),
		back("Hej\nMin søn Ali Holm vil også med. Sæt ham på det samme som mig.\nMvh Ida Holm", r, "Ali Holm:1/3"),
		back("Hej\nMin søn Ali Holm vil også med. Sæt ham på det samme som mig.\nIda", formReceipt40, "Ali Holm:2/1"),
		// near-misses: someone else's choices, and a substitution
		{blindCase: blindCase{body: "Hej\nMin søn Ali Holm vil også med. Samme som min kollega Per.\nMvh Ida Holm" + r, subject: "Re: Tilmelding",
			headers: replyHeaders, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne bytte plads med min kollega.\nMvh Ida Holm" + r, subject: "Re: Tilmelding",
			headers: replyHeaders, notStatus: "complete"}},
	})
}

// H (wrong intent and question on a review). A reply in another language
// written in Latin letters (Turkish, Polish, Somali) is for staff as
// "other language"; under the receipt it changes that registration
// (update), and a "?" in words not read asks nothing the reader knows of.
// A Danish mail with a foreign greeting or foreign names stays Danish.
func TestForeignReplyInLatin(t *testing.T) {
	foreign := func(body string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + "\n\n" + receiptQuoted, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "review"}, asks: "no"}
	}
	runChecked(t, []checkedCase{
		foreign("Merhaba,\nOğlum Emre Yılmaz da gelmek istiyor. Onu da benimle aynı atölyelere yazabilir misiniz?\nTeşekkürler\nAyşe Yılmaz"),
		foreign("Merhaba\nEşim de gelmek istiyor, lütfen onu da benim gibi aynı atölyelere yazın.\nAyşe"),
		foreign("Dzień dobry,\nProszę zapisać moją żonę Ewę Nowak na te same warsztaty co mnie.\nDziękuję, pozdrawiam\nPiotr Nowak"),
		foreign("Salaan,\nFadlan xaaskayga Faadumo Ali ku dar, isla aqoon isweydaarsiyada aan doortay.\nMahadsanid\nHodan Ali"),
		// a new mail in another language is still a registration for staff
		{blindCase: blindCase{body: "Dzień dobry,\nChciałbym się zapisać na warsztaty 2 i 4. Dziękuję, pozdrawiam\nPiotr Nowak",
			intent: tilmeld.IntentRegister, status: "review"}, asks: "no"},
		// near-misses: Danish with a foreign greeting or foreign names
		{blindCase: blindCase{body: "Merhaba! Jeg vil gerne på workshop 2 og 3.\nMvh Ayşe Yılmaz", from: "Ayşe Yılmaz",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ayşe Yılmaz:2/3"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig og min nabo Özlem Çelik. Vi vil begge på workshop 2 og 3.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3; Özlem Çelik:2/3"}},
		{blindCase: blindCase{body: "Hi\nPlease sign up my neighbour Małgorzata Wójcik for workshop 1 and 4.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Małgorzata Wójcik:1/4"}},
	})
}
