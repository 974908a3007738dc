package parser

// The gate's word tables (gate.go), folded like the reader's: lower case,
// æ ø å written ae oe aa. They name signs that a reading may have missed
// something; a sign only holds a complete reading back for staff or for the
// sender's answer, it never changes what was read.

import (
	"strings"

	"tilmeld"
)

// daGateNotSelf / enGateNotSelf: the sender registers others and stays away.
var daGateNotSelf = []string{`jeg (deltager|kommer|skal) ikke selv`, `(deltager|kommer|deltage|komme) ikke selv`,
	`ikke selv (deltage|komme|med|deltager|kommer)`, `selv (deltager|kommer|deltage|komme) ikke`, `uden mig`,
	`selv (kan|kommer|deltager|skal) jeg ikke`, `jeg kan (desvaerre )?ikke selv`,
	// "Hun deltager selv – jeg kan ikke komme": the one registered comes alone
	`(hun|han|de|beboeren) (deltager|kommer) selv[,;:]? (men )?jeg (kan|kommer|skal) (desvaerre )?ikke( selv)?( komme| deltage| vaere med)?`,
	`jeg (kan|kommer|skal) (desvaerre )?ikke( selv)?( komme| deltage| vaere med)?[,;:]? (men )?(hun|han|de|beboeren) (deltager|kommer) selv`}
var enGateNotSelf = []string{`(i'm|i am) not (attending|coming) myself`, `(won't|will not|can't|cannot) (attend|come|be attending|be coming|be there) myself`,
	`not (attend|attending|come|coming) myself`, `myself (won't|will not|can't|cannot)`, `without me`, `(can't|cannot) make it myself`,
	// as "deltager ikke selv": "I will not participate myself"
	`(i'm|i am|i will|i'll|i won't|i will not) not (participate|participating|join|joining|take part|taking part)( myself)?`,
	`(won't|will not|can't|cannot) (participate|join|take part) myself`, `not (participate|participating|join|joining|take part|taking part) myself`}

// daGateChange / enGateChange: the sender is already registered and changes it.
var daGateChange = []string{`allerede tilmeldt`, `(jeg|vi) er tilmeldt`, `(har|havde) (allerede )?tilmeldt (mig|os)`, `tilmeldte (mig|os)`,
	`skifte`, `bytte`, `i stedet for`, `aendre`, `aendring`, `flytte (mig|os)`, `rettelse`, `ret(te)? (min|mit|mine|vores)`,
	`har (allerede )?meldt (mig|os)`, `(min|vores) (tidligere|forrige|foerste) (tilmelding|mail)`, `opdater\w*`,
	// "Glem min sidste mail", "jeg skrev forkert i går": an earlier mail corrected
	`(min|vores) (sidste|seneste|tidligere|forrige|foerste) (mail|e-mail|email|besked)`, `skrev (\w+ )?forkert`, `(har|havde) skrevet (\w+ )?forkert`}
var enGateChange = []string{`already (registered|signed up)`, `(i|we) (am|are) registered`, `(i|we) registered`, `switch`, `swap`,
	`instead of`, `change`, `my (earlier|previous|first) (registration|mail)`, `update`,
	`my (last|latest|earlier|previous|first) (mail|e-mail|email|message)`, `(wrote|typed|put) (it |that |the \w+ )?(down )?wrong`}

// daRoomCourtesy / enRoomCourtesy: the room a late registration hopes for
// ("hvis der stadig er plads", "if you still have places"), a courtesy:
// the bot's allocation handles a full workshop. Only an alternative after
// it ("ellers ...") makes it a condition staff must weigh.
var daRoomCourtesy = []string{`hvis der (stadig |fortsat |endnu )?er (plads|ledige pladser|ledig plads)`, `hvis (i|i nu) (stadig |fortsat |endnu )?har (\w+ )?plads`,
	`saafremt der (stadig |fortsat |endnu )?er (\w+ )?plads`}
var enRoomCourtesy = []string{`if there (is|are) (still |any )?(room|space|seats?|places?)`, `if there's (still |any )?(room|space|seats?|places?)`,
	`if you (still )?have (any )?(room|space|seats?|places?|spots?)`, `provided there('s| is) (still )?(room|space)`}

// daGateConditional / enGateConditional: a wish that depends on something
// the sender does not know.
var daGateConditional = []string{`hvis der (stadig |fortsat |endnu )?er (plads|ledige pladser|ledig plads)`,
	`ellers beholder`, `beholder (jeg|vi)`, `afhaeng\w* (af|paa)`, `kommer an paa`, `hvis jeg (kan )?faar fri`,
	`hvis jeg naar`,
	// room that may come or that staff may have ("hvis der bliver en ledig
	// plads på 3", "hvis I stadig har plads", "såfremt der er plads")
	`hvis der (stadig |fortsat |endnu )?(bliver|kommer) (en |et |nogen )?(ledige? |fri )?plads\w*`, `hvis (i|i nu) (stadig |fortsat |endnu )?har (\w+ )?plads`,
	`skulle der (blive|komme|vaere) (en |nogen )?(ledige? |fri )?plads\w*`, `saafremt der (stadig |fortsat |endnu )?(er|bliver) (\w+ )?plads`,
	// a condition on coming that staff must answer ("kun hvis der er en
	// tolk"); "hvis der ikke er plads" names a 2nd choice and is no condition
	`kun,? hvis`, `forudsat,? at`, `forudsaet\w*,? at`, `paa betingelse af`, `under forudsaetning af`,
	`hvis der (er|kommer|bliver) (en |et )?(\w+ )?tolk`, `hvis (\w+ ){1,5}tolk\w*`, // "hvis det er muligt at få tolk"
	`(kommer|deltager|deltage|tilmelder \w+|komme)( gerne| kun| bare)?,? hvis der (er|kommer|bliver) (en|et|nogen)\b`,
	// coming only on leave staff must give ("kan kun komme, hvis jeg må
	// tage hende med")
	`(kan|kommer|deltager)( \w+)? kun( komme| deltage| med)?,? hvis`,
	`hvis (jeg|vi) (maa|kan|faar lov til at|gerne maa) (tage|have|bringe) (\w+ ){1,4}med`,
	// coming hangs on help or leave not yet given ("det kommer lidt an på,
	// om ...", "hvis ikke, så kan hun nok ikke komme")
	`kommer (\w+ )?an paa`, `afhaeng\w* (\w+ )?(af|paa)`, `(spoergsmaalet|problemet) er( bare| nok| saa| lige)?,? om`,
	`(hvis ikke|ellers),? (saa )?(kan|kommer|vil|naar) (hun|han|jeg|vi|de)( \w+)? ikke`,
	// the other branch of a condition: "ellers må jeg blive hjemme"
	`(hvis ikke|ellers),? (saa )?(maa|bliver|skal) (hun|han|jeg|vi|de)( \w+)? (blive )?hjemme`,
	// the registration holds only if the writer may come along ("hvis jeg
	// ikke må være med, så skal I bare se bort fra tilmeldingen")
	`hvis (jeg|vi) ikke (maa|kan|faar lov til at) (vaere|komme|deltage|sidde)( med)?`,
	`(skal|kan|maa) (i|du) (bare |blot |bare lige )?(se bort fra|glemme|annullere|slette|droppe) (\w+ )?tilmelding\w*`,
	// as enGateConditional's "if my shift allows it": coming hangs on work,
	// health or weather ("hvis vagtplanen tillader det", "hvis det passer
	// med min vagt", "hvis helbredet holder")
	`hvis (\w+ ){1,3}tillader (det|mig|os)`, `hvis det passer (med|ind i|ind med) (min|mit|mine|vores|arbejde\w*)`,
	`hvis (\w+ ){0,2}(helbred\w*|ryg\w*|form\w*|knae\w*|ben\w*) (holder|er til det|tillader)`}
var enGateConditional = []string{`if there (is|are) (still |any )?(room|space|seats?|places?)`, `if there's (still |any )?(room|space|seats?|places?)`, `otherwise (i|we)('ll| will)? keep`,
	`depend\w* on`, `if i (can )?get (time )?off`,
	// "if you still have room", "if a place comes up", "if it's not full"
	// ("if it's full, then 3" names a 2nd choice)
	`if you (still )?have (any )?(room|space|seats?|places?|spots?)`, `if (a|any) (seat|place|space|spot)s? (becomes?|comes?|opens?) (free|available|up)`,
	`should (a|any) (seat|place|space|spot) (become|come|open) (free|available|up)`, `provided there('s| is) (still )?(room|space)`,
	`if it (isn't|is not) full`, `if (it's|it is) not full`,
	`only,? if`, `provided,? that`, `providing that`, `on (the )?condition that`, `as long as there`, `so long as there`,
	`if there (is|will be|'s) (an? )?(\w+ )?interpreter`,
	`only (come|attend|join|make it|be there|take part),? if`, `if (i|we) (may|can|could|am allowed to|are allowed to) (bring|take)`,
	`if (it's|it is) (ok|okay|alright|all right|fine) (that|if|to) (i|we) (bring|take)`,
	`(otherwise|if not),? (she|he|i|we|they)('ll|'d| will| would| must| shall)?( have to| need to)? stay (at )?home`,
	`(otherwise|if not),? (she|he|i|we|they)( \w+)? (can't|cannot|can not|won't|will not|couldn't|may not|might not|isn't able|is not able|am not able)`,
	`(the question|the problem|the thing) is( just| only)?,? (whether|if)`,
	`if (i|we) (may not|can't|cannot|can not|am not allowed to|are not allowed to) (come|be there|join|attend)`,
	`(disregard|ignore) (the|this|my|her|his|our|their) registration`,
	// "that" is often left out where Danish says "forudsat, at"; coming
	// hangs on work ("if my shift allows it", "work permitting")
	`provid(ed|ing),? (there|i|we|she|he|my|our|an?|the)\b`, `if (\w+ ){1,5}interpreter`,
	`if (my|his|her|our|their|the) (\w+ )?(shift|schedule|work|job|boss|health|time|rota) (allows?|permits?)`, `(work|time|health|schedule) permitting`}

