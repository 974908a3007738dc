package parser

// callFirst is the gate's table for checkCallFirst, compiled once.
var callFirst = table(daGateCallFirst, enGateCallFirst)

// checkCallFirst: the writer asks staff to call or write before anyone is
// put down ("Vil I ringe til mig, før I skriver hende på?"): whether she
// comes too, and where, hangs on that talk, so nothing can be entered yet.
func checkCallFirst(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	if hit := v.first(callFirst); hit != nil {
		vd := review("the writer asks to be contacted before the registration is made: %q", v.quote(hit[0], hit[1]))
		vd.asks = true
		return vd
	}
	return verdict{}
}
