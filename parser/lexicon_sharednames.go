package parser

// daNoteLeads / enNoteLeads (with their fillers) draw attention to what
// follows: "Husk (lige) at", "Bemærk venligst, at", "OBS:", "Please note
// that", "Remember that".
var (
	daNoteLeads   = []string{"husk", "bemaerk", "obs", "nb", "glem"}
	daNoteFillers = []string{"lige", "venligst", "gerne", "ogsaa", "ikke", "endelig", "paa"}
	enNoteLeads   = []string{"note", "remember", "nb", "fyi", "please"}
	enNoteFillers = []string{"please", "kindly", "also", "note", "remember", "just", "do"}
)
