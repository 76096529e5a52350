// runtime/sched.h — goroutines: G, P and the scheduler that runs them on one OS thread.
//
// Go's vocabulary, gomi's code:
//  * G — a goroutine: a Boost.Context fiber on a pooled native stack, plus an opaque pointer to
//    the interpreter's per-goroutine state (its VM stack). runtime/ never looks inside it.
//  * P — a processor: the local run queue and the `runnext` slot. There is one P today
//    (GOMAXPROCS is recorded but not honoured); it is a real object so more can come later.
//  * M — an OS thread. Today the thread that calls Scheduler::run is the only M: its own stack
//    runs the scheduling loop ("g0"), and every G runs on its fiber.
//
// Scheduling order follows Go 1.19's with GOMAXPROCS=1 (proc.go), because programs' output
// depends on it:
//  * a new goroutine and a goroutine made ready by another (channel handoff, unlock, timer)
//    go into runnext, pushing the previous runnext to the tail of the local run queue;
//  * the local run queue holds 256 goroutines; when it overflows, its older half and the
//    newcomer move to the global run queue (runqputslow);
//  * Gosched and preemption put the current goroutine at the tail of the global run queue;
//    goyield (a semaphore handoff) at the tail of the local one;
//  * the loop runs due timers, then every 61st scheduling tick takes one goroutine from the
//    global queue first (fairness), then runnext, the local queue, and the global queue (moving
//    a batch of it to the local queue). A goroutine taken from runnext inherits the tick.
// Switching: a G never switches to another G directly; it parks and resumes the scheduler loop,
// which picks the next G. That costs two fiber switches (~20 ns) and keeps exactly one place
// where goroutines are chosen, where timers are run and where deadlock is detected.
//
// Preemption is cooperative at safe points: a monitor thread ("sysmon") sets preemptRequested
// when one G has run for a whole time slice; the VM polls it at function entry and loop back
// edges and calls gosched().
//
// The rule for native code (enforced by gcstress runs): a native C++ frame must not hold the
// only reference to a heap object across anything that can switch goroutines (park, gosched,
// channel operations) or allocate, because the collector sees only goroutines' VM frames,
// globals and registered roots.
#pragma once

#include <atomic>
#include <boost/context/fiber.hpp>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "gc/heap.h"
#include "runtime/stack.h"

namespace gomi::rt {

enum class GStatus : std::uint8_t { Runnable, Running, Waiting, Dead };

struct Sudog;

struct G {
  std::int64_t id = 0;
  std::size_t index = 0;  // position in the scheduler's table of live goroutines
  GStatus status = GStatus::Runnable;
  const char* waitReason = "";  // as Go prints it in tracebacks: "chan receive", "sleep", ...
  void* user = nullptr;         // the interpreter's goroutine state

  // Set by the party that wakes a G parked in a channel operation or select.
  Sudog* wokenBy = nullptr;
  bool wakeSuccess = false;
  bool system = false;   // a runtime-internal goroutine: not counted by numGoroutines
  bool started = false;  // has its stack and fiber (made when it first runs)

  StackSpan stack;
  std::function<void()> entry;

