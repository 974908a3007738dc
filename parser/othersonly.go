package parser

// senderWords are the words a writer speaks of herself with as one who
// acts or comes ("jeg", "vi", "os"; "I", "we"); "min"/"my" only own.
var (
	daSenderWordSet = wordSet(daSenderWords)
	enSenderWordSet = wordSet(enSenderWords)
)

// writesOnlyOfOthers reports a mail that never speaks of its writer, only
// signs up a relative she names ("Min mor Halima A. vil gerne komme ...
// Hun vil gerne den med skolen"): the relative comes, the writer is no
// attendee.
func (rd *reader) writesOnlyOfOthers() bool {
	t, ps := rd.own, rd.ps
	if ps.self.said {
		return false
	}
	// "Jeg er hans kontaktperson": who she is to him, no word of coming
	roles := t.all(senderRole)
	for _, tk := range t.toks {
		if (daSenderWordSet[tk.s] || rd.res.Language == "en" && enSenderWordSet[tk.s]) && !inSpans(roles, tk.a) {
			return false
		}
	}
	for _, p := range ps.others {
		// a relative named, or with her role said, anyone named in full
		if p.name != "" && (p.rel != "" || len(roles) > 0 && countNameWords(p.name) >= 2) && p.said && rd.signedUp(p) {
			return true
		}
	}
	return false
}

// senderRole: the writer says who she is to the one she signs up ("Jeg er
// hans kontaktperson", "I am her caseworker").
var senderRole = table(daSenderRole, enSenderRole)