// daVenueIf / enVenueIf: a registration that holds only if the venue has
// a lift, a ground floor, step-free access, a ramp, a hearing loop or an
// accessible toilet ("såfremt lokalet har elevator", "if there's a lift"):
// the sender needs staff's answer before it stands. VENUE stands for any
// word of daVenue / enVenue.
var daVenue = []string{`elevator\w*`, `lift(en)?`, `stueetage\w*`, `stueplan\w*`, `niveaufri\w*`, `trinfri\w*`, `trappefri\w*`,
	`rampe\w*`, `teleslynge\w*`, `handicaptoilet\w*`, `handicapadgang\w*`, `handicapvenlig\w*`, `koerestolsvenlig\w*`,
	`koerestolsadgang\w*`, `tilgaengelig\w*`, `(ingen|uden) trapper`}
var enVenue = []string{`lifts?`, `elevators?`, `ground floor`, `step-free`, `step free`, `level access`, `wheelchair[- ]access\w*`,
	`ramps?`, `hearing loop`, `induction loop`, `accessible (toilet|entrance|room|venue|building)s?`, `disabled (toilet|access)\w*`, `no stairs`}
var daVenueIf = withVenue(daVenue, `hvis (\w+ ){0,5}VENUE`, `saafremt (\w+ ){0,5}VENUE`, `forudsat (\w+ ){0,5}VENUE`)
var enVenueIf = withVenue(enVenue, `if (there's |it's )?(\w+ ){0,5}VENUE`, `provided (there's )?(\w+ ){0,5}VENUE`,
	`as long as (there's )?(\w+ ){0,5}VENUE`)

// daVenueAsk / enVenueAsk ask for the venue's access ("Er der elevator?",
// "Ligger lokalet i stueetagen?", "Is there a lift?"); "Hvis ja, ..." after
// one makes the registration hang on the answer.
var daVenueAsk = withVenue(daVenue, `er der (\w+ ){0,3}VENUE`, `har (i|lokalet|stedet|bygningen|salen|huset) (\w+ ){0,3}VENUE`,
	`ligger (\w+ ){0,4}VENUE`, `er (lokalet|stedet|bygningen|salen|huset|der adgang) (\w+ ){0,3}VENUE`)
var enVenueAsk = withVenue(enVenue, `(is|are) there (\w+ ){0,3}VENUE`, `(is|are) (the|it) (\w+ ){0,3}VENUE`,
	`do you have (\w+ ){0,3}VENUE`, `does (the|it) (\w+ ){0,3}(have|offer) (\w+ ){0,2}VENUE`)

// withVenue puts an alternation of the venue words in for VENUE in each phrase.
func withVenue(words []string, phrases ...string) []string {
	alt := "(" + strings.Join(words, "|") + ")"
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.ReplaceAll(p, "VENUE", alt)
	}
	return out
}

// daGateCancelFor / enGateCancelFor: a cancellation said of a relative
// ("min mor kan ikke komme", "afmeld min far", "my mother's registration").
// It withdraws her, never the sender who writes it. REL stands for any
// word of the relations tables.
var daGateCancelFor = withRelations(daRelations, `(afmeld\w*|slet\w*|fjern\w*)( venligst| lige| gerne)? (min|mit|vores) REL`,
	`(min|mit|vores) RELs? (tilmelding|plads)`,
	`(min|mit|vores) REL(,[^,.]*,)? (kan|kommer|tager)( desvaerre| alligevel| saa)* (ikke|alligevel ikke)`,
	// "min mand og (vores) 2 børn / og min søn / og børnene kommer ikke": they stay home with him
	`(min|mit|vores) REL og (((vores|mine|hans|hendes) )?([2-6]|to|tre|fire|fem|seks) \w+|((min|mit|vores|mine) )?REL|boernene|bornene|ungerne|de smaa) (kan|kommer)( desvaerre| alligevel| saa)* (ikke|alligevel ikke)`,
	`glem (\w+ ){1,4}om (min|mit|vores) REL`,
	// "min datter passer børnene", "min mand bliver hjemme hos ungerne": she stays home
	`(min|mit|vores) REL( skal| vil| kan)? (passer|passe|bliver hjemme og passer|bliver hjemme og passe) (boernene|bornene|ungerne|de smaa|vores boern|vores born|lillebror|lillesoester|babyen|hunden)`,
	`(min|mit|vores) REL (bliver|skal vaere|er) hjemme (hos|med) (boernene|bornene|ungerne|de smaa|babyen)`)
var enGateCancelFor = withRelations(enRelations, `cancel( the registration of| the booking of)? (my|our) REL`,
	`(my|our) REL'?s? (registration|place|booking|spot|seat)`,
	`(my|our) REL(,[^,.]*,)? (can't|cannot|can not|won't|will not|isn't able|is not able|is unable|cant|wont|is prevented|isn't going to|is not going to)`,
	// "my husband is not coming", "my son stays home"
	`(my|our) REL(,[^,.]*,)? (isn't|is not|isnt) (coming|attending|joining)`, `(my|our) REL (doesn't|does not|doesnt) (come|attend)`,
	`(my|our) REL (stays|is staying|will stay) (at )?home`,
	// "my husband and (our) 2 kids / and my son / and the kids can't come"
	`(my|our) REL and (((our|my|his|her) )?([2-6]|two|three|four|five|six) \w+|((my|our) )?REL|the kids|the children|kids|children) (can't|cannot|can not|won't|will not|aren't|are not|cant|wont|arent)`,
	`forget (\w+ ){1,4}about (my|our) REL`,
	// "my daughter is minding the kids": she stays home
	`(my|our) REL (is|will be|will) (babysitting|babysit|minding|mind|looking after|look after) (the|our) (kids|children|baby|little ones)`,
	`(my|our) REL (babysits|minds|looks after) (the|our) (kids|children|baby|little ones)`)

// withRelations puts the words of rels in for REL in each phrase.
func withRelations(rels []string, phrases ...string) []string {
	alt := "(" + strings.Join(rels, "|") + ")"
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.ReplaceAll(p, "REL", alt)
	}
	return out
}

// daGateReplaced / enGateReplaced stand right before a workshop that is
// given up, not chosen ("i stedet for sundhed").
var daGateReplaced = []string{`i stedet for`, `istedet for`, `frem for`, `fremfor`, `ikke laengere`, `ikke mere`, `fra`,
	`hellere end`, `dropper`, `droppe`}
var enGateReplaced = []string{`instead of`, `rather than`, `no longer`, `from`, `drop`, `not`}

// daGateDiet / enGateDiet: words about food. A sentence holding one where
// the reader found no diet at all may hold a need it does not know.
var daGateDiet = []string{`(svine|okse|lamme|kalve|kylling)?koed(et)?`, `kod`, `kylling\w*`, `svinekod`, `lam`, `lammekoed`, `okse\w*`, `kalv\w*`, `fisk(en)?`, `gluten\w*`, `laktose\w*`, `maelk\w*`,
	`allergi\w*`, `taaler ikke`, `kan ikke taale`, `spiser ikke`, `ikke spise`, `kan ikke spise`, `undgaar? (koed|svin\w*|fisk|gluten|laktose|maelk|sukker|noedder)`, `diabet\w*`,
	`sukkersyg\w*`, `sukker`, `noedd\w*`, `jordnoedd\w*`, `(jord)?nodd(er|ene)?`, `svin`, `gris`, `vegetar\w*`, `vegan\w*`, `halal`, `kosher`,
	`intoleran\w*`, `staerk\w* mad`, `krydret`, daShellfish, `aeg`, `soja`, `selleri`, `sesam`, `sennep`, `diaet\w*`}
