package main

import (
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"strings"
)

type marshaler interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

func main() {
	inputs := []string{"", "a", "foobar", "hello, world", strings.Repeat("xyz", 1000), "\x00\xff\x80"}
	for _, s := range inputs {
		h32, h32a, h64, h64a := fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a()
		h128, h128a := fnv.New128(), fnv.New128a()
		for _, h := range []io.Writer{h32, h32a, h64, h64a, h128, h128a} {
			n, err := h.Write([]byte(s))
			if n != len(s) || err != nil {
				fmt.Println("bad write", n, err)
			}
		}
		label := s
		if len(label) > 12 {
			label = label[:12] + "..."
		}
		fmt.Printf("%q: %08x %08x %016x %016x\n", label, h32.Sum32(), h32a.Sum32(), h64.Sum64(), h64a.Sum64())
		fmt.Printf("  %x %x\n", h128.Sum(nil), h128a.Sum(nil))
		fmt.Printf("  %x %x %v\n", h32.Sum([]byte{1, 2}), h64a.Sum(nil), h32a.Sum(nil))
	}

	// Incremental writes give the same result as one write.
	h := fnv.New64a()
	io.WriteString(h, "hello, ")
	io.WriteString(h, "world")
	fmt.Println(h.Sum64())
	h.Reset()
	fmt.Println(h.Sum64())
	fmt.Fprintf(h, "%d-%s", 42, "x")
	fmt.Println(h.Sum64())

	all := []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a()}
	for _, h := range all {
		h.Write([]byte("state"))
		fmt.Printf("%T size=%d block=%d\n", h, h.Size(), h.BlockSize())
		m := h.(marshaler)
		b, err := m.MarshalBinary()
		fmt.Printf("  %q %v len=%d cap=%d\n", b, err, len(b), cap(b))
		h.Reset()
		fmt.Printf("  reset %x\n", h.Sum(nil))
		fmt.Println("  ", m.UnmarshalBinary(b))
		fmt.Printf("  restored %x\n", h.Sum(nil))
		fmt.Println("  ", m.UnmarshalBinary(b[:len(b)-1]))
		fmt.Println("  ", m.UnmarshalBinary([]byte("fnv")))
		fmt.Println("  ", m.UnmarshalBinary([]byte("fnv\x09abcd")))
		if _, ok := h.(hash.Hash32); ok {
			fmt.Println("   is Hash32")
		}
		if _, ok := h.(hash.Hash64); ok {
			fmt.Println("   is Hash64")
		}
	}

	// A simple hash-based bucket assignment.
	buckets := make([]int, 7)
	for i := 0; i < 1000; i++ {
		h := fnv.New32a()
		fmt.Fprintf(h, "key%d", i)
		buckets[h.Sum32()%7]++
	}
	fmt.Println(buckets)
}
