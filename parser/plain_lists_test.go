package parser

import (
	"slices"
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
		// her own name in the list is hers: she comes with them
		{blindCase: blindCase{body: "Hej\nTilmelding af:\n- Lone Pedersen\n- Jens Olsen\nBegge workshop 2.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Lone Pedersen:2/-; Jens Olsen:2/-"}},
		{blindCase: blindCase{body: "Hej\nTilmelding af:\n1. Karen Olsen\n2. Jens Olsen\nBegge vil gerne på sundhed.\nJeg kommer også selv, workshop 1.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Lone Pedersen:1/-; Karen Olsen:2/-; Jens Olsen:2/-"}},
	})
}

// "De spiser halal", "They don't eat pork" after each one's workshops is
// the food of all the others named, not only of the last one, and not of
// the writer who comes along.
func TestTheyAreTheOthersNamed(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg er tolk for familien Warsame. Abdi Warsame og Hodan Warsame vil gerne komme. Abdi: workshop 4 og 3. Hodan: workshop 2 og 1. De spiser halal.\n\nMvh\nAhmed Nur, tolk\n22 11 33 44",
			from: "Ahmed Nur", status: "complete", want: "Abdi Warsame:4/3; Hodan Warsame:2/1"}, diets: "Abdi Warsame=halal; Hodan Warsame=halal", phone: "+4522113344"},
		{blindCase: blindCase{body: "Hej\nMine forældre Ruth Jørgensen og Bent Jørgensen vil gerne deltage. Ruth: workshop 1. Bent: workshop 2 og 3. De er begge diabetikere.\n\nMvh Lone Pedersen",
			from: "Lone Pedersen", status: "complete", want: "Ruth Jørgensen:1/-; Bent Jørgensen:2/3"}, diets: "Ruth Jørgensen=diabetic; Bent Jørgensen=diabetic"},
		{blindCase: blindCase{body: "Hi\nThe following will come:\n- Sarah Hansen: 1 and 2\n- Omar Said: 3 and 4\nThey all eat halal.\n\nJohn Miller",
			from: "John Miller", subject: "Registration", status: "complete", want: "Sarah Hansen:1/2; Omar Said:3/4"}, diets: "Sarah Hansen=halal; Omar Said=halal"},
		{blindCase: blindCase{body: "Hej\nFølgende kommer fra afd. 8:\n- Karen Olsen: 1 og 2\n- Jens Olsen: 3 og 4\nDe spiser halal.\n\nMvh Lone Pedersen",
			from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/2; Jens Olsen:3/4"}, diets: "Karen Olsen=halal; Jens Olsen=halal"},
		// the writer who comes too is none of "de"
		{blindCase: blindCase{body: "Hej\nTilmelding:\n- Karen Olsen: 1 og 2\n- Jens Olsen: 3\nDe er vegetarer.\nJeg kommer også selv, workshop 4, og spiser alt.\n\nMvh Lone Pedersen",
			from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/2; Jens Olsen:3/-; Lone Pedersen:4/-"}, diets: "Karen Olsen=vegetarian; Jens Olsen=vegetarian; Lone Pedersen="},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder hermed Karen Olsen og Jens Olsen. De vil begge gerne på workshop 1 og 4. De spiser ikke svinekød.\nJeg kommer ikke selv.\n\nMvh Lone Pedersen",
			from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/4; Jens Olsen:1/4"}, diets: "Karen Olsen=no_pork; Jens Olsen=no_pork"},
		// one other named: "de" is no one the reading knows
		{blindCase: blindCase{body: "Hej\nJeg tilmelder min nabo Karen Olsen til workshop 2. De har ikke mail.\n\nMvh Lone Pedersen",
			from: "Lone Pedersen", status: "complete", want: "Karen Olsen:2/-"}},
	})
}

// Each name with her workshops in a bracket after it, in a sentence or
// one to a line ("Karen Olsen (1 og 2), Jens Olsen (3), Lis Berg (4 og 2,
// vegansk)"): each bracket is its person's, and the names are the people
// who come. One number alone in a bracket is a workshop only beside such
// a pair; alone it may be an age.
func TestChoicesBracketedAfterNames(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nTilmelding: Karen Olsen (1 og 2), Jens Olsen (3), Lis Berg (4 og 2, vegansk).\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/2; Jens Olsen:3/-; Lis Berg:4/2"}, diets: "Karen Olsen=; Jens Olsen=; Lis Berg=vegan"},
		{blindCase: blindCase{body: "Tilmelding: Karen Olsen (1 og 2); Jens Olsen (3); Lis Berg (4 og 2, vegansk).\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/2; Jens Olsen:3/-; Lis Berg:4/2"}, diets: "Karen Olsen=; Jens Olsen=; Lis Berg=vegan"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder hermed 2 beboere fra Galgebakken: Ole Hansen (workshop 2) og Birgit Lund (workshop 1 og 3, vegetar).\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Ole Hansen:2/-; Birgit Lund:1/3"}, diets: "Ole Hansen=; Birgit Lund=vegetarian"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder Karen Olsen (workshop 1 og 2), Jens Olsen (workshop 3) og Lis Berg (workshop 4, vegansk).\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/2; Jens Olsen:3/-; Lis Berg:4/-"}, diets: "Karen Olsen=; Jens Olsen=; Lis Berg=vegan"},
		{blindCase: blindCase{body: "Hej\nVi kommer to: Lone Pedersen (1 og 2) og Karen Olsen (2).\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Lone Pedersen:1/2; Karen Olsen:2/-"}},
		{blindCase: blindCase{body: "Hi\nPlease register Sarah Hansen (1 and 2), Omar Said (3) and Li Chen (4 and 2, halal). I won't come myself.\n\nJohn Miller", from: "John Miller",
			subject: "Registration", status: "complete", want: "Sarah Hansen:1/2; Omar Said:3/-; Li Chen:4/2"}, diets: "Sarah Hansen=; Omar Said=; Li Chen=halal"},
		{blindCase: blindCase{body: "Hej\nFølgende fra afd. 6:\nKaren Olsen (2 og 1)\nJens Olsen (4 og 1, vegetar)\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:2/1; Jens Olsen:4/1"}, diets: "Karen Olsen=; Jens Olsen=vegetarian"},
		// a name without a bracket beside them still comes, and is asked for
		{blindCase: blindCase{body: "Hej\nKaren Olsen (1 og 2) og Jens Olsen vil gerne deltage.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "incomplete", missing: []string{"workshop"}, want: "Karen Olsen:1/2; Jens Olsen:-/-"}},
		{blindCase: blindCase{body: "Hej\nKaren Olsen (workshop 1 og 2) og Jens Olsen vil gerne deltage.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "incomplete", missing: []string{"workshop"}, want: "Karen Olsen:1/2; Jens Olsen:-/-"}},
		// a bare number alone after a name may be her age
		{blindCase: blindCase{body: "Hej\nJeg tilmelder mig og mine børn Sofie Holm (3) og Ali Holm (9). Vi vil gerne på workshop 2.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Lone Pedersen:2/-; Sofie Holm:2/-; Ali Holm:2/-"}},
		{blindCase: blindCase{body: "Hej\nFølgende fra afdeling 6:\nKaren Olsen (2)\nJens Olsen (4 og 1)\nLis Berg\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nKaren Olsen (45) og Jens Olsen (47) vil gerne på workshop 2 og 1.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			notStatus: "complete"}},
	})
}

// Staff sign up "en borger, Hassan Ali", "en lejer", "a client": one they
// serve, named after a comma; the writer does not come.
func TestSignsUpOneTheyServe(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Kære ABC\n\nJeg er socialrådgiver og vil gerne tilmelde en borger, Hassan Ali. Han ønsker workshop 4 (beskæftigelse) og som nr. 2 workshop 3. Han spiser ikke svinekød.\n\nMed venlig hilsen\nMette Lund\nSocialrådgiver, Albertslund Kommune\nMobil: 40 50 60 70",
			from: "Mette Lund", status: "complete", want: "Hassan Ali:4/3"}, diets: "Hassan Ali=no_pork", phone: "+4540506070"},
		{blindCase: blindCase{body: "Kære ABC\n\nJeg vil gerne tilmelde en borger, Hassan Ali. Han ønsker workshop 4 og 3.\n\nMed venlig hilsen\nMette Lund", from: "Mette Lund",
			status: "complete", want: "Hassan Ali:4/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde en lejer, Hassan Ali, til workshop 4 og 3.\n\nMvh Mette Lund", from: "Mette Lund",
			status: "complete", want: "Hassan Ali:4/3"}},
		{blindCase: blindCase{body: "Dear ABC\n\nI would like to register a client, Hassan Ali. He wants workshop 4 and then 3. He does not eat pork.\n\nKind regards\nMette Lund", from: "Mette Lund",
			subject: "Registration", status: "complete", want: "Hassan Ali:4/3"}, diets: "Hassan Ali=no_pork"},
		// she signs herself up too, or names no one
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig og en borger, Hassan Ali. Vi vil begge gerne på workshop 4 og 3.\n\nMvh Mette Lund", from: "Mette Lund",
			status: "complete", want: "Mette Lund:4/3; Hassan Ali:4/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde en borger. Hun ønsker workshop 2.\n\nMvh Mette Lund", from: "Mette Lund",
			notStatus: "complete"}},
	})
}

