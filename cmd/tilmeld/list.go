package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"tilmeld"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "list",
		summary: "list attendees, optionally of one workshop or status",
		usage:   "[--config F] [--workshop N] [--status registered|incomplete|waitlist|cancelled] [--json]\n\nexample: tilmeld list --workshop 2",
		out:     true,
		run:     runList,
	})
}

func runList(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "list")
	ws := fs.Int("workshop", 0, "only attendees placed in this workshop")
	status := fs.String("status", "", "only attendees with this status")
	asJSON := fs.Bool("json", false, "print JSON, as export does")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := parseStatus(*status)
	if err != nil {
		return err
	}
	if *ws != 0 && s.cfg.Event.Workshop(*ws) == nil {
		return fmt.Errorf("%w: there is no workshop %d", errUsage, *ws)
	}
	var rows []row
	if err := s.db.View(func(tx *store.Tx) (err error) { rows, _, err = readRows(tx); return err }); err != nil {
		return err
	}
	rows = filterRows(rows, *ws, st)
	if *asJSON {
		return writeJSON(s.Stdout, rows)
	}
	printList(s.Stdout, rows)
	return nil
}

// parseStatus accepts the export words and the Danish ones staff see.
func parseStatus(s string) (tilmeld.RegStatus, error) {
	if s == "" {
		return "", nil
	}
	for _, st := range []tilmeld.RegStatus{tilmeld.RegRegistered, tilmeld.RegIncomplete, tilmeld.RegWaitlist, tilmeld.RegCancelled} {
		if s == string(st) || strings.EqualFold(s, statusDanish(st)) {
			return st, nil
		}
	}
	return "", fmt.Errorf("%w: --status %q is not registered, incomplete, waitlist or cancelled", errUsage, s)
}

func filterRows(rows []row, ws int, st tilmeld.RegStatus) []row {
	var out []row
	for _, r := range rows {
		if (ws == 0 || intOf(r.Workshop) == ws) && (st == "" || r.Status == st) {
			out = append(out, r)
		}
	}
	return out
}

func printList(w io.Writer, rows []row) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Nr.\tNavn\tKontakt\t1.\t2.\tWorkshop\tStatus\tKost")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rowNumber(&r), orDash(r.Name), orDash(r.contact()),
			dashInt(r.First), dashInt(r.Second), dashInt(r.Workshop), statusWord(&r), orDash(dietDanish(r.Diet)))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%s.\n", plural(len(rows), "deltager", "deltagere"))
}

// rowNumber is the registration's number, with the attendee's place when
// the registration has more than one ("2.1", "2.2").
func rowNumber(r *row) string {
	if r.Attendee > 1 || r.hasCompanions {
		return fmt.Sprintf("%d.%d", r.Registration, r.Attendee)
	}
	return strconv.FormatUint(r.Registration, 10)
}

func statusWord(r *row) string {
	s := statusDanish(r.Status)
	if r.Pinned {
		s += " (fastlagt)"
	}
	if r.Late {
		s += " (for sent)"
	}
	return s
}

func dashInt(p *int) string {
	if p == nil {
		return "-"
	}
	return strconv.Itoa(*p)
}

// plural writes a count with the Danish singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
