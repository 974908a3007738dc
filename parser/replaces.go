package parser

// senderReplaces: the sender takes someone else's place ("jeg kommer så i
// stedet for hende"), the other way round from lex.substitute.
var senderReplaces = table(daSenderReplaces, enSenderReplaces)
