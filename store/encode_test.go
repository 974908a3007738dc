package store

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// awkward strings: everything encoding/json escapes or replaces.
var awkward = []string{"", "plain", "Søren Ærø <s@x.dk> & \"co\"", "back\\slash/", "tab\tnl\nret\rbs\bff\f",
	"\x00\x01\x1f\x7f", "bad utf-8 \xff\xfe end", "\xe2\x80", "line\u2028para\u2029", "emoji 😀 ok", "<script>&amp;"}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	at := time.Date(2026, 9, 14, 10, 30, 5, 123456789, time.FixedZone("CEST", 2*3600))
	var values []jsonAppender
	for _, s := range awkward {
		values = append(values,
			&Mail{ID: 7, Mailbox: s, UIDValidity: 1 << 31, UID: 42, MessageID: s, Hash: []byte(s), Size: 3000,
				Received: at, Stored: at.UTC(),
				Decision: &Decision{Time: at, Intent: s, Status: "complete", Action: "registered",
					Registration: 3, Review: 9, Replies: []uint64{1, 1 << 40}, Reasons: []string{s, "two"}}},
			&OutMail{ID: 1, MessageID: s, To: s, ToName: s, Subject: s, Body: s, InReplyTo: s,
				References: []string{s, s}, Kind: "receipt", Registration: 5,
				Attachments: []Attachment{{Name: s, ContentType: "text/calendar", Data: []byte(s)}, {}},
				Created:     at, Attempts: 2, NextTry: at, LastError: s, Sent: at, Failed: at},
			&HistoryEntry{Time: at, Kind: "mail", Text: s, Mail: 1, Out: 2, Who: s},
			&Review{ID: 4, Mail: 2, Registration: 1, Created: at, Reasons: []string{s}, Resolved: at, Resolution: s},
		)
	}
	// Zero values: what omitempty, omitzero and nil leave out or write as null.
	values = append(values, &Mail{}, &Mail{Decision: &Decision{}}, &OutMail{}, &OutMail{References: []string{}},
		&Attachment{}, &HistoryEntry{}, &Review{}, &Review{Reasons: []string{}}, &Decision{Replies: []uint64{}})
	for _, v := range values {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := v.appendJSON(nil)
		if err != nil {
			t.Fatalf("appendJSON(%#v): %v", v, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("appendJSON differs from json.Marshal:\n got %s\nwant %s", got, want)
		}
	}
}

// A time RFC 3339 cannot hold fails as it does in json.Marshal, rather
// than writing a record no reader takes.
func TestAppendJSONBadTime(t *testing.T) {
	m := &Mail{Received: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := json.Marshal(m); err == nil {
		t.Fatal("json.Marshal took the year 10000")
	}
	if _, err := m.appendJSON(nil); err == nil {
		t.Error("appendJSON took the year 10000")
	}
}

func BenchmarkAppendJSONMail(b *testing.B) {
	at := time.Now()
	m := &Mail{ID: 7, Mailbox: "INBOX", UIDValidity: 1, UID: 42, MessageID: "reg-1.2@beboer.example.dk",
		Hash: bytes.Repeat([]byte{7}, 32), Size: 3000, Received: at, Stored: at,
		Decision: &Decision{Time: at, Intent: "register", Status: "complete", Action: "review",
			Registration: 3, Review: 9, Replies: []uint64{11}, Reasons: []string{"The mail registers people already in registration 3."}}}
	b.Run("appendJSON", func(b *testing.B) {
		for b.Loop() {
			m.appendJSON(nil)
		}
	})
	b.Run("json.Marshal", func(b *testing.B) {
		for b.Loop() {
			json.Marshal(m)
		}
	})
}

func TestIDListsLikeEncodingJSON(t *testing.T) {
	for _, ids := range [][]uint64{nil, {}, {1}, {3, 1, 2}, {0, 1 << 63, 18446744073709551615}} {
		want, _ := json.Marshal(ids)
		if got := appendIDs(nil, ids); !bytes.Equal(got, want) {
			t.Errorf("appendIDs(%v) = %s, json.Marshal gives %s", ids, got, want)
		}
	}
	for _, in := range []string{"null", "[]", "[7]", "[1,2,3]", "[ 1 , 2 ]", "[01]", "[1,,2]", "[1,]", "[,1]",
		"[-1]", "[1e3]", "[+1]", "[18446744073709551616]", "[1_000]", "[\"1\"]", "{}", "", "[", "1"} {
		got, gotErr := readIDs([]byte(in))
		var want []uint64
		wantErr := json.Unmarshal([]byte(in), &want)
		if (gotErr != nil) != (wantErr != nil) || len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("readIDs(%q) = %v, %v; encoding/json reads %v, %v", in, got, gotErr, want, wantErr)
		}
	}
}

func TestTimeListsLikeEncodingJSON(t *testing.T) {
	at := time.Date(2026, 11, 26, 23, 59, 1, 123456789, time.FixedZone("", 3600))
	for _, ts := range [][]time.Time{nil, {}, {at}, {at, at.UTC(), at.Truncate(time.Second)}} {
		want, _ := json.Marshal(ts)
		got, err := appendTimes(nil, ts)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("appendTimes(%v) = %s, %v; json.Marshal gives %s", ts, got, err, want)
		}
	}
	if _, err := appendTimes(nil, []time.Time{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}); err == nil {
		t.Error("appendTimes took the year 10000")
	}
	for _, in := range []string{"null", "[]", `["2026-11-26T23:59:01.123456789+01:00"]`,
		`["2026-11-26T23:59:01Z","2026-11-27T00:00:00Z"]`, `[ "2026-11-26T23:59:01Z" ]`, `["2026-11-26 23:59:01"]`,
		`["2026-11-26T23:59:01Z",]`, `["2026-11-26T23:59:01\u005a"]`, `[null]`, `[1]`, `["x"]`, `[""]`, "", "[", `{}`} {
		got, gotErr := readTimes([]byte(in))
		var want []time.Time
		wantErr := json.Unmarshal([]byte(in), &want)
		same := len(got) == len(want)
		for i := 0; same && i < len(got); i++ {
			same = got[i].Equal(want[i])
		}
		if (gotErr != nil) != (wantErr != nil) || !same {
			t.Errorf("readTimes(%q) = %v, %v; encoding/json reads %v, %v", in, got, gotErr, want, wantErr)
		}
	}
}
