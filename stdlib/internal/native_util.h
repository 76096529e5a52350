// stdlib/internal/native_util.h — reading arguments and writing results of natives.
//
// Natives see their parameters as consecutive 8-byte slots holding Go's memory layout (see
// interp/native.h). These helpers name the common shapes so natives read like their Go
// signatures instead of pointer arithmetic.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "interp/native.h"
#include "interp/types.h"
#include "interp/value.h"

namespace gomi::stdlib {

template <class T>
inline T load(const Slot* s) {
  T v;
  std::memcpy(&v, s, sizeof(T));
  return v;
}

// Stores v into as many slots as T needs, zeroing the slack so frames stay deterministic.
template <class T>
inline void store(Slot* s, const T& v) {
  constexpr std::size_t n = (sizeof(T) + 7) / 8;
  std::memset(s, 0, n * 8);
  std::memcpy(s, &v, sizeof(T));
}

inline std::int64_t argInt(const Slot* a) {
  return load<std::int64_t>(a);
}
inline double argFloat(const Slot* a) {
  return load<double>(a);
}
inline bool argBool(const Slot* a) {
  return (load<std::uint64_t>(a) & 0xff) != 0;
}
inline std::string_view argStr(const Slot* a) {
  return load<GoString>(a).view();
}
inline GoSlice argSlice(const Slot* a) {
  return load<GoSlice>(a);
}
inline GoIface argIface(const Slot* a) {
  return load<GoIface>(a);
}

inline void setInt(Slot* r, std::int64_t v) {
  store(r, v);
}
inline void setFloat(Slot* r, double v) {
  store(r, v);
}
inline void setBool(Slot* r, bool v) {
  *r = v ? 1 : 0;
}
inline void setStr(Slot* r, GoString s) {
  store(r, s);
}
inline void setNilIface(Slot* r) {
  store(r, GoIface{nullptr, nullptr});
}

// A substring of a Go string argument shares its bytes (strings are immutable), so returning
// one needs no allocation.
inline GoString subString(GoString s, std::int64_t from, std::int64_t to) {
  if (from == to) return GoString{nullptr, 0};
  return GoString{s.ptr + from, to - from};
}

// Go keeps pointer-shaped values (pointers, maps, chans, funcs) directly in an interface's data
// word; every other dynamic type is boxed and the word points at the box.
inline bool isDirectIface(const Type* t) {
  switch (t->kind) {
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

// Address of the value an interface holds, whatever its boxing.
inline const void* ifaceValue(const GoIface& v) {
  if (v.type == nullptr) return nullptr;
  return isDirectIface(v.type) ? static_cast<const void*>(&v.data) : v.data;
}

// The iface that holds the value stored at `data` (a copy's address would do as well: natives
// only read through it while the original stays reachable).
inline GoIface ifaceOf(const Type* t, const void* data) {
  if (isDirectIface(t)) {
    void* p;
    std::memcpy(&p, data, sizeof p);
    return GoIface{t, p};
  }
  return GoIface{t, const_cast<void*>(data)};
}

}  // namespace gomi::stdlib
