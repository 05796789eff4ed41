package data

// clientErrors holds the 4xx codes of the IANA registry.
var clientErrors = []Entry{
	{
		Code:      400,
		Phrase:    "Bad Request",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.5.1",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/400",
		Summary:   "The server sees a client error in the request: fix it before retrying",
		Keywords:  []string{"malformed", "invalid json", "syntax"},
		Explanation: "The server turns the request down because it thinks the client got something wrong. " +
			"Typical causes are a body that does not parse, a broken request message (such as two different " +
			"Content-Length values), or routing information that looks deceptive. " +
			"It is also the general client error, used when no more specific 4xx fits. " +
			"Sending the same request again will fail the same way: the client has to correct it first, " +
			"usually with the help of the error message in the response body.",
		WhenToUse: []string{
			"The body claims to be JSON (or XML, or a form) but cannot be parsed at all.",
			"The request message itself is broken, for example a missing Host header or conflicting " +
				"Content-Length values.",
			"A query parameter cannot be read, such as ?limit=ten where a number is expected.",
		},
		WhenNotToUse: []string{
			"The body parses fine but breaks a business or validation rule: use 422.",
			"The body is in a media type or encoding the endpoint does not accept at all: use 415.",
			"The credentials are missing or invalid: use 401.",
			"The body or the header section is simply too big: use 413 or 431.",
		},
		Headers: []Header{
			{Name: "Content-Type", Why: "Describes the error body; a 4xx SHOULD explain what went wrong (RFC 9110 §15.5)."},
			{Name: "Connection", Why: "close: after an invalid Content-Length the server MUST close the connection (RFC 9112 §6.3)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 422, Why: "422 means the content parsed and its type is fine, but what it says cannot be processed."},
			{Code: 415, Why: "415 rejects the media type or encoding itself, before any parsing."},
			{Code: 401, Why: "401 is for missing or rejected credentials, not for a malformed request."},
			{Code: 431, Why: "431 names the specific problem of header fields that are too large."},
			{Code: 494, Slug: "nginx", Why: "nginx handles an oversized header internally as 494, but sends and logs 400."},
			{Code: 497, Slug: "nginx", Why: "nginx handles plain HTTP sent to an HTTPS port internally as 497, but sends and logs 400."},
		},
		Example: Example{
			Request: []string{
				"POST /v1/users HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"Content-Length: 43",
				"",
				`{"name": "Ada", "email": "ada@example.com",`,
			},
			Response: []string{
				"HTTP/1.1 400 Bad Request",
				"Content-Type: application/json",
				"Content-Length: 73",
				"",
				`{"error": "invalid_json", "message": "Unexpected end of input at line 1"}`,
			},
		},
		Notes: []string{
			"A client that receives a 4xx code it does not recognize must treat it as a 400 (RFC 9110 §15).",
			"A server MUST answer 400 to an HTTP/1.1 request with no Host header, or with more than one " +
				"(RFC 9112 §3.2).",
			"When Content-Length is invalid or contradicts itself, the server MUST answer 400 and then close " +
				"the connection (RFC 9112 §6.3).",
			"nginx's internal codes 494–497 (oversized header, client certificate problems, HTTP on an " +
				"HTTPS port) all go out to the client as 400 (nginx source, ngx_http_special_response.c).",
		},
		Scenarios: []Scenario{
			{
				Text: "A mobile app builds its JSON by hand and a bug drops the closing brace, so the body " +
					"ends in the middle of an object.",
				Why: "The body cannot be parsed, so there is nothing to validate yet. " +
					"422 is for content that parses but says something the server cannot accept.",
				Versus: []int{422},
			},
			{
				Text: "An endpoint that accepts application/json receives a request correctly labeled " +
					"application/json, but its body is cut off halfway through a string.",
				Why: "The media type is one the server supports, so 415 is wrong; the bytes themselves " +
					"are not valid JSON, so neither is 422.",
				Versus: []int{415, 422},
			},
			{
				Text: "A hand-written HTTP/1.1 client forgets to send the Host header.",
				Why:  "HTTP/1.1 requires the Host header, and RFC 9112 tells the server exactly which code to send when it is missing.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The body doesn't parse: broken JSON, or a body that doesn't match its Content-Type.",
				Where: "client",
				Check: "Log the exact bytes and Content-Type sent and validate them locally; repeating the same request " +
					"unchanged fails the same way (MDN 400).",
			},
			{
				Cause: "The request headers, usually cookies, don't fit nginx's buffers, so nginx sends its \"Request Header " +
					"Or Cookie Too Large\" page.",
				Where: "proxy",
				Check: "Trim the cookies or raise large_client_header_buffers (4 buffers of 8k by default); a header field " +
					"must fit in one buffer (nginx docs, large_client_header_buffers).",
			},
			{
				Cause: "An AWS load balancer rejected it: malformed, headers too large, or the client stopped before sending " +
					"the whole body.",
				Where: "load balancer",
				Check: "If the ALB log shows target_status_code \"-\", no target answered; the ALB allows 16 K per request " +
					"line or header, 64 K in all (AWS ALB access log guide; AWS ALB troubleshooting guide, HTTP 400).",
			},
			{
				Cause: "The URL has characters that aren't percent-encoded, or the request frames its body two ways at once.",
				Where: "client",
				Check: "Percent-encode the URL, and never send both Content-Length and Transfer-Encoding: Cloudflare rejects " +
					"that ambiguous framing (Cloudflare docs, Error 400; RFC 9112 §6.3).",
			},
		},
	},
	{
		Code:      401,
		Phrase:    "Unauthorized",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.5.2",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/401",
		Summary:   "Who are you? Send valid credentials and try again",
		Keywords:  []string{"auth", "authentication", "login", "credentials", "unauthenticated", "token"},
		Explanation: "Despite its name, this code is about authentication, not permission: the request lacks " +
			"valid credentials for the resource. " +
			"The server must say how to log in, with a WWW-Authenticate header naming at least one scheme, " +
			"such as Basic or Bearer. " +
			"If the request did carry credentials, 401 means they were rejected, for example a wrong password " +
			"or an expired token. " +
			"The client should get fresh credentials and retry with an Authorization header.",
		WhenToUse: []string{
			"A protected resource is requested with no credentials at all.",
			"The token or session sent is expired, revoked, or fails its signature check.",
			"The user name or password sent with HTTP authentication is wrong.",
		},
		WhenNotToUse: []string{
			"The caller is known but lacks permission for this action: use 403.",
			"It is a proxy, not the origin server, that wants credentials: use 407.",
			"Even the existence of the resource must stay secret from this caller: 404 is allowed.",
		},
		Headers: []Header{
			{Name: "WWW-Authenticate", Why: "MUST be sent, with at least one challenge that tells the client how to authenticate."},
			{Name: "Authorization", Why: "The request header the client sends on its retry, carrying new or replaced credentials."},
		},
		SeeAlso: []SeeAlso{
			{Code: 403, Why: "403 means the server understood the request and refuses it; repeating it with the same credentials will not help."},
			{Code: 407, Why: "407 is the same challenge, but from a proxy, with Proxy-Authenticate."},
			{Code: 404, Why: "404 lets a server hide that a protected resource exists at all."},
			{Code: 561, Slug: "aws", Why: "AWS ALB's 561 reports an error from the identity provider during user login."},
		},
		Example: Example{
			Request: []string{
				"GET /v1/me HTTP/1.1",
				"Host: api.example.com",
				"Authorization: Bearer eyJhbGciOi...",
			},
			Response: []string{
				"HTTP/1.1 401 Unauthorized",
				`WWW-Authenticate: Bearer realm="api", error="invalid_token"`,
				"Content-Type: application/json",
				"Content-Length: 73",
				"",
				`{"error": "token_expired", "message": "Sign in again to get a new token"}`,
			},
		},
		Notes: []string{
			"The phrase is a historical misnomer: 401 means unauthenticated, while a signed-in client " +
				"without permission gets 403 (MDN 401).",
			"If a client already tried to authenticate and gets the same challenge again, it SHOULD show " +
				"the response body to the user, since it usually explains the problem (RFC 9110 §15.5.2).",
			"OAuth bearer-token APIs send 401 with error=\"invalid_token\" for an expired, revoked or " +
				"malformed token (RFC 6750 §3.1).",
		},
		Scenarios: []Scenario{
			{
				Text: "A cron script calls GET /api/reports but the developer forgot to add the API key, " +
					"so the request carries no credentials at all.",
				Why: "The server does not know who is calling, and sending a valid key would fix it. " +
					"403 would mean the server refuses the request whoever sends it, or refuses these credentials as insufficient.",
				Versus: []int{403},
			},
			{
				Text: "A single-page app keeps sending an access token that expired an hour ago; the token " +
					"was valid when the user signed in.",
				Why: "The credentials are no longer valid, and a refreshed token will succeed. " +
					"403 is for a caller whose valid identity simply lacks permission.",
				Versus: []int{403},
			},
			{
				Text: "A visitor types the wrong password into the browser's built-in login dialog for a " +
					"site protected with HTTP Basic.",
				Why: "The credentials were checked and rejected; the response carries a new challenge so the " +
					"browser can ask again.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "No credentials reached the server, or the token has expired.",
				Where: "client",
				Check: "Read WWW-Authenticate: it names the scheme, and for a Bearer token error=\"invalid_token\" means " +
					"expired, revoked or malformed; get a new one and retry (RFC 9110 §11.6.1; RFC 6750 §3.1).",
			},
			{
				Cause: "The credentials were dropped on the way, typically when a redirect was followed.",
				Where: "client",
				Check: "Clients may drop Authorization when they follow a redirect (curl does when the host changes); call " +
					"the final URL directly or resend credentials on purpose (RFC 9110 §15.4; curl manual, --location).",
			},
			{
				Cause: "An AWS load balancer's sign-in rule refused the request before any target saw it.",
				Where: "load balancer",
				Check: "With OnUnauthenticatedRequest set to deny, the ALB answers 401 to calls without a session, and a " +
					"login must finish within 15 minutes (AWS ALB user guide, authenticate users).",
			},
			{
				Cause: "The server refuses these exact credentials: a wrong password or a revoked key.",
				Where: "application",
				Check: "If the same challenge comes back after you sent credentials, the server rejected them; read the " +
					"response body for the reason instead of retrying (RFC 9110 §15.5.2).",
			},
		},
	},
	{
		Code:      402,
		Phrase:    "Payment Required",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.5.3",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.3",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/402",
		Summary:   "Set aside for paid access long ago, but HTTP still gives it no meaning",
		Explanation: "HTTP has reserved this code for future use since HTTP/1.1, and RFC 9110 still defines " +
			"nothing more. " +
			"It was meant for digital cash or micropayment schemes that never became a standard. " +
			"Some payment APIs use it anyway, as a catch-all for a charge that failed, such as an expired card. " +
			"If you meet it, read the body and the API's own documentation: the meaning comes from that API, " +
			"not from HTTP.",
		WhenToUse: []string{
			"Never as standard HTTP: the specification gives it no meaning yet.",
			"Only under an API's own documented convention, for example a payment API reporting a failed charge.",
		},
		WhenNotToUse: []string{
			"The caller sent no credentials or invalid ones: use 401.",
			"The caller is signed in but their plan does not include this feature: use 403 and explain in the body.",
			"The caller is sending requests too fast: use 429.",
		},
		SeeAlso: []SeeAlso{
			{Code: 403, Why: "403 is the standard refusal, with the reason (such as a missing plan) in the body."},
			{Code: 401, Why: "401 asks for credentials; 402 has no standard meaning at all."},
			{Code: 429, Why: "429 is for sending too many requests, not for running out of paid credit."},
		},
		Example: Example{
			Request: []string{
				"POST /v1/charges HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"Content-Length: 56",
				"",
				`{"amount": 1500, "currency": "usd", "card": "card_8x2k"}`,
			},
			Response: []string{
				"HTTP/1.1 402 Payment Required",
				"Content-Type: application/json",
				"Content-Length: 68",
				"",
				`{"error": "card_expired", "message": "The card on file has expired"}`,
			},
		},
		Notes: []string{
			"RFC 2616 already listed it as reserved for future use (RFC 2616 §10.4.3), and RFC 9110 keeps " +
				"it that way (RFC 9110 §15.5.3).",
			"No convention exists, so APIs that use it differ in what they put in the response (MDN 402).",
			"Browsers have no special handling for it and show it like any other 4xx error (MDN 402).",
		},
		Scenarios: []Scenario{
			{
				Text: "A card-processing API documents that it answers with an otherwise reserved 4xx code " +
					"whenever a charge fails; a charge is attempted on a card that expired last month.",
				Why: "HTTP itself gives this code no meaning, but some payment APIs use it as their catch-all " +
					"for failed charges, with the details in the body.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "A paid API refused the call for billing reasons, such as a declined card or an empty balance.",
				Where: "application",
				Check: "402 has no standard meaning, so read the provider's error body and docs (a payment API might say " +
					"expired_card) (MDN 402; RFC 9110 §15.5.3).",
			},
			{
				Cause: "The client treats 402 as an unknown error and retries or shows nothing useful.",
				Where: "client",
				Check: "Browsers show it as a generic 4xx; handle it explicitly where the API documents it, and don't retry " +
					"until the account is sorted out (MDN 402).",
			},
		},
	},
	{
		Code:      403,
		Phrase:    "Forbidden",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.5.4",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/403",
		Summary:   "We know (or don't care) who you are, and the answer is no",
		Keywords:  []string{"permission", "access denied", "authorization"},
		Explanation: "The server understood the request and refuses to carry it out. " +
			"If credentials were sent, the server considers them not good enough, though the reason may also " +
			"have nothing to do with credentials at all. " +
			"The client should not repeat the request with the same credentials; it may try different ones, " +
			"such as an account with more rights, which can succeed when the refusal is about who is asking. " +
			"The server may explain the reason in the body, or answer 404 instead if it wants to hide that " +
			"the resource exists.",
		WhenToUse: []string{
			"A signed-in user lacks the role or permission for this action.",
			"A rule unrelated to identity refuses the request, such as the network it comes from.",
			"The caller may know the resource exists, but may not use it.",
		},
		WhenNotToUse: []string{
			"The caller sent no credentials or expired ones, and signing in would help: use 401.",
			"Even the existence of the resource must stay secret: use 404.",
			"Access is blocked because of a legal demand: use 451.",
			"The caller is being rate limited: use 429.",
		},
		Headers: []Header{
			{Name: "Authorization", Why: "The credentials were understood but are insufficient; sending the same ones again is pointless."},
			{Name: "WWW-Authenticate", Why: "Bearer-token APIs may add error=\"insufficient_scope\" to name the missing scope (RFC 6750 §3.1)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 401, Why: "401 means the server does not know who you are yet; signing in can help."},
			{Code: 404, Why: "404 hides whether the resource exists; 403 admits it does and refuses."},
			{Code: 451, Why: "451 is the refusal specifically for legal reasons."},
			{Code: 429, Why: "429 refuses only for now, because the client sent too many requests."},
		},
		Example: Example{
			Request: []string{
				"PUT /v1/projects/7/settings HTTP/1.1",
				"Host: api.example.com",
				"Authorization: Bearer eyJhbGciOi...",
				"Content-Type: application/json",
				"Content-Length: 24",
				"",
				`{"visibility": "public"}`,
			},
			Response: []string{
				"HTTP/1.1 403 Forbidden",
				"Content-Type: application/json",
				"Content-Length: 84",
				"",
				`{"error": "insufficient_role", "message": "Only project owners can change settings"}`,
			},
		},
		Notes: []string{
			"The client SHOULD NOT automatically repeat the request with the same credentials; it MAY try " +
				"different ones (RFC 9110 §15.5.4).",
			"An origin server that wants to hide that a forbidden resource exists MAY answer 404 instead " +
				"(RFC 9110 §15.5.4).",
			"OAuth bearer-token APIs answer 403 with error=\"insufficient_scope\" when the token is valid but " +
				"lacks the scope the request needs (RFC 6750 §3.1).",
		},
		Scenarios: []Scenario{
			{
				Text: "A user with a valid session and the 'viewer' role clicks Delete on a shared project; " +
					"only owners may delete.",
				Why: "The server knows exactly who this is and still says no; signing in again as the same user changes nothing, " +
					"though an owner's account would succeed. 401 would mean the server does not know who is asking.",
				Versus: []int{401},
			},
			{
				Text: "A company's admin panel rejects every request coming from outside the office network, " +
					"whoever sends it and whatever credentials it carries.",
				Why: "The refusal has nothing to do with identity, so no login can fix it. " +
					"401 invites the client to authenticate, which would be pointless here.",
				Versus: []int{401},
			},
			{
				Text: "A support agent opens a ticket that belongs to another team. Everyone may see that the " +
					"ticket exists, but only that team may read it.",
				Why: "The ticket's existence is no secret, so the server can openly refuse. " +
					"If the ticket had to stay hidden, 404 would be the better answer.",
				Versus: []int{404},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "A CDN's firewall or security rule blocked the request.",
				Where: "CDN",
				Check: "A Cloudflare-branded 403 comes from its WAF rules, Security Level or Browser Integrity Check; a 403 " +
					"without branding came from the origin (Cloudflare docs, Error 403).",
			},
			{
				Cause: "An AWS WAF web ACL on the load balancer blocked it.",
				Where: "load balancer",
				Check: "If the ALB access log shows target \"-\" and elb_status_code 403, AWS WAF blocked the request; review " +
					"the web ACL's rules (AWS ALB access log guide; AWS ALB troubleshooting guide, HTTP 403).",
			},
			{
				Cause: "The origin server refuses it: a deny rule, or a directory without an index file.",
				Where: "origin",
				Check: "nginx logs \"access forbidden by rule\" for a deny rule and \"directory index of ... is forbidden\" for " +
					"a folder with no index file (nginx source, ngx_http_access_module.c, ngx_http_core_module.c).",
			},
			{
				Cause: "You are known, but your account, role or token scope doesn't allow this.",
				Where: "application",
				Check: "Don't retry with the same credentials; get the missing permission. For OAuth, " +
					"error=\"insufficient_scope\" says the token lacks a scope (RFC 9110 §15.5.4; RFC 6750 §3.1).",
			},
		},
	},
	{
		Code:      404,
		Phrase:    "Not Found",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.5.5",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404",
		Summary:   "Nothing lives at this address, or the server won't say that it does",
		Keywords:  []string{"missing", "broken link"},
		Explanation: "The server has nothing to send for the URL you asked for. " +
			"It makes no promise either way about the future: the page may appear later, or may never have existed. " +
			"A server may also answer 404 on purpose to hide that something exists from someone not allowed to see it. " +
			"The client should check the URL for typos or stale links; repeating the same request will not help.",
		WhenToUse: []string{
			"The path or the ID in it matches nothing the server knows about.",
			"A resource exists but the caller may not even learn that it does (instead of 403).",
			"Something was removed, but the server cannot tell whether the removal is permanent.",
		},
		WhenNotToUse: []string{
			"The resource was removed for good on purpose and links should go: use 410.",
			"The resource exists but does not support the method: use 405.",
			"A search or list with no results: that is a successful 200 with an empty list.",
		},
		Headers: []Header{
			{Name: "Cache-Control", Why: "404 is heuristically cacheable; say how long if the answer may change soon."},
		},
		SeeAlso: []SeeAlso{
			{Code: 410, Why: "410 says the removal is intentional and permanent; 404 makes no such claim."},
			{Code: 403, Why: "403 admits the resource exists and refuses; 404 may hide that it exists."},
			{Code: 405, Why: "405 means the URL exists but not for this method."},
		},
		Example: Example{
			Request:  []string{"GET /docs/old-page HTTP/1.1", "Host: example.com"},
			Response: []string{"HTTP/1.1 404 Not Found", "Content-Type: text/html", "Content-Length: 23", "", "<h1>Page not found</h1>"},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"404 says nothing about whether the absence is temporary or permanent; if the server knows it is " +
				"permanent, 410 is preferred (RFC 9110 §15.5.5).",
		},
		Scenarios: []Scenario{
			{
				Text: "A user types /prodcuts instead of /products into the address bar.",
				Why:  "No resource lives at the mistyped path, so the server has nothing to return.",
			},
			{
				Text:   "An API client asks for /orders/9999 and no order with that ID has ever existed.",
				Why:    "The ID matches nothing. 410 would claim the order once existed and was removed for good.",
				Versus: []int{410},
			},
			{
				Text: "A file vanished from a shared folder after a cleanup, and the server has no record of " +
					"whether anyone meant to delete it for good.",
				Why: "When the server cannot tell whether the absence is permanent, RFC 9110 says to use this " +
					"code rather than 410.",
				Versus: []int{410},
			},
			{
				Text: "A stranger requests /acme/secret-roadmap, a private repository on a code hosting " +
					"service, and the service does not want to confirm that the repository exists.",
				Why:    "This code can hide the resource completely. 403 would admit that something is there.",
				Versus: []int{403},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The URL is wrong: a typo, a missing prefix or version, or a trailing slash the routes don't expect.",
				Where: "client",
				Check: "Compare the full URL sent with the routes the server defines; a 404 means no current representation " +
					"was found there (RFC 9110 §15.5.5).",
			},
			{
				Cause: "A reverse proxy passed a different path to the upstream than you think.",
				Where: "proxy",
				Check: "When proxy_pass has a URI part, nginx replaces the matched location prefix with it; log the upstream " +
					"request path and compare (nginx docs, proxy_pass).",
			},
			{
				Cause: "The request reached a different site on the same server than intended.",
				Where: "origin",
				Check: "nginx picks the server block by the Host header and uses the port's default server when nothing " +
					"matches; check which block logged the request (nginx docs, request processing).",
			},
			{
				Cause: "The resource exists but you may not see it, and the server hides that with 404.",
				Where: "application",
				Check: "A server may answer 404 instead of 403 to hide that a resource exists; check your permissions as " +
					"well as the path (RFC 9110 §15.5.4).",
			},
		},
	},
	{
		Code:      405,
		Phrase:    "Method Not Allowed",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.5.6",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/405",
		Summary:   "The URL is real, but it doesn't accept that method; see Allow",
		Keywords:  []string{"method", "verb"},
		Explanation: "The server knows the request method, but this particular resource does not support it, " +
			"like sending DELETE to a read-only page. " +
			"The server must list the methods the resource does support in an Allow header. " +
			"The client should switch to one of those methods, or to a different URL. " +
			"The answer is about the resource, not the server as a whole: the same method may work elsewhere.",
		WhenToUse: []string{
			"A client sends POST, PUT or DELETE to a resource that only supports reading.",
			"An administrator has switched a method such as TRACE off for a resource.",
			"A resource has been disabled for now and accepts no methods at all (with an empty Allow).",
		},
		WhenNotToUse: []string{
			"The server does not recognize or implement the method for any resource: use 501.",
			"The method is supported, but this caller lacks permission to use it: use 403.",
			"Nothing exists at the URL: use 404.",
		},
		Headers: []Header{
			{Name: "Allow", Why: "MUST be sent, listing the methods the resource currently supports; it may be empty."},
			{Name: "Cache-Control", Why: "405 is heuristically cacheable; set it if the supported methods may change soon."},
		},
		SeeAlso: []SeeAlso{
			{Code: 501, Why: "501 means the server does not implement the method anywhere, not just here."},
			{Code: 404, Why: "404 means nothing is at the URL; 405 means something is, but not for this method."},
			{Code: 403, Why: "403 refuses this caller; 405 refuses this method for everyone."},
		},
		Example: Example{
			Request: []string{
				"DELETE /v1/countries/fr HTTP/1.1",
				"Host: api.example.com",
			},
			Response: []string{
				"HTTP/1.1 405 Method Not Allowed",
				"Allow: GET, HEAD",
				"Content-Type: application/json",
				"Content-Length: 74",
				"",
				`{"error": "read_only", "message": "Countries can be read but not changed"}`,
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"An empty Allow value means the resource allows no methods, for example while it is disabled " +
				"by configuration (RFC 9110 §10.2.1).",
			"A proxy MUST NOT change the Allow header (RFC 9110 §10.2.1).",
			"To learn the methods in advance, a client can send OPTIONS; a successful answer SHOULD include " +
				"headers such as Allow (RFC 9110 §9.3.7).",
		},
		Scenarios: []Scenario{
			{
				Text: "A client sends DELETE to /api/countries/fr, a read-only reference list. The same " +
					"server happily handles DELETE on /api/drafts/12.",
				Why: "The server knows DELETE, but this resource does not support it. " +
					"501 would mean the server cannot do DELETE anywhere.",
				Versus: []int{501},
			},
			{
				Text: "A security scanner sends TRACE to a web server whose administrator has turned TRACE off " +
					"for the site; the response lists GET, HEAD and POST.",
				Why: "The server recognizes TRACE and has chosen not to allow it here, and says which methods " +
					"do work. 501 is for a method the server does not implement at all.",
				Versus: []int{501},
			},
			{
				Text: "An HTML form submits with POST to /about, a static page that only answers GET and HEAD.",
				Why: "The page exists, so 404 is wrong; only the verb is unsupported, and the response lists " +
					"the ones that work.",
				Versus: []int{404},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The method isn't supported at this URL, such as a POST to a read-only resource.",
				Where: "client",
				Check: "The Allow header in the 405 lists the methods the URL takes; change the method or the URL (RFC 9110 " +
					"§15.5.6).",
			},
			{
				Cause: "A POST reached a static file served directly by nginx.",
				Where: "origin",
				Check: "nginx's static file handler answers 405 to POST and to methods other than GET and HEAD; route the " +
					"POST to the application (nginx source, ngx_http_static_module.c).",
			},
			{
				Cause: "A redirect turned the POST into a GET, and the new URL doesn't accept GET.",
				Where: "client",
				Check: "Browsers and curl resend a POST as GET after a 301 or 302; use 307 or 308, or post to the final URL " +
					"(Fetch Standard, HTTP-redirect fetch; curl manual, --location).",
			},
			{
				Cause: "An AWS load balancer received a TRACE request.",
				Where: "load balancer",
				Check: "Application Load Balancers don't support TRACE and answer 405 themselves (AWS ALB troubleshooting " +
					"guide, HTTP 405).",
			},
		},
	},
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
				"Content-Length: 58",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The Accept headers (type, language, charset) are narrower than anything the server can produce.",
				Where: "client",
				Check: "Compare Accept and Accept-Language with what the server offers; the 406 body should list the " +
					"available versions (RFC 9110 §15.5.7).",
			},
			{
				Cause: "The server refuses rather than falling back to a default version.",
				Where: "application",
				Check: "A server may send its default version instead of 406; configure that fallback if clients don't need " +
					"strict negotiation (RFC 9110 §15.5.7; Cloudflare docs, 4xx client errors).",
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
			{Code: 403, Why: "403 refuses the request itself, and repeating it with the same credentials will not help; 407 invites a retry with proxy credentials."},
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
		Troubleshooting: []Trouble{
			{
				Cause: "A proxy on the way requires credentials, and none or wrong ones were sent.",
				Where: "proxy",
				Check: "Read Proxy-Authenticate for the scheme, then send credentials in Proxy-Authorization, which that " +
					"proxy consumes (RFC 9110 §15.5.8, §11.7.2).",
			},
			{
				Cause: "The credentials went in Authorization, which is meant for the origin server, not the proxy.",
				Where: "client",
				Check: "Set the proxy's credentials in the client's proxy settings so they travel in Proxy-Authorization; " +
					"Authorization alone doesn't satisfy a proxy (RFC 9110 §11.7.2).",
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
			},
			Response: []string{
				"HTTP/1.1 408 Request Timeout",
				"Connection: close",
				"Content-Type: text/plain",
				"Content-Length: 46",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The client sent its headers or body too slowly, for example a stalled upload on a bad network.",
				Where: "client",
				Check: "nginx waits 60 s for the header (client_header_timeout) and between body reads " +
					"(client_body_timeout), then logs 408 and just closes (nginx docs, client_body_timeout; nginx source, " +
					"ngx_http_request.c).",
			},
			{
				Cause: "An AWS load balancer got nothing from the client within its idle timeout.",
				Where: "load balancer",
				Check: "The ALB answers 408 when no data arrives within the idle timeout (60 s by default); TCP keep-alives " +
					"don't count (AWS ALB troubleshooting guide, HTTP 408; AWS ALB user guide, connection idle timeout).",
			},
			{
				Cause: "A Node.js server's request timeout expired before the whole request arrived.",
				Where: "application",
				Check: "Node.js sends a bare 408 and closes when a request times out; check its timeouts. The client MAY " +
					"retry on a new connection (Node.js source, _http_server.js; RFC 9110 §15.5.9).",
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
				"Content-Length: 34",
				"",
				`{"version": 7, "title": "Q3 plan"}`,
			},
			Response: []string{
				"HTTP/1.1 409 Conflict",
				"Content-Type: application/problem+json",
				"Content-Length: 87",
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
		Troubleshooting: []Trouble{
			{
				Cause: "Someone else changed the resource since you read it, as with two edits of the same document.",
				Where: "application",
				Check: "Read the 409 body for the conflicting state, fetch the current version, merge, and resubmit (RFC " +
					"9110 §15.5.10).",
			},
			{
				Cause: "The action clashes with work already under way, such as starting a job that is still running.",
				Where: "application",
				Check: "Some APIs use 409 for a duplicate or concurrent request; the body should say what is in the way, so " +
					"check before retrying (MDN 409).",
			},
			{
				Cause: "Behind Cloudflare: a DNS resolution error, not a conflict in your data.",
				Where: "CDN",
				Check: "Cloudflare answers 409 for its Error 1001, DNS Resolution Error; read the 1xxx code in the page " +
					"(Cloudflare docs, Error 409).",
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
				"Content-Length: 70",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The resource was removed on purpose, such as a retired API version or an ended promotion.",
				Where: "application",
				Check: "Remove links and bookmarks to it and move to its replacement, if any; 410 says the removal is " +
					"intended and likely permanent (RFC 9110 §15.5.11).",
			},
			{
				Cause: "The resource is back, but a cache keeps answering 410.",
				Where: "CDN",
				Check: "410 is heuristically cacheable, so caches may go on serving it after the resource returns; purge the " +
					"CDN (RFC 9110 §15.5.11).",
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
				"",
				"1d",
				`{"text": "Hello", "to": "fr"}`,
				"0",
				"",
				"",
			},
			Response: []string{
				"HTTP/1.1 411 Length Required",
				"Content-Type: text/plain",
				"Content-Length: 52",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The body was sent with chunked encoding to a service that needs its length up front.",
				Where: "client",
				Check: "Send Content-Length when the size is known; some services refuse chunked bodies with 411 because a " +
					"gateway needs the length first (RFC 9112 §6.3).",
			},
			{
				Cause: "A POST or PUT with an empty body went out without Content-Length.",
				Where: "client",
				Check: "Send Content-Length even when it is 0 and retry; the client MAY repeat the request once it adds a " +
					"valid one (RFC 9110 §8.6, §15.5.12).",
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
				"Content-Length: 15",
				"",
				"# Home (edited)",
			},
			Response: []string{
				"HTTP/1.1 412 Precondition Failed",
				"Content-Type: application/json",
				"Content-Length: 80",
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
		Troubleshooting: []Trouble{
			{
				Cause: "Your If-Match carried an ETag that is no longer current: someone else updated the resource.",
				Where: "client",
				Check: "GET the resource again for its current ETag, reapply your change, and retry with the new If-Match " +
					"(RFC 9110 §13.1.1).",
			},
			{
				Cause: "The ETag you send was weakened (W/) on the way, and If-Match needs a strong one.",
				Where: "CDN",
				Check: "If-Match uses strong comparison, so W/ tags never match; Cloudflare may turn strong ETags into weak " +
					"ones when it recompresses (RFC 9110 §8.8.3.2; Cloudflare docs, ETag headers).",
			},
			{
				Cause: "If-Unmodified-Since used a date that doesn't match the server's record.",
				Where: "client",
				Check: "Send the Last-Modified value the server gave you, not a client clock reading, or use If-Match, which " +
					"takes precedence (RFC 9110 §13.1.4).",
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
				"Expect: 100-continue",
			},
			Response: []string{
				"HTTP/1.1 413 Content Too Large",
				"Content-Type: application/json",
				"Content-Length: 40",
				"",
				`{"error": "Images are limited to 5 MB."}`,
			},
		},
		FormerNames: []string{"Payload Too Large", "Request Entity Too Large"},
		Notes: []string{
			"The name changed over time: \"Request Entity Too Large\" in RFC 2616, \"Payload Too Large\" in RFC 7231, " +
				"and \"Content Too Large\" since RFC 9110 (RFC 2616 §10.4.14; RFC 7231 §6.5.11; MDN 413).",
			"Runtimes disagree: Go's net/http (and Python before 3.13) say \"Request Entity Too Large\", Node says " +
				"\"Payload Too Large\", and Python 3.13 says \"Content Too Large\" (Go StatusText; Python HTTPStatus; Node http.STATUS_CODES).",
			"nginx returns this code when a body exceeds client_max_body_size, which defaults to 1 MB, so large " +
				"uploads behind nginx often fail here first (nginx source, ngx_http_core_module.c).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The body is larger than nginx's client_max_body_size, 1m by default.",
				Where: "proxy",
				Check: "nginx logs \"client intended to send too large body\"; raise client_max_body_size where uploads are " +
					"handled (nginx source, ngx_http_core_module.c; nginx docs, client_max_body_size).",
			},
			{
				Cause: "A CDN caps request bodies: Cloudflare's limit depends on the plan.",
				Where: "CDN",
				Check: "Cloudflare refuses bodies over the plan's upload size, and a zone can lower it further; upload in " +
					"chunks or through a DNS-only hostname (Cloudflare docs, Error 413).",
			},
			{
				Cause: "The application's body parser has its own, smaller limit.",
				Where: "application",
				Check: "Express's body-parser refuses bodies over its limit option, 100kb by default; raise it for the " +
					"routes that need it (body-parser docs, limit).",
			},
			{
				Cause: "An AWS load balancer forwards to a Lambda function, which takes at most 1 MB.",
				Where: "load balancer",
				Check: "With a Lambda target, the ALB answers 413 to bodies over 1 MB; send large uploads along another path " +
					"(AWS ALB troubleshooting guide, HTTP 413).",
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
				"GET /search?ids=10001,10002,10003,...,19999 HTTP/1.1",
				"Host: example.com",
			},
			Response: []string{
				"HTTP/1.1 414 URI Too Long",
				"Content-Type: text/html",
				"Content-Length: 32",
				"",
				"<h1>The address is too long</h1>",
			},
		},
		HeuristicallyCacheable: true,
		FormerNames:            []string{"Request-URI Too Long", "Request URI Too Long", "Request-URI Too Large"},
		Notes: []string{
			"HTTP sets no maximum URL length, but senders and recipients are advised to support at least 8000 octets (RFC 9110 §4.1).",
			"In HTTP/1.1, a server that gets a request target longer than it is willing to parse MUST answer with this code (RFC 9112 §3).",
			"The variant name \"Request-URI Too Large\" still shows up in some servers' responses; nginx, for one, sends " +
				"HTTP/1.1 414 Request-URI Too Large (MDN 414; nginx source, ngx_http_header_filter_module.c).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "Data that belongs in a body was put in the query string, as when a POST form is turned into a GET.",
				Where: "client",
				Check: "Move large parameters into a POST body; request lines of 8000 octets are the recommended minimum a " +
					"server should support (RFC 9110 §15.5.15; RFC 9112 §3).",
			},
			{
				Cause: "A redirect loop grows the URL on each pass.",
				Where: "origin",
				Check: "Follow the redirects one by one; a rule that appends to the path or query each time makes the URL " +
					"grow until it is refused (RFC 9110 §15.5.15).",
			},
			{
				Cause: "The request line doesn't fit in one of nginx's large header buffers.",
				Where: "proxy",
				Check: "nginx answers 414 when the request line is longer than one large_client_header_buffers buffer (8k by " +
					"default) (nginx docs, large_client_header_buffers).",
			},
			{
				Cause: "A CDN or load balancer in front set its own URL limit.",
				Where: "CDN",
				Check: "Cloudflare answers 414 to URIs over 32 KB, and an AWS ALB has its own limit; find which hop answered " +
					"(Cloudflare docs, Error 414; AWS ALB troubleshooting guide, HTTP 414).",
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
				"Content-Length: 36",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The Content-Type is missing or wrong, for example JSON sent as text/plain or as a form.",
				Where: "client",
				Check: "Set Content-Type to what the endpoint expects; an Accept header in the 415 lists the media types it " +
					"takes (RFC 9110 §15.5.16).",
			},
			{
				Cause: "The body is compressed with a Content-Encoding the server doesn't decode.",
				Where: "client",
				Check: "Send it uncompressed or with a coding listed in the 415's Accept-Encoding header (RFC 9110 " +
					"§15.5.16).",
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
				"Content-Length: 0",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The range starts past the end: the file shrank, or a resumed download uses a stale offset.",
				Where: "client",
				Check: "Read Content-Range: bytes */N in the 416 for the current size, then ask for a range below N or fetch " +
					"the whole file (RFC 9110 §15.5.17).",
			},
			{
				Cause: "The client asked for many small or overlapping ranges.",
				Where: "client",
				Check: "Servers may reject an excessive number of small or overlapping ranges; merge them into fewer, larger " +
					"ones (RFC 9110 §15.5.17).",
			},
			{
				Cause: "A CDN judged the Range header itself: empty, inverted, or past the end of its cached copy.",
				Where: "CDN",
				Check: "Cloudflare answers such ranges with an empty 416 carrying Content-Range: bytes */size; check the " +
					"Range header your client builds (Cloudflare docs, range requests).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "A server or proxy on the path can't honour Expect: 100-continue.",
				Where: "proxy",
				Check: "Repeat the request without the Expect header; a 417 to 100-continue means the chain doesn't support " +
					"expectations, for example an HTTP/1.0 hop (RFC 9110 §10.1.1).",
			},
			{
				Cause: "The request's Expect header holds something other than 100-continue.",
				Where: "client",
				Check: "Only 100-continue is defined; a Node.js server answers 417 to any other expectation unless the " +
					"application handles it (RFC 9110 §10.1.1; Node.js source, _http_server.js).",
			},
		},
	},
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
				"Content-Length: 50",
				"",
				"This server is a teapot. It answers 418 as a joke.",
			},
		},
		Notes: []string{
			"RFC 2324 (HTCPCP/1.0), an April 1 RFC from 1998, defined 418 for a teapot asked to brew coffee (RFC 2324 §2.3.2).",
			"RFC 7168 (HTCPCP-TEA), another April 1 RFC from 2014, extended the protocol to tea and kept 418 (RFC 7168 §2.3.3).",
			"The reservation is not forever: if the 4xx numbers ever run out, 418 can be given a new use (RFC 9110 §15.5.19).",
			"Go, Node and Python still ship 418: Go spells it \"I'm a teapot\", Node and Python \"I'm a Teapot\"; " +
				"see the 418-teapot entry (Go StatusText, Node http.STATUS_CODES, Python http.HTTPStatus).",
		},
		Scenarios: []Scenario{
			{
				Text: "An author drafting a new 4xx status code looks for a free number in the 41x range. One that looks " +
					"free may not be assigned, because an April Fools' RFC made it too popular.",
				Why: "RFC 9110 reserves this number because the joke was deployed so widely that it cannot be reused for now.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The site uses 418 to turn away requests it doesn't want, such as automated ones.",
				Where: "application",
				Check: "Check whether your client looks automated (User-Agent, request rate); the site chose a joke code to " +
					"refuse you, and 403 or 429 would say it plainly (MDN 418).",
			},
			{
				Cause: "A handler returned the teapot constant, as an easter egg or by mistake.",
				Where: "application",
				Check: "Search the code for it (Go's net/http calls it StatusTeapot); the registry keeps 418 unused, so " +
					"return a real code instead (RFC 9110 §15.5.19; Go source, net/http status.go).",
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
				"Content-Length: 47",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The client reused a connection for another host name that the same certificate covers.",
				Where: "client",
				Check: "Retry on a new connection for that host; HTTP/2 clients may reuse a connection for any name the " +
					"certificate is valid for (RFC 9113 §9.1.1; RFC 9110 §15.5.20).",
			},
			{
				Cause: "nginx got a Host that differs from the TLS server name, for a server that verifies client " +
					"certificates.",
				Where: "origin",
				Check: "nginx logs \"client attempted to request the server name different from the one that was negotiated\"; " +
					"such hosts need requests on their own connection (nginx source, ngx_http_request.c).",
			},
			{
				Cause: "A front end that routes by TLS server name sent a reused connection to the wrong backend.",
				Where: "load balancer",
				Check: "Where TLS ends at a middlebox that picks the backend by SNI, reused connections can land on the " +
					"wrong origin; it should answer 421 so clients reconnect (RFC 9113 §9.1.1).",
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
				"Content-Length: 38",
				"",
				`{"email": "bob(at)example", "age": -3}`,
			},
			Response: []string{
				"HTTP/1.1 422 Unprocessable Content",
				"Content-Type: application/problem+json",
				"Content-Length: 102",
				"",
				`{"title": "Validation failed", "errors": {"email": "not a valid address", "age": "must be 0 or more"}}`,
			},
		},
		FormerNames: []string{"Unprocessable Entity"},
		Notes: []string{
			"WebDAV introduced the code as \"Unprocessable Entity\" (RFC 4918 §11.2); RFC 9110 moved it into core HTTP " +
				"under its new name (RFC 9110 §15.5.21, Appendix B.3).",
			"Go's net/http and Node still use the old phrase \"Unprocessable Entity\", while Python says \"Unprocessable Content\" " +
				"since 3.13; programs should check the number, never the phrase (Go StatusText; Node http.STATUS_CODES; " +
				"Python 3.13 http.HTTPStatus; RFC 9110 §15.1).",
			"Clients should expect the same request, sent again unchanged, to fail with the same error (MDN 422).",
		},
		Scenarios: []Scenario{
			{
				Text: "A signup form posts well-formed JSON to an API, but the email field holds \"bob(at)example\" " +
					"and the password is two characters long.",
				Why: "The body parses and its media type is accepted; the values fail validation, which is exactly what this code says. " +
					"400 is the general client error, the fallback when nothing more specific fits, and the usual answer when the JSON itself cannot be read.",
				Versus: []int{400},
			},
			{
				Text: "A hotel booking API receives valid JSON whose check-out date is three days before the check-in date.",
				Why: "Nothing is wrong with the syntax; the instruction itself makes no sense, so the server cannot carry it out. " +
					"400 only says that the client erred somehow; this code says precisely that the content parsed and what it asks for cannot be done.",
				Versus: []int{400},
			},
			{
				Text: "An order API receives a correctly typed JSON body that asks for a quantity of -5 of a product.",
				Why: "-5 is a valid JSON number, so parsing succeeds; a negative quantity is a semantic error, not a syntax error, " +
					"and this code is the one that says so. 400 would be the vaguer fallback.",
				Versus: []int{400},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "A field is missing, has the wrong type, or is out of range.",
				Where: "client",
				Check: "Read the response body for the fields that failed and fix those values; the format and syntax were " +
					"accepted (RFC 9110 §15.5.21).",
			},
			{
				Cause: "The values look valid, but a rule on the server (state or business logic) refused them.",
				Where: "application",
				Check: "The server understood the content but could not process the instructions; the body should say which " +
					"rule, so ask the API's owner if it doesn't (RFC 9110 §15.5.21).",
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
				"Content-Length: 48213",
				"Expect: 100-continue",
			},
			Response: []string{
				"HTTP/1.1 423 Locked",
				`Content-Type: application/xml; charset="utf-8"`,
				"Content-Length: 158",
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
		Troubleshooting: []Trouble{
			{
				Cause: "Someone else holds a WebDAV lock on the resource, or you didn't send your lock token.",
				Where: "client",
				Check: "The body's condition code (lock-token-submitted, no-conflicting-lock) says which; if you hold the " +
					"lock, send its token in the If header (RFC 4918 §11.3, §10.4).",
			},
			{
				Cause: "A lock was left behind by a client that crashed or disconnected.",
				Where: "origin",
				Check: "A lock is removed with UNLOCK and its token in the Lock-Token header; ask its owner or an " +
					"administrator to release it (RFC 4918 §9.11).",
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
				"Content-Length: 161",
				"",
				`<D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:example:props"><D:set><D:prop><Z:owner>Ada</Z:owner><D:getetag>"x1"</D:getetag></D:prop></D:set></D:propertyupdate>`,
			},
			Response: []string{
				"HTTP/1.1 207 Multi-Status",
				"Content-Type: application/xml; charset=utf-8",
				"Content-Length: 352",
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
				Text: "A WebDAV client sends one PROPPATCH that sets three properties. The server refuses one of them because it is " +
					"read-only, so nothing is applied: the status line says 207 Multi-Status, and the body marks the refused property 403. " +
					"The other two changes were valid, and the body gives them a status of their own.",
				Why: "PROPPATCH is all-or-nothing, so the two valid changes failed only because the refused one did (RFC 4918 §9.2). " +
					"The response as a whole is 207; this code is the status inside the body for each change that failed along with it.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "Another step of the same WebDAV request failed, and this one depended on it.",
				Where: "client",
				Check: "In the 207 body, find the entry with the real error; the 424 entries only follow from it (RFC 4918 " +
					"§11.4).",
			},
			{
				Cause: "A non-WebDAV API uses 424 for its own idea of a failed dependency.",
				Where: "application",
				Check: "In RFC 4918 it only means a dependent action failed; read the API's docs and the body to learn which " +
					"dependency it means (RFC 4918 §11.4).",
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
			"Early data lets a returning client send a request before the TLS handshake finishes, which saves a round trip, " +
			"but TLS can only limit replays of that data, not rule them out. " +
			"A client that used early data must retry the request, should do so automatically, and must not send the retry " +
			"in early data. " +
			"Users rarely see 425 for that reason.",
		WhenToUse: []string{
			"A request arrives in early data and acting on it twice would do harm, such as a GET that places an order " +
				"(clients send only safe methods in early data unless they know better, so the harm usually hides behind a safe-looking method).",
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
				"GET /orders/reorder?from=8812 HTTP/1.1",
				"Host: shop.example.com",
				"Early-Data: 1",
			},
			Response: []string{
				"HTTP/1.1 425 Too Early",
				"Content-Type: text/plain",
				"Content-Length: 58",
				"",
				"Send this request again after the TLS handshake completes.",
			},
		},
		Notes: []string{
			"Early data is a feature of TLS 1.3, and RFC 8470 says how HTTP deals with it (RFC 8446; RFC 8470 §1).",
			"An intermediary must pass a 425 back to its client if the request it received already carried Early-Data: 1. " +
				"If it received the request in early data itself, it may instead retry once its own handshake is done (RFC 8470 §5.2).",
			"A client that used early data MUST retry a request answered with 425 (RFC 8470 §4); it SHOULD retry automatically, " +
				"and the retry MUST NOT be sent in early data (RFC 8470 §5.2).",
			"Absent other information, clients may send only safe methods such as GET in early data, never unsafe ones such as POST (RFC 8470 §4); " +
				"but some resources have side effects even for safe methods, and only the origin knows which (RFC 8470 §3).",
			"A 425 is not cacheable by default (RFC 8470 §5.2).",
		},
		Scenarios: []Scenario{
			{
				Text: "A shop's emails carry one-click \"order again\" links, plain GETs that place an order. A phone resumes a TLS 1.3 " +
					"session with 0-RTT and sends such a GET in its very first flight. The CDN forwards it to the origin with a header " +
					"saying it came in before the handshake, and the origin declines for now.",
				Why: "A replayed copy of that data could place the order twice, so the origin asks for the request again once the handshake " +
					"is complete. The method looks safe, which is why the client used early data; only the origin knows it is not.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The request went out in TLS 1.3 early data (0-RTT), and the server won't risk a replay.",
				Where: "client",
				Check: "Retry once the handshake is complete, not in early data: a client that used early data MUST retry " +
					"after 425 (RFC 8470 §4, §5.2).",
			},
			{
				Cause: "A proxy accepted early data and passed that on; the origin refused it.",
				Where: "proxy",
				Check: "nginx marks such requests with proxy_set_header Early-Data $ssl_early_data, and the origin may " +
					"answer 425, which intermediaries forward (nginx docs, ssl_early_data; RFC 8470 §5.2).",
			},
			{
				Cause: "A non-idempotent request such as a POST was sent in early data.",
				Where: "client",
				Check: "Clients MUST NOT send unsafe methods in early data; send them only after the handshake (RFC 8470 " +
					"§4).",
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
				"Content-Length: 36",
				"",
				"This endpoint only speaks WebSocket.",
			},
		},
		Notes: []string{
			"426 first appeared in RFC 2817 (2000), written for upgrading an HTTP/1.1 connection to TLS; " +
				"RFC 9110 now defines it (RFC 2817; RFC 9110 §15.5.22).",
			"The WebSocket spec suggests 426 when a handshake asks for a version the server does not support (RFC 6455 §4.2.2).",
			"The built-in HTTP server of Node's ws library answers every plain HTTP request with 426 (websockets/ws, lib/websocket-server.js).",
		},
		Scenarios: []Scenario{
			{
				Text: "A developer opens a chat server's real-time endpoint in a normal browser tab and gets an error page " +
					"saying the endpoint needs a different protocol, with a response header naming websocket.",
				Why: "A plain GET reached an endpoint that only works after switching protocols, and the server names the protocol it needs.",
			},
			{
				Text: "An old client library offers WebSocket protocol version 8 in its handshake; the server only supports " +
					"version 13 and rejects the handshake with the status RFC 6455 suggests, listing the versions it speaks in Sec-WebSocket-Version.",
				Why: "RFC 6455 §4.2.2 names this code as the appropriate answer to a WebSocket version the server does not understand: " +
					"the server will not go on with what the client offered and points it to the version it does support.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The server insists on another protocol before it will answer, such as TLS or a newer HTTP.",
				Where: "client",
				Check: "Read the Upgrade header in the 426: it names the protocol to switch to; retry using it (RFC 9110 " +
					"§15.5.22).",
			},
			{
				Cause: "A proxy in between talks to the upstream in an older HTTP version than the upstream requires.",
				Where: "proxy",
				Check: "Check the proxy's upstream protocol: nginx used HTTP/1.0 upstream before version 1.29.7 unless " +
					"proxy_http_version 1.1 was set (nginx docs, proxy_http_version).",
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
				"Content-Length: 35",
				"",
				`{"title": "Q3 plan", "body": "…"}`,
			},
			Response: []string{
				"HTTP/1.1 428 Precondition Required",
				"Content-Type: application/json",
				"Content-Length: 72",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The server requires updates to be conditional, and the request had no If-Match.",
				Where: "client",
				Check: "GET the resource, keep its ETag, and send the change with If-Match; the 428 body should explain how " +
					"to resubmit (RFC 6585 §3).",
			},
			{
				Cause: "The client has no ETag to send because GET responses arrive without one.",
				Where: "CDN",
				Check: "A proxy may have removed it: Cloudflare drops ETags in a bad format and when some page-rewriting " +
					"features are on (Cloudflare docs, ETag headers).",
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
				"Content-Length: 60",
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
		Troubleshooting: []Trouble{
			{
				Cause: "This client sent too many requests in the server's time window.",
				Where: "client",
				Check: "Wait as long as Retry-After says (seconds or a date) before retrying, then back off " +
					"(RFC 6585 §4; RFC 9110 §10.2.3).",
			},
			{
				Cause: "The limit counts per key, and the key is shared: many users behind one IP, or one token for many " +
					"workers.",
				Where: "client",
				Check: "Servers may count per IP address, per credential or per cookie; lower the concurrency per key or use " +
					"separate credentials where the API allows (RFC 6585 §4; MDN 429).",
			},
			{
				Cause: "nginx's request limit rejected the burst, with limit_req_status set to 429.",
				Where: "proxy",
				Check: "Requests beyond the zone's rate and burst are rejected; raise burst or rate, or key limit_req_zone " +
					"on something finer than the client address (nginx docs, limit_req).",
			},
			{
				Cause: "A CDN rate limiting rule matched.",
				Where: "CDN",
				Check: "Cloudflare generates 429 when a request is rate limited; visitors hit by it show up in its Rate " +
					"Limiting Analytics (Cloudflare docs, Error 429).",
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
				"Content-Length: 72",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The Cookie header grew too large, as cookies pile up for one domain.",
				Where: "client",
				Check: "Clear the site's cookies and set fewer or smaller ones; the 431 body should name the header that was " +
					"too large (MDN 431; RFC 6585 §5).",
			},
			{
				Cause: "A Node.js server's header limit (16 KiB by default) was exceeded.",
				Where: "application",
				Check: "Node.js answers 431 when headers exceed --max-http-header-size; shrink the headers or raise the " +
					"limit (Node.js docs, --max-http-header-size; Node.js source, _http_server.js).",
			},
			{
				Cause: "A single header such as a long Referer or a large token is too big.",
				Where: "client",
				Check: "Find the largest header in the request; servers often produce 431 for a long Referer, and the " +
					"request MAY be resent once headers are smaller (MDN 431; RFC 6585 §5).",
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
				"Content-Length: 92",
				"",
				"<p>This article is unavailable in your country because of a court order (case 2024-117).</p>",
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"Sending 451 does not confirm that the resource exists; even without the legal demand the request might fail (RFC 7725 §3).",
			"The number is a nod to Ray Bradbury's novel Fahrenheit 451, and the RFC thanks Bradbury in its acknowledgments (MDN 451; RFC 7725 Appendix A).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The operator received a legal demand, such as a court order, to block this resource.",
				Where: "origin",
				Check: "Read the body: it should name who made the demand and under which law; nothing in the request will " +
					"change that (RFC 7725 §3).",
			},
			{
				Cause: "Something between you and the origin, such as an ISP or a cache, is doing the blocking.",
				Where: "proxy",
				Check: "The blocker may not be the origin; a Link header with rel=\"blocked-by\" identifies who is blocking " +
					"(RFC 7725 §4).",
			},
			{
				Cause: "The block was lifted, but a cache still serves the 451.",
				Where: "CDN",
				Check: "A 451 is cacheable by default, so caches may keep serving it; purge them (RFC 7725 §3).",
			},
		},
	},
}
