package parser

// Danish. Every phrase is folded: lower case, æ ø å as ae oe aa.

// daRegister: the sender signs up (herself or others).
var daRegister = []string{
	`tilmelder (mig|os|hermed)`, `tilmelde (mig|os)`, `tilmeldes`, `tilmelding(er)?`, `tilmeldinger`,
	// the official third person: "Kirsten B., formand for ..., tilmelder sig hermed"
	`tilmelder sig (hermed|herved)`, `tilmelder sig (hermed |herved )?(til )?(moedet|netvaerksmoedet|arrangementet)`,
	`(vil|ville) (\w+ )?(gerne|meget gerne|rigtig gerne|rigtigt gerne) (deltage|vaere med|med|komme|tilmelde)`,
	`(jeg|vi) (vil|ville) (gerne )?(deltage|vaere med|med|komme)`,
	// a companion, a count or a time put between "gerne" and the verb:
	// "vil gerne, sammen med min veninde Eva Lund, være med", "vil meget
	// gerne begge to deltage", "vil også gerne i år, ligesom sidste år,
	// komme", "vil rigtig gerne på tirsdag komme til mødet"
	`(vil|ville) (\w+ )?(gerne|meget gerne|rigtig gerne|rigtigt gerne),? sammen med ([\w.\-]+ ){1,5}?[\w.\-]+,? (deltage|vaere med|komme)`,
	`(vil|ville) (\w+ )?(gerne|meget gerne|rigtig gerne|rigtigt gerne) (begge|alle)( to| tre| fire| fem| sammen)? (deltage|vaere med|komme|med)`,
	`(vil|ville) (\w+ )?(gerne|meget gerne|rigtig gerne|rigtigt gerne)( igen)? (i aar|paa tirsdag|tirsdag)( igen)?(, (ligesom|som) (sidste aar|sidst|i fjor|tidligere|altid),)? (deltage|vaere med|komme)`,
	// a relative clause puts "gerne" first: "Else Dam, som gerne vil med"
	`(som|der) gerne (vil|ville) (deltage|vaere med|med|komme)`,
	`(jeg|vi) (kommer|deltager)( gerne)?`, `ja tak`, `skriv(e)? (mig|os) (paa|op)`, `deltager gerne`,
	// "Skriv mig endelig på", "sæt mig gerne på": "endelig" here is "by all means"
	`(skriv|saet) (mig|os) (endelig|gerne|bare|lige|venligst) (paa|op)\b`,
	// "skriv Hamid Karimi og mig (Nasrin Karimi) op": sign them up
	`skriv [^.?\n]{3,60}? op\b`,
	// an order: "Tilmeld mig til mødet", "Tilmeld mig: 2 og 1", "meld os på 3"
	`tilmeld (mig|os)`, `(saet|meld) (mig|os) (op |paa |til )+(workshop |ws )?\d`, `meld (mig|os) (til|paa)`,
	// "jeg melder mig til 1 og 3": to sign up, the opposite of "melde fra"
	`(jeg|vi) melder (mig|os) (hermed |herved |gerne )?(til|paa)`,
	// "Zeynep og min søster Elif kommer begge to": those named come
	`\bog ([\w.\-]+,? ){1,5}kommer (begge|alle)( to| tre| fire| fem)?\b`,
	`hermed (min|vores)`, `vaelger (nummer|nr|workshop)`, `oensker workshop`, `her er (min|vores) tilmelding`,
	// typed in haste on a phone: "jeg vil gerne kom til mødet", "vil gerne deltag"
	`(jeg|vi) (vil|ville) (\w+ )?(gerne )?(kom|komer|komm|deltag|deltge|delage) (til|paa|i)`,
	// "vi er to fra bestyrelsen, der gerne vil deltage", "vi er tre der kommer"
	`(jeg|vi) er (\w+,? ){0,7}(der|som) (gerne )?(vil|ville) (\w+ )?(gerne )?(deltage|vaere med|med|komme)`,
	`vi er (to|tre|fire|fem|seks|\d) (\w+,? ){0,7}(der|som) (kommer|deltager)`,
	// "Jeg, Karim H., og min kone Leila H. kommer på tirsdag": the sender
	// and those she names come to the meeting
	`(jeg|vi),? ([\w.\-]+,? ){1,8}kommer (paa (mandag|tirsdag|onsdag|torsdag|fredag)|til (moedet|netvaerksmoedet|arrangementet))`,
	// "Jeg og min svoger Karim Aziz kommer gerne", "jeg og min nabo deltager
	// i mødet": the sender and those she names after "og"; a bare "kommer"
	// may go on "ikke" (a cancellation)
	`(jeg|vi) og ([\w.\-]+,? ){1,6}(kommer|deltager) (gerne|begge|allesammen|i|til|paa|den|d)\b`,
	// a board or a club sends or signs up a number of people
	// ("Afdelingsbestyrelsen sender to personer: ...")
	`(sender|tilmelder) (to|tre|fire|fem|seks|\d) (personer|deltagere|repraesentanter|medlemmer|beboere|frivillige|kolleger|kollegaer)\b`,
	// "Tæl mig med", "Regn med mig": count the sender in
	`(tael|taelle) (mig|os) med`, `regn(e)? (bare )?med (mig|os)`,
}

// daRegisterNot: a register phrase that is only a plan, not a sign-up ("før jeg tilmelder mig").
var daRegisterNot = []string{`(jeg|vi) (kommer|vender) tilbage`, `(jeg|vi) kommer (maaske|muligvis|maaske ogsaa)`, `(foer|inden|hvis) (jeg|vi) (tilmelder|melder)`, `tilmeldt (nyhedsbrev|\w+ nyt)`, `tilmeld dig`,
	`(skal|kan|maa|boer) (man|jeg|vi) (\w+ ){0,2}tilmelde`, `(skal|kan|maa|boer) (man|jeg|vi) (\w+ ){0,2}melde`, `hvordan (tilmelder|melder) (man|jeg|vi)`,
	// others asked to sign up themselves, as the invitation is passed on
	// ("meld jer gerne selv til hos ABC")
	`(meld|tilmeld) (jer|dig) (gerne |bare |endelig |venligst )?(selv )?(til|direkte|hos)`}

// daSignUpLater: a sign-up put off until something is known ("vi
// tilmelder os, når vi ved det", "jeg tilmelder mig, hvis der er"): no
// sign-up yet.
// "Først" puts it off only before a when ("jeg tilmelder mig først, når
// ..."): "tilmelde mig sundhed først" ranks a workshop.
var daSignUpLater = []string{`(jeg|vi) (tilmelder|melder) (mig|os)( til)?,? (\w+ )?(naar|hvis|saa snart|saasnart|senere|foerst,? (naar|hvis|efter|saa snart))`,
	`(tilmelder|melder) (jeg|vi) (mig|os)( til)?,? (\w+ )?(naar|hvis|saa snart|saasnart|senere|foerst,? (naar|hvis|efter|saa snart))`,
	`(vil|ville) (gerne )?(tilmelde|melde) (mig|os)( til)?,? (\w+ )?(naar|saa snart|saasnart|senere|foerst,? (naar|hvis|efter|saa snart))`,
	// "Jeg skriver igen når jeg ved det", "vi vender tilbage, når vi har hørt fra jer"
	`(jeg|vi) (skriver|vender|melder) (igen|tilbage)( til jer)?,? (naar|saa snart|saasnart) (jeg|vi) (ved|har|hoerer|faar)`}

// daCancel: the sender withdraws.
var daCancel = []string{
	`meld(e|er)? afbud`, `afbud`, `meld(e|er)? (mig |os )?fra`, `afmeld(e|er|ing)?`,
	`(kan|kommer) (\w+ )?(desvaerre )?ikke (komme|deltage|vaere med)`, `kommer (desvaerre )?ikke`,
	// "Desværre kan min mand og jeg ikke komme": the verb before a subject of two
	`(kan|kommer) (min|mit|vores) \w+ og jeg (desvaerre )?ikke (komme|deltage|vaere med)`,
	`ikke (kan )?(komme|deltage) alligevel`, `(kommer|deltager|kan) (\w+ )?alligevel ikke( komme| deltage| vaere med)?`, `trukket (mig|os)`, `slet(te)? (venligst |gerne |bare |lige )?(min|vores) tilmelding`, `annull?er(e)? (venligst |gerne |bare |lige )?(min|vores) (tilmelding|deltagelse|plads)`, `frameld\w*`,
	`traekke?r? (min|vores) tilmelding( tilbage)?`, `(er|bliver|blevet) (desvaerre )?forhindret`,
	`traekke?r? (mig|os)( ud| tilbage)?`, `(er|bliver) (maaske|muligvis|eventuelt|nok|formentlig) forhindret`, `kommet noget i vejen`, `kan (\w+ )?ikke (\w+ )?alligevel`, `spring(e|er)? fra`,
	`(kan|kommer) (\w+ )?(desvaerre )?ingen af os (komme|deltage|vaere med)`, `ingen af os (kan|kommer)( desvaerre)?( komme| deltage)?`,
	`aflys(e|er)? (min|vores) (deltagelse|tilmelding|plads\w*)`, `(noedt til at|maa|skal) (desvaerre )?aflyse`, `fjern(e)? (mig|os|min tilmelding|vores tilmelding)`, `(faaet|fik|har|melde?r?) forfald`, `dropp(e|er) (moedet|arrangementet|netvaerksmoedet)`,
	// "hverken Sahra eller jeg kan komme": two withdrawn by a positive verb
	`hverken (\w+ ){1,4}eller (\w+ ){1,3}(kan|kommer|faar)( \w+)? (komme|deltage|vaere med|med)`,
	// "I må slette både mig og Kurt", "slet os begge", "vi har fået forhindringer"
	// "Vil I melde dem fra?", "ingen af de tre beboere ... kan alligevel deltage"
	`meld(e|er)? (dem|ham|hende) fra`, `(kan|kommer) (desvaerre )?ingen af (de|dem) (\w+ ){0,3}(\w+,? ){0,8}(alligevel )?(komme|deltage|vaere med)`,
	`slet(te)? (baade )?(mig|os)`, `slet(te)? (venligst |lige |bare )?(min|vores) tilmelding`,
	// "Vi melder begge fra", "vi melder os alle fra"
	`meld(e|er)? (os |mig )?(begge( to)?|alle( sammen)?) fra`, `tag(e)? (mig|os) (af|ud af) listen`, `(faaet|fik) forhindring(er)?`, `fjern(e)? baade (mig|os)`, `stryg(e)? (baade )?(mig|os)`,
	// a person added in an earlier mail taken back ("Glem det jeg skrev om
	// Poul", "Poul kommer alligevel ikke")
	`glem (nu |bare )?(det|alt det|hvad|det som|det,) ?(jeg|vi) (skrev|sagde) om`, `kommer (\w+ )?alligevel ikke`,
	// "I må slette både Anne Thomsen og mig, Lars Thomsen, fra listen"
	`(slet(te)?|fjern(e)?|stryg(e)?) baade (\w+ ){1,3}og (mig|os)`,
	// "I kan give min plads til en anden", "min plads kan gå videre"
	`(give|giv|gi) (min|vores) plads(er)? (videre )?til (en|nogle) anden?`, `(min|vores) plads(er)? (kan|maa) (gives|gaa) (videre|til en anden)`,
	// "jeg har desværre ikke mulighed for at deltage"
	`(har|faar) (\w+ )?ikke (mulighed|tid|lejlighed) (for |til )?at (komme|deltage|vaere med)`,

	// "så er det bedre at I sletter min tilmelding"
	`sletter (mig|os|min tilmelding|vores tilmelding)`,
	// "Bo skal ikke med alligevel", "Bo er alligevel ikke med"
	`(skal|er) (desvaerre )?ikke med alligevel`, `(skal|er) alligevel (desvaerre )?ikke med`,
}

// daForgetAbout: what was written about someone taken back ("Glem det jeg
// skrev om Poul"); a withdrawal only when a person follows.
var daForgetAbout = []string{`glem (nu |bare )?(det|alt det|hvad|det som|det,) ?(jeg|vi) (skrev|sagde) om`}

// daMaybe: doubt that keeps a cancellation from being clear.
var daMaybe = []string{`maaske`, `muligvis`, `vender tilbage`, `ved ikke (helt )?om`, `usikker`, `om jeg kan`,
	// "jeg kommer nok ikke", "det er muligt at jeg ikke kan", "formentlig ikke"
	`(kommer|kan|naar|bliver) (jeg |vi )?nok ikke`, `sandsynligvis`, `formentlig`, `det er muligt,? (at )?(jeg|vi)`,
	// "jeg kan blive nødt til at melde fra", "jeg ved det først på fredag"
	`kan (\w+ )?blive noedt til`, `det kan (godt )?vaere,? (at )?(jeg|vi)`, `giver (jer |dig )?besked (saa snart|naar|senere)`, `ved det (foerst|ikke endnu)`, `(lad|behold) (mig|os) (\w+ )?(staa )?paa listen`}

// daChoiceLater: someone comes but has not chosen her workshop yet ("Peter
// har ikke besluttet sig endnu for workshop – han vender tilbage"): a doubt
// about the choice, not about coming.
var daChoiceLater = []string{`ikke (\w+ )?(besluttet|bestemt|valgt) (sig )?(endnu )?(for |om |paa )?(hvilken |en |nogen |sin |sine )?workshop\w*`,
	`ved (endnu )?ikke (endnu )?hvilken workshop`, `(vaelger|beslutter) (sig )?(sin |en )?(workshop )?senere`}

// daUpdate: a change to an earlier registration.
var daUpdate = []string{
	`aendre`, `aendring`, `skifte`, `skift`, `bytte? om`, `bytte? rundt`, `byt`, `rette`, `ret`, `tilfoeje`, `tilfoej`, `vende? (gerne |lige |venligst )?(om paa )?(raekkefoelgen|ordenen)`, `vende? (gerne |lige |venligst )?(dem|de to|det) om`,
	`opdatere`, `flytte`, `min tilmelding`, `(skrive|saette|skriv|saet) (\w+ ){1,4}paa (ogsaa|med)`, `(skrive|saette|skriv|saet) (en|et|to|tre) (\w+ )?(mere|til|flere) (paa|paa vores|med)`, `ogsaa (tilmelde|skrive|saette) (min|mit|mine|vores)`, `(jeg|vi) (skrev|har skrevet|kom til at skrive) (\w+,? ){1,5}men (jeg |vi )?(mener|mente)`, `rettelse\w* (til|i|af) (min|vores|jeres|vor) tilmelding`, `(jeg|vi) er tilmeldt`, `alligevel hellere`, `som foer`,
	`(vil|skal) (\w+ )?ogsaa? (gerne )?(med|deltage)`, `i stedet( for)?`, `istedet( for)?`,
	`(har|havde) (\w+ )?(skiftet mening|ombestemt sig)`, `fortrudt (sit|sine|mit|mine|hendes|hans) valg`, `komme over`, `flytte over`, `skifte over`, `rykke over`, `over i workshop`, `over paa workshop`,
	// "nr. 2 er uændret job", "mit førstevalg er stadig naboskab": one choice
	// kept beside another that changes
	`(nr\.?|nummer) [12]\.? (er|forbliver|bliver) (stadig |fortsat )?uaendret`,
	`(mit|min) (foerstevalg|andetvalg|foerste valg|andet valg|foerste prioritet|anden prioritet) (er|forbliver|bliver) (stadig|fortsat|uaendret)`,
}

// daAlready: the sender is registered before this mail; with someone else
// named, the mail adds that person to her registration.
var daAlready = []string{`allerede (tilmeldt|meldt til)`, `tilmeldt i forvejen`, `(har|havde) allerede (tilmeldt|meldt) (mig|os)`,
	`(jeg|vi) (er|var) (jo )?tilmeldt`,
	// the one she writes for: "min mor, som var tilmeldt workshop 2"
	`(hun|han|de|som) var (jo |allerede )?tilmeldt`, `tilmeldte (mig|os) (allerede|tidligere|i gaar|forleden|i sidste uge|for nylig)`,
	`meldte (mig|os) (allerede|tidligere|i gaar|forleden|i sidste uge|for nylig)`,
	// the time after the workshop, or before an inverted verb: "jeg meldte
	// mig til workshop 3 i sidste uge", "i forrige uge tilmeldte jeg mig",
	// "undertegnede meldte sig i forrige uge på 4"
	`tilmeldte (mig|os|sig) (\w+ ){0,4}(i gaar|forleden|i (sidste|forrige) uge|for nylig)`,
	`meldte (mig|os|sig) (til|paa) (\w+ ){0,3}(i gaar|forleden|i (sidste|forrige) uge|for nylig)`,
	`meldte sig (allerede|tidligere|i gaar|forleden|i (sidste|forrige) uge|for nylig)`,
	`(i gaar|forleden|i (sidste|forrige) uge|for nylig) (tilmeldte|meldte|skrev) (jeg|vi) (mig|os)`,
	`(staar|er) (allerede )?paa (listen|deltagerlisten)`,
	`(tilmeldte|meldte) (mig|os) (\w+ ){1,4}siden`, `(jeg|vi) har (tidligere|jo) (tilmeldt|meldt) (mig|os)`,
	`tak for (kvittering\w*|bekraeftelse\w*)`, `(modtaget|faaet|fik) (\w+ )?(kvittering\w*|bekraeftelse\w*)`,
	`(min|vores) (egen |egne )?tilmelding(er)? (er|forbliver|staar|bliver) (\w+ )?(uaendret|uaendrede|ved magt|som (den|de) (er|var)|som foer)`,
	`(min|vores) (egen |egne )?tilmelding(er)? (gaelder|staar) (stadig|fortsat)`, `(jeg|vi) er (stadig|fortsat) tilmeldt`,
	// "mine valg er uændrede": she keeps the choices she has
	`(mine|vores) (egne )?(valg|prioriteter|workshops?) (er|forbliver|bliver) (\w+ )?(uaendret|uaendrede|de samme|som (de|den) er)`,
	// "Har I modtaget min tilmelding?", "er min tilmelding kommet igennem?":
	// one sent before
	`(modtaget|faaet|fik|set) (min|vores) tilmelding`, `(min|vores) tilmelding (er )?(kommet|gaaet) (igennem|frem|med)`,
	// the plain perfect with a time or the meeting after it ("jeg har
	// skrevet mig op i sidste uge"): without one, "jeg har tilmeldt mig
	// workshop 2" in a first mail is this registration
	`(jeg|vi) har (tilmeldt|meldt|skrevet) (mig|os) (op |til )?(i sidste uge|sidste uge|tidligere|forleden|i gaar|for nylig|i forvejen|for (\w+ ){1,4}siden)`,
	`(jeg|vi) har (tilmeldt|meldt) (mig|os) til (moedet|netvaerksmoedet|arrangementet)[.,] (og )?nu`,
	`(jeg|vi) har vaeret tilmeldt`, `(min|vores) tilmelding (sendte|skrev) (jeg|vi)`}

// daNoReceipt: no receipt came, so whether she is registered is asked,
// not said ("har ikke fået nogen kvittering").
var daNoReceipt = []string{`(ikke|aldrig|endnu ikke|stadig ikke) (\w+ ){0,2}(modtaget|faaet|fik) (\w+ )?(kvittering\w*|bekraeftelse\w*)`,
	`(ingen|ikke nogen|ikke en) (kvittering\w*|bekraeftelse\w*)`}

// daOneMore: in a reply, someone joins those already registered ("vi
// bliver en mere", "min søn vil også komme med … ligesom os").
var daOneMore = []string{`(vi|i) bliver (en|et|to|tre) (mere|til|flere)`, `(en|to|tre) (mere|flere) (med|fra|til)`,
	`ligesom (os|mig)`, `(han|hun|de) (vil|skal|kommer) (\w+ )?ogsaa (gerne )?(komme|deltage|med)`,
	`(vil|skal) ogsaa (gerne )?(deltage|komme med|med)`,
	// the order of a clause after "fordi", "da", "at": "fordi min svoger
	// Karl Dahl også vil med", "at min mor gerne også vil med", "også har
	// lyst til at komme"
	`(ogsaa|gerne ogsaa|ogsaa gerne) (vil|skal) (gerne )?(deltage|komme med|med|komme)`,
	`ogsaa (har|havde) lyst til at (deltage|komme med|komme|vaere med)`,
	// "Vi vil gerne have Asha Nur med også": one more brought along
	`have (\w+ ){1,3}med (ogsaa|oveni|derudover)`, `ogsaa (gerne )?have (\w+ ){1,3}med`}

// daAddsToo / enAddsToo: the sender, registered already, signs up one
// more ("tilmelde min kollega Ole også", "ligesom mig", "Hej igen").
var daAddsToo = []string{`tilmelde (\w+,? ){1,5}ogsaa`, `ogsaa (gerne )?(vil )?tilmelde`, `ligesom (mig|jeg)`, `(hej|hejsa|hallo|goddag) igen`,
	`(udover|ud over|foruden) mig( selv)?`, `(som|der er) (allerede )?tilmeldt i forvejen`}

// daAlsoAddKin: the sender asks to have someone of hers written on too
// ("Vil I også skrive min søster på?", "sæt min mand på med"); in a first
// sign-up of her own it is part of that registration (signsUpWithKin).
var daAlsoAddKin = []string{`ogsaa (tilmelde|skrive|saette) (min|mit|mine|vores)`, `(skrive|saette|skriv|saet) (min|mit|mine|vores) (\w+ ){1,3}paa( ogsaa| med)?`}

// daAlsoComing: in a reply, someone else comes too ("min søn Jonas
// også kommer med", "Karim kommer også med"); alsoComing drops a hit
// whose subject is the sender or the group ("jeg kommer også").
var daAlsoComing = []string{`(kommer|deltager) ogsaa( med)?`, `ogsaa (kommer|deltager)( med)?`, `kommer med ogsaa`}

// daForgotSay say that the sender forgot to tell something ("jeg glemte
// at nævne, at ..."): the "jeg" of it chooses nothing for her.
var daForgotSay = []string{"glemte", "glemt"}

// daForgotTold: the sender forgot to tell something in her earlier mail
// ("jeg glemte at skrive workshop", "glemte det vigtigste", "skulle også
// have skrevet"); forgotField. daForgotNotField follow the verb when she
// forgot the sign-up itself ("glemte at skrive mig på").
var daForgotTold = []string{`glem(te|t) (\w+ ){0,2}(at )?(skrive|sige|naevne|oplyse|fortaelle|tilfoeje|angive|give jer)`,
	`glem(te|t) (\w+ ){0,2}det vigtigste`, `glem(te|t) (at skrive |at sige |at naevne )?(hvilke |hvilken |mine |min )?(workshop\w*|valg)`,
	`skulle (ogsaa |lige )?have (skrevet|sagt|naevnt|oplyst|tilfoejet)`}
var daForgotNotField = []string{"mig", "os", "tilbage", "foer", "inden", "til", "ind"}

// daOneSelf are the sender alone, as subject or object ("jeg", "mig"): a
// sentence with them that chooses is about her, not only about one more.
var daOneSelf = []string{"jeg", "mig"}

// daOwnSignUp after "min"/"mit" is the sender's own sign-up or choice
// ("Hermed min tilmelding", "Mit førstevalg er ...").
var daOwnSignUp = []string{"tilmelding", "foerstevalg", "andetvalg", "foersteprioritet", "andenprioritet", "valg", "prioritet", "prioriteter", "oenske", "oensker"}

