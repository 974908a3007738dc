package parser

// The words a sender marks a line of a quoted workshop list with, beside
// it ("> 2. Sundhed & trivsel   <-- denne", "3. Uddannelse & livschancer
// X") or on a line of her own under it ("JA TAK", "1. prio", "this one").
// A mark holds these words only, folded (æ as "ae", ø as "oe", å as "aa"),
// with arrows and other signs around them; any other word ("ikke",
// "måske", "not") makes it no mark.

// markWords point at the line or say yes to it; markFillers may stand
// beside them ("ja tak", "this one please") but are no mark alone.
var markWords = map[string]bool{
	"x": true, "xx": true, "ja": true, "jo": true, "jep": true, "denne": true, "dette": true, "her": true, "herover": true,
	"ovenover": true, "mig": true, "valgt": true, "ok": true, "okay": true, "yes": true, "this": true, "that": true, "me": true,
	"chosen": true, "pick": true,
}

var markFillers = map[string]bool{
	"tak": true, "gerne": true, "vil": true, "jeg": true, "min": true, "mit": true, "den": true, "please": true, "one": true,
	"my": true, "i": true, "d": true, "want": true, "would": true, "like": true, "paa": true, "on": true,
}

// markRankWords give a rank alone ("helst", "ellers", "første"); an
// ordinal of them also ranks before a markRankNouns word ("første valg").
var markRankWords = map[string]int{
	"helst": 1, "foerst": 1, "foerste": 1, "forste": 1, "first": 1, "1st": 1, "preferably": 1,
	"ellers": 2, "evt": 2, "eventuelt": 2, "alternativt": 2, "anden": 2, "andet": 2, "second": 2, "2nd": 2, "otherwise": 2, "alternatively": 2,
}

// markRankNouns follow an ordinal ("1. prio", "2nd choice") or precede
// one ("prio 1", "nr. 2").
var markRankNouns = map[string]bool{
	"prio": true, "prioritet": true, "valg": true, "oenske": true, "onske": true, "nr": true, "nummer": true,
	"choice": true, "priority": true, "preference": true, "no": true, "number": true,
}
