package mailbot

import (
	"bytes"
	"net/mail"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// headerCases are headers where net/mail is particular: folding, blank
// and white lines, bare CR, a missing colon, an empty or odd key, case,
// repeats, no body, no end.
var headerCases = []string{
	"",
	"\r\n",
	"Subject: plain\r\n\r\nbody",
	"Subject: lf only\n\nbody",
	"subject: lower\r\nFROM: Kurt <KURT@x.dk>\r\n\r\n",
	"Subject: folded\r\n  over\r\n\tthree lines \r\nFrom: a@b.dk\r\n\r\n",
	"Subject: white continuation\r\n   \r\n more\r\n\r\n",
	"Subject: ends in spaces\r\n   ",
	"Subject: no end and no newline",
	" Subject: leading space\r\n\r\n",
	"\tSubject: leading tab\r\n\r\n",
	"Subject: fine\r\nno colon here\r\n\r\n",
	"Subject: fine\r\nbroken\r\n over: two\r\n\r\n",
	": empty key\r\nSubject: after\r\n\r\n",
	"Subject : space before colon\r\n\r\n",
	"Subject: first\r\nSubject: second\r\n\r\n",
	"Subject: cr\r\r\nFrom: x@y.dk\r\n\r\n",
	"Subject: bare \r cr inside\r\n\r\n",
	"Subject: x\r\n\r\r\nFrom: after a white line\r\n\r\n",
	"Message-ID: <a@b>\r\nIn-Reply-To: <c@d>\r\nReferences: <e@f>\r\n <g@h>\r\n\r\n",
	"X-Tilmeld-Loop: yes\r\nAuto-Submitted: auto-replied\r\nPrecedence: bulk\r\nList-Id: <l>\r\n\r\n",
	"x-autoreply: yes\r\nX-AUTORESPOND: 1\r\nlist-unsubscribe: <m>\r\nReply-To: R <R@x.dk>\r\n\r\n",
	"Subject: =?utf-8?q?S=C3=B8ren?=\r\n\r\n",
	"Subject: " + strings.Repeat("long ", 2000) + "\r\n\r\n",
	"Auto-\xffSubmitted: no\r\nSubject: high byte key\r\n\r\n",
	"Subject: nul\x00byte\r\n\r\n",
	"\n",
	" \r\n",
	"Subject: a\r\n\t\r\n",
}

// readInboundBefore is readInbound over net/mail.ReadMessage, as it was.
func readInboundBefore(raw []byte) inbound {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return inbound{}
	}
	return fromHeader(msg.Header)
}

func checkHeaderLikeNetMail(t *testing.T, name string, raw []byte) {
	t.Helper()
	want := readInboundBefore(raw)
	got := fromHeader(readHeaderFields(raw))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: read as\n%#v\nnet/mail reads\n%#v", name, got, want)
	}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	h := readHeaderFields(raw)
	for _, k := range inboundFields {
		w := ""
		if err == nil {
			w = msg.Header.Get(k)
		}
		if g := h.Get(k); g != w {
			t.Errorf("%s: %s is %q, net/mail reads %q", name, k, g, w)
		}
	}
}

func TestReadHeaderFieldsLikeNetMail(t *testing.T) {
	for i, c := range headerCases {
		checkHeaderLikeNetMail(t, "case "+string(rune('a'+i)), []byte(c))
	}
	var files []string
	for _, pattern := range []string{"../parser/testdata/*.eml", "../parser/testdata/*/*.eml", "../testdata/*/*.eml",
		"../cmd/tilmeld/demodata/*.eml", "testdata/*.eml"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) < 100 {
		t.Fatalf("only %d mails found to compare", len(files))
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkHeaderLikeNetMail(t, f, raw)
	}
}

func FuzzReadHeaderFields(f *testing.F) {
	for _, c := range headerCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkHeaderLikeNetMail(t, "input", raw)
	})
}
