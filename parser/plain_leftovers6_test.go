package parser

import (
	"testing"

	"tilmeld"
)

// A bare "jeg kommer" / "vi kommer" ends its sentence: she comes and is
// asked for her workshop, as "jeg kommer gerne" is; English "I'm coming",
// "we'll be there" too. Coming back with an answer, a maybe, "kommer an
// på" sign no one up; "kommer ikke" withdraws.
func TestBareComing(t *testing.T) {
	ask := []string{tilmeld.MissingWorkshop}
	runBlind(t, []blindCase{
		{body: "Tak for invitationen, jeg kommer.\nIda Holm", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask, want: "Ida Holm:-/-"},
		{body: "Jeg kommer.\nIda Holm", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask},
		{body: "Hej\nJeg kommer.\nMvh Ida", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask},
		{body: "Ja, jeg kommer.\nIda", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask},
		{body: "Jeg kommer!\nIda", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask},
		{body: "Tak, vi kommer!\nIda", intent: tilmeld.IntentRegister, status: "incomplete"},
		{body: "Hej\nVi kommer.\nMvh Ida", intent: tilmeld.IntentRegister, status: "incomplete"},
		{body: "Vi kommer begge.\nIda Holm", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{tilmeld.MissingName, tilmeld.MissingWorkshop}},
		{body: "Jeg kommer – mvh Bo", from: "Bo", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask},
		{body: "Hej, jeg kommer til mødet.\nIda", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask},
		{body: "Jeg kommer gerne.\nIda Holm", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask},
		{body: "Jeg kommer, workshop 2.\nIda", status: "complete", want: "Ida Holm:2/-"},
		{body: "I'll be there.\nIda Holm", subject: "Meeting", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask},
		{body: "I'm coming.\nIda", subject: "Meeting", intent: tilmeld.IntentRegister, status: "incomplete", missing: ask},
		{body: "We are coming.\nIda", subject: "Meeting", intent: tilmeld.IntentRegister, status: "incomplete"},
		{body: "We will both come.\nIda", subject: "Meeting", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{tilmeld.MissingName, tilmeld.MissingWorkshop}},
		{body: "I'm coming, workshop 3 and 1.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		// near-misses: no sign-up, or a withdrawal
		{body: "Jeg kommer ikke.\nIda", intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Jeg kommer måske.\nIda", notStatus: "complete", intent: tilmeld.IntentOther},
		{body: "Jeg kommer tilbage med svar.\nIda", status: "review", intent: tilmeld.IntentOther},
		{body: "Vi vender tilbage.\nIda", status: "review"},
		{body: "Det kommer an på vagtplanen.\nIda", status: "review"},
		{body: "Jeg kommer for sent.\nIda", notStatus: "complete"},
		{body: "Jeg kommer fra Hyldespjældet og vil gerne på workshop 2.\nIda", status: "complete", want: "Ida Holm:2/-"},
	})
}

// A counted group after an owner ("min mand og vores 2 børn", "my husband
// and our 2 kids") is as many people as "og 2 børn" is: one more each.
func TestCountedBesideOwner(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg kommer med min mand og vores 2 børn. Workshop 2 og 4.\nIda Holm", status: "incomplete", want: "Ida Holm:2/4; :-/-; :-/-; :-/-"},
		{body: "Jeg kommer med min mand og vores 2 børn, workshop 2 og 4.\nIda Holm", status: "incomplete", want: "Ida Holm:2/4; :-/-; :-/-; :-/-"},
		{body: "Min mand og vores 2 børn kommer også. Workshop 2 og 4.\nIda Holm", status: "incomplete", want: "Ida Holm:-/-; :2/4; :-/-; :-/-"},
		{body: "I'm coming with my husband and our 2 kids. Workshop 2 and 4.\nIda Holm", subject: "Meeting", status: "incomplete", want: "Ida Holm:2/4; :-/-; :-/-; :-/-"},
		// as before: a plain count, a head count, a group not coming
		{body: "Jeg kommer med min mand og 2 børn. Workshop 2 og 4.\nIda Holm", status: "incomplete", want: "Ida Holm:2/4; :-/-; :-/-; :-/-"},
		{body: "Vi kommer 4: mig, min mand og vores 2 børn. Workshop 1.\nIda Holm", status: "incomplete", want: "Ida Holm:1/-; :1/-; :1/-; :1/-"},
		{body: "Jeg kommer med min mand. Vores 2 børn bliver hjemme. Workshop 2.\nIda Holm", status: "incomplete", want: "Ida Holm:2/-; :-/-"},
		{body: "Jeg kommer med min mand, vi har 2 børn. Workshop 2.\nIda Holm", status: "incomplete", want: "Ida Holm:2/-; :2/-"},
	})
}

// Numbers ranked by arrows ("Prioritet: 4 > 2") are a 1st and a 2nd;
// three ranked, by arrows or commas after "Prioritering:", go to staff as
// more than two.
func TestRankedByArrows(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne deltage. Prioritet: 4 > 2\nIda Holm", status: "complete", want: "Ida Holm:4/2"},
		{body: "Jeg vil gerne deltage. Prioritering: 3, 1\nIda Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "I would like to come. Priority: 2 > 3\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/3"},
		{body: "Jeg vil gerne deltage. Prioritet: 4 > 2 > 1\nIda Holm", intent: tilmeld.IntentRegister, status: "review"},
		{body: "Jeg vil gerne deltage. Prioritering: 3, 1, 2\nIda Holm", status: "review"},
		{body: "Jeg vil gerne deltage. Prioritet: 3 -> 1 -> 2\nIda Holm", status: "review"},
		{body: "I would like to come. Priority: 4 > 2 > 1\nIda Holm", subject: "Meeting", status: "review"},
		{body: "Jeg vil gerne deltage. Workshop 4, 2, 1.\nIda Holm", status: "review"},
	})
}

// The owner's count after the sender or with names given stays as read.
func TestCountedOwnerNamed(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg tilmelder mig selv og mine to børn, Ali og Sara. Vi vil alle gerne på workshop 3.\n\nIda Holm", status: "complete", want: "Ida Holm:3/-; Ali:3/-; Sara:3/-"},
		{body: "Jeg kommer med min mand Tom og vores 2 børn Ali og Sara. Workshop 3.\nIda Holm", notStatus: "complete"},
	})
}
