package parser

// English. Every phrase is folded like the Danish ones.

var enRegister = []string{
	`register (me|us|for)`, `sign (me|us) up`, `put (me|us) down for`, `(i|we)( would|'d|’d) like to (register|attend|join|come|participate|sign up|take part)`,
	`(i|we) (will|would love to|want to) (attend|join|come)`, `count (me|us) in`, `registration`,
	`i am coming`, `(i'm|i’m|we're|we’re|we are) (both |all )?coming`, `(i|we)('ll| will) (both |all )?(be there|come)`, `i'll be there`, `please register`,
	// "I'd love to come", as "I'd like to come"
	`(i|we)('d| would) (really |so )?love to (come|be there)`, `here is (my|our) registration`, `put (me|us) down (for|on)`,
	// typed in haste: "i want come to the meeting", "i like to join the meeting"
	`(i|we) (want|wants|like|would like) (to )?(come|attend|join|participate) (to |in )?(the )?(meeting|event|workshop)`,
	// "we are two from the board who would like to attend"
	`(we are|we're|there are (two|three|four|five|\d) of us) ([\w'’]+,? ){0,7}who (would|want to|'d|will) (like to |love to )?(attend|come|join|take part)`,
	// "My mother Halima W. would like to come to the meeting"
	`(would|'d) (really )?(like|love) to (come|attend|join) (to )?(the )?(meeting|event)`,
	// "Hassan Ali would like to attend workshop 4": as "vil gerne deltage"
	`(would|'d) (really )?(like|love) to (attend|join|participate|take part)`,
	// a companion or a count between "would" and "like": "I would,
	// together with my wife Eva Lund, very much like to attend", "we would
	// both very much like to come"
	`(i|we) would,? ((together |along )?with ([\w.\-]+,? ){1,6}|both |all )(very much |really |also )?(like|love) to (attend|come|join|participate|take part)`,
	`(would|'d) (also |both |all )?(very much|really much) (like|love) to (attend|come|join|participate|take part)`,
	// "Else Dam, who would like to come"
	`who (would|'d) (really )?(like|love) to come`,
	// "I, Omar S., and my wife Rania S. are coming on Tuesday"
	`(i|we),? ([\w.\-]+,? ){1,8}(are|will be) coming (on (monday|tuesday|wednesday|thursday|friday)|to the meeting)`,
	// "Me and my brother Tariq Aziz are coming to the meeting"
	`(me|i) and ([\w.'’\-]+,? ){1,6}(are|will be) (coming|attending|joining)\b`,
	// "My sister Amina Yusuf and I are coming"
	`and (i|me) (are|will be) (coming|attending|joining)\b`,
	// "The board sends two people": as "sender to personer"
	`(sends|is sending|will send|registers) (two|three|four|five|\d) (people|persons|participants|representatives|members|residents|volunteers)\b`,
	// someone else signed up, as "tilmelde min nabo": "please sign up my neighbour"
	`sign up (my|our|me|us)`, `sign (my|our) \w+ up`, `enrol(l)? (me|us|my|our)`,
	// phrasal verbs of signing up: "pencil me in", "book me on 3" (another
	// inside "put ... down" costs too much: see plain_leftovers8_test)
	`pencil (me|us) in`, `pencil \w+( \w+)? in (for|on)`, `book (me|us) (on|onto|in|into|for)`,
}

// enSenderReplaces: as daSenderReplaces ("I will come instead of her").
var enSenderReplaces = []string{`i('ll| will| would)? (\w+ ){0,2}instead of (him|her|my colleague)`, `i('ll| will)? take (his|her) place`}

// enOneMore: see daOneMore ("we will be one more", "he would also like to come").
var enOneMore = []string{`(we|there) (will be|are) (one|two|three) more`, `one more (from|of us)`, `(just )?like us`,
	`(he|she|they) (would|will) also (like to )?(come|attend|join)`, `(would|will) also like to (come|attend|join)`}

var enAddsToo = []string{`(register|sign up|add) (\w+,? ){1,5}(too|as well)`, `(also|too) (like to )?(register|sign up|add)`, `(just )?like me`,
	`(hi|hello|dear \w+) again`, `in addition to (me|myself)`, `as well as (me|myself)`, `besides (me|myself)`}

// enAlsoAddKin: see daAlsoAddKin ("could you add my daughter as well",
// "please also register my husband").
var enAlsoAddKin = []string{`add (my|our) \w+`, `also (register|sign up|add|include) (my|our)`}

// enSigningUp: the sender's own sign-up, its "I am" left out ("Signing
// up for workshop 2").
var enSigningUp = []string{`signing (me |myself |us )?up for`}

// enAlsoComing: see daAlsoComing ("my husband Karim is coming too").
var enAlsoComing = []string{`(is|are) (also )?(coming|joining|attending)( along)? (too|as well)`, `(is|are) also (coming|joining|attending)`,
	`will (also )?(come|be coming|join|attend)( along)? (too|as well)`, `(comes|joins) (along )?(too|as well)`,
	`would (also )?like to (come|join|attend)( along)? (too|as well)`}

// enForgotTold: see daForgotTold ("I forgot to say: workshop 3", "I
// should have mentioned that I am vegetarian").
var enForgotTold = []string{`forgot (\w+ ){0,2}(to )?(say|mention|tell|write|add|include|put|give)`,
	`forgot (\w+ ){0,2}the (most )?important`, `forgot (to write |to say |to mention )?(my |the |which )?(workshop\w*|choice\w*)`,
	`should (also )?have (said|mentioned|written|added)`}
var enForgotNotField = []string{"me", "us", "back", "before", "in", "up"}

// enForgotSay: see daForgotSay ("I forgot to mention that ...").
var enForgotSay = []string{"forgot", "forgotten"}

// enOneSelf: see daOneSelf.
var enOneSelf = []string{"i", "me", "myself"}

// enOwnSignUp: as daOwnSignUp ("my registration", "my first choice").
var enOwnSignUp = []string{"registration", "first", "second", "choice", "choices", "preference", "preferences"}

// enAnswersInQuote: see daAnswersInQuote ("I have written my answers into your mail below").
var enAnswersInQuote = []string{`(written|typed|put|added) (\w+ ){0,3}answers (in|into|inside) (your|the) (mail|e-mail|email|message|invitation)`,
	`(my |our )?answers (are )?(below|inline|in your (mail|e-mail|email|message))`, `answered (inline|between the lines|in your (mail|message))`,
	`answering (inline|in your (mail|e-mail|email|message)|between the lines)`,
	// Outlook has no quote marks: "my answers are in red", "I have written in blue in your mail"
	`answers (are )?(written |marked )?in (red|blue|green|yellow|bold)`, `(written|typed|marked|answered) (\w+ ){0,2}in (red|blue|green|yellow|bold) (in|into) (your|the) (mail|e-mail|email|message|invitation|text)`}

// enChoiceLater: see daChoiceLater ("Tom hasn't decided on a workshop yet").
var enChoiceLater = []string{`(hasn't|has not|haven't|have not) (yet )?(decided|chosen|picked) (on |which )?(a |his |her )?workshop`,
	`(doesn't|does not|don't|do not) know (yet )?which workshop`, `will (choose|decide on|pick) (a |his |her )?workshop later`}

var enRegisterNot = []string{`before (i|we) register`, `if (i|we) register`,
	`(do|does|did|should|must|can|may) (i|we|one|you|people) (\w+ ){0,2}register`, `how (do|can|should) (i|we|one|you) register`,
	// as daRegisterNot: "sign yourselves up directly"
	`(sign|signs) (yourselves|yourself) up`, `register (yourselves|yourself)`}

// enSignUpLater: as daSignUpLater ("we'll sign up once we know").
var enSignUpLater = []string{`(i|we)('ll| will| shall| can) (sign up|register)( \w+)?,? (once|when|as soon as|if|after|later)`,
	`(i|we)('d| would) like to (sign up|register)( \w+)?,? (once|as soon as|later)`,
	// "I will write again when I know"
	`(i|we)('ll| will) (write( to you)? again|get back to you),? (once|when|as soon as) (i|we) (know|hear|have)`}

var enCancel = []string{
	`cancel`, `cancellation`, `withdraw`, `(can't|cannot|can not|won't|will not|unable to) (make it|come|attend|join|participate)`,
	`not be able to (come|attend|make it)`, `unregister`, `remove me`, `withdraw`,
	`count (me|us) out`, `(none|neither) of us (can|will be able to) (come|attend|make it)`, `no longer (attend|come|make it|join|participate|be able to (come|attend|make it|join))`,
	`(won't|wont|will not) be able to (come|attend|make it|join|participate)`, `something (has |have )?come up`,
	`something came up`, `remove (us|my name|our names|my registration|our registration)`, `take (me|us) off`,
	`delete (my|our) (registrations?|names?|bookings?|places?|seats?|spots?)`, `take (\w+ ){1,3}off the list`, `no longer able`, `pull(ing)? out`, `give it a miss`,
	`not able to (come|attend|make it|join|participate)`, `(might|may) not (be able to )?(make it|come|attend)`,
	`neither (\w+ ){1,4}nor (\w+ ){1,3}(can|will|is able to|am able to|are able to)( \w+)? (come|attend|make it|join|participate)`,
	// "please remove both me and Sam", "delete us both"
	`(remove|delete|take) both (me|us|of us)`, `delete (me|us)`,
	// "you can give my place to someone else"
	`give (my|our) (place|places|seat|seats|spot|spots) to (someone|somebody) else`,
	// as daCancel's "forhindret", "meld mig fra", and typed without the apostrophe
	`(cant|wont) (make it|come|attend|join|participate|be able to (come|attend|make it|join))`,
	`not going to (make it|come|attend|be able to (come|attend|make it))`, `(prevented|kept) from (coming|attending|joining)`,
	`sign (me|us) off`,
	// as daCancel's "Glem det jeg skrev om Poul"
	`forget (what|everything|all) (i|we) (wrote|said|told you) about`, `(isn't|is not|won't be|will not be) (coming|joining) after all`,
	`(don't|do not|won't|will not) have (the )?(chance|opportunity|possibility|time) to (come|attend|join|take part)`,
}

// enForgetAbout: as daForgetAbout ("Forget what I wrote about Poul").
var enForgetAbout = []string{`forget (what|everything|all) (i|we) (wrote|said|told you) about`}

var enMaybe = []string{`maybe`, `might`, `perhaps`, `not sure`, `get back to you`, `possibly`, `may (have to|be unable|not)`, `let you know`, `probably`, `most likely`,
	`(won't|will not|don't|do not) know (yet|until|before)`, `keep (me|us) on the list`}

var enUpdate = []string{`change (my|our|the|her|his) (registration|workshop|choice|priorit\w*|diet|order)`, `(i|we) (wrote|have written|accidentally wrote) (\w+,? ){1,5}but (i |we )?(\w+ )?(mean|meant)`, `change (me|us|it) to`,
	`switch (me |us )?to`, `swap (my|our|the)`, `(swap|switch) (them|those|these) (around|round)`, `also (register|sign up|add|include) (my|our)`, `update (my|our) (registration|diet|choice)`, `add (me|my|our|a|another|one more)`,
	`instead( of)?`, `my registration`, `(has|have|had) (\w+ )?changed (her|his|their|my|our) minds?`, `i am registered`, `correct (my|our)`,
	`rather (be in|have|join|attend|go to|do|take)`, `move (me|us)`,
	`(change|move|switch) (my|our|the|her|his) (first|second|1st|2nd) (choice|priorit\w*)`, `(change|move|switch) (my|our|the|her|his) (first|second|1st|2nd) to`, `move (my|our) (registration|workshop|choice|priorit\w*)`,
	`corrections? (to|in|of) (my|our) registration`}

// enNoReceipt: as daNoReceipt.
var enNoReceipt = []string{`(not|never|havent|haven't|hasnt|hasn't|didnt|didn't) (\w+ ){0,2}(received|got|gotten) (\w+ )?(receipt|confirmation)`, `no (receipt|confirmation)`}

var enAlready = []string{`already (registered|signed up)`, `(i'm|i am|we're|we are) registered`, `(she|he|they|who) (was|were) (already )?(registered|signed up)`,
	`registered (already|earlier|before|last week)`, `signed up (already|earlier|before|last week)`, `already on the (list|participant list)`,
	`(registered|signed up) (\w+ ){1,4}ago`, `(i|we) (have|'ve) (already|previously) (registered|signed up)`,
	`thanks? (you )?for (the|your) (receipt|confirmation)`, `(got|received) (the|your) (receipt|confirmation)`,
	`(my|our) (own )?registration (is|stays|remains) (\w+ )?(unchanged|the same|as it is|as it was|as before)`, `(my|our) (own )?registration still stands`,
	`(i'm|i am|we're|we are) still registered`,
	// "Did you receive my registration?", "did my registration go through?"
	`(received|receive|got|get) (my|our) registration`, `(my|our) registration (went|go|gone|has gone|come|came) through`,
	`(my|our) (own )?(choices|priorities|workshops?) (are|stay|remain|is|stays|remains) (\w+ )?(unchanged|the same|as (they are|it is))`,
	// "I have registered myself before", "I've signed up for 3 and 4 already"
	`(registered|signed up) (myself|ourselves) (already|earlier|before|previously|last week)`,
	`(i have|i've|we have|we've) (registered|signed up) for (\w+ ){1,5}already`}

var enReceiptQuote = []string{`thank you for registering for`, `how we understood your registration`,
	`we (still )?need a little more`, `to complete it,? we (still )?need`}

var enAddRequest = []string{`(can|could|would|will) you (please )?(add|register|sign up) (me and |myself and |both me and )?(my|our|a|an)`,
	// "Is it possible to sign up me and my neighbour Karen?"
	`(is it|would it be) possible to (add|register|sign up) (me and |myself and |both me and )?(my|our|a|an)`,
	`(can|could|may) (i|we) (please )?(add|register|sign up) (me and |myself and )?(my|our|a|an)`}

