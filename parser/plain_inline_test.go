package parser

import (
	"fmt"
	"testing"

	"tilmeld"
)

// Answers written inside the quoted mail, as people reply inline: a mark
// beside a workshop line of the bot's quoted list or on a line typed
// under it, a bare number under the bot's question, lines labelled as
// the answer in an Outlook quote; and the near-misses that stay as they
// were: a quote with nothing added, another's quote, marks that are no
// marks.

// inlineWorkshops are the workshop lines of the bot's list.
var inlineWorkshops = []string{"Naboskab, netværk & tryghed", "Sundhed & trivsel", "Uddannelse & livschancer", "Beskæftigelse & opkvalificering"}

// inlineList writes the workshop list, each line after prefix, with
// beside[i] after the name of workshop i+1 and under[i] on a line below
// it, typed (no prefix).
func inlineList(prefix string, beside, under [4]string) string {
	s := ""
	for i, w := range inlineWorkshops {
		s += fmt.Sprintf("%s%d. %s%s\n", prefix, i+1, w, beside[i])
		if under[i] != "" {
			s += under[i] + "\n"
		}
	}
	return s
}

// inlineGmail is the invitation quoted with "> " under a Gmail
// attribution, from head (the bot's address, or another's).
func inlineGmail(head string, beside, under [4]string, tail string) string {
	return "\n\nDen tir. 1. sep. 2020 kl. 10.14 skrev " + head + ":\n> Kære beboere\n>\n> Vi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n>\n" +
		"> Skriv til os senest den 21. september med navn, telefon, workshop (1. og 2. prioritet) og hensyn til maden.\n>\n> Workshops:\n" +
		inlineList("> ", beside, under) + ">\n" + tail + "> Venlig hilsen\n> Albertslund Boligsociale Center\n> tlf. 60 35 46 30\n"
}

const inlineBot = "Albertslund Boligsociale Center <abc@bo-vest.dk>"

// inlineOutlook is the invitation quoted under an Outlook header, no "> ".
func inlineOutlook(beside, under [4]string, tail string) string {
	return "\n\nFra: " + inlineBot + "\nSendt: 1. september 2020 10:14\nTil: beboer@example.dk\nEmne: Invitation: Netværksmøde\n\n" +
		"Kære beboere\n\nVi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n\n" +
		"Skriv til os senest den 21. september med navn, telefon, workshop (1. og 2. prioritet) og hensyn til maden.\n\nWorkshops:\n" +
		inlineList("", beside, under) + "\n" + tail + "Venlig hilsen\nAlbertslund Boligsociale Center\ntlf. 60 35 46 30\n"
}

// inlineAsked is the bot's question for a missing workshop (and name),
// quoted, with answer typed under the workshop question and name under
// the name question.
func inlineAsked(beside [4]string, answer, name string) string {
	s := "\n\nDen 15. sep. 2020 kl. 10.12 skrev " + inlineBot + ":\n> Hej\n>\n> Tak for din tilmelding til netværksmødet.\n>\n> Vi mangler lidt, før tilmeldingen er på plads:\n>\n" +
		"> - Hvilken workshop vil du helst deltage i (1. prioritet), og hvilken som nummer to (2. prioritet)?\n"
	if answer != "" {
		s += answer + "\n"
	}
	s += ">   Workshopperne er:\n" + inlineList(">   ", beside, [4]string{})
	if name != "" {
		s += ">\n> - Hvad er dit navn (til navneskiltet)?\n" + name + "\n"
	}
	return s + ">\n> Svar blot på denne mail.\n>\n> Venlig hilsen\n> Albertslund Boligsociale Center\n"
}

var none4 [4]string

func at2(s string) [4]string { return [4]string{"", s, "", ""} }

