package parser

// The words of those who run the meeting with the organiser (a caterer, the
// venue, a caretaker, a speaker) and of those who write once it is held.

// daRunsMeeting: an order or a booking confirmed, and the things a venue
// or a caterer sets out ("vi bekræfter sandwich og kaffe til 60",
// "projektoren i lokale 2", "skal vi stille flipovers frem"): the
// organiser's business, not a participant's question.
var daRunsMeeting = []string{`vi bekraefter`, `bekraefter hermed`, `hermed bekraeftes`, `ordrebekraeftelse\w*`, `bookingbekraeftelse\w*`,
	`(jeres|din|deres) (bestilling|booking|reservation|ordre)\w*`, `tak for (bestillingen|bookingen|ordren|reservationen)`,
	`projektor\w*`, `flipover\w*`, `flip-over\w*`, `whiteboard\w*`, `lydanlaeg\w*`, `bestik`, `kuverter`, `borde og stole`}

// enRunsMeeting: as daRunsMeeting ("This confirms your booking of the main
// hall", "do you need a projector").
var enRunsMeeting = []string{`this confirms`, `we (hereby )?confirm`, `(your|the) (booking|order|reservation)s?`,
	`booking confirmation`, `order confirmation`, `projectors?`, `flip ?charts?`, `flipcharts?`, `whiteboards?`, `cutlery`, `tables and chairs`}

// daSpeakerTalk: the sender's own talk at the meeting ("holde oplæg i
// workshoppen om sundhed", "oplægsholder"); daSpeakerAgreed: said of an
// arrangement already made ("som aftalt", "jeg glæder mig til at").
var daSpeakerTalk = []string{`(holde|holder|give|giver) (\w+ ){0,3}oplaeg\w*`, `oplaegsholder\w*`}
var daSpeakerAgreed = []string{`aftalt`, `aftalte`, `glaeder (mig|os) (\w+ )?til at`}

// enSpeakerTalk, enSpeakerAgreed: as daSpeakerTalk and daSpeakerAgreed
// ("giving the talk in the health workshop, as agreed").
var enSpeakerTalk = []string{`(give|giving|hold|holding) (a|the|my|our) (short )?(talk|presentation)`}
var enSpeakerAgreed = []string{`agreed`, `discussed`, `look(ing)? forward to`}

// daMeetingThanks: thanks for the meeting with no time said ("Tusind tak
// for mødet", "tak for i dag"), held when the mail is written after it.
var daMeetingThanks = []string{`tak for i dag`,
	`tak for (et |en |det |den )?(` + daHeldAdjectives + `)?(netvaerksmoede\w*|moede\w*|aften\w*|eftermiddag\w*|dagen|arrangement\w*|workshop\w*|oplaeg\w*|input\w*)`}

// enMeetingThanks: as daMeetingThanks ("Thanks for a well-run meeting").
var enMeetingThanks = []string{`thanks? (you )?(so much |very much )?for today`,
	`thanks? (you )?(so much |very much )?for (a |an |the )?(` + enHeldAdjectives + `)?(network meeting|meeting|evening|afternoon|event|workshop|session)s?`}

// daAttendedPast: the sender was at the meeting ("vi var flere fra
// afdelingen med i workshop 2", "jeg deltog i"): what she names she
// attended, once it is held.
var daAttendedPast = []string{`(jeg|vi) var (\w+ ){0,4}med (i|paa|til)`, `(jeg|vi) deltog`, `(jeg|vi) var (\w+ ){0,3}(i|paa) workshop\w*`}

// enAttendedPast: as daAttendedPast ("we attended the jobs workshop").
var enAttendedPast = []string{`(i|we) attended`, `(i|we) took part`, `(i|we) (was|were) (\w+ ){0,3}in (the )?(\w+ )?workshop`}

// daHeldAdjectives: one or two words of praise for a meeting held ("en
// lærerig og veltilrettelagt"), each with an intensifier before it.
const daHeldAdjective = `((rigtig|virkelig|super|meget|saa|utrolig) )?(godt|god|gode|dejligt|dejlig|dejlige|spaendende|givende|inspirerende|hyggeligt|hyggelig|` +
	`laererigt|laererig|fint|fin|interessant|vellykket|vellykkede|super|veltilrettelagt|veltilrettelagte|velorganiseret|udbytterigt|udbytterig|konstruktivt|konstruktiv|positivt|positiv)`

const daHeldAdjectives = daHeldAdjective + `(( og|,) ` + daHeldAdjective + `)? `

// enHeldAdjectives: as daHeldAdjectives ("a well-run and useful").
const enHeldAdjective = `((really|very|truly|most) )?(great|good|lovely|nice|interesting|inspiring|wonderful|useful|fine|productive|informative|well (run|organi[sz]ed|planned)|excellent)`

const enHeldAdjectives = enHeldAdjective + `(( and|,) ` + enHeldAdjective + `)? `
