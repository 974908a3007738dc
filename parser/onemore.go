package parser

import "strings"

var (
	// oneMoreLeads may open the line or clause of one more person ("+ én
	// person mere", "og så en frivillig mere", "plus one more volunteer").
	oneMoreLeads = wordSet([]string{"og", "saa", "plus", "and", "also", "ogsaa"})
	// oneMoreOnes count the one ("én", "en", "et", "one").
	oneMoreOnes = wordSet([]string{"en", "et", "one"})
	// oneMoreWords say that she comes on top of those named ("mere",
	// "til", "more", "extra").
	oneMoreWords = wordSet([]string{"mere", "til", "more", "extra"})
	// oneMoreNouns may stand between the one and "mere": a word for a
	// person of no relation to the sender ("én person mere", "en frivillig
	// til", "one more volunteer").
	oneMoreNouns = wordSet([]string{"person", "deltager", "frivillig", "beboer", "medlem", "repraesentant", "medarbejder", "ansat",
		"participant", "volunteer", "resident", "member", "representative", "employee"})
)

// oneMoreAt reads "én (person) mere", "en frivillig til", "endnu en
// frivillig", "one more (volunteer)", "another volunteer" from token i on, before the end of the line at b: one
// more person, not named. It returns how many tokens it takes, 0 when
// there is none there.
func oneMoreAt(t *text, i, b int) int {
	words := make([]string, 0, 5) // on the stack
	for k := i; k < len(t.toks) && k < i+5 && t.toks[k].b <= b; k++ {
		words = append(words, t.toks[k].s)
	}
	return oneMoreIn(words)
}

// oneMoreIn is oneMoreAt on the line's first words.
func oneMoreIn(words []string) int {
	k := 0
	for k < len(words) && k < 2 && oneMoreLeads[words[k]] {
		k++
	}
	if k < len(words) && words[k] == "endnu" {
		k++ // "endnu en frivillig"
		if k+1 < len(words) && oneMoreOnes[words[k]] && oneMoreNouns[words[k+1]] {
			return k + 2
		}
		return 0
	}
	if k+1 < len(words) && words[k] == "another" && oneMoreNouns[words[k+1]] {
		return k + 2 // "another volunteer"
	}
	if k+1 >= len(words) || !oneMoreOnes[words[k]] {
		return 0
	}
	j := k + 1
	if oneMoreNouns[words[j]] && j+1 < len(words) && oneMoreWords[words[j+1]] {
		return j + 2 // "én person mere"
	}
	if !oneMoreWords[words[j]] || words[j] == "til" && words[k] == "one" {
		return 0
	}
	j++
	if j < len(words) && oneMoreNouns[words[j]] {
		j++ // "one more volunteer"
	}
	return j
}

// oneMoreLine reports a line that opens with one more person and gives
// her choices after a dash or colon ("og en frivillig mere – workshop
// 2"): a list item, though it opens in small letters.
func oneMoreLine(line string) bool {
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	if !strings.HasPrefix(line, "og ") && !strings.HasPrefix(line, "and ") && !strings.HasPrefix(line, "plus ") {
		return false
	}
	words := strings.FieldsFunc(line[:min(len(line), 48)], func(r rune) bool { return r == ' ' || r == ',' })
	return oneMoreIn(words[:min(len(words), 5)]) > 0 && oneMoreRest(line, 0, len(line)) >= 0
}

// oneMoreRest skips what stands between "én person mere" and the line's
// choices: where she is from, and that her name follows ("fra
// afdelingen (navn følger) – workshop 2", ", hvem afgør vi senere –
// 2"). It returns the offset of the dash or colon before the choices, or
// -1 when there is none on the line.
func oneMoreRest(fold string, a, b int) int {
	s := fold[a:b]
	for _, sep := range []string{" – ", " - ", " — ", ":"} {
		if k := strings.Index(s, sep); k >= 0 {
			return a + k + strings.Index(sep, strings.TrimSpace(sep))
		}
	}
	return -1
}

// oneMoreSentences reads a sentence that opens with one more person and
// names workshops ("Og så en frivillig mere, navnet kommer senere:
// tryghed og job", "Plus one more volunteer, name to follow –
// education"): an attendee not named, whose choices they are.
func (rd *reader) oneMoreSentences() {
	t := rd.own
	refs := rd.refsOf(t)
	for k, s := range t.sents() {
		if len(refs[k]) == 0 || rd.ps.lineOwners(s.a) != nil {
			continue
		}
		i := t.tokenAt(s.a)
		if i >= len(t.toks) || !oneMoreLeads[t.toks[i].s] && !oneMoreOnes[t.toks[i].s] && t.toks[i].s != "another" && t.toks[i].s != "endnu" {
			continue // cheap: most sentences open otherwise
		}
		n := oneMoreAt(t, i, s.b)
		if n == 0 || oneMoreRest(t.fold, t.toks[i+n-1].b, s.b) < 0 {
			continue
		}
		p := &person{}
		rd.ps.others = append(rd.ps.others, p)
		rd.ps.lines = append(rd.ps.lines, span{s.a, s.b, p})
	}
}
