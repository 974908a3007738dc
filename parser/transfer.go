package parser

import (
	"bytes"
	"encoding/base64"
	"io"
)

// Lenient transfer decoding of text parts: what a sloppy or broken encoder
// wrote is decoded as far as it makes sense, instead of losing the part at
// the first bad byte.

// decodeQP decodes quoted-printable text (RFC 2045) in place. An "=" that
// starts no valid escape is kept as it is, and soft line breaks may have
// stray white space or carriage returns. White space at line ends is left
// for the later tidying of lines.
func decodeQP(src []byte) []byte {
	w := 0 // write position: the decoded text is never longer than what is read
	for i := 0; i < len(src); {
		if src[i] != '=' {
			// a plain run, found and copied at once; none stands between the
			// escapes of a letter's UTF-8 bytes ("=C3=A6")
			j := bytes.IndexByte(src[i:], '=')
			if j < 0 {
				j = len(src) - i
			}
			if w < i {
				copy(src[w:], src[i:i+j])
			}
			w += j
			i += j
			continue
		}
		if i+2 < len(src) && isHex(src[i+1]) && isHex(src[i+2]) {
			src[w] = unhex(src[i+1])<<4 | unhex(src[i+2])
			w++
			i += 3
			continue
		}
		if k, soft := softBreak(src, i+1); soft {
			i = k + 1
			continue
		}
		src[w] = '='
		w++
		i++
	}
	return src[:w]
}

// softBreak reports whether src[i:] is the rest of a soft line break (white
// space and carriage returns, then a newline or the end) and where it ends.
func softBreak(src []byte, i int) (int, bool) {
	for ; i < len(src); i++ {
		switch src[i] {
		case ' ', '\t', '\r':
		case '\n':
			return i, true
		default:
			return i, false
		}
	}
	return i, true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'F' || 'a' <= c && c <= 'f'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// decodeBase64 decodes base64 text, skipping line breaks and any other
// characters outside the alphabet, and decoding as much as the data allows.
// The characters are sifted in place in src.
func decodeBase64(src []byte) []byte {
	dst := make([]byte, base64.RawStdEncoding.DecodedLen(len(src))) // room for either reading
	if n, err := base64.StdEncoding.Decode(dst, src); err == nil {
		return dst[:n] // well formed: the standard decoder skips line breaks itself
	}
	clean := src[:0]
	for _, c := range src {
		if base64Alphabet[c] {
			clean = append(clean, c)
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1] // a lone last character holds no byte
	}
	n, _ := base64.RawStdEncoding.Decode(dst, clean)
	return dst[:n]
}

// base64Filter passes on only base64 characters, for the streaming decoder,
// which would stop at stray spaces.
type base64Filter struct{ r io.Reader }

func (f *base64Filter) Read(p []byte) (int, error) {
	for {
		n, err := f.r.Read(p)
		k := 0
		for _, c := range p[:n] {
			if base64Alphabet[c] || c == '=' {
				p[k] = c
				k++
			}
		}
		if k > 0 || err != nil {
			return k, err
		}
	}
}
