package tilmeld

import (
	_ "embed"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

//go:embed default.toml
var defaultTOML string

// DefaultTOML returns the embedded default configuration, the ABC 2020 event.
func DefaultTOML() string { return defaultTOML }

// Config is the whole configuration, validated.
type Config struct {
	// File is the path the config was read from, "" for the embedded default.
	File    string
	Event   Event
	IMAP    IMAPConfig
	SMTP    SMTPConfig
	Store   StoreConfig
	Replies RepliesConfig
	Admin   AdminConfig
	Log     LogConfig
	Metrics MetricsConfig
}

// Secret names where a password comes from: an environment variable or a file.
// The value itself never sits in the config file.
type Secret struct {
	Env  string
	File string
}

// Value reads the secret. The error names the variable or file it expected.
func (s Secret) Value() (string, error) {
	if s.File != "" {
		return ReadSecretFile(s.File)
	}
	if s.Env == "" {
		return "", errors.New("no password_env or password_file is configured")
	}
	v, ok := os.LookupEnv(s.Env)
	if !ok || v == "" {
		return "", fmt.Errorf("environment variable %s is not set", s.Env)
	}
	return v, nil
}

// ReadSecretFile reads a secret (a password or a token) from a file only its
// owner may read; a file others can read is refused, naming the fix.
func ReadSecretFile(path string) (string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("password_file %s: %w", path, err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return "", fmt.Errorf("password_file %s can be read by others (mode %04o): chmod 600 %s", path, st.Mode().Perm(), path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("password_file %s: %w", path, err)
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// String never shows the secret, only where it comes from.
func (s Secret) String() string {
	if s.File != "" {
		return "<redacted: file " + s.File + ">"
	}
	return "<redacted: env " + s.Env + ">"
}

// AuthMode is how the bot logs in to a mail server.
type AuthMode string

// Login modes. AuthOAuth2 sends an OAuth2 access token (SASL XOAUTH2 or
// OAUTHBEARER), as Microsoft 365 and Gmail want.
const (
	AuthPassword AuthMode = "password"
	AuthOAuth2   AuthMode = "oauth2"
)

// Token names where an OAuth2 access token comes from: a file that a
// helper keeps fresh, or a command that prints a fresh token. Either is
// read again for each connection, so a renewed token is picked up.
type Token struct {
	File    string
	Command string
}

// String never shows the token, only where it comes from: the command's
// program without its arguments, which might hold a client secret.
func (t Token) String() string {
	if f := strings.Fields(t.Command); len(f) > 0 {
		return "<redacted: command " + f[0] + ">"
	}
	return "<redacted: file " + t.File + ">"
}

// TLSMode is how a connection is secured.
type TLSMode string

// TLS modes. TLSNone is allowed only towards loopback addresses.
const (
	TLSImplicit TLSMode = "implicit"
	TLSStartTLS TLSMode = "starttls"
	TLSNone     TLSMode = "none"
)

// IMAPConfig says where the mailbox is and how to follow it.
type IMAPConfig struct {
	Address string
	TLS     TLSMode
	// AllowPlaintext opts out of TLS towards a host that is not loopback.
	AllowPlaintext bool
	Username       string
	Password       Secret
	// Auth is password (Password) or oauth2 (Token).
	Auth         AuthMode
	Token        Token
	Mailbox      string
	Idle         bool
	PollInterval time.Duration
	BatchSize    int
	MarkSeen     bool
	// Folders moves decided mail out of Mailbox into folders staff see.
	Folders Folders
}

// Folders names where decided mail goes when Enabled: registrations and
// their changes, what waits for staff, and what the bot ignored.
type Folders struct {
	Enabled    bool
	Registered string
	Review     string
	Ignored    string
}

// SMTPConfig says how replies are sent.
type SMTPConfig struct {
	Address string
	TLS     TLSMode
	// AllowPlaintext opts out of TLS towards a host that is not loopback.
	AllowPlaintext bool
	Username       string
	Password       Secret
	// Auth is password (Password) or oauth2 (Token).
	Auth  AuthMode
	Token Token
	// From is the header replies carry, display name included.
	From string
}

// StoreConfig says where the bbolt file lives.
type StoreConfig struct {
	Path string
}

// RepliesConfig tunes the automatic answers.
type RepliesConfig struct {
	AcknowledgeReview bool
	Templates         string
	MaxPerDay         int
}

// AdminConfig places the admin socket staff commands use while the daemon runs.
type AdminConfig struct {
	Socket string
}

// MetricsConfig places the Prometheus endpoint; an empty Listen means none.
type MetricsConfig struct {
	Listen string
}

// LogConfig sets the log level: debug, info, warn or error.
type LogConfig struct {
	Level string
}

// rawConfig mirrors the TOML file. Workshops are kept apart so that entries
// can be merged by number instead of replacing the whole list.
type rawConfig struct {
	Event struct {
		Name      string    `toml:"name"`
		Organiser string    `toml:"organiser"`
		Starts    time.Time `toml:"starts"`
		Ends      time.Time `toml:"ends"`
		Deadline  time.Time `toml:"deadline"`
		Address   string    `toml:"address"`
		Phone     string    `toml:"phone"`
		Place     string    `toml:"place"`
		Dinner    string    `toml:"dinner"`
		Capacity  int       `toml:"capacity"`
	} `toml:"event"`
	Workshop []rawWorkshop `toml:"workshop"`
	IMAP     struct {
		rawConn
		Mailbox          string   `toml:"mailbox"`
		Idle             bool     `toml:"idle"`
		PollInterval     duration `toml:"poll_interval"`
		BatchSize        int      `toml:"batch_size"`
		MarkSeen         bool     `toml:"mark_seen"`
		Folders          bool     `toml:"folders"`
		FolderRegistered string   `toml:"folder_registered"`
		FolderReview     string   `toml:"folder_review"`
		FolderIgnored    string   `toml:"folder_ignored"`
	} `toml:"imap"`
	SMTP struct {
		rawConn
		From string `toml:"from"`
	} `toml:"smtp"`
	Store struct {
		Path string `toml:"path"`
	} `toml:"store"`
	Replies struct {
		AcknowledgeReview bool   `toml:"acknowledge_review"`
		Templates         string `toml:"templates"`
		MaxPerDay         int    `toml:"max_per_day"`
	} `toml:"replies"`
	Admin struct {
		Socket string `toml:"socket"`
	} `toml:"admin"`
	Log struct {
		Level string `toml:"level"`
	} `toml:"log"`
	Metrics struct {
		Listen string `toml:"listen"`
	} `toml:"metrics"`
}

type rawConn struct {
	Address      string `toml:"address"`
	TLS          string `toml:"tls"`
	Username     string `toml:"username"`
	Password     string `toml:"password"`
	PasswordEnv  string `toml:"password_env"`
	PasswordFile string `toml:"password_file"`
	Auth         string `toml:"auth"`
	TokenFile    string `toml:"token_file"`
	TokenCommand string `toml:"token_command"`
	// AllowPlaintext permits tls = "none" towards a host that is not this
	// machine: an explicit opt-out, warned about in the log.
	AllowPlaintext bool `toml:"allow_plaintext"`
}

type rawWorkshop struct {
	Number   int       `toml:"number"`
	Name     *string   `toml:"name"`
	Capacity *int      `toml:"capacity"`
	Aliases  *[]string `toml:"aliases"`
	Topics   *[]string `toml:"topics"`
}

type duration struct{ time.Duration }

func (d *duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("%q is not a duration such as \"30s\" or \"5m\"", b)
	}
	d.Duration = v
	return nil
}

// Default returns the embedded ABC 2020 configuration.
func Default() *Config {
	c, err := parse("", defaultTOML)
	if err != nil {
		panic("embedded default config: " + err.Error())
	}
	return c
}

// Load reads a config file over the embedded default. Errors name the file,
// the key and what is wrong.
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := parse(path, string(b))
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return c, nil
}

func parse(path, text string) (*Config, error) {
	var raw rawConfig
	if _, err := toml.Decode(defaultTOML, &raw); err != nil {
		return nil, fmt.Errorf("embedded default: %w", err)
	}
	base := raw.Workshop
	defaultName := raw.Event.Name
	raw.Workshop = nil
	if path != "" {
		md, err := toml.Decode(text, &raw)
		if err != nil {
			var perr toml.ParseError
			if errors.As(err, &perr) && perr.LastKey != "" {
				return nil, fmt.Errorf("line %d: %s: %s", perr.Position.Line, perr.LastKey, perr.Message)
			}
			if errors.As(err, &perr) {
				return nil, fmt.Errorf("line %d: %s", perr.Position.Line, perr.Message)
			}
			return nil, err
		}
		if undecoded := md.Undecoded(); len(undecoded) > 0 {
			return nil, fmt.Errorf("%s: unknown key", undecoded[0])
		}
	}
	if raw.Event.Name != defaultName {
		// Another event has workshops of its own; the default's would linger.
		base = nil
	}
	workshops, err := mergeWorkshops(base, raw.Workshop)
	if err != nil {
		return nil, err
	}
	raw.Workshop = workshops
	c, err := raw.build()
	if err != nil {
		return nil, err
	}
	c.File = path
	return c, nil
}

// mergeWorkshops overlays file entries on the default ones by number. A number
// the default lacks adds a workshop, which then needs a name. A file for
// another event (its own event.name) brings its own list: base is nil then.
func mergeWorkshops(base, file []rawWorkshop) ([]rawWorkshop, error) {
	out := slices.Clone(base)
	for _, w := range file {
		if w.Number < 1 {
			return nil, fieldError("workshop.number", "each [[workshop]] needs a number from 1")
		}
		i := slices.IndexFunc(out, func(b rawWorkshop) bool { return b.Number == w.Number })
		if i < 0 {
			out = append(out, w)
			continue
		}
		if w.Name != nil {
			out[i].Name = w.Name
		}
		if w.Capacity != nil {
			out[i].Capacity = w.Capacity
		}
		if w.Aliases != nil {
			out[i].Aliases = w.Aliases
		}
		if w.Topics != nil {
			out[i].Topics = w.Topics
		}
	}
	slices.SortFunc(out, func(a, b rawWorkshop) int { return a.Number - b.Number })
	return out, nil
}

func (raw *rawConfig) build() (*Config, error) {
	e := raw.Event
	c := &Config{
		Event: Event{
			Name: e.Name, Organiser: e.Organiser, Starts: e.Starts, Ends: e.Ends,
			Deadline: e.Deadline, Address: strings.ToLower(e.Address), Phone: e.Phone,
			Place: e.Place, Dinner: e.Dinner,
		},
		Store:   StoreConfig{Path: raw.Store.Path},
		Replies: RepliesConfig(raw.Replies),
		Admin:   AdminConfig{Socket: raw.Admin.Socket},
		Log:     LogConfig{Level: raw.Log.Level},
		Metrics: MetricsConfig{Listen: raw.Metrics.Listen},
	}
	for _, w := range raw.Workshop {
		ws := Workshop{Number: w.Number, Capacity: e.Capacity}
		if w.Name != nil {
			ws.Name = *w.Name
		}
		if w.Capacity != nil {
			ws.Capacity = *w.Capacity
		}
		if w.Aliases != nil {
			ws.Aliases = *w.Aliases
		}
		if w.Topics != nil {
			ws.Topics = *w.Topics
		}
		c.Event.Workshops = append(c.Event.Workshops, ws)
	}
	if err := c.Event.Validate(); err != nil {
		return nil, err
	}
	var err error
	im := raw.IMAP
	if c.IMAP.Password, err = im.secret("imap"); err != nil {
		return nil, err
	}
	if c.IMAP.TLS, err = tlsMode("imap.tls", im.TLS); err != nil {
		return nil, err
	}
	c.IMAP.Address, c.IMAP.Username, c.IMAP.Mailbox = im.Address, im.Username, im.Mailbox
	c.IMAP.AllowPlaintext = im.AllowPlaintext
	c.IMAP.Idle, c.IMAP.PollInterval, c.IMAP.BatchSize, c.IMAP.MarkSeen = im.Idle, im.PollInterval.Duration, im.BatchSize, im.MarkSeen
	c.IMAP.Folders = Folders{Enabled: im.Folders, Registered: im.FolderRegistered, Review: im.FolderReview, Ignored: im.FolderIgnored}
	if c.IMAP.Auth, c.IMAP.Token, err = im.auth("imap"); err != nil {
		return nil, err
	}
	sm := raw.SMTP
	if c.SMTP.Password, err = sm.secret("smtp"); err != nil {
		return nil, err
	}
	if c.SMTP.TLS, err = tlsMode("smtp.tls", sm.TLS); err != nil {
		return nil, err
	}
	c.SMTP.Address, c.SMTP.Username, c.SMTP.From = sm.Address, sm.Username, sm.From
	c.SMTP.AllowPlaintext = sm.AllowPlaintext
	if c.SMTP.Auth, c.SMTP.Token, err = sm.auth("smtp"); err != nil {
		return nil, err
	}
	return c, c.validate()
}

func (r rawConn) secret(section string) (Secret, error) {
	if r.Password != "" {
		return Secret{}, fieldError(section+".password", "secrets are not read from the config file; use password_env or password_file")
	}
	return Secret{Env: r.PasswordEnv, File: r.PasswordFile}, nil
}

// auth reads the login mode. oauth2 needs exactly one token source and a
// username, since the token is sent for that account.
func (r rawConn) auth(section string) (AuthMode, Token, error) {
	t := Token{File: r.TokenFile, Command: strings.TrimSpace(r.TokenCommand)}
	switch m := AuthMode(strings.ToLower(r.Auth)); m {
	case AuthPassword:
		return m, Token{}, nil
	case AuthOAuth2:
		if (t.File == "") == (t.Command == "") {
			return "", t, fieldError(section+".token_file", "auth = \"oauth2\" needs either token_file or token_command")
		}
		if r.Username == "" {
			return "", t, fieldError(section+".username", "auth = \"oauth2\" needs the account's username")
		}
		return m, t, nil
	}
	return "", t, fieldError(section+".auth", fmt.Sprintf("%q is not one of password, oauth2", r.Auth))
}

func tlsMode(key, s string) (TLSMode, error) {
	switch m := TLSMode(strings.ToLower(s)); m {
	case TLSImplicit, TLSStartTLS, TLSNone:
		return m, nil
	}
	return "", fieldError(key, fmt.Sprintf("%q is not one of implicit, starttls, none", s))
}

func (c *Config) validate() error {
	switch {
	case c.IMAP.Mailbox == "":
		return fieldError("imap.mailbox", "is empty")
	case c.IMAP.PollInterval < time.Second:
		return fieldError("imap.poll_interval", "must be at least 1s")
	case c.IMAP.BatchSize < 1:
		return fieldError("imap.batch_size", "must be at least 1")
	case c.Store.Path == "":
		return fieldError("store.path", "is empty")
	case c.Replies.MaxPerDay < 1:
		return fieldError("replies.max_per_day", "must be at least 1")
	}
	if err := c.IMAP.Folders.validate(c.IMAP.Mailbox); err != nil {
		return err
	}
	if c.Metrics.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Metrics.Listen); err != nil {
			return fieldError("metrics.listen", fmt.Sprintf("%q is not host:port", c.Metrics.Listen))
		}
	}
	if _, err := mail.ParseAddress(c.SMTP.From); err != nil {
		return fieldError("smtp.from", fmt.Sprintf("%q is not an address: %v", c.SMTP.From, err))
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return fieldError("log.level", fmt.Sprintf("%q is not one of debug, info, warn, error", c.Log.Level))
	}
	return nil
}

