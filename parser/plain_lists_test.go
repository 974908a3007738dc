package parser

import (
	"testing"

	"tilmeld"
)

// Board members, caretakers, social workers, club leaders, interpreters
// and relatives who write for others: lists of residents with their
// workshops and food, the writer in or out of them, forwarded mails.

// A list of names alone under a line that ends in a colon, none of them
// the writer's, with their choices said for all below, is the people who
// come: the writer signs them up. Numbered or bulleted or bare; a "we"
// the writer may belong to, or a name the reading lacks, leaves it to
// staff.
func TestListedOthersShareChoices(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nTilmelding af:\n1. Karen Olsen\n2. Jens Olsen\nBegge vil gerne på sundhed.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			intent: tilmeld.IntentRegister, status: "complete", want: "Karen Olsen:2/-; Jens Olsen:2/-"}},
		{blindCase: blindCase{body: "Hej\nTilmelding af følgende beboere:\n- Karen Olsen\n- Jens Olsen\nBegge workshop 2.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:2/-; Jens Olsen:2/-"}},
		{blindCase: blindCase{body: "Hej\nFølgende fra afdeling 3 kommer:\nKaren Olsen\nJens Olsen\nLis Berg\nDe vil alle gerne på workshop 1, ellers 2.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/2; Jens Olsen:1/2; Lis Berg:1/2"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder følgende:\nKaren Olsen\nJens Olsen\nDe vil begge gerne på workshop 3 og 1, og Jens er vegetar.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:3/1; Jens Olsen:3/1"}, diets: "Karen Olsen=; Jens Olsen=vegetarian"},
		{blindCase: blindCase{body: "Hi\nPlease register the following residents:\n1. Sarah Hansen\n2. Omar Said\nBoth would like health and then jobs.\n\nJohn Miller", from: "John Miller",
			subject: "Registration", status: "complete", want: "Sarah Hansen:2/4; Omar Said:2/4"}},
		// with no workshop for them the bot asks for it, for both
		{blindCase: blindCase{body: "Hej\nTilmelding af følgende beboere:\n- Karen Olsen\n- Jens Olsen\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "incomplete", missing: []string{"workshop"}, want: "Karen Olsen:-/-; Jens Olsen:-/-"}},
		{blindCase: blindCase{body: "Hej\nTilmelding af:\n1. Karen Olsen\n2. Jens Olsen\n3. Lis Berg\nKaren og Jens vil gerne på sundhed.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "incomplete", missing: []string{"workshop"}, want: "Karen Olsen:2/-; Jens Olsen:2/-; Lis Berg:-/-"}},
		// the writer comes too with her own workshop
		{blindCase: blindCase{body: "Hej\nTilmelding af følgende:\n- Karen Olsen\n- Jens Olsen\nJeg vil selv gerne på workshop 4.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			notStatus: "complete"}},
		// "vi" or "we" anywhere: she may be one of them, or one is lost
		{blindCase: blindCase{body: "Hej\nTilmelding af:\n1. Karen Olsen\n2. Jens Olsen\nBegge vil gerne på sundhed. Vi ses!\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nVi kommer:\n- Karen Olsen\n- Jens Olsen\nBegge workshop 2.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nFølgende fra afdeling 3 kommer:\nKaren Olsen\nJens Olsen\nLis Berg\nVi vil alle gerne på workshop 1, ellers 2.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\nPlease register the following residents:\n1. Sarah Hansen\n2. Omar Said\nBoth would like health and then jobs. See you there, we are looking forward.\n\nJohn Miller", from: "John Miller",
			subject: "Registration", notStatus: "complete"}},
		// her own name in the list is hers
		{blindCase: blindCase{body: "Hej\nTilmelding af:\n- Lone Pedersen\n- Jens Olsen\nBegge workshop 2.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nTilmelding af:\n1. Karen Olsen\n2. Jens Olsen\nBegge vil gerne på sundhed.\nJeg kommer også selv, workshop 1.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Lone Pedersen:1/-; Karen Olsen:2/-; Jens Olsen:2/-"}},
	})
}
