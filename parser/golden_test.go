package parser

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenMails are mails whose whole reading is pinned in testdata/golden.
var goldenMails = []string{
	"outlook_da.eml", "gmail_da.eml", "apple_bottom.eml", "inline.eml",
	"html_only.eml", "forward_gmail.eml", "forward_attached.eml",
}

// TestGolden compares the own words, signature and forwarded text of a few
// mails with their golden files; run with -update to accept a change.
func TestGolden(t *testing.T) {
	for _, name := range goldenMails {
		m := extractFile(t, name)
		got := goldenText(m)
		path := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".eml")+".txt")
		if *updateGolden {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestGolden -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s:\n--- got\n%s\n--- want\n%s", name, path, got, want)
		}
	}
}

func goldenText(m *Mail) string {
	var b strings.Builder
	for _, s := range []struct{ title, text string }{
		{"own", m.Own}, {"signature", m.Signature}, {"forwarded", m.Forwarded},
	} {
		b.WriteString("== " + s.title + "\n")
		if s.text != "" {
			b.WriteString(s.text + "\n")
		}
	}
	return b.String()
}
