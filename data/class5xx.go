package data

// serverErrors holds every 5xx code of the IANA registry.
var serverErrors = []Entry{
	{
		Code:      500,
		Phrase:    "Internal Server Error",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.6.1",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/500",
		Summary:   "Something broke inside the server itself; your request may be fine",
		Keywords:  []string{"crash", "exception", "bug"},
		Explanation: "The server ran into a situation it did not expect and could not finish the request. " +
			"It is the generic answer for a failure on the server's own side: an unhandled exception, a bug, " +
			"a broken configuration, a missing file the code relies on. " +
			"The server that answered is the one that failed, not some system behind it. " +
			"The client cannot fix this by changing the request; it can try again later and should report the " +
			"problem if it keeps happening.",
		WhenToUse: []string{
			"Your code hit an error it has no more specific answer for, such as an unhandled exception.",
			"A bug or misconfiguration on the server stops the request, and the client did nothing wrong.",
		},
		WhenNotToUse: []string{
			"The client sent invalid data: use 400 or 422 so the client knows the request itself must change.",
			"The server is overloaded or down for maintenance and will recover soon: use 503.",
			"A proxy got a broken answer from the server behind it: use 502; if it got no answer in time, use 504.",
		},
		Headers: []Header{
			{Name: "Content-Type", Why: "The server SHOULD send a body explaining the error (RFC 9110 §15.6); " +
				"keep stack traces and secrets out of it."},
		},
		SeeAlso: []SeeAlso{
			{Code: 502, Why: "502 comes from a proxy that got a bad answer upstream; 500 comes from the server that failed."},
			{Code: 503, Why: "503 promises a temporary condition such as overload; 500 makes no such promise."},
			{Code: 504, Why: "504 means a proxy waited too long for the server behind it; 500 is a failure, not a wait."},
			{Code: 501, Why: "501 says the server lacks the feature at all; 500 says something went wrong doing it."},
		},
		Example: Example{
			Request: []string{
				"POST /api/orders HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"Content-Length: 32",
				"",
				`{"productId": 42, "quantity": 1}`,
			},
			Response: []string{
				"HTTP/1.1 500 Internal Server Error",
				"Content-Type: application/problem+json",
				"Content-Length: 65",
				"",
				`{"title": "Unexpected error", "status": 500, "traceId": "7f3a9c"}`,
			},
		},
		Notes: []string{
			"A client that meets an unknown 5xx code must treat it like 500 (RFC 9110 §15).",
			"An AWS Application Load Balancer passes a target's own 500 on to the client unchanged instead of " +
				"turning it into 502 (AWS ALB troubleshooting guide).",
		},
		Scenarios: []Scenario{
			{
				Text: "An API handler reads user.profile.name, but profile is null for accounts created before a " +
					"migration, and the exception reaches the framework's catch-all handler.",
				Why: "The server's own code crashed on an unexpected condition; the client's request was valid.",
			},
			{
				Text: "A Django app behind nginx throws an uncaught exception and returns its own HTML page about the crash; " +
					"nginx forwards that response to the browser untouched.",
				Why: "The app generated a valid HTTP error and the proxy passed it on. A 502 would mean the proxy " +
					"received an invalid response from the app.",
				Versus: []int{502},
			},
			{
				Text: "Today's deploy renamed a database column but not the query that reads it, so every request " +
					"to /reports fails the same way, no matter how long you wait.",
				Why:    "This is a bug, not a passing overload. A 503 would promise that waiting helps.",
				Versus: []int{503},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The application hit an unhandled error: an exception, a bad deploy, missing configuration.",
				Where: "application",
				Check: "Find the request in the application's error log by time or request ID; 500 only says the server " +
					"failed, not why (RFC 9110 §15.6.1).",
			},
			{
				Cause: "The application can't reach its database or another service it needs.",
				Where: "application",
				Check: "\"Error establishing database connection\" is a classic 500 seen through Cloudflare; check the " +
					"database and its credentials at the origin (Cloudflare docs, Error 500).",
			},
			{
				Cause: "nginx ran into a rewrite or internal redirect loop.",
				Where: "origin",
				Check: "nginx answers 500 and logs \"rewrite or internal redirection cycle\" when rewrites keep redirecting " +
					"internally; fix the rule that loops (nginx source, ngx_http_core_module.c).",
			},
			{
				Cause: "An AWS load balancer failed itself: a web ACL error, or it can't reach the identity provider.",
				Where: "load balancer",
				Check: "The ALB answers 500 if AWS WAF rules fail to run or the IdP's token or user info endpoint is " +
					"unreachable; check outbound rules and NAT (AWS ALB troubleshooting guide, HTTP 500).",
			},
		},
	},
	{
		Code:      501,
		Phrase:    "Not Implemented",
		Tier:      Common,
		Reference: "RFC9110, Section 15.6.2",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/501",
		Summary:   "The server doesn't support this method or feature at all, anywhere",
		Explanation: "The server lacks the feature that this request depends on. " +
			"The classic case is a request method the server does not recognize and cannot handle for any " +
			"resource; another is a transfer coding it does not understand. " +
			"It is a statement about the whole server, not about one URL. " +
			"The client should not retry the same request; it needs another method, another feature, or another server.",
		WhenToUse: []string{
			"The request uses a method your server does not know or support on any resource.",
			"A request arrives with a Transfer-Encoding the server does not understand (RFC 9112 §6.1).",
		},
		WhenNotToUse: []string{
			"The method is known but not allowed on this particular URL: use 405 with an Allow header.",
			"The feature exists but crashed while running: use 500.",
			"An endpoint is planned but not built yet while the method is fine elsewhere: use 404 or 405, " +
				"not a whole-server claim.",
		},
		Headers: []Header{
			{Name: "Cache-Control", Why: "501 is heuristically cacheable; say how long if support may arrive soon."},
		},
		SeeAlso: []SeeAlso{
			{Code: 405, Why: "405 means this resource refuses a method the server knows; 501 means the server doesn't support it at all."},
			{Code: 500, Why: "500 is a failure while doing something supported; 501 means it is not supported."},
			{Code: 510, Why: "510 was RFC 2774's answer when a request lacked an extension the server required; 501 covers unsupported features in general."},
		},
		Example: Example{
			Request: []string{"PURGE /assets/app.css HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 501 Not Implemented",
				"Content-Type: text/plain",
				"Content-Length: 46",
				"",
				"This server does not support the PURGE method.",
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"All general-purpose servers MUST support GET and HEAD, so those methods should never get a 501 " +
				"(RFC 9110 §9.1).",
			"An AWS Application Load Balancer answers 501 to a Transfer-Encoding other than chunked or identity " +
				"(AWS ALB troubleshooting guide).",
		},
		Scenarios: []Scenario{
			{
				Text: "A CDN is configured to send PURGE requests to a small origin server whose code only " +
					"understands GET, HEAD and POST. The origin has never heard of PURGE, on any path.",
				Why: "The method is unknown to the whole server. 405 is for a method the server knows but " +
					"that this one resource does not allow.",
				Versus: []int{405},
			},
			{
				Text: "A client uploads a body with Transfer-Encoding: zstd, chunked through a load balancer that only " +
					"understands the chunked coding.",
				Why: "The server does not understand the zstd transfer coding, and HTTP/1.1 says it SHOULD answer " +
					"that way (RFC 9112 §6.1). Chunked is still the final coding, so the body's framing itself is fine.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The method is unknown to the server: a typo, or a custom method.",
				Where: "client",
				Check: "Check the method name; 501 means the server supports it for no resource at all, and Cloudflare " +
					"Workers answer 501 to non-standard methods (RFC 9110 §15.6.2; Cloudflare docs, Error 501).",
			},
			{
				Cause: "An AWS load balancer got a Transfer-Encoding it doesn't support.",
				Where: "load balancer",
				Check: "The ALB accepts only chunked and identity and answers 501 to other values; use Content-Encoding for " +
					"compression (AWS ALB troubleshooting guide, HTTP 501).",
			},
			{
				Cause: "The server supports the method now, but a cache still serves the old 501.",
				Where: "CDN",
				Check: "501 is heuristically cacheable, so caches may reuse it; purge them after the change (RFC 9110 " +
					"§15.6.2).",
			},
		},
	},
	{
		Code:      502,
		Phrase:    "Bad Gateway",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.6.3",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/502",
		Summary:   "A proxy got a broken or invalid answer from the server behind it",
		Keywords:  []string{"proxy", "upstream", "load balancer"},
		Explanation: "A server acting as a gateway or proxy (a load balancer, a reverse proxy, a CDN) forwarded " +
			"your request and got back something it could not use. " +
			"Typical causes: the upstream reset or dropped the connection, sent malformed headers, or failed " +
			"the TLS handshake. " +
			"The problem lies between the proxy and the server behind it, so the client cannot fix it; " +
			"retrying later may work, and the operators should check the upstream's logs.",
		WhenToUse: []string{
			"Your proxy or load balancer received an invalid or incomplete response from the upstream.",
			"The upstream closed or reset the connection while the proxy was waiting for its answer.",
		},
		WhenNotToUse: []string{
			"The upstream never answered within the time limit: use 504.",
			"There is no healthy upstream to send the request to, or the service is in maintenance: use 503.",
			"The upstream sent a valid HTTP error such as 500 or 404: pass that response on instead.",
		},
		Headers: []Header{
			{Name: "Server", Why: "Often names the proxy that generated the error, a first clue that the failure " +
				"happened between the proxy and its upstream."},
		},
		SeeAlso: []SeeAlso{
			{Code: 504, Why: "504 means the upstream said nothing in time; 502 means it answered badly."},
			{Code: 503, Why: "503 means the service can't take requests right now; 502 means an upstream was tried and failed."},
			{Code: 500, Why: "500 comes from the server that failed itself; 502 comes from a proxy reporting on its upstream."},
			{Code: 520, Slug: "cloudflare", Why: "Cloudflare's own code for an empty or unexpected origin response, where a generic proxy sends 502."},
		},
		Example: Example{
			Request: []string{"GET /api/orders HTTP/1.1", "Host: api.example.com"},
			Response: []string{
				"HTTP/1.1 502 Bad Gateway",
				"Server: nginx",
				"Content-Type: text/html",
				"Content-Length: 24",
				"",
				"<h1>502 Bad Gateway</h1>",
			},
		},
		Notes: []string{
			"An AWS Application Load Balancer sends 502 when the target resets the connection, sends a " +
				"malformed response, or fails the TLS handshake (AWS ALB troubleshooting guide).",
			"Intermittent 502s behind an AWS ALB often mean the target's keep-alive timeout is shorter than the " +
				"load balancer's idle timeout, so the target closes connections the balancer still uses " +
				"(AWS ALB troubleshooting guide).",
			"If the upstream sends a valid HTTP error, the proxy should pass it on rather than replace it with 502 (MDN 502).",
			"Cloudflare reports several origin failures with its own 52x codes instead of 502 " +
				"(Cloudflare docs: 5xx errors).",
		},
		Scenarios: []Scenario{
			{
				Text: "Behind an AWS Application Load Balancer, the app process on a target crashes halfway through " +
					"a request and the target answers the balancer with a TCP reset.",
				Why: "The balancer got a broken answer from its target. 504 would mean the target stayed silent " +
					"until the time limit ran out.",
				Versus: []int{504},
			},
			{
				Text: "A load balancer has two registered targets, but the app on them speaks plain HTTP on the " +
					"port where the balancer expects TLS, so every handshake to them fails.",
				Why: "There are targets to try, and trying them fails. 503 is what the balancer sends when it " +
					"has no registered targets at all.",
				Versus: []int{503},
			},
			{
				Text: "After a library upgrade, the upstream app behind your reverse proxy starts writing response " +
					"headers without the colon after each name.",
				Why: "The proxy received a malformed, invalid response from upstream. 500 would be the app " +
					"reporting its own failure in a valid response.",
				Versus: []int{500},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The upstream refused or reset the connection: the app is down, crashed, or listens elsewhere.",
				Where: "proxy",
				Check: "nginx's error log shows \"connect() failed\" or \"upstream prematurely closed connection\" with the " +
					"upstream's address; check the app is running there (nginx source, ngx_http_upstream.c).",
			},
			{
				Cause: "The target closed an idle keep-alive connection just as the load balancer reused it.",
				Where: "load balancer",
				Check: "Make the target's keep-alive timeout longer than the ALB's idle timeout, 60 s by default (AWS ALB " +
					"troubleshooting guide, HTTP 502; AWS ALB user guide, connection idle timeout).",
			},
			{
				Cause: "The upstream sent an invalid or oversized response header.",
				Where: "proxy",
				Check: "nginx logs \"upstream sent too big header\" past proxy_buffer_size; the ALB limit is 32 K " +
					"(nginx source, ngx_http_upstream.c; nginx docs, proxy_buffer_size; AWS ALB troubleshooting guide, HTTP 502).",
			},
			{
				Cause: "Every upstream server was marked failed, so nginx had none left to try.",
				Where: "proxy",
				Check: "After max_fails (1) failures within fail_timeout (10 s) nginx skips a server; with none left it logs " +
					"\"no live upstreams\" and sends 502 (nginx docs, upstream; nginx source, ngx_http_upstream.c).",
			},
		},
	},
	{
		Code:      503,
		Phrase:    "Service Unavailable",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.6.4",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/503",
		Summary:   "Down for now: overloaded or in maintenance, try again later",
		Keywords:  []string{"maintenance", "overload", "down"},
		Explanation: "The server cannot handle the request at the moment because it is overloaded or down for " +
			"maintenance, and it expects this to pass. " +
			"Any server in the chain can send it, including the origin itself, and it applies to everyone, " +
			"not to one client. " +
			"The server may say when to come back with Retry-After. " +
			"The client should wait and retry, ideally honoring Retry-After or backing off, rather than hammering the server.",
		WhenToUse: []string{
			"The server is shedding load because it is at capacity (CPU, memory, connection pool).",
			"The site or API is down for planned maintenance or a deploy for a limited time.",
			"A load balancer has no backends available to send the request to.",
		},
		WhenNotToUse: []string{
			"One client is sending too many requests while the service is fine for others: use 429.",
			"A proxy got a broken answer from its upstream: use 502; no answer in time: use 504.",
			"The failure is a bug that waiting will not fix: use 500.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "MAY be sent (RFC 9110 §15.6.4) to say how long to wait, as seconds or an " +
				"HTTP-date; MDN recommends it whenever you can estimate the recovery time."},
			{Name: "Cache-Control", Why: "Be careful with freshness: a cached outage page can keep showing after " +
				"the service is back (MDN 503)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 429, Why: "429 targets one client that is too fast; 503 says the service is struggling for everyone."},
			{Code: 502, Why: "502 reports a broken answer from an upstream; 503 reports the service can't take work now."},
			{Code: 504, Why: "504 reports an upstream that never answered in time; 503 is an immediate, deliberate refusal."},
			{Code: 500, Why: "500 is an unexpected failure with no promise; 503 promises the condition is temporary."},
			{Code: 529, Slug: "anthropic", Why: "Anthropic's API uses its own 529 for API-wide overload, where most services send 503."},
		},
		Example: Example{
			Request: []string{"GET /checkout HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 503 Service Unavailable",
				"Retry-After: 120",
				"Cache-Control: no-store",
				"Content-Type: text/html",
				"Content-Length: 58",
				"",
				"<p>We're doing maintenance. Back in about two minutes.</p>",
			},
		},
		Notes: []string{
			"A server does not have to send 503 when overloaded; some simply refuse the connection " +
				"(RFC 9110 §15.6.4).",
			"Retry-After takes either a number of seconds or an HTTP-date (RFC 9110 §10.2.3).",
			"An AWS Application Load Balancer answers 503 when its target groups have no registered targets " +
				"(AWS ALB troubleshooting guide).",
			"For clients restricted by rate limiting, MDN points to 429 rather than 503 (MDN 503).",
		},
		Scenarios: []Scenario{
			{
				Text: "During a deploy, every instance is deregistered from an AWS load balancer's target group, " +
					"so for a minute the balancer has nowhere to send requests.",
				Why: "No upstream was tried at all, so nothing answered badly (502) or too slowly (504); the " +
					"service simply can't take requests right now.",
				Versus: []int{502, 504},
			},
			{
				Text: "On a flash-sale morning the checkout system is at full capacity and turns visitors away, " +
					"even those who have made only one request, asking them to come back in 30 seconds.",
				Why: "The whole service is overloaded, independent of who is asking. 429 would blame one " +
					"client's request rate.",
				Versus: []int{429},
			},
			{
				Text: "A site is migrating its database from 02:00 to 03:00 and shows every visitor a friendly " +
					"page saying when it will be back.",
				Why: "Planned, temporary downtime is the textbook case, ideally with Retry-After.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The load balancer has no targets to send the request to.",
				Where: "load balancer",
				Check: "An ALB answers 503 when its target groups have no registered targets; check the target group's " +
					"registrations and health checks (AWS ALB troubleshooting guide, HTTP 503).",
			},
			{
				Cause: "A request or connection limit in nginx rejected it: they answer 503 unless told otherwise.",
				Where: "proxy",
				Check: "limit_req and limit_conn reject with 503 by default; set limit_req_status 429 if you mean a rate " +
					"limit, or raise the limits (nginx docs, limit_req_status, limit_conn_status).",
			},
			{
				Cause: "The service is down for maintenance or overloaded, and says when to come back.",
				Where: "origin",
				Check: "Honour Retry-After (seconds or a date) before retrying; without it, back off, since 503 is meant to " +
					"be temporary (RFC 9110 §15.6.4, §10.2.3).",
			},
			{
				Cause: "The application sheds load when memory, CPU or its connection pool runs out.",
				Where: "application",
				Check: "Some applications answer 503 at resource thresholds; check those metrics at the time of the errors " +
					"and scale or tune the pool (MDN 503).",
			},
		},
	},
	{
		Code:      504,
		Phrase:    "Gateway Timeout",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.6.5",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.5",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/504",
		Summary:   "A proxy gave up waiting for the server behind it to answer",
		Keywords:  []string{"timeout", "upstream", "slow"},
		Explanation: "A server acting as a gateway or proxy forwarded your request and did not get a response " +
			"from the upstream server in time. " +
			"Either it could not even connect within its limit, or it connected and then waited too long for " +
			"an answer, for example for a slow database query. " +
			"The request may or may not have been processed upstream, so retry carefully if it was not safe " +
			"to repeat. Operators should look at slow upstream work or raise the proxy's time limit.",
		WhenToUse: []string{
			"Your proxy could not connect to the upstream within its connect time limit.",
			"The upstream accepted the connection but sent no response before the proxy's read or idle limit.",
		},
		WhenNotToUse: []string{
			"The upstream answered, but with something broken or invalid: use 502.",
			"There is no upstream available to try, or the service is in maintenance: use 503.",
			"The server gave up waiting for the client to finish sending its request: use 408.",
		},
		Headers: []Header{
			{Name: "Server", Why: "Often names the proxy that gave up waiting, which tells you the time limit " +
				"to look at is that proxy's."},
		},
		SeeAlso: []SeeAlso{
			{Code: 502, Why: "502 means the upstream answered with something invalid; 504 means no answer in time."},
			{Code: 503, Why: "503 is an immediate refusal because the service can't take work; 504 follows a wait."},
			{Code: 408, Why: "408 is a server waiting on the client's request; 504 is a proxy waiting on its upstream."},
			{Code: 524, Slug: "cloudflare", Why: "Cloudflare's own code when the origin accepted the connection but didn't answer in time."},
		},
		Example: Example{
			Request: []string{"GET /reports/annual?year=2024 HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 504 Gateway Time-out",
				"Server: nginx",
				"Content-Type: text/html",
				"Content-Length: 29",
				"",
				"<h1>504 Gateway Time-out</h1>",
			},
		},
		FormerNames: []string{"Gateway Time-out"},
		Notes: []string{
			"RFC 2616 spelled the phrase \"Gateway Time-out\", and nginx still sends it that way " +
				"(RFC 2616 §6.1.1; nginx source, ngx_http_header_filter_module.c).",
			"An AWS Application Load Balancer sends 504 when it cannot connect to the target within 10 seconds, " +
				"or when the target sends nothing before the idle timeout ends (AWS ALB troubleshooting guide).",
			"MDN describes 504 as the case where the proxy received no HTTP response at all from upstream, and " +
				"502 as the case where it received an invalid one (MDN 502, MDN 504).",
		},
		Scenarios: []Scenario{
			{
				Text: "An annual-report endpoint runs a five-minute SQL query. The load balancer in front allows " +
					"60 idle seconds, and nothing comes back from the target before then.",
				Why: "The target never answered within the limit. 502 would mean it did answer, but with " +
					"something broken.",
				Versus: []int{502},
			},
			{
				Text: "A security-group change makes a load balancer's packets to its registered targets vanish, " +
					"so its TCP connections are never established within 10 seconds.",
				Why: "Targets exist, but the balancer could not reach them in time. 503 is for when there is " +
					"nothing to send the request to.",
				Versus: []int{503},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The upstream was too slow: no response before the proxy's read timeout.",
				Where: "proxy",
				Check: "nginx logs \"upstream timed out\" and sends 504 after proxy_read_timeout (60 s between reads); " +
					"speed up the handler or raise it (nginx source, ngx_http_upstream.c; nginx docs, proxy_read_timeout).",
			},
			{
				Cause: "The load balancer could not connect to the target in time, or the target stayed silent.",
				Where: "load balancer",
				Check: "An ALB answers 504 if it can't connect within 10 s or the target is silent past the idle timeout; " +
					"check security groups and NACL ephemeral ports (AWS ALB troubleshooting guide, HTTP 504).",
			},
			{
				Cause: "The application declared a Content-Length larger than the body it sent.",
				Where: "application",
				Check: "The ALB waits for the missing bytes and times out with 504; let the framework compute Content-Length " +
					"(AWS ALB troubleshooting guide, HTTP 504).",
			},
			{
				Cause: "The work takes minutes and is done inside a single request.",
				Where: "application",
				Check: "Answer 202 at once and let the client poll a status URL instead of holding the request past every " +
					"proxy's timeout (RFC 9110 §15.3.3; Cloudflare docs, Error 524).",
			},
		},
	},
	{
		Code:      505,
		Phrase:    "HTTP Version Not Supported",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.6.6",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.6",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/505",
		Summary:   "The server won't talk in the HTTP major version the request used",
		Explanation: "The server will not handle requests in the major HTTP version this one used, either because it cannot or because it chooses not to. " +
			"The only thing it will send back in that version is this error. " +
			"In practice it often appears when a request line is mangled, for example by a space that was " +
			"never encoded, so the server reads the wrong token as the version. " +
			"The client should send the request with a version the server supports, usually HTTP/1.1, and check " +
			"that the request line is well formed.",
		WhenToUse: []string{
			"A request names a major HTTP version your server does not implement or refuses to serve.",
		},
		WhenNotToUse: []string{
			"The request line is garbled in some other way: use 400.",
			"The server wants the client to switch to a different protocol: use 426 with an Upgrade header.",
		},
		Headers: []Header{
			{Name: "Content-Type", Why: "The server SHOULD send a body explaining why the version is not " +
				"supported and which protocols it does support (RFC 9110 §15.6.6)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 400, Why: "400 covers malformed requests in general; 505 is specifically about the HTTP version."},
			{Code: 426, Why: "426 asks the client to upgrade to another protocol; 505 refuses the version it used."},
		},
		Example: Example{
			Request: []string{"GET / HTTP/3.0", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 505 HTTP Version Not Supported",
				"Content-Type: text/plain",
				"Content-Length: 62",
				"",
				"This server speaks HTTP/1.0 and HTTP/1.1 over this connection.",
			},
		},
		Notes: []string{
			"The code is about the major version number, such as the 1 in HTTP/1.1 (RFC 9110 §15.6.6).",
			"A mangled request line, such as an unencoded space in the path, can make a server report this " +
				"code (MDN 505).",
		},
		Scenarios: []Scenario{
			{
				Text: "A hand-written test client opens a plain TCP connection to an HTTP/1.1-only server and " +
					"sends the text request line \"GET / HTTP/3.0\".",
				Why: "The server does not speak major version 3 in that form and says so instead of guessing.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The client spoke an HTTP version the server won't use on that connection, such as HTTP/2 to an " +
					"HTTP/1 endpoint.",
				Where: "client",
				Check: "An AWS ALB answers 505 when an HTTP/2 request arrives on an HTTP/1 connection; stop forcing the " +
					"version on that connection (AWS ALB troubleshooting guide, HTTP 505).",
			},
			{
				Cause: "An old or hand-written client sends an unusual version in its request line.",
				Where: "client",
				Check: "Send HTTP/1.1 or later; the 505 body should say which versions the server supports (RFC 9110 " +
					"§15.6.6).",
			},
		},
	},
	{
		Code:      506,
		Phrase:    "Variant Also Negotiates",
		Tier:      Rare,
		Reference: "RFC2295",
		URL:       "https://www.rfc-editor.org/rfc/rfc2295.html#section-8.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/506",
		Summary:   "Server misconfigured: the chosen version leads into another negotiation",
		Explanation: "This comes from Transparent Content Negotiation, an experimental scheme from 1998 in which " +
			"a server picks the best of several versions (variants) of a resource. " +
			"The 506 means the variant the server picked is itself set up to negotiate again, so it cannot " +
			"serve as the final answer. " +
			"It is a configuration error on the server, not a client mistake. " +
			"The client can do nothing but report it; the site owner must fix the negotiation setup.",
		WhenToUse: []string{
			"Your server's transparent negotiation picks a variant that is itself negotiable, which is a " +
				"configuration error.",
		},
		WhenNotToUse: []string{
			"No variant matches the client's Accept headers: use 406.",
			"You want to offer the client a list of choices: use 300.",
			"Any other server misconfiguration: use 500.",
		},
		Headers: []Header{
			{Name: "Negotiate", Why: "The request header with which a client asks for transparent negotiation " +
				"(RFC 2295)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 300, Why: "300 offers the client a choice of variants; 506 reports that the server's own choosing broke."},
			{Code: 406, Why: "406 means no variant fits the client; 506 means the server's variant setup is circular."},
		},
		Example: Example{
			Request: []string{
				"GET /index HTTP/1.1",
				"Host: example.com",
				"Negotiate: trans",
				"Accept-Language: fr",
			},
			Response: []string{
				"HTTP/1.1 506 Variant Also Negotiates",
				"Content-Type: text/html",
				"Content-Length: 68",
				"",
				"<p>Configuration error: the French version is itself negotiable.</p>",
			},
		},
		Notes: []string{
			"RFC 2295 was published as an Experimental protocol, and the mechanism is rarely used (RFC 2295; MDN 506).",
			"Apache httpd's mod_negotiation is one server that can send this code (MDN 506).",
		},
		Scenarios: []Scenario{
			{
				Text: "On an Apache site using type-map files, the entry picked for French readers points to a " +
					"second .var map file instead of a real document.",
				Why: "The chosen variant would start another round of selection, a server configuration error.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The server's content negotiation is misconfigured: the chosen variant negotiates again.",
				Where: "origin",
				Check: "Check the variant setup (type maps, negotiation rules) so each variant is a plain resource, not " +
					"another negotiation; the client can't fix it (RFC 2295 §8.1).",
			},
			{
				Cause: "An application picked 506 for an unrelated error.",
				Where: "application",
				Check: "If the server doesn't use transparent content negotiation at all, 506 was chosen by mistake; RFC " +
					"2295 defines it only for that (RFC 2295 §8.1).",
			},
		},
	},
	{
		Code:      507,
		Phrase:    "Insufficient Storage",
		Tier:      Rare,
		Reference: "RFC4918",
		URL:       "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/507",
		Summary:   "The server ran out of space to store what the request needs",
		Explanation: "The server ran out of room: it cannot save what this request would create or change, " +
			"for example because a disk or a quota is full. " +
			"It was defined for WebDAV, but other servers use it for storage running out too. " +
			"The condition is considered temporary: once space is freed, the same request can succeed. " +
			"A client should not repeat it automatically; let the user retry after making room.",
		WhenToUse: []string{
			"An upload or copy cannot be stored because the disk or the user's quota is full.",
			"Creating a resource fails because the server has no space left for it.",
		},
		WhenNotToUse: []string{
			"The request body is larger than the server will ever accept, regardless of free space: use 413.",
			"The server is overloaded in general rather than short of storage: use 503.",
		},
		SeeAlso: []SeeAlso{
			{Code: 413, Why: "413 means the request is too big by policy; 507 means there's no room right now."},
			{Code: 503, Why: "503 is general temporary overload; 507 is specifically about storage."},
		},
		Example: Example{
			Request: []string{
				"PUT /files/backup.tar HTTP/1.1",
				"Host: dav.example.com",
				"Content-Type: application/x-tar",
				"Content-Length: 5368709120",
				"Expect: 100-continue",
			},
			Response: []string{
				"HTTP/1.1 507 Insufficient Storage",
				"Content-Type: text/plain",
				"Content-Length: 41",
				"",
				"Not enough free space to store this file.",
			},
		},
		Notes: []string{
			"If the request came from a user action, it MUST NOT be repeated until the user asks again " +
				"(RFC 4918 §11.5).",
			"MDN contrasts it with 413: 507 is temporary and depends on the server's resources (MDN 507).",
		},
		Scenarios: []Scenario{
			{
				Text: "A user drags a 2 GB video onto a self-hosted WebDAV drive whose disk has only 500 MB free.",
				Why: "The server cannot store what the request needs. 413 would mean the upload is too large " +
					"for the server to accept at all.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The server's disk or the account's storage quota is full.",
				Where: "origin",
				Check: "Free space or raise the quota where the data is stored; the condition is temporary (RFC 4918 §11.5).",
			},
			{
				Cause: "A client keeps resending the upload automatically.",
				Where: "client",
				Check: "A request sent by a user action MUST NOT be repeated until the user asks again; show the error " +
					"instead of looping (RFC 4918 §11.5).",
			},
		},
	},
	{
		Code:      508,
		Phrase:    "Loop Detected",
		Tier:      Rare,
		Reference: "RFC5842",
		URL:       "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.2",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/508",
		Summary:   "A WebDAV Depth: infinity request ran into a cycle of bindings",
		Explanation: "The WebDAV Binding extension (RFC 5842) lets one collection appear in several places, so a " +
			"folder can end up inside itself. " +
			"When a request with \"Depth: infinity\" walks into such a cycle, the server stops and answers 508, " +
			"and the whole operation has failed. " +
			"Clients that announce Binding support get a 208 inside the multistatus instead. " +
			"The client should use a smaller depth or fix the bindings.",
		WhenToUse: []string{
			"A Depth: infinity operation hits a binding cycle and the client has not signaled Binding support.",
		},
		WhenNotToUse: []string{
			"The client signaled Binding support with the DAV header: report repeated members with 208 inside " +
				"the 207 multistatus.",
			"Your application hit an infinite loop in its own code: that is a bug, use 500.",
			"A chain of redirects loops: that is the client's job to detect; the server just sends its 3xx.",
		},
		Headers: []Header{
			{Name: "Depth", Why: "The request header; 508 only arises for requests with Depth: infinity " +
				"(RFC 5842 §7.2)."},
			{Name: "DAV", Why: "A client that announces Binding support in this request header can get 208 " +
				"instead of 508 (RFC 5842 §7.1)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 208, Why: "208 marks already-listed members inside a multistatus; 508 fails the whole operation."},
			{Code: 500, Why: "500 covers server bugs in general; 508 is a WebDAV binding cycle."},
			{Code: 508, Slug: "cloudlinux", Why: "Same number, unrelated meaning: CloudLinux shared hosting answers 508 when a site runs too many requests at once."},
		},
		Example: Example{
			Request: []string{
				"PROPFIND /shared/ HTTP/1.1",
				"Host: dav.example.com",
				"Depth: infinity",
				"Content-Type: application/xml",
				"Content-Length: 52",
				"",
				`<D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>`,
			},
			Response: []string{
				"HTTP/1.1 508 Loop Detected",
				"Content-Type: text/plain",
				"Content-Length: 59",
				"",
				"A binding under /shared/ points back to one of its parents.",
			},
		},
		Notes: []string{
			"Without the DAV header signaling Binding support, a server should not use 208 and answers 508 " +
				"instead, either as the top-level status or inside a multistatus (RFC 5842 §7.1).",
		},
		Scenarios: []Scenario{
			{
				Text: "A WebDAV client without Binding support asks for every property of /projects/ with " +
					"Depth: infinity, and /projects/archive/ turns out to be a second binding of /projects/ itself.",
				Why: "The walk would never end, and this client cannot read 208 responses, so the whole " +
					"operation fails with this code.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "WebDAV bindings on the server form a cycle, and a Depth: infinity request ran into it.",
				Where: "origin",
				Check: "Find the binding that points back to an ancestor collection and remove it (RFC 5842 §7.2).",
			},
			{
				Cause: "The client asked for Depth: infinity over a tree that has loops.",
				Where: "client",
				Check: "The whole operation failed; walk the tree with Depth: 1 requests and skip resources already seen " +
					"(RFC 5842 §7.2).",
			},
		},
	},
	{
		Code:      510,
		Phrase:    "Not Extended (OBSOLETED)",
		Name:      "Not Extended",
		Status:    Obsoleted,
		Tier:      Rare,
		Reference: "RFC2774; Status change of HTTP experiments to Historic",
		URL:       "https://www.rfc-editor.org/rfc/rfc2774.html#section-7",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/510",
		Summary:   "Obsolete: the request lacked an HTTP extension the server required",
		Explanation: "RFC 2774 defined an HTTP Extension Framework in which requests declare extensions, some of " +
			"them mandatory, and 510 meant the server's policy for the resource was not met by the request's " +
			"extensions. " +
			"The framework never caught on, and RFC 2774 has since been moved to Historic status, which is why " +
			"the registry marks 510 as obsoleted. " +
			"The number stays registered, and runtimes still call it \"Not Extended\", but new code should not send it.",
		WhenToUse: []string{
			"Never in new work: the framework it belongs to is Historic.",
			"Only when maintaining a legacy system that really implements RFC 2774's mandatory extensions.",
		},
		WhenNotToUse: []string{
			"The server does not support a method or feature: use 501.",
			"The request is missing something the server needs: use 400, or 428 for a missing precondition.",
		},
		Headers: []Header{
			{Name: "Man", Why: "The RFC 2774 request header that declares a mandatory extension; C-Man is its " +
				"form that applies to the next hop only."},
		},
		SeeAlso: []SeeAlso{
			{Code: 501, Why: "501 is the current, general answer for unsupported functionality; 510 belonged to RFC 2774 only."},
		},
		Example: Example{
			Request: []string{
				"M-GET /report HTTP/1.1",
				"Host: example.com",
				`Man: "https://example.com/ext/signed-reply"; ns=16`,
			},
			Response: []string{
				"HTTP/1.1 510 Not Extended",
				"Content-Type: text/plain",
				"Content-Length: 69",
				"",
				"This resource requires an extension that the request did not declare.",
			},
		},
		Notes: []string{
			"RFC 2774 was published as an Experimental RFC and has since been moved to Historic, " +
				"which is why the registry marks 510 as obsoleted (RFC 2774; IANA registry reference \"Status change of HTTP experiments to Historic\").",
			"Go, Node and Python use the phrase \"Not Extended\"; the \"(OBSOLETED)\" suffix is the registry's marker. " +
				"Reason phrases are free text, so either is valid on the wire (RFC 9110 §15.1).",
			"RFC 2774 says the server should send back what the client needs to make a properly extended " +
				"request (RFC 2774 §7).",
			"RFC 9110 advises new methods not to start with \"M-\", which RFC 2774 reserved (RFC 9110 §16.1.2).",
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The server requires an HTTP extension that the request didn't declare.",
				Where: "client",
				Check: "The 510 body should describe the required extension; repeat the request only if you can meet that " +
					"policy (RFC 2774 §7).",
			},
			{
				Cause: "A current API sends 510 with a meaning of its own.",
				Where: "application",
				Check: "The extension framework behind 510 is now historic, so read the API's docs and body for what it " +
					"means there (RFC 2774 §7; IANA registry).",
			},
		},
	},
	{
		Code:      511,
		Phrase:    "Network Authentication Required",
		NoStore:   true,
		Tier:      Rare,
		Reference: "RFC6585",
		URL:       "https://www.rfc-editor.org/rfc/rfc6585.html#section-6",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/511",
		Summary:   "Sign in to the Wi-Fi first: a captive portal is blocking your traffic",
		Keywords:  []string{"captive portal", "wifi login"},
		Explanation: "The network you are on wants you to log in or accept terms before it lets your traffic " +
			"through, as hotel, airport and café Wi-Fi often does. " +
			"The answer comes from an intercepting proxy on the network, not from the site you asked for; " +
			"the code exists so software does not mistake the portal's page for the real site's reply. " +
			"The body should link to the login page. " +
			"The user should open that page in a browser, sign in, and then retry.",
		WhenToUse: []string{
			"You run a captive portal and must tell clients to sign in before the network lets them through.",
		},
		WhenNotToUse: []string{
			"The origin server wants the user to log in: use 401 with WWW-Authenticate.",
			"A proxy needs credentials in the Proxy-Authorization header: use 407.",
			"Origin servers should not send this code at all; it is meant for network proxies.",
		},
		Headers: []Header{
			{Name: "Content-Type", Why: "The body SHOULD contain a link to where the user can sign in, not the " +
				"login form itself (RFC 6585 §6)."},
			{Name: "Cache-Control", Why: "Never give it freshness such as max-age: caches MUST NOT store a 511 " +
				"(RFC 6585 §6)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 407, Why: "407 asks for proxy credentials in a header; 511 sends the user to a network login page."},
			{Code: 401, Why: "401 is the site asking who you are; 511 is the network in between asking first."},
		},
		Example: Example{
			Request: []string{"GET /v1/status HTTP/1.1", "Host: api.example.com"},
			Response: []string{
				"HTTP/1.1 511 Network Authentication Required",
				"Content-Type: text/html",
				"Content-Length: 86",
				"",
				`<p>Please <a href="https://wifi.example.com/login">sign in to the Wi-Fi</a> first.</p>`,
			},
		},
		Notes: []string{
			"The response SHOULD NOT contain a challenge or the login form itself, because the browser would " +
				"show it as if it came from the requested URL (RFC 6585 §6).",
			"The code limits the harm captive portals do to non-browser software; it is not meant to encourage " +
				"them (RFC 6585 §6).",
		},
		Scenarios: []Scenario{
			{
				Text: "Your laptop joins an airport hotspot. Before you accept its terms, a command-line tool's " +
					"call to api.example.com comes back with an HTML page linking to the hotspot's sign-in page.",
				Why: "An intercepting proxy on the network, not the API, answered: the network wants you to " +
					"sign in first.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "A captive portal (hotel, airport or office Wi-Fi) holds your traffic until you sign in.",
				Where: "client",
				Check: "Open an http:// page in a browser to reach the portal's login link, then retry; scripts shouldn't " +
					"read the body as the API's answer (RFC 6585 §6).",
			},
			{
				Cause: "An intercepting proxy on the network wants you to authenticate.",
				Where: "proxy",
				Check: "511 comes from an intercepting proxy, not the origin, which SHOULD NOT send it; ask the network's " +
					"operator (RFC 6585 §6).",
			},
		},
	},
}
