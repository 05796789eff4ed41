package data

// vendorMicrosoft holds the codes of Microsoft IIS and Exchange.
var vendorMicrosoft = []Entry{
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
			Response: []string{"HTTP/1.1 440 Login Timeout", "Content-Type: text/html", "Content-Length: 26", "", "<h1>440 Login Timeout</h1>"},
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
		Troubleshooting: []Trouble{
			{
				Cause: "Outlook Web Access on IIS has broken permission or authentication settings.",
				Where: "origin",
				Check: "Microsoft lists IIS and IIS metabase permission or authentication problems; its first step is to " +
					"delete and re-create the OWA virtual directories (TechNet dd789741).",
			},
			{
				Cause: "The IUSR and IWAM account passwords differ between the IIS metabase and Active Directory.",
				Where: "origin",
				Check: "Resynchronize the IUSR and IWAM passwords in the metabase and in Active Directory, Microsoft's second " +
					"step (TechNet dd789741; KB941201).",
			},
			{
				Cause: "A local security policy denies the anonymous IIS account.",
				Where: "origin",
				Check: "If Guests is in \"Deny log on locally\" or \"Deny access to this computer from network\", " +
					"IUSR_ComputerName inherits the denial; remove it there (TechNet dd789741).",
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
		Troubleshooting: []Trouble{
			{
				Cause: "Exchange ActiveSync: the device doesn't have the current security policy.",
				Where: "client",
				Check: "The device must send Provision, acknowledge the policy, then repeat the command; a device stuck on " +
					"449 isn't finishing that exchange (Microsoft Open Specifications blog, EAS provisioning).",
			},
			{
				Cause: "A Microsoft WebDAV server needs the client to echo a value before it answers.",
				Where: "client",
				Check: "Repeat the request with an Ms-Echo-Reply header; the server never answers 449 to a request that " +
					"already carries one ([MS-WDV] §3.2.5.6).",
			},
		},
	},
	{
		Code:   450,
		Phrase: "Blocked by Windows Parental Controls",
		Status: Unofficial,
		Vendor: "Microsoft Windows (Parental Controls)",
		Slug:   "windows",
		Source: "Listed as a Microsoft code by Wikipedia's List of HTTP status codes and by http.dev/450; " +
			"the Parental Controls web restrictions it refers to are documented in Microsoft's wpcapi.h reference (IWPCWebSettings, Windows Vista and later)",
		Caveat: "Weak source: reference lists (Wikipedia, http.dev) and the status tables copied from them carry 450, " +
			"but no Microsoft document that defines the code is known. Treat its details as unconfirmed.",
		Tier:      Rare,
		Reference: "http.dev: 450 Blocked by Windows Parental Controls",
		URL:       "https://http.dev/450",
		Summary:   "Windows' own parental web filter blocked the page, not the website",
		Explanation: "450 is listed as a Microsoft code for a page that Windows Parental Controls will not let an account open. " +
			"Since Windows Vista, Parental Controls can restrict which websites a standard user account may visit, " +
			"and the filter is enforced by Windows itself, so switching browsers does not get around it. " +
			"The website did nothing wrong, and nothing on the server can lift the block. " +
			"The parent or administrator of the computer can allow the site in that account's web restrictions. " +
			"No Microsoft document defines the code, so treat it as a label from reference lists rather than a documented behaviour.",
		WhenNotToUse: []string{
			"Your own site or API refuses a request by policy: use 403.",
			"You must block content for legal reasons: use 451.",
		},
		SeeAlso: []SeeAlso{
			{Code: 403, Why: "403 is a server refusing the request; with 450 the block is on the visitor's own computer."},
			{Code: 451, Why: "451 is the registered code for content a server blocks for legal reasons, such as a court order."},
		},
		Example: Example{
			Request: []string{"GET /games/ HTTP/1.1", "Host: www.example.com"},
			Response: []string{
				"HTTP/1.1 450 Blocked by Windows Parental Controls",
				"Content-Type: text/html",
				"Content-Length: 53",
				"",
				"<h1>This website is blocked by Parental Controls</h1>",
			},
		},
		Notes: []string{
			"In Windows Vista the web filter of Parental Controls is applied by the operating system, not by one browser, so a blocked site stays blocked in every browser " +
				"(onlinepcsupport.com, How to block websites in Windows Vista).",
			"Programs reach the web restrictions through Microsoft's Parental Controls API: IWPCWebSettings::GetSettings reads them, " +
				"and RequestURLOverride asks the web restrictions subsystem to allow a URL (Microsoft Learn, IWPCWebSettings).",
			"http.dev notes that no server-side fix exists, because the block originates from the client operating system (http.dev 450).",
			"A client that does not know 450 treats it as a 400 (RFC 9110 §15).",
		},
		Scenarios: []Scenario{
			{
				Text: "On a family PC running Windows Vista, a child's standard account cannot open a games website in any browser, " +
					"while the parent's administrator account on the same PC opens it fine. The error names a feature of the computer, not of the website.",
				Why: "The block comes from Windows Parental Controls on that account, which reference lists give a Microsoft 4xx of its own. " +
					"A refusal by the website (403) would reach the parent's account too.",
				Versus: []int{403},
			},
		},
		Troubleshooting: []Trouble{
			{
				Cause: "The Windows account you browse with has Parental Controls that block this site.",
				Where: "client",
				Check: "Ask the parent account to allow the site in that account's web restrictions; a program can ask " +
					"through IWPCWebSettings::RequestURLOverride (Microsoft Learn, IWPCWebSettings).",
			},
			{
				Cause: "You run the website and a visitor reports the code: the block happened on the visitor's computer.",
				Where: "client",
				Check: "Nothing on the server can lift it; the block originates from the client operating system (http.dev 450).",
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
		Reference: "Microsoft [MS-ASHTTP] §3.2.5.1",
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
		Troubleshooting: []Trouble{
			{
				Cause: "The device talks to a Client Access server that can't reach its mailbox, or a better one exists.",
				Where: "client",
				Check: "Send later requests to the URL in X-MS-Location; if that header is missing, run Autodiscover to find " +
					"the right server ([MS-ASHTTP] §3.1.5.2.2).",
			},
			{
				Cause: "ExternalUrl settings make Exchange redirect devices to another Internet-facing server.",
				Where: "origin",
				Check: "Check ExternalUrl on each Microsoft-Server-ActiveSync virtual directory; in an intranet site that is " +
					"proxied to, it should be empty (TechNet dd439372).",
			},
			{
				Cause: "An older device (ActiveSync 12.1 or earlier) doesn't understand the redirect from Exchange 2010.",
				Where: "origin",
				Check: "Install Exchange 2010 SP2 Update Rollup 6 or later on the servers (KB2751417).",
			},
		},
	},
}
