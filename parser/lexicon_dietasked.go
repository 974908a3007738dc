package parser

// daFoodAskOpen / enFoodAskOpen open a question about what the food is or
// will be ("Er maden laktosefri?", "Is the food gluten free?"); see
// foodAsked. daFoodAskFill / enFoodAskFill may stand between the opening
// word and the diet word ("er der også", "will there be any").
var (
	daFoodAskOpen = []string{"er", "bliver", "serverer", "tilbyder", "har", "kommer"}
	enFoodAskOpen = []string{"is", "are", "will", "does", "do", "can"}
	daFoodAskFill = []string{"maden", "mad", "frokosten", "aftensmaden", "buffeten", "retterne", "forplejningen",
		"der", "i", "de", "det", "ogsaa", "noget", "nogen", "mulighed", "muligheder", "for", "en", "et", "alt", "al", "saa"}
	enFoodAskFill = []string{"the", "food", "meal", "meals", "dinner", "lunch", "buffet", "catering", "dishes",
		"there", "you", "it", "be", "serve", "have", "offer", "also", "any", "some", "a", "an", "option", "options", "all", "of"}
	// daFoodAskOwn / enFoodAskOwn after the diet word make the question a
	// request for the writer's own food ("Er der vegetarisk mad til mig?").
	daFoodAskOwn = []string{"mig", "os", "min", "mit", "mine"}
	enFoodAskOwn = []string{"me", "us", "my", "mine"}
)
