// stdlib/runtime/debug/debug.cpp — package runtime/debug: the collector's knobs.
#include "runtime/runtime.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/packages.h"

namespace gomi::stdlib {

namespace {

constexpr std::string_view kDebugPrelude = R"go(package debug

import "runtime"

func SetGCPercent(percent int) int
func FreeOSMemory()

// Stack returns the calling goroutine's traceback, formatted as runtime.Stack formats it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack writes Stack() to standard error.
func PrintStack() {
	print(string(Stack()))
}
)go";

void nSetGCPercent(NativeContext& ctx, const Slot* a, Slot* r) {
  // Go reports any negative setting (GC off) back as -1.
  int old = ctx.runtime().heap().setGCPercent(static_cast<int>(argInt(a)));
  setInt(r, old < 0 ? -1 : old);
}
void nFreeOSMemory(NativeContext& ctx, const Slot*, Slot*) {
  ctx.runtime().heap().freeOSMemory();
  ctx.runtime().stacks().trim(0);
}

}  // namespace

StdPackage debugPackage() {
  return {"runtime/debug",
          "debug",
          kDebugPrelude,
          {{"SetGCPercent", nSetGCPercent}, {"FreeOSMemory", nFreeOSMemory}}};
}

}  // namespace gomi::stdlib