// validate needs three distinct names, none of them the followed mailbox,
// when folders are on.
func (f Folders) validate(mailbox string) error {
	if !f.Enabled {
		return nil
	}
	seen := map[string]string{strings.ToUpper(mailbox): "imap.mailbox"}
	for _, n := range []struct{ key, name string }{
		{"imap.folder_registered", f.Registered}, {"imap.folder_review", f.Review}, {"imap.folder_ignored", f.Ignored},
	} {
		if strings.TrimSpace(n.name) == "" {
			return fieldError(n.key, "is empty")
		}
		if other, ok := seen[strings.ToUpper(n.name)]; ok {
			return fieldError(n.key, fmt.Sprintf("%q is also %s", n.name, other))
		}
		seen[strings.ToUpper(n.name)] = n.key
	}
	return nil
}

// CheckConnections reports what keeps the daemon from connecting: a missing
// address, or plaintext towards a host that is not loopback without the
// explicit opt-out.
func (c *Config) CheckConnections() error {
	if _, err := CheckEndpoint("imap", c.IMAP.Address, c.IMAP.TLS, c.IMAP.AllowPlaintext); err != nil {
		return err
	}
	_, err := CheckEndpoint("smtp", c.SMTP.Address, c.SMTP.TLS, c.SMTP.AllowPlaintext)
	return err
}