// Two people sharing one list line's head ("Karen Olsen + Jens Olsen:
// workshop 2 og 1", "Karen Olsen og Jens: 2 og 1") both take its choices;
// the line was dropped, and the mail read complete with the others alone.
func TestTwoShareAListLine(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nKaren Olsen + Jens Olsen: workshop 2 og 1\nLis Berg: workshop 4\n\nMvh Lone Pedersen (deltager ikke selv)", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:2/1; Jens Olsen:2/1; Lis Berg:4/-"}},
		{blindCase: blindCase{body: "Hej\nKaren Olsen og Jens Olsen: workshop 2 og 1\nLis Berg: workshop 4\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:2/1; Jens Olsen:2/1; Lis Berg:4/-"}},
		{blindCase: blindCase{body: "Hej\nKaren Olsen og Jens Olsen - 2 og 1, vegetarer\nLis Berg - 4\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:2/1; Jens Olsen:2/1; Lis Berg:4/-"}, diets: "Karen Olsen=vegetarian; Jens Olsen=vegetarian; Lis Berg="},
		{blindCase: blindCase{body: "Hej\nKaren Olsen og Jens: 2 og 1\nLis Berg: 4\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:2/1; Jens:2/1; Lis Berg:4/-"}},
		{blindCase: blindCase{body: "Hi\n- Sarah Hansen and Omar Said: 1 and 2\n- Li Chen: 3\n\nJohn Miller", from: "John Miller",
			subject: "Registration", status: "complete", want: "Sarah Hansen:1/2; Omar Said:1/2; Li Chen:3/-"}},
		{blindCase: blindCase{body: "Hej\nKaren Olsen + Jens Olsen: 2 og 1\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:2/1; Jens Olsen:2/1"}},
		// a first name after a dash is no second head: the line is hers
		{blindCase: blindCase{body: "Hej\nKaren Olsen - 2 og 1\nJens Olsen - 4\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:2/1; Jens Olsen:4/-"}},
	})
}

