package parser

import (
	"testing"
)

// English mail read as carefully as Danish: the English tables said in the
// ways English-speaking residents, expats and students write, where a
// Danish partner table already covers the same thing.

// A relative who "joins", "participates" or "takes part" is one more
// attendee, as "deltager" and "tager med" are in Danish; "we will be two"
// is a head count as "vi bliver to" is.
func TestEnglishRelativeJoinsToo(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hello, please put me down for workshop 2 and 1. My flatmate joins as well.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, please sign me up for workshop 2 and 1. My wife participates too.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, please sign me up for workshop 2 and 1. My wife takes part too.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "hi i will attend, workshop 4 and 2. my brother is joining also\n\ntom reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, register me for 1 and 3. We will be two, my wife Anna also.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, register me for 1 and 3. We'll be 2.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		// the sender alone still reads complete
		{blindCase: blindCase{body: "Hi, please sign me up for workshop 2 and 1. I am joining alone.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:2/1"}},
		{blindCase: blindCase{body: "Hi, I would like to participate in workshop 3 and then 4.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:3/4"}},
	})
}
