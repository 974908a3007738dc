package allocate

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Row counts one workshop's outcome.
type Row struct {
	// Workshop is the workshop number; 0 in a Summary's Total.
	Workshop int
	Capacity int
	// Placed counts everyone seated, pinned included.
	Placed int
	// First, Second and Later count those seated in their 1st, 2nd, or a
	// later choice; Other those seated in none of their choices.
	First, Second, Later, Other int
	// Waitlist counts the waitlisted whose 1st choice this is; in a
	// Summary's Total, all the waitlisted.
	Waitlist int
}

// Summary is the outcome of one placement, per workshop and in total.
type Summary struct {
	Rows  []Row
	Total Row
	// FirstShare is the share of all attendees seated in their 1st choice.
	FirstShare float64
}

// Summarize counts a placement of in; seats are in the order of in.People.
func Summarize(in Input, seats []Seat) Summary {
	var s Summary
	at := map[int]int{}
	for _, r := range in.Rooms {
		at[r.Number] = len(s.Rows)
		s.Rows = append(s.Rows, Row{Workshop: r.Number, Capacity: r.Capacity})
		s.Total.Capacity += r.Capacity
	}
	for i, seat := range seats {
		s.Total.count(seat)
		w := seat.Workshop
		if w == 0 && len(in.People[i].Choices) > 0 {
			w = in.People[i].Choices[0]
		}
		if k, ok := at[w]; ok {
			s.Rows[k].count(seat)
		}
	}
	if len(seats) > 0 {
		s.FirstShare = float64(s.Total.First) / float64(len(seats))
	}
	return s
}

func (r *Row) count(s Seat) {
	switch {
	case s.Workshop == 0:
		r.Waitlist++
		return
	case s.Rank == 0:
		r.First++
	case s.Rank == 1:
		r.Second++
	case s.Rank > 1:
		r.Later++
	default:
		r.Other++
	}
	r.Placed++
}

// Comparison sets the optimal placement beside plain first come, first
// served on the same input.
type Comparison struct {
	Optimal, FirstCome Summary
}

// Compare allocates in both ways and summarizes each.
func Compare(in Input) (Comparison, error) {
	opt, err := Allocate(in)
	if err != nil {
		return Comparison{}, err
	}
	fc, err := FirstComeFirstServed(in)
	if err != nil {
		return Comparison{}, err
	}
	return Comparison{Optimal: Summarize(in, opt), FirstCome: Summarize(in, fc)}, nil
}

// WriteTable writes the comparison as a plain-text table with Danish
// headings, for staff: one block per method, one line per workshop.
func (c Comparison) WriteTable(w io.Writer) error {
	if err := writeBlock(w, "Optimeret fordeling", c.Optimal); err != nil {
		return err
	}
	if err := writeBlock(w, "\nFørst til mølle", c.FirstCome); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\nAndel i 1. prioritet: optimeret %s, først til mølle %s.\n",
		percent(c.Optimal.FirstShare), percent(c.FirstCome.FirstShare))
	return err
}

func writeBlock(w io.Writer, title string, s Summary) error {
	fmt.Fprintln(w, title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Workshop\tPladser\tPlaceret\t1. prio\t2. prio\tSenere prio\tAndet\tVenteliste\t")
	for _, r := range s.Rows {
		writeRow(tw, fmt.Sprint(r.Workshop), r)
	}
	writeRow(tw, "I alt", s.Total)
	return tw.Flush()
}

func writeRow(w io.Writer, name string, r Row) {
	fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", name, r.Capacity, r.Placed,
		r.First, r.Second, r.Later, r.Other, r.Waitlist)
}

func percent(x float64) string {
	return strings.Replace(fmt.Sprintf("%.1f %%", 100*x), ".", ",", 1)
}

// Rules is the rule of the package documentation in plain Danish, for staff
// to show beside the table.
const Rules = `Sådan er pladserne fordelt:
1. Flest muligt får en workshop, de selv har ønsket.
2. Derefter får flest muligt deres 1. prioritet, så deres 2. prioritet, og så videre.
3. Den, der allerede har fået besked om en plads, beholder den, når det ikke koster nogen en bedre prioritet.
4. Står valget derefter lige, går den tidligste tilmelding forud. Deltagere fra samme tilmelding
   sidder sammen på en workshop, de begge har ønsket, når kun de selv betaler for det.
5. Den, der ikke kan få et af sine ønsker, får en ledig plads på en anden workshop, ellers kommer
   på venteliste i tilmeldingsrækkefølge.
`
