package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-fifth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A. A diet sentence whose subject is one relative without a name ("Min
// svigerinde spiser ikke svinekød") is hers alone, even after a shared "vi
// ... begge" choice; "vi" still spreads it to everyone.
func TestDietOfUnnamedRelativeStaysHers(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg og min svigerinde vil gerne komme. Vi vil begge to gerne være med i Sundhed & trivsel. Anden prioritet har vi ikke, det er fint bare med den ene.\nMin svigerinde spiser ikke svinekød.\n\nMvh\nGrethe Lund\n",
			from: "Grethe Lund", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: "Grethe Lund:2/-; :2/-"},
			diets: "Grethe Lund=; =no_pork"},
		{blindCase: blindCase{body: "Hej\n\nVi er to der gerne vil komme, mig og min svigerinde. Vi vil begge to gerne være med i workshop 3.\nHun spiser ikke svinekød.\n\nMvh\nGrethe Lund\n",
			from: "Grethe Lund", status: "incomplete", missing: []string{"name"}, want: "Grethe Lund:3/-; :3/-"},
			diets: "Grethe Lund=; =no_pork"},
		// the relative spoken of only in the diet sentence is the one counted
		{blindCase: blindCase{body: "Hej\n\nVi vil begge to gerne være med i workshop 4. Anden prioritet har vi ikke.\nMin svoger er vegetar.\n\nMvh\nGrethe Lund\n",
			from: "Grethe Lund", status: "incomplete", missing: []string{"name"}, want: "Grethe Lund:4/-; :4/-"},
			diets: "Grethe Lund=; =vegetarian"},
		{blindCase: blindCase{body: "Hi\n\nMy husband and I would both like to join workshop 2. We have no second choice, that one is fine.\nMy husband doesn't eat pork.\n\nBest\nRuth Berg\n",
			from: "Ruth Berg", subject: "Registration", status: "incomplete", missing: []string{"name"}, want: "Ruth Berg:2/-; :2/-"},
			diets: "Ruth Berg=; =no_pork"},
		// "vi" is everyone
		{blindCase: blindCase{body: "Hej\n\nJeg og min svigerinde vil gerne komme. Vi vil begge to gerne være med i Sundhed & trivsel.\nVi spiser ikke svinekød.\n\nMvh\nGrethe Lund\n",
			from: "Grethe Lund", status: "incomplete", want: "Grethe Lund:2/-; :2/-"},
			diets: "Grethe Lund=no_pork; =no_pork"},
	})
}

// B. A housing estate's name in brackets after its section's number
// ("afdeling 7 (Tranehusene)") or ending as estates do (-husene, -gården,
// -parken, -spjældet, -bakken) is a place, not one more person.
func TestEstateNameIsNoPerson(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi er to fra afdeling 7 (Tranehusene) der gerne vil komme til mødet. Vi vil begge gerne i workshop 3, og anden prioritet 2.\n\nHilsen fra afd. 7\n",
			from: "afd7.tranehusene", status: "incomplete", missing: []string{"name"}, want: ":3/2; :3/2"}},
		{blindCase: blindCase{body: "Hej\n\nVi er to fra afdeling 3 (Herstedlund) der gerne vil komme til mødet. Vi vil begge gerne i workshop 1, og anden prioritet 4.\n\nHilsen fra afd. 3\n",
			from: "afd3", status: "incomplete", missing: []string{"name"}, want: ":1/4; :1/4"}},
		{blindCase: blindCase{body: "Hej\n\nVi er tre fra Birkelundparken, afd. 12, som gerne vil deltage. Vi vil alle gerne på workshop 2 og ellers 1.\n\nVenlig hilsen\nAfdelingsbestyrelsen\n",
			from: "Afd. 12", status: "incomplete", missing: []string{"name"}, want: ":2/1; :2/1; :2/1"}},
		{blindCase: blindCase{body: "Hello\n\nWe are two residents from section 5 (Egebakken) who would like to come. We both want workshop 2, then 3.\n\nRegards from section 5\n",
			from: "afd5", subject: "Registration", status: "incomplete", missing: []string{"name"}, want: ":2/3; :2/3"}},
		// a person named in brackets elsewhere is still one
		{blindCase: blindCase{body: "Hej\n\nVi er to fra afdeling 7, mig og min nabo (Karin Holt). Vi vil begge gerne i workshop 3, og anden prioritet 2.\n\nMvh\nIda Holm\n",
			from: "Ida Holm", status: "complete", want: "Ida Holm:3/2; Karin Holt:3/2"}},
	})
}

