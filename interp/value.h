// interp/value.h — how Go values sit in memory, in VM frames and in the heap alike.
//
// gomi keeps Go's amd64 layout so the VM runs on raw machine words and the heap sees the same
// objects Go would allocate. A VM frame is an array of 8-byte Slots; a value of type T occupies
// T.slots() consecutive slots holding exactly T's in-memory bytes (a struct is its fields at their
// Go offsets, a string is {ptr,len}, ...). Copying a value is copying its bytes.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace gomi {

struct Type;
struct FuncProto;  // compiled function (bytecode.h)

using Slot = std::uint64_t;

// string: 16 bytes. ptr may point into the heap (noscan bytes) or at static data (literals).
struct GoString {
  const std::uint8_t* ptr;
  std::int64_t len;
  std::string_view view() const {
    return {reinterpret_cast<const char*>(ptr), static_cast<std::size_t>(len)};
  }
};

// slice: 24 bytes.
struct GoSlice {
  void* ptr;
  std::int64_t len;
  std::int64_t cap;
};

// interface (empty or not): 16 bytes. `type` is the dynamic type (nullptr for a nil interface).
// `data` holds the value itself when the dynamic type is pointer-shaped (Pointer, Map, Chan,
// Func: see isDirectIface) and otherwise points to a heap copy of the value (boxing), as in Go.
struct GoIface {
  const Type* type;
  void* data;
};

// A func value is one pointer to a Closure: the compiled function followed by the captured
// variables' cells (each a pointer to the heap box of a captured variable). A top-level function
// used as a value points at a static Closure with no captures. A method value (x.M) is a Closure
// whose single capture is the boxed receiver.
struct Closure {
  const FuncProto* fn;
  void* captures[];  // NOLINT: flexible array, length fn->numCaptures
};

static_assert(sizeof(GoString) == 16 && sizeof(GoSlice) == 24 && sizeof(GoIface) == 16);

}  // namespace gomi
