package store

import (
	"slices"
	"strings"

	"tilmeld"
)

// The name index maps each word of an attendee's name, lower-cased, to the
// registrations holding it, so that "is this person registered already?"
// reads a few records instead of every registration: deciding a mail then
// costs the same in the thousandth registration as in the first.

var bucketNames = []byte("names")

// nameWords returns the index keys of the attendees' names: each distinct
// lower-cased word, and each whole name behind fullNameKey.
func nameWords(as []tilmeld.Attendee) []string {
	var words []string
	for _, a := range as {
		fields := strings.Fields(strings.ToLower(a.Name))
		words = append(words, fields...)
		if len(fields) > 1 {
			words = append(words, fullNameKey+strings.Join(fields, " "))
		}
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// fullNameKey marks the key of a whole name; no word of a name holds it.
const fullNameKey = "\x00"

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
	if v := tx.get(bucketNames, []byte(word)); v != nil {
		var err error
		if ids, err = readIDs(v); err != nil {
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
	var keys []string
	for _, n := range names {
		keys = append(keys, strings.Fields(strings.ToLower(n))...)
	}
	return tx.registrationsByKeys(keys)
}

// RegistrationsWithFullNames returns, oldest first, the registrations with
// an attendee of exactly one of names (two words or more, case aside).
func (tx *Tx) RegistrationsWithFullNames(names []string) ([]*tilmeld.Registration, error) {
	return tx.registrationsByKeys(fullNameKeys(names))
}

// RegistrationIDsWithFullNames returns the IDs of the registrations
// RegistrationsWithFullNames returns, decoding none of them: a caller
// after the first that suits reads only as far as it.
func (tx *Tx) RegistrationIDsWithFullNames(names []string) ([]uint64, error) {
	return tx.idsByNameKeys(fullNameKeys(names))
}

func fullNameKeys(names []string) []string {
	var keys []string
	for _, n := range names {
		if fields := strings.Fields(strings.ToLower(n)); len(fields) > 1 {
			keys = append(keys, fullNameKey+strings.Join(fields, " "))
		}
	}
	return keys
}

func (tx *Tx) registrationsByKeys(keys []string) ([]*tilmeld.Registration, error) {
	ids, err := tx.idsByNameKeys(keys)
	if err != nil {
		return nil, err
	}
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
