package data

// vendorA holds the unofficial (vendor) codes from 218 to 499, in the order
// of unofficial-status-codes.csv.
var vendorA = []Entry{
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
			Response: []string{"HTTP/1.1 218 This is fine", "Content-Type: text/plain", "", "all good"},
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
			Request:  []string{"POST /brew HTTP/1.1", "Host: example.com", "Content-Type: text/plain", "", "coffee"},
			Response: []string{"HTTP/1.1 418 I'm a teapot", "Content-Type: text/plain", "", "I'm a teapot, not a coffee machine"},
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
			"The default error page asks the user to refresh: reload to get a fresh token, then submit again.",
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
				"", "_token=stale0token&name=Ada",
			},
			Response: []string{"HTTP/1.1 419 unknown status", "Content-Type: text/html; charset=UTF-8", "", "<title>Page Expired</title>"},
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
		Explanation: "Early drafts of WebDAV, before it became RFC 2518, had a 419 for a resource that had run out of space. " +
			"The drafts dropped it, but Spring's HttpStatus enum still carries it as INSUFFICIENT_SPACE_ON_RESOURCE, " +
			"marked @Deprecated with a link to the draft changes. " +
			"You meet it when browsing the enum or lists generated from it, not from real servers. " +
			"The registered code for the same idea is 507 Insufficient Storage.",
		SeeAlso: []SeeAlso{
			{Code: 507, Why: "The registered code (RFC 4918) for a server without the storage to finish the request; use it instead."},
			{Code: 419, Slug: "laravel", Why: "Same number, different stack: in Laravel 419 means a failed CSRF check."},
		},
		Example: Example{
			Request:  []string{"PUT /files/backup.tar HTTP/1.1", "Host: example.com", "Content-Type: application/x-tar"},
			Response: []string{"HTTP/1.1 419 Insufficient Space On Resource", "Content-Type: text/plain", "", "No space left for this file"},
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
		Explanation: "Early WebDAV drafts, before RFC 2518, listed 420 \"Method Failure\". " +
			"The code did not survive into the RFC, but Spring's HttpStatus enum still has it as METHOD_FAILURE, " +
			"marked @Deprecated with a link to the draft changes. " +
			"It is a constant you may spot in Java code, not something real servers send. " +
			"For a WebDAV action that failed because another action it depended on failed, the registered code is 424.",
		SeeAlso: []SeeAlso{
			{Code: 424, Why: "The registered WebDAV code (RFC 4918) for an action that failed because one it depended on failed."},
			{Code: 420, Slug: "twitter", Why: "Same number, different meaning: Twitter's old rate-limit answer."},
		},
		Example: Example{
			Request:  []string{"MOVE /docs/old HTTP/1.1", "Host: example.com", "Destination: https://example.com/docs/new"},
			Response: []string{"HTTP/1.1 420 Method Failure", "Content-Type: text/plain", "", "The move was aborted"},
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
			Response: []string{"HTTP/1.1 420 Enhance Your Calm", "Content-Type: application/json", "", "{\"error\":\"You are being rate limited\"}"},
		},
		Notes: []string{
			"Twitter announced in December 2009 that the Search API would answer rate-limited clients with 420 from 18 January 2010 (twitter-api-announce).",
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
		Code:   440,
		Phrase: "Login Timeout",
		Status: Unofficial,
		Vendor: "Microsoft IIS / Exchange Outlook Web Access",
		Slug:   "iis",
		Source: "Microsoft TechNet dd789741 (Exchange 2007): How to Troubleshoot the 440 Login Timeout Error Message in " +
			"Outlook Web Access; archived KB941201 (Exchange 2007 and 2010)",
		Tier:      Rare,
		Reference: "Microsoft TechNet: 440 Login Timeout in Outlook Web Access",
		URL:       "https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx",
		Summary:   "Exchange's Outlook Web Access, on IIS, couldn't complete your sign-in",
		Explanation: "440 comes from Microsoft Exchange's Outlook Web Access (OWA), which runs on IIS: " +
			"instead of their mailbox, the user sees a bare \"440 Login Timeout\" page. " +
			"Microsoft's troubleshooting articles for Exchange 2007 and 2010 blame permission or authentication problems " +
			"in IIS or its metabase, not anything the user typed. " +
			"A user can try signing in again, but if it keeps happening the fix is on the server. " +
			"Outside Microsoft's stack, use 401 to ask a client to sign in again.",
		SeeAlso: []SeeAlso{
			{Code: 401, Why: "The registered way to ask a client to (re)authenticate; it must carry WWW-Authenticate."},
			{Code: 419, Slug: "laravel", Why: "Laravel's code for an expired session token: a different stack's timed-out session."},
		},
		Example: Example{
			Request:  []string{"GET /owa/ HTTP/1.1", "Host: mail.example.com"},
			Response: []string{"HTTP/1.1 440 Login Timeout", "Content-Type: text/html", "", "<h1>440 Login Timeout</h1>"},
		},
		Notes: []string{
			"Microsoft lists the causes as permission or authentication issues in IIS or the IIS metabase, and Guests-group " +
				"logon policies that deny the IUSR account (TechNet dd789741).",
			"The suggested fixes include re-creating the OWA virtual directories and resynchronizing the IUSR/IWAM passwords (KB941201).",
		},
		Scenarios: []Scenario{
			{
				Text: "After a change to the Exchange 2007 server's local security policy, every Outlook Web Access user gets " +
					"a bare error page instead of their mailbox, right after entering a correct password.",
				Why: "OWA on IIS answers with Microsoft's own 4xx when IIS permissions or authentication are broken, for example by a logon policy that denies the IUSR account (TechNet dd789741).",
			},
		},
	},
	{
		Code:   444,
		Phrase: "No Response",
		Status: Unofficial,
		Vendor: "nginx",
		Slug:   "nginx",
		Source: "nginx src/http/ngx_http_request.h: NGX_HTTP_CLOSE 444, \"special code to close connection without any response\"; " +
			"nginx docs, ngx_http_rewrite_module return",
		Caveat: "Never sent: 444 tells nginx to close the connection without any response, so no client ever receives it. " +
			"It exists only in nginx's configuration and in its access log.",
		Tier:      Rare,
		Reference: "nginx source, ngx_http_request.h",
		URL:       "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		Summary:   "nginx hangs up without a word; the code only appears in its own log",
		Explanation: "444 is an instruction to nginx, not a response: \"return 444;\" makes nginx drop the connection " +
			"without sending a status line, headers or a body. " +
			"Admins use it to shed unwanted traffic cheaply, such as requests for a Host name the server doesn't serve, or scanners. " +
			"The client only sees a closed connection (curl reports an empty reply), while nginx's access log records 444. " +
			"If the client should learn that it was refused, send a real code such as 403 instead.",
		SeeAlso: []SeeAlso{
			{Code: 403, Why: "403 tells the client it was refused; with 444 the client learns nothing at all."},
			{Code: 499, Slug: "nginx", Why: "The other never-sent nginx code: with 444 nginx hangs up, with 499 the client does."},
		},
		Example: Example{
			Request:  []string{"GET / HTTP/1.1", "Host: 203.0.113.10"},
			Response: []string{"(nothing: nginx closes the connection without a status line)"},
		},
		Keywords: []string{"connection closed without response", "drop connection"},
		Notes: []string{
			"nginx's return directive documents 444 as a non-standard code that closes the connection without sending a response header (nginx docs, ngx_http_rewrite_module).",
			"curl reports such a connection as error 52, \"Empty reply from server\" (curl).",
		},
		Scenarios: []Scenario{
			{
				Text: "A catch-all nginx server block is set up to drop requests whose Host header names none of your sites. " +
					"curl against the server's bare IP prints \"Empty reply from server\", yet the access log shows a status code.",
				Why: "nginx closed the connection on purpose without answering; the number it logs exists only for the log.",
			},
		},
	},
	{
		Code:   449,
		Phrase: "Retry With",
		Status: Unofficial,
		Vendor: "Microsoft IIS (WebDAV extensions; Exchange ActiveSync)",
		Slug:   "iis",
		Source: "[MS-WDV] §3.2.5.6 and §3.1.5.5, Retrying a Request with the 449 Status Code (Ms-Echo-Request/Ms-Echo-Reply); " +
			"Microsoft Open Specifications blog, 2011-06-10, Exchange ActiveSync Provisioning (449 means send Provision)",
		Tier:      Rare,
		Reference: "Microsoft [MS-WDV] §3.2.5.6",
		URL:       "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/1c1f4d5b-4fed-48ef-9bb6-893c2b25b74d",
		Summary:   "Microsoft's \"ask me again\": repeat the request with the extra data",
		Explanation: "449 is a Microsoft extension: the server needs something more before it will answer, and asks the client " +
			"to send the same request again. " +
			"In Microsoft's WebDAV extensions the 449 carries an Ms-Echo-Request header, and a client that supports it repeats " +
			"the request with an Ms-Echo-Reply header, without showing the 449's body to the user. " +
			"Exchange ActiveSync uses 449 to tell a phone it lacks the current security policy: the device runs the Provision command, then retries. " +
			"A client that doesn't know the extension treats 449 as a plain 400.",
		Headers: []Header{
			{Name: "Ms-Echo-Request", Why: "A server sending 449 MUST include it; its value is opaque to the client ([MS-WDV] §3.2.5.6)."},
			{Name: "Ms-Echo-Reply", Why: "The request header a supporting client MUST add when it repeats the request ([MS-WDV] §3.1.5.5)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 401, Why: "The registered challenge-and-retry pattern: WWW-Authenticate says what to send, then the client retries."},
			{Code: 428, Why: "The registered code for \"send me a precondition header first\"; narrower than 449's open-ended retry."},
		},
		Example: Example{
			Request: []string{
				"POST /Microsoft-Server-ActiveSync?Cmd=FolderSync&User=jdoe&DeviceId=ABC123&DeviceType=Phone HTTP/1.1",
				"Host: mail.example.com", "MS-ASProtocolVersion: 12.1", "Content-Type: application/vnd.ms-sync.wbxml",
			},
			Response: []string{"HTTP/1.1 449 Retry With", "Content-Length: 0"},
		},
		Notes: []string{
			"Microsoft's own specification also calls it \"449 Reply With\" in places ([MS-WDV] §3.2.5.6).",
			"A server MUST NOT answer 449 to a request that already carries Ms-Echo-Reply, so the retry cannot loop ([MS-WDV] §3.2.5.6).",
		},
		Scenarios: []Scenario{
			{
				Text: "Right after an admin tightens the mobile device policy on Exchange, a phone's FolderSync request is refused; " +
					"the phone then downloads and acknowledges the policy and sends FolderSync again, which succeeds.",
				Why: "Exchange ActiveSync signals a missing or outdated policy with Microsoft's retry code, and the client provisions before retrying.",
			},
		},
	},
	{
		Code:   451,
		Phrase: "Redirect",
		Status: Unofficial,
		Vendor: "Microsoft Exchange ActiveSync (IIS)",
		Slug:   "exchange",
		Source: "[MS-ASHTTP] §3.1.5.2.2 HTTP Error 451 (X-MS-Location header); " +
			"TechNet dd439372, Exchange ActiveSync Returned an HTTP 451 Error",
		Tier:      Rare,
		Reference: "Microsoft [MS-ASHTTP] §3.1.5.2.2",
		URL:       "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/9f9ddc60-a7a0-4265-8e67-71c2fabd517c",
		Summary:   "Exchange ActiveSync: wrong server, use the one in X-MS-Location",
		Explanation: "Exchange ActiveSync sends 451 when a device is talking to a server that cannot reach the user's mailbox, " +
			"or when a better server exists for that mailbox. " +
			"The X-MS-Location header names the URL to use, and the device should send all later requests there; " +
			"without that header, the device runs Autodiscover to find the right server. " +
			"It has nothing to do with the registered 451 Unavailable For Legal Reasons, which came years later. " +
			"Only ActiveSync clients read 451 this way.",
		Headers: []Header{
			{Name: "X-MS-Location", Why: "The URL the device SHOULD use for all later requests ([MS-ASHTTP] §3.1.5.2.2)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 451, Why: "The registered 451 means blocked for legal reasons; same number, unrelated meaning."},
			{Code: 308, Why: "The registered way to say \"use this other URL from now on\", with a standard Location header."},
			{Code: 421, Why: "Registered code for a request sent to a server that can't answer for it, but with no URL to follow."},
		},
		Example: Example{
			Request: []string{
				"OPTIONS /Microsoft-Server-ActiveSync HTTP/1.1", "Host: example.com",
				"MS-ASProtocolVersion: 14.0", "Content-Type: application/vnd.ms-sync.wbxml",
			},
			Response: []string{
				"HTTP/1.1 451 Redirect", "X-MS-Location: https://mail.example.com/Microsoft-Server-ActiveSync",
				"Cache-Control: private", "Content-Length: 0",
			},
		},
		Notes: []string{
			"Microsoft's own example shows a bare \"HTTP/1.1 451\" status line with no phrase ([MS-ASHTTP] §3.1.5.2.2).",
			"Exchange 2007 decides a Client Access server is \"better\" from Active Directory sites and whether it has an ExternalUrl set (TechNet dd439372).",
			"Devices using ActiveSync 12.1 or older don't understand the 451 redirect, which broke their sync with Exchange 2010 until SP2 Update Rollup 6 (KB2751417).",
		},
		Scenarios: []Scenario{
			{
				Text: "A phone configured with the Exchange server of the head office tries to sync a mailbox that lives in a branch " +
					"office's site; the server answers with an empty 4xx response carrying X-MS-Location.",
				Why: "ActiveSync redirects the device to the Client Access server that suits the mailbox, using its own 4xx plus that header.",
			},
		},
	},
	{
		Code:   460,
		Phrase: "Client Closed Connection",
		Status: Unofficial,
		Vendor: "AWS Elastic Load Balancing (Application Load Balancer)",
		Slug:   "aws",
		Source: "AWS ALB user guide, Troubleshoot your Application Load Balancers, \"HTTP 460\" " +
			"(awsdocs/elb-application-load-balancers-user-guide load-balancer-troubleshooting.md); AWS gives no reason phrase",
		Caveat: "The client has already closed the connection, so it never receives 460; you find it in the load balancer's " +
			"access logs. AWS publishes no reason phrase, so the phrase here is a descriptive label.",
		Tier:      Rare,
		Reference: "AWS docs: Troubleshoot your Application Load Balancers",
		URL:       "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues",
		Summary:   "AWS ALB: the client gave up and closed the connection first",
		Explanation: "An Application Load Balancer records 460 when a client sent a request and then closed the connection " +
			"before the load balancer's idle timeout ran out. " +
			"Usually the client's own timeout is shorter than the time the target needs to answer. " +
			"It is the ALB's counterpart of nginx's 499. " +
			"AWS's advice is to compare the client's timeout with the load balancer's idle timeout, and to make the target answer " +
			"before the client gives up, or lengthen the client's timeout where you control it.",
		SeeAlso: []SeeAlso{
			{Code: 499, Slug: "nginx", Why: "nginx's number for the same event: AWS logs 460 where nginx logs 499.", Same: true},
			{Code: 408, Why: "The reverse case: on an ALB, 408 means the client went quiet and the load balancer gave up."},
			{Code: 504, Why: "504 means the target was too slow for the load balancer; 460 means too slow for the client."},
		},
		Example: Example{
			Request:  []string{"GET /reports/annual HTTP/1.1", "Host: api.example.com"},
			Response: []string{"(nothing: the client closed the connection before the load balancer answered)"},
		},
		Scenarios: []Scenario{
			{
				Text: "Behind an AWS load balancer, a report endpoint takes about 45 seconds, and the mobile app's HTTP client " +
					"times out after 30. The load balancer's access logs show a 4xx it generated for each of those requests.",
				Why: "The client closed the connection before the ALB's idle timeout, which AWS logs with its own code.",
			},
		},
	},
	{
		Code:   463,
		Phrase: "Too Many X-Forwarded-For IPs",
		Status: Unofficial,
		Vendor: "AWS Elastic Load Balancing (Application Load Balancer)",
		Slug:   "aws",
		Source: "AWS ALB user guide, Troubleshoot your Application Load Balancers, \"HTTP 463\": an X-Forwarded-For header " +
			"with more than 30 IP addresses; AWS gives no reason phrase",
		Caveat:    "AWS publishes no reason phrase for 463, so the phrase here is a descriptive label.",
		Tier:      Rare,
		Reference: "AWS docs: Troubleshoot your Application Load Balancers",
		URL:       "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues",
		Summary:   "AWS ALB: the X-Forwarded-For header lists more than 30 IP addresses",
		Explanation: "An Application Load Balancer rejects a request with 463 when its X-Forwarded-For header carries more than 30 IP addresses. " +
			"Proxies usually append an address each time they forward a request, so a list that long points to a forwarding " +
			"loop between proxies or to a client stuffing the header. " +
			"Sending the same request again will fail the same way: fix the loop, or drop untrusted X-Forwarded-For values at your edge.",
		Headers: []Header{
			{Name: "X-Forwarded-For", Why: "The request header whose list of addresses went over the ALB's limit of 30."},
		},
		SeeAlso: []SeeAlso{
			{Code: 400, Why: "The registered code for a request rejected as the client's fault; unaware clients treat 463 as 400."},
			{Code: 431, Why: "Registered code for header fields that are too large; ALB itself answers 400 for oversized headers."},
		},
		Example: Example{
			Request: []string{
				"GET / HTTP/1.1", "Host: example.com",
				"X-Forwarded-For: 198.51.100.7, 10.0.0.2, 10.0.0.3, 10.0.0.2, 10.0.0.3, ... (31 addresses)",
			},
			Response: []string{"HTTP/1.1 463 Too Many X-Forwarded-For IPs", "Server: awselb/2.0", "Content-Length: 0"},
		},
		Scenarios: []Scenario{
			{
				Text: "After a second reverse proxy is added in front of an AWS load balancer, requests start failing; a captured " +
					"request shows the forwarding header repeating the same two proxy addresses dozens of times.",
				Why: "The two proxies forward to each other in a loop, and the ALB rejects a forwarding chain longer than 30 addresses.",
			},
		},
	},
	{
		Code:   464,
		Phrase: "Incompatible Protocol Versions",
		Status: Unofficial,
		Vendor: "AWS Elastic Load Balancing (Application Load Balancer)",
		Slug:   "aws",
		Source: "AWS ALB user guide, Troubleshoot your Application Load Balancers (later version), \"HTTP 464\": the request's " +
			"protocol is incompatible with the target group's protocol version; AWS gives no reason phrase",
		Caveat:    "AWS publishes no reason phrase for 464, so the phrase here is a descriptive label.",
		Tier:      Rare,
		Reference: "AWS docs: Troubleshoot your Application Load Balancers",
		URL:       "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
		Summary:   "AWS ALB: the request's protocol doesn't match the target group's",
		Explanation: "An Application Load Balancer answers 464 when the protocol of an incoming request does not fit the protocol " +
			"version of the target group it is routed to. " +
			"An example is an HTTP/1.1 request sent to a target group set up for gRPC or HTTP/2. " +
			"The request never reaches a target. " +
			"Make the client speak what the target group expects, or route that traffic to a target group with a matching protocol version.",
		SeeAlso: []SeeAlso{
			{Code: 505, Why: "The registered code for a server that won't handle the HTTP version used; 464 is tied to one target group."},
			{Code: 400, Why: "A client that doesn't know 464 treats it as a generic 400."},
		},
		Example: Example{
			Request:  []string{"POST /helloworld.Greeter/SayHello HTTP/1.1", "Host: api.example.com", "Content-Type: application/json"},
			Response: []string{"HTTP/1.1 464 Incompatible Protocol Versions", "Server: awselb/2.0", "Content-Length: 0"},
		},
		Scenarios: []Scenario{
			{
				Text: "A team puts a gRPC service behind an AWS load balancer. The gRPC clients work, but an uptime checker that " +
					"sends plain HTTP/1.1 requests to the same path is rejected by the load balancer before reaching any instance.",
				Why: "The target group expects gRPC over HTTP/2, so the ALB rejects the HTTP/1.1 request with its protocol-mismatch code.",
			},
		},
	},
	{
		Code:   494,
		Phrase: "Request Header Too Large",
		Status: Unofficial,
		Vendor: "nginx",
		Slug:   "nginx",
		Source: "nginx src/http/ngx_http_request.h: NGX_HTTP_REQUEST_HEADER_TOO_LARGE 494; " +
			"src/http/ngx_http_special_response.c: page \"400 Request Header Or Cookie Too Large\", err_status forced to 400",
		Caveat: "Sent to the client as 400, with the page title \"400 Request Header Or Cookie Too Large\". The 494 value " +
			"lives inside nginx: error_page can match it, while the access log records the 400 that was sent.",
		Tier:      Rare,
		Reference: "nginx source, ngx_http_request.h",
		URL:       "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		Summary:   "nginx: the request headers (often cookies) don't fit its buffers",
		Explanation: "nginx uses 494 internally when a request's headers do not fit in the buffers set by large_client_header_buffers " +
			"(4 buffers of 8k by default), typically because of a bloated Cookie header or a huge token. " +
			"What the client receives is a 400 Bad Request whose page says \"Request Header Or Cookie Too Large\". " +
			"Fix it on either side: send smaller headers (clear old cookies, shorten tokens) or raise large_client_header_buffers. " +
			"error_page 494 lets you serve your own page for this case.",
		SeeAlso: []SeeAlso{
			{Code: 400, Why: "What the client actually receives; 494 never appears on the wire."},
			{Code: 431, Why: "The registered code for oversized header fields; nginx sends 400 instead."},
			{Code: 414, Why: "nginx sends 414 instead when it is the request line (the URI) that doesn't fit a buffer."},
		},
		Example: Example{
			Request: []string{"GET / HTTP/1.1", "Host: example.com", "Cookie: _ga=GA1.2...; session=eyJhbGciOi... (about 20 kB in all)"},
			Response: []string{
				"HTTP/1.1 400 Bad Request", "Content-Type: text/html", "",
				"<head><title>400 Request Header Or Cookie Too Large</title></head>",
			},
		},
		Notes: []string{
			"nginx answers 414 if the request line does not fit in one of these buffers, and 400 if a header field does not (nginx docs, large_client_header_buffers).",
		},
		Scenarios: []Scenario{
			{
				Text: "Only some users of an intranet get nginx's 400 page on every request, and clearing the cookies for the " +
					"domain fixes it for them until the analytics scripts pile them up again. You want an nginx error_page rule " +
					"for exactly this case.",
				Why: "Their Cookie header outgrew nginx's header buffers; nginx tracks this case with its own 49x number but sends 400.",
			},
		},
	},
	{
		Code:   495,
		Phrase: "SSL Certificate Error",
		Status: Unofficial,
		Vendor: "nginx",
		Slug:   "nginx",
		Source: "nginx src/http/ngx_http_request.h: NGX_HTTPS_CERT_ERROR 495; " +
			"src/http/ngx_http_special_response.c: page \"400 The SSL certificate error\", err_status forced to 400",
		Caveat: "Sent to the client as 400, with the page title \"400 The SSL certificate error\". The 495 value lives " +
			"inside nginx: error_page can match it, while the access log records the 400 that was sent.",
		Tier:      Rare,
		Reference: "nginx source, ngx_http_request.h",
		URL:       "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		Summary:   "nginx: the client's TLS certificate failed verification",
		Explanation: "With client certificates turned on (ssl_verify_client), nginx uses 495 internally when the certificate " +
			"a client presented fails verification: for example it has expired, or it isn't signed by a CA nginx trusts. " +
			"The client receives a 400 Bad Request whose page says \"The SSL certificate error\". " +
			"Check the client's certificate and chain against the CA file set in ssl_client_certificate; nginx's error log says why verification failed. " +
			"error_page 495 lets you serve a friendlier page.",
		SeeAlso: []SeeAlso{
			{Code: 400, Why: "What the client actually receives; 495 never appears on the wire."},
			{Code: 496, Slug: "nginx", Why: "496 means no certificate was sent at all; 495 means one was sent but failed verification."},
		},
		Example: Example{
			Request: []string{"GET /api/orders HTTP/1.1", "Host: api.example.com", "(TLS client certificate: expired)"},
			Response: []string{
				"HTTP/1.1 400 Bad Request", "Content-Type: text/html", "",
				"<head><title>400 The SSL certificate error</title></head>",
			},
		},
		Scenarios: []Scenario{
			{
				Text: "A partner's service that authenticates to your nginx with a client certificate starts getting nginx's 400 page " +
					"the morning after that certificate's validity period ended. You want an nginx error_page rule for exactly this case.",
				Why: "nginx checked the presented certificate, found it expired, and handled it as its internal certificate-error case, sent as 400.",
			},
		},
	},
	{
		Code:   496,
		Phrase: "SSL Certificate Required",
		Status: Unofficial,
		Vendor: "nginx",
		Slug:   "nginx",
		Source: "nginx src/http/ngx_http_request.h: NGX_HTTPS_NO_CERT 496; " +
			"src/http/ngx_http_special_response.c: page \"400 No required SSL certificate was sent\", err_status forced to 400",
		Caveat: "Sent to the client as 400, with the page title \"400 No required SSL certificate was sent\". The 496 value " +
			"lives inside nginx: error_page can match it, while the access log records the 400 that was sent.",
		Tier:      Rare,
		Reference: "nginx source, ngx_http_request.h",
		URL:       "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		Summary:   "nginx: a client certificate is required and none was presented",
		Explanation: "nginx uses 496 internally when ssl_verify_client on requires a client certificate and the client sent none. " +
			"The client receives a 400 Bad Request whose page says \"No required SSL certificate was sent\". " +
			"Configure the client to present its certificate and key (with curl, --cert and --key). " +
			"If only some paths need certificates, ssl_verify_client optional plus a check of $ssl_client_verify where it matters avoids rejecting everyone else.",
		SeeAlso: []SeeAlso{
			{Code: 400, Why: "What the client actually receives; 496 never appears on the wire."},
			{Code: 495, Slug: "nginx", Why: "495 means a certificate was sent but failed verification; 496 means none was sent."},
			{Code: 401, Why: "The registered HTTP-level \"identify yourself\", with a challenge; client certificates live in TLS instead."},
		},
		Example: Example{
			Request: []string{"GET /internal/metrics HTTP/1.1", "Host: api.example.com", "(no TLS client certificate)"},
			Response: []string{
				"HTTP/1.1 400 Bad Request", "Content-Type: text/html", "",
				"<head><title>400 No required SSL certificate was sent</title></head>",
			},
		},
		Scenarios: []Scenario{
			{
				Text: "A developer calls an internal API protected by mutual TLS with plain curl and gets nginx's 400 page, " +
					"while the same call from the service that holds the key pair works. You want an nginx error_page rule for exactly this case.",
				Why: "curl presented no client certificate, which nginx handles as its internal no-certificate case and sends as 400.",
			},
		},
	},
	{
		Code:   497,
		Phrase: "HTTP Request Sent to HTTPS Port",
		Status: Unofficial,
		Vendor: "nginx",
		Slug:   "nginx",
		Source: "nginx src/http/ngx_http_request.h: NGX_HTTP_TO_HTTPS 497 (plain HTTP requests sent to the HTTPS port); " +
			"src/http/ngx_http_special_response.c: page \"400 The plain HTTP request was sent to HTTPS port\", err_status forced to 400",
		Caveat: "Sent to the client as 400, with the page title \"400 The plain HTTP request was sent to HTTPS port\". The 497 " +
			"value lives inside nginx: error_page can match it, while the access log records the status actually sent.",
		Tier:      Rare,
		Reference: "nginx source, ngx_http_request.h",
		URL:       "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		Summary:   "nginx: plain http:// arrived on a port that expects TLS",
		Explanation: "nginx uses 497 internally when an unencrypted HTTP request arrives on a port set up for TLS, such as http://example.com:443/. " +
			"The client receives a 400 Bad Request whose page says \"The plain HTTP request was sent to HTTPS port\". " +
			"The client should use https:// for that port. " +
			"nginx's source says the code exists so that error_page can tell this case apart from other 4xx errors, " +
			"and admins often use error_page 497 to send such visitors to the https:// URL.",
		SeeAlso: []SeeAlso{
			{Code: 400, Why: "What the client actually receives unless error_page turns it into something else."},
			{Code: 301, Why: "The usual way to move plain-HTTP visitors to https:// on port 80; 497 is for plain HTTP on the TLS port."},
		},
		Example: Example{
			Request: []string{"GET /health HTTP/1.1", "Host: example.com:443"},
			Response: []string{
				"HTTP/1.1 400 Bad Request", "Content-Type: text/html", "",
				"<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>",
			},
		},
		Notes: []string{
			"A comment in ngx_http_request.h explains the special code is there to distinguish this case from other 4xx in error page redirection (nginx source).",
			"error_page with a full URL answers with a 302 redirect to it unless another redirect code is given with =, so \"error_page 497 https://...\" sends the client 302, not 400 (nginx docs, error_page).",
		},
		Scenarios: []Scenario{
			{
				Text: "A health checker is configured with http://10.0.0.5:443/health, and nginx answers every probe with a 400 page " +
					"instead of the health JSON. You want an nginx error_page rule for exactly this case.",
				Why: "The checker speaks unencrypted HTTP to the TLS port, which nginx detects as its own 49x case and answers with 400.",
			},
		},
	},
	{
		Code:   499,
		Phrase: "Client Closed Request",
		Status: Unofficial,
		Vendor: "Cloudflare (logs and analytics only)",
		Slug:   "cloudflare",
		Source: "cloudflare/cloudflare-docs src/content/docs/support/troubleshooting/http-status-codes/4xx-client-error/error-499.mdx",
		Caveat: "Logs and analytics only: Cloudflare records 499 in Cloudflare Logs and, for Enterprise customers, in status code " +
			"analytics. No visitor ever receives it.",
		Tier:      Rare,
		Reference: "Cloudflare docs: Error 499",
		URL:       "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-499/",
		Summary:   "Cloudflare's log entry for a visitor who left before it could answer",
		Explanation: "Cloudflare is built on nginx and inherits its 499: when a visitor's client closes the connection before " +
			"Cloudflare has finished handling the request, the request is logged with 499. " +
			"You see it in Cloudflare Logs and, on Enterprise plans, in status code analytics. " +
			"A few are expected, since people close tabs and apps time out. " +
			"Many of them usually mean the visitor gave up while Cloudflare was still waiting on a slow origin, so look at your origin first.",
		SeeAlso: []SeeAlso{
			{Code: 499, Slug: "nginx", Why: "The original: nginx logs the same event under the same number.", Same: true},
			{Code: 522, Slug: "cloudflare", Why: "If the visitor waits long enough and Cloudflare can't connect to the origin, the visitor gets 522."},
		},
		Example: Example{
			Request:  []string{"GET /checkout HTTP/1.1", "Host: example.com"},
			Response: []string{"(nothing: the visitor's client closed the connection before Cloudflare answered)"},
		},
		Notes: []string{
			"If the origin doesn't answer Cloudflare's TCP handshake, Cloudflare waits 19 seconds, then tries once more with a 15-second timeout. " +
				"A client that gives up during that wait is logged as 499; one that waits through a failed handshake gets 522 (Cloudflare docs, Error 499).",
		},
		Scenarios: []Scenario{
			{
				Text: "Cloudflare Logs for a slow checkout page show many requests for which no status was ever delivered to the visitor, " +
					"each ending about 30 seconds after it started, matching the timeout of the shop's mobile app.",
				Why: "The visitors' clients gave up before Cloudflare had an answer, and Cloudflare logs that with nginx's code.",
			},
		},
	},
	{
		Code:   499,
		Phrase: "Client Closed Request",
		Status: Unofficial,
		Vendor: "nginx",
		Slug:   "nginx",
		Source: "nginx src/http/ngx_http_request.h: NGX_HTTP_CLIENT_CLOSED_REQUEST 499 (client closed the connection before " +
			"nginx sent the response header; logged, never sent)",
		Caveat: "Never sent: nginx logs 499 when the client hung up before nginx answered, so there is nobody left to send it to. " +
			"It exists only in nginx's logs.",
		Tier:      Common,
		Reference: "nginx source, ngx_http_request.h",
		URL:       "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
		Summary:   "nginx's log mark for a client that hung up before nginx could answer",
		Explanation: "nginx logs 499 when the client closes the connection while nginx is still working on the request, " +
			"before it has sent the response header. " +
			"Typical causes are a client timeout shorter than your backend's response time, a user who navigates away or presses stop, " +
			"or an app that cancels a request it no longer needs. " +
			"Nothing is sent, because nobody is listening any more. " +
			"A few are normal; a rising rate usually means slow upstreams or impatient client timeouts, so compare $request_time with the client's timeout.",
		SeeAlso: []SeeAlso{
			{Code: 504, Why: "504 means nginx gave up waiting for a slow upstream; 499 means the client gave up first."},
			{Code: 408, Why: "408 is the server giving up on a client slow to send its request; 499 is the client giving up on the server."},
			{Code: 460, Slug: "aws", Why: "AWS ALB's code for the same event.", Same: true},
			{Code: 499, Slug: "cloudflare", Why: "Cloudflare, built on nginx, logs the same number for visitors who leave early.", Same: true},
			{Code: 444, Slug: "nginx", Why: "The other never-sent nginx code: with 444 nginx hangs up, with 499 the client does."},
		},
		Example: Example{
			Request:  []string{"GET /api/reports/annual HTTP/1.1", "Host: api.example.com"},
			Response: []string{"(nothing: the client closed the connection before nginx answered)"},
		},
		Notes: []string{
			"nginx's source explains that HTTP has no code for a client closing the connection mid-request, so nginx introduced its own to log the situation (nginx ngx_http_request.h).",
			"In the default combined log format such a line contains \"GET /api/reports/annual HTTP/1.1\" 499 0: the status, then 0 body bytes sent (nginx log module).",
			"By default nginx also closes the connection to a proxied server when the client leaves; proxy_ignore_client_abort on keeps it open (nginx docs, ngx_http_proxy_module).",
		},
		Scenarios: []Scenario{
			{
				Text: "nginx proxies to an app with proxy_read_timeout 120s. An export takes 90 seconds to build, but the mobile app's " +
					"HTTP client aborts after 60. What status does nginx's access log show for those requests?",
				Why: "The client left at 60 s, before nginx's own 120 s upstream timeout, so nginx logs the client's departure. " +
					"504 would need nginx itself to time out waiting for the app.",
				Versus: []int{504},
			},
			{
				Text: "A search box sends a request on every keystroke and the frontend cancels the previous request as soon as a new one starts. " +
					"The access log fills with entries that sent 0 bytes.",
				Why: "Each canceled request is abandoned before nginx has answered, and nginx logs that with its own 4xx.",
			},
			{
				Text: "Users complain that a dashboard sometimes spins forever and they reload it. In nginx's access log, the dashboard's " +
					"API calls show a non-standard status, each logged at the moment a user reloaded.",
				Why: "Reloading the page aborts the pending API calls, so nginx records that the client went away before a response was sent.",
			},
		},
	},
}
