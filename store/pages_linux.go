package store

import (
	"os"
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