// A mail that never speaks of its writer and wishes a workshop for the
// one it names ("Min nabo Karen Olsen vil gerne på workshop 2") brings her
// alone, as "vil gerne deltage i workshop 2" did; the writer was asked for
// a workshop of her own.
func TestWishForNamedOtherSignsHerUp(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nMin nabo Karen Olsen vil gerne på workshop 2. Hun har ikke mail.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:2/-"}},
		{blindCase: blindCase{body: "Hej\nMin søn Omar Ali vil gerne på workshop 2.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Omar Ali:2/-"}},
		{blindCase: blindCase{body: "Hej\nMin mor Ruth Jørgensen vil helst i workshop 1, ellers 3. Hun er diabetiker.\n\nMvh Anne Jørgensen", from: "Anne Jørgensen",
			status: "complete", want: "Ruth Jørgensen:1/3"}, diets: "Ruth Jørgensen=diabetic"},
		{blindCase: blindCase{body: "Hi\nMy neighbour Karen Olsen would like workshop 2. She has no e-mail.\n\nBest\nLone Pedersen", from: "Lone Pedersen",
			subject: "Registration", status: "complete", want: "Karen Olsen:2/-"}},
		// the writer who speaks of herself, or a change, stays for the others
		{blindCase: blindCase{body: "Hej\nMin nabo Karen Olsen vil gerne på workshop 2, og jeg kommer med hende.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nMin mor Gül Demir er tilmeldt workshop 2. Hun kan desværre ikke komme alligevel.\n\nMvh Lone Pedersen", from: "Lone Pedersen",
			notStatus: "complete"}},
	})
}

// A resident's phone or address on her line of the writer's list is her
// detail: the writer stays the contact, and the mail is not sent to staff
// for it; a line that asks for replies there still is read so.
func TestResidentDetailsInAList(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg tilmelder:\n- Karen Olsen, tlf. 22 33 44 55, workshop 1\n- Jens Olsen, jens@example.dk, workshop 2 og 4\n\nMvh\nLone Pedersen\nMobil 61 62 63 64", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/-; Jens Olsen:2/4"}, email: "sender@example.dk", phone: "+4561626364"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder:\n- Karen Olsen, karen@example.dk, workshop 1\n- Jens Olsen, jens@example.dk, workshop 2 og 4\n\nMvh\nLone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/-; Jens Olsen:2/4"}, email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hi\nPlease register:\n- Sarah Hansen, sarah@example.com, workshop 1 and 2\n- Omar Said, omar@example.com, workshop 3\n\nJohn Miller", from: "John Miller",
			subject: "Registration", status: "complete", want: "Sarah Hansen:1/2; Omar Said:3/-"}, email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder:\n- Karen Olsen, workshop 1\n- Jens Olsen, workshop 2 og 4, svar gerne til jens@example.dk\n\nMvh\nLone Pedersen", from: "Lone Pedersen",
			want: "Karen Olsen:1/-; Jens Olsen:2/4"}, email: "jens@example.dk"},
	})
}

