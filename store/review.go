package store

import "time"

// Review is an item in the staff review queue: a mail the bot could not settle.
type Review struct {
	ID           uint64    `json:"id"`
	Mail         uint64    `json:"mail,omitempty"`
	Registration uint64    `json:"registration,omitempty"`
	Created      time.Time `json:"created"`
	// Reasons say why a person must look, in plain sentences.
	Reasons []string `json:"reasons"`
	// Resolved is set when staff closed the item; Resolution says how.
	Resolved   time.Time `json:"resolved,omitzero"`
	Resolution string    `json:"resolution,omitempty"`
}

// Open reports whether the item still waits for staff.
func (r *Review) Open() bool { return r.Resolved.IsZero() }

// AddReview puts an item in the queue, assigning its ID.
func (tx *Tx) AddReview(r *Review) error {
	id, err := tx.nextID(bucketReviews)
	if err != nil {
		return err
	}
	r.ID, r.Created = id, tx.now
	return tx.putJSON(bucketReviews, itob(id), r)
}

// PutReview writes r back.
func (tx *Tx) PutReview(r *Review) error { return tx.putJSON(bucketReviews, itob(r.ID), r) }

// Review returns item id.
func (tx *Tx) Review(id uint64) (*Review, error) {
	var r Review
	return &r, tx.getJSON(bucketReviews, itob(id), &r)
}

// Reviews calls fn for each item in ID order.
func (tx *Tx) Reviews(fn func(*Review) error) error { return forEachJSON(tx, bucketReviews, fn) }