// daAnswersInQuote: the sender typed her answers into the mail she quotes
// ("jeg har skrevet mine svar ind i jeres mail nedenfor").
var daAnswersInQuote = []string{`(skrevet|skriver|sat|saetter) (\w+ ){0,3}svar\w* (ind )?(i|under) (jeres|din|den|mailen|invitationen)`,
	`svar\w* (staar|er skrevet|finder i) (\w+ )?(nedenfor|forneden|i (jeres|din) mail)`, `(mine|vores) svar (ind )?i (jeres|din) mail`,
	// "Svarer lige inde i jeres mail", "se mine svar nedenfor"
	`svarer (lige |bare )?(inde )?i (jeres|din|mailen|invitationen)`, `se (mine|vores) svar (nedenfor|herunder|forneden|i (jeres|din) mail)`,
	// "mine svar står inde i teksten herunder", "se en rettelse nedenfor"
	`svar\w* (staar|er skrevet) (inde )?i (teksten|mailen|jeres mail|din mail)`, `se (en |min |mine )?(rettelse|rettelser|kommentar|kommentarer) (nedenfor|herunder|forneden|inde i teksten)`,
	// Outlook has no quote marks: "mine svar står med rødt", "jeg har skrevet med blåt i jeres mail"
	`svar\w* (staar |er )?(med|i) (roed|roedt|blaa|blaat|groen|groent|gul|gult|fed)`,
	`(skrevet|skriver|markeret|svaret) (\w+ ){0,2}(med|i) (roed|roedt|blaa|blaat|groen|groent|gul|gult)( skrift| tekst| farve)? (i|inde i) (jeres|din|mailen|invitationen|teksten)`}

// daReceiptQuote: the bot's receipt, seen in the quote of a reply to it.
var daReceiptQuote = []string{`tak for din tilmelding til`, `vi har forstaaet din tilmelding`,
	// the bot's question for what a registration lacks
	`tak for din tilmelding`, `(for at goere den faerdig )?mangler vi`, `vi mangler (stadig |lidt)`}

// daAddRequest asks the bot to add someone the sender names.
var daAddRequest = []string{`(kan|vil|gider|kunne) (i|du) (\w+ ){0,2}(tilfoeje|tilmelde|skrive|saette) (mig og |mig selv og )?(min|mit|mine|vores|en|et)`,
	// asked of herself: "Må jeg lige tilføje min kollega?", "Kan vi sætte én mere på?"
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}tilfoeje (min|mit|mine|vores) `, `(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}saette (en|et|endnu en) (\w+ )?(mere|til) paa`}

// daAddNamedRequest: the same request before a name ("Kan I tilmelde
// Birthe Lund?").
var daAddNamedRequest = []string{`(kan|vil|gider|kunne) (i|du) (venligst |lige |ogsaa |godt )?(tilfoeje|tilmelde|melde|saette|skrive)`,
	`(kan|kunne|maa) (jeg|vi) (lige |ogsaa |godt )?tilfoeje`}

// daSubstitute: someone else takes the sender's seat.
var daSubstitute = []string{`tager (min|hans|hendes) plads`, `i (mit|hans|hendes) sted`, `overtager (min|hans|hendes) plads`,
	`(kommer|komme|deltager|deltage|gaar|gaa) i stedet`, `i stedet for (mig|ham|hende)`,
	`(tage|overtage|overtager|faa|faar) (min|hans|hendes) (plads|tilmelding)`, `faaet (min|hans|hendes) plads`,
	// "kan vi bytte hende ud med Gülten", "Gülten tager Ingers plads"
	`bytte? (\w+ ){1,2}ud med`, `udskifte? (\w+ ){1,2}med`, `tager \w+(s|') plads`,
	// "hans plads kan gå til min nabo", "giv min plads til min søster": a
	// seat handed on to someone named, not left for the waiting list
	`(min|hans|hendes) plads (kan|maa|skal) (gerne |saa |bare )?(gaa|gives) til (min|mit|vores|hans|hendes)`,
	`giv (venligst )?(min|hans|hendes) plads til (min|mit|vores|hans|hendes)`,
	// "kan jeg tage min søster med i stedet?", "min søster kommer med i stedet"
	`(tage|tager|tag) (\w+ ){1,3}med i stedet`, `(kommer|komme|kan) med i stedet`,
	// "Rikke Due overtager pladsen", "så sender jeg min souschef i stedet"
	`(overtager|overtage) (\w+ ){0,4}pladsen`, `sender (\w+ ){1,5}i stedet`}

// daStandIn name a stand-in with the person between the verb and "i
// stedet" ("kommer min kollega Rikke i stedet"); standInIf reads them only
// after a condition, where no workshop is meant.
var daStandIn = []string{`(kommer|deltager|moeder|gaar) (\w+ ){1,5}i stedet`, `(tager|overtager) (\w+ ){1,5}(min|mit) (plads|sted)`}

// daStandInRoles are people of work who may stand in ("min souschef").
var daStandInRoles = []string{"souschef", "stedfortraeder", "leder", "chef", "afloeser", "suppleant", "vikar", "medarbejder", "formand", "naestformand"}

// daStandInIf: a condition on the sender's own coming ("hvis jeg bliver
// syg", "i tilfælde af afbud"); daStandInIfFirst put the verb first and
// are a condition only at the start of the sentence ("Bliver jeg syg, ...",
// "Skulle jeg blive forhindret, ...").
var (
	daStandInIf = []string{`hvis (ikke )?(jeg|vi)`, `hvis det (skulle ske|sker)`, `skulle det (ske|blive|vise sig)`, `i tilfaelde`, `i fald`,
		`saafremt (jeg|vi)`, `skulle (jeg|vi)`, `(hvis|saafremt) (\w+ ){0,2}(forhindret|forfald|afbud|syg)`}
	daStandInIfFirst = []string{`bliver (jeg|vi)`, `er (jeg|vi) (forhindret|syg)`, `faar (jeg|vi)`, `kan (jeg|vi) (alligevel )?ikke`}
)

// daSenderReplaces: the sender takes another's place ("jeg kommer så i
// stedet for hende", "jeg overtager hendes plads").
var daSenderReplaces = []string{`jeg (\w+ ){0,3}i stedet for (ham|hende|min kollega)`, `jeg (overtager|tager) (hans|hendes) plads`}

// daConditional: a change that depends on room.
var daConditional = []string{`hvis der (stadig |fortsat |endnu )?er (plads|ledige pladser|ledig plads)`}

// daRoomAsk asks whether there is room ("Er der stadig plads?", "Har I
// plads til én mere?").
var daRoomAsk = []string{`er der (\w+ ){0,2}(plads|pladser)`, `har i (\w+ ){0,2}(plads|pladser)`}

// daElidedIf open the sentence after a room question with a condition that
// points back at it ("Hvis ja, ...", "I så fald ...", "Så tager jeg ...").
var daElidedIf = []string{`hvis ja`, `hvis saa`, `hvis der er`, `hvis det er tilfaeldet`, `i saa fald`,
	`saa (vil|tager|kommer|tilmelder|melder) (jeg|vi|min|mit|mine|vores)`}

// daDecide: the choice is left to staff.
var daDecide = []string{
	`i maa (gerne )?(bestemme|vaelge|placere)`, `i bestemmer`, `i kan (bare )?(bestemme|vaelge|placere)`,
	`placer mig (bare )?hvor`, `saet mig (bare )?hvor`,
	// "I må bare sætte mig der, hvor der er bedst plads", "det må I bestemme"
	`i (maa|kan) (bare |gerne |selv )*(saette|placere|putte) (mig|os)`, `(saet|saette|placer|placere|putte) (mig|os) (bare )?(der|et sted),? hvor`,
	`(det )?(maa|kan) i (bare |gerne |selv )*(bestemme|vaelge)`, `det bestemmer i`, `i vaelger (bare|selv)`,
	`hvor i (synes|har brug for|mangler)`, `i maa (selv |gerne |bare )*fordele`, `(fordel|placer) (mig|os) (bare )?hvor`,
	`saet (mig|os) (bare )?paa (en|hvilken som helst) (workshop|af workshop\w*)`,
	// "sæt mig på den workshop, hvor der er mest brug for folk", "hvor der mangler folk"
	`(saet|saette|placer|placere|putte) (mig|os) (bare )?paa (den|det|de) (workshop\w*|sted),? hvor`,
	`hvor der (er )?(mest |stoerst )?(brug for|mangler|behov for) (flere |mest )?(folk|deltagere|hjaelp|nogen|hjaelpere)`,
}

// daChoiceCue: words that show a sentence chooses workshops; a workshop's
// name in a sentence without one is only talked about ("vi giver
// uddannelse til vores folk").
var daChoiceCue = []string{`vil`, `gerne`, `helst`, `oensker`, `vaelger`, `tager`, `workshop\w*`, `ws`, `prio\w*`,
	`tilmeld\w*`, `deltage\w*`, `interesseret`, `med i`, `foerst\w*`, `ellers`, `alternativt`, `nummer`, `nr`, `valg`,
	`hellere`, `skifte`, `byt\w*`, `aendre`, `plads`, `kan`, `skriv (mig|os) op`, `saet\w* (mig|os)`, `meld\w* (mig|os)`,
	`kommer`, `tak`, `mit`, `min`, `interesserer (mig|os)`, `snakke om`, `tale om`, `hoere (mere )?om`, `noget med`,
	`sidde med`, `vaere med`, `den (om|med)`, `taenke mig`, `mest til`,
	// what it ought to say, set against a receipt ("det skal være sundhed")
	`skal (nu )?vaere`, `skulle (have )?vaere\w*`,
	// a correction, a wish asked for ("jeg mente uddannelse", "må jeg få
	// uddannelse i stedet for beskæftigelse?")
	`mente`, `maa (jeg|vi)`,
	// a move asked for after the placement ("flytte mig til sundhed",
	// "er det muligt at komme på sundhed i stedet?")
	`flytte\w*`, `rykke\w*`, `komme (over )?paa`,
	// a change of what she told before ("Ret det til Uddannelse", "lave det om til job")
	`ret (\w+ ){0,3}til`, `rette (\w+ ){0,3}til`, `det om til`}

// daNoPreference: no wish; with no workshop named, staff must choose.
var daNoPreference = []string{`(ingen|ikke nogen) (saerlig )?praeference\w*`, `ligegyldigt hvilke\w*`, `(er )?ligeglad`,
	`(lige )?meget hvilke\w*`, `hvor der er (bedst |mest |god |ledig )?plads`, `hvilken som helst`,
	`alle workshops (er|passer) (mig )?(fine|fint|ok|okay|godt|gode)`, `aaben for (alle|hvilken som helst)`,
	`(det er|er det) (mig )?(lige meget|ligemeget|ligegyldigt)`, `hvor som helst`, `ikke (saa )?kraesen`, `hvor der er brug for (mig|os|det|hjaelp)`}

// daBoth: two workshops at the same time instead of a first and a second.
var daBoth = []string{`baade (workshop |ws )?\d+ og \d+`, `begge (workshops|dele)`, `to workshops`, `paa samme tid`, `(deltage|deltager|vaere med|vaere|gaa|med) (\w+ ){0,7}samtidig`, `tilmeld\w* (mig|os) (\w+ ){0,7}samtidig`, `samtidig (i|paa) (workshop|ws|begge|to|\d)`,
	`dele (min |vores )?tid(en)?`, `(deltage|vaere med) i baade`}

// daContribute: asks to contribute (a stand, a talk) rather than attend.
var daContribute = []string{`stand`, `(holde|give) (et )?(kort )?oplaeg`, `udstille`, `praesentere vores`, `bod`}

// daAttachment: the message points at an attached file.
var daAttachment = []string{`vedhaeft\w*`, `se bilag`, `i bilaget`, `vedlagt\w*`,
	// a photo of the filled-in paper: "jeg sender et billede af det"
	`(sender|her er|vedlaegger) (et|en) (billede|foto|photo|scanning)`, `(billede|foto|scanning) af (det|den|papiret|sedlen|skemaet|blanketten)`}

// daFilePointer: an attached file pointed at in everyday words ("står i
// arket", "kan I se i filen", "hermed listen").
var daFilePointer = []string{`i (filen|arket|regnearket|excelarket|excel-arket|excelfilen|excel-filen|dokumentet|excel)\b`,
	`se (filen|arket|regnearket|excelarket|excel-arket|dokumentet)`, `hermed (listen|filen|arket|regnearket|oversigten)`,
	`her er (filen|arket|regnearket|excelarket)`,
	// a scan, a photo or a letter: "hermed fremsendes min tilmelding", "min
	// tilmelding er indscannet", "står i brevet", "som et billede"
	`hermed fremsende[rs]?`, `fremsendes hermed`, `indscanne\w*`, `scanne[dt]e?`, `scannet ind`, `fotograferet`,
	`i brevet`, `brevet her`, `som (et )?(billede|foto|fotografi)`, `(billede|foto|fotografi) (af|fra) (den|det|min|mit|sedlen|brevet|papiret|telefonen)`}

// daForward: the message passes on someone's registration.
var daForward = []string{`videresend\w*`, `sender (den|hans|hendes) tilmelding`, `her er min tilmelding igen`}

// daAboutResident: someone who passes on a resident's mail speaks of the
// resident as han/hun and asks to register ham/hende.
var daAboutResident = []string{
	`(registrere|registrer|tilmelde|tilmeld|melde|skrive|notere) (ham|hende)`, `(ham|hende) (paa|til) (listen|moedet)`,
	`(han|hun) (vil|ville|vil rigtig) gerne (med|komme|deltage|vaere med)`, `(han|hun) (vil|ville) (gerne )?(have|i|paa) workshop`,
	`bekraeftelse\w* (direkte )?til (ham|hende)`,
	// a staff member passing on a resident's text message: "jeg videresender en sms fra en af vores beboere"
	`videresender (en |hendes |hans |denne |vedlagte )?(sms|besked|tekstbesked)\w*`, `(sms|besked)\w* fra (en af )?(vores|mine) beboer\w*`,
}

// daSMSIntro: a text message's writer names herself in small letters,
// often without the verb ("hej anders det semira tesfay").
var daSMSIntro = []string{`det er`, `det`, `her er`}

// daInterestOnly: a topic spoken of as an interest, not chosen ("emnerne
// interesserer mig meget, især uddannelse").
var daInterestOnly = []string{`interesserer (mig|os)`, `interesseret i`, `interessant\w*`, `(mit|vores) interesse`}

// daEarlierSignUp: the sender withdraws what she signed up for before.
var daEarlierSignUp = []string{`alligevel`, `ikke (laengere|mere)`, `(min|vores) tilmelding`, `tilmeldt`, `afmeld\w*`, `frameld\w*`}

// daConfirmToResident: the answer is to go to the one whose mail is passed
// on ("send bekræftelsen direkte til hende", "svar hende gerne direkte").
var daConfirmToResident = []string{`(send|sende|sendes|svar|svare|skriv|skrive)\w* (gerne |venligst |bare |lige )?(\w+ )?(direkte )?til (ham|hende)\b`,
	`bekraeftelse\w* (maa |kan |skal )?(gerne |venligst )?(\w+ )?(direkte )?til (ham|hende)\b`, `(svar|skriv) (ham|hende) (gerne |venligst )?direkte`,
	`(send|sende|sendes|sendt|svar|svare|skriv|skrive)\w* (gerne |venligst |bare |lige )?(\w+ )?(direkte )?til (hans|hendes) egen (mail|e-?mail|mailadresse|adresse)`}

// daConfirmToNamed: the words before a name the answer is to go to ("send
// svaret til Hassan", "svar gerne Fatima direkte", "bekræftelsen bedes
// sendt til Leyla"); confirmsToAuthor reads the name after them.
var daConfirmToNamed = []string{`(send|sende|sendes|sendt|svar|svare|skriv|skrive) (gerne |venligst |bare |lige )?(\w+ )?(direkte |straks )?til`,
	`bekraeftelse\w* (maa |kan |skal |bedes )?(gerne |venligst )?(\w+ )?(direkte )?til`, `(svar|skriv) (gerne |venligst |bare )?`}

// daSenderComesToo: she who passes it on comes as well.
var daSenderComesToo = []string{
	`vi kommer (begge|begge to|sammen|to)`, `(jeg|selv) kommer (ogsaa|med)`, `jeg (deltager|tager) (ogsaa|med)`,
	`jeg (vil|skal) (ogsaa|selv) (med|deltage|komme)`, `(baade ham|baade hende) og mig`, `(ham|hende) og mig`,
	`tilmeld\w* (os|os begge|os to)`,
}

// daReplyTo: asks for replies at another address.
var daReplyTo = []string{`svar`, `send\w*`, `bekraeftelse\w*`, `skriv`, `skrive (direkte )?til`, `kontakt`, `mail`,
	// "brug venligst min arbejdsmail ..."
	`brug\w*`}

// daSpam: offers, prices, account threats.
var daSpam = []string{
	`tilbud`, `pr\. kuvert`, `kr\.? pr`, `bestil`, `rabat`, `klik (paa|her)`, `bekraeft din konto`,
	`adgangskode`, `postkasse`, `deaktiver\w*`, `lagerplads`, `opgrader\w*`, `handling paakraevet`,
	`log(ge)? ind`, `din konto`, `bekraeft (din|dine) (identitet|oplysninger|adresse|e-?mail\w*)`, `ventende (beskeder|mails|e-?mails)`, `opdater (din|dine) (konto|oplysninger)`,
	`udloeb\w*`, `inden (24|48|72) timer`, `lukket`, `lukkes`, `spaerret`, `spaerres`, `suspender\w*`, `usaedvanlig aktivitet`,
	`mistaenkelig\w*`, `straks`, `med det samme`, `(via|paa) linket`, `it-?(afdeling\w*|support)`, `kaere (bruger|kunde)`,
	`webmail`, `sikkerhedsteam\w*`, `betal\w*`, `gebyr\w*`, `din pakke`, `forny\w*`,
}

// daPhishing: what a mail that fishes for a login says, and never an
// auto-reply: it turns a no-reply sender's mail with a link into spam.
var daPhishing = []string{
	`(bekraefte?|verificere?|validere?|opdatere?) (venligst )?(din|jeres) (konto|postkasse|identitet|adgangskode|e-?mail\w*)`,
	`postkasse\w* er (naesten |snart )?fuld`, `postkasse\w* har naaet`, `\d+ ?% af (sin|din) kvote`, `kvote\w*`,
	`adgangskode\w* udloeber`, `adgangskode\w* er udloebet`, `log ind her`, `bekraeft her`, `bekraeft konto`,
	`du har vundet`, `hent din (praemie|gevinst)`, `din (praemie|gevinst) venter`,
	`din pakke (venter|kunne ikke (leveres|afleveres)|er tilbageholdt)`, `betal (gebyret|fragten|toldgebyret)`,
	// a parcel held for a fee, its button's link lost with the HTML: "din
	// pakke med ... kunne ikke leveres", "der mangler et toldgebyr",
	// "gebyret skal være betalt", "[Bekræft levering]", "[Betal nu]"
	`din (pakke|forsendelse) (\w+ ){1,4}kunne ikke (leveres|afleveres)`, `din forsendelse er (blevet )?tilbageholdt`,
	`kunne ikke (levere|aflevere) (din|jeres) (pakke|forsendelse)`, `mangler (et |en )?(told|gebyr|toldgebyr|betaling)`,
	`gebyret (\w+ ){0,5}(betalt|betales)`, `betal (nu|her|told|toldgebyr|gebyr)`, `bekraeft (din |jeres )?levering`,
	`bekraeft (dine|jeres) (oplysninger|kortoplysninger|betalingsoplysninger)`, `undgaa (\w+ )?(spaerring|lukning)`,
	`returneres (den|pakken|forsendelsen) til afsender`,
}

// daNewsletter: a list mail.
var daNewsletter = []string{`nyhedsbrev\w*`, `afmeld nyhedsbrevet`, `du modtager denne mail`, `abonnent`,
	`(ikke laengere|ikke mere) (oensker|vil) (at )?modtage`, `laes mere`, `nyt fra`}

// daUnsubscribe: a newsletter telling its reader how to leave it; it
// withdraws nobody from the meeting.
var daUnsubscribe = []string{`(ikke )?modtage flere (mails|e-?mails|nyhedsbreve|nyheder)`, `afmelde? (dig|jer|her|nyhedsbrev\w*|abonnement\w*)`,
	`framelde? (dig|jer|her|nyhedsbrev\w*|abonnement\w*)`, `opsig (dit|jeres) abonnement`, `for at afmelde`,
	`(ikke laengere|ikke mere) (oensker|vil) (at )?modtage`}

// daFooter: a newsletter's footer line, the whole line ("Afmeld",
// "Afmeld her"): it addresses the reader and withdraws nobody.
var daFooter = []string{`afmeld( her| nyhedsbrev\w*)?( her)?`, `frameld( her)?`, `afmeld dig( her)?`}

// daFirst: a 1st priority.
var daFirst = []string{
	`1\.? ?prioritet`, `1\.? ?prio`, `1\.? ?valg`, `foerste ?prioritet`, `foersteprio\w*`,
	`foerste ?valg`, `foerstevalg`, `som (nr\.? |nummer )?1`, `som (den )?foerste`, `helst`, `foerst`,
	`primaert`, `nummer et`, `prio(ritet)? ?(nr\.? ?)?1`, `valg ?(nr\.? ?)?1`,
	`foerste ?oenske`, `1\. ?oenske`, `foerste ?praeference`, `1\. ?praeference`, `foerste workshop\s*:\s*`, `foerste workshop (er|bliver)`, `(min|mit|vores) foerste workshop`, // as daSecond's
	`(bliver|skal vaere) (min )?(nr\.? ?|nummer )1`,     // "så Job bliver nr. 1"
	`(min|mit|vores|hans|hendes) (nr\.? ?|nummer )1 er`, // "vores nummer 1 er workshop 3"
	// the rank after the workshop it ranks: "Sundhed er min nr. 1", "Job
	// står som nr. 1", "tryghed er nummer ét for mig", "Sundhed kommer ind
	// på førstepladsen"; its number is no workshop
	`(er|staar|kommer) (som )?(min |mit |vores )?(nr\.? ?|nummer )(1|et)( for (mig|os))?`, `(nr\.? ?|nummer )(1|et) for (mig|os)`,
	`foerstepladsen`,
	// "Tryghed er vigtigst for mig, så sundhed": the other comes second
	`(det )?vigtigst(e)?( for (mig|os|hende|ham))?`, `(mest|allermest) vigtig( for (mig|os|hende|ham))?`,
	// "Tryghed har min største interesse, derudover job"
	`har (min|vores|hans|hendes) (aller)?stoerste interesse`, `interesserer (mig|os|hende|ham) (aller)?mest`,
	// "2 og 4 - mest interesseret i 4": the workshop after it first
	`(mest|allermest|isaer|saerligt|specielt) interesseret i`,
	// an order said after the list: "1 og 2, men mest 2", "2 og 4, især 4",
	// "men jeg foretrækker 4", "men 4 har højest prioritet", "4 er vigtigere"
	`mest af alt`, `allermest`, `mest`, `isaer`, `foretraekker`, `foretraekkes`, `hoejest(e)? prioritet`, `vigtigere`,
}

// daPointBack: a pronoun and its verb before a priority word, standing
// for the workshop just named ("sundhed er vigtigt, så det er mit første
// valg"); daPointBackFillers may stand before the owner; daRankOwnerWords
// own the rank.
var (
	daPointBack        = []string{`det er`, `den er`, `dette er`, `det bliver`, `den bliver`, `det skal vaere`, `den skal vaere`}
	daPointBackFillers = []string{`klart`, `helt klart`, `absolut`, `nok`, `derfor`, `ogsaa`}
	daRankOwnerWords   = []string{`mit`, `min`, `vores`, `hans`, `hendes`}
)

// daFirstWhen follow "først" that says when she comes, not which workshop
// first ("først kl. 18", "først efter arbejde", "først hjem ved 17").
var daFirstWhen = []string{"kl", "klokken", "efter", "hjem", "sent", "senere", "omkring", "ved", "om", "til", "naar"}

// daMarkTail may end the clause of a priority word that ranks the
// workshop before its comma ("sundhed og job, helst job tak"); any other
// word makes the clause say something else (markOfOwnClause).
var daMarkTail = []string{"tak", "gerne", "hvis", "muligt", "mulig", "det", "er", "kan", "lade", "sig", "goere", "for", "mig", "os"}

// daRankClauseJoins may stand between a comma and a priority word that ranks
// the workshop before the comma ("2 og 4, men helst 4").
var daRankClauseJoins = []string{"men", "og", "dog"}

