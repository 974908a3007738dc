package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"mime"
	"mime/quotedprintable"
	"strings"
	"time"
)

// genMail is one generated mail and whether the bot owes it an answer:
// automatic mail (auto-replies, bounces) gets none.
type genMail struct {
	Raw        []byte
	MessageID  string
	Answerable bool
}

// generator writes registration mails in varied Danish (and some English),
// the way residents answer an invitation: plain, quoted-printable Latin-1,
// HTML alternatives, base64, quoted invitations and signatures. The text is
// its own, drawn from the lists below with a fixed seed, so a rerun mails
// the same bytes.
type generator struct {
	rnd  *rand.Rand
	tag  string
	next int
}

func newGenerator(seed uint64, tag string) *generator {
	return &generator{rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), tag: tag}
}

var (
	firstNames = []string{"Anne", "Bjørn", "Camilla", "Dennis", "Emine", "Frederik", "Gülay", "Henrik", "Inge", "Jens",
		"Karina", "Lars", "Mette", "Niels", "Oda", "Peter", "Rikke", "Søren", "Tove", "Ulla", "Vibeke", "Yusuf", "Åse", "Ømer"}
	lastNames = []string{"Andersen", "Bæk", "Christiansen", "Dahl", "Eskildsen", "Frølich", "Grøn", "Hansen", "Iversen",
		"Jørgensen", "Kristensen", "Lauridsen", "Møller", "Nørgaard", "Olsen", "Poulsen", "Rasmussen", "Sørensen", "Thomsen", "Østergaard"}
	areas     = []string{"Hyldespjældet", "Galgebakken", "Albertslund Syd", "Kanalens Kvarter", "Hedemarken", "Vridsløselille", "Herstedlund"}
	greetings = []string{"Hej", "Hej ABC", "Hej med jer", "Kære ABC", "Goddag", "Hejsa", "Til ABC"}
	intros    = []string{
		"Jeg vil gerne tilmelde mig netværksmødet om aktive boligområder.",
		"Hermed min tilmelding til mødet den 29. september.",
		"Tak for invitationen, den kom lige til tiden. Jeg deltager meget gerne.",
		"Vi har talt om det i afdelingsbestyrelsen, og vi vil gerne være med.",
		"Jeg så opslaget i opgangen og vil gerne deltage.",
		"Min nabo fortalte om mødet, så her kommer en tilmelding.",
	}
	workshopNames = []string{"naboskab og tryghed", "sundhed og trivsel", "uddannelse og livschancer", "beskæftigelse og opkvalificering"}
	ordinals      = []string{"første", "anden", "tredje", "fjerde"}
	dietLines     = []string{"", "", "", "Jeg er vegetar.", "Jeg spiser ikke svinekød.", "Jeg tåler ikke gluten.",
		"Vi er begge veganere.", "Jeg har nøddeallergi, så ingen nødder tak.", "Laktosefri mad, hvis det kan lade sig gøre."}
	questions = []string{"Er der parkering ved stedet?", "Kan man tage sit barn med?", "Er lokalet tilgængeligt med kørestol?",
		"Bliver der tolket til arabisk?", "Hvornår får vi besked om hvilken workshop vi kommer på?"}
	closings   = []string{"Venlig hilsen", "Mvh", "De bedste hilsner", "Hilsen", "Med venlig hilsen", "Kh"}
	invitation = []string{
		"Albertslund Boligsociale Center inviterer til netværksmøde om aktive boligområder i",
		"Albertslund efter 2020. Vi mødes tirsdag den 29. september kl. 16.30 til 19.30, og der",
		"er middag til alle undervejs. Mødet er for beboere, bestyrelser, ansatte og frivillige,",
		"som vil være med til at forme de næste års arbejde i boligområderne.",
		"",
		"Aftenen byder på fire workshops: 1) Naboskab, netværk og tryghed, 2) Sundhed og trivsel,",
		"3) Uddannelse og livschancer og 4) Beskæftigelse og opkvalificering. Skriv hvilken",
		"workshop du helst vil deltage i, og hvilken der er dit andet valg, så fordeler vi",
		"pladserne, når fristen er udløbet. Lokalerne har kun plads til et begrænset antal",
		"deltagere på grund af de gældende retningslinjer, så tilmeld dig i god tid.",
		"",
		"Tilmelding sker ved at svare på denne mail senest den 21. september med navn, e-mail",
		"eller telefonnummer, første og anden prioritet blandt workshoppene og eventuelle",
		"hensyn til kosten. Kommer I flere, så skriv navnene på alle, der deltager.",
		"",
		"Vi glæder os til at se jer og til en aften med gode samtaler om det, der betyder",
		"noget for hverdagen i vores boligområder. Har du spørgsmål, er du velkommen til at",
		"ringe til sekretariatet i åbningstiden eller skrive til os på samme adresse.",
	}
	disclaimer = "Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet for modtageren. " +
		"Har du modtaget den ved en fejl, så giv venligst afsenderen besked og slet den."
)

