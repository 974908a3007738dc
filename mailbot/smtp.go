package mailbot

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"

	"tilmeld"
	"tilmeld/store"
)

// LoopHeader is the header every mail the bot sends carries, with the
// event's address as value. Mail that comes back with it is the bot's own
// and is never answered.
const LoopHeader = "X-Tilmeld-Loop"

// smtpTimeout bounds the dial and each exchange with the server.
const smtpTimeout = 30 * time.Second

// errBadMail marks an outbox record that can never be sent as it is.
var errBadMail = errors.New("cannot be sent")

// buildMessage turns an outbox record into a mail. Anything in it that
// could add a header or a recipient is refused (errBadMail) or, for free
// text such as the subject, flattened to one line.
func (s *Sender) buildMessage(m *store.OutMail) (*gomail.Msg, error) {
	if err := checkRecipient(m.ToName, m.To); err != nil {
		return nil, err
	}
	if !validMsgID(m.MessageID) {
		return nil, fmt.Errorf("%w: Message-ID %q is not a plain id", errBadMail, m.MessageID)
	}
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	if err := msg.From(s.Config.SMTP.From); err != nil {
		return nil, fmt.Errorf("smtp.from: %w", err)
	}
	msg.ToMailAddress(&mail.Address{Name: m.ToName, Address: m.To})
	msg.Subject(oneLine(m.Subject))
	msg.SetMessageIDWithValue(m.MessageID)
	date := m.Created
	if date.IsZero() {
		date = s.DB.Now()
	}
	msg.SetDateWithValue(date)
	s.setThreadHeaders(msg, m)
	msg.SetGenHeader(gomail.HeaderXAutoResponseSuppress, "All")
	msg.SetGenHeader(LoopHeader, s.Config.Event.Address)
	msg.SetBodyString(gomail.TypeTextPlain, m.Body)
	for _, a := range m.Attachments {
		if err := attach(msg, a); err != nil {
			return nil, err
		}
	}
	return msg, nil
}

// setThreadHeaders sets In-Reply-To and References, which carry their ids
// in angle brackets, and Auto-Submitted (RFC 3834): a reply to a mail is
// "auto-replied", a mail of the bot's own motion "auto-generated".
func (s *Sender) setThreadHeaders(msg *gomail.Msg, m *store.OutMail) {
	auto := "auto-generated"
	if validMsgID(m.InReplyTo) {
		msg.SetGenHeader(gomail.HeaderInReplyTo, "<"+m.InReplyTo+">")
		auto = "auto-replied"
	}
	var refs []string
	for _, id := range m.References {
		if validMsgID(id) {
			refs = append(refs, "<"+id+">")
		}
	}
	if len(refs) > 0 {
		msg.SetGenHeader(gomail.HeaderReferences, strings.Join(refs, " "))
	}
	msg.SetGenHeader("Auto-Submitted", auto)
}

func attach(msg *gomail.Msg, a store.Attachment) error {
	ct := a.ContentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	if hasControl(a.Name) || hasControl(ct) {
		return fmt.Errorf("%w: attachment %q has a line break in its name or type", errBadMail, a.Name)
	}
	return msg.AttachReader(a.Name, bytes.NewReader(a.Data), gomail.WithFileContentType(gomail.ContentType(ct)))
}

// checkRecipient accepts one plain address and a display name, neither
// holding a line break or other control character.
func checkRecipient(name, addr string) error {
	if hasControl(name) || hasControl(addr) {
		return fmt.Errorf("%w: recipient %q holds a line break or control character", errBadMail, addr)
	}
	a, err := mail.ParseAddress(addr)
	if err != nil || a.Address != addr || a.Name != "" {
		return fmt.Errorf("%w: recipient %q is not one plain address", errBadMail, addr)
	}
	return nil
}

func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f })
}

// oneLine replaces control characters, line breaks among them, by spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}

