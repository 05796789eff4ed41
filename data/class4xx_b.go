package data

// clientErrorsB holds the registry codes 406 to 417.
var clientErrorsB = []Entry{
	{
		Code:      406,
		Phrase:    "Not Acceptable",
		Tier:      Common,
		Reference: "RFC9110, Section 15.5.7",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.7",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/406",
		Summary:   "I can't produce any format or language your Accept headers allow",
		Explanation: "The client listed the formats, languages or encodings it is willing to take, and the server has " +
			"no version of the resource that fits that list. " +
			"Rather than send something the client did not ask for, the server refuses. " +
			"The response body should list the versions that do exist so the user or client can pick one. " +
			"The client can loosen its Accept headers, for example by adding */* with a low weight, and try again.",
		WhenToUse: []string{
			"The client asks only for a format you cannot produce, and sending your default format would be useless to it.",
			"A client has explicitly said it accepts nothing else, for example with */*;q=0, and you have no match.",
		},
		WhenNotToUse: []string{
			"You can reasonably send a default format anyway: that is allowed, and a 200 with the default is often friendlier.",
			"The problem is the format of the request body the client sent, not the response it wants: use 415.",
			"No version of the resource exists at all: use 404.",
		},
		Headers: []Header{
			{Name: "Accept", Why: "The request header most often behind a 406: the list of media types the client will take."},
			{Name: "Accept-Language", Why: "Another negotiation header the server may honor with a 406 when no language on offer matches."},
			{Name: "Accept-Encoding", Why: "Negotiates content codings such as gzip or br; a list that rules out every option can also end in 406."},
			{Name: "Content-Type", Why: "Labels the body, which SHOULD list the available versions; HTTP defines no standard format for that list."},
		},
		SeeAlso: []SeeAlso{
			{Code: 415, Why: "415 rejects the format of the body the client sent; 406 rejects the format it asked to receive."},
			{Code: 300, Why: "300 offers a choice of versions up front; 406 says none of them fit the client's stated limits."},
			{Code: 200, Why: "A server may ignore Accept and send its default version with 200 instead of refusing."},
		},
		Example: Example{
			Request: []string{
				"GET /reports/42 HTTP/1.1",
				"Host: api.example.com",
				"Accept: application/xml",
			},
			Response: []string{
				"HTTP/1.1 406 Not Acceptable",
				"Content-Type: application/json",
				"",
				`{"error": "available formats: application/json, text/csv"}`,
			},
		},
		Notes: []string{
			"Servers are free to ignore a negotiation header they cannot satisfy and send a default version instead; " +
				"a 406 is the strict option, not the required one (RFC 9110 §12.4.1).",
			"A client that really wants a 406 rather than a surprise format can send Accept: */*;q=0 alongside its real " +
				"preferences, but it must still cope with a server that ignores it (RFC 9110 §12.4.3).",
		},
		Scenarios: []Scenario{
			{
				Text: "An API client asks for /reports/42 and says it will only take XML. The API can produce JSON and CSV, " +
					"and its developers chose to refuse rather than fall back to JSON.",
				Why: "The server has no version of the report in a format the client said it can use, and it will not send a default.",
			},
			{
				Text: "A client library is pinned to ask only for version 3 of an API's vendor-specific JSON format. " +
					"The server stopped offering version 3 and refuses rather than answering in version 4.",
				Why: "The client's stated format preferences rule out everything the server still produces, and the server chose not to send a default.",
			},
		},
	},
	{
		Code:      407,
		Phrase:    "Proxy Authentication Required",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.5.8",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.8",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/407",
		Summary:   "Like 401, but it's the proxy in between that wants you to log in",
		Explanation: "The request went through a proxy, and the proxy itself wants credentials before it will pass the " +
			"request on. " +
			"The target server never saw the request, so this says nothing about whether you may use that server. " +
			"The proxy must include a Proxy-Authenticate header describing how to log in. " +
			"The client should send the request again with a Proxy-Authorization header carrying the proxy credentials.",
		WhenToUse: []string{
			"You run a forward proxy, such as an office or school gateway, that only serves known users.",
			"A proxy receives a request with missing or rejected Proxy-Authorization credentials.",
		},
		WhenNotToUse: []string{
			"The origin server itself needs the user to log in: use 401 with WWW-Authenticate.",
			"The user is known but not allowed to do this: use 403.",
			"You are a reverse proxy or gateway in front of your own site: to clients you act as the origin, so use 401.",
		},
		Headers: []Header{
			{Name: "Proxy-Authenticate", Why: "MUST be sent: at least one challenge saying which scheme the proxy accepts (RFC 9110 §11.7.1)."},
			{Name: "Proxy-Authorization", Why: "The request header the client MAY add on retry, carrying its credentials for the proxy."},
		},
		SeeAlso: []SeeAlso{
			{Code: 401, Why: "401 is the origin server asking for credentials; 407 is a proxy on the way asking for its own."},
			{Code: 403, Why: "403 means the answer stays no even with credentials; 407 invites a retry with proxy credentials."},
		},
		Example: Example{
			Request: []string{
				"CONNECT api.example.com:443 HTTP/1.1",
				"Host: api.example.com:443",
			},
			Response: []string{
				"HTTP/1.1 407 Proxy Authentication Required",
				`Proxy-Authenticate: Basic realm="Office proxy"`,
				"Content-Length: 0",
			},
		},
		Notes: []string{
			"Proxy-Authenticate and Proxy-Authorization concern only the next hop: the proxy consumes the credentials " +
				"instead of forwarding them to the origin, unless proxies in a chain are set up to share them (RFC 9110 §11.7.1, §11.7.2).",
			"A proxy must not change WWW-Authenticate or Authorization fields it forwards, so origin and proxy logins " +
				"can be used at the same time (RFC 9110 §11.6.1, §11.6.2).",
		},
		Scenarios: []Scenario{
			{
				Text: "On a company laptop, a command-line tool fails to reach a public package registry. The error comes " +
					"from the office's outbound gateway, which wants a username and password before forwarding anything.",
				Why: "The intermediary, not the registry, is asking the client to identify itself, and it says how in Proxy-Authenticate.",
			},
		},
	},
	{
		Code:      408,
		Phrase:    "Request Timeout",
		Tier:      Common,
		Reference: "RFC9110, Section 15.5.9",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/408",
		Summary:   "You took too long to send your request, so the server stopped waiting",
		Explanation: "The server was waiting for the client to finish sending a request, and the full message did not " +
			"arrive in the time the server allows. " +
			"It is the client that was slow here, not the server or anything behind it. " +
			"Servers also send it on idle connections that browsers opened in advance and never used. " +
			"The client may send the request again, on a fresh connection if the old one can no longer be trusted.",
		WhenToUse: []string{
			"A client opened a connection but the request line and headers did not arrive in time.",
			"A client started sending a body and then stalled partway through.",
		},
		WhenNotToUse: []string{
			"Your server, or a service it calls, was too slow to produce the answer: that is a server-side problem (500, or 504 for a gateway).",
			"The client is sending too many requests, not too slowly: use 429.",
			"The client gave up waiting for you: nothing is sent, though nginx logs it as 499.",
		},
		Headers: []Header{
			{Name: "Connection", Why: "Connection: close tells the client this connection is finished. RFC 7231 §6.5.7 said a server SHOULD send it; RFC 9110 dropped that sentence, but MDN 408 still advises it."},
		},
		SeeAlso: []SeeAlso{
			{Code: 504, Why: "504 is a gateway tired of waiting for the upstream server; 408 is a server tired of waiting for the client."},
			{Code: 499, Slug: "nginx", Why: "nginx logs 499 when the client hangs up first; 408 is the server giving up on the client."},
			{Code: 429, Why: "429 complains that a client sends too often; 408 that it sent too slowly."},
		},
		Example: Example{
			Request: []string{
				"POST /upload HTTP/1.1",
				"Host: example.com",
				"Content-Type: application/octet-stream",
				"Content-Length: 5000000",
				"",
				"(about 200 KB arrive, then the client goes quiet)",
			},
			Response: []string{
				"HTTP/1.1 408 Request Timeout",
				"Connection: close",
				"Content-Type: text/plain",
				"",
				"Timed out waiting for the rest of the request.",
			},
		},
		Notes: []string{
			"RFC 9110 itself does not say the server closes the connection; it says the client MAY repeat an " +
				"outstanding request and will need a new connection if the current one is unusable (RFC 9110 §15.5.9).",
			"HTTP/1.1 lets a server that receives an incomplete request, for example after a timeout, send an error " +
				"response before closing the connection (RFC 9112 §8).",
			"Some servers send 408 on an idle connection even before any request, and some just close it without " +
				"sending anything (MDN 408).",
		},
		Scenarios: []Scenario{
			{
				Text: "A phone on a weak signal starts a photo upload. After the first few hundred kilobytes, no more data " +
					"arrives for a minute, and the web server stops waiting.",
				Why: "The server did not get the complete request within the time it was prepared to wait.",
			},
			{
				Text: "A browser opens a spare connection to a site in case the user clicks a link, then sends nothing on " +
					"it. A while later the server answers on that connection and shuts it.",
				Why: "Servers send this on idle preconnected sockets to say they are dropping them.",
			},
		},
	},
	{
		Code:      409,
		Phrase:    "Conflict",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.5.10",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/409",
		Summary:   "Your request clashes with the resource's current state; fix and retry",
		Keywords:  []string{"duplicate", "version conflict", "edit conflict"},
		Explanation: "The request is understood, but carrying it out would clash with the state the resource is in " +
			"right now. " +
			"A typical case is an edit based on an old version, or an action that cannot run while another is in progress. " +
			"The server should explain the clash in the body so the user can sort it out. " +
			"The client should fetch the current state, resolve the difference, and send the request again.",
		WhenToUse: []string{
			"A PUT carries changes based on an older version than the one the server now holds.",
			"An action cannot happen in the resource's current state, such as starting a job that is already running.",
			"A create request would clash with something that already exists, such as a name that must be unique.",
		},
		WhenNotToUse: []string{
			"A condition the client put in If-Match, If-Unmodified-Since or If-None-Match turned out false: use 412.",
			"You require clients to send such a condition and this one did not: use 428.",
			"The data is simply invalid whatever the current state: use 422 or 400.",
		},
		Headers: []Header{
			{Name: "Content-Type", Why: "The body SHOULD explain the clash well enough for the user to fix it (RFC 9110 §15.5.10); label it, e.g. application/problem+json."},
		},
		SeeAlso: []SeeAlso{
			{Code: 412, Why: "412 is a failed header condition the client set; 409 is a clash the server found on its own."},
			{Code: 428, Why: "428 says the server insists on a conditional request; 409 involves no header condition."},
			{Code: 422, Why: "422 rejects data that is invalid on its own; 409 rejects data that clashes with the current state."},
			{Code: 423, Why: "423 (WebDAV) says the resource is locked; 409 covers clashes in general."},
		},
		Example: Example{
			Request: []string{
				"PUT /api/docs/17 HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"",
				`{"version": 7, "title": "Q3 plan"}`,
			},
			Response: []string{
				"HTTP/1.1 409 Conflict",
				"Content-Type: application/problem+json",
				"",
				`{"title": "Edit conflict", "detail": "You edited version 7; the current version is 8."}`,
			},
		},
		Notes: []string{
			"RFC 9110 names PUT on versioned resources as the most likely source of this code, with the body " +
				"ideally helping the user merge the two sets of changes (RFC 9110 §15.5.10).",
			"In WebDAV, creating a collection whose parent collection does not exist fails with this code (RFC 4918 §9.3.1).",
		},
		Scenarios: []Scenario{
			{
				Text: "A notes API keeps a version number inside each JSON document. A client PUTs an edit that carries " +
					"\"version\": 7 in its body, but the stored note is already at version 8. The request has no If-Match or other conditional header.",
				Why: "The server spotted the clash by comparing the body with the current state. " +
					"412 would need a condition in the request headers to fail.",
				Versus: []int{412},
			},
			{
				Text: "An admin clicks \"Start export\" while last night's export job is still running, and the service " +
					"allows only one export at a time.",
				Why: "The action cannot run in the resource's current state, and the user can fix that by waiting or cancelling the old job.",
			},
			{
				Text: "A WebDAV client asks to create the folder /projects/2024/reports/ but /projects/2024/ does not exist yet.",
				Why:  "The server will not create missing parents on its own; the client must create them first and retry.",
			},
		},
	},
	{
		Code:      410,
		Phrase:    "Gone",
		Tier:      Common,
		Reference: "RFC9110, Section 15.5.11",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.11",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/410",
		Summary:   "It used to be here, it was removed on purpose, and it's not coming back",
		Keywords:  []string{"deleted", "removed"},
		Explanation: "The resource was taken away deliberately, and the server expects the removal to be permanent. " +
			"Unlike 404, this is a clear statement: stop asking, and remove links that point here. " +
			"It suits things like expired promotions or accounts of people who have left. " +
			"If the server cannot tell whether the removal is permanent, it should answer 404 instead.",
		WhenToUse: []string{
			"A page or API resource was retired on purpose and you want links and bookmarks to it dropped.",
			"A time-limited resource, such as a campaign page, has ended for good.",
		},
		WhenNotToUse: []string{
			"You do not know, or cannot tell, whether the absence is permanent: use 404.",
			"The content moved to a new address: use 301 or 308 so clients can follow it.",
			"The content was removed for legal reasons: use 451.",
		},
		Headers: []Header{
			{Name: "Cache-Control", Why: "410 is heuristically cacheable; set an explicit lifetime if you might bring the URL back."},
		},
		SeeAlso: []SeeAlso{
			{Code: 404, Why: "404 makes no claim about the future; 410 says the removal is intended and permanent."},
			{Code: 301, Why: "301 points to where the content went; 410 says there is nowhere to go."},
			{Code: 451, Why: "451 says the content is blocked for legal reasons, not simply retired."},
		},
		Example: Example{
			Request: []string{"GET /promo/summer-2024 HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 410 Gone",
				"Content-Type: text/html",
				"",
				`<p>This offer has ended. See <a href="/offers">current offers</a>.</p>`,
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"The server owner decides whether to mark removed resources this way and for how long; nothing requires " +
				"keeping the mark forever (RFC 9110 §15.5.11).",
		},
		Scenarios: []Scenario{
			{
				Text: "A shop takes down its summer-sale landing page when the sale ends and wants search engines and " +
					"partner sites to drop their links to it.",
				Why: "The removal is deliberate and final, and the owner wants links removed. " +
					"404 would leave open whether the page might come back.",
				Versus: []int{404},
			},
			{
				Text: "A forum deletes a member's profile at the member's request. The URL will never be reused, and the forum " +
					"wants search engines and other sites to drop their links to it.",
				Why:    "The server knows the profile existed and was taken down on purpose, for good. 404 would leave the future open.",
				Versus: []int{404},
			},
		},
	},
	{
		Code:      411,
		Phrase:    "Length Required",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.5.12",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.12",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/411",
		Summary:   "Tell me the size of your request body up front with Content-Length",
		Explanation: "The client sent, or started to send, a request body without saying in advance how many bytes it holds. " +
			"This server refuses to accept a body of unknown size. " +
			"It usually happens when the client streams the body in chunks instead of giving a Content-Length. " +
			"The client may send the request again with a valid Content-Length header.",
		WhenToUse: []string{
			"Your server, or the gateway in front of it, must know the body size before it reads the body.",
			"A client sends a chunked request body and you cannot or will not buffer it to find its length.",
		},
		WhenNotToUse: []string{
			"The size is known and simply too big: use 413.",
			"The Content-Length value is malformed or contradicts the framing: use 400.",
		},
		Headers: []Header{
			{Name: "Content-Length", Why: "The request header the server wants; the client MAY retry once it adds a valid one."},
			{Name: "Transfer-Encoding", Why: "A request sent with Transfer-Encoding: chunked has no Content-Length, which is the usual trigger."},
		},
		SeeAlso: []SeeAlso{
			{Code: 413, Why: "413 knows the size and finds it too big; 411 refuses because the size was not given."},
			{Code: 400, Why: "400 covers broken framing; 411 is a valid request the server won't take without a length."},
		},
		Example: Example{
			Request: []string{
				"POST /translate HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"Transfer-Encoding: chunked",
			},
			Response: []string{
				"HTTP/1.1 411 Length Required",
				"Content-Type: text/plain",
				"",
				"Send the request again with a Content-Length header.",
			},
		},
		Notes: []string{
			"HTTP/1.1 explicitly lets a server reject a request that has a body but no Content-Length (RFC 9112 §6.3).",
			"Clients that know the body size are advised to send Content-Length rather than chunked, because some " +
				"services answer chunked uploads with this code even though they understand chunked (RFC 9112 §6.3).",
		},
		Scenarios: []Scenario{
			{
				Text: "A Node.js script streams a JSON body to an API by writing it in pieces, so no size header is sent. " +
					"The API's gateway needs the size before it will read anything, and rejects the request.",
				Why: "The server refuses a body whose size was not declared up front.",
			},
		},
	},
	{
		Code:      412,
		Phrase:    "Precondition Failed",
		Tier:      Common,
		Reference: "RFC9110, Section 15.5.13",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.13",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/412",
		Summary:   "The If- condition you sent is false, so I didn't touch the resource",
		Keywords:  []string{"etag", "if-match", "optimistic locking", "lost update"},
		Explanation: "The client made its request conditional, for example \"only save this if the document is still " +
			"the version I loaded\", and the condition turned out false. " +
			"The server therefore did nothing. " +
			"This is how HTTP prevents lost updates, where one user silently overwrites another's changes. " +
			"The client should fetch the current version, merge or redo its change, and try again with the new ETag.",
		WhenToUse: []string{
			"An If-Match or If-Unmodified-Since condition is false on a PUT, POST, PATCH or DELETE.",
			"An If-None-Match condition is false on any method other than GET or HEAD, such as a PUT with If-None-Match: *.",
		},
		WhenNotToUse: []string{
			"The same failed If-None-Match check on a GET or HEAD: use 304.",
			"The client sent no condition but you require one: use 428.",
			"The request clashes with the current state with no header condition involved: use 409.",
		},
		Headers: []Header{
			{Name: "If-Match", Why: "The usual cause: the entity tag the client holds no longer matches the current one."},
			{Name: "If-Unmodified-Since", Why: "Same idea with a date instead of a tag; ignored when If-Match is also present."},
			{Name: "If-None-Match", Why: "With * on a PUT it means \"create only\"; for methods other than GET/HEAD a false result MUST be 412 (RFC 9110 §13.1.2)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 409, Why: "409 is a clash the server finds itself; 412 is a condition the client wrote turning out false."},
			{Code: 428, Why: "428 demands that the client send a condition; 412 means it sent one and it failed."},
			{Code: 304, Why: "304 is the answer to a failed If-None-Match on GET/HEAD; other methods get 412."},
		},
		Example: Example{
			Request: []string{
				"PUT /wiki/Home HTTP/1.1",
				"Host: example.com",
				`If-Match: "v41"`,
				"Content-Type: text/markdown",
				"",
				"# Home (edited)",
			},
			Response: []string{
				"HTTP/1.1 412 Precondition Failed",
				"Content-Type: application/json",
				"",
				`{"error": "The page changed since you loaded it. Reload, merge and save again."}`,
			},
		},
		Notes: []string{
			"When an If-Match check fails but the requested change already seems to be in place, the server MAY answer " +
				"with a 2xx instead (RFC 9110 §13.1.1).",
			"MDN calls the problem this prevents a \"mid-air collision\" (MDN 412).",
		},
		Scenarios: []Scenario{
			{
				Text: "Two people open the same wiki page. The first saves. The second saves with If-Match set to the " +
					"ETag they received when they loaded the page, which the first save has replaced.",
				Why: "The client's own header condition failed, so nothing was written. " +
					"409 would mean the server found a clash without any header condition, and 428 that no condition was sent.",
				Versus: []int{409, 428},
			},
			{
				Text: "A deploy tool uploads config.json with PUT and If-None-Match: * so it never overwrites an existing " +
					"file, but another tool created that file a moment earlier.",
				Why: "A false If-None-Match on a method other than GET or HEAD must be answered this way; a GET would get 304 instead.",
			},
		},
	},
	{
		Code:      413,
		Phrase:    "Content Too Large",
		Tier:      Common,
		Reference: "RFC9110, Section 15.5.14",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/413",
		Summary:   "Your request body is bigger than this server will accept",
		Keywords:  []string{"upload size", "file too large"},
		Explanation: "The body of the request, such as an uploaded file or a big JSON document, is bigger than " +
			"this server will take. " +
			"The server may stop reading partway, and in HTTP/1.1 it may simply close the connection. " +
			"If the limit is only temporary, the server should say when to retry with Retry-After. " +
			"Otherwise the client must send less, for example by compressing, splitting or resizing the data.",
		WhenToUse: []string{
			"An upload or request body exceeds the size limit of your server, proxy or endpoint.",
			"The declared Content-Length already shows the body will be over the limit, before you read it.",
		},
		WhenNotToUse: []string{
			"The URL is too long: use 414.",
			"The headers are too big: use 431.",
			"The body size is unknown and you require it: use 411.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "SHOULD be sent if the condition is temporary, to say when the client MAY try again (RFC 9110 §15.5.14)."},
			{Name: "Content-Length", Why: "The request header that lets a server reject an oversized body before reading it."},
		},
		SeeAlso: []SeeAlso{
			{Code: 414, Why: "414 is about an oversized URL; 413 about an oversized body."},
			{Code: 431, Why: "431 is about oversized header fields; 413 about an oversized body."},
			{Code: 411, Why: "411 refuses a body of unknown size; 413 refuses a body known to be too big."},
			{Code: 507, Why: "507 (WebDAV) means the server has run out of storage, not that your request is over a limit."},
		},
		Example: Example{
			Request: []string{
				"POST /avatars HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: image/png",
				"Content-Length: 26214400",
			},
			Response: []string{
				"HTTP/1.1 413 Content Too Large",
				"Content-Type: application/json",
				"",
				`{"error": "Images are limited to 5 MB."}`,
			},
		},
		FormerNames: []string{"Payload Too Large", "Request Entity Too Large"},
		Notes: []string{
			"The name changed over time: \"Request Entity Too Large\" in RFC 2616, \"Payload Too Large\" in RFC 7231, " +
				"and \"Content Too Large\" since RFC 9110 (RFC 2616 §10.4.14; RFC 7231 §6.5.11; MDN 413).",
			"Runtimes disagree: Go's net/http (and Python 3.11) say \"Request Entity Too Large\", while Node says " +
				"\"Payload Too Large\" (Go StatusText; Python 3.11 HTTPStatus; Node http.STATUS_CODES).",
			"nginx returns this code when a body exceeds client_max_body_size, which defaults to 1 MB, so large " +
				"uploads behind nginx often fail here first (nginx docs: client_max_body_size).",
		},
		Scenarios: []Scenario{
			{
				Text: "A user uploads a 25 MB photo to a profile-picture endpoint whose limit is 5 MB.",
				Why:  "The request body is bigger than the server is willing to process.",
			},
			{
				Text: "A file upload works on a developer's laptop but fails in production, where the app sits behind an " +
					"nginx reverse proxy left at its default body-size limit of 1 MB.",
				Why: "The proxy refuses the request body as over its limit before the app ever sees it.",
			},
		},
	},
	{
		Code:      414,
		Phrase:    "URI Too Long",
		Tier:      Common,
		Reference: "RFC9110, Section 15.5.15",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/414",
		Summary:   "The URL you asked for is longer than this server is willing to read",
		Explanation: "The target URL, usually its query string, is longer than the server will parse. " +
			"It often means data that belongs in a request body was packed into the URL, for instance a big form " +
			"sent with GET instead of POST. " +
			"It can also come from a redirect loop that keeps adding to the URL, or from an attack. " +
			"The client should move the data into a POST body or shorten the URL.",
		WhenToUse: []string{
			"The request target is longer than any URL your server is prepared to parse.",
			"A client keeps following a redirect that appends to the URL each time, so the URL grows without limit.",
		},
		WhenNotToUse: []string{
			"The request body is too big: use 413.",
			"The header fields as a whole, such as cookies, are too big: use 431.",
			"The URL is malformed rather than long: use 400.",
		},
		Headers: []Header{
			{Name: "Cache-Control", Why: "414 is heuristically cacheable; send explicit cache controls if that is not what you want."},
		},
		SeeAlso: []SeeAlso{
			{Code: 413, Why: "413 is an oversized body; 414 an oversized URL."},
			{Code: 431, Why: "431 is oversized header fields; 414 an oversized request target."},
			{Code: 400, Why: "400 is a URL that is malformed; 414 a URL that is well formed but too long."},
		},
		Example: Example{
			Request: []string{
				"GET /search?ids=10001,10002,10003,...(about 40,000 more characters) HTTP/1.1",
				"Host: example.com",
			},
			Response: []string{
				"HTTP/1.1 414 URI Too Long",
				"Content-Type: text/html",
				"",
				"<h1>The address is too long</h1>",
			},
		},
		HeuristicallyCacheable: true,
		FormerNames:            []string{"Request-URI Too Long", "Request-URI Too Large"},
		Notes: []string{
			"HTTP sets no maximum URL length, but senders and recipients are advised to support at least 8000 octets (RFC 9110 §4.1).",
			"In HTTP/1.1, a server that gets a request target longer than it is willing to parse MUST answer with this code (RFC 9112 §3).",
			"The variant name \"Request-URI Too Large\" still shows up in some servers' error pages (MDN 414).",
		},
		Scenarios: []Scenario{
			{
				Text: "A dashboard builds a GET request whose query string lists 5,000 selected product IDs, and the web server refuses to read it.",
				Why:  "The request target is longer than the server is willing to interpret; the IDs belong in a POST body.",
			},
			{
				Text: "A misconfigured rewrite rule redirects /a to /a/a, then /a/a to /a/a/a, and so on. After many hops " +
					"the server rejects the next request without looking at it.",
				Why: "A redirect loop kept growing the URL until it passed the server's limit.",
			},
		},
	},
	{
		Code:      415,
		Phrase:    "Unsupported Media Type",
		Tier:      Common,
		Reference: "RFC9110, Section 15.5.16",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.16",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/415",
		Summary:   "I don't accept request bodies in the format or encoding you sent",
		Keywords:  []string{"content-type", "media type"},
		Explanation: "The body the client sent is in a format this endpoint does not take for this method. " +
			"The server can tell from the Content-Type or Content-Encoding header, or by looking at the data itself. " +
			"A common cause is a missing or wrong Content-Type, such as sending JSON labeled as form data. " +
			"The client should resend the body in a supported format, with the right header.",
		WhenToUse: []string{
			"The request's Content-Type is not one this endpoint accepts, for example XML sent to a JSON-only API.",
			"The body uses a content coding, such as gzip or br, that the server cannot decode.",
		},
		WhenNotToUse: []string{
			"The body is in a supported format but will not parse: use 400.",
			"The body parses but its values are invalid: use 422.",
			"The client asked to receive a format you cannot produce: use 406.",
		},
		Headers: []Header{
			{Name: "Accept", Why: "Can be sent in the response to list the media types the endpoint would have accepted (RFC 9110 §15.5.16)."},
			{Name: "Accept-Encoding", Why: "Ought to be sent when an unsupported content coding was the cause, listing the codings accepted (RFC 9110 §15.5.16)."},
			{Name: "Content-Type", Why: "The request header that most often triggers a 415 when missing or wrong."},
		},
		SeeAlso: []SeeAlso{
			{Code: 406, Why: "406 is about the format the client wants back; 415 about the format it sent."},
			{Code: 400, Why: "400 is a body in the right format that fails to parse."},
			{Code: 422, Why: "422 says the format is fine and the syntax correct, but the content is not valid."},
		},
		Example: Example{
			Request: []string{
				"POST /api/comments HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/xml",
				"",
				"<comment><text>LGTM</text></comment>",
			},
			Response: []string{
				"HTTP/1.1 415 Unsupported Media Type",
				"Accept: application/json",
				"Content-Length: 0",
			},
		},
		Notes: []string{
			"Servers can be strict about the header text itself: MDN notes that a charset written as UTF8 instead of " +
				"UTF-8 may make a server treat the media type as invalid (MDN 415).",
		},
		Scenarios: []Scenario{
			{
				Text: "A frontend posts a JSON object to a JSON-only API but forgets to label the body as JSON, so the " +
					"HTTP library marks it as form data.",
				Why: "The server sees a body format it does not accept at this endpoint.",
			},
			{
				Text: "A client compresses its upload with brotli and labels it that way, but the server only knows how to decode gzip.",
				Why:  "The body's content coding is one the server cannot handle; it can list the codings it supports in Accept-Encoding.",
			},
		},
	},
	{
		Code:      416,
		Phrase:    "Range Not Satisfiable",
		Tier:      Common,
		Reference: "RFC9110, Section 15.5.17",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/416",
		Summary:   "The byte range you asked for doesn't exist in this file",
		Explanation: "The client asked for only part of a resource with a Range header, and none of the parts it named " +
			"can be served, usually because they start beyond the end of the file. " +
			"A server may also refuse a request for many tiny or overlapping parts, since that can be an attack. " +
			"For byte ranges the server should say how long the resource really is in Content-Range. " +
			"The client should fix its offsets, or request the whole resource without Range.",
		WhenToUse: []string{
			"Every byte range requested starts at or past the end of the file.",
			"A client asks for an excessive number of small or overlapping ranges.",
		},
		WhenNotToUse: []string{
			"You do not support ranges or prefer to send everything: ignore Range and answer 200 with the full content.",
			"The ranges are valid: answer 206 with the requested parts.",
			"The request method is not GET: range handling is defined only for GET, so ignore Range and answer normally.",
		},
		Headers: []Header{
			{Name: "Content-Range", Why: "SHOULD be sent for byte ranges as bytes */<complete-length>, giving the real size (RFC 9110 §15.5.17, §14.4)."},
			{Name: "Range", Why: "The request header naming the parts the client wanted."},
		},
		SeeAlso: []SeeAlso{
			{Code: 206, Why: "206 delivers the requested ranges; 416 says none of them can be delivered."},
			{Code: 200, Why: "Servers may ignore Range and send the whole thing with 200, so clients can't count on a 416."},
		},
		Example: Example{
			Request: []string{
				"GET /files/video.mp4 HTTP/1.1",
				"Host: example.com",
				"Range: bytes=5000000-",
			},
			Response: []string{
				"HTTP/1.1 416 Range Not Satisfiable",
				"Content-Range: bytes */4194304",
			},
		},
		FormerNames: []string{"Requested Range Not Satisfiable"},
		Notes: []string{
			"A bytes range is satisfiable only if it starts before the current end of the representation, or is a " +
				"suffix range of at least one byte (RFC 9110 §14.1.2).",
			"Because servers may ignore Range, many answer an impossible range with a plain 200 and the whole file (RFC 9110 §15.5.17).",
			"A server must ignore Range on any method other than GET, the only method range handling is defined for (RFC 9110 §14.2).",
			"Browsers that get this code usually abandon resuming the download or fetch the whole file again (MDN 416).",
		},
		Scenarios: []Scenario{
			{
				Text: "A download manager resumes a file it already finished: it asks for bytes from offset 4,194,304 onward, " +
					"and the file is exactly 4,194,304 bytes long.",
				Why: "The requested part starts at the end of the file, so there is nothing to send; the real size comes back in Content-Range.",
			},
			{
				Text: "A video player remembers it stopped at byte 5,000,000 of a clip and asks for the rest. Meanwhile " +
					"the clip on the server was replaced by a shorter 4 MB version.",
				Why: "The requested part starts past the end of the current file, so no part of it can be served.",
			},
		},
	},
	{
		Code:      417,
		Phrase:    "Expectation Failed",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.5.18",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.18",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/417",
		Summary:   "A server on the path can't honor the Expect header you sent",
		Explanation: "The request carried an Expect header, and at least one server on the way cannot meet that " +
			"expectation. " +
			"The only expectation HTTP defines is 100-continue, where a client asks for a go-ahead before sending a large body. " +
			"A 417 usually means something along the path does not support that handshake, or the client sent an " +
			"expectation nobody knows. " +
			"The client should send the request again without the Expect header and include the body straight away.",
		WhenToUse: []string{
			"A request carries an Expect value other than 100-continue, which your server does not understand.",
			"Your server or proxy cannot take part in the expectation the client asked for.",
		},
		WhenNotToUse: []string{
			"You are happy to receive the body: send 100 Continue, or just read it.",
			"You can already tell from the headers that you will refuse the request: send that final status instead, such as 401, 413 or 415.",
		},
		Headers: []Header{
			{Name: "Expect", Why: "The request header being refused; in practice almost always Expect: 100-continue."},
		},
		SeeAlso: []SeeAlso{
			{Code: 100, Why: "100 is the go-ahead a client with Expect: 100-continue hopes for; 417 refuses the handshake itself."},
			{Code: 412, Why: "412 is a failed If- condition; 417 a failed Expect header."},
		},
		Example: Example{
			Request: []string{
				"PUT /videos/clip.mp4 HTTP/1.1",
				"Host: uploads.example.com",
				"Content-Type: video/mp4",
				"Content-Length: 734003200",
				"Expect: 100-continue",
			},
			Response: []string{
				"HTTP/1.1 417 Expectation Failed",
				"Content-Length: 0",
			},
		},
		Notes: []string{
			"A client that gets this code after sending Expect: 100-continue SHOULD repeat the request without that " +
				"expectation, since the code only shows that the path does not support expectations (RFC 9110 §10.1.1).",
			"A server that receives an Expect value other than 100-continue MAY answer with this code (RFC 9110 §10.1.1).",
		},
		Scenarios: []Scenario{
			{
				Text: "An upload client sends the headers for a 700 MB PUT and asks to be told to go ahead before it sends " +
					"the body. The old server it talks to does not support that handshake at all and turns the request down at once.",
				Why: "The server cannot honor the Expect header; the client should retry without it and send the body directly.",
			},
		},
	},
}
