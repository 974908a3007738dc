package parser

import (
	"slices"
	"strings"
)

// A number after "nr."/"no." that follows a thing of the estate or the
// office ("Tørretumbler nr. 2", "Washer no. 2", "Kopimaskine nr. 2") is
// that thing's number, never a workshop.

var (
	numberedObjects = wordSet(daNumberedObjects, enNumberedObjects)
	numberedEnds    = slices.Concat(daNumberedEnds, enNumberedEnds)
)

// objectNumberAt reports a thing's own number at token i: "nr", "nummer"
// or "no" right before it and a numbered thing right before that, or
// that and "er"/"is"/"har" ("min lejlighed er nr. 3"), on the same line.
func objectNumberAt(t *text, i int) bool {
	if i < 2 || !houseNo[t.toks[i-1].s] || t.gap(i-2, i-1) != " " || t.toks[i-2].line != t.toks[i].line {
		return false
	}
	k := i - 2
	if objectCopula[t.toks[k].s] && k > 0 && t.gap(k-1, k) == " " {
		k--
	}
	return numberedObject(t.toks[k].s)
}

var objectCopula = wordSet(daObjectCopula, enObjectCopula)

// numberedObject reports a word that names a thing with a number of its
// own, alone or as the last part of a compound.
func numberedObject(w string) bool {
	if numberedObjects[w] {
		return true
	}
	for _, e := range numberedEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
