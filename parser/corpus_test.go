package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tilmeld"
)

// corpusDir holds the labelled development corpus; it is outside the
// repository and may be absent.
const corpusDir = "../../shared/corpus"

type corpusLabel struct {
	File   string `json:"file"`
	Intent string `json:"intent"`
}

// listHeaders tells a raw mail that carries mailing-list headers.
var listHeaders = regexp.MustCompile(`(?im)^(list-id|list-unsubscribe|precedence:\s*(bulk|list))`)

// TestCorpusExtract decodes every corpus mail and checks what labels say:
// automatic mail is recognised, people's mail is not taken for automatic,
// and text quoted by many mails (the invitation) never counts as own words.
func TestCorpusExtract(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.eml"))
	if len(files) == 0 {
		t.Skip("corpus not present")
	}
	intents := corpusIntents(t)
	ev := &tilmeld.Default().Event
	mails := map[string]*Mail{}
	var tally corpusTally
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := ExtractFor(raw, ev)
		for _, p := range m.Problems {
			if strings.HasPrefix(p, "internal error") {
				t.Errorf("%s: %s", filepath.Base(f), p)
			}
		}
		mails[filepath.Base(f)] = m
		checkCorpusAuto(t, filepath.Base(f), intents[filepath.Base(f)], raw, m, &tally)
	}
	t.Logf("automatic mail recognised: %d of %d; people's mail: %d none, %d maybe, %d wrongly automatic",
		tally.autoHit, tally.autoAll, tally.peopleNone, tally.peopleMaybe, tally.peopleWrong)
	checkNoQuotedInOwn(t, mails)
}

func corpusIntents(t *testing.T) map[string]string {
	data, err := os.ReadFile(filepath.Join(corpusDir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels []corpusLabel
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range labels {
		out[l.File] = l.Intent
	}
	return out
}

type corpusTally struct {
	autoAll, autoHit                     int
	peopleNone, peopleMaybe, peopleWrong int
}

// checkCorpusAuto checks the automatic-mail verdict against the label.
func checkCorpusAuto(t *testing.T, name, intent string, raw []byte, m *Mail, n *corpusTally) {
	t.Helper()
	head, _, _ := strings.Cut(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n\n")
	switch {
	case intent == "auto_reply" || intent == "bounce" || (intent == "spam" && listHeaders.MatchString(head)):
		n.autoAll++
		if m.Auto != AutoNone && m.Auto != AutoMaybe {
			n.autoHit++
		} else {
			t.Errorf("%s (%s): Auto = %q, want it recognised", name, intent, m.Auto)
		}
	case intent == "register" || intent == "update" || intent == "cancel" || intent == "question":
		switch m.Auto {
		case AutoNone:
			n.peopleNone++
		case AutoMaybe:
			n.peopleMaybe++
		default:
			n.peopleWrong++
			t.Errorf("%s (%s): Auto = %q (%s), want none or maybe", name, intent, m.Auto, m.AutoReason)
		}
		if strings.TrimSpace(m.Own+m.Forwarded+m.Signature) == "" {
			t.Errorf("%s (%s): no own words", name, intent)
		}
	}
}

// checkNoQuotedInOwn finds the lines that several mails quote (the
// invitation, in this corpus) and checks that no mail's own words hold one.
func checkNoQuotedInOwn(t *testing.T, mails map[string]*Mail) {
	t.Helper()
	quotedBy := map[string]map[string]bool{}
	for name, m := range mails {
		for _, l := range strings.Split(m.Quoted, "\n") {
			l = normSpace(strings.TrimLeft(l, "> "))
			if len(l) < 30 { // a line of prose, not a phrase anyone may write
				continue
			}
			if quotedBy[l] == nil {
				quotedBy[l] = map[string]bool{}
			}
			quotedBy[l][name] = true
		}
	}
	shared, leaks := 0, 0
	for l, by := range quotedBy {
		if len(by) < 3 {
			continue
		}
		shared++
		for name, m := range mails {
			if strings.Contains(normSpace(m.Own), l) {
				leaks++
				t.Errorf("%s: own words hold a line quoted by %d mails: %q", name, len(by), l)
			}
		}
	}
	t.Logf("%d lines are quoted by 3 or more mails; %d found in own words", shared, leaks)
}