var enAddNamedRequest = []string{`(can|could|would|will) you (please |also )?(add|register|sign up|put)`,
	`(is it|would it be) possible to (add|register|sign up)`}

var enSubstitute = []string{`take my (place|seat)`, `takes my (place|seat)`, `in my place`, `(come|attend|go) instead`, `instead of me`,
	`(take|takes|taking) (over )?my (place|seat|spot|registration)`, `have my (place|seat|spot)`,
	// "could we swap her for our vice-chair", "replace him with Tom"
	`(swap|replace) (her|him) (out )?(for|with)`,
	// "his seat can go to my neighbour", "give my place to my sister"
	`(my|his|her) (place|seat|spot) (can|could|may|should) (go|be given) to (my|our|his|her)`, `give (my|his|her) (place|seat|spot) to (my|our|his|her)`,
	// "could I bring my sister instead?", "my sister can come along instead"
	`bring (\w+ ){1,3}instead`, `(come|comes|coming) (along|with me) instead`,
	// "I'll send my deputy instead", "Ian will take over the place"
	`send (\w+ ){1,4}instead`, `take over the (place|seat|spot)`}

// enStandIn, enStandInIf, enStandInIfFirst: as daStandIn ("my colleague
// will attend in my stead"), daStandInIf ("if I can't make it", "in case")
// and daStandInIfFirst ("Should I be unable to come, ...").
var (
	enStandIn        = []string{`(come|comes|attend|attends|go|goes) (\w+ ){1,3}instead`, `in my stead`}
	enStandInIf      = []string{`if (i|we)`, `if (something|anything) (comes up|happens)`, `in case`, `in the event`, `should (i|we|something|anything)`}
	enStandInIfFirst = []string{`were (i|we)`}
	enStandInRoles   = []string{"deputy", "manager", "substitute", "replacement", "chair", "supervisor", "boss"}
)

var enConditional = []string{`if there (is|are) (still |any )?(room|space|seats?|places?)`, `if there's (still |any )?(room|space|seats?|places?)`}

// enRoomAsk: as daRoomAsk ("Is there still room?", "Do you have space for one more?").
var enRoomAsk = []string{`(is|are) there (\w+ ){0,2}(room|space|seats?|places?|spots?)`,
	`do you (\w+ ){0,2}have (\w+ ){0,2}(room|space|seats?|places?|spots?)`}

// enElidedIf: as daElidedIf ("If so, ...", "In that case ...").
var enElidedIf = []string{`if so`, `if yes`, `if there is`, `if there are`, `if there's`, `in that case`, `if that's the case`,
	`if that is the case`, `then (i|we|my|our) (would|will|'d|'ll)`}

var enDecide = []string{`you (can |may )?(decide|choose)`, `up to you`, `put (me|us) (down )?(wherever|anywhere)`,
	`you (can|may) (just )?(put|place) (me|us)`, `put (me|us) where(ever)? you need`, `(i'll|i will|we'll|we will) (go|take) (wherever|anywhere|whatever)`,
	`(put|place) (me|us) (in )?(wherever|whichever|anywhere)`, `(where|wherever|whichever workshop) (you|it|that) needs? (more )?(people|help|hands)`, `(where|wherever) people are (most )?needed`}

var enChoiceCue = []string{`like`, `want`, `wants`, `wanted`, `prefer\w*`, `interested`, `choose`, `choice`, `join`, `attend`, `sign`,
	`register\w*`, `workshop\w*`, `priority`, `please`, `otherwise`, `first`, `second`, `rather`, `change`, `switch`, `move\w*`, `swap\w*`,
	`count me in`, `sign me up`, `put me down`, `take`, `my`, `talk about`, `hear about`, `something (about|with|on)`,
	`sit in`, `take part`, `be part of`, `the one (about|on|with)`,
	// what it ought to say, set against a receipt ("it should be health")
	`should (now )?(be|have been)`,
	// a correction, a wish asked for ("I meant education", "can I have
	// education instead of employment?")
	`meant`, `(can|could|may) (i|we) (please )?(have|get)`,
	// "we'd love to come, health and jobs for both of us"
	`love to (come|attend|join|take part|be there)`}

var enNoPreference = []string{`no preference`, `any workshop`, `whichever`, `(i )?(don't|do not) mind`,
	`(doesn't|does not) matter which`, `wherever there (is|'s) (room|space)`, `any of them`,
	`(happy|fine|ok|okay|good) with any( of the)? workshops?`, `(i'm|i am|we're|we are) flexible`, `wherever you need (me|us)`, `any( of the)? workshops? (is|are|will be|would be) (fine|ok|okay|good)`}

var enBoth = []string{`both (workshop |ws )?\d+ and \d+`, `both workshops`, `two workshops`, `at the same time`, `simultaneously`,
	`split (my |our |the )?time`, `(attend|join|be in) both`}

var enContribute = []string{`a stand`, `a booth`, `give a (short )?(talk|presentation)`, `present our`, `exhibit`}

var enAttachment = []string{`attach\w*`, `enclosed`, `(sending|send|here is) (you )?a (photo|picture|scan)`, `(photo|picture|scan) of (it|the (paper|form|sheet))`}

// enFilePointer: as daFilePointer ("the names are in the spreadsheet").
var enFilePointer = []string{`in the (spreadsheet|file|sheet|excel file|excel sheet|document)`, `see the (spreadsheet|file|sheet|excel file|document)`,
	`here is the (spreadsheet|file|sheet|excel file)`, `please find the (list|spreadsheet|file|sheet)`,
	// "as a scanned letter", "a photo of my form", "in the letter"
	`scanned`, `scan of`, `as a (scan|photo|picture)`, `(photo|picture) of (my|the|our) (form|registration|letter|paper|note)`, `in the letter`}

var enForward = []string{`forward\w*`, `passing (his|her|their) (\w+ ){0,2}on`, `pass(ing)? on (his|her|their) (\w+ ){0,2}(message|text|sms|mail)`}

// enReverseWords: as daReverseWords ("Reza: reversed, 3 and 4").
var enReverseWords = []string{"reversed", "reverse", "opposite", "swapped"}

// enCorrection: as daCorrection ("A small correction: Kavitha is not vegan
// but vegetarian. The workshops are unchanged.").
var enCorrection = []string{`correction`, `is not \w+,? but`, `(workshops?|choices?) (are|is|stay|stays|remain|remains) (unchanged|the same|as before)`}

// enUnnamedPeople: as daUnnamedPeople ("two residents").
var enUnnamedPeople = []string{"residents", "tenants", "participants", "people", "women", "men", "staff", "volunteers", "employees", "workers"}

// enAboutResident: as daAboutResident.
var enAboutResident = []string{
	`(register|sign up|enrol|enroll|add|put) (him|her)`, `(he|she) (would|wants to|would really) like to (come|join|attend|take part)`,
	`(he|she) wants to (come|join|attend|take part)`, `confirmation (directly |straight )?to (him|her)`,
	`(sign|put) (him|her) (up|down)`,
	// a staff member passing on a resident's text message
	`forwarding (a |her |his |this )?(text|sms|message)\w*`, `(text|sms|message)\w* from (one of )?our residents?`,
}

// enSMSIntro: as daSMSIntro ("hi its amina yusuf").
var enSMSIntro = []string{`it is`, `its`, `it's`, `this is`}

// enInterestOnly: as daInterestOnly.
var enInterestOnly = []string{`interests? (me|us)`, `interested in`, `interesting`, `(my|our) interest`}

// enEarlierSignUp: as daEarlierSignUp.
var enEarlierSignUp = []string{`after all`, `anymore`, `any more`, `no longer`, `(my|our) (registration|place)`, `registered`, `cancel\w*`, `unregister`}

// enSenderComesToo: as daSenderComesToo.
var enSenderComesToo = []string{
	`we (will |would )?both (come|attend|join)`, `(we are|we're) both coming`, `i (will|'ll|am|'m) (also )?(come|coming|attend|attending|join|joining) (too|as well)`,
	`i (will|'ll) (also )?(come|attend|join)`, `(him|her) and me`, `register (us|us both|both of us)`,
}

var enConfirmToResident = []string{`(send|reply|write|respond|forward)\w* (the )?(confirmation |answer |reply )?(directly )?to (him|her)\b`,
	`confirmation (should|can|may) (go|be sent) (directly )?to (him|her)\b`, `(reply|write) (to )?(him|her) directly`,
	`(send|reply|write|respond|forward)\w* (the )?(confirmation |answer |reply )?(directly |straight )?to (his|her) own (e-?mail|mail|address)`}

// enConfirmToNamed: as daConfirmToNamed ("please send the confirmation
// straight to Joseph", "reply to Joseph directly").
var enConfirmToNamed = []string{`(send|reply|write|respond|forward) (the )?(confirmation |answer |reply )?(directly |straight )?to`,
	`confirmation (should|can|may) (go|be sent) (directly |straight )?to`}

var enReplyTo = []string{`reply`, `respond`, `send`, `confirmation`, `write`, `contact`, `e-?mail`, `use`}

var enSpam = []string{
	`offer`, `per (person|cover)`, `order now`, `discount`, `click (here|the link|below)`, `verify your account`,
	`password`, `mailbox`, `deactivat\w*`, `storage`, `upgrade`, `action required`, `unsubscribe`,
	`log ?in`, `sign in`, `your account`, `verify your (identity|details|address|e-?mail)`, `pending (messages|e-?mails)`, `expir\w*`, `within (24|48|72) hours`,
	`suspended`, `locked`, `closed`, `blocked`, `unusual activity`, `suspicious`, `immediately`, `dear (user|customer)`, `your (parcel|package)`, `fee`, `renew\w*`,
}

// enPhishing: as daPhishing.
var enPhishing = []string{
	`(verify|confirm|validate|update) (your|the) (account|mailbox|identity|password|e-?mail\w*)`,
	`mailbox (is (almost |nearly )?full|quota|storage)`, `quota (has been )?(exceeded|reached)`, `\d+ ?% of (its|your) (quota|storage)`,
	`password (expires|will expire|has expired|is expiring)`, `(log|sign) ?in here`, `verify here`,
	`you have won`, `you('ve| have) been selected`, `claim your (prize|reward|gift)`,
	`your (parcel|package) (is waiting|could not be delivered|is on hold)`, `pay the (fee|shipping|customs fee)`,
	// as daPhishing's parcel held for a fee
	`your (parcel|package|shipment) (\w+ ){1,4}(could not be delivered|is on hold)`, `your shipment (is on hold|has been held)`,
	`(customs )?fee (is|was|remains) (unpaid|outstanding)`, `unpaid (customs )?(fee|charge)`, `pay (now|here|customs)`,
	`confirm (your )?delivery`, `confirm your (details|card details|payment details)`, `avoid (\w+ )?(suspension|closure)`,
}

var enNewsletter = []string{`newsletter`, `unsubscribe`, `you are receiving this`, `subscriber`,
	`no longer (wish|want) to receive`, `manage (your )?(subscription|preferences)`, `view (this|it) in your browser`, `read more`}

var enUnsubscribe = []string{`cancel (your|this|the) (subscription|newsletter)`, `opt out`, `receive (more|further) (mails|e-?mails|newsletters)`, `unsubscribe (here|below|from (this|our|the) (list|newsletter|mailing\w*))`, `to unsubscribe`,
	`no longer (wish|want) to receive`}

var enFooter = []string{`unsubscribe( here)?`, `opt out`, `manage (your )?(subscription|preferences)`}

var enFirst = []string{
	`1st (choice|priority|prio|preference|wish|pick)`, `first (choice|priority|prio|preference|wish|pick)`, `preferably`, `prefer(ably)?`, `1st`,
	`as (my |our |the |a |his |her |their )?(first|1st)`, `primarily`, `(priority|choice) ?(no\.? ?)?1`,
	// "Education matters most to me, then health"
	`matters (the )?most`, `(the )?most important`,
	// as daFirst's "har min største interesse", "interesserer mig mest"
	`interests? (me|us|her|him) (the )?most`, `(has|have) (my|our) (greatest|biggest) interest`,
	// as daFirst's "som nummer 1": "workshop 3 as number 1"
	`as (my |our |his |her )?(no\.? ?|number )(1|one)`, `in (the )?first place`,
	// the rank after the workshop it ranks: "Health is my number one"
	`(is|comes|stays) (as )?(my |our )?number (1|one)`, `(my|our) number (1|one) (pick|choice)`,
	// "health would be my top pick", "my top choice is 1"
	`top (pick|choice|priority|preference)`,
	// "2 and 4 - most interested in 4", as daFirst's "mest interesseret i"
	`(most|mostly|especially|particularly) interested in`,
	// an order said after the list: "2 and 4, but mostly 4", "especially 4",
	// "though 4 matters more", "4 is more important", "4 first" (bareFirst)
	`mostly`, `most of all`, `above all`, `especially`, `matters more`, `more important`, `(the )?highest priority`, `first`,
}

// enPointBack, enPointBackFillers, enRankOwnerWords: as daPointBack ("so
// that is my first choice").
var (
	enPointBack        = []string{`that is`, `that's`, `it is`, `it's`, `this is`, `which is`, `that will be`, `that would be`}
	enPointBackFillers = []string{`clearly`, `definitely`, `also`, `probably`}
	enRankOwnerWords   = []string{`my`, `our`, `his`, `her`}
)

