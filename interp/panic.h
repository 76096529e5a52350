// interp/panic.h — how Go panics travel through C++.
//
// A Go panic starts wherever it is detected: in the VM loop (index out of range), in a map
// operation (hash of unhashable type), in a native (NativeContext::panicValue). It travels as a
// C++ exception to the nearest VM execute() loop, which turns it into a runtime panic record and
// runs the deferred calls (vm_panic.cpp). Natives and map code never catch these.
//
//   RuntimeErrorSignal  a runtime error the VM must still turn into a value (that allocates, so
//                       it is done by the catcher, not at the throw site)
//   PanicSignal         panic(v) with a ready interface value
//   RecoverSignal       a deferred call recovered: unwind to the frame that deferred it
//   ExitSignal          leave the program now (os.Exit, unrecovered panic, fatal error)
#pragma once

#include <cstdint>
#include <string>

#include "interp/value.h"

namespace gomi {

// The dynamic type of the value a runtime error panics with (Go's runtime types).
enum class RuntimeErrorKind : std::uint8_t {
  ErrorString,         // runtime.errorString: "runtime error: " + msg
  BoundsError,         // runtime.boundsError: "runtime error: " + msg
  PlainError,          // runtime.plainError: msg as is ("assignment to entry in nil map")
  TypeAssertionError,  // *runtime.TypeAssertionError: msg as is ("interface conversion: ...")
};

struct RuntimeErrorSignal {
  RuntimeErrorKind kind;
  std::string msg;       // without the "runtime error: " prefix
  bool sigsegv = false;  // nil dereference: Go also prints a [signal SIGSEGV ...] line
};

struct PanicSignal {
  GoIface value;
};

struct RecoverSignal {
  std::size_t frame;  // index of the frame whose deferred call recovered
};

struct ExitSignal {
  int code;
};

// runtime.Goexit, after the goroutine's deferred calls ran: unwind to the goroutine's start.
struct GoexitSignal {};

// Messages of runtime.boundsError, formatted as Go formats them.
enum class BoundsCode : std::uint8_t {
  Index,       // "index out of range [x] with length y"
  SliceAlen,   // "slice bounds out of range [:x] with length y"
  SliceAcap,   // "slice bounds out of range [:x] with capacity y"
  SliceB,      // "slice bounds out of range [x:y]"
  Slice3Alen,  // "slice bounds out of range [::x] with length y"
  Slice3Acap,  // "slice bounds out of range [::x] with capacity y"
  Slice3B,     // "slice bounds out of range [:x:y]"
  Slice3C,     // "slice bounds out of range [x:y:]"
};
std::string boundsMessage(BoundsCode code, std::int64_t x, std::int64_t y);

[[noreturn]] void throwBounds(BoundsCode code, std::int64_t x, std::int64_t y);
[[noreturn]] void throwRuntimeError(const std::string& msg);  // ErrorString
[[noreturn]] void throwPlainError(const std::string& msg);
[[noreturn]] void throwNilDeref();
[[noreturn]] void throwDivideByZero();

}  // namespace gomi
