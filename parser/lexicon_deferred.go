package parser

// daSignUpBefore / enSignUpBefore put a sign-up off until staff answer
// something ("før jeg tilmelder mig, skal jeg vide, om der er
// handicaptoilet", "before I sign up I need to know"), however much the
// sender wishes to come: nobody is registered yet. Folded as the reader's.
var daSignUpBefore = []string{`(foer|inden) (jeg|vi) (\w+ )?(tilmelder|melder|skriver) (mig|os)`,
	`(foer|inden) (jeg|vi) (kan |vil )?(tilmelde|melde|skrive) (mig|os)`}
var enSignUpBefore = []string{`before (i|we) (\w+ )?(sign up|register|sign myself up|enrol|enroll|book)`, `before (signing up|registering|booking)`}

// daAskFirst / enAskFirst: the same with "først" and what she must know
// ("men først vil jeg høre, om der er tolk", "but first I need to know
// whether"); "først skal jeg høre min chef" asks staff nothing.
var daAskFirst = []string{`foerst (vil|skal|maa) (jeg|vi) (lige |gerne )?(hoere|vide|have at vide|spoerge)( \w+){0,2},? om`}
var enAskFirst = []string{`first (i|we) (need|want|would like|'d like|have) to (know|hear|ask|check|find out)( \w+){0,2},? (if|whether)`,
	`(i|we) (need|want|would like|'d like|have) to (know|hear|ask|check|find out) first,? (if|whether)`}