  // The fiber is kept in raw storage so that a G still running when the program ends can be
  // abandoned without unwinding its stack (Go does not run other goroutines' defers at exit).
  alignas(boost::context::fiber) unsigned char ctxStorage[sizeof(boost::context::fiber)];
  boost::context::fiber& ctx() {
    return *std::launder(reinterpret_cast<boost::context::fiber*>(ctxStorage));
  }
};

struct P {
  static constexpr std::size_t kRunqSize = 256;  // Go's len(p.runq)
  std::deque<G*> runq;
  G* runnext = nullptr;
  // Incremented when a goroutine starts a new time slice. Go's runtime init schedules its own
  // goroutines (forcegc helper, background sweeper and scavenger) before main.main runs; Go
  // 1.19's P has counted 4 ticks by then (measured: the fairness check below shows it).
  std::uint32_t schedtick = 4;
};

// A timer fires `f(sched, arg, aux)` on the scheduler loop at `when` (monotonic ns), and again
// every `period` ns if period > 0. `arg` is a heap object (e.g. the channel of a time.Timer)
// kept alive by the scheduler's root scan while the timer is pending; `aux` is not scanned.
using TimerFn = void (*)(class Scheduler& sched, void* arg, void* aux);

class Scheduler : public gc::RootSource {
 public:
  Scheduler(gc::Heap& heap, StackPool& stacks);
  ~Scheduler() override;
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Creates a goroutine that will run `fn`, placed in runnext (Go's newproc).
  G* spawn(std::function<void()> fn);
  // Creates a runtime-internal goroutine (Go's system goroutines, e.g. the finalizer goroutine)
  // that parks for good with `reason` when it first runs. It takes its place in the run queues
  // like any goroutine, which is what Go's order depends on, but is not counted as live.
  G* spawnSystemParked(const char* reason);
  // Runs goroutines until `main` finishes. Other goroutines still alive are abandoned.
  void run(G* main);

  // The running goroutine (nullptr on the scheduler loop).
  G* current() const { return cur_; }

  // Parks the running goroutine with `reason` until ready() is called on it.
  void park(const char* reason);
  // Makes a parked goroutine runnable (into runnext, as Go's goready).
  void ready(G* g);
  // runtime.Gosched: the running goroutine goes to the tail of the global run queue.
  void gosched();
  // Go's goyield: the running goroutine goes to the tail of the local run queue.
  void goyield();
  // Called by the VM when preemptRequested is seen.
  void preempt() { gosched(); }

  // Timers.
  // Returns the timer's id for stopTimer.
  std::uint64_t addTimer(std::int64_t when, TimerFn f, void* arg, void* aux = nullptr,
                         std::int64_t period = 0);
  // Returns true if the timer was pending (and is now stopped).
  bool stopTimer(std::uint64_t seq);
  // time.Sleep.
  void sleep(std::int64_t ns);
  static std::int64_t nanotime();

  std::int64_t numGoroutines() const { return live_; }
  // Every live goroutine (for tracebacks and root scanning), in no particular order.
  template <class F>
  void forEachG(F&& f) const {
    for (const auto& g : allgs_) f(*g);
  }

  std::atomic<bool> preemptRequested{false};

  // Hooks the interpreter installs.
  // Called on the scheduler loop when every goroutine is blocked and no timer is pending:
  // prints Go's deadlock report and ends the process. Must not return.
  std::function<void()> onDeadlock;
  // Called while the loop would otherwise sleep until the next timer, with the time available;
  // returns true when it did some work (e.g. background sweeping) and may be called again.
  std::function<bool(std::int64_t budgetNs)> onIdle;

  void scanRoots(gc::Marker& m) override;

 private:
  struct Timer {
    std::int64_t when;
    std::uint64_t seq;
    TimerFn f;
    void* arg;
    void* aux;
    std::int64_t period;
  };
  struct TimerLater {
    bool operator()(const Timer& a, const Timer& b) const {
      return a.when != b.when ? a.when > b.when : a.seq > b.seq;
    }
  };

  void switchToScheduler();
  void start(G* g);
  bool execute(G* g, bool inheritTime);  // true when g finished (and was freed)
  G* findRunnable(bool& inheritTime);
  void runqput(G* g, bool next);
  G* globrunqget(std::size_t max);
  bool runDueTimers();
  void releaseG(G* g);
  void startSysmon();

  gc::Heap& heap_;
  StackPool& stacks_;
  P p_;
  std::deque<G*> globalRunq_;
  G* cur_ = nullptr;
  boost::context::fiber schedCtx_;         // the scheduler loop, while a G runs
  std::vector<std::unique_ptr<G>> allgs_;  // live goroutines; G::index is the position
  std::int64_t nextId_ = 1;
  std::int64_t live_ = 0;
  std::vector<Timer> timers_;  // a binary heap ordered by TimerLater
  std::uint64_t nextTimerSeq_ = 1;

  // sysmon
  std::atomic<std::uint64_t> schedTick_{0};
  std::thread sysmon_;
  std::mutex sysmonMu_;
  std::condition_variable sysmonCv_;
  bool sysmonStop_ = false;

  // ASan needs to be told about every fiber switch.
  const void* schedStackBottom_ = nullptr;
  std::size_t schedStackSize_ = 0;
};

}  // namespace gomi::rt
