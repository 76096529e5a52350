package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"strings"
)

type marshaler interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

func main() {
	inputs := []string{"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", strings.Repeat("\xff", 10000)}
	cast := crc32.MakeTable(crc32.Castagnoli)
	koop := crc32.MakeTable(crc32.Koopman)
	for _, s := range inputs {
		b := []byte(s)
		fmt.Printf("%08x %08x %08x %08x %08x\n", crc32.ChecksumIEEE(b), crc32.Checksum(b, crc32.IEEETable),
			crc32.Checksum(b, cast), crc32.Checksum(b, koop), adler32.Checksum(b))
	}
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == cast,
		crc32.MakeTable(crc32.Koopman) == koop)
	fmt.Println(crc32.IEEETable[1], crc32.IEEETable[255], cast[128], koop[7])
	fmt.Println(crc32.Size, crc32.IEEE, crc32.Castagnoli, crc32.Koopman, adler32.Size)
	custom := crc32.MakeTable(0x04c11db7)
	fmt.Printf("%08x\n", crc32.Checksum([]byte("123456789"), custom))

	// Update continues a checksum.
	c := crc32.Update(0, crc32.IEEETable, []byte("hello, "))
	c = crc32.Update(c, crc32.IEEETable, []byte("world"))
	fmt.Println(c == crc32.ChecksumIEEE([]byte("hello, world")), c)
	fmt.Println(crc32.Update(0xdeadbeef, cast, nil))

	hs := []hash.Hash32{crc32.NewIEEE(), crc32.New(cast), crc32.New(koop), adler32.New()}
	for _, h := range hs {
		fmt.Fprintf(h, "hello %d", 12345)
		fmt.Printf("%T %08x %x size=%d block=%d\n", h, h.Sum32(), h.Sum([]byte("prefix")), h.Size(), h.BlockSize())
		m := h.(marshaler)
		st, err := m.MarshalBinary()
		fmt.Printf("  %q %v %d %d\n", st, err, len(st), cap(st))
		h.Reset()
		fmt.Printf("  reset %08x\n", h.Sum32())
		fmt.Println("  ", m.UnmarshalBinary(st), h.Sum32())
		fmt.Println("  ", m.UnmarshalBinary(st[:5]))
		fmt.Println("  ", m.UnmarshalBinary([]byte("xyz\x01abcdabcd")))
	}
	// States of different tables do not mix.
	a := crc32.NewIEEE()
	a.Write([]byte("x"))
	st, _ := a.(marshaler).MarshalBinary()
	fmt.Println(crc32.New(cast).(marshaler).UnmarshalBinary(st))

	// Adler-32 over more than one reduction block.
	big := make([]byte, 20000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Println(adler32.Checksum(big), crc32.ChecksumIEEE(big))
	ad := adler32.New()
	ad.(marshaler).UnmarshalBinary([]byte("adl\x01\xff\xff\xff\xff"))
	fmt.Println(ad.Sum32())
	ad.Write(nil)
	fmt.Println(ad.Sum32())
	ad.Write(big)
	fmt.Println(ad.Sum32())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		h := crc32.New(nil)
		h.Write([]byte("x"))
	}()
}
