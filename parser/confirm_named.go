package parser

import "strings"

// confirmToNamed reads "send svaret til Hassan", "svar gerne Fatima
// direkte", "please send the confirmation straight to Joseph": the answer
// is to go to someone named right after the words. It is the forwarded
// author when the name is her first name.
var confirmToNamed = table(daConfirmToNamed, enConfirmToNamed)

// confirmsToAuthor reports whether the forwarder's words ask that the
// answer go to the forwarded mail's author by her first name.
func confirmsToAuthor(own *text, author string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(foldInto(author, nil)), " ")
	if len(first) < 2 || !strings.Contains(own.fold, first) {
		return false
	}
	for _, h := range own.all(confirmToNamed) {
		rest := strings.TrimLeft(own.fold[h[1]:], " ")
		if strings.HasPrefix(rest, first) && (len(rest) == len(first) || !isWordByte(rest[len(first)])) {
			return true
		}
	}
	return false
}
