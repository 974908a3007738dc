package mailtest

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"text/template"
	"time"
)

// RequireDovecotEnv names the environment variable that, set to 1, turns a
// missing Dovecot from a skipped test into a failed one (CI sets it).
const RequireDovecotEnv = "TILMELD_REQUIRE_DOVECOT"

// ErrNoDovecot is returned when the dovecot binary is not installed.
var ErrNoDovecot = errors.New("dovecot is not installed (Debian: apt-get install dovecot-imapd)")

// Dovecot is a Dovecot IMAP server run from its own temporary directory,
// listening on 127.0.0.1 without TLS, with one passwd-file user and
// maildir storage.
type Dovecot struct {
	Account
	// Dir holds the configuration, the maildirs, the state and the log.
	Dir string
	// Version is what `dovecot --version` says.
	Version string

	cmd    *exec.Cmd
	exited chan struct{}
}

// DovecotPath returns the dovecot binary, looked up in PATH and in
// /usr/sbin, which a non-root PATH often lacks.
func DovecotPath() (string, error) {
	if p, err := exec.LookPath("dovecot"); err == nil {
		return p, nil
	}
	for _, p := range []string{"/usr/sbin/dovecot", "/usr/local/sbin/dovecot"} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", ErrNoDovecot
}

// StartDovecot starts Dovecot for username/password on a free port and
// waits until a login succeeds. Close stops it and removes its directory.
func StartDovecot(username, password string) (*Dovecot, error) {
	bin, err := DovecotPath()
	if err != nil {
		return nil, err
	}
	version, err := dovecotVersion(bin)
	if err != nil {
		return nil, err
	}
	var lastErr error
	for range 3 { // the free port can be taken before Dovecot binds it
		d, err := startDovecot(bin, version, username, password)
		if err == nil {
			return d, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

// MustDovecot starts Dovecot with user "bot@example.test", password
// "secret", and stops it when the test ends. Without Dovecot the test is
// skipped, or fails when TILMELD_REQUIRE_DOVECOT=1.
func MustDovecot(tb TB) *Dovecot {
	tb.Helper()
	d, err := StartDovecot("bot@example.test", "secret")
	switch {
	case errors.Is(err, ErrNoDovecot) && os.Getenv(RequireDovecotEnv) != "1":
		tb.Skipf("skipping: %v; set %s=1 to make this a failure", err, RequireDovecotEnv)
	case err != nil:
		tb.Fatalf("start dovecot: %v", err)
	}
	tb.Cleanup(func() {
		if err := d.Close(); err != nil {
			tb.Logf("stop dovecot: %v", err)
		}
	})
	return d
}

func dovecotVersion(bin string) (string, error) {
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		return "", fmt.Errorf("dovecot --version: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

func startDovecot(bin, version, username, password string) (*Dovecot, error) {
	dir, err := tempDir()
	if err != nil {
		return nil, err
	}
	d := &Dovecot{Account: Account{Username: username, Password: password}, Dir: dir, Version: version}
	port, err := freePort()
	if err == nil {
		d.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		err = d.writeConfig(port)
	}
	if err == nil {
		err = d.run(bin)
	}
	if err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// tempDir prefers memory (/dev/shm): maildir writes a file per mail, and
// on a disk thousands of them take seconds.
func tempDir() (string, error) {
	if dir, err := os.MkdirTemp("/dev/shm", "tilmeld-dovecot-"); err == nil {
		return dir, nil
	}
	return os.MkdirTemp("", "tilmeld-dovecot-")
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// dovecotUsers are the system users Dovecot's processes run as.
type dovecotUsers struct {
	Internal, Login string
	// UID and GID own the maildirs.
	UID, GID int
}

// pickUsers keeps everything as the current user when not root. As root,
// Dovecot refuses to run login and mail processes as root, so they run as
// Debian's dovecot/dovenull users, or nobody.
func pickUsers() (dovecotUsers, error) {
	if os.Geteuid() != 0 {
		u, err := user.Current()
		if err != nil {
			return dovecotUsers{}, err
		}
		return dovecotUsers{Internal: u.Username, Login: u.Username, UID: os.Getuid(), GID: os.Getgid()}, nil
	}
	nobody, err := user.Lookup("nobody")
	if err != nil {
		return dovecotUsers{}, fmt.Errorf("no unprivileged user for dovecot: %w", err)
	}
	uid, _ := strconv.Atoi(nobody.Uid)
	gid, _ := strconv.Atoi(nobody.Gid)
	return dovecotUsers{Internal: firstUser("dovecot", "nobody"), Login: firstUser("dovenull", "nobody"), UID: uid, GID: gid}, nil
}

func firstUser(names ...string) string {
	for _, n := range names {
		if _, err := user.Lookup(n); err == nil {
			return n
		}
	}
	return names[len(names)-1]
}

func (d *Dovecot) writeConfig(port int) error {
	users, err := pickUsers()
	if err != nil {
		return err
	}
	mail := filepath.Join(d.Dir, "mail")
	for _, sub := range []string{"run", "state", "mail"} {
		if err := os.Mkdir(filepath.Join(d.Dir, sub), 0o755); err != nil {
			return err
		}
	}
	// Mail processes run unprivileged and must reach their maildir.
	if err := os.Chmod(d.Dir, 0o755); err != nil {
		return err
	}
	if err := os.Chown(mail, users.UID, users.GID); err != nil {
		return err
	}
	passwd := fmt.Sprintf("%s:{PLAIN}%s::::::\n", d.Username, d.Password)
	if err := os.WriteFile(filepath.Join(d.Dir, "passwd"), []byte(passwd), 0o644); err != nil {
		return err
	}
	var b strings.Builder
	tmpl := dovecot23
	if dovecot24OrLater(d.Version) {
		tmpl = dovecot24
	}
	err = tmpl.Execute(&b, map[string]any{"Dir": d.Dir, "Port": port, "Users": users, "Mail": mail})
	if err != nil {
		return err
	}
	return os.WriteFile(d.conf(), []byte(b.String()), 0o644)
}

func (d *Dovecot) conf() string    { return filepath.Join(d.Dir, "dovecot.conf") }
func (d *Dovecot) logPath() string { return filepath.Join(d.Dir, "dovecot.log") }

var versionRE = regexp.MustCompile(`^(\d+)\.(\d+)`)

func dovecot24OrLater(version string) bool {
	m := versionRE.FindStringSubmatch(version)
	if m == nil {
		return false
	}
	major, _ := strconv.Atoi(m[1])
	minor, _ := strconv.Atoi(m[2])
	return major > 2 || major == 2 && minor >= 4
}

// run starts `dovecot -F` in its own process group and waits until a
// login works: the auth process starts after the listener.
func (d *Dovecot) run(bin string) error {
	logf, err := os.Create(filepath.Join(d.Dir, "stderr.log"))
	if err != nil {
		return err
	}
	defer logf.Close()
	d.cmd = exec.Command(bin, "-F", "-c", d.conf())
	d.cmd.Dir = d.Dir
	d.cmd.Stdout, d.cmd.Stderr = logf, logf
	d.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := d.cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", bin, err)
	}
	d.exited = make(chan struct{})
	go func() {
		d.cmd.Wait()
		close(d.exited)
	}()
	return d.waitReady(15 * time.Second)
}

func (d *Dovecot) waitReady(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		c, err := d.Login()
		if err == nil {
			c.Logout().Wait()
			c.Close()
			return nil
		}
		select {
		case <-d.exited:
			return fmt.Errorf("dovecot exited: %s", d.logTail())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("dovecot not ready after %v: %v; log: %s", limit, err, d.logTail())
		}
	}
}

// logTail returns the end of Dovecot's logs, for error messages.
func (d *Dovecot) logTail() string {
	var b []byte
	for _, p := range []string{filepath.Join(d.Dir, "stderr.log"), d.logPath()} {
		data, _ := os.ReadFile(p)
		b = append(b, data...)
	}
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return strings.TrimSpace(string(b))
}

// Deliver puts raws straight into the user's INBOX maildir, as a local
// delivery agent would: much faster than APPEND for thousands of mails.
// Dovecot gives them UIDs, in order, when a client next looks.
func (d *Dovecot) Deliver(raws [][]byte) error {
	users, err := pickUsers()
	if err != nil {
		return err
	}
	inbox := filepath.Join(d.Dir, "mail", d.Username)
	for _, sub := range []string{"", "cur", "new", "tmp"} {
		p := filepath.Join(inbox, sub)
		if err := os.MkdirAll(p, 0o700); err != nil {
			return err
		}
		if err := os.Chown(p, users.UID, users.GID); err != nil {
			return err
		}
	}
	stamp := time.Now().Unix()
	for _, raw := range raws {
		// Written and owned in tmp/, then renamed into new/, as the maildir
		// rules say: Dovecot never sees a file half-made or changing owner.
		base := fmt.Sprintf("%d.M%dP%d.mailtest", stamp, delivered.Add(1), os.Getpid())
		tmp := filepath.Join(inbox, "tmp", base)
		if err := os.WriteFile(tmp, raw, 0o600); err != nil {
			return err
		}
		if err := os.Chown(tmp, users.UID, users.GID); err != nil {
			return err
		}
		if err := os.Rename(tmp, filepath.Join(inbox, "new", base)); err != nil {
			return err
		}
	}
	return nil
}

// delivered numbers delivered files, so that two calls within one second
// never reuse a name.
var delivered atomic.Int64

// Log returns Dovecot's log so far.
func (d *Dovecot) Log() string {
	b, _ := os.ReadFile(d.logPath())
	return string(b)
}

// Close stops Dovecot (SIGTERM, then SIGKILL to its process group after
// 5s) and removes its directory.
func (d *Dovecot) Close() error {
	var err error
	if d.cmd != nil && d.cmd.Process != nil {
		d.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-d.exited:
		case <-time.After(5 * time.Second):
			syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
			<-d.exited
			err = errors.New("dovecot did not stop on SIGTERM; killed")
		}
	}
	if rmErr := os.RemoveAll(d.Dir); err == nil {
		err = rmErr
	}
	return err
}

// dovecot23 is the configuration for Dovecot 2.3: no TLS, loopback only,
// plaintext login allowed, nothing read from /etc.
var dovecot23 = template.Must(template.New("2.3").Parse(`
base_dir = {{.Dir}}/run
state_dir = {{.Dir}}/state
log_path = {{.Dir}}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {{.Users.Internal}}
default_login_user = {{.Users.Login}}
first_valid_uid = {{.Users.UID}}
first_valid_gid = {{.Users.GID}}
mail_location = maildir:{{.Mail}}/%u
mail_fsync = never
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {{.Dir}}/passwd
}
userdb {
  driver = static
  args = uid={{.Users.UID}} gid={{.Users.GID}} home={{.Mail}}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = {{.Port}}
  }
  inet_listener imaps {
    port = 0
  }
}
`))

// dovecot24 is the same for Dovecot 2.4, whose setting names changed.
var dovecot24 = template.Must(template.New("2.4").Parse(`dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
base_dir = {{.Dir}}/run
state_dir = {{.Dir}}/state
log_path = {{.Dir}}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
auth_allow_cleartext = yes
auth_mechanisms = plain login
default_internal_user = {{.Users.Internal}}
default_login_user = {{.Users.Login}}
first_valid_uid = {{.Users.UID}}
first_valid_gid = {{.Users.GID}}
mail_driver = maildir
mail_fsync = never
mail_home = {{.Mail}}/%{user}
mail_path = {{.Mail}}/%{user}
mail_uid = {{.Users.UID}}
mail_gid = {{.Users.GID}}
namespace inbox {
  inbox = yes
  separator = /
}
passdb passwd-file {
  passwd_file_path = {{.Dir}}/passwd
  default_password_scheme = PLAIN
}
userdb static {
  fields {
    uid = {{.Users.UID}}
    gid = {{.Users.GID}}
    home = {{.Mail}}/%{user}
  }
}
service imap-login {
  inet_listener imap {
    listen = 127.0.0.1
    port = {{.Port}}
  }
  inet_listener imaps {
    port = 0
  }
}
`))
