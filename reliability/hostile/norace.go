//go:build !race

package hostile

// RaceDetector is true in a binary built with -race, where the heavy
// mails take minutes and their time and memory figures mean nothing.
const RaceDetector = false
