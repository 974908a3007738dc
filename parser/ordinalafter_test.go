package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestOrdinalAfterAt checks the look for what follows an ordinal, sought
// only where the white space ends, against the search of the whole rest.
func TestOrdinalAfterAt(t *testing.T) {
	if ordinalAfterOpens == nil {
		t.Fatal("no opening bytes: every rest is searched whole")
	}
	for _, rest := range []string{"", " ", " workshop", "  workshoppen paa listen", " paa listen.", "\npaa jeres liste", " ws", " on the list", " one on your list",
		" workshops", "workshop", " x workshop", " - workshop", "\u00a0workshop", "\u2003 paa listen", " å workshop", " prioritet", " i listen og",
		" paa invitationen", " workshopx", " wsx", " onthe list", " workshop paa din liste" + strings.Repeat(" ", 3), "\t\tws."} {
		want := ordinalAfter.FindStringIndex(rest)
		if want != nil && strings.TrimSpace(rest[:want[0]]) != "" {
			want = nil
		}
		if got := ordinalAfterAt(rest); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: got %v, want %v", rest, got, want)
		}
	}
}
