package parser

import (
	"bytes"
	"io"
	"net/mail"
	"strings"
)

// Extract decodes raw mail into headers and the sender's own words.
// Placeholder: headers via net/mail and the body as is.
func Extract(raw []byte) *Mail {
	m := &Mail{}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		m.Problems = append(m.Problems, "headers: "+err.Error())
		return m
	}
	m.MessageID = strings.Trim(msg.Header.Get("Message-Id"), "<> ")
	m.Subject = msg.Header.Get("Subject")
	if a, err := mail.ParseAddress(msg.Header.Get("From")); err == nil {
		m.FromName, m.FromAddr = a.Name, strings.ToLower(a.Address)
	}
	m.Date, _ = msg.Header.Date()
	body, _ := io.ReadAll(msg.Body)
	m.Own = string(body)
	return m
}
