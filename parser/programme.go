package parser

import "math/bits"

// A resident passes on someone else's text about the meeting (a
// newsletter, a board's notice, a colleague's copy of the programme) and
// chooses in her own words above it. The text lists the workshops, all or
// most of them: that is the programme, as in the event's own invitation,
// and no one chose by writing it. Only a text in which someone chooses
// ("jeg vil gerne på 3", "Fatima vil gerne på 2") is a second
// registration.

// programmeSelf are the words of a writer who speaks of herself in a
// sentence that names workshops: then it may choose them. programmeWe
// speak of a group ("Vi har fået en invitation med workshops om ..."),
// which chooses only with a word of wanting or taking beside it
// (programmeChoice: "Vi vil gerne på tryghed og job").
var (
	programmeSelf   = wordSet(daProgrammeSelf, enProgrammeSelf)
	programmeWe     = wordSet(daProgrammeWe, enProgrammeWe)
	programmeChoice = wordSet(daProgrammeChoice, enProgrammeChoice)
)

// listsProgramme reports a text that names at least three workshops, and
// all but one at least, where no writer speaks of herself in a sentence
// that names a workshop or a workshop's number.
func (rd *reader) listsProgramme(t *text) bool {
	n := len(rd.ev.Workshops)
	if n < 3 {
		return false
	}
	var named uint64
	en := false
	for k, refs := range rd.refsOf(t) {
		s := t.sents()[k]
		if len(refs) == 0 && !numberIn(t, s, n) {
			continue
		}
		we, wants := false, false
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
			tk := t.toks[i]
			if programmeSelf[tk.s] {
				return false // "Jeg tager selv 2."
			}
			we = we || programmeWe[tk.s]
			wants = wants || programmeChoice[tk.s]
			if we && wants {
				return false
			}
			if capitalI(t, tk) {
				if !en {
					en = language(t) == "en"
				}
				if en {
					return false
				}
			}
		}
		for _, r := range refs {
			if !r.missing && r.ws >= 1 && r.ws <= n && r.ws < 64 {
				named |= 1 << r.ws
			}
		}
	}
	c := bits.OnesCount64(named)
	return c >= 3 && c >= n-1
}

// numberIn reports a number from 1 to n in sentence s of t.
func numberIn(t *text, s sentence, n int) bool {
	for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		if v := t.toks[i].num; v >= 1 && v <= n {
			return true
		}
	}
	return false
}
