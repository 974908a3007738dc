package parser

import (
	"slices"
	"testing"
)

// Plain mail probed on where the sender's name and contact come from:
// Navn: fields, "Jeg hedder ...", sign-offs, names with particles and from
// many countries, From lines of every kind, phone numbers in every Danish
// way and numbers that are not hers. Each through Parse with the gate.

// nameCase is a mail from the full From line from (a bare address when
// it has no "<"), checked for its status, attendees and contact.
type nameCase struct {
	from, subject, body string
	status, want        string
	missing             []string
	// notStatus: a status the mail must never get.
	notStatus string
	// phone: the contact phone wanted, "-" for none, "" unchecked; email
	// likewise, "" unchecked.
	phone, email string
}

func runNames(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		subject := c.subject
		if subject == "" {
			subject = "Tilmelding"
		}
		r := parseFrom(c.from, subject, c.body)
		phone := r.Contact.Phone
		if phone == "" {
			phone = "-"
		}
		bad := c.status != "" && string(r.Status) != c.status || c.want != "" && choices(r) != c.want ||
			c.missing != nil && !slices.Equal(r.Missing, c.missing) || c.notStatus != "" && string(r.Status) == c.notStatus ||
			c.phone != "" && phone != c.phone || c.email != "" && r.Contact.Email != c.email
		if bad {
			t.Errorf("%s / %q:\n got %s %s missing=%v phone %s email %s\nwant %s %s missing=%v phone %s email %s (not %s) (%v)",
				c.from, c.body, r.Status, choices(r), r.Missing, phone, r.Contact.Email,
				c.status, c.want, c.missing, c.phone, c.email, c.notStatus, r.Reasons)
		}
	}
}

const idaFrom = "Ida Holm <ida@example.dk>"

