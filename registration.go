package tilmeld

import "time"

// Intent is what a mail wants.
type Intent string

// The intents of the parse contract (shared/corpus/README.md).
const (
	IntentRegister  Intent = "register"
	IntentUpdate    Intent = "update"
	IntentCancel    Intent = "cancel"
	IntentQuestion  Intent = "question"
	IntentOther     Intent = "other"
	IntentAutoReply Intent = "auto_reply"
	IntentBounce    Intent = "bounce"
	IntentSpam      Intent = "spam"
)

// Status is what the bot should do with a mail.
type Status string

// The statuses of the parse contract.
const (
	// StatusComplete: the bot can act alone.
	StatusComplete Status = "complete"
	// StatusIncomplete: a registration lacking what Missing lists; the bot asks for it.
	StatusIncomplete Status = "incomplete"
	// StatusReview: a person on the staff must look.
	StatusReview Status = "review"
	// StatusIgnore: no registration and no reply.
	StatusIgnore Status = "ignore"
)

// What an incomplete registration can miss.
const (
	MissingWorkshop = "workshop"
	MissingName     = "name"
)

// Contact is how to reach the person who registered.
type Contact struct {
	// Email is lower-cased; "" when unknown.
	Email string `json:"email"`
	// Phone is in E.164 (+45XXXXXXXX for Danish numbers); "" when unknown.
	Phone string `json:"phone"`
}

// Attendee is one person coming to the event.
type Attendee struct {
	// Name as on a name tag; "" when not given.
	Name string `json:"name"`
	// Choices are workshop numbers in order of priority; Choices[0] is the 1st.
	Choices []int `json:"choices,omitempty"`
	// Diet holds sorted tags; DietText the person's own words about food.
	Diet     []Diet `json:"diet,omitempty"`
	DietText string `json:"diet_text,omitempty"`
	// Workshop is the allocated workshop, 0 while none.
	Workshop int `json:"workshop,omitempty"`
	// Pinned means staff fixed Workshop; allocation keeps it.
	Pinned bool `json:"pinned,omitempty"`
	// OffChoice means Workshop is none of Choices: there was no room in them.
	OffChoice bool `json:"off_choice,omitempty"`
}

// First returns the 1st choice, 0 when none.
func (a *Attendee) First() int { return a.choice(0) }

// Second returns the 2nd choice, 0 when none.
func (a *Attendee) Second() int { return a.choice(1) }

func (a *Attendee) choice(i int) int {
	if i < len(a.Choices) {
		return a.Choices[i]
	}
	return 0
}

// RegStatus is where a registration stands.
type RegStatus string

// The registration statuses of the export contract.
const (
	RegRegistered RegStatus = "registered"
	RegIncomplete RegStatus = "incomplete"
	RegWaitlist   RegStatus = "waitlist"
	RegCancelled  RegStatus = "cancelled"
)

// Registration is one sender's registration of one or more attendees.
type Registration struct {
	// ID is assigned by the store, counting from 1.
	ID uint64 `json:"id"`
	// Status: registered, incomplete, waitlist or cancelled.
	Status RegStatus `json:"status"`
	// Missing lists what an incomplete registration still lacks.
	Missing []string `json:"missing,omitempty"`
	// Contact is where replies go.
	Contact Contact `json:"contact"`
	// Attendees in the order given, the sender first when attending.
	Attendees []Attendee `json:"attendees"`
	// Received is when the first mail of the registration arrived.
	Received time.Time `json:"received"`
	// Late is set when the registration arrived after the deadline.
	Late bool `json:"late,omitempty"`
	// Language of the conversation: "da" or "en".
	Language string `json:"language"`
	// Mails are the store IDs of the mails that made or changed it, oldest first.
	Mails []uint64 `json:"mails,omitempty"`
	// Placed is when the placement mail was queued; zero before.
	Placed time.Time `json:"placed,omitzero"`
}

// Active reports whether the registration still holds seats or asks for them.
func (r *Registration) Active() bool { return r.Status != RegCancelled }
