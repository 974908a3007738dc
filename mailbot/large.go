package mailbot

import (
	"errors"
	"fmt"

	"tilmeld/parser"
	"tilmeld/store"
)

// readStored reads mail id for deciding, inside tx. A large mail (see
// store.LargeRaw) is parsed here, from the store's map, since its bytes
// are there only while tx lasts; only its header is kept, which is what
// the reply needs.
func (b *Bot) readStored(tx *store.Tx, id uint64) pendingMail {
	p := pendingMail{id: id}
	raw, large, err := tx.RawSmall(id)
	p.raw, p.err = raw, err
	if large {
		if p.raw, p.err = tx.RawHeader(id); p.err == nil {
			p.res, p.err = b.parseStored(tx, id)
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