// Names with particles ("van der", "de la", "al-", "bint"), an elided one
// ("O'Brien") or initials ("H. C.") are read whole: they were lost (the
// sender asked for her name) or sent to staff ("der" read as a common
// word). Names from many countries, already read right, stay so.
func TestPlainNamesParticles(t *testing.T) {
	wish := "Hej\nJeg vil gerne deltage i workshop 2.\n\nMed venlig hilsen\n"
	runNames(t, []nameCase{
		{from: "sanne@example.dk", body: wish + "Sanne van der Berg", status: "complete", want: "Sanne van der Berg:2/-"},
		{from: "Sanne van der Berg <sanne@example.dk>", body: wish + "Sanne van der Berg", status: "complete", want: "Sanne van der Berg:2/-"},
		{from: "ahmad@example.dk", body: "Hej\nJeg vil gerne deltage i workshop 4 og 1.\n\nMed venlig hilsen\nAhmad al-Sayed\n", status: "complete", want: "Ahmad al-Sayed:4/1"},
		{from: "Ahmad al-Sayed <ahmad@example.dk>", body: "Hej\nJeg vil gerne på workshop 2.\nMvh Ahmad", status: "complete", want: "Ahmad al-Sayed:2/-"},
		{from: "omar@example.dk", body: wish + "Omar el-Amin", status: "complete", want: "Omar el-Amin:2/-"},
		{from: "maria@example.dk", body: wish + "Maria de la Cruz", status: "complete", want: "Maria de la Cruz:2/-"},
		{from: "jan@example.dk", body: wish + "Jan von der Heide", status: "complete", want: "Jan von der Heide:2/-"},
		{from: "aisha@example.dk", body: wish + "Aisha bint Khalid", status: "complete", want: "Aisha bint Khalid:2/-"},
		{from: "ali@example.dk", body: "Hej\nJeg tilmelder mig workshop 3.\n\nHilsen\nAli bin Hassan\n", status: "complete", want: "Ali bin Hassan:3/-"},
		{from: "john@example.dk", subject: "Registration", body: "Hi\nI would like workshop 2 and 4.\n\nCheers,\nJohn O'Brien", status: "complete", want: "John O'Brien:2/4"},
		{from: "hc@example.dk", body: wish + "H. C. Andersen", status: "complete", want: "H. C. Andersen:2/-"},
		{from: "ida@example.dk", body: "Hej\nJeg vil gerne på workshop 2 og min mand Per de Vries på workshop 3.\nMvh\nIda de Vries",
			status: "complete", want: "Ida de Vries:2/-; Per de Vries:3/-"},
		// already read right
		{from: "Mehmet Yılmaz <mehmet@example.dk>", body: "Merhaba\nJeg vil gerne deltage i workshop 4.\nMvh Mehmet Yılmaz", status: "complete", want: "Mehmet Yılmaz:4/-"},
		{from: "Nguyen Thi Lan <lan@example.dk>", body: "Hej\nJeg vil gerne deltage i workshop 2 og 1.\nHilsen Lan", status: "complete", want: "Nguyen Thi Lan:2/1"},
		{from: "agnieszka@example.dk", body: "Dzień dobry\nJeg vil gerne deltage i workshop 3 og 4.\n\nPozdrawiam\nAgnieszka Wiśniewska", status: "complete", want: "Agnieszka Wiśniewska:3/4"},
		{from: "Tharsini Sivakumar <tharsini@example.dk>", body: "Hej\nJeg vil gerne deltage i workshop 1.\nMvh Tharsini", status: "complete", want: "Tharsini Sivakumar:1/-"},
		{from: "Mette Nørgaard Kristensen <mette@example.dk>", body: "Hej\nJeg vil gerne deltage i workshop 1 og 2.\nMvh Mette", status: "complete", want: "Mette Nørgaard Kristensen:1/2"},
		{from: "Mohammed Ibn Rashid <mo@example.dk>", body: "Hej\nJeg vil gerne deltage i workshop 1 og 4.\nMvh Mohammed", status: "complete", want: "Mohammed Ibn Rashid:1/4"},
		{from: "lukasz@example.dk", body: wish + "Łukasz Wróbel", status: "complete", want: "Łukasz Wróbel:2/-"},
		{from: "thanh@example.dk", body: wish + "Le Van Thanh", status: "complete", want: "Le Van Thanh:2/-"},
		{from: "abdi@example.dk", body: wish + "Abdirahman Mohamed Abdi", status: "complete", want: "Abdirahman Mohamed Abdi:2/-"},
		{from: "x7@example.dk", body: wish + "Selvarajah Thevarajah", status: "complete", want: "Selvarajah Thevarajah:2/-"},
		{from: "x7@example.dk", body: wish + "Faadumo Cali Xasan", status: "complete", want: "Faadumo Cali Xasan:2/-"},
		{from: "x7@example.dk", body: wish + "Abu Bakr Hassan", status: "complete", want: "Abu Bakr Hassan:2/-"},
		{from: "x7@example.dk", body: wish + "Maria Holm Kristensen-Larsen", status: "complete", want: "Maria Holm Kristensen-Larsen:2/-"},
		{from: "anne@example.dk", body: wish + "Anne-Mette Due Hansen", status: "complete", want: "Anne-Mette Due Hansen:2/-"},
		{from: "Ida Jensen <ida@example.dk>", body: wish + "Ida Holm Jensen", status: "complete", want: "Ida Holm Jensen:2/-"},
		// near-misses: two first names, a group, a phone's signature are no one name
		{from: "ida@example.dk", body: "Hej\nWorkshop 2\nMange hilsner\nIda og Per", notStatus: "complete"},
		{from: "hansen@example.dk", body: "Hej\nVi vil gerne deltage i workshop 2.\n\nMvh\nFamilien Hansen", status: "incomplete", missing: []string{"name"}},
		{from: "ida@example.dk", body: "Hej\nJeg vil gerne på workshop 2.\n\nSendt fra min iPhone", status: "incomplete", missing: []string{"name"}},
	})
}

