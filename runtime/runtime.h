// runtime/runtime.h — one gomi runtime instance: the heap, the process-level I/O, and (with
// goroutines) the scheduler. Nothing in gomi is global: a host may create several Runtimes.
//
// runtime/ builds on gc/ and knows nothing of the interpreter: the interpreter registers its roots
// (goroutine frames, globals) with the heap through gc::RootSource.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "gc/heap.h"
#include "runtime/chan.h"
#include "runtime/sched.h"
#include "runtime/sema.h"
#include "runtime/stack.h"

namespace gomi::rt {

class Runtime {
 public:
  explicit Runtime(const gc::HeapConfig& cfg = gc::configFromEnvironment());
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  gc::Heap& heap() { return heap_; }
  Scheduler& sched() { return sched_; }
  ChanOps& chans() { return chans_; }
  Semaphores& semas() { return semas_; }
  StackPool& stacks() { return stacks_; }

  // runtime.ReadMemStats: the heap's figures plus goroutine stacks. Stack figures count address
  // space reserved for stacks (native fiber stacks and the VM stacks the interpreter reports
  // through setVMStackBytes), as Go counts stack spans: StackInuse for live goroutines,
  // StackSys for everything mapped for stacks.
  gc::MemStats readMemStats();
  void setVMStackBytes(std::size_t bytes) { vmStackBytes_ = bytes; }

  // debug.SetMaxStack: the largest stack a goroutine may grow to, in bytes (Go's default on
  // 64-bit systems, 1 000 000 000). What gomi measures is a goroutine's VM stack: the bytes of
  // its stack segments, which double as they grow as Go's stacks do, checked when a call needs
  // a new segment. Returns the previous setting; like Go, any value is accepted and a
  // negative one reads back as set.
  std::int64_t setMaxStack(std::int64_t bytes) {
    std::int64_t old = maxStack_;
    maxStack_ = bytes;
    return old;
  }
  // The limit a goroutine's stack is checked against, and the one the overflow message names:
  // the setting, or twice Go's default when the setting is larger (or negative), as in Go.
  std::uint64_t stackLimit() const {
    auto m = static_cast<std::uint64_t>(maxStack_);
    return m < kMaxStackCeiling ? m : kMaxStackCeiling;
  }
  static constexpr std::uint64_t kMaxStackCeiling = 2'000'000'000;

  // GOTRACEBACK and debug.SetTraceback. `level` 0 prints no goroutine tracebacks when a panic
  // or fatal error ends the program, 1 ("single") the failing goroutine's, 2 ("system") is
  // treated as 1 because gomi has no runtime frames to add; `all` adds every other goroutine;
  // `crash` ends the process with SIGABRT instead of exit status 2. SetTraceback cannot go
  // below what GOTRACEBACK set: the two settings are combined as Go combines them.
  struct Traceback {
    std::uint32_t level = 1;
    bool all = false;
    bool crash = false;
  };
  void setTraceback(std::string_view level);
  Traceback traceback() const;

  // runtime.GOMAXPROCS: recorded, not yet honoured (there is one P).
  int gomaxprocs() const { return gomaxprocs_; }
  int setGomaxprocs(int n) {
    int old = gomaxprocs_;
    if (n > 0) gomaxprocs_ = n;
    return old;
  }

  // Program output. stdout is buffered for speed; anything written to stderr flushes stdout
  // first so interleaving matches an unbuffered Go program on a terminal-less run.
  void writeStdout(std::string_view s);
  void writeStderr(std::string_view s);
  void flush();

 private:
  // Declaration order is construction order: the scheduler and channels register roots with
  // the heap, and goroutine stacks must outlive the scheduler's fibers.
  gc::Heap heap_;
  StackPool stacks_;
  Scheduler sched_{heap_, stacks_};
  ChanOps chans_{heap_, sched_};
  Semaphores semas_{sched_};
  int gomaxprocs_ = 1;
  std::int64_t maxStack_ = 1'000'000'000;
  std::uint32_t traceback_ = 0, tracebackEnv_ = 0;  // Go's traceback_cache / traceback_env
  std::size_t vmStackBytes_ = 0;
  std::string outBuf_;
};

}  // namespace gomi::rt
