package parser

// Words of a change that restates the registration on file before it
// ("Jeg har 1 som første og 2 som anden prioritet. Ret venligst første
// prioritet til 3."), folded as the reader's.

// daRankChangeVerbs / enRankChangeVerbs change a priority to a workshop:
// "ret første prioritet til 3", "change my first choice to 3".
var (
	daRankChangeVerbs = []string{"ret", "rette", "rettes", "aendr", "aendre", "aendres", "byt", "bytte", "byttes", "skift", "skifte",
		"skiftes", "flyt", "flytte", "flyttes", "saet", "saette", "opdater", "opdatere", "lav", "lave", "goer", "goere"}
	enRankChangeVerbs = []string{"change", "switch", "swap", "move", "make", "update", "set", "put", "turn"}
)

// daHeldSaid / enHeldSaid restate the registration on file, in a sentence
// of its own ("Jeg står på listen til workshop 2 og 4", "Jeg er meldt til
// 4 med 1 som anden", "Som det er nu, har I mig på 3", "I'm down for
// workshop 1"). "Jeg har 1 som første og 2 som anden" is one only when a
// change follows (restatedHeld).
var daHeldSaid = []string{`(jeg|vi) (staar|er) (\w+ )?paa (listen|deltagerlisten)( til| for)?`,
	`(jeg|vi) er (\w+ )?(meldt|tilmeldt|skrevet op|noteret|sat paa|sat op|placeret) (til|paa|for|i)`,
	`(jeg|vi) har (nu |i dag |lige nu |allerede )?(workshop )?[1-4] som (foerste|1|nr)`,
	`i (nu )?har (mig|os) (\w+ ){0,2}(paa|til|for|i|som)`, `har i (mig|os) (\w+ ){0,2}(paa|til|for|i|som)`}
var enHeldSaid = []string{`(i'm|i am|we're|we are) (currently |already |now )?(down|registered|signed up|booked|listed|on the list) (for|on|in)`,
	`you (have|'ve got|currently have) (me|us) (down )?(for|on|in|as)`,
	`(i|we) (have|'ve got|currently have) (workshop )?[1-4] as (my|our) (first|1st|second|2nd)`}

// daHeldAdds / enHeldAdds add to what is on file without changing it
// ("Jeg har glemt at nævne, at jeg er veganer", "I forgot to mention").
var daHeldAdds = []string{`glem(t|te) at (naevne|skrive|sige|fortaelle|oplyse)`, `(vil|skal|maa) (lige |gerne )?tilfoeje`, `i oevrigt`, `forresten`}
var enHeldAdds = []string{`forg(o|ot)t(en)? to (mention|say|write|tell|add)`, `(i'd|i would|i want to|i wanted to) (like to )?add`, `by the way`}

// daRankAdd / enRankAdd: a priority added to those on file ("Vil I tilføje
// 4 som anden prioritet?").
var daRankAdd = []string{"tilfoej", "tilfoeje", "tilfoejes", "tilfoejer"}
var enRankAdd = []string{"add", "adding"}

// daHeldTurns / enHeldTurns turn a restating sentence into a change of its
// own ("... men vil hellere på 3"): oldChoice reads those.
// "hermed", "hereby" sign up now ("Jeg er hermed tilmeldt til 2").
var daHeldTurns = []string{"men", "hellere", "stedet", "istedet", "ikke", "hermed", "herved"}
var enHeldTurns = []string{"but", "rather", "instead", "not", "hereby"}
