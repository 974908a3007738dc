// Package allocate places attendees in workshops after the deadline. It is
// pure: no I/O, no clock, no randomness; the same Input gives the same seats.
//
// # The rule
//
// Staff pins are fixed first: a pinned attendee sits where staff put them and
// takes a seat there (a room holding more pins than its capacity holds only
// the pinned). Everyone else is placed in two stages, each optimal for the
// objectives below compared lexicographically (an earlier objective is never
// traded for a later one).
//
// Stage A decides who gets one of their own choices, and which:
//
//  1. as many attendees as possible get one of their choices;
//  2. then as many as possible get their 1st choice, then their 2nd, and so on
//     (rank-maximal);
//  3. then as many as possible keep their current seat (Person.Current), when
//     that seat is one of their choices;
//  4. then registrations in order (Person.Group, lowest first) each get the
//     best outcome still possible, compared as
//     (a) the number of pairs of its attendees seated together in a workshop
//     both chose, more is better, then
//     (b) its attendees' ranks, the first attendee's first, lower is better,
//     with no choice worse than any rank.
//
// Rule 4 is a serial dictatorship over the optimal set of rules 1-3: an
// earlier registration is never made worse to keep a later one together, and
// a registration stays together when only its own attendees pay for it (two
// who both wanted A sit together in their 2nd choice B rather than one in A and
// one in B, when a later registration can take the seat in A).
//
// Stage B seats those who got none of their choices in the seats left over,
// so an off-choice seat never costs anyone a choice:
//
//  5. as many as possible are seated (all of them, if there is room);
//  6. then as many as possible keep a current seat there;
//  7. then earlier registrations first; the rest are waitlisted in
//     registration order. Attendees of one registration go to the room with
//     the most seats left, so they sit together where one room can take them.
//
// # Re-allocation
//
// When capacities change after the seats were mailed, the same call with
// Person.Current set is the re-run. Current seats rank after the choice
// objectives 1 and 2 (a kept seat never costs anyone a better rank, and the
// result is still the best one for rules 1 and 2) and before fairness between
// registrations. Among equally good placements the fewest people move; Seat.Moved
// tells whom to mail. A first allocation is the case with no current seats:
// everyone placed is then "moved" and gets a mail.
//
// # Method
//
// Attendees with the same choices and current seat form a class; the flow
// counts class members, so it scales with workshops and distinct profiles,
// not people. Rules 1-3 are a min-cost flow: the objective vector is packed
// into one 128-bit integer (see costModel) and minimised by successive
// shortest paths (Bellman-Ford) on a graph whose nodes are the workshops and
// an "unplaced" node, an edge a→b meaning "a class member in a moves to b",
// moving members in bulk. Its distances then give seat prices, an optimal
// dual: every optimal placement seats people only where cost plus price is
// least, which rules out most slots at once. Rule 4 fixes attendees
// registration by registration, trying outcomes best first; an outcome the
// current placement lacks is reached, if at all, by a chain of zero-cost moves
// found by breadth-first search, so rules 1-3 and everyone fixed before stay
// as they are. A slot a class cannot reach now it never will.
//
// # Limits
//
// Rankings may be as long as 125 bits allow: 18 choices with 12 workshops, 11
// with 200; longer ones are refused with ErrInput. A registration with more
// than 32768 combinations of outcomes (say eight attendees with three choices
// each still open) is placed attendee by attendee, without rule 4(a).
package allocate
