package data

// vendorNginx holds the codes of nginx.
var vendorNginx = []Entry{
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
		Troubleshooting: []Trouble{
			{
				Cause: "nginx's configuration says \"return 444\" for this request, often in a catch-all server for unknown " +
					"names.",
				Where: "origin",
				Check: "Search the config for \"return 444\" and find the server block that took the request; a Host that " +
					"matches no server_name goes to the default server (nginx docs, return; nginx docs, request " +
					"processing).",
			},
			{
				Cause: "The client used the bare IP address or a host name the server doesn't serve.",
				Where: "client",
				Check: "The client only sees a closed connection; request the site by its own name so the Host header " +
					"matches a server_name (nginx docs, request processing).",
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
				"HTTP/1.1 400 Bad Request", "Content-Type: text/html", "Content-Length: 66", "",
				"<head><title>400 Request Header Or Cookie Too Large</title></head>",
			},
		},
		Notes: []string{
			"nginx answers 414 if the request line does not fit in one of these buffers, and 400 if a header field does not (nginx docs, large_client_header_buffers; nginx source, ngx_http_request.c).",
		},
		Scenarios: []Scenario{
			{
				Text: "Only some users of an intranet get nginx's 400 page on every request, and clearing the cookies for the " +
					"domain fixes it for them until the analytics scripts pile them up again. You want an nginx error_page rule " +
					"for exactly this case.",
				Why: "Their Cookie header outgrew nginx's header buffers; nginx tracks this case with its own 49x number but sends 400.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The client's Cookie header, or a large token, outgrew nginx's header buffers.",
				Where: "client",
				Check: "Clear the site's cookies or shorten the token; a header field must fit in one " +
					"large_client_header_buffers buffer (8k by default) (nginx docs, large_client_header_buffers).",
			},
			{
				Cause: "nginx's header buffers are too small for legitimately large headers.",
				Where: "origin",
				Check: "Raise large_client_header_buffers (default 4 8k); set it in the default server for that address, " +
					"whose value may apply (nginx docs, large_client_header_buffers).",
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
			"Check the client's certificate and chain against the CA file set in ssl_client_certificate; nginx logs why verification failed, " +
			"but at the info level, which the default error_log level (error) hides. " +
			"error_page 495 lets you serve a friendlier page.",
		SeeAlso: []SeeAlso{
			{Code: 400, Why: "What the client actually receives; 495 never appears on the wire."},
			{Code: 496, Slug: "nginx", Why: "496 means no certificate was sent at all; 495 means one was sent but failed verification."},
		},
		Example: Example{
			Request: []string{"GET /api/orders HTTP/1.1", "Host: api.example.com"},
			Response: []string{
				"HTTP/1.1 400 Bad Request", "Content-Type: text/html", "Content-Length: 57", "",
				"<head><title>400 The SSL certificate error</title></head>",
			},
		},
		Notes: []string{
			"nginx writes \"client SSL certificate verify error\" with the reason at the info level, so error_log must be set to info " +
				"to see it; the default level is error (nginx source, ngx_http_request.c; nginx docs, error_log).",
		},
		Scenarios: []Scenario{
			{
				Text: "A partner's service that authenticates to your nginx with a client certificate starts getting nginx's 400 page " +
					"the morning after that certificate's validity period ended. You want an nginx error_page rule for exactly this case.",
				Why: "nginx checked the presented certificate, found it expired, and handled it as its internal certificate-error case, sent as 400.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The client certificate has expired or isn't signed by a CA nginx trusts.",
				Where: "client",
				Check: "Check the certificate's dates and issuer against the CA file in ssl_client_certificate, which nginx " +
					"uses to verify client certificates (nginx docs, ssl_client_certificate).",
			},
			{
				Cause: "The client certificate comes from an intermediate CA, deeper than nginx checks.",
				Where: "origin",
				Check: "ssl_verify_depth is 1 by default; raise it when client certificates are issued by an intermediate CA " +
					"(nginx docs, ssl_verify_depth).",
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
			Request: []string{"GET /internal/metrics HTTP/1.1", "Host: api.example.com"},
			Response: []string{
				"HTTP/1.1 400 Bad Request", "Content-Type: text/html", "Content-Length: 68", "",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The client didn't present a certificate, though the server requires one.",
				Where: "client",
				Check: "Configure the client to send its certificate and key; with ssl_verify_client on, nginx requires one " +
					"(nginx docs, ssl_verify_client).",
			},
			{
				Cause: "Certificates are required for the whole server where only some paths need them.",
				Where: "origin",
				Check: "Use ssl_verify_client optional and check $ssl_client_verify where it matters (nginx docs, " +
					"ssl_verify_client).",
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
				"HTTP/1.1 400 Bad Request", "Content-Type: text/html", "Content-Length: 77", "",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The client used http:// on a port that expects TLS.",
				Where: "client",
				Check: "Use https:// for that port, or add error_page 497 to send such requests to the https URL (nginx " +
					"docs, ngx_http_ssl_module).",
			},
			{
				Cause: "A load balancer or proxy forwards plain HTTP to nginx's TLS port.",
				Where: "load balancer",
				Check: "Point it at nginx's plain HTTP listener, or make it speak TLS to the ssl port (nginx docs, " +
					"ngx_http_ssl_module).",
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
			{Code: 499, Slug: "esri", Why: "Same number, unrelated meaning: ArcGIS reports 499 in a JSON body when a request needs a token and carries none."},
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
		Troubleshooting: []Trouble{
			{
				Cause: "The client's own timeout fired, usually because the upstream was slow.",
				Where: "client",
				Check: "Compare $request_time on the 499 lines with the client's timeout; nginx didn't fail, the client hung " +
					"up before the answer (nginx source, ngx_http_upstream.c; nginx docs, log_format).",
			},
			{
				Cause: "The upstream is slow, so clients stop waiting.",
				Where: "application",
				Check: "Log $upstream_response_time and look at the slow endpoints; speeding them up removes the 499s, " +
					"raising nginx timeouts does not (nginx docs, upstream).",
			},
			{
				Cause: "A load balancer or CDN in front timed out first and closed its connection to nginx.",
				Where: "load balancer",
				Check: "An ALB (60 s idle timeout) or Cloudflare (120 s read timeout) that gives up closes the connection, " +
					"which nginx logs as 499 (AWS ALB user guide, connection idle timeout; Cloudflare docs, Error 524).",
			},
			{
				Cause: "Work stops half-done because nginx closes the upstream connection when the client leaves.",
				Where: "proxy",
				Check: "By default nginx also closes the upstream connection when the client does; proxy_ignore_client_abort " +
					"on lets the upstream finish (nginx docs, proxy_ignore_client_abort).",
			},
		},
	},
}
