package allocate

// paths is one single-source shortest-path result over the move graph.
type paths struct {
	dist []lex
	prev []int
}

// shortest runs Bellman-Ford (queue-based) from node from over the move
// graph. The placement is optimal for rules 1-3, so there is no negative
// cycle and it terminates.
func (st *state) shortest(from int) {
	st.resetPaths(noEdge)
	st.ps.dist[from] = lex{}
	st.run(append(st.queue[:0], from))
}

// shortestFromAll finds the cheapest chain into every node from anywhere: a
// chain may start by leaving any room (its seat stays open) or the unplaced
// node.
func (st *state) shortestFromAll() {
	st.resetPaths(lex{})
	queue := st.queue[:0]
	for v := range st.ps.dist {
		queue = append(queue, v)
	}
	st.run(queue)
}

func (st *state) resetPaths(d lex) {
	n := st.w + 1
	if st.ps.dist == nil {
		st.ps = paths{dist: make([]lex, n), prev: make([]int, n)}
		st.inq = make([]bool, n)
	}
	for v := range st.ps.dist {
		st.ps.dist[v], st.ps.prev[v] = d, -1
	}
}

func (st *state) run(queue []int) {
	for _, v := range queue {
		st.inq[v] = true
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		st.inq[u] = false
		st.relax(u, &queue)
	}
	st.queue = queue
}

func (st *state) relax(u int, queue *[]int) {
	n := st.w + 1
	du := st.ps.dist[u]
	for v, c := range st.best[u*n : u*n+n] {
		if c == noEdge {
			continue
		}
		d := du.add(c)
		if !d.less(st.ps.dist[v]) {
			continue
		}
		st.ps.dist[v], st.ps.prev[v] = d, u
		if !st.inq[v] {
			st.inq[v] = true
			*queue = append(*queue, v)
		}
	}
}

// route returns the nodes from the source to v and the cost of each step.
func (st *state) route(v int) ([]int, []lex) {
	n := st.w + 1
	var nodes []int
	for ; v >= 0; v = st.ps.prev[v] {
		nodes = append(nodes, v)
	}
	for i, j := 0, len(nodes)-1; i < j; i, j = i+1, j-1 {
		nodes[i], nodes[j] = nodes[j], nodes[i]
	}
	costs := make([]lex, len(nodes)-1)
	for i := range costs {
		costs[i] = st.best[nodes[i]*n+nodes[i+1]]
	}
	return nodes, costs
}

// push moves amount members along a route, last step first so that every
// step finds the members it counted on.
func (st *state) push(nodes []int, costs []lex, amount int) {
	for i := len(costs) - 1; i >= 0; i-- {
		st.moveAlong(nodes[i], nodes[i+1], costs[i], amount)
	}
}

// maximise fills the rooms by successive shortest paths from the unplaced
// node: each augmentation is the cheapest way to use one more seat, so the
// placement stays optimal for rules 1-3 at every size, and members move in
// bulk as far as the route allows.

func (st *state) maximise() {
	for {
		st.shortest(st.w)
		t := st.cheapestFreeRoom()
		if t < 0 {
			return
		}
		nodes, costs := st.route(t)
		amount := st.free(t)
		for i, c := range costs {
			amount = min(amount, st.count(nodes[i], nodes[i+1], c))
		}
		st.push(nodes, costs, amount)
	}
}

// cheapestFreeRoom returns the room with open seats that is cheapest to
// reach, when reaching it improves the placement; -1 otherwise.
func (st *state) cheapestFreeRoom() int {
	t := -1
	for v := 0; v < st.w; v++ {
		if d := st.ps.dist[v]; st.free(v) > 0 && d.negative() && (t < 0 || d.less(st.ps.dist[t])) {
			t = v
		}
	}
	return t
}

// killLoose prices the seats and marks the slots no optimal placement uses.
// With q(v) minus the cheapest chain of moves into v as the price of a seat
// in v, every member sits where cost plus price is least (the placement is
// optimal), and by complementary slackness so does every member of every
// optimal placement. Rule 4 only moves between optimal placements, so a slot
// dearer than its class's least is out of reach for good.
func (st *state) killLoose() {
	st.shortestFromAll()
	st.price = make([]lex, st.w+1)
	for v, d := range st.ps.dist {
		st.price[v] = lex{}.sub(d)
	}
	st.words = (st.w + 64) / 64
	st.tight = make([]uint64, (st.w+1)*st.words)
	for pair := range st.best {
		st.markTight(pair)
	}
	for _, c := range st.classes {
		least := noEdge
		for t, v := range c.nodes {
			if p := c.cost[t].add(st.price[v]); p.less(least) {
				least = p
			}
		}
		for t, v := range c.nodes {
			if least.less(c.cost[t].add(st.price[v])) {
				c.dead[t] = true
			}
		}
	}
}
