package main

// The report: one self-contained HTML page with inline SVG charts, to mail
// to colleagues, read on a phone or print. No scripts, fonts or images from
// elsewhere.

import (
	"context"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"
	"time"

	"tilmeld"
	"tilmeld/store"
)

func init() {
	registerStaff(staffCommand{
		name:    "report",
		summary: "write an HTML report: demand, registrations over time, placement and diets",
		usage:   "[--config F] --out FILE.html\n\nexample: tilmeld report --out rapport.html",
		out:     true,
		run:     runReport,
	})
}

//go:embed report.html.tmpl
var reportTemplate string

var reportTmpl = template.Must(template.New("report").Funcs(template.FuncMap{"dietWords": dietDanish}).Parse(reportTemplate))

func runReport(ctx context.Context, s *session, args []string) error {
	fs := newStaffFlags(s, "report")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var o *overview
	err := s.db.View(func(tx *store.Tx) (err error) { o, err = readOverview(tx, s.cfg); return err })
	if err != nil {
		return err
	}
	return writeReport(s.Stdout, s.cfg, o)
}

// reportData is what the template shows.
type reportData struct {
	Event     *tilmeld.Event
	When      string
	Generated string
	O         *overview
	Demand    chart
	Days      chart
	Placement chart
	Kitchen   kitchen
	Coming    int
	Late      string
}

func writeReport(w io.Writer, cfg *tilmeld.Config, o *overview) error {
	d := reportData{
		Event:     &cfg.Event,
		When:      localTime(cfg, cfg.Event.Starts).Format("02-01-2006 kl. 15.04"),
		Generated: localTime(cfg, o.Generated).Format("02-01-2006 kl. 15.04"),
		O:         o,
		Demand:    demandChart(o.Workshops),
		Days:      daysChart(cfg, o.Days),
		Placement: placementChart(o.Workshops),
		Kitchen:   kitchenOf(o.rows),
	}
	d.Coming = d.Kitchen.Total
	if o.Late > 0 {
		d.Late = plural(o.Late, "tilmelding", "tilmeldinger") + " kom efter fristen."
	}
	return reportTmpl.Execute(w, d)
}

// chart is an SVG drawing as shapes; the template writes them out, so all
// text is escaped by html/template.
type chart struct {
	W, H   int
	Label  string
	Rects  []svgRect
	Lines  []svgLine
	Texts  []svgText
	Points string // a polyline, "" for none
}

type svgRect struct {
	X, Y, W, H float64
	Class, Tip string
}

type svgLine struct {
	X1, Y1, X2, Y2 float64
	Class          string
}

type svgText struct {
	X, Y         float64
	Anchor, Text string
	Class        string
}

// chartW is the drawing width; the page scales it, and text in it keeps a
// readable size on a phone.
const chartW = 400.0

func r1(x float64) float64 { return math.Round(x*10) / 10 }

// demandChart draws per workshop the 1st and 2nd priorities stacked, with
// a mark at the room's capacity.
func demandChart(ws []workshopDemand) chart {
	const width, left, rowH = chartW, 4.0, 50.0
	c := chart{W: int(width), H: int(rowH*float64(len(ws)) + 30), Label: "Efterspørgsel mod pladser pr. workshop"}
	top := 1
	for _, w := range ws {
		top = max(top, w.First+w.Second, w.Capacity)
	}
	scale := (width - left - 40) / float64(top)
	for i, w := range ws {
		y := float64(i)*rowH + 4
		c.Texts = append(c.Texts, svgText{X: left, Y: y + 12, Text: fmt.Sprintf("%d. %s", w.Number, w.Name), Class: "lbl"})
		x1 := r1(float64(w.First) * scale)
		c.Rects = append(c.Rects,
			svgRect{X: left, Y: y + 18, W: x1, H: 20, Class: "first", Tip: fmt.Sprintf("%d har den som 1. prioritet", w.First)},
			svgRect{X: left + x1, Y: y + 18, W: r1(float64(w.Second) * scale), H: 20, Class: "second", Tip: fmt.Sprintf("%d har den som 2. prioritet", w.Second)})
		cx := r1(left + float64(w.Capacity)*scale)
		c.Lines = append(c.Lines, svgLine{X1: cx, Y1: y + 14, X2: cx, Y2: y + 42, Class: "cap"})
		c.Texts = append(c.Texts, svgText{X: r1(left + float64(w.First+w.Second)*scale + 4), Y: y + 33,
			Text: fmt.Sprintf("%d + %d", w.First, w.Second), Class: "num"})
	}
	c.Texts = append(c.Texts, svgText{X: left, Y: float64(c.H) - 6, Text: "Mørk: 1. prioritet. Lys: 2. prioritet. Streg: pladser.", Class: "note"})
	return c
}