// Coverage A. One line with no verb, a name and a choice pair ("3+1",
// "4/1", "ws3, 2. valg ws4") is a whole registration: the name is the
// sender's, "2. valg" is a rank, and the short Danish is Danish.
func TestTelegraphicLineRegisters(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "3+1 Kemal A. tlf 2819 4456\n", from: "kemal82", subject: "tilmelding",
			status: "complete", intent: tilmeld.IntentRegister, want: "Kemal A:3/1"}, phone: "+4528194456"},
		{blindCase: blindCase{body: "Hai N., ws3, 2. valg ws4, tlf 31 22 45 67, ingen svinekød\n", from: "hnguyen82",
			status: "complete", want: "Hai N:3/4"}, diets: "Hai N=no_pork", phone: "+4531224567"},
		{blindCase: blindCase{body: "Leyla K. 4/1 vegetar\n", from: "lk1990", subject: "tilmelding 4/1",
			status: "complete", want: "Leyla K:4/1"}, diets: "Leyla K=vegetarian"},
		{blindCase: blindCase{body: "2+4 Bodil Skov, 40 11 22 33\n", from: "bodil",
			status: "complete", want: "Bodil Skov:2/4"}, phone: "+4540112233"},
		{blindCase: blindCase{body: "Tom H. 2+3 vegetarian\n", from: "tomh", subject: "Registration",
			status: "complete", want: "Tom H:2/3"}, diets: "Tom H=vegetarian"},
		// with the full name in the From line the line's initial completes it
		{blindCase: blindCase{body: "Leyla K. 4/1 vegetar\n", from: "Leyla Kaya",
			status: "complete", want: "Leyla Kaya:4/1"}},
		// "1+1" is a guest brought along, no pair of choices
		{blindCase: blindCase{body: "1+1 Bo Jensen tlf 28 19 44 56\n", from: "bo82", notStatus: "complete"}},
		// a date beside a name is no pair
		{blindCase: blindCase{body: "Kemal A. 4/1-2021\n", from: "", notStatus: "complete"}},
		// a sentence is read as a sentence
		{blindCase: blindCase{body: "Jeg kan ikke den 4/1, Kemal A. kommer i stedet\n", from: "", notStatus: "complete"}},
	})
}

// Coverage B. "For mig: A og så B. Milica: C og så D." gives each person
// her own pair: a label opens the choices of whom it names, and "og så",
// "and then" mark the second choice of the number the label opens with.
func TestForLabelGivesOwnPair(t *testing.T) {
	fwd := "Hej\n\nSender lige min tilmelding videre.\n\n---------- Forwarded message ---------\nFra: Dragan Petrovic <dragan@example.dk>\nDate: man. 14. sep. 2020\nSubject: Tilmelding\nTo: abc@bo-vest.dk\n\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: fwd + "Jeg og min kone Milica P. vil gerne deltage i mødet.\nFor mig: workshop 4 og så 2. Milica: 2 og så 1. Milica har cøliaki.\n\nMvh\nDragan Petrovic\n",
			from: "Dragan Petrovic", subject: "Fwd: Tilmelding", status: "complete", want: "Dragan Petrovic:4/2; Milica P:2/1"},
			diets: "Dragan Petrovic=; Milica P=gluten_free"},
		{blindCase: blindCase{body: "Hej\n\nJeg og min kone Milica P. vil gerne deltage i mødet den 29. september.\nFor mig: workshop 4 og så 2. Milica: 2 og så 1. Milica har cøliaki.\n\nMvh\nDragan Petrovic\n",
			from: "Dragan Petrovic", status: "complete", want: "Dragan Petrovic:4/2; Milica P:2/1"},
			diets: "Dragan Petrovic=; Milica P=gluten_free"},
		{blindCase: blindCase{body: "Hej\n\nMin mand Jonas K. og jeg kommer gerne.\nFor mig: sundhed og så naboskab.\nJonas: 4 og derefter 3.\n\nMvh\nEva Krogh\n",
			from: "Eva Krogh", status: "complete", want: "Eva Krogh:2/1; Jonas K:4/3"}},
		{blindCase: blindCase{body: "Hi\n\nMy wife Ann H. and I would like to attend.\nFor me: workshop 4 and then 2. Ann: 2 and then 1. Ann is gluten intolerant.\n\nBest\nTom Hart\n",
			from: "Tom Hart", subject: "Registration", status: "complete", want: "Tom Hart:4/2; Ann H:2/1"},
			diets: "Tom Hart=; Ann H=gluten_free"},
		// choices only "for me" leave the wife's open
		{blindCase: blindCase{body: "Hej\n\nJeg og min kone Milica P. vil gerne deltage.\nFor mig: workshop 4 og så 2.\n\nMvh\nDragan Petrovic\n",
			from: "Dragan Petrovic", status: "incomplete", missing: []string{"workshop"}, want: "Dragan Petrovic:4/2; Milica P:-/-"}},
	})
}

