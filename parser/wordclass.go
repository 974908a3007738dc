package parser

// A wordClass is one of the fixed word sets that rules ask of nearly every
// token ("is it a relation?", "is it 'og'?"). Each token carries the
// classes its word is in, looked up once when the text is split into
// tokens, so that a rule tests a bit (t.toks[i].is(classRelation)) where it
// looked the word up in a map. The sets stay the source of truth: the
// classes are read from them at start-up (classSets). A set asked of
// anything but a token's word (a joined pair, a trimmed word) is looked up
// as before.
type wordClass uint8

// The classes, each named after its set in classSets.
const (
	classRelation wordClass = iota
	classAnd
	classGateOwner
	classOwner
	classSelfObject
	classSelfEmph
	classPartPronoun
	classBothLead
	classNameStop
	classLeadAdverb
	classSkipLead
	classHonorific
	classRunOnSubject
	classRunOnVerb
	classRunOnLead
	classRunOnGroup
	classNamedAs
	classGateTheirs
	classGateAlongJoin
	classSelfPronoun
	classWorkshopWord
	classReferWord
	classApostrophePrefix
	classDaWord
	classEnWord
	classOtherWord
	classConnector
	classFiller
	classNotPerson
	classAskLead
	classAskLabel
	classHouseNumberWord
	classOwnerOne
	classLabelFor
	classSelfLine
	classWishVerb
	classGateNameStop
	classParticle
	classSelfWord
	classClauseSubject
	classObjectCase
	classSelfHeadFirst
	classSkipBeforeRef
	classClauseWord
	classDaSubject
	classBareKin
	classChildrenDefinite
	classChildrenOwner
	classChildWord
	classAlsoTail
	classWrapEnder
	classQuestionWord
	classAskVerb
	classAskSubject
	classDaSenderWord
	classEnSenderWord
	classPlace
	classCount
	classRunOnAsk
	classRunOnAskTo
	classTopicLabel
	classReportVerb
	classInvertFirst
	classOrderWord
	numWordClasses
)

// classSet is the classes a word is in, a bit each.
type classSet [2]uint64

// no more classes than a classSet holds
var _ [len(classSet{})*64 - int(numWordClasses)]struct{}

// has reports whether class c is in s.
func (s classSet) has(c wordClass) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// add puts class c in s.
func (s *classSet) add(c wordClass) { s[c>>6] |= 1 << (c & 63) }

// meets reports whether s and o have a class in common.
func (s classSet) meets(o classSet) bool { return s[0]&o[0]|s[1]&o[1] != 0 }

// classesOf is the set of the classes cs.
func classesOf(cs ...wordClass) classSet {
	var s classSet
	for _, c := range cs {
		s.add(c)
	}
	return s
}

// classSets are the sets behind the classes.
var classSets = [numWordClasses]map[string]bool{
	classRelation:         relations,
	classAnd:              andWords,
	classGateOwner:        gateOwners,
	classOwner:            owners,
	classSelfObject:       selfObject,
	classSelfEmph:         selfEmph,
	classPartPronoun:      partPronouns,
	classBothLead:         bothLead,
	classNameStop:         nameStop,
	classLeadAdverb:       leadAdverbs,
	classSkipLead:         skipLead,
	classHonorific:        honorifics,
	classRunOnSubject:     runOnSubject,
	classRunOnVerb:        runOnVerbs,
	classRunOnLead:        runOnLeads,
	classRunOnGroup:       runOnGroup,
	classNamedAs:          namedAs,
	classGateTheirs:       gateTheirs,
	classGateAlongJoin:    gateAlongJoins,
	classSelfPronoun:      selfPronoun,
	classWorkshopWord:     workshopWords,
	classReferWord:        referWords,
	classApostrophePrefix: apostrophePrefixes,
	classDaWord:           daWords,
	classEnWord:           enWords,
	classOtherWord:        otherWords,
	classConnector:        connectors,
	classFiller:           fillers,
	classNotPerson:        notPerson,
	classAskLead:          askLeads,
	classAskLabel:         askLabels,
	classHouseNumberWord:  houseNumberWords,
	classOwnerOne:         ownersOne,
	classLabelFor:         labelFor,
	classSelfLine:         selfLines,
	classWishVerb:         wishVerbs,
	classGateNameStop:     gateNameStops,
	classParticle:         particles,
	classSelfWord:         selfWords,
	classClauseSubject:    clauseSubjects,
	classObjectCase:       objectCase,
	classSelfHeadFirst:    selfHeadFirst,
	classSkipBeforeRef:    skipBeforeRef,
	classClauseWord:       clauseWords,
	classDaSubject:        keySet(daSubjects),
	classBareKin:          keySet(bareKin),
	classChildrenDefinite: childrenDefinite,
	classChildrenOwner:    childrenOwners,
	classChildWord:        childWords,
	classAlsoTail:         alsoTail,
	classWrapEnder:        wrapEnders,
	classQuestionWord:     questionWords,
	classAskVerb:          askVerbs,
	classAskSubject:       askSubjects,
	classDaSenderWord:     daSenderWordSet,
	classEnSenderWord:     enSenderWordSet,
	classPlace:            places,
	classCount:            keySet(counts),
	classRunOnAsk:         runOnAsk,
	classRunOnAskTo:       runOnAskTo,
	classTopicLabel:       topicLabels,
	classReportVerb:       reportVerbs,
	classInvertFirst:      invertFirst,
	classOrderWord:        orderWords,
}

// keySet is the set of m's keys, for a class of the words a map has a
// value for.
func keySet[V any](m map[string]V) map[string]bool {
	set := make(map[string]bool, len(m))
	for w := range m {
		set[w] = true
	}
	return set
}

// wordClasses maps a word to the classes it is in, one bit a class; a word
// in none is absent.
var wordClasses = func() map[string]classSet {
	m := map[string]classSet{}
	for c, set := range classSets {
		for w := range set {
			cls := m[w]
			cls.add(wordClass(c))
			m[w] = cls
		}
	}
	return m
}()

// classTable is wordClasses as an open-addressed table with a plain hash:
// tokenize looks every word up in it, and the runtime's map spends most of
// a look-up (130 instructions) on hashing and probing in general.
var classTable = newClassTable(wordClasses)

type classSlot struct {
	w   string // "" for an empty slot
	cls classSet
}

type wordClassTable struct {
	slots []classSlot // a power of two, at most half full
}

func newClassTable(m map[string]classSet) wordClassTable {
	n := 1
	for n < 2*len(m) {
		n *= 2
	}
	ct := wordClassTable{slots: make([]classSlot, n)}
	for w, cls := range m {
		if w == "" {
			continue // no token is empty
		}
		i := classHash(w) & uint32(n-1)
		for ct.slots[i].w != "" {
			i = (i + 1) & uint32(n-1)
		}
		ct.slots[i] = classSlot{w, cls}
	}
	return ct
}

func classHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// lookup returns the classes word w is in.
func (ct *wordClassTable) lookup(w string) classSet {
	mask := uint32(len(ct.slots) - 1)
	for i := classHash(w) & mask; ; i = (i + 1) & mask {
		s := &ct.slots[i]
		if s.w == w {
			return s.cls
		}
		if s.w == "" {
			return classSet{}
		}
	}
}

// is reports whether the token's word is in class c's set.
func (tk *token) is(c wordClass) bool {
	return tk.cls.has(c)
}