var enSecond = []string{
	`2nd (choice|priority|prio|preference|wish|pick)`, `second (choice|priority|prio|preference|wish|pick)`, `otherwise`, `alternatively`, `or else`,
	`(priority|choice) ?(no\.? ?)?2`, `if (it|that) is full`, `if full`, `if there is no (room|space)`, `as (my |our |the |a |his |her |their )?(second|2nd)`, `2nd`, `then`, `second`,
	`secondary`, `backup`, `fallback`, `failing that`,
	`(my|our|his|her) (no\.? ?|number )2 is`, // "and our number 2 is workshop 4"
	// as enFirst's "is my number one": "neighbours (are) my number two"
	`(is|are|comes|stays) (as )?(my |our )?number (2|two)`, `(my|our) number (2|two)`,
	// as daSecond's "hvis ikke det kan lade sig gøre", "dernæst", "derefter",
	// "i anden række", "som nummer 2"
	`if (that|it|this)('s| is) not possible`, `if (that|it|this) (isn't|is not|is impossible)( possible)?`, `if not possible`,
	`if (that|it|this) (doesn't|does not|won't|will not|can't|cannot) work( out)?`, `if (it|that)('s| is| gets) (full|booked|taken)`,
	`secondly`, `after that`, `afterwards`, `in (the )?second place`, `as (my |our |his |her )?(no\.? ?|number )(2|two)`,
	// "2 would be my preference; as an alternative 1", "my next best would be 3"
	`as an? alternative`, `as an? (backup|fallback)`, `an alternative (would be|is)`, `(my|our|his|her) next best`, `next best (choice|option|would be|is)`,
	// "2 and 4, but 2 is less important"
	`less important`, `matters less`,
}

var enNoSecond = []string{`otherwise (i don't|i do not) mind`, `(no|without a|not a|not any) (2nd|second|other) (choice|priority|preference)`,
	`(don't|doesn't|do not|does not) (mind|care) (about )?(the |a |his |her |my )?((2nd|second) (choice|priority)|(no\.? ?|number )(2|two))`,
	// "not fussed about no. 2", "number two doesn't matter"
	`not (too |really |very )?(fussed|bothered|picky|particular) (about|with|regarding) (the |a |his |her |my )?((2nd|second) (choice|priority)|(no\.? ?|number )(2|two))`,
	`(no\.? ?|number )(2|two) (doesn't|does not|don't|do not) matter`}

var enContext = []string{`work (\w+ ){0,2}(with|in|on)`, `working (\w+ ){0,2}(with|in|on)`, `experience (with|in)`}

// enMotive: why someone comes, not what she chooses ("to get to know people
// in the neighbourhood", "meet our neighbours"): a workshop word just after
// it is no choice.
var enMotive = []string{`get(ting)? to know`, `meet (new |more |other |some )?((people|folks|others) (in|from|of) )?(the|our|my)`,
	`(make|making) (new )?(friends|contacts)`}

// enPeopleNeed: as daPeopleNeed ("grandchildren who need jobs").
var enPeopleNeed = []string{`(grandchildren|children|kids|young people|youngsters|neighbours|neighbors|residents|mothers|parents|families|pupils|students|women|men)( (in|from|on) (the )?\w+)? (who |that )?(don't |do not )?` +
	`(need|lack|miss|look for|are looking for|struggle with|go to|are in|take|dream of|talk about|ask about)`}

var enBotRequest = []string{
	`(can|could|would|will) you (please )?(\w+ ){0,2}(register|change|update|cancel|add|move|swap|switch|confirm|sign|fix|correct|remove|delete|take (\w+ ){1,3}off|cross (\w+ ){1,3}off|send (\w+ )?confirmation)`,
	`(can|could|would|will) you (please )?put (me|us) down`,
	`(can|could|would|will) you (please )?put (me|us|her|him|them) (on|in|into)\b`,
	// as daBotRequest's "notere": "Could you please note that?" asks for the change the mail states
	`(can|could|would|will) you (please )?(\w+ ){0,2}(note|make a note of|take note of|write down|add) (that|this|it)\b`,
	`(can|could|may) (i|we) (\w+ ){0,2}(switch|move|swap|change|be moved)`,
	// as daBotRequest: "Could I add my colleague ...?", "May we correct her diet?"
	`(can|could|may) (i|we) (please |just |also |quickly )?add (my|our|one more|another|a colleague|a neighbou?r|a friend)\b`,
	`(can|could|may) (i|we) (please |just |also |quickly )?(correct|update|change) (my|our|her|his|their) (\w+ )?(diet|dietary|registration|booking|choice|workshop|priority|name|number|email)`,
	// "Is it possible to change to health instead?"
	`(is|would|will) it (be )?possible (for (me|us) )?to (\w+ ){0,2}(switch|move|swap|change|be moved)`,
	// "Could I have workshop 3 instead of 4?": one in place of another
	`(can|could|may) (i|we) (please )?(have|get) (\w+ ){1,4}instead( of)?`,
	`(can|could|would|will) you (please )?(\w+ ){0,2}(pass|forward|send|hand|give) (\w+ ){0,3}(on|along|to them|to the organi[sz]ers|to the right \w+|to whoever)`,
	`(can|could|would|will) you (please )?help (me|us) (to )?(sign up|register)`,
}

var (
	enReceiptSays = []string{`(the|your) (receipt|confirmation|reply) (says|said|shows|showed|states|lists)`, `(it|you) (says|said|wrote) (\w+ )?in the (receipt|confirmation)`,
		`in the (receipt|confirmation) (it )?(says|said)`,
		// what the office recorded, retold ("you have me down for health")
		`(you have|you've) (got )?(me|us) (down|listed|registered|noted|put down)`, `(you have|you've) (written|noted|put|listed|registered)`}
	enWroteBefore = []string{`(i|we) (wrote|had written|have written|chose|had chosen)`}
)

var (
	enTopicPointers = []string{`(the one|one|something) (about|on|with|for)`, `workshops?( (about|on|with))?`, `choice`, `priority`, `preference`}
	enTopicNouns    = []string{"workshop"}
	enTopicChain    = []string{`and`, `or`, `then`, `first`, `second`}
)

// enTopicWishes, enTopicWishPreps, enTopicWishFillers: see daTopicWishes
// ("I'd love to hear about work", "interested in school").
var (
	enTopicWishes      = []string{"hear", "talk", "learn", "know", "interested", "interest"}
	enTopicWishPreps   = []string{"about", "in"}
	enTopicWishFillers = []string{"more", "something"}
)

var enSenderWords = []string{"i", "me", "we", "us", "myself", "i'm", "i'd", "i'll"}

// enRelativeWishes: as daRelativeWishes ("my father would like to join").
var enRelativeWishes = []string{`(would|'d) (\w+ )?(like|love)`, `wants? to (come|join|attend)`}

// enAlsoWords: as daAlsoWords ("my wife would also like to come").
var enAlsoWords = []string{`also`, `too`, `as well`, `with me`, `together with`}

// enSenderRole: as daSenderRole ("I am his caseworker", "I work at ...").
var enSenderRole = []string{`(i am|i'm|we are|we're) (his|her|their|the family's) \w+`, `(i|we) work (as|at|for|in) \w+`,
	`(i|we) (have )?(just )?(spoke|spoken|talked) (to|with)`, `(i am|i'm) (an |the |his |her )?interpret(er|ing) for \w+`}

var enQuestion = []string{`i have (a|some|a few) questions?`, `i (would like|want) to know`, `i wonder`,
	// as daQuestion: the material afterwards, news of the next meeting
	`(send|share|forward|get|receive|see|have) (me |us )?(\w+ ){0,2}(materials?|minutes|slides|presentations?|summary|notes from)`,
	`keep (me|us) (informed|posted|updated|in the loop)`, `hear (about )?how it (went|goes)`,
	// as daQuestion: the invitation asked for again
	`(send|resend|forward) (\w+ ){0,3}(invitation|invite|programme|program|agenda)`, `send it (\w+ ){0,2}(again|to me|to us)`,
	`(never|didn't|did not|haven't|have not) (got|get|received|receive|gotten|seen) (the|your|an|any) (invitation|invite)`,
	// as daQuestion: asked aside, without a question mark
	`(do|does) (you|anyone) know (if|whether|where|when|how|what)`, `let (me|us) know (if|whether) (there|one|we can|i can|it is possible)`,
	`(i|we) (would like|want|wanted|'d like) to ask`, `(can|could) you tell (me|us)`, `may i ask`,
	// a question passed on: "she asks whether she may bring her son"
	`(she|he|they) (asks|asked|is asking|are asking|wonders|wondered|wants to know|would like to know),? (if|whether) (she|he|they) (may|can|could|is allowed|are allowed)`,
	// as daQuestion: an indirect question ("I also wonder whether ...",
	// "I'd be grateful to hear if ..."); not "I'd like to hear more about"
	`(i|we) (also |just |was |am |were |are )?wonder(ing)? (if|whether|where|when|how|what|who|why)`,
	`(i'd|i would|we'd|we would|i'll|i will|we'll|we will) be (very |most |so )?(grateful|glad|happy|pleased|thankful) to (hear|know|learn),? (if|whether|where|when|how|what|who|why)`,
	`(i'd|we'd) (also )?(like|love) to (know|hear|learn),? (if|whether|where|when|how|what|who|why)`}

var enDietNone = []string{`no (special )?dietary (requirements|needs|restrictions)`, `i eat everything`, `no allergies`, `not vegetarian`,
	`not allergic( to anything)?`, `(don't|do not) have any (food )?allerg\w*`, `no (food )?allerg\w*`,
	`none of (the rest of |the others of )?(us|them) (have|has|need) (any )?special`, `the rest of us (eat|will eat|can eat) (everything|anything)`,
	`no special (dietary |food )?(needs|requirements|wishes)`, `no special (diets?|food)`, `allerg(y|ies): (none|no)( known)?`}

var enAllergy = []string{`allergic to`, `allergy to`, `intolerant to`, `can't (eat|tolerate)`, `cannot (eat|tolerate)`}

// enSignUpNamed: as daSignUpNamed ("I'm registering Mohammed Saleh", "I'd
// like to sign up Birthe Lund").
var enSignUpNamed = []string{`register`, `registering`, `sign up`, `signing up`, `enrol`, `enroll`, `enrolling`, `add`,
	// the name inside the verb: "Please sign Karim Berg up", "pencil Karim
	// Berg in" ("put" and "book" cost too much here: see plain_leftovers8_test)
	`sign`, `pencil`}

// enSignUpAround: a verb of signing up that holds whom it signs up between
// its words ("Please put Karim Berg down for workshop 2", "book Karim Berg
// on workshop 4"): "put" and "book" alone are too common to stand in
// enSignUpNamed; the phrase's later words keep it to the mails that hold
// them. The name follows the verb's first word.
var enSignUpAround = []string{`put \w+( \w+){0,2} down (for|on)`, `book \w+( \w+){0,2} (on|onto|into|for) (workshop|ws|session|no|number)`}

// enServesUnnamed: as daServesUnnamed ("I interpret for a woman", "one of
// our tenants").
var enServesUnnamed = []string{`(i|we) interpret for (a|an)`, `(i'm|i am|we're|we are) (an )?interpreters? for (a|an)`,
	`(i|we) have (a|an) (resident|tenant|client|citizen)\b`,
	`one of (my|our) (residents|tenants|clients|citizens|members|users)`,
	`(i'm|i am) (writing for|helping) (a|an) (\w+ )?(resident|tenant|client|citizen|woman|man|lady|gentleman)\b`}

// enKinWish: as daKinWish ("would love to come", "wants to join").
var enKinWish = []string{`would (really |very much |so )?(love|like) to (come|join|attend|take part)`, `wants? to (come|join|attend|take part)`,
	`is (keen|eager|happy) to (come|join|attend)`}

// enUndecided: as daUndecided.
var enUndecided = []string{`(hasn't|has not|haven't|have not) (yet )?(decided|chosen|picked)`, `(doesn't|does not|don't|do not) know (yet )?which`}

// enSelfAside: as daSelfAside ("I have already signed up myself, so this
// is just for ...").
var enSelfAside = []string{`(i have|i've|i had) already (registered|signed up) myself`, `(i'm|i am) already (registered|signed up) myself`,
	`(i'm|i am) myself already (registered|signed up)`, `myself,? (i'm|i am|i have|i've) already (registered|signed up)`,
	`you (already )?have me (already|on the list)`,
	`(registered|signed up|on the list),? so (this|this mail|this e-mail|this email|the mail) is (just|only) (for|about)`}

// enPresents: as daPresents ("This concerns ...", "The registration is
// for ...").
var enPresents = []string{`this (concerns|is about|is regarding)`, `it (concerns|is about)`, `(the|this) (registration|sign-up|signup|booking) is (for|about)`,
	`(the|this) (registration|sign-up|signup|booking) concerns`}

var enOnBehalf = []string{`on behalf of`, `registration (for|of)`, `on (his|her) behalf`, `register (\w+ ){0,2}(residents|resident|tenants|tenant|clients|client|colleagues|members|people|participants)`,
	`register(ing)? (my|our) \w+`, `(writing|write|writes) for (my|our)`, `sign(ing)? up (my|our) \w+`, `sign(ing)? (my|our) (\w+ ){1,3}up`,
	// "The board is sending two people": as "sender to personer"
	`(sends|is sending|will send) (two|three|four|five|six|\d) (residents|colleagues|members|participants|people|persons|representatives|volunteers)\b`,
	`(has no|doesn't have|does not have)( an)? e-mail`, `(has no|doesn't have|does not have)( an)? email`,
	`asked me to (register|sign up|enrol|enroll) (her|him|them)`, `asked me to (sign|put) (her|him|them) (up|down)`,
	// a reported request: "asked me whether I could sign her up"
	`asked( me)?(,? \w+){0,2},? (whether|if) i (could|can|would|will) (register|enrol|enroll|add) (her|him|them)`,
	`asked( me)?(,? \w+){0,2},? (whether|if) i (could|can|would|will) (sign|put|write) (her|him|them) (up|down)`,
	// "we have a resident who would like to come", "one of our tenants"
	`(we|i) have (a|an|two|three|four|some|a few) (residents?|tenants?|clients?|citizens?)\b`,
	`(one|two|three|four|five|six|some) of (our|my) (residents|tenants|clients|citizens|young people|users|members|students)`,
	`(contact person|support worker|caseworker|case worker|social worker|key worker|mentor|carer|guardian) (for|to|of)`,
	// "I'm an interpreter for Abdi Warsame", not "an interpreter for me"
	`(i am|i'm|we are|we're) (an |the |his |her |their )?interpret(er|ers|ing) for`,
	`(doing|do|did) (it|this) for (her|him|them)`, `writing (it |this )?for (her|him|them)`,
	`helping (\w+ ){1,3}with (her|his|their|the) (registration|sign-up|signup)`}

