package parser

// eventNouns are the words for the meeting itself (daEventNouns).
var eventNouns = wordSet(daEventNouns, enEventNouns)

// eventNounAfter reports whether token j, just after a workshop word ending
// at token j-1, is a word for the meeting joined to it by one space or a
// hyphen ("netværks mødet", "netværk-mødet"): the two are the event's own
// name split in two, and name no workshop.
func eventNounAfter(t *text, j, to int) bool {
	if j >= to || j == 0 || !eventNouns[t.toks[j].s] {
		return false
	}
	gap := t.fold[t.toks[j-1].b:t.toks[j].a]
	return gap == " " || gap == "-" || gap == " - "
}
