// Package reliability breaks tilmeld on purpose and checks what it promises:
// every mail is kept once, decided once and answered once, whatever moment
// the daemon is killed at.
package reliability

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net/mail"
	"strings"
)

// Sample is one generated mail and what the bot owes it.
type Sample struct {
	MessageID string // without angle brackets
	From      string // the sender's address
	Raw       []byte
	// Answer is true for a person's mail, false for automatic mail, which
	// must get nothing back.
	Answer bool
}

var (
	givenNames = []string{"Asta", "Bjarke", "Cecilie", "Dennis", "Elif", "Frode", "Grete", "Henrik",
		"Ingrid", "Jesper", "Karin", "Lasse", "Maja", "Niels", "Oda", "Palle", "Rikke", "Svend",
		"Tove", "Ulrik", "Vibeke", "William", "Yasmin", "Zeynep", "Aksel", "Birthe", "Claus",
		"Ditte", "Egon", "Fatma", "Gorm", "Hanne", "Ivan", "Jytte", "Kim", "Lone", "Mogens",
		"Nanna", "Ove", "Pia"}
	familyNames = []string{"Aagaard", "Bach", "Dahl", "Enevoldsen", "Fog", "Grønbech", "Hvid",
		"Juhl", "Kjær", "Lund", "Mortensen", "Nørgaard", "Overgaard", "Poulsen", "Riis", "Skov",
		"Toft", "Ulriksen", "Vinther", "Wulff", "Østergaard", "Aydin", "Bakir", "Celik", "Dogan",
		"Mikkelsen", "Krogh", "Bisgaard", "Ravn", "Storm", "Hjort", "Lykke", "Brandt", "Kirk",
		"Bruun", "Sand", "Krag", "Holt", "Frost", "Falk"}
	// Each body names a person, a first and a second workshop, in words
	// residents use; %[1]s is the name, %[2]d and %[3]d the workshops.
	bodies = []string{
		"Hej\n\nJeg vil gerne tilmelde mig netværksmødet.\nNavn: %[1]s\nFørsteprioritet: workshop %[2]d\nAndenprioritet: workshop %[3]d\n\nMed venlig hilsen\n%[1]s",
		"Kære ABC\n\nTilmelding fra %[1]s. Helst workshop %[2]d, ellers workshop %[3]d.\nJeg spiser ikke svinekød.\n\nHilsen %[1]s",
		"Hi\n\nPlease sign me up for the network meeting. Workshop %[2]d first, workshop %[3]d as my second choice.\n\nKind regards\n%[1]s",
		"Hej\n\nHermed min tilmelding til mødet den 29.\n1. prioritet: %[2]d\n2. prioritet: %[3]d\n\n%[1]s",
	}
)

// Samples returns n mails, seeded: registrations from distinct people at
// distinct addresses, and every tenth an out-of-office answer or a bounce.
func Samples(n int, seed uint64) []Sample {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]Sample, 0, n)
	for i := 0; len(out) < n; i++ {
		switch {
		case i%10 == 4:
			out = append(out, autoReply(i))
		case i%10 == 9:
			out = append(out, bounce(i))
		default:
			out = append(out, registration(i, rng))
		}
	}
	return out
}

// personName is distinct for every i below len(givenNames)*len(familyNames):
// the same name from two addresses is a case for review, not a test of crashes.
func personName(i int) string {
	g := givenNames[i%len(givenNames)]
	f := familyNames[(i/len(givenNames)+i)%len(familyNames)]
	return g + " " + f
}

func registration(i int, rng *rand.Rand) Sample {
	name := personName(i)
	first := rng.IntN(4) + 1
	second := (first+rng.IntN(3))%4 + 1
	body := fmt.Sprintf(bodies[rng.IntN(len(bodies))], name, first, second)
	addr := fmt.Sprintf("deltager%04d@beboer.example", i)
	id := fmt.Sprintf("crash-reg-%04d@beboer.example", i)
	return Sample{MessageID: id, From: addr, Answer: true,
		Raw: rawMail(name, addr, "Tilmelding til netværksmødet", id, body, "")}
}

func autoReply(i int) Sample {
	addr := fmt.Sprintf("fravaer%04d@beboer.example", i)
	id := fmt.Sprintf("crash-auto-%04d@beboer.example", i)
	return Sample{MessageID: id, From: addr,
		Raw: rawMail(personName(i), addr, "Fraværende: Netværksmøde", id,
			"Tak for din mail. Jeg er væk til og med mandag og svarer derefter.",
			"Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n")}
}

func bounce(i int) Sample {
	addr := "MAILER-DAEMON@mx.beboer.example"
	id := fmt.Sprintf("crash-bounce-%04d@mx.beboer.example", i)
	return Sample{MessageID: id, From: addr,
		Raw: rawMail("Mail Delivery Subsystem", addr, "Returned mail: see transcript for details", id,
			"The original message was not delivered to one or more recipients.",
			"Auto-Submitted: auto-generated\r\n")}
}

func rawMail(name, addr, subject, msgID, body, extra string) []byte {
	from := mail.Address{Name: name, Address: addr}
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: %s\r\nTo: abc@bo-vest.dk\r\nSubject: %s\r\n", from.String(), subject)
	fmt.Fprintf(&b, "Date: Tue, 08 Sep 2020 11:00:00 +0200\r\nMessage-ID: <%s>\r\n%s", msgID, extra)
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	b.WriteString(strings.ReplaceAll(body, "\n", "\r\n") + "\r\n")
	return b.Bytes()
}