var enStillComing = []string{`still (coming|attending|joining)`, `will still (come|attend|join)`,
	// "I still come", "I'll still be there"
	`still (come|attend|join)`, `still be (there|coming|attending|joining)`,
	// "I'm coming anyway", "I will be there regardless"
	`(coming|come|attending|attend|be there) (anyway|regardless|in any case|either way|no matter what|as planned)`}

// enKeepsAsIs: a person named beside it keeps the choices she has.
var enKeepsAsIs = []string{`(stays|stay|remains|remain) (the same|as (it|they) (is|are)|unchanged)`, `(is|are) unchanged`,
	`keeps (hers|his|her choices|his choices|what (she|he) has)`}

var enSwitchboard = []string{`switchboard`, `main (number|line)`, `reception`, `customer service`, `office`, `fax`}

var enOwnPhone = []string{`mobile`, `cell`, `phone`, `private`, `home`, `my number`, `direct`, `call me`, `tel`, `reached`, `contacted`}

var enPersonalLine = []string{`mobile`, `cell`, `direct`, `private`}

var enMyNumber = []string{`my (phone |mobile )?number`, `my mobile`, `private`, `mobile`, `cell`, `i can (\w+ )?be (reached|contacted)`}

// enNumberLabels: as daNumberLabels ("Member no. 20304050").
var enNumberLabels = []string{`member(ship)? (no|number)`, `customer (no|number)`, `account (no|number)`, `account`,
	`case (no|number)`, `reference`, `order (no|number)`, `invoice (no|number)`, `tenancy (no|number)`, `tenant (no|number)`, `pin( code)?`, `code`}

var enOtherPhone = []string{`(my|his|her) (daughter|son|husband|wife|colleague|neighbou?r|mother|father)`,
	`(my|his|her) (caseworker|case worker|social worker|contact person|advisor|home helper|interpreter|doctor)`, `his (number|phone)`, `her (number|phone)`,
	`(his|her) (mobile|cell)`, `(he|she) can (\w+ )?be (reached|contacted|called)`}

// enAttendeePhone, enPossessivePhone: as the Danish tables.
var (
	enAttendeePhone   = []string{`(his|her) (phone|mobile|cell)( number)? (is|:)`, `(his|her) number (is|:)`, `(she|he) can be reached (at|on)`}
	enPossessivePhone = []string{"number", "phone", "phone number", "mobile", "cell"}
	enPhoneLabels     = []string{"phone", "tel", "mobile", "mob", "cell"}
)

// enThirdPerson: as daThirdPerson.
var enThirdPerson = []string{"she", "he", "her", "him", "his"}

var enSignOff = []string{`(best|kind|warm) regards`, `regards`, `best wishes`, `sincerely`, `yours`, `cheers`, `thanks`, `thank you`, `best`,
	`br`, `kr`, `rgds`, `brgds`, `(best|kind) rgds`}

var enDiet = [][2]string{
	{`pescatarian`, "pescetarian"}, {`vegetarian,? but (i )?(eat|eats) fish`, "pescetarian"},
	{`(eat|eats) fish,? (but|just|only) (not|no) meat`, "pescetarian"}, {`no meat,? but (i )?(eat |eats )?fish`, "pescetarian"},
	{`vegetarian`, "vegetarian"}, {`veggie`, "vegetarian"}, {`vegan`, "vegan"}, {`plant-?based`, "vegan"}, {`plant based`, "vegan"},
	{`no pork`, "no_pork"}, {`(don'?t|do not|doesn'?t|does not|never) eat (any )?pork`, "no_pork"}, {`pork free`, "no_pork"},
	{`not eat (any )?pork`, "no_pork"}, // a learner's "my husband he not eat pork"
	{`except pork`, "no_pork"}, {`but (not|no) pork`, "no_pork"}, {`(other than|apart from|without) pork`, "no_pork"},
	{`(none|neither) of us (\w+ )?eats? pork`, "no_pork"}, {`(none|neither) of us (\w+ )?eats? (any )?meat`, "vegetarian"},
	{`(don'?t|do not|doesn'?t|does not|never) eat (any )?meat`, "vegetarian"}, {`no meat`, "vegetarian"}, {`meat free`, "vegetarian"},
	{`neither meat nor fish`, "vegetarian"}, {`(avoid|avoids|stay away from) pork`, "no_pork"},
	{`gluten free`, "gluten_free"}, {`coeliac`, "gluten_free"}, {`celiac`, "gluten_free"},
	{`lactose free`, "lactose_free"}, {`lactose intoleran\w*`, "lactose_free"},
	// "no lactose please": the food refused is the diet
	{`(no|without) (lactose|dairy)`, "lactose_free"}, {`(no|without) gluten`, "gluten_free"},
	{`nut allergy`, "nut_allergy"}, {`peanut allergy`, "nut_allergy"}, {`fish allergy`, "fish_allergy"},
	{`(no|without) (pea)?nuts`, "nut_allergy"}, {`(no|without) eggs?`, "egg_allergy"},
	{`(no|without) ` + enShellfish, "shellfish_allergy"},
	// "my wife no milk products (lactose)"
	{`(no|without) (milk|dairy)( products| produce)?`, "lactose_free"},
	{`shellfish allergy`, "shellfish_allergy"}, {`egg allergy`, "egg_allergy"},
	{`diabet\w*`, "diabetic"},
	// "my son can't have nuts": a food someone may not have
	{`(can'?t|cannot|can not) have (any )?(nuts|peanuts|almonds)`, "nut_allergy"}, {`(can'?t|cannot|can not) have (any )?gluten`, "gluten_free"},
	{`(can'?t|cannot|can not) have (any )?(lactose|dairy)`, "lactose_free"}, {`(can'?t|cannot|can not) have (any )?pork`, "no_pork"},
	// a meat or food refused that the closed set has no tag for
	{`(don'?t|do not|doesn'?t|does not|never|cannot|can'?t) eat (any )?(beef|veal|lamb|mutton|chicken|mushrooms?|spicy food|onions?|garlic)`, "other"},
	{`(no|without) (beef|veal|lamb|mutton|mushrooms?|spicy food|onions?|garlic)`, "other"},
	// an ingredient no tag covers, refused in the food (as in lexicon_da)
	{`(no|without|not any) (alcohol|wine|beer|spirits|gelatine|gelatin)`, "other"},
	{`(don'?t|do not|doesn'?t|does not|never|cannot|can'?t) (eat|drink|have) (any )?(alcohol|wine|beer|spirits|gelatine|gelatin)`, "other"},
	{`(alcohol|gelatine|gelatin)[ -]free`, "other"},
	// red meat refused leaves poultry and fish: no tag of the closed set
	{`(don'?t|do not|doesn'?t|does not|never|cannot|can'?t) eat (any )?red meat`, "other"}, {`(no|without) red meat`, "other"},
	{`dairy free`, "lactose_free"},
	// a learner's negation with no "do": "i not eat pork", "me no eat
	// pork", "she never eating meat", "pork i not eat"
	{`(not|no|never) (eat|eating|eats) (any )?pork`, "no_pork"}, {`(not|no|never) (eat|eating|eats) (any )?meat`, "vegetarian"},
	{`(not|no|never) (eat|eating|eats) (any )?red meat`, "other"},
	{`(not|no|never) (eat|eating|eats) (any )?(beef|veal|lamb|mutton|chicken|mushrooms?|spicy( food)?|onions?|garlic)`, "other"},
	{`(not|no|never) (eat|eating|eats) (any )?gluten`, "gluten_free"}, {`(not|no|never) (eat|eating|eats) (any )?(lactose|dairy|milk)`, "lactose_free"},
	{`(not|no|never) (eat|eating|eats) (any )?(pea)?nuts`, "nut_allergy"},
	{`pork,? (i|me|she|he|we) (not|no|never|don'?t|doesn'?t) (eat|eating|eats)`, "no_pork"},
}

// enMeatRefused, enFishWelcome and enFishRefused: as daMeatRefused.
var enMeatRefused = []string{`(not|no|never|without|don'?t|do not|doesn'?t|does not|can'?t|cannot)( \w+){0,2} meat`, `vegetarian`, `veggie`}
var enFishWelcome = []string{
	`(but|except|apart from|other than|though|however|only)[ ,]+((i|i'm|i am|do|does|eat|eats|will|can|still|also|happily|with|for)[ ,]+){0,3}fish`,
	`fish (is |are )?(fine|ok|okay|allowed|good)`, `eats? (\w+ )?fish,? but`,
}
var enFishRefused = []string{`(not|no|never|without|nor|neither)( \w+)? fish`,
	`(not|no|never|without|don'?t|do not)( \w+){0,2} (or|and|nor) fish`}

var enAllergens = [][2]string{
	{`nuts?`, "nut_allergy"}, {`\w+nuts?`, "nut_allergy"}, // hazelnuts, walnut
	{`peanuts?`, "nut_allergy"}, {`almonds?`, "nut_allergy"},
	{`fish`, "fish_allergy"}, {enShellfish, "shellfish_allergy"},
	{`eggs?`, "egg_allergy"}, {`gluten`, "gluten_free"}, {`lactose`, "lactose_free"},
}

// enAllergenRestates: see daAllergenRestates.
var enAllergenRestates = [][2]string{
	{`milk`, "lactose_free"}, {`dairy`, "lactose_free"}, {`cream`, "lactose_free"},
	{`sugar\w*`, "diabetic"}, {`sweets`, "diabetic"}, {`sweet (food|things|stuff)`, "diabetic"}, {`cakes?`, "diabetic"},
	{`wheat`, "gluten_free"}, {`rye`, "gluten_free"}, {`barley`, "gluten_free"}, {`flour`, "gluten_free"},
}

// enAllergenListEnd: see daAllergenListEnd.
var enAllergenListEnd = []string{`so`, `otherwise`, `but`, `if`, `therefore`, `because`, `since`, `which`, `that`, `i`, `we`, `she`, `he`, `else`,
	`workshops?`}

// enDietFixGap, enDietFixTo, enDietFixVerb, enDietFixBut, enDietFixSaid:
// as the Danish tables.
var (
	enDietFixGap  = []string{`(but )?(it'?s|it is|i am|i'?m|i eat|should be) (actually|in fact|really)`, `(but )?actually`, `corrected to`, `(but )?now (i'?m|i am|i eat)`}
	enDietFixTo   = []string{`to`}
	enDietFixVerb = []string{`chang\w*`, `correct\w*`, `switch\w*`, `from`}
	enDietFixBut  = []string{`but (it'?s|it is|i am|i'?m|i eat|i meant|it should (have )?be(en)?)( actually| really)?`, `but meant`}
	enDietFixSaid = []string{`wrote`, `said`, `put`, `stated`, `thought`}
)

// enAsideRoles: see daAsideRoles ("Karim Nasser (caretaker)").
var enAsideRoles = []string{"caretaker", "janitor", "teacher", "manager", "coordinator"}

// enRoleTitles: as daRoleTitles.
var enRoleTitles = []string{`chair\w*`, `vice chair\w*`, `treasurer`, `secretary`, `board member`, `resident`, `volunteer`, `contact person`}

var enOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": 0, "top": 1, "bottom": 0,
	"penultimate": -1}

// enRankOrdinals are ordinals that also name a priority ("the second
// one"): "one" after them does not make them a place in the list.
var enRankOrdinals = []string{"first", "second"}

var enOrdinalAfter = []string{`workshops? on (the|your) list`, `workshops?`, `one on (the|your) list`, `on (the|your) list`}

// enListCue, enOrdinalThen: as daListCue, daOrdinalThen.
var (
	enListCue     = []string{`on (the|your) list`, `in (the|your) list`, `on (the|your) invitation`, `in (the|your) invitation`}
	enOrdinalThen = []string{"if", "as", "otherwise", "or", "and"}
)

// enNumberWords: as daNumberWords.
// enThenWords: see daThenWords.
var enThenWords = []string{"then", "otherwise", "else", "next"}

var enNumberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

var enWorkshopWords = []string{"workshop", "workshops", "ws", "no", "number", "session", "track"}

var enInflections = []string{"", "s"}

var enConnectors = []string{"and", "or", "then", "but"}

// enEventNouns: see daEventNouns ("the neighbourhood meeting").
var enEventNouns = []string{"meeting", "meetings", "event"}

var enUnits = []string{"people", "persons", "adults", "children", "kids", "years", "minutes", "hours", "days", "weeks", "pm", "am", "grade"}

var enTimeWords = []string{"at", "on", "dept", "department", "apt", "flat", "room", "sept", "block", "stairway", "staircase", "entrance"}

var enCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}

var enRelations = []string{"wife", "husband", "neighbour", "neighbor", "colleague", "daughter", "son", "friend",
	"partner", "mother", "father", "brother", "sister", "child", "grandmother", "grandfather", "cousin", "aunt", "uncle",
	"flatmate", "roommate", "nephew", "niece",
	// more than one, as daRelations' "boern", "kollegaer"; not "neighbours",
	// whom a motive speaks of far more often than one brings them ("want
	// to meet our neighbours")
	"kids", "children", "sons", "daughters", "parents", "friends", "colleagues", "grandchildren"}

// enPluralKin: as daPluralKin ("my children, Ali and Sara").
var enPluralKin = []string{"kids", "children", "sons", "daughters", "parents", "friends", "colleagues", "grandchildren"}

var enSubjects = map[string]string{"i": "self", "we": "all", "both": "all", "all": "all", "she": "other", "he": "other", "me": "self", "my": "self", "us": "all"}

var enGroupOf = [][2]string{{"none", "of"}, {"neither", "of"}, {"all", "of"}, {"each", "of"}}
var enGroupObject = []string{"us"}

// enPoliteFill: see daPoliteFill ("cancel please us all").
var enPoliteFill = []string{"please", "kindly", "just"}

// enGroupCount: see daGroupCount ("all three of us").
var enGroupCount = []string{"all", "of"}

