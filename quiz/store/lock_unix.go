//go:build unix

package store

import (
	"errors"
	"fmt"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// lockWait bounds how long Open waits for another process that is opening
// (checking, moving aside, creating or migrating) the same database.
const lockWait = 30 * time.Second

// lockDir takes a lock on the data directory itself (flock(2) on the
// directory: no lock file to leave behind, and it works in a read-only
// directory). Open holds it exclusively from its first look at the
// database until the database is ready, so that no process ever looks at
// a database another is moving aside or creating; read-only openers hold
// it shared while they take their copy. Processes already studying do not
// hold it. The lock is released by the returned function. Where
// directories cannot be locked (a file system without flock), it locks
// nothing.
func lockDir(dir string, exclusive bool) (unlock func(), err error) {
	d, err := os.Open(dir)
	if err != nil {
		return func() {}, nil // an unreadable directory: nothing to coordinate with
	}
	how := unix.LOCK_SH
	if exclusive {
		how = unix.LOCK_EX
	}
	deadline := time.Now().Add(lockWait)
	pause := time.Millisecond
	for {
		err = unix.Flock(int(d.Fd()), how|unix.LOCK_NB)
		if err == nil {
			return func() { d.Close() }, nil // closing releases the lock
		}
		if !errors.Is(err, unix.EWOULDBLOCK) && !errors.Is(err, unix.EINTR) {
			d.Close()
			return func() {}, nil
		}
		if time.Now().After(deadline) {
			d.Close()
			return nil, fmt.Errorf("store: another httpcodes has been opening the progress in %s for %v; try again", dir, lockWait)
		}
		time.Sleep(pause)
		pause = min(2*pause, 20*time.Millisecond)
	}
}
