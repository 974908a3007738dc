package parser

// Food as ordinary people write it, beside the main diet tables.

// daDietPlain / enDietPlain map more food words to tags, read as daDiet
// is: diet words misspelt as people type them ("vegitar", "diabitiker",
// "nødeallergi"), and foods that carry a tag of their own turned down with
// the everyday verbs ("spiser ikke fisk", "kan ikke spise nødder", "alt
// undtagen skaldyr", "I don't eat fish"), as "ingen skaldyr" and "no
// eggs" are read already.
var daDietPlain = [][2]string{
	{`vegitar\w*`, "vegetarian"}, {`vegatar\w*`, "vegetarian"}, {`vegeterian\w*`, "vegetarian"}, {`vegitarisk\w*`, "vegetarian"},
	{`diabit\w*`, "diabetic"}, {`sukkesyg\w*`, "diabetic"},
	{`noedeallergi\w*`, "nut_allergy"}, {`noddeallergi\w*`, "nut_allergy"}, {`nodeallergi\w*`, "nut_allergy"}, {`noedde allergi\w*`, "nut_allergy"},
	{`celiaki\w*`, "gluten_free"}, {`lactose ?fri\w*`, "lactose_free"}, {`lactose ?intoleran\w*`, "lactose_free"},
	{`hallal`, "halal"},
	// a milk allergy is no lactose intolerance, as "tåler ikke mælk" is not
	{`maelkeallergi\w*`, "other"}, {`maelkeproteinallergi\w*`, "other"},
	// fish turned down with the meat is no fish allergy: listed first, so
	// that it wins where both begin
	{`spiser (ikke|aldrig|ingen) fisk (og|eller) koe?d`, "vegetarian"}, {`(ingen|uden) fisk (og|eller) koe?d`, "vegetarian"},
	{`spiser (ikke|aldrig|ingen) fisk`, "fish_allergy"}, {`(ingen|uden) fisk`, "fish_allergy"},
	{`spiser (ikke|aldrig|ingen) ` + daShellfish, "shellfish_allergy"},
	// a clause after "at" puts "ikke" first: "at jeg ikke spiser fisk"
	{`(ikke|aldrig) spiser fisk (og|eller) koe?d`, "vegetarian"}, {`(ikke|aldrig) spiser fisk`, "fish_allergy"},
	{`(ikke|aldrig) spiser ` + daShellfish, "shellfish_allergy"}, {`(ikke|aldrig) spiser (jord)?noe?dd\w*`, "nut_allergy"},
	{`ikke (kan|maa) (spise|faa) (jord)?noe?dd\w*`, "nut_allergy"}, {`ikke (kan|maa) (spise|faa) fisk`, "fish_allergy"},
	{`ikke (kan|maa) (spise|faa) ` + daShellfish, "shellfish_allergy"}, {`ikke (kan|maa) (spise|faa) koe?d`, "vegetarian"},
	{`spiser (ikke|aldrig|ingen) (jord)?noe?dd\w*`, "nut_allergy"}, {`spiser (ikke|aldrig|ingen) aeg`, "egg_allergy"},
	// "kan ikke spise nødder", "må ikke få fisk"
	{`(kan|maa) ikke (spise|faa) (jord)?noe?dd\w*`, "nut_allergy"}, {`(kan|maa) ikke (spise|faa) fisk`, "fish_allergy"},
	{`(kan|maa) ikke (spise|faa) ` + daShellfish, "shellfish_allergy"}, {`(kan|maa) ikke (spise|faa) aeg`, "egg_allergy"},
	{`(kan|maa) ikke (spise|faa) koe?d`, "vegetarian"}, {`(kan|maa) ikke (spise|faa) (maelk|mejeri)\w*`, "lactose_free"},
	// "spiser alt undtagen fisk", "alt, men ikke skaldyr"
	{`(undtagen|bortset fra|paa naer) fisk`, "fish_allergy"}, {`men ikke fisk`, "fish_allergy"},
	{`(men ikke|undtagen|bortset fra|paa naer) ` + daShellfish, "shellfish_allergy"},
	{`(men ikke|undtagen|bortset fra|paa naer) (jord)?noe?dd\w*`, "nut_allergy"}, {`(men ikke|undtagen|bortset fra|paa naer) aeg`, "egg_allergy"},
}

