package data

// clientErrorsA holds the 4xx entries 400 to 405.
var clientErrorsA = []Entry{
	{
		Code:      400,
		Phrase:    "Bad Request",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.5.1",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/400",
		Summary:   "The server can't even read the request as sent: fix it before retrying",
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
				"",
				`{"name": "Ada", "email": "ada@example.com",`,
			},
			Response: []string{
				"HTTP/1.1 400 Bad Request",
				"Content-Type: application/json",
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
			{Code: 403, Why: "403 means the server knows or does not care who you are, and new credentials will not help."},
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
					"403 would claim that no credentials could help.",
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
				"",
				`{"amount": 1500, "currency": "usd", "card": "card_8x2k"}`,
			},
			Response: []string{
				"HTTP/1.1 402 Payment Required",
				"Content-Type: application/json",
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
			"If credentials were sent, the server considers them not good enough; often the reason has " +
			"nothing to do with credentials at all. " +
			"Signing in again will not help, and the client should not simply repeat the request with the " +
			"same credentials. " +
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
				"",
				`{"visibility": "public"}`,
			},
			Response: []string{
				"HTTP/1.1 403 Forbidden",
				"Content-Type: application/json",
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
				Why: "The server knows exactly who this is and still says no; signing in again changes nothing. " +
					"401 would wrongly suggest that new credentials could help.",
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
			Response: []string{"HTTP/1.1 404 Not Found", "Content-Type: text/html", "", "<h1>Page not found</h1>"},
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
	},
}
