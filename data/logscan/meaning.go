package logscan

import (
	"httpcodes/data"
	"strconv"
)

// loggedOnly are the entries of codes that are written to a log but never
// reach a client, each as its entry's caveat explains: nginx closes the
// connection without answering (444), or the client closed it first (499,
// and AWS's 460).
var loggedOnly = map[string]bool{
	"444-nginx":      true,
	"499-nginx":      true,
	"499-cloudflare": true,
	"460-aws":        true,
}

// albMeanings are the reasons an AWS Application Load Balancer gives a
// code of its own, for the registry codes it makes (AWS ALB user guide,
// Troubleshoot your Application Load Balancers, "The load balancer
// generates an HTTP error"). AWS's own codes (460, 463, 464, 561) have
// entries in the catalogue.
var albMeanings = map[int]string{
	400: "The load balancer refused a malformed request, one whose request line or single header went over 16 KB " +
		"or whose headers went over 64 KB, or one whose body the client stopped sending (AWS ALB troubleshooting, HTTP 400).",
	401: "A listener rule that signs users in turned the request away: unauthenticated requests are set to be denied, " +
		"the identity provider refused, or the sign-in was not finished in time (AWS ALB troubleshooting, HTTP 401).",
	403: "AWS WAF blocked the request, matched by a web ACL attached to the load balancer (AWS ALB troubleshooting, HTTP 403).",
	405: "The client sent TRACE, a method Application Load Balancers do not support (AWS ALB troubleshooting, HTTP 405).",
	408: "The client sent nothing within the load balancer's idle timeout; TCP keep-alives do not count " +
		"(AWS ALB troubleshooting, HTTP 408).",
	413: "The target is a Lambda function and the request body is over 1 MB (AWS ALB troubleshooting, HTTP 413).",
	414: "The URL or its query string is too long for the load balancer (AWS ALB troubleshooting, HTTP 414).",
	500: "The load balancer failed itself: running the AWS WAF web ACL failed, or it could not reach the identity " +
		"provider's token or user-info endpoint for a sign-in rule (AWS ALB troubleshooting, HTTP 500).",
	501: "The request's Transfer-Encoding is neither chunked nor identity (AWS ALB troubleshooting, HTTP 501).",
	502: "No usable answer from the target: it refused or reset the connection, closed a kept-alive connection " +
		"with a request still on it, sent a malformed response or headers over 32 KB, failed the TLS handshake, " +
		"or was deregistered mid-request; for Lambda, a response over 1 MB, an error or a timeout " +
		"(AWS ALB troubleshooting, HTTP 502).",
	503: "The target groups behind the load balancer have no registered targets (AWS ALB troubleshooting, HTTP 503).",
	504: "No answer from the target in time: no connection within 10 seconds, no response within the idle timeout, " +
		"a network ACL blocking the return traffic, or a Content-Length larger than the body " +
		"(AWS ALB troubleshooting, HTTP 504).",
	505: "The request's HTTP version did not fit the connection, such as an HTTP/2 request on an HTTP/1 connection " +
		"(AWS ALB troubleshooting, HTTP 505).",
}

// albSelfMade is what a code the load balancer made means when AWS lists no
// error for it: a listener rule answered without a target, with a redirect
// or a fixed response (AWS ALB user guide, Access log entries, "Actions
// taken").
const albSelfMade = "A listener rule answered with a redirect or a fixed response (AWS ALB access logs, actions taken)."

// describe returns the meaning of code as found with origin o.
func describe(o origin, code int) Row {
	row := Row{Code: code}
	switch o {
	case albMade:
		row.MadeBy = "load balancer"
		if e := vendorEntry(code, "aws"); e != nil {
			row.Entry = e
		} else {
			row.Entry = data.Registry(code)
			row.Note = albMeanings[code]
			if row.Note == "" {
				row.Note = albSelfMade
			}
		}
	case nginxLog:
		row.Entry = data.Registry(code)
		if row.Entry == nil {
			row.Entry = vendorEntry(code, "nginx")
		}
	}
	if row.Entry == nil {
		if es := data.Lookup(code); len(es) > 0 {
			row.Entry = es[0] // the catalogue puts the most widely met meaning first
		}
	}
	if row.Entry != nil && loggedOnly[row.Entry.ID()] {
		row.LoggedOnly = true
		row.Note = data.FirstSentence(row.Entry.Caveat)
	}
	return row
}

// vendorEntry is the entry of a vendor's code, or nil.
func vendorEntry(code int, slug string) *data.Entry {
	return data.ByID(strconv.Itoa(code) + "-" + slug)
}
