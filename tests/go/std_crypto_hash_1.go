package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"strings"
)

type marshaler interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

func main() {
	inputs := []string{"", "a", "abc", "message digest", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		strings.Repeat("0123456789", 8), strings.Repeat("x", 55), strings.Repeat("x", 56), strings.Repeat("x", 63),
		strings.Repeat("x", 64), strings.Repeat("x", 65), strings.Repeat("\xff", 1000)}
	for _, s := range inputs {
		b := []byte(s)
		label := s
		if len(label) > 10 {
			label = fmt.Sprintf("%s...(%d)", label[:10], len(s))
		}
		fmt.Printf("%q\n  md5    %x\n  sha1   %x\n  sha224 %x\n  sha256 %x\n", label, md5.Sum(b), sha1.Sum(b), sha256.Sum224(b), sha256.Sum256(b))
	}
	fmt.Println(md5.Size, md5.BlockSize, sha1.Size, sha1.BlockSize, sha256.Size, sha256.Size224, sha256.BlockSize)

	hs := []hash.Hash{md5.New(), sha1.New(), sha256.New224(), sha256.New()}
	for _, h := range hs {
		// Incremental writes of odd sizes, Sum in the middle.
		for i := 0; i < 50; i++ {
			io.WriteString(h, strings.Repeat("q", i))
			if i == 20 {
				fmt.Printf("%T mid %x\n", h, h.Sum([]byte{0xaa}))
			}
		}
		fmt.Printf("%T size=%d block=%d %x\n", h, h.Size(), h.BlockSize(), h.Sum(nil))
		m := h.(marshaler)
		st, err := m.MarshalBinary()
		fmt.Printf("  state %d %d %v %x\n", len(st), cap(st), err, st[:12])
		h.Reset()
		fmt.Printf("  reset %x\n", h.Sum(nil))
		fmt.Println("  ", m.UnmarshalBinary(st))
		fmt.Printf("  restored %x\n", h.Sum(nil))
		h.Write([]byte("more"))
		fmt.Printf("  more %x\n", h.Sum(nil))
		fmt.Println("  ", m.UnmarshalBinary(st[:len(st)-1]))
		fmt.Println("  ", m.UnmarshalBinary([]byte("xyz")))
		fmt.Println("  ", m.UnmarshalBinary(append([]byte("sha\x09"), st[4:]...)))
	}
	// SHA-224 and SHA-256 states do not mix.
	st, _ := sha256.New224().(marshaler).MarshalBinary()
	fmt.Println(sha256.New().(marshaler).UnmarshalBinary(st))
	st, _ = sha1.New().(marshaler).MarshalBinary()
	fmt.Println(sha256.New().(marshaler).UnmarshalBinary(st))
	type cts interface{ ConstantTimeSum([]byte) []byte }
	h := sha1.New()
	h.Write([]byte("constant"))
	fmt.Printf("%x %x\n", h.(cts).ConstantTimeSum([]byte{1}), h.Sum(nil))

	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 13)
	}
	fmt.Printf("%x\n%x\n%x\n", md5.Sum(big), sha1.Sum(big), sha256.Sum256(big))
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%T %d %x\n", sum, len(sum), sum[:4])
}