// pick returns a random element of list.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// Mail returns the next mail: mostly registrations, a few cancellations
// and questions, and some automatic mail that must not be answered.
func (g *generator) Mail() genMail {
	g.next++
	id := fmt.Sprintf("%s-%d.%d@beboer.example.dk", g.tag, g.next, g.rnd.Uint32())
	switch n := g.rnd.IntN(100); {
	case n < 3:
		return genMail{Raw: g.autoReply(id), MessageID: id}
	case n < 5:
		return genMail{Raw: g.bounce(id), MessageID: id}
	default:
		return genMail{Raw: g.registration(id, n < 8), MessageID: id, Answerable: true}
	}
}

// person is one sender with a unique address, so no reply hits the
// per-address rate limit.
type person struct{ first, last, addr string }

func (g *generator) person() person {
	p := person{first: pick(g.rnd, firstNames), last: pick(g.rnd, lastNames)}
	p.addr = fmt.Sprintf("%s.%s.%d@beboer.example.dk", asciiFold(p.first), asciiFold(p.last), g.next)
	return p
}

func asciiFold(s string) string {
	return strings.ToLower(strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "Æ", "ae", "Ø", "oe", "Å", "aa", "ü", "u").Replace(s))
}

// body writes the free text of a registration (or a cancellation).
func (g *generator) body(p person, cancel bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", pick(g.rnd, greetings))
	if cancel {
		fmt.Fprintf(&b, "Jeg må desværre melde afbud til mødet alligevel. Jeg er blevet syg.\nSlet venligst min tilmelding.\n")
	} else {
		g.registrationText(&b, p)
	}
	fmt.Fprintf(&b, "\n%s\n%s %s\n", pick(g.rnd, closings), p.first, p.last)
	g.signature(&b, p)
	return b.String()
}

func (g *generator) registrationText(b *strings.Builder, p person) {
	fmt.Fprintf(b, "%s\n", pick(g.rnd, intros))
	a := g.rnd.IntN(4)
	c := (a + 1 + g.rnd.IntN(3)) % 4
	switch g.rnd.IntN(4) {
	case 0:
		fmt.Fprintf(b, "Første prioritet: workshop %d\nAnden prioritet: workshop %d\n", a+1, c+1)
	case 1:
		fmt.Fprintf(b, "Jeg vil helst på %s, og ellers %s.\n", workshopNames[a], workshopNames[c])
	case 2:
		fmt.Fprintf(b, "Mit førstevalg er den %s workshop, mit andetvalg den %s.\n", ordinals[a], ordinals[c])
	default:
		fmt.Fprintf(b, "Workshop %d som 1. prioritet og workshop %d som 2. prioritet.\n", a+1, c+1)
	}
	if g.rnd.IntN(4) == 0 {
		q := person{first: pick(g.rnd, firstNames), last: p.last}
		fmt.Fprintf(b, "Min %s %s %s kommer også med, samme workshops.\n",
			pick(g.rnd, []string{"mand", "kone", "søster", "nabo"}), q.first, q.last)
	}
	if d := pick(g.rnd, dietLines); d != "" {
		fmt.Fprintf(b, "%s\n", d)
	}
	if g.rnd.IntN(12) == 0 {
		fmt.Fprintf(b, "%s\n", pick(g.rnd, questions))
	}
	fmt.Fprintf(b, "Navn: %s %s\nTelefon: %d %02d %02d %02d\n", p.first, p.last,
		20+g.rnd.IntN(10), g.rnd.IntN(100), g.rnd.IntN(100), g.rnd.IntN(100))
}

// signature adds what real mail carries below the name: an address, a
// board title, a disclaimer, and often the quoted invitation, which brings
// most mails to 2-5 KB.
func (g *generator) signature(b *strings.Builder, p person) {
	fmt.Fprintf(b, "-- \n%s %s\nBeboer i %s, afdeling %d\n%s\n", p.first, p.last, pick(g.rnd, areas), 1+g.rnd.IntN(40), p.addr)
	if g.rnd.IntN(2) == 0 {
		fmt.Fprintf(b, "Medlem af afdelingsbestyrelsen\n\n%s\n", disclaimer)
	}
	lines := 4 + g.rnd.IntN(len(invitation)-3)
	fmt.Fprintf(b, "\nDen %d. september 2020 kl. %d.%02d skrev ABC - Albertslund Boligsociale Center <abc@bo-vest.dk>:\n",
		1+g.rnd.IntN(14), 8+g.rnd.IntN(10), g.rnd.IntN(60))
	for range 1 + g.rnd.IntN(2) {
		for _, l := range invitation[:lines] {
			fmt.Fprintf(b, "> %s\n", l)
		}
		b.WriteString(">\n")
	}
}

