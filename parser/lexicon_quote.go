package parser

import (
	"regexp"
	"strings"
)

// The language knowledge of quote and signature cutting and of recognising
// automatic mail. Each table is a list of readable patterns; to teach the
// parser a new mail client or language, add a line here.

// attributionVerbs end the line a mail client writes above a quoted reply:
// "On Tue, 15 Sep 2020 at 10:12, Bente <b@x.dk> wrote:",
// "Den tir. 15. sep. 2020 kl. 10.12 skrev Bente <b@x.dk>:" (Gmail, Danish),
// "Den 15. sep. 2020 kl. 10.12 skrev Bente <b@x.dk>:" (Apple Mail, Danish).
var attributionVerbs = []string{
	"wrote", "writes", "skrev", "skriver", "schrieb", "schreef", "a écrit", "escribió",
	"escreveu", "scrisse", "ha scritto", "napisał", "napisała", "kirjoitti", "skrifaði",
	"написал", "написала", "написав", "пише", "yazdı", "写道", "寫道",
}

// attributionTail is a line the client broke off an attribution's end
// (">:" or "> wrote:"), which looks quoted but is not.
var attributionTail = regexp.MustCompile(`(?i)^>\s*((` + strings.Join(attributionVerbs, "|") + `)\s*)?[:：]$`)

// attributionLines are whole-line attributions without a verb, as Gmail
// writes them in some locales: "2016-03-03 17:21 GMT+01:00 Bente Hansen <b@x.dk>:".
var attributionLines = []*regexp.Regexp{
	regexp.MustCompile(`^\d{4}-\d{2}-\d{2} \d{1,2}[:.]\d{2} GMT[+-]\d{1,2}:\d{2} \S.*$`),
	regexp.MustCompile(`^\d{4}/\d{1,2}/\d{1,2} .*<[^<>\s]+@[^<>\s]+>:?$`),
}

// attributionStart matches how attributions begin, for joining one that the
// client wrapped over two or three lines.
var attributionStart = regexp.MustCompile(`(?i)^((on|at|den|am|le|el|em|op|il|w dniu|dne|på)\b|d\.\s|\d{1,4}[\s\-./])`)

// separators are lines that start a quoted or forwarded mail below them.
var separators = []struct {
	re      *regexp.Regexp
	forward bool
}{
	{regexp.MustCompile(`(?i)^[*_]?-{2,}\s*(original message|oprindelig meddelelse|original meddelelse|originalmeddelelse|oprindelig besked|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|ursprungligt meddelande|opprinnelig melding|alkuperäinen viesti|messaggio originale|wiadomość oryginalna|mensagem original)\s*-{2,}[*_]?$`), false},
	{regexp.MustCompile(`(?i)^[*_]?-{2,}\s*(forwarded message|videresendt besked|videresendt meddelelse|videresendt melding|weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht|vidarebefordrat meddelande|messaggio inoltrato|mensagem encaminhada)\s*-{2,}[*_]?$`), true},
	{regexp.MustCompile(`(?i)^(begin forwarded message|start på videresendt besked|start på videresendt meddelelse|start of forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|vidarebefordrat brev)\s*:$`), true},
}

// headerLine matches one line of a header block that Outlook and others put
// above quoted or forwarded mail ("Fra: …", "*Sent:* …").
var headerLine = regexp.MustCompile(`(?i)^[*_]?(from|fra|von|de|da|van|från|od|от|sent|sendt|date|dato|datum|data|gesendet|envoyé|enviado|inviato|verzonden|skickat|wysłano|to|til|an|à|a|para|aan|till|do|cc|kopi|subject|emne|betreff|objet|asunto|oggetto|onderwerp|ämne|temat|тема|reply-to|svar til)[*_]?\s*[:：][*_]?\s`)

// headerFrom matches the first line of such a header block.
var headerFrom = regexp.MustCompile(`(?i)^[*_]?(from|fra|von|de|da|van|från|od|от)[*_]?\s*[:：]`)

// anyHeaderLine is a line shaped like a header field of any name
// ("Risposta: …"); inside a header block it neither counts nor ends it.
var anyHeaderLine = regexp.MustCompile(`^[*_]?[\p{L}-]{1,20}[*_]?\s*[:：]`)

// ruleLine is the rule Outlook draws above its header block.
var ruleLine = regexp.MustCompile(`^\s*(_{10,}|-{10,})\s*$`)

// Signatures begin with a closing, the "-- " delimiter, a mobile footer or a
// disclaimer; the lines from there to the next quote are the signature.
// Phrases match at the start of a line, in any case, followed by the end of
// the line or a non-letter ("Mvh Bente", "Venlig hilsen,").