// "jeg er", "Hej, det er", "I'm", "Hi, this is" introduce the sender only
// with a full name after them: "Jeg er Pensionist og ..." was read as the
// name "Pensionist" and completed (wrong complete); "Hi, this is Fatima
// Zahra Benali" and "I'm Ida Holm" were not read and she was asked.
func TestPlainNamesIntroductions(t *testing.T) {
	runNames(t, []nameCase{
		{from: "ida@example.dk", body: "Hej\nJeg er Pensionist og vil gerne på workshop 2.\n", status: "incomplete", missing: []string{"name"}},
		{from: "ida@example.dk", subject: "Registration", body: "Hi\nI am Retired and would like workshop 2.\nThanks", status: "incomplete", missing: []string{"name"}},
		{from: "ida@example.dk", subject: "Registration", body: "Hi\nI am Happy to join workshop 2.\nThanks", status: "incomplete", missing: []string{"name"}},
		{from: "ida@example.dk", body: "Hej\nJeg er Beboer i Hyldespjældet og vil gerne på workshop 2.\n", status: "incomplete", missing: []string{"name"}},
		// her title before her name is not part of it
		{from: "ida@example.dk", body: "Hej\nJeg er Afdelingsformand Ida Holm og vil gerne på workshop 2.\n", status: "complete", want: "Ida Holm:2/-"},
		{from: "ida@example.dk", body: "Hej\nJeg er Formand Ida Holm og vil gerne på workshop 2.\n", status: "complete", want: "Ida Holm:2/-"},
		{from: "sara@example.dk", body: "Hej\nJeg er Ida Holms datter og vil gerne tilmelde min mor til workshop 2.\nMvh Sara", notStatus: "complete"},
		{from: "ida@example.dk", subject: "Registration", body: "Hi, this is Fatima Zahra Benali. Please register me for workshop 1.\nThanks", status: "complete", want: "Fatima Zahra Benali:1/-"},
		{from: "fatima@example.dk", body: "Hej, det er Fatima Zahra Benali. Jeg vil gerne tilmelde mig workshop 1.\nTak", status: "complete", want: "Fatima Zahra Benali:1/-"},
		{from: "ida@example.dk", subject: "Registration", body: "Hello\nI'm Ida Holm and I'd like to attend workshop 2.\nThanks", status: "complete", want: "Ida Holm:2/-"},
		{from: "ida@example.dk", body: "Hej, det er Ida Holm. Jeg vil gerne tilmelde mig workshop 2.\nHilsen Ida", status: "complete", want: "Ida Holm:2/-"},
		// a lone first name holds where the address begins with it
		{from: "ida@example.dk", body: "Hej, jeg er Ida og vil gerne på workshop 2.", status: "complete", want: "Ida:2/-"},
		{from: "x123@example.dk", body: "Hej, jeg er Ida og vil gerne på workshop 2.", status: "incomplete", missing: []string{"name"}},
		// kin of the one named, someone else who comes: not her name
		{from: "sara@example.dk", subject: "Registration", body: "Hi, I'm Ida Holm's daughter. Please register my mother for workshop 2.\nBest, Sara", notStatus: "complete"},
		{from: "ida@example.dk", body: "Hej\nDet er Ali der kommer, han vil gerne på workshop 2.\nMvh", notStatus: "complete"},
		// the strong introductions, as before
		{from: "ida@example.dk", body: "Hej\nJeg hedder Ida Holm og vil gerne være med på workshop 1.\nMvh Ida", status: "complete", want: "Ida Holm:1/-"},
		{from: "hodan@example.dk", body: "Hej\nJeg hedder Hodan Abdi Warsame og vil gerne være med på sundhed.\nTak", status: "complete", want: "Hodan Abdi Warsame:2/-"},
		{from: "Ida <ida@example.dk>", body: "Hej\nMit navn er Ida Holm-Jensen. Jeg vil gerne på workshop 4 og 2.\nMvh Ida", status: "complete", want: "Ida Holm-Jensen:4/2"},
		{from: "ida@example.dk", subject: "Registration", body: "Hi\nI would like to join workshop 2.\nMy name is Ida Holm, phone +45 22 33 44 55.\nBest regards", status: "complete", want: "Ida Holm:2/-", phone: "+4522334455"},
		// a hyphenated surname in small letters is kept whole
		{from: idaFrom, body: "hej jeg hedder ida holm-jensen og vil gerne workshop 2", status: "complete", want: "Ida Holm-Jensen:2/-"},
		{from: "ida@example.dk", body: "hej jeg hedder fadumo abdi jeg vil gerne sundhed\ntlf 22 33 44 55", status: "complete", want: "Fadumo Abdi:2/-", phone: "+4522334455"},
	})
}

