package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestStartBuildsInInit: the model a program starts with builds the app in
// Init, draws the frame New would, and hands the app itself to the program
// at the first message.
func TestStartBuildsInInit(t *testing.T) {
	o := testOptions()
	o.Width, o.Height = 80, 24
	s := Start(o)
	if c, ok := s.(interface{ Close() error }); !ok {
		t.Fatal("the starter cannot be closed")
	} else if err := c.Close(); err != nil {
		t.Fatalf("Close before Init: %v", err)
	}
	if s.Init() == nil {
		t.Fatal("Init returned no command: the app's Init (the background colour, the progress) was not run")
	}
	first := s.View().Content
	requireSize(t, first, 80, 24)
	if want := New(o).View().Content; first != want {
		t.Fatalf("the first frame differs from the app's:\n%s\n---\n%s", first, want)
	}
	next, _ := s.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	app, ok := next.(Model)
	if !ok {
		t.Fatalf("after a message the program holds %T, want ui.Model", next)
	}
	requireSize(t, app.View().Content, 100, 30)
	if err := app.Close(); err != nil {
		t.Fatal(err)
	}
}
