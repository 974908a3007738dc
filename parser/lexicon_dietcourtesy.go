package parser

// daDietCater / enDietCater ask that a diet just stated be catered for
// ("kan I tage højde for det?", "could you take that into account?"); see
// dietCourtesy. They name what is to be catered for ("det", "that"), or
// ask the kitchen for the writer's own food ("lave noget særskilt til mig").
var (
	daDietCater = []string{`tage (\w+ )?(hensyn|hoejde) (til|for) (det|dette|den|dem|mig|os)`, `soerge for (det|dette|den|dem)`,
		`(lave|tilberede|finde) (noget|mad|en ret|et alternativ|en portion) (\w+ ){0,2}(til|for) (mig|os)`,
		`(klare|imoedekomme|notere) (det|dette)`, `skrive (det|dette) (ned|paa)`}
	enDietCater = []string{`(take|taking) (that|this|it|them) into (account|consideration)`, `(take|taking) (that|this|it) on board`,
		`(accommodate|cater for|cater to|arrange|arrange for|provide for|see to) (that|this|it|them|me|us)`,
		`(make|prepare|find) (something|a meal|a dish|an alternative|a portion) (\w+ ){0,2}for (me|us)`}
)

// daDietCaterAsks / enDietCaterAsks open such a request ("kan I", "could
// you"); daDietCaterFill / enDietCaterFill, and the asking words again, may
// stand between them and the words of daDietCater ("kan køkkenet evt. også
// ...", "would you please").
var (
	daDietCaterAsks = []string{"kan", "vil", "kunne", "ville", "gider", "er"}
	enDietCaterAsks = []string{"can", "could", "would", "will", "is"}
	daDietCaterFill = []string{"i", "du", "jer", "koekkenet", "kokken", "kokkene",
		"man", "venligst", "lige", "evt", "eventuelt", "ogsaa", "godt", "gerne", "saa", "det", "vaere", "muligt", "at", "please"}
	enDietCaterFill = []string{"you", "please", "kindly", "the", "kitchen", "caterer",
		"catering", "also", "possibly", "it", "possible", "to", "so", "be", "able"}
)
