package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"tilmeld"
)

// migrations bring a store from version i to i+1. Append only; never edit one
// that has shipped. The schema version is len(migrations).
var migrations = []func(*bolt.Tx) error{
	createBuckets, // 0 → 1
	indexNames,    // 1 → 2
	createStaged,  // 2 → 3
	createSent,    // 3 → 4
}

var keyVersion = []byte("version")

// SchemaVersion is the version this binary writes.
func SchemaVersion() int { return len(migrations) }

func createBuckets(tx *bolt.Tx) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

func readVersion(tx *bolt.Tx) int {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0
	}
	v := meta.Get(keyVersion)
	if len(v) != 8 {
		return 0
	}
	return int(btoi(v))
}

func upgrade(tx *bolt.Tx) error {
	v := readVersion(tx)
	if v > len(migrations) {
		return fmt.Errorf("the store has schema version %d, but this tilmeld knows only up to %d: use a newer tilmeld", v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		if err := migrations[v](tx); err != nil {
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
	}
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	return meta.Put(keyVersion, itob(uint64(v)))
}

func (db *DB) checkVersion() error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		if v := readVersion(tx); v != len(migrations) {
			return fmt.Errorf("the store has schema version %d, this tilmeld writes %d: open it read-write once to upgrade, or use a matching tilmeld", v, len(migrations))
		}
		return nil
	})
}

// indexNames builds the name index for the registrations a version-1 store holds.
func indexNames(btx *bolt.Tx) error {
	if _, err := btx.CreateBucketIfNotExists(bucketNames); err != nil {
		return err
	}
	tx := &Tx{tx: btx}
	return tx.Registrations(func(r *tilmeld.Registration) error {
		return tx.reindexNames(r.ID, nil, r.Attendees)
	})
}
