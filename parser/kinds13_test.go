package parser

import (
	"testing"
)

// The kinds of mail a thirteenth look at unseen mail showed the reader
// marking complete where a careful person would not, each in several
// wordings of our own, through Parse with the gate.

// A. The words of two workshops joined where the mail names ONE workshop
// ("workshoppen om", "the workshop on", a quoted title, "ingen anden
// prioritet") are a title blended from two: staff ask which is meant.
// Two choices written as two stay two choices.
func TestBlendedWorkshopTitle(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil helst på workshoppen om \"trivsel og tryghed\", den lyder spændende. Har ikke nogen anden prioritet.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg vil gerne på workshoppen Sundhed og uddannelse.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg vil gerne deltage i den om netværk og beskæftigelse.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg tilmelder mig “Trivsel & livschancer”.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hej\nJeg vil gerne sundhed og uddannelse. Ikke nogen anden prioritet.\nMvh Ida Holm",
			notStatus: "complete"},
		{body: "Hi\nI would like to join the workshop on upskilling and life chances.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		{body: "Hi\nPlease sign me up for the workshop about health and education, only that one.\nBest, Ida Holm",
			subject: "Registration", notStatus: "complete"},
		// two choices written as two, or one workshop's own words: as before
		{body: "Hej\nJeg vil gerne sundhed og job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage. Helst sundhed, ellers job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på workshoppen om sundhed og trivsel.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg vil gerne på workshoppen om sundhed, og ellers workshoppen om job.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hi\nI would like health and education, in that order.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
	})
}
