package parser

// The gate's word tables (gate.go), folded like the reader's: lower case,
// æ ø å written ae oe aa. They name signs that a reading may have missed
// something; a sign only holds a complete reading back for staff or for the
// sender's answer, it never changes what was read.

// daGateNotSelf / enGateNotSelf: the sender registers others and stays away.
var daGateNotSelf = []string{`(jeg|selv) (deltager|kommer|deltage|komme) ikke( selv)?`, `deltager ikke selv`, `kommer ikke selv`,
	`ikke selv (deltage|komme|med)`, `uden mig`}
var enGateNotSelf = []string{`(i|i'm|i am) not (attending|coming)( myself)?`, `(won't|will not) (attend|come|be attending|be coming) myself`,
	`not attend myself`, `without me`}

// daGateChange / enGateChange: the sender is already registered and changes it.
var daGateChange = []string{`allerede tilmeldt`, `(jeg|vi) er tilmeldt`, `(har|havde) (allerede )?tilmeldt (mig|os)`, `tilmeldte (mig|os)`,
	`skifte`, `bytte`, `i stedet for`, `aendre`, `aendring`, `flytte (mig|os)`}
var enGateChange = []string{`already registered`, `(i|we) (am|are) registered`, `(i|we) registered`, `switch`, `swap`,
	`instead of`, `change`}

// daGateConditional / enGateConditional: a wish that depends on something
// the sender does not know.
var daGateConditional = []string{`hvis der (stadig |fortsat |endnu )?er (plads|ledige pladser|ledig plads)`,
	`ellers beholder`, `beholder (jeg|vi)`, `hvis det kan lade sig goere`, `hvis muligt`, `om muligt`}
var enGateConditional = []string{`if there (is|are) (still )?(room|space|seats|places)`, `otherwise (i|we)('ll| will)? keep`,
	`if possible`}

// daGateReplaced / enGateReplaced stand right before a workshop that is
// given up, not chosen ("i stedet for sundhed").
var daGateReplaced = []string{`i stedet for`, `istedet for`, `frem for`, `fremfor`, `ikke laengere`, `fra`}
var enGateReplaced = []string{`instead of`, `rather than`, `no longer`, `from`}

// daGateDiet / enGateDiet: words about food. A sentence holding one where
// the reader found no diet at all may hold a need it does not know.
var daGateDiet = []string{`koed\w*`, `fisk\w*`, `gluten\w*`, `laktose\w*`, `maelk\w*`, `allergi\w*`, `taaler ikke`,
	`kan ikke taale`, `spiser ikke`, `diabet\w*`, `sukkersyg\w*`, `noedd\w*`, `svin\w*`, `gris\w*`, `vegetar\w*`,
	`vegan\w*`, `halal`, `kosher`, `intoleran\w*`, `staerk mad`, `skaldyr`, `rejer`, `aeg`}
var enGateDiet = []string{`meat`, `fish`, `pork`, `gluten`, `lactose`, `dairy`, `milk`, `nuts?`, `peanuts?`, `allerg\w*`,
	`intoleran\w*`, `(don't|do not|can't|cannot) eat`, `diabet\w*`, `vegetarian`, `vegan`, `halal`, `kosher`,
	`dietary`, `shellfish`, `eggs?`}

// daGateSpam / enGateSpam: phishing and newsletter phrases that no
// registration holds.
var daGateSpam = []string{`bekraeft din konto`, `klik her`, `klik paa linket`, `afmeld nyhedsbrev\w*`, `adgangskode`,
	`log ind`, `din postkasse`}
var enGateSpam = []string{`verify your account`, `click here`, `click the link`, `unsubscribe`, `password`, `log in`,
	`your mailbox`}

// daGateMaybe / enGateMaybe: doubt whether the person comes at all.
var daGateMaybe = []string{`maaske`, `muligvis`, `maske`, `ved ikke om`, `hvis jeg kan`, `om jeg kan`}
var enGateMaybe = []string{`maybe`, `perhaps`, `might`, `not sure`, `if i can`}

// daGateCompanion / enGateCompanion: someone brought along without a name
// ("en kollega", "min mand").
var daGateOwners = []string{"min", "mit", "mine", "vores", "en", "et"}
var enGateOwners = []string{"my", "our", "a", "an"}

// gateNameWords are words that are no part of a person's name: greetings,
// sign-offs and form labels that a reading may take for one.
var gateNameWords = []string{"kh", "kaerlig", "knus", "mvh", "vh", "hilsen", "hilsner", "hej", "kaere", "dear", "hi",
	"hello", "regards", "best", "cheers", "thanks", "tak", "navn", "name", "prioritet", "prio", "foersteprioritet",
	"andenprioritet", "foerstevalg", "andetvalg", "valg", "choice", "priority", "workshop", "tlf", "telefon", "mobil",
	"mail", "email", "kost", "diet", "adresse", "address", "deltager", "deltagere"}
