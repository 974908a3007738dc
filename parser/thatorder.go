package parser

// inThatOrder confirms the order of the workshops just named ("Tryghed og
// sundhed, i den rækkefølge", "health and jobs, in that order").
var inThatOrder = table(daInThatOrder, enInThatOrder)

// forWhom says whom the workshops just named are for ("Sundhed og job til
// begge", "health and jobs for both of us"): it names no workshop, and
// leaves them the choices of a sentence that says nothing else.
var forWhom = table(daForWhom, enForWhom)
