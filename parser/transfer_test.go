package parser

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

func TestDecodeQP(t *testing.T) {
	tests := []struct{ in, want string }{
		{"K=E6re =C3=B8", "K\xe6re \xc3\xb8"},
		{"lang linje=\r\nfortsat", "lang linje" + "fortsat"},
		{"soft=  \nbreak", "softbreak"},
		{"broken=\r\r\nsoft", "brokensoft"},
		{"trailing spaces   \nnext", "trailing spaces   \nnext"}, // left for tidying
		{"kept=20\n", "kept \n"},
		{"2+2=4 and =ZZ", "2+2=4 and =ZZ"},
		{"end=", "end"},
		{"crlf\r\nline", "crlf\r\nline"},
	}
	for _, tt := range tests {
		if got := string(decodeQP([]byte(tt.in))); got != tt.want {
			t.Errorf("decodeQP(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecodeBase64(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SGVq\r\nIG1l\r\nZA==", "Hej med"},
		{"SGVqIG1lZA", "Hej med"},        // no padding
		{"SGVq IG1l\tZA==\n", "Hej med"}, // stray white space
		{"SGVqIG1lx", "Hej me"},          // a lone last character
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(decodeBase64([]byte(tt.in))); got != tt.want {
			t.Errorf("decodeBase64(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDecodeWindows1252 checks the table decoder against the charmap's
// own on every byte, alone and in text, and on text that is all ASCII.
func TestDecodeWindows1252(t *testing.T) {
	want := func(b []byte) string {
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	all := make([]byte, 0, 3*256)
	for c := range 256 {
		b := []byte{byte(c)}
		if got := string(decodeWindows1252(b)); got != want(b) {
			t.Errorf("byte %#x: got %q, want %q", c, got, want([]byte{byte(c)}))
		}
		all = append(all, 'a', byte(c), ' ')
	}
	for _, s := range []string{"", "plain ascii text\r\n", "K\xe6re alle, vi m\xf8des p\xe5 \x80 50", string(all)} {
		if got := string(decodeWindows1252([]byte(s))); got != want([]byte(s)) {
			t.Errorf("%q: got %q, want %q", s, got, want([]byte(s)))
		}
	}
	enc, err := htmlindex.Get("iso-8859-1")
	if err != nil || enc != charmap.Windows1252 {
		t.Errorf("ISO-8859-1 is read as %v (%v), not as windows-1252", enc, err)
	}
}