// CheckEndpoint checks one server's address and TLS mode (the config
// section key: "imap" or "smtp") and returns its host.
func CheckEndpoint(key, addr string, mode TLSMode, allowPlaintext bool) (host string, err error) {
	if addr == "" {
		return "", fieldError(key+".address", "is empty: set host:port")
	}
	host, _, err = net.SplitHostPort(addr)
	if err != nil {
		return "", fieldError(key+".address", fmt.Sprintf("%q is not host:port", addr))
	}
	switch mode {
	case TLSImplicit, TLSStartTLS:
	case TLSNone:
		if !IsLoopback(host) && !allowPlaintext {
			return "", fieldError(key+".tls", fmt.Sprintf("\"none\" is allowed only for loopback addresses, not %s (or set %s.allow_plaintext = true)", host, key))
		}
	default:
		return "", fieldError(key+".tls", fmt.Sprintf("%q is not one of implicit, starttls, none", mode))
	}
	return host, nil
}

// Plaintext lists the sections that send passwords and mail unencrypted to
// another machine, by the explicit opt-out; the daemon warns of each.
func (c *Config) Plaintext() []string {
	var out []string
	for _, s := range []struct {
		key, addr string
		mode      TLSMode
	}{{"imap", c.IMAP.Address, c.IMAP.TLS}, {"smtp", c.SMTP.Address, c.SMTP.TLS}} {
		if host, _, err := net.SplitHostPort(s.addr); err == nil && s.mode == TLSNone && !IsLoopback(host) {
			out = append(out, s.key+" "+s.addr)
		}
	}
	return out
}

// IsLoopback reports whether host names this machine.
func IsLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// FieldError is a config problem at one key.
type FieldError struct {
	Key     string
	Problem string
}

func (e *FieldError) Error() string { return e.Key + ": " + e.Problem }

func fieldError(key, problem string) error { return &FieldError{Key: key, Problem: problem} }
