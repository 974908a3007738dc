package parser

// The words of a mail that passes the invitation on to a colleague
// (colleague.go) and of a text that lists the programme (programme.go).
// Folded: æ is "ae", ø "oe", å "aa".

// daColleagueWords / enColleagueWords speak to the one greeted; daJointWords
// / enJointWords make a "vi" the sender and him ("Skal vi tage afsted
// sammen?"); daSelfObjects / enSelfObjects keep a clause the sender's own
// though it speaks to "du" ("kan du skrive mig op til 2?"); daStaffWords,
// the plural "jer", turn a sentence to the organiser.
var (
	daColleagueWords = []string{"du", "dig", "din", "dit", "dine"}
	enColleagueWords = []string{"you", "your", "yours"}
	daJointWords     = []string{"sammen"}
	enJointWords     = []string{"together"}
	daSelfObjects    = []string{"mig", "os", "selv"}
	enSelfObjects    = []string{"me", "us", "myself"}
	daStaffWords     = []string{"jer", "jeres"}
)

// daProgrammeSelf / enProgrammeSelf: a writer who speaks of herself;
// daProgrammeWe / enProgrammeWe of a group; daProgrammeChoice /
// enProgrammeChoice: wanting or taking, which makes a group choose.
var (
	daProgrammeSelf   = []string{"jeg", "mig", "min", "mit", "mine"}
	enProgrammeSelf   = []string{"me", "my", "myself"}
	daProgrammeWe     = []string{"vi", "os", "vores"}
	enProgrammeWe     = []string{"we", "us", "our"}
	daProgrammeChoice = []string{"vil", "gerne", "tager", "oensker", "vaelger", "melder", "tilmelder"}
	enProgrammeChoice = []string{"want", "would", "take", "choose", "prefer"}
)