var enGateDiet = []string{`meat`, `fish`, `pork`, `beef`, `chicken`, `lamb`, `veal`, `gluten`, `lactose`, `dairy`, `milk`, `nuts?`,
	`peanuts?`, `allerg\w*`, `intoleran\w*`, `(don't|do not|can't|cannot) eat`, `avoid (meat|pork|fish|gluten|dairy|sugar|nuts)`, `diabet\w*`, `vegetarian`, `vegan`,
	`halal`, `kosher`, `diet\w*`, enShellfish, `eggs?`, `soy`, `sesame`, `celery`, `mustard`, `spicy`, `sugar`,
	`seafood`}

// daGateBut / enGateBut turn what follows against what went before ("vegetar,
// men ..."): a food word after one that gave no diet may undo the one before.
var daGateBut = []string{`men`, `undtagen`, `bortset fra`, `dog`, `udover`}
var enGateBut = []string{`but`, `except`, `apart from`, `other than`, `though`, `however`}

// gateDietFits: a food word that only says more of a diet already read
// (the "sukker" of a diabetic, the "nødder" of a nut allergy, the label
// "kost"), by the start of the word, and the diets it fits; nil fits any.
var gateDietFits = []struct {
	stem string
	tags []string
}{
	{"spise", nil}, {"spiser", nil}, {"taale", nil}, {"undgaa", nil}, {"eat", nil}, {"avoid", nil}, {"tolerate", nil},
	{"diet", nil}, {"diaet", nil}, {"kost", nil}, {"allerg", nil}, {"intoleran", nil}, {"food", nil},
	{"sukker", []string{"diabetic"}}, {"sugar", []string{"diabetic"}}, {"diabet", []string{"diabetic"}},
	{"noed", []string{"nut_allergy"}}, {"jordnoed", []string{"nut_allergy"}}, {"mandl", []string{"nut_allergy"}},
	{"nut", []string{"nut_allergy"}}, {"peanut", []string{"nut_allergy"}},
	{"gluten", []string{"gluten_free"}}, {"coeliaki", []string{"gluten_free"}}, {"hvede", []string{"gluten_free"}},
	{"laktose", []string{"lactose_free"}}, {"lactose", []string{"lactose_free"}}, {"maelk", []string{"lactose_free", "vegan"}},
	{"milk", []string{"lactose_free", "vegan"}}, {"dairy", []string{"lactose_free", "vegan"}},
	{"koed", []string{"vegetarian", "vegan", "pescetarian", "halal", "kosher"}}, {"kod", []string{"vegetarian", "vegan", "pescetarian"}},
	{"meat", []string{"vegetarian", "vegan", "pescetarian", "halal", "kosher"}},
	{"fisk", []string{"pescetarian", "fish_allergy", "vegetarian", "vegan"}}, {"fish", []string{"pescetarian", "fish_allergy", "vegetarian", "vegan"}},
	{"svin", []string{"no_pork", "halal", "kosher"}}, {"gris", []string{"no_pork", "halal", "kosher"}}, {"pork", []string{"no_pork", "halal", "kosher"}},
	{"skaldyr", []string{"shellfish_allergy"}}, {"rejer", []string{"shellfish_allergy"}}, {"shellfish", []string{"shellfish_allergy"}},
	{"shrimp", []string{"shellfish_allergy"}}, {"prawn", []string{"shellfish_allergy"}},
	// the rest of the shellfish family (see daShellfish, enShellfish)
	{"reje", []string{"shellfish_allergy"}}, {"hummer", []string{"shellfish_allergy"}},
	{"krabbe", []string{"shellfish_allergy"}}, {"krebs", []string{"shellfish_allergy"}}, {"musling", []string{"shellfish_allergy"}},
	{"oesters", []string{"shellfish_allergy"}}, {"blaeksprutte", []string{"shellfish_allergy"}}, {"bloeddyr", []string{"shellfish_allergy"}},
	{"languster", []string{"shellfish_allergy"}}, {"crab", []string{"shellfish_allergy"}}, {"lobster", []string{"shellfish_allergy"}},
	{"crayfish", []string{"shellfish_allergy"}}, {"crawfish", []string{"shellfish_allergy"}}, {"langoustine", []string{"shellfish_allergy"}},
	{"mussel", []string{"shellfish_allergy"}}, {"oyster", []string{"shellfish_allergy"}}, {"clam", []string{"shellfish_allergy"}},
	{"scallop", []string{"shellfish_allergy"}}, {"cockle", []string{"shellfish_allergy"}}, {"squid", []string{"shellfish_allergy"}},
	{"octopus", []string{"shellfish_allergy"}}, {"calamari", []string{"shellfish_allergy"}}, {"crustacean", []string{"shellfish_allergy"}},
	{"mollus", []string{"shellfish_allergy"}},
	{"aeg", []string{"egg_allergy", "vegan"}}, {"egg", []string{"egg_allergy", "vegan"}},
	{"vegetar", []string{"vegetarian", "pescetarian"}}, {"vegan", []string{"vegan"}}, {"halal", []string{"halal"}}, {"kosher", []string{"kosher"}},
	{"staerk", []string{"other"}}, {"spicy", []string{"other"}}, {"krydret", []string{"other"}},
}

// gateDietAllows: food a diet lets its holder eat, by the start of the
// word, and those diets. An exception that only names such food ("vegetar,
// spiser dog æg og mælkeprodukter") says nothing the diet does not.
var gateDietAllows = []struct {
	stem string
	tags []string
}{
	{"aeg", []string{"vegetarian", "pescetarian", "halal", "kosher", "no_pork", "lactose_free", "gluten_free"}},
	{"egg", []string{"vegetarian", "pescetarian", "halal", "kosher", "no_pork", "lactose_free", "gluten_free"}},
	{"maelk", []string{"vegetarian", "pescetarian", "halal", "kosher", "no_pork", "gluten_free"}},
	{"milk", []string{"vegetarian", "pescetarian", "halal", "kosher", "no_pork", "gluten_free"}},
	{"dairy", []string{"vegetarian", "pescetarian", "halal", "kosher", "no_pork", "gluten_free"}},
	{"fisk", []string{"pescetarian", "halal", "kosher", "no_pork", "lactose_free", "gluten_free"}},
	{"fish", []string{"pescetarian", "halal", "kosher", "no_pork", "lactose_free", "gluten_free"}},
	{"kylling", []string{"halal", "kosher", "no_pork"}}, {"chicken", []string{"halal", "kosher", "no_pork"}},
	{"okse", []string{"halal", "kosher", "no_pork"}}, {"beef", []string{"halal", "kosher", "no_pork"}},
	{"lam", []string{"halal", "kosher", "no_pork"}}, {"lamb", []string{"halal", "kosher", "no_pork"}},
}

// gateRefuse: words that turn an exception into a refusal ("men spiser
// ikke æg"), which narrows the diet rather than only saying more of it.
var gateRefuse = []string{"ikke", "ingen", "intet", "uden", "aldrig", "hverken", "not", "no", "don't", "dont", "never",
	"without", "neither", "nor", "can't", "cannot", "ingenting", "nothing"}

// daGateSpam / enGateSpam: phishing and newsletter phrases that no
// registration holds.
var daGateSpam = []string{`bekraeft din (konto|identitet|e-?mail\w*)`, `klik her`, `klik paa (linket|knappen)`,
	`afmeld nyhedsbrev\w*`, `afmeld (dig|her)`, `adgangskode`, `log ind`, `din postkasse`, `opdater (dine|din) (oplysninger|konto)`}
var enGateSpam = []string{`verify your (account|identity|e-?mail)`, `click here`, `click the (link|button)`, `unsubscribe`,
	`password`, `log in`, `your mailbox`, `update your (details|account)`}

// daGateMaybe / enGateMaybe: doubt whether the person comes at all.
var daGateMaybe = []string{`maaske`, `muligvis`, `ved ikke (helt )?om (jeg|vi|hun|han)`, `hvis (jeg|vi) kan`,
	// "jeg er ikke sikker på, at jeg kan komme", "det er ikke sikkert, men ...",
	// "det er usikkert, om jeg kan"
	`ikke (helt |rigtig |100 )?sikker( paa)?,? (at |om )?(jeg|vi|hun|han) (kan|kommer|naar|faar)`, `det er (\w+ )?(ikke sikkert|usikkert)`,
	// trying is no promise ("jeg prøver at komme"); nor is a check still to
	// make ("jeg skal lige se, om jeg kan få passer")
	`(proever|proeve) (\w+ )?at (komme|naa|deltage|vaere med|vaere der|kigge forbi)`,
	`(skal|maa) (lige |foerst |lige foerst )?(se|tjekke|undersoege|hoere|finde ud af),? om (jeg|vi)`}
var enGateMaybe = []string{`maybe`, `perhaps`, `not sure (if|whether)`, `if (i|we) can`,
	// as "ved ikke om jeg": "not sure I can come"
	`not (entirely |really |quite |100% )?sure (that )?(i|we|she|he) (can|will|'ll|could)`,
	// as daGateMaybe: "I might come", "I'll try to make it", "I have to
	// check whether I can"
	`(i|we) (might|may) (\w+ )?(come|make it|attend|join|be there|be able)`, `possibly`,
	`try (to|and) (come|make it|attend|join|be there|get there|drop by)`,
	`(have|need) to (check|see|find out),? (if|whether) (i|we)`, `(i'll|i will|let me) (check|see),? (if|whether) (i|we)`}

