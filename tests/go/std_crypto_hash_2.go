// Every message length from 0 to 300 bytes, written in random pieces, through MD5, SHA-1,
// SHA-224 and SHA-256, with the state marshaled and restored into a fresh hash at a random
// point; one checksum line per hash function and length range.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"hash/crc32"
)

type marshaler interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

var seed uint32 = 2024

func next(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func main() {
	news := []func() hash.Hash{md5.New, sha1.New, sha256.New224, sha256.New}
	names := []string{"md5", "sha1", "sha224", "sha256"}
	for k, mk := range news {
		sum := crc32.NewIEEE()
		for n := 0; n <= 300; n++ {
			msg := make([]byte, n)
			for i := range msg {
				msg[i] = byte(next(256))
			}
			h := mk()
			cut := next(n + 1)
			for i := 0; i < n; {
				if i >= cut && cut >= 0 {
					st, _ := h.(marshaler).MarshalBinary()
					h = mk()
					if err := h.(marshaler).UnmarshalBinary(st); err != nil {
						fmt.Println(err)
					}
					cut = -1
				}
				step := 1 + next(70)
				if i+step > n {
					step = n - i
				}
				h.Write(msg[i : i+step])
				i += step
			}
			got := h.Sum(nil)
			var want []byte
			switch k {
			case 0:
				s := md5.Sum(msg)
				want = s[:]
			case 1:
				s := sha1.Sum(msg)
				want = s[:]
			case 2:
				s := sha256.Sum224(msg)
				want = s[:]
			case 3:
				s := sha256.Sum256(msg)
				want = s[:]
			}
			if string(got) != string(want) {
				fmt.Printf("%s: length %d: streamed %x, one-shot %x\n", names[k], n, got, want)
			}
			sum.Write(got)
			if n%100 == 0 {
				fmt.Printf("%s ..%d: %08x %x\n", names[k], n, sum.Sum32(), got)
			}
		}
	}
}
