package allocate

// queue is a min-heap of (key, value) pairs.
type queue struct{ keys, vals []int }

func (q *queue) len() int { return len(q.keys) }

func (q *queue) push(key, val int) {
	q.keys, q.vals = append(q.keys, key), append(q.vals, val)
	for i := len(q.keys) - 1; i > 0; {
		p := (i - 1) / 2
		if q.keys[p] <= q.keys[i] {
			break
		}
		q.swap(i, p)
		i = p
	}
}

// pop removes the pair with the smallest key and returns its value.
func (q *queue) pop() int {
	v := q.vals[0]
	last := len(q.keys) - 1
	q.swap(0, last)
	q.keys, q.vals = q.keys[:last], q.vals[:last]
	for i := 0; ; {
		l, small := 2*i+1, i
		if l < last && q.keys[l] < q.keys[small] {
			small = l
		}
		if l+1 < last && q.keys[l+1] < q.keys[small] {
			small = l + 1
		}
		if small == i {
			return v
		}
		q.swap(i, small)
		i = small
	}
}

func (q *queue) swap(i, j int) {
	q.keys[i], q.keys[j] = q.keys[j], q.keys[i]
	q.vals[i], q.vals[j] = q.vals[j], q.vals[i]
}
