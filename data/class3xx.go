package data

// redirection holds the 3xx codes: the client has to take a further step,
// usually following Location, or reuse the copy it already has (304).
var redirection = []Entry{
	{
		Code:      300,
		Phrase:    "Multiple Choices",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.4.1",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/300",
		Summary:   "Several versions of this exist: pick one from the list offered",
		Explanation: "The resource exists in more than one version, such as several languages or formats, each with its own URL. " +
			"The server asks the client to choose instead of choosing for it. " +
			"The body should list the alternatives, and if the server has a favorite it names it in the Location header. " +
			"Few clients can pick automatically, so in practice a person ends up choosing; most sites instead let the server decide from Accept and Accept-Language. " +
			"The client should follow the preferred Location or let the user select an entry from the list.",
		WhenToUse: []string{
			"A document exists in several formats or languages, each at its own URL, and you want the user or client to make the choice.",
			"Your server does agent-driven negotiation (for example Apache's transparent content negotiation for a client that asks for it) and will not choose on the client's behalf.",
		},
		WhenNotToUse: []string{
			"The server can choose the best variant from Accept or Accept-Language: send 200 with that variant (and a Vary header).",
			"None of the variants is acceptable to the client and the server will not send a default: use 406.",
			"There is exactly one new URL to go to: use a redirect such as 301, 302, 307 or 308.",
		},
		Headers: []Header{
			{Name: "Location", Why: "If the server has a preferred choice it SHOULD name it here; the client MAY follow it automatically."},
			{Name: "Link", Why: "Links with rel=\"alternate\" can list the variants in machine-readable form, as RFC 9110 suggests, though few clients use them."},
			{Name: "Content-Type", Why: "The body that lists the choices (SHOULD be sent, except for HEAD) needs a format the client can read, such as text/html."},
		},
		SeeAlso: []SeeAlso{
			{Code: 406, Why: "406 says no version fits what the client accepts; 300 offers the versions and lets the client pick."},
			{Code: 506, Why: "506 is a broken negotiation setup on the server; 300 is a working offer of alternatives."},
		},
		Example: Example{
			Request: []string{"GET /manual HTTP/1.1", "Host: example.com", "Negotiate: trans"},
			Response: []string{
				"HTTP/1.1 300 Multiple Choices",
				"Location: https://example.com/manual.en.html",
				"Content-Type: text/html",
				"Content-Length: 100",
				"",
				"<ul><li><a href=\"/manual.en.html\">English</a></li><li><a href=\"/manual.fr.html\">French</a></li></ul>",
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"A client that receives a 3xx code it does not recognize treats it like 300 (RFC 9110 §15).",
			"The Fetch Standard, which browsers follow, does not count 300 as a redirect status, so a browser shows the 300 response instead of following its Location (Fetch Standard, \"redirect status\").",
			"Earlier proposals for a URI or Alternates header listing the variants were dropped for lack of deployment (RFC 9110 §15.4.1).",
		},
		Scenarios: []Scenario{
			{
				Text: "An Apache server keeps English and French versions of /manual, described in a type map. A command-line client " +
					"sends Negotiate: trans and gets back a short HTML list of both versions and their URLs instead of either document.",
				Why: "The server offers the alternatives and leaves the choice to the client, which is exactly what this code signals.",
			},
		},
	},
	{
		Code:      301,
		Phrase:    "Moved Permanently",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.4.2",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/301",
		Summary:   "Moved for good: use the new URL from now on (a POST may become a GET)",
		Keywords:  []string{"redirect", "moved", "seo"},
		Explanation: "The resource has a new permanent URL, given in the Location header, and all future requests should go there. " +
			"Browsers follow it at once, and search engines transfer the old URL's ranking to the new one. " +
			"For historical reasons a client may turn a POST into a GET when following a 301, and browsers do, dropping the body; other methods are kept. " +
			"Because a 301 is heuristically cacheable, clients may remember it for a long time, so send it only when the move really is final.",
		WhenToUse: []string{
			"A site or section was reorganized and the old URLs must keep working for bookmarks, links and search engines.",
			"A host name changed for good, such as example.com to www.example.com, for pages that are only fetched with GET.",
		},
		WhenNotToUse: []string{
			"Clients send POST, PUT or other non-GET requests that must arrive unchanged at the new URL: use 308.",
			"The move is only for now (maintenance, a campaign, a login wall): use 302 or 307.",
			"The content was removed and has no replacement: use 410 (or 404) instead of redirecting to the home page.",
		},
		Headers: []Header{
			{Name: "Location", Why: "The server SHOULD send the new permanent URL here; the client MAY follow it automatically."},
			{Name: "Cache-Control", Why: "A 301 is heuristically cacheable and browsers may keep it for a long time; a max-age limits how long a mistake can stick."},
		},
		SeeAlso: []SeeAlso{
			{Code: 308, Why: "308 is permanent too but forbids turning a POST into a GET; choose it when method and body must survive."},
			{Code: 302, Why: "302 is temporary: clients keep using the old URL and nothing is cached by default."},
			{Code: 410, Why: "410 says the resource is gone with no new home; 301 says where it went."},
		},
		Example: Example{
			Request: []string{"GET /blog/2019/hello-world HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 301 Moved Permanently",
				"Location: https://example.com/posts/hello-world",
				"Content-Type: text/html",
				"Content-Length: 101",
				"",
				"<p>This page now lives at <a href=\"https://example.com/posts/hello-world\">/posts/hello-world</a>.</p>",
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"For historical reasons a user agent MAY change the method from POST to GET when it follows a 301 (RFC 9110 §15.4.2).",
			"Browsers change a POST to a GET with no body on a 301 or 302, but keep other methods such as PUT and DELETE (Fetch Standard, HTTP-redirect fetch).",
			"HTTP/1.0 defined 301 as keeping the method; browsers drifted to GET, which is why 308 was added later (RFC 9110 §15.4).",
			"Search engines pass the old URL's ranking on to the new one for a 301, but not for a temporary redirect (MDN 301, MDN 302).",
		},
		Scenarios: []Scenario{
			{
				Text: "A company moves its help pages from /support to /help for good. Every request is a plain page load, " +
					"and many readers use old set-top boxes and embedded browsers that predate the newest redirect code.",
				Why: "The move is final and only GET is involved, so the long-established permanent code is the safe choice. " +
					"RFC 9110 warns that 308, added in 2014, might not be recognized everywhere.",
				Versus: []int{308},
			},
			{
				Text: "After a domain change, the server answers every request to the old domain with a redirect that search engines " +
					"treat as final. Soon the team notices that form submissions sent to the old domain reach the new one as GET requests with no body.",
				Why: "Browsers turn a POST into a GET when following this code, as RFC 9110 allows for historical reasons. " +
					"With 308 the POST and its body would have been kept.",
				Versus: []int{308},
			},
			{
				Text: "An nginx configuration contains rewrite ^/old/(.*)$ /new/$1 permanent; and a visitor requests /old/faq. " +
					"Which status line does nginx send back?",
				Why: "nginx's permanent flag always answers with this code, pointing the browser to /new/faq for good " +
					"(nginx source, ngx_http_rewrite_module.c). The flag never sends 308; that takes return 308.",
				Versus: []int{308},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "A redirect loop: the new URL redirects back, often HTTP to HTTPS at an origin behind a CDN.",
				Where: "CDN",
				Check: "With Cloudflare in Flexible mode the origin sees plain HTTP; if it redirects that to HTTPS, the loop " +
					"never ends. Use Full mode or drop the origin redirect (Cloudflare docs, ERR_TOO_MANY_REDIRECTS).",
			},
			{
				Cause: "A POST arrived at the new URL as a GET without its body.",
				Where: "client",
				Check: "Browsers and curl turn POST into GET after a 301; use 308 to keep the method and body, or send " +
					"clients to the new URL directly (MDN 301; curl manual, --location).",
			},
			{
				Cause: "Browsers keep following an old permanent redirect you have since removed.",
				Where: "client",
				Check: "A 301 is heuristically cacheable, so caches may reuse it; test in a fresh profile and give redirects " +
					"explicit Cache-Control (RFC 9110 §15.4.2).",
			},
		},
	},
	{
		Code:        302,
		Phrase:      "Found",
		Tier:        Essential,
		Reference:   "RFC9110, Section 15.4.3",
		URL:         "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.3",
		MDN:         "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/302",
		Summary:     "It's elsewhere for now; keep using this URL (a POST may become a GET)",
		Keywords:    []string{"redirect", "temporary"},
		FormerNames: []string{"Moved Temporarily"},
		Explanation: "The resource is temporarily at the URL given in Location, so the client should follow it this time but keep using the original URL later. " +
			"For historical reasons a client may turn a POST into a GET when following a 302, and browsers do; stricter clients keep the method, so the result depends on the client. " +
			"It is the default redirect of many frameworks and servers, which is why it is so common. " +
			"When the method matters, say exactly what you mean with 303 (fetch the new URL with GET or HEAD) or 307 (keep the method).",
		WhenToUse: []string{
			"A page is briefly served from another URL, for example during an event or a short outage, and the original URL will return.",
			"A browser asks for a page that needs a session and you send it to the login page first.",
		},
		WhenNotToUse: []string{
			"After a form POST, to show a result page: use 303, which makes the follow-up a GET (or HEAD).",
			"Non-GET requests must be repeated unchanged at the new URL: use 307.",
			"The move is permanent: use 301 or 308.",
		},
		Headers: []Header{
			{Name: "Location", Why: "The server SHOULD send the temporary URL here; the client MAY follow it automatically."},
			{Name: "Cache-Control", Why: "A 302 is not heuristically cacheable; a cache stores it only when explicit Cache-Control or Expires allows it."},
		},
		SeeAlso: []SeeAlso{
			{Code: 307, Why: "307 is the same temporary move but forbids changing the method, so a POST stays a POST."},
			{Code: 303, Why: "303 makes the follow-up a GET (or HEAD) and says the answer lives at a different resource; 302 only permits turning a POST into a GET."},
			{Code: 301, Why: "301 is the permanent counterpart: clients should update links, and it may be cached."},
		},
		Example: Example{
			Request:  []string{"GET /account HTTP/1.1", "Host: example.com"},
			Response: []string{"HTTP/1.1 302 Found", "Location: /login?next=%2Faccount", "Content-Length: 0"},
		},
		Notes: []string{
			"HTTP/1.0 called this code \"Moved Temporarily\" and meant the method to be kept; browsers turned POST into GET anyway (RFC 1945 §9.3; RFC 9110 §15.4).",
			"nginx still writes the old reason phrase on the wire: HTTP/1.1 302 Moved Temporarily (nginx source, ngx_http_header_filter_module.c).",
			"For historical reasons a user agent MAY change the method from POST to GET when it follows a 302; 307 exists for when that is unwanted (RFC 9110 §15.4.3).",
			"It is the default status of Express's res.redirect() and of Fetch's Response.redirect() (Express API docs; Fetch Standard).",
		},
		Scenarios: []Scenario{
			{
				Text: "A login form POSTs to /session and the server answers with a temporary redirect to /dashboard. Browsers " +
					"then load /dashboard with GET, but a small HTTP client that follows the spec literally repeats the POST there.",
				Why: "This code only permits clients to turn a POST into a GET, so clients differ. 303 would have required the GET; " +
					"307 would have forbidden it.",
				Versus: []int{303, 307},
			},
			{
				Text: "An nginx configuration contains rewrite ^/reports/latest$ /reports/2024-q3 redirect; so that " +
					"/reports/latest points at this quarter's report. Which status line does nginx send when a browser asks for /reports/latest?",
				Why: "nginx's redirect flag always answers with this code, a temporary move that clients should not remember " +
					"(nginx source, ngx_http_rewrite_module.c). The flag never sends 307 or 303; those take return 307 or return 303.",
				Versus: []int{307, 303},
			},
			{
				Text:   "In an Express app you call res.redirect('/login') without passing a status.",
				Why:    "Express uses this code as its default redirect status; you must pass 303 or 307 yourself to get those.",
				Versus: []int{303, 307},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The redirects form a chain that comes back to where it started.",
				Where: "origin",
				Check: "Follow the chain one hop at a time (curl -I without -L) and compare each Location; clients give up " +
					"on loops, curl after 50 redirects by default (RFC 9110 §15.4; curl manual, --max-redirs).",
			},
			{
				Cause: "A POST was repeated as a GET at the new URL, and its body was lost.",
				Where: "client",
				Check: "Clients may change POST to GET after a 302, and curl does; use 307 when the method and body must " +
					"survive (RFC 9110 §15.4.3; curl manual, --location).",
			},
			{
				Cause: "Credentials were dropped when the client followed the redirect, so the next hop refuses it.",
				Where: "client",
				Check: "Clients drop Authorization and Cookie when following some redirects; curl does when the host " +
					"changes. Call the final URL or send credentials again on purpose (RFC 9110 §15.4; curl manual, " +
					"--location).",
			},
		},
	},
	{
		Code:      303,
		Phrase:    "See Other",
		Tier:      Common,
		Reference: "RFC9110, Section 15.4.4",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.4",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/303",
		Summary:   "Go GET the answer at another URL (the usual reply after a form POST)",
		Keywords:  []string{"post redirect get", "prg"},
		Explanation: "The server points the client to a different resource, named in Location, that holds the answer to its request. " +
			"Whatever the original method was, the client fetches that URL with GET (or HEAD). " +
			"The classic use is Post/Redirect/Get: after a form POST, send the browser to a result page so that reloading it does not repeat the action. " +
			"The new URL is not a new address for the original resource, only a place to read the outcome.",
		WhenToUse: []string{
			"After a POST or PUT that changed something, to send the browser to a page showing the result (Post/Redirect/Get).",
			"A background job has finished, and its status page sends the client on to the result.",
			"A GET names something that cannot be sent over HTTP, such as a person, and you point to a document that describes it.",
		},
		WhenNotToUse: []string{
			"The same request, with its method and body, must be repeated at the new URL: use 307 or 308.",
			"An API created a resource and can say so directly: use 201 with Location.",
			"A job was only queued: answer 202 Accepted in place, with a link where its progress can be checked.",
			"The resource itself moved: use 301 or 308 if permanent, 302 or 307 if temporary.",
		},
		Headers: []Header{
			{Name: "Location", Why: "The code is defined by it: it names the other resource, which the client retrieves with GET (or HEAD) (RFC 9110 §15.4.4)."},
			{Name: "Cache-Control", Why: "A 303 is not heuristically cacheable; it may be stored only with explicit freshness such as max-age."},
		},
		SeeAlso: []SeeAlso{
			{Code: 302, Why: "302 only permits turning a POST into a GET; 303 makes every follow-up a GET (or HEAD) and says the answer lives elsewhere."},
			{Code: 307, Why: "307 repeats the same method and body at the new URL; 303 turns the follow-up into a GET (or HEAD)."},
			{Code: 201, Why: "201 tells an API client in one response that something was created; 303 sends a browser on to a page."},
			{Code: 202, Why: "202 answers in place that a job was queued; 303 sends the client elsewhere, such as to the finished job's result."},
		},
		Example: Example{
			Request: []string{
				"POST /orders HTTP/1.1",
				"Host: example.com",
				"Content-Type: application/x-www-form-urlencoded",
				"Content-Length: 13",
				"",
				"item=42&qty=1",
			},
			Response: []string{"HTTP/1.1 303 See Other", "Location: /orders/1042", "Content-Length: 0"},
		},
		Notes: []string{
			"303 applies to any method; its main use is letting the result of a POST be a page that can be bookmarked and cached on its own (RFC 9110 §15.4.4).",
			"A 303 in answer to a GET means the server has no representation of the target to send, and Location points to a resource that describes it (RFC 9110 §15.4.4).",
			"Browsers change every method except GET and HEAD to GET on a 303, and drop the body (Fetch Standard, HTTP-redirect fetch).",
		},
		Scenarios: []Scenario{
			{
				Text: "A checkout form POSTs the order. The server wants the browser to land on the order's page, and pressing " +
					"reload there must not charge the card a second time.",
				Why: "This code makes the browser fetch the order page with GET, so a reload repeats only that GET. " +
					"307 would repeat the POST, and 302 leaves the choice to the client.",
				Versus: []int{302, 307},
			},
			{
				Text: "A client polls GET /jobs/5150 to follow an export. The job has just finished, and the server wants the client to " +
					"fetch the finished file, /exports/88.csv, rather than the job's status.",
				Why: "The status resource refers the client to a different resource that holds the outcome, to be read with GET. " +
					"302 would claim the job itself is at the new URL for now; 200 would answer with the status, not the file.",
				Versus: []int{302, 200},
			},
			{
				Text: "A linked-data server receives GET /id/alice, a URL that identifies a person rather than a document, and points the " +
					"client to /doc/alice, a page about her.",
				Why: "A person cannot be transferred over HTTP, so the server refers to a different resource that describes her. " +
					"302 would claim the person herself is at the new URL for now.",
				Versus: []int{302},
			},
		},
	},
	{
		Code:      304,
		Phrase:    "Not Modified",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.4.5",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.5",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/304",
		Summary:   "Your cached copy is still good: reuse it, nothing is sent again",
		Keywords:  []string{"cache", "etag", "conditional request"},
		Explanation: "The client asked conditionally, with If-None-Match or If-Modified-Since, and the condition shows that its stored copy is still current. " +
			"Instead of sending the content again, the server answers with headers only, and the client uses the copy it already has. " +
			"It only answers GET and HEAD; the same failed If-None-Match on any other method gets 412. " +
			"A 304 never has a body, and its headers refresh the stored copy, for example its freshness lifetime.",
		WhenToUse: []string{
			"A GET or HEAD carries If-None-Match and one of its entity tags matches the resource's current ETag.",
			"A GET or HEAD carries If-Modified-Since (and no If-None-Match) and the resource has not changed since that date.",
		},
		WhenNotToUse: []string{
			"The method is not GET or HEAD and its If-None-Match condition fails: use 412.",
			"The request was not conditional, or the resource has changed: send 200 with the full content.",
			"The client has no stored copy to reuse: a 304 only makes sense as the answer to a conditional request.",
		},
		Headers: []Header{
			{Name: "ETag", Why: "MUST be sent if a 200 would have had it, so the cache knows which version was confirmed."},
			{Name: "Cache-Control", Why: "MUST be sent (with Expires) if a 200 would have had it; it gives the reused copy its new freshness."},
			{Name: "Date", Why: "MUST be sent, like Vary and Content-Location, whenever a 200 to the same request would have had it."},
			{Name: "If-None-Match", Why: "Request header with the entity tags the client holds; a match on GET or HEAD is what produces the 304."},
			{Name: "If-Modified-Since", Why: "Request header with the date of the client's copy; used only for GET and HEAD, and ignored when If-None-Match is present."},
		},
		SeeAlso: []SeeAlso{
			{Code: 200, Why: "200 sends the full content because the condition was true or absent; 304 sends none."},
			{Code: 412, Why: "412 is the failed-condition answer for methods other than GET and HEAD, such as a PUT with If-None-Match."},
		},
		Example: Example{
			Request: []string{"GET /static/app.css HTTP/1.1", "Host: example.com", "If-None-Match: \"5d8c72a\""},
			Response: []string{
				"HTTP/1.1 304 Not Modified",
				"ETag: \"5d8c72a\"",
				"Cache-Control: max-age=3600",
				"Date: Tue, 14 Jan 2025 10:00:00 GMT",
			},
		},
		ContentForbidden: true,
		Notes: []string{
			"A 304 is terminated by the end of its header section and cannot contain content or trailers (RFC 9110 §15.4.5).",
			"With If-None-Match, a server MUST answer 304 for GET and HEAD but 412 for every other method (RFC 9110 §13.1.2).",
			"If-Modified-Since is ignored when the request also has If-None-Match, and for methods other than GET and HEAD (RFC 9110 §13.1.3).",
			"A Content-Length on a 304 is allowed only if it equals the length a 200 would have had (RFC 9110 §8.6).",
			"304 is not heuristically cacheable; instead a cache uses it to refresh the stored response it already holds (RFC 9110 §15.1; RFC 9111 §4.3.4).",
			"Browser developer tools can make extra requests that show up as 304 responses, so that use of the local cache is visible (MDN 304).",
		},
		Scenarios: []Scenario{
			{
				Text: "A browser revalidates its cached stylesheet with a GET carrying If-None-Match and the ETag it stored. The file " +
					"on the server has not changed, so the tag still matches.",
				Why: "A matching If-None-Match on GET means the client's copy is current, so only headers come back. " +
					"For a PUT, the same failed condition would give 412.",
				Versus: []int{412},
			},
			{
				Text: "A feed reader polls a blog's RSS feed every hour, sending If-Modified-Since with the date of its last copy. " +
					"No new post has been published since then.",
				Why: "The resource is unchanged since that date, so the server confirms the reader's copy instead of resending the feed.",
			},
			{
				Text: "A CDN edge holds a stale copy of an image and asks the origin whether it is still current, quoting the stored " +
					"ETag. The origin confirms it and sends a new max-age, but no image bytes.",
				Why: "The answer lets the CDN refresh the stored copy's freshness and keep serving it without downloading it again.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "Your code sent no validators, but the browser's cache did when it revalidated its copy.",
				Where: "client",
				Check: "Look at the request as sent (devtools, proxy log): a client's cache adds If-None-Match or " +
					"If-Modified-Since itself, and devtools can show such requests too (RFC 9110 §15.4; MDN 304).",
			},
			{
				Cause: "A script set If-None-Match itself, so fetch() hands it the bare 304 with no body.",
				Where: "application",
				Check: "When a script sets a conditional header, fetch switches to cache mode no-store and returns the 304 " +
					"as is; drop the header or keep your own copy (Fetch Standard, HTTP-network-or-cache fetch).",
			},
			{
				Cause: "A CDN answered from its cache, comparing the validators against its stored copy.",
				Where: "CDN",
				Check: "Compare the ETag on the 304 with the origin's current one; Cloudflare answers 304 for a matching " +
					"ETag and may turn strong ETags into weak ones (Cloudflare docs, ETag headers).",
			},
		},
	},
	{
		Code:      305,
		Phrase:    "Use Proxy",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.4.6",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.6",
		Summary:   "Deprecated: once told clients to retry through the proxy in Location",
		Explanation: "In HTTP/1.1 as RFC 2616 defined it, 305 told the client that the resource had to be fetched through the proxy whose URI was in the Location header, repeating just this one request through it. " +
			"Letting a response choose a client's proxy turned out to be a security risk, so RFC 7231 deprecated the code in 2014, and RFC 9110 lists it only as deprecated. " +
			"Browsers do not follow it. " +
			"Do not send it: which proxy a client uses is set up in the client or its network, not by a server's response.",
		WhenToUse: []string{
			"Never: the code is deprecated, and clients will not switch proxies because of it.",
		},
		WhenNotToUse: []string{
			"Clients must route through a particular proxy: configure that in their network or proxy settings, not in a response.",
			"A proxy needs the client to log in: the proxy sends 407.",
			"The resource is at another URL: use 307 or 308 (or 302 or 301).",
		},
		Headers: []Header{
			{Name: "Location", Why: "Under the old definition it carried the URI of the proxy to use, not the URL of a page."},
		},
		SeeAlso: []SeeAlso{
			{Code: 407, Why: "407 comes from a proxy asking for credentials; 305 was an origin server naming a proxy to use."},
			{Code: 306, Why: "306 is its reserved neighbor; like 305, nobody should send it."},
			{Code: 307, Why: "To send a client to another URL with its method intact, 307 is the working code."},
		},
		Example: Example{
			Request:  []string{"GET /reports/q3 HTTP/1.1", "Host: example.com"},
			Response: []string{"HTTP/1.1 305 Use Proxy", "Location: http://proxy.example.com:8080/", "Content-Length: 0"},
		},
		Notes: []string{
			"RFC 2616 let only origin servers send 305 and meant it to apply to a single request (RFC 2616 §10.3.6).",
			"RFC 7231 deprecated 305 because of security concerns about configuring a proxy in-band (RFC 7231 Appendix B).",
			"The Fetch Standard's redirect statuses are 301, 302, 303, 307 and 308, so browsers never follow a 305 (Fetch Standard, \"redirect status\").",
		},
		Scenarios: []Scenario{
			{
				Text: "While maintaining a very old HTTP client, you find a branch for one status code that reads the Location header " +
					"as the address of an intermediary and repeats the request through it. Current specs call that status deprecated.",
				Why: "That was the original meaning of this code, which was deprecated because a response should not reconfigure how a client connects.",
			},
		},
	},
	{
		Code:      306,
		Phrase:    "(Unused)",
		Status:    Reserved,
		Tier:      Rare,
		Reference: "RFC9110, Section 15.4.7",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.7",
		Summary:   "Reserved and unused: it means nothing today, and nobody should send it",
		Explanation: "306 has no meaning. " +
			"Already in 1999, RFC 2616 described 306 as a leftover from an earlier version of the specification that had fallen out of use. " +
			"RFC 9110 keeps the number reserved so that it is never given a new meaning. " +
			"As history: Internet-Drafts by J. Cohen of Netscape (1996–97) proposed 306 as \"Switch Proxy\", sent by a proxy to tell a client which proxy to use for later requests, but the drafts expired and were never standardized. " +
			"No server should send it; to redirect, use 307 or 308.",
		WhenToUse: []string{
			"Never: the code is reserved and has no defined meaning.",
		},
		WhenNotToUse: []string{
			"To send a client to another URL: use 307 or 308 (or 302 or 301).",
			"For a custom meaning of your own: pick a defined code; a reserved number cannot be assigned to an application.",
		},
		SeeAlso: []SeeAlso{
			{Code: 305, Why: "305 is the deprecated neighbor that dealt with proxies; 306 has no meaning at all."},
			{Code: 418, Why: "418 is the registry's other reserved (Unused) code, kept off-limits because of a joke specification."},
			{Code: 307, Why: "307 is the next code and the one to use for a temporary redirect."},
		},
		Example: Example{
			Request:  []string{"GET / HTTP/1.1", "Host: example.com"},
			Response: []string{"(no server sends 306: the number is reserved; a temporary redirect today is 307)"},
		},
		Notes: []string{
			"RFC 2616 described 306 as used in a previous version of the specification, no longer used, and reserved (RFC 2616 §10.3.7).",
			"The expired draft draft-cohen-http-305-306-responses (J. Cohen, dated December 1996, announced to the HTTP working group in June 1997) proposed \"306 Switch Proxy\"; the label still turns up in status-code lists (draft-cohen-http-305-306-responses-00).",
			"A client that does not recognize 306 handles it like 300, as it would any unknown 3xx (RFC 9110 §15).",
		},
	},
	{
		Code:      307,
		Phrase:    "Temporary Redirect",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.4.8",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.8",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/307",
		Summary:   "Elsewhere for now: repeat the same request there, method and body intact",
		Keywords:  []string{"redirect", "temporary"},
		Explanation: "The resource is temporarily at the URL in Location, and the client must repeat the request there without changing the method: a POST stays a POST, with the same body. " +
			"Future requests should still go to the original URL, because the redirect may change. " +
			"It exists to remove the ambiguity of 302, which many clients follow with a GET. " +
			"For plain GET requests, 307 and 302 behave the same.",
		WhenToUse: []string{
			"An API sends requests to another host for a while, such as during maintenance or failover, and POSTs and PUTs must arrive unchanged.",
			"Any temporary redirect where every client must behave the same way, whatever the method.",
		},
		WhenNotToUse: []string{
			"The move is permanent: use 308.",
			"After a POST you want the browser to load a result page with GET: use 303.",
			"The client should wait and retry the same URL later rather than go elsewhere: use 503 with Retry-After.",
		},
		Headers: []Header{
			{Name: "Location", Why: "The server SHOULD send the temporary URL here; the client MAY follow it automatically."},
			{Name: "Retry-After", Why: "MAY be sent on any 3xx to ask the client to wait at least that long before following the redirect."},
		},
		SeeAlso: []SeeAlso{
			{Code: 302, Why: "302 lets clients turn a POST into a GET; 307 forbids any change of method."},
			{Code: 303, Why: "303 deliberately switches to GET to show a result; 307 repeats the original request."},
			{Code: 308, Why: "308 keeps the method too, but the move is permanent and may be cached."},
		},
		Example: Example{
			Request: []string{
				"POST /v1/payments HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"Content-Length: 35",
				"",
				"{\"amount\": 1200, \"currency\": \"EUR\"}",
			},
			Response: []string{
				"HTTP/1.1 307 Temporary Redirect",
				"Location: https://eu.api.example.com/v1/payments",
				"Content-Length: 0",
			},
		},
		Notes: []string{
			"The user agent MUST NOT change the request method when it follows a 307 automatically (RFC 9110 §15.4.8).",
			"HTTP/1.1 added 303 and 307 so that servers could say clearly whether the client should switch to GET or keep the method (RFC 2616 §10.3.3).",
			"For GET requests, 302 and 307 give the same result (MDN 307).",
		},
		Scenarios: []Scenario{
			{
				Text: "During a one-hour maintenance window, a payments API sends POST /charge requests to a standby cluster. " +
					"The JSON body must reach the standby intact, and clients should go back to the usual URL afterwards.",
				Why: "This code requires the client to resend the same POST with its body. 302 might let clients switch to GET, " +
					"and 308 would tell them to use the standby for good.",
				Versus: []int{302, 308},
			},
			{
				Text: "An upload service spreads load by sending each POST of a large file to whichever storage node has room today. " +
					"The client must send the very same POST, with the file, to that node, and ask the main URL again next time.",
				Why: "The method and body are kept and the move is only for now. 303 would turn the follow-up into a GET, " +
					"and 302 lets clients do the same, so the file might never be stored.",
				Versus: []int{303, 302},
			},
			{
				Text: "A web app's form handler is being moved behind a new path for a week-long test. Browsers already " +
					"turned the POST into a GET with the previous redirect code, and the form data was lost.",
				Why:    "Using this code guarantees the POST and its data are re-sent, which the loosely defined 302 does not.",
				Versus: []int{302},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The temporary redirect points to a URL that redirects back to the first one.",
				Where: "origin",
				Check: "Request each Location by hand and look for the rule that sends you back; clients SHOULD detect such " +
					"loops and stop (RFC 9110 §15.4).",
			},
			{
				Cause: "The client would not repeat a POST or PUT automatically, or could not replay a streamed body.",
				Where: "client",
				Check: "307 resends the same method and body, and clients take care with unsafe methods; make the body " +
					"replayable or call the new URL directly (RFC 9110 §15.4, §15.4.8).",
			},
			{
				Cause: "The redirect goes to another host and the credentials did not follow.",
				Where: "client",
				Check: "curl sends credentials only to the first host unless told otherwise with --location-trusted; send " +
					"them to the new host on purpose (curl manual, --location-trusted).",
			},
		},
	},
	{
		Code:      308,
		Phrase:    "Permanent Redirect",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.4.9",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.9",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/308",
		Summary:   "Moved for good: repeat the same request at the new URL, method intact",
		Keywords:  []string{"redirect", "permanent"},
		Explanation: "The resource has a new permanent URL, given in Location, and the client must repeat the request there with the same method and body. " +
			"Future requests should go straight to the new URL, and like 301 the response is heuristically cacheable, so clients may remember it. " +
			"It is the permanent sibling of 307, added because 301 lets clients turn a POST into a GET. " +
			"It is much younger than the other redirects (2014), so very old clients may not recognize it.",
		WhenToUse: []string{
			"An API moved its endpoints for good, to a new version path or host, and clients send POST, PUT, PATCH or DELETE.",
			"Moving to HTTPS or a new domain when some requests are not GET and must keep their body.",
		},
		WhenNotToUse: []string{
			"The move is only for now: use 307.",
			"The client should fetch a result page with GET: use 303.",
			"Only GET is involved and very old clients must be supported: 301 is the safer choice.",
		},
		Headers: []Header{
			{Name: "Location", Why: "The server SHOULD send the new permanent URL here; the client MAY follow it automatically."},
			{Name: "Cache-Control", Why: "A 308 is heuristically cacheable, so clients may keep it; a max-age limits how long it is remembered."},
		},
		SeeAlso: []SeeAlso{
			{Code: 301, Why: "301 is permanent too but lets clients turn a POST into a GET; 308 keeps the method and body."},
			{Code: 307, Why: "307 keeps the method as well, but only for now; clients keep using the old URL."},
		},
		Example: Example{
			Request: []string{
				"PUT /v1/users/42 HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"Content-Length: 15",
				"",
				"{\"name\": \"Ada\"}",
			},
			Response: []string{
				"HTTP/1.1 308 Permanent Redirect",
				"Location: https://api.example.com/v2/users/42",
				"Content-Length: 0",
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"307 and 308 were added to mark method-preserving redirects without ambiguity; 308 was specified in RFC 7538 before RFC 9110 took it over (RFC 9110 §15.4).",
			"RFC 9110 warns that 308 is much younger (June 2014) than its siblings and might not be recognized everywhere (RFC 9110 §15.4.9).",
			"A client that does not know 308 treats it like 300, and may still follow Location (RFC 9110 §15, §15.4).",
			"Google Drive's resumable uploads use 308 with a meaning of their own, \"Resume Incomplete\" (MDN 308).",
		},
		Scenarios: []Scenario{
			{
				Text: "A public API moves every endpoint from /v1 to /v2 for good. Its clients send POST and PUT requests with " +
					"JSON bodies, and those must arrive at the new paths unchanged.",
				Why:    "The move is final and the method and body must be kept. 301 would let clients turn the POSTs into GETs on the way.",
				Versus: []int{301},
			},
			{
				Text: "An API retires its old host name for good. Clients POST to it and must keep POSTing, and they should remember " +
					"the new host rather than keep asking the old one.",
				Why: "The redirect keeps the method and is final, so clients and caches can remember it. " +
					"307 keeps the method too but tells clients to keep using the old host.",
				Versus: []int{307},
			},
			{
				Text: "A team sends all http:// API traffic to https:// with a redirect that search engines treat as final. Webhook " +
					"senders report that their POSTs reach the https URL as empty GETs, and the team wants a code that prevents this.",
				Why:    "This code forbids the switch to GET that browsers and many clients apply to 301.",
				Versus: []int{301},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "An older client doesn't know 308 and stops instead of following Location.",
				Where: "client",
				Check: "308 dates from 2014 and might not be recognised everywhere; test the client you use, or keep 301 for " +
					"GET-only links (RFC 9110 §15.4.9).",
			},
			{
				Cause: "A cached permanent redirect keeps sending clients somewhere it no longer should.",
				Where: "CDN",
				Check: "308 is heuristically cacheable, so browsers and CDNs may reuse it after you change it; purge the CDN " +
					"and set Cache-Control on the redirect (RFC 9110 §15.4.9).",
			},
			{
				Cause: "The redirect went to another host and the request there arrived without credentials.",
				Where: "client",
				Check: "When a redirect changes host, curl stops sending credentials unless --location-trusted is used, and " +
					"other clients may drop Authorization too (curl manual, --location; RFC 9110 §15.4).",
			},
		},
	},
}
