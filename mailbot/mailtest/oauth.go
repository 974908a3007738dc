package mailtest

// OAuth2 logins for the test servers: go-sasl's OAUTHBEARER server, and
// the XOAUTH2 mechanism (Google's and Microsoft's older form, which go-sasl
// lacks) plugged into the real go-imap and go-smtp servers.

import (
	"bytes"
	"errors"
	"strings"
	"sync"

	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-sasl"
)

// OAuth mechanism names.
const (
	XOAuth2     = "XOAUTH2"
	OAuthBearer = sasl.OAuthBearer
)

var errBadToken = errors.New("invalid token")

// oauthAccount accepts one user with whatever token is current.
type oauthAccount struct {
	mu    sync.Mutex
	user  string
	token string
	mechs []string
}

func (a *oauthAccount) set(user, token string, mechs []string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(mechs) == 0 {
		mechs = []string{XOAuth2, OAuthBearer}
	}
	a.user, a.token, a.mechs = user, token, mechs
}

func (a *oauthAccount) mechanisms() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.mechs...)
}

func (a *oauthAccount) valid(user, token string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.token != "" && user == a.user && token == a.token
}

// server returns the SASL server for mech; login runs once the token
// was accepted.
func (a *oauthAccount) server(mech string, login func(user string) error) (sasl.Server, error) {
	check := func(user, token string) error {
		if !a.valid(user, token) {
			return errBadToken
		}
		return login(user)
	}
	switch strings.ToUpper(mech) {
	case XOAuth2:
		return &xoauth2Server{check: check}, nil
	case OAuthBearer:
		return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			if check(o.Username, o.Token) != nil {
				return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}
			}
			return nil
		}), nil
	}
	return nil, errors.New("unsupported mechanism")
}

// xoauth2Server reads "user=U^Aauth=Bearer T^A^A". A refused token gets
// the JSON error challenge the providers send, then the refusal once the
// client has answered it.
type xoauth2Server struct {
	check  func(user, token string) error
	failed error
}

func (s *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if s.failed != nil {
		return nil, true, s.failed
	}
	if resp == nil {
		return []byte{}, false, nil
	}
	var user, token string
	for _, f := range bytes.Split(resp, []byte{1}) {
		k, v, _ := strings.Cut(string(f), "=")
		switch {
		case k == "user":
			user = v
		case k == "auth" && strings.HasPrefix(strings.ToLower(v), "bearer "):
			token = v[len("bearer "):]
		}
	}
	if err := s.check(user, token); err != nil {
		s.failed = err
		return []byte(`{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`), false, nil
	}
	return nil, true, nil
}

// oauthIMAPSession adds the OAuth mechanisms to a memserver session,
// keeping its MOVE and NAMESPACE.
type oauthIMAPSession struct {
	imapserver.SessionIMAP4rev2
	acct     *oauthAccount
	password string
}

func (s *oauthIMAPSession) AuthenticateMechanisms() []string {
	return append([]string{"PLAIN"}, s.acct.mechanisms()...)
}

func (s *oauthIMAPSession) Authenticate(mech string) (sasl.Server, error) {
	if strings.EqualFold(mech, "PLAIN") {
		return sasl.NewPlainServer(func(_, user, pass string) error { return s.Login(user, pass) }), nil
	}
	return s.acct.server(mech, func(user string) error { return s.Login(user, s.password) })
}

// AcceptOAuth makes the server accept token for its user by AUTHENTICATE
// with mechs (default: XOAUTH2 and OAUTHBEARER). Call it again to rotate
// the token; connections logged in stay so.
func (s *IMAPServer) AcceptOAuth(token string, mechs ...string) {
	s.oauth.set(s.Username, token, mechs)
}