var enNameStop = []string{"hi", "hello", "dear", "the", "and", "my", "name", "phone", "diet", "first", "second",
	"choice", "priority", "best", "kind", "regards", "thanks", "thank", "sent", "from", "project", "manager",
	"coordinator", "please", "registration", "workshop", "workshops", "no", "special", "dietary", "requirements", "example",
	"housing", "partners", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "unfortunately",
	"sorry", "okay", "ok", "well", "great", "both", "neither", "none", "network", "meeting", "education", "employment", "health", "life", "chances", "upskilling", "something", "i", "we", "he", "she", "they",
	// a pronoun that introduces a name ("Me Ivana R., I want come")
	"me",
	// owners, as daNameStop's "vores" ("... with my brother. Our names are ...")
	"our", "your", "his", "their",
	// kin and roles, as daNameStop's ("Mum <...>", "I am Retired")
	"mum", "mom", "dad", "mother", "father", "grandma", "grandpa", "granny", "user", "owner", "admin", "retired", "pensioner",
	// Form labels of a choice ("Primary: jobs").
	"primary", "secondary", "backup", "fallback", "alternative", "option", "preference", "prio",
	"wish", "wishes", "preferences", "choices", "comments", "comment", "remarks", "notes", "participant", "resident",
	// counts that open a sentence ("Two of us are coming")
	"two", "three", "four", "five", "six",
	// Form labels of food and contact ("Food: no pork").
	"correction", "food", "meal", "meals", "allergy", "allergies", "mobile", "tel", "contact", "address",
	"wish", "wishes", "choices", "priorities", "preferences", "participant", "participants", "attendee", "attendees", "email", "e-mail", "comment", "comments", "note",
	// closings shortened in office mail ("BR Ida Holm", "KR", "Rgds")
	"br", "kr", "rgds", "brgds",
	// modal verbs that open a question after a closing word ("Thank you. Could I ...?")
	"could", "would", "should"}

var enSelfToo = []string{`myself`, `and me`, `me too`,
	// as daSelfToo's "jeg kommer også": "I will come too", "I'm attending as well"
	`i (will|'ll|am|'m|also) (also )?(come|coming|attend|attending|join|joining) (too|as well)`, `i (will|'ll) also (come|attend|join)`,
	// the contractions as one word, "along" before "too": "I'll come along as well", "I'm coming too"
	`(i'll|i'm) (also )?(come|coming|attend|attending|join|joining)( along)? (too|as well)`, `i (will|am) (also )?(come|coming|join|joining) along (too|as well)`,
	`i'll also (come|attend|join)`, `count me in (too|as well)`, `(sign|put) me (up|down) (too|as well)`,
	`i (will|'ll|am|'m) (accompany|accompanying) (her|him|them)\b`, `i (will|'ll) (come|go) (along|with (her|him|them))`, `i am coming (along|with (her|him|them))`}

var enSelfMarks = []string{"(me)", "(myself)", "(that's me)", "(this is me)", "(sender)", "(the undersigned)"}

var enFirstPerson = []string{"me", "my", "mine", "myself"}

var enSelfLines = []string{"me", "i", "myself"}

var enAttendCue = []string{`together with`, `we are`, `we're`, `register\w*`, `attend\w*`, `join\w*`, `would (also |really |very much )?like`, `coming`, `comes?`,
	`(would|'d) (also |really |so )?love to (come|join|attend|take part)`,
	`wants?`, `prefers?`, `same for`, `the same (goes|applies) (for|to)`, `and so (would|will|does)`, `bring\w*`, `with me`, `sign (me|us) up`, `sign up (me|us)`, `signing (me |us )?up`, `sign up (myself|ourselves)`, `put (me|us) down`, `count (me|us) in`, `takes? (no\.? |number )?[1-9]`,
	// as daAttendCue's "deltage\w*" and "tager med": "my wife participates too", "takes part"
	`participat\w*`, `(take|takes|taking) part`,
	// "There will be three of us: me, Tom and Ali"
	`there( will|'ll) be (two|three|four|five|six|\d)`, `we( will|'ll) be (two|three|four|five|six|\d)`,
	// "Tom Hart no. 1 and 2": as daAttendCue's "nr 1 og 2"
	`no\. [1-9]( and| &|,|/| \+) ?[1-9]\b`}

// enSpokenOf: see daSpokenOf ("my colleague persuaded me").
var enSpokenOf = []string{`persuaded`, `convinced`, `recommended`, `suggested`, `talked me into`, `advised`}

var enCountBefore = []string{`we are`, `we're`, `registration`, `(?:we are|we're|we will|we'll) all`, `(?:family|group|party) of`}
var enCountAfter = []string{`people`, `persons`, `participants`, `of us`}
var enGroupOfTwo = []string{`both of us`, `the two of us`, `we both`, `we two`, `us both`, `us two`, `we (will|would|are) both`, `we('d|'ll|'re) both`}

// enRunOnSubject and enRunOnLeads: as daRunOnSubject and daRunOnLeads.
var enRunOnSubject = []string{"i", "we", "she", "he"}
var enRunOnLeads = []string{"that", "who", "which", "if", "when", "because", "where", "whether", "than", "so", "and", "but", "or",
	"what", "think", "hope", "know", "guess", "say", "said", "wrote", "as", "before", "after", "until",
	"the", "all", "something", "one", "ones", "everything", // "the one she has"
	"nor", "neither", "either",
	"with"} // "I would, together with my wife Eva Lund, like ...": her companion, no subject

var enClauseJoin = []string{"and", "but", "then"}
var enClauseSubject = []string{"she", "he", "we", "my", "our"}

var enPersonVerbs = []string{"wants", "would", "will", "is", "eats", "takes", "has"}

// enDietVerbs: as daDietVerbs ("…, and Karim avoids gluten").
var enDietVerbs = []string{"avoids", "drinks", "suffers", "cannot", "tolerates"}

var enStrongUpdate = []string{`(change|switch|swap|update) (my|our|registration)`, `(switch|move) (over )?to`, `instead`,
	// "Could you add my husband Tom to my registration?"
	`add (my|our) \w+`, `also (register|sign up|add|include) (my|our)`, `add (\w+ ){1,4}to (my|our) (registration|booking)`, `add (\w+ ){1,4}to the (list|registration)`,
	`move (my|our) (\w+ )?(choice|priorit\w*|registration)`, `corrections? (to|in|of) (my|our) registration`,
	// "Fatima is unchanged": one of those registered keeps hers, another changes
	`(is|are|stays|remain|remains) unchanged`,
	// as daStrongUpdate's "jeg skrev X, men jeg mener"
	`(i|we) (wrote|have written|accidentally wrote) (\w+,? ){1,5}but (i |we )?(\w+ )?(mean|meant)`}

var enClauseWords = []string{"so", "but", "not", "no", "please", "we", "me", "us", "am", "is", "are", "have", "will", "would",
	"can", "can't", "cannot", "eat", "don't", "thanks", "except", "without", "nothing", "anything", "everything", "otherwise"}

var enDietChange = []string{`forgot (\w+ ){0,2}(say|mention|tell|write|add|let)`, `(should|would) have (said|mentioned|told|written)`,
	`(change|changed|update|updated) (\w+ )?(diet\w*|food|meal\w*)`, `change (\w+ ){1,3}to`, `(i|we) wrote`, `correction`}

// enDietChangeWeak: as daDietChangeWeak ("I'll let you know the workshops,
// I'm vegan now" in a new registration).
var enDietChangeWeak = []string{`let you know`, `(my|our|his|her) diet`, `(i'm|i am|we're|we are) (\w+ )?now`, `(i|we) now`}

// enScopeFill stand between words of withdrawal and the workshop they are
// said of ("can't come to that workshop", "can't attend my workshop").
var enScopeFill = []string{"to", "in", "on", "at", "the", "that", "this", "my"}

var enLateOnly = []string{`until`, `before`, `on time`, `early`}

var enTakeBack = []string{`no,? wait`, `wait,? no`, `actually,? no`, `(i've|i have) changed my mind`, `on second thought`,
	`correction`, `sorry,? i meant`, `i meant to (say|write)`}

var enIfNot = []string{`otherwise`, `if not`, `or else`}

var enOtherNameIntro = []string{`(she|he) is called`, `(her|his) name is`}

// enNamesIntro: as daNamesIntro ("Our names are Sara Ali and Omar Ali").
var enNamesIntro = []string{"our names are", "our names", "the names are", "we are called", "we are"}

var enNameField = []string{`name`, `full name`, `resident`, `resident's name`, `participant`, `participant's name`, `participant name`, `attendee`}
var enNameIntro = []string{`my name is`, `my name`, `my full name is`, `i am called`}
var enNameIntroWeak = []string{`i am`, `i'm`, `i’m`, `hi,? this is`, `hello,? this is`, `hi,? it's`, `hello,? it's`}

// enMoveOtherVerbs: as daMoveOtherVerbs ("could you move Karim to 3?").
var enMoveOtherVerbs = []string{`move`, `switch`, `transfer`}

// enInstead: as daInstead ("in 3 instead of 4"). enMoveBeWords: the "be"
// of "rather be in 3" (movedTo).
var (
	enInstead     = []string{"instead"}
	enMoveBeWords = []string{"be"}
)

// enHedgedCancel, enSelfComesAfter: as daHedgedCancel ("I don't think I
// can come after all"), daSelfComesAfter ("but I'll be there").
var enHedgedCancel = []string{`(don't|do not|dont) think (that )?(i|we) (can|will|'ll|could) (\w+ )?(come|make it|attend|join|be there)`,
	// "I probably won't come", "we will probably not make it"
	`(i|we) (will |'ll )?probably (won't|will not|can't|cannot|not) (come|make it|attend|join|be there)`}
var enSelfComesAfter = []string{`but (i|we)('ll| will)? (come|be there|attend)`}

// enIntroGoesOn: as daIntroGoesOn ("this is Ali Hassan who is coming").
var enIntroGoesOn = []string{"who", "that", "whose"}

// enSignUpFor: as daSignUpFor ("Registration for Karim Nasser").
var enSignUpFor = []string{`registration (for|of)`}

var enWeakSecond = []string{"otherwise", "alternatively", "or else", "then", "backup", "fallback", "failing that",
	"secondly", "after that", "afterwards", `if (that|it|this)('s| is) not possible`, `if (that|it|this) (isn't|is not|is impossible)( possible)?`,
	`if not possible`, `if (that|it|this) (doesn't|does not|won't|will not|can't|cannot) work( out)?`, `if (it|that)('s| is| gets) (full|booked|taken)`}

var enPlaces = []string{"from", "in", "at", "near"}

// enLiveVerbs: "I live no 2".
var enLiveVerbs = []string{"live", "lives"}

// enEstateSections: "section 5 (Egebakken)", as daEstateSections.
// enFloorWords: "2nd floor no. 14", as daFloorWords.
var enFloorWords = []string{"floor"}

var enEstateSections = []string{"section", "department"}

// enPassedOnFrom: as daPassedOnFrom.
var enPassedOnFrom = []string{"below", "forwarding", "forwarded", "message", "email", "mail", "note", "registration", "text"}

var enOwners = []string{"my", "our"}

// enNaming: see daNaming ("my wife's name is Saima", "my husband is called Tom").
var enNaming = []string{"name is", "is called", "is named", "called", "named"}

// enSignUpOrder: as daSignUpOrder ("Sign us up", "register me").
var enSignUpOrder = []string{"register", "sign", "put", "count", "enrol", "enroll"}

// enAskModal and enAskYou: as daAskModal ("Could you register me").
var (
	enAskModal = []string{"could", "can", "would", "will"}
	enAskYou   = []string{"you"}
)

// enRoleOwner and enBoardRoles: as daRoleOwner ("our treasurer Jens Bo").
var (
	enRoleOwner  = []string{"our", "the"}
	enBoardRoles = []string{"chairman", "chair", "chairwoman", "treasurer", "secretary", "deputy"}
)

// enOrderVerbs: as daOrderVerbs ("Add Bo Holm to workshop 3").
var enOrderVerbs = []string{"add", "reserve", "book"}

// enForAll: as daForAll ("workshop 3 for all of us").
var enForAll = []string{`for (all|both) (\w+ )?of us`, `for us (all|both)`, `for the whole family`, `for (the )?both( of them)?`,
	`for all( three| four| five| six| of them)?`}

// enLabelFor: "For me: 4 and then 2", as daLabelFor.
var enLabelFor = []string{"for"}

var enSkipLead = []string{"and", "but", "so", "also", "unfortunately", "sadly", "regrettably", "myself", "oh", "ah", "btw", "ps", "oops"}

// enTopicLabels: as daTopicLabels ("Food: we only eat halal").
var enTopicLabels = []string{"food", "diet", "dietary", "allergies", "allergy", "intolerances", "meals", "catering",
	"requirements", "note", "notes", "remarks"}

// enInvertLeads: as daInvertLeads, though English keeps the subject first
// ("And then I ...", "By the way, Tom is ...").
var enInvertLeads = [][]string{{"then"}, {"by", "the", "way"}, {"anyway"}, {"besides"}, {"otherwise"}, {"in", "addition"}}

// enFrontedLeads: as daFrontedLeads ("If possible I'd like vegetarian food",
// "As for food, I'm vegan"), the subject after them.
var enFrontedLeads = [][]string{{"if"}, {"when"}, {"where"}, {"as", "for"}, {"as", "far", "as"}, {"regarding"}, {"concerning"},
	{"whenever"}, {"provided"}, {"in", "terms", "of"}, {"food", "wise"}, {"after"}}

// enReportVerbs: as daReportVerbs ("I forgot to mention that Emil ...").
var enReportVerbs = []string{"forgot", "mention", "mentioned", "add", "added", "say", "said", "tell", "told", "note",
	"write", "wrote", "stress", "point"}

// enOnlyWords: as daOnlyWords.
var enOnlyWords = []string{"only", "just"}

