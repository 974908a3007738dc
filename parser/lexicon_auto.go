package parser

import "regexp"

// Subjects of automatic mail, after any "Re:/SV:/AW:" prefixes. To recognise
// another language's out-of-office or bounce, add its words here.

// autoReplySubject matches out-of-office and other automatic answers.
var autoReplySubject = regexp.MustCompile(`(?i)^(autosvar|automatisk svar|automatisk besked|automatisch antwoord|auto[- ]?reply|automatic reply|auto[- ]?response|autoresponse|out of (the )?office|ooo\b|fraværende|fravær\b|ikke til stede|ferie\b|on vacation|vacation reply|away from (the )?office|abwesend|abwesenheitsnotiz|automatische antwort|réponse automatique|absence|frånvarande|læst:|read:|gelesen:|lu :)`)

// bounceSubject matches delivery failure reports.
var bounceSubject = regexp.MustCompile(`(?i)^(undeliverable|undelivered mail|undeliverable mail|returned mail|mail delivery (failed|failure|subsystem|system)|delivery status notification|delivery (failure|failed|has failed|notification)|failure notice|message not delivered|ikke leveret|kunne ikke leveres|uanbringelig|levering mislykkedes|leveringsfejl|returneret post|unzustellbar|nicht zustellbar|non remis|onbestelbaar|olevererbart|warning: could not send message)`)

// daemonSender matches the local part of delivery systems' addresses.
var daemonSender = regexp.MustCompile(`(?i)^(mailer-daemon|postmaster|mail-daemon|maildaemon|mailerdaemon)@`)

// noReplySender matches addresses that do not take answers: systems, not people.
var noReplySender = regexp.MustCompile(`(?i)^(no-?reply|do-?not-?reply|donotreply|ikke-?svar|noreply-[^@]*)@`)

// registrationPhrases are first-person ways of signing up; when an automatic
// sign is weak and the sender's words say one of these, it goes to review.
var registrationPhrases = newFoldFilter(regexp.MustCompile(`(?i)(\btilmeld(er|e)?\s+(mig|os|hermed|gerne)\b|\bmeld(er|e)?\s+(mig|os)\s+(til|på)\b|\b(jeg|vi)\s+(vil|ville)?\s*(meget\s+)?(gerne|hermed)\s+(tilmelde|deltage|komme|være med|med)\b|\b(jeg|vi)\s+(kommer|deltager)\s+(gerne|meget gerne|til mødet|til netværksmødet)\b|\bi\s*('d| would)\s+like\s+to\s+(register|attend|join|come|sign up)\b|\b(sign|register)\s+(me|us)\b|\bi\s*('ll| will| am going to)\s+(attend|come|join)\b|\bworkshop\s*[1-9]\b.*\b(og|and|eller|or|ellers)\b)`))

// formPriority is a form's field of a first choice ("1. prioritet: 2"), as a
// web form sends it from a no-reply address: a registration, though a
// machine sent it. Only the mail's own text counts: an automatic answer
// may return the registration it answers.
var formPriority = newFoldFilter(regexp.MustCompile(`(?i)(\b(1\.|første|first)\s*(prioritet|priority|choice)\s*:)`))
