package parser

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unsafe"

	"tilmeld"
)

// The gate makes "complete" mean sure. A complete reading lets the bot act
// alone, and a wrong automatic action is the worst failure there is, while a
// staff member's look is cheap. So after the reader has done its best, the
// gate looks for signs in the sender's words that the reading did not
// account for: more people spoken of than attendees found, a workshop named
// that nobody chose, food words that gave no diet, a change or a condition
// written as a plain registration. Each sign holds the reading back: for
// staff (review, with a reason they can read), or, where the sender can
// settle it, to ask her (incomplete, with what is missing). The gate never
// changes what was read, only how sure the bot is of it.

// gateView is what the checks read, prepared once per mail.
type gateView struct {
	r  *Result
	m  *Mail
	ev *tilmeld.Event
	t  *text // the words the reader read (the sender's own, or a forwarded registration)
	// read is the reader's text t was made from (sameText), nil when none:
	// what it read of each sentence need not be read again.
	read *text
	// agreed is what readAgrees answered of agreedAvoid (agreedAsked).
	agreed, agreedAsked bool
	agreedAvoid         unsafe.Pointer
	rd                  *reader // only for its workshop catalogue
	// chosen holds every workshop some attendee chose.
	chosen map[int]bool
	// sentRefs are the workshops named in each sentence, each read on
	// first need (sentRead); blocked is blockedSpans of t, made once.
	sentRefs  [][]ref
	sentRead  []bool
	blocked   func(a, b int) bool
	companion *verdict
	// describedAt ends the words of the first person described, not named,
	// who comes along (describedComers); -1 when none.
	describedAt int
	// author is the forwarded mail's author when that mail was read.
	author string
	// senderName is what sender returns, read once (senderRead).
	senderName string
	senderRead bool
	// everyChosen is what allChosen returns, read once (everyChosenRead):
	// two checks ask it of the same text.
	everyChosen     bool
	everyChosenRead bool
}

// verdict is a check's finding: "" reason when the sign is absent.
type verdict struct {
	reason string
	// incomplete: the sender, not staff, can settle it; missing says what to ask.
	incomplete bool
	missing    []string
	// add are attendees the reading lacks (a companion without a name).
	add []tilmeld.Attendee
	// asks: the sign is a question to staff, to be answered, not only looked at.
	asks bool
}

// gateCheck is one sign the gate looks for.
type gateCheck struct {
	name string
	fn   func(v *gateView) verdict
}

// gateChecks are the signs, each cheap. A sign that holds back right
// readings of labelled mail more often than it catches wrong ones does not
// belong here: asking staff is cheap, but not free.
var gateChecks = []gateCheck{
	{"unfilled", checkUnfilled},
	{"empty-update", checkEmptyUpdate},
	{"unnamed-update", checkUnnamedUpdate},
	{"first-name-update", checkFirstNameUpdate},
	{"decoding", checkDecoding},
	{"quote-left", checkQuoteLeft},
	{"attachment", checkAttachment},
	{"cancel-words", checkCancelWords},
	{"name-to-follow", checkNameToFollow},
	{"diet-except", checkDietExcept},
	{"ditto-field", checkDittoField},
	{"diet-subgroup", checkDietSubgroup},
	{"not-self", checkNotSelf},
	{"borrowed-account", checkBorrowedAccount},
	{"forwarder-comes", checkForwarderComes},
	{"own-choices-over-forward", checkOwnChoicesOverForward},
	{"board-thread-update", checkBoardThreadUpdate},
	{"forwarder-words-unread", checkForwarderWordsUnread},
	{"cancel-for", checkCancelFor},
	{"cancel-group", checkCancelGroup},
	{"cancel-whole", checkCancelWhole},
	{"short-name-ambiguous", checkShortNameAmbiguous},
	{"self-missing", checkSelfMissing},
	{"companion", checkCompanion},
	{"named-missing", checkNamedMissing},
	{"order-object-missing", checkOrderObjectMissing},
	{"name-field-pair", checkNameFieldPair},
	{"relative-missing", checkRelativeMissing},
	{"bare-kin", checkBareKin},
	{"small-name-missing", checkSmallNameMissing},
	{"subject-missing", checkSubjectMissing},
	{"elided-person-missing", checkElidedPersonMissing},
	{"kin-group-brought", checkKinGroupBrought},
	{"line-person-missing", checkLinePersonMissing},
	{"listed-missing", checkListedMissing},
	{"name-lines", checkNameLines},
	{"behalf-of", checkBehalfOf},
	{"we-one", checkWeOne},
	{"odd-name", checkOddName},
	{"change", checkChange},
	{"move-for-other", checkMoveForOther},
	{"owned-change", checkOwnedChange},
	{"receipt-reported", checkReceiptReported},
	{"given-seat", checkGivenSeat},
	{"others-withdrawal", checkOthersWithdrawal},
	{"own-wish-given-other", checkOwnWishGivenOther},
	{"same-for-one", checkSameForOne},
	{"diet-of-named-other", checkDietOfNamedOther},
	{"interleaved-own-choices", checkInterleavedOwnChoices},
	{"register-under-placement", checkRegisterUnderPlacement},
	{"cancel-with-diet", checkCancelWithDiet},
	{"cancel-signs-up", checkCancelSignsUp},
	{"cancel-unnamed", checkCancelUnnamed},
	{"other-named-with-choice", checkOtherNamedWithChoice},
	{"diet-contrast", checkDietContrast},
	{"conditional", checkConditional},
	{"come-if-asked", checkComeIfAsked},
	{"venue-condition", checkVenueCondition},
	{"sign-up-first", checkSignUpFirst},
	{"call-first", checkCallFirst},
	{"pending", checkPending},
	{"undecided", checkUndecided},
	{"copied-list-order", checkCopiedListOrder},
	{"ticked-unordered", checkTickedUnordered},
	{"replaced", checkReplaced},
	{"diet-unread", checkDietUnread},
	{"diet-unread-part", checkDietUnreadPart},
	{"diet-echo", checkDietEcho},
	{"diet-echo-other", checkDietEchoOther},
	{"diet-lost", checkDietLost},
	{"diet-but", checkDietBut},
	{"diet-more", checkDietMore},
	{"diet-of-kin", checkDietOfKin},
	{"unchosen", checkUnchosen},
	{"refused-choice", checkRefusedChoice},
	{"near-workshop", checkNearWorkshop},
	{"blended-title", checkBlendedTitle},
	{"role-lines", checkRoleLines},
	{"named-and-relative", checkNamedAndRelative},
	{"rather-than", checkRatherThan},
	{"old-for-new", checkOldForNew},
	{"rank-after", checkRankAfter},
	{"order-restated", checkOrderRestated},
	{"else-unread", checkElseUnread},
	{"else-none", checkElseNone},
	{"stray-number", checkStrayNumber},
	{"also-fine", checkAlsoFine},
	{"pronoun-sign-up", checkPronounSignUp},
	{"moved-away", checkMovedAway},
	{"self-correction", checkSelfCorrection},
	{"also-added", checkAlsoAdded},
	{"honorific", checkHonorific},
	{"many-workshops", checkManyWorkshops},
	{"spam", checkSpam},
	{"not-about-coming", checkNotAboutComing},
	{"maybe", checkMaybe},
	{"cancel-late", checkCancelLate},
	{"cancel-choice", checkCancelChoice},
	{"diet-clash", checkDietClash},
	{"contact-unread", checkContactUnread},
	{"question", checkQuestion},
	{"diet-removed", checkDietRemoved},
	{"diet-withdrawn", checkDietWithdrawn},
	{"counted-residents", checkCountedResidents},
	{"corrected-stranger", checkCorrectedStranger},
}

// gate holds back a complete reading that shows signs the reader did not
// account for. Only complete readings are looked at: the others already
// wait for a person.
func gate(r *Result, ev *tilmeld.Event) {
	if r == nil {
		return
	}
	if r.Status == tilmeld.StatusIncomplete && r.Mail != nil {
		holdIncomplete(r, ev)
	}
	if r.Status != tilmeld.StatusComplete || r.Mail == nil {
		r.own, r.fwd = nil, nil
		return
	}
	v := newGateView(r, ev)
	r.own, r.fwd = nil, nil
	var review, asks []string
	var inc verdict
	for _, c := range gateChecks {
		vd := c.fn(v)
		switch {
		case vd.reason == "":
		case vd.incomplete && r.Intent == tilmeld.IntentRegister:
			inc.missing = union(inc.missing, vd.missing)
			inc.add = append(inc.add, vd.add...)
			asks = append(asks, vd.reason)
		default:
			review = append(review, vd.reason)
			r.Question = r.Question || vd.asks
		}
	}
	switch {
	case len(review) > 0:
		r.Status, r.Confidence = tilmeld.StatusReview, 0.4
		r.Reasons = append(r.Reasons, review...)
	case len(asks) > 0:
		r.Status, r.Confidence = tilmeld.StatusIncomplete, 0.8
		r.Missing = union(r.Missing, inc.missing)
		r.Attendees = append(r.Attendees, inc.add...)
		r.Reasons = append(r.Reasons, asks...)
	}
}

// incompleteChecks are the signs that hold back an incomplete reading
// too: asking the sender for a missing name or workshop would pass over
// a condition only staff can answer ("kan kun deltage, hvis han må være
// med. Går det?").
var incompleteChecks = []gateCheck{
	{"conditional", checkConditional},
	{"come-if-asked", checkComeIfAsked},
	{"venue-condition", checkVenueCondition},
	{"no-workshop-wanted", checkNoWorkshopWanted},
	{"call-first", checkCallFirst},
	{"asked-workshop", checkAskedWorkshop},
	{"honorific", checkHonorific},
	{"for-me-and", checkForMeAnd},
	{"or-unread", checkOrUnread},
	{"pronoun-sign-up-incomplete", checkPronounSignUp},
	{"given-unread", checkGivenUnread},
	{"same-as-unread", checkSameAsUnread},
	// "min mand per": asking her for his name would ask for what she gave
	{"small-name-missing-incomplete", checkSmallNameMissing},
	// "Afmeld venligst Bo. Jeg kommer selv stadig.": asking her for a
	// workshop would pass over the withdrawal
	{"cancel-words-incomplete", checkCancelWords},
	// "Vi kommer begge, og Bo er blevet veganer" under the placement: the
	// seats are given, a workshop is no thing to ask for
	{"register-under-placement-incomplete", checkRegisterUnderPlacement},
	// "Please move Bo Jensen to workshop 3": asking her for a workshop
	// would pass over a change of someone else's registration
	{"move-for-other-incomplete", checkMoveForOther},
}

// holdIncomplete sends an incomplete reading to review when it shows one
// of incompleteChecks' signs.
func holdIncomplete(r *Result, ev *tilmeld.Event) {
	v := newGateView(r, ev)
	for _, c := range incompleteChecks {
		if vd := c.fn(v); vd.reason != "" {
			r.Status, r.Confidence = tilmeld.StatusReview, 0.4
			r.Reasons = append(r.Reasons, vd.reason)
			r.Question = r.Question || vd.asks
		}
	}
	if r.Status == tilmeld.StatusIncomplete {
		shareImpersonal(v)
		askCompanions(v)
	}
}

