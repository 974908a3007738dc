package parser

import (
	"testing"

	"tilmeld"
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

// A withdrawal in the words Danish has for it ("er forhindret", "meld mig
// fra") or typed without the apostrophe ("cant come") is a cancellation;
// said of a relative, the sender still comes.
func TestEnglishCancelWordings(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi, unfortunately I am prevented from coming on Tuesday.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentCancel}},
		{blindCase: blindCase{body: "Hi, i am sick and cant come. Tom",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentCancel}},
		{blindCase: blindCase{body: "hello sorry i wont make it tomorrow\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentCancel}},
		{blindCase: blindCase{body: "Hi, I'm not going to make it unfortunately. Sorry!\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentCancel}},
		{blindCase: blindCase{body: "Hi, please sign me off the meeting. I got ill.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentCancel}},
		// said of a relative: she stays home, the sender comes
		{blindCase: blindCase{body: "Hi, sign me up for 2 and 3. My husband cant come, he is working.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Tom Reed:2/3"}},
		{blindCase: blindCase{body: "Hi, sign me up for 2 and 3. My wife is prevented, she works that day.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Tom Reed:2/3"}},
	})
}

// A 2nd choice put in the words Danish has for it ("hvis ikke det kan lade
// sig gøre", "dernæst", "derefter", "i anden række", "som nummer 2") is
// read, and "not" inside such words turns no workshop down.
func TestEnglishSecondChoiceWordings(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi, I'd like workshop 2, if that's not possible workshop 4.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:2/4"}},
		{blindCase: blindCase{body: "Hi, I'd like workshop 2, if that is not possible workshop 4.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:2/4"}},
		{blindCase: blindCase{body: "Hi, I'd like workshop 2. If that doesn't work out, workshop 4.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:2/4"}},
		{blindCase: blindCase{body: "Hi, I'd like workshop 2, secondly 4.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:2/4"}},
		{blindCase: blindCase{body: "Hi, I'd like workshop 2 most of all, and 4 after that.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:2/4"}},
		{blindCase: blindCase{body: "Hi, I would like health, if it's full then jobs.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:2/4"}},
		{blindCase: blindCase{body: "Hi, I would like to attend workshop 3 as number 1 and workshop 1 as number 2.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:3/1"}},
		{blindCase: blindCase{body: "Hi, sign me up for 3, in second place 1.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:3/1"}},
		// "not" outside such words still turns a workshop down
		{blindCase: blindCase{body: "Hi, I'd like workshop 3, not workshop 1.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:3/-"}},
	})
}

// A sender who stays away, a doubt about coming and a condition on it,
// said the English way, hold a complete reading back as their Danish
// partners do ("deltager ikke selv", "ved ikke om jeg kan", "forudsat at").
func TestEnglishDoubtAndConditionWordings(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi, please register my mother Eva Reed for workshop 2 and 3. I will not participate myself.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Eva Reed:2/3"}},
		{blindCase: blindCase{body: "Hi, please sign up my neighbour Sara Ali for workshop 1 and 4. I'm not joining myself.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Sara Ali:1/4"}},
		{blindCase: blindCase{body: "Hi, I'd like workshop 2 and 3. I am not sure I can come, I will let you know.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "hi workshop 2 and 3 please. not really sure i can make it yet\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, I'd like workshop 2 and 3, provided there is childcare.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, I'd like workshop 2 and 3 if my shift allows it.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hello, workshop 1 and 3 for me, work permitting.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		// a food the reader has no tag for is left to staff
		{blindCase: blindCase{body: "Hi, sign me up for 2 and 3. I don't eat seafood.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		// sure of coming, the sender still reads complete
		{blindCase: blindCase{body: "Hi, I'd like workshop 2 and 3. I am sure I can come.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:2/3"}},
	})
}

// Relatives named in the plural ("my kids", "my colleagues") are
// companions as "mine børn", "mine kollegaer" are: the sender is not read
// as coming alone, and they stay home with "can't come".
func TestEnglishRelativesInPlural(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi, my kids are also coming along, workshop 2 and 3 for me.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, workshop 2 and 3 for me. My children are coming as well.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, workshop 2 and 3 for me. My parents are coming too.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi, workshop 2 and 3 for me. My kids can't come, they have school.\n\nTom Reed",
			from: "Tom Reed", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Tom Reed:2/3"}},
	})
}
