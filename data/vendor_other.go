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
		Troubleshooting: []Trouble{
			{
				Cause: "A server or middleware on the path chose this unregistered 2xx, as a joke or by mistake.",
				Where: "proxy",
				Check: "Compare the upstream's own log with what the client got to find the hop that changed the status; " +
					"clients treat an unknown 2xx as 200 (RFC 9110 §15).",
			},
			{
				Cause: "An error page was passed on with a success code, hiding a failure.",
				Where: "application",
				Check: "Read the body: a check that looks only at the status will miss the error, since a 2xx means the " +
					"request succeeded (RFC 9110 §15.3).",
			},
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
		Troubleshooting: []Trouble{
			{
				Cause: "You reached a joke endpoint or an easter egg that answers as a teapot.",
				Where: "application",
				Check: "Nothing on your side is broken: the server refuses to brew coffee because it is a teapot; check you " +
					"called the URL you meant (MDN 418).",
			},
			{
				Cause: "A site uses the teapot answer to refuse requests it doesn't want, such as bots.",
				Where: "client",
				Check: "Check whether your requests look automated (User-Agent, rate); some websites answer 418 to automated " +
					"queries (MDN 418).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The session expired while the form sat open, so its CSRF token no longer matches.",
				Where: "client",
				Check: "Reload the page for a fresh token and resubmit; sessions expire after SESSION_LIFETIME minutes, 120 " +
					"by default (Laravel config, session.php).",
			},
			{
				Cause: "The form or AJAX call doesn't send the token at all.",
				Where: "application",
				Check: "Add @csrf (csrf_field) to forms, or send the X-CSRF-TOKEN header from a csrf-token meta tag in AJAX " +
					"calls (Laravel docs, CSRF protection).",
			},
			{
				Cause: "A webhook or other outside service posts to a route in the web group.",
				Where: "application",
				Check: "Outside callers can't know your token: put the route outside the web group, or exclude its URI " +
					"from CSRF checks in the middleware setup (Laravel docs, CSRF protection).",
			},
			{
				Cause: "The session cookie doesn't come back, so every request starts a new session with a new token.",
				Where: "application",
				Check: "With SESSION_SECURE_COOKIE on, the cookie only returns over HTTPS; also check SESSION_DOMAIN against " +
					"the host you use (Laravel config, session.php).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "An application returns Spring's deprecated INSUFFICIENT_SPACE_ON_RESOURCE constant.",
				Where: "application",
				Check: "Search the code for HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE; Spring 7.0 removed it, and 507 is the " +
					"registered code for full storage (Spring source, HttpStatus.java).",
			},
			{
				Cause: "The 419 came from a Laravel application, where it means a failed CSRF check.",
				Where: "application",
				Check: "A \"Page Expired\" page means Laravel turned a CSRF token mismatch into 419, which has nothing to do " +
					"with storage (Laravel source, Handler.php).",
			},
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
		Troubleshooting: []Trouble{
			{
				Cause: "An application returns Spring's deprecated METHOD_FAILURE constant.",
				Where: "application",
				Check: "Search the code for HttpStatus.METHOD_FAILURE; Spring 7.0 removed it, and 424 is the registered code " +
					"for a step that failed because another did (Spring source, HttpStatus.java; RFC 4918 §11.4).",
			},
			{
				Cause: "The 420 came from Twitter's old API, where it meant a rate limit.",
				Where: "client",
				Check: "If the call went to Twitter's retired search API, 420 meant too many requests; API v1.1 answers 429 " +
					"instead (Twitter Developer Community, 420 and 429).",
			},
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
		Troubleshooting: []Trouble{
			{
				Cause: "The client calls Twitter's old, unversioned search API and went over its rate limit.",
				Where: "client",
				Check: "That endpoint answered 420 when rate limited and was due to be switched off in March 2013; move to " +
					"the current API and handle 429 (Twitter Developer Community, 420 and 429).",
			},
			{
				Cause: "The client doesn't recognise 420 and treats it as a plain error instead of a rate limit.",
				Where: "client",
				Check: "Back off before retrying: a client that doesn't know 420 handles it as 400 and won't see it as a " +
					"rate limit (RFC 9110 §15).",
			},
		},
	},
	{
		Code:   430,
		Phrase: "Shopify Security Rejection",
		Status: Unofficial,
		Vendor: "Shopify",
		Slug:   "shopify",
		Source: "Shopify docs, API response status and error codes (shopify.dev/docs/api/usage/response-codes): " +
			"\"430 Shopify Security Rejection\", the request might be malicious and was rejected to protect the app",
		Tier:      Rare,
		Reference: "Shopify docs: API response status and error codes",
		URL:       "https://shopify.dev/docs/api/usage/response-codes",
		Summary:   "Shopify judged the request possibly malicious and turned it away",
		Explanation: "Shopify answers 430 when it decides that a request to its APIs might be malicious, and rejects it to protect the app from a possible attack. " +
			"It is a security judgement, not a rate limit: an app over its API limits gets the registered 429, and a shop locked for repeatedly exceeding them gets 423. " +
			"The request's format is not the problem, so look at how the traffic reaches Shopify. " +
			"Storefront API calls made from a server should use a private token and pass the buyer's IP address, " +
			"so that Shopify sees each buyer rather than one server sending everything.",
		WhenNotToUse: []string{
			"Your API throttles a client that sends too much: use 429.",
			"Your API refuses a request it is not allowed to serve: use 403.",
		},
		Headers: []Header{
			{Name: "Shopify-Storefront-Private-Token", Why: "How a server authenticates Storefront API calls with a private (delegate) token (Shopify hydrogen-react, storefront-client.ts)."},
			{Name: "Shopify-Storefront-Buyer-IP", Why: "Carries the buyer's IP on server-side Storefront API calls, which otherwise all come from the server's address (Shopify Storefront API docs, rate limits)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 429, Why: "Shopify's rate-limit answer: the app went over its API limits. 430 is a security judgement instead."},
			{Code: 423, Why: "Shopify locks a shop that repeatedly exceeds its API limits or shows signs of compromise or fraud."},
			{Code: 403, Why: "Shopify's refusal when the app lacks the access scope for the action."},
		},
		Example: Example{
			Request: []string{
				"POST /api/2025-01/graphql.json HTTP/1.1",
				"Host: example.myshopify.com",
				"Content-Type: application/json",
				"Content-Length: 29",
				"",
				`{"query":"{ shop { name } }"}`,
			},
			Response: []string{"HTTP/1.1 430 Shopify Security Rejection", "Content-Length: 0"},
		},
		Notes: []string{
			"Shopify's table lists 423 Locked, 429 Too Many Requests and 430 side by side, each for a different reason (Shopify docs, API response status and error codes).",
			"Shopify says that server-side Storefront API access with a private token gives more throughput than a public token " +
				"and lets Shopify's bot protection work more effectively (Shopify developer changelog, 2022-09-16).",
			"Wikipedia lists an older Shopify use of 430, labelled Request Header Fields Too Large, for too many API calls; " +
				"http.dev calls that meaning deprecated, and Shopify's table no longer has it (Wikipedia, List of HTTP status codes; " +
				"http.dev/430; Shopify docs, API response status and error codes).",
			"A client that does not know 430 treats it as a 400 (RFC 9110 §15).",
		},
		Scenarios: []Scenario{
			{
				Text: "A headless storefront renders product pages on its server by calling Shopify's Storefront API with the public token, " +
					"so every call arrives from the same server address. During a sale, some calls fail with a 4xx that Shopify's error table " +
					"explains as a protective rejection, although the app is well within its API rate limits.",
				Why: "Shopify judged the traffic possibly malicious, which it signals with its own 4xx. " +
					"Going over the rate limits would have given 429.",
				Versus: []int{429},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "Server-side Storefront API calls reach Shopify with a public token and your server's address for every buyer.",
				Where: "application",
				Check: "Send a private token in Shopify-Storefront-Private-Token and the buyer's IP in Shopify-Storefront-Buyer-IP " +
					"(Shopify docs, hydrogen-react storefront-client.ts).",
			},
			{
				Cause: "An automated client, such as a stock checker or crawler, sends traffic that looks like an attack.",
				Where: "client",
				Check: "Shopify says only that the request may look malicious: slow the client and authenticate it " +
					"with an access token (Shopify docs, API response status and error codes; Shopify docs, API authentication).",
			},
			{
				Cause: "Your server shares its outgoing IP addresses with other tenants of a cloud host, and one of them looks abusive.",
				Where: "application",
				Check: "Shopify judges by IP address across the platform, so apps whose outgoing addresses are shared, as on " +
					"Cloud Run, Lambda or Heroku, get 430 more often (http.dev 430).",
			},
		},
	},
	{
		Code:   498,
		Phrase: "Invalid Token",
		Status: Unofficial,
		Vendor: "Esri ArcGIS (Server, Online and Enterprise)",
		Slug:   "esri",
		Source: "Esri/arcgis-rest-js packages/arcgis-rest-request/src/request.ts (checkForErrors: error.code 498 or 499 raises ArcGISAuthError; " +
			"most ArcGIS Server services answer with a success status and put the error in the JSON body); " +
			"test/mocks/errors.ts (code 498, message \"Invalid token.\")",
		Caveat: "Usually not on the status line: most ArcGIS Server services answer 200 OK and put 498 in the error object " +
			"of the JSON body, so a client must read the body to see it.",
		Tier:      Rare,
		Reference: "Esri ArcGIS REST JS source, request.ts",
		URL:       "https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/request.ts",
		Summary:   "ArcGIS refused the token you sent; get a fresh one and try again",
		Explanation: "Esri's ArcGIS services report 498 when a request carries a token that the server will not accept, most often because it has expired. " +
			"A token can also be tied to a Referer or an IP address when it is issued, and then fails when the request comes from elsewhere. " +
			"Most ArcGIS Server services put the code in the JSON body, as an error object with code 498 and the message \"Invalid token.\", " +
			"under a 200 OK status, so a client has to check the body and not only the status. " +
			"Get a new token and send the request again; Esri's own REST JS library does that once when its credentials can be refreshed.",
		Headers: []Header{
			{Name: "Referer", Why: "A token issued for client=referer is accepted only in requests referred by that URL (ArcGIS Server, Acquiring ArcGIS tokens)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 499, Slug: "esri", Why: "499: no token was sent at all; 498: a token was sent but refused."},
			{Code: 401, Why: "The registered code for missing or wrong credentials, with WWW-Authenticate; ArcGIS reports token trouble its own way."},
			{Code: 403, Why: "An ArcGIS error body with code 403 means the token is fine but the user may not access the resource."},
		},
		Example: Example{
			Request: []string{
				"GET /arcgis/rest/services/Roads/MapServer?f=json&token=EXPIRED HTTP/1.1",
				"Host: gis.example.com",
			},
			Response: []string{
				"HTTP/1.1 200 OK",
				"Content-Type: application/json",
				"Content-Length: 62",
				"",
				`{"error":{"code":498,"message":"Invalid token.","details":[]}}`,
			},
		},
		Notes: []string{
			"Esri's REST JS library treats an error object with code 498 or 499 as an authentication error (ArcGISAuthError) " +
				"and any other error object as a general request error (arcgis-rest-js, request.ts).",
			"When the request used an authentication manager that can refresh its credentials, REST JS refreshes them and retries the request once (arcgis-rest-js, request.ts).",
			"Expired tokens are rejected by the server; generateToken must be called over HTTPS with POST, and its client parameter " +
				"(referer, ip or requestip) decides what the token is bound to (ArcGIS REST API, Generate Token).",
			"A federated ArcGIS Server needs a server token, which generateToken issues in exchange for a portal token when given token and serverUrl " +
				"(ArcGIS REST API, Generate Token).",
			"In Node.js, REST JS sends a default Referer header so that tokens it generates match its later requests (arcgis-rest-js, request.ts).",
		},
		Scenarios: []Scenario{
			{
				Text: "A field crew's web map loads its secured ArcGIS layers in the morning, but by the afternoon every query fails. " +
					"Each request still carries the token the app got at sign-in, the responses have status 200, and their JSON holds an error object; " +
					"signing in again fixes it.",
				Why: "The token has expired, and ArcGIS reports a refused token with its own code inside the JSON body. " +
					"Had no token been sent at all, the code would be Esri's other one, for a missing token.",
				Versus: []int{401},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The token has expired.",
				Where: "application",
				Check: "Generate a new token and resend; the server rejects expired tokens (ArcGIS REST API, Generate Token), " +
					"and REST JS retries once after refreshing its credentials (arcgis-rest-js, request.ts).",
			},
			{
				Cause: "The token is bound to a Referer or IP address that the request no longer comes from, for example behind a proxy.",
				Where: "proxy",
				Check: "Compare the client type used at generateToken (referer, ip or requestip) with the Referer and address the server sees " +
					"(ArcGIS Server, Acquiring ArcGIS tokens).",
			},
			{
				Cause: "Your code checks only the HTTP status, which is 200.",
				Where: "application",
				Check: "Read error.code in the JSON body; most ArcGIS Server services return a success status with the error in the body (arcgis-rest-js, request.ts).",
			},
		},
	},
	{
		Code:   499,
		Phrase: "Token Required",
		Status: Unofficial,
		Vendor: "Esri ArcGIS (Server, Online and Enterprise)",
		Slug:   "esri",
		Source: "Esri/arcgis-rest-js packages/arcgis-rest-request/src/request.ts (checkForErrors: error.code 498 or 499 raises ArcGISAuthError); " +
			"test/mocks/errors.ts ArcGISServerTokenRequired (code 499, message \"Token Required\", messageCode GWM_0003)",
		Caveat: "Usually not on the status line: most ArcGIS Server services answer 200 OK and put 499 in the error object " +
			"of the JSON body, so a client must read the body to see it.",
		Tier:      Rare,
		Reference: "Esri ArcGIS REST JS source, request.ts",
		URL:       "https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/request.ts",
		Summary:   "ArcGIS needs a token for this service, and the request carried none",
		Explanation: "Esri's ArcGIS services report 499 when a request for a secured service or item carries no token at all. " +
			"Like 498, it normally arrives inside the JSON body, as an error object with code 499, the message \"Token Required\" and the messageCode GWM_0003, " +
			"under a 200 OK status. " +
			"Sign in or generate a token and add it to the request. " +
			"It has nothing to do with nginx's 499, which is a log entry for a client that hung up before the response.",
		SeeAlso: []SeeAlso{
			{Code: 498, Slug: "esri", Why: "498: a token was sent but refused; 499: no token was sent at all."},
			{Code: 401, Why: "The registered code for a request without the credentials it needs, with WWW-Authenticate."},
			{Code: 499, Slug: "nginx", Why: "Same number, unrelated meaning: nginx logs 499 when the client closes the connection before the response."},
			{Code: 499, Slug: "cloudflare", Why: "Same number, unrelated meaning: Cloudflare logs 499 for a visitor who left before it answered."},
		},
		Example: Example{
			Request: []string{
				"GET /arcgis/rest/services/Utilities/Parcels/MapServer?f=json HTTP/1.1",
				"Host: gis.example.com",
			},
			Response: []string{
				"HTTP/1.1 200 OK",
				"Content-Type: application/json",
				"Content-Length: 103",
				"",
				`{"error":{"code":499,"message":"Token Required","messageCode":"GWM_0003","details":["Token Required"]}}`,
			},
		},
		Notes: []string{
			"REST JS 4 decides on authentication errors by the code alone, 498 or 499; earlier versions also counted messageCode GWM_0003 " +
				"as one (arcgis-rest-js, request.ts).",
			"A client that does not know 499 would treat it as a 400, but under the usual 200 status it sees success unless it reads the body " +
				"(RFC 9110 §15; arcgis-rest-js, request.ts).",
		},
		Scenarios: []Scenario{
			{
				Text: "A script that has downloaded a county's parcel layer from its ArcGIS server every night for a year starts failing. " +
					"The responses still have status 200, but their JSON now holds an error object, and the script has never sent any credentials.",
				Why: "The layer is no longer public, and ArcGIS reports the missing token with its own code inside the body. " +
					"A refused token would need a token to have been sent.",
				Versus: []int{401},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The request carried no token for a service that is not shared publicly.",
				Where: "application",
				Check: "Sign in or generate a token and pass it with the request; REST JS raises ArcGISAuthError for code 499, " +
					"as for 498 (arcgis-rest-js, request.ts).",
			},
			{
				Cause: "Your code checks only the HTTP status, which is 200.",
				Where: "application",
				Check: "Read error.code in the JSON body; most ArcGIS Server services return a success status with the error in the body (arcgis-rest-js, request.ts).",
			},
			{
				Cause: "The 499 is in an nginx or Cloudflare access log, not in an ArcGIS error body.",
				Where: "proxy",
				Check: "That is the other 499: the client closed the connection before a response was sent (nginx source, ngx_http_request.h).",
			},
		},
	},
	{
		Code:   508,
		Phrase: "Resource Limit Is Reached",
		Status: Unofficial,
		Vendor: "CloudLinux (mod_hostinglimits, on cPanel and other shared hosting)",
		Slug:   "cloudlinux",
		Source: "CloudLinux docs, cloudlinux/cloudlinux-documentation docs/cloudlinuxos/limits/README.md (Entry processes: " +
			"the web server serves an error 508 page, Resource Limit Reached) and docs/cloudlinuxos/cloudlinux_os_components/README.md " +
			"(mod_hostinglimits LVEErrorCode, 508 by default, page \"Resource Limit Is Reached.\"; LVERetryAfter)",
		Tier:      Rare,
		Reference: "CloudLinux docs: Limits, Entry processes",
		URL:       "https://docs.cloudlinux.com/cloudlinuxos/limits/#entry-processes",
		Summary:   "A shared-hosting site ran too many requests at once; retry later",
		Explanation: "Shared hosting servers that run CloudLinux keep each account in a lightweight virtual environment (LVE) with its own limits. " +
			"One of them counts entry processes: requests to the site's PHP or CGI that are running at the same time. " +
			"When a site goes over that limit, Apache's mod_hostinglimits cannot place the next request in the account's LVE " +
			"and answers 508 with a \"Resource Limit Is Reached\" page, while the other sites on the server carry on. " +
			"Visitors can only try again later. " +
			"The site owner should find what keeps requests running so long, such as slow pages, or move to a plan with a higher limit.",
		WhenNotToUse: []string{
			"Your own service is out of capacity for a while: use 503, with Retry-After if you know how long.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "mod_hostinglimits can send it with the 508; LVERetryAfter sets the interval, 240 minutes by default (CloudLinux docs, mod_hostinglimits)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 508, Why: "Same number, unrelated meaning: the registered 508 Loop Detected is a WebDAV binding cycle."},
			{Code: 509, Slug: "cpanel", Why: "509: the site's bandwidth allowance is spent; 508: too many of its requests are running at once."},
			{Code: 503, Why: "The registered code for a server that cannot cope for now; CloudLinux's memory and process limits show up as 500 or 503."},
		},
		Example: Example{
			Request: []string{"GET /shop/ HTTP/1.1", "Host: www.example.com"},
			Response: []string{
				"HTTP/1.1 508 Resource Limit Is Reached",
				"Retry-After: 14400",
				"Content-Type: text/html",
				"Content-Length: 34",
				"",
				"<h1>Resource Limit Is Reached</h1>",
			},
		},
		Notes: []string{
			"The code is configurable: LVEErrorCode accepts values from 500 to 510, 508 by default, and ErrorDocument can replace the page (CloudLinux docs, mod_hostinglimits).",
			"Other limits show differently: over the memory or process-count limit the user gets 500 or 503, and CPU or IO limits only slow the site down (CloudLinux docs, Limits).",
			"With LiteSpeed instead of Apache, entry processes are counted per lsphp master process, so the same load can give a different count (CloudLinux docs, Entry processes).",
			"CloudLinux's fault notifications send the account owner to the Resource Usage page of cPanel, under Logs and Statistics (CloudLinux docs, user_notify.txt example).",
			"Wikipedia lists the code under cPanel; the mechanism is CloudLinux's, which many cPanel hosts run (Wikipedia, List of HTTP status codes; CloudLinux docs).",
		},
		Scenarios: []Scenario{
			{
				Text: "A small web shop on a cheap shared hosting plan is featured on a news site. Some visitors get a plain page saying the website " +
					"went over a resource limit and to try again later, others get through, and the host's other sites are unaffected.",
				Why: "Too many of the shop's requests ran at once, past its account's entry-process limit, and CloudLinux's Apache module answers " +
					"with its own 508 page. A server that simply could not cope would send 503.",
				Versus: []int{503},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "Too many of the site's requests ran at once, past the account's entry-process limit.",
				Where: "origin",
				Check: "mod_hostinglimits answers 508 when the account's LVE is full: see cPanel's Resource Usage, then raise " +
					"the limit or move plan (CloudLinux docs, Limits; CloudLinux docs, user_notify.txt example).",
			},
			{
				Cause: "Slow pages keep requests running, so modest traffic fills the limit.",
				Where: "application",
				Check: "Speed up the slow pages; CloudLinux notes that a slow page ties up connections, and a CPU limit that slows the site " +
					"makes it worse (CloudLinux docs, Entry processes).",
			},
			{
				Cause: "Your client retries at once and keeps the site over its limit.",
				Where: "client",
				Check: "Wait before retrying, as long as Retry-After says if it is present (CloudLinux docs, mod_hostinglimits: LVERetryAfter).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The hosting account used up its monthly bandwidth allotment.",
				Where: "origin",
				Check: "Check bandwidth usage in the hosting panel; the site returns when the quota resets or the plan is " +
					"upgraded (http.dev 509).",
			},
			{
				Cause: "Unexpected traffic, such as large downloads, used up the quota.",
				Where: "origin",
				Check: "Find what transferred the most data and serve static files through a CDN to take the load off the " +
					"host (http.dev 509).",
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
			{Code: 529, Slug: "qualys", Why: "Qualys' SSL Labs API uses the same number for the same situation: the service is overloaded, through no fault of the client.", Same: true},
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
		Troubleshooting: []Trouble{
			{
				Cause: "The Claude API is overloaded across all users; your request itself is fine.",
				Where: "origin",
				Check: "Retry a few times with exponential backoff and jitter, and wait as long as retry-after says if it is " +
					"present (Microsoft Learn, Dev Proxy: Anthropic 529).",
			},
			{
				Cause: "The client treats 529 like a 429 for its own account, or the other way round.",
				Where: "client",
				Check: "429 rate_limit_error is your organization's limit and comes with retry-after; 529 is load on the " +
					"whole API; branch on the status (Microsoft Learn, Dev Proxy: Anthropic 529).",
			},
			{
				Cause: "The SDK's automatic retries ran out.",
				Where: "client",
				Check: "The official SDKs retry 5xx twice by default; raise max_retries for batch jobs and keep the " +
					"request_id for support (Microsoft Learn, Dev Proxy: Anthropic 529).",
			},
		},
	},
	{
		Code:   529,
		Phrase: "Site is overloaded",
		Status: Unofficial,
		Vendor: "Qualys SSL Labs (assessment API)",
		Slug:   "qualys",
		Source: "ssllabs/ssllabs-scan ssllabs-api-docs-v3.md and ssllabs-api-docs-v4.md, Error Response Status Codes: \"529 - the service is overloaded\"; " +
			"ssllabs-scan-v4.go sleeps 15 to 29 minutes after a 503 or 529",
		Caveat: "Qualys publishes no reason phrase, only the description \"the service is overloaded\"; " +
			"\"Site is overloaded\" is the label reference lists use.",
		Tier:      Rare,
		Reference: "SSL Labs API v4 documentation: Error Response Status Codes",
		URL:       "https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v4.md#error-response-status-codes",
		Summary:   "SSL Labs' scanning service is overloaded; wait a long while, then retry",
		Explanation: "Qualys' SSL Labs API, which tests the TLS setup of public servers, answers 529 when the service itself is overloaded. " +
			"Its documentation stresses that this is not the result of the client's behaviour: a client that goes too fast gets 429 instead. " +
			"Wait several minutes before trying again, about 15 to 30, with a random delay so that clients do not all come back at once. " +
			"The same API answers 503 when the service is down, for example for maintenance.",
		WhenNotToUse: []string{
			"Your own service is overloaded: send 503, which every client understands, with Retry-After if you can.",
		},
		Headers: []Header{
			{Name: "X-Max-Assessments", Why: "Sent on successful calls with X-Current-Assessments; together they tell a client how many new assessments it may start (SSL Labs API docs)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 529, Slug: "anthropic", Why: "Anthropic uses the same number for the same situation: its API is overloaded for everyone.", Same: true},
			{Code: 429, Why: "SSL Labs' answer when the client goes too fast or runs too many assessments; 529 is never the client's doing."},
			{Code: 503, Why: "SSL Labs' answer when the service is not available, for example during maintenance."},
		},
		Example: Example{
			Request: []string{
				"GET /api/v4/analyze?host=www.example.com&startNew=on&all=done HTTP/1.1",
				"Host: api.ssllabs.com",
				"email: admin@example.com",
			},
			Response: []string{"HTTP/1.1 529 Site is overloaded", "Content-Length: 0"},
		},
		Notes: []string{
			"The documentation suggests sleeping 15 minutes after a 503 and 30 after a 529, randomized so that clients spread out; " +
				"the table in the v4 documentation says about 15 minutes for both (SSL Labs API v3 and v4 docs).",
			"The reference client ssllabs-scan treats 429, 503 and 529 as \"try later\", and after a 503 or 529 sleeps a random 15 to 29 minutes (ssllabs-scan, ssllabs-scan-v4.go).",
			"Version 4 of the API also uses 441 for a caller that has not registered its email address (SSL Labs API v4 docs).",
			"A client that does not know 529 treats it as a 500 (RFC 9110 §15).",
		},
		Scenarios: []Scenario{
			{
				Text: "A nightly job asks Qualys' public TLS testing API to grade your company's servers, one assessment at a time. " +
					"Tonight the API turns the job away with a 5xx that its documentation keeps for the service itself being overloaded.",
				Why: "SSL Labs signals its own overload with this code, which is never caused by the client. " +
					"Too many assessments would get 429, and maintenance 503.",
				Versus: []int{429, 503},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The SSL Labs service is overloaded; nothing is wrong with your client.",
				Where: "origin",
				Check: "Sleep several minutes, about 15 to 30, with a random delay, then retry (SSL Labs API v3 and v4 docs, Error Response Status Codes).",
			},
			{
				Cause: "Your client retries at once, or gives up on the first 529.",
				Where: "client",
				Check: "Treat 503 and 529 as \"try later\" and 429 as too many concurrent assessments " +
					"(SSL Labs API docs, Access Rate and Rate Limiting; ssllabs-scan, ssllabs-scan-v4.go).",
			},
		},
	},
	{
		Code:   530,
		Phrase: "Site Frozen",
		Status: Unofficial,
		Vendor: "Pantheon (sandbox sites)",
		Slug:   "pantheon",
		Source: "Pantheon docs, pantheon-systems/documentation source/content/guides/platform-considerations/02-platform-site-info.md, " +
			"Inactive Site Freezing: all requests to a frozen site return a \"530 Site Frozen\" error code",
		Tier:      Rare,
		Reference: "Pantheon docs: Platform Considerations, Inactive Site Freezing",
		URL:       "https://pantheon.io/docs/guides/platform-considerations/platform-site-info#inactive-site-freezing",
		Summary:   "Pantheon froze this unused sandbox site; its owner must unfreeze it",
		Explanation: "Pantheon, a hosting platform for Drupal and WordPress sites, freezes sandbox sites that have gone unused: " +
			"those over four months old with no code commits or other Git activity for three months. " +
			"Every request to a frozen site then gets 530, and the site's dashboard is unavailable. " +
			"Visitors can do nothing about it. " +
			"The owner unfreezes the site from the Pantheon dashboard and it is ready again within a few minutes, " +
			"with only committed files; a backup can be restored if anything is missing.",
		SeeAlso: []SeeAlso{
			{Code: 530, Slug: "cloudflare", Why: "Same number, unrelated meaning: Cloudflare's 530 means it could not resolve the origin's hostname."},
			{Code: 503, Why: "A site that is down for a while would normally send 503; Pantheon uses its own code for a site frozen for inactivity."},
		},
		Example: Example{
			Request:  []string{"GET / HTTP/1.1", "Host: www.example.com"},
			Response: []string{"HTTP/1.1 530 Site Frozen", "Content-Length: 0"},
		},
		FormerNames: []string{"Site is frozen"},
		Notes: []string{
			"Only files that were committed are available after unfreezing (Pantheon docs, Inactive Site Freezing).",
			"Pantheon also sends registered codes with its own wording, such as 503 Target in Maintenance, and 504 Target Not Responding for a container idled by inactivity " +
				"(Pantheon docs, Errors and Server Responses: 5xx).",
			"Wikipedia lists the code as \"530 Site is frozen\" (Wikipedia, List of HTTP status codes).",
			"A client that does not know 530 treats it as a 500 (RFC 9110 §15).",
		},
		Scenarios: []Scenario{
			{
				Text: "An agency opens a client's Drupal sandbox on its hosting platform for the first time in half a year. Every page answers with a non-standard 5xx, " +
					"and the site's dashboard stays unavailable until someone clicks a button to reactivate the site.",
				Why: "The platform, Pantheon, froze the sandbox for lack of Git activity and answers every request with its own 5xx until it is unfrozen.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The sandbox site was frozen for inactivity.",
				Where: "origin",
				Check: "Unfreeze it from the Pantheon dashboard; sandbox sites over four months old with no Git activity for three months are frozen " +
					"(Pantheon docs, Inactive Site Freezing).",
			},
			{
				Cause: "After unfreezing, pages miss static assets.",
				Where: "origin",
				Check: "Only committed files come back; restore the environment from its backup (Pantheon docs, Inactive Site Freezing).",
			},
			{
				Cause: "The 530 comes with a Cloudflare error page that shows a 1xxx code.",
				Where: "CDN",
				Check: "That is Cloudflare's 530: read the 1xxx error on the page and follow its troubleshooting (Cloudflare docs, Error 530).",
			},
		},
	},
	{
		Code:   540,
		Phrase: "Temporarily Disabled",
		Status: Unofficial,
		Vendor: "Shopify",
		Slug:   "shopify",
		Source: "Shopify docs, API response status and error codes (shopify.dev/docs/api/usage/response-codes): " +
			"\"540 Temporarily Disabled\", the requested endpoint has been temporarily disabled and will be back online shortly",
		Tier:      Rare,
		Reference: "Shopify docs: API response status and error codes",
		URL:       "https://shopify.dev/docs/api/usage/response-codes",
		Summary:   "Shopify has switched this API endpoint off for a short while",
		Explanation: "Shopify answers 540 when the endpoint a request calls has been disabled for a while. " +
			"Its error table says the endpoint is temporarily unavailable and will be back online shortly, so nothing is wrong with the request itself. " +
			"Wait and retry with backoff. " +
			"Shopify uses 503 when the server as a whole is unavailable, and 501 for an endpoint that a given shop cannot use at all.",
		WhenNotToUse: []string{
			"Your own service or one of its endpoints is down for a while: use 503, with Retry-After if you know how long.",
		},
		SeeAlso: []SeeAlso{
			{Code: 503, Why: "Shopify's answer when the server as a whole is unavailable; its status page reports such outages."},
			{Code: 501, Why: "Shopify's answer for an endpoint the shop cannot use, such as a Shopify Plus API on a shop without Plus."},
		},
		Example: Example{
			Request:  []string{"GET /admin/api/2025-01/shop.json HTTP/1.1", "Host: example.myshopify.com"},
			Response: []string{"HTTP/1.1 540 Temporarily Disabled", "Content-Length: 0"},
		},
		Notes: []string{
			"Other platforms give 540 other meanings, such as Connectivity Disrupted in Akamai Enterprise Application Access and Out of Resources in Edgio (http.dev/540).",
			"A client that does not know 540 treats it as a 500 (RFC 9110 §15).",
		},
		Scenarios: []Scenario{
			{
				Text: "An inventory sync app calls one Shopify Admin API endpoint every few minutes. For half an hour that endpoint alone fails with a 5xx " +
					"outside the registry, which Shopify's error table explains as switched off for now, while the app's other calls succeed.",
				Why: "Shopify disabled that one endpoint for a while and says it will be back shortly. " +
					"503 would mean the server as a whole was unavailable.",
				Versus: []int{503},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "Shopify has disabled the endpoint for now.",
				Where: "origin",
				Check: "Nothing to fix in the request: retry later with backoff, since the endpoint will be back online shortly (Shopify docs, API response status and error codes).",
			},
			{
				Cause: "Your client gives up because it does not know the code.",
				Where: "application",
				Check: "Treat 540 as retryable, like 503, rather than as a fatal error; a client that does not recognize a 5xx treats it as 500 (RFC 9110 §15).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "A proxy's read timeout ran out while waiting for the upstream's reply.",
				Where: "proxy",
				Check: "Find which proxy sent it, since the code isn't standard, and check its read timeout; in nginx that " +
					"is proxy_read_timeout, 60 s by default (http.dev 598; nginx docs, proxy_read_timeout).",
			},
			{
				Cause: "The upstream accepted the connection but was too slow to finish its response.",
				Where: "application",
				Check: "Look at the upstream's latency for those requests and speed up the slow ones (http.dev 598).",
			},
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
		Troubleshooting: []Trouble{
			{
				Cause: "A proxy could not open a TCP connection to the upstream within its connect timeout.",
				Where: "proxy",
				Check: "Check the proxy's connect timeout; nginx's proxy_connect_timeout is 60 s and usually can't exceed 75 " +
					"s (http.dev 599; nginx docs, proxy_connect_timeout).",
			},
			{
				Cause: "The upstream is down, listens on another port, or a firewall drops the connection.",
				Where: "origin",
				Check: "From the proxy's host, check that the upstream process runs and accepts connections on the expected " +
					"address and port (http.dev 599).",
			},
		},
	},
}
