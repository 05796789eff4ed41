package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the app. The help bar and the full
// help are built from these same bindings, so they cannot drift apart.
type KeyMap struct {
	// Moving around.
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Focus                                   key.Binding // switch between list and detail
	Open                                    key.Binding // open the detail (narrow layout)
	Back                                    key.Binding
	Filter                                  key.Binding
	ClearFilter                             key.Binding
	AcceptFilter                            key.Binding
	Vendor                                  key.Binding
	Jump                                    key.Binding // type digits to jump to a code (help only)
	ScrollUp, ScrollDown                    key.Binding // scroll the detail pane

	// Screens.
	Browse, Quiz, Review, Stats key.Binding

	// Quiz.
	Choose, Submit, Hint, Continue key.Binding
	Practice, NewQuiz              key.Binding
	NextField, PrevField           key.Binding
	Left, Right                    key.Binding

	Help, Quit key.Binding
}

// DefaultKeyMap returns the app's key bindings: arrows and vim keys.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:           b([]string{"up", "k"}, "↑/k", "up"),
		Down:         b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:       b([]string{"pgup", "ctrl+b"}, "pgup", "page up"),
		PageDown:     b([]string{"pgdown", "ctrl+f", "space"}, "pgdn", "page down"),
		Top:          b([]string{"home", "g"}, "g/home", "first"),
		Bottom:       b([]string{"end", "G"}, "G/end", "last"),
		Focus:        b([]string{"tab", "shift+tab"}, "tab", "switch pane"),
		Open:         b([]string{"enter", "right", "l"}, "enter", "details"),
		Back:         b([]string{"esc"}, "esc", "back"),
		Filter:       b([]string{"/"}, "/", "filter"),
		ClearFilter:  b([]string{"esc"}, "esc", "clear filter"),
		AcceptFilter: b([]string{"enter", "down", "up"}, "enter", "done"),
		Vendor:       b([]string{"v"}, "v", "vendor codes"),
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

		Help: b([]string{"?"}, "?", "help"),
		Quit: b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// helpKeys is one screen's view of the key map for the help bar (short)
// and the full help (?).
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
	// noScreens: the screen keys do not apply now (a quiz question, where
	// letters are answers).
	noScreens bool
}

func (h helpKeys) ShortHelp() []key.Binding  { return h.short }
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }
