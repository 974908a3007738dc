package tilmeld

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tilmeld.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDefaultIsTheABCEvent(t *testing.T) {
	c := Default()
	e := c.Event
	if e.Address != "abc@bo-vest.dk" || e.Phone != "60 35 46 30" {
		t.Errorf("address, phone = %q, %q", e.Address, e.Phone)
	}
	if got := e.Deadline.Format("2006-01-02"); got != "2020-09-21" {
		t.Errorf("deadline = %s", got)
	}
	if !e.Starts.Equal(time.Date(2020, 9, 29, 14, 30, 0, 0, time.UTC)) {
		t.Errorf("starts = %s", e.Starts)
	}
	if len(e.Workshops) != 4 || e.WorkshopName(2) != "Sundhed & trivsel" {
		t.Errorf("workshops = %+v", e.Workshops)
	}
	for _, w := range e.Workshops {
		if w.Capacity != 20 {
			t.Errorf("workshop %d capacity = %d, want the default 20", w.Number, w.Capacity)
		}
	}
}

func TestFileOverlaysDefault(t *testing.T) {
	path := writeConfig(t, `
[imap]
address = "127.0.0.1:1143"
tls = "none"
[smtp]
address = "127.0.0.1:1025"
tls = "none"
[store]
path = "/var/lib/tilmeld/x.db"

[[workshop]]
number = 3
capacity = 12
`)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Event.Name != Default().Event.Name {
		t.Errorf("event name not from default: %q", c.Event.Name)
	}
	if w := c.Event.Workshop(3); w.Capacity != 12 || w.Name != "Uddannelse & livschancer" || len(w.Aliases) == 0 {
		t.Errorf("workshop 3 = %+v, want capacity 12 with the default name and aliases", w)
	}
	if w := c.Event.Workshop(1); w.Capacity != 20 {
		t.Errorf("workshop 1 capacity = %d, want 20", w.Capacity)
	}
	if c.IMAP.Mailbox != "INBOX" || !c.IMAP.MarkSeen || c.IMAP.PollInterval != time.Minute {
		t.Errorf("imap defaults lost: %+v", c.IMAP)
	}
	if c.Store.Path != "/var/lib/tilmeld/x.db" || c.IMAP.Address != "127.0.0.1:1143" {
		t.Errorf("file values not applied: %+v %+v", c.Store, c.IMAP)
	}
	if err := c.CheckConnections(); err != nil {
		t.Errorf("loopback without TLS refused: %v", err)
	}
}

func TestNewWorkshopAndEventCapacity(t *testing.T) {
	c, err := Load(writeConfig(t, `
[event]
capacity = 8
[[workshop]]
number = 5
name = "Grønne gårde"
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Event.Workshops) != 5 || c.Event.Workshop(5).Capacity != 8 || c.Event.Workshop(1).Capacity != 8 {
		t.Errorf("workshops = %+v", c.Event.Workshops)
	}
}

func TestConfigErrorsNameFileAndKey(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"syntax", "[imap\naddress = 1", []string{"line "}},
		{"unknown key", "[imap]\nadress = \"x:1\"", []string{"imap.adress", "unknown key"}},
		{"bad tls", "[imap]\ntls = \"maybe\"", []string{"imap.tls", "maybe"}},
		{"password in file", "[smtp]\npassword = \"hunter2\"", []string{"smtp.password", "password_env"}},
		{"bad duration", "[imap]\npoll_interval = \"often\"", []string{"poll_interval", "often"}},
		{"deadline after start", "[event]\ndeadline = 2020-10-01T00:00:00Z", []string{"event.deadline"}},
		{"workshop without name", "[[workshop]]\nnumber = 9\ncapacity = 3", []string{"workshop[number=9].name"}},
		{"bad from", "[smtp]\nfrom = \"nobody\"", []string{"smtp.from"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.text)
			_, err := Load(path)
			if err == nil {
				t.Fatal("Load succeeded")
			}
			msg := err.Error()
			if !strings.Contains(msg, path) {
				t.Errorf("error %q does not name the file", msg)
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not mention %q", msg, w)
				}
			}
			if strings.Contains(msg, "hunter2") {
				t.Errorf("error %q shows the secret", msg)
			}
		})
	}
}

func TestPlaintextOnlyForLoopback(t *testing.T) {
	c, err := Load(writeConfig(t, "[imap]\naddress = \"mail.example.org:143\"\ntls = \"none\"\n[smtp]\naddress = \"127.0.0.1:25\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var fe *FieldError
	if err := c.CheckConnections(); !errors.As(err, &fe) || fe.Key != "imap.tls" {
		t.Errorf("CheckConnections = %v, want an imap.tls error", err)
	}
}

func TestSecretNamesItsSourceAndNeverPrintsIt(t *testing.T) {
	s := Secret{Env: "TILMELD_TEST_NO_SUCH_VAR"}
	if _, err := s.Value(); err == nil || !strings.Contains(err.Error(), "TILMELD_TEST_NO_SUCH_VAR") {
		t.Errorf("missing env: err = %v", err)
	}
	t.Setenv("TILMELD_TEST_SECRET", "s3cret")
	s = Secret{Env: "TILMELD_TEST_SECRET"}
	if v, err := s.Value(); v != "s3cret" || err != nil {
		t.Errorf("Value = %q, %v", v, err)
	}
	if strings.Contains(s.String(), "s3cret") {
		t.Errorf("String shows the secret: %s", s)
	}
	file := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(file, []byte("fromfile\n"), 0o600)
	if v, err := (Secret{File: file}).Value(); v != "fromfile" || err != nil {
		t.Errorf("file secret = %q, %v", v, err)
	}
	if _, err := (Secret{File: file + ".missing"}).Value(); err == nil || !strings.Contains(err.Error(), file+".missing") {
		t.Errorf("missing file: err = %v", err)
	}
	open := filepath.Join(t.TempDir(), "pw-open")
	os.WriteFile(open, []byte("x"), 0o644)
	if _, err := (Secret{File: open}).Value(); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("a password file others can read: err = %v, want a refusal naming the fix", err)
	}
}

func TestParseDiets(t *testing.T) {
	got, err := ParseDiets("vegan, halal,vegan")
	if err != nil || len(got) != 2 || got[0] != Halal || got[1] != Vegan {
		t.Errorf("ParseDiets = %v, %v", got, err)
	}
	if _, err := ParseDiets("carnivore"); err == nil {
		t.Error("unknown diet accepted")
	}
}

func TestAnotherEventBringsItsOwnWorkshops(t *testing.T) {
	c, err := Load(writeConfig(t, `
[event]
name = "Netværksmøde 2021"
[[workshop]]
number = 1
name = "Grønne gårde"
capacity = 9
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Event.Workshops) != 1 || c.Event.Workshops[0].Name != "Grønne gårde" || len(c.Event.Workshops[0].Aliases) != 0 {
		t.Errorf("workshops = %+v, want only the file's", c.Event.Workshops)
	}
}

func TestOAuth2AndFolders(t *testing.T) {
	c, err := Load(writeConfig(t, `
[imap]
username = "abc@bo-vest.dk"
auth = "oauth2"
token_command = "/usr/local/bin/token-helper imap"
folders = true
folder_review = "Staff"
[smtp]
username = "abc@bo-vest.dk"
auth = "OAuth2"
token_file = "/run/secrets/token"
`))
	if err != nil {
		t.Fatal(err)
	}
	if c.IMAP.Auth != AuthOAuth2 || c.IMAP.Token.Command != "/usr/local/bin/token-helper imap" || c.SMTP.Token.File != "/run/secrets/token" {
		t.Errorf("auth not read: %+v %+v", c.IMAP, c.SMTP)
	}
	f := c.IMAP.Folders
	if !f.Enabled || f.Registered != "Tilmeldt" || f.Review != "Staff" || f.Ignored != "Ignoreret" {
		t.Errorf("folders = %+v", f)
	}
	if d := Default(); d.IMAP.Auth != AuthPassword || d.IMAP.Folders.Enabled || d.Metrics.Listen != "" {
		t.Errorf("defaults: auth %q, folders %v, metrics %q", d.IMAP.Auth, d.IMAP.Folders.Enabled, d.Metrics.Listen)
	}
	if s := c.IMAP.Token.String(); s != "<redacted: command /usr/local/bin/token-helper>" {
		t.Errorf("Token.String = %q", s)
	}
	for _, bad := range []struct{ text, key string }{
		{"[imap]\nusername = \"a\"\nauth = \"oauth2\"", "imap.token_file"},
		{"[imap]\nusername = \"a\"\nauth = \"oauth2\"\ntoken_file = \"f\"\ntoken_command = \"c\"", "imap.token_file"},
		{"[smtp]\nauth = \"oauth2\"\ntoken_file = \"f\"", "smtp.username"},
		{"[smtp]\nauth = \"kerberos\"", "smtp.auth"},
		{"[imap]\nfolders = true\nfolder_ignored = \"Tilmeldt\"", "imap.folder_ignored"},
		{"[imap]\nfolders = true\nfolder_review = \"inbox\"", "imap.folder_review"},
		{"[metrics]\nlisten = \"9464\"", "metrics.listen"},
	} {
		_, err := Load(writeConfig(t, bad.text))
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Key != bad.key {
			t.Errorf("%q: err = %v, want one at %s", bad.text, err, bad.key)
		}
	}
}

func TestPlaintextOptOut(t *testing.T) {
	c, err := Load(writeConfig(t, "[imap]\naddress = \"mail.example.org:143\"\ntls = \"none\"\nallow_plaintext = true\n[smtp]\naddress = \"127.0.0.1:25\"\ntls = \"none\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.CheckConnections(); err != nil {
		t.Errorf("an explicit opt-out refused: %v", err)
	}
	if got := c.Plaintext(); len(got) != 1 || got[0] != "imap mail.example.org:143" {
		t.Errorf("Plaintext() = %q, want the IMAP server alone (SMTP is loopback)", got)
	}
}