// validMsgID accepts an id as it goes between angle brackets: one word,
// with an @, and nothing that could end the header or the brackets.
func validMsgID(id string) bool {
	return id != "" && len(id) < 900 && strings.Contains(id, "@") &&
		!strings.ContainsFunc(id, func(r rune) bool { return r <= ' ' || r == 0x7f || r == '<' || r == '>' })
}

// dialSMTP connects to cfg.Address with its TLS mode and logs in when a
// username is set. The caller closes the client.
func dialSMTP(ctx context.Context, cfg *tilmeld.SMTPConfig, host string, base *tls.Config) (*gomail.Client, error) {
	_, portStr, _ := net.SplitHostPort(cfg.Address)
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("smtp.address %q: bad port", cfg.Address)
	}
	var conn net.Conn
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dialTLSMode(ctx, network, addr, cfg.TLS, tlsConfigFor(base, host))
		conn = c
		return c, err
	}
	// WithoutNoop: go-mail otherwise asks NOOP before every mail, one round
	// trip of six per mail sent. A dead connection fails MAIL FROM the same
	// way, and the mail is retried alike. WithoutRset: nor RSET after each
	// accepted mail, one of the five left; the server's answer to the
	// mail's final dot already ends the transaction (RFC 5321 4.1.1.4).
	// After a refused MAIL FROM or RCPT TO go-mail still sends RSET.
	opts := []gomail.Option{gomail.WithPort(port), gomail.WithTimeout(smtpTimeout),
		gomail.WithDialContextFunc(dial), gomail.WithTLSConfig(tlsConfigFor(base, host)),
		gomail.WithoutNoop(), gomail.WithoutRset()}
	opts = append(opts, tlsPolicy(cfg.TLS))
	auth, err := smtpAuthOptions(ctx, cfg)
	if err != nil {
		return nil, err
	}
	opts = append(opts, auth...)
	c, err := gomail.NewClient(host, opts...)
	if err != nil {
		return nil, fmt.Errorf("smtp client: %w", err)
	}
	if err := c.DialWithContext(ctx); err != nil {
		// go-mail leaves the connection open when the greeting, STARTTLS
		// or AUTH fail.
		if conn != nil {
			conn.Close()
		}
		return nil, fmt.Errorf("smtp connect: %w", err)
	}
	return c, nil
}

// dialTLSMode dials, wrapping the connection in TLS at once for implicit
// TLS (submissions, port 465). go-mail skips its own TLS dialer when given
// a dial function, and this one lets a failed login be closed.
func dialTLSMode(ctx context.Context, network, addr string, mode tilmeld.TLSMode, tc *tls.Config) (net.Conn, error) {
	d := &net.Dialer{Timeout: smtpTimeout}
	if mode == tilmeld.TLSImplicit {
		return (&tls.Dialer{NetDialer: d, Config: tc}).DialContext(ctx, network, addr)
	}
	return d.DialContext(ctx, network, addr)
}

func tlsPolicy(mode tilmeld.TLSMode) gomail.Option {
	switch mode {
	case tilmeld.TLSStartTLS:
		return gomail.WithTLSPolicy(gomail.TLSMandatory)
	default:
		// Implicit TLS is already on; none is loopback only.
		return gomail.WithTLSPolicy(gomail.NoTLS)
	}
}

// serverAnswer returns the server's reply in err ("550 5.1.1 No such
// user"), or the whole error when there is none.
func serverAnswer(err error) string {
	s := err.Error()
	code := smtpReply(err)
	if code == 0 {
		return s
	}
	if i := strings.Index(s, strconv.Itoa(code)); i >= 0 {
		s = s[i:]
	}
	if i := strings.Index(s, ", affected "); i >= 0 {
		s = s[:i]
	}
	return strings.ReplaceAll(s, `"`, "")
}

// smtpReply returns the server's reply code in err, 0 when the error is
// not a reply (connection lost, timeout).
func smtpReply(err error) int {
	var se *gomail.SendError
	if errors.As(err, &se) {
		return se.ErrorCode()
	}
	return 0
}
