package main

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestStats(t *testing.T) {
	modes(t, seedEvent, func(t *testing.T, f *staffFixture) {
		out := f.mustRun("stats")
		for _, want := range []string{"Tilmeldinger: 5 med 6 deltagere (1 efter fristen)", "tilmeldt 3, venteliste 1",
			"2020-09-03    2  ##", "Sundhed & trivsel", "3 fik 1. prioritet", "Gennemgang: 0 åbne sager"} {
			if !strings.Contains(out, want) {
				t.Errorf("stats lacks %q:\n%s", want, out)
			}
		}
		var o overview
		if err := json.Unmarshal([]byte(f.mustRun("stats", "--json")), &o); err != nil {
			t.Fatal(err)
		}
		// Ali, Fatima and Anna chose 1st; Per cancelled and does not count.
		if w := o.Workshops[0]; w.First != 2 || w.Second != 0 || w.Placed != 1 || w.Capacity != 20 {
			t.Errorf("workshop 1 = %+v", w)
		}
		if o.Placement.First != 3 || o.Placement.Waitlist != 1 || o.Review.Open != 0 {
			t.Errorf("placement %+v, review %+v", o.Placement, o.Review)
		}
	})
}

func TestReportIsSelfContained(t *testing.T) {
	modes(t, seedEvent, func(t *testing.T, f *staffFixture) {
		path := filepath.Join(t.TempDir(), "rapport.html")
		f.mustRun("report", "--out", path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		page := string(b)
		for _, want := range []string{"<svg", "Efterspørgsel mod pladser", "Tilmeldinger over tid",
			"Fordeling på workshops", "Naboskab, netværk &amp; tryghed", "kun halal kød", `name="viewport"`} {
			if !strings.Contains(page, want) {
				t.Errorf("report lacks %q", want)
			}
		}
		external := regexp.MustCompile(`(?i)<script|<link|<img|<iframe|src=|href=|url\(|@import`)
		if m := external.FindString(page); m != "" {
			t.Errorf("report refers to something outside itself: %q", m)
		}
	})
}

func TestReportOnEmptyStore(t *testing.T) {
	f := newStaffFixture(t)
	var out bytes.Buffer
	out.WriteString(f.mustRun("report"))
	if !strings.Contains(out.String(), "Ingen tilmeldinger endnu") {
		t.Errorf("empty report:\n%s", out.String())
	}
}

// TestReportRendersInChromium takes a screenshot of the report in headless
// Chromium, where it is installed, and checks that something was drawn.
func TestReportRendersInChromium(t *testing.T) {
	bin := "/usr/bin/chromium"
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("TILMELD_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("chromium is not installed, and TILMELD_REQUIRE_CHROMIUM=1")
		}
		t.Skip("chromium is not installed (Debian: apt-get install chromium)")
	}
	f := newStaffFixture(t)
	seedEvent(f)
	dir := t.TempDir()
	page, shot := filepath.Join(dir, "rapport.html"), filepath.Join(dir, "shot.png")
	f.mustRun("report", "--out", page)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=412,1400", "--screenshot="+shot, "file://"+page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	fh, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	img, err := png.Decode(fh)
	if err != nil {
		t.Fatal(err)
	}
	if n := colours(img); n < 5 {
		t.Errorf("screenshot has %d colours: the page looks blank", n)
	}
}

// colours counts distinct colours on a coarse grid of the image.
func colours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(seen)
}
