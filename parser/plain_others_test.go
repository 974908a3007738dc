package parser

import (
	"testing"

	"tilmeld"
)

// Mail from someone who writes for someone else: children for parents,
// neighbours, interpreters, staff. Who comes, whose choices and food, and
// whose number is the contact.

// The one a writer names and then goes on with "hun"/"han" ("Min nabo
// hedder Fatma Yilmaz. Hun vil gerne på 2", "Hun hedder Fatma Yilmaz og
// vil gerne på 2") gets the choices of that sentence.
func TestPronounAfterNaming(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg skriver for min nabo. Hun hedder Fatma Yilmaz og vil gerne på workshop 2, ellers 1. Jeg kommer ikke selv.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Fatma Yilmaz:2/1"}},
		{blindCase: blindCase{body: "Jeg videresender en tilmelding fra en beboer, som ikke selv har mail.\nHun hedder Amal Hassan og vil gerne på workshop 3, ellers 2. Hun spiser kun halal.\nHendes telefon er 22 33 44 55.\n\nMvh Ida Holm\nBoligsocial medarbejder",
			subject: "Fwd: Tilmelding", status: "complete", want: "Amal Hassan:3/2"}, diets: "Amal Hassan=halal", phone: "+4522334455"},
		{blindCase: blindCase{body: "Hej\nJeg hjælper min nabo med at tilmelde sig. Hun hedder Fatma Yilmaz. Workshop 2 og 1.\nHun spiser ikke svinekød, og hun har cøliaki.\n\nMvh Ida Holm",
			status: "complete", want: "Fatma Yilmaz:2/1"}, diets: "Fatma Yilmaz=gluten_free,no_pork"},
		{blindCase: blindCase{body: "Hej\nJeg skriver for min mor, hun hedder Gül Demir. Hun vil gerne på workshop 2. Hun spiser kun halal.\n\nHilsen Ida Holm",
			status: "complete", want: "Gül Demir:2/-"}, diets: "Gül Demir=halal"},
		// named in a sentence of her own, she is the one who comes; the
		// writer, who speaks of herself, is asked for hers
		{blindCase: blindCase{body: "Hej\nMin nabo hedder Fatma Yilmaz. Hun vil gerne på 2, ellers 1.\nHun har ikke selv mail, så I kan svare mig.\n\nMvh Ida Holm",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nMin datter hedder Sara Ali. Hun vil gerne på workshop 3. Hun er vegetar.\n\nHilsen Ida Holm", notStatus: "review"}},
		{blindCase: blindCase{body: "Hi\nMy neighbour is called Fatma Yilmaz. She would like to join workshop 2, otherwise 1.\n\nBest\nIda Holm",
			subject: "Registration", notStatus: "review"}},
		// a name that is the sender's, or a "hun" with no one named, gives
		// the choices to no one new
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2. Min kollega vil også gerne med. Hun vil gerne på 4.\n\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg hedder Ida Holm og vil gerne på workshop 2, ellers 1.\n\nMvh Ida", status: "complete", want: "Ida Holm:2/1"}},
	})
}

// A mail that never speaks of its writer ("Min søn Omar Ali vil gerne
// deltage i workshop 3") brings the one it names, not him and a second,
// nameless person.
func TestRelativeAloneWhenWriterSilent(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nMin søn Omar Ali vil gerne deltage i workshop 3, ellers 4.\n\nHilsen Ida Holm", status: "complete", want: "Omar Ali:3/4"}},
		{blindCase: blindCase{body: "Hej\nMin søn Omar Ali vil gerne deltage i workshop 3, ellers 4. Han kan kontaktes på 31 32 33 34.\n\nHilsen Ida Holm",
			status: "complete", want: "Omar Ali:3/4"}, phone: "+4531323334"},
		{blindCase: blindCase{body: "Hej\nMin mor hedder Gül Demir og vil gerne deltage i workshop 2 og 3.\n\nHilsen Ida Holm", status: "complete", want: "Gül Demir:2/3"}},
		{blindCase: blindCase{body: "Hi\nMy son Omar Ali would like to join workshop 3, otherwise 4. He can be reached at 31 32 33 34.\n\nBest\nIda Holm",
			subject: "Registration", status: "complete", want: "Omar Ali:3/4"}, phone: "+4531323334"},
		// the writer who says she comes too is still counted
		{blindCase: blindCase{body: "Hej\nMin søn Omar Ali vil gerne deltage i workshop 3. Jeg kommer også.\n\nHilsen Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nMin søn Omar Ali og min datter vil gerne deltage i workshop 3.\n\nHilsen Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nMin mor vil gerne deltage i workshop 2. Hun spiser kun halal.\n\nHilsen Ida Holm", status: "incomplete"}},
	})
}

