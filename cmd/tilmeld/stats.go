package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"tilmeld"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "stats",
		summary: "registrations per day, demand per workshop, review queue and mail counts",
		usage:   "[--config F] [--json]\n\nexample: tilmeld stats",
		out:     true,
		run:     runStats,
	})
}

// overview is the state of the event in numbers, for stats and the report.
type overview struct {
	Generated time.Time        `json:"generated"`
	Allocated bool             `json:"allocated"`
	Status    map[string]int   `json:"status"` // attendees per status
	Regs      int              `json:"registrations"`
	Late      int              `json:"late"`
	Days      []dayCount       `json:"per_day"`
	Workshops []workshopDemand `json:"workshops"`
	Review    struct {
		Open  int `json:"open"`
		Total int `json:"total"`
	} `json:"review"`
	Mails struct {
		Sent    int `json:"sent"`
		Failed  int `json:"failed"`
		Waiting int `json:"waiting"`
	} `json:"mails"`
	Placement struct {
		First    int `json:"first"`
		Second   int `json:"second"`
		Other    int `json:"other"`
		Waitlist int `json:"waitlist"`
	} `json:"placement"`

	rows []row
}

type dayCount struct {
	Day       string `json:"day"` // 2006-01-02, the event's time zone
	Regs      int    `json:"registrations"`
	Attendees int    `json:"attendees"`
}

type workshopDemand struct {
	Number   int    `json:"number"`
	Name     string `json:"name"`
	Capacity int    `json:"capacity"`
	First    int    `json:"first"`
	Second   int    `json:"second"`
	Placed   int    `json:"placed"`
}

func readOverview(tx *store.Tx, cfg *tilmeld.Config) (*overview, error) {
	rows, allocated, err := readRows(tx)
	if err != nil {
		return nil, err
	}
	o := &overview{Generated: tx.Now(), Allocated: allocated, Status: map[string]int{}, rows: rows}
	o.countRows(cfg)
	o.countDays(cfg, rows)
	err = tx.Reviews(func(r *store.Review) error {
		o.Review.Total++
		if r.Open() {
			o.Review.Open++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return o, tx.OutMails(func(m *store.OutMail) error {
		switch {
		case !m.Sent.IsZero():
			o.Mails.Sent++
		case !m.Failed.IsZero():
			o.Mails.Failed++
		default:
			o.Mails.Waiting++
		}
		return nil
	})
}

func (o *overview) countRows(cfg *tilmeld.Config) {
	idx := map[int]int{}
	for i, w := range cfg.Event.Workshops {
		idx[w.Number] = i
		o.Workshops = append(o.Workshops, workshopDemand{Number: w.Number, Name: w.Name, Capacity: w.Capacity})
	}
	for _, r := range o.rows {
		o.Status[string(r.Status)]++
		if r.Status == tilmeld.RegCancelled {
			continue
		}
		if i, ok := idx[intOf(r.First)]; ok {
			o.Workshops[i].First++
		}
		if i, ok := idx[intOf(r.Second)]; ok {
			o.Workshops[i].Second++
		}
		if i, ok := idx[intOf(r.Workshop)]; ok && r.coming() {
			o.Workshops[i].Placed++
		}
		o.countPlacement(&r)
	}
}

func (o *overview) countPlacement(r *row) {
	switch {
	case r.Status == tilmeld.RegWaitlist:
		o.Placement.Waitlist++
	case r.Workshop == nil || !r.coming():
	case *r.Workshop == intOf(r.First):
		o.Placement.First++
	case *r.Workshop == intOf(r.Second):
		o.Placement.Second++
	default:
		o.Placement.Other++
	}
}

// countDays counts registrations and their attendees by the day they came.
func (o *overview) countDays(cfg *tilmeld.Config, rows []row) {
	seen := map[uint64]bool{}
	byDay := map[string]*dayCount{}
	for _, r := range rows {
		day := localTime(cfg, r.Received).Format("2006-01-02")
		d := byDay[day]
		if d == nil {
			d = &dayCount{Day: day}
			byDay[day] = d
		}
		d.Attendees++
		if !seen[r.Registration] {
			seen[r.Registration] = true
			d.Regs++
			o.Regs++
			if r.Late {
				o.Late++
			}
		}
	}
	for _, d := range byDay {
		o.Days = append(o.Days, *d)
	}
	slices.SortFunc(o.Days, func(a, b dayCount) int { return strings.Compare(a.Day, b.Day) })
}

func runStats(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "stats")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var o *overview
	err := s.db.View(func(tx *store.Tx) (err error) { o, err = readOverview(tx, s.cfg); return err })
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONValue(s.Stdout, o)
	}
	printStats(s.Stdout, o)
	return nil
}

func printStats(w io.Writer, o *overview) {
	fmt.Fprintf(w, "Tilmeldinger: %d med %s", o.Regs, plural(len(o.rows), "deltager", "deltagere"))
	if o.Late > 0 {
		fmt.Fprintf(w, " (%d efter fristen)", o.Late)
	}
	fmt.Fprintln(w)
	var parts []string
	for _, st := range []tilmeld.RegStatus{tilmeld.RegRegistered, tilmeld.RegWaitlist, tilmeld.RegIncomplete, tilmeld.RegCancelled} {
		parts = append(parts, fmt.Sprintf("%s %d", statusDanish(st), o.Status[string(st)]))
	}
	fmt.Fprintf(w, "  %s\n", strings.Join(parts, ", "))
	fmt.Fprintln(w, "\nTilmeldinger pr. dag:")
	for _, d := range o.Days {
		fmt.Fprintf(w, "  %s  %3d  %s\n", d.Day, d.Regs, strings.Repeat("#", d.Regs))
	}
	fmt.Fprintln(w, "\nEfterspørgsel pr. workshop (deltagere, ikke afmeldte):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Nr.\t1. prioritet\t2. prioritet\tPladser\tPlaceret\t  Workshop")
	for _, ws := range o.Workshops {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%d\t  %s\n", ws.Number, ws.First, ws.Second, ws.Capacity, ws.Placed, ws.Name)
	}
	tw.Flush()
	if o.Allocated {
		p := o.Placement
		fmt.Fprintf(w, "\nFordeling: %d fik 1. prioritet, %d fik 2. prioritet, %d fik en anden, %d på venteliste.\n",
			p.First, p.Second, p.Other, p.Waitlist)
	} else {
		fmt.Fprintln(w, "\nFordelingen på workshops er ikke lavet endnu.")
	}
	fmt.Fprintf(w, "\nGennemgang: %d åbne sager (%d i alt).\n", o.Review.Open, o.Review.Total)
	fmt.Fprintf(w, "Mails: %d sendt, %d fejlet, %d venter.\n", o.Mails.Sent, o.Mails.Failed, o.Mails.Waiting)
}
