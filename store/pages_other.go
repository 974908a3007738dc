//go:build !linux

package store

// dropPages is a no-op where madvise is not used.
func dropPages([]byte) {}

// dropPagesAround is a no-op where madvise is not used.
func dropPagesAround([][]byte) {}
