package data

// successful holds the 2xx codes: the request was received, understood and
// accepted.
var successful = []Entry{
	{
		Code:      200,
		Phrase:    "OK",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.3.1",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/200",
		Summary:   "It worked, and the answer is in the body",
		Keywords:  []string{"success", "ok"},
		Explanation: "The request succeeded and the response carries content. " +
			"What that content is depends on the method: for GET it is the resource itself, for POST the result of the action, for PUT or DELETE a report on what happened. " +
			"It is also the default: in Go's net/http and Node's http module, a response is 200 unless the handler sets another code. " +
			"The client can use the body as it is; nothing else needs to happen.",
		WhenToUse: []string{
			"A GET found the resource and you are sending it back.",
			"A POST, PUT or DELETE finished and you return a useful result, such as the updated record.",
			"A search or list request worked, even when the list it returns is empty.",
		},
		WhenNotToUse: []string{
			"The request made a new resource with its own URL: use 201 and point to it with Location.",
			"The work was only queued and has not finished yet: use 202.",
			"It worked and there is nothing to send back: use 204.",
			"Only part of the resource is sent in answer to a Range request: use 206.",
			"Something actually failed: use a 4xx or 5xx code, not 200 with an error message in the body.",
		},
		Headers: []Header{
			{Name: "ETag", Why: "For GET and HEAD the server SHOULD send validators, ideally a strong ETag, so later requests can be conditional."},
			{Name: "Last-Modified", Why: "The other validator the server SHOULD send for GET and HEAD when it has one."},
			{Name: "Cache-Control", Why: "200 is heuristically cacheable; say explicitly how long the response may be reused, or that it may not."},
		},
		SeeAlso: []SeeAlso{
			{Code: 201, Why: "201 says something new now exists at a URL; 200 just reports success."},
			{Code: 202, Why: "202 means the work is queued, not done; 200 means it is finished."},
			{Code: 204, Why: "204 is success with an empty body; 200 is success with content."},
			{Code: 206, Why: "206 carries only the requested range; 200 carries the whole thing."},
			{Code: 304, Why: "304 tells a client with a cached copy to reuse it; 200 sends the full content again."},
		},
		Example: Example{
			Request: []string{"GET /users/42 HTTP/1.1", "Host: api.example.com", "Accept: application/json"},
			Response: []string{
				"HTTP/1.1 200 OK",
				"Content-Type: application/json",
				"ETag: \"a7f3c\"",
				"Cache-Control: max-age=60",
				"Content-Length: 25",
				"",
				"{\"id\": 42, \"name\": \"Ada\"}",
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"If the request shows a preference for no content on success, the server ought to send 204 instead (RFC 9110 §15.3.1).",
			"A 200 to CONNECT has no content: the tunnel starts right after the header section (RFC 9110 §15.3.1).",
		},
		Scenarios: []Scenario{
			{
				Text: "A client sends POST /search with a filter in the JSON body. The server runs the query and returns the " +
					"matching products; nothing is stored.",
				Why:    "The request succeeded and the result is in the body. Nothing new got its own URL, so 201 does not fit.",
				Versus: []int{201},
			},
			{
				Text:   "A PUT changes a user's email address, and the API replies with the full updated user record as JSON.",
				Why:    "The update worked and the response carries content. 204 would mean an empty body.",
				Versus: []int{204},
			},
			{
				Text:   "POST /convert takes a Markdown string, turns it into HTML on the spot and returns the HTML in the same response.",
				Why:    "The work was finished before the response went out, and the result is included. 202 would mean it is still pending.",
				Versus: []int{202},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "A proxy or the server turned an error into a success, for example an nginx error_page rule with " +
					"\"=200\".",
				Where: "proxy",
				Check: "Look for error_page rules that change the code (\"=200\") or a catch-all that serves an index page; " +
					"the upstream's own log shows the real status (nginx docs, error_page).",
			},
			{
				Cause: "A captive portal or login server answered instead of the site you asked for.",
				Where: "client",
				Check: "Read the body and Server header: a captive portal sends port-80 traffic to its own login server; 511 " +
					"exists so it can say so (RFC 6585 §6.1).",
			},
			{
				Cause: "You sent Range and got the whole file: the server or a CDN ignored the range.",
				Where: "CDN",
				Check: "Servers may ignore Range and send 200; Cloudflare does so when it must decompress the body or " +
					"If-Range doesn't match (RFC 9110 §15.5.17; Cloudflare docs, range requests).",
			},
		},
	},
	{
		Code:      201,
		Phrase:    "Created",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.3.2",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.2",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/201",
		Summary:   "Done, and something new now exists; Location says where",
		Keywords:  []string{"create", "new resource"},
		Explanation: "The request succeeded and made one or more new resources. " +
			"The main new resource is named by the Location header, or, when there is no Location, by the URL the request was sent to. " +
			"APIs send it after a POST that adds a record, and servers must send it when a PUT stores something at a URL that had nothing before. " +
			"The client can follow Location to fetch the new resource; the body often already describes it.",
		WhenToUse: []string{
			"A POST to a collection added a new item, such as a new order or user, and it is already stored.",
			"A PUT stored a resource at a URL where nothing existed before.",
		},
		WhenNotToUse: []string{
			"The new thing will only be made later by a background job: use 202.",
			"A PUT replaced a resource that already existed: use 200 or 204.",
			"The item already exists and the request would make a duplicate: use 409.",
		},
		Headers: []Header{
			{Name: "Location", Why: "Names the primary resource that was made; without it, the target URI is taken to be the new resource."},
			{Name: "ETag", Why: "Optional; if sent, it is the validator of the newly made representation."},
		},
		SeeAlso: []SeeAlso{
			{Code: 200, Why: "200 reports success; 201 adds that a new resource now exists."},
			{Code: 202, Why: "202 means the work is still pending; 201 means the resource is there right now."},
			{Code: 204, Why: "204 fits a successful update with nothing to return; 201 is for making something new."},
			{Code: 303, Why: "303 redirects to a result page to fetch with GET; 201 reports the new resource directly."},
		},
		Example: Example{
			Request: []string{
				"POST /orders HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"Content-Length: 37",
				"",
				"{\"product\": \"sku-118\", \"quantity\": 2}",
			},
			Response: []string{
				"HTTP/1.1 201 Created",
				"Location: /orders/981",
				"Content-Type: application/json",
				"Content-Length: 29",
				"",
				"{\"id\": 981, \"status\": \"open\"}",
			},
		},
		Notes: []string{
			"When a PUT makes a resource that had no current representation, the server MUST answer 201 (RFC 9110 §9.3.4).",
			"The body typically describes the new resource(s) and links to them (RFC 9110 §15.3.2).",
		},
		Scenarios: []Scenario{
			{
				Text:   "POST /orders stores a new order in the database, and the response points the client to /orders/981, where the order now lives.",
				Why:    "A new resource exists and has its own URL. 200 would report success without saying anything new exists.",
				Versus: []int{200},
			},
			{
				Text:   "A client uses PUT to store a file at /docs/2024/report.pdf, a path that was empty until now.",
				Why:    "A PUT that makes a resource where none existed must be answered this way; 204 or 200 are for replacing an existing one.",
				Versus: []int{204, 200},
			},
			{
				Text:   "A sign-up endpoint writes the new account to the database before answering and wants the client to know the account's URL.",
				Why:    "The account already exists when the response goes out. 202 would mean the work had only been queued.",
				Versus: []int{202},
			},
		},
	},
	{
		Code:      202,
		Phrase:    "Accepted",
		Tier:      Common,
		Reference: "RFC9110, Section 15.3.3",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.3",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/202",
		Summary:   "Got it, queued for later; the outcome is not known yet",
		Keywords:  []string{"async", "queued", "background job"},
		Explanation: "The server took the request in for processing, but the work is not finished, and may not have started. " +
			"It may still fail or be refused when it actually runs, so the code deliberately promises nothing about the result. " +
			"APIs use it for jobs handed to a queue or a batch process, such as exports, video encoding or bulk emails. " +
			"HTTP cannot send another status later, so the client should follow the status link in the body and check it until the job is done.",
		WhenToUse: []string{
			"The request is handed to a background worker or queue and the client should not keep the connection open until it finishes.",
			"Work runs in batches, for example once a night, and the server can only confirm that it took the request in.",
		},
		WhenNotToUse: []string{
			"The work finished before you answered: use 200, 201 or 204.",
			"The request is invalid and will never be run: reject it now with a 4xx instead of accepting it.",
			"You want the client to be told the final result over the same request later: HTTP has no way to do that, so give it a status resource to check.",
		},
		SeeAlso: []SeeAlso{
			{Code: 200, Why: "200 means the work is done and the result is here; 202 means it is only queued."},
			{Code: 201, Why: "201 means the new resource exists now; with 202 it may appear later, or not at all."},
			{Code: 204, Why: "204 means it is done and there is nothing to say; 202 means it is not done yet."},
		},
		Example: Example{
			Request: []string{
				"POST /exports HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: application/json",
				"Content-Length: 34",
				"",
				"{\"format\": \"csv\", \"range\": \"2024\"}",
			},
			Response: []string{
				"HTTP/1.1 202 Accepted",
				"Content-Type: application/json",
				"Content-Length: 74",
				"",
				"{\"status\": \"queued\", \"monitor\": \"https://api.example.com/exports/jobs/77\"}",
			},
		},
		Notes: []string{
			"There is no way in HTTP to send a status code later when the background work finishes; the client has to check back (RFC 9110 §15.3.3).",
			"The body ought to describe the request's current state and link to, or include, a status monitor (RFC 9110 §15.3.3).",
		},
		Scenarios: []Scenario{
			{
				Text: "POST /exports asks for a CSV of a year's sales. The server puts the job on a queue for a worker and " +
					"answers at once with a link where the client can check progress.",
				Why:    "The request was taken in but not carried out yet. The file does not exist yet, so 201 is wrong, and nothing is finished, so 200 is wrong.",
				Versus: []int{201, 200},
			},
			{
				Text:   "A bulk email request is passed to a batch system that runs overnight. The API cannot say yet whether each message will be sent.",
				Why:    "The outcome is unknown when the response goes out. 204 would claim the work is already done.",
				Versus: []int{204},
			},
		},
	},
	{
		Code:      203,
		Phrase:    "Non-Authoritative Information",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.3.4",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.4",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/203",
		Summary:   "Success, but a proxy changed the response on its way to you",
		Explanation: "The request succeeded, but a transforming proxy between client and server has changed what the origin server's 200 response contained. " +
			"The proxy uses this code to be honest about it, since the client may decide differently about content it knows was altered. " +
			"Typical changes are filtering malware, recompressing images or removing private data. " +
			"The client can use the content, keeping in mind it is not exactly what the origin sent.",
		WhenToUse: []string{
			"You run a transforming proxy that changed the body or headers of an origin's 200 response.",
		},
		WhenNotToUse: []string{
			"The response is exactly what the origin sent: pass the 200 through unchanged.",
			"The origin server itself produced the content: use 200; only a proxy that transformed it uses 203.",
		},
		SeeAlso: []SeeAlso{
			{Code: 200, Why: "200 is the origin's own answer; 203 is that answer after a proxy transformed it."},
		},
		Example: Example{
			Request: []string{"GET /gallery/harbor HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 203 Non-Authoritative Information",
				"Content-Type: text/html",
				"Content-Length: 74",
				"",
				"<p>Photos on this page were shrunk by your network's data-saver proxy.</p>",
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"Later cache validation for the content may only work along the same path, through the same proxies (RFC 9110 §15.3.4).",
			"It is similar to the warning code 214 Transformation Applied of the now deprecated Warning header, which could go on a response with any status (MDN 203).",
		},
		Scenarios: []Scenario{
			{
				Text: "A mobile network's data-saver proxy recompresses the photos in the pages it relays. For each page it altered, " +
					"it keeps the success but changes the status so apps can tell they did not get the origin's exact bytes.",
				Why: "A transforming proxy changed a successful response and flags that the content is not the origin's exact answer.",
			},
		},
	},
	{
		Code:      204,
		Phrase:    "No Content",
		Tier:      Essential,
		Reference: "RFC9110, Section 15.3.5",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.5",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/204",
		Summary:   "Done. Nothing to send back, and stay on the page you are on",
		Keywords:  []string{"empty", "no body", "cors preflight"},
		Explanation: "The server carried out the request and has nothing to put in the body; the body must be empty. " +
			"It is the usual answer to a successful DELETE, or to a PUT that saved a change, and headers like ETag still describe the resource after the change. " +
			"A browser that gets it does not leave the page it is showing. " +
			"The client should treat the action as done and not try to read a body.",
		WhenToUse: []string{
			"A DELETE succeeded and there is nothing more to say.",
			"A PUT or PATCH saved a change and the client does not need the updated resource back.",
			"A \"save\" button in an editor should store the document and leave the user where they are.",
		},
		WhenNotToUse: []string{
			"You want to return the updated resource or any other data: use 200.",
			"The request made a new resource: use 201.",
			"The work was only queued and is not finished: use 202.",
			"The browser or app should also clear the form that was submitted: use 205.",
		},
		Headers: []Header{
			{Name: "ETag", Why: "After a PUT, an ETag in the 204 is the entity tag of the new representation."},
			{Name: "Content-Length", Why: "MUST NOT be sent with a 204; the response ends with its header section."},
		},
		SeeAlso: []SeeAlso{
			{Code: 200, Why: "200 is success with content; 204 is success with an empty body."},
			{Code: 201, Why: "201 reports a new resource; 204 suits updates and deletes."},
			{Code: 202, Why: "202 means the work is not done yet; 204 means it is done."},
			{Code: 205, Why: "205 also has no body but asks the client to clear the form or view; 204 leaves the view as it is."},
		},
		Example: Example{
			Request:  []string{"DELETE /photos/17 HTTP/1.1", "Host: api.example.com", "Authorization: Bearer 8f2c1d"},
			Response: []string{"HTTP/1.1 204 No Content", "Date: Mon, 03 Mar 2025 10:15:00 GMT"},
		},
		HeuristicallyCacheable: true,
		ContentForbidden:       true,
		Notes: []string{
			"A 204 ends with its header section; it cannot carry content or trailers (RFC 9110 §15.3.5).",
			"A server must not send Content-Length in a 204 (RFC 9110 §8.6).",
			"Browsers may reject a 204 that comes with content anyway (MDN 204).",
			"A browser's CORS preflight (an OPTIONS request before a cross-origin call) passes only with an ok " +
				"status, 200 to 299, such as 200 or 204; any other status fails the call (Fetch Standard, " +
				"§2.2.3 Statuses, §3.3.3 HTTP responses and CORS-preflight fetch).",
		},
		Scenarios: []Scenario{
			{
				Text:   "DELETE /photos/17 removes the photo, and the API has nothing further to tell the client.",
				Why:    "The action succeeded and there is nothing to return. 200 would mean a body is coming.",
				Versus: []int{200},
			},
			{
				Text:   "A wiki editor's Save button sends a PUT. The page should stay exactly as it is, and the response only carries the new ETag.",
				Why:    "The change is stored, nothing new was made and no body is needed. 201 is for a resource that did not exist before.",
				Versus: []int{201},
			},
			{
				Text:   "A PATCH toggles a setting. The server writes the change to the database before replying and sends back only headers.",
				Why:    "The work is complete when the response goes out and there is no body. 202 would mean it was only queued.",
				Versus: []int{202},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The request worked and the server had nothing to send back, as after a PUT, DELETE or save.",
				Where: "application",
				Check: "Use the headers instead of a body: after a PUT, ETag names the new version; GET the resource if you " +
					"need its content (RFC 9110 §15.3.5).",
			},
			{
				Cause: "The client code tries to parse a body (JSON) that a 204 never has.",
				Where: "client",
				Check: "Check the status before parsing; a 204 ends at the blank line after its headers and cannot carry " +
					"content (RFC 9110 §15.3.5).",
			},
			{
				Cause: "The handler wrote a body but sent it with 204, so clients drop it or choke on it.",
				Where: "application",
				Check: "A 204 ends after its headers whatever they say, so the bytes are not read as its body, and browsers " +
					"may reject it; answer 200 when there is content (RFC 9112 §6.3; MDN 204).",
			},
		},
	},
	{
		Code:      205,
		Phrase:    "Reset Content",
		Tier:      Rare,
		Reference: "RFC9110, Section 15.3.6",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.6",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/205",
		Summary:   "Saved; now clear the form so the user can enter the next one",
		Explanation: "The server handled the request and asks the client to put the view that sent it back to its original state. " +
			"It is meant for data entry: a user fills in a form or canvas, submits it, and gets a blank one for the next entry. " +
			"The response must not carry content. " +
			"Browsers do not clear anything on their own, so in practice page script resets the form when it sees this code.",
		WhenToUse: []string{
			"A data-entry form was submitted and saved, and the client should clear it for the next entry.",
		},
		WhenNotToUse: []string{
			"The view should stay as it is, for example an editor after saving: use 204.",
			"You need to send data back with the result: use 200.",
		},
		Headers: []Header{
			{Name: "Content-Length", Why: "MDN suggests Content-Length: 0 to show plainly that the body is empty; the server MUST NOT send content."},
		},
		SeeAlso: []SeeAlso{
			{Code: 204, Why: "204 leaves the current view alone; 205 asks for it to be reset."},
			{Code: 200, Why: "200 carries a body; 205 never does."},
		},
		Example: Example{
			Request: []string{
				"POST /inventory/items HTTP/1.1",
				"Host: example.com",
				"Content-Type: application/x-www-form-urlencoded",
				"Content-Length: 16",
				"",
				"sku=118&count=12",
			},
			Response: []string{"HTTP/1.1 205 Reset Content", "Content-Length: 0"},
		},
		ContentForbidden: true,
		Notes: []string{
			"A server must not generate content in a 205 response (RFC 9110 §15.3.6).",
			"Browsers do not reset forms by themselves after a 205; the page's JavaScript has to do it (MDN 205).",
		},
		Scenarios: []Scenario{
			{
				Text: "A warehouse clerk types stock counts into a form, one item after another. After each submit the server " +
					"stores the count and wants the form emptied for the next item, without sending a new page.",
				Why: "The request succeeded and the server asks the client to return the entry form to its blank state.",
			},
		},
	},
	{
		Code:      206,
		Phrase:    "Partial Content",
		Tier:      Common,
		Reference: "RFC9110, Section 15.3.7",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.7",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/206",
		Summary:   "Here is just the byte range you asked for, not the whole file",
		Keywords:  []string{"byte range", "resume download"},
		Explanation: "The client sent a Range request and the server is sending only the requested part or parts of the resource. " +
			"This is how video players jump to the middle of a file and how download managers continue a broken download. " +
			"Content-Range says which bytes are enclosed and how long the whole thing is; several ranges come as a multipart/byteranges body. " +
			"The client must read Content-Type and Content-Range to see what it got and whether it needs to ask for more.",
		WhenToUse: []string{
			"A request carried a Range header and you can serve that part of the resource.",
			"A client continues an interrupted download by asking for the bytes after those it already has.",
		},
		WhenNotToUse: []string{
			"The client did not ask for a range, or you choose to ignore it: send the whole resource with 200.",
			"The requested range lies outside the resource: use 416.",
			"The client already has the current version cached: use 304.",
		},
		Headers: []Header{
			{Name: "Content-Range", Why: "MUST be sent for a single part, giving the bytes enclosed and the full length; with several parts, each part carries its own."},
			{Name: "Range", Why: "The request header that asks for the part(s); without it there is no reason for a 206."},
			{Name: "Content-Type", Why: "The client MUST inspect it; for several ranges it is multipart/byteranges with a boundary."},
			{Name: "ETag", Why: "MUST be sent, like Date, Cache-Control, Expires, Content-Location and Vary, whenever a 200 to the same request would have had it (RFC 9110 §15.3.7)."},
			{Name: "If-Range", Why: "Request header that asks for the range only if the resource is unchanged; otherwise the server sends it all with 200."},
			{Name: "Accept-Ranges", Why: "Tells clients the server supports byte ranges for this resource."},
		},
		SeeAlso: []SeeAlso{
			{Code: 200, Why: "200 sends the whole resource, which is also the answer when a server ignores Range."},
			{Code: 416, Why: "416 means none of the requested range could be served; 206 means it could."},
			{Code: 304, Why: "304 says the cached copy is still good; 206 sends new bytes."},
		},
		Example: Example{
			Request: []string{"GET /files/alphabet.txt HTTP/1.1", "Host: example.com", "Range: bytes=10-19"},
			Response: []string{
				"HTTP/1.1 206 Partial Content",
				"Date: Tue, 14 Jan 2025 10:00:00 GMT",
				"Content-Type: text/plain",
				"Content-Range: bytes 10-19/26",
				"Content-Length: 10",
				"Accept-Ranges: bytes",
				"ETag: \"v3-alpha\"",
				"Cache-Control: max-age=3600",
				"",
				"klmnopqrst",
			},
		},
		HeuristicallyCacheable: true,
		Notes: []string{
			"A server may ignore a Range header and send the full resource with 200 (RFC 9110 §14.2).",
			"A 206 MUST carry the Date, Cache-Control, ETag, Expires, Content-Location and Vary fields that a 200 to the same request " +
				"would have had, so caches and clients can treat the part like the whole (RFC 9110 §15.3.7).",
			"With several parts, Content-Range MUST NOT appear in the main header section, only inside each part (RFC 9110 §15.3.7.2).",
			"A cache may store a 206 only if it understands the code and supports Range and Content-Range (RFC 9111 §3, §3.3).",
		},
		Scenarios: []Scenario{
			{
				Text: "A user drags a video player's progress bar to minute 40. The player asks the server for the bytes from " +
					"that point on, and the server sends just those.",
				Why: "A Range request was served with only the requested bytes, described by Content-Range.",
			},
			{
				Text: "A download manager lost its connection after 600 MB of a 1 GB file. It asks for bytes=629145600- " +
					"and the server sends the rest.",
				Why: "The server answers the range request with only the missing bytes, so the download can be completed.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The client (a resumable download, a media player) sent Range and treats the part as the whole file.",
				Where: "client",
				Check: "Read Content-Range: it says which bytes arrived and the full length; the server may even send fewer " +
					"bytes than asked (RFC 9110 §15.3.7).",
			},
			{
				Cause: "The file changed between range requests, so the pieces don't fit together.",
				Where: "client",
				Check: "Only combine parts that share the same strong ETag, and send If-Range so a changed file comes back " +
					"whole as 200 (RFC 9110 §15.3.7.3, §13.1.5).",
			},
			{
				Cause: "A CDN fetched ranges from the origin and the origin answered them badly, so the response ended " +
					"early.",
				Where: "CDN",
				Check: "Cloudflare ends a response early if the origin sends a compressed 206; serve ranges unencoded with " +
					"exact Content-Range and Content-Length (Cloudflare docs, range requests).",
			},
		},
	},
	{
		Code:      207,
		Phrase:    "Multi-Status",
		Tier:      Rare,
		Reference: "RFC4918",
		URL:       "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/207",
		Summary:   "WebDAV: one reply, many results; read each one in the XML body",
		Explanation: "A WebDAV server answers a request that touched several resources, and each one may have had a different outcome. " +
			"The body is an XML multistatus document that lists every resource with its own status code. " +
			"You see it from PROPFIND, which lists a folder's properties, and from operations on whole collections. " +
			"The client must read each entry in the body; the 207 on its own does not mean everything succeeded.",
		WhenToUse: []string{
			"A WebDAV PROPFIND or PROPPATCH needs to report results for several resources or properties.",
			"A WebDAV operation on a collection succeeded for some members and failed for others.",
		},
		WhenNotToUse: []string{
			"The request concerns one resource with one outcome: use that outcome's code, such as 200 or 404.",
			"A plain HTTP API that is not WebDAV: clients there do not expect the XML multistatus format, so return 200 with a per-item result list.",
		},
		Headers: []Header{
			{Name: "Content-Type", Why: "application/xml (or text/xml): the body is a DAV:multistatus document."},
			{Name: "Depth", Why: "Request header for PROPFIND: 0 for the resource itself, 1 for the resource and its members, infinity for the whole tree (RFC 4918 §10.2)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 200, Why: "200 reports one outcome; 207 wraps a separate outcome for each resource."},
			{Code: 208, Why: "208 appears inside a 207 body, marking a resource already listed earlier."},
			{Code: 424, Why: "424 also appears inside WebDAV results, for a step that failed because another one did."},
		},
		Example: Example{
			Request: []string{
				"PROPFIND /docs/ HTTP/1.1",
				"Host: example.com",
				"Depth: 1",
				"Content-Type: application/xml",
				"Content-Length: 77",
				"",
				"<D:propfind xmlns:D=\"DAV:\"><D:prop><D:getlastmodified/></D:prop></D:propfind>",
			},
			Response: []string{
				"HTTP/1.1 207 Multi-Status",
				"Content-Type: application/xml; charset=utf-8",
				"Content-Length: 654",
				"",
				"<D:multistatus xmlns:D=\"DAV:\">",
				"  <D:response><D:href>/docs/</D:href>",
				"    <D:propstat><D:prop><D:getlastmodified>Mon, 13 Jan 2025 09:12:00 GMT</D:getlastmodified></D:prop>",
				"    <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>",
				"  <D:response><D:href>/docs/a.txt</D:href>",
				"    <D:propstat><D:prop><D:getlastmodified>Fri, 10 Jan 2025 16:40:00 GMT</D:getlastmodified></D:prop>",
				"    <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>",
				"  <D:response><D:href>/docs/payroll.xlsx</D:href>",
				"    <D:propstat><D:prop><D:getlastmodified/></D:prop>",
				"    <D:status>HTTP/1.1 403 Forbidden</D:status></D:propstat></D:response>",
				"</D:multistatus>",
			},
		},
		Notes: []string{
			"Browsers loading ordinary web pages never meet 207; only WebDAV clients do (MDN 207).",
		},
		Scenarios: []Scenario{
			{
				Text: "A file-sync client asks a WebDAV server for the size and modification date of every file in a folder, " +
					"in one request. The user may not read the properties of one of the files.",
				Why: "The server answers once, with an XML body giving each file its own status, so one failure does not hide the others.",
			},
		},
	},
	{
		Code:      208,
		Phrase:    "Already Reported",
		Tier:      Rare,
		Reference: "RFC5842",
		URL:       "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/208",
		Summary:   "WebDAV: this collection was listed earlier, so it's not repeated",
		Explanation: "A status used inside a WebDAV multistatus (207) body, from the binding extension that lets one resource live at several paths. " +
			"When a deep listing reaches the same collection a second time through another path, the server marks it with this code instead of listing its contents again. " +
			"That keeps the response short and stops bind loops from making it endless. " +
			"A server should use it only for a client that announced binding support with the DAV: bind request header; any other client gets 508 when the walk meets a loop. " +
			"The client should look for the resource's details in the earlier entry.",
		WhenToUse: []string{
			"Inside a 207 body, for a collection reached again through a second binding during a Depth: infinity request, " +
				"when the request carried DAV: bind to show the client understands 208.",
		},
		WhenNotToUse: []string{
			"As the status of a whole response: it belongs inside the entries of a 207 body.",
			"The request carried no DAV: bind header and the tree has a loop: the client may not understand 208, so answer 508 instead.",
			"A non-WebDAV API that wants to say \"duplicate\": use 409 or 200, as the API defines.",
		},
		Headers: []Header{
			{Name: "Depth", Why: "The request used Depth: infinity; 208 only occurs for such requests (RFC 5842 §7.1)."},
			{Name: "DAV", Why: "Request header; with the value bind, the client says it understands 208. Without it, a server should not send 208 (RFC 5842 §7.1, §8.2)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 207, Why: "207 is the overall response; 208 is one entry inside its body."},
			{Code: 508, Why: "508 fails the whole request because of a loop; 208 lets it finish by skipping repeats."},
		},
		Example: Example{
			Request: []string{
				"PROPFIND /projects/ HTTP/1.1",
				"Host: example.com",
				"Depth: infinity",
				"DAV: bind",
			},
			Response: []string{
				"HTTP/1.1 207 Multi-Status",
				"Content-Type: application/xml; charset=utf-8",
				"Content-Length: 339",
				"",
				"<D:multistatus xmlns:D=\"DAV:\">",
				"  <D:response><D:href>/projects/shared/</D:href>",
				"    <D:propstat><D:prop/><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>",
				"  <D:response><D:href>/projects/alias/</D:href>",
				"    <D:propstat><D:prop/><D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>",
				"</D:multistatus>",
			},
		},
		Notes: []string{
			"For a client that did not send DAV: bind, a server should not use 208; it answers a binding loop with 508 instead, " +
				"as the status of the whole response or inside the multistatus (RFC 5842 §7.1).",
			"Browsers loading ordinary web pages never meet 208 (MDN 208).",
		},
		Scenarios: []Scenario{
			{
				Text: "A WebDAV client that announces binding support in its request headers lists a project tree with Depth: infinity. " +
					"The same shared folder is bound under two different paths; the second time the listing reaches it, the server does not repeat its contents.",
				Why: "Inside the multistatus body, the second path gets a status saying the folder was covered earlier in the response.",
			},
		},
	},
	{
		Code:      226,
		Phrase:    "IM Used",
		Tier:      Rare,
		Reference: "RFC3229",
		URL:       "https://www.rfc-editor.org/rfc/rfc3229.html#section-10.4.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/226",
		Summary:   "Here is only what changed since your copy, not the whole thing",
		Explanation: "The server answered a GET with a delta, the difference between the client's cached version and the current one, instead of the full resource. " +
			"IM is short for \"instance manipulation\", RFC 3229's general term for operations such as delta encoding. " +
			"The client asks for this with an A-IM header listing the algorithms it understands and an If-None-Match naming the version it holds. " +
			"It must apply the delta to its stored copy to rebuild the current version; support is rare, and most systems rely on compression instead.",
		WhenToUse: []string{
			"A client sent A-IM with an algorithm you support and you hold the base version it named, so you can send a delta.",
		},
		WhenNotToUse: []string{
			"The client did not send A-IM: send the full resource with 200.",
			"The client's copy is already current: use 304.",
			"The client only asked for a byte range: use 206.",
		},
		Headers: []Header{
			{Name: "A-IM", Why: "Request header listing the delta algorithms the client accepts, for example vcdiff."},
			{Name: "IM", Why: "Response header naming the algorithm actually used to build the delta."},
			{Name: "Delta-Base", Why: "Names the entity tag of the base version the delta applies to."},
			{Name: "If-None-Match", Why: "Request header naming the version the client already holds."},
		},
		SeeAlso: []SeeAlso{
			{Code: 200, Why: "200 sends the full resource; 226 sends only the changes."},
			{Code: 304, Why: "304 means nothing changed at all; 226 sends what changed."},
			{Code: 206, Why: "206 sends a byte range of the current version; 226 sends a computed difference."},
		},
		Example: Example{
			Request: []string{
				"GET /feed.xml HTTP/1.1",
				"Host: example.com",
				"A-IM: vcdiff",
				"If-None-Match: \"v41\"",
			},
			Response: []string{
				"HTTP/1.1 226 IM Used",
				"ETag: \"v42\"",
				"IM: vcdiff",
				"Delta-Base: \"v41\"",
				"Content-Length: 30",
				"",
				"[vcdiff delta from v41 to v42]",
			},
		},
		Notes: []string{
			"Delta encoding has few implementations; proxies and caches may not support it (MDN 226).",
		},
		Scenarios: []Scenario{
			{
				Text: "A feed reader holds version \"v41\" of a large news feed. It tells the server so and says it understands " +
					"vcdiff; the server sends back only the changes since v41.",
				Why: "The server answered with a delta computed against the client's copy and named the algorithm it used.",
			},
		},
	},
}
