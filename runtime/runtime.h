// runtime/runtime.h — one gomi runtime instance: the heap, the process-level I/O, and (with
// goroutines) the scheduler. Nothing in gomi is global: a host may create several Runtimes.
//
// runtime/ builds on gc/ and knows nothing of the interpreter: the interpreter registers its roots
// (goroutine frames, globals) with the heap through gc::RootSource.
#pragma once

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
  std::size_t vmStackBytes_ = 0;
  std::string outBuf_;
};

}  // namespace gomi::rt
