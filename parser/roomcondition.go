package parser

import "strings"

// A room question answered in the next sentence by an elided condition
// ("Er der stadig plads? Hvis ja, vil min far også gerne med", "Is there
// still room? If so, my brother ..."): what that sentence asks for depends
// on the answer, as "Hvis der er plads, ..." does.

var (
	roomAsk  = table(daRoomAsk, enRoomAsk)
	elidedIf = table(daElidedIf, enElidedIf)
)

// elidedRoomIf reports a sentence that opens with a condition pointing
// back at a room question just before it.
func elidedRoomIf(t *text) bool { return elidedIfAfter(t, roomAsk) }

// elidedIfAfter reports a sentence that opens with a condition pointing
// back at a question of ask just before it ("Er der elevator? Hvis ja,
// ...").
func elidedIfAfter(t *text, ask *matcher) bool {
	if strings.IndexByte(t.fold, '?') < 0 || !t.matches(ask) {
		return false
	}
	ss := t.sents()
	for k := 0; k+1 < len(ss); k++ {
		q, n := ss[k], ss[k+1]
		if !strings.HasSuffix(strings.TrimSpace(t.fold[q.a:q.b]), "?") || !t.has(ask, q.a, q.b) {
			continue
		}
		i := t.tokenAt(n.a)
		if i >= len(t.toks) {
			continue
		}
		for _, m := range t.within(elidedIf, n.a, n.b) {
			if m[0] == t.toks[i].a {
				return true
			}
		}
	}
	return false
}

// roomConditional reports a wish that depends on room, said in full
// ("Hvis der stadig er plads, ...") or after a room question.
func (rd *reader) roomConditional() bool {
	return rd.own.matches(lex.conditional) || elidedRoomIf(rd.own)
}

// addsOnRoom reports a registration that brings someone if there is room
// while the sender gives no choice of her own ("Er der plads til én mere?
// Hvis ja, vil min far også gerne med på workshop 1"): she is signed up
// already, and the mail adds to that on a condition staff must answer.
func (rd *reader) addsOnRoom() bool {
	if rd.forward || rd.ps == nil || len(rd.ps.self.refs) > 0 || !rd.roomConditional() {
		return false
	}
	for _, p := range rd.ps.others {
		if len(p.refs) > 0 {
			return true
		}
	}
	return false
}