// A small HTML table of two columns ("Navn | Workshop") is a list of
// attendees as one of three is; a row whose workshop cell is left empty
// is a person still to be asked, not the sender's sign-off.
func TestSmallTableRows(t *testing.T) {
	table := func(rows string) string {
		return "<html><body><p>Hej</p><table><tr><th>Navn</th><th>Workshop</th></tr>" + rows + "</table><p>Hilsen Lone Pedersen</p></body></html>"
	}
	cases := []struct {
		from, html, status, want string
		missing                  []string
	}{
		{"Lone Pedersen <lp@example.dk>", table("<tr><td>Karen Olsen</td><td>1 og 3</td></tr><tr><td>Jens Olsen</td><td>4</td></tr>"), "complete", "Karen Olsen:1/3; Jens Olsen:4/-", nil},
		{"Lone Pedersen <lp@example.dk>", table("<tr><td>Karen Olsen</td><td>1</td></tr><tr><td>Jens Olsen</td><td></td></tr>"), "incomplete", "Karen Olsen:1/-; Jens Olsen:-/-", []string{"workshop"}},
		{"Lone Pedersen <lp@example.dk>", "<html><body><p>Hej</p><table><tr><th>Navn</th><th>Workshop</th><th>Kost</th></tr><tr><td>Karen Olsen</td><td>1</td><td>vegetar</td></tr><tr><td>Lis Berg</td><td></td><td></td></tr></table><p>Hilsen Lone Pedersen</p></body></html>",
			"incomplete", "Karen Olsen:1/-; Lis Berg:-/-", []string{"workshop"}},
		{"John Miller <jm@example.com>", "<html><body><p>Hi</p><table><tr><th>Name</th><th>Workshops</th></tr><tr><td>Sarah Hansen</td><td>2, 1</td></tr><tr><td>Omar Said</td><td>4</td></tr></table><p>John Miller</p></body></html>",
			"complete", "Sarah Hansen:2/1; Omar Said:4/-", nil},
		// from a bare address the name under the table may be hers: staff read it
		{"lp@example.dk", table("<tr><td>Karen Olsen</td><td>1</td></tr><tr><td>Jens Olsen</td><td></td></tr>"), "review", "", nil},
	}
	for _, c := range cases {
		r := Parse([]byte(htmlOnlyMail(c.from, "Tilmelding", "utf-8", c.html)), testEvent)
		if string(r.Status) != c.status || c.want != "" && choices(r) != c.want || c.missing != nil && !slices.Equal(r.Missing, c.missing) {
			t.Errorf("%s: got %s %q %v (%v), want %s %q %v", c.html, r.Status, choices(r), r.Missing, r.Reasons, c.status, c.want, c.missing)
		}
	}
}