// askCompanions: an incomplete registration that brings a counted group
// beside the people it holds ("Min mand og 2 børn kommer også", where the
// reading made one for the husband) asks for their names too: the reading
// makes no one for a counted group. A head count the people read already
// fill ("Vi er 3: mig, min mand og 1 barn"), or people read for the group
// ("myself and two others" read as three), add none.
func askCompanions(v *gateView) {
	r := v.r
	if r.Intent != tilmeld.IntentRegister {
		return
	}
	c, said, shared := v.countedAlong()
	n := len(r.Attendees)
	if c == 0 || n == 0 || v.headcount() > 0 && n >= v.headcount() {
		return
	}
	rels, _ := v.relations()
	if more := 1 + rels + c - n; more < c {
		c = more // "myself and two others", read as three already
	}
	if c <= 0 {
		return
	}
	choices := v.sharedChoices()
	if choices == nil && shared && n == 1 {
		choices = r.Attendees[0].Choices
	}
	r.Missing = union(r.Missing, []string{tilmeld.MissingName})
	if choices == nil {
		r.Missing = union(r.Missing, []string{tilmeld.MissingWorkshop})
	}
	for range c {
		r.Attendees = append(r.Attendees, tilmeld.Attendee{Choices: slices.Clone(choices)})
	}
	r.Reasons = append(r.Reasons, fmt.Sprintf("the mail brings %d more (%s) than it names", c, said))
}

func newGateView(r *Result, ev *tilmeld.Event) *gateView {
	m := r.Mail
	if r.read != nil {
		m = r.read // the names taken back dropped
	}
	v := &gateView{r: r, m: m, ev: ev, rd: &reader{m: m, ev: ev, cat: catalogFor(ev)}, chosen: map[int]bool{}}
	v.t = v.readText(r.own, r.fwd)
	for _, a := range r.Attendees {
		for _, c := range a.Choices {
			v.chosen[c] = true
		}
	}
	return v
}

// readText picks the words the reader read, as chooseText does: the
// sender's own, or, when she only passes it on, the forwarded mail. It
// takes over what the reader's texts of them (own, fwd; nil if none) read
// from their words alone.
func (v *gateView) readText(ownRead, fwdRead *text) *text {
	own := v.sameText(ownRead, v.m.Own)
	if strings.TrimSpace(v.m.Forwarded) == "" {
		return own
	}
	fwd := lex.forward.MatchString(own.fold) || strings.TrimSpace(own.fold) == "" || passesOnBySubject(v.m.Subject) || passesOnResident(own)
	if !fwd || v.rd.hasRefs(own) {
		return own
	}
	body, author, _ := forwardedBody(v.m.Forwarded)
	v.author = author
	return v.sameText(fwdRead, body)
}

// sameText is sameText(read, s), noting read in v.read when it is taken over.
func (v *gateView) sameText(read *text, s string) *text {
	t := sameText(read, s)
	v.read = nil
	if read != nil && read.orig == s {
		v.read = read
	}
	return t
}

func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	slices.Sort(a)
	return a
}

func review(format string, args ...any) verdict {
	return verdict{reason: fmt.Sprintf(format, args...)}
}

// quote returns the original words behind fold[a:b], trimmed, for a reason.
func (v *gateView) quote(a, b int) string {
	return strings.Join(strings.Fields(v.t.span(a, b)), " ")
}

// sentenceOf returns the sentence holding offset a.
func (v *gateView) sentenceOf(a int) sentence {
	for _, s := range v.t.sents() {
		if a >= s.a && a < s.b {
			return s
		}
	}
	return sentence{a, a}
}

// first returns the first match of m in the text, nil when none.
func (v *gateView) first(m *matcher) []int {
	if hits := v.t.all(m); len(hits) > 0 {
		return hits[0]
	}
	return nil
}

func (v *gateView) registers() bool { return v.r.Intent == tilmeld.IntentRegister }

func (v *gateView) changes() bool {
	return v.r.Intent == tilmeld.IntentRegister || v.r.Intent == tilmeld.IntentUpdate
}

// gateLex holds the gate's tables compiled once.
var gateLex = struct {
	notSelf, but, change, conditional, replaced, diet, spam, maybe, count, bring, info, form, dietNone, signUp, signUpUs, late, lateReason, selfComes, undecided, orElse, cancelFor, oneWorkshop, onlyOne, comeIf, cancelGroup *matcher
}{
	notSelf:     table(daGateNotSelf, enGateNotSelf),
	but:         table(daGateBut, enGateBut),
	change:      table(daGateChange, enGateChange),
	conditional: table(daGateConditional, enGateConditional),
	cancelFor:   table(daGateCancelFor, enGateCancelFor),
	replaced:    table(daGateReplaced, enGateReplaced),
	diet:        table(daGateDiet, enGateDiet),
	spam:        table(daGateSpam, enGateSpam),
	maybe:       table(daGateMaybe, enGateMaybe),
	count:       table(daGateCount, enGateCount),
	bring:       table(daGateBring, enGateBring),
	info:        table(daGateInfo, enGateInfo),
	form:        table(daGateForm, enGateForm),
	dietNone:    table(daDietNone, enDietNone),
	signUp:      table(daGateSignUp, enGateSignUp),
	signUpUs:    table(daGateSignUpUs, enGateSignUpUs),
	late:        table(daGateLate, enGateLate),
	lateReason:  table(daGateLateReason, enGateLateReason),
	selfComes:   table(daGateSelfComes, enGateSelfComes),
	undecided:   table(daGateUndecided, enGateUndecided),
	orElse:      table(daGateElse, enGateElse),
	oneWorkshop: table(daGateOneWorkshop, enGateOneWorkshop),
	onlyOne:     table(daGateOnlyOne, enGateOnlyOne),
	comeIf:      table(daGateComeIf, enGateComeIf),
	cancelGroup: table(daGateCancelGroup, enGateCancelGroup),
}

var (
	gateOwners    = wordSet(daGateOwners, enGateOwners)
	gateNameStops = wordSet(gateNameWords)
	groupWords    = wordSet([]string{"begge", "vi", "os", "both", "we", "us"})
)

// checkNotSelf: the sender says she stays away, yet she is an attendee.
func checkNotSelf(v *gateView) verdict {
	hit := v.first(gateLex.notSelf)
	self := v.sender()
	if hit == nil || self == "" {
		return verdict{}
	}
	for _, a := range v.r.Attendees {
		if a.Name != "" && samePerson(a.Name, self) {
			return review("the sender writes %q but is counted as an attendee", v.quote(hit[0], hit[1]))
		}
	}
	return verdict{}
}

// checkCancelFor: a cancellation said of a relative ("min mor kan ikke
// komme alligevel") withdraws her; a reading that withdraws the sender, or
// no one by name, would cancel the wrong registration.
func checkCancelFor(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel {
		return verdict{}
	}
	hit := v.first(gateLex.cancelFor)
	if hit == nil {
		return verdict{}
	}
	self := v.sender()
	wrong := len(v.r.Attendees) == 0
	for _, a := range v.r.Attendees {
		wrong = wrong || a.Name == "" || self != "" && samePerson(a.Name, self)
	}
	if wrong {
		return review("the mail cancels for someone else (%q), not the sender: whose registration?", v.quote(hit[0], hit[1]))
	}
	return verdict{}
}

// checkCancelGroup: a withdrawal said of more than the sender ("hverken
// mig eller Sahra Warsame", "ingen af os", "vi kan ikke komme") that
// withdraws one person: the others stay registered by mistake, and whom
// the mail means is for staff to see.
func checkCancelGroup(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel || len(v.r.Attendees) > 1 {
		return verdict{}
	}
	if hit := v.first(gateLex.cancelGroup); hit != nil {
		return review("the mail withdraws more than one (%q), but only %s was read", v.quote(hit[0], hit[1]), v.withdrawn())
	}
	return verdict{}
}

func (v *gateView) withdrawn() string {
	if len(v.r.Attendees) == 0 {
		return "nobody"
	}
	return nameOr(v.r.Attendees[0].Name)
}

// checkCompanion: the mail speaks of more people than it names ("jeg og en
// kollega", "min mand", "vi er tre"). The sender can name them.
func checkCompanion(v *gateView) verdict {
	if v.companion == nil {
		vd := v.countPeople()
		v.companion = &vd
	}
	return *v.companion
}

func (v *gateView) countPeople() verdict {
	if !v.changes() {
		return verdict{}
	}
	// an update lists only who changes; a sender who writes for others
	// is no attendee herself
	self := 1
	if !v.registers() || v.first(lex.onBehalf) != nil || v.first(gateLex.notSelf) != nil {
		self = 0
	}
	rels, what := v.relations()
	if self == 1 && rels > 0 && len(v.r.Attendees) <= rels && v.silentOfSelf() {
		self = 0 // "Min søn Omar Ali vil gerne deltage i workshop 3": only he
	}
	c, said, alongShared := v.countedAlong()
	if c > 0 {
		if rels == 0 {
			what = said
		}
		rels += c // "jeg kommer med 2 kolleger"
	}
	want := max(v.headcount(), self+rels)
	if v.first(gateLex.count) != nil {
		want = max(want, 2)
	}
	n := len(v.r.Attendees)
	if d, said := v.describedComers(); d > 0 && n+d > want {
		want, what = n+d, said
	}
	if c, said := v.countedComers(); c > want {
		want, what = c, said
	}
	if c := v.subjectHeadcount(); c > want && !v.carriedSubject() {
		want, what = c, fmt.Sprintf("the subject %q", v.m.Subject)
	}
	if want <= n {
		return verdict{}
	}
	why := fmt.Sprintf("the mail speaks of %d people (%s) but names %d", want, what, n)
	if !v.registers() {
		return verdict{reason: why}
	}
	vd := verdict{reason: why, incomplete: true, missing: []string{tilmeld.MissingName}}
	choices := v.sharedChoices()
	if choices == nil && alongShared && n == 1 {
		choices = v.r.Attendees[0].Choices // "Jeg og 2 kolleger vil gerne på 3"
	}
	if choices == nil {
		vd.missing = append(vd.missing, tilmeld.MissingWorkshop)
	}
	for range want - n {
		vd.add = append(vd.add, tilmeld.Attendee{Choices: slices.Clone(choices)})
	}
	if own := v.describedChoices(); want == n+1 && own != nil && choices == nil {
		vd.add[0].Choices = own
		vd.missing = []string{tilmeld.MissingName}
	}
	return vd
}

// relations counts the people brought along by relation ("min mand", "en
// kollega", "my wife") in sentences about coming, each relation once, and
// says the first. A daughter who helps write the mail is no attendee.
func (v *gateView) relations() (int, string) {
	t, seen, what := v.t, map[string]int{}, ""
	away := v.relationsAway()
	for i := 1; i < len(t.toks); i++ {
		if !t.toks[i].is(classRelation) {
			continue // most tokens: asked first, before the words in front
		}
		w := t.toks[i].s
		owner, n := i-1, 1
		if c := countOf(t.toks[i-1]); c > 1 && i >= 2 && t.toks[i-2].is(classGateOwner) {
			owner, n = i-2, c // "my two kids", "mine 2 børn"
		} else if c := countOfBefore(t, i); c > 1 {
			n = c // "to af mine naboer", "two of my colleagues"
		}
		if seen[w] > 0 || away[w] || !t.toks[owner].is(classGateOwner) || t.toks[owner].line != t.toks[i].line || v.helperOnly(owner, i) {
			continue
		}
		// "... 2 og 4 min mand skal arbejde": his own statement, typed on
		if !v.comesAlong(i) {
			continue // "jeg kommer gerne, min mand passer børnene"
		}
		seen[w] = n
		if what == "" {
			what = fmt.Sprintf("%q", v.quote(t.toks[owner].a, t.toks[i].b))
		}
	}
	if what == "" {
		what = "a head count"
	}
	total := 0
	for _, n := range seen {
		total += n
	}
	return total, what
}

