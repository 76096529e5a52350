// interp/vm.h — the virtual machine that runs a CompiledProgram.
//
// State is split like Go's runtime: one Machine per program (globals, method tables, the heap
// through rt::Runtime, the NativeContext natives see) and one Goroutine per goroutine (its VM
// stack, frame records, deferred calls and panics). Nothing is global.
//
// The VM stack is a list of segments of Slots. A call's frame starts at the caller's call window
// (bytecode.h) when it fits in the current segment; otherwise the VM opens the next segment
// (twice as large), copies the arguments there and copies the results back on return. Frames
// therefore never move while they live, which keeps natives' `args` pointers valid across
// callbacks into Go code; Go code itself never points into a VM stack.
//
// Go->Go calls do not recurse in C++: one execute() loop runs frames until the frame it was
// entered with returns. C++ recursion happens only where C++ calls Go: the program entry,
// NativeContext::call, and running deferred calls. Panics travel as C++ exceptions (panic.h) to
// the innermost execute(), which runs deferred calls Go's way (vm_panic.cpp).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "interp/bytecode.h"
#include "interp/gomap.h"
#include "interp/native.h"
#include "interp/panic.h"
#include "runtime/runtime.h"

namespace gomi::vm {

enum FrameFlags : std::uint32_t {
  kEntryFrame = 1,  // execute() returns to C++ when this frame returns
  kSplitFrame = 2,  // first frame of a stack segment: results are copied back to retTo
  kPanicDefer = 4,  // a deferred call run by a panic: recover() may stop that panic
};

struct Frame {
  const FuncProto* fn;
  Slot* base;
  const Instr* pc;  // one word past the start of the instruction executing (or being called)
  const Closure* closure;
  Slot* retTo;  // kSplitFrame: the caller's call window
  std::uint32_t flags;
};

struct Defer {
  const FuncProto* fn = nullptr;     // nullptr: a nil func value (panics when run)
  const Closure* closure = nullptr;  // the func value for DEFERC
  std::vector<Slot> args;
  std::size_t frame = 0;  // index of the deferring frame
  bool started = false;
  struct Panic* panic = nullptr;  // the panic that started it
};

struct Panic {
  GoIface value{nullptr, nullptr};
  bool recovered = false;
  bool aborted = false;
  bool sigsegv = false;
  std::size_t deferFrame = SIZE_MAX;  // frame index of the deferred call it is running
};

struct StackSegment {
  std::unique_ptr<Slot[]> mem;
  std::size_t size = 0;  // slots
};

struct Goroutine {
  std::int64_t id = 1;
  std::vector<StackSegment> segments;
  std::size_t seg = 0;    // current segment
  Slot* limit = nullptr;  // end of the current segment
  std::vector<Frame> frames;
  std::vector<Defer> defers;
  std::vector<std::unique_ptr<Panic>> panics;  // innermost last
  std::string printBuf;                        // builtin print output until PRINT_END
  std::size_t totalSlots = 0;                  // for the stack limit
  rt::G* rtg = nullptr;   // the scheduler's goroutine (nullptr outside the scheduler)
  std::string createdBy;  // "created by f\n\tfile:line +0x..\n" (empty for main)
  bool system = false;    // a runtime goroutine (finalizers): not in deadlock dumps
  std::size_t index = 0;  // position in Machine::goroutines_

  explicit Goroutine(std::size_t firstSegmentSlots = 16 * 1024);
};

class Machine final : public NativeContext, public gc::RootSource {
 public:
  Machine(rt::Runtime& runtime, TypeTable& types, CompiledProgram& program,
          std::vector<std::string> args);
  ~Machine() override;
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  // Runs the program's entry function. Returns the exit status: 0, 2 after an unrecovered
  // panic or fatal error, or the code passed to os.Exit.
  int run();
  // Runs one function with arguments (slots) and returns its result slots; used by tests.
  // Panics propagate as ExitSignal after printing, like run().
  std::vector<Slot> callForTest(const FuncProto* fn, const std::vector<Slot>& args);

  Slot* globals() { return globals_.get(); }

