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
// starts no valid escape is kept as it is; soft line breaks may have stray
// white space or carriage returns; unencoded white space at a line's end,
// which transport may add, is dropped. Line ends become "\n".
func decodeQP(src []byte) []byte {
	dst := src[:0] // the decoded text is never longer: written behind the reading
	keep := 0      // dst[:keep] must stay: decoded escapes are never trimmed
	for i := 0; i < len(src); i++ {
		if j := bytes.IndexAny(src[i:], "=\r\n"); j != 0 {
			if j < 0 {
				j = len(src) - i
			}
			dst = append(dst, src[i:i+j]...) // plain run, copied at once
			i += j - 1
			continue
		}
		c := src[i]
		switch {
		case c == '\n':
			dst = trimLineEnd(dst, keep)
			dst = append(dst, '\n')
			keep = len(dst)
		case c == '\r' && i+1 < len(src) && src[i+1] == '\n':
			// the '\n' is written on the next round
		case c == '\r':
			dst = append(dst, c)
		case i+2 < len(src) && isHex(src[i+1]) && isHex(src[i+2]):
			dst = append(dst, unhex(src[i+1])<<4|unhex(src[i+2]))
			keep = len(dst)
			i += 2
		default:
			if j, ok := softBreak(src, i+1); ok {
				i = j
				continue
			}
			dst = append(dst, '=')
		}
	}
	return dst
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

func trimLineEnd(b []byte, keep int) []byte {
	for len(b) > keep && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
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
	clean := src[:0]
	for _, c := range src {
		if base64Alphabet[c] {
			clean = append(clean, c)
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1] // a lone last character holds no byte
	}
	dst := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
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
