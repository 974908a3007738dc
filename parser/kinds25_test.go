package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-fifth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A. A diet sentence whose subject is one relative without a name ("Min
// svigerinde spiser ikke svinekød") is hers alone, even after a shared "vi
// ... begge" choice; "vi" still spreads it to everyone.
func TestDietOfUnnamedRelativeStaysHers(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg og min svigerinde vil gerne komme. Vi vil begge to gerne være med i Sundhed & trivsel. Anden prioritet har vi ikke, det er fint bare med den ene.\nMin svigerinde spiser ikke svinekød.\n\nMvh\nGrethe Lund\n",
			from: "Grethe Lund", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"name"}, want: "Grethe Lund:2/-; :2/-"},
			diets: "Grethe Lund=; =no_pork"},
		{blindCase: blindCase{body: "Hej\n\nVi er to der gerne vil komme, mig og min svigerinde. Vi vil begge to gerne være med i workshop 3.\nHun spiser ikke svinekød.\n\nMvh\nGrethe Lund\n",
			from: "Grethe Lund", status: "incomplete", missing: []string{"name"}, want: "Grethe Lund:3/-; :3/-"},
			diets: "Grethe Lund=; =no_pork"},
		// the relative spoken of only in the diet sentence is the one counted
		{blindCase: blindCase{body: "Hej\n\nVi vil begge to gerne være med i workshop 4. Anden prioritet har vi ikke.\nMin svoger er vegetar.\n\nMvh\nGrethe Lund\n",
			from: "Grethe Lund", status: "incomplete", missing: []string{"name"}, want: "Grethe Lund:4/-; :4/-"},
			diets: "Grethe Lund=; =vegetarian"},
		{blindCase: blindCase{body: "Hi\n\nMy husband and I would both like to join workshop 2. We have no second choice, that one is fine.\nMy husband doesn't eat pork.\n\nBest\nRuth Berg\n",
			from: "Ruth Berg", subject: "Registration", status: "incomplete", missing: []string{"name"}, want: "Ruth Berg:2/-; :2/-"},
			diets: "Ruth Berg=; =no_pork"},
		// "vi" is everyone
		{blindCase: blindCase{body: "Hej\n\nJeg og min svigerinde vil gerne komme. Vi vil begge to gerne være med i Sundhed & trivsel.\nVi spiser ikke svinekød.\n\nMvh\nGrethe Lund\n",
			from: "Grethe Lund", status: "incomplete", want: "Grethe Lund:2/-; :2/-"},
			diets: "Grethe Lund=no_pork; =no_pork"},
	})
}
