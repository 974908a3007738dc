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

// attributionEnd matches the end of an attribution: a verb of writing, maybe
// the author after it (Danish and German put the name last), then a colon.
var attributionEnd = regexp.MustCompile(`(?i)(^|[\s,"'>)])(` + strings.Join(attributionVerbs, "|") + `)(\(a\))?(\s+.{1,120})?\s*[:：]\s*$`)

// attributionVerb finds a verb of writing anywhere in a line, a sign that the
// line may be the first part of a wrapped attribution.
var attributionVerb = regexp.MustCompile(`(?i)(^|\s)(` + strings.Join(attributionVerbs, "|") + `)(\s|$|\(|[:：])`)

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
	{regexp.MustCompile(`(?i)^(begin forwarded message|start på videresendt besked|start på videresendt meddelelse|start of forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|vidarebefordrat brev)\s*:?$`), true},
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

// signatureOpeners begin a signature: closings, the "-- " delimiter, mobile
// footers and disclaimers. A closing may have the name after it on the line
// ("Mvh Bente"); the lines below it are the signature. Closings are short
// lines: "Med venlig hilsen Bente Hansen" is one, a long sentence that starts
// with "Hilsen" is text.
var signatureOpeners = []struct {
	re      *regexp.Regexp
	closing bool // only on a short line
}{
	{regexp.MustCompile(`^--\s*$`), false},
	{regexp.MustCompile(`(?i)^(med\s+)?(venlig(st)?e?|kærlig(st)?e?|bedste|mange|varme|de\s+bedste|glade|sommer|jule)\s+hils(en|ner)\b`), true},
	{regexp.MustCompile(`(?i)^(hilsen|hilsner|hils(en)?\s+fra)\b`), true},
	{regexp.MustCompile(`(?i)^(mvh|m\.v\.h|vh|v\.h|kh|k\.h)\b`), true},
	{regexp.MustCompile(`(?i)^venligst\s*,?\s*$`), true},
	{regexp.MustCompile(`^/\s?\p{Lu}[\p{L}.\- ]{0,40}$`), true}, // "/Julie Frandsen", a Danish sign-off
	// Closings in the other languages residents write in.
	{regexp.MustCompile(`(?i)^(med\s+vennlig\s+hilsen|med\s+vänlig\s+hälsning|vänliga\s+hälsningar|hälsningar|mit\s+freundlichen\s+grüßen|viele\s+grüße|liebe\s+grüße|beste\s+grüße|gruß|pozdrawiam|z\s+poważaniem|saygılarımla|selamlar|sevgiler|met\s+vriendelijke\s+groet|cordialement|bien\s+à\s+vous|saludos|atentamente|cordiali\s+saluti|مع\s+التحية|مع\s+تحياتي|تحياتي)`), true},
	{regexp.MustCompile(`(?i)^(with\s+)?(kind|best|warm|warmest|many)\s+(regards|wishes)\b`), true},
	{regexp.MustCompile(`(?i)^(regards|cheers|best|sincerely|yours( sincerely| truly| faithfully)?|all the best|greetings)\b`), true},
	{regexp.MustCompile(`(?i)^(sendt|sent|send)\s+(fra|from|via|with)\s+(min|mit|my|an?|outlook|mail|yahoo|samsung|blackberry|android|iphone|ipad|huawei|protonmail)\b`), false},
	{regexp.MustCompile(`(?i)^(envoyé (de|depuis) mon|gesendet von meinem|verstuurd vanaf mijn|enviado desde mi|enviado do meu|skickat från min|inviato da)\b`), false},
	{regexp.MustCompile(`(?i)^(hent|get|download)\s+outlook\s+(til|for)\b`), false},
	{regexp.MustCompile(`(?i)^(fortrolighed|fortrolig\s+information|fortrolighedsmeddelelse|confidentiality( notice)?|confidential|disclaimer|ansvarsfraskrivelse)\b`), false},
	{regexp.MustCompile(`(?i)^(denne|this)\s+(e-?mail|e-?post|mail|besked|message)(en)?\s+(og\s+eventuelle|kan\s+indeholde|er\s+fortrolig|may\s+contain|and\s+any|is\s+confidential|is\s+intended|contains)`), false},
	{regexp.MustCompile(`(?i)^(tænk\s+på\s+miljøet|please\s+consider\s+the\s+environment)`), false},
}

const closingMaxRunes = 60

// postscript starts text written after the signature ("PS: …").
var postscript = regexp.MustCompile(`(?i)^(p\.?\s?s\.?|ps)\s*[:.,\-]?\s`)

// forwardSubject marks a subject of a forwarded mail.
var forwardSubject = regexp.MustCompile(`(?i)^\s*((re|sv|aw|antw)\s*:\s*)*(fwd?|vs|wg|tr|rv|doorst|vb|vl|i)\s*:`)

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
