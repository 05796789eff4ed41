package data

// vendorAWS holds the codes of AWS Elastic Load Balancing (Application Load
// Balancer).
var vendorAWS = []Entry{
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
		Troubleshooting: []Trouble{
			{
				Cause: "The client's timeout is shorter than the time the target takes, so it gave up first.",
				Where: "client",
				Check: "Compare the client's timeout with the target's response times; answer sooner, or raise the client " +
					"timeout to the ALB idle timeout (AWS ALB troubleshooting guide, HTTP 460).",
			},
			{
				Cause: "The target is slow, and impatient clients hang up before the load balancer's own limit.",
				Where: "application",
				Check: "Look at the target's latency for those requests; the ALB itself would only give up at its idle " +
					"timeout (60 s by default) with 504 (AWS ALB user guide, connection idle timeout).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "A chain of proxies, or a request looping through the load balancer, made X-Forwarded-For too long.",
				Where: "proxy",
				Check: "Log the incoming X-Forwarded-For: each append-mode hop adds an address, and the ALB refuses more " +
					"than 30 (AWS ALB troubleshooting guide, HTTP 463; AWS ALB user guide, X-Forwarded-For).",
			},
			{
				Cause: "The client itself sent a long or forged X-Forwarded-For header.",
				Where: "client",
				Check: "Drop or rewrite client-supplied X-Forwarded-For at the first proxy you control, so the ALB never " +
					"sees more than 30 addresses (AWS ALB troubleshooting guide, HTTP 463).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "An HTTP/1.1 request reached a target group whose protocol version is HTTP/2 or gRPC.",
				Where: "client",
				Check: "Such target groups need HTTP/2 from the client, and only HTTPS listeners offer it; check the " +
					"listener and the client's protocol (AWS ALB user guide, target group protocol version).",
			},
			{
				Cause: "gRPC traffic is routed to a target group set to HTTP/1.1.",
				Where: "load balancer",
				Check: "Set the target group's protocol version to gRPC for gRPC calls; gRPC to an HTTP/1.1 group fails (AWS " +
					"ALB troubleshooting guide, HTTP 464).",
			},
			{
				Cause: "A non-POST HTTP/2 request, such as a browser GET or a probe, reached a gRPC target group.",
				Where: "client",
				Check: "A gRPC target group takes only POST over HTTP/2; send other requests to a different target group " +
					"(AWS ALB troubleshooting guide, HTTP 464).",
			},
		},
	},
	{
		Code:   561,
		Phrase: "Unauthorized",
		Status: Unofficial,
		Vendor: "AWS Elastic Load Balancing (Application Load Balancer)",
		Slug:   "aws",
		Source: "AWS ALB user guide, load-balancer-troubleshooting.md: \"HTTP 561: Unauthorized\" " +
			"(the IdP returned an error while authenticating the user)",
		Tier:      Rare,
		Reference: "AWS docs: Troubleshoot your Application Load Balancers",
		URL:       "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues",
		Summary:   "An AWS ALB's sign-in step failed because the identity provider erred",
		Explanation: "An AWS Application Load Balancer can sign users in itself, before it forwards their requests to the targets. " +
			"A listener rule does this through an identity provider (IdP), such as an OpenID Connect provider or Amazon Cognito. " +
			"561 means that step broke: the IdP returned an error code while the load balancer was authenticating the user. " +
			"Despite the phrase, this is a 5xx failure on the server side, not a 401 the user can fix by signing in. " +
			"The operator should check the rule's IdP settings and the IdP's own logs; the user can only try again later.",
		SeeAlso: []SeeAlso{
			{Code: 401, Why: "401 asks the client to authenticate; 561 means the IdP failed while the ALB was doing it."},
			{Code: 502, Why: "502 is the ALB's code for a bad answer from a target; 561 is about its own sign-in step."},
		},
		Example: Example{
			Request: []string{"GET /oauth2/idpresponse?code=abc123&state=xyz HTTP/1.1", "Host: example.com"},
			Response: []string{
				"HTTP/1.1 561 Unauthorized",
				"Server: awselb/2.0",
				"Content-Type: text/html",
				"Content-Length: 25",
				"",
				"<h1>561 Unauthorized</h1>",
			},
		},
		Notes: []string{
			"AWS's troubleshooting guide gives 561 just a heading, \"HTTP 561: Unauthorized\", and one sentence " +
				"(awsdocs/elb-application-load-balancers-user-guide, load-balancer-troubleshooting.md).",
			"When the rule's OnUnauthenticatedRequest setting is deny, or the IdP denies access, the load balancer answers a plain 401 instead " +
				"(AWS ALB troubleshooting guide, HTTP 401).",
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The identity provider returned an error while the load balancer was signing the user in.",
				Where: "load balancer",
				Check: "Look up error_reason in the ALB access log (AuthInvalidIdToken, AuthTokenEpRequestFailed and so on) " +
					"to see which step failed (AWS ALB access log guide, error reason codes).",
			},
			{
				Cause: "The IdP's token or user info endpoint answered with an error.",
				Where: "load balancer",
				Check: "AuthTokenEpRequestFailed and AuthUserinfoEpRequestFailed mean a non-2XX answer from those endpoints; " +
					"check the IdP's own logs for that time (AWS ALB access log guide, error reason codes).",
			},
		},
	},
}
