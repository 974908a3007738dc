package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-ninth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// placement29 is a placement as a reply quotes it, telling the seat in a
// sentence ("Du har fået plads på workshop 3 – ...").
func placement29(seat string) string {
	return "\n\nDen 25.09.2020 kl. 08:30 skrev Boligsocialt Center <abc@bo-vest.dk>:\n> Hej Nadia,\n>\n> Tilmeldingsfristen er nu udløbet, og workshopperne er fordelt.\n>\n> " +
		seat + "\n>\n> Kost: ingen særlige hensyn\n>\n> Venlig hilsen\n> Boligsocialt Center\n"
}

// A (wrong complete). After the placement, "jeg vil (helst) gerne på X"
// asks to be moved: it changes a registration, depends on free seats and
// "Hvorfor ...?" asks staff for an explanation, so staff decide.
func TestPlacementDisputed(t *testing.T) {
	reply := "In-Reply-To: <placement1@bo-vest.dk>\r\n"
	seat3 := placement29("Du har fået plads på workshop 3 – Uddannelse & livschancer.")
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg har fået workshop 3, men jeg skrev da workshop 1 som mit første ønske? Hvorfor er jeg ikke kommet på den? Jeg vil helst rigtig gerne på 1.\n\nMvh Nadia Rahimi" + seat3,
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, intent: tilmeld.IntentUpdate, status: "review", want: "Nadia Rahimi:1/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nTak for svaret. Men jeg havde jo valgt naboskab som første prioritet. Hvorfor har jeg fået uddannelse? Jeg vil meget gerne på naboskab.\nHilsen Nadia Rahimi" + seat3,
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, intent: tilmeld.IntentUpdate, status: "review", want: "Nadia Rahimi:1/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg kan se at jeg er kommet på workshop 3. Jeg vil hellere gerne på workshop 2, hvis der er plads.\nMvh Nadia Rahimi" + seat3,
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, intent: tilmeld.IntentUpdate, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\n\nI got workshop 3, but I wrote workshop 1 as my first choice? Why didn't I get it? I would really like to be on workshop 1.\n\nBest, Nadia Rahimi" +
			placement29("You have been given a place on workshop 3 – Education & life chances."),
			from: "Nadia Rahimi", subject: "Re: Your seat", headers: reply, intent: tilmeld.IntentUpdate, status: "review", want: "Nadia Rahimi:1/-"}, asks: "yes"},
		// the bot's own placement wording ("Her er din plads:") says the same
		{blindCase: blindCase{body: "Hej\n\nJeg har fået workshop 3, men jeg skrev workshop 1 som første ønske. Hvorfor er jeg ikke kommet på den? Jeg vil rigtig gerne på 1.\n\nMvh Nadia Rahimi" +
			placement29("Her er din plads:\n> Nadia Rahimi: Uddannelse & livschancer"),
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, intent: tilmeld.IntentUpdate, status: "review", want: "Nadia Rahimi:1/-"}, asks: "yes"},
		// a thanks under the placement changes nothing
		{blindCase: blindCase{body: "Hej\nTak, jeg glæder mig til at komme.\nMvh Nadia Rahimi" + seat3,
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, notStatus: "complete"}},
	})
}