// daGateCompanion / enGateCompanion: someone brought along without a name
// ("en kollega", "min mand").
var daGateOwners = []string{"min", "mit", "mine", "vores", "en", "et"}
var enGateOwners = []string{"my", "our", "a", "an"}

// daGateTheirs / enGateTheirs: a relation of someone named just before
// ("Ali Reza og hans kone"); daGateAlongJoins join the two.
var daGateTheirs = []string{"hans", "hendes", "deres"}
var enGateTheirs = []string{"his", "her", "their"}

// daGateRather / enGateRather and daGateThan / enGateThan: "X hellere end
// Y", "rather X than Y".
var daGateRather = []string{"hellere", "hellre"}
var enGateRather = []string{"rather"}
var daGateThan = []string{"end"}
var enGateThan = []string{"than"}

// daRefusal / enRefusal say no in a clause ("passer ikke", "can't do").
var daRefusal = []string{`ikke`, `aldrig`, `hverken`}
var enRefusal = []string{`not`, `never`, `cannot`, `can'?t`, `won'?t`, `don'?t`, `isn'?t`, `doesn'?t`}

// daGateDietExcept / enGateDietExcept: all but something ("spiser alt
// undtagen skaldyr", "I eat everything except seafood"): a food refused,
// not "no needs".
var daGateDietExcept = []string{`alt (undtagen|bortset fra|paa naer|men ikke|andet end)`}
var enGateDietExcept = []string{`everything (except|but|apart from|other than|besides)`, `anything (except|but|apart from|other than)`}

// daElidedComing / enElidedComing end a clause that leaves "come" out
// ("men min datter gør", "but my daughter will"), with only daElidedAlso
// / enElidedAlso after them.
var daElidedComing = []string{"goer", "vil", "kan", "er"}
var enElidedComing = []string{"will", "does", "can", "is"}
var daElidedAlso = []string{"ogsaa", "godt", "gerne"}
var enElidedAlso = []string{"too", "as", "well", "also"}

var daGateAlongJoins = []string{"og", "samt"}
var enGateAlongJoins = []string{"and"}

// gateNameWords are words that are no part of a person's name: greetings,
// sign-offs and form labels that a reading may take for one.
var gateNameWords = []string{"kh", "kaerlig", "knus", "mvh", "vh", "hilsen", "hilsner", "hej", "kaere", "dear", "hi",
	"hello", "regards", "best", "cheers", "thanks", "tak", "navn", "name", "prioritet", "prio", "foersteprioritet",
	"andenprioritet", "foerstevalg", "andetvalg", "valg", "choice", "priority", "workshop", "tlf", "telefon", "mobil",
	"mail", "email", "kost", "diet", "adresse", "address", "deltager", "deltagere"}

// gateTransport: transport services, companies and vehicles, folded, that
// "kommer med X" / "come with X" names as the way one travels, not as a
// companion ("Jeg kommer med Movia"); gateTransportEnds end such words
// ("Flextrafik", "Dantaxi", "Flexbus").
var gateTransport = []string{"movia", "dsb", "falck", "flextur", "flexbus", "flextrafik", "dantaxi", "taxa", "taxi", "taxibus",
	"arriva", "metro", "metroen", "letbanen", "letbane", "toget", "bussen", "bus", "uber", "telecab", "handicapkoersel",
	"koerselsordningen", "ringbus", "teletaxa", "flexhandicap", "sygetransport", "sygetransporten"}
var gateTransportEnds = []string{"trafik", "taxi", "taxa", "bus", "bussen", "koersel"}

// daGateCount / enGateCount: a group without a number ("vi kommer begge").
var daGateCount = []string{`vi (\w+ )?begge`, `begge to`, `os begge`, `til os to`}
var enGateCount = []string{`we (\w+ )?both`, `we'(d|ll|re) both`, `both of us`, `the two of us`, `us both`, `us two`}

// daGateBring / enGateBring: someone brought along ("tager min søn med").
var daGateBring = []string{`(tager|tage|har) (min|mit|mine|vores|en|et) (\w+ )?\w+ med`, `sammen med`,
	`(tager|tage|har) ([2-6]|to|tre|fire|fem|seks) (\w+ ){0,2}\w+ med`,       // "tager 2 (af mine) kolleger med"
	`(tager|tage|har) (min|mit|mine|vores) (\w+ )?\w+ og (\w+ ){0,2}\w+ med`} // "tager min mor og 3 børn med"
var enGateBring = []string{`bring\w*`, `with me`, `along`, `plus`, `together with`}

// daAlongLeads / enAlongLeads bring a counted group ("med 2 kolleger",
// "with two colleagues"); daAlongTakes do with "med" after the group
// ("tager to naboer med"); after daAlongSelf, "og"/"and" does too ("mig
// og 2 kolleger"). daAlongNouns are words for people so counted that are
// no relation ("sammen med 3 andre", "med 2 fra afdelingen").
var daAlongLeads = []string{"med"}
var daAlongTakes = []string{"tager", "har"}
var enAlongLeads = []string{"with", "bring", "bringing", "brings"}
var daAlongSelf = []string{"jeg", "mig", "selv"}
var enAlongSelf = []string{"i", "me", "myself"}
var daAlongNouns = []string{"andre", "fra", "venner", "veninder"}
var enAlongNouns = []string{"others", "more", "from", "neighbours", "neighbors"}

// daGateAlsoComes / enGateAlsoComes: someone else says she comes along
// ("damen fra stuen vil også gerne med", "the neighbour comes too"). The
// words before them name who; a person described, not named, is one more
// attendee without a name.
var daGateAlsoComes = []string{`(vil|ville|skal|kan) (ogsaa|gerne ogsaa|ogsaa gerne|ogsaa meget gerne)( \w+)? (med|komme|deltage|vaere med|paa workshop)`,
	`(kommer|deltager) (ogsaa|med)`, `(vil|ville) gerne (med|komme med|deltage med)`}
var enGateAlsoComes = []string{`(comes|is coming|will come|will be coming|joins|is joining|will join|attends|will attend) (too|as well|along)`,
	`(would|will|does) also (like to )?(come|join|attend)`, `also (wants|would like|'d like|plans) to (come|join|attend)`,
	`(wants|would like) to (come|join|attend) (too|as well)`}

// gateNoDescribed are the words that open a clause about coming without
// describing someone new: pronouns, the sender, everyone at once.
var gateNoDescribed = []string{"jeg", "vi", "hun", "han", "de", "den", "det", "der", "du", "i", "man", "hende", "ham", "dem",
	"begge", "alle", "hver", "selv", "she", "he", "they", "it", "we", "you", "both", "all", "everyone", "each", "who", "som",
	"hvem", "hvis", "if", "also", "ogsaa", "og", "and"}

// gateNotDescribing: a pronoun anywhere in those words makes them no
// description of someone new ("ja, jeg vil gerne med").
var gateNotDescribing = []string{"jeg", "vi", "hun", "han", "de", "du", "she", "he", "they", "we", "you", "ja", "yes", "nej", "no"}

// daGateInfo / enGateInfo ask for information only staff have; with them a
// question is one even when it also asks the bot to act.
var daGateInfo = []string{`er der`, `hvor(naar|dan|for)?`, `hvad`, `maa (jeg|vi|man)`, `kan (jeg|vi|man)`, `skal (jeg|vi|man)`}
var enGateInfo = []string{`is there`, `are there`, `where`, `when`, `what`, `how`, `(can|may|should|do) (i|we)`}

// daGateForm / enGateForm: what an attachment that registers is called.
var daGateForm = []string{`tilmeld\w*`, `blanket\w*`, `skema\w*`, `liste\w*`, `deltager\w*`, `navne\w*`, `oplysninger\w*`,
	`(udfyldt|skrevet paa) (\w+ )?(papir\w*|sedle\w*|seddel)`}
var enGateForm = []string{`registration\w*`, `form`, `list`, `participants?`, `names`, `details`, `sign-?ups?`, `sheet`, `filled in (\w+ )?paper`}

// gateNone answer a form's food field with nothing.
var gateNone = []string{`ingen( saerlige)?`, `intet`, `nej`, `nix`, `none`, `no`, `n/?a`, `nothing`, `normal\w*`, `alt`, `-`}

// daGateSignUp / enGateSignUp: signing someone up; daGateSignUpUs /
// enGateSignUpUs: signing "us" up.
var daGateSignUp = []string{`tilmeld\w*`, `melde\w*`}
var enGateSignUp = []string{`register\w*`, `sign\w* up`}
var daGateSignUpUs = []string{`tilmeld\w* os`, `melde\w* os`, `(skriv|saet|meld) os`}
var enGateSignUpUs = []string{`register us`, `sign us up`, `put us down`}

