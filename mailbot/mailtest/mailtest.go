// Package mailtest starts real mail servers for tests and the demo: an
// in-process IMAP server (go-imap's imapmemserver), an in-process SMTP server
// that records what it receives (go-smtp), Dovecot run from a temporary
// directory, and a TCP proxy whose connections can be cut.
//
// Every server listens on 127.0.0.1 on a free port. The New/Start functions
// return errors, for the demo; the Must variants take a TB (a *testing.T
// fits) and stop the server when the test ends.
package mailtest

// TB is the part of testing.TB the helpers use, so that this package does
// not pull the testing package into the binary.
type TB interface {
	Helper()
	Cleanup(func())
	Fatalf(format string, args ...any)
	Skipf(format string, args ...any)
	Logf(format string, args ...any)
	TempDir() string
}