// Coverage C. "vores nummer 2 er workshop 4" is the second choice, not
// workshop 2; a floor and its house number ("2. sal nr 14"), children's
// count and ages are no workshops; an initial ("Abdirahman F. vi vil ...")
// ends no sentence; children spoken of in a reason ("fordi vores børn
// ...") are not brought along.
func TestSpokenRankAndAddressNumbers(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg hedder Hodan A. W. og jeg bor på Hyldespjældet 2. sal nr 14. Vi har 4 børn, den mindste er 2 år og den største er 19 år.\nMig og min mand Abdirahman F. vi vil gerne komme begge to. Vi vil begge helst i workshop 3 uddannelse fordi vores børn skal have en god fremtid, og så vores nummer 2 er workshop 4 job. Vi spiser kun halal mad begge to.\n\nMvh Hodan\n",
			from: "Hodan Ali Warsame", status: "complete", want: "Hodan Ali Warsame:3/4; Abdirahman F:3/4"},
			diets: "Hodan Ali Warsame=halal; Abdirahman F=halal"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne i workshop 1, og mit nummer 2 er workshop 3. Jeg bor på 3. sal nr. 12.\n\nMvh Asha Nur\n",
			from: "Asha Nur", status: "complete", want: "Asha Nur:1/3"}},
		{blindCase: blindCase{body: "Hej\n\nMin kone Lina B. og jeg kommer begge to. Vores nummer 1 er workshop 2, og vores nummer 2 er workshop 4.\n\nMvh Omar Bakri\n",
			from: "Omar Bakri", status: "complete", want: "Omar Bakri:2/4; Lina B:2/4"}},
		{blindCase: blindCase{body: "Hi\n\nMy husband Sam K. and I will both come. We would like workshop 3, and our number 2 is workshop 1. We live on the 2nd floor no. 14.\n\nBest\nRita Kahn\n",
			from: "Rita Kahn", subject: "Registration", status: "complete", want: "Rita Kahn:3/1; Sam K:3/1"}},
	})
}

