//go:build race

package main

// raceDetector is true when the tests run under the race detector, which
// changes how often the program's threads block.
const raceDetector = true