// daGateLate / enGateLate: "måske" about the hour, not about coming; a
// hold-up that only makes the sender late ("kommer lidt senere").
var daGateLate = []string{`senere`, `sent`, `forsinket`, `for sent`, `kommer (\w+ )?kl`, `kommer (\w+ )?klokken`, `til tiden`}
var enGateLate = []string{`later`, `late`, `arrive`, `on time`}

// daGateLateReason / enGateLateReason: "late" as the reason she cannot
// come at all ("jeg skal arbejde sent", "I have to work late"), no arrival.
var daGateLateReason = []string{`arbejde\w* (\w+ )?(sent|til sent)`, `(kommer|komme|kom) (\w+ )?sent hjem`, `sent hjem`,
	// the hour is too late: the meeting ends, or no ride runs, "så sent"
	// ("der går ingen bus hjem så sent", "mødet slutter for sent for mig",
	// "så det bliver for sent", "for sent til at komme hjem")
	`(ingen|ikke|intet|ingenting) (\w+ ){0,4}(saa|til saa) sent`, `(slutter|slutte|varer|ender|er slut) (\w+ )?(for|alt for|saa|lidt for) sent`,
	`det (bliver|er|blir) (\w+ )?(for|alt for|lidt for) sent`, `(for|saa) sent (for mig )?(til at|at) (komme|tage|koere|gaa|cykle|naa) (\w+ )?hjem`,
	`(for|alt for) sent for mig`, `saa sent (paa|om) (dagen|aftenen)`}
var enGateLateReason = []string{`work\w* (\w+ )?late`, `(home|back) late`, `late shifts?`,
	// "it finishes too late for me", "no bus runs that late", "too late to get home"
	`(finishes|ends|runs|goes on|lasts|is over) (\w+ )?(too|so|very) late`, `(that|this) late`, `too late (for me|to get|to go|to come|to travel|to take|in the)`,
	`so late (in the )?(evening|at night|day)`}

// daListSignsUp / enListSignsUp: a person signing someone up in her own
// words; a list mail without them is a newsletter's announcement.
var daListSignsUp = []string{`(jeg|vi) (vil )?(gerne )?(til)?melde`, `(jeg|vi) (til)?melder`, `tilmelder (hermed|gerne)`, `hermed (til)?melding`,
	`(vil|kan) (i|du) (til)?melde`, `(jeg|vi) kommer`}
var enListSignsUp = []string{`(i|we) (would like to |want to |'d like to |hereby )?(register|sign up|enrol)`, `please (register|sign up|add)`,
	`(i|we) (will|'ll) (come|attend)`}

// daGateSelfComes / enGateSelfComes: the sender comes herself.
var daGateSelfComes = []string{`tilmeld\w* mig`, `jeg (kommer|deltager)`, `jeg vil (\w+ )?gerne (deltage|komme|med|vaere med)`,
	`mig selv`}
var enGateSelfComes = []string{`register me`, `sign me up`, `i('d| would) (\w+ )?like to (attend|join|come|register)`,
	`i will (attend|come|join)`, `count me in`, `myself`}

// daGateMove / enGateMove: a request ("Kan jeg skifte ...?") to change
// what is registered, which the bot does; its "kan jeg" asks nothing.
var daGateMove = []string{`skifte`, `flytte`, `flyttes`, `flyttet`, `bytte`, `rykke`, `rykkes`, `rykket`}
var enGateMove = []string{`switch`, `move`, `swap`, `change`}

// daGateEdit / enGateEdit: a request ("Må jeg tilføje ...?") to add a
// person or correct a field, which the bot does.
var daGateEdit = []string{`tilfoeje`, `tilfoej`, `saette`, `rette`, `aendre`, `opdatere`}
var enGateEdit = []string{`add`, `correct`, `update`, `put`}

// daGateUndecided / enGateUndecided: the sender cannot choose between
// workshops, or asks to be in both, or in each for half the time.
var daGateUndecided = []string{`kan ikke (rigtig )?(vaelge|beslutte mig|bestemme mig|finde ud af hvilken)`, `svaert ved at (vaelge|beslutte)`,
	`(med|deltage|vaere|deltager) (\w+ )?i begge`, `begge (de )?(to )?workshops`, `halvdelen af tiden`, `(foerste|anden|sidste) halvdel`,
	`halv(delen|t)? (af )?(tiden )?i hver`, `interesseret i begge`, `lige (meget )?interesseret`}
var enGateUndecided = []string{`(can't|cannot|can not|couldn't) (really )?(decide|choose|make up my mind)`, `(hard|difficult) to (decide|choose)`,
	`(join|attend|be in|take part in|do|go to|participate in) both`, `both (of the )?workshops`, `half (of )?the time`, `(first|second) half`,
	`interested in both`, `both equally`, `torn between`}

// gatePlacePreps stand between a group and where it is ("afdelingsbestyrelsen
// i Hyldespjældet", "the board of Galgebakken"): the capitalised word after
// them is a place, not the person a mail is on behalf of.
var gatePlacePreps = []string{"i", "fra", "for", "paa", "ved", "in", "at", "of", "from", "for"}

// gateDietClash: diet tags that cannot both hold for one person, or of
// which one already says the other (a vegan eats no fish, a vegetarian no
// pork): read together, one of them was likely taken back or misread.
var gateDietClash = [][2]tilmeld.Diet{
	{tilmeld.Vegan, tilmeld.Vegetarian}, {tilmeld.Vegan, tilmeld.Pescetarian}, {tilmeld.Vegetarian, tilmeld.Pescetarian},
	{tilmeld.Vegan, tilmeld.NoPork}, {tilmeld.Vegetarian, tilmeld.NoPork}, {tilmeld.Pescetarian, tilmeld.NoPork},
	{tilmeld.Vegan, tilmeld.Halal}, {tilmeld.Vegan, tilmeld.Kosher}, {tilmeld.Vegan, tilmeld.LactoseFree}, {tilmeld.Vegan, tilmeld.EggAllergy},
	{tilmeld.Vegan, tilmeld.FishAllergy}, {tilmeld.Vegan, tilmeld.ShellfishAllergy}, {tilmeld.Vegetarian, tilmeld.FishAllergy},
	{tilmeld.Vegetarian, tilmeld.ShellfishAllergy},
}

// daGateElse / enGateElse put a 2nd choice after a 1st ("sundhed ellers
// naboskab"): words after one that gave no workshop may be a 2nd choice
// written in a way the reader does not know.
var daGateElse = []string{`ellers`, `alternativt`, `subsidiaert`, `hvis ikke`}
var enGateElse = []string{`otherwise`, `alternatively`, `failing that`, `or else`, `if not`, `as an? alternative`, `next best`}

// daGateOneWorkshop / enGateOneWorkshop name ONE workshop right before its
// words ("workshoppen om trivsel og tryghed", "the workshop on health"):
// the words of two workshops after it are one title blended, not two
// choices.
var daGateOneWorkshop = []string{`workshoppen( om| omkring| med| (der|som) hedder( noget)?( med)?)?`, `den (anden |ene )?(workshop )?(om|omkring|(der|som) hedder( noget)?( med)?)`, `en workshop om`, `workshop om`,
	// a title half remembered ("den der hedder noget med ...")
	`(der|som) hedder( (noget|vist|nok|sådan))*( (med|i stil med|ala|a la|i retning af|lignende))?`, `hedder noget( (med|i stil med|i retning af))?`,
	`kaldet( noget( med)?)?`, `kaldes( noget( med)?)?`, `med (titlen|navnet)`}
var enGateOneWorkshop = []string{`the workshop( on| about| called| named| with)?`, `the (one|session) (on|about|called)`, `a workshop (on|about)`, `workshop (on|about)`,
	`(called|named|titled)( something( like| with)?)?`, `something like`, `something with`}

// daGateOnlyOne / enGateOnlyOne: the sender wants one workshop and no other.
var daGateOnlyOne = []string{`kun den( ene| workshop)?`, `(kun|bare) den ene`, `kun (den )?workshop(pen)?`}
var enGateOnlyOne = []string{`only (that|this|the) one`, `just (that|this|the) one`, `only that workshop`}

// daGateComeIf / enGateComeIf: coming tied to a condition ("jeg kan kun
// komme, hvis ..."); with a question right after ("Er det i orden?") it is
// leave asked of staff, not a plain registration.
var daGateComeIf = []string{`(kan|kommer|komme|deltage|deltager|med)( gerne| kun| bare| saa| jo| godt)*,? hvis`}
var enGateComeIf = []string{`(come|attend|join|make it|be there|take part)( only)?,? if`}

// daGateCancelGroup / enGateCancelGroup: a withdrawal said of more than
// the sender ("hverken mig eller Sahra", "ingen af os", "vi kan ikke
// komme", "slet os begge", "både mig og Kurt", "neither Sahra nor I",
// "remove us both").
var daGateCancelGroup = []string{`hverken (\w+ ){1,4}eller`, `(ingen|nogen) af os`, `vi (\w+ )?(kan|kommer|faar) (\w+ )?ikke`, `begge (to )?(kan|kommer|melder)`,
	`(kan|kommer) vi (\w+ )?ikke`, `vi (\w+ )?(melder|maa melde) (\w+ )?(fra|afbud)`, `os begge`, `vi begge`, `vi to`,
	`os (alle|to|tre)`, `baade (mig|os) og`, `mig og \w+ (\w+ )?begge`}
