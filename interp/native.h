// interp/native.h — how C++ code (stdlib/ natives) meets the VM.
//
// A standard package is Go source (its "prelude") plus C++ natives. Functions in the prelude
// without a body are natives: the checker types them from their Go signature, and the VM calls
// the C++ function registered under "pkgpath.Name" (methods: "pkgpath.Type.Name").
//
// Calling convention: the arguments arrive in consecutive slots laid out as the parameter list
// (each parameter occupies type->slots() slots in Go memory layout; a variadic parameter is one
// slice, 3 slots; a method's receiver comes first). The native writes its results the same way
// into `results` (which never aliases `args`). Natives run on the goroutine's own stack: they
// must not keep heap pointers in C++ locals across a call that can allocate unless those values
// are also reachable from `args` (which the VM keeps alive for the duration of the call).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "gc/heap.h"
#include "interp/types.h"
#include "interp/value.h"

namespace gomi {

namespace rt {
class Runtime;
}

class NativeContext;
using NativeFn = void (*)(NativeContext& ctx, const Slot* args, Slot* results);

class NativeContext {
 public:
  virtual ~NativeContext() = default;

  virtual gc::Heap& heap() = 0;
  virtual TypeTable& types() = 0;

  // A new heap string holding a copy of `s` (or the empty string without allocating).
  virtual GoString newString(std::string_view s) = 0;
  // A new zeroed slice of `elem` with the given length and capacity.
  virtual GoSlice newSlice(const Type* elem, std::int64_t len, std::int64_t cap) = 0;
  // Box a value of type `t` (bytes at `value`) into an interface, as the VM does.
  virtual GoIface makeIface(const Type* t, const void* value) = 0;

  // Go panics. They unwind through the native (a C++ exception) to the VM, which runs deferred
  // calls; never catch them in a native.
  // panic(runtime.Error): printed "panic: runtime error: <msg>".
  [[noreturn]] virtual void panicRuntimeError(const std::string& msg) = 0;
  // panic(v) with an arbitrary interface value.
  [[noreturn]] virtual void panicValue(GoIface v) = 0;
  // os.Exit: flush output, exit the process without running deferred calls.
  [[noreturn]] virtual void exit(int code) = 0;

  // Call a Go func value. `args`/`results` are laid out as for natives.
  virtual void call(const Closure* fn, const Slot* args, Slot* results) = 0;
  // Call method `name` of a value of dynamic type `t` (for fmt's Stringer/Error). Returns false
  // when t has no such method. The method must take no arguments and return one string.
  virtual bool callStringMethod(GoIface v, const char* name, GoString* out) = 0;
  // Like callStringMethod, but a panic raised inside the method is recovered: *panicked is set
  // and *panicValue receives the panic value (fmt prints it as %!v(PANIC=String method: ...),
  // or <nil> for a nil pointer receiver). The default cannot recover and lets the panic unwind.
  virtual bool callStringMethodRecover(GoIface v, const char* name, GoString* out, bool* panicked,
                                       GoIface* panicValue) {
    *panicked = false;
    *panicValue = GoIface{nullptr, nullptr};
    return callStringMethod(v, name, out);
  }

  // Maps (the VM owns their representation).
  virtual std::int64_t mapLen(const void* map) = 0;
  virtual void mapForEach(const void* map, const Type* mapType,
                          const std::function<void(const void* key, const void* value)>& f) = 0;

  // Process-level facts.
  virtual void writeStdout(std::string_view s) = 0;
  virtual void writeStderr(std::string_view s) = 0;
  virtual const std::vector<std::string>& args() = 0;  // os.Args

  // Goroutines and the runtime (packages runtime, sync, time). The VM implements all of them;
  // the defaults serve contexts without a scheduler (unit tests of natives).
  virtual rt::Runtime& runtime() { std::abort(); }
  // An unrecoverable runtime failure: "fatal error: msg", a goroutine dump, exit status 2.
  [[noreturn]] virtual void fatal(const std::string& msg) {
    writeStderr("fatal error: " + msg + "\n");
    std::_Exit(2);
  }
  // runtime.Goexit: runs the calling goroutine's deferred calls, then ends it.
  virtual void goexit() { std::abort(); }
  // time.AfterFunc: at `when` (Scheduler::nanotime), a new goroutine runs f(). Returns the
  // timer's id (Scheduler::stopTimer). The closure stays reachable while the timer is pending.
  virtual std::uint64_t startFuncTimer(std::int64_t /*when*/, const Closure* /*f*/) {
    std::abort();
  }
  // runtime.SetFinalizer, with Go's argument checks (a nil finalizer clears).
  virtual void setFinalizer(GoIface /*obj*/, GoIface /*finalizer*/) { std::abort(); }
  // runtime.GC: a full collection, then the finalizer goroutine is woken if finalizers are ready.
  virtual void collectGarbage() { heap().collect(); }
  // runtime.NumGoroutine: user goroutines only (not the finalizer goroutine).
  virtual std::int64_t numGoroutine() { return 1; }

  // Stack introspection (runtime.Callers, FuncForPC, Stack). A pc is an opaque uintptr the VM
  // maps back to a function and an instruction; only the VM makes them.
  // The return pcs of the calling goroutine's frames, innermost first, skipping `skip` frames
  // (0: the Go function that called the native). Writes at most n; returns how many.
  virtual std::int64_t callers(std::int64_t /*skip*/, std::uint64_t* /*pcs*/, std::int64_t /*n*/) {
    return 0;
  }
  struct PcInfo {
    std::string name;  // Go's name: "main.f", "main.(*T).M", "main.main.func1"
    std::string file;  // absolute source path
    std::int64_t line = 0;
    std::uint64_t entry = 0;  // the pc of the function's first instruction
  };
  // The function holding pc and the line of that pc; false when pc is in no function.
  virtual bool pcInfo(std::uint64_t /*pc*/, PcInfo* /*out*/) { return false; }
  // runtime.Stack: Go's traceback text of the calling goroutine without its innermost `skip`
  // frames (0: the Go function that called the native), then every other goroutine's when all.
  virtual std::string stackTrace(std::int64_t /*skip*/, bool /*all*/) { return ""; }
};

struct NativeFunc {
  std::string name;  // "Println", or "Builder.WriteString" for a method of a prelude type
  NativeFn fn;
};

struct StdPackage {
  std::string path;         // import path: "fmt", "unicode/utf8"
  std::string name;         // package name: "fmt", "utf8"
  std::string_view source;  // the Go prelude (package clause included)
  std::vector<NativeFunc> natives;
  // A larger prelude used instead of `source` only when the program's file contains
  // `fullTrigger` (fmt's scanning family: ~600 lines that would add ~15 ms to every program's
  // start). The trigger must be part of every name through which the extra code can be
  // reached, so that a program which does not contain it cannot tell the difference.
  std::string_view fullSource = {};
  std::string_view fullTrigger = {};
};

// The set of importable packages. stdlib/ fills one; the checker and VM read it.
class PackageRegistry {
 public:
  void add(StdPackage p) { packages_.push_back(std::move(p)); }
  const StdPackage* find(std::string_view path) const {
    for (const auto& p : packages_)
      if (p.path == path) return &p;
    return nullptr;
  }
  const std::vector<StdPackage>& all() const { return packages_; }

 private:
  std::vector<StdPackage> packages_;
};

}  // namespace gomi
