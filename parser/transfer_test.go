package parser

import "testing"

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
