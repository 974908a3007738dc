package parser

// Food allergies said the way people describe them: the shellfish family
// by its members, and a reaction of the body told in words with no
// "allergi" or "tåler ikke" ("Jeg får kløe i munden af jordnødder",
// "Crab and mussels give me hives").

// daShellfish / enShellfish: crustaceans and molluscs, each a
// shellfish_allergy when refused or reacted to ("Jeg kan ikke tåle hummer,
// krabber og østers").
const (
	daShellfish = `(skaldyr\w*|rejer\w*|reje|hummer\w*|jomfruhummer\w*|krabbe\w*|krebs|krebsdyr\w*|blaeksprutte\w*|` +
		`musling\w*|blaamusling\w*|kammusling\w*|hjertemusling\w*|oesters\w*|bloeddyr\w*|languster\w*)`
	enShellfish = `(shellfish|shrimps?|prawns?|crabs?|lobsters?|crayfish|crawfish|langoustines?|mussels?|oysters?|clams?|` +
		`scallops?|cockles?|squid|octopus|calamari|crustaceans?|molluscs?|mollusks?)`
)

// daReactionAfter / enReactionAfter tell a reaction of the body; the food
// it is to follows in the sentence ("får kløe i munden af jordnødder",
// "hæver op, hvis jeg spiser æg", "I get a rash from strawberries"). Only
// the present: "fik udslæt som barn", "I used to react to eggs" is past.
var daReactionAfter = []string{
	`faar (\w+ ){0,2}(kloee|udslaet|eksem|naeldefeber|pletter|blaerer|mavepine|mavekneb|kramper|aandenoed|vejrtraekningsbesvaer|ondt i maven)`,
	`faar (\w+ )?(en )?(allergisk\w* )?reaktion\w*`, `faar det (\w+ )?(skidt|daarligt|elendigt|rigtig skidt)`,
	`haever (\w+ )?op`,
	`reagerer (\w+ )?(paa|over for|overfor|mod)`, `bliver (\w+ )?(syg|daarlig|utilpas|hoevet|opsvulmet)`,
}

var enReactionAfter = []string{
	`(get|gets) (\w+ ){0,2}(hives|rash|rashes|eczema|blisters|itchy|swollen|sick|ill|reaction|reactions|stomach ache|stomachache|cramps)`,
	`(react|reacts) (\w+ )?to`, `(swell|swells) up`,
}

// daReactionBefore / enReactionBefore tell the same with the food before
// them ("Nødder giver mig kløe", "Crab and mussels give me hives").
var daReactionBefore = []string{
	`giver (mig|ham|hende|os|dem) (\w+ )?(kloee|udslaet|eksem|naeldefeber|pletter|blaerer|mavepine|mavekneb|ondt i maven|kramper|aandenoed)`,
	`giver (mig|ham|hende|os|dem) (\w+ )?(en )?(allergisk\w* )?reaktion\w*`,
}

var enReactionBefore = []string{
	`(give|gives) (me|him|her|us|them) (\w+ )?(hives|a rash|rashes|eczema|blisters|an itch|cramps|a stomach ache|stomach ache|stomachaches?)`,
	`(give|gives) (me|him|her|us|them) (an? )?(\w+ )?reactions?`, `(make|makes) (me|him|her|us|them) (\w+ )?(itch|itchy|swell|sick|ill|break out)`,
}

// enReactionPast: a reaction that was and is no more ("I used to react to
// eggs"): read as nothing. The Danish ones are past tense ("reagerede"),
// which daReactionAfter does not hold.
var enReactionPast = []string{`used to (\w+ )?(react|get|swell)`}

// daReactionFoods / enReactionFoods: foods outside the tags a reaction may
// be to; "other". Anything else it is "to" is no food ("får ondt i hovedet
// af lange møder").
var (
	daReactionFoods = `(jordbaer\w*|hindbaer\w*|blaabaer\w*|kirsebaer\w*|tomat\w*|kiwi\w*|aeble\w*|paere\w*|fersken\w*|abrikos\w*|` +
		`blomme\w*|banan\w*|ananas|mango\w*|melon\w*|appelsin\w*|citrus\w*|citron\w*|selleri|sennep|sesam\w*|soja\w*|lupin\w*|` +
		`chokolade|kakao|chili|peber|hvidloeg|loeg|majs|aerter|boenner|linser|kikaerter|svampe|champignon\w*|hvede\w*|maelk\w*|` +
		`mejeri\w*|floede|ost|kylling|svinekoed|oksekoed|koed|frugt\w*)`
	enReactionFoods = `(strawberr\w*|raspberr\w*|blueberr\w*|cherr\w*|tomato\w*|kiwis?|apples?|pears?|peach\w*|apricots?|plums?|` +
		`bananas?|pineapples?|mangoe?s?|melons?|oranges?|citrus|lemons?|celery|mustard|sesame|soy\w*|lupin\w*|chocolate|cocoa|` +
		`chilli|chili|pepper|garlic|onions?|corn|peas|beans|lentils|chickpeas|mushrooms?|wheat|milk|dairy|cheese|chicken|pork|beef|meat|fruit)`
)