// closings are sign-offs, only on a short line: "Med venlig hilsen Bente
// Hansen" is one, a long sentence that starts with "Hilsen" is text. The
// name may follow on the same line.
var closings = []string{
	// Danish
	"med venlig hilsen", "med venlige hilsner", "med venligste hilsner", "venlig hilsen", "venlige hilsner",
	"venligst", "de venligste hilsner", "venligste hilsner", "de bedste hilsner", "bedste hilsner", "bedste hilsen",
	"mange hilsner", "mange hilsener", "kærlig hilsen", "kærlige hilsner", "varme hilsner", "glade hilsner",
	"hilsen", "hilsner", "hils", "mvh", "m.v.h", "vh", "v.h", "kh", "k.h",
	// English
	"kind regards", "best regards", "warm regards", "warmest regards", "with kind regards", "with best regards",
	"regards", "best wishes", "kind wishes", "all the best", "best", "cheers", "sincerely", "yours sincerely",
	"yours truly", "yours faithfully", "greetings",
	// Other languages residents write in
	"med vennlig hilsen", "vennlig hilsen", "med vänlig hälsning", "vänliga hälsningar", "hälsningar",
	"mit freundlichen grüßen", "viele grüße", "liebe grüße", "beste grüße", "gruß", "pozdrawiam", "z poważaniem",
	"saygılarımla", "selamlar", "sevgiler", "met vriendelijke groet", "cordialement", "bien à vous", "saludos",
	"atentamente", "cordiali saluti", "مع التحية", "مع تحياتي", "تحياتي",
}

// closingMaxRunes bounds the length of a closing line.
const closingMaxRunes = 60

// signatureStarts begin a signature on a line of any length: mobile
// footers and disclaimers.
var signatureStarts = []string{
	"sendt fra min", "sendt fra mit", "sendt fra outlook", "sendt fra mail", "sendt fra samsung", "sendt fra yahoo",
	"sent from my", "sent from outlook", "sent from mail", "sent from yahoo", "sent with", "sendt med",
	"envoyé de mon", "envoyé depuis mon", "gesendet von meinem", "verstuurd vanaf mijn", "enviado desde mi",
	"enviado do meu", "skickat från min", "inviato da", "hent outlook til", "get outlook for", "download outlook for",
	"fortrolighed", "fortrolig information", "fortrolighedsmeddelelse", "confidentiality notice", "confidentiality",
	"confidential", "disclaimer", "ansvarsfraskrivelse",
	"denne e-mail kan indeholde", "denne e-mail og eventuelle", "denne e-mail er fortrolig", "denne mail kan indeholde",
	"denne meddelelse kan indeholde", "this e-mail may contain", "this email may contain", "this e-mail and any",
	"this email and any", "this e-mail is confidential", "this email is confidential", "this message may contain",
	"this message and any", "this message is confidential", "tænk på miljøet", "please consider the environment",
}

// slashSignoff is the Danish "/Julie Frandsen" sign-off.
var slashSignoff = regexp.MustCompile(`^/\s?\p{Lu}[\p{L}.\- ]{0,40}$`)

// postscript starts text written after the signature ("PS: …").
var postscript = regexp.MustCompile(`(?i)^(p\.?\s?s\.?|ps)\s*[:.,\-]?\s`)

// Subject prefixes that mail clients put before a subject: replies
// ("SV: Tilmelding") and forwards ("VS: Tilmelding", "Fwd: møde").
var (
	replyPrefixes   = []string{"re", "sv", "aw", "antw", "ynt", "odp", "r", "ref"}
	forwardPrefixes = []string{"fw", "fwd", "vs", "wg", "tr", "rv", "doorst", "vb", "vl", "i", "enc", "pd"}
)

// htmlNotices are plain-text parts of multipart/alternative that only say to
// read the HTML version.
var htmlNotices = regexp.MustCompile(`(?i)(html[- ]?(format|version|e-?mail|message|besked|mail)|does not support html|understøtter ikke html|view (this|it) in (your|a) (browser|web)|vis (den|mailen) i (din )?browser)`)

// uselessPlain tells a plain-text alternative that says nothing of its own.
func uselessPlain(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || (len(s) < 300 && htmlNotices.MatchString(s))
}

// invisibleMarks are characters some mail tools add as invisible markers
// (Gmail extensions' "ᐧ", zero-width spaces); a line of nothing else is blank.
const invisibleMarks = "\u1427\u200b\u200c\u200d\u2060\ufeff"

// salutations open a mail to many ("Kære alle"); one standing right above
// a pasted invitation belongs to it.
var salutations = []string{"kære", "dear", "hej alle", "hej allesammen", "hello all", "hi all", "til alle"}

// quoteGreetings open a quoted mail written to its reader ("Kære Bo", "Hej
// Bo,"), lower-cased as the quote's first line is read.
var quoteGreetings = []string{"kære", "kaere", "hej", "hejsa", "goddag", "dear", "hi", "hello"}

// invitationSubjects begin the subject of an invitation, folded, once the
// reply prefixes are gone ("Re: Invitation: ...", "SV: Indbydelse til ...").
var invitationSubjects = []string{"invitation", "indbydelse", "save the date"}

