package logscan

import (
	"encoding/json"
	"fmt"
	"io"
)

// harEntry is the part of a HAR entry read: its response's status (HAR
// 1.2, log.entries[].response.status). Browsers record 0 for a request
// that got no response (blocked, cancelled, failed).
type harEntry struct {
	Response *struct {
		Status *int `json:"status"`
	} `json:"response"`
}

// scanHAR counts the responses of a HAR file, decoding one entry at a time
// so that a large file is never held whole. Each entry counts as a line.
// When the JSON breaks off, the report says so in Damaged and counts the
// entry it broke in as unparsed.
func scanHAR(r io.Reader, rep *Report) {
	dec := json.NewDecoder(r)
	err := walkHAR(dec, rep)
	if err != nil && rep.Damaged == "" {
		rep.Lines++
		rep.unparsed(rep.Lines)
		rep.Damaged = fmt.Sprintf("the HAR file breaks off after entry %d: %v", rep.Lines-1, err)
	}
}

// walkHAR finds log.entries and counts each entry in it.
func walkHAR(dec *json.Decoder, rep *Report) error {
	return eachMember(dec, "log", func() error {
		return eachMember(dec, "entries", func() error { return entries(dec, rep) })
	})
}

// eachMember reads the object the decoder is at, calling in for the value
// of each member named key (the decoder then at that value) and skipping
// the others.
func eachMember(dec *json.Decoder, key string, in func() error) error {
	if err := enterObject(dec); err != nil {
		return err
	}
	for dec.More() {
		k, err := objectKey(dec)
		if err != nil {
			return err
		}
		if k != key {
			err = skip(dec)
		} else {
			err = in()
		}
		if err != nil {
			return err
		}
	}
	_, err := dec.Token() // the closing }
	return err
}

// entries counts the entries of the array the decoder is at.
func entries(dec *json.Decoder, rep *Report) error {
	if t, err := dec.Token(); err != nil {
		return err
	} else if t != json.Delim('[') {
		return fmt.Errorf("log.entries is not a list")
	}
	for dec.More() {
		var e harEntry
		if err := dec.Decode(&e); err != nil {
			if _, typeErr := err.(*json.UnmarshalTypeError); !typeErr {
				return err
			}
		}
		rep.Lines++
		switch {
		case e.Response == nil || e.Response.Status == nil:
			rep.unparsed(rep.Lines)
		case *e.Response.Status == 0:
			rep.NoStatus++
		case *e.Response.Status < 100 || *e.Response.Status > 599:
			rep.unparsed(rep.Lines)
		default:
			rep.count(HAR, plain, *e.Response.Status)
		}
	}
	_, err := dec.Token() // the closing ]
	return err
}

// enterObject reads the { that opens an object.
func enterObject(dec *json.Decoder) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if t != json.Delim('{') {
		return fmt.Errorf("expected an object, found %v", t)
	}
	return nil
}

// objectKey reads the key of the next member of an object.
func objectKey(dec *json.Decoder) (string, error) {
	t, err := dec.Token()
	if err != nil {
		return "", err
	}
	k, ok := t.(string)
	if !ok {
		return "", fmt.Errorf("expected a key, found %v", t)
	}
	return k, nil
}

// skip reads past the next value.
func skip(dec *json.Decoder) error {
	var v json.RawMessage
	return dec.Decode(&v)
}