// daysChart draws registrations per day as bars and the running total as a
// line, from the first registration to the deadline or the last one.
func daysChart(cfg *tilmeld.Config, days []dayCount) chart {
	const width, height, left, bottom, top = chartW, 230.0, 14.0, 190.0, 30.0
	c := chart{W: int(width), H: int(height), Label: "Tilmeldinger over tid"}
	if len(days) == 0 {
		c.Texts = append(c.Texts, svgText{X: width / 2, Y: height / 2, Anchor: "middle", Text: "Ingen tilmeldinger endnu", Class: "note"})
		return c
	}
	first, _ := time.Parse("2006-01-02", days[0].Day)
	last, _ := time.Parse("2006-01-02", days[len(days)-1].Day)
	deadline, _ := time.Parse("2006-01-02", localTime(cfg, cfg.Event.Deadline).Format("2006-01-02"))
	if deadline.After(last) && deadline.Sub(first) < 120*24*time.Hour {
		last = deadline
	}
	n := int(last.Sub(first).Hours()/24) + 1
	total, peak := 0, 1
	for _, d := range days {
		total += d.Regs
		peak = max(peak, d.Regs)
	}
	step := (width - left - 10) / float64(n)
	barScale, sumScale := (bottom-top)/float64(peak), (bottom-top)/float64(max(total, 1))
	var pts []string
	sum := 0
	for _, d := range days {
		t, _ := time.Parse("2006-01-02", d.Day)
		x := left + float64(int(t.Sub(first).Hours()/24))*step
		h := r1(float64(d.Regs) * barScale)
		c.Rects = append(c.Rects, svgRect{X: r1(x + step*0.15), Y: r1(bottom - h), W: r1(step * 0.7), H: h, Class: "first",
			Tip: fmt.Sprintf("%s: %d tilmeldinger", t.Format("02-01"), d.Regs)})
		c.Texts = append(c.Texts, svgText{X: r1(x + step/2), Y: r1(bottom - h - 3), Anchor: "middle", Text: fmt.Sprint(d.Regs), Class: "num"})
		sum += d.Regs
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x+step/2, bottom-float64(sum)*sumScale))
	}
	c.Points = strings.Join(pts, " ")
	c.Lines = append(c.Lines, svgLine{X1: left, Y1: bottom, X2: width - 10, Y2: bottom, Class: "axis"})
	if dx := int(deadline.Sub(first).Hours() / 24); dx >= 0 && dx < n {
		x := r1(left + float64(dx+1)*step)
		c.Lines = append(c.Lines, svgLine{X1: x, Y1: top, X2: x, Y2: bottom, Class: "cap"})
		c.Texts = append(c.Texts, svgText{X: x - 4, Y: top + 10, Anchor: "end", Text: "frist", Class: "note"})
	}
	c.Texts = append(c.Texts,
		svgText{X: left, Y: bottom + 18, Text: first.Format("02-01"), Class: "num"},
		svgText{X: width - 10, Y: bottom + 18, Anchor: "end", Text: last.Format("02-01"), Class: "num"},
		svgText{X: width - 10, Y: 12, Anchor: "end", Text: fmt.Sprintf("i alt %d", total), Class: "num"},
		svgText{X: left, Y: height - 4, Text: "Søjler: tilmeldinger pr. dag. Linje: i alt.", Class: "note"})
	return c
}

// placementChart shows each room's seats taken against its capacity.
func placementChart(ws []workshopDemand) chart {
	const width, left, rowH = chartW, 4.0, 44.0
	c := chart{W: int(width), H: int(rowH * float64(len(ws))), Label: "Placerede mod pladser pr. workshop"}
	top := 1
	for _, w := range ws {
		top = max(top, w.Capacity, w.Placed)
	}
	scale := (width - left - 70) / float64(top)
	for i, w := range ws {
		y := float64(i)*rowH + 4
		c.Texts = append(c.Texts, svgText{X: left, Y: y + 12, Text: fmt.Sprintf("%d. %s", w.Number, w.Name), Class: "lbl"})
		c.Rects = append(c.Rects,
			svgRect{X: left, Y: y + 18, W: r1(float64(w.Capacity) * scale), H: 16, Class: "room", Tip: fmt.Sprintf("%d pladser", w.Capacity)},
			svgRect{X: left, Y: y + 18, W: r1(float64(w.Placed) * scale), H: 16, Class: "first", Tip: fmt.Sprintf("%d placeret", w.Placed)})
		c.Texts = append(c.Texts, svgText{X: r1(left + float64(max(w.Capacity, w.Placed))*scale + 6), Y: y + 31,
			Text: fmt.Sprintf("%d / %d", w.Placed, w.Capacity), Class: "num"})
	}
	return c
}
