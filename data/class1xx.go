package data

// informational holds the 1xx codes: interim responses sent before the final
// one. None of them may carry content.
var informational = []Entry{
	{
		Code:      100,
		Phrase:    "Continue",
		Tier:      Common,
		Reference: "RFC9110, Section 15.2.1",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/100",
		Summary:   "Headers look fine so far: go ahead and send the request body",
		Keywords:  []string{"expect", "upload"},
		Explanation: "The server has read the start of the request, usually just the headers, and has not turned it down. " +
			"It is most often the answer to a client that sent Expect: 100-continue because it wants a green light before uploading a large body. " +
			"The client should now send the body and then wait for the real, final status. " +
			"If the client never asked for this signal, it can simply ignore it.",
		WhenToUse: []string{
			"The client sent Expect: 100-continue and the headers give you no reason to refuse the body.",
			"Your server checks large uploads (size, authentication, method) from their headers, and a client that sent Expect: 100-continue is waiting for that check before any bytes of the body travel.",
		},
		WhenNotToUse: []string{
			"The headers already show the request will fail: skip the 100 and send the final error at once, such as 401, 413 or 415.",
			"The server cannot meet the expectation the client sent: use 417.",
			"The client speaks HTTP/1.0: a server must not send any 1xx to it, so send only the final response.",
		},
		Headers: []Header{
			{Name: "Expect", Why: "Expect: 100-continue in the request is what asks for this response; a client that will wait for a 100 before sending the body MUST send it (RFC 9110 §10.1.1)."},
		},
		SeeAlso: []SeeAlso{
			{Code: 417, Why: "417 refuses the expectation itself; the client should repeat the request without Expect and send the body straight away (RFC 9110 §10.1.1)."},
			{Code: 103, Why: "103 is also an interim response, but it carries preload hints for the browser, not a go-ahead for the body."},
			{Code: 102, Why: "102 (now deprecated) came after the whole request arrived and meant \"still working\"; 100 comes before the body is sent."},
		},
		Example: Example{
			Request: []string{
				"PUT /videos/holiday.mp4 HTTP/1.1",
				"Host: api.example.com",
				"Content-Type: video/mp4",
				"Content-Length: 524288000",
				"Expect: 100-continue",
			},
			Response: []string{"HTTP/1.1 100 Continue"},
		},
		ContentForbidden: true,
		Notes: []string{
			"A client that sent Expect: 100-continue does not have to wait forever; it may start sending the body without a reply (RFC 9110 §10.1.1).",
			"A proxy that added the Expect header itself does not need to pass the resulting 100 on to its client (RFC 9110 §15.2).",
			"A server must never send a 1xx response to an HTTP/1.0 client (RFC 9110 §15.2).",
		},
		Scenarios: []Scenario{
			{
				Text: "A command-line tool is about to upload a 500 MB file. It sends only the request headers first and " +
					"waits. The server checks the size and the credentials, finds nothing wrong, and sends back a one-line " +
					"interim answer before any of the file has traveled.",
				Why: "The server signals that the headers were fine and the body is welcome, so the tool starts sending the file.",
			},
			{
				Text: "A mobile app is unsure whether its access token is still valid. Before pushing a large video, it waits " +
					"for the server to react to the headers alone. The token is fine, and a short interim line tells the app to go on.",
				Why: "An interim go-ahead tells the app the request was not rejected up front, so sending the big body is worth it.",
			},
		},
	},
	{
		Code:      101,
		Phrase:    "Switching Protocols",
		Tier:      Common,
		Reference: "RFC9110, Section 15.2.2",
		URL:       "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.2",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/101",
		Summary:   "Agreed: from now on this connection speaks another protocol",
		Keywords:  []string{"websocket", "upgrade"},
		Explanation: "The client offered to move the connection to another protocol in its Upgrade header, and the server accepts. " +
			"Right after this response, the same connection carries the new protocol instead of HTTP/1.1. " +
			"A common case is opening a WebSocket. " +
			"The client should check which protocol the server named in its Upgrade header and start talking that protocol.",
		WhenToUse: []string{
			"A client sent Upgrade: websocket in a valid handshake and your server accepts the WebSocket connection.",
			"A client offered a protocol in its Upgrade header that the server supports and wants to use on this connection.",
		},
		WhenNotToUse: []string{
			"The server refuses to serve the request until the client moves to another protocol: use 426 and list the protocol in Upgrade.",
			"The client did not offer the protocol in its Upgrade header: a server must not switch to a protocol the client did not ask for.",
			"The connection is HTTP/2: it has no 101, and WebSockets over HTTP/2 use extended CONNECT instead (RFC 9113 §8.6).",
		},
		Headers: []Header{
			{Name: "Upgrade", Why: "MUST be sent: it names the protocol that takes over after this response."},
			{Name: "Connection", Why: "Carries the Upgrade option, as every message with an Upgrade header must, so intermediaries do not forward it."},
		},
		SeeAlso: []SeeAlso{
			{Code: 426, Why: "426 is the server insisting on an upgrade; 101 is the server agreeing to one the client asked for."},
			{Code: 200, Why: "200 finishes a normal HTTP exchange; after 101 the connection speaks the protocol named in Upgrade."},
		},
		Example: Example{
			Request: []string{
				"GET /chat HTTP/1.1",
				"Host: example.com",
				"Connection: Upgrade",
				"Upgrade: websocket",
				"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
				"Sec-WebSocket-Version: 13",
			},
			Response: []string{
				"HTTP/1.1 101 Switching Protocols",
				"Upgrade: websocket",
				"Connection: Upgrade",
				"Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
			},
		},
		ContentForbidden: true,
		Notes: []string{
			"A server must not switch to a protocol the client did not list in its Upgrade request header (RFC 9110 §7.8).",
			"HTTP/2 does not support 101 or the Upgrade mechanism for switching an existing stream (RFC 9113 §8.6).",
		},
		Scenarios: []Scenario{
			{
				Text: "A chat page runs new WebSocket(\"wss://example.com/chat\"). In the browser's network tab the handshake " +
					"request shows Upgrade: websocket, and after the server's answer, frames start flowing both ways.",
				Why: "The server accepted the offered protocol, so the HTTP connection turned into a WebSocket connection.",
			},
			{
				Text: "Your Go handler receives a request with Connection: Upgrade and Upgrade: websocket, checks the key, " +
					"and hands the raw TCP connection to the WebSocket library.",
				Why: "Before handing over the connection, the server must tell the client it agrees to change protocol, naming it in Upgrade.",
			},
		},
	},
	{
		Code:      102,
		Phrase:    "Processing",
		Tier:      Rare,
		Reference: "RFC2518",
		URL:       "https://www.rfc-editor.org/rfc/rfc2518.html#section-10.1",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/102",
		Summary:   "Deprecated WebDAV signal: request received, still working, keep waiting",
		Explanation: "An interim response from early WebDAV: the server has the whole request and is still working on it. " +
			"It was meant for long operations, so that the client would not assume the request was lost and time out. " +
			"It came from RFC 2518, was left out for lack of implementation when RFC 4918 replaced that spec, and MDN marks it deprecated; browsers ignore it. " +
			"A client that gets one should simply keep waiting for the final response.",
		WhenToUse: []string{
			"Rarely: a legacy WebDAV server in the middle of a long operation, such as copying a large collection, may send it to keep an old client waiting.",
		},
		WhenNotToUse: []string{
			"Telling an API client that a job is still running: browsers ignore 102 and any client may ignore an interim response it did not expect, so accept the job with 202 and let the client poll.",
			"Letting the browser start loading resources before the final response is ready: use 103.",
			"Approving a request body before it is sent: use 100.",
		},
		SeeAlso: []SeeAlso{
			{Code: 202, Why: "202 is a final answer that hands the long job to a status resource; 102 only asked the client to keep the request open."},
			{Code: 100, Why: "100 comes before the body is sent; 102 came after the full request arrived."},
			{Code: 103, Why: "103 is the interim response still in use today, for preload hints rather than \"still working\"."},
		},
		Example: Example{
			Request: []string{
				"COPY /projects/archive/ HTTP/1.1",
				"Host: example.com",
				"Destination: https://example.com/backup/archive/",
				"Depth: infinity",
			},
			Response: []string{"HTTP/1.1 102 Processing"},
		},
		ContentForbidden: true,
		Notes: []string{
			"Defined in RFC 2518 and dropped from WebDAV, for lack of implementation, when RFC 4918 replaced it (RFC 4918 Appendix F; MDN 102).",
			"MDN marks 102 as deprecated and notes that browsers ignore it (MDN 102).",
			"It should only be sent when the server expects the request to take a long time (MDN 102).",
		},
		Scenarios: []Scenario{
			{
				Text: "An old WebDAV server is copying a folder with thousands of files for a desktop client. Partway through, " +
					"before the copy is done, it sends a bare interim status line so the client does not hang up.",
				Why: "That interim line told the client the full request had arrived and work was under way; it is deprecated now.",
			},
		},
	},
	{
		Code:      103,
		Phrase:    "Early Hints",
		Tier:      Common,
		Reference: "RFC8297",
		URL:       "https://www.rfc-editor.org/rfc/rfc8297.html#section-2",
		MDN:       "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/103",
		Summary:   "Start fetching these files now; the real page is on its way",
		Keywords:  []string{"preload"},
		Explanation: "The server is still preparing the final response, but already knows some resources the page will need. " +
			"It sends this interim response with Link headers so the browser can preload stylesheets and scripts or open connections early. " +
			"CDNs and web servers send it while the application is still busy, for example querying a database. " +
			"The browser acts on the hints and keeps waiting for the final response, which decides what the page really is.",
		WhenToUse: []string{
			"The final response will take a while, and you already know which stylesheets, scripts or fonts it will link to.",
			"You want the browser to open a connection to another origin before the HTML that needs it arrives.",
		},
		WhenNotToUse: []string{
			"The client asked for approval before sending a request body: that is 100.",
			"You are talking HTTP/1.1 to a client that may mishandle interim responses: RFC 8297 says a server might refrain from sending it there; rely on Link in the final 200 instead.",
			"The hints would only repeat what the final response sends immediately anyway: just send the 200.",
		},
		Headers: []Header{
			{Name: "Link", Why: "The hints themselves, with rel=preload or rel=preconnect; the code exists mainly to carry this header."},
			{Name: "Content-Security-Policy", Why: "May be included, and the browser applies it while acting on the hints."},
		},
		SeeAlso: []SeeAlso{
			{Code: 100, Why: "100 is a go-ahead for the request body; 103 carries preload hints for the response."},
			{Code: 200, Why: "200 is the final page; 103 only comes before it with hints."},
		},
		Example: Example{
			Request: []string{"GET /article/http-status-codes HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 103 Early Hints",
				"Link: </styles/main.css>; rel=preload; as=style",
				"Link: </scripts/app.js>; rel=preload; as=script",
			},
		},
		ContentForbidden: true,
		Notes: []string{
			"A server may send several 103 responses, but browsers act only on the first one (MDN 103).",
			"Most browsers only accept 103 over HTTP/2 or later (MDN 103).",
			"An HTTP/1.1 client that took a 103 for the final response would misread the responses that follow on the connection, " +
				"so a server might refrain from sending 103 over HTTP/1.1 unless the client is known to handle interim responses (RFC 8297 §3).",
			"The example is written in HTTP/1.1 form to be easy to read; in practice it travels over HTTP/2 or HTTP/3, as a header block with :status 103.",
		},
		Scenarios: []Scenario{
			{
				Text: "A product page takes 400 ms to render because of database queries. Its CDN sends the browser the " +
					"stylesheet and script URLs right away so it can download them while the HTML is being built.",
				Why: "Preload Link headers sent in an interim response let the browser use the waiting time.",
			},
			{
				Text: "Before the HTML arrives, the server wants the browser to open a connection to the font server the page " +
					"will use, saving a round trip later.",
				Why: "An interim response with a rel=preconnect Link header tells the browser to connect early.",
			},
		},
	},
	{
		Code:      104,
		Phrase:    "Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)",
		Name:      "Upload Resumption Supported",
		Status:    Temporary,
		Tier:      Rare,
		Reference: "draft-ietf-httpbis-resumable-upload-05",
		URL:       "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/",
		Summary:   "If the connection drops, this upload can be picked up at Location",
		Explanation: "This is a temporary registration for the IETF resumable-uploads draft, and it expires on 2026-11-13 unless it is renewed or made permanent. " +
			"A server that supports the draft sends it while an upload is still arriving, with a Location header naming an upload resource. " +
			"If the connection breaks, the client asks that upload resource how many bytes arrived and sends only the rest. " +
			"A client that does not know the draft can ignore it, like any unexpected interim response.",
		WhenToUse: []string{
			"Your server implements the resumable-uploads draft and has set up an upload resource for an incoming upload.",
			"A client has started a large upload that it marked as resumable, and you want it to survive a dropped connection.",
		},
		WhenNotToUse: []string{
			"The server does not implement the resumable-uploads draft: send only the normal final response.",
			"The upload has fully arrived and been processed: send the final response, such as 200 or 201.",
			"Resuming a download: that uses range requests and 206.",
		},
		Headers: []Header{
			{Name: "Location", Why: "The 104 carries it: the URL of the upload resource that the client asks about, and appends to, after an interruption."},
			{Name: "Upload-Complete", Why: "Request header in recent versions of the draft; the client uses it to say whether this request carries the whole file."},
		},
		SeeAlso: []SeeAlso{
			{Code: 201, Why: "201 is a final response saying something now exists; 104 is interim, sent while the upload is still arriving."},
			{Code: 206, Why: "206 serves resumable downloads through range requests; 104 is about uploads."},
			{Code: 100, Why: "100 only approves sending the body; 104 also says where to resume if the body is cut off."},
		},
		Example: Example{
			Request: []string{
				"POST /projects/7/files HTTP/1.1",
				"Host: example.com",
				"Content-Type: image/jpeg",
				"Content-Length: 104857600",
				"Upload-Complete: ?1",
			},
			Response: []string{
				"HTTP/1.1 104 Upload Resumption Supported",
				"Location: https://example.com/uploads/7c1e9a",
			},
		},
		ContentForbidden: true,
		Notes: []string{
			"After an interruption, the client sends HEAD to the upload resource to learn the offset, then PATCH to append the rest (draft-ietf-httpbis-resumable-upload).",
			"The registry phrase carries the registration and expiry dates, so learners know it as \"Upload Resumption Supported\" (IANA HTTP Status Code Registry).",
		},
		Scenarios: []Scenario{
			{
				Text: "A phone app is sending a 2 GB video. Early in the request the server answers with an interim status " +
					"and a Location URL. The train enters a tunnel and the connection drops; later the app asks that URL " +
					"how many bytes arrived and sends only the remainder.",
				Why: "That interim response announced support for picking the upload up later and named the resource to continue it at.",
			},
		},
	},
}
