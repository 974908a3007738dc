package parser

// silentOfSelf reports a mail whose reading leaves the sender out and whose
// words never speak of her ("jeg", "mig", "vi", "I", "me"): she writes of
// others only ("Min søn Omar Ali vil gerne deltage i workshop 3, ellers
// 4"), and the relation named there is not one more than she names.
func (v *gateView) silentOfSelf() bool {
	self := v.sender()
	for _, a := range v.r.Attendees {
		if a.Name == "" || self != "" && samePerson(a.Name, self) {
			return false
		}
	}
	en := v.r.Language == "en"
	for _, tk := range v.t.toks {
		if daSenderWordSet[tk.s] || en && enSenderWordSet[tk.s] {
			return false
		}
	}
	return true
}
