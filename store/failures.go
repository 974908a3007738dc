package store

import "strconv"

var bucketFailures = []byte("failures")

// CountFailure counts one more failed attempt to decide mail id and
// returns the count. The bucket is made on first use.
func (tx *Tx) CountFailure(id uint64) (int, error) {
	b, err := tx.tx.CreateBucketIfNotExists(bucketFailures)
	if err != nil {
		return 0, err
	}
	n := 0
	if v := b.Get(itob(id)); v != nil {
		n, _ = strconv.Atoi(string(v))
	}
	n++
	return n, b.Put(itob(id), []byte(strconv.Itoa(n)))
}
