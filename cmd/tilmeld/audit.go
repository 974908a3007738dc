package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "audit",
		summary: "show the log of staff actions: when, who and what",
		usage:   "[--config F] [--json]\n\nexample: tilmeld audit",
		out:     true,
		run:     runAudit,
	})
}

func runAudit(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "audit")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	entries := []store.AuditEntry{}
	err := s.db.View(func(tx *store.Tx) error {
		return tx.AuditLog(func(e *store.AuditEntry) error {
			entries = append(entries, *e)
			return nil
		})
	})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONValue(s.Stdout, entries)
	}
	tw := tabwriter.NewWriter(s.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Tid\tBruger\tHandling\tHvad")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", localTime(s.cfg, e.Time).Format("02-01-2006 15:04"), e.User, e.Action, e.Detail)
	}
	return tw.Flush()
}
