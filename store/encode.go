package store

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"strconv"
	"time"

	"tilmeld/internal/jsonq"
)

// The records written for every mail (the mail, its decision, its reply,
// the history entries, the review item) encode themselves: encoding/json
// spent a tenth of the deciding's CPU on reflection and on checking its
// own output again. Each appendJSON writes exactly the bytes json.Marshal
// writes for the record (encode_test.go holds them to it), so the files
// and their readers stay as they were.

// jsonAppender is a record that writes its own JSON.
type jsonAppender interface {
	appendJSON(b []byte) ([]byte, error)
}

// jsonObject writes the members of one JSON object, each after a comma
// but the first.
type jsonObject struct {
	b    []byte
	err  error
	more bool
}

// newObject starts an object at the end of b, or in a new buffer of room
// for about size bytes when b is nil: growing it would copy the body of a
// reply three times over.
func newObject(b []byte, size int) jsonObject {
	if b == nil {
		b = make([]byte, 0, 256+size+size/8)
	}
	return jsonObject{b: append(b, '{')}
}

func (o *jsonObject) key(k string) {
	if o.more {
		o.b = append(o.b, ',')
	}
	o.more = true
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

func (o *jsonObject) str(k, v string) {
	o.key(k)
	o.b = jsonq.AppendString(o.b, v)
}

// strOmit is str for a field tagged omitempty.
func (o *jsonObject) strOmit(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *jsonObject) uint(k string, v uint64) {
	o.key(k)
	o.b = strconv.AppendUint(o.b, v, 10)
}

func (o *jsonObject) uintOmit(k string, v uint64) {
	if v != 0 {
		o.uint(k, v)
	}
}

func (o *jsonObject) int(k string, v int) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

func (o *jsonObject) intOmit(k string, v int) {
	if v != 0 {
		o.int(k, v)
	}
}

func (o *jsonObject) time(k string, t time.Time) {
	o.key(k)
	o.b = append(o.b, '"')
	var err error
	// AppendText is MarshalJSON without the quotes: RFC 3339, and an
	// error for a time RFC 3339 cannot hold, as json.Marshal gives.
	if o.b, err = t.AppendText(o.b); err != nil && o.err == nil {
		o.err = err
	}
	o.b = append(o.b, '"')
}

// timeZero is time for a field tagged omitzero.
func (o *jsonObject) timeZero(k string, t time.Time) {
	if !t.IsZero() {
		o.time(k, t)
	}
}

func (o *jsonObject) bytes(k string, v []byte) {
	o.key(k)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = append(o.b, '"')
	o.b = base64.StdEncoding.AppendEncode(o.b, v)
	o.b = append(o.b, '"')
}

func (o *jsonObject) strs(k string, v []string) {
	o.key(k)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = append(o.b, '[')
	for i, s := range v {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = jsonq.AppendString(o.b, s)
	}
	o.b = append(o.b, ']')
}

func (o *jsonObject) strsOmit(k string, v []string) {
	if len(v) > 0 {
		o.strs(k, v)
	}
}

func (o *jsonObject) uintsOmit(k string, v []uint64) {
	if len(v) == 0 {
		return
	}
	o.key(k)
	o.b = append(o.b, '[')
	for i, n := range v {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = strconv.AppendUint(o.b, n, 10)
	}
	o.b = append(o.b, ']')
}

// object writes v's JSON under k.
func (o *jsonObject) object(k string, v jsonAppender) {
	o.key(k)
	var err error
	if o.b, err = v.appendJSON(o.b); err != nil && o.err == nil {
		o.err = err
	}
}

func (o *jsonObject) end() ([]byte, error) {
	return append(o.b, '}'), o.err
}

func (m *Mail) appendJSON(b []byte) ([]byte, error) {
	size := len(m.Mailbox) + len(m.MessageID) + 2*len(m.Hash)
	if d := m.Decision; d != nil {
		size += 128 + 24*len(d.Replies)
		for _, r := range d.Reasons {
			size += len(r) + 3
		}
	}
	o := newObject(b, size)
	o.uint("id", m.ID)
	o.str("mailbox", m.Mailbox)
	o.uint("uid_validity", uint64(m.UIDValidity))
	o.uint("uid", uint64(m.UID))
	o.strOmit("message_id", m.MessageID)
	o.bytes("hash", m.Hash)
	o.int("size", m.Size)
	o.time("received", m.Received)
	o.time("stored", m.Stored)
	if m.Decision != nil {
		o.object("decision", m.Decision)
	}
	return o.end()
}

func (d *Decision) appendJSON(b []byte) ([]byte, error) {
	o := newObject(b, 0)
	o.time("time", d.Time)
	o.str("intent", d.Intent)
	o.str("status", d.Status)
	o.str("action", d.Action)
	o.uintOmit("registration", d.Registration)
	o.uintOmit("review", d.Review)
	o.uintsOmit("replies", d.Replies)
	o.strsOmit("reasons", d.Reasons)
	return o.end()
}

func (m *OutMail) appendJSON(b []byte) ([]byte, error) {
	size := len(m.MessageID) + len(m.To) + len(m.ToName) + len(m.Subject) + len(m.Body) +
		len(m.InReplyTo) + len(m.LastError)
	for _, r := range m.References {
		size += len(r) + 3
	}
	for _, a := range m.Attachments {
		size += 64 + len(a.Name) + len(a.ContentType) + len(a.Data)*4/3
	}
	o := newObject(b, size)
	o.uint("id", m.ID)
	o.str("message_id", m.MessageID)
	o.str("to", m.To)
	o.strOmit("to_name", m.ToName)
	o.str("subject", m.Subject)
	o.str("body", m.Body)
	o.strOmit("in_reply_to", m.InReplyTo)
	o.strsOmit("references", m.References)
	o.str("kind", m.Kind)
	o.uintOmit("registration", m.Registration)
	if len(m.Attachments) > 0 {
		o.key("attachments")
		o.b = append(o.b, '[')
		for i := range m.Attachments {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			var err error
			if o.b, err = m.Attachments[i].appendJSON(o.b); err != nil && o.err == nil {
				o.err = err
			}
		}
		o.b = append(o.b, ']')
	}
	o.time("created", m.Created)
	o.intOmit("attempts", m.Attempts)
	o.timeZero("next_try", m.NextTry)
	o.strOmit("last_error", m.LastError)
	o.timeZero("sent", m.Sent)
	o.timeZero("failed", m.Failed)
	return o.end()
}

func (a *Attachment) appendJSON(b []byte) ([]byte, error) {
	o := newObject(b, len(a.Data)*4/3)
	o.str("name", a.Name)
	o.str("content_type", a.ContentType)
	o.bytes("data", a.Data)
	return o.end()
}

func (e *HistoryEntry) appendJSON(b []byte) ([]byte, error) {
	o := newObject(b, len(e.Text)+len(e.Who))
	o.time("time", e.Time)
	o.str("kind", e.Kind)
	o.str("text", e.Text)
	o.uintOmit("mail", e.Mail)
	o.uintOmit("out", e.Out)
	o.strOmit("who", e.Who)
	return o.end()
}

func (r *Review) appendJSON(b []byte) ([]byte, error) {
	size := len(r.Resolution)
	for _, s := range r.Reasons {
		size += len(s) + 3
	}
	o := newObject(b, size)
	o.uint("id", r.ID)
	o.uintOmit("mail", r.Mail)
	o.uintOmit("registration", r.Registration)
	o.time("created", r.Created)
	o.strs("reasons", r.Reasons)
	o.timeZero("resolved", r.Resolved)
	o.strOmit("resolution", r.Resolution)
	return o.end()
}

// The indexes (names, contact addresses) hold lists of registration IDs
// as JSON arrays, read and rewritten on every registration mail.

// appendIDs writes ids as json.Marshal does.
func appendIDs(b []byte, ids []uint64) []byte {
	if ids == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendUint(b, id, 10)
	}
	return append(b, ']')
}

