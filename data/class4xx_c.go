package data

// clientErrorsC holds the registry codes 418–451 of the 4xx class.
var clientErrorsC = []Entry{
	{
		Code:      418,
		Phrase:    "(Unused)",
		Status:    Reserved,
		Tier:      Rare,
		Reference: "RFC9110, Section 15.5.19",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/418",
		Summary:   "Reserved: a teapot joke spread so far that the number can't be reused",
		Explanation: "418 is a reserved number, not a working status code. " +
			"It started as a joke. RFC 2324, the Hyper Text Coffee Pot Control Protocol published on April 1, 1998, " +
			"had a teapot answer 418 when asked to brew coffee, and RFC 7168 (HTCPCP-TEA) carried the joke on in 2014. " +
			"So many servers and libraries implemented it for fun that RFC 9110 reserved the number: for now it cannot be " +
			"assigned to any other use. If you do receive a 418, it is a joke or a deliberate brush-off; " +
			"handle it like any other client error and read the body.",
		WhenToUse: []string{
			"Never for a real error: the number is reserved and carries no standard meaning.",
			"At most as a harmless Easter egg, where no program has to act on the answer.",
		},
		WhenNotToUse: []string{
			"To turn away bots or unwanted clients: use 403, or 429 if they are simply sending too fast.",
			"For a service that cannot do the job right now: use 503.",
			"For a new meaning in your own API: pick the standard code that fits, because 418 will not be assigned to it.",
		},
		SeeAlso: []SeeAlso{
			{Code: 418, Slug: "teapot", Why: "The teapot entry is the joke meaning that libraries ship; this entry is the registry's reservation."},
			{Code: 306, Why: "306 is the other reserved number: dropped from an earlier HTTP spec, not made famous by a joke."},
			{Code: 403, Why: "403 is the real code for refusing a request you will not serve."},
		},
		Example: Example{
			Request: []string{"GET /coffee HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 418 I'm a teapot",
				"Content-Type: text/plain",
				"",
				"This server is a teapot. It answers 418 as a joke.",
			},
		},
		Notes: []string{
			"RFC 2324 (HTCPCP/1.0), an April 1 RFC from 1998, defined 418 for a teapot asked to brew coffee (RFC 2324 §2.3.2).",
			"RFC 7168 (HTCPCP-TEA), another April 1 RFC from 2014, extended the protocol to tea and kept 418 (RFC 7168 §2.3.3).",
			"The reservation is not forever: if the 4xx numbers ever run out, 418 can be given a new use (RFC 9110 §15.5.19).",
			"Go, Node and Python still ship 418 with the phrase \"I'm a teapot\"; see the 418-teapot entry " +
				"(Go net/http, Node http.STATUS_CODES, Python http.HTTPStatus).",
		},
		Scenarios: []Scenario{
			{
				Text: "An author drafting a new 4xx status code looks for a free number in the 41x range. One that looks " +
					"free may not be assigned, because an April Fools' RFC made it too popular.",
				Why: "RFC 9110 reserves this number because the joke was deployed so widely that it cannot be reused for now.",
			},
		},
	},
	{
		Code:      421,
		Phrase:    "Misdirected Request",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.5.20",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/421",
		Summary:   "This connection reached a server that can't answer for that host name",
		Explanation: "The request reached a server that cannot or will not answer for the host name in the URL. " +
			"HTTP/2 and HTTP/3 let a client reuse one connection for several host names, for example when one TLS certificate covers them all. " +
			"If the server on that connection is not set up for one of those names, it answers 421. " +
			"Only an origin server, or a gateway acting for it, sends 421; a proxy must never generate it. " +
			"The client may send the same request again over a new connection opened for that host.",
		WhenToUse: []string{
			"A request arrives over a connection that was set up for a different host name, and this server cannot serve that name.",
			"The request's host matches no origin your server is configured for, and a fresh connection would reach the right server.",
		},
		WhenNotToUse: []string{
			"The Host header is missing or malformed: use 400.",
			"You are a proxy and the upstream failed: a proxy must never send 421, so use 502 or 504.",
			"The host is right but nothing exists at the path: use 404.",
		},
		SeeAlso: []SeeAlso{
			{Code: 400, Why: "400 is for a malformed request; 421 is for a valid request that reached the wrong server."},
			{Code: 404, Why: "404 means the server serves that host but has nothing at the path; 421 means it does not serve the host."},
			{Code: 502, Why: "502 is a gateway reporting a bad upstream answer; 421 says this connection is the wrong way in."},
		},
		Example: Example{
			Request: []string{"GET /settings HTTP/1.1", "Host: admin.example.com"},
			Response: []string{
				"HTTP/1.1 421 Misdirected Request",
				"Content-Type: text/plain",
				"",
				"This connection cannot serve admin.example.com.",
			},
		},
		Notes: []string{
			"421 was first defined by HTTP/2 (RFC 7540 §9.1.2) and is now part of core HTTP (RFC 9110 §15.5.20).",
			"A client may retry on a different connection even when repeating the request could have side effects, as with POST (RFC 9110 §15.5.20).",
			"It is no longer heuristically cacheable, because the answer depends on the connection, not only on the URL " +
				"(RFC 9110 Appendix B.3).",
		},
		Scenarios: []Scenario{
			{
				Text: "A site moves admin.example.com to its own backend but keeps one wildcard certificate. Browsers that reuse " +
					"an HTTP/2 connection opened for www.example.com get an error on the admin pages, then succeed after retrying " +
					"on a new connection.",
				Why: "The server behind the shared connection cannot answer for admin.example.com, so it tells the client to " +
					"reach that host over its own connection.",
			},
		},
	},
	{
		Code:      422,
		Phrase:    "Unprocessable Content",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.5.21",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/422",
		Summary:   "The request parses fine, but what it says fails validation",
		Keywords:  []string{"validation", "invalid field"},
		Explanation: "The server accepts the media type and could parse the body, but it cannot act on what the body says. " +
			"Typical cases: a required field is empty, a value is out of range, or two dates are in the wrong order. " +
			"It is the usual answer to validation errors in JSON APIs. " +
			"The client should read the error details in the body, fix the data and send it again; " +
			"sending the same request unchanged will fail the same way.",
		WhenToUse: []string{
			"The JSON or XML parses, but a field fails validation: wrong format, out of range, or missing.",
			"The data is well-formed but contradicts itself, such as an end date before the start date.",
		},
		WhenNotToUse: []string{
			"The body cannot be parsed at all, such as broken JSON or bad framing: use 400.",
			"The server does not accept the body's media type or encoding at all: use 415.",
			"The data is valid but clashes with the resource's current state, such as an edit based on an old version: use 409.",
		},
		Headers: []Header{
			{Name: "Content-Type", Why: "Describe what failed in the body; application/problem+json (RFC 9457) is a standard format for API errors."},
		},
		SeeAlso: []SeeAlso{
			{Code: 400, Why: "400 is the general client error, typically a request that could not be parsed; 422 is the more specific answer when it parsed but the content is invalid."},
			{Code: 415, Why: "415 rejects the media type itself; 422 accepts the media type and rejects what it says."},
			{Code: 409, Why: "409 is about a clash with the resource's current state, not about invalid input."},
		},
		Example: Example{
			Request: []string{
				"POST /users HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"",
				`{"email": "bob(at)example", "age": -3}`,
			},
			Response: []string{
				"HTTP/1.1 422 Unprocessable Content",
				"Content-Type: application/problem+json",
				"",
				`{"title": "Validation failed", "errors": {"email": "not a valid address", "age": "must be 0 or more"}}`,
			},
		},
		FormerNames: []string{"Unprocessable Entity"},
		Notes: []string{
			"WebDAV introduced the code as \"Unprocessable Entity\" (RFC 4918 §11.2); RFC 9110 moved it into core HTTP " +
				"under its new name (RFC 9110 §15.5.21, Appendix B.3).",
			"Python, Go and Node still use the old phrase \"Unprocessable Entity\"; programs should check the number, " +
				"never the phrase (RFC 9110 §15.1).",
			"Clients should expect the same request, sent again unchanged, to fail with the same error (MDN 422).",
		},
		Scenarios: []Scenario{
			{
				Text: "A signup form posts well-formed JSON to an API, but the email field holds \"bob(at)example\" " +
					"and the password is two characters long.",
				Why: "The body parses and its media type is accepted; the values fail validation, which is exactly what this code says. " +
					"400, the general client error, is the usual answer when the JSON itself cannot be read.",
				Versus: []int{400},
			},
			{
				Text: "A hotel booking API receives valid JSON whose check-out date is three days before the check-in date.",
				Why: "Nothing is wrong with the syntax; the instruction itself makes no sense, so the server cannot carry it out. " +
					"400 is for requests that cannot be parsed.",
				Versus: []int{400},
			},
			{
				Text:   "An order API receives a correctly typed JSON body that asks for a quantity of -5 of a product.",
				Why:    "-5 is a valid JSON number, so parsing succeeds; a negative quantity is a semantic error, not a syntax error.",
				Versus: []int{400},
			},
		},
	},
	{
		Code:      423,
		Phrase:    "Locked",
		Tier:      Rare,
		Reference: "RFC4918",
		URL:       "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.3",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/423",
		Summary:   "WebDAV: someone holds a lock on this resource and you lack its token",
		Explanation: "A WebDAV server refuses the method because the resource it would read from or write to is locked. " +
			"Usually another user or program took a write lock with the LOCK method, for example an office app that has " +
			"the file open from a network drive. " +
			"The lock's owner gets through by sending its lock token in the If header; everyone else has to wait until " +
			"the lock is released or times out. Ordinary websites and browsers almost never see this code.",
		WhenToUse: []string{
			"A WebDAV client tries to PUT, MOVE or DELETE a resource that another client has locked, without sending the lock token.",
			"A LOCK request conflicts with a lock that someone else already holds on the resource.",
		},
		WhenNotToUse: []string{
			"The change clashes with the resource's current state but no lock is involved: use 409.",
			"A conditional header such as If-Match turned out false: use 412.",
			"The user simply has no permission to change the resource: use 403.",
		},
		Headers: []Header{
			{Name: "If", Why: "The request header a lock owner uses to submit its lock token; without the token, a locked resource refuses the change (RFC 4918 §10.4)."},
			{Name: "Content-Type", Why: "application/xml: the body SHOULD name the failed condition, such as lock-token-submitted or no-conflicting-lock (RFC 4918 §11.3)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 409, Why: "409 is a general clash with the resource's state; 423 says exactly that a lock is in the way."},
			{Code: 412, Why: "412 is a precondition the client sent that was false; 423 is a lock the client did not hold."},
			{Code: 424, Why: "424 marks steps that failed because another step failed, often a step that hit a lock."},
		},
		Example: Example{
			Request: []string{
				"PUT /docs/budget.xlsx HTTP/1.1",
				"Host: dav.example.com",
				"Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			},
			Response: []string{
				"HTTP/1.1 423 Locked",
				`Content-Type: application/xml; charset="utf-8"`,
				"",
				`<?xml version="1.0" encoding="utf-8" ?>`,
				`<D:error xmlns:D="DAV:"><D:lock-token-submitted><D:href>/docs/budget.xlsx</D:href></D:lock-token-submitted></D:error>`,
			},
		},
		Notes: []string{
			"423 comes from WebDAV, the HTTP extension for editing files on a server (RFC 4918 §11.3).",
			"Browsers visiting ordinary web pages should never meet it (MDN 423).",
		},
		Scenarios: []Scenario{
			{
				Text: "A colleague has budget.xlsx open for editing from a WebDAV network share. When you try to save your " +
					"own version over it through the same share, the save is refused.",
				Why: "The colleague's office app holds a write lock on the file, and your request carried no token for it.",
			},
		},
	},
	{
		Code:      424,
		Phrase:    "Failed Dependency",
		Tier:      Rare,
		Reference: "RFC4918",
		URL:       "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/424",
		Summary:   "This step failed only because another step it relied on failed",
		Explanation: "This part of the request was not carried out because it relied on another part, and that other part failed. " +
			"It comes from WebDAV: a PROPPATCH must apply all of its property changes or none, " +
			"so when one change is refused, the others are reported with 424. " +
			"You usually meet it inside a 207 Multi-Status body, next to the status of the step that really failed. " +
			"The client should fix that step and send the whole request again.",
		WhenToUse: []string{
			"One part of an all-or-nothing request failed, and you report the other parts as not done because of it.",
			"Inside a 207 Multi-Status body, to mark the operations that were skipped because another one failed.",
		},
		WhenNotToUse: []string{
			"A database or backend your server relies on failed: that is a server problem, so use 500, 502 or 503.",
			"The request as a whole is malformed or invalid: use 400 or 422.",
		},
		SeeAlso: []SeeAlso{
			{Code: 207, Why: "207 is the envelope with one status per resource; 424 is one of the statuses inside it."},
			{Code: 423, Why: "423 is the real cause when a lock blocks one step; 424 marks the steps that failed along with it."},
			{Code: 502, Why: "502 is for a failing upstream server; 424 is for a failed step of the client's own request."},
		},
		Example: Example{
			Request: []string{
				"PROPPATCH /docs/plan.txt HTTP/1.1",
				"Host: dav.example.com",
				"Content-Type: application/xml",
				"",
				`<D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:example:props"><D:set><D:prop><Z:owner>Ada</Z:owner><D:getetag>"x1"</D:getetag></D:prop></D:set></D:propertyupdate>`,
			},
			Response: []string{
				"HTTP/1.1 207 Multi-Status",
				"Content-Type: application/xml; charset=utf-8",
				"",
				`<D:multistatus xmlns:D="DAV:" xmlns:Z="urn:example:props">`,
				"  <D:response><D:href>/docs/plan.txt</D:href>",
				"    <D:propstat><D:prop><Z:owner/></D:prop><D:status>HTTP/1.1 424 Failed Dependency</D:status></D:propstat>",
				"    <D:propstat><D:prop><D:getetag/></D:prop><D:status>HTTP/1.1 403 Forbidden</D:status></D:propstat>",
				"  </D:response>",
				"</D:multistatus>",
			},
		},
		Notes: []string{
			"PROPPATCH is all-or-nothing: either every instruction in it is carried out or none is (RFC 4918 §9.2).",
			"In WebDAV, 424 normally travels inside a 207 Multi-Status response rather than as the status of the whole response (RFC 4918 §9.2, §11.4).",
			"Despite the name, 424 is not for failures of services behind your server; it is a 4xx, a problem with the request (RFC 9110 §15.5).",
		},
		Scenarios: []Scenario{
			{
				Text: "A WebDAV client sends one PROPPATCH that sets three custom properties. The server refuses one of them " +
					"because it is read-only, and reports that the other two were not applied either.",
				Why: "PROPPATCH is all-or-nothing, so the two valid changes failed only because the refused one did.",
			},
		},
	},
	{
		Code:      425,
		Phrase:    "Too Early",
		Tier:      Rare,
		Reference: "RFC8470",
		URL:       "https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/425",
		Summary:   "Sent in TLS early data; send it again once the handshake is done",
		Explanation: "The server would not act on a request that arrived in TLS 1.3 early data (0-RTT), because an attacker " +
			"could replay such data and make the action happen twice. " +
			"Early data lets a returning client send a request before the TLS handshake finishes, which saves a round trip " +
			"but gives no protection against replay. " +
			"The client that sent the request in early data must retry it on its own once the handshake is complete, " +
			"and that retry must not go in early data. " +
			"Users rarely see 425 for that reason.",
		WhenToUse: []string{
			"A request that changes something, such as a payment, arrives in early data and processing it twice would do harm.",
			"An origin receives a request that a gateway marked with Early-Data: 1 and cannot process it safely.",
		},
		WhenNotToUse: []string{
			"The request is safe to replay, such as a GET of a public page: just answer it with 200.",
			"The request did not come in early data and carries no Early-Data header: the client may be unable to retry, " +
				"so the server should not send 425 (RFC 8470 §5.2).",
			"The server is overloaded: use 503.",
		},
		Headers: []Header{
			{Name: "Early-Data", Why: "Request header with the value 1: an intermediary that forwards a request before its own handshake completes MUST add it (RFC 8470 §5.1)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 421, Why: "421 asks for a retry on a different connection; 425 asks for a retry once the handshake is complete."},
			{Code: 503, Why: "503 says the server is overloaded or down; 425 is only about the risk of a replayed request."},
		},
		Example: Example{
			Request: []string{
				"POST /payments HTTP/1.1",
				"Host: api.example.com",
				"Early-Data: 1",
				"Content-Type: application/json",
				"",
				`{"amount": 4999, "currency": "USD"}`,
			},
			Response: []string{
				"HTTP/1.1 425 Too Early",
				"Content-Type: text/plain",
				"",
				"Send this request again after the TLS handshake completes.",
			},
		},
		Notes: []string{
			"Early data is a feature of TLS 1.3, and RFC 8470 says how HTTP deals with it (RFC 8446; RFC 8470 §1).",
			"An intermediary must pass a 425 back to its client if the request it received already carried Early-Data: 1. " +
				"If it received the request in early data itself, it may instead retry once its own handshake is done (RFC 8470 §5.2).",
			"A client that sent the request in early data must retry a 425 automatically, and the retry must not be sent in early data (RFC 8470 §5.2).",
			"A 425 is not cacheable by default (RFC 8470 §5.2).",
		},
		Scenarios: []Scenario{
			{
				Text: "A mobile app resumes a TLS session with 0-RTT and sends a \"charge card\" POST in its very first flight. " +
					"The CDN forwards it to the origin with a header saying it came in before the handshake, and the origin declines for now.",
				Why: "Data sent before the handshake finishes could be replayed, so the origin asks for the request again after the handshake.",
			},
		},
	},
	{
		Code:      426,
		Phrase:    "Upgrade Required",
		Tier:      Common,
		Reference: "RFC9110, Section 15.5.22",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.22",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/426",
		Summary:   "Switch protocols first; the Upgrade header names the one required",
		Explanation: "The server refuses to handle the request over the protocol the client is using, but would handle it " +
			"after the client switches to another one. It must name the protocol or protocols it wants in an Upgrade header. " +
			"One case you may meet is a WebSocket endpoint that receives a plain HTTP request without the upgrade handshake. " +
			"The client should repeat the request using the named protocol, for example with a proper WebSocket handshake.",
		WhenToUse: []string{
			"An endpoint only works over another protocol, such as WebSocket, and a client reached it with a plain HTTP request.",
			"A WebSocket handshake asks for a protocol version the server does not speak.",
		},
		WhenNotToUse: []string{
			"To move a website from http:// to https://: redirect with 301 or 308.",
			"The server does not support the HTTP major version used: use 505.",
			"The client asked to upgrade and you agree: answer 101 and switch.",
		},
		Headers: []Header{
			{Name: "Upgrade", Why: "MUST be sent with 426 to name the required protocol(s) (RFC 9110 §15.5.22)."},
			{Name: "Connection", Why: "Whoever sends Upgrade MUST also list \"upgrade\" in Connection, so intermediaries do not forward it (RFC 9110 §7.8)."},
			{Name: "Sec-WebSocket-Version", Why: "When a WebSocket handshake offers an unsupported version, lists the versions the server does speak (RFC 6455 §4.2.2)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 101, Why: "101 is the yes: the server agrees to switch. 426 is the server asking the client to switch first."},
			{Code: 505, Why: "505 rejects the HTTP major version itself; 426 names another protocol the server would accept."},
			{Code: 400, Why: "400 is for a malformed request; 426 is for a fine request over the wrong protocol."},
		},
		Example: Example{
			Request: []string{"GET /chat HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 426 Upgrade Required",
				"Upgrade: websocket",
				"Connection: Upgrade",
				"Content-Type: text/plain",
				"",
				"This endpoint only speaks WebSocket.",
			},
		},
		Notes: []string{
			"426 first appeared in RFC 2817 (2000), written for upgrading an HTTP/1.1 connection to TLS; " +
				"RFC 9110 now defines it (RFC 2817; RFC 9110 §15.5.22).",
			"The WebSocket spec suggests 426 when a handshake asks for a version the server does not support (RFC 6455 §4.2.2).",
		},
		Scenarios: []Scenario{
			{
				Text: "A developer opens a chat server's real-time endpoint in a normal browser tab and gets an error page " +
					"saying the endpoint needs a different protocol, with a response header naming websocket.",
				Why: "A plain GET reached an endpoint that only works after switching protocols, and the server names the protocol it needs.",
			},
			{
				Text: "An old client library offers WebSocket protocol version 8 in its handshake; the server only supports " +
					"version 13 and rejects the handshake, listing the versions it speaks.",
				Why: "The server will not go on with what the client offered and points the client to the protocol version it does support.",
			},
		},
	},
	{
		Code:      428,
		Phrase:    "Precondition Required",
		NoStore:   true,
		Tier:      Common,
		Reference: "RFC6585",
		URL:       "https://www.rfc-editor.org/rfc/rfc6585.html#section-3",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/428",
		Summary:   "Send this change as a conditional request, with If-Match",
		Explanation: "The server insists that this request be conditional, and it was not: it had no If-Match or similar header. " +
			"Servers do this to prevent lost updates, where two clients read the same version, both edit it, and the second " +
			"save silently overwrites the first. " +
			"The client should fetch the resource, keep its ETag, and send the change again with If-Match carrying that ETag. " +
			"The response body should tell the client what to add so that its next attempt goes through.",
		WhenToUse: []string{
			"Your API requires If-Match on PUT, PATCH or DELETE, and a client sent a change without any precondition.",
			"You want every writer to prove it has seen the latest version before it may overwrite it.",
		},
		WhenNotToUse: []string{
			"The client did send If-Match but the ETag no longer matches: use 412.",
			"The change clashes with the current state in a way no header expresses: use 409.",
			"A GET without If-None-Match: that only means the client has no cached copy, so answer 200.",
		},
		Headers: []Header{
			{Name: "If-Match", Why: "The header the client should add: the ETag from its last GET, so the change applies only to that version (RFC 9110 §13.1.1)."},
			{Name: "If-Unmodified-Since", Why: "A date-based alternative when the resource has no ETag (RFC 9110 §13.1.4)."},
			{Name: "ETag", Why: "Sent by the server on GET; it is the value the client echoes back in If-Match."},
		},
		SeeAlso: []SeeAlso{
			{Code: 412, Why: "412: the client sent a precondition and it was false. 428: the client sent none at all."},
			{Code: 409, Why: "409 reports a clash with the current state; 428 only demands the header that would detect one."},
		},
		Example: Example{
			Request: []string{
				"PUT /docs/42 HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"",
				`{"title": "Q3 plan", "body": "…"}`,
			},
			Response: []string{
				"HTTP/1.1 428 Precondition Required",
				"Content-Type: application/json",
				"",
				`{"error": "Send If-Match with the ETag from your last GET of /docs/42."}`,
			},
		},
		Notes: []string{
			"428 is optional for servers, so clients cannot count on it to prevent lost updates; send If-Match anyway (RFC 6585 §7.1).",
			"RFC 6585 (2012) added 428 together with 429, 431 and 511 (RFC 6585).",
		},
		Scenarios: []Scenario{
			{
				Text: "Two editors both load document 42 from an API. One client library sends its PUT with no version header " +
					"at all, and the server turns it away before looking at the content.",
				Why:    "The server demands a precondition and none was sent. 412 would mean a precondition was sent and turned out false.",
				Versus: []int{412},
			},
			{
				Text: "A new mobile client's DELETE calls all fail on an API whose docs say every delete must carry the " +
					"resource's ETag; the client never sends one.",
				Why:    "The server requires deletes to be conditional, and these requests carried no condition at all.",
				Versus: []int{412},
			},
		},
	},
	{
		Code:      429,
		Phrase:    "Too Many Requests",
		NoStore:   true,
		Tier:      Essential,
		Reference: "RFC6585",
		URL:       "https://www.rfc-editor.org/rfc/rfc6585.html#section-4",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429",
		Summary:   "Rate limited: this client sent too many requests; wait, then retry",
		Keywords:  []string{"rate limit", "throttle", "quota"},
		Explanation: "The server is rate limiting: this client, identified by API key, user, IP address or the like, has sent " +
			"more requests in a time window than the server allows. The problem is the caller's pace, not the server's health. " +
			"The server may send Retry-After to say how long to wait. The client should pause at least that long, " +
			"then retry with back-off instead of hammering in a tight loop.",
		WhenToUse: []string{
			"A client goes over its request quota, whether per second, per minute or per day.",
			"One user or API key repeats an action too often, such as login attempts, and should back off for a while.",
		},
		WhenNotToUse: []string{
			"The whole service is overloaded or down for maintenance, for everyone: use 503.",
			"The client is not allowed at all, however slowly it asks: use 403.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "MAY be sent (RFC 6585 §4): seconds or an HTTP date; a polite client waits at least that long."},
		},
		SeeAlso: []SeeAlso{
			{Code: 503, Why: "503: the service cannot cope for anyone. 429: this one client is going too fast."},
			{Code: 403, Why: "403 refuses the client outright; 429 refuses only for now, until it slows down."},
			{Code: 420, Slug: "twitter", Why: "420 was Twitter's old nonstandard rate-limit code; its later API used 429."},
		},
		Example: Example{
			Request: []string{
				"GET /v1/search?q=shoes HTTP/1.1",
				"Host: api.example.com",
				"Authorization: Bearer 3f9c…",
			},
			Response: []string{
				"HTTP/1.1 429 Too Many Requests",
				"Retry-After: 30",
				"Content-Type: application/json",
				"",
				`{"error": "Rate limit of 100 requests per minute exceeded."}`,
			},
		},
		Notes: []string{
			"RFC 6585 leaves it to the server how it identifies the client and counts requests: per resource, " +
				"per server, by credentials or by cookie (RFC 6585 §4).",
			"Servers are not required to send 429; under a flood, simply dropping connections may be the better choice (RFC 6585 §7.2).",
			"When specific clients are being rate limited, the right answer is 429, not 503 (MDN 503).",
		},
		Scenarios: []Scenario{
			{
				Text: "A script loops over 10,000 user IDs, calling a public API as fast as it can. After the first hundred calls " +
					"every answer tells it to wait 60 seconds, while other customers' calls keep working normally.",
				Why:    "Only this caller is held back, for going too fast; the service itself is healthy, which rules out 503.",
				Versus: []int{503},
			},
			{
				Text: "A load test from a single office IP address pushes an API past its per-IP limit, while monitoring " +
					"shows the servers at 20% CPU.",
				Why:    "The refusal comes from a per-client quota, not from a lack of capacity. 503 would mean the service is struggling.",
				Versus: []int{503},
			},
			{
				Text: "After five wrong passwords in one minute, a login endpoint refuses further attempts for that account " +
					"for a while and says when to try again.",
				Why: "Too many attempts in a time window is rate limiting: the limit lifts on its own, and Retry-After says when. " +
					"423 is WebDAV's lock on a resource, and 403 would be a refusal that waiting does not change.",
				Versus: []int{403, 423},
			},
		},
	},
	{
		Code:      431,
		Phrase:    "Request Header Fields Too Large",
		NoStore:   true,
		Tier:      Common,
		Reference: "RFC6585",
		URL:       "https://www.rfc-editor.org/rfc/rfc6585.html#section-5",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/431",
		Summary:   "The request's headers are too big, very often from too many cookies",
		Explanation: "The request's headers are bigger than the server is prepared to read, either in total or because " +
			"of one oversized header. The usual culprits are cookies that piled up for a domain, an oversized token in " +
			"Authorization, or a very long Referer. " +
			"The client can retry after making the headers smaller; for a person in a browser, clearing the site's cookies often fixes it. " +
			"When a single header is at fault, the response should say which one.",
		WhenToUse: []string{
			"The total size of the request headers is over your server's limit.",
			"A single header, such as Cookie or Authorization, is longer than you accept.",
		},
		WhenNotToUse: []string{
			"The request body is too large: use 413.",
			"The URL itself is too long: use 414.",
			"The headers are malformed rather than too big: use 400.",
		},
		Headers: []Header{
			{Name: "Cookie", Why: "The request header most often at fault: cookies accumulate per site and travel with every request (MDN 431)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 413, Why: "413 is about the body; 431 is about the headers."},
			{Code: 414, Why: "414 is about the URL in the request line; 431 is about the header fields after it."},
			{Code: 494, Slug: "nginx", Why: "nginx handles oversized headers internally as 494, but sends (and logs) 400 instead of 431."},
		},
		Example: Example{
			Request: []string{
				"GET /dashboard HTTP/1.1",
				"Host: example.com",
				"Cookie: session=8f2a…; prefs=…; ab_test_1=…; ab_test_2=… (about 12 KB in all)",
			},
			Response: []string{
				"HTTP/1.1 431 Request Header Fields Too Large",
				"Content-Type: text/plain",
				"",
				"The Cookie header is too large. Clear this site's cookies and try again.",
			},
		},
		Notes: []string{
			"Servers are not required to use 431; under attack they may just drop the connection (RFC 6585 §7.3).",
		},
		Scenarios: []Scenario{
			{
				Text: "After months of A/B tests, each setting its own cookie on the company's domain, some long-time users " +
					"suddenly cannot load any page of the site, while new visitors can.",
				Why: "The pile of cookies makes every request's headers bigger than the server accepts.",
			},
			{
				Text: "A service starts packing all of a user's group memberships into the bearer token; users in many groups " +
					"now get errors on every API call, while others are fine.",
				Why: "The Authorization header alone has grown past the server's limit for a single header field.",
			},
		},
	},
	{
		Code:      451,
		Phrase:    "Unavailable For Legal Reasons",
		Tier:      Common,
		Reference: "RFC7725",
		URL:       "https://www.rfc-editor.org/rfc/rfc7725.html#section-3",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/451",
		Summary:   "Blocked because of a legal demand, such as a court order",
		Keywords:  []string{"censorship", "blocked"},
		Explanation: "The server denies access because of a legal demand: a court order, a government block or a takedown under local law. " +
			"The server doing the blocking need not be the origin; it can be an intermediary such as a network provider. " +
			"The body should explain the demand: who made it, under which law, and whom and what it applies to. " +
			"Changing the request will not help; the block lasts until the legal situation changes.",
		WhenToUse: []string{
			"You must withhold a resource because of a court order, a government demand or a legal takedown.",
			"A network provider or other intermediary blocks a resource on legal grounds and wants to say so openly.",
		},
		WhenNotToUse: []string{
			"The refusal is your own policy or a matter of permissions, not a legal demand: use 403.",
			"The content was removed for good by your own choice: use 410.",
			"To send a client to another server: use a 3xx redirect (the Exchange ActiveSync meaning of 451 is vendor-specific).",
		},
		Headers: []Header{
			{Name: "Link", Why: "SHOULD identify who is doing the blocking (not who demanded it), with rel=\"blocked-by\" (RFC 7725 §4)."},
			{Name: "Cache-Control", Why: "451 is heuristically cacheable; set an explicit lifetime if the block may be lifted (RFC 7725 §3)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 403, Why: "403 is a refusal for the server's own reasons; 451 says a legal demand forces the refusal."},
			{Code: 404, Why: "404 says nothing is there; 451 neither confirms nor denies that the resource exists."},
			{Code: 451, Slug: "exchange", Why: "Exchange ActiveSync uses 451 for \"Redirect\", telling a mail client to use another server."},
		},
		Example: Example{
			Request: []string{"GET /articles/leaked-memo HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 451 Unavailable For Legal Reasons",
				`Link: <https://example.com/legal>; rel="blocked-by"`,
				"Content-Type: text/html",
				"",
				"<p>This article is unavailable in your country because of a court order (case 2024-117).</p>",
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"Sending 451 does not confirm that the resource exists; even without the legal demand the request might fail (RFC 7725 §3).",
			"The number is a nod to Ray Bradbury's novel Fahrenheit 451, and the RFC thanks Bradbury in its acknowledgments (RFC 7725).",
		},
		Scenarios: []Scenario{
			{
				Text: "A news site receives a court injunction and must stop showing one article to readers in a certain " +
					"country; those readers should be told why the article is missing.",
				Why: "The content is withheld because of a legal demand, and the response can name the order.",
			},
			{
				Text: "A regulator orders an internet provider to block a file-sharing site. The provider answers requests " +
					"for it with a page citing the order and a header pointing to the provider itself.",
				Why: "A legal demand is behind the block, and the blocked-by link identifies who is doing the blocking.",
			},
		},
	},
}
