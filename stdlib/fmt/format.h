// stdlib/fmt/format.h — fmt's formatting engine (Print, Println, Printf and the %v machinery).
//
// It walks values through their Type (interp/types.h) and raw memory, the way Go's fmt walks
// them through reflect: the same verbs, flags, padding and error strings (%!d(string=x),
// %!(EXTRA ...)), the same map key order (internal/fmtsort) and the same rules for calling
// Error() and String(). The NativeContext is needed for maps and methods; it may be null
// (unit tests), in which case methods are not called and maps print as if empty.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "interp/native.h"
#include "interp/types.h"
#include "interp/value.h"

namespace gomi::stdlib {

struct FmtFlags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  bool plusV = false;   // %+v
  bool sharpV = false;  // %#v
  int wid = 0;
  int prec = 0;
};

// Formats the value of type t stored at `data` with one verb, as Printf would format an operand
// of that dynamic type. For %v/%+v/%#v set f.plusV/f.sharpV rather than f.plus/f.sharp.
void formatValue(std::string& out, const Type* t, const void* data, char verb, const FmtFlags& f,
                 NativeContext* ctx);

// The three print loops. `args` are the operands as interface values.
void sprint(std::string& out, const GoIface* args, std::size_t n, NativeContext* ctx);
void sprintln(std::string& out, const GoIface* args, std::size_t n, NativeContext* ctx);
// wrappedIndex non-null enables %w (fmt.Errorf): it receives the index of the operand that %w
// wrapped, or -1.
void sprintf(std::string& out, std::string_view format, const GoIface* args, std::size_t n,
             NativeContext* ctx, int* wrappedIndex = nullptr);

// fmt's Go helper that calls an Error/String/GoString method under a recover (see fmt.cpp),
// registered by the package's init for the program running on `heap`. Without it methods are
// called through NativeContext::callStringMethodRecover.
void setMethodCaller(const gc::Heap* heap, const Closure* fn);

}  // namespace gomi::stdlib
