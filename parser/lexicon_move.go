package parser

// The words of a request to be moved to another workshop once the seats
// are given, and of the complaints and doubts that leave it to staff
// (moveafter.go, movenumber.go).

var (
	// daMoveAsk asks to be moved ("Kan jeg flytte til 3?", "Jeg vil
	// hellere på sundhed", "Må jeg skifte til 1?", "... i stedet").
	daMoveAsk = []string{`flytte`, `flyttes`, `flyttet`, `skifte`, `skiftes`, `bytte`, `rykke`, `rykkes`, `rykket`,
		`hellere`, `helst`, `i stedet`, `istedet`, `komme over`}
	// daMoveDispute says the placement is wrong or asks why it is as it is
	// ("Jeg havde valgt workshop 2", "Hvorfor fik jeg ikke ...", "Det må
	// være en fejl"), names the priorities she gave, or doubts: staff
	// answer that.
	daMoveDispute = []string{`hvorfor`, `hvordan kan det`, `fejl`, `forkert`, `misforstaaelse`, `uretfaerdig\w*`, `klage`, `klager`,
		`(havde|har|hade) (\w+ )?(valgt|skrevet|oensket|bedt om|sat)`, `valgte`, `skrev`, `oenskede`, `troede`, `forstaar (\w+ )?ikke`,
		`prioritet\w*`, `oenske`, `foerstevalg`, `andetvalg`, `ved ikke`, `ellers`, `eller (ogsaa )?(bliver|beholder|bare)`}
	// daMoveIf sets a condition on the move ("..., hvis der er plads"),
	// unless it is daMoveCourtesy.
	daMoveIf = []string{`hvis`}
	// daMoveCourtesy: "hvis muligt", "hvis det kan lade sig gøre" that
	// opens or ends its sentence is a courtesy, not a condition
	// (movesOnCondition).
	daMoveCourtesy = []string{`hvis (overhovedet )?muligt`, `hvis det (overhovedet )?er muligt`, `hvis det (overhovedet )?kan lade sig goere`}

	// enMoveAsk: as daMoveAsk ("Could I move to 1?", "I'd rather be in 3").
	enMoveAsk = []string{`move`, `moved`, `switch`, `switched`, `change`, `changed`, `swap`, `transfer`, `transferred`,
		`rather`, `prefer`, `instead`}
	// enMoveDispute: as daMoveDispute ("Why didn't I get ...", "There must
	// be a mistake", "I chose workshop 2").
	enMoveDispute = []string{`why`, `how come`, `mistake`, `wrong`, `error`, `unfair`, `complain\w*`,
		`(had|have) (\w+ )?(chosen|picked|selected|asked for|written|put)`, `chose`, `picked`, `selected`, `wrote`, `thought`, `(don't|do not) understand`,
		`priority`, `priorities`, `(first|second|1st|2nd) (choice|wish|preference)`, `(don't|do not) know`, `not sure`, `otherwise`, `or else`, `unless`}
	// enMoveIf / enMoveCourtesy: as daMoveIf / daMoveCourtesy ("if
	// possible", "if at all possible", "if that's possible").
	enMoveIf       = []string{`if`}
	enMoveCourtesy = []string{`if (at all )?possible`, `if (that's|that is|it's|it is) (at all )?possible`}
)

// daMoveVerbs / enMoveVerbs: a verb of moving before "til"/"på" and the
// bare number of a workshop ("Må jeg skifte til 1?", "Can I switch to 2?").
var (
	// "ændre (det) til 2", "ret det til 2", and "i stedet på 2" as well
	daMoveVerbs = []string{"skifte", "flytte", "flyttes", "bytte", "rykke", "rykkes", "aendre", "aendres", "rette", "ret", "stedet"}
	enMoveVerbs = []string{"switch", "move", "change", "swap", "moved", "switched", "transfer", "transferred"}
	// enMoveBe: before "be in" ("I'd rather be in 3", "I prefer to be in 3").
	enMoveBe = []string{"rather", "to"}
	// daMoveBe, daMoveBeWords: "i stedet er på 2", "i stedet være på 2".
	daMoveBe      = []string{"stedet"}
	daMoveBeWords = []string{"er", "vaere", "blive"}
	// daMovePreps / enMovePreps stand between such a verb and the number.
	daMovePreps = []string{"til", "paa"}
	enMovePreps = []string{"to", "in", "into"}
)