// A mark beside a quoted workshop line, or a line of marks typed under
// one, chooses that workshop; a rank in the mark ("1. prio", "<-- 2.
// prioritet", "helst", "ellers") ranks it, and a mark that only points
// is 1st beside a 2nd and 2nd beside a 1st.
func TestInlineMarksOnQuotedList(t *testing.T) {
	const subj = "Re: Invitation: Netværksmøde"
	inv := "In-Reply-To: <invitation@bo-vest.dk>\r\n"
	c := func(body, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, from: "Fatma Yilmaz", subject: subj, headers: inv,
			intent: tilmeld.IntentRegister, status: "complete", want: want}}
	}
	runChecked(t, []checkedCase{
		c("Hej\nSe nedenfor.\nMvh Fatma Yilmaz"+inlineGmail(inlineBot, at2("   <-- denne"), none4, ""), "Fatma Yilmaz:2/-"),
		c("Hej\nJeg vil gerne deltage, har sat kryds nedenfor.\nFatma Yilmaz"+inlineGmail(inlineBot, [4]string{"", "", "  X", ""}, none4, ""), "Fatma Yilmaz:3/-"),
		c("Hej\nFatma Yilmaz"+inlineGmail(inlineBot, none4, at2("JA TAK"), ""), "Fatma Yilmaz:2/-"),
		c("Hej\nMvh Fatma Yilmaz"+inlineGmail(inlineBot, [4]string{"  <-- 1. prio", "", "", "  <-- 2. prio"}, none4, ""), "Fatma Yilmaz:1/4"),
		c("Hej\nMvh Fatma Yilmaz"+inlineGmail(inlineBot, none4, [4]string{"1. prio", "", "2. prio", ""}, ""), "Fatma Yilmaz:1/3"),
		c("Hej\nMvh Fatma Yilmaz"+inlineGmail(inlineBot, [4]string{"", "  2. prio", "", "  1. prio"}, none4, ""), "Fatma Yilmaz:4/2"),
		c("Hej\nse mine svar nedenfor\nFatma Yilmaz"+inlineGmail(inlineBot, none4, [4]string{"", "helst denne", "", "ellers denne"}, ""), "Fatma Yilmaz:2/4"),
		c("Hej\nJeg kommer gerne. Mit valg er markeret nedenfor.\nMvh Fatma Yilmaz"+inlineGmail(inlineBot, [4]string{"", "", "", "  <=="}, none4, ""), "Fatma Yilmaz:4/-"),
		c("Hej\nJeg kommer, se nedenfor\nFatma"+inlineGmail(inlineBot, none4, [4]string{"", "", "", "DENNE"}, "> Navn:\nFatma Yilmaz\n"), "Fatma Yilmaz:4/-"),
		// one mark pointing, one ranked: the pointing one is the other rank
		c("Hej\nMvh Fatma Yilmaz"+inlineGmail(inlineBot, [4]string{"", " <-- denne", "", " <-- 2. prioritet"}, none4, ""), "Fatma Yilmaz:2/4"),
		c("Hej\nMvh Fatma Yilmaz"+inlineGmail(inlineBot, [4]string{" x", "", " <-- 1. prioritet", ""}, none4, ""), "Fatma Yilmaz:3/1"),
		// a reply at the top and a mark below
		c("Hej\nJeg vil gerne på workshop 2.\nMvh Fatma Yilmaz"+inlineGmail(inlineBot, [4]string{"", "", "", "  <-- 2. prioritet"}, none4, ""), "Fatma Yilmaz:2/4"),
		c("Hej\nJeg vil gerne på sundhed.\nMvh Fatma Yilmaz"+inlineGmail(inlineBot, at2("  X"), none4, ""), "Fatma Yilmaz:2/-"),
		// English
		c("Hi\nSee my answers below.\nFatma Yilmaz"+inlineGmail(inlineBot, at2("  <-- this one"), none4, ""), "Fatma Yilmaz:2/-"),
		c("Hi\nMy answers are inline.\nFatma"+inlineGmail(inlineBot, none4, [4]string{"", "", "YES", ""}, ""), "Fatma Yilmaz:3/-"),
		c("Hi\nRegards, Fatma Yilmaz"+inlineGmail(inlineBot, [4]string{" <-- first choice", "", "", " <-- second choice"}, none4, ""), "Fatma Yilmaz:1/4"),
	})
}