// comingElided: the clause ends on a verb that leaves "come" out ("My
// husband can't come, but my daughter will", "men min datter gør").
func comingElided(t *text, rel int, s sentence) bool {
	j := rel + 1
	if j >= len(t.toks) || t.toks[j].b > s.b || !elidedComing[t.toks[j].s] {
		return false
	}
	for j++; j < len(t.toks) && t.toks[j].b <= s.b; j++ {
		if !elidedAlso[t.toks[j].s] {
			return false
		}
	}
	return true
}

var (
	elidedComing   = wordSet(daElidedComing, enElidedComing)
	elidedAlso     = wordSet(daElidedAlso, enElidedAlso)
	gateTheirs     = wordSet(daGateTheirs, enGateTheirs)
	gateAlongJoins = wordSet(daGateAlongJoins, enGateAlongJoins)
)

// checkNamedAndRelative: "tilmelde Ali Reza og hans kone", "Birgit Holm og
// hendes mand" names one person and brings another without a name. When
// the reading has the one named and fewer people without a name than such
// relations, the sender is asked for the names; the relative shares the
// named person's choices.
func checkNamedAndRelative(v *gateView) verdict {
	if !v.registers() {
		return verdict{}
	}
	t := v.t
	t.avoid = v.rd.cat.words
	var with []tilmeld.Attendee // the named person of each relation
	for i := 3; i < len(t.toks); i++ {
		if !t.toks[i].is(classRelation) || !t.toks[i-1].is(classGateTheirs) || !t.toks[i-2].is(classGateAlongJoin) ||
			!t.toks[i-3].cap || t.toks[i-3].line != t.toks[i].line {
			continue
		}
		if i+1 < len(t.toks) && t.toks[i+1].cap && t.gap(i, i+1) == " " {
			continue // "og hans kone Fatima": she is named
		}
		if s := v.clauseOf(t.toks[i].a); !v.aboutComing(s) || inRelativeCancel(t, t.toks[i].a) {
			continue
		}
		k := slices.IndexFunc(v.r.Attendees, func(a tilmeld.Attendee) bool { return slices.Contains(nameWords(a.Name), t.toks[i-3].s) })
		if k < 0 {
			continue // the named one was not read: other checks look
		}
		with = append(with, v.r.Attendees[k])
	}
	unnamed := 0
	for _, a := range v.r.Attendees {
		if strings.TrimSpace(a.Name) == "" {
			unnamed++
		}
	}
	if len(with) <= unnamed {
		return verdict{}
	}
	vd := verdict{reason: fmt.Sprintf("the mail brings %d people without a name along with %s", len(with), nameOr(with[0].Name)),
		incomplete: true, missing: []string{tilmeld.MissingName}}
	for _, a := range with[unnamed:] {
		vd.add = append(vd.add, tilmeld.Attendee{Choices: slices.Clone(a.Choices), Diet: slices.Clone(a.Diet)})
	}
	return vd
}

var (
	gateRather = wordSet(daGateRather, enGateRather)
	gateThan   = wordSet(daGateThan, enGateThan)
)

// checkRatherThan: in a change, "Hüseyin vil hellere på 4 end på 2", "would
// rather have 3 than 1" gives up the workshop after "end"/"than". A reading
// that still holds it took the change for a new order.
func checkRatherThan(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentUpdate {
		return verdict{}
	}
	t := v.t
	for k, s := range t.sents() {
		rather := -1
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
			switch {
			case gateRather[t.toks[i].s]:
				rather = i
			case gateThan[t.toks[i].s] && rather >= 0:
				than := t.toks[i].b
				for _, r := range v.refsAt(k) {
					if r.a < than || r.missing {
						continue
					}
					for _, a := range v.r.Attendees {
						if slices.Contains(a.Choices, r.ws) {
							return review("the mail gives up workshop %d (%q), but the reading keeps it for %s", r.ws, v.quote(t.toks[rather].a, r.b), nameOr(a.Name))
						}
					}
					break
				}
			}
		}
	}
	return verdict{}
}

// clauseOf returns the part of the sentence around offset a between
// commas, semicolons and "men"/"but".
func (v *gateView) clauseOf(a int) sentence {
	s, f := v.sentenceOf(a), v.t.fold
	from, to := s.a, s.b
	if k := strings.LastIndexAny(f[s.a:a], ",;:"); k >= 0 {
		from = s.a + k + 1
	}
	if k := strings.IndexAny(f[a:s.b], ",;:"); k >= 0 {
		to = a + k
	}
	for _, w := range []string{" men ", " but "} {
		if k := strings.LastIndex(f[from:a], w); k >= 0 {
			from += k + len(w)
		}
		if k := strings.Index(f[a:to], w); k >= 0 {
			to = a + k
		}
	}
	return sentence{from, to}
}

// aboutComing: a statement, not a question, about who comes.
func (v *gateView) aboutComing(s sentence) bool {
	if strings.HasSuffix(strings.TrimSpace(v.t.fold[s.a:s.b]), "?") {
		return false
	}
	return v.t.has(attendCue, s.a, s.b) || v.t.has(gateLex.bring, s.a, s.b)
}

// sharedChoices returns the workshops every attendee shares when the mail
// speaks for the group ("vi vil begge"), nil otherwise.
func (v *gateView) sharedChoices() []int {
	as := v.r.Attendees
	if len(as) == 0 || len(as[0].Choices) == 0 {
		return nil
	}
	for _, a := range as[1:] {
		if !slices.Equal(a.Choices, as[0].Choices) {
			return nil
		}
	}
	for _, tk := range v.t.toks {
		if groupWords[tk.s] {
			return as[0].Choices
		}
	}
	return nil
}

// checkOddName: a name that holds a digit, a colon, a greeting, a form
// label or a workshop's word is likely not a person's.
func checkOddName(v *gateView) verdict {
	for k, a := range v.r.Attendees {
		if a.Name == "" {
			continue
		}
		for _, b := range v.r.Attendees[:k] {
			if strings.EqualFold(a.Name, b.Name) {
				return review("%q is an attendee twice", a.Name)
			}
		}
		if strings.ContainsAny(a.Name, "0123456789:@") {
			return review("%q does not look like a person's name", a.Name)
		}
		toks := newText(a.Name).toks
		for k, tk := range toks {
			if k > 0 && k < len(toks)-1 && !tk.cap && tk.is(classParticle) {
				continue // "Sanne van der Berg"
			}
			if tk.is(classGateNameStop) || tk.is(classNameStop) || v.rd.cat.words[tk.s] {
				return review("%q does not look like a person's name (%q)", a.Name, tk.s)
			}
		}
	}
	return verdict{}
}

// checkChange: a registration that speaks of an earlier one or of a change
// ("jeg er allerede tilmeldt", "skifte") may be an update.
func checkChange(v *gateView) verdict {
	if !v.registers() {
		return verdict{}
	}
	aside := v.t.all(selfAside)
	for _, hit := range v.t.all(gateLex.change) {
		if !within(aside, hit) { // "Selv er jeg tilmeldt i forvejen" only leaves her out
			return review("the mail reads as a new registration but says %q: it may change an earlier one", v.quote(hit[0], hit[1]))
		}
	}
	return verdict{}
}

// checkConditional: a wish that depends on room or on something unsaid.
func checkConditional(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	for _, hit := range v.t.all(gateLex.conditional) {
		if keptAsRank(v.t, hit) || roomCourtesy(v, hit) {
			continue
		}
		return review("the wish depends on a condition: %q", v.quote(hit[0], hit[1]))
	}
	return verdict{}
}

// keptAsRank: the condition's words keep a workshop as a rank ("Tryghed
// beholder jeg som andetvalg"), no "ellers beholder jeg min plads".
func keptAsRank(t *text, hit []int) bool {
	ks := t.within(keptClause, hit[0], len(t.fold))
	return len(ks) > 0 && ks[0][0] == hit[0]
}

// checkComeIfAsked: coming tied to a condition, with a question right
// after it ("Jeg kan kun komme, hvis jeg må tage hende med. Er det i
// orden?"): the sender asks leave, and staff must answer before the
// registration holds.
func checkComeIfAsked(v *gateView) verdict {
	// no question, nothing asked: most mails stop here
	if !v.changes() || !strings.Contains(v.t.fold, "?") {
		return verdict{}
	}
	ss := v.t.sents()
	for k, s := range ss {
		hit := v.t.within(gateLex.comeIf, s.a, s.b)
		if len(hit) == 0 {
			continue
		}
		asks := strings.HasSuffix(strings.TrimSpace(v.t.fold[s.a:s.b]), "?")
		if k+1 < len(ss) {
			asks = asks || strings.HasSuffix(strings.TrimSpace(v.t.fold[ss[k+1].a:ss[k+1].b]), "?")
		}
		if asks {
			vd := review("the sender comes on a condition and asks about it: %q", v.quote(hit[0][0], s.b))
			vd.asks = true
			return vd
		}
	}
	return verdict{}
}

// checkUndecided: the sender cannot choose between workshops and asks to
// be in both ("kan ikke vælge mellem dem", "halvdelen af tiden i hver"):
// the two she names are no 1st and 2nd choice, and she wants an answer.
func checkUndecided(v *gateView) verdict {
	if v.r.Intent == tilmeld.IntentCancel {
		return verdict{}
	}
	if hit := v.first(gateLex.undecided); hit != nil && !opinionAfter(v.t, hit[1]) {
		vd := review("the sender cannot choose between workshops or asks to be in both: %q", v.quote(hit[0], hit[1]))
		vd.asks = true
		return vd
	}
	return verdict{}
}

// checkReplaced: a workshop given up ("i stedet for sundhed") that the
// reading took as a choice.
func checkReplaced(v *gateView) verdict {
	hits := v.t.within(gateLex.replaced, 0, len(v.t.fold))
	// "and if not, workshop 3" names the 2nd choice; it gives up nothing
	hits = slices.DeleteFunc(slices.Clone(hits), func(h []int) bool {
		i := v.t.tokenAt(h[0])
		return i > 0 && ifWords[v.t.toks[i-1].s]
	})
	if !v.nameNear(hits) {
		return verdict{}
	}
	for _, refs := range v.refs() {
		for _, r := range refs {
			if !v.chosen[r.ws] {
				continue
			}
			for _, h := range hits {
				// "instead of health? Neighbourhood can remain": the "?" ends it
				if h[1] <= r.a && tokensBetween(v.t, h[1], r.a) <= 1 && !strings.ContainsAny(v.t.fold[h[1]:r.a], "?!") {
					return review("workshop %d is taken as a choice, but the mail says %q", r.ws, v.quote(h[0], r.b))
				}
			}
		}
	}
	return verdict{}
}

