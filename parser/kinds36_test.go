package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirty-sixth look at unseen mail showed the reader
// wrong on (A, B and C of that look), each in several wordings of our
// own, through Parse with the gate.

var (
	missingName36     = []string{tilmeld.MissingName}
	missingBoth36     = []string{tilmeld.MissingName, tilmeld.MissingWorkshop}
	missingWorkshop36 = []string{tilmeld.MissingWorkshop}
)

// A (needless question; a wrong complete with an attendee called "Our").
// A relative spoken of without a name, then the names of the whole party
// in running text: after a full stop, a colon, "vi hedder", "our names
// are", or on a line closed by a full stop. The name her From name agrees
// with is the sender's, the other the relative's.
func TestPartyNamedInRunningText(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg kommer sammen med min mor. Nadia Karimi og Soraya Karimi. Vi vil begge gerne på workshop 2.\n\nMvh Nadia", from: "Nadia Karimi",
			intent: tilmeld.IntentRegister, status: "complete", want: "Nadia Karimi:2/-; Soraya Karimi:2/-"}},
		{blindCase: blindCase{body: "Hej\n\nMin søster og jeg vil gerne deltage: Nadia Karimi og Leyla Karimi. Workshop 3 til os begge.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:3/-; Leyla Karimi:3/-"}},
		{blindCase: blindCase{body: "Hej\n\nMin søster og jeg vil gerne deltage. Vi hedder Nadia Karimi og Leyla Karimi. Begge workshop 3.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:3/-; Leyla Karimi:3/-"}},
		{blindCase: blindCase{body: "Hello, my sister and I would like to come. Nadia Karimi, Leyla Karimi. Both workshop 3.", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:3/-; Leyla Karimi:3/-"}},
		{blindCase: blindCase{body: "Hi\n\nI want to come with my brother. Our names are Nadia Karimi and Omid Karimi. Workshop 2 for both.\n\nBest, Nadia", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:2/-; Omid Karimi:2/-"}},
		{blindCase: blindCase{body: "Hi\n\nI want to come with my brother. Workshop 2 for both.\nOmid Karimi and Nadia Karimi.", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:2/-; Omid Karimi:2/-"}},
		// a partner of another surname, and "vi er"
		{blindCase: blindCase{body: "Hej\n\nMin mand og jeg kommer gerne. Vi er Nadia Karimi og Tom Berg. Workshop 1 og 2 til begge.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:1/2; Tom Berg:1/2"}},
		{blindCase: blindCase{body: "Hej. Vi er to: mig og min veninde. Navnene er Nadia Karimi og Mette Lund. Vi vil gerne på workshop 2, ellers 1.", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:2/1; Mette Lund:2/1"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer sammen med min mor. Nadia Karimi og Soraya Karimi.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "incomplete", missing: missingWorkshop36, want: "Nadia Karimi:-/-; Soraya Karimi:-/-"}},
		// "Our", "Navnene" after the relation are no names
		{blindCase: blindCase{body: "Hi\n\nI want to come with my brother. Our names: Nadia Karimi and Omid Karimi. Workshop 2 for both.", from: "Nadia Karimi",
			status: "complete", want: "Nadia Karimi:2/-; Omid Karimi:2/-"}},
		{blindCase: blindCase{body: "Hi\n\nI want to come with my brother. Our tickets are not needed. Workshop 2 for both.", from: "Nadia Karimi",
			status: "incomplete", missing: missingName36, want: "Nadia Karimi:2/-; :2/-"}},
		// near-misses: the named are not the party; greetings; too many names
		{blindCase: blindCase{body: "Hej\n\nJeg kommer med min søster. Anna Holm og Peter Holm fra bestyrelsen anbefalede mødet.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "incomplete", missing: missingBoth36, want: "Nadia Karimi:-/-; :-/-"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer med min søster, vi vil begge på workshop 2. Anna Holm og Peter Holm fra bestyrelsen anbefalede mødet.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "incomplete", missing: missingName36, want: "Nadia Karimi:2/-; :2/-"}},
		{blindCase: blindCase{body: "Hi\n\nI come with my husband. We both want workshop 1. Greetings also from Ole Berg and Jens Dam.\n\nBest, Nadia", from: "Nadia Karimi",
			notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\n\nMin søster og jeg vil gerne deltage. Nadia Karimi, Leyla Karimi og Sima Karimi. Workshop 3 til os begge.\n\nMvh Nadia", from: "Nadia Karimi",
			status: "review"}},
		{blindCase: blindCase{body: "Hej\n\nJeg kommer med min søster. Anna Holm og Peter Holm. Workshop 2 til begge.\n\nMvh Nadia", from: "Nadia Karimi",
			notStatus: "complete"}},
	})
}