// Coverage D. "nr. N" after a person's "fra" or after the place of "Vi
// bor i X, nr. N" is a house number; "Jeg, Susanne D.," is the sender by
// her initial; "Poul D. Jeg vil ..." ends a sentence at the initial, so
// her choices are not his.
func TestHouseNumberAfterPlace(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg har lige snakket med Bent fra nr. 9, som var med sidste gang i 2019, og han sagde det var rigtig hyggeligt. Vi bor i Albertslund Syd, nr. 11.\n\nTilmeld mig og min mand Poul D. Jeg, Susanne D., vil gerne i 2 og 1. Poul har ikke rigtig lyst til at vælge en workshop, han kommer mest for maden og hyggen. Poul er sukkersyg.\n\nMvh\nSusanne Dam\n",
			from: "Susanne Dam", status: "incomplete", missing: []string{"workshop"}, want: "Susanne Dam:2/1; Poul D:-/-"},
			diets: "Susanne Dam=; Poul D=diabetic"},
		{blindCase: blindCase{body: "Hej\n\nVi bor i Vridsløselille, nr. 4. Jeg vil gerne i workshop 3 og ellers 1.\n\nMvh\nKaren Friis\n",
			from: "Karen Friis", status: "complete", want: "Karen Friis:3/1"}},
		{blindCase: blindCase{body: "Hej\n\nJeg har talt med Bent fra nr. 3, som var med sidste år. Jeg vil gerne på sundhed og ellers job.\n\nMvh\nKaren Friis\n",
			from: "Karen Friis", status: "complete", want: "Karen Friis:2/4"}},
		{blindCase: blindCase{body: "Hej\n\nTilmeld mig og min kone Lis K. Jeg vil gerne i 4 og 2. Lis vil gerne i 1 og 3.\n\nMvh\nErik Kold\n",
			from: "Erik Kold", status: "complete", want: "Erik Kold:4/2; Lis K:1/3"}},
		// "Vi" after the initial is everyone
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig og min mand Poul D. Vi vil begge i workshop 1 og 2.\n\nMvh\nSusanne Hansen\n",
			from: "Susanne Hansen", status: "complete", want: "Susanne Hansen:1/2; Poul D:1/2"}},
	})
}

// Coverage E. "Nå," opening the real business is an interjection, no
// name; "I må gerne skrive mig på X" is the sender's own clause whoever
// was spoken of before; "Jeg er type 2-diabetiker" is her diet.
func TestInterjectionOpensBusiness(t *testing.T) {
	reply := "In-Reply-To: <invitation@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej med jer\n\nTak for invitationen, det lyder rigtig spændende. Jeg har snakket med Inger fra 1. sal, og hun vil nok også komme, men hun skriver selv.\n\nNå, men til sagen: I må meget gerne skrive mig på Sundhed og trivsel, helst den, ellers naboskabet. Jeg er type 2-diabetiker, så ikke for meget kage til mig, ha ha.\n\nMange hilsner\nBirthe Kjærgaard\nStuen nr. 5\n23 45 67 89\n",
			from: "Birthe Kjærgaard", subject: "Re: Invitation", headers: reply, status: "complete", want: "Birthe Kjærgaard:2/1"},
			diets: "Birthe Kjærgaard=diabetic", phone: "+4523456789"},
		{blindCase: blindCase{body: "Hej\n\nUndskyld jeg skriver så sent, jeg har haft travlt med børnebørnene hele ugen.\n\nNåh, men I må gerne skrive mig på job, ellers uddannelse.\n\nHilsen\nGerda Holt\n",
			from: "Gerda Holt", status: "complete", want: "Gerda Holt:4/3"}},
		{blindCase: blindCase{body: "Hej\n\nMin mand har travlt den dag, han har fødselsdag hos sin bror.\n\nAltså, tæl mig med på tryghed og så sundhed.\n\nHilsen\nGerda Holt\n",
			from: "Gerda Holt", status: "complete", want: "Gerda Holt:1/2"}},
	})
}

// Coverage F. "I må slette både Anne Thomsen og mig, Lars Thomsen, fra
// listen" withdraws both: the one named and the writer naming himself.
func TestCancelBothNamedAndMe(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nDet er med stor beklagelse, at vi må melde fra. Anne blev indlagt i sidste uge og skal være på hospitalet hele uge 39, og jeg vil gerne være hos hende.\n\nSå I må slette både Anne Thomsen og mig, Lars Thomsen, fra listen.\n\nVenlig hilsen\nLars Thomsen\n",
			from: "Lars Thomsen", subject: "Afmelding", status: "complete", intent: tilmeld.IntentCancel, want: "Lars Thomsen:-/-; Anne Thomsen:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nDet er desværre sådan, at vi ikke kan alligevel. I må fjerne både Bo Lind og mig fra listen.\n\nMvh\nKirsten Lind\n",
			from: "Kirsten Lind", subject: "Afbud", status: "complete", intent: tilmeld.IntentCancel, want: "Kirsten Lind:-/-; Bo Lind:-/-"}},
		{blindCase: blindCase{body: "Hi\n\nWe are sorry, but we have to cancel. Please remove both Anne Thomsen and me, Lars Thomsen, from the list.\n\nBest\nLars Thomsen\n",
			from: "Lars Thomsen", subject: "Cancellation", status: "complete", intent: tilmeld.IntentCancel, want: "Lars Thomsen:-/-; Anne Thomsen:-/-"}},
	})
}