var enGateCancelGroup = []string{`neither (\w+ ){1,4}nor`, `(none|neither|both) of us`, `we (\w+ )?(can't|cannot|can not|won't|will not|are unable|aren't able|are not able)`, `we (both|two)`,
	`us (both|all)`, `we all`, `both me and`, `all of us`}

// daPendingOn / enPendingOn: the wish waits on someone's circumstances
// (time off, a shift plan, a boss). daPendingLater / enPendingLater: the
// sender says she will write again when it is settled.
var daPendingOn = []string{`skal (lige |foerst )?(hoere|spoerge|tjekke|undersoege) (om|med|hos|min|sin|hans|hendes|chefen|arbejdet)`,
	`(hvis|om) (jeg|han|hun|vi|de|min \w+) (kan|faar|kunne) (faa )?fri`, `(ved|vide) (endnu )?ikke (endnu )?om (jeg|han|hun|vi|de) (kan|faar)`}
var enPendingOn = []string{`(need|needs|have|has) to (check|ask) (with|if|whether|first)`,
	`if (i|he|she|we|they) (can|could) get (time|the day|a day) off`, `(don't|do not|doesn't|does not) know yet (if|whether)`}
var daPendingLater = []string{`(skriver|vender|melder) (\w+ )?(igen|tilbage) (naar|saa snart|senere|hvis)`, `(jeg|vi) vender tilbage`,
	`naar (jeg|han|hun|vi|de) ved (det|mere|besked)`, `(bekraefter|bekraefte) (\w+ )?(senere|naar|saa snart)`}
var enPendingLater = []string{`get back to you`, `(will|ll) confirm`, `confirm (once|when|as soon as|later)`, `once (i|he|she|we|they) know`,
	`let you know (once|when|as soon as)`, `write again (once|when)`}

// daGateCancelWhole / enGateCancelWhole: a cancellation for a whole group, not
// only the sender ("hele afd. 7's delegation", "hele bestyrelsen").
var daGateCancelWhole = []string{`hele (\w+ ){0,3}(delegation|bestyrelse|gruppe|afdeling|hold|flok|familie)\w*`,
	`(delegationen|bestyrelsen|gruppen|holdet|familien|afdelingsbestyrelsen) (maa|kan|melder|kommer)`, `(vi|os) (alle|allesammen|begge)`,
	`(det|dette|afbuddet|afmeldingen) gaelder`}
var enGateCancelWhole = []string{`(whole|entire) (\w+ ){0,2}(board|delegation|group|team|family)`,
	`(our|the) (board|delegation|group|team|family) (cannot|can't|will not|won't|is unable)`, `(all|both) of us`, `we (all|both)`,
	`(this|it) (applies to|concerns)`}

// daGateHabit / enGateHabit: what usually happens ("vi oplever tit",
// "nogle gange kommer mødrene"), a story of one's work, not of the meeting.
// daGateThisTime / enGateThisTime: words that bring such a sentence back
// to the meeting ("og i år kommer vi gerne").
var daGateHabit = []string{`tit`, `ofte`, `nogle gange`, `somme tider`, `sommetider`, `af og til`, `plejer`, `plejede`, `ind imellem`,
	`indimellem`, `jaevnligt`, `hver (dag|uge|maaned|gang|mandag|tirsdag|onsdag|torsdag|fredag|weekend)`}
var enGateHabit = []string{`often`, `sometimes`, `usually`, `occasionally`, `now and then`, `tend to`, `every (day|week|month|time|monday|tuesday|wednesday|thursday|friday|weekend)`}
var daGateThisTime = []string{`gerne`, `vil`, `skal`, `i aar`, `denne gang`, `(til|paa) (moedet|netvaerksmoedet|arrangementet|workshop\w*)`,
	`tilmeld\w*`, `deltage\w*`, `tirsdag`, `den 29`, `begge`}
var enGateThisTime = []string{`would`, `will`, `'ll`, `this year`, `this time`, `(to|at) the (meeting|event|workshop\w*)`, `sign\w* up`,
	`regist\w*`, `attend\w*`, `tuesday`, `both`}

// daNoWorkshop: the sender comes to the meeting but to no workshop ("kun
// til spisningen", "ikke til workshops").
var daNoWorkshop = []string{`ikke (til|i|paa|med i) (nogen |de |en )?workshop(s|pen|perne|pens)?`, `ingen workshop(s)?`,
	`kun (til |for )?(spisning\w*|middag\w*|maden|aftensmad\w*|faellesspisning\w*)`, `(kun|bare) (for at )?spise`}

// enNoWorkshop: as daNoWorkshop ("only for the dinner", "not the workshops").
var enNoWorkshop = []string{`only (come |coming |be there )?(for|to) (the )?(dinner|meal|food)`, `just (for|to) (the )?(dinner|meal)`,
	`not (to |for |attend |join |take part in )?(the |any )workshops?`, `no workshops?`}

// daDietRemoved: words that take a diet away ("fjern vegetar", "se bort fra
// at jeg er vegetar"), and daEatsAfterAll, a food eaten after all ("jeg
// spiser alligevel kød"), which alone takes one away.
var daDietRemoved = []string{`(fjern|fjerne|slet|slette|drop|droppe|glem|glemme|annuller|annullere) (\w+ ){0,3}`, `se bort fra (\w+ ){0,3}`, `ikke (laengere|mere) `}
var daEatsAfterAll = []string{`spiser (\w+ )?(alligevel|godt|gerne|nu|igen) (\w+ )?(koed|svinekoed|fisk|kylling|gluten|maelk)`}

// enDietRemoved and enEatsAfterAll: as daDietRemoved ("remove the
// vegetarian diet", "no longer vegan", "I eat meat now").
var enDietRemoved = []string{`(remove|delete|drop|cancel|forget|ignore|disregard) (\w+ ){0,3}`, `no longer `}
var enEatsAfterAll = []string{`(i|we) (do )?eat (meat|pork|fish|chicken|gluten|dairy) (now|again|after all)`}

// daGateCallFirst / enGateCallFirst: the writer asks to be called or
// written to before the registration is made ("vil I ringe til mig, før I
// skriver hende på"): it waits for staff's talk with the writer.
var daGateCallFirst = []string{`(ringe|ring|skrive|skriv|kontakte|kontakt|tale med|snakke med)( eller (ringe|ring|skrive|skriv|kontakte|kontakt|tale med|snakke med))?( venligst| lige| gerne| lige venligst)? (til )?(mig|os)( \w+){0,2},? (foer|inden) (i|du) (skriver|saetter|tilmelder|melder|noterer|registrerer)`,
	`(ringe|ring|skrive|skriv|kontakte|kontakt|tale med|snakke med)( venligst| lige| gerne)? (til )?(mig|os)( \w+){0,2},? (foer|inden) (hun|han|de|min \w+|mit \w+) (bliver|er|bli'r) (skrevet|tilmeldt|sat|meldt|registreret)`}
var enGateCallFirst = []string{`(call|phone|ring|write to|email|e-mail|contact|talk to|speak to)( or (call|phone|write to|email|e-mail|contact))? (me|us)( \w+){0,2},? before (you|u) (put|sign|register|add|book|write|enter)`,
	`(call|phone|ring|write to|email|e-mail|contact|talk to|speak to) (me|us)( \w+){0,2},? before (putting|signing|registering|adding|booking|entering) (her|him|them)`,
	`(call|phone|ring|write to|email|e-mail|contact|talk to|speak to) (me|us)( \w+){0,2},? before (she|he|they) (is|are|gets?) (put|signed|registered|added|booked)`}

// daGateAlsoFine / enGateAlsoFine say a further workshop would do as well
// ("også fint med 1", "also happy with 1", "4 is okay too").
var daGateAlsoFine = []string{`ogsaa (fint|ok|okay|godt|glad)`, `(fint|ok|okay|godt) (med|til) \w+ (ogsaa|med)`, `(har|haves?) (heller )?ikke noget imod`,
	`(vil|kunne|ville) (\w+ )?ogsaa (gerne|godt|taenke)`}
var enGateAlsoFine = []string{`also (be )?(happy|fine|ok|okay|good|great|glad|interested)`, `(fine|ok|okay|good|great|happy|glad) (\w+ )?too`, `(fine|ok|okay|good|great|happy) (\w+ )?as well`,
	`(wouldn't|would not|don't|do not) mind`, `(would|could) (also )?(work|do)( \w+)? too`, `also (works?|suits?|sounds good)`, `(is|are|would be) also (fine|ok|okay|good|great)`}

// daSeatsFree / enSeatsFree ask whether a workshop has room ("er der
// stadig plads på", "is there still room in").
var daSeatsFree = []string{`plads`, `pladser`, `ledige?`, `fyldt`, `fuldt? booket`, `optaget`}
var enSeatsFree = []string{`room`, `space`, `seats?`, `places?`, `spots?`, `full`, `fully booked`, `available`}

