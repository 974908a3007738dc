package parser

// Diets a doctor or an illness prescribes, in the sender's own words:
// a kind of food someone "skal have" ("fedtfattig kost", "moset mad",
// "a low-sodium diet") or a food someone "må ikke få" ("appelsinjuice pga.
// min medicin", "grapefruit because of my medication"). The closed set
// has no tag for them, so they are "other", and the words go to the
// kitchen. Foods with a tag of their own ("må ikke få nødder") and sugar
// (a diabetic's) are read by the other tables, which are listed first.

// daMedicalFoods / enMedicalFoods: foods a treatment may forbid.
const (
	daMedicalFoods = `(grape\w*|appelsin\w*|citrus\w*|citron\w*|juice\w*|salt\w*|kalium\w*|banan\w*|tomat\w*|kartof\w*|alkohol\w*|spiritus|vin|oel|koffein\w*|kaffe|lakrids|chokolade|frugt\w*|jordbaer\w*|kiwi\w*|soja\w*|sesam\w*|selleri|sennep|krydder\w*|chili|peber|stivelse|kulhydrat\w*|rabarber\w*|spinat)`
	enMedicalFoods = `(grapefruits?|citrus\w*|oranges?|orange juice|juice|salt\w*|alcohol\w*|caffeine|coffee|bananas?|tomato\w*|potassium|fat|fatty food|liquorice|licorice|chocolate|wine|beer|starch|chili|pepper|soy|sesame|celery|mustard|strawberr\w*|kiwis?|rhubarb|spinach)`
)

var daDietMedical = [][2]string{
	{`(salt|fedt|kalium|protein|fosfat|natrium|kolesterol|fiber|purin)fattig\w*`, "other"},
	{`(salt|fedt|kalium|citrus|gaer|histamin)fri\w* (kost|mad|diaet)`, "other"},
	{`(moset|mosede|most|blendet|blendede|bloed|bloede|flydende|findelt|findelte|finhakket|lettygget|lettyggelig|pureret|purerede|gelerede?) (kost|mad)`, "other"},
	{`skaanekost\w*`, "other"}, {`(nyre|dialyse)(kost|diaet)\w*`, "other"},
	{`(maa|kan|skal|boer) ikke (faa|spise|drikke|indtage|taale) (\w+ ){0,2}` + daMedicalFoods, "other"},
	{`ikke (maa|kan|skal|boer) (faa|spise|drikke|indtage|taale) (\w+ ){0,2}` + daMedicalFoods, "other"},
	{`(skal|maa|boer) undgaa (\w+ ){0,2}` + daMedicalFoods, "other"},
	// fat only after "må/skal ikke": "kan ikke få fedt nok af" is praise
	{`(maa|skal|boer) ikke (faa|spise) (for meget |noget )?fedt\w*`, "other"}, {`(skal|maa|boer) undgaa (for meget )?fedt\w*`, "other"},
}

var enDietMedical = [][2]string{
	{`low[- ]?(sodium|salt|fat|potassium|protein|phosphate|phosphorus|fibre|fiber|residue|cholesterol|purine)`, "other"},
	{`(salt|sodium|fat|potassium|citrus|caffeine|histamine)[- ]?free (diet|food|meals?)`, "other"},
	{`(soft|pureed|mashed|minced|liquid|blended) (food|diet|meals?)`, "other"}, {`(renal|kidney|dialysis) diet`, "other"},
	{`(must not|mustn't|may not|should not|shouldn't|cannot|can't|can not|not allowed to) (have|eat|drink) (any )?(\w+ ){0,2}` + enMedicalFoods, "other"},
	{`(don't|do not|can't|cannot) tolerate (any )?(\w+ ){0,2}` + enMedicalFoods, "other"},
	{`(must|have to|should) avoid (\w+ ){0,2}` + enMedicalFoods, "other"},
}