  // ---- NativeContext ----
  gc::Heap& heap() override { return rt_.heap(); }
  TypeTable& types() override { return types_; }
  GoString newString(std::string_view s) override;
  GoSlice newSlice(const Type* elem, std::int64_t len, std::int64_t cap) override;
  GoIface makeIface(const Type* t, const void* value) override;
  [[noreturn]] void panicRuntimeError(const std::string& msg) override;
  [[noreturn]] void panicValue(GoIface v) override;
  [[noreturn]] void exit(int code) override;
  void call(const Closure* fn, const Slot* args, Slot* results) override;
  bool callStringMethod(GoIface v, const char* name, GoString* out) override;
  std::int64_t mapLen(const void* map) override;
  void mapForEach(const void* map, const Type* mapType,
                  const std::function<void(const void* key, const void* value)>& f) override;
  void writeStdout(std::string_view s) override { rt_.writeStdout(s); }
  void writeStderr(std::string_view s) override { rt_.writeStderr(s); }
  const std::vector<std::string>& args() override { return args_; }
  rt::Runtime& runtime() override { return rt_; }
  void goexit() override;
  std::uint64_t startFuncTimer(std::int64_t when, const Closure* f) override;
  void setFinalizer(GoIface obj, GoIface finalizer) override;
  // runtime.GC(): a full collection; then it yields, as Go's runtime.GC parks until the mark
  // phase ends and yields while it sweeps: other goroutines run meanwhile, among them the
  // finalizer goroutine with the finalizers this collection made ready.
  void collectGarbage() override {
    rt_.heap().collect();
    wakeFinalizers();
    if (rt_.sched().current()) rt_.sched().gosched();
  }
  std::int64_t numGoroutine() override {
    return rt_.sched().numGoroutines() - (finqRunning_ ? 1 : 0);
  }

  // ---- gc::RootSource ----
  void scanRoots(gc::Marker& m) override;
  void scanGoroutine(gc::Marker& m, Goroutine& g);

  // ---- VM internals (vm*.cpp) ----
  // Runs frames until the frame at index `entry` returns. resumeReturn: frame `entry`.. top is
  // to perform a return right away (after a recovery).
  void execute(Goroutine& g, std::size_t entry);
  void loop(Goroutine& g, std::size_t entry, bool resumeReturn);
  // Pushes a frame for fn above the current top frame and copies its arguments in.
  Slot* pushHostFrame(Goroutine& g, const FuncProto* fn, const Closure* clo, const Slot* args,
                      std::uint32_t flags);
  // Opens a new segment for a frame of fn whose arguments are at `window`; returns the base.
  Slot* splitStack(Goroutine& g, Slot* window, const FuncProto* fn);
  void popFrame(Goroutine& g);        // pops the top frame, restoring its segment
  void runFrameDefers(Goroutine& g);  // runs the top frame's deferred calls (normal return)
  void callDeferred(Goroutine& g, const Defer& d, std::uint32_t flags);
  [[noreturn]] void gopanic(Goroutine& g, GoIface v, bool sigsegv);
  GoIface runtimeErrorValue(const RuntimeErrorSignal& e);
  [[noreturn]] void fatal(const std::string& msg) override;
  [[noreturn]] void stackOverflow();
  // Fatal "stack overflow" when a goroutine's VM stack of `slots` slots and room for `frames`
  // frame records would exceed debug.SetMaxStack's limit.
  void checkStackGrowth(std::size_t slots, std::size_t frames);
  [[noreturn]] void crash();

  const FuncProto* findMethod(const Type* dyn, const std::string& name);
  const FuncProto* ifaceMethod(const Type* dyn, const IfaceCallSite* site);
  bool assertImplements(const Type* dyn, const Type* iface, std::string* missing);
  std::string printPanicValue(GoIface v);
  std::string traceback(Goroutine& g, const char* status = "running");
  // "goroutine N [status]:" and the frames Go would show, without the innermost `skip`: at most
  // Go's 100, then "...additional frames elided...".
  std::string tracebackFrames(Goroutine& g, const char* status, std::size_t skip = 0);
  // The tracebacks of every goroutine but `cur`, each after a blank line, in id order
  // (GOTRACEBACK=all, runtime.Stack(buf, true)).
  std::string tracebackOthers(Goroutine& cur);
  // ---- stack introspection (vm_stack.cpp) ----
  struct ShownFrame {
    const FuncProto* fn = nullptr;  // nullptr: a frame of Go's runtime (runtimeFunc)
    std::size_t word = 0;           // instruction word executing or calling
    int runtimeFunc = 0;
    const Panic* panic = nullptr;  // runtime.gopanic: the panic running the deferred call above
  };
  // Innermost first; at most `limit` of them.
  std::vector<ShownFrame> shownFrames(Goroutine& g, std::size_t limit = SIZE_MAX);
  std::int64_t callers(std::int64_t skip, std::uint64_t* pcs, std::int64_t n) override;
  bool pcInfo(std::uint64_t pc, PcInfo* out) override;
  std::string stackTrace(std::int64_t skip, bool all) override;
  std::uint64_t funcEntry(std::size_t index) const;
  std::size_t protoIndex(const FuncProto* fn);
  void reportStackBytes();
  void flushPrint(Goroutine& g);