// Lists and mails for others the reader already read right: each
// person's name, choices and food, the writer in or out, her own mobile
// as the contact, a resident's number when the writer gives none, a
// forward's confirmation sent where it asks.
func TestListsAlreadyRight(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde følgende fra afdeling 7:\n\nKaren Olsen – workshop 1 og 2 – vegetar\nMehmet Yilmaz – workshop 4 og 3 – halal\nBirthe Nielsen – workshop 2 – ingen særlige\n\nJeg kommer ikke selv.\n\nMvh\nLone Pedersen\nBestyrelsesmedlem, afd. 7\nMobil 21 43 65 87", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/2; Mehmet Yilmaz:4/3; Birthe Nielsen:2/-"},
			diets: "Karen Olsen=vegetarian; Mehmet Yilmaz=halal; Birthe Nielsen=", email: "sender@example.dk", phone: "+4521436587"},
		{blindCase: blindCase{body: "Hej ABC\n\nVi kommer 3 fra Hyldespjældet:\n1. Lone Pedersen (mig selv) – 1 og 3\n2. Jens Hansen – 4 og 2\n3. Fatima Ahmed – 2 og 1, halal\n\nMvh Lone", from: "Lone Pedersen", status: "complete", want: "Lone Pedersen:1/3; Jens Hansen:4/2; Fatima Ahmed:2/1"},
			diets: "Lone Pedersen=; Jens Hansen=; Fatima Ahmed=halal", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Tilmelding fra beboerhuset:\n* Ole Jensen, workshop 3\n* Grethe Jensen, workshop 3, diabetiker\n* Ahmad Karimi, workshop 4, ellers 1\n\nHilsen\nSusanne Dahl, vicevært", from: "Susanne Dahl", status: "complete", want: "Ole Jensen:3/-; Grethe Jensen:3/-; Ahmad Karimi:4/1"},
			diets: "Ole Jensen=; Grethe Jensen=diabetic; Ahmad Karimi=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nHer er vores tilmeldinger:\n- Kirsten Holm: 1 og 2\n- Bent Holm: 2\n- Amir Haddad: ved ikke endnu\n\nMvh Kirsten Holm", from: "Kirsten Holm", status: "incomplete", missing: []string{"workshop"}, want: "Kirsten Holm:1/2; Bent Holm:2/-; Amir Haddad:-/-"},
			diets: "Kirsten Holm=; Bent Holm=; Amir Haddad=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg skriver på vegne af min nabo, Inger Madsen, som ikke har mail. Hun vil gerne deltage i workshop 1, og ellers 2. Hun er vegetar. Hendes telefon er 32 54 76 98.\nJeg deltager ikke selv.\n\nVenlig hilsen\nPoul Kristensen", from: "Poul Kristensen", status: "complete", want: "Inger Madsen:1/2"},
			diets: "Inger Madsen=vegetarian", email: "sender@example.dk", phone: "+4532547698"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde min mor, Ruth Jørgensen, til workshop 2. Hun har sukkersyge. Jeg kommer ikke selv med.\nMvh Anne Jørgensen", from: "Anne Jørgensen", status: "complete", want: "Ruth Jørgensen:2/-"},
			diets: "Ruth Jørgensen=diabetic", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Videresender for min nabo, hun har ikke selv mail.\n\n-----\nHej, jeg hedder Gitte Bach og vil gerne med til netværksmødet. Workshop 1 og 4. Jeg tåler ikke gluten.\nGitte Bach, tlf 31 31 42 42", from: "Lone Pedersen", status: "complete", want: "Gitte Bach:1/4"},
			diets: "Gitte Bach=gluten_free", email: "sender@example.dk", phone: "+4531314242"},
		{blindCase: blindCase{body: "Hi,\nI'm the chair of the tenants' board in section 5. Please register the following:\n- Sarah Hansen – workshop 2 and 1 – vegetarian\n- Omar Said – workshop 4 – halal\nI will not attend myself.\n\nBest regards\nJohn Miller\nMobile +45 26 37 48 59", from: "John Miller", subject: "Registration", status: "complete", want: "Sarah Hansen:2/1; Omar Said:4/-"},
			diets: "Sarah Hansen=vegetarian; Omar Said=halal", email: "sender@example.dk", phone: "+4526374859"},
		{blindCase: blindCase{body: "Hello,\nI'm writing on behalf of my father, Peter Nowak, who doesn't use email. He'd like workshop 1, second choice 2. He's diabetic. You can reach me at 28 29 30 31.\n\nKind regards\nAnna Nowak", from: "Anna Nowak", subject: "Registration", status: "complete", want: "Peter Nowak:1/2"},
			diets: "Peter Nowak=diabetic", email: "sender@example.dk", phone: "+4528293031"},
		{blindCase: blindCase{body: "Hej\nJeg kommer selv og tager en beboer med, Erik Munk.\nJeg vil gerne workshop 1 og 2, Erik vil gerne workshop 4 og 1.\n\nMvh\nTorben Vang, varmemester\nMobil 51 52 53 54", from: "Torben Vang", status: "complete", want: "Torben Vang:1/2; Erik Munk:4/1"},
			diets: "Torben Vang=; Erik Munk=", email: "sender@example.dk", phone: "+4551525354"},
		{blindCase: blindCase{body: "Hej\n\nNavn\tWorkshop\tKost\nKaren Olsen\t1 og 2\tvegetar\nJens Olsen\t3\t\nLis Berg\t4 og 1\tglutenfri\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/2; Jens Olsen:3/-; Lis Berg:4/1"},
			diets: "Karen Olsen=vegetarian; Jens Olsen=; Lis Berg=gluten_free", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nTilmelding af:\n1) Karen Olsen – workshop 3\n2) Jens Olsen – workshop 4\n\nMvh Lone Pedersen (kommer ikke selv)", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:3/-; Jens Olsen:4/-"},
			diets: "Karen Olsen=; Jens Olsen=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nKaren Olsen: sundhed og tryghed\nJens Olsen: job\nLis Berg: uddannelse, vegansk\n\nMvh Lone Pedersen, afdelingsbestyrelsen", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:2/1; Jens Olsen:4/-; Lis Berg:3/-"},
			diets: "Karen Olsen=; Jens Olsen=; Lis Berg=vegan", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nVi kommer:\n- Lone Pedersen (mig) – 2 og 3\n- Karen Olsen – 1 og 2\n\nMvh Lone", from: "Lone Pedersen", status: "complete", want: "Lone Pedersen:2/3; Karen Olsen:1/2"},
			diets: "Lone Pedersen=; Karen Olsen=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\n\nNavn: Karen Olsen\nWorkshop: 1 og 2\nKost: vegetar\n\nNavn: Jens Olsen\nWorkshop: 4\nKost: -\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/2; Jens Olsen:4/-"},
			diets: "Karen Olsen=vegetarian; Jens Olsen=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nVideresender fra en beboer. Bekræftelsen må gerne sendes direkte til hende på gitte@example.dk.\n\nHilsen Lone Pedersen\n\nFra: Gitte Bach <gitte@example.dk>\nSendt: 13. september 2020 20:11\nTil: Lone Pedersen <sender@example.dk>\nEmne: Tilmelding\n\nHej, jeg vil gerne med. Workshop 3 og 2.\nMvh Gitte Bach\n", from: "Lone Pedersen", subject: "VS: Tilmelding", status: "complete", want: "Gitte Bach:3/2"},
			diets: "Gitte Bach=", email: "gitte@example.dk"},
		{blindCase: blindCase{body: "Hi,\nPlease register these three from our club:\n1. Sarah Hansen - Health, then Safety\n2. Omar Said - Jobs\n3. Li Chen - Education, no pork\n\nThanks\nJohn Miller", from: "John Miller", subject: "Registration", status: "complete", want: "Sarah Hansen:2/1; Omar Said:4/-; Li Chen:3/-"},
			diets: "Sarah Hansen=; Omar Said=; Li Chen=no_pork", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nFra afdelingsbestyrelsen i afd. 12 kommer Hanne Riis (formand), workshop 1 og 3, og Bo Riis, workshop 2 og 3. Jeg kommer også selv, workshop 4 og 1.\n\nMvh Kim Lau", from: "Kim Lau", status: "complete", want: "Kim Lau:4/1; Hanne Riis:1/3; Bo Riis:2/3"},
			diets: "Kim Lau=; Hanne Riis=; Bo Riis=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\n- Kirsten Holm: 1 og 2\n- Bent Holm: ?\n\nMvh Kirsten", from: "Kirsten Holm", status: "incomplete", missing: []string{"workshop"}, want: "Kirsten Holm:1/2; Bent Holm:-/-"},
			diets: "Kirsten Holm=; Bent Holm=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg er leder af pigeklubben og vil gerne tilmelde to af vores frivillige: Sara Ali og Nadia Omar. Begge ønsker workshop 3, 2. prioritet 1. Nadia er vegetar.\n\nMvh Rikke Storm", from: "Rikke Storm", status: "complete", want: "Sara Ali:3/1; Nadia Omar:3/1"},
			diets: "Sara Ali=; Nadia Omar=vegetarian", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\n- Karen Olsen, afd. 3 – workshop 2\n- Jens Olsen, afd. 4 – workshop 1\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:2/-; Jens Olsen:1/-"},
			diets: "Karen Olsen=; Jens Olsen=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nVi er to fra Hyldespjældet:\n\nKaren Olsen\nWorkshop 1 og 2\nVegetar\n\nJens Olsen\nWorkshop 3\nSpiser alt\n\nMvh Lone Pedersen\nBestyrelsen", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/2; Jens Olsen:3/-"},
			diets: "Karen Olsen=vegetarian; Jens Olsen=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nNavn – workshop – kost\nKaren Olsen – 1 og 2 – ingen\nJens Olsen – 3 og 4 – laktosefri\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/2; Jens Olsen:3/4"},
			diets: "Karen Olsen=; Jens Olsen=lactose_free", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nFølgende fra afd. 2:\nKaren Olsen – workshop 1\nJens Olsen\nLis Berg – workshop 2\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "incomplete", missing: []string{"workshop"}, want: "Karen Olsen:1/-; Jens Olsen:-/-; Lis Berg:2/-"},
			diets: "Karen Olsen=; Jens Olsen=; Lis Berg=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg kommer ikke selv, men min nabo Inger Madsen vil gerne på workshop 3.\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "complete", want: "Inger Madsen:3/-"},
			diets: "Inger Madsen=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hi\nSarah Hansen - 2\nOmar Said -\nLi Chen - 3\n\nJohn Miller", from: "John Miller", subject: "Registration", status: "incomplete", missing: []string{"workshop"}, want: "Sarah Hansen:2/-; Omar Said:-/-; Li Chen:3/-"},
			diets: "Sarah Hansen=; Omar Said=; Li Chen=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Tilmelding for beboerne i opgang 4:\n1. Karen Olsen – tryghed\n2. Jens Olsen – job\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/-; Jens Olsen:4/-"},
			diets: "Karen Olsen=; Jens Olsen=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg skriver for min mor, hun taler ikke dansk. Hun hedder Fatma Yildiz og vil gerne på workshop 2 og 1. Hun spiser kun halal.\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "complete", want: "Fatma Yildiz:2/1"},
			diets: "Fatma Yildiz=halal", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nKaren Olsen: 1 og 2 (vegetar)\nJens Olsen: 4 (ingen svinekød)\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "complete", want: "Karen Olsen:1/2; Jens Olsen:4/-"},
			diets: "Karen Olsen=vegetarian; Jens Olsen=no_pork", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg er kontaktperson for Inger Madsen, som gerne vil deltage i workshop 2. Hun kan ikke tåle nødder.\n\nMvh Lone Pedersen", from: "Lone Pedersen", status: "complete", want: "Inger Madsen:2/-"},
			diets: "Inger Madsen=nut_allergy", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Videresender for min nabo, hun har ikke selv adgang til mail.\n\nLone\n\n-------- Forwarded Message --------\nSubject: Tilmelding\nDate: Sun, 13 Sep 2020 20:11:00 +0200\nFrom: Gitte Bach <gitte@example.dk>\nTo: Lone Pedersen <sender@example.dk>\n\nHej, jeg vil gerne deltage i workshop 4 og 2. Jeg er vegetar.\nMvh Gitte Bach, 31 31 42 42\n", from: "Lone Pedersen", subject: "Fwd: Tilmelding", status: "complete", want: "Gitte Bach:4/2"},
			diets: "Gitte Bach=vegetarian", email: "sender@example.dk", phone: "+4531314242"},
		{blindCase: blindCase{body: "Se nedenfor.\n\nLone\n\nBegin forwarded message:\n\nFrom: Gitte Bach <gitte@example.dk>\nSubject: Tilmelding\nDate: 13 September 2020 at 20.11.00 CEST\nTo: Lone Pedersen <sender@example.dk>\n\nHej, jeg vil gerne deltage i workshop 4 og 2.\nMvh Gitte Bach\n", from: "Lone Pedersen", subject: "Fwd: Tilmelding", status: "complete", want: "Gitte Bach:4/2"},
			diets: "Gitte Bach=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nSe nedenstående fra min nabo. Send gerne bekræftelsen til hende.\n\nHilsen Lone Pedersen\n\nFra: Gitte Bach <gitte@example.dk>\nSendt: 13. september 2020 20:11\nTil: Lone Pedersen <sender@example.dk>\nEmne: Tilmelding\n\nHej, jeg vil gerne med. Workshop 3 og 2. Ingen svinekød.\nMvh Gitte Bach\n", from: "Lone Pedersen", subject: "VS: Tilmelding", status: "complete", want: "Gitte Bach:3/2"},
			diets: "Gitte Bach=no_pork", email: "gitte@example.dk"},
		{blindCase: blindCase{body: "Se nedenfor.\n\nLone\n\n---------- Forwarded message ---------\nFrom: Gitte Bach <gitte@example.dk>\nDate: Sun, 13 Sep 2020 at 20:11\nSubject: Tilmelding\nTo: Lone Pedersen <sender@example.dk>\n\nHej, jeg vil gerne deltage i netværksmødet.\nMvh Gitte Bach\n", from: "Lone Pedersen", subject: "Fwd: Tilmelding", status: "incomplete", missing: []string{"workshop"}, want: "Gitte Bach:-/-"},
			diets: "Gitte Bach=", email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej, se nedenfor. Kan I skrive hende op? Tak.\nHilsen Lone" + fwdG + "Hej Lone, vil du tilmelde mig? Workshop 2 og 3. Jeg spiser ikke svinekød.\nKh Gitte Bach\n",
			from: "Lone Pedersen", subject: "Fwd: Netværksmøde", status: "complete", want: "Gitte Bach:2/3"}, diets: "Gitte Bach=no_pork", email: "sender@example.dk", asks: "no"},
	})
}