// Coverage G. "Tæl mig med" and "Regn med mig" sign the sender up; "jeg
// vender tilbage" about the workshop only puts off the choice.
func TestCountMeInDefersWorkshop(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMustafa her fra kiosken på Kanalens Kvarter. Jeg holder åbent til kl. 16 på tirsdage, men min nevø kan tage over, så jeg kan nå det.\n\nTæl mig med. Hvilken workshop jeg skal i har jeg ikke bestemt, det må jeg lige tænke over, jeg vender tilbage.\n\nSkriv endelig hvis der er noget, eller ring 31 45 67 89.\n\nMvh\nMustafa Yilmaz\n",
			from: "Mustafa Yilmaz", subject: "Mødet 29. september", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"workshop"}, want: "Mustafa Yilmaz:-/-"},
			phone: "+4531456789"},
		{blindCase: blindCase{body: "Hej\n\nRegn med mig til mødet. Workshop har jeg ikke valgt endnu, jeg vender tilbage.\n\nMvh\nGül Demir\n",
			from: "Gül Demir", subject: "Mødet", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"workshop"}, want: "Gül Demir:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nTæl os med, mig og min kone Sibel D. Vi vil begge gerne i workshop 2 og ellers 1.\n\nMvh\nMurat Demir\n",
			from: "Murat Demir", subject: "Mødet", status: "complete", intent: tilmeld.IntentRegister, want: "Murat Demir:2/1; Sibel D:2/1"}},
		{blindCase: blindCase{body: "Hi\n\nCount me in. I haven't decided on a workshop yet, I'll get back to you.\n\nBest\nMustafa Yilmaz\n",
			from: "Mustafa Yilmaz", subject: "Meeting", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"workshop"}}},
	})
}

// Coverage H. "Vores bestyrelse er 5 personer" says how big a group is,
// not how many come; "men hun skriver selv" leaves that person, and the
// workshop she takes, to her own mail.
func TestGroupSizeAndOwnMail(t *testing.T) {
	reply := "In-Reply-To: <invitation@bo-vest.dk>\r\n"
	quote := "\n\nDen 1. sep. 2020 kl. 10.00 skrev ABC <abc@bo-vest.dk>:\n> Kære beboere\n> Vi inviterer til netværksmøde den 29. september.\n> Tilmeld dig senest 21. september.\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nTak for invitationen. Vores bestyrelse er 5 personer, og Pia har sagt hun tager workshop 3, men hun skriver selv.\n\nJeg selv: først tryghed, dernæst sundhed.\n\nMvh\nOle B. Sørensen" + quote,
			from: "Ole B. Sørensen", subject: "Re: Invitation til netværksmøde", headers: reply, status: "complete", want: "Ole B. Sørensen:1/2"}},
		{blindCase: blindCase{body: "Hej\n\nMin nabo Karen spurgte om jeg ville med, og hun kommer vist også, men hun melder sig selv til.\n\nJeg vil gerne på job, ellers uddannelse.\n\nHilsen\nOle Bak\n",
			from: "Ole Bak", status: "complete", want: "Ole Bak:4/3"}},
		{blindCase: blindCase{body: "Hej\n\nVi holder 40-års jubilæet i foreningen i oktober med 240 gæster. Jeg vil gerne i workshop 1 og så 2.\n\nHilsen\nOle Bak\n",
			from: "Ole Bak", status: "complete", want: "Ole Bak:1/2"}},
		{blindCase: blindCase{body: "Hi\n\nOur board is 6 people, and Tina will take workshop 4, but she will register herself.\n\nMe: workshop 2, then 3.\n\nBest\nOle Bak\n",
			from: "Ole Bak", subject: "Registration", status: "complete", want: "Ole Bak:2/3"}},
		// a family's size may be who comes, and a board that all come counts
		{blindCase: blindCase{body: "Hej\n\nVores familie er 4 personer, og vi vil alle gerne med. Workshop 2 og så 1.\n\nMvh\nAli Hassan\n",
			from: "Ali Hassan", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nVores bestyrelse er 3 personer, og vi kommer alle. Workshop 2 og så 1.\n\nMvh\nAli Hassan\n",
			from: "Ali Hassan", notStatus: "complete"}},
		// one who writes herself about her choice is still signed up here
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder mig og min datter Malika Bak. Jeg vil gerne på workshop 2 og så 1. Malika skriver selv hvilken workshop hun vil på.\n\nHilsen\nOle Bak\n",
			from: "Ole Bak", status: "incomplete", missing: []string{"workshop"}, want: "Ole Bak:2/1; Malika Bak:-/-"}},
	})
}