// The same marks in an Outlook quote, which has no "> ": beside a
// workshop line, or alone on the line under it ("JA DENNE", "[Fatma]
// denne vil jeg gerne"); with them, her other marked lines there
// ("[Fatma] Jeg er vegetar") are hers too, and so are lines she labels
// as her answer ("Svar: workshop 2 og 4").
func TestInlineMarksInOutlookQuote(t *testing.T) {
	const subj = "SV: Invitation: Netværksmøde"
	inv := "In-Reply-To: <invitation@bo-vest.dk>\r\n"
	c := func(body, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, from: "Fatma Yilmaz", subject: subj, headers: inv,
			intent: tilmeld.IntentRegister, status: "complete", want: want}}
	}
	runChecked(t, []checkedCase{
		c("Hej\nSe mine svar nedenfor.\nMvh Fatma Yilmaz"+inlineOutlook(at2("   <-- denne"), none4, ""), "Fatma Yilmaz:2/-"),
		c("Hej\nSe mine svar nedenfor.\nMvh Fatma Yilmaz"+inlineOutlook(at2("  JA TAK"), none4, ""), "Fatma Yilmaz:2/-"),
		c("Hej\nSe mine svar nedenfor.\nMvh Fatma Yilmaz"+inlineOutlook(none4, [4]string{"", "", "[Fatma] Denne vil jeg gerne", ""}, ""), "Fatma Yilmaz:3/-"),
		c("Hej\nSe mine svar nedenfor.\nMvh Fatma Yilmaz"+inlineOutlook(none4, none4, "Svar: workshop 2 og 4, ingen særlige hensyn\n"), "Fatma Yilmaz:2/4"),
		c("Hej\nSe mine svar nedenfor.\nMvh Fatma Yilmaz"+inlineOutlook([4]string{"  <-- 2. PRIORITET", "  <-- 1. PRIORITET", "", ""}, none4, ""), "Fatma Yilmaz:2/1"),
		c("Hej\nmine svar står med store bogstaver nedenfor\nMvh Fatma Yilmaz"+inlineOutlook(none4, [4]string{"", "", "JA DENNE", ""}, ""), "Fatma Yilmaz:3/-"),
		c("Hi\nsee my answers below\nFatma Yilmaz"+inlineOutlook([4]string{"  <-- FIRST CHOICE", "", "", "  <-- SECOND CHOICE"}, none4, ""), "Fatma Yilmaz:1/4"),
		// marks without words that point there: still hers, and so is her tagged diet
		{blindCase: blindCase{body: "Hej\nTak for invitationen.\nMvh Fatma Yilmaz" + inlineOutlook([4]string{"", " <-- 1. prio", "", " <-- 2. prio"}, none4, "[Fatma] Jeg er vegetar.\n"),
			from: "Fatma Yilmaz", subject: subj, headers: inv, intent: tilmeld.IntentRegister, status: "complete", want: "Fatma Yilmaz:2/4"}, diets: "Fatma Yilmaz=vegetarian"},
	})
}

// An answer typed under the bot's quoted question for a missing
// workshop: a bare number answers it ("2"), as words do ("4, ellers 1",
// "JOB OG SUNDHED"); a mark on the question's list of workshops too; a
// name under its question for the name.
func TestInlineAnswerToBotQuestion(t *testing.T) {
	hd := "In-Reply-To: <clarify-1@bo-vest.dk>\r\nReferences: <clarify-1@bo-vest.dk>\r\n"
	const subj = "Re: Tilmelding: Netværksmøde"
	c := func(from, body, want string) blindCase {
		return blindCase{body: body, from: from, subject: subj, headers: hd, intent: tilmeld.IntentUpdate, status: "complete", want: want}
	}
	runBlind(t, []blindCase{
		c("Fatma Yilmaz", "Hej\nFatma"+inlineAsked(none4, "2", ""), "Fatma Yilmaz:2/-"),
		c("Fatma Yilmaz", "Hej\nFatma"+inlineAsked(none4, "3 og 1", ""), "Fatma Yilmaz:3/1"),
		c("Fatma Yilmaz", "Hej\nFatma"+inlineAsked(none4, "4, ellers 1", ""), "Fatma Yilmaz:4/1"),
		c("Fatma Yilmaz", "Se nedenfor\nFatma"+inlineAsked(none4, "JOB OG SUNDHED", ""), "Fatma Yilmaz:4/2"),
		c("Fatma Yilmaz", "Hi\nFatma"+inlineAsked(none4, "2 first, then 4", ""), "Fatma Yilmaz:2/4"),
		c("Fatma Yilmaz", "Hej\nFatma"+inlineAsked([4]string{"", "  <-- 1", "", "  <-- 2"}, "", ""), "Fatma Yilmaz:2/4"),
		c("Fatma Yilmaz", "Hej\nFatma"+inlineAsked(at2("  X"), "", ""), "Fatma Yilmaz:2/-"),
		c("", "Hej"+inlineAsked(none4, "3 og 1", "Fatma Yilmaz"), "Fatma Yilmaz:3/1"),
		// the quote with nothing typed, or words that answer nothing
		{body: "Hej\nFatma" + inlineAsked(none4, "", ""), from: "Fatma Yilmaz", subject: subj, headers: hd, notStatus: "complete"},
		{body: "Hej\nDet ved jeg ikke endnu.\nFatma" + inlineAsked(none4, "", ""), from: "Fatma Yilmaz", subject: subj, headers: hd, notStatus: "complete"},
		// a number that is no workshop answer
		{body: "Hej\nFatma" + inlineAsked(none4, "2 personer", ""), from: "Fatma Yilmaz", subject: subj, headers: hd, notStatus: "complete"},
	})
}

