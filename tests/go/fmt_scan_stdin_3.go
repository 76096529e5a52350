package main

// fmt.Fscan through a bufio.Reader into every integer type, with numbers crossing the reader's
// 16-byte buffer boundaries, signs, zeros, prefixes, overflow and junk, and the reader's
// position checked with ReadByte/UnreadByte/ReadRune after each call.
import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	rd := bufio.NewReaderSize(os.Stdin, 16)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var (
		i   int
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		u   uint
		u8  uint8
		u16 uint16
		u32 uint32
		u64 uint64
	)
	targets := []any{&i, &i8, &i16, &i32, &i64, &u, &u8, &u16, &u32, &u64}
	for k := 0; ; k++ {
		t := targets[k%len(targets)]
		n, err := fmt.Fscan(rd, t)
		var v any
		switch p := t.(type) {
		case *int:
			v = *p
		case *int8:
			v = *p
		case *int16:
			v = *p
		case *int32:
			v = *p
		case *int64:
			v = *p
		case *uint:
			v = *p
		case *uint8:
			v = *p
		case *uint16:
			v = *p
		case *uint32:
			v = *p
		case *uint64:
			v = *p
		}
		fmt.Fprintf(out, "%d %T %v %d %v", k, t, v, n, err)
		if k%3 == 0 {
			if err := rd.UnreadByte(); err != nil {
				fmt.Fprintf(out, " unread: %v", err)
			}
		}
		if k%4 == 0 {
			r, size, err := rd.ReadRune()
			fmt.Fprintf(out, " next %q %d %v", r, size, err)
			if err == nil {
				rd.UnreadRune()
			}
		}
		fmt.Fprintln(out)
		if err == io.EOF {
			break
		}
		if err != nil {
			// Skip the offending rune.
			rd.ReadRune()
		}
	}
}