// A numbered list of people with roles ("1. Ida Holm, projektleder –
// workshop 2"): the numbers count the people and are no choices.
func TestNumberedPeopleWithRoles(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej, vi kommer tre fra kontoret:\n1. Ida Holm, projektleder – workshop 2\n2. Bo Jensen, konsulent – workshop 4\n3. Lise Berg, praktikant – workshop 1\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-; Bo Jensen:4/-; Lise Berg:1/-"}},
		{blindCase: blindCase{body: "Hej\nVi kommer fra skolen:\n1. Ida Holm, lærer – workshop 3\n2. Bo Jensen, pædagog – workshop 2\nBo er vegetar.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-; Bo Jensen:2/-"}, diets: "Ida Holm=; Bo Jensen=vegetarian"},
		{blindCase: blindCase{body: "Hej\nTilmelding af to medarbejdere:\n1. Bo Jensen, projektleder – workshop 2\n2. Lise Berg, konsulent – workshop 4\nJeg kommer ikke selv.\n\nMvh Ida Holm",
			status: "complete", want: "Bo Jensen:2/-; Lise Berg:4/-"}},
		{blindCase: blindCase{body: "Hej, vi kommer tre fra kontoret:\n1. Ida Holm, projektleder – workshop 2, ellers 3\n2. Bo Jensen, konsulent – workshop 4, ellers 1\n3. Lise Berg, praktikant – workshop 1\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/3; Bo Jensen:4/1; Lise Berg:1/-"}},
		{blindCase: blindCase{body: "Hej\nPå vegne af beboerrådet tilmelder jeg:\n1. Ida Holm, formand – workshop 1 og 2\n2. Karim Said, kasserer – workshop 4 og 3\n3. Else Dam, suppleant – workshop 2 og 1\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2; Karim Said:4/3; Else Dam:2/1"}},
		// a number heading a line of workshops, or before no attendee's
		// name, is still a choice to account for
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage.\n1. Sundhed\n2. Job\n\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Hej\nIda Holm – workshop 2\nog så 3. Bo Jensen – workshop 4\n\nMvh Ida Holm", notStatus: "complete"}},
	})
}

// Food said for all ("Vi spiser ingen af os svinekød") is each one's.
func TestFoodForAllInverted(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nVi vil gerne tilmelde os:\nMig: 2, ellers 4\nMin mand Ahmad Rahimi: 1, ellers 3\nVi spiser ingen af os svinekød.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4; Ahmad Rahimi:1/3"}, diets: "Ida Holm=no_pork; Ahmad Rahimi=no_pork"},
		{blindCase: blindCase{body: "Hej\nMig: 2, ellers 4\nMin søster Leyla Demir: 1, ellers 3\nIngen af os spiser svinekød.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4; Leyla Demir:1/3"}, diets: "Ida Holm=no_pork; Leyla Demir=no_pork"},
		{blindCase: blindCase{body: "Hej\nMin mand Ahmad Rahimi og jeg kommer begge, workshop 1 og 3. Vi spiser ingen af os kød.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/3; Ahmad Rahimi:1/3"}, diets: "Ida Holm=vegetarian; Ahmad Rahimi=vegetarian"},
		{blindCase: blindCase{body: "Hi\nRegistering the two of us:\nMe: 2, otherwise 4\nMy husband Ahmad Rahimi: 1, otherwise 3\nNeither of us eats pork.\n\nBest\nIda Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:2/4; Ahmad Rahimi:1/3"}, diets: "Ida Holm=no_pork; Ahmad Rahimi=no_pork"},
		// food said of one of them stays hers
		{blindCase: blindCase{body: "Hej\nMin nabo Fatma Yilmaz og jeg vil gerne komme. Vi vil begge på workshop 2, ellers 1. Hun spiser kun halal.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Fatma Yilmaz:2/1"}, diets: "Ida Holm=; Fatma Yilmaz=halal"},
		{blindCase: blindCase{body: "Hej\nMin mor Gül Demir og jeg kommer. Vi vil gerne på workshop 2, ellers 4. Hun spiser kun halal, jeg spiser alt.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4; Gül Demir:2/4"}, diets: "Ida Holm=; Gül Demir=halal"},
	})
}