// daForMeAnd / enForMeAnd give workshops to the sender and others at once
// ("til mig og min mand", "for me and my husband").
var daForMeAnd = []string{`til mig (selv )?og`, `for mig (selv )?og`}
var enForMeAnd = []string{`for (me|myself) and`, `for both (me|myself) and`}

// daGateSelfCorrection / enGateSelfCorrection take back what the sender
// just wrote ("undskyld, jeg mente 4", "sorry, I meant 4", "make that 3").
var daGateSelfCorrection = []string{`jeg mente`, `ret det til`, `det skulle (have )?vaeret?`, `nej vent`, `skriv hellere`}
var enGateSelfCorrection = []string{`i meant`, `i mean`, `make (that|it)`, `actually no`, `no wait`, `scratch that`, `should (have )?(said|been|say)`}

// daGateOrderRestated / enGateOrderRestated state the order of the
// choices again after giving them ("2 og 3 i omvendt rækkefølge", "eller
// rettere 4 og 2", "hvis jeg skal vælge, så 4"): checkOrderRestated.
var daGateOrderRestated = []string{`omvendt (raekkefoelge|orden)`, `prioriteret omvendt`, `omvendt prioritet\w*`, `eller rettere`,
	`men hvis jeg (skal|maa|skulle) (vaelge|prioritere)`}
var enGateOrderRestated = []string{`reverse order`, `reversed order`, `the other way (round|around)`, `or rather`,
	`but if i (have|had|must) to (choose|pick)`}

// daGivenSeat: the workshop the sender was given ("har fået workshop 1",
// "fik plads på 3", "er blevet sat på 2"); enGivenSeat the same in English.
// The seat words are part of the phrase: the workshop must follow at once.
var daGivenSeat = []string{`(faaet|fik|tildelt)( en)?( plads| pladsen)?( paa| i)?`, `(givet|gav) (mig|os|hende|ham)( en)?( plads| pladsen)?( paa| i)?`,
	`blevet (sat|placeret|fordelt|tildelt)( paa| i| til)?`,
	// thanks for it, or where she landed: "tak for pladsen på 2", "er
	// kommet på 2", "er havnet på nr. 2", "vi er begge sat på 2"
	`tak for (pladsen|jeres plads|en plads)( paa| i)?`, `(er|blev) (kommet|havnet|endt)( ind)? (paa|i)`, `(er|blev) (begge |alle )?(sat|placeret) (paa|i)`,
	// and that she stays there: "jeg bliver på 2", "beholder min plads på 2"
	`(jeg|vi) bliver (paa|i)`, `beholder (min|vores|mit) (plads|workshop)( paa| i)?`}
var enGivenSeat = []string{`(got|was given|were given|been given|was assigned|were assigned|been assigned)( a| the)?( seat| place| spot)?( in| on| for| to)?`,
	`(gave|given) (me|us|her|him)( a| the)?( seat| place| spot)?( in| on| for)?`,
	`(was|were|been) (put|placed) (in|on)`, `ended up (in|on)`,
	// "thanks for giving me a place in 2", "putting us in 2", "I'll stay in 2"
	`(giving|putting|placing) (me|us|her|him)( a| the)?( seat| place| spot)? (in|on)`, `thanks for the (seat|place|spot) (in|on)`,
	`(we|i) both got`, `(i'll|i will|i'd|we'll|we will) stay (in|on)`}

// daSeatNoun: the word that stands between daGivenSeat and the number of
// the seat ("fået workshop 1", "fik nr. 3").
var daSeatNoun = []string{"workshop", "workshoppen", "nr", "nummer"}
var enSeatNoun = []string{"workshop", "no", "number"}

// daDietContrast set a diet against a person in a change ("Det er Bo der er
// vegetar, ikke mig", "Bo er ikke vegetar, kun mig"); enDietContrast the
// same in English ("It's Bo who is vegetarian, not me", "Bo isn't
// vegetarian, only I am"). "Jeg er ikke vegetar, jeg er pescetar" only
// corrects her own diet.
var daDietContrast = []string{`ikke (mig|jeg|hende|ham)`, `kun (mig|jeg)`}
var enDietContrast = []string{`not (me|i|her|him)`, `only (me|i)`}

// daGateKinGroup / enGateKinGroup: a group of kin brought along without a
// count ("tager børnene med", "kommer med min familie", "bringing the
// kids").
var daGateKinGroup = []string{`(tager|tage|tar|har) (boernene|ungerne|familien|hele familien|(mine|vores) (boern|unger|boernebo\w*)|min familie) med`,
	`(kommer|deltager|komme|deltage) (\w+ )?(med|sammen med) (boernene|ungerne|familien|hele familien|(mine|vores) (boern|unger)|min familie)\b`}
var enGateKinGroup = []string{`(bring|bringing|brings) (the kids|the children|my family|our family|the whole family|(my|our) (kids|children|grandchildren))\b`,
	`(come|coming|comes|attend|attending) (\w+ )?(with|together with) (the kids|the children|my family|our family|the whole family|(my|our) (kids|children|grandchildren))\b`}

// daGateOr and enGateOr join two workshops the sender would take either of
// ("health or education", "2 eller 4").
var daGateOr = []string{"eller"}
var enGateOr = []string{"or"}

// daGatePronounSignUp and enGatePronounSignUp sign up someone by a pronoun
// ("so I'm registering her", "så jeg tilmelder hende"): the sender does the
// signing up for another, who may not be read.
var daGatePronounSignUp = []string{`tilmelde (hende|ham)`, `tilmelder (hende|ham)`, `tilmeld (hende|ham)`, `melde (hende|ham) til`,
	`melder (hende|ham) til`, `skrive (hende|ham) op`, `skriver (hende|ham) op`}
var enGatePronounSignUp = []string{`register (her|him)`, `registering (her|him)`, `sign (her|him) up`, `signing (her|him) up`,
	`sign up (her|him)`, `enrol (her|him)`, `enroll (her|him)`, `put (her|him) down`}

// daGateBoth and enGateBoth give a sentence's workshops to two people
// ("both for workshop 3", "begge workshop 3").
var daGateBoth = []string{"begge"}
var enGateBoth = []string{"both"}

// daGateSameAs and enGateSameAs point at another's workshops ("same as
// Lars", "samme workshop som min kollega"): what that is, staff know.
var daGateSameAs = []string{`samme som`, `samme workshops? som`, `samme valg som`}
var enGateSameAs = []string{`same as`, `same workshops? as`, `same choices? as`, `same ones? as`}

// daSmallAfterKin / enSmallAfterKin: words in small letters that follow a
// relation ("min mand tager med", "my wife too") without being her name;
// the common words of the language are ruled out already.
var daSmallAfterKin = []string{"tager", "gider", "bliver", "siger", "hedder", "maa", "maaske", "evt", "selv", "altid",
	"derfor", "desuden", "ligesom", "heller", "nemlig", "jo", "osse", "ogsa", "sammen", "vist", "stadig", "nu",
	"deltage", "komme", "vaeret", "har", "havde", "var", "kunne", "ville", "skulle", "gerne", "hellere", "faar", "spise",
	"spiser", "tilmeldes", "tilmelde", "onsker", "oensker", "vil", "ik", "ikk", "bor", "fra", "som", "der", "noget", "nogen",
	"hans", "hendes", "deres", "sin", "sit", "sine", "ogsaa", "bare", "lige", "kun", "ikke",
	// verbs in the past tense: the relative did something ("min nabo kom
	// forbi", "min datter tog mig med", "min søn gik det igennem med mig")
	"kom", "tog", "gik", "sagde", "hjalp", "viste", "koerte", "laeste", "fandt", "gav", "ringede", "skrev",
	// words in "-ed", which a Danish mail's names in small letters may end in ("ahmed")
	"sted", "derved", "hvorved", "ligeledes", "ned", "med", "fred"}
var enSmallAfterKin = []string{"too", "also", "wants", "would", "will", "likes", "takes", "comes", "is", "has", "was",
	"can", "could", "should", "might", "and", "as", "who", "from", "lives", "says", "prefers", "needs", "eats", "want",
	"wanna", "like", "love", "need", "needs", "work", "works", "live", "go", "goes", "come", "are", "were", "both", "gave", "got",
	"told", "sent", "said", "his", "her", "their", "some", "someone", "just", "only", "not", "do", "does", "did", "cant", "cannot",
	"wont", "dont", "didnt", "isnt", "doesnt", "couldnt", "wouldnt", "stay", "home", "already", "still", "usually", "never", "always",
	// the particle of a verb that strikes off ("take my husband off", "cross my wife off")
	"off", "away", "back", "down", "over"}

// daNamedAs / enNamedAs say that another's name follows ("han hedder per").
var daNamedAs = []string{"hedder", "hedde", "heder"}
var enNamedAs = []string{"called", "named"}

