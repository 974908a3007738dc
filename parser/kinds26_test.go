package parser

import "testing"

// The kinds of mail a twenty-sixth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A (set 2). "min" after a workshop number and before a noun ("min tlf",
// "min nr", "min kone") is "my" opening a new clause, not minutes.
func TestMinAfterNumberIsMy(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "hej jeg vil gerne komme til modet den 29 jeg vaelger workshop 3 og 4 min tlf er 23 45 67 89 tak mvh Bente Lund",
			from: "Bente Lund", status: "complete", want: "Bente Lund:3/4"}, phone: "+4523456789"},
		{blindCase: blindCase{body: "hej jeg vil gerne med til netvaerksmode workshop 2 og 4 min nr er 31 22 44 55",
			from: "Ida Holm", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "hej jeg tager workshop 4 og 1 min mobil er 40 11 22 33 hilsen Karim Saleh",
			from: "Karim Saleh", status: "complete", want: "Karim Saleh:4/1"}, phone: "+4540112233"},
		// minutes in a time context stay minutes
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig workshop 2. Jeg kommer ca. 10 min for sent.\nMvh Bente Lund",
			from: "Bente Lund", want: "Bente Lund:2/-"}},
	})
}
