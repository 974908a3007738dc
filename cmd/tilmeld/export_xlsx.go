package main

// The Excel workbook staff print from: an attendance list per workshop with
// a column to sign, all attendees, and the kitchen's summary.

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"tilmeld"
)

const sheetAll = "Alle"

func writeXLSX(w io.Writer, cfg *tilmeld.Config, rows []row, allocated bool) error {
	f := excelize.NewFile()
	defer f.Close()
	x := &workbook{f: f, cfg: cfg}
	if err := x.styles(); err != nil {
		return err
	}
	for _, ws := range cfg.Event.Workshops {
		x.workshopSheet(ws, rows, allocated)
	}
	if allocated {
		x.waitlistSheet(rows)
	}
	x.allSheet(rows)
	x.kitchenSheet(rows)
	if x.err != nil {
		return x.err
	}
	f.DeleteSheet("Sheet1")
	f.SetActiveSheet(0)
	_, err := f.WriteTo(w)
	return err
}

// workbook builds the sheets and keeps the first error, so the sheet code
// reads as a list of cells.
type workbook struct {
	f                  *excelize.File
	cfg                *tilmeld.Config
	title, head, lined int
	err                error
}

func (x *workbook) check(err error) {
	if x.err == nil {
		x.err = err
	}
}

func (x *workbook) styles() error {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	var err error
	if x.title, err = x.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}); err != nil {
		return err
	}
	if x.head, err = x.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDDDDD"}}}); err != nil {
		return err
	}
	x.lined, err = x.f.NewStyle(&excelize.Style{Border: border,
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	return err
}

// sheet adds a sheet with a title line and a bordered header on row 3,
// set to print on one page's width with the header repeated.
func (x *workbook) sheet(name, title string, header []string, widths []float64) {
	if _, err := x.f.NewSheet(name); err != nil {
		x.check(err)
		return
	}
	x.check(x.f.SetCellValue(name, "A1", title))
	x.check(x.f.SetCellStyle(name, "A1", "A1", x.title))
	x.check(x.f.SetSheetRow(name, "A3", &header))
	last, _ := excelize.CoordinatesToCellName(len(header), 3)
	x.check(x.f.SetCellStyle(name, "A3", last, x.head))
	for i, wd := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		x.check(x.f.SetColWidth(name, col, col, wd))
	}
	one, fit := 1, true
	x.check(x.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}))
	zero := 0
	x.check(x.f.SetPageLayout(name, &excelize.PageLayoutOptions{FitToWidth: &one, FitToHeight: &zero}))
	x.check(x.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$3:$3", name), Scope: name}))
	x.check(x.f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 3, TopLeftCell: "A4", ActivePane: "bottomLeft"}))
}

// line writes values on row n (from 4) with borders, tall enough to sign on.
func (x *workbook) line(name string, n int, values []any, height float64) {
	cell := fmt.Sprintf("A%d", n)
	x.check(x.f.SetSheetRow(name, cell, &values))
	last, _ := excelize.CoordinatesToCellName(len(values), n)
	x.check(x.f.SetCellStyle(name, cell, last, x.lined))
	if height > 0 {
		x.check(x.f.SetRowHeight(name, n, height))
	}
}

func (x *workbook) workshopSheet(ws tilmeld.Workshop, rows []row, allocated bool) {
	name := fmt.Sprintf("Workshop %d", ws.Number)
	title := fmt.Sprintf("Workshop %d: %s (%d pladser)", ws.Number, ws.Name, ws.Capacity)
	x.sheet(name, title, []string{"Nr.", "Navn", "Kontakt", "Kost", "Underskrift"}, []float64{5, 28, 32, 24, 30})
	n := 4
	for _, r := range rows {
		if intOf(r.Workshop) != ws.Number || r.Status != tilmeld.RegRegistered {
			continue
		}
		x.line(name, n, []any{n - 3, r.Name, r.contact(), dietCell(&r), ""}, 28)
		n++
	}
	if n == 4 && !allocated {
		x.check(x.f.SetCellValue(name, "B4", "Fordelingen på workshops er ikke lavet endnu."))
	}
}

// waitlistSheet lists who has no seat yet, in the order they came, to
// phone when a seat frees.
func (x *workbook) waitlistSheet(rows []row) {
	const name = "Venteliste"
	x.sheet(name, "Venteliste", []string{"Nr.", "Navn", "Kontakt", "1. prioritet", "2. prioritet", "Tilmelding"},
		[]float64{5, 28, 32, 12, 12, 11})
	n := 4
	for _, r := range rows {
		if r.Status == tilmeld.RegWaitlist {
			x.line(name, n, []any{n - 3, r.Name, r.contact(), cellInt(r.First), cellInt(r.Second), r.Registration}, 0)
			n++
		}
	}
}

func (x *workbook) allSheet(rows []row) {
	header := []string{"Tilmelding", "Navn", "E-mail", "Telefon", "1. prioritet", "2. prioritet",
		"Workshop", "Status", "Kost", "Kost med egne ord", "Modtaget", "For sent"}
	x.sheet(sheetAll, "Alle tilmeldte: "+x.cfg.Event.Name, header,
		[]float64{11, 26, 30, 14, 12, 12, 10, 18, 24, 30, 17, 9})
	landscape := "landscape"
	x.check(x.f.SetPageLayout(sheetAll, &excelize.PageLayoutOptions{Orientation: &landscape}))
	for i, r := range rows {
		late := ""
		if r.Late {
			late = "ja"
		}
		x.line(sheetAll, i+4, []any{r.Registration, r.Name, r.Email, r.Phone, cellInt(r.First),
			cellInt(r.Second), cellInt(r.Workshop), statusDanish(r.Status), dietDanish(r.Diet), r.DietText,
			localTime(x.cfg, r.Received).Format("02-01-2006 15:04"), late}, 0)
	}
}

func (x *workbook) kitchenSheet(rows []row) {
	const name = "Køkken"
	k := kitchenOf(rows)
	x.sheet(name, fmt.Sprintf("Køkken: %d kuverter", k.Total), []string{"Kost", "Antal", "Navn", "Med egne ord"},
		[]float64{30, 8, 28, 40})
	n := 4
	for _, c := range k.Counts {
		x.line(name, n, []any{c.Diet.Danish(), c.N, "", ""}, 0)
		n++
	}
	n++
	x.check(x.f.SetCellValue(name, fmt.Sprintf("A%d", n), "Særlige hensyn"))
	x.check(x.f.SetCellStyle(name, fmt.Sprintf("A%d", n), fmt.Sprintf("A%d", n), x.title))
	n++
	for _, r := range k.Special {
		x.line(name, n, []any{dietDanish(r.Diet), "", r.Name, r.DietText}, 0)
		n++
	}
}

func dietCell(r *row) string {
	s := dietDanish(r.Diet)
	if r.DietText != "" {
		if s != "" {
			s += ": "
		}
		s += r.DietText
	}
	return s
}

// cellInt is a number cell, or an empty one for none.
func cellInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}