// daAfterName / enAfterName follow a person's name in a short sentence
// about coming ("min mand per er også med", "my wife sara comes too").
var daAfterName = []string{"ogsaa", "osse", "er", "har", "kan", "tager", "deltager", "gerne", "begge", "ws", "med", "vil"}
var enAfterName = []string{"too", "also", "is", "has", "can", "comes", "come", "joins", "both", "ws", "wants", "want"}

// daGateChangeVerb and enGateChangeVerb change one workshop into another
// ("skifte 4 ud med 3", "ændre 4 til 3", "replace 4 with 1"); with
// daGateOldForNew / enGateOldForNew between two workshops after one, the
// first is given up for the second.
var daGateChangeVerb = []string{`aendre\w*`, `aendr`, `rette\w*`, `ret`, `skift\w*`, `byt\w*`, `erstat\w*`, `udskift\w*`, `flyt\w*`, `ryk\w*`, `omskift\w*`}
var enGateChangeVerb = []string{`chang\w+`, `replac\w+`, `swap\w*`, `switch\w*`, `mov\w+`, `trad\w+`, `exchang\w+`, `amend\w*`, `correct\w*`}
var daGateOldForNew = []string{"ud", "med", "til", "for", "mod"}
var enGateOldForNew = []string{"out", "with", "to", "for", "into", "by"}

// daGateFrom and enGateFrom open the workshop given up ("fra 4 til 1").
var daGateFrom = []string{"fra"}
var enGateFrom = []string{"from"}

// daGateInto and enGateInto lead to the workshop moved to ("skifte til 1
// med 3 som andet valg"), which is then no workshop given up.
var daGateInto = []string{"til", "paa", "over"}
var enGateInto = []string{"to", "into", "onto"}

// daNameToFollow / enNameToFollow: a person's name is still to come.
var daNameToFollow = []string{`navn (foelger|eftersendes)`, `navn (kommer|sendes|gives|meldes) (senere|snarest|bagefter|efter)`,
	`navnet (foelger|eftersendes)`, `navnet (kommer|sendes|gives|meldes) (senere|snarest|bagefter|efter)`,
	`navne (foelger|eftersendes)`, `navne (kommer|sendes|gives|meldes) (senere|snarest|bagefter|efter)`,
	`ukendt navn`, `navn ukendt`, `navn endnu ukendt`, `navn ikke kendt`, `ikke navngivet`}
var enNameToFollow = []string{`name (to follow|tbc|tba|tbd|later|will follow|follows|to come|unknown)`,
	`names (to follow|tbc|tba|tbd|later|will follow|follow|to come)`, `(unnamed|unknown) (person|participant|colleague|member)`}

// daPersonExcept / enPersonExcept: words before the one a sentence about all
// leaves out ("undtagen Per", "except Tom").
var daPersonExcept = []string{`undtagen`, `bortset fra`, `med undtagelse af`, `dog ikke`, `men ikke`, `paanaer`}
var enPersonExcept = []string{`except`, `except for`, `apart from`, `other than`, `but not`, `excluding`, `save for`}

// daGateSignOn / enGateSignOn: asking staff to put someone on the list
// ("Vil I også skrive min mand Bo Holm på?", "Could you add my son Ali?"):
// the person named after it is to attend.
var daGateSignOn = []string{`(skriv|skrive|saet|saette|tilfoej|tilfoeje|noter|notere) (\w+ ){0,3}(min|mit|mine|vores|hans|hendes)`}
var enGateSignOn = []string{`(put|sign|add|register|include) (\w+ ){0,3}(my|our|his|her)`}

// daGateSignUpVerb and enGateSignUpVerb sign someone up; before another's
// name or a word that owns one (daGateOwner: "tilmeld i stedet min mand Bo
// Holm", "sign up my husband"), someone new is added. daGateSignUpFill may
// stand between.
var daGateSignUpVerb = []string{"tilmeld", "tilmelde", "tilmelder", "skriv", "skrive", "tilfoej", "tilfoeje"}
var enGateSignUpVerb = []string{"register", "sign", "add", "enrol", "enroll"}
var daGateSignUpFill = []string{"i", "stedet", "istedet", "venligst", "saa", "gerne", "hellere", "ogsaa", "lige", "bare"}
var enGateSignUpFill = []string{"instead", "please", "also", "up", "then", "just", "kindly"}
var daGateOwner = []string{"min", "mit", "mine", "vores", "hans", "hendes"}
var enGateOwner = []string{"my", "our", "his", "her"}

// daGateOwnedThing and enGateOwnedThing after daGateOwner are no person
// ("skrive min afmelding", "add my apologies").
var daGateOwnedThing = []string{"tilmelding", "afmelding", "afbud", "plads", "navn", "deltagelse", "mail", "besked", "nummer"}
var enGateOwnedThing = []string{"registration", "cancellation", "booking", "place", "seat", "name", "participation", "mail", "message", "apologies", "number"}

// daGateFoodVerb and enGateFoodVerb follow the name of the one a food is
// said of ("Yonas er veganer", "Bo eats no pork"); daGateNoFoodSubject and
// enGateNoFoodSubject open such a clause as no one person does ("Alle
// spiser halal", "Alt er rigtigt bortset fra", "Everything is right").
var daGateFoodVerb = []string{"er", "spiser", "taaler", "faar", "har", "bliver", "skal", "kan", "maa", "drikker"}
var enGateFoodVerb = []string{"is", "eats", "has", "can", "cannot", "can't", "doesn't", "doesn", "does", "will", "needs", "must", "gets", "only", "also", "avoids"}
var daGateNoFoodSubject = []string{"alt", "alle", "det", "dette", "der", "her", "maden", "kosten", "intet", "ingen", "resten", "begge", "hele", "hvis", "kun", "ellers", "hver", "enhver", "familien", "boernene"}
var enGateNoFoodSubject = []string{"everything", "everyone", "everybody", "all", "it", "this", "that", "there", "here", "food", "nothing", "nobody", "none", "rest", "both", "only", "otherwise", "if", "each", "neither", "no", "the"}

// daDittoFields / enDittoFields: the whole value of a field that points
// back at the one above ("Kost: samme", "do.", "as above").
var daDittoFields = []string{"samme", "det samme", "ditto", "do", "dto", "som ovenfor", "som ovenstaaende", "samme som ovenfor",
	"samme som ovenstaaende", "samme kost", "samme mad", "samme hensyn", "ligesaa", "ligeledes", "samme som ovenover", "som ovenover"}
var enDittoFields = []string{"same", "the same", "ditto", "do", "as above", "same as above", "same diet", "same food", "likewise",
	"diet as above", "food as above", "same again"}

// daDietSubgroup / enDietSubgroup: some of those signed up, by a count or
// a description ("begge mænd", "de to sidste", "the two ladies").
var daDietSubgroup = []string{`begge\b`, `de (to|tre|fire)\b`, `(to|tre) af (os|dem)`, `de (sidste|foerste|nederste|oeverste|oevrige|andre)\b`,
	`(maendene|kvinderne|damerne|herrerne|drengene|pigerne|boernene)`}
var enDietSubgroup = []string{`both\b`, `the (two|three|four)\b`, `(two|three) of (us|them)`, `the (last|first|bottom|top|other|others)\b`,
	`the (men|women|ladies|gentlemen|boys|girls|kids|children)\b`}

// daVenueNoGo / enVenueNoGo: what the sender does when the venue lacks it
// ("hvis der ikke er elevator, kan jeg ikke komme"); without them a lack
// said with "hvis ... ikke" is only met some other way ("..., kan min søn
// hjælpe mig"). daVenueNice / enVenueNice: the words before "hvis" that
// make it a wish, no condition ("det er godt, hvis der er en rampe").
var daVenueNoGo = []string{`(saa )?(kan|kommer|maa|bliver|skal) (jeg|vi)( \w+)? (ikke|blive hjemme|hjemme)`}
var enVenueNoGo = []string{`(then )?(i|we) (can't|cannot|can not|won't|will not|couldn't|'ll have to stay|will have to stay|must stay|stay)`}
var daVenueNice = []string{"godt", "fint", "dejligt", "rart", "praktisk", "skønt", "skoent", "fedt", "super"}
var enVenueNice = []string{"good", "great", "nice", "helpful", "fine", "handy", "appreciated"}

// daVenueLacks / enVenueLacks: the words in a venue condition that make it
// a lack ("hvis der ikke er elevator", "if there's no lift").
var daVenueLacks = []string{"ikke", "ingen"}
var enVenueLacks = []string{"not", "no", "isn't", "isnt"}

// edGivenNames: given names that end as an English past does ("ahmed",
// "saeed"), common among the residents: written in small letters after a
// relation they are names, where "my husband worked" is a verb.
var edGivenNames = []string{"ahmed", "ahmet", "mohamed", "mohammed", "muhammed", "mehmed", "mahmed", "hamed", "saeed", "saed",
	"sayed", "syed", "said", "javed", "naveed", "zahed", "khaled", "rashed", "majed", "fahed", "waleed", "fareed", "fayed", "obaid",
	"vahed", "rasheed", "hameed", "zaheed", "abed", "ammed", "mohamad"}