// Near-misses: marks that give no order or clash, marks on another's
// quote or inside a quote in the quote, words beside a line that are no
// mark, a quote with nothing added, the sender's own earlier mail.
func TestInlineMarksNearMisses(t *testing.T) {
	const subj = "Re: Invitation: Netværksmøde"
	inv := "In-Reply-To: <invitation@bo-vest.dk>\r\n"
	b := func(body string) blindCase {
		return blindCase{body: body, from: "Fatma Yilmaz", subject: subj, headers: inv, notStatus: "complete"}
	}
	review := func(body string) blindCase {
		return blindCase{body: body, from: "Fatma Yilmaz", subject: subj, headers: inv, intent: tilmeld.IntentRegister, status: "review"}
	}
	runBlind(t, []blindCase{
		// two marks that only point, two 1sts, three marks: staff choose
		review("Hej\nse mine svar nedenfor\nFatma Yilmaz" + inlineGmail(inlineBot, [4]string{"", " (JA)", "", " (JA)"}, none4, "")),
		review("Hej\nFatma Yilmaz" + inlineGmail(inlineBot, [4]string{" X", "", " X", ""}, none4, "")),
		review("Hej\nFatma Yilmaz" + inlineGmail(inlineBot, [4]string{" <-- 1. prio", " <-- 1. prio", "", ""}, none4, "")),
		review("Hej\nFatma Yilmaz" + inlineOutlook([4]string{" X", " X", "", ""}, none4, "")),
		// words above name another workshop than the one the mark points at
		review("Hej\nJeg vil gerne på workshop 2.\nMvh Fatma Yilmaz" + inlineGmail(inlineBot, [4]string{"", "", "  X", ""}, none4, "")),
		// no mark: a no, a maybe, a bare number, a thanks under the list
		b("Hej\nJeg kommer gerne.\nFatma Yilmaz" + inlineGmail(inlineBot, at2("  <-- ikke denne"), none4, "")),
		b("Hej\nJeg kommer gerne.\nFatma Yilmaz" + inlineGmail(inlineBot, at2("  <-- måske"), none4, "")),
		b("Hej\nJeg kommer gerne.\nFatma Yilmaz" + inlineGmail(inlineBot, at2("  3"), none4, "")),
		b("Hej\nJeg kommer gerne.\nFatma Yilmaz" + inlineGmail(inlineBot, [4]string{"", "", "", ""}, [4]string{"", "", "", "Tak"}, "")),
		b("Hej\nJeg kommer gerne.\nFatma Yilmaz" + inlineOutlook(at2("  <-- not this one"), none4, "")),
		// marks on a quote that is not the bot's
		b("Hej\nJeg kommer gerne.\nFatma Yilmaz" + inlineGmail("Bo Jensen <bo@example.dk>", at2("  <-- denne"), none4, "")),
		// marks inside a quote in the quote are an earlier mail's
		b("Hej\nJeg kommer gerne.\nFatma Yilmaz" + inlineGmail(inlineBot, none4, none4, "") + ">> 2. Sundhed & trivsel <-- denne\n"),
		// a quote with nothing added: the workshop is asked for
		{body: "Hej\nTak for invitationen. Jeg kommer gerne.\nMvh Fatma Yilmaz" + inlineGmail(inlineBot, none4, none4, ""), from: "Fatma Yilmaz",
			subject: subj, headers: inv, intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}},
		{body: "Hej\nTak for invitationen. Jeg kommer gerne.\nMvh Fatma Yilmaz" + inlineOutlook(none4, none4, ""), from: "Fatma Yilmaz",
			subject: subj, headers: inv, intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}},
		// arrows the invitation itself holds decorate; they mark nothing
		{body: "Hej\nJeg kommer gerne.\nFatma Yilmaz" + inlineGmail(inlineBot, none4, none4, "> --> Tilmelding senest 21. september <--\n"), from: "Fatma Yilmaz",
			subject: subj, headers: inv, intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}},
		// her own earlier mail quoted: its choices are not new
		{body: "Hej\nHar I modtaget min tilmelding herunder? Jeg har ikke hørt noget.\nFatma Yilmaz\n\nDen 10. sep. 2020 kl. 09.00 skrev Fatma Yilmaz <sender@example.dk>:\n> Hej\n> Jeg vil gerne tilmelde mig workshop 2 og 4.\n> Mvh Fatma Yilmaz\n",
			from: "Fatma Yilmaz", subject: "Re: Tilmelding", headers: inv, status: "review", intent: tilmeld.IntentQuestion},
		{body: "Hej\nJeg vil gerne ændre til workshop 3.\nFatma Yilmaz\n\nDen 10. sep. 2020 kl. 09.00 skrev Fatma Yilmaz <sender@example.dk>:\n> Hej\n> Jeg vil gerne tilmelde mig workshop 2 og 4.\n> Mvh Fatma Yilmaz\n",
			from: "Fatma Yilmaz", subject: "Re: Tilmelding", headers: inv, status: "complete", intent: tilmeld.IntentUpdate, want: "Fatma Yilmaz:3/-"},
	})
}
