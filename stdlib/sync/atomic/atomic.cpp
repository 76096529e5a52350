// stdlib/sync/atomic/atomic.cpp — package sync/atomic, written in Go.
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kAtomicPrelude = R"go(package atomic

// gomi schedules goroutines on one thread and switches only at safe points, none of which
// occur inside these bodies, so plain loads and stores are atomic here.

func AddInt32(addr *int32, delta int32) (new int32)       { *addr += delta; return *addr }
func AddInt64(addr *int64, delta int64) (new int64)       { *addr += delta; return *addr }
func AddUint32(addr *uint32, delta uint32) (new uint32)   { *addr += delta; return *addr }
func AddUint64(addr *uint64, delta uint64) (new uint64)   { *addr += delta; return *addr }
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { *addr += delta; return *addr }

func LoadInt32(addr *int32) int32       { return *addr }
func LoadInt64(addr *int64) int64       { return *addr }
func LoadUint32(addr *uint32) uint32    { return *addr }
func LoadUint64(addr *uint64) uint64    { return *addr }
func LoadUintptr(addr *uintptr) uintptr { return *addr }

func StoreInt32(addr *int32, val int32)       { *addr = val }
func StoreInt64(addr *int64, val int64)       { *addr = val }
func StoreUint32(addr *uint32, val uint32)    { *addr = val }
func StoreUint64(addr *uint64, val uint64)    { *addr = val }
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

func SwapInt32(addr *int32, new int32) (old int32)    { old = *addr; *addr = new; return }
func SwapInt64(addr *int64, new int64) (old int64)    { old = *addr; *addr = new; return }
func SwapUint32(addr *uint32, new uint32) (old uint32) { old = *addr; *addr = new; return }
func SwapUint64(addr *uint64, new uint64) (old uint64) { old = *addr; *addr = new; return }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old = *addr; *addr = new; return }

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// The types have Go 1.19's fields, blank ones included, so that fmt prints them as Go does.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

type align64 struct{}

type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                           { return x.v }
func (x *Int32) Store(val int32)                       { x.v = val }
func (x *Int32) Swap(new int32) (old int32)            { old = x.v; x.v = new; return }
func (x *Int32) Add(delta int32) (new int32)           { x.v += delta; return x.v }
func (x *Int32) CompareAndSwap(old, new int32) bool    { return CompareAndSwapInt32(&x.v, old, new) }

type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64                           { return x.v }
func (x *Int64) Store(val int64)                       { x.v = val }
func (x *Int64) Swap(new int64) (old int64)            { old = x.v; x.v = new; return }
func (x *Int64) Add(delta int64) (new int64)           { x.v += delta; return x.v }
func (x *Int64) CompareAndSwap(old, new int64) bool    { return CompareAndSwapInt64(&x.v, old, new) }

type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                         { return x.v }
func (x *Uint32) Store(val uint32)                     { x.v = val }
func (x *Uint32) Swap(new uint32) (old uint32)         { old = x.v; x.v = new; return }
func (x *Uint32) Add(delta uint32) (new uint32)        { x.v += delta; return x.v }
func (x *Uint32) CompareAndSwap(old, new uint32) bool  { return CompareAndSwapUint32(&x.v, old, new) }

type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64                         { return x.v }
func (x *Uint64) Store(val uint64)                     { x.v = val }
func (x *Uint64) Swap(new uint64) (old uint64)         { old = x.v; x.v = new; return }
func (x *Uint64) Add(delta uint64) (new uint64)        { x.v += delta; return x.v }
func (x *Uint64) CompareAndSwap(old, new uint64) bool  { return CompareAndSwapUint64(&x.v, old, new) }

type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr                          { return x.v }
func (x *Uintptr) Store(val uintptr)                      { x.v = val }
func (x *Uintptr) Swap(new uintptr) (old uintptr)         { old = x.v; x.v = new; return }
func (x *Uintptr) Add(delta uintptr) (new uintptr)        { x.v += delta; return x.v }
func (x *Uintptr) CompareAndSwap(old, new uintptr) bool   { return CompareAndSwapUintptr(&x.v, old, new) }

type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool               { return x.v != 0 }
func (x *Bool) Store(val bool)           { x.v = b32(val) }
func (x *Bool) Swap(new bool) (old bool) { old = x.v != 0; x.v = b32(new); return }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	if x.v == b32(old) {
		x.v = b32(new)
		return true
	}
	return false
}

func sameType(a, b any) bool

// A Value holds values of one consistent dynamic type.
type Value struct{ v any }

func (v *Value) Load() (val any) { return v.v }

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return old
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if !sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
)go";

void nSameType(NativeContext&, const Slot* a, Slot* r) {
  setBool(r, argIface(a).type == argIface(a + 2).type);
}

}  // namespace

StdPackage atomicPackage() {
  return {"sync/atomic", "atomic", kAtomicPrelude, {{"sameType", nSameType}}};
}

}  // namespace gomi::stdlib
