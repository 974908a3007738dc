package parser

// Words of mail that is not about the meeting: a numbered thing of the
// estate or the office, a fault reported in the home (objectnumber.go,
// misdirected.go). Folded: æ is "ae", ø "oe", å "aa".

// daNumberedObjects are things with a number of their own ("tørretumbler
// nr. 2", "opgang nr. 5"); daNumberedEnds the last part of a compound
// that names one ("affaldsskakt", "kopimaskine", "kælderrum").
var (
	daNumberedObjects = []string{"lejlighed", "lejligheden", "opgang", "opgangen", "container", "containeren",
		"elevator", "elevatoren", "printer", "printeren", "vaskeri", "vaskeriet", "blok", "blokken",
		"bygning", "bygningen", "garage", "garagen", "carport", "postkasse", "postkassen", "noegle", "noeglen",
		"radiator", "radiatoren", "vindue", "vinduet", "bus", "bussen", "lift", "liften", "skur", "skuret"}
	daNumberedEnds = []string{"maskine", "maskinen", "tumbler", "tumbleren", "skakt", "skakten", "kaelderrum",
		"toerrerum", "vaskerum", "pulterrum", "cykelrum", "depotrum", "doer", "doeren", "boks", "boksen"}
	enNumberedObjects = []string{"washer", "dryer", "machine", "flat", "apartment", "stairwell", "staircase", "entrance",
		"lift", "elevator", "container", "bin", "copier", "printer", "room", "door", "block", "building", "garage",
		"unit", "chute", "locker", "key", "radiator", "window", "bus"}
	enNumberedEnds = []string{"machine", "room", "dryer", "washer"}
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