  Goroutine& current() {
    rt::G* g = rt_.sched().current();
    return g && g->user ? *static_cast<Goroutine*>(g->user) : *main_;
  }
  // `go fn(args)`: a new goroutine whose first frame already holds the arguments.
  void spawnGoroutine(const FuncProto* fn, const Closure* clo, const Slot* args);
  void goroutineMain(Goroutine* g);
  int runMain();
  [[noreturn]] void deadlock();
  // Starts the finalizer goroutine if finalizers are ready and it is not running.
  void wakeFinalizers();
  void finalizerLoop(Goroutine* g);
  // Removes a finished goroutine (not main) from goroutines_.
  void dropGoroutine(Goroutine* g);
  CompiledProgram& program() { return prog_; }
  MapTypes& mapTypes() { return mapTypes_; }

  // Runtime error types (values runtime errors panic with).
  const Type* rtErrorType(RuntimeErrorKind k) const { return rtErrTypes_[static_cast<int>(k)]; }
  bool isRtErrorType(const Type* t) const;
  // Layout of a Closure with n captures (every word may point into the heap).
  const gc::GcType& closureGcType(std::size_t n);

  // Host C++ code that must hold heap pointers across an allocation registers them here
  // (TempRoot); they are scanned like frames.
  struct TempValue {
    const void* p;
    std::size_t nwords;
    const std::uint8_t* mask;  // nullptr: every word
  };
  std::vector<TempValue> tempRoots;

 private:
  void setupRuntimeTypes();

  rt::Runtime& rt_;
  TypeTable& types_;
  CompiledProgram& prog_;
  std::vector<std::string> args_;
  std::unique_ptr<Slot[]> globals_;
  std::vector<std::uint8_t> globalMask_;
  MapTypes mapTypes_;
  std::unique_ptr<Goroutine> main_;
  std::size_t vmStackBytes_ = 0;  // every goroutine's VM stack segments
  bool mainGoexited_ = false;     // main called runtime.Goexit
  bool finqRunning_ = false;      // the finalizer goroutine exists
  bool finqIdTaken_ = false;      // Go numbers its finalizer goroutine when it is first needed
  std::int64_t nextGoid_ = 5;     // Go 1.19's first user goroutine after its runtime goroutines
  gc::GcType finRecordGc_{};      // a finalizer record: {closure, arg type, param is interface}
  std::uint8_t finRecordMask_ = 1;
  std::vector<std::unique_ptr<Goroutine>> goroutines_;  // all but main
  const Type* rtErrTypes_[4] = {};
  std::unique_ptr<FuncProto> rtErrorMethod_;
  std::unique_ptr<FuncProto> rtRuntimeErrorMethod_;
  std::deque<gc::GcType> closureGc_;                    // by capture count; deque: stable addresses
  std::deque<std::vector<std::uint8_t>> closureMasks_;  // Error() of the runtime error types
  // Interface satisfaction cache: (dynamic type, interface) -> missing method ("" = ok).
  struct PairHash {
    std::size_t operator()(const std::pair<const Type*, const Type*>& p) const {
      return std::hash<const void*>()(p.first) * 31 + std::hash<const void*>()(p.second);
    }
  };
  std::unordered_map<std::pair<const Type*, const Type*>, std::string, PairHash> implCache_;
  std::unordered_map<const FuncProto*, std::size_t> protoIndex_;  // position in prog_.protos
};

// Keeps a value in C++ memory visible to the collector while it lives.
class TempRoot {
 public:
  TempRoot(Machine& m, const void* p, std::size_t nwords, const std::uint8_t* mask = nullptr)
      : m_(m) {
    m_.tempRoots.push_back({p, nwords, mask});
  }
  ~TempRoot() { m_.tempRoots.pop_back(); }
  TempRoot(const TempRoot&) = delete;
  TempRoot& operator=(const TempRoot&) = delete;

 private:
  Machine& m_;
};

// Go's print formatting of a float64: +1.500000e+000.
std::string formatPrintFloat(double v);
// Complex multiplication and division as Go does them (division: runtime.complex128div,
// Smith's algorithm with C99's corrections to Inf and zero). complex64 goes through these in
// float64 and rounds the parts.
struct Complex128 {
  double re, im;
};
Complex128 complexMul(double a, double b, double c, double d);
Complex128 complexDiv(double a, double b, double c, double d);
// Go's append growth: the new capacity for a slice of elemSize-byte elements that needs
// `needed` elements and has `oldCap` (runtime.growslice + size-class rounding).
std::int64_t growCap(std::int64_t oldCap, std::int64_t needed, std::int64_t elemSize);
// Rounds an allocation size up to Go's size class (runtime.roundupsize).
std::size_t roundupsize(std::size_t size);

}  // namespace gomi::vm
