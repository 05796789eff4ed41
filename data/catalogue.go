package data

import "slices"

// catalogue gathers the entries of every class file. The index sorts them;
// the order here does not matter.
func catalogue() []Entry {
	// One allocation of the right size: the entries are large, and growing
	// the slice part by part copied them several times at every start.
	return slices.Concat(
		informational, successful, redirection,
		clientErrors, serverErrors,
		vendorNginx, vendorCloudflare, vendorAWS, vendorMicrosoft, vendorOther,
	)
}
