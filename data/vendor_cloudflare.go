package data

// vendorCloudflare holds the codes of Cloudflare.
var vendorCloudflare = []Entry{
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
			{Code: 499, Slug: "esri", Why: "Same number, unrelated meaning: ArcGIS reports 499 in a JSON body when a request needs a token and carries none."},
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
		Troubleshooting: []Trouble{
			{
				Cause: "A visitor closed the connection before Cloudflare finished; some of this is normal.",
				Where: "client",
				Check: "Occasional 499s in Cloudflare logs are expected as visitors leave; look for a pattern by URL or time " +
					"(Cloudflare docs, Error 499).",
			},
			{
				Cause: "The origin is slow to accept connections, so clients with short timeouts leave first.",
				Where: "origin",
				Check: "Cloudflare retries the TCP handshake with the origin; clients that wait longer end up with 522 " +
					"instead, so find why the origin is slow to answer the handshake (Cloudflare docs, Error 499).",
			},
			{
				Cause: "Large uploads or long-running requests outlast the client's timeout.",
				Where: "client",
				Check: "Raise the client's timeout or make the work asynchronous (Cloudflare docs, Error 499).",
			},
		},
	},
	{
		Code:      520,
		Phrase:    "Web Server Returns an Unknown Error",
		Status:    Unofficial,
		Vendor:    "Cloudflare",
		Slug:      "cloudflare",
		Source:    "Cloudflare docs, support/troubleshooting/http-status-codes/cloudflare-5xx-errors: \"Error 520: web server returns an unknown error\"",
		Tier:      Rare,
		Reference: "Cloudflare docs: Error 520",
		URL:       "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/",
		Summary:   "Cloudflare reached the origin but got an empty or garbled answer",
		Explanation: "Cloudflare sits between visitors and the site's own server, the origin. " +
			"It reached the origin, but what came back was empty, malformed or otherwise unusable, so Cloudflare answered the visitor itself. " +
			"The failure lies between Cloudflare and the origin, not in the visitor's browser or network, so a visitor can only retry later. " +
			"The site owner should read the origin's error logs for crashes and make sure its firewall lets all Cloudflare IP ranges through. " +
			"Oversized headers (often too many cookies) and a broken HTTP/2 setup on the origin are other common causes.",
		Headers: []Header{
			{Name: "CF-RAY", Why: "Cloudflare's Ray ID for the request; give it, with the time and URL, to the host or to Cloudflare support."},
		},
		SeeAlso: []SeeAlso{
			{Code: 502, Why: "502 is the registry code for an invalid answer from upstream; 520 is Cloudflare's own code for that."},
			{Code: 500, Why: "500 is the origin reporting its own failure; 520 means the origin's reply could not be used at all."},
			{Code: 521, Slug: "cloudflare", Why: "521: the origin refused the connection; 520: it connected but the reply was unusable."},
		},
		Example: Example{
			Request: []string{"GET /account HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 520 Web Server Returns an Unknown Error",
				"Server: cloudflare",
				"CF-RAY: 8c1f2a3b4d5e6f70-AMS",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Length: 18",
				"",
				"<h1>Error 520</h1>",
			},
		},
		Notes: []string{
			"Cloudflare lists origin crashes, firewalls blocking Cloudflare IPs, headers over 128 KB (often from too many cookies), empty responses " +
				"and a broken HTTP/2 setup at the origin as common causes (Cloudflare docs, Error 520).",
			"If the origin offers HTTP/2 but then does not speak it properly, Cloudflare returns 520; " +
				"turning off HTTP/2 to Origin in the dashboard is one fix (Cloudflare docs, Error 520).",
			"As a stopgap, setting the DNS record to DNS-only or pausing Cloudflare shows whether the origin works on its own " +
				"(Cloudflare docs, Error 520).",
		},
		Scenarios: []Scenario{
			{
				Text: "Your site is proxied through Cloudflare. Visitors get a Cloudflare-branded error page, and the origin's " +
					"logs show PHP workers crashing mid-request and dropping the socket without writing a single byte.",
				Why: "Cloudflare connected, but the origin sent back nothing it could use. A plain reverse proxy would say 502; " +
					"Cloudflare reports this case with its own code.",
				Versus: []int{502},
			},
			{
				Text: "After a marketing plugin starts setting dozens of cookies, some logged-in users of a Cloudflare-proxied site " +
					"see a Cloudflare error page while anonymous visitors load it fine.",
				Why: "Headers grown past Cloudflare's size limit, often through too many cookies, are a listed cause of an origin reply Cloudflare cannot use.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The origin crashed or sent an empty, malformed or unexpected reply.",
				Where: "origin",
				Check: "Look in the origin's error log at the time of the error for crashes; a reply without a status line " +
					"or body gives 520 (Cloudflare docs, Error 520).",
			},
			{
				Cause: "A firewall or security plugin at the origin cuts off Cloudflare's IP addresses.",
				Where: "origin",
				Check: "Allow Cloudflare's IP ranges in the origin's firewall and security plugins (Cloudflare docs, Error " +
					"520).",
			},
			{
				Cause: "The origin's response headers exceed 128 KB, often because of cookies.",
				Where: "application",
				Check: "Keep response headers under 128 KB; many or large Set-Cookie headers are the usual cause (Cloudflare " +
					"docs, Error 520).",
			},
			{
				Cause: "The origin announces HTTP/2 but doesn't handle it properly.",
				Where: "origin",
				Check: "Fix the origin's HTTP/2 setup, or turn off HTTP/2 to Origin in the Cloudflare dashboard (Cloudflare " +
					"docs, Error 520).",
			},
		},
	},
	{
		Code:      521,
		Phrase:    "Web Server Is Down",
		Status:    Unofficial,
		Vendor:    "Cloudflare",
		Slug:      "cloudflare",
		Source:    "Cloudflare docs, support/troubleshooting/http-status-codes/cloudflare-5xx-errors: \"Error 521: web server is down\"",
		Tier:      Rare,
		Reference: "Cloudflare docs: Error 521",
		URL:       "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/",
		Summary:   "Cloudflare tried to connect to the origin and was refused",
		Explanation: "Cloudflare tried to open a connection to the site's origin server and the origin refused it. " +
			"Usually the web server program on the origin is stopped or has crashed, or a firewall or security tool there is blocking Cloudflare's IP addresses. " +
			"The problem sits on the origin's side of Cloudflare; a visitor can only try again later. " +
			"The site owner should check that the web server is running and that all Cloudflare IP ranges are allowed in. " +
			"It must listen on the port Cloudflare uses: 80 for the Flexible SSL/TLS mode, 443 for Full and Full (strict).",
		Headers: []Header{
			{Name: "CF-RAY", Why: "Cloudflare's Ray ID for the request; quote it when asking the host or Cloudflare for help."},
		},
		SeeAlso: []SeeAlso{
			{Code: 502, Why: "A plain proxy whose upstream refuses the connection usually sends 502; Cloudflare uses 521 for that case."},
			{Code: 503, Why: "503 comes from a server that is running but cannot cope; 521 means Cloudflare could not connect at all."},
			{Code: 522, Slug: "cloudflare", Why: "522: the origin stayed silent until Cloudflare gave up; 521: it refused at once."},
		},
		Example: Example{
			Request: []string{"GET / HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 521 Web Server Is Down",
				"Server: cloudflare",
				"CF-RAY: 8c1f2a3b4d5e6f71-FRA",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Length: 18",
				"",
				"<h1>Error 521</h1>",
			},
		},
		Notes: []string{
			"The two most common causes are a web server application that is offline and Cloudflare requests being blocked (Cloudflare docs, Error 521).",
			"With the SSL/TLS mode set to Full or Full (strict), the origin must accept HTTPS on port 443 (Cloudflare docs, Error 521).",
		},
		Scenarios: []Scenario{
			{
				Text: "You stop nginx on your origin to upgrade it, and visitors reaching the site through Cloudflare " +
					"immediately get a Cloudflare-branded error page instead of your maintenance page.",
				Why: "Nothing is listening on the origin's port, so the connection is refused and Cloudflare reports it with its own code. " +
					"A plain proxy would say 502, and a 503 needs a running server to send it.",
				Versus: []int{502, 503},
			},
			{
				Text: "A new firewall rule on your origin starts rejecting a few large IP ranges that looked suspicious in the logs. " +
					"They turn out to belong to Cloudflare, and your proxied site stops loading for everyone.",
				Why: "The origin now refuses Cloudflare's own connections; allowing all Cloudflare IP ranges fixes it.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The origin web server isn't running.",
				Where: "origin",
				Check: "Check that the web server is up, and its error log for crashes or outages (Cloudflare docs, Error " +
					"521).",
			},
			{
				Cause: "The origin's firewall refuses or rate limits Cloudflare's IP addresses.",
				Where: "origin",
				Check: "Allow all of Cloudflare's IP ranges in the firewall and other security software (Cloudflare docs, " +
					"Error 521).",
			},
			{
				Cause: "Nothing listens on the port Cloudflare's SSL/TLS mode connects to.",
				Where: "origin",
				Check: "Listen on port 80 for Flexible mode, or on 443 with HTTPS and a suitable certificate for Full and " +
					"Full (strict) (Cloudflare docs, Error 521).",
			},
		},
	},
	{
		Code:      522,
		Phrase:    "Connection Timed Out",
		Status:    Unofficial,
		Vendor:    "Cloudflare",
		Slug:      "cloudflare",
		Source:    "Cloudflare docs, support/troubleshooting/http-status-codes/cloudflare-5xx-errors: \"Error 522: connection timed out\"",
		Tier:      Rare,
		Reference: "Cloudflare docs: Error 522",
		URL:       "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/",
		Summary:   "Cloudflare gave up waiting for the origin to take the connection",
		Explanation: "Cloudflare tried to reach the site's origin server and gave up waiting at the connection stage. " +
			"Either the TCP handshake never completed (no SYN+ACK within 19 seconds), or the origin connected but did not acknowledge the request within 90 seconds. " +
			"The usual causes are a firewall or rate limiter silently dropping Cloudflare's IPs, an overloaded or offline origin, " +
			"or an origin IP in Cloudflare's DNS settings that no longer matches the real server. " +
			"The site owner should allow all Cloudflare IP ranges, check the origin's load, and compare the DNS record with the server's address; visitors can only retry later.",
		Headers: []Header{
			{Name: "CF-RAY", Why: "Cloudflare's Ray ID for the request; quote it when asking the host or Cloudflare for help."},
		},
		SeeAlso: []SeeAlso{
			{Code: 504, Why: "504 is the registry code for a gateway that waited too long; 522 is Cloudflare's code for the connection stage."},
			{Code: 524, Slug: "cloudflare", Why: "524: connected and sent the request, but the HTTP answer came too late; 522: the connection never got going."},
			{Code: 521, Slug: "cloudflare", Why: "521: the origin refused the connection; 522: it stayed silent."},
		},
		Example: Example{
			Request: []string{"GET /products HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 522 Connection Timed Out",
				"Server: cloudflare",
				"CF-RAY: 8c1f2a3b4d5e6f72-LHR",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Length: 18",
				"",
				"<h1>Error 522</h1>",
			},
		},
		Notes: []string{
			"Cloudflare waits 19 seconds for the origin's SYN+ACK, and 90 seconds for the origin to acknowledge the request once connected (Cloudflare docs, Error 522).",
			"Blocked or rate-limited Cloudflare IPs at the host are the most common cause (Cloudflare docs, Error 522).",
			"A Worker on a Custom Domain that fetches its own hostname also gets 522 (Cloudflare docs, Error 522).",
		},
		Scenarios: []Scenario{
			{
				Text: "You move your site to a new server but forget to update the A record in the Cloudflare dashboard. " +
					"The old machine is still on the network, but its firewall now silently drops every incoming packet, and " +
					"visitors wait a long time before Cloudflare shows its error page.",
				Why: "Cloudflare's attempts to reach the stale IP go unanswered until its handshake wait runs out. " +
					"A plain gateway would send 504; Cloudflare uses its own code for this stage.",
				Versus: []int{504},
			},
			{
				Text: "During a traffic spike, your host's anti-DDoS system starts silently dropping packets from Cloudflare's IP ranges, " +
					"and your proxied site fails for every visitor.",
				Why: "Dropped packets mean Cloudflare never gets a handshake back. If the packets were actively rejected, the answer would be 521.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The origin's firewall drops or rate limits Cloudflare's connections.",
				Where: "origin",
				Check: "Allow all Cloudflare IP ranges in .htaccess, iptables and host firewalls; Cloudflare calls this the " +
					"most common cause (Cloudflare docs, Error 522).",
			},
			{
				Cause: "Cloudflare's DNS points to an old origin address.",
				Where: "CDN",
				Check: "Compare the origin IP in the Cloudflare DNS app with the address the host currently gives your " +
					"server (Cloudflare docs, Error 522).",
			},
			{
				Cause: "The origin is overloaded or offline and drops packets.",
				Where: "origin",
				Check: "No SYN+ACK within 19 s, or no ACK of the request within 90 s, gives 522; check the origin's load, " +
					"keepalive settings and packet loss (Cloudflare docs, Error 522).",
			},
			{
				Cause: "A Worker on a Custom Domain fetches its own hostname.",
				Where: "application",
				Check: "That fetch fails with 522; use a Route, another hostname, or the global_fetch_strictly_public flag " +
					"(Cloudflare docs, Error 522).",
			},
		},
	},
	{
		Code:      523,
		Phrase:    "Origin Is Unreachable",
		Status:    Unofficial,
		Vendor:    "Cloudflare",
		Slug:      "cloudflare",
		Source:    "Cloudflare docs, support/troubleshooting/http-status-codes/cloudflare-5xx-errors: \"Error 523: origin is unreachable\"",
		Tier:      Rare,
		Reference: "Cloudflare docs: Error 523",
		URL:       "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/",
		Summary:   "Cloudflare has no network route to the origin's IP address",
		Explanation: "Cloudflare could not contact the site's origin server at all, typically because some network device between them has no route to the origin's IP address. " +
			"Often the A or AAAA record in Cloudflare's DNS points to a wrong or retired address, or there is a routing problem at the host or an Internet provider. " +
			"The failure is between Cloudflare and the origin; a visitor can only retry later. " +
			"The site owner should check the origin IP in Cloudflare's DNS and ask the host for a traceroute from the origin to a Cloudflare IP address.",
		Headers: []Header{
			{Name: "CF-RAY", Why: "Cloudflare's Ray ID for the request; quote it when asking the host or Cloudflare for help."},
		},
		SeeAlso: []SeeAlso{
			{Code: 502, Why: "A plain gateway that cannot reach its upstream usually sends 502; 523 names the no-route case."},
			{Code: 522, Slug: "cloudflare", Why: "522: packets may arrive but nothing answers in time; 523: there is no route to deliver them."},
			{Code: 530, Slug: "cloudflare", Why: "530: Cloudflare could not even resolve the origin's hostname; 523: it had an address but no route."},
		},
		Example: Example{
			Request: []string{"GET / HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 523 Origin Is Unreachable",
				"Server: cloudflare",
				"CF-RAY: 8c1f2a3b4d5e6f73-SIN",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Length: 18",
				"",
				"<h1>Error 523</h1>",
			},
		},
		Notes: []string{
			"In AWS, an over-broad VPC route such as 172.0.0.0/8 can capture Cloudflare's own 172.64.0.0/13 addresses and cause 523; " +
				"a more specific route for 172.64.0.0/13 to the Internet Gateway fixes it (Cloudflare docs, Error 523).",
		},
		Troubleshooting: []Trouble{
			{
				Cause: "Cloudflare's DNS records point to the wrong origin address.",
				Where: "CDN",
				Check: "Confirm the A and AAAA records in Cloudflare DNS hold the origin's current address (Cloudflare docs, " +
					"Error 523).",
			},
			{
				Cause: "A route on the origin's network swallows Cloudflare's traffic.",
				Where: "origin",
				Check: "In AWS, a broad route such as 172.0.0.0/8 can catch Cloudflare's 172.64.0.0/13; add a more specific " +
					"route to the Internet Gateway (Cloudflare docs, Error 523).",
			},
			{
				Cause: "There is an Internet routing problem between Cloudflare and the origin.",
				Where: "origin",
				Check: "Ask your host for an MTR or traceroute from the origin to a Cloudflare IP that usually connects, and " +
					"give it to Cloudflare support (Cloudflare docs, Error 523).",
			},
		},
	},
	{
		Code:      524,
		Phrase:    "A Timeout Occurred",
		Status:    Unofficial,
		Vendor:    "Cloudflare",
		Slug:      "cloudflare",
		Source:    "Cloudflare docs, support/troubleshooting/http-status-codes/cloudflare-5xx-errors: \"Error 524: a timeout occurred\"",
		Tier:      Rare,
		Reference: "Cloudflare docs: Error 524",
		URL:       "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/",
		Summary:   "Cloudflare connected, but the origin took too long to send a response",
		Explanation: "Cloudflare connected to the origin server and sent the request, but no HTTP response came back within its proxy read timeout, 120 seconds by default. " +
			"The origin is reachable; it is just too slow for this request, for example a big export or database query, or a server short of resources. " +
			"The same request will usually fail again unless the origin gets faster. " +
			"The site owner should find the slow request in the origin's logs and speed it up, or turn it into a background job the client polls. " +
			"Other ways out are serving it from a hostname that Cloudflare does not proxy, or, on Enterprise plans, raising the timeout.",
		Headers: []Header{
			{Name: "CF-RAY", Why: "Cloudflare's Ray ID for the request; quote it when asking the host or Cloudflare for help."},
		},
		SeeAlso: []SeeAlso{
			{Code: 504, Why: "504 is the registry code for a gateway that got no timely answer; 524 is Cloudflare's code once connected."},
			{Code: 522, Slug: "cloudflare", Why: "522: Cloudflare could not get a connection going; 524: it connected but the answer came too late."},
			{Code: 202, Why: "For work that takes minutes, answer 202 at once and let the client poll; that avoids 524 altogether."},
		},
		Example: Example{
			Request: []string{"GET /admin/export?format=csv HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 524 A Timeout Occurred",
				"Server: cloudflare",
				"CF-RAY: 8c1f2a3b4d5e6f74-IAD",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Length: 18",
				"",
				"<h1>Error 524</h1>",
			},
		},
		Notes: []string{
			"Enterprise customers can raise the proxy read timeout up to 6,000 seconds, per zone or with a Cache Rule (Cloudflare docs, Error 524).",
			"524 can also mean Cloudflare could not finish writing the request to the origin within its 30-second proxy write timeout (Cloudflare docs, Error 524).",
		},
		Scenarios: []Scenario{
			{
				Text: "An admin clicks \"Export all orders\" on a shop proxied through Cloudflare. The spinner turns for two minutes, " +
					"then a Cloudflare error page appears, although the origin's access log shows the request arrived normally.",
				Why: "Cloudflare connected and passed the request on, but the origin took longer than the default 120-second read window to answer. " +
					"A plain gateway would send 504 here.",
				Versus: []int{504},
			},
			{
				Text: "A reporting endpoint behind Cloudflare works for a week of data but fails for a whole year, " +
					"always after almost exactly the same wait.",
				Why: "The slow query outlasts Cloudflare's fixed read window; polling a background job or a non-proxied hostname avoids it.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The origin connected but took too long to answer: a heavy query or an overloaded server.",
				Where: "application",
				Check: "Log response times at the origin; anything past Cloudflare's Proxy Read Timeout (120 s by default) " +
					"ends in 524 (Cloudflare docs, Error 524).",
			},
			{
				Cause: "Long jobs such as large exports run as a single request.",
				Where: "application",
				Check: "Use status polling for long processes, or serve them from a DNS-only hostname that bypasses the " +
					"proxy (Cloudflare docs, Error 524).",
			},
			{
				Cause: "The zone's read timeout is lower than the work needs.",
				Where: "CDN",
				Check: "Enterprise zones can raise the timeout up to 6,000 s with a Cache Rule or the zone's " +
					"proxy_read_timeout setting (Cloudflare docs, Error 524).",
			},
			{
				Cause: "Cloudflare could not finish writing the request to the origin.",
				Where: "origin",
				Check: "A write that doesn't complete within the Proxy Write Timeout (30 s, not adjustable) also gives 524; " +
					"check the origin's intake of request bodies (Cloudflare docs, Error 524).",
			},
		},
	},
	{
		Code:      525,
		Phrase:    "SSL Handshake Failed",
		Status:    Unofficial,
		Vendor:    "Cloudflare",
		Slug:      "cloudflare",
		Source:    "Cloudflare docs, support/troubleshooting/http-status-codes/cloudflare-5xx-errors: \"Error 525: SSL handshake failed\"",
		Tier:      Rare,
		Reference: "Cloudflare docs: Error 525",
		URL:       "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/",
		Summary:   "Cloudflare could not complete a TLS handshake with the origin",
		Explanation: "Cloudflare tried to open an encrypted connection (TLS, still often called SSL) to the origin server and the handshake failed, so no request was sent. " +
			"It only happens when the zone's SSL/TLS mode is Full or Full (strict), the modes in which Cloudflare talks HTTPS to the origin. " +
			"Typical causes are no certificate on the origin, port 443 not open, no SNI support, or no cipher suite that both sides accept. " +
			"The site owner should test the origin directly over HTTPS, install a valid certificate (a free Cloudflare Origin CA certificate works), " +
			"and read the origin's TLS error log; visitors can do nothing about it.",
		Headers: []Header{
			{Name: "CF-RAY", Why: "Cloudflare's Ray ID for the request; quote it when asking the host or Cloudflare for help."},
		},
		SeeAlso: []SeeAlso{
			{Code: 502, Why: "Plain proxies (AWS ALB, for one) report a TLS handshake error with their upstream as 502; Cloudflare uses 525."},
			{Code: 526, Slug: "cloudflare", Why: "526: the origin's certificate fails validation in Full (strict); 525: the handshake itself fails."},
		},
		Example: Example{
			Request: []string{"GET / HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 525 SSL Handshake Failed",
				"Server: cloudflare",
				"CF-RAY: 8c1f2a3b4d5e6f75-CDG",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Length: 18",
				"",
				"<h1>Error 525</h1>",
			},
		},
		Notes: []string{
			"If 525 comes and goes, check the origin's error log at those times: Apache's mod_ssl can log handshake errors, " +
				"and nginx writes them to its error log, possibly at a higher log level (Cloudflare docs, Error 525).",
			"In Origin Analytics, an origin response status of 0 means Cloudflare got no HTTP response, which can point to TLS failures (Cloudflare docs, Error 525).",
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The origin has no valid certificate while the SSL/TLS mode is Full or Full (strict).",
				Where: "origin",
				Check: "Install a certificate on the origin, for example a free Cloudflare Origin CA certificate, and test " +
					"it with curl (Cloudflare docs, Error 525).",
			},
			{
				Cause: "Port 443 (or your custom secure port) is closed at the origin.",
				Where: "origin",
				Check: "Open the secure port to Cloudflare's IP ranges and check the server listens there (Cloudflare docs, " +
					"Error 525).",
			},
			{
				Cause: "The origin doesn't support SNI, or shares no cipher suite with Cloudflare.",
				Where: "origin",
				Check: "Enable SNI and compatible cipher suites; the origin's SSL error log shows why handshakes fail " +
					"(Cloudflare docs, Error 525).",
			},
		},
	},
	{
		Code:      526,
		Phrase:    "Invalid SSL Certificate",
		Status:    Unofficial,
		Vendor:    "Cloudflare",
		Slug:      "cloudflare",
		Source:    "Cloudflare docs, support/troubleshooting/http-status-codes/cloudflare-5xx-errors: \"Error 526: invalid SSL certificate\"",
		Tier:      Rare,
		Reference: "Cloudflare docs: Error 526",
		URL:       "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/",
		Summary:   "Cloudflare rejected the origin's certificate in Full (strict) mode",
		Explanation: "Cloudflare reached the origin over HTTPS but could not validate the certificate it presented, so it refused to go on. " +
			"This happens when the zone's SSL/TLS mode is Full (strict), which requires a certificate that is not expired or revoked, " +
			"is signed by a certificate authority rather than self-signed, and covers the requested hostname. " +
			"Visitors see the error even though their own connection to Cloudflare is fine. " +
			"The site owner should renew or replace the origin certificate, or add a self-signed one to Cloudflare's Custom Origin Trust Store; " +
			"switching the mode to Full is a quick but weaker workaround.",
		Headers: []Header{
			{Name: "CF-RAY", Why: "Cloudflare's Ray ID for the request; quote it when asking the host or Cloudflare for help."},
		},
		SeeAlso: []SeeAlso{
			{Code: 502, Why: "A plain proxy would report a bad upstream certificate as 502; Cloudflare names the case 526."},
			{Code: 525, Slug: "cloudflare", Why: "525: the TLS handshake itself fails; 526: it gets far enough to reject the certificate."},
		},
		Example: Example{
			Request: []string{"GET / HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 526 Invalid SSL Certificate",
				"Server: cloudflare",
				"CF-RAY: 8c1f2a3b4d5e6f76-SYD",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Length: 18",
				"",
				"<h1>Error 526</h1>",
			},
		},
		Notes: []string{
			"Cloudflare Gateway (Zero Trust) also returns 526 when an origin presents an untrusted certificate or only insecure cipher suites (Cloudflare docs, Error 526).",
			"Workers subrequests to hosts outside your zone that Cloudflare does not proxy always use Full (strict), whatever the zone's setting (Cloudflare docs, Error 526).",
		},
		Scenarios: []Scenario{
			{
				Text: "The Let's Encrypt renewal job on your origin has been failing quietly for three months. Today, with the zone's " +
					"encryption mode set to Full (strict), every visitor gets a Cloudflare error page.",
				Why: "In strict mode Cloudflare validates what the origin presents and refuses an expired one; the handshake itself still works, so it is not 525.",
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The origin certificate is expired, revoked or self-signed, and the mode is Full (strict).",
				Where: "origin",
				Check: "Renew it or use a CA-signed one, or add a self-signed certificate to the Custom Origin Trust Store " +
					"(Cloudflare docs, Error 526).",
			},
			{
				Cause: "The certificate doesn't name the requested hostname.",
				Where: "origin",
				Check: "The hostname must appear in the certificate's Common Name or Subject Alternative Name (Cloudflare " +
					"docs, Error 526).",
			},
			{
				Cause: "A Worker fetches a hostname outside your zone whose certificate doesn't validate.",
				Where: "application",
				Check: "Such subrequests always use Full (strict), so that host needs a valid certificate (Cloudflare docs, " +
					"Error 526).",
			},
			{
				Cause: "You need the site back up while the certificate is being fixed.",
				Where: "CDN",
				Check: "As a quick fix, set SSL/TLS to Full instead of Full (strict), then fix the certificate and switch " +
					"back (Cloudflare docs, Error 526).",
			},
		},
	},
	{
		Code:   527,
		Phrase: "Railgun Listener to Origin Error",
		Status: Unofficial,
		Vendor: "Cloudflare (legacy; Railgun retired)",
		Slug:   "cloudflare",
		Source: "Legacy and weak: no page in current cloudflare/cloudflare-docs; old Cloudflare support wording " +
			"(an interrupted connection between Cloudflare and the origin's Railgun listener, rg-listener) survives only in third-party copies",
		Caveat: "Weak, legacy source: Cloudflare's current docs have no page for 527 and no longer list it among the 5xx errors. " +
			"It belonged to Railgun, which Cloudflare has retired, so you should not meet it on live sites today.",
		Tier:      Rare,
		Reference: "Cloudflare blog: Cloudflare is deprecating Railgun",
		URL:       "https://blog.cloudflare.com/deprecating-railgun/",
		Summary:   "Legacy: the Railgun link between Cloudflare and the origin broke",
		Explanation: "Railgun was a Cloudflare add-on: a listener program (rg-listener) installed in the origin's network accepted connections from Cloudflare's side " +
			"and sent only the changes between versions of dynamic pages. " +
			"527 meant that the connection between Cloudflare and the origin's Railgun listener had been interrupted, so the request could not be completed. " +
			"Cloudflare has since retired Railgun and dropped the code from its documentation. " +
			"Today you meet 527 only in old logs, old error-handling code and status-code tables copied from Cloudflare's former list.",
		SeeAlso: []SeeAlso{
			{Code: 502, Why: "502 is the registry code for a broken upstream answer; 527 was Cloudflare's code for a broken Railgun link."},
			{Code: 522, Slug: "cloudflare", Why: "522 is the current code when Cloudflare cannot get a connection to the origin going."},
		},
		Example: Example{
			Request: []string{"GET / HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 527 Railgun Listener to Origin Error",
				"Server: cloudflare",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Length: 18",
				"",
				"<h1>Error 527</h1>",
			},
		},
		Notes: []string{
			"The current list of Cloudflare 5xx errors goes from 520 to 526 and then 530, with no 527 " +
				"(cloudflare/cloudflare-docs, cloudflare-5xx-errors/index.mdx).",
			"The old Cloudflare wording for 527 now survives only in third-party copies, such as status-code lists (unofficial-status-codes.csv).",
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The Railgun listener (rg-listener) at the origin isn't running or can't be reached.",
				Where: "origin",
				Check: "Railgun listens on TCP port 2408 by default, which must be open to Cloudflare's IP addresses " +
					"(Cloudflare docs, Railgun installation).",
			},
			{
				Cause: "The listener could not reach the web server behind it in time.",
				Where: "origin",
				Check: "rg-listener waits lan.timeout (30 s by default) to connect to or read from the web server; check " +
					"that server (Cloudflare docs, Railgun execution).",
			},
			{
				Cause: "The site still depends on Railgun, which Cloudflare has retired.",
				Where: "CDN",
				Check: "Cloudflare deprecated Railgun in January 2024; remove it and let Cloudflare connect to the origin " +
					"directly (Cloudflare docs, Railgun deprecation notice).",
			},
		},
	},
	{
		Code:   530,
		Phrase: "Origin DNS Error",
		Status: Unofficial,
		Vendor: "Cloudflare",
		Slug:   "cloudflare",
		Source: "Cloudflare docs, support/troubleshooting/http-status-codes/cloudflare-5xx-errors: \"Error 530\" " +
			"(Cloudflare cannot resolve the origin hostname; the body carries a 1xxx error)",
		Caveat:    "Cloudflare titles it only \"Error 530\", so the phrase here is a descriptive label used by libraries.",
		Tier:      Rare,
		Reference: "Cloudflare docs: Error 530",
		URL:       "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/",
		Summary:   "Cloudflare could not resolve the origin's hostname; read the 1xxx code",
		Explanation: "Cloudflare had to look up the origin server's hostname and the lookup failed, so it had no address to connect to. " +
			"The error page carries a second, more specific Cloudflare error in the 1xxx range, and that code is the one to troubleshoot. " +
			"For example, error 1016 (origin DNS error) often means a CNAME in Cloudflare's DNS points to a domain that does not resolve, or an A record is missing. " +
			"Visitors can only wait; the site owner should read the 1xxx code on the page and fix the DNS record it points to.",
		Headers: []Header{
			{Name: "CF-RAY", Why: "Cloudflare's Ray ID for the request; quote it when asking for help."},
		},
		SeeAlso: []SeeAlso{
			{Code: 502, Why: "A plain gateway that cannot find its upstream usually sends 502; Cloudflare uses 530 and a 1xxx code."},
			{Code: 523, Slug: "cloudflare", Why: "523: Cloudflare had the origin's address but no route to it; 530: it could not resolve the name."},
			{Code: 530, Slug: "pantheon", Why: "Same number, unrelated meaning: Pantheon answers 530 for a sandbox site frozen for inactivity."},
		},
		Example: Example{
			Request: []string{"GET / HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 530 Origin DNS Error",
				"Server: cloudflare",
				"CF-RAY: 8c1f2a3b4d5e6f77-NRT",
				"Content-Type: text/html; charset=UTF-8",
				"Content-Length: 37",
				"",
				"<h1>Error 1016: Origin DNS error</h1>",
			},
		},
		Notes: []string{
			"Cloudflare titles this page only \"Error 530\"; \"Origin DNS Error\" is a descriptive label found in libraries, not a phrase Cloudflare publishes " +
				"(cloudflare/cloudflare-docs, cloudflare-5xx-errors/error-530.mdx).",
			"Cloudflare's advice is to follow the troubleshooting page of the 1xxx error shown in the body (Cloudflare docs, Error 530).",
		},
		Troubleshooting: []Trouble{
			{
				Cause: "Cloudflare can't resolve the origin's hostname; the 1xxx code in the body says more.",
				Where: "CDN",
				Check: "For error 1016, make sure the A record or the CNAME target in Cloudflare DNS resolves (Cloudflare " +
					"docs, Error 530; Cloudflare docs, Error 1016).",
			},
			{
				Cause: "The origin is behind a Cloudflare Tunnel that is down (error 1033).",
				Where: "origin",
				Check: "Make sure cloudflared is running and can reach the network (Cloudflare docs, Error 1033).",
			},
			{
				Cause: "A Cloudflare Load Balancer pool names origins by CNAMEs that don't resolve.",
				Where: "CDN",
				Check: "Check the pool's origin hostnames, and keep a fallback pool with an origin given by IP address " +
					"(Cloudflare docs, Error 1016).",
			},
		},
	},
}