// readIDs reads a JSON array of IDs, the way appendIDs writes one in a
// loop of its own, and anything else through encoding/json.
func readIDs(v []byte) ([]uint64, error) {
	if len(v) < 2 || v[0] != '[' || v[len(v)-1] != ']' {
		return readIDsJSON(v)
	}
	ids := make([]uint64, 0, bytes.Count(v, []byte{','})+1)
	for s := v[1 : len(v)-1]; len(s) > 0; {
		end := bytes.IndexByte(s, ',')
		if end < 0 {
			end = len(s)
		}
		n, err := strconv.ParseUint(string(s[:end]), 10, 64)
		if err != nil || end == 0 || (end > 1 && s[0] == '0') {
			return readIDsJSON(v) // spaces, signs, exponents: not ours
		}
		ids = append(ids, n)
		if end == len(s) {
			break
		}
		s = s[end+1:]
		if len(s) == 0 {
			return readIDsJSON(v) // a trailing comma: let encoding/json say so
		}
	}
	return ids, nil
}

func readIDsJSON(v []byte) ([]uint64, error) {
	var ids []uint64
	err := json.Unmarshal(v, &ids)
	return ids, err
}

// The rate limit keeps, per address, the times of the mails sent to it in
// the last day as a JSON array, read and rewritten for every reply.

// appendTimes writes ts as json.Marshal does.
func appendTimes(b []byte, ts []time.Time) ([]byte, error) {
	if ts == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i, t := range ts {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		var err error
		if b, err = t.AppendText(b); err != nil {
			return nil, err
		}
		b = append(b, '"')
	}
	return append(b, ']'), nil
}

// readTimes reads a JSON array of times, the way appendTimes writes one
// in a loop of its own, and anything else through encoding/json.
func readTimes(v []byte) ([]time.Time, error) {
	if len(v) < 2 || v[0] != '[' || v[len(v)-1] != ']' {
		return readTimesJSON(v)
	}
	// With room for one more, which countSend appends.
	ts := make([]time.Time, 0, bytes.Count(v, []byte{','})+2)
	for s := v[1 : len(v)-1]; len(s) > 0; {
		end := bytes.IndexByte(s, ',')
		if end < 0 {
			end = len(s)
		}
		q := s[:end]
		if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' || bytes.ContainsAny(q[1:len(q)-1], "\"\\") {
			return readTimesJSON(v)
		}
		var t time.Time
		// UnmarshalText parses as UnmarshalJSON does within the quotes.
		if err := t.UnmarshalText(q[1 : len(q)-1]); err != nil {
			return readTimesJSON(v)
		}
		ts = append(ts, t)
		if end == len(s) {
			break
		}
		if s = s[end+1:]; len(s) == 0 {
			return readTimesJSON(v)
		}
	}
	return ts, nil
}

func readTimesJSON(v []byte) ([]time.Time, error) {
	var ts []time.Time
	err := json.Unmarshal(v, &ts)
	return ts, err
}