// receiptSubjects begin the subject of a receipt for a registration,
// folded, once the reply prefixes are gone ("SV: Kvittering for
// tilmelding"): a reply to it answers a registration already made.
var receiptSubjects = []string{"kvittering", "bekraeftelse af tilmelding", "bekraeftelse paa tilmelding", "receipt",
	"registration confirm", "confirmation of registration"}

// receiptPerson and receiptChoice read the bot's own receipt in a quote:
// a person's name alone on a line, then her choices under it
// ("  1. prioritet: Sundhed & trivsel (nr. 2)", "  2nd choice: ... (no. 4)").
// A reply that swaps "my priorities" without naming them swaps these.
var (
	receiptChoice = regexp.MustCompile(`(?i)^(1|2)(?:\.|st|nd)\s*(?:prioritet|choice|priority)\s*:.*\((?:nr|no)\.?\s*(\d+)\)\s*$`)
	receiptPerson = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){1,4}$`)
	// a receipt in a form's layout: "Navn: Tom Berg", then "1. prioritet:
	// Workshop 2 - Sundhed & trivsel" or "Workshop, 1. prioritet: 2 - ..."
	receiptNamed      = regexp.MustCompile(`(?i)^(?:navn|name|deltager|participant)\s*:\s*(\S.*)$`)
	receiptChoiceLead = regexp.MustCompile(`(?i)^(?:workshop,?\s*)?(1|2)(?:\.|st|nd)\s*(?:prioritet|choice|priority)\s*:\s*(?:workshop\s*|nr\.?\s*|no\.?\s*)?(\d)\s*(?:[-–:.]|$)`)
)

// forwardSays are own words that pass on the mail below them: "Jeg
// videresender tilmeldingen nedenfor", "I am forwarding the registration
// below". A header block under them starts a forwarded mail, not a quote.
var forwardSays = regexp.MustCompile(`(?i)\b(videresend(er|te|t|e)?|sender (\S+ ){0,2}videre|forward(ing|ed)? (the |this |her |his |their )?(registration|mail|message|e-mail|email|below))\b`)

// pointAbove points at the quoted line right above an answer typed into a
// quoted mail: "^ den ovenover er min 2. prioritet", "the one above is my
// first choice".
var pointAbove = regexp.MustCompile(`(?i)(\^+\s*)?\b(den|det|linjen|workshoppen|the one|the line|the workshop) (ovenover|ovenfor|herover|heroppe|above)\b`)

// forwardSaysParts are letters every match of forwardSays holds, in either case.
var forwardSaysParts = []string{"idere", "IDERE", "orward", "ORWARD"}

// botNameless is how the bot's own mail lists a participant whose name it
// still asks for ("Deltager 2 (navn mangler)", "Participant 2 (name missing)").
var botNameless = []string{"(navn mangler)", "(name missing)"}

// placementSeats are the words by which the bot's placement tells the
// seats ("Her er jeres pladser:", "Here is your seat:"), folded.
var placementSeats = []string{"her er jeres pladser", "her er din plads", "here are your seats", "here is your seat"}

// seatToldInQuote is how a placement tells a seat in a sentence ("Du har
// fået plads på workshop 3", "You have been given a place on workshop
// 3"), in folded words of the quote.
var seatToldInQuote = regexp.MustCompile(`\b(?:(du|i|you) (har|have) (faaet|been given|got|been allocated) (en )?(plads|a place|a seat|places|seats)|(du|i) er (kommet)|(you) (are|have been) (placed)|(you) have (a seat)) (paa|i|on|in) (workshop|workshoppen)\b`)

// seatNumberInQuote is seatToldInQuote with the workshop's number
// ("Du er kommet på workshop 2"), for the seat it gives (placedSeat).
var seatNumberInQuote = regexp.MustCompile(seatToldInQuote.String()[:len(seatToldInQuote.String())-2] + ` (?:nr\.? )?([1-9])\b`)

// seatToldWords are the seat's words seatToldInQuote needs, as a quote
// writes them.
var seatToldWords = []string{"plads", "Plads", "PLADS", "place", "Place", "PLACE", "seat", "Seat", "SEAT"}

// seatCameWords: one of them stands in every sentence seatToldInQuote
// reads without a seat's word and its giving ("Du er kommet på workshop
// 2", "You have been placed in", "You have a seat in"); they are looked
// for near the top of the quote only, where the placement tells the seat.
var seatCameWords = []string{"kommet på", "placed in", "have a seat"}

// seatGivenWords: one of them stands in every sentence seatToldInQuote
// reads ("har fået", "have been given", "have got").
var seatGivenWords = []string{"fået", "FÅET", "faaet", "FAAET", "faet", "given", "GIVEN", "got", "GOT", "allocated", "ALLOCATED"}
