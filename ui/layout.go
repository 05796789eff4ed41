package ui

import "time"

// The layout's numbers, in one place.
const (
	headerRows = 1 // the tab bar
	footerRows = 1 // the help bar

	// minWidth × minHeight is the smallest usable terminal; below it the
	// app says the terminal is too small.
	minWidth  = 30
	minHeight = 8

	// wideMin is the width from which browse shows the list and the card
	// side by side.
	wideMin = 80
	// The list takes listShare of a wide terminal, clamped to
	// [listMinWidth, listMaxWidth].
	listShareNum, listShareDen = 2, 5
	listMinWidth               = 32
	listMaxWidth               = 56

	// titleMinWidth is the width from which the tab bar starts with the
	// app's name.
	titleMinWidth = 56
	// bannerMinBody is how many rows a notice under the tab bar leaves to
	// the screen at the least; a notice longer than the rest ends with a
	// pointer to the full help, which has the whole text.
	bannerMinBody = 4

	// wheelStep is how many lines the mouse wheel scrolls a pane.
	wheelStep = 3

	// screenIndent is the left margin of the quiz, review and help text.
	screenIndent = 2
)

// noteLife is how long a status-bar note stays, and how long a half-typed
// code waits for its next digit.
const noteLife = 2 * time.Second