var enDietPlain = [][2]string{
	{`(don'?t|do not|doesn'?t|does not|never) eat (any )?fish (or|and|nor) meat`, "vegetarian"}, {`(no|without) fish (or|and) meat`, "vegetarian"},
	{`(don'?t|do not|doesn'?t|does not|never) eat (any )?fish`, "fish_allergy"}, {`(no|without) fish`, "fish_allergy"},
	{`(don'?t|do not|doesn'?t|does not|never) eat (any )?` + enShellfish, "shellfish_allergy"},
	{`(don'?t|do not|doesn'?t|does not|never) eat (any )?(pea)?nuts`, "nut_allergy"},
	{`(don'?t|do not|doesn'?t|does not|never) eat (any )?eggs?`, "egg_allergy"},
	{`milk allergy`, "other"}, {`(except|apart from|other than) fish`, "fish_allergy"}, {`but (not|no) fish`, "fish_allergy"},
	{`(except|apart from|other than|but not|but no) ` + enShellfish, "shellfish_allergy"},
	{`(except|apart from|other than|but not|but no) (pea)?nuts`, "nut_allergy"},
}

// enAllergyPlain: an allergy on a form line ("Allergies: nuts"), as
// daAllergy's "allergier:".
var enAllergyPlain = []string{`allerg(y|ies):\s*`}

// daDietLiked / enDietLiked: food someone likes ("jeg elsker fisk", "I
// love fish"). A sentence of liking only is no diet, and no need staff
// must read.
var (
	daDietLiked = []string{`elsker`, `kan (\w+ )?godt lide`, `(er|bliver) (\w+ )?vild med`, `holder (\w+ )?af`, `glaeder (mig|os) (\w+ )?til`}
	enDietLiked = []string{`love`, `loves`, `like`, `likes`, `enjoy`, `enjoys`, `(am|are|i'm|we're) (\w+ )?fond of`, `looking forward to`}
)

// daLikeRefusal / enLikeRefusal turn a sentence of liking into one of
// refusal ("elsker fisk, men tåler ikke skaldyr", "I love fish but never
// eat shellfish"), beside the diet negators.
var (
	daLikeRefusal = []string{"men", "undtagen", "aldrig", "hverken", "uden", "intet", "taaler", "allergisk", "allergi", "hader"}
	enLikeRefusal = []string{"but", "except", "never", "neither", "nor", "without", "allergic", "allergy", "cannot", "cant", "dont",
		"don", "doesn", "didn", "hate", "dislike"}
)

// daFoodLabels / enFoodLabels head a form line about food ("Madhensyn:
// halal", "Særlige behov: glutenfri"), beside those daNameStop and
// enNameStop hold: never part of a person's name.
var (
	daFoodLabels = []string{"madhensyn", "kostvaner", "diaeter", "madallergi", "madallergier", "foedevareallergi", "foedevareallergier",
		"allergener", "saerlige", "behov", "hensyn", "oensker"}
	enFoodLabels = []string{"diets", "needs", "restrictions"}
)

// Children spoken of as a group who are not signed up ("Børnene spiser
// halal", "our kids eat no pork"): daChildrenDefinite is the word alone,
// daChildrenOwners / enChildrenOwners stand before daChildWords /
// enChildWords.
var (
	daChildrenDefinite = []string{"boernene", "ungerne", "drengene", "pigerne", "boerneboernene"}
	daChildrenOwners   = []string{"vores", "mine", "hans", "hendes", "deres"}
	enChildrenOwners   = []string{"our", "my", "the", "his", "her", "their"}
	daChildWords       = []string{"boern", "unger", "soenner", "doetre", "barn", "soen", "datter", "son"}
	enChildWords       = []string{"children", "kids", "sons", "daughters", "child", "son", "daughter", "kid"}
)

// daEchoAfter / enEchoAfter follow a name said to share the food just
// said ("det er Tom også", "Tom too"); daEchoBefore / enEchoBefore stand
// before it ("ligesom Tom", "like Tom").
var (
	daEchoAfter  = []string{"ogsaa"}
	enEchoAfter  = []string{"too", "also"}
	daEchoBefore = []string{"ligesom", "ogsaa"}
	enEchoBefore = []string{"like", "also"}
)
