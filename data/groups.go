package data

// Group is a set of codes that developers mix up, with the one idea that
// tells them apart.
type Group struct {
	Codes []int
	// Topic names the confusion in a few words.
	Topic string
	// Lesson is the rule of thumb that separates the codes.
	Lesson string
	// Question is what to ask oneself to tell them apart, without the
	// answer: the quiz's hint.
	Question string
}

var groups = []Group{
	{
		Codes:    []int{401, 403},
		Question: "Does the server still need valid credentials, or does it refuse the request itself?",
		Topic:    "not signed in, or not allowed",
		Lesson: "401: the server does not know who you are (or refused your credentials); signing in can help. " +
			"403: it understood the request and refuses it; repeating it with the same credentials will not help, " +
			"though an account with more rights may succeed.",
	},
	{
		Codes:    []int{301, 308},
		Question: "Is the move for good, and must the method and body survive it?",
		Topic:    "permanent redirects",
		Lesson: "Both are permanent. 301 lets clients turn a POST into a GET on the way, and browsers do; " +
			"308 keeps the method and the body.",
	},
	{
		Codes:    []int{302, 303, 307},
		Question: "Should the client keep the method, or fetch something else with GET?",
		Topic:    "temporary redirects",
		Lesson: "302 may turn a POST into a GET; 303 always fetches the new URL with GET or HEAD (Post/Redirect/Get); " +
			"307 keeps the method and the body.",
	},
	{
		Codes:    []int{400, 422},
		Question: "Could the server read the request at all, or only not accept what it says?",
		Topic:    "broken or invalid requests",
		Lesson: "400: the server sees any client error in the request, such as syntax it cannot parse or broken " +
			"framing, and it is the fallback for a 4xx a client does not know. 422: the request parses and its " +
			"media type is fine, but what it says cannot be processed, such as a failed validation.",
	},
	{
		Codes:    []int{404, 410},
		Question: "Does the server know the removal is deliberate and permanent?",
		Topic:    "missing resources",
		Lesson: "404 says nothing is there and makes no promise about the future. 410 says it was removed " +
			"on purpose, probably for good, and links to it should go.",
	},
	{
		Codes:    []int{502, 503, 504},
		Question: "Did the upstream answer badly, not answer in time, or is the service itself unable to cope?",
		Topic:    "gateway and availability failures",
		Lesson: "502: a gateway got a broken answer from upstream. 504: it got no answer in time. " +
			"503: the service is overloaded or down for maintenance, for now.",
	},
	{
		Codes:    []int{409, 412},
		Question: "Did a condition the client sent in a header fail, or does the request clash with the resource's state?",
		Topic:    "conflicts and failed preconditions",
		Lesson: "412: a condition the client put in the request headers (If-Match …) was false. " +
			"409: the request clashes with the resource's current state, with no header condition involved.",
	},
	{
		Codes:    []int{429, 503},
		Question: "Is it this client's pace, or the service's load for everyone?",
		Topic:    "too many requests, or too much load",
		Lesson: "429 is about this client sending too fast (rate limiting). 503 is about the service being " +
			"unable to cope for everyone.",
	},
	{
		Codes:    []int{405, 501},
		Question: "Does the server know the method at all, or only refuse it here?",
		Topic:    "unsupported methods",
		Lesson: "405: this resource does not allow the method, though the server knows it (send Allow). " +
			"501: the server does not implement the method or feature at all.",
	},
}

// Groups returns the classic confusions.
func Groups() []Group { return groups }