// enWishNumbers: as daWishNumbers ("I'd like 2 and 4", "I want to join 1 and 3").
var enWishNumbers = []string{"like", "want", "wants", "prefer", "prefers", "choose", "chooses", "chosen", "picked", "take", "takes", "join", "attend"}

// enChoiceLabels: as daChoiceLabels ("Choices: 2 and 3").
var enChoiceLabels = []string{"choice", "choices", "priority", "priorities", "preference", "preferences", "wish", "wishes"}

// enLabelLinks: as daLabelLinks ("my choices are 2 and 3").
var enLabelLinks = []string{"is", "are"}

var enSignUpNumbers = []string{`sign (me|us) up( for)?( workshops?)?`, `sign up for( workshops?)?`, `signing up for( workshops?)?`, `signing (me|us) up( for)?( workshops?)?`, `registering (me|us)( for)?( workshops?)?`,
	// "sign up me and my husband Tom for 2 and 4"
	`(sign up|register|registering|signing up) (me|us) and (my|our) \S+( \S+){0,2},? for( workshops?)?`,
	// "register me and Tom for 4 and 2", "please register Tom and me, both for 4 and 2"
	`(sign up|register|registering|signing up) (me|us) and \S+( \S+)?,?( both)? for( workshops?)?`,
	`(sign up|register|registering|signing up) \S+( \S+)? and (me|us),?( both)? for( workshops?)?`, `put (me|us) down( for)?( workshops?)?`, `register (me|us)( for)?( workshops?)?`,
	// "count me in for 2 and 3", "pencil me in for 3 and 4", "book me on 3 and 1"
	`count (me|us) in for( workshops?)?`, `pencil (me|us) in( for)?( workshops?)?`, `book (me|us) (on|onto|into|for)( workshops?)?`,
	// "please sign my husband Bo Holm up for 3 and 4", "register my son for 2"
	`(sign|put) (my|our) \S+( \S+){0,2} (up|down)( for)?( workshops?)?`, `register (my|our) \S+( \S+){0,2} for( workshops?)?`}

// enWritesSelf: as daWritesSelf ("but she will write herself").
var enWritesSelf = []string{`(she|he|they)( two| three| four| five)?( others)?('ll| will)? (write|register|sign up) (herself|himself|themselves|separately|on (her|his|their) own)`,
	// "2 colleagues who will send their own mail", "they will write to you themselves"
	`(she|he|they|who)('ll| will)? (send|write) (her|his|their) own (mail|e-mail|email|registration)`,
	`(she|he|they|who)('ll| will)? (write|register|sign up) (to you )?(herself|himself|themselves|separately|on (her|his|their) own)`}

// enGroupBodies: as daGroupBodies ("our board is 6 people").
var enGroupBodies = []string{"board", "committee", "association", "club", "group", "network"}

// enSignUpSelf: as daSignUpSelf ("sign me up", "count me in").
var enSignUpSelf = []string{`sign me up`, `put me down`, `count me in`, `register me`,
	// "sign up me and my flatmate", "registering me and my husband"
	`sign up me`, `registering me`, `signing up me`}

// enSignUpUs: as daSignUpUs ("Could you sign us up for 1 and 3?").
var enSignUpUs = []string{`sign us up`, `put us down`, `count us in`, `register us`}

var enNegators = []string{"not", "except", "never", "no", "instead"} // "instead of workshop 2"

var enPriorityAs = []string{"as"}

var enMoveFrom = []string{"from"}
var enMoveTo = []string{"to"}

// enInsteadOf: see daInsteadOf ("health instead of no. 3").
var enInsteadOf = []string{`instead of`, `rather than`, `in place of`}

var enSkipBeforeRef = []string{"the", "in", "to", "no", "number"}

var enFillers = []string{"please", "pls", "plz", "thanks", "maybe"}

// enNewNumber: as daNewNumber ("my new number is").
var enNewNumber = []string{`new (phone |mobile |telephone )?number`, `(phone|mobile) number (is|should be|is now)`,
	`(correct|right) (phone |mobile )?number`, `(update|change|correct) my (phone |mobile )?number`,
	`(have|has|i've) (changed|a new) (my )?(phone |mobile )?number`, `changed (my )?(phone |mobile )?number`}

// enSameChoice: as daSameChoice ("my husband wants the same", "same for
// my husband", "and so would my colleague").
var enSameChoice = []string{`(wants?|would like|will take|takes|chooses?|would love) (\w+ )?the same`, `same (goes )?for`,
	`the same (goes|applies) (for|to)`, `and so (would|will|does)`, `same (choices|workshops|priorities) as (me|mine|i)`}

// enSameLeftOut: as daSameLeftOut ("my husband Bo will come too, same workshops").
var enSameLeftOut = []string{`same (choices|workshops|priorities)`, `same (workshop|choice)`}

// enWasRegistered and enRather: as daWasRegistered and daRather ("I am
// registered for workshop 1, but would rather have 4").
var enWasRegistered = []string{`(i am|i'm|we are|we're) (already )?(registered|signed up)( for)?`, `(i|we) (have |'ve )?(registered|signed up)( for)?`,
	`(i|we) (chose|picked|wrote)`}
var enRather = []string{`but`, `rather`, `instead`, `now`}

var enDietNegators = []string{"not", "no", "non"}

// enDeniedIs, enDeniedNot, enDeniedBut: as daDeniedIs ("is not vegan but
// vegetarian").
var enDeniedIs = []string{"is"}
var enDeniedNot = []string{"not"}
var enDeniedBut = []string{"but"}

// enWithdrawNot, enWithdrawNeed and enWithdrawFill: as daWithdrawNot
// ("does not need halal anymore", "won't need the halal meal after all");
// enWithdrawNt negate with the "t" right after them ("won't", "doesn't").
var enWithdrawNot = []string{"not", "never"}
var enWithdrawNt = []string{"won", "doesn", "don", "didn", "wouldn", "shouldn", "isn"}
var enWithdrawNeed = []string{"need", "needs", "get", "have", "require", "requires"}
var enWithdrawFill = []string{"longer", "any", "the", "a", "an", "does", "do", "did", "will", "won", "doesn", "don", "didn", "she", "he", "they", "i", "we", "after", "all", "special"}
var enWithdrawFoods = []string{"gluten", "lactose", "pork", "meat", "fish", "nuts", "nut", "eggs", "egg", "milk", "dairy", "shellfish", "sugar", "alcohol"}

// enMistakeOf, enMistakeWith, enMistakeVerbs, enMistakeWords: as
// daMistakeOf ("a mistake with halal", "vegan was a mistake").
var enMistakeOf = []string{"mistake"}
var enMistakeWith = []string{"with"}
var enMistakeVerbs = []string{"was", "is"}
var enMistakeWords = []string{"mistake", "wrong", "error"}

// enRefusableFoods and enFoodCondition: as daRefusableFoods ("no gluten
// please"; "not gluten intolerant").
var enRefusableFoods = []string{"gluten", "lactose"}
var enFoodCondition = []string{"allergy", "allergic", "intolerant", "intolerance", "free", "problems"}

// enPhonePreferred: as daPhonePreferred.
var enPhonePreferred = []string{`(please|rather|better) (use|call)`, `prefer (\w+ ){0,3}(number|mobile|phone)`}

// A house number: "from no. 12 in Kanalen", "live at number 7".
var (
	enHouseNumberWords = []string{"no", "number"}
	enHouseFrom        = []string{"from"}
	enHouseLives       = []string{"live", "lives", "living"}
	enHouseAt          = []string{"in", "at", "on"}
)

// enDietInstead: as daDietInstead.
var enDietInstead = []string{`instead`, `rather`, `now`}

// enDietSofteners: as daDietSofteners.
var enDietSofteners = []string{"fully", "entirely", "completely", "really", "strictly", "totally", "quite", "longer", "100"}

// The words that open an English sentence are no first name ("There are two of us").
var enNotPerson = []string{"family", "team", "microsoft", "mail", "postmaster", "it", "info", "noreply", "support", "the",
	"there", "here", "this", "that", "these", "those", "what", "when", "where", "which", "how", "hello", "dear", "thanks", "please"}

var enOrgSuffixes = []string{"association", "council", "club"}

// enInstitutions: as daInstitutions ("Youth Club Orion", "Orion Youth Centre").
var enInstitutions = []string{"club", "centre", "center", "cafe", "school", "association", "library", "kindergarten", "nursery"}

// enPersonWords: as daPersonWords ("my husband would like 4"); "I" is
// told from Danish "i" by its capital where it is read.
var enPersonWords = []string{"me", "my", "he", "she", "him", "her", "his"}

// enComeFrom: as daComeFrom ("two colleagues from", "one of us from").
var enComeFrom = []string{"colleague", "colleagues", "staff", "worker", "workers", "employee", "employees", "volunteer",
	"volunteers", "member", "members", "representative", "representatives", "resident", "residents", "people", "one",
	"two", "three", "four", "some", "us", "coming", "come", "comes"}

var enTableName = []string{`name`, `full name`, `participant`, `attendee`, `resident`, `tenant`}

// enTableFirst and enTableSecond: as daTableFirst ("First preference",
// "Preference 2").
var (
	enTableFirst  = []string{`(first|1st) (preference|wish)`, `(preference|wish) (no\.? ?)?1`}
	enTableSecond = []string{`(second|2nd) (preference|wish)`, `(preference|wish) (no\.? ?)?2`}
)
var enFormNameLabels = []string{"name", "full name", "participant", "participant's name", "attendee", "person"}
var enTableDiet = []string{`diet\w*`, `food`, `allerg\w*`, `dietary needs`}

var enCommonWords = []string{"i", "we", "the", "and", "to", "for", "my", "me", "of", "in", "is", "be", "would",
	"like", "please", "workshop", "register", "regards", "thank", "you", "a", "on", "at", "with", "am", "have",
	"will", "dear", "hi", "best", "no", "not", "it", "can", "t", "m", "s", "ll", "d", "after", "all", "sorry",
	"this", "that", "but", "so", "are", "was", "there", "if", "do", "an", "as", "by", "from", "our", "us",
	"your", "also", "make", "just", "thanks", "afraid", "kind", "first", "second", "choice", "priority",
	"attend", "meeting", "come", "cancel", "unfortunately", "registration", "eat", "any", "or", "he", "she",
	// short plain mails ("Workshop 2 then 3. I need lactose free food.") are
	// made of these; none is a Danish or a neighbour language's word
	"then", "need", "food", "free", "could", "should", "which", "what", "who", "they", "their", "them", "been",
	"some", "about", "up", "out", "join", "happy", "either", "too", "does", "don", "didn", "won"}

var enLinkBack = []string{"as", "as my", "is", "is my", "becomes", "becomes my", "will be my", "be my", "to my", "would be my", "'d be my", "would be",
	// the attendee spoken of: "employment as his first choice and education as his second"
	"as his", "as her", "as their", "is his", "is her", "is their", "will be his", "will be her", "would be his", "would be her", "his", "their", // no bare "her": Danish "here"
	"my", // the verb left out: "X is my first choice and Y my second"
	// a kept rank: "education can stay as my first choice", "may remain my second"
	"stay", "remain", "stay as", "remain as", "stay my", "remain my", "stay as my", "remain as my"}

var enRankFillers = []string{"clearly", "definitely", "then", "probably", "really", "certainly", "absolutely",
	// a kept rank ("education can stay as my first choice")
	"still", "can", "may"}

var enRankLink = []string{"is", "as", "my", "be", "becomes"}

// enRankIsLink link a priority word to a bare number after it ("my second
// choice would be 3").
var enRankIsLink = []string{"is", "would be", "will be", "'d be", "is then", "would then be"}

var enRankJoins = []string{"and", "but", "or", "while"}

var enSameName = []string{"and"}

var enAboutNot = []string{"time", "monday", "tuesday", "wednesday", "thursday", "friday", "it", "that", "this"}

// enTheNot stand in "the ... workshop" without naming one.
var enTheNot = []string{"same", "other", "next", "whole", "entire", "new", "chosen", "following", "one", "two", "first", "second",
	"third", "fourth", "last", "4th", "1st", "2nd", "3rd", "above", "mentioned", "afternoon", "evening", "morning", "whole"}

var enBeside = []string{"about", "on", "regarding", "concerning"}

var enStreetEnds = []string{"road", "street", "avenue", "lane"}

var enLivesAt = []string{"live at", "live in", "lives at", "neighbour from", "neighbor from", "neighbours from", "neighbors from",
	"neighbour at", "neighbor at"}

// enReversedOrder: as daReversedOrder ("the same but the other way round").
var enReversedOrder = []string{`other way (round|around)`, `reversed`, `reverse order`, `opposite order`}

var enSwap = []string{`(swap|switch|reverse|flip) (around )?(my|our|the) (two )?(priorities|choices|workshops)`,
	`(swap|switch|flip) (them|those|these|the two) (around|round|over)`,
	`(swap|switch) (my|our|the) (two )?(priorities|choices|workshops) (around|round)`,
	`(swap|switch|reverse) (my |the )?(1st|first) and (2nd|second) (choices?|priorit(y|ies))`}

// enTopicWords stop a name ("Housing Partners") yet name a topic after
// "the workshop on": a workshop that is not on the list.
var enTopicWords = []string{"housing"}

var enRankNouns = []string{`choice`, `priorit`}

// enRankNounsAfter: see daRankNounsAfter.
var enRankNounsAfter = []string{`priority`, `choice`, `option`}
var enRankOwners = []string{"my"}

var enPairFirst = []string{`1st`, `first`}
var enPairSecond = []string{`2nd `, `second `}

var enNameToWorkshop = []string{`in workshop`, `for workshop`}

var (
	enSelfObject   = []string{"me", "myself"}
	enSelfEmph     = []string{"self"}
	enSelfPronouns = []string{"i", "me"} // "i" only in English mail: Danish "I" is "you"
	enAnd          = []string{"and"}
)

// enWeWords speak of a group the writer is one of ("we come", "for us").
var enWeWords = []string{"we", "us"}

// enTheyWords speak of the others, not the writer ("They eat halal").
var enTheyWords = []string{"they"}

