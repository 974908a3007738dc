package main

import (
	"context"
	"fmt"
	"io"

	"tilmeld"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "kitchen",
		summary: "count the meals per diet and list special needs, for the caterer",
		usage:   "[--config F] [--out FILE]\n\nexample: tilmeld kitchen --out køkken.txt",
		out:     true,
		run:     runKitchen,
	})
}

// kitchen is what the caterer needs: how many, how many of each diet, and
// who needs what in their own words.
type kitchen struct {
	Total   int
	Counts  []dietCount
	Special []row
	// Waiting counts attendees not (yet) coming: waitlist and incomplete.
	Waiting int
}

type dietCount struct {
	Diet tilmeld.Diet
	N    int
}

// kitchenOf counts the attendees who are coming; the waitlisted,
// incomplete and cancelled are left out.
func kitchenOf(rows []row) kitchen {
	var k kitchen
	n := map[tilmeld.Diet]int{}
	for _, r := range rows {
		if !r.coming() {
			if r.Status != tilmeld.RegCancelled {
				k.Waiting++
			}
			continue
		}
		k.Total++
		for _, d := range r.Diet {
			n[d]++
		}
		if len(r.Diet) > 0 || r.DietText != "" {
			k.Special = append(k.Special, r)
		}
	}
	for _, d := range tilmeld.Diets {
		if n[d] > 0 {
			k.Counts = append(k.Counts, dietCount{d, n[d]})
		}
	}
	return k
}

func runKitchen(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "kitchen")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var rows []row
	err := s.db.View(func(tx *store.Tx) (err error) {
		rows, _, err = readRows(tx)
		return err
	})
	if err != nil {
		return err
	}
	printKitchen(s.Stdout, s.cfg, kitchenOf(rows))
	return nil
}

func printKitchen(w io.Writer, cfg *tilmeld.Config, k kitchen) {
	fmt.Fprintf(w, "Køkkenliste: %s, %s\n\n", cfg.Event.Name, localTime(cfg, cfg.Event.Starts).Format("02-01-2006"))
	fmt.Fprintf(w, "Kuverter i alt: %d\n", k.Total)
	if k.Waiting > 0 {
		fmt.Fprintf(w, "(Ikke talt med: %d på venteliste eller med manglende oplysninger.)\n", k.Waiting)
	}
	fmt.Fprintln(w, "\nAntal pr. kosthensyn:")
	if len(k.Counts) == 0 {
		fmt.Fprintln(w, "  ingen")
	}
	for _, c := range k.Counts {
		fmt.Fprintf(w, "  %-36s %3d\n", c.Diet.Danish(), c.N)
	}
	fmt.Fprintf(w, "  %-36s %3d\n", "uden særlige hensyn", k.Total-len(k.Special))
	fmt.Fprintln(w, "\nSærlige hensyn:")
	if len(k.Special) == 0 {
		fmt.Fprintln(w, "  ingen")
	}
	for _, r := range k.Special {
		fmt.Fprintf(w, "  %s", r.Name)
		if r.Workshop != nil {
			fmt.Fprintf(w, " (workshop %d)", *r.Workshop)
		}
		fmt.Fprintf(w, ": %s\n", orDash(dietDanish(r.Diet)))
		if r.DietText != "" {
			fmt.Fprintf(w, "      med egne ord: »%s«\n", r.DietText)
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