// daFirstCan before "først" make it "not until" ("jeg kan først komme kl.
// 17", "kan desværre først nå det"), no rank.
var daFirstCan = []string{"kan", "kunne"}

// daFirstTimeNouns after "som (den) første" make it a time ("som første
// gang"), no rank (firstTimeNotRank).
var daFirstTimeNouns = []string{"gang", "gangen"}

// daBareFirst and daBareSecond: a rank said by an ordinal without its
// noun ("Job er min første, Sundhed min anden").
var (
	daBareFirst  = []string{`(min|mit|hans|hendes|vores) foerste`}
	daBareSecond = []string{`(min|mit|hans|hendes|vores) (anden|andet)`}
)

// daBareOrdinalNext may follow an ordinal said without its noun ("Job er
// min første, og Sundhed min anden"): a link to the next clause, "er" or
// "ønske". Any other word is the noun the ordinal counts ("min første
// tanke", "min anden søn"), and no rank; before a rank's noun ("mit første
// valg") the phrases of the noun read it.
var daBareOrdinalNext = []string{"og", "eller", "men", "samt", "saa", "er", "oenske", "ellers"}

// daSecond: a 2nd priority.
var daSecond = []string{
	`2\.? ?prioritet`, `2\.? ?prio`, `2\.? ?valg`, `anden ?prioritet`, `andenprio\w*`, `anden ?valg`,
	`andet ?valg`, `andetvalg`, `som (nr\.? |nummer )?2`, `som (den )?anden`, `som nummer to`, `ellers`, `alternativt`, `evt\.?`, `eventuelt`,
	`subsidiaert`, `hvis (der )?(ikke|ingen) (er )?plads`, `hvis (den|det) er (fuld|fyldt|optaget|udsolgt)`, `hvis (den|det) bliver (fuld|fyldt|optaget)`,
	`prio(ritet)? ?(nr\.? ?)?2`, `valg ?(nr\.? ?)?2`, `og saa`, `dernaest`, `(og )?derefter`, `(og )?bagefter`, `eller ogsaa`, `i anden raekke`, `derudover`, `udover det`, `hvis (den er )?fuld\w*`,
	`(bliver|skal vaere) (min )?(nr\.? ?|nummer )2`,
	`(min|mit|vores) (anden|andet) til`, // "Skift min anden til Sundhed"
	// "Anden workshop: sundhed", "min anden workshop er job": the rank of
	// the workshop named after it (rankLabel)
	`(andet|anden) ?oenske`, `2\. ?oenske`, `anden ?praeference`, `2\. ?praeference`, `anden workshop\s*:\s*`, `anden workshop (er|bliver)`, `(min|mit|vores) anden workshop`,
	// "og så vores nummer 2 er workshop 4": the 2 is the rank
	`(min|mit|vores|hans|hendes) (nr\.? ?|nummer )2 er`,
	// as daFirst's "er min nr. 1": "tryghed er nr. 2", "naboskab på andenpladsen"
	`(er|staar|kommer) (som )?(min |mit |vores )?(nr\.? ?|nummer )(2|to)( for (mig|os))?`, `(nr\.? ?|nummer )(2|to) for (mig|os)`,
	`andenpladsen`,
	// "uddannelse og hvis ikke så job", "hvis ikke det kan lade sig gøre, så 4"
	`hvis ikke(,? det (kan lade sig goere|kan|gaar))?,?( saa)?`,
	// "2 og 4, men 2 er mindre vigtig"
	`mindre vigtig`, `mindst vigtig`,
}

// daNoSecond: a 2nd priority left open.
var daNoSecond = []string{`ellers (er jeg |er vi )?ligeglad`, `ellers (er det )?ligegyldigt`,
	`(ingen|ikke nogen|ikke en) (2\.? ?|anden |andet )(prioritet\w*|valg|prio)`,
	`ligeglad med (sin |min |hans |hendes )?(2\.? ?|anden |andet )(prioritet\w*|valg|prio)`,
	`(2\.? ?|anden |andet )(prioritet\w*|valg|prio) (er )?(mig |os |ham |hende )?(ligegyldig\w*|lige meget|ligemeget)`,
	// the 2nd slot named by its number: "ligeglad med nr. 2", "nummer to er
	// jeg ligeglad med", "hvad nummer to angår, er det lige meget"
	`(ligeglad|ligeglade) med (sin |min |hans |hendes |vores )?(nr\.? ?|nummer )(2|to)`,
	`ikke (saa |spor )?kraesen (med|mht\.?|hvad angaar) (sin |min |hans |hendes |vores )?(nr\.? ?|nummer )(2|to)`,
	`(nr\.? ?|nummer )(2|to) (er )?(jeg |vi |han |hun |mig |os |ham |hende )?(ligeglad\w*|ligegyldig\w*|lige meget|ligemeget)`,
	`(nr\.? ?|nummer )(2|to) angaar,? (er )?(det )?(er )?(jeg |vi |han |hun )?(mig )?(ligeglad\w*|ligegyldig\w*|lige meget|ligemeget)`}

// daContext: a workshop word that describes the sender's work or interests in passing.
var daContext = []string{
	`arbejder (\w+ ){0,2}med`, `arbejder (\w+ ){0,2}indenfor`, `erfaring(er)? med`, `ansat (i|ved|indenfor)`,
	`beskaeftiget med`, `uddannet`,
}

// daMotive: as enMotive ("lære folk i nabolaget at kende", "møde nye
// naboer", "få et netværk i området"): why she comes, not what she chooses.
var daMotive = []string{`(laere|moede|moed|hilse paa) (nye |flere |andre |nogle )?(folk|mennesker|naboer|naboerne|andre)( (i|fra) (vores|det|mit|min))?`,
	`(faa|opbygge|bygge|skabe|udvide) (mig |os )?(et |noget |mere |nyt |mit |vores |lidt )*`}

// daPeopleNeed: people the sender tells of, by what they need or do
// ("barnebørn der mangler job", "de unge som går i skole"): a workshop word
// after it says why, it is no choice.
var daPeopleNeed = []string{`(barneboern|boern|boernene|unge|naboer|naboerne|beboere|beboerne|moedre|moedrene|foraeldre|foraeldrene|familier|familierne|elever|eleverne|kvinder|kvinderne|maend|maendene)( (i|fra|paa) \w+)? (der |som )?(ikke )?` +
	`(mangler|savner|soeger|har brug for|kaemper med|har svaert ved( at faa)?|gaar (i|paa)|tager|droemmer om|taler om|spoerger om|oensker sig)`}

// daBotRequest: a question that asks the bot to act, not staff to answer.
var daBotRequest = []string{
	`(kan|vil|gider|kunne|maa) (i|du|de) (\w+ ){0,3}(tilmelde|registrere|aendre|rette|lave (\w+ ){0,3}om til|skifte|udskifte|flytte|bytte|opdatere|afmelde|slette|annullere|aflyse|fjerne|notere|skrive|tilfoeje|bekraefte|sende (mig )?en bekraeftelse|sende (\w+ )?bekraeftelse\w*|sende (\w+ )?(svar|svaret|svarene|kvittering\w*) til|melde (mig|os|hende|ham|dem) (til|paa|fra))`,
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}(skifte|flytte|bytte|rykke|komme over|flyttet|flyttes|rykket|rykkes)`,
	// "Må jeg lige tilføje min kollega ...?", "Kan vi sætte én mere på?",
	// "Må jeg rette min kost til vegansk?": a change the bot makes, asked
	// politely. Not "Må jeg tage mit barnebarn med?", a leave staff give.
	// Their object is a person or a field of one: not "Kan vi tilføje et
	// punkt til dagsordenen?", "Kan jeg ændre det senere?".
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}tilfoeje (min|mit|mine|vores) `,
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}tilfoeje (en|et|endnu en) (\w+ )?(person|deltager|kollega|nabo|medlem|beboer|frivillig|mere)\b`,
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}(aendre|rette|opdatere) (min|mit|mine|vores|hans|hendes|deres) (\w+ )?(kost|diaet|kosthensyn|tilmelding|valg|workshop\w*|prioritet\w*|foerstevalg|andetvalg|navn|nummer|telefonnummer|mail\w*|allergi\w*)\b`,
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}saette (\w+ ){1,3}paa (listen|deltagerlisten|vores tilmelding|min tilmelding|vores liste)`,
	// "Er det muligt at skifte til 3?", "... at komme på sundhed i stedet?"
	`(er|var) det muligt (for (mig|os) )?at (\w+ ){0,2}(skifte|flytte|bytte|rykke|komme over|blive flyttet|blive rykket)`,
	`(er|var) det muligt (for (mig|os) )?at (komme|faa plads) (paa|i|til) (\w+ ){1,3}i ?stedet`,
	`(kan|vil|gider|kunne) (i|du|de) (\w+ ){0,2}vende (om paa )?(raekkefoelgen|ordenen|dem|de to)`,
	// "kan I vende det om, så Naboskab er min første og ...?"
	`(kan|vil|gider|kunne) (i|du|de) (\w+ ){0,2}vende (det|dem|de to) om`, `(kan|vil|gider|kunne) (i|du|de) (\w+ ){0,2}vende (mine|min|vores) (to )?(prioritet\w*|valg|workshops?) om`,
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}(komme|faa plads) (paa|i) (workshop|ws)`,
	// "Må jeg få Tryghed som min første og ...?": the ranks make it a choice
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}faa (\w+ ){1,4}som (min |mit |vores |den )?(foerste|anden|andet|1\.|2\.|nr|nummer|foerstevalg|andetvalg)`,
	// "Kan jeg få workshop 3 i stedet for 4?": one in place of another
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}faa (\w+ ){1,4}i ?stedet( for)?`,
	// "Kunne jeg komme på 4 i stedet for 2?"
	`(kan|kunne|maa) (jeg|vi) (\w+ ){0,2}(komme|faa plads) (over )?(paa|i|til) (\w+ ){1,3}i ?stedet( for)?`,
	// "Kan I sætte mig på job i stedet?": a seat, not a chair by the door
	`(kan|vil|gider|kunne) (i|du|de) (\w+ ){0,2}saette (mig|os|hende|ham|dem) (over )?(paa|i|til)`,
	// in a forwarded mail, asking the one who forwards it to pass it on:
	// she did, and nothing is left for staff to answer
	`(kan|vil|gider|kunne|ville) du (\w+ ){0,4}(give|sende|videresende|bringe|sige|melde|skrive|aflevere) (\w+ ){0,3}videre`,
	`(kan|vil|gider|kunne|ville) du (\w+ ){0,3}(give|sende|videresende|aflevere|bringe) (\w+ ){0,3}til (dem|abc|centret|kontoret|arrangoer\w*|de rette)`,
	`(kan|vil|gider|kunne|ville) du (\w+ ){0,2}hjaelpe (mig|os) (med )?(at )?(tilmelde|melde)`,
	`(kan|vil|gider|kunne|ville) du (\w+ ){0,2}soerge for (at )?(\w+ ){0,3}(tilmeldt|tilmelde|videre)`,
}

// daQuestion: words that ask without a question mark.
var daQuestion = []string{`jeg (har|havde) (et|nogle|et par) spoergsmaal`, `jeg vil gerne vide`, `jeg undrer mig`,
	`jeg spekulerer paa`, `(kan|vil) i (oplyse|fortaelle|svare)`,
	// a wish staff fulfil by hand: the material afterwards, news of the
	// next meeting ("men vil gerne høre om materialet bagefter")
	`(vil|ville) (\w+ )?gerne (have|hoere|modtage|se|faa|laese) (\w+ ){0,3}(materiale\w*|referat\w*|slides|oplaeg\w*|praesentation\w*|resultat\w*|opsamling\w*)`,
	`send (\w+ ){0,3}(materiale\w*|referat\w*|slides|oplaeg\w*|praesentation\w*|opsamling\w*)`,
	`(holde|holdt|hold) (mig|os) (orienteret|opdateret|informeret)`, `(hoere|hoert) (om|hvordan) det (gik|gaar)`,
	// the invitation asked for again ("Send den venligst", "send mig lige
	// invitationen igen"): staff send it
	`send (\w+ ){0,3}(invitation\w*|indbydelse\w*|program\w*|dagsorden\w*)`, `send (den|det|dem) (\w+ ){0,2}(igen|til mig|til os)`, `gensend\w*`,
	`(ikke|aldrig) (modtaget|faaet|set) (\w+ )?(invitation\w*|indbydelse\w*)`,
	// asked aside, without a question mark ("Ved I om der er parkering",
	// "giv lige besked om der er plads til en kørestol")
	`ved (i|du) (\w+ )?(om|hvor|hvornaar|hvordan|hvad|hvem)`, `(lad (mig|os) (\w+ )?vide|giv (mig |os )?(lige )?besked|sig (lige )?til) (om|hvis) (der|man)`,
	`(jeg|vi) (vil|ville) (gerne |lige |bare )*(hoere|spoerge) (\w+ )?(om (der|man|jeg|vi|i|det er muligt)|hvor|hvornaar|hvordan|hvad)`, `maa jeg spoerge`,
	// a question passed on: "Hun spørger, om hun må tage sin søn med"
	`(hun|han|de) (spoerger|spurgte|har spurgt|vil gerne vide)( mig| jer| os)?,? om (hun|han|de) (maa|kan|skal)`,
	// an indirect question, the verb before its subject after a leading
	// clause ("Inden vi melder os, vil jeg gerne vide, om ...",
	// "Derudover hører jeg gerne, hvor ..."), or with a word between
	// ("jeg vil også gerne vide"). "Jeg vil gerne høre mere om sundhed"
	// is an interest: after "høre" the question word follows at once.
	`(vil|ville) (jeg|vi) (\w+ )?gerne vide`, `(jeg|vi) (vil|ville) (ogsaa|lige|bare) gerne vide`,
	`(vil|ville) (jeg|vi) (\w+ )?gerne (hoere|spoerge),? (om (der|man|jeg|vi|i|det|den|de)|hvor|hvornaar|hvordan|hvad|hvem|hvilke|hvilken)\b`,
	`(vil|ville) (jeg|vi) (\w+ )?gerne (hoere|spoerge), om`, `(jeg|vi) (vil|ville) (\w+ )?gerne (hoere|spoerge), om`,
	`(hoerer|spoerger) (jeg |vi )?(ogsaa |lige |bare )?gerne(,? (om (der|man|jeg|vi|i|det|den|de)|hvor|hvornaar|hvordan|hvad|hvem|hvilke|hvilken)\b|, om)`,
	// "Sig endelig til, om vi skal have noget med": not "sig til, hvis I
	// har brug for mere", an offer
	`(sig|giv) (endelig |lige |venligst |gerne )?(til|besked),? om (der|man|vi|jeg)`, `(sig|giv) (endelig |lige |venligst |gerne )?(til|besked),? hvis (vi|jeg) skal`}

// daDietNone: nothing to plan for.
var daDietNone = []string{`ingen (saerlige )?(kost)?hensyn`, `spiser alt`, `ikke vegetar\w*`, `ingen allergier`, `ingen saerlige (behov|oensker)`,
	`ikke allergisk( over)?( for| overfor| mod)?( noget)?`, `ingen (mad|foedevare)?allergi\w*`, `(har|lider) ikke (af )?nogen allergi\w*`,
	`ingen af (os|dem|de) (andre|oevrige) (har|spiser) (nogen )?saerlige`, `(resten af os|vi andre|de andre|de oevrige) (spiser alt|har ingen saerlige)`,
	`ingen (saerlig|speciel) (kost|diaet|mad)`, `allergi(er)?: (ingen|nej)( kendte)?`}

// daAllergy: an allergy, followed by what to.
var daAllergy = []string{`allergisk (over )?(for|overfor|mod)`, `allergi(er)? (over )?(for|overfor|mod)`, `allergi(er)?:\s*`,
	`taaler ikke`, `kan ikke taale`,
	// "jeg glemte at skrive, at jeg heller ikke tåler nødder"
	// said of the sender only: "mange ikke tåler gluten" is no diet of hers
	`(jeg|vi) heller ikke taaler`, `taaler (\w+ )?heller ikke`, `(jeg|vi) kan heller ikke taale`,
	// a clause after "at" puts "ikke" first: "at jeg ikke tåler skaldyr"
	`(jeg|vi) ikke taaler`, `(jeg|vi) ikke kan taale`}

// daServesUnnamed: the sender writes for one she does not name ("Jeg
// tolker for en ældre dame", "en af mine borgere"). Not a relation ("min
// mor"), who may be the one whose account she writes from.
var daServesUnnamed = []string{`tolker for (en|et)`, `(jeg|vi) er tolk for (en|et)`,
	`(jeg|vi) har (en|et) (beboer|borger|lejer|klient|bruger|elev)\b`,
	`(en|et) af (mine|vores) (beboere|borgere|lejere|klienter|brugere|elever|medlemmer)`,
	`(jeg|vi) (hjaelper|skriver for) (en|et) (\w+ )?(beboer|borger|lejer|klient|bruger|kvinde|mand|dame|herre)\b`}

// daKinWish: a wish to come said of someone ("vil gerne med", "kommer
// gerne").
var daKinWish = []string{`vil (\w+ )?gerne (med|deltage|komme|vaere med)`, `kommer (\w+ )?gerne`}

// daUndecided: someone has not chosen her workshop yet.
var daUndecided = []string{`(har|havde) (\w+ )?ikke (\w+ )?(valgt|besluttet sig|bestemt sig)`, `ved (endnu )?ikke (endnu )?hvilken`}

// daSelfAside: the sender is registered already and leaves herself out of
// what the mail signs up ("Selv er jeg tilmeldt i forvejen").
var daSelfAside = []string{`selv er jeg (allerede |jo )?(tilmeldt|meldt til|paa listen)`, `(jeg|vi) er selv (allerede |jo )?(tilmeldt|meldt til|paa listen)`,
	`(jeg|vi) er (allerede|jo) selv (tilmeldt|meldt til|paa listen)`, `(jeg|vi) (staar|er) selv (allerede )?paa listen`,
	`mig (selv )?har (i|du) (allerede|jo|i forvejen)`, `(har|havde) allerede (tilmeldt|meldt) mig selv`,
	`(tilmeldt|paa listen|meldt til),? saa (det|denne mail|mailen|den her mail|denne tilmelding|tilmeldingen) (er|gaelder) (kun|bare|blot)`}

// daPresents: a sentence that introduces whom the mail is about ("Det
// drejer sig om ...", "Tilmeldingen er for ...").
var daPresents = []string{`det (drejer sig|handler) om`, `det gaelder`, `(tilmeldingen|tilmelding|henvendelsen|mailen) (er|gaelder) (for|til)`,
	`(tilmeldingen|henvendelsen|mailen) gaelder`}

// daOnBehalf: the sender writes for someone who attends without her.
var daOnBehalf = []string{`paa vegne af`, `(tilmeldingen|tilmelding) (for|af)`, `paa hans vegne`, `paa hendes vegne`,
	`tilmeld\w* (\w+ ){0,2}(beboere|beboer|unge|kollegaer|medlemmer|borgere|borger|lejere|lejer|klienter|klient|deltagere|personer)`,
	`tilmeld\w* (min|mit|mine|vores) \w+`, `skriver for (min|mit|mine|vores)`,
	// a board sends some of its people: "Afdelingsbestyrelsen sender to personer"
	`sender (to|tre|fire|fem|seks|\d) (beboere|kollegaer|kolleger|medlemmer|deltagere|personer|repraesentanter|frivillige)\b`,
	// "bad mig melde hende til", "har bedt mig om at tilmelde ham"
	`(bad|bedt) mig (om at )?(til)?melde (hende|ham|dem)`, `(bad|bedt) mig (om at )?skrive (hende|ham|dem) (op|paa)`, `(bad|bedt) mig om det`,
	// a reported request: "har spurgt mig, om jeg kan tilmelde hende"
	`(spurgt|spurgte)(,? mig)?(,? \w+){0,3},? om jeg (kan|kunne|vil|ville) (\w+ )?((til)?melde|skrive|saette) (hende|ham|dem)`,
	// staff speak of those they serve: "vi har en beboer, der gerne vil
	// med", "en af mine borgere vil gerne deltage"
	`(vi|jeg) har (en|to|tre|fire|nogle|et par) (beboer|beboere|borger|borgere|lejer|lejere|klient|klienter)\b`,
	`(en|to|tre|fire|fem|seks|nogle) af (vores|mine) (beboere|borgere|lejere|klienter|unge|brugere|medlemmer|elever)`,
	// "Jeg er kontaktperson for Else Dam": who she is to the one she signs up
	`(kontaktperson|stoettekontaktperson|bostoette|bostoettemedarbejder|mentor|sagsbehandler|socialraadgiver|hjemmehjaelper|kontaktpaedagog|vaerge) for`,
	// "Jeg er tolk for Abdi Warsame", "Jeg tolker for ham": she speaks for
	// him ("en tolk for mig" is one she asks for)
	`(jeg|vi) er (hans |hendes |deres )?tolk(e)? for`, `(jeg|vi) tolker for`,
	// "Else Dam kan ikke selv skrive, så jeg gør det for hende", "jeg
	// hjælper Else Dam med tilmeldingen"
	`(goer|gjorde) det for (hende|ham|dem)`, `skriver (det )?for (hende|ham|dem)`,
	`hjaelper (\w+ ){1,3}med (tilmeldingen|at tilmelde|at melde)`}

// daStillComing: a person who keeps the seat.
var daStillComing = []string{`kommer stadig`, `deltager stadig`, `kommer fortsat`,
	// "jeg kommer i hvert fald", "selv kommer jeg som planlagt"
	`kommer (jeg |selv |jeg selv )?(i hvert fald|under alle omstaendigheder|uanset hvad|som planlagt|som aftalt)`,
	`deltager (jeg |selv |jeg selv )?(i hvert fald|under alle omstaendigheder|uanset hvad|som planlagt|som aftalt)`}

// daKeepsAsIs: a person named beside it keeps the choices she has ("Per
// beholder det han har", "Sadia er uændret").
var daKeepsAsIs = []string{`beholder (det|hvad) (hun|han) har`, `beholder (sine|sit|sin|hendes|hans)\b`, `beholder (sine|sit|sin) (valg|prioriteter|workshops?)`,
	`(er|forbliver|bliver) (\w+ )?(uaendret|uaendrede|som (den|det|de) er)`}

// daSwitchboard: a number that reaches an office, not the person.
// daNumberLabels name a number of another kind than a phone right before
// it ("Medlemsnr. 20304050", "mit kundenummer er ...").
var daNumberLabels = []string{`medlemsn(umme)?r`, `kunden(umme)?r`, `kunde nr`, `lejemaalsn(umme)?r`, `lejern(umme)?r`, `lejer nr`,
	`kontonr`, `kontonummer`, `konto nr`, `sagsn(umme)?r`, `sags nr`, `journaln(umme)?r`, `ordren(umme)?r`, `fakturan(umme)?r`,
	`cpr`, `cvr`, `ean`, `reg\.? ?nr`, `registreringsnummer`, `p-nummer`, `kode`, `pinkode`}

var daSwitchboard = []string{`hovednummer`, `omstilling`, `reception`, `kundeservice`, `hovednr`, `central`, `sekretariat`, `fax`, `telefax`}

// daOwnPhone: labels of a person's own number.
var daOwnPhone = []string{`mobil`, `mob`, `direkte`, `dir`, `privat`, `mit (tlf\.? ?)?nummer`, `min mobil`, `ring`, `traeffes`, `tlf`, `telefon`, `kontaktes`,
	// a signature's short labels: "T: 43 64 00 00 | M: 61 72 83 94"
	`m`}

// daPersonalLine: labels of a number that reaches the person herself, not
// her workplace ("Mobil:", "Direkte tlf."); a plain "Tlf." under a staff
// member's title may be the office's. daMyNumber says so in a sentence.
var daPersonalLine = []string{`mobil`, `mob`, `direkte`, `dir`, `min mobil`, `m`, `privat`}

// A mobile's label marks hers beside a landline ("Tlf. ... / mobil ...").
var daMyNumber = []string{`mit (tlf\.? ?|telefon)?nummer`, `min mobil`, `privat`, `mobil`, `mobilnummer`, `mobiltelefon`, `(jeg|mig) kan (\w+ )?(kontaktes|traeffes|naas)`}

