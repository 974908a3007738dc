package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"tilmeld"
	"tilmeld/store"
)

func TestForget(t *testing.T) {
	modes(t, func(f *staffFixture) { seedEvent(f); seedReview(f) }, func(t *testing.T, f *staffFixture) {
		out := f.mustRun("forget", "Hanne.Larsen@example.dk")
		if !strings.Contains(out, "Slettet: 1 tilmelding, 1 mail") {
			t.Errorf("forget said:\n%s", out)
		}
		rows := exportRows(t, f)
		if h := rows[0]; h.Name != "" || h.Email != "" || h.Phone != "" || h.Status != tilmeld.RegCancelled || intOf(h.First) != 2 {
			t.Errorf("Hanne after forget = %+v; want anonymous, cancelled, choices kept", h)
		}
		if rows[1].Name != "Ali Hassan" {
			t.Errorf("forget touched someone else: %+v", rows[1])
		}
		if show := f.mustRun("review", "show", "1"); !strings.Contains(show, "glemt efter ønske") || strings.Contains(show, "Hanne") {
			t.Errorf("review item of the forgotten mail:\n%s", show)
		}
		db := f.sharedDB()
		db.View(func(tx *store.Tx) error {
			return tx.OutMails(func(m *store.OutMail) error {
				if m.To == "hanne.larsen@example.dk" || (m.Registration == 1 && m.Failed.IsZero() && m.Sent.IsZero()) {
					t.Errorf("mail to the forgotten person kept: %+v", m)
				}
				return nil
			})
		})
		var audit []string
		db.View(func(tx *store.Tx) error {
			return tx.AuditLog(func(e *store.AuditEntry) error { audit = append(audit, e.Action+": "+e.Detail); return nil })
		})
		if len(audit) != 1 || !strings.HasPrefix(audit[0], "forget: ") || strings.Contains(audit[0], "hanne") {
			t.Errorf("audit = %q", audit)
		}
	})
}

func TestPurge(t *testing.T) {
	f := newStaffFixture(t)
	seedEvent(f)
	seedReview(f)
	if _, errs, code := f.run("", "purge"); code != 1 || !strings.Contains(errs, "--force") {
		t.Errorf("purge before the event: exit %d, %s", code, errs)
	}
	var personal []string
	for _, r := range exportRows(t, f) {
		for _, v := range []string{r.Name, r.Email, r.Phone} {
			if len(v) > 3 {
				personal = append(personal, v)
			}
		}
	}
	out := f.mustRun("purge", "--force")
	file, err := os.ReadFile(f.cfg.Store.Path)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range personal {
		if bytes.Contains(file, []byte(v)) {
			t.Errorf("the store file still holds %q after purge", v)
		}
	}
	if !strings.Contains(out, "Slettet: 5 tilmeldinger, 3 mails") {
		t.Errorf("purge said:\n%s", out)
	}
	for _, r := range exportRows(t, f) {
		if r.Name != "" || r.Email != "" || r.Phone != "" || r.DietText != "" {
			t.Errorf("row after purge = %+v", r)
		}
	}
	if k := f.mustRun("kitchen"); !strings.Contains(k, "Kuverter i alt: 3") {
		t.Errorf("numbers lost by purge:\n%s", k)
	}
}
