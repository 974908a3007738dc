package parser

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"tilmeld"
)

// checkJSON compares AppendJSON with encoding/json over Output, the
// definition of the line `tilmeld parse` prints.
func checkJSON(t *testing.T, r *Result, file string) {
	t.Helper()
	want, werr := json.Marshal(r.Output(file))
	got, gerr := r.AppendJSON([]byte("x"), file)
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("%s: error %v, encoding/json %v", file, gerr, werr)
	}
	if werr == nil && !bytes.Equal(got[1:], want) {
		t.Errorf("%s:\n got %s\nwant %s", file, got[1:], want)
	}
}

func TestAppendJSONAsEncodingJSON(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.eml"))
	ev := &tilmeld.Default().Event
	for _, f := range append(files, corpus...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkJSON(t, Parse(raw, ev), f)
	}
	odd := []string{"", "plain", `"quoted" \back\slash/`, "<b>&amp;</b>", "tab\tnew\nline\rret\bback\fform",
		"\x00\x01\x1f\x7f", "æøå ÆØÅ é €", "bad \xff\xfe utf8 \xc3", "line\u2028para\u2029end", "😀 emoji", "\u00e6\u0301"}
	for _, s := range odd {
		for _, c := range []float64{0, 1, 0.4, 0.1 + 0.2, 1e-7, 2.5e-10, 1e21, 123456789.125, -0.5} {
			r := &Result{Intent: tilmeld.Intent(s), Status: tilmeld.StatusReview, Missing: []string{s, "x"},
				Question: len(s)%2 == 0, Contact: tilmeld.Contact{Email: s, Phone: "+45"},
				Attendees: []tilmeld.Attendee{
					{Name: s, Choices: []int{3, 1}, Diet: []tilmeld.Diet{"vegetarian", "gluten_free", tilmeld.Diet(s)}, DietText: s},
					{Choices: []int{2}},
					{},
				}, Confidence: c, Reasons: []string{s}}
			checkJSON(t, r, s)
		}
	}
	checkJSON(t, &Result{}, "empty")
	checkJSON(t, &Result{Contact: tilmeld.Contact{Phone: "1"}}, "phone only")
	for _, bad := range []float64{nan(), inf()} {
		checkJSON(t, &Result{Confidence: bad}, "not a number")
	}
}

func nan() float64 { z := 0.0; return z / z }
func inf() float64 { z := 0.0; return 1 / z }

// FuzzAppendJSON checks the line for any strings.
func FuzzAppendJSON(f *testing.F) {
	f.Add("Ida Holm", "ida@example.dk", "vegetar <3 & \"mere\"", 0.9)
	f.Fuzz(func(t *testing.T, name, email, text string, c float64) {
		r := &Result{Intent: tilmeld.IntentRegister, Status: tilmeld.StatusComplete, Missing: []string{text},
			Contact: tilmeld.Contact{Email: email}, Confidence: c, Reasons: []string{text, name},
			Attendees: []tilmeld.Attendee{{Name: name, Choices: []int{1, 2}, Diet: []tilmeld.Diet{tilmeld.Diet(text)}, DietText: text}}}
		checkJSON(t, r, name)
	})
}

func BenchmarkResultJSON(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "attachments.eml"))
	if err != nil {
		b.Fatal(err)
	}
	r := Parse(raw, &tilmeld.Default().Event)
	b.Run("encoding/json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			json.Marshal(r.Output("inbox/0042.eml"))
		}
	})
	b.Run("AppendJSON", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf, _ = r.AppendJSON(buf[:0], "inbox/0042.eml")
		}
	})
}