// checkDietUnread: a sentence about food in which the reader found no
// diet words at all ("I don't eat meat, but fish is fine").
func checkDietUnread(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for _, h := range t.within(gateLex.diet, 0, len(t.fold)) {
		s := v.sentenceOf(h[0])
		if columnLabel(t.fold, h) || unticked(t.fold, h[0]) || boxesUnder(t.fold, h) || declinedDiet(t, h[0], h[1]) {
			continue // a table's header cell "Diet" names a column; "☐ vegetar" is not ticked
		}
		// "spiser alt undtagen skaldyr": all but a food is no "eats all"
		none := t.has(gateLex.dietNone, s.a, s.b) && !t.has(dietExcept, s.a, s.b)
		// "Yonas er stadig veganer som skrevet": on record, no part of a change
		kept := v.r.Intent == tilmeld.IntentUpdate && t.has(unchangedFact, s.a, s.b)
		// "I har noteret mig som vegetar, men ...": the record, retold
		reported := oldDiet(t, h[0], oldReported)
		if !v.dietIn(s) && !none && !saysNone(t.fold[s.a:s.b]) && !v.dietTakenBack(s) && !kept && !v.likesFood(s) && !reported && !v.restatesDiet(s) && !t.foodAskedIn(s.a, s.b) {
			return review("the mail speaks of food (%q) but no diet was read from it", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

var dietExcept = table(daGateDietExcept, enGateDietExcept)

// columnLabel reports whether the hit h is in a cell of a table's header
// row (three cells or more, one naming the 1st priority): it names a
// column, not a food said.
func columnLabel(fold string, h []int) bool {
	a := strings.LastIndexByte(fold[:h[0]], '\n') + 1
	b := strings.IndexByte(fold[h[1]:], '\n')
	if b < 0 {
		b = len(fold)
	} else {
		b += h[1]
	}
	sep := cellSep(fold[a:b])
	if strings.Count(fold[a:b], sep) < 2 {
		return false
	}
	ca := strings.LastIndex(fold[a:h[0]], sep) + 1 + a
	cb := strings.Index(fold[h[1]:b], sep)
	if cb < 0 {
		cb = b
	} else {
		cb += h[1]
	}
	if !strings.HasPrefix(strings.TrimSpace(fold[ca:cb]), fold[h[0]:h[1]]) {
		return false
	}
	return slices.ContainsFunc(strings.Split(fold[a:b], sep), firstColumn)
}

// firstColumn reports a table header cell that names the 1st priority.
func firstColumn(cell string) bool {
	return lex.first.MatchString(cell) || tableFirst.MatchString(cell)
}

// checkDietLost: a diet the text states that no attendee got, or an
// "other" diet without the words that say what it is.
func checkDietLost(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	has := map[tilmeld.Diet]bool{}
	for _, a := range v.r.Attendees {
		for _, d := range a.Diet {
			has[d] = true
			if d == tilmeld.DietOther && strings.TrimSpace(a.DietText) == "" {
				return review("%s has a special diet, but the mail's words for it were not kept", nameOr(a.Name))
			}
		}
	}
	for _, h := range v.t.dietHits() {
		if !has[h.tag] {
			s := v.sentenceOf(h.a)
			if v.rd.othersStayHome(v.r, v.t, s.a, s.b) {
				continue // the diet of one who does not come
			}
			return review("the mail says %q, but no attendee got the diet %s", v.quote(s.a, s.b), h.tag)
		}
	}
	return verdict{}
}

func nameOr(name string) string {
	if name == "" {
		return "an attendee without a name"
	}
	return name
}

// checkElseUnread: one person chose a workshop and wrote "ellers" or
// "otherwise" after it, with words after that, yet no 2nd choice was read
// there: the 2nd may be written in a way the reader does not know
// ("ellers er det lige meget" leaves it open).
func checkElseUnread(v *gateView) verdict {
	if !v.changes() || len(v.r.Attendees) != 1 || v.r.Attendees[0].Second() != 0 {
		return verdict{}
	}
	t := v.t
	for k, s := range t.sents() {
		for _, hit := range t.within(gateLex.orElse, s.a, s.b) {
			before, after := false, false
			for _, r := range v.refsAt(k) {
				before = before || r.b <= hit[0]
				after = after || r.a >= hit[1]
			}
			if !before || after || t.has(lex.noSecond, hit[0], s.b) || t.has(lex.noPref, hit[0], s.b) || t.tokenAt(hit[1]) >= t.tokenAt(s.b) {
				continue
			}
			return review("no 2nd choice was read after %q", v.quote(hit[0], s.b))
		}
	}
	return verdict{}
}

// checkElseNone: "ellers", "hvis ikke", "otherwise" in a sentence that
// names a workshop, yet nobody got a 2nd choice: the 2nd the words point
// at was dropped ("uddannelse og hvis ikke så job" read as uddannelse
// alone). "ellers ligeglad", "ingen anden prioritet" leave it open.
func checkElseNone(v *gateView) verdict {
	if !v.changes() || len(v.r.Attendees) == 0 {
		return verdict{}
	}
	for _, a := range v.r.Attendees {
		if a.Second() != 0 {
			return verdict{}
		}
	}
	if v.first(gateLex.orElse) == nil {
		return verdict{}
	}
	t := v.t
	for k, s := range t.sents() {
		hits := t.within(gateLex.orElse, s.a, s.b)
		if hits == nil || len(v.refsAt(k)) == 0 {
			continue
		}
		for _, hit := range hits {
			if t.has(lex.noSecond, s.a, s.b) || t.has(lex.noPref, hit[0], s.b) {
				continue
			}
			return review("the mail says %q, but nobody got a 2nd choice", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

// checkNearWorkshop: a word two letters from a workshop word ("netvrk"
// for "netvaerk") that the reader did not take on trust, or one that close
// to the words of two workshops, may be a choice misspelt: read as
// nothing, or as the wrong one, it leaves a choice silently empty or
// another in its place.
func checkNearWorkshop(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	cat := v.rd.cat
	for _, tk := range v.t.toks {
		if len(tk.s) < 6 || cat.words[tk.s] {
			continue
		}
		near, read, to := map[int]bool{}, false, ""
		for _, p := range cat.byLead[tk.s[0]] {
			if len(p.words) != 1 {
				continue
			}
			w := p.words[0]
			switch {
			case wordMatches(tk.s, w):
				read = true
			case len(w) >= 8 && max(len(w)-len(tk.s), len(tk.s)-len(w)) <= 2 && editDistance(tk.s, w, 2) <= 2:
			default:
				continue
			}
			near[p.ws], to = true, w
		}
		switch {
		case len(near) > 1:
			return review("%q is near the words of more than one workshop: which was meant?", v.quote(tk.a, tk.b))
		case len(near) == 1 && !read:
			return review("%q looks like the workshop word %q misspelt but was not read as a choice", v.quote(tk.a, tk.b), to)
		}
	}
	return verdict{}
}

// rankLabelNouns: a priority's label before a colon ("1. prioritet:"), the
// only place labelledOne looks.
var rankLabelNouns = slices.Concat(daRankNounsAfter, enRankNounsAfter)

// hasRankLabelColon: s holds `\b(?:rankLabelNouns)\s*:`. It looks back from
// each colon instead of running a regexp over the whole mail, which cost
// more than the rest of checkBlendedTitle.
func hasRankLabelColon(s string) bool {
	for i := 0; i < len(s); i++ {
		c := strings.IndexByte(s[i:], ':')
		if c < 0 {
			return false
		}
		c += i
		i = c
		e := c
		for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t' || s[e-1] == '\n' || s[e-1] == '\f' || s[e-1] == '\r') {
			e--
		}
		for _, n := range rankLabelNouns {
			if strings.HasSuffix(s[:e], n) && (e == len(n) || !wordByte(s[e-len(n)-1])) {
				return true
			}
		}
	}
	return false
}

// labelledOne: r1 and r2 are the whole value of a line labelled with one
// priority ("1. prioritet: trivsel og tryghed"), which names one workshop.
func labelledOne(t *text, r1, r2 ref) bool {
	ls := lineStart(t.fold, r1.a)
	if le := strings.IndexByte(t.fold[r2.b:], '\n'); le >= 0 && strings.TrimRight(t.fold[r2.b:r2.b+le], " .\t") != "" ||
		le < 0 && strings.TrimSpace(t.fold[r2.b:]) != "" || strings.Contains(t.fold[r1.a:r2.b], "\n") {
		return false // more on the line than the two
	}
	for _, m := range findMarkers(t, ls, r1.a) {
		if m.rank != 0 && !m.pair && strings.Trim(t.fold[ls:m.a], " \t-*") == "" && strings.TrimSpace(t.fold[m.b:r1.a]) == ":" {
			return true
		}
	}
	return false
}

// titleJoint: what stands between two words of one title ("og", "and", "&", ",").
func titleJoint(gap string) bool {
	switch strings.Trim(gap, " \t\"") {
	case "og", "and", "&", ",", "/", "+":
		return true
	}
	return false
}

// namesOne: a singular name for one workshop ("workshoppen om", "the
// workshop on") stands right before r in sentence s.
func (v *gateView) namesOne(s sentence, r ref) bool {
	for _, h := range v.t.within(gateLex.oneWorkshop, s.a, r.a) {
		if tokensBetween(v.t, h[1], r.a) <= 1 {
			return true
		}
	}
	return false
}

// quoted: the span [a, b) of s lies within one pair of quotation marks.
func quoted(s string, a, b int) bool {
	open := -1
	for k := 0; k < len(s); k++ {
		if s[k] != '"' {
			continue
		}
		if open < 0 {
			open = k
			continue
		}
		if open < a && b <= k {
			return true
		}
		open = -1
	}
	return false
}

// checkUnchosen: a workshop the text names (not negated, not as context,
// not in a question) that is among nobody's choices.
func checkUnchosen(v *gateView) verdict {
	if !v.registers() || v.allChosen() {
		return verdict{}
	}
	for _, refs := range v.refs() {
		for _, r := range refs {
			if !r.missing && v.ev.Workshop(r.ws) != nil && !v.chosen[r.ws] && r.a >= v.takenBack() && !v.othersOwnMail(r) {
				return review("the mail names workshop %d (%q), but nobody has it among the choices", r.ws, v.quote(r.a, r.b))
			}
		}
	}
	return verdict{}
}

// checkSpam: phishing or newsletter words in what was read as a registration.
func checkSpam(v *gateView) verdict {
	if hit := v.first(gateLex.spam); hit != nil {
		return review("the mail holds %q, as phishing and newsletters do", v.quote(hit[0], hit[1]))
	}
	return verdict{}
}

// checkMaybe: doubt whether someone comes at all.
func checkMaybe(v *gateView) verdict {
	if !v.registers() {
		return verdict{}
	}
	for _, hit := range v.t.within(gateLex.maybe, 0, len(v.t.fold)) {
		if s := v.clauseOf(hit[0]); !v.t.has(gateLex.late, s.a, s.b) {
			return review("the mail is not sure: %q", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

// checkCancelLate: a withdrawal that also speaks of coming late ("der er
// kommet noget i vejen, så jeg kommer senere") may be a late arrival.
func checkCancelLate(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel {
		return verdict{}
	}
	reasons := v.t.within(gateLex.lateReason, 0, len(v.t.fold))
	for _, hit := range v.t.within(gateLex.late, 0, len(v.t.fold)) {
		// "I have to work late" is why she cannot come at all
		if !slices.ContainsFunc(reasons, func(r []int) bool { return r[0] <= hit[0] && hit[1] <= r[1] }) {
			return review("the sender may only be late: %q", v.quote(hit[0], hit[1]))
		}
	}
	return verdict{}
}

// checkCancelChoice: a withdrawal in a mail that also names a workshop in
// another sentence ("Jeg vil gerne i workshop 3. Jeg trækker mig ikke ...")
// may be a registration or a change read as a withdrawal.
func checkCancelChoice(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel {
		return verdict{}
	}
	// "Tak for pladsen på 2. Jeg må melde afbud": the seat she gives up
	given := v.t.all(givenSeat)
	for _, refs := range v.refs() {
		if slices.ContainsFunc(refs, func(r ref) bool { return !seatGiven(v.t, given, r) }) {
			return review("the withdrawal also names a workshop")
		}
	}
	return verdict{}
}

// checkQuestion: a question mark the reading did not count as a question.
func checkQuestion(v *gateView) verdict {
	if v.r.Question {
		return verdict{}
	}
	for k, s := range v.t.sents() {
		f := strings.TrimSpace(v.t.fold[s.a:s.b])
		if strings.HasSuffix(f, "?") && !selfAnswered(v.t, s.a, s.b) && (!v.t.has(lex.botRequest, s.a, s.b) || asksInfo(v.t, s, func() bool { return answersPlacement(v.m) || v.exchangesStated(s) })) && !seatRequest(v.t, s, v.refsAt(k)) && !otherSeatRequest(v.t, s, v.refsAt(k)) && !smallTalkOnly(v.t, s) &&
			(k == 0 || !courtesyOnly(v.t, s, v.refsAt(k-1))) && !dietCourtesy(v.t, k) && (!tagAsk(v.t, s, v.refsAt(k)) || v.t.has(lex.both, s.a, s.b)) &&
			!v.askedOfColleague(s.a, s.b) {
			return review("the mail asks %q", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

// changeVerb: the request to act is one to change what is registered.
var changeVerb = regexp.MustCompile(`\b(` + strings.Join(slices.Concat(daGateMove, enGateMove), "|") + `)\b`)

// editVerb: the request adds a person or corrects a field ("Må jeg lige
// tilføje min kollega?", "Må jeg rette min kost til vegansk?"), which the
// bot does whatever the seats: its "må jeg" asks no leave.
var editVerb = regexp.MustCompile(`\b(` + strings.Join(slices.Concat(daGateEdit, enGateEdit), "|") + `)\b`)

// asksInfo reports a word in s that asks for information only staff have,
// other than the "kan jeg" that opens a request to act ("Kan jeg skifte
// min 1. prioritet til ...?" asks for the change, not whether it can be).
// placed reports whether the mail answers the placement; it is asked only
// of a "må jeg".
func asksInfo(t *text, s sentence, placed func() bool) bool {
	acts := t.within(lex.botRequest, s.a, s.b)
	for _, h := range t.within(gateLex.info, s.a, s.b) {
		w := t.fold[h[0]:h[1]]
		// "må jeg" asks leave, which staff give; but leave to move once
		// the seats are given ("Må jeg skifte til 3?") the bot gives or
		// refuses by the free seats
		canDo := strings.HasPrefix(w, "kan ") || strings.HasPrefix(w, "can ") ||
			(strings.HasPrefix(w, "maa ") || strings.HasPrefix(w, "may ")) && placed()
		acting := func(r []int) bool {
			req := t.fold[r[0]:r[1]]
			return r[0] <= h[0] && h[1] <= r[1] && (canDo && changeVerb.MatchString(req) || editVerb.MatchString(req) || asksToGet(req))
		}
		if !slices.ContainsFunc(acts, acting) {
			return true
		}
	}
	return false
}

// checkStrayNumber: a workshop's number that stands bare in a sentence that
// gives choices, and that no attendee got ("workshop 1 og derefter 2").
func checkStrayNumber(v *gateView) verdict {
	if !v.changes() || v.allChosen() {
		return verdict{}
	}
	t := v.t
	blocked := blockedSpans(t, v.ev)
	for k, refs := range v.refs() {
		if len(refs) == 0 {
			continue
		}
		s := t.sents()[k]
		marks := findMarkers(t, s.a, s.b)
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].b <= s.b; i++ {
			tk := t.toks[i]
			if tk.num < 0 || v.ev.Workshop(tk.num) == nil || v.chosen[tk.num] || blocked(tk.a, tk.b) ||
				inRefs(refs, tk.a) || inMarkers(marks, tk.a) || !v.bare(i) || negatedNumber(t, i) || v.listPriority(i, refs) || v.personMark(i) || inParenRank(t, refs, tk) ||
				bareRankRead(t, i, refs) || rankBeforeTitle(t.fold, refs, tk) || bothCountAt(t, i) ||
				oldChoice(t, s, ref{a: tk.a, b: tk.b}, refsAfter(refs, tk.b)) || toldSingle(t, s, i) {
				continue
			}
			return review("the number %d in %q was not read as a choice", tk.num, v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

// negatedNumber: a number the sentence turns down ("ikke 2", "i stedet for
// workshop 2"), which the reader rightly did not choose.
func negatedNumber(t *text, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		if negators[t.toks[j].s] {
			return true
		}
		if moveFrom[t.toks[j].s] { // "fra workshop 2 til workshop 4": the one left
			for k := i + 1; k < min(len(t.toks), i+3); k++ {
				if moveTo[t.toks[k].s] {
					return true
				}
			}
		}
	}
	return false
}

// bare: a number that is no date, time, count or priority ("kl. 18", "2
// personer", "1. prioritet").
func (v *gateView) bare(i int) bool {
	t := v.t
	if i > 0 && (timeWords[t.toks[i-1].s] || houseWords[t.toks[i-1].s]) {
		return false // "kl. 3", "afd. 4", "nr. 4" (a workshop's "nr. 4" is read already)
	}
	if i > 1 && gateCountBefore[t.toks[i-2].s+" "+t.toks[i-1].s] || i > 2 && gateCountBefore[t.toks[i-3].s+" "+t.toks[i-2].s+" "+t.toks[i-1].s] {
		return false // "vi er 2", "we will be 2"
	}
	if i+1 < len(t.toks) && units[t.toks[i+1].s] || countsGroup(t, i) {
		return false // "2 timer", "med 2 kolleger"
	}
	rest := t.fold[t.toks[i].b:]
	if len(rest) > 1 && strings.ContainsRune("./:-,", rune(rest[0])) && rest[1] >= '0' && rest[1] <= '9' {
		return false // "1.10", "29/9", "16:30", "1-2"
	}
	return !strings.HasPrefix(rest, "/")
}

func inRefs(refs []ref, a int) bool {
	for _, r := range refs {
		if a >= r.a && a < r.b {
			return true
		}
	}
	return false
}

func inMarkers(marks []marker, a int) bool {
	for _, m := range marks {
		if a >= m.a && a < m.b {
			return true
		}
	}
	return false
}

// checkUnfilled: a complete registration must give every attendee a name
// and a first choice, and choices that exist and differ.
func checkUnfilled(v *gateView) verdict {
	if !v.registers() {
		return verdict{}
	}
	var missing []string
	for _, a := range v.r.Attendees {
		if a.Name == "" {
			missing = union(missing, []string{tilmeld.MissingName})
		}
		if a.First() == 0 {
			missing = union(missing, []string{tilmeld.MissingWorkshop})
		}
		for k, c := range a.Choices {
			if v.ev.Workshop(c) == nil || slices.Contains(a.Choices[:k], c) {
				return review("%s has the choices %v", nameOr(a.Name), a.Choices)
			}
		}
	}
	if len(v.r.Attendees) == 0 {
		return review("the registration names nobody")
	}
	if len(missing) > 0 {
		return verdict{reason: "the registration lacks " + strings.Join(missing, " and "), incomplete: true, missing: missing}
	}
	return verdict{}
}

// checkAttachment: the words point at an attached file for the
// registration ("se vedhæftede liste over deltagerne"); the reading did not
// open it, so someone may be registered there.
func checkAttachment(v *gateView) verdict {
	t := v.t
	for _, hit := range t.within(lex.attachment, 0, len(t.fold)) {
		s := v.sentenceOf(hit[0])
		if !t.has(gateLex.form, s.a, s.b) || !hasFile(v.m) {
			continue
		}
		return review("the mail points at its attachment (%q), which was not read", v.quote(s.a, s.b))
	}
	return verdict{}
}

// checkCancelWords: withdrawal words in what was read as a registration or
// a change ("kan ikke komme til workshop 2").
func checkCancelWords(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	// "Jeg deltager ikke selv" withdraws nobody; that the sender is then
	// no attendee is the not-self check's.
	away := v.t.all(gateLex.notSelf)
	if v.registers() && v.rd.retractsCancelIn(v.t) {
		// "Se bort fra mit afbud": the withdrawal she takes back
		away = slices.Concat(away, v.t.all(cancelTakenBack), v.t.all(cancelTold))
	}
	for _, hit := range v.t.all(lex.cancel) {
		if unticked(v.t.fold, hit[0]) {
			continue // "[ ] deltager ikke": the box left empty
		}
		if v.registers() && v.rd.newSignUp(v.t) && saidOfOther(v.t, v.clauseOf(hit[0]).a, hit[0]) {
			continue // "min søn ..., men han kommer ikke med": he stays home
		}
		if v.registers() && v.writerAwayOnly(hit) {
			continue // "Jeg skriver for min bror ... Jeg kommer ikke.": she stays home
		}
		if !slices.ContainsFunc(away, func(n []int) bool { return hit[0] < n[1] && n[0] < hit[1] }) {
			return review("the mail says %q", v.quote(hit[0], hit[1]))
		}
	}
	return verdict{}
}

// saysNone: a form field about food answered with nothing ("Allergier: ingen").
func saysNone(f string) bool {
	return noneAnswer.MatchString(strings.TrimSpace(f))
}

var noneAnswer = regexp.MustCompile(`[:\-]\s*(?:` + strings.Join(gateNone, "|") + `)[.!]?$`)

// checkWeOne: "vi"/"we" coming, yet one attendee, and no one else named.
func checkWeOne(v *gateView) verdict {
	// a companion counted by relation or number is the companion check's
	if !v.registers() || len(v.r.Attendees) != 1 || v.first(lex.onBehalf) != nil || checkCompanion(v).reason != "" {
		return verdict{}
	}
	t := v.t
	for _, s := range t.sents() {
		i := t.tokenAt(s.a)
		// "Tilmeld os 2 og 3 tak" signs "us" up as surely as a "vi" does
		we := i < len(t.toks) && (t.toks[i].s == "vi" || t.toks[i].s == "we") && v.aboutComing(s) && !v.othersOnly(s) && !v.habitual(s) &&
			!writesOwn(t, s.a, s.b) && !comesAlone(t, s.a, s.b) // "vi er 3, de to andre skriver selv"
		if we || t.has(gateLex.signUpUs, s.a, s.b) {
			return review("the mail says %q but names one attendee", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

// othersOnly: "vi vil gerne tilmelde Ruth Berg" signs up others, not "us".
func (v *gateView) othersOnly(s sentence) bool {
	t := v.t
	return t.has(gateLex.signUp, s.a, s.b) && !t.has(gateLex.signUpUs, s.a, s.b)
}

// refs reads the workshops named in each sentence, once (refsAt).
func (v *gateView) refs() [][]ref {
	for k := range v.t.sents() {
		v.refsAt(k)
	}
	return v.sentRefs
}

// refsAt reads the workshops named in sentence k, once. A sentence with
// no number, no ordinal and no word of a workshop is passed over unread:
// the reader's ranking of choices is the costly part, and most sentences
// of a mail (greetings, food, phone) name no workshop. A sentence is read
// on a check's first need of it; the checks that read names into t.avoid,
// which the ranking reads, all run before any that asks.
func (v *gateView) refsAt(k int) []ref {
	t := v.t
	if v.sentRead == nil {
		v.sentRefs, v.sentRead = make([][]ref, len(t.sents())), make([]bool, len(t.sents()))
	}
	if !v.sentRead[k] {
		v.sentRead[k] = true
		// a sentence the reader found no workshop in is passed over
		// without looking for what may name one
		if s := t.sents()[k]; !(v.readAgrees(t.avoid) && v.read.refs[k] == nil) && v.mayName(s) {
			v.sentRefs[k] = v.readRefs(k, s)
		}
	}
	return v.sentRefs[k]
}

// readRefs reads the workshops named in sentence k, s, of v.t. The
// reader's reading of the same sentence is taken over when it read it with
// words to avoid that say the same of t's capitalised words: those are the
// only words nameWord, which the reading asks, avoids.
func (v *gateView) readRefs(k int, s sentence) []ref {
	t := v.t
	if v.readAgrees(t.avoid) {
		return slices.Clone(v.read.refs[k])
	}
	if v.blocked == nil {
		v.blocked = blockedSpans(t, v.ev)
	}
	return v.rd.cat.sentenceRefs(t, s, v.blocked)
}

// readAgrees reports whether v.read holds its reading of each sentence,
// read with words to avoid that agree with avoid on every capitalised word
// of v.t. The answer is kept for the last avoid asked about.
func (v *gateView) readAgrees(avoid map[string]bool) bool {
	rd, t := v.read, v.t
	if rd == nil || rd.refs == nil || len(rd.refs) != len(t.sents()) {
		return false
	}
	p := reflect.ValueOf(avoid).UnsafePointer()
	if v.agreedAsked && v.agreedAvoid == p {
		return v.agreed
	}
	v.agreedAsked, v.agreedAvoid, v.agreed = true, p, true
	if reflect.ValueOf(rd.refsAvoid).UnsafePointer() == p {
		return true
	}
	for _, tk := range t.toks {
		if tk.cap && rd.refsAvoid[tk.s] != avoid[tk.s] {
			v.agreed = false
			break
		}
	}
	return v.agreed
}

// mayName reports whether sentence s holds anything that can name a workshop.
func (v *gateView) mayName(s sentence) bool {
	t, c := v.t, v.rd.cat
	from, to := t.tokenAt(s.a), t.tokenAt(s.b)
	for i := from; i < to; i++ {
		w := t.toks[i].s
		if t.toks[i].num >= 0 || unknownWorkshop(w) {
			return true
		}
		if ordinalWord(&t.toks[i]) {
			return true
		}
		if n, _ := c.matchAt(t, i, to); n > 0 {
			return true
		}
	}
	return false
}

// headcount reads "vi er tre", "2 personer", "we are two" in one pass over
// the words: a count after "vi er", "vi kommer", "we are", or before a word
// for people. "2-3 personer" is a guess, not a count.
func (v *gateView) headcount() int {
	t, n := v.t, 0
	for i, tk := range t.toks {
		c := countOf(tk)
		if c < 2 || tk.a > 0 && t.fold[tk.a-1] == '-' || tk.b < len(t.fold) && t.fold[tk.b] == '-' {
			continue
		}
		after := i+1 < len(t.toks) && gateCountAfter[t.toks[i+1].s]
		before := i >= 2 && gateCountBefore[t.toks[i-2].s+" "+t.toks[i-1].s] || i >= 1 && gateCountBefore[t.toks[i-1].s] ||
			i >= 3 && gateCountBefore[t.toks[i-3].s+" "+t.toks[i-2].s+" "+t.toks[i-1].s]
		if after && !before && describesGroup(t, i) {
			continue // "Vores bestyrelse er 5 personer"
		}
		if (after || before) && !countWritesOwn(t, tk.a) {
			n = max(n, c)
		}
	}
	return n
}

func countOf(tk token) int {
	if tk.num >= 0 {
		if len(tk.s) == 1 {
			return tk.num
		}
		return 0
	}
	if !tk.is(classCount) {
		return 0 // most words: asked before the map
	}
	return counts[tk.s]
}

var (
	houseWords      = wordSet([]string{"nr", "nummer", "no", "number", "side", "page", "top"})
	gateCountBefore = wordSet([]string{"vi er", "vi kommer", "vi bliver", "tilmelding", "tilmelder", "we are", "registration", "we will be", "we ll be", "we shall be"})
	gateCountAfter  = wordSet([]string{"personer", "pers", "deltagere", "people", "persons", "participants"})
)

// someoneLacksWorkshop reports an attendee with no first choice: the
// reading would ask the sender for one.
func (v *gateView) someoneLacksWorkshop() bool {
	return slices.ContainsFunc(v.r.Attendees, func(a tilmeld.Attendee) bool { return a.First() == 0 })
}

// allChosen reports, cheaply, that every workshop the text could name is
// chosen: every workshop number written, every ordinal, every workshop word.
// Then no sentence needs the reader's full reading of workshops.
func (v *gateView) allChosen() bool {
	if !v.everyChosenRead {
		v.everyChosen, v.everyChosenRead = v.readAllChosen(), true
	}
	return v.everyChosen
}

func (v *gateView) readAllChosen() bool {
	for i := range v.t.toks {
		if v.mayNameUnchosen(i) {
			return false
		}
	}
	return true
}

// mayNameUnchosen: token i may name a workshop nobody chose.
func (v *gateView) mayNameUnchosen(i int) bool {
	t, tk := v.t, v.t.toks[i]
	n := 0
	switch {
	case tk.num >= 0:
		if len(tk.s) <= 2 {
			n = tk.num
		}
	case ordinalWord(&tk):
		return !priorityNext(t, i) && !asRank(t, i) // an ordinal may name any workshop
	case len(tk.s) >= 3:
		_, n = v.rd.cat.matchAt(t, i, len(t.toks))
	}
	// "1. prioritet", "2nd choice", "første prioritet": a rank, not a
	// workshop; asked last, of the few tokens that may name one
	return n > 0 && v.ev.Workshop(n) != nil && !v.chosen[n] && !priorityNext(t, i) && !(tk.num >= 0 && asRank(t, i))
}

// ordinalWord: the token's word is in daOrdinals or enOrdinals, both in
// ordinals (and so in referWords, asked first).
func ordinalWord(tk *token) bool {
	if !tk.is(classReferWord) {
		return false
	}
	_, ok := ordinals[tk.s]
	return ok
}

// priorityNext: the word after token i makes it a rank ("1. prioritet",
// "2nd choice"), or it is part of a compound ("type 2-diabetiker").
func priorityNext(t *text, i int) bool {
	if e := t.toks[i].b; e+1 < len(t.fold) && t.fold[e] == '-' && t.fold[e+1] >= 'a' && t.fold[e+1] <= 'z' {
		return true
	}
	return i+1 < len(t.toks) && t.toks[i+1].line == t.toks[i].line && rankWords[t.toks[i+1].s]
}

var rankWords = wordSet([]string{"prioritet", "prioriteter", "prio", "valg", "prioritering", "priority", "choice",
	"prioritised", "st", "nd", "rd", "th"})

// nameNear reports whether a workshop may be named right after one of hits;
// only then are the sentences read for workshops.
func (v *gateView) nameNear(hits [][]int) bool {
	t := v.t
	for _, h := range hits {
		for i := t.tokenAt(h[1]); i < len(t.toks) && i < t.tokenAt(h[1])+3; i++ {
			tk := t.toks[i]
			if tk.num >= 0 && len(tk.s) <= 2 || ordinalWord(&tk) {
				return true
			}
			if n, _ := v.rd.cat.matchAt(t, i, len(t.toks)); n > 0 {
				return true
			}
		}
	}
	return false
}

// dietIn reports whether the reader's diet words found a diet in sentence s.
func (v *gateView) dietIn(s sentence) bool {
	for _, h := range v.t.dietHits() {
		if h.a >= s.a && h.a < s.b {
			return true
		}
	}
	return false
}

// checkSelfMissing: the sender says she comes herself ("tilmelde mig"),
// but no attendee bears her name.
func checkSelfMissing(v *gateView) verdict {
	self := v.sender()
	if !v.registers() || self == "" || v.first(lex.onBehalf) != nil || v.first(gateLex.notSelf) != nil || v.first(selfAside) != nil {
		return verdict{}
	}
	hit := v.first(gateLex.selfComes)
	if hit == nil {
		return verdict{}
	}
	for _, a := range v.r.Attendees {
		// "فاطمة حداد" in From and "Fatima Haddad" in the body: one name in two scripts
		if a.Name == "" || samePerson(a.Name, self) || samePerson(firstWord(a.Name), self) || otherScript(a.Name, self) || joinedName(a.Name, self) || shownClipped(self, a.Name) {
			return verdict{}
		}
	}
	if bodyNamesSender(v, self) {
		return verdict{} // "Lasse Bro" writes "Mit navn er Lars Bro"
	}
	return review("the sender writes %q, but %s is not among the attendees", v.quote(hit[0], hit[1]), self)
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// checkManyWorkshops: "tre workshops", "all four workshops": more than a
// first and a second choice, which the reading cannot hold.
func checkManyWorkshops(v *gateView) verdict {
	t := v.t
	for i := 1; i < len(t.toks); i++ {
		if w := t.toks[i].s; w != "workshops" && w != "workshopper" {
			continue
		}
		n := countOf(t.toks[i-1])
		if strings.TrimSpace(t.gap(i-1, i)) != "" {
			continue // "I can make it after all: workshops 3 and 4"
		}
		if t.toks[i-1].s == "alle" || t.toks[i-1].s == "all" {
			n = len(v.ev.Workshops)
		}
		if n > 2 {
			return review("the mail speaks of %q, more than a first and a second choice", v.quote(t.toks[i-1].a, t.toks[i].b))
		}
	}
	return verdict{}
}

// sender is the name of whoever wrote the words read: the From display
// name, or the forwarded mail's author.
func (v *gateView) sender() string {
	if !v.senderRead {
		v.senderRead = true
		if v.author != "" {
			v.senderName = fromName(v.author)
		} else {
			v.senderName = v.rd.fromDisplay()
		}
		if full := asideFullName(v.m.Own, v.senderName, v.rd.cat.words); v.author == "" && full != "" {
			v.senderName = full // "Mo (Mohamed Abdi Farah på papiret)"
		} else if n := v.introduced(); n != "" && !consistent(n, v.senderName) {
			v.senderName = n // "hej det er fatma öztürk" from Ole Berg's account
		}
	}
	return v.senderName
}

// joinedName reports a From name written as one word that joins words of
// name, as an address's local part does: "maitran", "tranmai", "mtran"
// for "Tran Thi Mai" or "Mai Tran".
func joinedName(name, one string) bool {
	one = foldString(one)
	ws := strings.Fields(foldString(name))
	if strings.Contains(one, " ") || len(ws) < 2 || len(one) < 4 {
		return false
	}
	for i, x := range ws {
		for j, y := range ws {
			if i != j && (one == x+y || one == x[:1]+y && i < j) {
				return true
			}
		}
	}
	return false
}

// samePerson: consistent either way round ("M. Rahimi", "Mohammad Rahimi").
func samePerson(a, b string) bool {
	return consistent(a, b) || consistent(b, a) || spelledAs(a, b) || spelledAs(b, a)
}

// checkUnnamedUpdate: a change for someone without a name, in a mail that
// names no change ("skifte", "i stedet", "already registered") and answers
// no mail of the sender's own, may be a first registration read wrong.
func checkUnnamedUpdate(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentUpdate || len(v.r.Attendees) == 0 && v.r.Contact.Phone != "" {
		return verdict{} // no attendee but a number: the contact changes
	}
	for _, a := range v.r.Attendees {
		if a.Name == "" && v.first(gateLex.change) == nil && !v.rd.ownThread() {
			return review("a change for someone without a name, and no earlier registration named")
		}
	}
	return verdict{}
}

// checkFirstNameUpdate: a change for someone known by a first name only
// that is not the sender's: the bot cannot tell whose registration it is.
func checkFirstNameUpdate(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentUpdate || v.sender() == "" {
		return verdict{}
	}
	for _, a := range v.r.Attendees {
		if countNameWords(a.Name) == 1 && !samePerson(a.Name, v.sender()) {
			return review("a change for %q, who is not the sender %q, with no full name", a.Name, v.sender())
		}
	}
	return verdict{}
}

// checkEmptyUpdate: a change that changes nothing the bot can apply.
func checkEmptyUpdate(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentUpdate || len(v.r.Attendees) == 0 && v.r.Contact.Phone != "" {
		return verdict{} // no attendee but a number: the contact changes
	}
	for _, a := range v.r.Attendees {
		if len(a.Choices) > 0 || len(a.Diet) > 0 {
			return verdict{}
		}
	}
	return review("the mail reads as a change, but no new choice or diet was read from it")
}

// checkDecoding: the mail could not be decoded cleanly; its words may be garbled.
func checkDecoding(v *gateView) verdict {
	if len(v.m.Problems) > 0 {
		return review("the mail was not decoded cleanly: %s", v.m.Problems[0])
	}
	return verdict{}
}

// checkQuoteLeft: quoted lines ("> ...") left among the sender's own words:
// the reading may have taken the quote's words for hers.
func checkQuoteLeft(v *gateView) verdict {
	for _, ln := range lines(v.t) {
		if strings.HasPrefix(strings.TrimSpace(v.t.fold[ln[0]:ln[1]]), ">") {
			return review("quoted lines stand among the sender's own words")
		}
	}
	return verdict{}
}

// checkNamedMissing: a person named beside the sender ("Hanne og jeg",
// "jeg og Hanne", "sammen med Hanne") who is no attendee.
func checkNamedMissing(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for i := 1; i+1 < len(t.toks); i++ {
		w := t.toks[i].s
		if w != "og" && w != "and" && w != "med" && w != "with" {
			continue
		}
		for _, k := range []int{i - 1, i + 1} {
			other := 2*i - k // the word on the other side
			if !v.selfWord(t.toks[other].s) && w != "med" && w != "with" || !v.nameWordAt(k) || k < i && v.inPlaceName(k) ||
				romanNumbers[t.toks[k].s] != 0 { // "Workshop III and I please": a workshop's numeral
				continue
			}
			if !v.isAttendee(t.toks[k].s) && v.aboutComing(v.clauseOf(t.toks[k].a)) {
				return review("the mail names %s beside the sender, but %s is no attendee", v.quote(t.toks[k].a, t.toks[k].b), v.quote(t.toks[k].a, t.toks[k].b))
			}
		}
	}
	return verdict{}
}

// checkRelativeMissing: a person named after her relation ("min søn Yusuf
// Ali vil i uddannelse", "my daughter Emma wants workshop 1") in a sentence
// about coming or choosing, who is no attendee: the reading lost her, or
// gave her choices to another.
func checkRelativeMissing(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for i := 0; i+2 < len(t.toks); i++ {
		if !t.toks[i+2].cap || !t.toks[i].is(classGateOwner) || !t.toks[i+1].is(classRelation) || !v.nameWordAt(i+2) {
			continue
		}
		if s := v.clauseOf(t.toks[i+2].a); !v.isAttendee(t.toks[i+2].s) && (v.aboutComing(s) || v.saysWish(s.a, s.b) || t.has(gateSignOn, s.a, s.b)) {
			return review("the mail names %s, who is no attendee", v.quote(t.toks[i].a, t.toks[i+2].b))
		}
	}
	return verdict{}
}

var selfWords = wordSet([]string{"jeg", "mig", "i", "me"})

var gateSignOn = table(daGateSignOn, enGateSignOn)

// selfWord: the sender speaking of herself; Danish "i" means "in".
func (v *gateView) selfWord(w string) bool {
	return w == "jeg" || w == "mig" || v.r.Language == "en" && (w == "i" || w == "me")
}

// nameWordAt: token k is a capitalised word that may be a first name.
func (v *gateView) nameWordAt(k int) bool {
	tk := v.t.toks[k]
	return tk.cap && tk.num < 0 && len(tk.s) >= 2 && !tk.is(classNameStop) && !tk.is(classGateNameStop) && !v.rd.cat.words[tk.s] &&
		!tk.is(classSelfWord) && !tk.is(classRelation) && !tk.is(classNotPerson) && !shouted(v.t, tk) && !transportName(tk.s)
}

var transportNames = wordSet(gateTransport)

// transportName: the word names a bus, a taxi or a transport company
// ("Movia", "Flextrafik", "Dantaxi"), not a person.
func transportName(w string) bool {
	if transportNames[w] {
		return true
	}
	for _, end := range gateTransportEnds {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// isAttendee: some attendee, or the sender, bears the word as a name. The
// sender's From name counts unless the writer attends under another name:
// "Mvh Sara" from Søren Holm's account makes "Søren og jeg" name him apart.
func (v *gateView) isAttendee(word string) bool {
	var names []string
	if !v.writerNotOwner() {
		names = append(names, v.sender())
	}
	for _, a := range v.r.Attendees {
		names = append(names, a.Name)
	}
	for _, n := range names {
		for _, w := range nameWords(n) {
			if w == word {
				return true
			}
		}
	}
	return false
}

// writerNotOwner reports a writer who attends under a name of her own
// that is not the From line's: someone writing from another's account.
func (v *gateView) writerNotOwner() bool {
	as := v.r.Attendees
	return v.r.writer != "" && len(as) > 0 && as[0].Name == v.r.writer
}

// checkListedMissing: a list item that opens with a person and her wishes
// ("- Per Berg - 2", "* Eva: tryghed", "- Ayse Demir: samme som Ali", "- min
// kone: 2 og 4") whose person is no attendee, or more such items than
// attendees.
func checkListedMissing(v *gateView) verdict {
	if !v.changes() || !strings.Contains(v.t.fold, "\n") && bulletEnd(v.t.fold) == 0 {
		return verdict{}
	}
	t := v.t
	t.avoid = v.rd.cat.words
	items := 0
	for _, ln := range lines(t) {
		k := bulletEnd(t.fold[ln[0]:ln[1]])
		if k == 0 {
			continue
		}
		i := t.tokenAt(ln[0] + k)
		if i >= len(t.toks) || t.toks[i].a != ln[0]+k {
			continue
		}
		name, n := nameAt(t, i)
		if name == "" && i+1 < len(t.toks) && owners[t.toks[i].s] && relations[t.toks[i+1].s] {
			n = 2 // "- min kone: 2 og 4"
		}
		if n == 0 {
			continue
		}
		n += markAfter(t, i+n, len(t.toks))
		if i+n >= len(t.toks) || t.toks[i+n].a >= ln[1] {
			continue
		}
		if sep := strings.TrimSpace(t.gap(i+n-1, i+n)); sep != ":" && sep != "-" && sep != "," && sep != "):" && sep != ")," && sep != ")" {
			continue
		}
		if gateNameStops[t.toks[i].s] || !v.saysWish(t.toks[i+n].a, ln[1]) && (name == "" || countNameWords(name) < 2) {
			continue
		}
		if items++; name != "" && !v.isAttendee(t.toks[i].s) {
			return review("the list names %s, who is no attendee", v.quote(t.toks[i].a, t.toks[i+n-1].b))
		}
	}
	if items > len(v.r.Attendees) {
		return review("the list has %d people, the reading %d", items, len(v.r.Attendees))
	}
	return verdict{}
}

// checkNameLines: paragraphs that each open with a person's name on a line
// of its own (bulleted or numbered or not), her choices and food on the lines below ("Mona Ali\n1 og
// 3\nvegetar\n\nSara Ali\n2 og 4"). When two or more such names stand in
// the text, each must be an attendee or the sender; one the reading lacks
// means it did not split the people apart.
func checkNameLines(v *gateView) verdict {
	if !v.changes() || strings.Count(v.t.fold, "\n") < 3 {
		return verdict{}
	}
	t := v.t
	t.avoid = v.rd.cat.words
	var firsts []int
	for _, ln := range lines(t) {
		// "1. Karen Olsen": a number that marks the list is no part of it
		a := ln[0] + listLeadEnd(t.fold[ln[0]:ln[1]])
		if n := nameLine(t, a); n != "" && len(nameWords(n)) >= 2 && !strings.Contains(t.fold[ln[0]:ln[1]], ",") {
			firsts = append(firsts, t.tokenAt(a))
		}
	}
	if len(firsts) < 2 {
		return verdict{}
	}
	for _, i := range firsts {
		if !v.isAttendee(t.toks[i].s) {
			return review("%s stands on a line of its own, and is no attendee", v.quote(t.toks[i].a, t.toks[i].b))
		}
	}
	return verdict{}
}

// checkRoleLines: a list of people one to a line, each a full name and a
// bracket saying who she is and nothing more ("Hawa Ali (min kone)",
// "Sagal Ali (vores datter, 19 år)"), their choices said for all below. Two
// or more such lines name those who come; one of them no attendee means
// the reading lost her.
func checkRoleLines(v *gateView) verdict {
	if !v.changes() || strings.Count(v.t.fold, "\n") < 2 {
		return verdict{}
	}
	t := v.t
	t.avoid = v.rd.cat.words
	var names [][2]int // first and last token of each name with its mark
	for _, ln := range lines(t) {
		i := t.tokenAt(ln[0] + listLeadEnd(t.fold[ln[0]:ln[1]]))
		if i >= len(t.toks) || t.toks[i].a >= ln[1] {
			continue
		}
		name, n := nameAt(t, i)
		if name == "" || countNameWords(name) < 2 {
			continue
		}
		k := markAfter(t, i+n, len(t.toks))
		if k == 0 || i+n+k < len(t.toks) && t.toks[i+n+k].a < ln[1] {
			continue // no bracket, or more said on the line
		}
		note := "(" + strings.TrimSpace(t.fold[t.toks[i+n].a:ln[1]])
		if !roleNote.MatchString(note) && !slices.Contains(selfMarks, note) {
			continue
		}
		names = append(names, [2]int{i, i + n - 1})
	}
	if len(names) < 2 {
		return verdict{}
	}
	for _, nm := range names {
		if !v.isAttendee(t.toks[nm[0]].s) {
			return review("the list names %s, who is no attendee", v.quote(t.toks[nm[0]].a, t.toks[nm[1]].b))
		}
	}
	return verdict{}
}

// checkBehalfOf: "på vegne af Lise Berg", "on behalf of Karl Jensen", in
// the text or under the closing words, names the person the mail is for.
// When that person is no attendee, the reading took the writer (or a
// colleague in her sign-off) for the one who comes.
func checkBehalfOf(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	texts := []*text{v.t}
	if sig := v.m.Signature; strings.Contains(sig, "vegne") || strings.Contains(sig, "behalf") {
		texts = append(texts, newText(signatureHead(sig)))
	}
	for _, t := range texts {
		if !t.matches(lex.onBehalf) {
			continue
		}
		t.avoid = v.rd.cat.words
		for _, hit := range t.within(lex.onBehalf, 0, len(t.fold)) {
			if name := nameAfter(t, hit[1]); name != "" && !v.attends(name) {
				return review("the mail is on behalf of %s, who is no attendee", name)
			}
		}
	}
	return verdict{}
}

// nameAfter returns the first person's name after offset a in its line and
// sentence, "" when none.
func nameAfter(t *text, a int) string {
	i := t.tokenAt(a)
	if i >= len(t.toks) || strings.ContainsAny(t.fold[a:t.toks[i].a], ".!?") {
		return ""
	}
	line := t.toks[i].line
	for k := i; k < len(t.toks) && k < i+6 && t.toks[k].line == line; k++ {
		if k > i && strings.ContainsAny(t.gap(k-1, k), ".!?") {
			break
		}
		if k > i && placePreps[t.toks[k-1].s] {
			return "" // "på vegne af bestyrelsen i Hyldespjældet": a place
		}
		if n, _ := nameAt(t, k); n != "" {
			return n
		}
	}
	return ""
}

var placePreps = wordSet(gatePlacePreps)

// attends reports whether name is one of the attendees read.
func (v *gateView) attends(name string) bool {
	for _, a := range v.r.Attendees {
		if a.Name != "" && samePerson(a.Name, name) {
			return true
		}
	}
	return false
}

// saysWish reports whether fold[a:b] names a workshop (by number or by a
// word of its name) or a diet.
func (v *gateView) saysWish(a, b int) bool {
	t := v.t
	for k := t.tokenAt(a); k < len(t.toks) && t.toks[k].a < b; k++ {
		if tk := t.toks[k]; tk.num > 0 && tk.num <= 9 && len(tk.s) == 1 || v.rd.cat.words[tk.s] {
			return true
		}
	}
	return len(readDiet(t, a, b)) > 0
}

// checkDietBut: a food word after a "but" or an "except" in a sentence
// that gave a diet, or joined by "or"/"and" right after the words of one,
// where no diet was read from that word ("vegetarian, but not strictly, I
// eat chicken"; "I don't eat meat or dairy"; "spiser alt undtagen lam"):
// it may undo, narrow or add to what was read.
func checkDietBut(v *gateView) verdict {
	hits := v.t.dietHits()
	if !v.changes() || len(hits) == 0 {
		return verdict{}
	}
	t := v.t
	unread := func(s sentence, a, b int) bool {
		for _, w := range t.within(gateLex.diet, a, b) {
			if !dietCovers(hits, w[0]) && !t.has(gateLex.dietNone, w[0], w[1]) && !harmlessException(t, s, w, hits) && !restatedFood(t, s, w, hits) {
				return true
			}
		}
		return false
	}
	for _, b := range t.within(gateLex.but, 0, len(t.fold)) {
		if s := v.sentenceOf(b[0]); unread(s, b[1], s.b) {
			return review("the mail says %q; what follows the exception was not read", v.quote(s.a, s.b))
		}
	}
	for _, h := range hits {
		k := t.tokenAt(h.b)
		if k+1 >= len(t.toks) || !dietJoins[t.toks[k].s] || strings.ContainsAny(t.gap(k-1, k), ".,;\n") {
			continue
		}
		end := t.toks[min(k+2, len(t.toks)-1)].b
		if s := v.sentenceOf(h.a); unread(s, t.toks[k].b, min(end, s.b)) {
			return review("the mail says %q; a food word joined to the diet was not read", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

// dietJoins add a second thing to a diet's words ("meat or dairy").
var dietJoins = wordSet([]string{"eller", "og", "samt", "or", "and", "nor"})

// dietCovers reports whether offset a lies in the words of a diet read.
func dietCovers(hits []dietHit, a int) bool {
	for _, h := range hits {
		if a >= h.a && a < max(h.b, h.a+1) {
			return true
		}
	}
	return false
}

// checkDietMore: a sentence that gave a diet and holds a food word that
// diet does not account for ("No pork, no beef": the beef).
func checkDietMore(v *gateView) verdict {
	hits := v.t.dietHits()
	if !v.changes() || len(hits) == 0 {
		return verdict{}
	}
	t := v.t
	for k, h := range hits {
		if k > 0 && v.sentenceOf(hits[k-1].a) == v.sentenceOf(h.a) {
			continue
		}
		s := v.sentenceOf(h.a)
		var tags []tilmeld.Diet
		for _, o := range hits {
			if o.a >= s.a && o.a < s.b {
				tags = append(tags, o.tag)
			}
		}
		none := t.within(gateLex.dietNone, s.a, s.b)
		for _, w := range t.within(gateLex.diet, s.a, s.b) {
			if dietCovers(hits, w[0]) || slices.ContainsFunc(none, func(n []int) bool { return n[0] <= w[0] && w[0] < n[1] }) ||
				dietFits(t.fold[w[0]:w[1]], tags) || harmlessException(t, s, w, hits) || oldDiet(t, w[0], oldAnyWay) ||
				negatedBesideStated(t, s, w, hits) || unticked(t.fold, w[0]) || declinedDiet(t, w[0], w[1]) {
				continue
			}
			return review("the mail says %q; a food word in it gave no diet", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

// harmlessException reports a food word w after a "but"/"dog" of sentence
// s that the sentence's diet lets one eat, with no refusal after the
// "but": "Jeg er vegetar (spiser dog æg og mælkeprodukter)" stays
// vegetarian. "Vegetar, men spiser dog kylling" still goes to staff.
func harmlessException(t *text, s sentence, w []int, hits []dietHit) bool {
	var tags []string
	for _, h := range hits {
		if h.a >= s.a && h.a < s.b && h.a < w[0] {
			tags = append(tags, string(h.tag))
		}
	}
	if len(tags) == 0 || !allowedFood(t.fold[w[0]:w[1]], tags) {
		return false
	}
	buts := t.within(gateLex.but, s.a, w[0])
	if len(buts) == 0 {
		return false
	}
	for k := t.tokenAt(buts[len(buts)-1][1]); k < len(t.toks) && t.toks[k].a < s.b; k++ {
		if refusals[t.toks[k].s] {
			return false
		}
	}
	return true
}

var refusals = wordSet(gateRefuse)

// allowedFood reports whether every one of tags lets one eat the food w.
func allowedFood(w string, tags []string) bool {
	for _, f := range gateDietAllows {
		if strings.HasPrefix(w, f.stem) {
			for _, tag := range tags {
				if !slices.Contains(f.tags, tag) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// dietFits reports whether the food word w only says more of one of tags.
func dietFits(w string, tags []tilmeld.Diet) bool {
	for _, f := range gateDietFits {
		if !strings.HasPrefix(w, f.stem) && !strings.Contains(w, f.stem) {
			continue
		}
		if f.tags == nil {
			return true
		}
		for _, tag := range tags {
			if slices.Contains(f.tags, string(tag)) {
				return true
			}
		}
	}
	return false
}

// checkDietClash: one attendee with diet tags that exclude each other or
// of which one already says the other ("vegan" and "vegetarian"): a
// correction or a second person's diet was likely read into hers.
func checkDietClash(v *gateView) verdict {
	for _, a := range v.r.Attendees {
		for _, c := range gateDietClash {
			if slices.Contains(a.Diet, c[0]) && slices.Contains(a.Diet, c[1]) {
				return review("%s is read as both %s and %s; which holds, staff tell", nameOr(a.Name), c[0], c[1])
			}
		}
	}
	return verdict{}
}

// checkContactUnread: a phone number or an e-mail address written in the
// words read that is not the contact read: it may be the attendee's own,
// given for replies, and the reading took another or none.
func checkContactUnread(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t, c := v.t, v.r.Contact
	organiser, _ := normalisePhone(v.ev.Phone)
	for _, p := range findPhones(t) {
		if p.e164 == organiser || p.e164 == c.Phone || lex.switchboard.MatchString(lineAt(t, p.a)) || postcodeLine.MatchString(lineAt(t, p.a)) {
			continue
		}
		if c.Phone != "" {
			break // a second number of hers, or a companion's: the contact holds one
		}
		s := v.sentenceOf(p.a)
		if _, other := phoneOwner(t, p); (other || v.rd.calledByName(t, p)) && !v.namesAttendee(s) {
			continue // "min datter kan også ringes op på ...": hers, and she does not come
		}
		return review("the mail gives the number %s (%q), but no contact phone was read", p.e164, v.quote(s.a, s.b))
	}
	for _, m := range t.hits(emailRe) {
		e := strings.TrimRight(t.fold[m[0]:m[1]], ".")
		if e == c.Email || e == v.m.FromAddr || e == strings.ToLower(v.ev.Address) || v.listedOthersAddress(m[0]) || v.othersAddressTold(m[0]) {
			continue
		}
		s := v.sentenceOf(m[0])
		return review("the mail gives the address %s (%q), but the contact read is %s", e, v.quote(s.a, s.b), orNone(c.Email))
	}
	return verdict{}
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// namesAttendee reports whether the sentence s holds the first name of an
// attendee.
func (v *gateView) namesAttendee(s sentence) bool {
	t := v.t
	for _, a := range v.r.Attendees {
		w := foldString(firstWord(a.Name))
		if len(w) < 2 {
			continue
		}
		for k := t.tokenAt(s.a); k < len(t.toks) && t.toks[k].a < s.b; k++ {
			if t.toks[k].s == w || t.toks[k].s == w+"s" {
				return true
			}
		}
	}
	return false
}
