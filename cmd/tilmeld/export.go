package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "export",
		summary: "export every attendee as JSON, CSV or an Excel workbook",
		usage:   "[--config F] [--format json|csv|xlsx] [--out FILE]\n\nThe format defaults to the --out file's extension, else json.\n\nexample: tilmeld export --out tilmeldinger.xlsx",
		out:     true,
		outArgs: formatFromName,
		run:     runExport,
	})
}

// formatFromName lets "--out liste.xlsx" choose the format when --format
// is not given.
func formatFromName(out string, args []string) []string {
	if hasFlag(args, "format") {
		return args
	}
	switch ext := strings.ToLower(filepath.Ext(out)); ext {
	case ".xlsx", ".csv", ".json":
		return append(args, "--format", ext[1:])
	}
	return args
}

func runExport(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "export")
	format := fs.String("format", "json", "json, csv or xlsx")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	var rows []row
	var allocated bool
	err := s.db.View(func(tx *store.Tx) error {
		var err error
		rows, allocated, err = readRows(tx)
		return err
	})
	if err != nil {
		return err
	}
	for i := range rows {
		// Whole seconds in the event's time zone read better in a spreadsheet.
		rows[i].Received = localTime(s.cfg, rows[i].Received).Truncate(time.Second)
	}
	switch *format {
	case "json":
		return writeJSON(s.Stdout, rows)
	case "csv":
		return writeCSV(s.Stdout, rows)
	case "xlsx":
		return writeXLSX(s.Stdout, s.cfg, rows, allocated)
	}
	return fmt.Errorf("%w: --format %q is not json, csv or xlsx", errUsage, *format)
}

func writeJSON(w io.Writer, rows []row) error {
	if rows == nil {
		rows = []row{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rows)
}

var csvHeader = []string{"registration", "attendee", "name", "email", "phone", "first", "second",
	"diet", "diet_text", "workshop", "status", "received", "late", "pinned", "off_choice"}

func writeCSV(w io.Writer, rows []row) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for _, r := range rows {
		diet := make([]string, len(r.Diet))
		for i, d := range r.Diet {
			diet[i] = string(d)
		}
		cw.Write([]string{
			strconv.FormatUint(r.Registration, 10), strconv.Itoa(r.Attendee), r.Name, r.Email, r.Phone,
			optInt(r.First), optInt(r.Second), strings.Join(diet, ";"), r.DietText,
			optInt(r.Workshop), string(r.Status), r.Received.Format(time.RFC3339),
			strconv.FormatBool(r.Late), strconv.FormatBool(r.Pinned), strconv.FormatBool(r.OffChoice),
		})
	}
	cw.Flush()
	return cw.Error()
}

func optInt(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}