// enWishesWorkshop: as daWishesWorkshop ("would like workshop 2").
var enWishesWorkshop = []string{`would (\w+ )?like (to (join|attend|take) )?(the )?(workshop|ws)`}

var enBothWords = []string{`both`, `the two of us`}

// enBothLead: see daBothLead ("Both Bo and I are vegan").
var enBothLead = []string{"both"}

// enOurBooking: see daOurBooking ("cancel our registration").
var enOurBooking = []string{`our (registrations?|bookings?|places|place|seats|spots|participation|names)`}

var enLeadAdverbs = []string{"so", "now", "sadly", "also", "unfortunately", "luckily", "however", "therefore", "then", "neither", "both"}

// enThanksAllRight: a thank-you, or a word that the receipt is right.
var enThanksAllRight = []string{`thanks?( you)?( \w+)*`, `(all|that'?s|that is|it'?s|it is|everything'?s|everything is) (all )?(correct|right|fine|good|ok)`,
	`looks (right|good|correct|fine)`, `perfect`, `great`, `see you( \w+)*`, `looking forward( \w+)*`}

// enListReasons: as daListReasons ("cancel for Tuesday, because our son is ill").
var enListReasons = []string{"because", "since", "as"}

var enCancelApplies = []string{`(this|it|the cancellation) (applies to|concerns|is for|is about)`, `(cancellation|cancel) for`,
	`(cancel|withdraw) the (registrations?|places?) (of|for)`,
	`(cancel|withdraw|unregister) (two|three|four|five|\d{1,2}) of (our|my|the) [^.,:\n]{0,60}\w`,
	`the [^.,:\n]{1,40} family (has|have|must|can|will|is|are)[^.:\n]{0,80}?(both|neither)`}

// enCancelApology: as daCancelApology ("sorry for the late notice").
// enBareKin: as daBareKin ("Dad is diabetic", "Mum doesn't eat pork").
var enBareKin = map[string]string{"dad": "father", "daddy": "father", "mum": "mother", "mom": "mother", "mummy": "mother", "mommy": "mother",
	"grandma": "grandmother", "granny": "grandmother", "grandpa": "grandfather"}

// enAsideName: as daAsideName ("Sam (Samira Yusuf Ali is my real name)").
var enAsideName = []string{`on paper`, `real name`, `full name`, `officially`, `actually`, `legal name`, `in my passport`}

// enOnlySelf: as daOnlySelf ("so it's just me", "I'll come alone").
var enOnlySelf = []string{`(just|only) (me|myself)`, `(come|coming|attend|attending) alone`, `on my own`, `by myself`}

var enCancelApology = []string{`(sorry|apologi[sz]e) (for|about) the (late|short) (notice|cancellation)`}

var enNamesLabels = []string{"names", "name", "participants", "our names", "attendees"}

// enKeptChoice: a choice restated as unchanged in a mail that changes
// another ("my first choice is still health", "the same as before").
var enKeptChoice = []string{`(is|stays|remains) (still|unchanged|the same)`, `(choice|priority) (stays|remains)`, `(still|unchanged) (is|stays|remains)`, `unchanged`,
	`(the )?same as (before|last time)`, `as before`, `(i|we) (will |ll )?keep`}

// enPastRank: a rank said in the past tense, of an old choice ("Jobs was
// his first choice last year").
var enPastRank = []string{`(was|were) (my|our|his|her|their) (first|second|1st|2nd|top)`, `used to be (my|our|his|her|their) (first|second|1st|2nd|top)`}

// enWrapEnders end no sentence: a line that ends in one was wrapped
// (wrappedQuestion).
var enWrapEnders = []string{"in", "from", "to", "at", "on", "with", "by", "of", "for", "into", "near", "about", "the", "a", "an", "and", "or"}

// enKeptClause: a clause of its own that keeps a choice beside one that
// changes ("Neighbourhood can remain my second", "and leave education as
// my second", "No change to my second choice (education)").
var enKeptClause = []string{`can (still )?(stay|remain)`, `may (still )?(stay|remain)`, `should (still )?(stay|remain)`,
	`leave (\w+ ){1,3}as (my|our|the) (first|second|1st|2nd)`, `keep (\w+ ){1,3}as (my|our|the) (first|second|1st|2nd)`,
	`no change (to|in|for|of) (my|our|the)`, `still (fine|ok|okay) as (my|our)`, `fine as (my|our) (first|second|1st|2nd)( choice| priority)? still`}

// enQuestionWords, enAskVerbs and enAskSubjects: as daQuestionWords.
var (
	enQuestionWords = []string{"what", "where", "when", "how", "who", "which", "why"}
	enAskVerbs      = []string{"can", "may", "is", "are", "do", "will", "should", "could"}
	enAskSubjects   = []string{"i", "we", "there", "my", "our", "she", "he"}
)

// enDoubtAfterAll: as daDoubtAfterAll.
var enDoubtAfterAll = []string{`(can|could|will be able to) (come|attend|make it) ([\w.]+ ){0,4}after all`}

// enDoubtComing: as daDoubtComing.
var enDoubtComing = []string{`not (entirely |really |quite )?sure (that |whether |if )?(i|we) (can|will be able to|'ll be able to) (come|attend|make it)`,
	`(don't|do not) know (yet )?(whether|if) (i|we) (can|will be able to) (come|attend|make it)`,
	`(i|we) (may|might) not be able to (come|attend|make it)`,
	// "I might not make it", "I'm not sure I'll make it"
	`(i|we) (may|might) not (come|attend|make it|be there|be coming)`, `not (entirely |really |quite )?sure (that |whether |if )?(i|we)('ll| will) (come|attend|make it|be there|be able)`}

// enSignUpThen: as daSignUpThen ("Is there childcare? Then I'll sign up").
var enSignUpThen = []string{`(then|and then) (i'll|i will|we'll|we will) (sign up|register|come)`}

// enMembersSignedUp: as daMembersSignedUp.
var enMembersSignedUp = []string{`(register|sign up|enrol|enroll) COUNT (of (our|the) )?(members|residents|colleagues|volunteers|staff|tenants|representatives|board members)`}

// enReasonOpen: as daReasonOpen.
var enReasonOpen = []string{`because`, `(since|as) (i|she|he|we)`, `(it|this|that) (matters|is important|means a lot)`}

// enSelfNot: a negation in a sentence about the sender coming too.
var enSelfNot = []string{`not`, `won't`, `wont`}

// enDeletesNamed: as daDeletesNamed ("please remove Tom Hart").
var enDeletesNamed = []string{`remove`, `delete`, `cancel`, `take off`, `unregister`}

// enMessengerAfter / enMessengerBefore: as daMessengerAfter ("the meeting
// Amina sent me", "Amina gave me the invitation", "the invitation from Amina").
var enMessengerAfter = []string{`(sent|forwarded|shared)( me| us)?\s*[.,!]`, `told (me|us) about\s*[.,!]`,
	`(sent|forwarded|shared|gave) (me|us) (the )?(invitation|invite|mail|email)`, `told (me |us )?about (the |this )?(meeting|invitation|event|it)`}
var enMessengerBefore = []string{`(meeting|invitation|invite|event) (that|which)? ?`, `(invitation|invite|mail|email|message) from`}

// enHelperVerbs, enHelperAux, enRelativeWords, enThirdObjects: as
// daHelperVerbs ("my daughter took me along", "my neighbour, who is a
// nurse, advised me to ...").
var (
	enHelperVerbs = []string{"took", "helped", "showed", "drove", "brought", "advised", "suggested", "recommended", "encouraged",
		"persuaded", "convinced", "told", "invited", "gave", "advises", "recommends", "encourages"}
	enHelperAux     = []string{"has", "have", "had"}
	enTalkWords     = []string{"talking", "talked", "speaking", "spoke", "spoken", "chat", "chatting", "conversation", "consulting"}
	enTalkWith      = []string{"with", "to"}
	enRelativeWords = []string{"who", "which", "that"}
	enThirdObjects  = []string{"him", "her", "them", "he", "she", "they"}
)

// enHelperAfter / enHelperBefore: as daHelperAfter ("my son helps me",
// "call my daughter").
var (
	enHelperAfter  = []string{`(helps|helped|is helping) (me|us)`, `(writes|wrote|is writing|has written) (this |the )?(for me|for us|mail|email)`}
	enHelperBefore = []string{`(call|contact|text|phone) ?`}
)

// enSharedFirst, enFirstCue, enSecondCue: as daSharedFirst ("the first
// choice for both of them is workshop 2; as second choice Fatima wants
// education and Khalid employment").
var enSharedFirst = []string{`for (both|all) of (them|us)`, `for (them|us) (both|all)`, `(they|we) (both|all) (want|would like)`}

// enFirstTail may follow a number's bare "first" that ranks it ("4 first
// please", "4 first then 2").
var enFirstTail = []string{"please", "then", "and", "if", "thanks"}

// enFirstTimeNouns: as daFirstTimeNouns ("as the first time").
var enFirstTimeNouns = []string{"time"}

// enMarkTail: as daMarkTail ("health and jobs, preferably jobs please").
var enMarkTail = []string{"please", "thanks", "if", "possible", "it", "is", "that", "can", "be", "done", "for", "me", "us"}

// enRankClauseJoins: as daRankClauseJoins.
var enRankClauseJoins = []string{"but", "and", "though"}

var enFirstCue = []string{`first (choice|priority)`, `1st (choice|priority)`}
var enSecondCue = []string{`second (choice|priority)`, `2nd (choice|priority)`}

// enResidentSignUp: as daResidentSignUp ("registration of a resident").
var enResidentSignUp = []string{`registration (of|for) (a )?(resident|tenant)`, `(register|registering|sign up|signing up) (a )?(resident|tenant)`}

// enAllFirst: as daAllFirst ("All three would most like neighbourhood").
var enAllFirst = []string{`all (three|four|five|of us|of them) (would (most )?like|want|prefer|would prefer)`,
	`(we|they) (all|both) (would (most )?like|want|prefer|would prefer)`, `both of (us|them) (would (most )?like|want|prefer|would prefer)`}

// enGroupHeads: as daGroupHeads ("Parkside Tenants Association").
var enGroupHeads = []string{"association", "council", "club", "committee", "society", "board"}

// enComeIfAnswered: as daComeIfAnswered ("My neighbour would like to come
// too if there is").
var enComeIfAnswered = []string{`(would|'d) (also )?like to (come|join|attend)( along| too)?,? if`, `wants? to (come|join)( along| too)?,? if`}

// enAsksBothRanks: as daAsksBothRanks ("choose a 1st and a 2nd priority").
var enAsksBothRanks = []string{`(1st|first) and (a )?(2nd|second) (choice|priority|preference)`, `(1st|first) (choice|priority|preference) and (a )?(2nd|second)`}

// enUsNamed: as daUsNamed ("We would like to register the two of us: ...").
var enUsNamed = []string{`(register|sign up) (us|the two of us|both of us|all of us|ourselves)( both| all)?( as a family)?`}

// enComesAlone: the sender comes without anyone ("I'm coming alone").
var enComesAlone = []string{`(coming|come|attending|attend|going) (alone|by myself|on my own)`,
	`only (i|me) (will|am|'ll|'m|is) (come|coming|attend|attending)`, `only (i|me) (come|coming|attend|attending)`,
	`just me (coming|attending)`}

// enStatementJoin: as daStatementJoin ("I'll come, but Bo is unable to attend").
var enStatementJoin = []string{"but", "so", "and", "while"}

// enElidedSubjects: see daElidedSubjects ("I'd like 1, he 2 and 4").
var enElidedSubjects = []string{"she", "he"}

// enDietEcho: as daDietEcho ("Tom is vegan, so am I").
var enDietEcho = []string{`so (am|do) i`, `me too`, `i (am|do) too`, `same (goes )?for me`, `as (am|do) i`}

// enOwnName: see daOwnName ("my name is ...").
var enOwnName = [][2]string{{"my", "name"}}

// enUnchangedFact: "Yonas is still vegan as stated", "she still eats halal
// as before".
var enUnchangedFact = []string{`still (\w+ ){0,4}as (already |previously |we |i )?(stated|written|wrote|said|mentioned|given|noted|before|agreed)`}

// enSeatAsk: as daSeatAsk ("Could I get a place in workshop 2?", "May I
// join workshop 3?", "Can you put me in 2?").
var enSeatAsk = []string{
	`(can|could|may) (i|we) (\w+ ){0,2}(get|have) (a |two )?(place|places|seat|seats|spot|spots) (in|on|at|for)`,
	`(can|could|may) (i|we) (\w+ ){0,2}(join|attend|be in|come to|take part in|participate in|sign up for|register for)`,
	`(can|could|would|will) you (please )?(\w+ ){0,2}(put|sign|register|add|book|pencil|count) (me|us) (up |down |in )?(in|on|onto|into|for|to)`,
}

// enOtherSeatAsk: as daOtherSeatAsk ("Could she be registered as well?",
// "Could my colleague Jens get a place on 3 too?").
var enOtherSeatAsk = withRelations(enRelations,
	`(can|could|may) (she|he|they) (\w+ ){0,2}be (registered|signed up|added|put down|put on the list|enrolled|included)`,
	`(can|could|may) (she|he|they) (\w+ ){0,2}(get|have) (a |two )?(place|places|seat|seats|spot|spots)( in| on| at| for)?`,
	`(can|could|may) (my|our) REL (\w+ ){0,3}be (registered|signed up|added|put down|put on the list|enrolled|included)`,
	`(can|could|may) (my|our) REL (\w+ ){0,3}(get|have) (a |two )?(place|places|seat|seats|spot|spots)( in| on| at| for)?`)

// enSeatGlue: as daSeatGlue.
var enSeatGlue = []string{"and", "or", "otherwise", "else", "then", "please", "too", "also", "as", "second", "choice", "the",
	"one", "about", "in", "on", "for", "thanks", "instead"}

