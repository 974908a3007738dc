package parser

import "slices"

// checkPending: the wish waits on someone's circumstances, and the sender
// says she will write again ("han skal lige høre om han kan få fri", "jeg
// skriver igen når han ved det", "I'll confirm once I know", "jeg
// tilmelder mig først, når ..."): not yet a registration staff can act on.
func checkPending(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	if hit := v.first(gatePending); hit != nil {
		return review("the registration is not settled yet: %q", v.quote(hit[0], hit[1]))
	}
	return verdict{}
}

var (
	// gatePending: the circumstances, the promise to write again, and the
	// sign-up put off (daSignUpLater, which the reader's registerNot and
	// waitsForAnswer ask too: "I'll register once I have my shift plan")
	gatePending = table(slices.Concat(daPendingOn, daPendingLater, daSignUpLater), slices.Concat(enPendingOn, enPendingLater, enSignUpLater))
	// pendingOn: the circumstances alone, which the reader holds for staff
	// itself ("he will get back to you" of one who has not chosen asks
	// the sender instead)
	pendingOn = table(daPendingOn, enPendingOn)
)
