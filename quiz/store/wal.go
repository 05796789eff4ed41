package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// SQLite recovers a write-ahead log by reading its frames in order and
// stopping at the first frame whose checksum does not hold; later frames
// are dropped without a word. After a crash that is right: only the last,
// unfinished transaction is cut. But when bytes in the middle of the log
// were damaged, the answers committed after the damage are dropped too.
// walDamaged tells the two apart, so that the log can be kept before
// SQLite discards its tail. The format is that of
// https://www.sqlite.org/fileformat.html#the_write_ahead_log.

const (
	walHeaderSize      = 32
	walFrameHeaderSize = 24
	walMagicLE         = 0x377f0682 // checksums over little-endian words
	walMagicBE         = 0x377f0683 // checksums over big-endian words
	walVersion         = 3007000
)

// walBytesDamaged reads a log: it is damaged when it is not empty
// but its header is not a valid log header, or when a commit frame of the
// log's current generation (its salts match the header's) follows the
// point where the checksum chain broke: a transaction that was whole is
// lost. What else follows the end is normal: frames of an older generation
// (a log is rewritten from the start after a checkpoint), and the frames
// of a write cut short by a crash, which never include its commit frame.
func walBytesDamaged(b []byte) bool {
	if len(b) < walHeaderSize {
		return true
	}
	be := binary.BigEndian
	magic := be.Uint32(b[0:4])
	if (magic != walMagicLE && magic != walMagicBE) || be.Uint32(b[4:8]) != walVersion {
		return true
	}
	pageSize := int(be.Uint32(b[8:12]))
	if pageSize < 512 || pageSize > 65536 || pageSize&(pageSize-1) != 0 {
		return true
	}
	var order binary.ByteOrder = binary.LittleEndian
	if magic == walMagicBE {
		order = binary.BigEndian
	}
	s0, s1 := walChecksum(order, b[0:24], 0, 0)
	if s0 != be.Uint32(b[24:28]) || s1 != be.Uint32(b[28:32]) {
		return true
	}
	salts := b[16:24]
	frame := walFrameHeaderSize + pageSize
	ended := false
	for off := walHeaderSize; off+frame <= len(b); off += frame {
		h := b[off : off+walFrameHeaderSize]
		current := bytes.Equal(h[8:16], salts)
		if ended {
			if current && be.Uint32(h[4:8]) != 0 {
				return true
			}
			continue
		}
		if !current {
			ended = true
			continue
		}
		s0, s1 = walChecksum(order, h[0:8], s0, s1)
		s0, s1 = walChecksum(order, b[off+walFrameHeaderSize:off+frame], s0, s1)
		if s0 != be.Uint32(h[16:20]) || s1 != be.Uint32(h[20:24]) {
			ended = true
		}
	}
	return false
}

// walChecksum continues SQLite's log checksum over data (a multiple of 8
// bytes), reading 32-bit words in the given byte order.
func walChecksum(order binary.ByteOrder, data []byte, s0, s1 uint32) (uint32, uint32) {
	for i := 0; i+8 <= len(data); i += 8 {
		s0 += order.Uint32(data[i:]) + s1
		s1 += order.Uint32(data[i+4:]) + s0
	}
	return s0, s1
}

// keepDamagedWAL checks the log beside the database at path and, when it
// is damaged, copies it to path-wal.damaged-YYYYMMDD-HHMMSS and returns
// the copy's name. The log itself stays, so that SQLite still recovers the
// answers before the damage. A log that changes between two readings is
// being written by another process, which has already recovered it, and
// is left alone.
func keepDamagedWAL(path string) (string, error) {
	wal := path + "-wal"
	first, err := os.ReadFile(wal)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && (len(first) == 0 || !walBytesDamaged(first))) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	time.Sleep(20 * time.Millisecond)
	second, err := os.ReadFile(wal)
	if err != nil || !bytes.Equal(first, second) {
		return "", err
	}
	target := damagedName(wal)
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", fmt.Errorf("store: keeping a copy of the damaged %s: %w", wal, err)
	}
	_, err = f.Write(first)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(target)
		return "", fmt.Errorf("store: keeping a copy of the damaged %s: %w", wal, err)
	}
	return target, nil
}
