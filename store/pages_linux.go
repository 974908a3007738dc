package store

import (
	"cmp"
	"os"
	"slices"
	"syscall"
	"unsafe"
)

var pageSize = uintptr(os.Getpagesize())

// dropPages tells the kernel that the whole pages of b, a slice of the
// store's map, are not needed for now: they leave the process's resident
// memory and stay in the page cache, from where a later read maps them
// again (the map is of the file, shared and read-only).
func dropPages(b []byte) {
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := (addr + pageSize - 1) &^ (pageSize - 1)
	end := (addr + uintptr(len(b))) &^ (pageSize - 1)
	if end <= start {
		return
	}
	syscall.Madvise(b[start-addr:end-addr], syscall.MADV_DONTNEED)
}

// dropPagesAround is dropPages for every page the slices of bs touch,
// whole or not, in as few calls as the pages allow. Only for slices of
// the store's map: the pages go from the process, not from the file.
func dropPagesAround(bs [][]byte) {
	type span struct{ start, end uintptr }
	spans := make([]span, 0, len(bs))
	for _, b := range bs {
		if len(b) == 0 {
			continue
		}
		addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		spans = append(spans, span{addr &^ (pageSize - 1), (addr + uintptr(len(b)) + pageSize - 1) &^ (pageSize - 1)})
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	// base keeps the map's address as a pointer; the spans are offsets from it.
	var base unsafe.Pointer
	for _, b := range bs {
		if len(b) > 0 {
			base = unsafe.Pointer(unsafe.SliceData(b))
			break
		}
	}
	for i := 0; i < len(spans); {
		s := spans[i]
		for i++; i < len(spans) && spans[i].start <= s.end; i++ {
			s.end = max(s.end, spans[i].end)
		}
		first := unsafe.Add(base, int(s.start)-int(uintptr(base)))
		syscall.Madvise(unsafe.Slice((*byte)(first), s.end-s.start), syscall.MADV_DONTNEED)
	}
}
