package parser

// Words of mail that is not about the meeting: a numbered thing of the
// estate or the office, a fault reported in the home (objectnumber.go,
// misdirected.go), a request to be taken off a list never asked for
// (neverasked.go). Folded: æ is "ae", ø "oe", å "aa".

// daNumberedObjects are things with a number of their own ("tørretumbler
// nr. 2", "opgang nr. 5"); daNumberedEnds the last part of a compound
// that names one ("affaldsskakt", "kopimaskine", "kælderrum").
var (
	daNumberedObjects = []string{"lejlighed", "lejligheden", "opgang", "opgangen", "container", "containeren",
		"elevator", "elevatoren", "printer", "printeren", "vaskeri", "vaskeriet", "blok", "blokken",
		"bygning", "bygningen", "garage", "garagen", "carport", "postkasse", "postkassen", "noegle", "noeglen",
		"radiator", "radiatoren", "vindue", "vinduet", "bus", "bussen", "lift", "liften", "skur", "skuret",
		"bil", "bilen", "cykel", "cyklen", "kontor", "kontoret", "vaerelse", "vaerelset", "hus", "huset",
		"sag", "sagen", "faktura", "fakturaen", "ordre", "ordren", "bord", "bordet", "etage", "etagen"}
	daNumberedEnds = []string{"maskine", "maskinen", "tumbler", "tumbleren", "skakt", "skakten", "kaelderrum",
		"toerrerum", "vaskerum", "pulterrum", "cykelrum", "depotrum", "doer", "doeren", "boks", "boksen", "lokale", "lokalet"}
	enNumberedObjects = []string{"washer", "dryer", "machine", "flat", "apartment", "stairwell", "staircase", "entrance",
		"lift", "elevator", "container", "bin", "copier", "printer", "room", "door", "block", "building", "garage",
		"unit", "chute", "locker", "key", "radiator", "window", "bus", "car", "bike", "office", "floor", "case", "invoice",
		"order", "table"}
	enNumberedEnds = []string{"machine", "room", "dryer", "washer"}
)

// daObjectCopula / enObjectCopula may stand between a numbered thing and
// its "nr." ("min lejlighed er nr. 3").
var (
	daObjectCopula = []string{"er", "har"}
	enObjectCopula = []string{"is", "has"}
)

// daEventTalk: words that speak of the meeting, of taking part or of
// choosing: a mail with none of them is not about coming.
var daEventTalk = []string{`moede\w*`, `netvaerksmoede\w*`, `workshop\w*`, `tilmeld\w*`, `deltag\w*`, `arrangement\w*`,
	`invitation\w*`, `program\w*`, `afbud`, `afmeld\w*`, `gerne (med|paa|i|til)`, `helst`, `oensk\w*`, `prioritet\w*`,
	`skriv (mig|os)`, `saet (mig|os)`, `meld (mig|os)`}

var enEventTalk = []string{`meeting\w*`, `event\w*`, `workshop\w*`, `sign\w* (me |us )?up`, `register\w*`, `registration\w*`,
	`attend\w*`, `join\w*`, `invitation\w*`, `take part`, `participat\w*`, `count (me|us) in`, `like to (come|go|be)`, `prefer\w*`}

// daFaultReport: a fault in the home or the estate, reported as one does
// to the caretaker ("er i stykker", "der er ingen varme").
var daFaultReport = []string{`i stykker`, `virker ikke`, `virker stadig ikke`, `er stoppet`, `stoppet til`, `ingen varme`,
	`intet varmt vand`, `ikke noget varmt vand`, `laekker`, `drypper`, `defekt`, `oedelagt`, `skimmel`, `vandskade`}

var enFaultReport = []string{`broken`, `not working`, `doesn't work`, `does not work`, `out of order`, `no heating`,
	`no hot water`, `leaking`, `blocked`, `clogged`}

// daNeverAsked: the sender never asked for the mail or signed up for
// anything ("har aldrig bedt om dem", "jeg har ikke tilmeldt mig noget
// møde"): there is nothing of hers to withdraw.
var daNeverAsked = []string{`aldrig (selv )?(bedt|spurgt) om`, `aldrig (selv )?(har )?(tilmeldt|meldt|skrevet) (mig|os)`,
	`aldrig (selv )?tilmeldt`, `ikke (selv )?(bedt|spurgt) om (dem|det|at faa|jeres)`,
	`ikke (selv )?tilmeldt (mig|os) (noget|nogen|til noget|til nogen|jeres)`,
	`ved ikke hvordan (i|de) har (faaet )?(fat i )?(min|mit)`, `aner ikke hvordan (i|de) har (faaet )?(fat i )?(min|mit)`}

var enNeverAsked = []string{`never (ever )?(signed|registered|asked|subscribed|opted|agreed)`,
	`(did not|didn't|have not|haven't) (ever )?(sign|signed|register|registered|subscribe|subscribed|ask|asked|opt|opted) (up |in )?(for|to) (this|these|them|anything|it|your|any)`,
	`not signed up (for|to) anything`, `(don't|do not|no idea) (know )?how you got my`}

// daRemoveMe: a request to be taken off, read as an opt-out only beside
// daNeverAsked ("Slet mig.", "Fjern min adresse fra jeres liste", "Stop").
var daRemoveMe = []string{`slet (mig|os|min|vores)`, `slette (mig|os|min|vores)`, `fjern (mig|os|min|vores|venligst)`,
	`fjerne (mig|os|min|vores)`, `tag (mig|os) (af|ud|fra)`, `tage (mig|os) (af|ud|fra)`,
	`tag (min|vores) (e-?mail|mail|mailadresse|adresse) (af|ud|fra)`, `tage (min|vores) (e-?mail|mail|mailadresse|adresse) (af|ud|fra)`, `afmeld\w*`,
	`stop`, `hold op`, `lad (vaere|venligst vaere) med at (sende|skrive)`,
	`(vil|oensker) ikke (have|modtage|faa) (flere|mere|jeres)`}

var enRemoveMe = []string{`remove (me|us|my|it)`, `delete (me|us|my|it)`, `take (me|us|my) off`, `unsubscribe`, `stop`,
	`(don't|do not) (want|wish) to (get|receive)`}

// daMailComplaint: a question that only complains of the mail ("Hvorfor
// får jeg jeres mails?"): nothing for staff to answer.
var daMailComplaint = []string{`hvorfor (faar|modtager|faer) (jeg|vi)`, `hvorfor (skriver|sender|mailer) (i|de)`,
	`hvorfor (bliver|blir) (i|de) ved med at (skrive|sende|maile)`, `hvordan har (i|de) (faaet )?(fat i )?(min|mit)`,
	`hvor har (i|de) (faaet )?(min|mit)`, `hvor har (i|de) (min|mit)`}

var enMailComplaint = []string{`why (do|am|does) (i|we) (keep )?(get|getting|receive|receiving)`, `why (are|do) you (keep )?(send|sending|email|emailing|mail|mailing)`,
	`how did you get my`, `where did you get my`}
