package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
)

// KeyMap holds every key binding of the app. Every key press is matched
// through it (key.Matches), and the help bar and the full help are built
// from these same bindings, so they cannot drift apart.
type KeyMap struct {
	// Moving around.
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Focus                                   key.Binding // switch between list and detail
	Open                                    key.Binding // open the detail (narrow layout)
	Close                                   key.Binding // close the detail (narrow layout)
	Back                                    key.Binding
	Filter                                  key.Binding
	ClearFilter                             key.Binding
	AcceptFilter                            key.Binding
	Vendor                                  key.Binding
	Team                                    key.Binding // show or hide a team deck's own codes
	Jump                                    key.Binding // type digits to jump to a code
	ScrollUp, ScrollDown                    key.Binding // scroll the detail pane or a tall screen

	// Screens.
	Browse, Quiz, Review, Stats key.Binding

	// Quiz.
	Choose, Submit, Hint, Continue key.Binding
	Practice, NewQuiz              key.Binding
	NextField, PrevField           key.Binding
	Left, Right                    key.Binding
	Start                          key.Binding // start the quiz set up

	// Stats: the desired retention down or up a step.
	RetentionDown, RetentionUp key.Binding

	Help, CloseHelp, Quit, ForceQuit key.Binding

	// Help-only forms of the bindings above, as the help bar names them on
	// one screen or another; built once here, never per frame.
	helpMove, helpCard, helpField, helpScroll key.Binding
	helpScrollCard                            key.Binding
	helpLeave, helpLeaveSaved, helpDigits     key.Binding
	helpScrollU, helpScrollD, helpAbandon     key.Binding
	helpRetention                             key.Binding
	// helpChoose[n] names the answer keys of a question with n options.
	helpChoose [6]key.Binding
}

// DefaultKeyMap returns the app's key bindings: arrows and vim keys.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	km := KeyMap{
		Up:           b([]string{"up", "k"}, "↑/k", "up"),
		Down:         b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:       b([]string{"pgup", "ctrl+b"}, "pgup", "page up"),
		PageDown:     b([]string{"pgdown", "ctrl+f", "space"}, "pgdn", "page down"),
		Top:          b([]string{"home", "g"}, "g/home", "first"),
		Bottom:       b([]string{"end", "G"}, "G/end", "last"),
		Focus:        b([]string{"tab", "shift+tab"}, "tab", "switch pane"),
		Open:         b([]string{"enter", "right", "l"}, "enter", "details"),
		Close:        b([]string{"left", "h"}, "←/h", "back to the list"),
		Back:         b([]string{"esc"}, "esc", "back"),
		Filter:       b([]string{"/"}, "/", "filter"),
		ClearFilter:  b([]string{"esc"}, "esc", "clear filter"),
		AcceptFilter: b([]string{"enter", "down", "up"}, "enter", "done"),
		Vendor:       b([]string{"v"}, "v", "vendor codes"),
		Team:         b([]string{"d"}, "d", "team deck codes"),
		Jump:         b([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, "0-9", "go to code"),
		ScrollUp:     b([]string{"ctrl+u", "K"}, "ctrl+u", "scroll detail up"),
		ScrollDown:   b([]string{"ctrl+d", "J"}, "ctrl+d", "scroll detail down"),

		Browse: b([]string{"b"}, "b", "browse"),
		Quiz:   b([]string{"t"}, "t", "quiz"),
		Review: b([]string{"r"}, "r", "review"),
		Stats:  b([]string{"s"}, "s", "stats"),

		Choose:    b([]string{"1", "2", "3", "4", "5", "a", "b", "c", "d", "e"}, "1-4/a-d", "answer"),
		Submit:    b([]string{"enter"}, "enter", "answer"),
		Hint:      b([]string{"h"}, "h", "hint"), // ? is the help
		Continue:  b([]string{"enter", "space"}, "enter", "continue"),
		Practice:  b([]string{"p"}, "p", "practise missed"),
		NewQuiz:   b([]string{"n"}, "n", "new quiz"),
		NextField: b([]string{"tab", "down", "j"}, "↓/tab", "next"),
		PrevField: b([]string{"shift+tab", "up", "k"}, "↑", "previous"),
		Left:      b([]string{"left", "h"}, "←/→", "change"),
		Right:     b([]string{"right", "l"}, "→", "change"),
		Start:     b([]string{"enter"}, "enter", "start"),

		RetentionDown: b([]string{"left", "-"}, "←/-", "desired retention −1%"),
		RetentionUp:   b([]string{"right", "+", "="}, "→/+", "desired retention +1%"),

		Help:      b([]string{"?"}, "?", "help"),
		CloseHelp: b([]string{"?", "esc", "q"}, "esc", "back"),
		Quit:      b([]string{"q", "ctrl+c"}, "q", "quit"),
		ForceQuit: b([]string{"ctrl+c"}, "ctrl+c", "quit"),
	}
	km.helpMove = b(append(km.Up.Keys(), km.Down.Keys()...), "↑↓", "move")
	km.helpCard = b(km.Open.Keys(), "enter", "card")
	km.helpField = b(append(km.PrevField.Keys(), km.NextField.Keys()...), "↑↓", "field")
	km.helpScroll = b(km.ScrollDown.Keys(), "ctrl+d", "scroll")
	km.helpScrollCard = b(append(km.Up.Keys(), km.Down.Keys()...), "↑↓", "scroll")
	km.helpScrollD = b(km.ScrollDown.Keys(), "ctrl+d", "scroll down")
	km.helpScrollU = b(km.ScrollUp.Keys(), "ctrl+u", "scroll up")
	km.helpLeave = b(km.Back.Keys(), "esc", "leave")
	km.helpLeaveSaved = b(km.Back.Keys(), "esc", "leave (answers are saved)")
	km.helpDigits = b(km.Jump.Keys(), "0-9", "type the code")
	km.helpAbandon = b(km.NewQuiz.Keys(), "n", "leave this quiz for a new one")
	km.helpRetention = b(append(km.RetentionDown.Keys(), km.RetentionUp.Keys()...), "←/→", "retention")
	for n := 2; n < len(km.helpChoose); n++ {
		km.helpChoose[n] = b(km.Choose.Keys(), fmt.Sprintf("1-%d/a-%c", n, 'a'+n-1), "answer")
	}
	return km
}

// helpKeys is one screen's view of the key map for the help bar (short)
// and the full help (?).
type helpKeys struct {
	// short is most important first, and ends with the two keys that stay
	// at every width (help and quit): a bar too narrow for all of them
	// drops the others from the end.
	short []key.Binding
	full  [][]key.Binding
	// noScreens: the screen keys do not apply now (a quiz question, where
	// letters are answers).
	noScreens bool
}

func (h helpKeys) ShortHelp() []key.Binding  { return h.short }
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }
