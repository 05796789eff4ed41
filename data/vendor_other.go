package data

// vendorOther holds the unofficial codes of every other vendor, framework
// and convention.
var vendorOther = []Entry{
	{
		Code:   218,
		Phrase: "This is fine",
		Status: Unofficial,
		Vendor: "Folklore; attributed to Apache httpd (unverified)",
		Slug:   "folklore",
		Source: "http.dev/218, which traces the Apache attribution to an unsourced Wikipedia edit; " +
			"the status list scraped from httpd's http_protocol.c (jshttp/statuses src/apache.json) has no 218",
		Caveat: "Weak source: no primary document defines 218. The story that Apache httpd sends it " +
			"is unverified, and httpd's own table of status lines does not contain it.",
		Tier:      Rare,
		Reference: "http.dev: 218 This is fine",
		URL:       "https://http.dev/218",
		Summary:   "Folklore: a 2xx said to let Apache pass error pages through",
		Explanation: "218 shows up in lists of unofficial codes with a story attached: Apache httpd supposedly sends it " +
			"when ProxyErrorOverride is on, so that an error page from the backend can flow through to the client. " +
			"Nothing backs that story up: httpd's source has no 218, and the claim appears to come from an unsourced Wikipedia edit. " +
			"Treat it as trivia, not as something a server you run will send. " +
			"A client that does receive it handles it like any unknown 2xx, that is, as a 200.",
		SeeAlso: []SeeAlso{
			{Code: 200, Why: "A client that doesn't know 218 treats it as 200, and 200 is what a server sends when all is well."},
			{Code: 502, Why: "If a proxy's upstream really sent a broken answer, 502 says so; a joke 2xx hides the failure."},
		},
		Example: Example{
			Request:  []string{"GET /status HTTP/1.1", "Host: example.com"},
			Response: []string{"HTTP/1.1 218 This is fine", "Content-Type: text/plain", "Content-Length: 8", "", "all good"},
		},
		Notes: []string{
			"A client treats a code it does not recognize as the x00 of its class, so 218 is handled as 200 (RFC 9110 §15).",
			"http.dev says the Apache/ProxyErrorOverride attribution appears to come from an unsourced addition to Wikipedia (http.dev/218).",
		},
	},
	{
		Code:   418,
		Phrase: "I'm a teapot",
		Status: Unofficial,
		Vendor: "HTCPCP joke (RFC 2324, RFC 7168); shipped by Go, Node, Python and Spring",
		Slug:   "teapot",
		Source: "RFC 2324 §2.3.2 (HTCPCP/1.0, 1998) and RFC 7168 (HTCPCP-TEA, 2014); MDN 418; " +
			"RFC 9110 §15.5.19 reserves 418 as (Unused); Go net/http, Node http.STATUS_CODES, Python http.HTTPStatus",
		Tier:      Rare,
		Reference: "RFC2324 (HTCPCP/1.0), Section 2.3.2",
		URL:       "https://www.rfc-editor.org/rfc/rfc2324.html#section-2.3.2",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/418",
		Summary:   "The April Fools' teapot that refuses to brew coffee; a joke, not HTTP",
		Explanation: "RFC 2324, published on 1 April 1998, defined a joke Hyper Text Coffee Pot Control Protocol. " +
			"In it, a teapot answers 418 to any attempt to brew coffee; RFC 7168 (2014) extended the joke to tea. " +
			"It was never part of HTTP, yet Go (http.StatusTeapot), Node and Python ship it, and some sites return it " +
			"to bots or to requests they simply don't want to handle. " +
			"Because so much software knows it, the registry reserves 418 as \"(Unused)\" so that it can't be given a real meaning for now. " +
			"Enjoy it in demos and Easter eggs, but answer real clients with a registered code.",
		WhenToUse: []string{
			"As an Easter egg or in a teaching demo, where everyone knows it is a joke.",
		},
		WhenNotToUse: []string{
			"Refusing bots or requests you won't serve: use 403, or 429 if the problem is how often they call.",
			"A machine that can't do the job right now but will later: use 503.",
		},
		SeeAlso: []SeeAlso{
			{Code: 418, Why: "The registry entry: 418 is reserved as (Unused) so the joke never collides with a real meaning."},
			{Code: 503, Why: "MDN: a pot that is only out of coffee for now should say 503; 418 means it is a teapot for good."},
			{Code: 403, Why: "For a request you refuse to handle, 403 is the registered answer every client understands."},
		},
		Example: Example{
			Request:  []string{"POST /brew HTTP/1.1", "Host: example.com", "Content-Type: text/plain", "Content-Length: 6", "", "coffee"},
			Response: []string{"HTTP/1.1 418 I'm a teapot", "Content-Type: text/plain", "Content-Length: 34", "", "I'm a teapot, not a coffee machine"},
		},
		FormerNames: []string{"I'm a Teapot"},
		Notes: []string{
			"RFC 2324 allows the body of the response to be \"short and stout\" (RFC 2324 §2.3.2).",
			"RFC 9110 lists 418 as (Unused): the code was deployed so widely as a joke that it cannot be assigned to other applications currently (RFC 9110 §15.5.19).",
			"Go's http.StatusText(418) is \"I'm a teapot\"; Node and Python spell it \"I'm a Teapot\" (Go net/http StatusText, Node http.STATUS_CODES, Python http.HTTPStatus).",
			"MDN notes that some websites use it for requests they do not wish to handle, such as automated queries (MDN 418).",
		},
		Scenarios: []Scenario{
			{
				Text: "At a hackathon, a kettle-control API jokingly refuses every request to brew coffee with a code " +
					"taken from a 1998 April Fools' RFC.",
				Why: "That joke RFC defined this code for a pot that cannot brew coffee; Go, Node and Python all know it.",
			},
		},
	},
	{
		Code:   419,
		Phrase: "Page Expired",
		Status: Unofficial,
		Vendor: "Laravel",
		Slug:   "laravel",
		Source: "laravel/framework src/Illuminate/Foundation/Exceptions/Handler.php maps TokenMismatchException " +
			"(failed CSRF check) to HttpException(419); views/419.blade.php titles the page \"Page Expired\"",
		Tier:      Rare,
		Reference: "Laravel source, Foundation/Exceptions/Handler.php",
		URL:       "https://github.com/laravel/framework/blob/master/src/Illuminate/Foundation/Exceptions/Handler.php",
		Summary:   "Laravel's CSRF token didn't match, usually because the session expired",
		Explanation: "Laravel answers 419 when a request that changes something (POST, PUT, PATCH, DELETE) fails its CSRF check. " +
			"CSRF protection means the form or a header must carry a token that matches the one stored in the user's session, and this one did not. " +
			"The usual cause is a page left open until the session expired, so the token it carries is stale; " +
			"a form without @csrf or an AJAX call without the X-CSRF-TOKEN header fails the same way. " +
			"Reloading the page fetches a fresh token, and the form can then be submitted again; some versions of Laravel's 419 page " +
			"say just that: \"Sorry, your session has expired. Please refresh and try again.\"",
		Headers: []Header{
			{Name: "X-CSRF-TOKEN", Why: "Laravel also accepts the token in this request header, which is how JavaScript clients avoid the error."},
			{Name: "X-XSRF-TOKEN", Why: "The alternative request header, filled from the encrypted XSRF-TOKEN cookie Laravel sets."},
		},
		SeeAlso: []SeeAlso{
			{Code: 403, Why: "403 is the registered way to refuse a request; a client that doesn't know Laravel's 419 can only treat it as a plain 400."},
			{Code: 401, Why: "401 means credentials are missing or rejected; 419 is a stale form token, even for a signed-in user."},
			{Code: 440, Slug: "iis", Why: "Microsoft's OWA code is also about a sign-in that timed out, but in a different stack."},
			{Code: 419, Slug: "spring", Why: "The same number in Spring is an abandoned WebDAV constant with no link to sessions."},
		},
		Example: Example{
			Request: []string{
				"POST /profile HTTP/1.1", "Host: example.com",
				"Content-Type: application/x-www-form-urlencoded", "Cookie: laravel_session=eyJpdiI6...",
				"Content-Length: 27",
				"", "_token=stale0token&name=Ada",
			},
			Response: []string{"HTTP/1.1 419 unknown status", "Content-Type: text/html; charset=UTF-8", "Content-Length: 27", "", "<title>Page Expired</title>"},
		},
		Notes: []string{
			"Laravel builds on Symfony's Response class, which has no phrase for 419 and falls back to \"unknown status\"; " +
				"\"Page Expired\" is the title of Laravel's error page (Symfony HttpFoundation Response; Laravel views/419.blade.php).",
			"The check skips reading requests (GET, HEAD, OPTIONS), so only state-changing requests can get a 419 (Laravel CSRF middleware).",
		},
		Scenarios: []Scenario{
			{
				Text: "A user opens the edit form of a Laravel app, leaves for a long lunch, comes back and presses Save. " +
					"The app rejects the POST even though the user is still shown as logged in.",
				Why: "The hidden _token in the old page no longer matches the session, so Laravel's CSRF check fails with its own code.",
			},
		},
	},
	{
		Code:   419,
		Phrase: "Insufficient Space On Resource",
		Status: Unofficial,
		Vendor: "Spring Framework (deprecated constant)",
		Slug:   "spring",
		Source: "spring-projects/spring-framework spring-web/src/main/java/org/springframework/http/HttpStatus.java: " +
			"INSUFFICIENT_SPACE_ON_RESOURCE(419), @Deprecated, pointing to the changes in draft-ietf-webdav-protocol-06",
		Tier:      Rare,
		Reference: "Spring source, HttpStatus.java",
		URL:       "https://github.com/spring-projects/spring-framework/blob/main/spring-web/src/main/java/org/springframework/http/HttpStatus.java",
		Summary:   "A leftover from early WebDAV drafts, now a deprecated Spring constant",
		Explanation: "Spring's HttpStatus enum carries 419 as INSUFFICIENT_SPACE_ON_RESOURCE, marked @Deprecated with a link to the " +
			"changes made in draft-ietf-webdav-protocol-06, a WebDAV draft from before RFC 2518. " +
			"Neither RFC 2518 nor RFC 4918, the WebDAV specifications, has a 419. " +
			"You meet it when browsing the enum or lists generated from it, not from real servers. " +
			"The registered code for the same idea is 507 Insufficient Storage.",
		SeeAlso: []SeeAlso{
			{Code: 507, Why: "The registered code (RFC 4918) for a server without the storage to finish the request; use it instead."},
			{Code: 419, Slug: "laravel", Why: "Same number, different stack: in Laravel 419 means a failed CSRF check."},
		},
		Example: Example{
			Request:  []string{"PUT /files/backup.tar HTTP/1.1", "Host: example.com", "Content-Type: application/x-tar", "Content-Length: 1073741824", "Expect: 100-continue"},
			Response: []string{"HTTP/1.1 419 Insufficient Space On Resource", "Content-Type: text/plain", "Content-Length: 27", "", "No space left for this file"},
		},
		Notes: []string{
			"Spring marks INSUFFICIENT_SPACE_ON_RESOURCE @Deprecated and links to the changes in draft-ietf-webdav-protocol-06 (Spring HttpStatus.java).",
		},
	},
	{
		Code:   420,
		Phrase: "Method Failure",
		Status: Unofficial,
		Vendor: "Spring Framework (deprecated constant)",
		Slug:   "spring",
		Source: "spring-projects/spring-framework spring-web/src/main/java/org/springframework/http/HttpStatus.java: " +
			"METHOD_FAILURE(420), @Deprecated, pointing to the changes in draft-ietf-webdav-protocol-06",
		Tier:      Rare,
		Reference: "Spring source, HttpStatus.java",
		URL:       "https://github.com/spring-projects/spring-framework/blob/main/spring-web/src/main/java/org/springframework/http/HttpStatus.java",
		Summary:   "An early WebDAV draft's failure code, now a deprecated Spring constant",
		Explanation: "Spring's HttpStatus enum carries 420 as METHOD_FAILURE, marked @Deprecated with a link to the changes made " +
			"in draft-ietf-webdav-protocol-06, a WebDAV draft from before RFC 2518. " +
			"Neither RFC 2518 nor RFC 4918 has a 420. " +
			"It is a constant you may spot in Java code, not something real servers send. " +
			"For a WebDAV action that failed because another action it depended on failed, the closest registered code is 424.",
		SeeAlso: []SeeAlso{
			{Code: 424, Why: "The closest registered WebDAV code (RFC 4918) for an action that failed because one it depended on failed."},
			{Code: 420, Slug: "twitter", Why: "Same number, different meaning: Twitter's old rate-limit answer."},
		},
		Example: Example{
			Request:  []string{"MOVE /docs/old HTTP/1.1", "Host: example.com", "Destination: https://example.com/docs/new"},
			Response: []string{"HTTP/1.1 420 Method Failure", "Content-Type: text/plain", "Content-Length: 20", "", "The move was aborted"},
		},
		Notes: []string{
			"Spring marks METHOD_FAILURE @Deprecated and links to the changes in draft-ietf-webdav-protocol-06 (Spring HttpStatus.java).",
		},
	},
	{
		Code:   420,
		Phrase: "Enhance Your Calm",
		Status: Unofficial,
		Vendor: "Twitter (Search and Trends API v1, retired)",
		Slug:   "twitter",
		Source: "twitter-api-announce, 22 Dec 2009: the Search API returns 420 when rate limited from 18 Jan 2010; " +
			"Twitter developer docs, Error Codes & Responses: returned by the version 1 Search and Trends APIs when rate limited; " +
			"twittercommunity.com thread 10214: API v1.1 uses 429 instead; phrase per http.dev/420",
		Tier:      Rare,
		Reference: "Twitter Developer Community: Rate Limiting 420 and 429 codes",
		URL:       "https://twittercommunity.com/t/rate-limiting-420-and-429-codes/10214",
		Summary:   "Twitter's old \"slow down\": rate limiting in API v1, replaced by 429",
		Explanation: "Twitter's version 1 Search and Trends APIs answered 420 when a client was being rate limited, " +
			"under the tongue-in-cheek phrase \"Enhance Your Calm\". " +
			"API v1.1 moved to the registered 429 Too Many Requests, and the old search endpoint was retired. " +
			"Code that still handles 420 should treat it as rate limiting: back off and retry later. " +
			"New APIs should not send it; 429 says the same thing in a way every HTTP library understands.",
		SeeAlso: []SeeAlso{
			{Code: 429, Why: "The registered rate-limit code, which Twitter itself switched to in API v1.1; it can carry Retry-After.", Same: true},
			{Code: 420, Slug: "spring", Why: "Same number in Spring is an abandoned WebDAV \"Method Failure\"; unrelated."},
		},
		Example: Example{
			Request:  []string{"GET /search.json?q=http HTTP/1.1", "Host: api.example.com"},
			Response: []string{"HTTP/1.1 420 Enhance Your Calm", "Content-Type: application/json", "Content-Length: 38", "", "{\"error\":\"You are being rate limited\"}"},
		},
		Notes: []string{
			"Twitter announced in December 2009 that the Search API would answer rate-limited clients with 420 from 18 January 2010 (twitter-api-announce).",
			"Twitter's error code list described 420 as \"Returned by the version 1 Search and Trends APIs when you are being rate limited\" (Twitter developer docs, Error Codes & Responses).",
			"Twitter staff confirmed that API v1.1 signals rate limiting with 429, while 420 belonged to the older API (twittercommunity.com thread 10214).",
		},
		Scenarios: []Scenario{
			{
				Text: "In 2010, a hobby client that polls Twitter's search endpoint every second starts getting a 4xx " +
					"that is not in any RFC, with a jokey reason phrase.",
				Why: "Twitter's v1 Search API answered rate-limited clients with its own code before the registered 429 took over.",
			},
		},
	},
	{
		Code:   509,
		Phrase: "Bandwidth Limit Exceeded",
		Status: Unofficial,
		Vendor: "cPanel / Apache bandwidth modules (not Apache httpd core)",
		Slug:   "cpanel",
		Source: "http.dev/509 (from cPanel's bandwidth enforcement module); listed in Node's http.STATUS_CODES " +
			"and Spring's HttpStatus.BANDWIDTH_LIMIT_EXCEEDED; absent from Apache httpd's http_protocol.c (\"509 unused\")",
		Caveat: "Not an Apache httpd code: httpd's own status table marks 509 as unused. " +
			"It comes from cPanel's bandwidth limiting on shared hosting; Node.js and Spring merely list it.",
		Tier:      Rare,
		Reference: "http.dev: 509 Bandwidth Limit Exceeded",
		URL:       "https://http.dev/509",
		Summary:   "The site has used up its hosting plan's data allowance for now",
		Explanation: "The website has transferred all the data its hosting plan allows for the current period, " +
			"so the host stops serving it and shows an error page instead. " +
			"You meet it on shared hosting run with cPanel, whose bandwidth limiter blocks the whole site, not just one visitor. " +
			"Nothing is wrong with the request, and retrying soon will not help: the site returns when the allowance resets, " +
			"usually with the next billing period, or when the owner buys more. " +
			"If it is your site, check the usage in cPanel, then upgrade the plan or move large files to a CDN.",
		WhenNotToUse: []string{
			"Your API wants to slow down one client that sends too fast: use 429.",
			"Your service is out of capacity for a while: use 503, with Retry-After if you know how long.",
		},
		SeeAlso: []SeeAlso{
			{Code: 503, Why: "503 is the registry code for a service that cannot cope for now; 509 is a spent hosting quota."},
			{Code: 429, Why: "429 throttles one client; 509 blocks every visitor because the whole site's quota is gone."},
		},
		Example: Example{
			Request: []string{"GET / HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 509 Bandwidth Limit Exceeded",
				"Content-Type: text/html",
				"Content-Length: 84",
				"",
				"<p>This site has reached its monthly transfer allowance. Please try again later.</p>",
			},
		},
		Notes: []string{
			"Apache httpd's status table lists 509 only as \"509 unused\" (apache/httpd modules/http/http_protocol.c).",
			"Node.js includes 509 in http.STATUS_CODES and Spring has HttpStatus.BANDWIDTH_LIMIT_EXCEEDED, " +
				"which is why the code turns up far from cPanel (unofficial-status-codes.csv).",
			"A client that does not know 509 treats it as a 500 (RFC 9110 §15).",
		},
		Scenarios: []Scenario{
			{
				Text: "A hobby blog on a cheap shared hosting plan goes viral. Three days later every page shows " +
					"the host's error page, and it stays that way until the first of the next month.",
				Why: "The plan's monthly data transfer is used up, so the host's cPanel limiter stops serving the site until it resets.",
			},
		},
	},
	{
		Code:   529,
		Phrase: "Overloaded",
		Status: Unofficial,
		Vendor: "Anthropic (Claude API, error type overloaded_error)",
		Slug:   "anthropic",
		Source: "Microsoft Learn, Dev Proxy concepts: \"Anthropic 529 overloaded_error\"; " +
			"docs.llmgateway.io/troubleshooting/anthropic-529-overloaded",
		Tier:      Rare,
		Reference: "Anthropic docs: Errors",
		URL:       "https://docs.anthropic.com/en/api/errors",
		Summary:   "The Claude API is short of capacity for everyone; back off and retry",
		Explanation: "Anthropic's Claude API answers 529, with the error type overloaded_error, when the whole API is temporarily short of capacity across all its users. " +
			"Your request and your account are fine; the service simply turned the request away. " +
			"That is different from a 429 rate_limit_error, which means your own organization went over its limits. " +
			"Retry after a pause with exponential backoff and random jitter, honor a retry-after header if one is present, and give up after a few attempts.",
		WhenNotToUse: []string{
			"Your own service is overloaded: send 503, which every client understands, with Retry-After if you can.",
			"One client of your API is sending too fast: use 429.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "Not promised on a 529, but if it is there, wait at least that long before retrying."},
		},
		SeeAlso: []SeeAlso{
			{Code: 429, Why: "429 rate_limit_error: your organization went over its own limits; 529: the API is overloaded for everyone."},
			{Code: 503, Why: "503 is the registry code for a service that cannot cope for now; Anthropic uses 529 for that case."},
		},
		Example: Example{
			Request: []string{
				"POST /v1/messages HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"Content-Length: 87",
				"",
				`{"model": "...", "max_tokens": 256, "messages": [{"role": "user", "content": "Hello"}]}`,
			},
			Response: []string{
				"HTTP/1.1 529 Overloaded",
				"Content-Type: application/json",
				"Content-Length: 106",
				"",
				`{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CExample"}`,
			},
		},
		Notes: []string{
			"Every Claude API error body has a top-level type of \"error\", an error object with type and message, " +
				"and a request_id to give to Anthropic support (Microsoft Learn, Dev Proxy: Anthropic 529).",
			"A 429 rate_limit_error whose error.details.error_code is enforced_spend_limit_reached means the monthly spend cap was hit; " +
				"retrying will not help until it resets (Microsoft Learn, Dev Proxy: Anthropic 529).",
			"A client that does not know 529 treats it as a 500 (RFC 9110 §15).",
		},
		Scenarios: []Scenario{
			{
				Text: "On a busy launch day, calls from your chatbot to the Claude API fail for a few minutes at a time. " +
					"Your organization is far below its request and token limits, and Anthropic's status page reports elevated errors across the API.",
				Why: "The API as a whole lacks capacity, which Anthropic signals with its own 5xx code: not 429, because your limits are fine, " +
					"and not the registry's 503, because Anthropic documents its own code for API-wide overload.",
				Versus: []int{429, 503},
			},
			{
				Text: "Your Python integration with the Claude API logs a few failures with a 5xx number that http.HTTPStatus cannot name. " +
					"The usage dashboard shows your organization well within its limits, and the same requests succeed a minute later.",
				Why:    "That is Anthropic's API-wide capacity signal, a code outside the registry; hitting your own limits would have given 429.",
				Versus: []int{429},
			},
		},
	},
	{
		Code:   598,
		Phrase: "Network Read Timeout Error",
		Status: Unofficial,
		Vendor: "Informal proxy convention (no specific vendor)",
		Slug:   "informal",
		Source: "http.dev/598 (an informal convention, not defined in any RFC)",
		Caveat: "No RFC and no single vendor defines 598; it is an informal convention, " +
			"so what it means exactly depends on the software that sends it.",
		Tier:      Rare,
		Reference: "http.dev: 598 Network Read Timeout Error",
		URL:       "https://http.dev/598",
		Summary:   "A proxy connected upstream but gave up waiting to read the reply",
		Explanation: "Some HTTP proxies use 598 to tell the client that, behind the proxy, the connection to the upstream server worked " +
			"but the response did not arrive before the proxy's read timeout. " +
			"It is an informal convention, not a standard: no RFC defines it. " +
			"Treat it like 504: the upstream is slow or stuck, and a retry later may work. " +
			"If you run the proxy, find out why the upstream is slow before you raise the read timeout.",
		WhenNotToUse: []string{
			"You are building a proxy or API that needs to report a slow upstream: send 504, which every client understands.",
		},
		SeeAlso: []SeeAlso{
			{Code: 504, Why: "504 is the registry code for this situation; prefer it in anything you build."},
			{Code: 599, Slug: "informal", Why: "599: the proxy could not even connect in time; 598: it connected but the reply was too slow."},
			{Code: 524, Slug: "cloudflare", Why: "524 is Cloudflare's documented code for the same kind of read wait running out."},
		},
		Example: Example{
			Request: []string{"GET /api/report HTTP/1.1", "Host: api.example.com"},
			Response: []string{
				"HTTP/1.1 598 Network Read Timeout Error",
				"Content-Type: text/plain",
				"Content-Length: 41",
				"",
				"Upstream did not send a response in time.",
			},
		},
		Notes: []string{
			"A client that does not know 598 treats it as a 500 (RFC 9110 §15).",
		},
	},
	{
		Code:   599,
		Phrase: "Network Connect Timeout Error",
		Status: Unofficial,
		Vendor: "Informal proxy convention (no specific vendor)",
		Slug:   "informal",
		Source: "http.dev/599 (an informal convention, not defined in any RFC); " +
			"laminas/laminas-diactoros src/Response.php phrase map (599 => \"Network Connect Timeout Error\")",
		Caveat: "No RFC and no single vendor defines 599; it is an informal convention. " +
			"Some client libraries also use it for their own timeouts, when no server sent any response.",
		Tier:      Rare,
		Reference: "http.dev: 599 Network Connect Timeout Error",
		URL:       "https://http.dev/599",
		Summary:   "A proxy could not open a connection to the upstream server in time",
		Explanation: "Some HTTP proxies use 599 to tell the client that, behind the proxy, the attempt to connect to the upstream server " +
			"ran out of time before a connection was made. " +
			"Like 598, it is an informal convention that no RFC defines. " +
			"Treat it like 504: the upstream is down, overloaded or blocked by a firewall, and a retry later may work. " +
			"You also meet 599 in client libraries such as Tornado's HTTP client, which report their own timeouts with it although no server ever answered.",
		WhenNotToUse: []string{
			"You are building a proxy or API that needs to report an unreachable upstream: send 504 (or 502), which every client understands.",
		},
		SeeAlso: []SeeAlso{
			{Code: 504, Why: "504 is the registry code for an upstream that did not answer in time; prefer it in anything you build."},
			{Code: 598, Slug: "informal", Why: "598: the proxy connected but the reply was too slow; 599: it could not connect at all."},
			{Code: 522, Slug: "cloudflare", Why: "522 is Cloudflare's documented code for failing to connect to the origin in time."},
		},
		Example: Example{
			Request: []string{"GET /api/status HTTP/1.1", "Host: api.example.com"},
			Response: []string{
				"HTTP/1.1 599 Network Connect Timeout Error",
				"Content-Type: text/plain",
				"Content-Length: 49",
				"",
				"Could not connect to the upstream server in time.",
			},
		},
		Notes: []string{
			"Tornado's simple HTTP client reports its own timeouts as HTTPError(599, \"Timeout …\") (tornadoweb/tornado, tornado/simple_httpclient.py).",
			"laminas-diactoros, a PHP PSR-7 library, maps 599 to this phrase (laminas/laminas-diactoros, src/Response.php).",
		},
		Scenarios: []Scenario{
			{
				Text: "Your Python service calls a partner API with Tornado's AsyncHTTPClient. When the partner's host stops answering, " +
					"your logs show errors carrying a 5xx code, yet the partner never sent a single HTTP response.",
				Why: "Tornado's client uses this informal code for its own timeouts; nothing came over the wire.",
			},
		},
	},
}