// The From line and the sign-off: kin and roles are no names ("Mormor",
// "Bruger" were completed as names), initials under a full display name
// are hers ("Mvh IH" went to staff), the fuller name wins.
func TestPlainNamesFromLine(t *testing.T) {
	wish := "Hej\nJeg vil gerne deltage i workshop 2.\n"
	runNames(t, []nameCase{
		{from: "Mormor <x7@example.dk>", body: wish, status: "incomplete", missing: []string{"name"}},
		{from: "Bruger <x7@example.dk>", body: wish, status: "incomplete", missing: []string{"name"}},
		{from: "Mum <x7@example.dk>", subject: "Registration", body: "Hi\nI would like workshop 2.\n", status: "incomplete", missing: []string{"name"}},
		{from: idaFrom, body: wish + "Mvh IH", status: "complete", want: "Ida Holm:2/-"},
		{from: "Ida Marie Holm <ida@example.dk>", body: wish + "Mvh IMH", status: "complete", want: "Ida Marie Holm:2/-"},
		{from: "ida@example.dk", body: "Hej\nJeg kommer gerne, workshop 3.\n\nMvh\nI.H.", status: "incomplete", missing: []string{"name"}},
		// a title after the name's comma, a workplace after a dash: her name stands before them
		{from: "Ida Holm, sygeplejerske <ida@example.dk>", body: wish, status: "complete", want: "Ida Holm:2/-"},
		{from: "Ida Holm - Albertslund Kommune <ida@example.dk>", body: wish, status: "complete", want: "Ida Holm:2/-"},
		{from: "Ida Holm | Boligselskabet Vest <ida@example.dk>", body: wish, status: "complete", want: "Ida Holm:2/-"},
		{from: "Albertslund Kommune - Borgerservice <post@example.dk>", body: wish, status: "incomplete", missing: []string{"name"}},
		{from: "x7@example.dk", body: wish + "Mit navn: Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{from: "x7@example.dk", subject: "Registration", body: "Hi\nI would like workshop 2.\nMy name: Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		// already read right
		{from: "Ida Holm (Albertslund Kommune) <ida@example.dk>", body: wish, status: "complete", want: "Ida Holm:2/-"},
		{from: "ida holm <ida@example.dk>", body: wish, status: "complete", want: "Ida Holm:2/-"},
		{from: "Holm, Ida <ida@example.dk>", body: wish + "Mvh Ida", status: "complete", want: "Ida Holm:2/-"},
		{from: "holm.ida@example.dk", body: wish, status: "incomplete", missing: []string{"name"}},
		{from: idaFrom, body: "Hej\nJeg kommer gerne, workshop 3.\nMvh Ida", status: "complete", want: "Ida Holm:3/-"},
		{from: "ida@example.dk", body: "Hej\nJeg kommer gerne, workshop 3.\n\nVenlig hilsen\nIda Holm\n", status: "complete", want: "Ida Holm:3/-"},
		{from: "ida@example.dk", body: "hej jeg vil gerne med workshop 2\nmvh ida holm", status: "complete", want: "Ida Holm:2/-"},
		{from: "ida@example.dk", body: wish + "Mvh Ida", status: "complete", want: "Ida:2/-"},
		{from: "Ida <ida@example.dk>", body: wish + "Mvh Ida Marie Holm", status: "complete", want: "Ida Marie Holm:2/-"},
		{from: "ida@example.dk", body: "Workshop 2\n/Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{from: "ida@example.dk", body: "Hej\nWorkshop 2\nHilsen Ida Holm (afd. 7)", status: "complete", want: "Ida Holm:2/-"},
		{from: "Albertslund Kommune <post@example.dk>", body: wish + "Venlig hilsen\nIda Holm\nAlbertslund Kommune", status: "complete", want: "Ida Holm:2/-"},
		{from: "ida@example.dk", body: "Hej\nJeg vil gerne med til workshop 2.\n", status: "incomplete", missing: []string{"name"}},
	})
}

// A "Navn:" field that gives two people lost the second and completed
// (wrong complete): both come, and the fields after it are theirs
// (TestNamesFieldGroup). One name, one per field, or a name with her
// address after it stay as they were.
func TestPlainNamesNameField(t *testing.T) {
	runNames(t, []nameCase{
		{from: idaFrom, body: "Navn: Ida Holm og Per Holm\nWorkshop: 2\n", status: "complete", want: "Ida Holm:2/-; Per Holm:2/-"},
		{from: idaFrom, body: "Navne: Ida Holm, Per Holm\nWorkshop: 2 og 3\n", status: "complete", want: "Ida Holm:2/3; Per Holm:2/3"},
		{from: idaFrom, body: "Hej\nNavn: Ida og Per Holm\nWorkshop 2 for begge\n", status: "complete", want: "Ida Holm:2/-; Per Holm:2/-"},
		{from: idaFrom, subject: "Registration", body: "Name: Ida Holm and Per Holm\nWorkshop: 2\n", status: "complete", want: "Ida Holm:2/-; Per Holm:2/-"},
		{from: idaFrom, body: "Navn: Ida Holm, Hyldespjældet 12\nWorkshop: 2\n", status: "complete", want: "Ida Holm:2/-"},
		{from: idaFrom, body: "Navn: Ida Holm, formand\nWorkshop: 2\n", status: "complete", want: "Ida Holm:2/-"},
		{from: idaFrom, body: "Navn: Ida Holm\nWorkshop: 2\nNavn: Per Holm\nWorkshop: 3\n", status: "complete", want: "Ida Holm:2/-; Per Holm:3/-"},
		{from: idaFrom, body: "Hej\nVi kommer to: Ida Holm og Per Holm, begge workshop 2.\n", status: "complete", want: "Ida Holm:2/-; Per Holm:2/-"},
		{from: "ida@example.dk", body: "Navn: ida holm\nWorkshop: 2 og 4\nTelefon: 22334455\n", status: "complete", want: "Ida Holm:2/4", phone: "+4522334455"},
		{from: "ida@example.dk", body: "Navn: Ida Holm\nE-mail: ida.holm@example.net\nTelefon: 22 33 44 55\nWorkshop: 1 og 3\n",
			status: "complete", want: "Ida Holm:1/3", phone: "+4522334455", email: "ida.holm@example.net"},
		{from: "x7@example.dk", body: "Navn:\nWorkshop: 2\nTlf: 22334455\n", status: "incomplete", missing: []string{"name"}},
	})
}

// Whose number: her own in every Danish way and foreign ones; not a
// relative's, a caseworker's, a member or customer number, a switchboard,
// the organiser's, a date, a postcode or a flat.
func TestPlainNamesPhones(t *testing.T) {
	w := "Hej\nWorkshop 2.\n"
	sig := "\nMvh Ida Holm"
	runNames(t, []nameCase{
		// fixed: another's number or no phone at all was taken
		{from: idaFrom, body: "Hej\nWorkshop 3 og 4. Min mands nummer er 28 19 37 46, mit er 22 33 44 55." + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: "Hej\nWorkshop 3 og 4.\nMvh Ida Holm\n\nIda Holm\nBoligsocial medarbejder\nAlbertslund Kommune\nTlf. 43 68 68 68\nDirekte: 22 33 44 55", status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Medlemsnr. 20304050" + sig, status: "complete", phone: "-"},
		{from: idaFrom, body: w + "Mvh Ida Holm\nKundenummer: 22334455", status: "complete", phone: "-"},
		{from: idaFrom, subject: "Registration", body: "Hi\nWorkshop 2 please.\nBest, Ida Holm\nMember no. 22334455\nPhone 28 19 37 46", status: "complete", phone: "+4528193746"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Min medlemsnr er 22334455 og mit tlf er 28 19 37 46." + sig, status: "complete", phone: "+4528193746"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Mit tlf.nr er +45 22 33 44 55 og min mands er +45 28 19 37 46" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Kontakt mig på +45 22 33 44 55 eller min søn Ali på 28 19 37 46." + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: "Hej\nWorkshop 2. 28 19 37 46 er min mands nummer." + sig, status: "complete", phone: "-"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Min sagsbehandler har nummer 43 68 60 00." + sig, status: "complete", phone: "-"},
		{from: idaFrom, body: w + "Arb. tlf. 43 68 60 00, privat 22 33 44 55" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Tlf 45 22 33 44 55" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Hvis I ikke kan få fat i mig, så ring til Per på 28 19 37 46." + sig, status: "complete", phone: "-"},
		{from: idaFrom, subject: "Registration", body: "Hi\nWorkshop 2. If you can't reach me, call Per on 28 19 37 46.\nBest, Ida Holm", status: "complete", phone: "-"},
		// her own, in every way
		{from: "ida@example.dk", body: "Hej\nJeg vil gerne deltage i workshop 2 og 3.\nNavn: Ida Holm\nTlf: 22 33 44 55\n", status: "complete", want: "Ida Holm:2/3", phone: "+4522334455"},
		{from: idaFrom, body: w + "Mobil: +45 2233 4455" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Mit nummer er 0045 22334455" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Ring på 2233-4455 hvis der er noget." + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Ring på 22334455." + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Ring til mig på 22 33 44 55." + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Mvh Ida\ntlf 22334455", status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Mvh Ida Holm\nmobil: 22 33 44 55", status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Tlf.: (+45) 22 33 44 55" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Mvh Ida Holm, tlf. 22334455", status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Telefon 22-33-44-55" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Telefon 22.33.44.55" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Tlf.nr. 22334455" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Tlf: 22 33 44 55 (efter kl. 16)" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Tlf. +45 22 33 44 55 (privat)" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Du kan fange mig på 22 33 44 55 efter kl. 16." + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "\nIda Holm\nBirkelundsvej 22, 2. tv.\n2620 Albertslund\n22334455", status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Mit svenske nummer er +46 70 123 45 67." + sig, status: "complete", phone: "+46701234567"},
		{from: idaFrom, body: w + "Tlf +49 151 2345 6789" + sig, status: "complete", phone: "+4915123456789"},
		{from: idaFrom, body: w + "Mit norske nummer: +47 912 34 567" + sig, status: "complete", phone: "+4791234567"},
		{from: idaFrom, body: w + "Mobil +90 532 123 45 67" + sig, status: "complete", phone: "+905321234567"},
		{from: idaFrom, body: w + "Tlf 0046 70 123 45 67" + sig, status: "complete", phone: "+46701234567"},
		{from: idaFrom, body: w + "Mit nummer er 22 33 44 55 eller min datters 28 19 37 46." + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Mit nummer: 22 33 44 55, min mands: 28 19 37 46" + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, subject: "Registration", body: "Hi\nWorkshop 2 please. My number is 22 33 44 55, my husband's is 28 19 37 46.\nBest, Ida Holm", status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Jeg har fået nyt nummer: 22 33 44 55 (det gamle 28 19 37 46 virker ikke)." + sig, status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Mvh Ida Holm\nMobil: 22 33 44 55\nArbejde: 43 68 60 00", status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: w + "Mvh Ida Holm\nAlbertslund Kommune, Nordmarks Allé 1, 2620 Albertslund, tlf. 43 68 68 68\nMobil 22 33 44 55", status: "complete", phone: "+4522334455"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Ring på 22334455, det er min kode til porten 4455 hvis I kommer forbi." + sig, status: "complete", phone: "+4522334455"},
		// not hers
		{from: idaFrom, body: w + "Min mand har nummeret 28 19 37 46." + sig, status: "complete", phone: "-"},
		{from: idaFrom, body: "Hej\nJeg vil gerne deltage i workshop 1. Jeg ringede til 60 35 46 30 men ingen svarede." + sig, status: "complete", phone: "-"},
		{from: idaFrom, body: "Hej\nWorkshop 1 og 2.\n\nMvh\nIda Holm\nBoligselskabet Vest\nHovednummer: 43 64 20 00", status: "complete", phone: "-"},
		{from: idaFrom, body: "Hej\nWorkshop 1 og 2.\n\nMvh Ida Holm\n\nFra: Per Lund <per@example.dk>\nSendt: 10. september 2020 09:00\nTil: Ida Holm\nEmne: netværksmøde\n\nHej Ida, skal du med?\nMvh Per Lund\nMobil 28 19 37 46",
			status: "complete", want: "Ida Holm:1/2", phone: "-"},
		{from: idaFrom, body: "Hej\nJeg kommer den 29.09.2020, workshop 3." + sig, status: "complete", phone: "-"},
		{from: idaFrom, body: "Hej\nJeg vil gerne deltage i workshop 2 kl. 16.30-19.30 den 29.09.2020." + sig, status: "complete", phone: "-"},
		{from: idaFrom, body: w + "Mvh Ida Holm\nHyldespjældet 12, 2620 Albertslund", status: "complete", phone: "-"},
		{from: idaFrom, body: w + "Mvh Ida Holm\nBirkelundsvej 22, st. th., lejl. 1204, 2620 Albertslund", status: "complete", phone: "-"},
		{from: idaFrom, body: "Hej\nWorkshop 2. Jeg bor i nr. 14 og min lejlighed er 2234." + sig, status: "complete", phone: "-"},
		{from: idaFrom, body: w + "Tlf 22 33 44 5" + sig, status: "complete", phone: "-"},
		{from: idaFrom, body: w + "Mvh Ida Holm\nCPR 010203-4455", status: "complete", phone: "-"},
		// staff for a resident who gives only the resident's number
		{from: "Per Lund <per@example.dk>", body: "Hej\nJeg vil gerne tilmelde min mor Ida Holm til workshop 2. Hun har telefon 22 33 44 55.\nMvh Per Lund",
			status: "complete", want: "Ida Holm:2/-", phone: "+4522334455"},
	})
}

// An address the sender asks replies to go to is the contact.
func TestPlainNamesReplyAddress(t *testing.T) {
	w := "Hej\nJeg vil gerne deltage i workshop 1. "
	runNames(t, []nameCase{
		{from: idaFrom, body: "Hej\nJeg vil gerne på workshop 2. Brug venligst min arbejdsmail ida.holm@work.example.com fremover.\nMvh Ida Holm",
			status: "complete", email: "ida.holm@work.example.com"},
		{from: idaFrom, body: w + "Skriv venligst til min datter på sara.holm@example.com, hun hjælper mig.\nMvh Ida Holm", status: "complete", email: "sara.holm@example.com"},
		{from: idaFrom, body: w + "Svar gerne til ida.holm@example.net, den anden mail læser jeg ikke.\nMvh Ida Holm", status: "complete", email: "ida.holm@example.net"},
		{from: idaFrom, body: w + "Send venligst svaret til min søn: ali.holm@example.com\nMvh Ida Holm", status: "complete", email: "ali.holm@example.com"},
		{from: idaFrom, subject: "Registration", body: "Hi\nI would like workshop 2. Please reply to my daughter at sara.holm@example.com as I don't read e-mail.\nBest, Ida Holm",
			status: "complete", email: "sara.holm@example.com"},
		{from: idaFrom, body: w + "Min mail er ida.holm@example.net.\nMvh Ida Holm", status: "complete", email: "ida.holm@example.net"},
		{from: "Per Holm <per@example.dk>", body: "Hej\nJeg skriver fra min mands mail. Jeg vil gerne på workshop 2. Min egen mail er ida.holm@example.net.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-", email: "ida.holm@example.net"},
		// an address given for another reason: staff see it
		{from: idaFrom, body: w + "Min datter Sara (sara.holm@example.com) har hjulpet mig med at skrive.\nMvh Ida Holm", notStatus: "complete"},
		{from: idaFrom, body: "Hej\nWorkshop 2.\nMvh Ida Holm", status: "complete", email: "ida@example.dk"},
	})
}
