package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

func main() {
	b := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9}
	fmt.Println(binary.BigEndian.Uint16(b), binary.LittleEndian.Uint16(b))
	fmt.Println(binary.BigEndian.Uint32(b), binary.LittleEndian.Uint32(b))
	fmt.Println(binary.BigEndian.Uint64(b), binary.LittleEndian.Uint64(b))
	fmt.Println(binary.BigEndian.Uint64(b[1:]), binary.LittleEndian.Uint64(b[1:]))
	buf := make([]byte, 8)
	binary.BigEndian.PutUint16(buf, 0xabcd)
	fmt.Println(buf)
	binary.LittleEndian.PutUint16(buf[2:], 0xabcd)
	fmt.Println(buf)
	binary.BigEndian.PutUint32(buf, 0xdeadbeef)
	fmt.Println(buf)
	binary.LittleEndian.PutUint32(buf[4:], 0xdeadbeef)
	fmt.Println(buf)
	binary.BigEndian.PutUint64(buf, math.Float64bits(3.5))
	fmt.Println(buf, math.Float64frombits(binary.BigEndian.Uint64(buf)))
	binary.LittleEndian.PutUint64(buf, math.MaxUint64-1)
	fmt.Println(buf)
	var a []byte
	a = binary.BigEndian.AppendUint16(a, 0x0102)
	a = binary.LittleEndian.AppendUint16(a, 0x0102)
	a = binary.BigEndian.AppendUint32(a, 0x01020304)
	a = binary.LittleEndian.AppendUint32(a, 0x01020304)
	a = binary.BigEndian.AppendUint64(a, 0x0102030405060708)
	a = binary.LittleEndian.AppendUint64(a, 0x0102030405060708)
	fmt.Println(a)
	fmt.Println(binary.BigEndian, binary.LittleEndian)
	var orders = []binary.ByteOrder{binary.BigEndian, binary.LittleEndian}
	for _, o := range orders {
		fmt.Println(o.String(), o.Uint32([]byte{0, 0, 1, 0}))
		if ao, ok := o.(binary.AppendByteOrder); ok {
			fmt.Println(ao.AppendUint32(nil, 7))
		}
	}
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)

	uvals := []uint64{0, 1, 127, 128, 255, 300, 16383, 16384, 1 << 32, math.MaxUint64 >> 1, math.MaxUint64}
	for _, v := range uvals {
		vb := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(vb, v)
		x, m := binary.Uvarint(vb[:n])
		ap := binary.AppendUvarint([]byte{0xee}, v)
		rx, err := binary.ReadUvarint(bytes.NewReader(vb[:n]))
		fmt.Println(v, n, vb[:n], x, m, ap, rx, err)
	}
	ivals := []int64{0, 1, -1, 63, -64, 64, -65, math.MaxInt64, math.MinInt64, 1000000, -1000000}
	for _, v := range ivals {
		vb := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(vb, v)
		x, m := binary.Varint(vb[:n])
		ap := binary.AppendVarint(nil, v)
		rx, err := binary.ReadVarint(bytes.NewReader(vb[:n]))
		fmt.Println(v, n, vb[:n], x, m, ap, rx, err)
	}
	bad := [][]byte{
		nil, {0x80}, {0xff, 0xff}, {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80},
	}
	for _, bb := range bad {
		x, n := binary.Uvarint(bb)
		y, m := binary.Varint(bb)
		rx, err := binary.ReadUvarint(bytes.NewReader(bb))
		ry, err2 := binary.ReadVarint(bytes.NewReader(bb))
		fmt.Println(bb, x, n, y, m, rx, err, ry, err2, err == io.EOF, err == io.ErrUnexpectedEOF)
	}
	// Several varints in a row.
	var stream []byte
	for i := int64(-3); i <= 3; i++ {
		stream = binary.AppendVarint(stream, i*1000)
	}
	for len(stream) > 0 {
		v, n := binary.Varint(stream)
		fmt.Print(v, " ")
		stream = stream[n:]
	}
	fmt.Println()

	for _, f := range []func(){
		func() { binary.BigEndian.Uint32([]byte{1, 2}) },
		func() { binary.LittleEndian.PutUint64(make([]byte, 7), 1) },
		func() { binary.BigEndian.Uint16(nil) },
		func() { binary.PutUvarint(make([]byte, 1), 1000) },
		func() { binary.PutVarint(nil, 1) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