// An interpreter signs up the one she speaks for ("Jeg er tolk for Abdi
// Warsame", "I'm an interpreter for ..."), not herself; an interpreter she
// asks for is no one she writes for.
func TestInterpreterWritesFor(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg er tolk for Abdi Warsame, som gerne vil deltage. Han vil gerne på workshop 4, ellers 3. Han spiser ikke svinekød.\n\nVenlig hilsen\nIda Holm, tolk",
			status: "complete", want: "Abdi Warsame:4/3"}, diets: "Abdi Warsame=no_pork"},
		{blindCase: blindCase{body: "Hej\nJeg tolker for Abdi Warsame. Han vil gerne på workshop 4, ellers 3.\n\nMvh Ida Holm", status: "complete", want: "Abdi Warsame:4/3"}},
		{blindCase: blindCase{body: "Hi\nI'm an interpreter for Abdi Warsame. He would like workshop 4, otherwise 3. He does not eat pork.\n\nBest\nIda Holm",
			subject: "Registration", status: "complete", want: "Abdi Warsame:4/3"}, diets: "Abdi Warsame=no_pork"},
		{blindCase: blindCase{body: "Hej\nJeg er kontaktperson for Abdi Warsame og tilmelder ham til workshop 4, ellers 3. Han spiser halal.\n\nMvh Ida Holm\nStøttekontaktperson\nMobil 61 72 83 94",
			status: "complete", want: "Abdi Warsame:4/3"}, phone: "+4561728394"},
		// she comes herself, or asks for an interpreter
		{blindCase: blindCase{body: "Hej\nJeg er tolk for Abdi Warsame og kommer selv med. Han vil gerne på workshop 4, ellers 3. Jeg vil gerne på 1.\n\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg er tolk og vil gerne deltage i workshop 4, ellers 3.\n\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/3"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2. Kan I skaffe en tolk for mig?\n\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nI'd like workshop 2. Could you find an interpreter for me?\n\nBest\nIda Holm", subject: "Registration", want: "Ida Holm:2/-"}, asks: "yes"},
	})
}

// A writer who says she stays home ("Jeg kommer ikke.") withdraws no one
// in a mail for someone else; a relative who was registered and cannot
// come is a withdrawal, never a new registration.
func TestWriterStaysHome(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg skriver for min bror, Ali Demir, som ikke er så god til dansk. Han vil gerne på workshop 4. Han spiser ikke svinekød. Jeg kommer ikke.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ali Demir:4/-"}, diets: "Ali Demir=no_pork"},
		{blindCase: blindCase{body: "Hej\nJeg skriver på vegne af min mor, Gül Demir. Hun vil gerne på workshop 2. Jeg kan desværre ikke komme.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Gül Demir:2/-"}},
		{blindCase: blindCase{body: "Hi\nI'm writing for my brother, Ali Demir. He would like workshop 4. I can't come.\n\nBest\nIda Holm",
			subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Ali Demir:4/-"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder min mor Gül Demir til workshop 2. Hun spiser kun halal. Jeg følger hende derhen, men deltager ikke selv.\n\nHilsen Ida Holm",
			status: "complete", want: "Gül Demir:2/-"}, diets: "Gül Demir=halal"},
		// she who was registered and cannot come: a withdrawal for staff
		{blindCase: blindCase{body: "Hej\nJeg skriver på vegne af min mor, Gül Demir, som var tilmeldt workshop 2. Hun kan desværre ikke komme.\n\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\nI'm writing for my mother, Gul Demir, who was registered for workshop 2. She can't come after all.\n\nBest\nIda Holm",
			subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg skriver på vegne af min mor, Gül Demir. Hun kommer ikke alligevel.\n\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nMin mor Gül Demir, som er tilmeldt workshop 2, kan desværre ikke komme alligevel.\n\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nMin mor Gül Demir er tilmeldt workshop 2. Hun kan desværre ikke komme alligevel.\n\nMvh Ida Holm", notStatus: "complete"}},
		// one who is registered, spoken of in passing, changes nothing
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2. Min kollega, som er tilmeldt workshop 3, har anbefalet det.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg skriver på vegne af min mor, Gül Demir. Hun vil gerne på workshop 2. Hun er ikke tilmeldt endnu.\n\nMvh Ida Holm",
			status: "complete", want: "Gül Demir:2/-"}},
		// her own withdrawal stands
		{blindCase: blindCase{body: "Hej\nJeg kommer ikke alligevel. Slet min tilmelding.\n\nMvh Ida Holm", intent: tilmeld.IntentCancel, status: "complete"}},
	})
}

