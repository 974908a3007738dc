package parser

// The words that tell a question written without a question mark, or a
// question mark that asks nothing (asks.go).

var (
	// daAskLabels open a line that asks ("Spørgsmål: er der parkering").
	daAskLabels = []string{"spoergsmaal", "spm"}
	// daAskNone after such a label leave it empty ("Spørgsmål: ingen").
	daAskNone = []string{"ingen", "nej", "intet", "ikke", "nix"}
	// daNotAsking after a question word make a statement ("Hvad angår
	// maden ...", "Hvor dejligt").
	daNotAsking = []string{"angaar", "angik", "enten", "end", "dejligt", "godt", "fint", "skoent", "spaendende", "sjovt", "herligt"}
	// daAskHeadDoubt in the words before a question leave the workshops
	// they name undecided ("Jeg er i tvivl om 2 eller 3, hvad synes I?").
	daAskHeadDoubt = []string{"eller", "om", "tvivl", "usikker", "maaske", "ved"}
	// daHopeWords may stand before a polite check ("Håber det er ok?").
	daHopeWords = []string{"haaber", "jeg", "vi", "at"}
	// daSubordinators open a clause inside a question ("... hvis jeg bor
	// i Brøndby"): its subject starts no statement of its own.
	daSubordinators = []string{"hvis", "om", "naar", "at", "fordi", "selvom", "da", "mens", "som", "der", "hvor", "og", "eller"}
)

var (
	enAskLabels     = []string{"question", "questions", "q"}
	enAskNone       = []string{"none", "no", "nothing", "n"}
	enNotAsking     = []string{"nice", "lovely", "great", "wonderful", "exciting", "a", "ever"}
	enAskHeadDoubt  = []string{"or", "if", "whether", "unsure", "sure", "maybe", "know"}
	enHopeWords     = []string{"hope", "i", "we", "hoping"}
	enSubordinators = []string{"if", "whether", "when", "that", "because", "although", "though", "while", "as", "where", "and", "or"}
)
