package store

import (
	"encoding/base64"
	"encoding/json"
	"time"
	"unicode/utf8"
)

// The deciding reads every mail's record back before it decides it, and
// encoding/json spent its reflection there too. readMail reads the record
// in the shape Mail.appendJSON writes, and hands anything else (another key
// order, spaces, escapes, a record of an older version) to encoding/json,
// so that it reads exactly what encoding/json reads (decode_test.go holds
// it to that).

// readMail decodes a mail record.
func readMail(v []byte) (*Mail, error) {
	r := jsonReader{b: v}
	if m := r.mail(); m != nil && r.done() {
		return m, nil
	}
	var m Mail
	return &m, json.Unmarshal(v, &m)
}

func (r *jsonReader) mail() *Mail {
	if !r.open() {
		return nil
	}
	m := &Mail{}
	m.ID = r.uint("id", 64)
	if r.key("mailbox") {
		m.Mailbox = r.str()
	}
	m.UIDValidity = uint32(r.uint("uid_validity", 32))
	m.UID = uint32(r.uint("uid", 32))
	if r.optKey("message_id") {
		m.MessageID = r.str()
	}
	if r.key("hash") {
		m.Hash = r.bytes()
	}
	m.Size = int(r.uint("size", strconvIntSize-1))
	m.Received = r.time("received")
	m.Stored = r.time("stored")
	if r.optKey("decision") {
		m.Decision = r.decision()
	}
	if !r.close() {
		return nil
	}
	return m
}

func (r *jsonReader) decision() *Decision {
	if !r.open() {
		return nil
	}
	d := &Decision{}
	d.Time = r.time("time")
	if r.key("intent") {
		d.Intent = r.str()
	}
	if r.key("status") {
		d.Status = r.str()
	}
	if r.key("action") {
		d.Action = r.str()
	}
	if r.optKey("registration") {
		d.Registration = r.number(64)
	}
	if r.optKey("review") {
		d.Review = r.number(64)
	}
	if r.optKey("replies") && r.array() {
		d.Replies = []uint64{}
		for r.next() {
			d.Replies = append(d.Replies, r.number(64))
		}
	}
	if r.optKey("reasons") && r.array() {
		d.Reasons = []string{}
		for r.next() {
			d.Reasons = append(d.Reasons, r.str())
		}
	}
	if !r.close() {
		return nil
	}
	return d
}

const strconvIntSize = 32 << (^uint(0) >> 63)

// jsonReader reads JSON written by a jsonObject: the members of each object
// in the writer's order, no spaces, every number a plain non-negative
// integer. On anything else it sets bad and its results are of no use.
type jsonReader struct {
	b   []byte
	bad bool
	// more is whether the object being read has had a member, so that the
	// next one comes after a comma.
	more bool
}

// done reports whether the reader read everything, and nothing unexpected.
func (r *jsonReader) done() bool { return !r.bad && len(r.b) == 0 }

// lit takes c if it comes next.
func (r *jsonReader) lit(c byte) bool {
	if r.bad || len(r.b) == 0 || r.b[0] != c {
		return false
	}
	r.b = r.b[1:]
	return true
}

func (r *jsonReader) open() bool {
	if !r.lit('{') {
		r.bad = true
		return false
	}
	r.more = false
	return true
}

// close takes the end of an object; the object read after it is one member
// of its parent, so a member came before the next.
func (r *jsonReader) close() bool {
	if !r.lit('}') {
		r.bad = true
		return false
	}
	r.more = true
	return true
}

// array takes the start of an array, which must come next.
func (r *jsonReader) array() bool {
	if !r.lit('[') {
		r.bad = true
		return false
	}
	r.more = false
	return true
}

// next reports whether another value of the array comes, and takes the
// comma before it, or else the array's end.
func (r *jsonReader) next() bool {
	switch {
	case r.lit(']'):
		r.more = true
		return false
	case r.more && !r.lit(','):
		r.bad = true
		return false
	}
	r.more = true
	return !r.bad
}