// enElidedCancel: as daElidedCancel ("Thanks, but I can't.", "Sorry, we
// can't on the 29th").
var enElidedCancel = []string{`(i|we) (can't|cant|cannot|can not)`, `(i|we) (don't|do not|won't|will not) have (the )?time`}

// enElidedTail: as daElidedTail.
var enElidedTail = []string{"unfortunately", "after", "all", "sorry", "on", "the", "that", "day", "date", "this", "time", "year",
	"tuesday", "september", "sep", "sept", "th", "to", "meeting", "event", "then", "i'm", "afraid", "at"}

// enTagAsk: as daTagAsk ("workshop 2 and 4, is that ok?").
var enTagAsk = []string{`(is|was) (that|this|it) (ok|okay|alright|all right|fine|possible)`, `would (that|this|it) be (ok|okay|alright|all right|fine|possible)`,
	`if (that's|that is|it's|it is|that|possible) (ok|okay|possible|alright|all right|fine)?`, `hope (that's|that is|it's|it is) (ok|okay|fine)`,
	`if (at all )?possible`, `(that's|that is|this is|it's|it is) (ok|okay|alright|all right|fine)`}

// enSmallTalk: as daSmallTalk ("Hi Anne, how are you?").
var enSmallTalk = []string{`how are (you|things|you doing|you all)`, `how's it going`, `how is it going`, `how have you been`, `how's (your|the) (day|week)`,
	`why not`}

// enHomeWords put where someone lives right after them ("living
// Albertslund Syd").
var enHomeWords = []string{"living", "lives", "live", "based", "resident"}

// enInThatOrder confirms the order of the workshops just named.
var enInThatOrder = []string{`in (that|this|the same) order`}

// enPendingChoice and enChoiceDoubt: as daPendingChoice ("undecided for
// now", "workshop to follow", "she'll tell you later").
var enPendingChoice = []string{`undecided`, `not (yet )?(decided|chosen|sure which)`, `(hasn|haven|didn)'?t (yet )?(decided|chosen|picked)`, `(has|have) not (yet )?(decided|chosen|picked)`,
	`tbd`, `tbc`, `to follow`, `to be (confirmed|decided|chosen)`, `tell you (\w+ ){0,3}later`, `let you know (\w+ ){0,3}later`, `get back to you`,
	`(workshop|choice|choices|preference|preferences) (\w+ ){0,2}later`, `(choose|decide|pick) (\w+ ){0,2}later`, `(the )?same as (me|mine|myself)`}
var enChoiceDoubt = []string{`maybe`, `perhaps`, `not sure (if|whether)`, `if`, `whether`, `can't`, `cannot`, `can not`, `won't come`, `not coming`, `you (choose|decide|pick)`}

// enWithout: as daWithout ("so I can't come without it").
var (
	enWithout  = []string{`without`, `otherwise`, `or else`, `unless`, `if`}
	enAfterAll = []string{`after all`, `anymore`, `any more`, `no longer`}
)

// enComeWhere: as daComeWhere ("can't come up the stairs").
var enComeWhere = []string{`up`, `down`, `in`, `into`, `inside`, `upstairs`, `downstairs`}

// enRankLabelBefore, enRankLabelGap: as daRankLabelBefore, daRankLabelGap
// ("education as my second workshop", "first workshop: health").
var (
	enRankLabelBefore = []string{"as", "my", "our"}
	enRankLabelGap    = []string{"is", "about", "on", "would", "be", "will"}
)

// enOpinionVerbs: as daOpinionVerbs ("both workshops sound great").
var enOpinionVerbs = []string{"sound", "sounds", "seem", "seems", "look", "looks", "are"}

// enForWhom: whom the workshops just named are for ("for both of us").
// "for both" alone may mean both workshops, and "for us" does not say how
// many: neither is one of them.
var enForWhom = []string{`for (me|him|her)`, `for us (both|two)`, `for (both|the two) of (us|them)`}

// enOtherDoubt: as daOtherDoubt ("not sure whether she can make it", "we'll
// see how he feels").
var enOtherDoubt = []string{`(not sure|unsure|uncertain|not certain|don't know|do not know) (yet )?,?(whether|if|that) (\w+ ){1,4}(can|will|could|would|is|gets|makes)`,
	`see how (he|she|they)`}

// enStrikeVerbs, enStrikePassive, enStrikeTail, enStrikeModals,
// enStrikeDenied: as daStrikeVerbs ("please remove Bo", "could you take
// Bo off the list", "Bo should be removed").
var (
	enStrikeVerbs   = []string{`remove`, `delete`, `take`, `cross`, `strike`, `unregister`}
	enStrikePassive = []string{`removed`, `deleted`, `taken off`, `crossed off`, `unregistered`}
	enStrikeTail    = []string{"from", "the", "list", "our", "my", "registration", "attendees", "participants", "off", "out", "of",
		"please", "thanks", "thank", "you", "too", "also", "again", "as", "well"}
	enStrikeModals = []string{"should", "can", "must", "be", "needs", "need", "to", "has", "have", "will"}
	enStrikeDenied = []string{"not", "never", "dont", "don't", "didn't", "won't", "t"}
	// enStrikeStops: the verbs that begin no name ("Remove Bo Holm")
	enStrikeStops = []string{"remove", "delete", "unregister"}
)

// enWroteMeant, enWroteVerbs: as daWroteMeant ("I wrote 2 but meant 3").
var (
	enMeant      = []string{`meant`}
	enWroteMeant = []string{`(i|we) (wrote|have written|accidentally wrote|put) (\w+,? ){1,5}but (i |we )?(\w+ )?(mean|meant)`}
	enWroteVerbs = []string{"wrote", "written", "put"}
)

// enBorrowedAccount: as daBorrowedAccount ("I'm writing from my husband's
// email", "this is his wife writing").
var enBorrowedAccount = []string{
	`(writing|sending|sent|written|write) (this )?(from|on|with|using|via) my (husband|wife|son|daughter|sister|brother|mother|father|mum|mom|dad|friend|neighbour|neighbor|partner)'?s (email|e-mail|mail|account|phone|mobile|computer|laptop)`,
	`(using|borrowing|borrowed) my (husband|wife|son|daughter|sister|brother|mother|father|mum|mom|dad|friend|neighbour|neighbor|partner)'?s (email|e-mail|mail|account|phone|mobile|computer|laptop)`,
	`(this is|it's|its|it is) (his|her) (wife|husband|daughter|son|sister|brother|mother|father|mum|mom)`,
	`(his|her) (wife|husband|daughter|son|sister|brother|mother|father|mum|mom) (here|writing)`}

// enKinDisplay: as daKinDisplay ("Mum", "Grandma").
var enKinDisplay = []string{"mum", "mom", "mommy", "mummy", "dad", "daddy", "grandma", "granny", "grandpa", "nana"}

// enAfterClosing: as daAfterClosing ("Yours faithfully", "Thanks again",
// "Cheers mate").
var enAfterClosing = []string{"faithfully", "sincerely", "truly", "cordially", "respectfully", "again", "alot", "mate",
	"bro", "everyone", "everybody", "guys", "folks", "all", "bye", "xoxo", "love", "always", "ahead"}

// enRunOnHelps / enRunOnAsk: as daRunOnHelps / daRunOnAsk ("my son helps
// me", "call my daughter").
var (
	enRunOnHelps = []string{"helps", "writes"}
	enRunOnAsk   = []string{"call", "contact", "text", "phone"}
)

// enAlsoWorkshop: as daAlsoWorkshop ("also workshop 4", "workshop 4 too").
var enAlsoWorkshop = []string{"also", "too"}

// enTogether: as daTogether ("workshop 2 together with my husband").
var enTogether = []string{`together with`}

// enExchangeVerb and enExchangeWith: as daExchangeVerb ("swap 3 for 4",
// "replace 4 with 1").
var enExchangeVerb = []string{`swap`, `replace`, `exchange`, `switch`}
var enExchangeWith = []string{"for", "with"}

// enStatedPair: as daStatedPair ("registered earlier for 2 and 4", "I'm
// down for 1 and 3").
var enStatedPair = []string{`registered (earlier|before|already) for`, `(i am|i'm) (down|booked|listed) for`, `(i|we) (originally |first )?(chose|picked|signed up for)`}

// enYourFirst and enYourSecond: as daYourFirst ("your first choice", "we
// keep your first").
var enYourFirst = []string{`your (first|1st)( choice| priority| preference)?`}
var enYourSecond = []string{`your (second|2nd)( choice| priority| preference)?`}

// enOptOut: as daOptOut ("unsubscribe me", "remove me from your list").
var enOptOut = []string{
	// a bare "unsubscribe me" may be from the meeting: only the mail's list
	`unsubscribe (me|us) from (your|the|this|all|these|any) (\w+ )?(mailing lists?|lists?|newsletters?|e-?mails|emails|mails|mailings)`,
	`remove (me|us|my e-?mail|my address|my email address) from (your |the |this )?((mailing|e-?mail|mail) lists?|newsletters?|mailings?)`,
	`take (me|us) off (your |the |this )?((mailing|e-?mail|mail) lists?|newsletters?|mailings?)`,
	`stop (sending|emailing|mailing) (me|us)`}

// enHeldThanks: as daHeldThanks ("Thank you for a great meeting yesterday").
var enHeldThanks = []string{
	`thanks? (you )?for yesterday`,
	`thanks? (you )?(so much |very much )?for (a |an |the )?(` + enHeldAdjectives + `)?` +
		`(network meeting|meeting|evening|afternoon|event|day|workshop|session)s? (yesterday|on tuesday|last tuesday|the other day)`}

// enOwnBounced: as daOwnBounced ("I received a bounce when I wrote").
var enOwnBounced = []string{`bounce(d|s)?`, `error message`, `delivery failure`, `undeliverable`, `could not be delivered`, `couldn't be delivered`}

// enToldOld, enToldChange, enToldKept: as daToldOld ("my first choice was
// Jobs", "I signed up with Jobs as my top choice", "my first choice used
// to be Jobs").
var enToldOld = []string{`(my|our) (first|second|1st|2nd|top) (choice|priority|pick|preference) (was|used to be)`,
	`(i|we) (originally )?signed up with`, `(i|we) had (originally )?(put|chosen|picked|written|put down)`,
	// last year's: "I attended workshop 4 last year"
	`(i|we) (attended|took part in|was in|were in)`}

// enSignedVerbs: as daSignedVerbs ("I signed up for", "we registered for").
var enSignedVerbs = []string{"signed", "registered", "attended", "put"}
var enToldChange = []string{`change\w*`, `swap\w*`, `switch\w*`, `move`, `replace\w*`, `(should|must) now be`, `make (it|that) `,
	`rather`, `instead`, `this year`, `this time`}
var enToldKept = []string{`keep\w*`, `(can|should|may) (still )?(stay|remain)`, `(stays|remains) (as it is|the same|unchanged)`}

// enCancelTakenBack, enComesAgain, enCancelTold, enSameAsBefore: as
// daCancelTakenBack ("please disregard my cancellation", "I can make it
// after all", "sign me up again", "the same workshops as before").
var enCancelTakenBack = []string{`(disregard|ignore|forget) (my|our) cancell?ation`, `(withdraw|take back|cancel|undo) (my|our) cancell?ation`,
	`regret (my|our) cancell?ation`}
var enComesAgain = []string{`(can|could) (make it|come|attend|join) after all`, `(sign|put|register) (me|us) (\w+ ){0,2}again`}
var enCancelTold = []string{`(i|we) cancell?ed`, `(my|our) cancell?ation`, `(i|we) (pulled|dropped) out`}
var enSameAsBefore = []string{`(the )?same (workshops?|choices|priorities) as (before|last time)`}

// enHashNotRank: as daHashNotRank ("#2 and #4").
var enHashNotRank = []string{"and", "or", "on", "in", "from", "to", "of", "at"}

// enCareOf: as daCareOf ("c/o Lars Kirk", "attn. Lars Kirk").
var enCareOf = []string{" c/o", " attn.", " attn:", " attn "}

// enNameCorrection / enNameCorrectionSound: as daNameCorrection ("Kate
// Moss, sorry, Cate Moss", "Jon Lee, no wait, John Lee", "Jon Lee, I mean
// John Lee").
var enNameCorrection = []string{"no", "wait", "sorry", "correction", "mean", "meant", "rather", "oops"}
var enNameCorrectionSound = []string{"uh", "um", "erm", "er", "comma", "i", "or"}
var enNameCorrectionFill = []string{"uh", "um", "erm", "er", "comma", "no", "wait", "sorry", "correction", "i", "mean", "meant", "or", "rather", "oops"}

// enBelongingWords: as daBelongingWords ("I am Irish", "we are both
// Muslims"); words in "-ish" are read as such without being listed.
var enBelongingWords = []string{"muslim", "muslims", "christians", "jews", "hindu", "hindus", "buddhist", "buddhists", "catholic",
	"catholics", "orthodox", "protestant", "protestants", "sikh", "sikhs", "somali", "somalis", "pakistani", "pakistanis", "iraqi",
	"iraqis", "iranian", "iranians", "afghan", "afghans", "syrian", "syrians", "lebanese", "palestinian", "palestinians", "moroccan",
	"moroccans", "vietnamese", "chinese", "japanese", "portuguese", "sudanese", "eritrean", "eritreans", "ethiopian", "ethiopians",
	"bosnian", "bosnians", "serbian", "croatian", "romanian", "romanians", "bulgarian", "lithuanian", "ukrainian", "ukrainians",
	"russian", "russians", "italian", "italians", "greek", "american", "americans", "egyptian", "egyptians", "indian", "indians",
	"norwegian", "norwegians", "german", "germans", "dutch", "thai", "filipino", "filipina", "tamil", "tamils", "arab", "arabs",
	"arabic", "kurds", "turks", "poles", "danes", "swedes", "african", "africans", "european", "europeans", "asian"}

// enPlaceSubjects: as daPlaceSubjects ("I am number two on the list").
var enPlaceSubjects = []string{"i am", "i'm", "im", "we are", "we're", "he is", "he's", "she is", "she's", "you are", "i was", "we were"}