// daOtherPhone: a number said to be someone else's.
var daOtherPhone = []string{
	`(min|mit|hans|hendes) (datter|soen|mand|kone|kollega|nabo|mor|far|hustru|kaereste)`, `hans (nummer|tlf|mobil)`,
	// "min mands nummer er ...", "min sagsbehandler har nummer ...": a
	// relative's or a helper's, said with the possessive too
	`(min|mit|hans|hendes) (datters|soens|mands|kones|kollegas|nabos|mors|fars|hustrus|kaerestes)`,
	`(min|mit|hans|hendes) (sagsbehandler|kontaktperson|raadgiver|hjemmehjaelper|tolk|laege)s?`,
	`hendes (nummer|tlf|mobil)`, `ringes op`, `kollega`, `(hans|hendes) (telefon\w*|mobil\w*|tlf\w*)`,
	// "Han kan kontaktes på ...": the one signed up, not the writer
	`(han|hun) kan (\w+ )?(kontaktes|traeffes|naas)`,
}

// daAttendeePhone: a sentence that gives the number of the person
// registered, not the writer's: "Hendes telefonnummer er ...". With a
// first name, daPossessivePhone follows "Samiras": "Samiras nummer er ...".
var (
	daAttendeePhone   = []string{`(hans|hendes) (telefon\w*|mobil\w*|tlf\.?|nummer) (er|:)`, `(hun|han) (har|kan naas paa) (telefon\w*|mobil\w*|tlf\.?|nummer)`}
	daPossessivePhone = []string{"nummer", "telefonnummer", "telefon", "tlf", "mobil", "mobilnummer"}
	// daPhoneLabels open a list line's field that holds a phone number
	// ("- Ida Holm, tlf. 22334455, 1 og 3").
	daPhoneLabels = []string{"tlf", "telefon", "telefonnummer", "mobil", "mobilnummer", "mob", "tel"}
)

// daThirdPerson: the words of a sentence about the person a forwarder
// writes for ("Hun kan træffes på ...", "Ring til hende på ...").
var daThirdPerson = []string{"hun", "han", "hende", "ham", "hendes", "hans"}

// daSignOff: the closing words before a name.
var daSignOff = []string{
	`(med )?venlig(st)? hilsen`, `mvh`, `vh`, `hilsen`, `kaerlig hilsen`, `mange hilsner`, `de bedste hilsner`,
	`bedste hilsner`, `hilsner`, `tak`, `mange tak`, `tak for nu`, `pozdrawiam`, `saygilarimla`,
	`kh`, `knus`, `kram`, `kaerlige hilsner`,
}

// daDiet maps food words to tags. Order matters only for DietText.
var daDiet = [][2]string{
	{`pescetar\w*`, "pescetarian"},
	{`(vegetar\w*|spiser ikke koed),? men (spiser |gerne )?(gerne )?fisk`, "pescetarian"},
	{`spiser (gerne )?fisk,? (men|bare|blot|dog) ikke (koe?d|kod)`, "pescetarian"},
	{`spiser (gerne )?fisk,? men (intet|ingen) koe?d`, "pescetarian"},
	{`(ingen|intet|ikke) koe?d,? men (gerne )?fisk`, "pescetarian"},
	{`vegetar\w*`, "vegetarian"}, {`vegetarisk\w*`, "vegetarian"}, {`spiser ikke koe?d`, "vegetarian"},
	{`ikke spiser koe?d`, "vegetarian"},
	// a learner's order: "jeg ikke (kan) spise kød", "jeg spiser aldrig kød",
	// the food first: "kød jeg ikke spise", "kød spiser jeg ikke"
	{`ikke (kan )?spise koe?d`, "vegetarian"}, {`aldrig (kan )?(spiser? )?koe?d`, "vegetarian"},
	{`koe?d,? (jeg|hun|han|vi) (kan )?(ikke|aldrig) (kan )?(spiser?|spise)`, "vegetarian"},
	{`koe?d,? (spiser|kan) (jeg|hun|han|vi) (ikke|aldrig)`, "vegetarian"},
	{`ingen koe?d`, "vegetarian"}, {`intet koe?d`, "vegetarian"}, {`uden koe?d`, "vegetarian"},
	// "spiser hverken kød eller fisk", "ingen kød og fisk": neither is eaten
	{`hverken koe?d eller fisk`, "vegetarian"}, {`(ikke|ingen|intet|uden) koe?d (og|eller) fisk`, "vegetarian"},
	{`vegan\w*`, "vegan"}, {`plantebaser\w*`, "vegan"},
	// "ikke svin kød" written apart: the meat word belongs to the hit
	{`(ikke|ingen|intet|uden|undtagen) (spiser? )?svin\w*( ?-?koe?d)?`, "no_pork"}, {`(ikke|ingen|intet|uden|undtagen) (spiser? )?gris\w*( ?-?koe?d)?`, "no_pork"}, {`spiser ikke svin\w*( ?-?koe?d)?`, "no_pork"},
	{`(ikke|aldrig) kan (spiser? )?(svin|gris)\w*( ?-?koe?d)?`, "no_pork"}, {`aldrig (spiser? )?(svin|gris)\w*( ?-?koe?d)?`, "no_pork"},
	{`(svin|gris)\w*( ?-?koe?d)?,? (jeg|hun|han|vi) (kan )?(ikke|aldrig) (kan )?(spiser?|spise)`, "no_pork"},
	{`(svin|gris)\w*( ?-?koe?d)?,? (spiser|kan) (jeg|hun|han|vi) (ikke|aldrig)`, "no_pork"},
	{`bortset fra svin\w*`, "no_pork"}, {`bortset fra gris\w*`, "no_pork"},
	{`(undgaar|undgaa|holder mig fra|afstaar fra) (\w+ )?(svin|gris)\w*`, "no_pork"},
	{`ingen af (os|dem) (\w+ )?spiser (\w+ )?(svin|gris)\w*`, "no_pork"}, {`ingen af (os|dem) (\w+ )?spiser koe?d`, "vegetarian"},
	// "Vi spiser ingen af os svinekød": the verb before "ingen af os"
	{`spiser ingen af (os|dem) (\w+ )?(svin|gris)\w*`, "no_pork"}, {`spiser ingen af (os|dem) koe?d`, "vegetarian"},
	{`halal\w*`, "halal"}, {`helal`, "halal"}, {`kosher`, "kosher"},
	{`glutenfri\w*`, "gluten_free"}, {`coeliak\w*`, "gluten_free"}, {`gluten\w*`, "gluten_free"},
	{`laktosefri\w*`, "lactose_free"}, {`laktose\w*`, "lactose_free"},
	// "ingen mælkeprodukter", "mælkefri kost": as "no dairy" in English
	{`(ingen|uden|intet) (maelk|mejeri)\w*`, "lactose_free"}, {`maelkefri\w*`, "lactose_free"}, {`mejerifri\w*`, "lactose_free"},
	{`undgaar (\w+ )?(maelk|mejeri)\w*`, "lactose_free"},
	// "ingen laktose tak": the food refused is the diet, not a negated one
	{`(ingen|uden|ikke noget) laktose`, "lactose_free"}, {`(ingen|uden|ikke noget) gluten`, "gluten_free"},
	{`noeddeallergi\w*`, "nut_allergy"}, {`fiskeallergi\w*`, "fish_allergy"},
	{`(ingen|uden|ikke) (jord)?noe?dd(er|der)?`, "nut_allergy"}, // "nodder": ø typed as o
	{`(ingen|uden) (aeg|aeggene)`, "egg_allergy"}, {`(ingen|uden) ` + daShellfish, "shellfish_allergy"},
	{`skaldyrsallergi\w*`, "shellfish_allergy"}, {`aeggeallergi\w*`, "egg_allergy"},
	// the allergy and what to with no "over for" between, as a learner
	// writes it ("allergi nødder", "allergisk fisk")
	{`allergi(sk|er)? (jord)?noe?dd\w*`, "nut_allergy"}, {`allergi(sk|er)? fisk`, "fish_allergy"},
	{`allergi(sk|er)? ` + daShellfish, "shellfish_allergy"}, {`allergi(sk|er)? aeg`, "egg_allergy"},
	{`diabet\w*`, "diabetic"}, {`sukkersyg\w*`, "diabetic"}, {`sukker syg\w*`, "diabetic"},
	{`ingen staerk mad`, "other"}, {`(ikke|ingen) staerk\w*`, "other"},
	// "spiser alt men ikke noget stærkt krydret"
	{`(ikke|ingen) (noget |nogen |for |saa |alt for )*(staerk\w* )?krydr\w*`, "other"}, {`(ikke|ingen) (noget|nogen) staerk\w*`, "other"},
	// a meat or food refused that the closed set has no tag for
	{`(ikke|ingen|intet|uden|undtagen) (spiser? )?(okse|kalv|lamme|hest|kylling|svampe|champignon|loeg|hvidloeg)\w*`, "other"},
	{`(ikke|ingen|intet|uden|undtagen) (spiser? )?lam\b`, "other"},
	// an ingredient no tag covers, refused in the food: alcohol, wine in
	// the sauce, gelatine ("intet med alkohol", "maden må ikke indeholde vin")
	{`(ikke|ingen|intet|uden|undtagen) (noget |nogen )?(med )?(alkohol|alkoholholdig\w*|vin|hvidvin|roedvin|oel|spiritus|gelatine|husblas)`, "other"},
	{`(ikke|ingen|intet|uden) (\w+ )?(indeholde|indeholder) (noget |nogen )?(alkohol|vin|oel|spiritus|gelatine|husblas)`, "other"},
	{`(alkohol|gelatine)fri\w*`, "other"},
}

// daMeatRefused, daFishWelcome and daFishRefused read a sentence that turns
// meat down but lets fish in ("spiser ikke kød, undtagen fisk"): pescetarian.
// They are whole-word expressions on the folded text.
var daMeatRefused = []string{`(ikke|ingen|intet|uden|aldrig|hverken)( \w+){0,2} koe?d`, `vegetar\w*`}
var daFishWelcome = []string{
	`(men|undtagen|bortset fra|dog|kun|gerne|godt)[ ,]+((jeg|spiser|gerne|godt|ogsaa|stadig|kan|sagtens|dog|vil|altid|faktisk)[ ,]+){0,3}fisk\w*`,
	`fisk\w* (er )?(fint|ok|okay|i orden|godt|tilladt)`, `spiser (\w+ )?fisk\w*,? men`,
}
var daFishRefused = []string{`(ikke|ingen|intet|uden|hverken|heller ikke)( \w+)? fisk\w*`,
	`(ikke|ingen|intet|uden|hverken)( \w+){0,2} (og|eller) fisk\w*`}

// daAllergens: what an allergy is to.
var daAllergens = [][2]string{
	{`noed\w*`, "nut_allergy"}, {`jordnoed\w*`, "nut_allergy"}, {`(jord)?nodd(er|ene)?`, "nut_allergy"}, {`\w+noedd\w*`, "nut_allergy"}, {`\w+noed`, "nut_allergy"}, // hasselnødder, valnød
	{`mandel`, "nut_allergy"}, {`mandler`, "nut_allergy"}, {`peanut\w*`, "nut_allergy"},
	{`fisk`, "fish_allergy"}, {daShellfish, "shellfish_allergy"},
	{`aeg`, "egg_allergy"}, {`gluten`, "gluten_free"}, {`laktose`, "lactose_free"},
}

// daAllergenRestates: what a refused food is when a tag on the same line
// already says it ("tåler ikke mælk (laktose)", "sukkersyge, så ikke for
// meget sødt"); alone it stays "other".
var daAllergenRestates = [][2]string{
	{`maelk\w*`, "lactose_free"}, {`mejeri\w*`, "lactose_free"}, {`floede`, "lactose_free"},
	{`soedt`, "diabetic"}, {`soede (sager|ting)`, "diabetic"}, {`sukker`, "diabetic"}, {`slik`, "diabetic"}, {`kage\w*`, "diabetic"},
	{`hvede\w*`, "gluten_free"}, {`rug`, "gluten_free"}, {`byg`, "gluten_free"}, {`mel`, "gluten_free"},
}

// daAllergenListEnd: a word that starts a new clause after a list of
// refused foods ("tåler ikke gluten, så tag hensyn til det", "..., ellers
// spiser jeg alt"), or the workshops run on after it without a stop
// ("tåler ikke gluten workshop 2 og 1"): what follows is no food.
var daAllergenListEnd = []string{`saa`, `ellers`, `men`, `hvis`, `derfor`, `fordi`, `da`, `det`, `hvilket`, `jeg`, `vi`, `hun`, `han`,
	`workshop\w*`, `ws`, `nr`, `nummer`, `\d+`}

// A diet corrected: the tag said first is the one taken back. daDietFixGap
// stands between the two tags and says so alone ("vegetar → veganer", "...,
// men det er faktisk veganer"); daDietFixTo stands between them after a
// verb of change in daDietFixVerb ("ændr vegetar til veganer"), and
// daDietFixBut after a word of what was said before in daDietFixSaid ("jeg
// skrev vegetar, men det er veganer").
var (
	daDietFixGap  = []string{`(men )?(det er|det var|jeg er|jeg spiser|skulle vaere) (faktisk|egentlig|i virkeligheden)`, `(men )?faktisk`, `rettet til`, `(men )?nu (er jeg|spiser jeg)`}
	daDietFixTo   = []string{`til`, `til at vaere`}
	daDietFixVerb = []string{`aendr\w*`, `ret\w*`, `skift\w*`, `fra`}
	daDietFixBut  = []string{`men (det|jeg) (er|var|spiser|mente|skulle (have )?(vaere|vaeret))( faktisk| egentlig| i virkeligheden)?`,
		`men (jeg )?mente`}
	daDietFixSaid = []string{`skrev`, `sagde`, `oplyste`, `angav`, `stod`, `staar`, `troede`}
)

// daAsideRoles are jobs written after a name on a line of names
// ("Karim Nasser, vicevært"), besides daRoleTitles.
var daAsideRoles = []string{"pedel", "vicevaert", "ejendomsfunktionaer", "boligsocial", "paedagog", "laerer", "leder"}

// daRoleTitles: a listed person's post, in a bracket after her name
// ("Jens Holt (formand): ..."): who she is, not what she chooses.
var daRoleTitles = []string{`formand`, `naestformand`, `kasserer`, `sekretaer`, `bestyrelsesmedlem`, `suppleant`, `medlem af bestyrelsen`,
	`afdelingsformand`, `beboer`, `frivillig`, `medarbejder`, `kontaktperson`}

// daOrdinals name a workshop by its place in the invitation's list; 0 is
// the last, -1 the one before it.
var daOrdinals = map[string]int{"foerste": 1, "anden": 2, "andet": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sidste": 0,
	"oeverste": 1, "nederste": 0, "naestsidste": -1}

// daOrdinalAfter: what follows an ordinal that points at the list ("den første workshop", "den sidste på listen").
var daOrdinalAfter = []string{`workshop\w* paa (listen|jeres liste|din liste)`, `workshop\w*`, `ws`, `paa listen`, `paa (jeres|din) liste`, `i listen`, `paa invitationen`}

// daListCue points a number or an ordinal at the invitation's list
// ("nummer to på listen", "den tredje på listen").
var daListCue = []string{`paa listen`, `i listen`, `paa (jeres|din) liste`, `paa invitationen`, `i invitationen`}

// daOrdinalThen may follow a bare "den første" that names a workshop by its
// place when the sentence speaks of the list: a backup's condition ("den
// første hvis der ikke er plads") or the next choice.
var daOrdinalThen = []string{"hvis", "som", "ellers", "eller", "og"}

// daNumberWords: a workshop's number written as a word, read only right
// after a workshop word ("workshop fire", "nummer to"); elsewhere "en",
// "et" are articles and "to" may be English.
// daNumberOneMark: a mark of the 1st that may name workshop 1 ("nummer et
// og nummer tre").
var daNumberOneMark = []string{`nummer et`, `nummer en`}

// daThenWords: "to og så fire", "to og ellers fire".
var daThenWords = []string{"saa", "ellers", "derefter", "bagefter", "dernaest"}

