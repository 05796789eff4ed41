package data

// ClassInfo describes one of the five classes of status codes.
type ClassInfo struct {
	Class Class
	// Name is the class's name in RFC 9110 §15 ("Informational" …).
	Name string
	// Gist says in a few words what a code of the class tells the client.
	Gist string
	// Description says, in plain words, what a code of this class tells the
	// client.
	Description string
	// Unknown says what a client must do with a code of this class it does
	// not recognise (RFC 9110 §15: treat it as the x00 of the class).
	Unknown string
}

// Label is "4xx Client Error" and the like.
func (c ClassInfo) Label() string { return c.Class.String() + " " + c.Name }

var classes = [...]ClassInfo{
	{
		Class: 1,
		Name:  "Informational",
		Gist:  "an interim answer; the final response is still to come.",
		Description: "An interim answer sent before the real one: the request was received and the " +
			"server is still at work, or the connection is about to change protocol. A 1xx never carries a " +
			"body and never ends an exchange: the final response follows on the same connection, except " +
			"after 101, when the connection goes on in the new protocol.",
		Unknown: "A client that meets a 1xx it does not know treats it like 100: it keeps waiting for the " +
			"final response. A user agent may simply ignore unexpected 1xx responses (RFC 9110 §15.2).",
	},
	{
		Class: 2,
		Name:  "Successful",
		Gist:  "the request succeeded.",
		Description: "The server received, understood and accepted the request. Which 2xx tells the " +
			"client what kind of success: here is the result (200), something new was made (201), it " +
			"will be done later (202), done with nothing to send back (204).",
		Unknown: "A client that meets a 2xx it does not know treats it like 200 OK: the request succeeded.",
	},
	{
		Class: 3,
		Name:  "Redirection",
		Gist:  "the client has to take another step, such as following a redirect or reusing its cached copy.",
		Description: "The client has to take another step to finish the request, usually to follow the " +
			"Location header to another URL, or to use the copy it already has (304). Which 3xx says " +
			"whether the move is permanent and whether the method may change.",
		Unknown: "A client that meets a 3xx it does not know treats it like 300 Multiple Choices; if a " +
			"Location header is present it may follow it.",
	},
	{
		Class: 4,
		Name:  "Client Error",
		Gist:  "the request itself is at fault.",
		Description: "The request itself is at fault: it is malformed, unauthenticated, forbidden, aimed " +
			"at something that does not exist, or too much, too fast. Sending the same request again " +
			"usually fails the same way, so the client has to change something first; a few invite a " +
			"retry as it is (408 and 421 may be retried, 425 must be, and 429 after a wait).",
		Unknown: "A client that meets a 4xx it does not know treats it like 400 Bad Request. RFC 9110's " +
			"own example: an unrecognised 471 is handled as a 400 (§15).",
	},
	{
		Class: 5,
		Name:  "Server Error",
		Gist:  "the server failed to carry out a request that may well have been fine.",
		Description: "The request may well have been fine, but the server, or a server behind it, failed " +
			"to carry it out. Many 5xx are temporary: a later retry, ideally with back-off, can succeed.",
		Unknown: "A client that meets a 5xx it does not know treats it like 500 Internal Server Error. " +
			"Codes outside 100–599 are invalid; a client should handle them like a 5xx (RFC 9110 §15).",
	},
}

// Classes returns the five classes in order.
func Classes() []ClassInfo { return classes[:] }

// InfoOf returns the description of a class; ok is false outside 1..5.
func InfoOf(c Class) (ClassInfo, bool) {
	if c < 1 || c > 5 {
		return ClassInfo{}, false
	}
	return classes[c-1], true
}
