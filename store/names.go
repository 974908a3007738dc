package store

import (
	"encoding/json"
	"slices"
	"strings"

	"tilmeld"
)

// The name index maps each word of an attendee's name, lower-cased, to the
// registrations holding it, so that "is this person registered already?"
// reads a few records instead of every registration: deciding a mail then
// costs the same in the thousandth registration as in the first.

var bucketNames = []byte("names")

// nameWords returns the distinct lower-cased words of the attendees' names.
func nameWords(as []tilmeld.Attendee) []string {
	var words []string
	for _, a := range as {
		words = append(words, strings.Fields(strings.ToLower(a.Name))...)
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// reindexNames moves registration id from the words of old to those of now.
func (tx *Tx) reindexNames(id uint64, old, now []tilmeld.Attendee) error {
	before, after := nameWords(old), nameWords(now)
	for _, w := range before {
		if !slices.Contains(after, w) {
			if err := tx.updateNameWord(w, func(ids []uint64) []uint64 {
				return slices.DeleteFunc(ids, func(x uint64) bool { return x == id })
			}); err != nil {
				return err
			}
		}
	}
	for _, w := range after {
		if !slices.Contains(before, w) {
			if err := tx.updateNameWord(w, func(ids []uint64) []uint64 {
				if i, found := slices.BinarySearch(ids, id); !found {
					ids = slices.Insert(ids, i, id)
				}
				return ids
			}); err != nil {
				return err
			}
		}
	}
	return nil
}

func (tx *Tx) updateNameWord(word string, change func([]uint64) []uint64) error {
	b := tx.bucket(bucketNames)
	var ids []uint64
	if v := b.Get([]byte(word)); v != nil {
		if err := json.Unmarshal(v, &ids); err != nil {
			return err
		}
	}
	ids = change(ids)
	if len(ids) == 0 {
		return b.Delete([]byte(word))
	}
	return tx.putJSON(bucketNames, []byte(word), ids)
}

// RegistrationsSharingNames returns, oldest first, the registrations with an
// attendee whose name shares a word with one of names. Two names can only
// point at one person when they share a word, so callers match within these.
func (tx *Tx) RegistrationsSharingNames(names []string) ([]*tilmeld.Registration, error) {
	var ids []uint64
	for _, n := range names {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			v := tx.bucket(bucketNames).Get([]byte(w))
			if v == nil {
				continue
			}
			var some []uint64
			if err := json.Unmarshal(v, &some); err != nil {
				return nil, err
			}
			ids = append(ids, some...)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := make([]*tilmeld.Registration, 0, len(ids))
	for _, id := range ids {
		r, err := tx.Registration(id)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
