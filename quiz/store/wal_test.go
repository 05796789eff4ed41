package store

import (
	"bytes"
	"encoding/binary"
	"httpcodes/quiz"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

// liveCopy records n answers and copies the database and its log while
// the store is still open, as a killed process would leave them. It
// returns the copy's directory and the log's bytes.
func liveCopy(t *testing.T, n int) (string, []byte) {
	t.Helper()
	s := openTemp(t, fsrs.Default())
	for i := range n {
		if _, err := s.Record(quiz.Answer{CardID: strconv.Itoa(200 + i), Kind: "code", Correct: true, At: t0.Add(time.Duration(i) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(s.Path() + suffix)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, FileName+suffix), b)
	}
	wal, _ := os.ReadFile(filepath.Join(dir, FileName+"-wal"))
	return dir, wal
}

func walFrames(t *testing.T, wal []byte) (frameSize, frames int) {
	t.Helper()
	frameSize = walFrameHeaderSize + int(binary.BigEndian.Uint32(wal[8:12]))
	frames = (len(wal) - walHeaderSize) / frameSize
	if frames < 10 {
		t.Fatalf("only %d frames in the log", frames)
	}
	return frameSize, frames
}

var walCopyName = regexp.MustCompile(`/progress\.db-wal\.damaged-\d{8}-\d{6}(-\d+)?$`)

// TestDamagedWALKept: bytes damaged in the middle of the log. SQLite keeps
// the answers before the damage and drops the rest; the damaged log is
// copied first, byte for byte, and the learner is told where.
func TestDamagedWALKept(t *testing.T) {
	const n = 12
	dir, wal := liveCopy(t, n)
	frameSize, frames := walFrames(t, wal)
	damaged := bytes.Clone(wal)
	mid := walHeaderSize + (frames/2)*frameSize + walFrameHeaderSize + 100
	for i := range 200 {
		damaged[mid+i] ^= 0x5a
	}
	write(t, filepath.Join(dir, FileName+"-wal"), damaged)

	s, notice, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if notice.MovedAside != "" || !walCopyName.MatchString(notice.WALKept) {
		t.Fatalf("notice %+v, want the log kept and the database left in place", notice)
	}
	if kept, err := os.ReadFile(notice.WALKept); err != nil || !bytes.Equal(kept, damaged) {
		t.Fatalf("the kept log is not the damaged one: %v", err)
	}
	got := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews`)
	if got == 0 || got >= n {
		t.Fatalf("%d answers after recovery; want those before the damage (0 < n < %d)", got, n)
	}
	checkConsistent(t, s, got)
}

// TestSoundWALNotKept: a log left by a killed process, whole or with its
// last frame torn, is recovered by SQLite as it is, with no notice.
func TestSoundWALNotKept(t *testing.T) {
	const n = 12
	dir, wal := liveCopy(t, n)
	frameSize, _ := walFrames(t, wal)
	for _, tc := range []struct {
		name string
		wal  []byte
		want int
	}{
		{"whole", wal, n},
		{"last frame torn", wal[:len(wal)-frameSize/2], n - 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := t.TempDir()
			db, _ := os.ReadFile(filepath.Join(dir, FileName))
			write(t, filepath.Join(d, FileName), db)
			write(t, filepath.Join(d, FileName+"-wal"), tc.wal)
			s, notice, err := Open(d, fsrs.Default())
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if notice != (Notice{}) {
				t.Fatalf("notice %+v for a sound log", notice)
			}
			if got := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews`); got != tc.want {
				t.Fatalf("%d answers, want %d", got, tc.want)
			}
		})
	}
}

func TestWALBytesDamaged(t *testing.T) {
	_, wal := liveCopy(t, 12)
	frameSize, frames := walFrames(t, wal)
	if walBytesDamaged(wal) {
		t.Fatal("a sound log reads as damaged")
	}
	// A log rewritten after a checkpoint: new salts in the header, and the
	// frames after the new ones still carry the old salts. Not damage.
	restarted := bytes.Clone(wal)
	binary.BigEndian.PutUint32(restarted[16:20], binary.BigEndian.Uint32(wal[16:20])+1)
	s0, s1 := walChecksum(binary.LittleEndian, restarted[0:24], 0, 0)
	if binary.BigEndian.Uint32(wal[0:4]) == walMagicBE {
		s0, s1 = walChecksum(binary.BigEndian, restarted[0:24], 0, 0)
	}
	binary.BigEndian.PutUint32(restarted[24:28], s0)
	binary.BigEndian.PutUint32(restarted[28:32], s1)
	if walBytesDamaged(restarted) {
		t.Error("a log whose frames are all of an older generation reads as damaged")
	}
	for name, damage := range map[string]func([]byte){
		"header garbage":  func(b []byte) { copy(b, "not a write-ahead log at all, no") },
		"header checksum": func(b []byte) { b[27] ^= 1 },
		"a page's bytes":  func(b []byte) { b[walHeaderSize+3*frameSize+walFrameHeaderSize+9] ^= 1 },
		"a frame's salt":  func(b []byte) { b[walHeaderSize+3*frameSize+8] ^= 1 },
		"too short":       nil,
	} {
		b := bytes.Clone(wal)
		if damage == nil {
			b = b[:walHeaderSize-1]
		} else {
			damage(b)
		}
		if !walBytesDamaged(b) {
			t.Errorf("%s: damage not seen (%d frames)", name, frames)
		}
	}
}

// TestWALCutShortWriteIsNotDamage: a write cut short by a crash leaves
// frames of the current generation after the end, but never its commit
// frame: that is normal. The same frames followed by their commit frame
// are damage (a whole transaction would be lost).
func TestWALCutShortWriteIsNotDamage(t *testing.T) {
	_, wal := liveCopy(t, 12)
	frameSize, frames := walFrames(t, wal)
	at := func(i int) int { return walHeaderSize + i*frameSize }
	var commits []int
	for i := range frames {
		if binary.BigEndian.Uint32(wal[at(i)+4:at(i)+8]) != 0 {
			commits = append(commits, i)
		}
	}
	if len(commits) < 2 {
		t.Fatalf("%d commit frames", len(commits))
	}
	last, prev := commits[len(commits)-1], commits[len(commits)-2]
	if last-prev < 3 {
		t.Fatalf("the last transaction has %d frames; the test needs 3 or more", last-prev)
	}
	broken := bytes.Clone(wal)
	broken[at(prev+1)+walFrameHeaderSize+7] ^= 1 // the chain breaks at the last transaction's first frame
	if walBytesDamaged(broken[:at(last)]) {
		t.Error("a transaction cut short before its commit frame reads as damage")
	}
	if !walBytesDamaged(broken) {
		t.Error("a whole transaction after the break does not read as damage")
	}
}
