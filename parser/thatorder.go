package parser

// inThatOrder confirms the order of the workshops just named ("Tryghed og
// sundhed, i den rækkefølge", "health and jobs, in that order").
var inThatOrder = table(daInThatOrder, enInThatOrder)