func (g *generator) registration(id string, cancel bool) []byte {
	p := g.person()
	subject := pick(g.rnd, []string{"Tilmelding", "SV: Invitation til netværksmøde", "Tilmelding til netværksmøde 29/9", "Re: Aktive boligområder"})
	if cancel {
		subject = "Afbud"
	}
	h := g.header(p.first+" "+p.last, p.addr, subject, id, "")
	text := g.body(p, cancel)
	switch n := g.rnd.IntN(10); {
	case n < 5:
		return plainUTF8(h, text)
	case n < 7:
		return qpLatin1(h, text)
	case n < 9:
		return alternative(h, text, g.next)
	default:
		return base64UTF8(h, text)
	}
}

func (g *generator) autoReply(id string) []byte {
	p := g.person()
	h := g.header(p.first+" "+p.last, p.addr, "Autosvar: Invitation til netværksmøde", id, "Auto-Submitted: auto-replied\r\n")
	return plainUTF8(h, fmt.Sprintf("Tak for din mail. Jeg holder ferie til den %d. oktober og læser ikke mail imens.\n"+
		"Ved akutte henvendelser kan du ringe til kontoret.\n\n%s %s\n", 1+g.rnd.IntN(20), p.first, p.last))
}

func (g *generator) bounce(id string) []byte {
	h := g.header("Mail Delivery System", "mailer-daemon@mx.example.net", "Undelivered Mail Returned to Sender", id, "")
	return plainUTF8(h, "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\n"+
		"be delivered to one or more recipients.\n\n<"+g.person().addr+">: host mx.example.dk said: 550 5.1.1 User unknown\n")
}

// header writes the common header lines; extra is added verbatim.
func (g *generator) header(name, addr, subject, id, extra string) string {
	date := time.Date(2020, 9, 1+g.rnd.IntN(20), 6+g.rnd.IntN(16), g.rnd.IntN(60), 0, 0, time.FixedZone("CEST", 2*3600))
	return fmt.Sprintf("Return-Path: <%s>\r\nReceived: from mx.example.dk (mx.example.dk [192.0.2.%d]) by mail.bo-vest.dk; %s\r\n"+
		"From: %s <%s>\r\nTo: ABC - Albertslund Boligsociale Center <abc@bo-vest.dk>\r\nSubject: %s\r\nDate: %s\r\n"+
		"Message-ID: <%s>\r\n%sMIME-Version: 1.0\r\n",
		addr, 1+g.rnd.IntN(250), date.Format(time.RFC1123Z), encodeWord(name), addr, encodeWord(subject),
		date.Format(time.RFC1123Z), id, extra)
}

// encodeWord RFC 2047-encodes a header value that is not ASCII.
func encodeWord(s string) string { return mime.QEncoding.Encode("utf-8", s) }

func qpString(s string) string {
	var b bytes.Buffer
	for _, c := range []byte(s) {
		if c > 127 {
			fmt.Fprintf(&b, "=%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

func plainUTF8(h, text string) []byte {
	return []byte(h + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + crlf(text))
}

func qpLatin1(h, text string) []byte {
	return []byte(h + "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		quotedPrintable(latin1(text)))
}

func base64UTF8(h, text string) []byte {
	return []byte(h + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64Lines([]byte(crlf(text))))
}

// alternative writes text/plain and text/html parts, as most mail
// programs do.
func alternative(h, text string, n int) []byte {
	boundary := fmt.Sprintf("----=_Part_%d_%d", n, len(text))
	var html strings.Builder
	html.WriteString("<html><head><meta charset=\"utf-8\"></head><body>\n")
	for _, para := range strings.Split(text, "\n\n") {
		fmt.Fprintf(&html, "<p>%s</p>\n", strings.ReplaceAll(para, "\n", "<br>\n"))
	}
	html.WriteString("</body></html>\n")
	var b strings.Builder
	fmt.Fprintf(&b, "%sContent-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n", h, boundary)
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n", boundary, quotedPrintable([]byte(text)))
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n", boundary, quotedPrintable([]byte(html.String())))
	fmt.Fprintf(&b, "--%s--\r\n", boundary)
	return []byte(b.String())
}

// latin1 encodes s as ISO-8859-1; every letter the lists use fits, except
// a few Turkish ones, which become '?' as an old mail program would.
func latin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 255 {
			r = '?'
		}
		out = append(out, byte(r))
	}
	return out
}

func quotedPrintable(p []byte) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n")))
	w.Close()
	return b.String()
}

// base64Lines encodes p in lines of 76 characters.
func base64Lines(p []byte) string {
	enc := base64.StdEncoding.EncodeToString(p)
	var b strings.Builder
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n")
	return b.String()
}
