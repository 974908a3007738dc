package mailbot

import (
	"mime"
	"net/mail"
	"strings"

	"tilmeld/parser"
)

// inbound is what the conversation needs from a mail's headers. The
// parser's reading is preferred; the raw header fills what it left out.
type inbound struct {
	MessageID  string
	InReplyTo  []string
	References []string
	Subject    string
	FromName   string
	FromAddr   string
	ReplyTo    string
	// Loop is set when the mail carries our loop header.
	Loop bool
	// Automatic says why the headers show a machine wrote the mail
	// (RFC 3834 Auto-Submitted, Precedence, list headers); "" when not.
	Automatic string
}

func readInbound(raw []byte, pm *parser.Mail) inbound {
	in := fromHeader(readHeaderFields(raw))
	if pm == nil {
		return in
	}
	in.MessageID = pick(pm.MessageID, in.MessageID)
	in.Subject = pick(pm.Subject, in.Subject)
	in.FromName = pick(pm.FromName, in.FromName)
	in.FromAddr = pick(pm.FromAddr, in.FromAddr)
	in.ReplyTo = pick(pm.ReplyTo, in.ReplyTo)
	if len(pm.InReplyTo) > 0 {
		in.InReplyTo = pm.InReplyTo
	}
	if len(pm.References) > 0 {
		in.References = pm.References
	}
	return in
}

func fromHeader(h mail.Header) inbound {
	dec := mime.WordDecoder{}
	in := inbound{
		MessageID:  strings.Trim(h.Get("Message-Id"), "<> \t"),
		InReplyTo:  msgIDList(h.Get("In-Reply-To")),
		References: msgIDList(h.Get("References")),
		// Mail carrying our loop header is our own, however it came back.
		Loop: h.Get(LoopHeader) != "",
	}
	in.Automatic = automaticHeader(h)
	in.Subject, _ = dec.DecodeHeader(h.Get("Subject"))
	if a, err := mail.ParseAddress(h.Get("From")); err == nil {
		in.FromName, in.FromAddr = a.Name, strings.ToLower(a.Address)
	}
	if a, err := mail.ParseAddress(h.Get("Reply-To")); err == nil {
		in.ReplyTo = strings.ToLower(a.Address)
	}
	return in
}

// automaticHeader names the header that shows the mail is automatic.
func automaticHeader(h mail.Header) string {
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && v != "no" {
		return "Auto-Submitted: " + v
	}
	switch v := strings.ToLower(strings.TrimSpace(h.Get("Precedence"))); v {
	case "bulk", "list", "junk", "auto_reply":
		return "Precedence: " + v
	}
	for _, k := range []string{"List-Id", "List-Unsubscribe", "X-Autoreply", "X-Autorespond"} {
		if h.Get(k) != "" {
			return k
		}
	}
	return ""
}

// msgIDList reads "<a@x> <b@y>" into ["a@x", "b@y"].
func msgIDList(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		if id := strings.Trim(f, "<>"); id != "" {
			out = append(out, id)
		}
	}
	return out
}

func pick(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// replyAddress is where an answer to the mail goes.
func (in *inbound) replyAddress() string { return pick(in.ReplyTo, in.FromAddr) }

// threadIDs lists the Message-IDs the mail answers, nearest first.
func (in *inbound) threadIDs() []string {
	ids := append([]string(nil), in.InReplyTo...)
	for i := len(in.References) - 1; i >= 0; i-- {
		ids = append(ids, in.References[i])
	}
	return ids
}

// references is the References header of an answer to the mail.
func (in *inbound) references() []string {
	refs := append([]string(nil), in.References...)
	if len(refs) == 0 {
		refs = append(refs, in.InReplyTo...)
	}
	if in.MessageID != "" {
		refs = append(refs, in.MessageID)
	}
	return refs
}
