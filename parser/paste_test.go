package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

var pasteEvent = &tilmeld.Event{
	Name: "Fællesmøde i Grønnegården", Organiser: "Fællesmødet", Address: "moede@example.org", Phone: "70 11 22 33",
	Workshops: []tilmeld.Workshop{
		{Number: 1, Name: "Have og grønne arealer"}, {Number: 2, Name: "Unge og fritid"},
		{Number: 3, Name: "Ældre og fællesskab"}, {Number: 4, Name: "Affald og genbrug"},
	},
}

const pasteInvite = `Vi inviterer til Fællesmøde i Grønnegården torsdag d. 1. oktober kl. 17.

Vælg en workshop:
1. Have og grønne arealer
2. Unge og fritid
3. Ældre og fællesskab
4. Affald og genbrug

Tilmelding til moede@example.org eller tlf. 70 11 22 33.

Venlig hilsen
Fællesmødet`

// TestPastedInvitation checks that an invitation pasted without quote marks
// is cut, wherever the sender's words stand, and that a resident's own
// ranking of all workshops is not taken for one.
func TestPastedInvitation(t *testing.T) {
	tests := []struct{ name, in, own, sig string }{
		{"pasted below the registration",
			"Hej\nJeg vil gerne i workshop 2.\n\n" + pasteInvite + "\n\nMvh Bente\n",
			"Hej\nJeg vil gerne i workshop 2.", "Mvh Bente"},
		{"registration below the paste",
			pasteInvite + "\n\nJeg tager workshop 4 og ellers 1.\nBente\n",
			"Jeg tager workshop 4 og ellers 1.\nBente", ""},
		{"the sender's paragraph naming the event stays hers",
			"Jeg vil gerne med til Fællesmøde i Grønnegården, workshop 2.\n\n" + pasteInvite + "\n",
			"Jeg vil gerne med til Fællesmøde i Grønnegården, workshop 2.", ""},
		{"a ranking of all four without the organiser's contact is the sender's",
			"Mine prioriteter:\n1. Have og grønne arealer\n2. Unge og fritid\n3. Ældre og fællesskab\n4. Affald og genbrug\n",
			"Mine prioriteter:\n1. Have og grønne arealer\n2. Unge og fritid\n3. Ældre og fællesskab\n4. Affald og genbrug", ""},
	}
	for _, tt := range tests {
		got := trimPasted(tt.in, false, pasteEvent)
		if own := got.text(ownLine); own != tt.own {
			t.Errorf("%s: own\n%s\nwant\n%s", tt.name, own, tt.own)
		}
		if sig := got.text(sigLine); sig != tt.sig {
			t.Errorf("%s: signature\n%s\nwant\n%s", tt.name, sig, tt.sig)
		}
	}
	if got := trimPasted(pasteInvite, false, nil); !strings.Contains(got.text(ownLine), "Unge og fritid") {
		t.Errorf("without an event nothing is known to be pasted")
	}
}

// TestParseCutsPastedInvitation checks that Parse gives Read the event-aware
// extraction.
func TestParseCutsPastedInvitation(t *testing.T) {
	raw := "From: Bente <b@example.dk>\nSubject: Tilmelding\nContent-Type: text/plain; charset=utf-8\n\nWorkshop 3.\n\n" + pasteInvite + "\n"
	r := Parse([]byte(raw), pasteEvent)
	if r.Mail.Own != "Workshop 3." || !strings.Contains(r.Mail.Quoted, "Unge og fritid") {
		t.Errorf("own %q, quoted %q", r.Mail.Own, r.Mail.Quoted)
	}
}

// FuzzMayFoldTo: mayFoldTo finds key wherever a look at every place does.
func FuzzMayFoldTo(f *testing.F) {
	for _, s := range [][2]string{{"Have og GRØNNE arealer", "arealer"}, {"aAaAreal", "areal"}, {"x", "abc"}, {"2. 1234", "234"}, {"İ", "abc"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, line, key string) {
		key = longestAlnum(strings.ToLower(key))
		if len(key) < 3 {
			return
		}
		want := strings.ContainsRune(line, '\u0130') || strings.ContainsRune(line, '\u212a')
		for i := 0; !want && i+len(key) <= len(line); i++ {
			want = strings.EqualFold(line[i:i+len(key)], key) // of equal length: ASCII, as key is
		}
		if got := mayFoldTo(line, key); got != want {
			t.Fatalf("mayFoldTo(%q, %q) = %v, want %v", line, key, got, want)
		}
		// contactLine lower-cases only the lines mayFoldTo lets through
		if strings.Contains(string(appendLower(nil, line)), key) && !want {
			t.Fatalf("appendLower(%q) holds %q, which mayFoldTo misses", line, key)
		}
	})
}
