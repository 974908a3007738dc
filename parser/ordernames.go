package parser

// orderNamesWithSelf reports an order to sign up that names someone and
// the writer at token j ("Tilmeld Tom Berg og mig til 4 og 2", "Please
// register Tom and me"): the clause is about both.
func (rd *reader) orderNamesWithSelf(c clause, j, to int) bool {
	t := rd.own
	ms := rd.ps.mentions(t, t.toks[j].a, c.b, false)
	if len(ms) == 0 || ms[0].a != t.toks[j].a {
		return false
	}
	k := t.tokenAt(ms[0].b)
	return k+1 < to && (t.toks[k].s == "og" || t.toks[k].s == "and") && (orderObject[t.toks[k+1].s] || t.toks[k+1].s == "myself")
}

// orderObjectAt returns the token after the verb of an order to sign up
// at token i where whom it names begins: past the fillers ("Tilmeld gerne
// os") and the particle of "sign up" ("Please sign up my husband, Per
// Holm, and me").
func orderObjectAt(t *text, i, to int) int {
	j := i + 1
	if j+1 < to && t.toks[i].s == "sign" && t.toks[j].s == "up" {
		j++
	}
	for j < to && signUpFillers[t.toks[j].s] {
		j++
	}
	return j
}

// ordersSignUp reports a clause that opens with an order to sign up
// ("Tilmeld Karim og mig", "Please register me and Karim"): a first name
// alone beside the writer there is someone she brings.
func ordersSignUp(t *text, c clause) bool {
	i, to := t.pastLead(c.a, c.b), t.tokenAt(c.b)
	if i >= to || !t.toks[i].is(classOrderWord) {
		return false
	}
	if k := askedOrder(t, i, to); k > 0 {
		i = k // "Vil I tilmelde Karim og mig", "Could you register me and Karim"
	}
	if politeOrder(t, i, to) || i+1 < to && politeFill[t.toks[i].s] {
		i++
	}
	return i < to && (signUpOrder[t.toks[i].s] || signUpAsked[t.toks[i].s])
}

// politeOrder reports a polite word at token i before an order to sign up
// ("Please register", "Venligst tilmeld").
func politeOrder(t *text, i, to int) bool {
	return i+1 < to && t.toks[i].is(classOrderWord) && politeFill[t.toks[i].s] && signUpOrder[t.toks[i+1].s]
}

// orderWords may open an order to sign up or a board role before a name:
// the rules here look a token up only when it is one of them.
var orderWords = wordSet(daSignUpOrder, enSignUpOrder, daPoliteFill, enPoliteFill, daAskModal, enAskModal, daSignUpAsked,
	daRoleOwner, enRoleOwner, daBoardRoles, enBoardRoles)

var (
	askModal    = wordSet(daAskModal, enAskModal)
	askYou      = wordSet(daAskYou, enAskYou)
	signUpAsked = wordSet(daSignUpAsked)
)

// askedOrder returns the verb of an order to sign up asked as a question
// at token i ("Vil I tilmelde", "Could you register", "Kan I venligst
// skrive"); 0 if there is none.
func askedOrder(t *text, i, to int) int {
	if i < 0 || i+2 >= to || !t.toks[i].is(classOrderWord) || !askModal[t.toks[i].s] || !askYou[t.toks[i+1].s] {
		return 0
	}
	k := i + 2
	if politeFill[t.toks[k].s] && k+1 < to {
		k++
	}
	if signUpOrder[t.toks[k].s] || signUpAsked[t.toks[k].s] {
		return k
	}
	return 0
}

// orderVerb reports the verb of an order to sign up at token i: "tilmeld",
// or "tilmelde" after "Vil I (venligst)".
func orderVerb(t *text, i, to int) bool {
	if !t.toks[i].is(classOrderWord) {
		return false
	}
	w := t.toks[i].s
	return signUpOrder[w] || signUpAsked[w] && (askedOrder(t, i-2, to) == i || askedOrder(t, i-3, to) == i)
}

// roleBeforeName returns the token of a name that follows a board role at
// token i ("kassereren Jens Bo", "our treasurer Jens Bo"); 0 if none.
func (rd *reader) roleBeforeName(c clause, i, to int) int {
	t := rd.own
	if !t.toks[i].is(classOrderWord) {
		return 0
	}
	if i+1 < to && roleOwner[t.toks[i].s] {
		i++
	}
	if i+1 >= to || !boardRoles[t.toks[i].s] {
		return 0
	}
	ms := rd.ps.mentions(t, t.toks[i+1].a, c.b, false)
	if len(ms) == 0 || ms[0].a != t.toks[i+1].a {
		return 0
	}
	return i + 1
}

var (
	roleOwner  = wordSet(daRoleOwner, enRoleOwner)
	boardRoles = wordSet(daBoardRoles, enBoardRoles)
)

// checkOrderObjectMissing: an order to sign up whose object is a name that
// is no attendee ("Tilmeld Karim til workshop 2", "Vil I tilmelde Karim
// til 2?"): the reading gave the choice to someone else.
func checkOrderObjectMissing(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for _, c := range t.sents() {
		i, to := t.pastLead(c.a, c.b), t.tokenAt(c.b)
		if i >= to || !t.toks[i].is(classOrderWord) {
			continue
		}
		if k := askedOrder(t, i, to); k > 0 {
			i = k
		} else if politeOrder(t, i, to) {
			i++
		}
		if i+1 >= to || !signUpOrder[t.toks[i].s] && !signUpAsked[t.toks[i].s] {
			continue
		}
		if k := i + 1; v.nameWordAt(k) && !v.isAttendee(t.toks[k].s) {
			return review("the mail signs up %s, who is no attendee", v.quote(t.toks[k].a, t.toks[k].b))
		}
	}
	return verdict{}
}
