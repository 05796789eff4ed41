package data

// catalogue gathers the entries of every class file. The index sorts them;
// the order here does not matter.
func catalogue() []Entry {
	var all []Entry
	for _, part := range [][]Entry{
		informational, successful, redirection,
		clientErrors, serverErrors,
		vendorNginx, vendorCloudflare, vendorAWS, vendorMicrosoft, vendorOther,
	} {
		all = append(all, part...)
	}
	return all
}