// fwdG is a resident's mail forwarded by Gmail under the writer's words.
const fwdG = "\n\n---------- Forwarded message ---------\nFrom: Gitte Bach <gitte@example.dk>\nDate: Sun, 13 Sep 2020 at 20:11\n" +
	"Subject: Netværksmøde\nTo: Lone Pedersen <sender@example.dk>\n\n"

// The HTML a writer's mail program makes of her list: a table with a
// column for each choice, bullets, numbers.
func TestHTMLListsAlreadyRight(t *testing.T) {
	cases := []struct{ from, html, want, diets string }{
		{"Lone Pedersen <sender@example.dk>", "<html><body><p>Hej</p><p>Her er tilmeldingerne fra afd. 5:</p><table border=1><tr><th>Navn</th><th>Workshop</th><th>Kost</th></tr><tr><td>Karen Olsen</td><td>1 og 2</td><td>Vegetar</td></tr><tr><td>Mehmet Yilmaz</td><td>4 og 3</td><td>Halal</td></tr><tr><td>Birthe Nielsen</td><td>2</td><td></td></tr></table><p>Mvh<br>Lone Pedersen</p></body></html>",
			"Karen Olsen:1/2; Mehmet Yilmaz:4/3; Birthe Nielsen:2/-", "Karen Olsen=vegetarian; Mehmet Yilmaz=halal; Birthe Nielsen="},
		{"Lone Pedersen <sender@example.dk>", "<html><body><p>Hej</p><p>Vi kommer disse:</p><table><tr><td><b>Navn</b></td><td><b>1. prioritet</b></td><td><b>2. prioritet</b></td><td><b>Kost</b></td></tr><tr><td>Karen Olsen</td><td>Sundhed</td><td>Naboskab</td><td>Vegansk</td></tr><tr><td>Jens Olsen</td><td>Beskæftigelse</td><td>Uddannelse</td><td>-</td></tr></table><p>Hilsen Lone Pedersen</p></body></html>",
			"Karen Olsen:2/1; Jens Olsen:4/3", "Karen Olsen=vegan; Jens Olsen="},
		{"Lone Pedersen <sender@example.dk>", "<html><body><p>Hej</p><p>Følgende fra afd. 9 vil gerne deltage:</p><ul><li>Karen Olsen – workshop 2 og 4</li><li>Jens Olsen – workshop 1, halal</li></ul><p>Jeg kommer ikke selv.</p><p>Mvh<br>Lone Pedersen<br>Mobil 61 62 63 64</p></body></html>",
			"Karen Olsen:2/4; Jens Olsen:1/-", "Karen Olsen=; Jens Olsen=halal"},
		{"Lone Pedersen <sender@example.dk>", "<html><body><p>Hej</p><ol><li>Karen Olsen: sundhed</li><li>Jens Olsen: beskæftigelse, derefter tryghed</li></ol><p>Mvh Lone Pedersen</p></body></html>",
			"Karen Olsen:2/-; Jens Olsen:4/1", "Karen Olsen=; Jens Olsen="},
		{"John Miller <sender@example.dk>", "<html><body><p>Hi,</p><p>Below the people from our section.</p><table><tr><th>Name</th><th>1st choice</th><th>2nd choice</th><th>Diet</th></tr><tr><td>Sarah Hansen</td><td>2</td><td>1</td><td>vegetarian</td></tr><tr><td>Omar Said</td><td>4</td><td>3</td><td>halal</td></tr></table><p>Regards<br>John Miller</p></body></html>",
			"Sarah Hansen:2/1; Omar Said:4/3", "Sarah Hansen=vegetarian; Omar Said=halal"},
	}
	for _, c := range cases {
		r := Parse([]byte(htmlOnlyMail(c.from, "Tilmelding", "utf-8", c.html)), testEvent)
		if r.Status != tilmeld.StatusComplete || choices(r) != c.want || allDiets(r) != c.diets {
			t.Errorf("%s: got %s %q %q (%v), want complete %q %q", c.html, r.Status, choices(r), allDiets(r), r.Reasons, c.want, c.diets)
		}
	}
}

// "Hendes mail er karen@..." tells the resident's address; it asks for no
// replies there: the writer stays the contact (and the mail is no case
// for staff). A request to send or answer there still moves the contact.
func TestResidentAddressToldIsNoReplyAddress(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg tilmelder Karen Olsen til workshop 1. Hendes mail er karen@example.dk.\n\nMvh\nLone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/-"}, email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder Karen Olsen til workshop 1. Hendes e-mail er karen@example.dk.\n\nMvh\nLone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/-"}, email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder Karen Olsen til workshop 1. Hendes mail: karen@example.dk, tlf 22 33 44 55.\n\nMvh\nLone Pedersen\nMobil 61 62 63 64", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/-"}, email: "sender@example.dk", phone: "+4561626364"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder Karen Olsen til workshop 1. Send bekræftelsen til hendes mail karen@example.dk.\n\nMvh\nLone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/-"}, email: "karen@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder Karen Olsen til workshop 1. Svar gerne til hende på karen@example.dk.\n\nMvh\nLone Pedersen", from: "Lone Pedersen",
			status: "complete", want: "Karen Olsen:1/-"}, email: "karen@example.dk"},
	})
}
