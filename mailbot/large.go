package mailbot

import (
	"errors"
	"fmt"

	"tilmeld/parser"
	"tilmeld/store"
)

// readStored reads mail id for deciding, inside tx. A small mail is the
// bytes in the store's map, parsed with the rest of its chunk; a large one
// (stored in chunks, see store.Tx.RawLarge) is parsed here, as it is read,
// and keeps only what its header says.
func (b *Bot) readStored(tx *store.Tx, id uint64) pendingMail {
	p := pendingMail{id: id}
	p.raw, p.err = tx.RawView(id)
	if errors.Is(p.err, store.ErrNotFound) && tx.RawLarge(id) {
		var header []byte
		if header, p.err = tx.RawHeader(id); p.err == nil {
			if p.res, p.err = b.parseStored(tx, id); p.err == nil {
				p.in = readInbound(header, p.res.Mail)
			}
		}
	}
	if p.err != nil {
		p.err = fmt.Errorf("read mail: %w", p.err)
	}
	return p
}

// parseStored parses a large stored mail as it is read from tx, turning
// a panic into an error. A parser set for tests gets the bytes.
func (b *Bot) parseStored(tx *store.Tx, id uint64) (res *parser.Result, err error) {
	if b.Parse != nil {
		raw, err := tx.Raw(id)
		if err != nil {
			return nil, err
		}
		return b.parse(raw)
	}
	r, err := tx.RawReader(id)
	if err != nil {
		return nil, err
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("parser panicked: %v", p)
		}
	}()
	if res = parser.ParseReader(r, &b.Config.Event); res == nil {
		return nil, errors.New("parser returned no result")
	}
	return res, nil
}