// Coverage I. "no meat but fish is fine" is pescetarian, the fish its
// exception; "no lactose please", "ingen laktose" are lactose_free: every
// food word of the sentence is used by a tag, and nothing is left over.
func TestDietUpdateInPlainWords(t *testing.T) {
	reply := "In-Reply-To: <receipt@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi\n\nA small change: it turns out I'm lactose intolerant, the doctor told me last week. So my diet is now: no meat but fish is fine, and no lactose please.\n\nWorkshops stay the same.\n\nBest\nEmma Clark\n",
			from: "Emma Clark", subject: "Re: Your registration", headers: reply, status: "complete", intent: tilmeld.IntentUpdate},
			diets: "Emma Clark=lactose_free,pescetarian"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne i workshop 2 og så 1. Intet kød, men fisk er fint, og ingen laktose tak.\n\nMvh\nEmma Holm\n",
			from: "Emma Holm", status: "complete", want: "Emma Holm:2/1"}, diets: "Emma Holm=lactose_free,pescetarian"},
		{blindCase: blindCase{body: "Hi\n\nI'd like workshop 3, then 4. No gluten please.\n\nBest\nTom Reed\n",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:3/4"}, diets: "Tom Reed=gluten_free"},
		// a food after the exception that no tag uses is still for staff
		{blindCase: blindCase{body: "Hi\n\nI'd like workshop 3, then 4. No meat but fish is fine, and chicken on Sundays.\n\nBest\nTom Reed\n",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
	})
}

// Coverage J. "Jeg vil gerne komme, men ... Må jeg tage hende med? ... Jeg
// skriver igen når jeg ved det" asks staff and puts the sign-up off: a
// question, not yet a registration; the baby she asks to bring is no
// attendee.
func TestQuestionsPutSignUpOff(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil meget gerne komme, men jeg har en baby på 6 måneder som jeg ammer, så jeg kan ikke være væk fra hende så længe. Må jeg tage hende med? Og er der nogen der kan oversætte til tigrinya, for mit dansk er ikke så godt endnu? Jeg skriver igen når jeg ved det.\n\nMange tak\nSelam\n",
			from: "Selam Tesfaye", subject: "Spørgsmål om mødet", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne være med, men kan man få tolk til somali? Vi vender tilbage, når vi har hørt fra jer.\n\nMvh Hodan\n",
			from: "Hodan Ali", subject: "Mødet", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\n\nI would love to come, but I have a 4 month old baby. Can I bring her? I will write again when I know.\n\nBest\nSelam\n",
			from: "Selam Tesfaye", subject: "Meeting", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		// choices given: a registration that asks, the baby no attendee
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne i workshop 2 og så 1. Jeg har en baby på 6 måneder som jeg ammer. Må jeg tage hende med?\n\nMvh Selam Tesfaye\n",
			from: "Selam Tesfaye", intent: tilmeld.IntentRegister, want: "Selam Tesfaye:2/1"}, asks: "yes"},
	})
}
