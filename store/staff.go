package store

import (
	"errors"
	"strings"

	bolterrors "go.etcd.io/bbolt/errors"
)

// Erasure, for `tilmeld forget` and `tilmeld purge`. What makes a mail
// known (its record, Message-ID and content hash) stays, so an erased mail
// is never fetched and decided again; what says who wrote it goes.

// ForgetRaw deletes the raw bytes of mail id; Raw then returns ErrNotFound.
func (tx *Tx) ForgetRaw(id uint64) error { return tx.deleteRaw(id) }

// DeleteHistory removes the history of registration id.
func (tx *Tx) DeleteHistory(id uint64) error {
	err := tx.bucket(bucketHistory).DeleteBucket(itob(id))
	if errors.Is(err, bolterrors.ErrBucketNotFound) {
		return nil
	}
	return err
}

// ForgetAddress drops the rate counter and the registration index of addr.
func (tx *Tx) ForgetAddress(addr string) error {
	key := []byte(strings.ToLower(addr))
	if err := tx.bucket(bucketRate).Delete(key); err != nil {
		return err
	}
	return tx.bucket(bucketEmails).Delete(key)
}

// ForgetAllAddresses empties the rate counters and the address index.
func (tx *Tx) ForgetAllAddresses() error {
	for _, name := range [][]byte{bucketRate, bucketEmails} {
		if err := tx.tx.DeleteBucket(name); err != nil {
			return err
		}
		if _, err := tx.tx.CreateBucket(name); err != nil {
			return err
		}
	}
	return nil
}
