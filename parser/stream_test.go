package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
	"testing/iotest"

	"tilmeld"
)

// TestParseReaderReadsAsParse reads every test and corpus mail, and a few
// broken ones, through ParseReader in small pieces: the reading is the one
// Parse makes of the same bytes.
func TestParseReaderReadsAsParse(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.eml"))
	ev := &tilmeld.Default().Event
	raws := map[string][]byte{
		"no header":     []byte("just text\n\nand more"),
		"broken header": []byte("From: a@b.dk\nthis is no header line\n\nJeg vil gerne i workshop 2.\n"),
		"empty":         nil,
		"header only":   []byte("From: a@b.dk\r\nSubject: x\r\n"),
		// a broken header of up to headKept bytes reads the same
		"long bad header": append(bytes.Repeat([]byte("X-Long: "+string(bytes.Repeat([]byte("a"), 900))+"\r\n"), 60), []byte("bad line\r\n\r\nTekst.\r\n")...),
	}
	for _, f := range append(files, corpus...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raws[filepath.Base(f)] = raw
	}
	for name, raw := range raws {
		want := Parse(raw, ev)
		got := ParseReader(iotest.HalfReader(bytes.NewReader(raw)), ev)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: ParseReader\n got %+v\n%.2000q\nwant %+v\n%.2000q", name, got, got.Mail.Body, want, want.Mail.Body)
		}
	}
}

// TestParseReaderLargeAttachment reads a mail with a 10 MB attachment from
// a reader: what it allocates stays far below the mail's size.
func TestParseReaderLargeAttachment(t *testing.T) {
	raw := largeMail()
	ev := &tilmeld.Default().Event
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res := ParseReader(bytes.NewReader(raw), ev)
	runtime.ReadMemStats(&after)
	if m := res.Mail; len(m.Attachments) != 1 || m.Attachments[0].Size != 10<<20 || m.Own != "Tilmelding i bilaget." {
		t.Fatalf("attachments %+v, own %q", m.Attachments, m.Own)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 2<<20 {
		t.Errorf("ParseReader allocated %d bytes for a mail with a 10 MB attachment", alloc)
	}
}
