package parser

import "slices"

// allFirst finds a 1st choice said of everyone at once ("Alle tre vil
// helst i naboskabs-workshoppen").
var allFirst = table(daAllFirst, enAllFirst)

// allFirstThenSplit reads a 1st choice shared by everyone the mail
// registers, then, in the very next sentence under a 2nd-priority cue,
// each one's 2nd by groups ("Som anden prioritet tager Tomasz og jeg
// beskæftigelse, og Zofia vil gerne uddannelse"): the people named, the
// writer's "jeg" among them, before a workshop take that workshop as
// their 2nd. Only when every attendee gets exactly one 2nd, none the
// shared 1st; else who is as it was.
func (rd *reader) allFirstThenSplit(who []*person) []*person {
	t := rd.own
	if len(who) < 2 || !t.matches(allFirst) || !t.matches(secondCue) {
		return who
	}
	refs := rd.refsOf(t)
	ss := t.sents()
	shared, at := 0, -1
	for k, s := range ss {
		if !t.has(allFirst, s.a, s.b) {
			continue
		}
		ws := distinctWorkshops(refs[k])
		if len(ws) != 1 || shared != 0 || len(rd.ps.mentions(t, s.a, s.b, false)) > 0 {
			return who
		}
		shared, at = ws[0], k
	}
	if shared == 0 || at+1 >= len(ss) {
		return who
	}
	s := ss[at+1]
	cue := t.within(secondCue, s.a, s.b)
	if len(cue) == 0 || tokensBetween(t, s.a, cue[0][0]) > 1 {
		return who // the cue must open the sentence ("Som anden prioritet ...")
	}
	// who is spoken of, in order: the people named and the writer's "jeg"
	type subject struct {
		p *person
		a int
	}
	var subs []subject
	for _, m := range rd.ps.mentions(t, cue[0][1], s.b, false) {
		subs = append(subs, subject{m.p, m.a})
	}
	for i := t.tokenAt(cue[0][1]); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		if t.toks[i].s == "jeg" || t.toks[i].s == "i" && t.toks[i].cap {
			if d := rd.fromDisplay(); d != "" && !consistent(d, rd.ps.self.name) {
				return who // the writer is read under another name: whose "jeg" is unsure
			}
			subs = append(subs, subject{rd.ps.self, t.toks[i].a})
		}
	}
	slices.SortFunc(subs, func(x, y subject) int { return x.a - y.a })
	second := map[*person]ref{}
	var pending []*person
	next := 0
	rs := refs[at+1]
	for _, r := range rs {
		if r.missing || r.conflict || r.a < cue[0][1] {
			return who
		}
		for next < len(subs) && subs[next].a < r.a {
			pending = append(pending, subs[next].p)
			next++
		}
		if len(pending) == 0 {
			return who // a workshop said of no one
		}
		for _, p := range pending {
			if _, ok := second[p]; ok {
				return who
			}
			second[p] = r
		}
		pending = nil
	}
	if next < len(subs) || len(second) != len(who) {
		return who
	}
	for _, p := range who {
		if r, ok := second[p]; !ok || r.ws == shared {
			return who
		}
	}
	first := ref{ws: shared, kind: byNumber, rank: 1}
	for _, p := range who {
		r := second[p]
		r.rank = 2
		p.refs = []ref{first, r}
	}
	return who
}
