package mailbot

import (
	"testing"
	"time"
)

func TestDanishDateTime(t *testing.T) {
	cest := time.FixedZone("CEST", 2*3600)
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2020, 9, 29, 16, 30, 0, 0, cest), "tirsdag den 29. september 2020 kl. 16.30"},
		{time.Date(2020, 9, 21, 23, 59, 59, 0, cest), "mandag den 21. september 2020 kl. 23.59"},
		{time.Date(2021, 1, 3, 9, 5, 0, 0, time.UTC), "søndag den 3. januar 2021 kl. 09.05"},
		{time.Date(2020, 5, 1, 12, 0, 0, 0, time.UTC), "fredag den 1. maj 2020 kl. 12.00"},
	}
	for _, tt := range tests {
		if got := DanishDateTime(tt.t); got != tt.want {
			t.Errorf("DanishDateTime(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

func TestFormatWhen(t *testing.T) {
	cest := time.FixedZone("CEST", 2*3600)
	s := time.Date(2020, 9, 29, 16, 30, 0, 0, cest)
	e := time.Date(2020, 9, 29, 19, 30, 0, 0, cest)
	if got, want := formatWhen("da", s, e), "tirsdag den 29. september 2020 kl. 16.30-19.30"; got != want {
		t.Errorf("da: %q, want %q", got, want)
	}
	if got, want := formatWhen("en", s, e), "Tuesday 29 September 2020 at 16:30-19:30"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
}
