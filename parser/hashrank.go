package parser

import "strings"

// hashRanks reads "#1" and "#2" before what they rank ("#1 er workshop 3,
// #2 er workshop 1", "#1: sundhed", "Priority #1 is workshop 3") as the
// 1st and 2nd priority. A "#" number joined to another by "og", "and",
// "eller", "or" or a comma ("#2 og #4") is a workshop's, not a rank.
func hashRanks(t *text, a, b int) []marker {
	s := t.fold[a:b]
	if strings.IndexByte(s, '#') < 0 {
		return nil
	}
	var out []marker
	for i := strings.IndexByte(s, '#'); i >= 0 && i+2 <= len(s); {
		if d := s[i+1]; (d == '1' || d == '2') && (i+2 == len(s) || !isDigit(s[i+2])) && ranksWhatFollows(s[i+2:]) {
			out = append(out, marker{rank: int(d - '0'), a: a + i, b: a + i + 2})
		}
		k := strings.IndexByte(s[i+1:], '#')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return out
}

// ranksWhatFollows: after "#1" comes a word that is no joining word nor
// a place's ("opgang #2 på 3. sal"), after a colon, "=" or right away.
func ranksWhatFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " :=-\t")
	w := rest
	if n := strings.IndexAny(rest, " ,.;:\n"); n >= 0 {
		w = rest[:n]
	}
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !hashNotRank[w]
}

var hashNotRank = wordSet(daHashNotRank, enHashNotRank)