// Already right: who comes, whose choices and whose number, when the
// writer signs up a relative, a neighbour or a resident.
func TestWritingForOthersAlreadyRight(t *testing.T) {
	staffSig := "\n\nVenlig hilsen\nIda Holm\nBoligsocial medarbejder\nMobil: 61 72 83 94"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde min far, Hasan Demir. Han vil gerne på workshop 1 og 4. Han er diabetiker.\n\nHilsen Ida Holm",
			status: "complete", want: "Hasan Demir:1/4"}, diets: "Hasan Demir=diabetic"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder min mor Gül Demir til workshop 2, og jeg kommer også, workshop 3.\n\nHilsen Ida Holm",
			status: "complete", want: "Ida Holm:3/-; Gül Demir:2/-"}},
		{blindCase: blindCase{body: "Hej\nMin nabo Fatma Yilmaz vil gerne på 2, ellers 1. Hun spiser kun halal. Jeg kommer ikke selv.\n\nMvh Ida Holm",
			status: "complete", want: "Fatma Yilmaz:2/1"}, diets: "Fatma Yilmaz=halal"},
		{blindCase: blindCase{body: "Hej\nMin nabo Fatma Yilmaz vil gerne på 2, ellers 1. Jeg følger hende derhen og bliver der selv, workshop 4.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/-; Fatma Yilmaz:2/1"}},
		{blindCase: blindCase{body: "Hej\nMin nabo Fatma Yilmaz og jeg vil gerne komme. Hun vil gerne på 2, og jeg vil gerne på 4.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/-; Fatma Yilmaz:2/-"}},
		{blindCase: blindCase{body: "Hej\nMin mand Ahmad Rahimi og jeg kommer begge. Han vil gerne på 1, ellers 3, og jeg på 2, ellers 4. Han spiser kun halal.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4; Ahmad Rahimi:1/3"}, diets: "Ida Holm=; Ahmad Rahimi=halal"},
		{blindCase: blindCase{body: "Hej\nMin mor Gül Demir vil gerne på workshop 2. Hun er diabetiker. Jeg kommer også, workshop 4, og jeg er vegetar.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/-; Gül Demir:2/-"}, diets: "Ida Holm=vegetarian; Gül Demir=diabetic"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 4 og min mor Gül Demir på workshop 2. Hun spiser kun halal.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/-; Gül Demir:2/-"}, diets: "Ida Holm=; Gül Demir=halal"},
		{blindCase: blindCase{body: "Hej\nVi er to fra familien:\n- Mig: workshop 1\n- Min datter Sara Ali: workshop 3\nHun er vegetar.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/-; Sara Ali:3/-"}, diets: "Ida Holm=; Sara Ali=vegetarian"},
		{blindCase: blindCase{body: "Hi\nI'm writing for my neighbour, Fatma Yilmaz. She would like workshop 2, otherwise 1. She does not eat pork. I will not come myself.\n\nBest\nIda Holm",
			subject: "Registration", status: "complete", want: "Fatma Yilmaz:2/1"}, diets: "Fatma Yilmaz=no_pork"},
		{blindCase: blindCase{body: "Hi\nMy mother Gul Demir would like workshop 2. She only eats halal. I will come with her, workshop 4 for me.\n\nBest\nIda Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:4/-; Gul Demir:2/-"}, diets: "Ida Holm=; Gul Demir=halal"},
		// the contact: her number when she gives one, else the resident's;
		// the address the writer asks replies to go to
		{blindCase: blindCase{body: "Hej\nJeg skriver på vegne af min mor, Halima Nur. Hun vil gerne på workshop 1. Hun taler ikke så godt dansk, så ring til mig på 40 50 60 70.\n\nHilsen Ida Holm",
			status: "complete", want: "Halima Nur:1/-"}, phone: "+4540506070"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder min far Hasan Demir, workshop 1 og 4. Han har ingen mail, men I kan ringe til ham på 28 29 30 31.\n\nHilsen Ida Holm",
			status: "complete", want: "Hasan Demir:1/4"}, phone: "+4528293031"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder min far Hasan Demir, workshop 1 og 4. Send svar til ham på hasan.demir@example.dk.\n\nHilsen Ida Holm\n26 27 28 29",
			status: "complete", want: "Hasan Demir:1/4"}, email: "hasan.demir@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder Amal Hassan til workshop 3. Svar venligst til hende på amal.hassan@example.dk.\n\nMvh Ida Holm",
			status: "complete", want: "Amal Hassan:3/-"}, email: "amal.hassan@example.dk"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder hermed beboer Karen Mortensen, workshop 1 og 2. Hun kan nås på 25 26 27 28." + staffSig,
			status: "complete", want: "Karen Mortensen:1/2"}, phone: "+4561728394"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder min mor Gül Demir, workshop 2. Hun har ikke telefon, så I kan kontakte mig på 40 41 42 43.\n\nMvh Ida Holm",
			status: "complete", want: "Gül Demir:2/-"}, phone: "+4540414243"},
		// the writer who comes with no choice of her own is asked for it
		{blindCase: blindCase{body: "Hej\nJeg tilmelder min nabo Fatma Yilmaz til workshop 2. Jeg kommer også selv.\n\nMvh Ida Holm",
			status: "incomplete", missing: []string{"workshop"}}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde min far. Han vil gerne på workshop 1.\n\nMvh Ida Holm", status: "incomplete", missing: []string{"name"}}},
	})
}