var daNumberWords = map[string]int{"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6}

// daPartHeads may end a compound whose first part is a workshop word,
// however short ("jobdelen", "jobsporet", "sundhedsdelen"): the part of
// the meeting about it.
var daPartHeads = []string{"delen", "sdelen", "sporet", "ssporet", "workshoppen", "sworkshoppen"}

// daWorkshopWords stand before a workshop number ("workshop 2", "ws. 2", "nr. 2").
var daWorkshopWords = []string{"workshop", "workshops", "workshoppen", "ws", "nr", "nummer", "gruppe", "spor",
	// the word as it is typed by ear or in haste
	"workshp", "worksop", "workshob", "wokshop", "worshop", "workhop", "workshoop", "vorkshop", "vorkshob", "workschop",
	"warkshop", "worckshop", "vaerkshop"}

// daInflections may follow a workshop word ("naboskabet", "sundhedsworkshoppen").
var daInflections = []string{"", "s", "e", "et", "en", "er", "ene", "erne", "ens", "ets", "workshop", "workshoppen",
	"sworkshop", "sworkshoppen", "sgruppen", "gruppen", "ssporet"}

// daConnectors join two workshop numbers into a 1st and a 2nd ("1 og 4", "4 + 2", "1/3", "2 el. 3").
var daConnectors = []string{"og", "eller", "el", "samt", "men", "&", "+", "/", ",", "-"}

// daEventNouns are the words for the meeting itself: a workshop word that
// runs straight into one ("netværks mødet", "netværk-mødet") is the event's
// own name written in two, not a choice.
var daEventNouns = []string{"moede", "moedet", "moeder", "arrangement", "arrangementet", "arrangementer"}

// daUnits after a number show it counts something else ("2 personer", "5 minutter",
// "2. års studerende").
var daUnits = []string{"personer", "person", "pers", "voksne", "boern", "unge", "aar", "aars", "min", "minutter", "timer",
	"time", "kr", "stk", "gange", "dage", "uger", "maaneder", "sal", "etage", "sider", "procent", "mand",
	"tiden", "klasse", "klasser"} // "ved 4 tiden", "i 2 og 3 klasse"

// daPossessedAfterMy: besides a phone word or a relation, what "min"
// owns after a number, so that it is "my" and not minutes ("1 og 3 min nr
// er ...", "min mail er ...").
var daPossessedAfterMy = []string{"nr", "mail", "email", "adresse", "navn", "telefonnr", "mobilnr", "tlfnr"}

// daTimeWords before a number show it is a time, a date or an address ("kl. 18", "d. 29", "afd. 3").
var daTimeWords = []string{"kl", "klokken", "d", "den", "afd", "afdeling", "uge", "sag", "lejlighed", "blok",
	"opgang", "vej", "gade", "alle", "sep", "sept", "september", "oktober", "august", "januar", "februar", "marts",
	"april", "maj", "juni", "juli", "november", "december", "postnr", "version"}

// daMonths after "29." show a date.
var daMonths = []string{"jan", "januar", "feb", "februar", "mar", "marts", "apr", "april", "maj", "jun", "juni",
	"jul", "juli", "aug", "august", "sep", "sept", "september", "okt", "oktober", "nov", "november", "dec", "december"}

// daCounts are numbers of people in words.
var daCounts = map[string]int{"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "begge": 2}

// daRelations introduce another person ("min kone Sadia", "min kollega").
var daRelations = []string{"kone", "mand", "hustru", "nabo", "naboer", "kollega", "kollegaer", "kolleger", "kollegaen", "datter",
	"soen", "veninde", "ven", "kaereste", "partner", "mor", "far", "bror", "soester", "soster", "son", // ø typed as o
	"svigermor", "svigerfar",
	"svigerdatter", "aegtefaelle", "barn", "boern", "nevoe", "niece", "moster", "faster", "genbo", "underbo", "overbo",
	"svigersoen", "farmor", "mormor", "morfar", "farfar", "faetter", "kusine", "onkel", "tante", "samlever", "svigerinde", "svoger",
	"soenner", "doetre"}

// daPluralKin: relations that are more than one person ("mine børn, Ali
// og Sara").
var daPluralKin = []string{"boern", "soenner", "doetre", "kollegaer", "kolleger", "naboer"}

// daSubjects are pronouns that start a statement about someone.
var daSubjects = map[string]string{"jeg": "self", "vi": "all", "begge": "all", "alle": "all", "hun": "other", "han": "other", "hendes": "other", "hans": "other",
	"mig": "self", "os": "all", "mit": "self", "min": "self", "mine": "self", "undertegnede": "self"}

// daGroupOf open "ingen af os", "alle af os": a statement about everyone.
var daGroupOf = [][2]string{{"ingen", "af"}, {"alle", "af"}, {"hver", "af"}}
var daGroupObject = []string{"os"}

// daForAll: what a clause gives is for everyone ("Workshop 3 for os alle").
var daForAll = []string{`(for|til) os (alle|begge)( to| tre| fire| fem)?`, `(for|til) (os )?(alle|begge) (tre|fire|fem|to)`, `for hele familien`}

// daPoliteFill stand between a verb and its object without changing it
// ("afmeld venligst os").
var daPoliteFill = []string{"venligst", "lige", "hermed", "bare", "gerne"}

// daGroupCount count the group before "os" ("alle tre af os").
var daGroupCount = []string{"alle", "af"}

// daNameStop are capitalised words that are never part of a person's name.
var daNameStop = []string{"hej", "kaere", "kaer", "goddag", "jeg", "vi", "hun", "han", "de", "det", "den", "der",
	"min", "mit", "vores", "og", "men", "tak", "mvh", "vh", "hilsen", "venlig", "med", "workshop", "tilmelding",
	"tilmeldt", "mobil", "tlf", "baade", "begge", "telefon", "navn", "navne", "navnene", "kost", "mad", "vegetar", "halal", "ingen", "ja", "nej",
	"rettelse", "diaet", "madoensker", "kostoensker", "kostbehov", "kosthensyn", "allergi", "allergier", "maden", "madpraeferencer",
	"sendt", "fra", "familien", "familie", "fam", "foreningen", "afdelingsbestyrelsen", "bestyrelsen", "afd", "kommune",
	"albertslund", "abc", "boligsocial", "boligsociale", "center", "centret", "jobcenter", "formand", "naestformand",
	"medarbejder", "konsulent", "leder", "lejer", "beboer", "bestyrelsesmedlem", "koordinator", "hermed", "vedr",
	// the role with its article, opening a sentence ("Beboeren Sahra Ali har spurgt ...")
	"beboeren", "lejeren", "borgeren", "klienten",
	// a board role with its article ("Næstformanden Jens Bo og jeg ...")
	"formanden", "naestformanden", "kassereren", "sekretaeren", "suppleanten", "undertegnede",
	"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "loerdag", "soendag", "september", "oktober", "august",
	"klubleder", "ungdomsklubben", "projektleder", "sekretaer", "kasserer", "iphone", "samsung", "galaxy",
	"outlook", "android", "alt", "helst", "ellers", "hun", "salam", "salaam", "glutenfri", "laktosefri",
	"diabetiker", "veganer", "ws", "nr", "prioritet", "prio",
	// a rank opening a line ("Anden workshop: sundhed")
	"foerste", "anden", "andet",
	// a list's head ("Følgende kommer fra afd. 8:")
	"foelgende", "nedenstaaende", "nedennaevnte",
	// form labels of a choice or a remark ("Ønsker: workshop 1, derefter 2")
	"oensker", "oenske", "oensket", "valg", "prioriteter", "bemaerkninger", "bemaerkning", "kommentar", "kommentarer", "deltager", "tilmelder", "tilmeld", "tilmelde", "afmeld", "afmelde", "afmelder", "afmelding", "hvis", "som", "paa", "til", "i",
	"for", "af", "om", "er", "har", "skal", "vil", "kan", "kommer", "spiser", "gerne", "ogsaa", "begge",
	"dag", "aften", "boligomraade", "boligomraader", "afdeling", "helhedsplan", "netvaerksmoede", "moede", "mødet",
	"moedet", "alle", "hele", "her", "hvor", "hvad", "hvornaar", "hvem", "desvaerre", "direkte", "hovednummer",
	// Interjections that open a sentence with a capital and a comma.
	"undskyld", "beklager", "okay", "ok", "fint", "super", "perfekt", "jamen", "altsaa", "naa", "naah",
	// Closings that stand before a name ("Kh Birgit").
	"kh", "knus", "kram",
	// What one is, not who: kin and roles a From line or "Jeg er ..." may
	// give ("Mormor <...>", "Jeg er Pensionist og ...").
	"mor", "far", "mormor", "morfar", "farmor", "farfar", "bedstemor", "bedstefar", "oldemor", "oldefar", "datter", "soen",
	"kone", "hustru", "mand", "nabo", "pensionist", "foertidspensionist", "studerende", "frivillig", "enke", "bruger", "ejer",
	"privat", "hjemme", "kontakt", "afdelingsformand", "bestyrelsesformand", "sygeplejerske",
	// Pronouns that introduce a name in learner's Danish ("Mig Agnieszka W.").
	"mig", "os",
	// Form labels written as one word.
	"foersteprioritet", "andenprioritet", "foerstevalg", "andetvalg", "reserve", "alternativ", "alternativt", "subsidiaert", "primaert", "sekundaert",
	"oenske", "oensker", "oensket", "valg", "valgt", "prioriteter", "praeference", "praeferencer", "deltager", "deltagere", "emne", "bemaerk", "bemaerkning", "bemaerkninger", "kommentar", "kommentarer", "telefonnummer", "telefonnr", "tlfnr", "mobilnr", "email", "mail", "adresse"}

// daSelfToo: the sender signs herself up beside others.
var daSelfToo = []string{`mig selv`, `og mig`, `(for|af) (mig|os)`, `(jeg|vi) (vil|kommer|deltager) (\w+ )?(ogsaa?|selv)`,
	// staff who come along with the one they sign up ("og jeg tager med
	// som ledsager", "jeg følger hende derud")
	`(jeg|vi) tager (\w+ )?med`, `(jeg|vi) (foelger|ledsager) (hende|ham|dem)\b`, `(jeg|vi) (kommer|tager) med som`,
	// the verb first after "selv": "Selv tager jeg også med", "selv kommer jeg gerne"
	`selv (tager|kommer|deltager) (jeg|vi)`}

// daSelfMarks after a name in a list mark the sender's own line.
var daSelfMarks = []string{"(mig)", "(mig selv)", "(undertegnede)", "(det er mig)", "(afsender)", "(skribent)"}

// daFirstPerson: the sender speaking of herself.
var daFirstPerson = []string{"jeg", "mig", "min", "mit", "mine"}

// daSelfLines start a list line about the sender ("Jeg: workshop 1").
var daSelfLines = []string{"jeg", "mig"}

// daAttendCue: a sentence about who comes, where the people it names are attendees.
var daAttendCue = []string{`sammen med`, `gerne`, `kommer`, `er (ogsaa )?med`, `vi er`, `tilmelde os`, `deltage\w*`, `tilmeld\w*`, `workshop\w*`,
	`skriv [^.?\n]{3,60}? op\b`, `(skriv|saet|meld) (mig|os) (op|paa|til)`,
	// "Jeg melder mig og min søn til": the ones signed up with her
	`(melder|meldte) (mig|os) (og|samt) (\w+ ){1,3}(til|paa)\b`,
	`oensker`, `helst`, `vaelger`, `tager (\w+ ){1,3}med`, `tager med`, `(tael|taelle) (mig|os) med`, `regn(e)? (bare )?med (mig|os)`,
	// "Min kollega Anna Berg vil det samme": what the sender chose
	`(vil|skal|tager|vaelger) (ogsaa )?det samme`, `det samme gaelder`, `det (vil|skal) (\w+ ){1,4}ogsaa`,
	// "Min søster Amina tager 2 og 3": bare numbers she takes
	`tager (nr\.? |nummer )?[1-9]`,
	// "Vi bliver tre: mig, Tom og Ali"
	`vi bliver (to|tre|fire|fem|seks|\d)`, `bliver vi (to|tre|fire|fem|seks|\d)`,
	// "Min søn Karl Holm vil på 3 og 4": a wish for workshops by number
	`vil (paa|i|til|have) (nr\.? |nummer )?[1-9]\b`,
	// "min veninde Fatma vil også med", "min mand skal med", "følger med": she comes along
	`(vil|skal) (ogsaa |gerne |godt |gerne ogsaa |ogsaa gerne )?med\b`, `foelger (ogsaa )?med\b`,
	// "Ali Hassan nr 1 og 2", "Sara Hassan ws 3 og 4": a line of a
	// person's workshops, "nr" or "ws" for the workshop word
	`(nr|ws)\.? [1-9]( og| and| &|,|/| \+) ?[1-9]\b`, `ws\.? [1-9]\b`}

// daSpokenOf: a sentence that speaks of someone without bringing her ("min
// kollega har overtalt mig"); in a reply, only a cue to come makes her one.
var daSpokenOf = []string{`(har|havde) (\w+ )?(overtalt|anbefalet|foreslaaet|raadet)`, `overtalte`, `anbefalede`, `foreslog`}

// daCountBefore and daCountAfter frame a head count ("vi er to", "2 personer").
var daCountBefore = []string{`vi er`, `vi kommer`, `tilmelding`, `tilmelder`, `os alle`, `vi alle`, `vi (?:er|kommer|bliver) alle`, `vi (?:vil|skal|kan) alle`,
	`(?:kommer|er) vi`, // "Fra bestyrelsen kommer vi tre", "vi vil alle tre gerne"
	`(?:familie|gruppe|flok) paa`}
var daCountAfter = []string{`personer`, `pers`, `deltagere`}

// daGroupOfTwo / enGroupOfTwo are two people without a count after "vi
// er" ("tilmelde os begge to", "vi to", "both of us").
var daGroupOfTwo = []string{`begge to`, `os begge`, `vi begge`, `vi to`, `vi (vil|skal|kommer|kan) begge`}

// daClauseStart: words that start a new statement about someone inside a sentence.
var daClauseJoin = []string{"og", "men", "mens", "saa"}

// daRunOnSubject start a new statement in a sentence typed without full
// stops ("... min kone vi vil begge ..."); never after daRunOnLeads, which
// lead into a clause of the same sentence ("som vi vil", "at jeg kommer").
var daRunOnSubject = []string{"jeg", "vi", "hun", "han"}
var daRunOnLeads = []string{"som", "der", "at", "hvis", "naar", "fordi", "hvor", "om", "da", "end", "saa", "og", "men", "mens", "eller",
	"hvad", "hvem", "hvilken", "hvilke", "hvilket", "nu", "ogsaa", "tror", "synes", "haaber", "ved", "mener", "siger", "sagde", "skrev", "selv",
	"det", "den", "de", "dem", "noget", "alt", "alle", // "det hun har": a clause inside the phrase
	"hverken", "enten"}
var daClauseSubject = []string{"jeg", "hun", "han", "hendes", "hans", "vi", "min", "mit", "vores"}

// daInvertedVerbs stand before a subject of a relation and the sender in
// a statement that leads with another word ("Desværre må min mand og jeg
// melde afbud").
var daInvertedVerbs = []string{"maa", "kan", "skal", "vil", "kommer", "melder", "er", "bliver"}

// daPersonVerbs follow a name that starts a statement (", Bo vil i workshop 3").
var daPersonVerbs = []string{"vil", "er", "skal", "spiser", "tager", "kommer", "har", "oensker"}

// daDietVerbs also start a statement of one person after a name, about her
// food ("…, og Karim undgår mælk", "men Jonas tåler ikke gluten"): what
// the clause says of the group before is not hers alone.
var daDietVerbs = []string{"taaler", "undgaar", "lider", "drikker"}

// daStrongUpdate: a change named outright, even outside a thread.
var daStrongUpdate = []string{`(aendre|skifte|byt|bytte|rette|tilfoeje) (min|mine|vores|tilmelding\w*)`, `(jeg|vi) er tilmeldt`,
	// "Vil I skrive min mand Ole på også?", "sætte ham på min tilmelding"
	`(skrive|saette|skriv|saet) (\w+ ){1,4}paa (ogsaa|med|min tilmelding|vores tilmelding)`, `til (min|vores) tilmelding`,
	`ogsaa (tilmelde|skrive|saette) (min|mit|mine|vores)`,
	`(skifte|flytte|bytte) (over )?til`, `(skifte|flytte|bytte) (over )?dertil`, `ellers bliver (jeg|vi) (bare |blot |bare stadig |stadig )?(paa|i)`, `i stedet`, `istedet`, `byt(te)? (om|rundt) paa (mine|min|vores)`,
	// "To rettelser til vores tilmelding:"
	`rettelse\w* (til|i|af) (min|vores|jeres|vor) tilmelding`,
	// "han vil alligevel hellere på 4 ... Fatima er uændret": one of those
	// registered changes, the other keeps hers
	`alligevel hellere`, `er uaendret`,
	// "Jeg skrev uddannelse, men jeg mener faktisk den anden": a slip in
	// the registration made, corrected
	`(jeg|vi) (skrev|har skrevet|kom til at skrive) (\w+,? ){1,5}men (jeg |vi )?(mener|mente)`}

// daClauseWords make a line a sentence, not a name with its title or phone
// after a comma ("Diabetiker, så ingen kage").
var daClauseWords = []string{"saa", "men", "ikke", "ingen", "jeg", "vi", "mig", "os", "er", "har", "vil", "skal", "kan", "maa",
	"spiser", "taaler", "gerne", "helst", "tak", "meget", "lidt", "alt", "ellers", "noget", "nogen", "undtagen", "uden"}

// daDietChange: a word on food given after the registration, or a change
// of it ("jeg glemte at skrive", "vi vil gerne ændre kosten").
var daDietChange = []string{`glem(te|t) (\w+ ){0,2}(skrive|sige|naevne|oplyse|fortaelle|melde)`, `tilfoejelse`, `tilfojelse`,
	`(aendre|aendret|rette|opdatere) (\w+ )?(kost\w*|diaet\w*|mad\w*)`, `kost\w* (er )?(aendret|skiftet)`, `skulle have (skrevet|sagt|naevnt)`,
	`(aendre|aendr|rette|ret|skifte|skift) (\w+ ){1,2}til`, `(jeg|vi) skrev`, `rettelse`, `(staar|stod) der`}

// daDietChangeWeak tell of a diet as a change only where the mail does not
// sign anyone up itself: "jeg er nemlig diabetiker", "jeg er blevet
// veganer" in a new registration give the diet, nothing earlier changes.
var daDietChangeWeak = []string{`(min|vores|hans|hendes) kost`, `(jeg|vi|hun|han) (er|spiser) (nu|nemlig|blevet)`}

// daScopeFill stand between words of withdrawal and the workshop they are
// said of ("kan ikke komme til den workshop", "ikke deltage i min workshop").
var daScopeFill = []string{"til", "i", "paa", "den", "det", "denne", "min", "mit"}

// daInstead ends the clause of the number right before it ("på 3 i stedet
// for 4", insteadAt); a phrase of two words is "i stedet".
var daInstead = []string{"istedet", "i stedet"}

// daAnotherArticles, daAnotherWords: "en anden", "et andet" is another
// one, not the second ("Kan jeg flytte til en anden workshop?", anotherAt).
var (
	daAnotherArticles = []string{"en", "et"}
	daAnotherWords    = []string{"anden", "andet"}
)

// daMoveOtherVerbs move the one named right after them ("flyt Karim til
// 3", "kan I flytte Karim til 3?"); daMoveOtherFillers may stand between
// ("flyt venligst Karim").
var (
	daMoveOtherVerbs   = []string{`flyt`, `flytte`, `skift`, `skifte`, `ryk`, `rykke`}
	daMoveOtherFillers = []string{"venligst", "lige", "gerne", "please"}
)

// daMoveOver may stand between a verb of moving and its preposition
// ("flytte over på 3", movedTo).
var daMoveOver = []string{"over", "det", "den"}

// daHedgedCancel: the sender thinks she cannot come (hedgedCancel): "tror
// (måske) ikke (at) jeg kan komme", "tror ikke jeg når det", "det bliver
// nok ikke til noget", "jeg kommer måske ikke". daSelfComesAfter: she comes all the same ("men jeg
// kommer").
var daHedgedCancel = []string{`tror (\w+ ){0,2}ikke (at )?(jeg|vi) (kan |faar |naar )?(\w+ )?(komme|deltage|naa det|naar det|vaere med|faa tid)`,
	// "jeg kommer måske ikke (alligevel)", "vi kommer nok ikke"
	`(jeg|vi) kommer (maaske|muligvis|nok|formentlig|sandsynligvis) ikke`, `(maaske|muligvis) kommer (jeg|vi) ikke`,
	`(det )?bliver (nok|vist|desvaerre|nok desvaerre|vist desvaerre|nok alligevel) ikke til noget`,
	// "skal I ikke regne med mig", "regn ikke med mig, hvis ...": a maybe,
	// not a count me in
	`ikke regne med (mig|os)`, `regn (\w+ )?ikke med (mig|os)`}
var daSelfComesAfter = []string{`men (jeg|vi) (kommer|deltager)`}

// daLateOnly follows "kan ikke komme" when only the time is the trouble.
var daLateOnly = []string{`foer`, `inden`, `til tiden`, `til kl`, `paa tid`, `tidligt`}

// daTakeBack: the sender takes back what she just wrote and says it anew
// ("... workshop 4. Nej vent, ..."): the workshops before it are undone.
var daTakeBack = []string{`nej,? vent`, `vent,? nej`, `(actually|faktisk),? nej`, `(jeg har|har jeg) (\w+ )?(skiftet mening|ombestemt mig|fortrudt)`,
	`ved naermere eftertanke`, `rettelse`, `undskyld,? jeg mente`, `jeg mente (selvfoelgelig|naturligvis)`}

// daReceiptSays: the sender tells what the receipt says ("i kvitteringen
// står der workshop 2 først"), the old state, not her wish. daWroteBefore:
// what she wrote before ("men jeg skrev beskæftigelse").
var (
	daReceiptSays = []string{`i (kvittering|bekraeftelse|svar)en (staar|stod) der`, `(der )?(staar|stod) (der )?i (kvittering|bekraeftelse|svar)en`,
		`(kvittering|bekraeftelse)en (siger|viser)`, `i (jeres|din) (kvittering|bekraeftelse|svar|mail) (staar|stod) der`,
		// what the office recorded, retold ("I har noteret mig på sundhed",
		// "I har skrevet laktosefri ved mig", "der står vegetar ved mig",
		// "står jeg som veganer")
		`i har (skrevet|noteret|sat|registreret|opfoert)`, `(staar|stod) (der )?(\w+ ){0,3}(ved|under|ud for) (mig|os)`,
		// "hos mig" with "der": "fire står øverst hos mig" ranks a wish
		`(staar|stod) der (\w+ ){0,3}hos (mig|os)`,
		`(staar|stod) (jeg|vi) (som|paa|til|med|under)`, `(staar|stod) (der )?i (jeres|din|det) (kvittering|bekraeftelse|svar|mail)`}
	daWroteBefore = []string{`(jeg|vi) (skrev|havde skrevet|har skrevet|valgte|havde valgt)`}
)

// daTopicPointers point at a workshop by its subject, right before a
// topic word ("den om arbejde", "workshoppen med skolen"); daTopicChain
// joins a topic word to the workshop named before it ("helbred, og så naboer").
var (
	daTopicPointers = []string{`(den|dem|det|noget) (om|med|omkring)`, `workshop\w*( (om|med|omkring))?`, `\w*prio\w*`, `\w*valg`, `oensker?`}
	daTopicNouns    = []string{"workshop", "workshoppen"}
	daTopicChain    = []string{`og`, `eller`, `samt`, `saa`, `ellers`, `derefter`, `bagefter`, `foerst`}
)

// daTopicWishes point at a workshop by its subject as daTopicPointers do,
// before one of daTopicWishPreps: a wish to hear of it, the verb in the
// infinitive or as a state ("vil gerne høre om arbejde", "interesseret i
// skole"); "har talt om skole" tells what was and wishes nothing.
// daTopicWishFillers may stand between ("høre lidt om").
var (
	daTopicWishes      = []string{"hoere", "snakke", "tale", "laere", "vide", "interesseret", "interesse", "interesserer mig", "interesserer os"}
	daTopicWishPreps   = []string{"om", "omkring", "i", "for"}
	daTopicWishFillers = []string{"lidt", "noget", "mere"}
)

// daSenderWords: the writer speaks of herself as one who acts or comes.
var daSenderWords = []string{"jeg", "mig", "vi", "os", "selv"}

// daRelativeWishes: a wish to come or to a workshop (relativeWishes).
var daRelativeWishes = []string{`(vil|ville|oensker) (\w+ )?(gerne|helst)`, `(vil|oensker) (at )?(deltage|komme|vaere med)`}

// daAlsoWords say that someone comes as well as another (alsoComes).
var daAlsoWords = []string{`ogsaa`, `ligeledes`, `med mig`, `sammen med`}

// daSignUpNamed: the verb of one who signs up the people she names next
// ("Jeg tilmelder hermed Mohammed Saleh", "vil gerne tilmelde Birthe Lund").
var daSignUpNamed = []string{`tilmelder`, `tilmelde`, `tilmeld`, `meld`, `melde`, `saet`, `saette`, `tilfoej`, `tilfoeje`, `noter`, `notere`}

// daSenderRole: the writer's role beside the one she signs up ("jeg er hans
// kontaktperson", "jeg arbejder som hjemmehjælper").
var daSenderRole = []string{`(jeg|vi) er (hans|hendes|deres|familiens|beboerens) \w+`, `(jeg|vi) arbejder (som|i|paa|for|hos) \w+`,
	`(jeg|vi) er (ansat|medarbejder|frivillig|kontaktperson|socialraadgiver|mentor|bostoette\w*|tolk) (i|paa|hos|ved|for) \w+`, `(jeg|vi) tolker for \w+`,
	// how she knows: "Jeg har talt med Else Dam, som gerne vil med"
	`(jeg|vi) har (lige |netop |i dag )?(talt|snakket) med`}

// daIfNot open what follows if a condition fails ("hvis ikke, så kan hun
// nok ikke komme"): a "kan ikke komme" after them withdraws no one.
var daIfNot = []string{`hvis ikke`, `ellers`, `hvis (det|det her|det ikke) ikke`}

// daOtherNameIntro name the person just spoken of ("min kone ... Hun hedder Fatma Ali").
var daOtherNameIntro = []string{`(hun|han) hedder`, `(hendes|hans) navn er`}

// daNameField and daNameIntro come before a sender's name; daNameIntro says
// outright that a name follows, so one written in small letters after it is
// read too ("mit navn faadumo ali", "jeg hedder ayse demir").
var daNameField = []string{`navn`, `fulde navn`,
	// a form staff fill in for the one they sign up ("Beboer: Else Dam")
	`beboer`, `beboerens navn`, `deltager`, `deltagerens navn`, `deltagers navn`, `borger`, `borgerens navn`}
var daNameIntro = []string{`jeg hedder`, `mit navn er`, `mit navn`, `mit fulde navn er`, `mit fulde navn`}

// daNameIntroWeak come before a name but as often before a word of what
// one is ("jeg er Pensionist", "det er Ali der kommer"): only a full name
// after them is read as the sender's.
var daNameIntroWeak = []string{`jeg er`, `hej,? det er`, `hejsa,? det er`, `hallo,? det er`, `goddag,? det er`}

// daIntroGoesOn after a name introduced by "det er" make it another
// person's ("det er Ali der kommer", "det er Ida Holm som vil med").
var daIntroGoesOn = []string{"der", "som"}

// daSignUpFor: a registration named for someone, before the name
// ("Tilmelding for Karim Nasser"); as after daSignUpSelf, a name there
// may spell out the From line's initials ("Karim N.").
var daSignUpFor = []string{`tilmelding (for|af)`}

// daWeakSecond are priority words that only order ("ellers 4" after a 1st).
var daWeakSecond = []string{"ellers", "alternativt", "evt", "evt.", "eventuelt", "subsidiaert", "og saa", "dernaest", "eller ogsaa",
	"derefter", "og derefter", "bagefter", "og bagefter", "hvis ikke", "hvis ikke saa", "hvis ikke det kan lade sig goere saa", "hvis ikke det kan lade sig goere", "hvis ikke det kan saa", "hvis ikke det kan", "hvis ikke det gaar saa", "hvis ikke det gaar"}

// daPlaces are prepositions before where someone lives or works, not who.
var daPlaces = []string{"fra", "i", "paa", "ved", "hos"}

// daEstateSections number the sections of a housing estate; a name in
// brackets after the number is the estate's ("afdeling 7 (Tranehusene)").
var daEstateSections = []string{"afdeling", "afd"}

// daPassedOnFrom: words of a passed-on mail before "fra" and its author.
var daPassedOnFrom = []string{"nedenstaaende", "videresender", "videresendt", "besked", "beskeden", "mail", "mailen", "henvendelse", "henvendelsen", "tilmelding", "tilmeldingen", "sms"}

// daOwners come before a relation ("min kone").
var daOwners = []string{"min", "mit", "vores"}

// daNamesIntro open a sentence whose rest names those who come, the
// sender among them ("Vi hedder Sara Ali og Leyla Ali").
var daNamesIntro = []string{"vi hedder", "vi to er", "vi er", "det er", "navnene er", "vores navne er", "vores navne"}

// daNaming stand between a relation and her name ("min mand hedder Ole",
// "min kones navn er Saima").
var daNaming = []string{"hedder", "heder", "navn er", "navn"}

// daSkipLead are words before a clause's subject.
// daLabelFor open a label for whom the choices after its colon are ("For
// mig: workshop 4 og så 2. For Milica: 2 og så 1").
var daLabelFor = []string{"for", "til"}

// daSignUpOrder: a verb that orders a sign-up; the one it names after it
// ("Tilmeld os", "skriv mig op") is who the clause is about.
var daSignUpOrder = []string{"tilmeld", "skriv", "meld", "saet"}

// daAskModal, daAskYou and daSignUpAsked ask for a sign-up as a question
// ("Vil I tilmelde Karim", "Kan I skrive mig op").
var (
	daAskModal    = []string{"vil", "kan", "kunne"}
	daAskYou      = []string{"i"}
	daSignUpAsked = []string{"tilmelde", "skrive", "melde", "saette"}
)

// daRoleOwner and daBoardRoles name a board member by role before a name
// ("vores kasserer Jens Bo").
var (
	daRoleOwner  = []string{"vores"}
	daBoardRoles = []string{"formanden", "naestformanden", "kassereren", "sekretaeren", "suppleanten", "formand", "naestformand", "kasserer", "sekretaer"}
)

// daOrderVerbs also ask staff to put someone on the list ("Tilføj Bo Holm",
// "Noter Bo Holm på 3"); neither they nor daSignUpOrder begin a name.
var daOrderVerbs = []string{"tilfoej", "noter", "reserver"}

var daSkipLead = []string{"og", "men", "saa", "ogsaa", "ogsa", "desvaerre", "beklageligvis", "uheldigvis", "hej", "ja", "nej", "tak", "dog", "altsaa", "aah", "naah", "naa", "ps", "hov", "ups"}

// daTopicLabels name the topic of a line before its colon ("Kost: jeg er
// vegetar", "Mad og allergier: vi spiser halal"): the subject is after the
// colon.
var daTopicLabels = []string{"mad", "maden", "kost", "allergi", "allergier", "diaet", "madoensker", "kostoensker",
	"kostbehov", "kosthensyn", "madpraeferencer", "forplejning", "hensyn", "bemaerkning", "bemaerkninger", "note", "obs"}

// daInvertLeads open a Danish statement and put its verb before its subject
// ("Til gengæld tåler jeg ikke laktose", "I øvrigt er hun vegetar").
var daInvertLeads = [][]string{{"til", "gengaeld"}, {"i", "oevrigt"}, {"for", "resten"}, {"forresten"}, {"ellers"},
	{"desuden"}, {"derudover"}, {"endelig"}, {"heldigvis"}, {"til", "sidst"}, {"bagefter"}}

// daFrontedLeads open a subordinate clause or a phrase of topic put before
// a Danish statement ("Hvis køkkenet kan, vil jeg helst have glutenfrit",
// "Når det gælder maden, så er jeg vegetar", "Med hensyn til maden er jeg
// vegetar"): the subject follows its verb after it.
var daFrontedLeads = [][]string{{"hvis"}, {"naar"}, {"saafremt"}, {"selvom"}, {"hvad", "angaar"}, {"med", "hensyn", "til"},
	{"mht"}, {"angaaende"}, {"vedroerende"}, {"hvor", "det", "er", "muligt"},
	// "Efter en snak med min kollega, som kender området, vælger jeg ..."
	{"efter"}}

// daInvertVerbs stand between such an opener and the subject ("Og så er jeg
// vegetar", "Nå ja, og så spiser jeg ikke svinekød").
var daInvertVerbs = []string{"vil", "er", "skal", "spiser", "tager", "kommer", "har", "oensker", "taaler", "undgaar", "lider", "vaelger",
	"drikker", "kan", "maa", "bliver", "foretraekker", "glemte", "glemmer"}

// daReportVerbs tell what the writer says ("Jeg glemte at skrive, at Emil
// har nøddeallergi", "Jeg vil gerne tilføje, at min mand ..."): after "at"
// or a colon comes whom the statement is about.
var daReportVerbs = []string{"glemte", "glemt", "naevne", "naevnt", "tilfoeje", "tilfoejet", "skrive", "skrevet",
	"fortaelle", "fortalt", "sige", "sagt", "oplyse", "oplyst", "meddele", "informere", "understrege", "opmaerksom"}

// daOnlyWords may stand before the one number of a listed person's line
// ("- Fatima Benali: kun 3").
var daOnlyWords = []string{"kun", "bare"}

// daWishNumbers: a wish said right before bare workshop numbers ("jeg vil
// gerne 1 og 2", "hun vil helst 3", "vi vil gerne have 1 og 2", "begge vil
// 2 og 1", "jeg vil gerne deltage i 2 og 4", "vil gerne tilmeldes 1 og 3",
// "jeg har valgt 2 og 3").
var daWishNumbers = []string{"gerne", "helst", "hellere", "oensker", "vaelger", "vaelge", "valgt", "tager", "have", "vil", "begge",
	"deltage", "deltager", "tilmeldes", "tilmeldt"}

// daInvertedSubjects follow the verb of a wish when the sentence opens
// with "ellers" or "så" ("ellers vælger jeg 2", "så tager vi 3"):
// invertedWish.
var daInvertedSubjects = []string{"jeg", "vi", "hun", "han"}

// daChoiceLabels head a form's line of workshop numbers ("Ønsker: 2 og 3",
// "Prioritet: 4, 1", "Prioritering: 3, 1").
var daChoiceLabels = []string{"oenske", "oensker", "valg", "prioritet", "prioriteter", "prioritering", "prio", "praeference", "praeferencer"}

// daLabelLinks join a label of choices to its numbers ("mine ønsker er 4 og 1").
var daLabelLinks = []string{"er", "bliver"}

// daSignUpNumbers: an order to sign up right before bare workshop numbers
// ("Tilmeld mig 3 og 4 tak", "skriv mig op til 2").
var daSignUpNumbers = []string{`tilmeld (mig|os)( til| paa| i)?( workshop| ws)?`, `tilmelde (mig|os)( til| paa| i)?( workshop| ws)?`,
	`(tilmelder|melder) (mig|os)( til| paa| i)?( workshop| ws)?`, `(skriv|saet) (mig|os) (op|paa)( til| paa)?`,
	`(skrive|saette) (mig|os) (op|paa)( til| paa)?`, // "Kan I skrive mig på 2?"
	`meld (mig|os) (til|paa)`, `melde (mig|os) (til|paa)`,
	// "tilmeld mig og min mand Tom til 2 og 4"
	`(tilmeld|tilmelde|meld|melde) (mig|os) og (min|mit|mine|vores) \S+( \S+){0,2} (til|paa|i)( workshop| ws)?`,
	// "tilmeld mig og Jens Bo til 1 og 3", "tilmeld Tom og mig til 4 og 2"
	`(tilmeld|tilmelde|meld|melde) (mig|os|undertegnede) og \S+( \S+)? (til|paa|i)( workshop| ws)?`,
	`(tilmeld|tilmelde|meld|melde) \S+( \S+)? og (mig|os|undertegnede) (til|paa|i)( workshop| ws)?`,
	// "skriv gerne min mand Bo Holm op til 3 og 4", "tilmeld min søn til 2"
	`(skriv|skrive|saet|saette) (gerne |venligst |lige |ogsaa )?((mig|os) og )?(min|mit|mine|vores) \S+( \S+){0,2} (op|paa)( til| paa)?( workshop| ws)?`,
	`(tilmeld|tilmelde|meld|melde) (gerne |venligst |lige |ogsaa )?(min|mit|mine|vores) \S+( \S+){0,2} (til|paa|i)( workshop| ws)?`}

// daWritesSelf: someone spoken of signs up in her own mail ("men hun
// skriver selv", "han melder sig selv til"): she is not in this one.
var daWritesSelf = []string{`(hun|han|de) (to |tre |fire |fem )?(andre )?(skriver|sender) (nok |vist |sikkert |gerne |ogsaa )?selv( en mail| en tilmelding| til jer| til dig)?`,
	`(hun|han|de) (to |tre |fire |fem )?(andre )?(melder|tilmelder) sig (nok |vist |sikkert |gerne |ogsaa )?selv( til)?`,
	`(hun|han|de) (to |tre |fire |fem )?(andre )?(skriver|sender) (nok |vist |sikkert |gerne |ogsaa )?(sin|sine|deres) egen( mail| tilmelding)?`,
	// "2 kolleger, som selv sender en mail", "der tilmelder sig hver for sig"
	`(som|der) (nok |vist |sikkert |gerne |ogsaa )?selv (skriver|sender|melder sig|tilmelder sig)( en mail| en tilmelding| til jer| til dig| til)?`,
	`(som|der|hun|han|de) (melder|tilmelder) sig (\w+ )?(hver for sig|separat|hver isaer)`}

// daGroupBodies are boards and associations, whose size ("bestyrelsen er 5
// personer") is no count of who comes.
var daGroupBodies = []string{"bestyrelse", "bestyrelsen", "afdelingsbestyrelse", "afdelingsbestyrelsen", "forening", "foreningen",
	"klub", "klubben", "gruppe", "gruppen", "udvalg", "udvalget", "netvaerk", "netvaerket", "frivilliggruppe", "frivilliggruppen"}

// daSignUpSelf ask staff to put the sender on the list ("I må gerne skrive
// mig på Sundhed", "Tæl mig med", "Regn med mig"): the clause is hers, and
// she comes, whoever was spoken of before.
var daSignUpSelf = []string{`(skriv|skrive|saet|saette) mig (op|paa|ned)`, `(tilmeld|tilmelde|meld|melde) mig( til| paa)?`,
	`(tael|taelle) mig med`, `regn(e)? med mig`}

// daSignUpUs: as daSignUpSelf for the group, asked of staff ("Kunne I
// skrive os op til 1 og 3?").
var daSignUpUs = []string{`(skriv|skrive|saet|saette) os (op|paa|ned)`, `(tilmeld|tilmelde|meld|melde) os( til| paa)?`,
	`(tael|taelle) os med`, `regn(e)? med os`}

// daNegators before a workshop word mean it is not wanted ("ikke sundhed").
var daNegators = []string{"ikke", "undtagen", "uden", "hverken", "aldrig",
	"stedet"} // "i stedet for workshop 2": the one left

// daInsteadOf stand before the workshop a change gives up ("sundhed i
// stedet for nr 3"): the new one takes its place in the order.
var daInsteadOf = []string{`i stedet for`, `istedet for`, `frem for`, `fremfor`}

// daMoveFrom and daMoveTo frame a move from one workshop to another
// ("fra workshop 2 til workshop 4"): the first is given up.
var daMoveFrom = []string{"fra"}
var daMoveTo = []string{"til", "over"}

// daPriorityAs stand before "den anden", "den første" that give a
// workshop's priority, not its place in the list ("nr. 1 som den anden").
var daPriorityAs = []string{"som"}

// daSkipBeforeRef stand between a negator and the workshop it negates.
var daSkipBeforeRef = []string{"workshop", "workshoppen", "den", "i", "til", "noget", "med", "om", "kun", "nr", "nummer"}

// daFillers may stand between two workshop numbers ("4 gerne, eller 2").
var daFillers = []string{"tak", "gerne", "evt", "eventuelt", "maaske"}

// daDietNegators turn the diet word right after them around ("ikke vegetar").
var daDietNegators = []string{"ikke", "ingen"}

// The words around a diet word that name it the old value, which no
// longer holds (oldDiet in dietold.go).
//
// daDeniedIs, daDeniedNot and daDeniedBut frame a diet denied and
// corrected: "Kavitha er ikke veganer, men vegetar".
var daDeniedIs = []string{"er"}
var daDeniedNot = []string{"ikke"}
var daDeniedBut = []string{"men"}

// daWithdrawNot, daWithdrawNeed and daWithdrawFill: the negators and the
// verbs of a diet withdrawn with a verb between the "ikke" and the diet
// ("har ikke længere brug for vegetarmad", "skal alligevel ikke have
// glutenfri"), and the small words that may stand among them;
// daWithdrawFoods are foods, which such words refuse.
var daWithdrawNot = []string{"ikke", "aldrig"}
var daWithdrawNeed = []string{"brug", "behoever", "behoeve", "have", "faa"}
var daWithdrawFill = []string{"laengere", "mere", "alligevel", "for", "skal", "vil", "den", "det", "noget", "nogen", "saa", "hun", "han", "de", "jeg", "vi"}
var daWithdrawFoods = []string{"gluten", "laktose", "svinekoed", "svin", "koed", "fisk", "noedder", "noed", "aeg", "maelk", "skaldyr", "sukker", "alkohol"}

// daMistakeOf and daMistakeWith stand before a diet written by mistake
// ("en fejl med halal"); daMistakeVerbs and daMistakeWords after it
// ("halal var en fejl", "pescetar er forkert"), each within two words.
var daMistakeOf = []string{"fejl"}
var daMistakeWith = []string{"med"}
var daMistakeVerbs = []string{"var", "er"}
var daMistakeWords = []string{"fejl", "forkert", "forkerte"}

// daRefusableFoods: a food whose tag a negator before it does not turn
// round but asks for ("spiser ikke gluten", "ingen laktose"); unless
// daFoodCondition follows ("ikke gluten allergi").
var daRefusableFoods = []string{"gluten", "laktose"}
var daFoodCondition = []string{"allergi", "allergiker", "allergisk", "intolerant", "intolerance", "intolerans", "fri", "problemer"}

// daPhonePreferred ask for the number after them over another one.
var daPhonePreferred = []string{`(brug|ring paa|ring til|skriv til) (\w+ )?(helst|hellere)`, `(helst|hellere) (\w+ )?(brug|ring\w*)`, `foretraekker (\w+ ){0,3}(nummer|nummeret|mobil\w*)`}

// A house number: "fra nr 58 i Gårdhusene", "bor i nr. 12" (houseNumbers).
var (
	daHouseNumberWords = []string{"nr", "nummer", "opgang"}
	daHouseFrom        = []string{"fra"}
	daHouseLives       = []string{"bor", "boer"}
	daHouseAt          = []string{"i", "paa"}
)

// daDietInstead: a diet said in place of one taken back.
var daDietInstead = []string{`i stedet`, `istedet`, `hellere`, `nu`}

// daDietSofteners stand between a negator and the diet ("ikke helt vegetar").
var daDietSofteners = []string{"helt", "rigtig", "rigtigt", "fuldt", "laengere", "mere", "strengt", "100"}

// daParticles stand lower case inside names.
var daParticles = []string{"van", "von", "de", "der", "den", "bin", "ibn", "bint", "binti", "abu", "ben", "al", "el", "da", "di", "la", "le",
	"del", "della", "dos", "das", "ter", "ten"}

// daNotPerson start the names of groups, not people.
var daNotPerson = []string{"familien", "familie", "fam", "foreningen", "afd", "afdeling", "afdelingsbestyrelsen", "bestyrelsen",
	"boligselskabet", "kommune", "gruppen", "klubben", "ungdomsklubben", "borgerservice", "kundeservice"}

// daOrgSuffixes end the words of groups and places.
var daOrgSuffixes = []string{"forening", "foreningen", "klub", "klubben", "center", "centret", "cafe", "cafeen",
	"huset", "skole", "skolen", "gruppen", "raad", "raadet", "bestyrelse", "bestyrelsen", "selskab", "selskabet",
	"kommune", "kvarter", "vej", "gade", "byen", "aps",
	// housing estates ("afdeling 7 (Tranehusene)", "fra Hyldespjældet")
	"husene", "gaarden", "parken", "spjaeldet", "bakken",
	// offices and departments ("Ejendomskontoret Hyldespjældet", "Driftsafdelingen")
	"kontor", "kontoret", "afdelingen", "sekretariat", "sekretariatet",
	// drop-in places ("Værestedet Lyngen")
	"vaerested", "vaerestedet", "moedested", "moedestedet"}

// daInstitutions end the names of clubs, schools, cafés and drop-in
// places ("Fritidsklubben Ørnen", "Værestedet Lyngen", "Lektiecafé Øst").
var daInstitutions = []string{"klub", "klubben", "center", "centret", "cafe", "cafeen", "skole", "skolen", "vaerested", "vaerestedet",
	"forening", "foreningen", "bibliotek", "biblioteket", "boernehave", "boernehaven", "vuggestue", "vuggestuen"}

// daPersonWords say whose a choice is ("jeg vil gerne på 2", "hun vil
// ..."): a sentence with one states no choice for the whole party
// (shareImpersonal).
var daPersonWords = []string{"jeg", "mig", "min", "mit", "mine", "han", "hun", "ham", "hende", "hans", "hendes"}

// daComeFrom are people said to come from a place ("to medarbejdere fra
// Ørnereden", "en fra klubben", "vi kommer fra"): the name after "fra" is a
// place's. After any other word ("Tilmelding fra", "hilsen fra") it is
// the sender's.
var daComeFrom = []string{"medarbejder", "medarbejdere", "medarbejderne", "kollega", "kollegaer", "kolleger", "ansat", "ansatte",
	"frivillig", "frivillige", "paedagog", "paedagoger", "leder", "ledere", "repraesentant", "repraesentanter", "personale",
	"beboer", "beboere", "unge", "medlem", "medlemmer", "deltager", "deltagere", "folk", "en", "et", "to", "tre", "fire",
	"nogle", "nogen", "os", "kommer", "komme"}

// daTableName and daTableDiet head the name and diet columns of a table.
var daTableName = []string{`navn`, `fulde navn`, `deltager`, `person`, `beboer`, `beboere`, `beboerens navn`}

// daTableFirst and daTableSecond head a table's priority columns where no
// running text says a rank that way ("1. ønske", "Ønske 1",
// "Førsteønske"); lex.first and lex.second read the rest.
var (
	daTableFirst  = []string{`1\.? ?oenske`, `oenske (nr\.? ?)?1`, `foersteoenske`, `foerste (prioritet|oenske|valg)`}
	daTableSecond = []string{`2\.? ?oenske`, `oenske (nr\.? ?)?2`, `andetoenske`, `andenoenske`, `(anden|andet) (prioritet|oenske|valg)`}
)

// daFormNameLabels head the name field of a form filled in for each person
// ("Navn: Ida Holm", "Deltager 2: Per Jensen"); a number after them is dropped.
var daFormNameLabels = []string{"navn", "fulde navn", "fornavn og efternavn", "deltager", "deltagerens navn", "person"}
var daTableDiet = []string{`kost\w*`, `mad`, `allergi\w*`, `diaet`, `hensyn`, `kosthensyn`, `madhensyn`}

// daCommonWords are common Danish words, to tell the language.
var daCommonWords = []string{"jeg", "vi", "du", "og", "at", "er", "til", "paa", "med", "det", "den", "de", "en",
	"et", "ikke", "for", "af", "som", "har", "vil", "gerne", "mig", "min", "mit", "hej", "tak", "kan", "skal",
	"der", "om", "saa", "men", "hvis", "ogsaa", "eller", "fra", "mvh", "hilsen", "venlig", "tilmelding", "tilmelder",
	"workshop", "spiser", "ellers", "helst", "kommer", "deltage", "os", "hun", "han", "ja", "vaere", "i", "mine",
	"vores", "jer", "jeres", "her", "hermed", "godt", "meget", "lige", "bare", "nok", "endnu", "igen", "alle",
	"desvaerre", "mere", "kun", "nu", "da", "hvor", "hvad", "hvordan", "naar", "ved", "efter", "foer", "over",
	"under", "ud", "op", "mange", "hilsner", "prioritet", "vegetar", "mad", "deltager", "moedet", "begge", "to",
	// the words of a short line that signs up ("ws3, 2. valg ws4, tlf ..., ingen svinekød")
	"ingen", "valg", "tlf", "svinekoed"}

// otherWords are common words of languages near Danish or often met here
// (German, Swedish, Norwegian, Turkish, Polish) that Danish and English lack.
var otherCommonWords = []string{"ich", "mich", "und", "die", "das", "ist", "bin", "nicht", "fuer", "ein", "eine",
	"zu", "auf", "wir", "sie", "jag", "och", "aer", "inte", "mycket", "ikkje", "eg", "ve", "bir", "bu",
	"icin", "ile", "ben", "istiyorum", "ederim", "jestem", "nie", "prosze", "chcialbym", "chcialabym",
	// Turkish, Polish and Somali written in Latin letters, which the
	// non-Latin test misses ("istiyor", "benimle aynı", "na te same",
	// "fadlan ... ku dar")
	"istiyor", "benimle", "misiniz", "musunuz", "ayni", "gelmek", "lutfen", "luetfen", "tesekkuerler", "tesekkurler", "benim",
	"zapisac", "zapisz", "warsztaty", "mnie", "dziekuje", "pozdrawiam", "prosimy", "moja", "moje",
	"fadlan", "waxaan", "waan", "iyo", "mahadsanid", "sidoo"}

// daLinkBack stand between a workshop and a priority word after it ("3 som 2. prioritet").
var daLinkBack = []string{"som", "som min", "som mit", "er", "bliver", "er min", "er mit", "bliver min", "bliver mit",
	"skal vaere", "skal vaere min", "skal vaere mit", "bliver til min", "til min",
	// the attendee spoken of: "sundhed som hendes første prioritet", "tryghed som sit førstevalg"
	"som sin", "som sit", "som hans", "som hendes", "som deres", "er hans", "er hendes", "er sin", "er sit", "skal vaere hans", "skal vaere hendes",
	"bliver hans", "bliver hendes", "hans", "hendes", "sin", "sit",
	"maa vaere", "maa vaere min", "maa vaere mit", "kan vaere min", "kan vaere mit",
	// the verb left out after the first: "X er mit førstevalg, og Y mit andetvalg"
	"min", "mit",
	// a place in a ranking: "Sundhed kommer ind på førstepladsen"
	"paa", "kommer ind paa", "staar paa", "kommer paa"}

// daRankFillers only weigh the link between a workshop and the priority
// word after it ("Sundhed er klart mit førstevalg").
var daRankFillers = []string{"klart", "helt", "nok", "saa", "altsaa", "absolut", "nemlig", "jo", "da", "bestemt",
	// a kept rank ("uddannelse må gerne forblive mit førstevalg")
	"stadig", "kan", "maa", "gerne", "forblive", "forbliver"}

// daRankLink are the words of such a link, looser than daLinkBack: a
// workshop this close before a priority word, with one of them between,
// is the one it ranks.
var daRankLink = []string{"er", "bliver", "som", "min", "mit", "vaere"}

// daRankIsLink link a priority word to a bare number after it ("min anden
// prioritet er 3").
var daRankIsLink = []string{"er", "bliver", "vil vaere", "ville vaere", "skal vaere", "er saa"}

// daRankJoins begin a new part of the sentence: a priority word after one
// of them ranks what follows it ("3 og mit andetvalg er 2").
var daRankJoins = []string{"og", "men", "eller", "mens"}

// daSameName join the words of one workshop's name ("Sundhed og trivsel").
var daSameName = []string{"og", "mm", "m"}

// daBeside stand between a workshop's number and its name ("workshop 2 om sundhed").
// daAboutNot follow "om" without naming a topic ("workshop 3 om muligt").
var daAboutNot = []string{"muligt", "morgenen", "eftermiddagen", "aftenen", "dagen", "ugen", "aaret", "jeg", "vi", "der", "det", "den", "man"}

var daBeside = []string{"om", "omkring", "vedr", "vedroerende", "angaaende", "workshop"}

// daStreetEnds end street names; a number after one is a house number.
var daStreetEnds = []string{"vej", "gade", "alle", "plads", "vaenge", "parken", "bakken", "straede", "torv", "haven", "stien"}

// daFloorWords end the floor of a flat; a number after it is the house's
// ("2. sal nr 14", "st. th. nr. 3").
var daFloorWords = []string{"sal", "th", "tv", "mf", "etage", "st"}

// daLivesAt: "bor i nr. 4", "bor på nr. 4", "min nabo fra nr. 14".
var daLivesAt = []string{"bor i", "bor paa", "boer i", "boer paa", "nabo fra", "naboen fra", "naboer fra", "genbo fra",
	"underbo fra", "overbo fra", "nabo i", "nabo paa"}

// daLiveVerbs stand right before a house number as a learner writes it
// ("jeg bor nr 2").
var daLiveVerbs = []string{"bor", "boer"}

// daReversedOrder: "the same", the two priorities the other way round
// ("Min mand vil det samme, bare omvendt").
var daReversedOrder = []string{`omvendt`, `modsat raekkefoelge`}

// daSwap: the sender swaps her two priorities ("bytte om på mine
// prioriteter"); with no workshop named, the registered ones are swapped.
var daSwap = []string{`byt(te)? (gerne |lige |venligst )?(om|rundt) (paa )?((mine|min|vores|de) )?(to )?(prioritet\w*|valg|workshops?)`,
	`byt(te)? (mine|min|vores) (to )?(prioritet\w*|valg) (om|rundt)`,
	`byt(te)? (om|rundt) (paa )?(min |mit )?(1\.?|foerste) og (2\.?|anden|andet) (prioritet\w*|valg|prio)`,
	// "Kan jeg bytte om på de to?", "Byt gerne om på rækkefølgen", "vend dem om"
	`byt(te)? (gerne |lige |venligst )?(om|rundt) (paa )?(de to|dem|raekkefoelgen|ordenen)`,
	`vend(e)? (gerne |lige |venligst )?(om paa )?(raekkefoelgen|ordenen|dem|de to)( om)?`,
	// "Kan I vende mine prioriteter om", "fortrudt rækkefølgen, bytte om tak"
	`vend(e)? (gerne |lige |venligst )?(mine|min|vores) (to )?(prioritet\w*|valg|workshops?) om`, `byt(te)? om,? tak`,
	`fortrudt (raekkefoelgen|ordenen|prioriteringen)`}

// daRankNouns name a priority; beside one, daRankOwners before a bare 1 or
// 2 make it a rank ("Sundhed bliver min 1. prioritet og Naboskab min 2.").
var daRankNouns = []string{`prio`, `valg`}

// daRankNounsAfter: the noun after a rank word, whole ("som anden prioritet").
var daRankNounsAfter = []string{`prioritet`, `prio`, `valg`}
var daRankOwners = []string{"min", "mit"}

// daPairFirst and daPairSecond are the two ranks said at once, before one
// daRankNouns ("1. og 2. prioritet", "første- og andetvalg").
var daPairFirst = []string{`1\.?`, `foerste`}
var daPairSecond = []string{`2\.? ?`, `anden ?`, `andet ?`}

// daNameToWorkshop follow a name that starts a clause with no verb ("Jeg
// vil i workshop 1, Per i workshop 3").
var daNameToWorkshop = []string{`i workshop`, `til workshop`, `i ws`, `i nr`}

// daSelfObject is the sender as an object ("tilmelde mig (selv) og ..."),
// daSelfEmph the word that may follow it; daSelfPronouns name the sender
// beside another ("både jeg og Per"); daAnd joins two people.
var (
	daSelfObject   = []string{"mig", "undertegnede"}
	daSelfEmph     = []string{"selv"}
	daSelfPronouns = []string{"jeg", "mig"}
	daAnd          = []string{"og"}
)

// daWeWords speak of a group the writer is one of ("vi kommer", "til os").
var daWeWords = []string{"vi", "os"}

// daTheyWords speak of the others, not the writer ("De spiser halal").
var daTheyWords = []string{"de"}

// daWishesWorkshop: a wish for a workshop, which signs up whom it is said
// of ("vil gerne på workshop 2", "vil helst i nr. 3").
var daWishesWorkshop = []string{`(vil|ville) (\w+ )?(gerne|helst) (paa|i|til) (workshop|ws|nr)`}

// daBothWords say a withdrawal is for two ("vi melder begge afbud").
var daBothWords = []string{`begge`, `baade`, `vi to`}

// daBothLead opens a subject of two joined by "og" ("Både Bo og jeg er
// vegetarer"): the subject is both.
var daBothLead = []string{"baade"}

// daOurBooking is the registration of all the sender signed up ("slet
// vores tilmelding", "aflyse vores deltagelse"): withdrawn, it is everyone's.
var daOurBooking = []string{`vores (tilmelding\w*|deltagelse|pladser|plads|booking)`}

// daLeadAdverbs open a sentence with a capital and are never a name's
// first word ("Så Per og jeg ...", "Derfor Per ..."); neither are the
// words of daSkipLead.
var daLeadAdverbs = []string{"saa", "derfor", "nu", "hverken", "desuden", "derudover", "heldigvis", "endelig", "ellers", "altsaa"}

// daThanksAllRight: a thank-you, or a word that the receipt is right; a
// reply of only these and of greetings changes nothing ("Tak for
// kvitteringen. Det ser rigtigt ud, vi ses den 29.").
var daThanksAllRight = []string{`(mange )?tak( for \w+)?`, `tusind tak`, `det ser (\w+ )?(rigtigt|fint|godt|korrekt) ud`,
	`det passer( \w+)?`, `det er (helt )?(rigtigt|korrekt|fint|i orden)`, `(alt|det) stemmer`, `perfekt`, `super`, `vi ses( \w+)*`, `glaeder (mig|os)`}

// daListReasons give a reason after a withdrawal ("afbud for tirsdag, da
// vores søn er syg"): no one withdrawn is named after them.
var daListReasons = []string{"da", "fordi", "eftersom", "idet"}

// daCancelApplies say whom a cancellation concerns; the names follow
// ("Det gælder Kirsten, Susanne og Morten", "afbud for Lone og Bent").
var daCancelApplies = []string{`(det|dette|afbuddet|afmeldingen) gaelder( for)?`, `(afbud|afmelding|afmelder|afmelde) for`,
	// "vi melder fra for vores to deltagere", "må aflyse for alle fire"
	`meld(e|er)? fra for`, `aflys(e|er)? for`,
	`gaelder (foelgende|folgende)( personer)?`, `(det|afbuddet|afmeldingen) drejer sig om`,
	// "afmelde to af vores beboere: Amir Haddad og Gitte Lund"
	`(afmelde|afmelder|afmeld|afbud for) (to|tre|fire|fem|\d{1,2}) af (vores|mine|de) [^.,:\n]{0,60}\w`,
	// "..., jeg tilmeldte forleden: Zainab Hussein og Kurt Nielsen"
	// (only with a time after the verb: "jeg tilmeldte mig i går" says no one)
	`(jeg|vi) (tilmeldte|meldte til|har tilmeldt|skrev op) (i sidste uge|i forrige uge|forleden( dag)?|i gaar|tidligere|sidst|for nylig)`,
	// "Familien Warsame må desværre melde fra – både Hodan W. og Ifrah W.":
	// the family members named, not the one who writes
	`familien [^.,:\n]{1,40}(maa|kan|skal|melder)[^.:\n]{0,80}?(baade|hverken)`}

// daNamesLabels label a line listing the people of a registration
// ("Navne: Nguyen Thi Lan og Tran Van Minh"), folded.
// daCancelApology: an apology for a cancellation, which says nothing of who
// withdraws ("jeg beklager det sene afbud").
// daBareKin: kinship words a family uses as a name ("Far er diabetiker",
// "Mor spiser ikke svinekød"), each with the relation it stands for.
var daBareKin = map[string]string{"far": "far", "mor": "mor", "farmor": "farmor", "mormor": "mormor", "farfar": "farfar", "morfar": "morfar"}

// daAsideName: words that give a sender's real name beside the short one
// she goes by ("Mo (Mohamed Abdi Farah på papiret)").
var daAsideName = []string{`paa papiret`, `egentlig`, `rigtige navn`, `rigtigt navn`, `fulde navn`, `officielt`, `i passet`, `hedder jeg`}

// daOnlySelf: the sender comes alone, the one spoken of before stays home
// ("så det er kun mig", "jeg kommer alene").
var daOnlySelf = []string{`(kun|bare|blot) (mig|jeg)( selv)?`, `(kommer|deltager) (jeg )?alene`, `mig alene`}

var daCancelApology = []string{`beklager (meget )?(det|dette)( sene| korte)? (afbud|varsel)`, `undskyld (det|dette)( sene| korte)? (afbud|varsel)`}

var daNamesLabels = []string{"navne", "navn", "deltagere", "deltagernes navne", "vores navne", "vi hedder"}

// daWasRegistered: what the sender is registered for already, said before
// the workshop ("jeg er tilmeldt workshop 1"); daRather: the turn to what
// she wants now ("men vil hellere", "i stedet").
var daWasRegistered = []string{`(jeg|vi) er (allerede )?tilmeldt( til| paa)?`, `(jeg|vi) (har|havde) (\w+ )?(tilmeldt|meldt) (mig|os)( til| paa)?`,
	`(jeg|vi) (tilmeldte|meldte) (mig|os)( \w+)?( til| paa)?`, `(jeg|vi) (valgte|skrev)`}
var daRather = []string{`men`, `hellere`, `i stedet`, `nu`}

// daNewNumber: a phone number given anew ("mit nye nummer er", "rettelse
// af mit telefonnummer").
var daNewNumber = []string{`(nyt|nye|ny|andet|rigtige|korrekte) (telefon|mobil|tlf\.?)?(nummer|nr)`, `nyt (telefon|mobil)nummer`,
	`(telefon|mobil)nummer(et)? (er|skal vaere|er nu)`, `(ret|rette|aendre|aendr|opdatere|opdater) (mit|min) (telefon|mobil|tlf\.? ?)?(nummer|nr)`,
	`rettelse`, `(har|har faaet|fik) (skiftet|aendret|nyt) (telefon|mobil|tlf\.? ?)?(nummer|nr)`, `(har|har faaet|fik) ny (telefon|mobil)`,
	// "Mit nummer er forkert, det skal være ..."
	`(mit|min) (telefon|mobil|tlf\.? ?)?(nummer|nr) (er|var|staar) (\w+ )?forkert`, `forkert (telefon|mobil|tlf\.? ?)?(nummer|nr)`}

// daSameChoice: someone wants what the sender chose ("min mand vil det
// samme", "det samme gælder min mand", "og det vil min kollega også").
var daSameChoice = []string{`(vil|skal|tager|vaelger|oensker) (\w+ )?(ogsaa |gerne )?(paa |i )?(det samme|de samme( workshops?| to)?|samme workshops?)`,
	`det samme gaelder( for| ogsaa)?`, `det (vil|skal|goer) (\w+ ){1,4}ogsaa`, `samme (valg|prioriteter|prioritering|workshops?) som (mig|jeg)`,
	// "Skriv hende på de samme to workshops som mig", "Sæt ham på det samme som mig"
	`(det|de) samme (to )?(workshops? |valg |prioriteter )?som (mig|jeg)`}

// daSameLeftOut: "the same" with its verb's object left out, beside the one
// it is said of ("Min mand Bo vil også gerne med, samme workshops"); alone
// it may as well say the sender's own stay ("Samme workshops.").
var daSameLeftOut = []string{`samme (workshops|valg|prioriteter)`, `samme workshop`}

// daKeptChoice: a choice restated as unchanged in a mail that changes
// another ("Første prioritet er stadig sundhed", "2. prioritet som før").
var daKeptChoice = []string{`(er|bliver|forbliver|staar) (stadig|fortsat|uaendret)`, `(valg|prioritet) forbliver`, `uaendret`, `uaendrede`,
	`(som|ligesom) (foer|hidtil|tidligere|sidst)`, `(den|det|de) samme som (foer|sidst|tidligere)`, `beholder (jeg|vi)`}

// daPastRank: as enPastRank ("Sundhed var hendes førstevalg sidste år",
// "sidste år var job mit førstevalg").
var daPastRank = []string{`var (\w+ ){0,3}(mit|min|vores|hans|hendes|sit|sin|deres) (foerste|anden|andet|foerstevalg|andetvalg|1\.|2\.)`}

// daWrapEnders: as enWrapEnders. "med" is left out, a particle as often
// ("Jeg kommer med").
var daWrapEnders = []string{"fra", "til", "i", "paa", "ved", "af", "hos", "mod", "omkring", "gennem", "en", "et", "den", "det", "og", "eller"}

// daKeptClause: as enKeptClause ("Tryghed må gerne blive stående som mit
// andet valg", "og lad sundhed blive som andetvalg", "ingen ændring af mit
// andetvalg").
var daKeptClause = []string{`(blive|bliver|forblive|forbliver) staaende`, `(maa|kan) (gerne |bare |godt |stadig )?forblive`,
	`lad (\w+ ){1,3}(blive|vaere|staa) (som|paa)`, `beholder (jeg|vi) som`, `beholder (\w+ ){1,3}som (mit|min|vores) (foerste|anden|andet|1|2)`,
	`ingen aendring\w* (af|i|til|paa|for) (mit|min|vores|den|det)`}

// daDoubtComing: doubt about coming at all, from one registered already.
var daDoubtComing = []string{`(ikke|ikke helt|ikke rigtig) sikker paa,? (at|om) (jeg|vi) (\w+ )?(kan|faar mulighed for at) (komme|deltage|vaere med|naa det)`,
	`usikker(t)? paa,? om (jeg|vi) (\w+ )?kan (komme|deltage|vaere med|naa det)`, `(det er )?usikkert,? om (jeg|vi) (\w+ )?kan (komme|deltage|vaere med|naa det)`,
	`ved (endnu )?ikke,? om (jeg|vi) (\w+ )?kan (komme|deltage|vaere med|naa det)`, `ved ikke (endnu )?om (jeg|vi) (\w+ )?kan (komme|deltage|vaere med|naa det)`,
	// a maybe-withdrawal: "det kan godt være at jeg ikke kan komme", "jeg
	// er ikke sikker på at jeg når det", "jeg kommer måske ikke"
	`kan (godt |sagtens |meget vel |nu )?vaere,? (at )?(jeg|vi) (\w+ )?ikke (kan |kommer til at )?(komme|kommer|deltage|deltager|vaere med|naa det|naar det)`,
	`(ikke|ikke helt|ikke rigtig) sikker paa,? (at|om) (jeg|vi) (\w+ )?(naar det|kommer|deltager|kan naa det|bliver i stand til at komme)`,
	`(jeg|vi) (kan|kommer) maaske ikke`, `maaske (kan|kommer) (jeg|vi) ikke`}

// daDoubtAfterAll: coming "after all" ("om jeg kan komme alligevel"):
// doubt about a registration made before.
// A day or a date may stand before "alligevel" ("på tirsdag", "den 29. september").
var daDoubtAfterAll = []string{`(kan|kunne) (\w+ )?(komme|deltage|vaere med|naa det) ([\w.]+ ){0,4}alligevel`, `alligevel (kan|kunne) (komme|deltage|vaere med|naa det)`}

// daQuestionWords, daAskVerbs and daAskSubjects open a question in a
// mail written in small letters: "hvornår ...", "kan jeg ...", "er der ...".
var (
	daQuestionWords = []string{"hvad", "hvor", "hvornaar", "hvordan", "hvem", "hvilken", "hvilke", "hvorfor"}
	daAskVerbs      = []string{"kan", "maa", "skal", "er", "har", "vil", "kommer", "faar"}
	daAskSubjects   = []string{"jeg", "vi", "man", "der", "i", "hun", "han", "min", "mit", "mine", "vores"}
)

// daSignUpThen: a sign-up promised after a question ("Er der
// børnepasning? Så tilmelder jeg mig"): put off until it is answered.
// Without a question "så" may only mean "so".
var daSignUpThen = []string{`saa (tilmelder|melder) (jeg|vi) (mig|os)`, `saa vil (jeg|vi) (gerne )?(tilmelde|melde) (mig|os)`,
	`saa (skal|vil) (jeg|vi) (nok |gerne )?(komme|deltage)`}

// daMembersSignedUp / enMembersSignedUp: the sender signs up a number of
// the people she speaks for ("tilmelde to medlemmer", "register three
// residents"), herself not among them unless she says so. COUNT stands for
// the number.
var daMembersSignedUp = []string{`(tilmelde|tilmelder|melde|melder) COUNT (af (vores|vore|bestyrelsens|afdelingens) )?(medlemmer|beboere|kolleger|kollegaer|frivillige|ansatte|repraesentanter|bestyrelsesmedlemmer)`}

// daWeighsFor: "for mig" after a word of weight or liking ("vigtigst for
// mig", "interessant for os") says what matters to the one speaking, who
// may be a resident quoted: it adds no attendee as "tilmelding for mig"
// does.
var daWeighsFor = []string{`(vigtig\w*|interessant\w*|relevant\w*|spaendende|aktuel\w*|nemmest|bedst|noedvendig\w*|svaer\w*) for (mig|os)`}

// daReasonOpen begins a clause that says why ("fordi", "for hun har").
var daReasonOpen = []string{`fordi`, `(for|da|eftersom) (jeg|hun|han|vi)`, `det (er vigtigt|betyder meget)`}

// daSelfNot: a negation in a sentence about the sender coming too.
var daSelfNot = []string{`ikke`, `ej`}

// daDeletesNamed: staff are asked to strike people off by name ("slet
// venligst Jens Bro og Anne Bro").
var daDeletesNamed = []string{`slet`, `slette`, `fjern`, `fjerne`, `stryg`, `stryge`, `afmeld`, `afmelde`}

// daMessengerAfter / daMessengerBefore: around a name, the one who passed
// on the invitation ("mødet som Amina sendte", "Amina gav mig
// invitationen", "invitationen fra Amina"), who need not come herself.
var daMessengerAfter = []string{`(har )?(sendte|sendt|videresendte|videresendt|delte|fortalte om|fortalt om|har fortalt om)( mig| os)?( om)?\s*[.,!]`,
	`(sendte|videresendte|delte|fortalte) (mig|os) (om )?(invitation\w*|mail\w*|moedet|det)`, `gav (mig|os) (invitation\w*|mail\w*|brevet)`,
	`(har )?(sendt|videresendt|givet) (mig|os) (invitation\w*|mail\w*)`,
	// "Min nabo fortalte om mødet, så her kommer en tilmelding"
	`(har )?(fortalte|fortalt) (mig |os )?om (moedet|arrangementet|netvaerksmoedet|invitationen|det)`}
var daMessengerBefore = []string{`(moedet|invitation\w*|mail\w*|moede) (som|der|) ?`, `(invitation\w*|mail\w*|besked\w*) fra`}

// daHelperAfter / daHelperBefore: around a name or a relation, one who
// helps the sender write or is to be called for her ("min søn hjælper mig
// med mailen", "min datter har skrevet for mig", "ring til min datter"):
// a messenger too, and no one the mail brings along.
var (
	daHelperAfter = []string{`(hjaelper|hjalp|har hjulpet) (mig|os)`, `(skriver|skrev|har skrevet) (for|til) (mig|os)`,
		`(skriver|skrev|har skrevet) (mailen|den|det)`}
	daHelperBefore = []string{`(ring|ringe|sms|skriv) (til|paa) ?`, `(kontakt|kontakte) ?`}
)

// daHelperVerbs: what a relative did for the sender, said right before
// "mig" ("min datter tog mig med", "min nabo har rådet mig til ...");
// daHelperAux may stand before them; daRelativeWords open an aside about
// the relative (", som er sygeplejerske,"); daThirdObjects name someone
// else the clause may sign up ("bad mig tilmelde ham") (helperOpens).
var (
	daHelperVerbs = []string{"tog", "hjalp", "hjulpet", "viste", "vist", "koerte", "koert", "fulgte", "fulgt", "raadede", "raadet",
		"foreslog", "foreslaaet", "anbefalede", "anbefalet", "opfordrede", "opfordret", "overtalte", "overtalt", "fortalte", "fortalt",
		"inviterede", "inviteret", "gav", "givet", "sagde", "sagt", "raader", "anbefaler", "foreslaar", "opfordrer"}
	daHelperAux = []string{"har", "havde"}
	// daTalkWords / daTalkWith: a talk with a relative ("efter en snak med
	// min kollega", "efter at have talt med min nabo")
	daTalkWords     = []string{"snak", "snakket", "snakke", "talt", "tale", "talte", "samtale", "droeftet", "droefte", "raadfoert"}
	daTalkWith      = []string{"med"}
	daRelativeWords = []string{"som", "der"}
	daThirdObjects  = []string{"ham", "hende", "dem", "hun", "han", "de"}
)

// daSharedFirst, daFirstCue, daSecondCue: a 1st choice given to all
// ("førsteprioritet er for dem begge workshop 2"), then each one's 2nd
// ("som andet valg vil Fatima gerne have uddannelse og Khalid beskæftigelse").
var daSharedFirst = []string{`for (dem|os) (begge|alle)( to| tre)?`, `for (dem|os) (begge|alle) (to|tre)`, `(de|vi) (vil )?(begge|alle) (gerne )?(have|paa|i)`}
var daFirstCue = []string{`foersteprioritet`, `foerstevalg`, `1\.? ?prioritet`, `foerste ?(prioritet|valg)`, `som (nummer )?(et|en|1)`}
var daSecondCue = []string{`andet ?valg`, `andenprioritet`, `anden ?prioritet`, `2\.? ?prioritet`, `som (nummer )?(to|2)`}

// daResidentSignUp: staff sign up a resident they do not name
// ("Tilmelding af beboer fra nr. 14").
var daResidentSignUp = []string{`tilmelding af (en )?(beboer|lejer|borger)`, `tilmelde\w* (en )?(beboer|lejer|borger)`}

// daUnnamedPeople: people a staff member counts without naming them ("to
// beboere", "tre unge").
var daUnnamedPeople = []string{"beboere", "lejere", "borgere", "unge", "kvinder", "maend", "deltagere", "personer",
	"medarbejdere", "frivillige", "ansatte"}

// daReverseWords: a person's choices are another's turned round ("Reza:
// omvendt, 3 og 4").
var daReverseWords = []string{"omvendt", "modsat", "byttet"}

// daCorrection: a mail corrects what a registration holds ("En lille
// rettelse: Kavitha er ikke veganer, men vegetar. Workshops er uændrede.").
var daCorrection = []string{`rettelse\w*`, `er ikke \w+,? men`, `(workshops?|valg\w*|prioritet\w*) (er|forbliver) (uaendre\w*|de samme|som foer)`}

// daAllFirst: a 1st choice said of everyone at once ("Alle tre vil helst
// i naboskab"), before a sentence that gives each a 2nd.
var daAllFirst = []string{`alle (to |tre |fire |fem )?(vil|skal|oensker|foretraekker) (helst|gerne|allerhelst)`,
	`(vi|de) (vil|skal) (alle|begge)( to| tre| fire)? (helst|allerhelst)`, `begge( to)? vil (helst|allerhelst)`}

// daGroupHeads end the name of an association, board or office as its last
// word ("Galgebakkens Beboerforening", "Kanalens Afdelingsbestyrelse").
var daGroupHeads = []string{"forening", "foreningen", "bestyrelse", "bestyrelsen", "selskab", "selskabet", "klub", "klubben",
	"raad", "raadet", "sekretariat", "sekretariatet", "kontor", "kontoret", "afdelingen", "udvalg", "udvalget", "netvaerk", "netvaerket"}

// daComeIfAnswered: someone who comes only if staff's answer allows
// ("Min nabo vil gerne med, hvis der er"), said beside a question.
var daComeIfAnswered = []string{`vil (\w+ )?(gerne |ogsaa gerne |godt )?(med|komme med|komme|deltage),? hvis`}

// daAsksBothRanks: an invitation that asks for a 1st and a 2nd priority
// ("Vælg en workshop, 1. og 2. prioritet").
var daAsksBothRanks = []string{`(1\.?|foerste) (og|\+) (2\.?|anden) ?prioritet`, `(1\.?|foerste) ?prioritet (\w+ ){0,3}(og|samt) (en )?(2\.?|anden) ?prioritet`}

// daUsNamed: "os" with the names of those it means right after a colon
// ("Vi vil gerne tilmelde os: Gül D. og Mehmet D.").
var daUsNamed = []string{`(tilmelde|tilmelder|melde|melder) os( begge| alle)?( to| tre| fire)?( som familie)?`}

// daComesAlone: the sender comes without anyone ("jeg kommer alene").
var daComesAlone = []string{`(kommer|deltager) alene`, `(kommer|deltager) (selv )?uden (min|mit|mine)`,
	`kun (mig|jeg),? (selv,? )?(der|som) (kommer|deltager)`} // "vi er 4 i familien, men det er kun mig der kommer"

// daStatementJoin join two statements in one sentence ("Jeg kommer gerne,
// men Bo er forhindret", "Bo har en aftale, så han kommer ikke").
var daStatementJoin = []string{"men", "saa", "og", "mens"}

// daElidedSubjects stand for a person before a wish that leaves out the
// verb of the one before ("Hun vil på 3, jeg på 1 og 2").
var daElidedSubjects = []string{"jeg", "hun", "han"}

// daDietEcho: the sender says the food just said of another of herself
// ("Hun spiser halal, det gør jeg også").
var daDietEcho = []string{`det (goer|gjorde|er) jeg (saa )?ogsaa`, `det samme (gaelder|goer sig gaeldende) (for )?mig`, `ligesaa (goer|er) jeg`}

// daOwnName: the words by which the sender gives her own name ("mit navn
// er ..."); "jeg hedder" is hers by its "jeg".
var daOwnName = [][2]string{{"mit", "navn"}}

// daUnchangedFact: a fact restated as it stands ("Yonas er stadig veganer
// som skrevet", "hun spiser fortsat halal som før"): no part of a change.
var daUnchangedFact = []string{`(stadig|stadigvaek|fortsat|uaendret) (\w+ ){0,4}som (allerede |tidligere |vi )?(skrevet|skrev|sagt|naevnt|oplyst|angivet|foer|sidst|tidligere|aftalt)`}

// daSeatAsk: a polite request for a seat, said before the workshops it
// asks for ("Kan jeg få en plads på sundhed?", "Må jeg komme på workshop
// 4?", "Kan I sætte mig på 2?"): the bot acts on it (seatRequest).
var daSeatAsk = []string{
	`(kan|kunne|maa|maatte) (jeg|vi) (\w+ ){0,2}faa (en |to )?(plads|pladser) (paa|i|til)`,
	`(kan|kunne|maa|maatte) (jeg|vi) (\w+ ){0,2}(komme|vaere) (med |over )?(paa|i|til)`,
	`(kan|kunne|maa|maatte) (jeg|vi) (\w+ ){0,2}(deltage|deltag) i`,
	`(kan|kunne|maa|maatte) (jeg|vi) (\w+ ){0,2}(tilmelde|melde) (mig|os)( til| paa| i)?`,
	`(kan|kunne|vil|gider|maa) (i|du) (\w+ ){0,2}(saette|skrive|melde|tilmelde) (mig|os) (op |ind )?(paa|til|i)`,
}

// daOtherSeatAsk: a request to put another person on the list, said of
// her ("Kan hun også blive skrevet på?", "Kunne min kollega Jens også få
// en plads på 3?"): the bot adds her (otherSeatRequest), as it does for
// "Kan I tilmelde hende?". Permission ("Må min søn komme med?") is none.
var daOtherSeatAsk = withRelations(daRelations,
	`(kan|kunne|maa|maatte) (hun|han|de) (\w+ ){0,2}(blive|bliver) (skrevet|sat|meldt|noteret|tilmeldt|registreret|tilfoejet)( paa| op| ind| til)?`,
	`(kan|kunne|maa|maatte) (hun|han|de) (\w+ ){0,2}(komme|kommer) (med )?paa (listen|holdet)`,
	`(kan|kunne|maa|maatte) (hun|han|de) (\w+ ){0,2}faa (en |to )?(plads|pladser)( paa| i| til)?`,
	`(kan|kunne|maa|maatte) (min|mit|vores) REL (\w+ ){0,3}(blive|bliver) (skrevet|sat|meldt|noteret|tilmeldt|registreret|tilfoejet)( paa| op| ind| til)?`,
	`(kan|kunne|maa|maatte) (min|mit|vores) REL (\w+ ){0,3}(komme|kommer) (med )?paa (listen|holdet)`,
	`(kan|kunne|maa|maatte) (min|mit|vores) REL (\w+ ){0,3}faa (en |to )?(plads|pladser)( paa| i| til)?`)

// daSeatPlace: getting a seat ("få en plads på sundhed"), no motive like
// "få et netværk" (daMotive), though it starts as one.
var daSeatPlace = []string{`faa (en |to |nogle )?(plads|pladser)`}

// daSeatGlue may stand among the workshops of a seat request ("... på 2
// og ellers 4?", "... på sundhed, evt. job?").
var daSeatGlue = []string{"og", "eller", "ellers", "saa", "derefter", "dernaest", "evt", "eventuelt", "gerne", "tak", "ogsaa",
	"som", "anden", "prioritet", "den", "om", "i", "paa", "til", "hos", "jer", "stedet", "istedet"}

// daOtherSeatGlue / enOtherSeatGlue may end a request for another
// person's seat besides daSeatGlue ("Kan han komme på listen også?",
// "Could she be registered as well?").
var daOtherSeatGlue = []string{"listen", "venligst", "lige", "hende", "ham", "dem", "workshop", "workshoppen"}
var enOtherSeatGlue = []string{"well", "list", "her", "him", "them", "workshop", "too", "aswell"}

// daElidedCancel: a withdrawal whose verb is left out ("Tak for
// invitationen, men jeg kan desværre ikke.", "Jeg har ikke tid den 29.");
// only when nothing but daElidedTail follows it in its clause
// (elidedCancel).
var daElidedCancel = []string{`(jeg|vi) kan (\w+ )?ikke`, `kan (jeg|vi) (\w+ )?ikke`, `(jeg|vi) har (\w+ )?ikke tid`, `har (jeg|vi) (\w+ )?ikke tid`}

// daElidedTail: the day, the meeting or a regret after an elided
// withdrawal ("... ikke den 29. september", "... ikke til mødet").
var daElidedTail = []string{"desvaerre", "alligevel", "altsaa", "saa", "den", "d", "dag", "dagen", "dato", "datoen", "tirsdag",
	"tirsdagen", "denne", "gang", "i", "aar", "september", "sept", "sep", "til", "moedet", "netvaerksmoedet", "arrangementet",
	"tid", "paa", "dette", "tidspunkt"}

// daTagAsk: a polite check put after the wish it asks about ("workshop 2
// og 4 – er det okay?", ", går det?"): the wish stands (tagAsk).
var daTagAsk = []string{`(er|var) det (ok|okay|i orden|fint|muligt|en mulighed|godt)`, `gaar det( an)?`, `kan det (lade sig goere|gaa|passe)`,
	`passer det`, `hvis det er (ok|okay|i orden|muligt|fint)`, `haaber det er (ok|okay|i orden|fint)`,
	// "hvis muligt", "om muligt"; a hope for a seat is no question either
	`(hvis|om) (overhovedet )?muligt`, `(i|der) har plads (til mig|til os)?`}

// daSmallTalk: a greeting's question nobody must answer ("Hej Anne,
// hvordan går det?").
var daSmallTalk = []string{`hvordan (gaar|har) (det|du det|i det)`, `hvordan staar det til`, `hvad saa`, `alt vel`,
	// a question that answers itself ("... 2 og 4. Hvorfor ikke?")
	`hvorfor ikke`}

// daHomeWords put where someone lives right after them ("bosat
// Gårdhusene").
var daHomeWords = []string{"bor", "bosat", "bosiddende"}

// daInThatOrder confirms the order of the workshops just named.
var daInThatOrder = []string{`i (den|denne|naevnte|samme) (raekkefoelge|orden)`}

// daPendingChoice: what follows a listed name to say her workshop is not
// chosen yet ("har ikke bestemt sig endnu", "workshop følger senere"),
// and daChoiceDoubt, a doubt about coming instead (choiceToCome).
var daPendingChoice = []string{`(har|er) (\w+ )?ikke (\w+ )?(bestemt|besluttet|valgt|afklaret)`, `ikke (\w+ )?(bestemt|besluttet|valgt|afklaret)( sig)?( endnu)?$`,
	`ved ikke endnu`, `ubestemt`, `uafklaret`, `uvist`, `endnu ikke (bestemt|valgt|besluttet)`,
	`(workshop\w*|valg\w*|oensker?|prioritet\w*|ws) (\w+ ){0,2}(foelger|kommer|gives|sendes|meldes) (\w+ )?senere`, `foelger (\w+ )?senere`,
	`(vender|melder|kommer) (\w+ ){0,3}tilbage`, `giver (\w+ ){0,2}besked`, `siger (\w+ )?til senere`,
	`(vaelger|bestemmer|beslutter) (\w+ ){0,2}senere`, `(det )?samme som (mig|jeg|min|mine)`}
var daChoiceDoubt = []string{`ved ikke om`, `maaske`, `maske`, `maa vaelge`, `vaelger for`, `i bestemmer`, `hvis`, `kan (\w+ )?ikke`, `kommer ikke`, `afbud`}

// daWithout names what coming hangs on ("uden tolk kan jeg ikke komme",
// "kan ikke komme uden min søn", "hvis der ikke er tolk, kan jeg ikke
// deltage"); "uden for" is only "outside". daAfterAll makes a withdrawal
// of a sentence unconditional ("kan ikke komme alligevel").
var (
	daWithout  = []string{`uden`, `ellers`, `hvis`}
	daAfterAll = []string{`alligevel`}
)

// daComeWhere follow "kan ikke komme" when it is about getting somewhere
// ("kan ikke komme op ad trapper", "ind ad døren"), not about attending.
var daComeWhere = []string{`op`, `ned`, `ind`, `ud`, `rundt`, `derop`, `derind`, `derhen`, `hen`, `frem`, `over`}

// daRankLabelBefore before "første/anden workshop" make it the rank of a
// workshop named beside it ("som anden workshop den om skole", "min
// første workshop"), not a place on the list. daRankLabelGap may stand
// between "workshop" and the workshop so ranked ("Første workshop: job",
// "anden workshop er sundhed").
var (
	daRankLabelBefore = []string{"som", "min", "mit", "vores"}
	daRankLabelGap    = []string{"er", "om", "bliver", "skal", "vaere", "saa"}
)

// daOpinionVerbs after "begge workshops" say what the sender thinks of
// them ("begge workshops lyder spændende, men jeg tager job"), not that
// she wants both at once.
var daOpinionVerbs = []string{"lyder", "virker", "ser", "er"}

// daForWhom: whom the workshops just named are for ("til begge", "til os to").
// "til begge" alone may mean both workshops, and "til os" does not say how
// many: neither is one of them.
var daForWhom = []string{`til (mig|ham|hende)`, `til os (begge|to)`}

// daOtherDoubt: doubt whether someone else comes ("hun kommer måske ikke",
// "det er usikkert, om Peter kan nå det", "vi ser, hvordan han har det");
// otherDoubted checks that the one doubted is not the sender.
var daOtherDoubt = []string{`kommer (maaske|muligvis|formentlig|sandsynligvis|nok) (slet )?ikke`,
	`(usikkert|uvist|tvivlsomt|ikke sikkert|ikke helt sikkert),? (om |at )?(\w+ ){1,3}(kan|kommer|naar|faar|bliver|er)`,
	`ved (endnu )?ikke,? (endnu )?om (\w+ ){1,3}(kan|kommer|naar|faar|bliver)`,
	// "vi må se", "vi ser, hvordan han har det": the one who waits stands before
	`(maa|faar) (lige )?(se|afvente|vente og se)(,? hvordan (hun|han|de))?`, `ser,? hvordan (hun|han|de)`}

// daStrikeVerbs ask staff to strike the one named after them off ("slet
// venligst Bo", "I må gerne fjerne Bo Holm"); daStrikePassive say the one
// named before them is to be struck off ("Bo skal slettes"); daStrikeTail
// may follow the names; daStrikeModals stand between the names and a
// passive verb; daStrikeDenied before the verb deny it (strikeHit).
var (
	daStrikeVerbs   = []string{`slet`, `slette`, `fjern`, `fjerne`, `stryg`, `stryge`}
	daStrikePassive = []string{`slettes`, `fjernes`, `stryges`, `afmeldes`}
	daStrikeTail    = []string{"fra", "listen", "deltagerlisten", "tilmeldingen", "tilmelding", "vores", "min", "deltagere", "deltagerne",
		"ogsaa", "igen", "tak", "venligst", "gerne", "bare", "lige", "saa", "alligevel", "desvaerre", "hurtigst", "muligt"}
	daStrikeModals = []string{"skal", "maa", "kan", "bedes", "boer"}
	daStrikeDenied = []string{"ikke", "aldrig", "ej"}
)

// daWroteMeant: what the sender wrote set against what she meant ("jeg
// skrev sundhed, men jeg mente uddannelse"); the workshop after one of
// daWroteVerbs is the one she takes back (correctedFrom).
var (
	// daMeant: she meant another than she wrote ("jeg mente 3"), which
	// one it replaces she may leave unsaid
	daMeant      = []string{`mente`}
	daWroteMeant = []string{`(jeg|vi) (skrev|har skrevet|kom til at skrive) (\w+,? ){1,5}men (jeg |vi )?(mente|mener)`}
	daWroteVerbs = []string{"skrev", "skrevet", "skrive"}
)

// daBorrowedAccount: the sender writes from someone else's account ("jeg
// skriver fra min mands mail", "det er hans kone der skriver"): the From
// line names its owner, not her. The kin words end in the genitive's "s".
var daBorrowedAccount = []string{
	`(skriver|sender|skrevet|sendt|skriv) (denne mail |dette |her )?(fra|paa|via|med|gennem|igennem) min (mands|kones|hustrus|datters|soens|sons|soesters|sosters|brors|mors|fars|venindes|vens|kaerestes|nabos|svigerdatters|svigersoens|barnebarns) (mail|e-mail|email|mailadresse|mailkonto|konto|telefon|mobil|mobiltelefon|iphone|computer|pc|ipad|tablet)`,
	`fra min (mands|kones|hustrus|datters|soens|sons|soesters|sosters|brors|mors|fars|venindes|vens|kaerestes|nabos|svigerdatters|svigersoens|barnebarns) (mail|e-mail|email|mailadresse|mailkonto|konto)`,
	`(laaner|laant|bruger|lånt) (lige )?min (mands|kones|hustrus|datters|soens|sons|soesters|sosters|brors|mors|fars|venindes|vens|kaerestes|nabos|svigerdatters|svigersoens|barnebarns) (mail|e-mail|email|mailadresse|mailkonto|konto|telefon|mobil|mobiltelefon|iphone|computer|pc|ipad|tablet)`,
	`det er min (mands|kones|hustrus|datters|soens|sons|soesters|sosters|brors|mors|fars|venindes|vens|kaerestes|nabos) (mail|e-mail|email|mailadresse|mailkonto|konto)`,
	// "hej det er hans kone fatima", "det er pers kone", "det er fatima ahmeds kone"
	`det er (\w+ )?\w+'?s (kone|hustru|mand|datter|soen|son|soester|soster|bror|mor|far|veninde|kaereste)`,
	`(hans|hendes) (kone|hustru|mand|datter|soen|son|soester|soster|bror|mor|far) (her|skriver)`}

// daKinDisplay: a From line of nothing but these ("Mor", "Bedste",
// "Mormor") is what a family calls the sender, not her name.
var daKinDisplay = []string{"mor", "far", "mormor", "farmor", "morfar", "farfar", "bedste", "bedstemor", "bedstefar",
	"oldemor", "oldefar", "moster", "faster", "mama", "mamma", "mutter"}

// daAfterClosing: single words that follow closing words and name no one
// ("tak igen", "knus skat", "hilsen alle").
var daAfterClosing = []string{"igen", "skat", "skatter", "alle", "allesammen", "jer", "dig", "venner", "snakkes", "ses",
	"kys", "knus", "god", "bedste", "herfra", "derude", "naboer", "beboer", "beboere"}

// daRunOnHelps: verbs of one who helps the sender write or be reached
// ("min søn hjælper mig"), and daRunOnAsk, asking to be reached through
// someone ("ring til min datter"): either starts a statement of its own in
// mail run on without stops.
var (
	daRunOnHelps = []string{"hjaelper", "skriver"}
	daRunOnAsk   = []string{"ring", "kontakt", "kontakte", "sms"}
)

// daAlsoWorkshop: "også" beside the one workshop a change adds ("ogsaa
// workshop 4 hvis muligt"): a 2nd beside the 1st she holds (alsoSecond).
var daAlsoWorkshop = []string{"ogsaa", "ogsa", "osse", "oss"}

// daTogether: the sender's workshops are also those of whom she comes
// with ("på 2 sammen med min mand"; togetherChoices).
var daTogether = []string{`sammen med`}

// daExchangeVerb and daExchangeWith: an exchange of one workshop for
// another ("bytte 4 ud med 1", "udskifte sundhed med uddannelse").
var daExchangeVerb = []string{`bytte`, `byt`, `udskifte`, `udskift`, `skifte`, `skift`}
var daExchangeWith = []string{"med"}

// daStatedPair: she restates the pair she holds ("jeg står til 3 og 4",
// "sidst valgte jeg 1 og 2").
var daStatedPair = []string{`(jeg|vi) staar (til|paa|som)`, `(sidst|tidligere|foerst|dengang) valgte (jeg|vi)`, `(jeg|vi) (havde|har) valgt`}

// daYourFirst and daYourSecond: staff name a priority of the reader's ("2,
// som var dit førstevalg", "Dit andetvalg, 3, står fast").
var daYourFirst = []string{`(dit|din) (foerstevalg|foersteprioritet|foerste prioritet|foerste valg|1\. ?prioritet|1\. ?valg|nr\. 1)`}
var daYourSecond = []string{`(dit|din) (andetvalg|andenprioritet|anden prioritet|andet valg|2\. ?prioritet|2\. ?valg|nr\. 2)`}

// daOptOut: the sender wants no more mail from the organiser ("afmeld mig
// jeres mails", "fjern mig fra mailinglisten"): a person asks staff, nobody
// is withdrawn from the meeting. A bare "listen" is the list of those who
// come ("slet mig fra listen" cancels).
var daOptOut = []string{
	`afmeld\w* (mig|os) (fra )?(jeres |jer |alle |de |disse |flere )*(mails|e-?mails|nyhedsbrev\w*|mailliste\w*|mail-liste\w*|maillister|udsendelse\w*)`,
	`afmeldes (fra )?(jeres )?(nyhedsbrev\w*|mailliste\w*|mail-liste\w*|udsendelse\w*)`,
	`fjerne? (mig|os|min mail|min e-?mail|min adresse|min mailadresse) fra (jeres )?(mailliste\w*|mail-liste\w*|mailingliste\w*|maillister|nyhedsbrev\w*|udsendelse\w*)`,
	`slette? (mig|os|min mail|min e-?mail|min adresse|min mailadresse) fra (jeres )?(mailliste\w*|mail-liste\w*|mailingliste\w*|maillister|nyhedsbrev\w*|udsendelse\w*)`,
	`ikke (have|modtage|faa) flere (mails|e-?mails|nyhedsbreve|reklamer)`}

// daHeldThanks: thanks for a meeting that has been held ("Tak for et godt
// netværksmøde i går", "tak for i går"): no one signs up.
var daHeldThanks = []string{
	`tak for i (gaar|tirsdags)`,
	`tak for (et |en |det |den )?(` + daHeldAdjectives + `)?` +
		`(netvaerksmoede\w*|moede\w*|aften\w*|eftermiddag\w*|dag\w*|arrangement\w*|workshop\w*|oplaeg\w*|input) ` +
		`(i gaar|i tirsdags|forleden|paa tirsdag|sidste tirsdag)`}

// daOwnBounced: the sender's earlier mail came back ("jeg fik en
// fejlmeddelelse", "min mail kom retur"): what she sent did not arrive, so
// she is not registered by it.
var daOwnBounced = []string{`fejlmeddelelse\w*`, `fejlbesked\w*`, `returmail\w*`, `kom retur`, `kommet retur`, `kunne ikke leveres`}

// daToldOld: the old choice told as background before a change ("min 1.
// prioritet var Job", "jeg havde sat Job som førstevalg", "i sidste uge
// skrev jeg mig på 4"); daToldChange: the change asked for after it;
// daToldKept: a clause that keeps the old one ("og den skal blive").
var daToldOld = []string{`(min|mit|vores) (1\.|2\.|foerste|anden|andet) ?(prioritet|prio|valg|oenske) var`,
	`(min|mit|vores) (foerstevalg|andetvalg|foersteprioritet|andenprioritet|foersteoenske) var`,
	`(jeg|vi) havde (\w+ )?(sat|valgt|skrevet|angivet|oensket)`, `(skrev|meldte|tilmeldte|satte) (jeg|vi) (mig|os) (op )?(paa|til)`,
	// the straight order, a time between: "jeg tilmeldte mig i sidste uge
	// workshoppen om ...", "undertegnede meldte sig forleden på 4"
	`(jeg|vi|undertegnede) (skrev|meldte|tilmeldte|satte) (mig|os|sig) (op )?(i (sidste|forrige) uge |forleden |i gaar |tidligere )?(paa|til)?`,
	// last year's: "jeg deltog i workshop 4 sidste år"
	`(jeg|vi|undertegnede) (deltog|var med) (i|paa)`}

// daSignedVerbs: the verbs of a told phrase that says what she signed up
// for or attended, not its priority (toldSignedUp).
var daSignedVerbs = []string{"tilmeldte", "meldte", "skrev", "satte", "deltog", "tilmeldt", "meldt"}
var daToldChange = []string{`ret`, `rette`, `rettet`, `aendre\w*`, `aendr`, `lave (\w+ ){0,3}om`, `bytte\w*`, `byt`, `skift\w*`,
	`udskift\w*`, `flytte\w*`, `flyt`, `rykke\w*`, `(skal|skulle) (nu )?(hellere )?vaere`,
	// she would rather have another now: "vil hellere på 1", "i stedet", "i år vil jeg"
	`hellere`, `i stedet`, `i aar`, `denne gang`}
var daToldKept = []string{`(skal|maa|kan) (gerne |bare |godt |stadig )?(blive|forblive|staa)`, `beholde\w*`}

// daCancelTakenBack: the sender takes back her own cancellation ("se bort
// fra mit afbud", "jeg trækker min afmelding tilbage"); daComesAgain: she
// comes after all, or asks to be signed up again ("jeg kan godt komme
// alligevel", "skriv mig op igen"), which takes a cancellation back only
// after one told (daCancelTold: "jeg meldte fra") or quoted;
// daSameAsBefore: the choices of before, as the receipt holds them.
var daCancelTakenBack = []string{`(se|ser) bort fra (mit|min|vores) (afbud|afmelding)`, `glem (mit|min|vores) (afbud|afmelding)`,
	`(traekker|tager) (jeg |vi )?(mit|min|vores) (afbud|afmelding) (tilbage|i ?igen)`, `fortryder (mit|min|vores) (afbud|afmelding)`,
	`annullere?r? (mit|min|vores) (afbud|afmelding)`, `(mit|min|vores) (afbud|afmelding) (gaelder|staar) ikke`}
var daComesAgain = []string{`(kan|kommer) (godt |gerne |nu |jo )?(komme |deltage |vaere med )?alligevel`,
	`(tilmeld|tilmelde|skriv|skrive|saet|saette|meld|melde) (mig|os) (\w+ ){0,2}igen`}
var daCancelTold = []string{`(meldte|meldt) (mig |os )?fra`, `(mit|min|vores) (afbud|afmelding)`, `(meldte|meldt) afbud`, `(afmeldte|afmeldt) (mig|os)`}
var daSameAsBefore = []string{`samme (workshops?|valg|prioriteter) som (foer|sidst|tidligere)`, `(det|de) samme som (foer|sidst|tidligere)`}

// daHashNotRank: after "#2" a joining word or a place's ("#2 og #4",
// "opgang #2 på 3. sal") makes the number a workshop's or an address's,
// not a rank (hashRanks).
var daHashNotRank = []string{"og", "eller", "samt", "paa", "i", "fra", "til", "af", "ved"}

// daCareOf mark the person who writes for a place in its sign-off
// ("Fritidsklubben Ørnen v/ Lars Kirk", "att. Lars Kirk"), as folded text
// holds them, each with the space before it (careOfName).
var daCareOf = []string{" v/", " att.", " att:", " att ", " ved "}

// daNameCorrection take back a name just written, to give the right one
// after it ("Lise Krogh øh nej undskyld Lise Krogsgaard", "Per Lund komma
// rettelse Per Lunde", "Hanne Bech – jeg mener Hanne Beck", "Ahmad Saleh,
// nej vent, Ahmed Saleh"); daNameCorrectionSound are the sounds and small
// words spoken or typed around them ("øh", "komma", "jeg" of "jeg mener"),
// which take nothing back by themselves. The folded words, each alone.
var daNameCorrection = []string{"nej", "vent", "rettelse", "mener", "mente", "altsaa", "undskyld", "rettere", "hov", "ups"}
var daNameCorrectionSound = []string{"oeh", "oehm", "oehh", "eh", "ehm", "hmm", "komma", "jeg", "eller"}

// daBelongingWords say what people are, not who: a nationality, a language
// or a faith, which some write with a capital after "er" ("han er Tyrkisk",
// "vi er begge Muslimer"). Words in "-sk"/"-ske" are read as such without
// being listed (predicateword.go).
var daBelongingWords = []string{"muslim", "muslimer", "muslimsk", "muslimske", "kristne", "joede", "joeder", "hindu", "hinduer",
	"buddhist", "buddhister", "katolik", "katolikker", "ortodokse", "sikh", "sikher", "somali", "somaliere", "pakistaner", "pakistanere",
	"tyrker", "tyrkere", "kurder", "kurdere", "araber", "arabere", "dansker", "danskere", "polak", "polakker", "iraker", "irakere",
	"iraner", "iranere", "afghaner", "afghanere", "syrer", "syrere", "palaestinenser", "palaestinensere", "vietnameser", "vietnamesere",
	"marokkaner", "marokkanere", "bosnier", "bosniere", "eritreer", "eritreere", "tamil", "tamiler"}

// daPlaceSubjects before "nummer"/"nr." make the number a person's place
// ("jeg er nummer to i køen"), neither a rank nor a workshop.
var daPlaceSubjects = []string{"jeg er", "vi er", "han er", "hun er", "du er", "jeg var", "vi var"}
