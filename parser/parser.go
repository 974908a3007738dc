// Package parser reads one raw registration mail into what it means: intent,
// contact, attendees with their workshop choices and diets, and how sure it is.
// It is pure: bytes in, a value out; no I/O, no clock. Any input, however
// broken, gives a Result (a broken mail is a review item), never a panic.
package parser

import (
	"time"

	"tilmeld"
)

// Result is the parser's reading of one mail.
type Result struct {
	Intent    tilmeld.Intent
	Status    tilmeld.Status
	Missing   []string
	Question  bool
	Contact   tilmeld.Contact
	Attendees []tilmeld.Attendee
	// Confidence is 0..1; Status is complete only when the reading is sure.
	Confidence float64
	// Reasons explain the reading in sentences a staff member can follow.
	Reasons []string
	// Language of the sender's own words: "da" or "en".
	Language string

	// Mail is the decoded message the reading was made from.
	Mail *Mail

	// own and fwd are the reader's texts of Mail.Own and of the forwarded
	// mail it read instead, nil when not read: the gate reads the same
	// words and takes them over rather than fold them again. It clears them.
	own, fwd *text
	// read is the mail the reader read where it is not Mail: Mail without
	// the names its writer took back (dropTakenBackNames), for the gate.
	read *Mail
	// intro is the full name the writer introduced herself by where the
	// From line's name is not it (introducedName), for the gate.
	intro string
	// writer is the name the writer attends by where it is not the From
	// line's ("Mvh Sara" from Søren Holm's account), for the gate.
	writer string
}

// Mail is a decoded message: its headers and the sender's own words, with
// quotes, signatures and attachments set apart.
type Mail struct {
	MessageID  string // without angle brackets
	InReplyTo  []string
	References []string
	Subject    string
	FromName   string
	FromAddr   string   // lower-cased
	ReplyTo    string   // lower-cased, "" when absent
	To         []string // lower-cased addresses of To
	Cc         []string // lower-cased addresses of Cc
	Date       time.Time

	// Body is the whole decoded text (HTML already turned into text) before
	// quotes and signatures are cut; Own, Signature and Quoted come from it.
	Body string

	// Own is the sender's own new text (quotes, quote headers and signature cut).
	Own string
	// Signature is the cut signature block, a source for the sender's name and phone.
	Signature string
	// Quoted is the cut quoted text, kept for display only: nothing in it is taken as the sender's.
	Quoted string
	// Forwarded is the text of forwarded mail (an inline "VS:/Fwd:" block with its
	// header lines, or an attached message/rfc822), with that mail's own quotes
	// cut. A forward can carry a registration, so the reader may take it in.
	Forwarded string
	// Attachments lists attachments that were skipped.
	Attachments []Attachment
	// Auto is why the mail is automatic (auto-reply, bounce, list), "" when it is not.
	Auto AutoKind
	// AutoReason says what showed it ("header Auto-Submitted: auto-replied").
	AutoReason string
	// Problems are decoding troubles (unknown charset, truncated MIME) worth a reviewer's eye.
	Problems []string
}

// Attachment is an attachment the parser skipped.
type Attachment struct {
	Name string
	Type string
	Size int64 // decoded bytes
	// Inline marks a part shown inside the mail (a logo in a signature)
	// rather than a file the sender attached.
	Inline bool
}

// AutoKind classifies automatically generated mail.
type AutoKind string

// The kinds of automatic mail. AutoMaybe means signs point both ways: review it.
const (
	AutoNone   AutoKind = ""
	AutoReply  AutoKind = "auto_reply"
	AutoBounce AutoKind = "bounce"
	AutoList   AutoKind = "list"
	AutoMaybe  AutoKind = "maybe"
)

// Parse reads raw mail for the event ev. The gate then holds back a
// complete reading that shows signs the reader did not account for.
func Parse(raw []byte, ev *tilmeld.Event) *Result {
	m := ExtractFor(raw, ev)
	r := Read(m, ev)
	gate(r, ev)
	return r
}