// optKey takes the key k of a member, with the comma before it, if it
// comes next.
func (r *jsonReader) optKey(k string) bool {
	if r.bad {
		return false
	}
	b := r.b
	if r.more {
		if len(b) == 0 || b[0] != ',' {
			return false
		}
		b = b[1:]
	}
	if len(b) < len(k)+3 || b[0] != '"' || string(b[1:1+len(k)]) != k || b[1+len(k)] != '"' || b[2+len(k)] != ':' {
		return false
	}
	r.b = b[len(k)+3:]
	r.more = true
	return true
}

// key takes the key k, which must come next.
func (r *jsonReader) key(k string) bool {
	if !r.optKey(k) {
		r.bad = true
		return false
	}
	return true
}

// uint reads the member k, a number of at most bits bits.
func (r *jsonReader) uint(k string, bits int) uint64 {
	if !r.key(k) {
		return 0
	}
	return r.number(bits)
}

// number reads a number of at most bits bits, written as strconv writes
// it: without sign, leading zeros, fraction or exponent.
func (r *jsonReader) number(bits int) uint64 {
	if r.bad {
		return 0
	}
	b := r.b
	if len(b) == 0 || b[0] < '0' || b[0] > '9' || (b[0] == '0' && len(b) > 1 && b[1] >= '0' && b[1] <= '9') {
		r.bad = true
		return 0
	}
	max := uint64(1)<<bits - 1
	var n uint64
	i := 0
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		d := uint64(b[i] - '0')
		if n > (max-d)/10 {
			r.bad = true // too large for the field: encoding/json says so
			return 0
		}
		n = n*10 + d
	}
	r.b = b[i:]
	return n
}

// quoted reads a string's content as it stands between the quotes, and
// whether it is plain: no escapes, no control characters, valid UTF-8,
// so that it means just its bytes.
func (r *jsonReader) quoted() (s []byte, plain bool) {
	if !r.lit('"') {
		r.bad = true
		return nil, false
	}
	b := r.b
	plain, ascii := true, true
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '"':
			if !ascii && plain {
				plain = utf8.Valid(b[:i])
			}
			r.b = b[i+1:]
			return b[:i], plain
		case c == '\\':
			plain = false
			i++ // the escaped byte cannot end the string
		case c < 0x20:
			plain = false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	r.bad = true
	return nil, false
}

// str reads a string. One with escapes in it is left to encoding/json,
// which decodes them and replaces invalid UTF-8 its own way.
func (r *jsonReader) str() string {
	before := r.b
	s, plain := r.quoted()
	switch {
	case r.bad:
		return ""
	case plain:
		return string(s)
	}
	var out string
	if err := json.Unmarshal(before[:len(before)-len(r.b)], &out); err != nil {
		r.bad = true
	}
	return out
}

// bytes reads a []byte: null, or base64 in a plain string.
func (r *jsonReader) bytes() []byte {
	if r.bad {
		return nil
	}
	if len(r.b) >= 4 && string(r.b[:4]) == "null" {
		r.b = r.b[4:]
		return nil
	}
	s, plain := r.quoted()
	if !plain {
		r.bad = true
		return nil
	}
	// As encoding/json decodes it, into a slice of the decoded length.
	out := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
	n, err := base64.StdEncoding.Decode(out, s)
	if err != nil {
		r.bad = true
		return nil
	}
	return out[:n]
}

// time reads the member k, a time in a plain string. time.Time's
// UnmarshalJSON reads the bytes between the quotes as UnmarshalText does.
func (r *jsonReader) time(k string) time.Time {
	var t time.Time
	if !r.key(k) {
		return t
	}
	s, plain := r.quoted()
	if !plain || t.UnmarshalText(s) != nil {
		r.bad = true
	}
	return t
}
