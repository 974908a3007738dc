package parser

import "strings"

// filePointer points at an attached file in everyday words rather than
// "vedhæftet" ("står i arket", "kan I se i filen", "hermed listen", "the
// names are in the spreadsheet"). With a file attached and no workshop in
// the words, the registration is in the file.
var filePointer = table(daFilePointer, enFilePointer)

// pointsAtFile reports words that point at an attached file, "vedhæftet"
// or in everyday words, with a file attached (not an inline image).
func (rd *reader) pointsAtFile() bool {
	return hasFile(rd.m) && (rd.own.matches(lex.attachment) || rd.own.matches(filePointer))
}

// hasFile reports a file attached to m, not an inline image.
func hasFile(m *Mail) bool {
	for _, a := range m.Attachments {
		if !a.Inline {
			return true
		}
	}
	return false
}

// sheetFile reports an attached spreadsheet: in a mail to the registration
// address, one pointed at is a list of those who come.
func sheetFile(name string) bool {
	name = strings.ToLower(name)
	for _, ext := range []string{".xlsx", ".xls", ".ods", ".csv", ".numbers"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}
