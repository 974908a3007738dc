package parser

import (
	"bufio"
	"io"

	"tilmeld"
)

// ParseReader is Parse for a mail read from r, for mail too large to hold
// in memory: attachments pass through without being kept. It reads the
// same as Parse of the same bytes, but for a mail whose header cannot be
// read, of which it reads the text from the first maxText bytes after a
// header of at most headKept bytes.
func ParseReader(r io.Reader, ev *tilmeld.Event) *Result {
	m := ExtractReaderFor(r, ev)
	res := Read(m, ev)
	gate(res, ev)
	return res
}

// ExtractReaderFor is ExtractFor for a mail read from r.
func ExtractReaderFor(r io.Reader, ev *tilmeld.Event) *Mail {
	h := &headKeeper{r: r}
	return extract(h, ev, h.rest)
}

// headKept bounds what headKeeper keeps.
const headKept = 64 << 10

// headKeeper keeps the first bytes read through it, for the plain reading
// of a mail whose header turns out to be unreadable.
type headKeeper struct {
	r    io.Reader
	kept []byte
}

func (h *headKeeper) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if room := headKept - len(h.kept); room > 0 {
		h.kept = append(h.kept, p[:min(n, room)]...)
	}
	return n, err
}

// rest returns the start of the mail: what was kept, then more from the
// source, past what br holds (which was kept already); enough for the text
// after a header within what was kept.
func (h *headKeeper) rest(br *bufio.Reader) []byte {
	br.Discard(br.Buffered())
	more, _ := io.ReadAll(io.LimitReader(h.r, maxText+headKept))
	return append(h.kept, more...)
}
