package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// completeFromAll is complete as it was first written: the full names of
// the whole of every source, read before any first name is completed.
func completeFromAll(ps *people, name string) string {
	if countNameWords(name) > 1 {
		return name
	}
	var ts []*text
	for _, s := range ps.sources {
		if strings.TrimSpace(s) != "" {
			ts = append(ts, newText(s))
		}
	}
	best := name
	for _, k := range knownNames(ps.avoid, ts...) {
		if strings.HasPrefix(strings.ToLower(k)+" ", strings.ToLower(name)+" ") && len(k) > len(best) {
			best = k
		}
	}
	return best
}

// TestCompleteReadsOnlyLinesWithName: reading only the lines that hold a
// first name completes it as reading every source whole does, for every
// word of the test mails taken as a first name, in any case.
func TestCompleteReadsOnlyLinesWithName(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if len(files) == 0 {
		t.Fatal("no test mails")
	}
	avoid := map[string]bool{"sundhed": true, "tryghed": true}
	completed := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := Extract(raw)
		ps := &people{sources: []string{m.Own, m.Forwarded, m.Quoted}, avoid: avoid}
		for _, src := range ps.sources {
			for _, w := range strings.Fields(src) {
				for _, name := range []string{w, strings.ToUpper(w), strings.ToLower(w)} {
					want := completeFromAll(ps, name)
					if got := ps.complete(name); got != want {
						t.Errorf("%s: complete(%q) = %q, want %q", f, name, got, want)
					}
					if want != name {
						completed++
					}
				}
			}
		}
	}
	// the mails must hold first names that complete, or the test shows nothing
	if completed == 0 {
		t.Error("no name was completed")
	}
}

func TestCompleteFromQuotedThread(t *testing.T) {
	ps := &people{sources: []string{
		"Kurt er blevet syg, så han kommer ikke.",
		"",
		"> Hej\n> Vi kommer begge: Kurt Holm og Anne Holm\n> Mvh\n> KURT HOLM-JENSEN",
	}}
	for name, want := range map[string]string{
		"Kurt": "KURT HOLM-JENSEN", // the longest full name
		"kurt": "KURT HOLM-JENSEN",
		"Anne": "Anne Holm",
		"Holm": "Holm", // a surname opens no full name
		"Bo":   "Bo",
	} {
		if got := ps.complete(name); got != want {
			t.Errorf("complete(%q) = %q, want %q", name, got, want)
		}
	}
}
