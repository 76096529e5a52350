#include "runtime/sched.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <pthread.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#define GOMI_ASAN_FIBERS 1
#endif

namespace gomi::rt {

namespace {

// How long one goroutine may run before sysmon asks it to yield (Go uses 10 ms too), and how
// often sysmon looks.
constexpr std::int64_t kTimeSliceNs = 10'000'000;
constexpr auto kSysmonPoll = std::chrono::milliseconds(2);

// Hands pooled stacks to Boost.Context. Boost copies it into the fiber's record and calls
// deallocate() when the fiber has finished, which returns the stack to the pool.
struct PoolStackAllocator {
  StackPool* pool;
  StackSpan span;
  boost::context::stack_context allocate() {
    boost::context::stack_context sc;
    sc.size = span.size;
    sc.sp = span.lo + span.size;
    return sc;
  }
  void deallocate(boost::context::stack_context&) noexcept { pool->put(span); }
};

[[noreturn]] void fatal(const char* msg) {
  std::fflush(stdout);
  std::fprintf(stderr, "fatal error: %s\n", msg);
  std::_Exit(2);
}

// ASan keeps shadow state per stack; it must be told where each switch goes, or it reports
// false stack-buffer overflows after the first switch.
struct AsanSwitch {
#if GOMI_ASAN_FIBERS
  void* fake = nullptr;
  void start(const void* bottom, std::size_t size) {
    __sanitizer_start_switch_fiber(&fake, bottom, size);
  }
  void startFinal(const void* bottom, std::size_t size) {
    __sanitizer_start_switch_fiber(nullptr, bottom, size);
  }
  void finish(const void** fromBottom = nullptr, std::size_t* fromSize = nullptr) {
    __sanitizer_finish_switch_fiber(fake, fromBottom, fromSize);
  }
#else
  void start(const void*, std::size_t) {}
  void startFinal(const void*, std::size_t) {}
  void finish(const void** = nullptr, std::size_t* = nullptr) {}
#endif
};

void wakeSleeper(Scheduler& s, void*, void* g) {
  s.ready(static_cast<G*>(g));
}

}  // namespace

Scheduler::Scheduler(gc::Heap& heap, StackPool& stacks) : heap_(heap), stacks_(stacks) {
  heap_.addRootSource(this);
}

Scheduler::~Scheduler() {
  if (sysmon_.joinable()) {
    {
      std::lock_guard lock(sysmonMu_);
      sysmonStop_ = true;
    }
    sysmonCv_.notify_all();
    sysmon_.join();
  }
  heap_.removeRootSource(this);
  // Goroutines still parked when the program ended are abandoned, not unwound: their fibers'
  // storage lives on pooled stacks, which the StackPool unmaps.
}

std::int64_t Scheduler::nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

G* Scheduler::spawn(std::function<void()> fn) {
  auto owned = std::make_unique<G>();
  G* g = owned.get();
  g->index = allgs_.size();
  allgs_.push_back(std::move(owned));
  g->id = nextId_++;
  g->entry = std::move(fn);
  ++live_;
  g->status = GStatus::Runnable;
  runqput(g, true);
  if (live_ > 1 && !sysmon_.joinable()) startSysmon();
  return g;
}

G* Scheduler::spawnSystemParked(const char* reason) {
  G* g = spawn([this, reason] {
    for (;;) park(reason);
  });
  g->system = true;
  --live_;
  return g;
}

void Scheduler::releaseG(G* g) {
  g->ctx().~fiber();
  if (!g->system) --live_;
  std::size_t i = g->index;
  if (i + 1 != allgs_.size()) {
    std::swap(allgs_[i], allgs_.back());
    allgs_[i]->index = i;
  }
  allgs_.pop_back();  // frees g
}

// The native stack and fiber are made when a goroutine first runs, not when it is created: a
// program that starts many short goroutines in a loop then runs them one after another on the
// same pooled stack, instead of faulting in a fresh stack page per goroutine up front (which
// can cost tens of microseconds each in a VM, long enough for the spawning loop to be
// preempted where Go's would not be).
void Scheduler::start(G* g) {
  g->stack = stacks_.get();
  g->started = true;
  PoolStackAllocator salloc{&stacks_, g->stack};
  new (g->ctxStorage)
      boost::context::fiber(std::allocator_arg, salloc, [this, g](boost::context::fiber&& sched) {
        AsanSwitch asan;
        asan.finish(&schedStackBottom_, &schedStackSize_);
        schedCtx_ = std::move(sched);
        try {
          g->entry();
        } catch (...) {
          // The interpreter turns every Go panic into an exit before it gets here.
          fatal("unexpected exception escaped a goroutine");
        }
        g->status = GStatus::Dead;
        g->entry = nullptr;
        asan.startFinal(schedStackBottom_, schedStackSize_);
        return std::move(schedCtx_);
      });
}

bool Scheduler::execute(G* g, bool inheritTime) {
  if (!g->started) start(g);
  cur_ = g;
  g->status = GStatus::Running;
  if (!inheritTime) {
    // A goroutine taken from runnext inherits the time slice, as in Go: a chain of handoffs
    // is preempted as a whole.
    ++p_.schedtick;
    schedTick_.fetch_add(1, std::memory_order_relaxed);
    preemptRequested.store(false, std::memory_order_relaxed);
  }
  AsanSwitch asan;
  asan.start(g->stack.lo, g->stack.size);
  g->ctx() = std::move(g->ctx()).resume();
  asan.finish();
  cur_ = nullptr;
  if (g->status != GStatus::Dead) return false;
  releaseG(g);
  return true;
}

void Scheduler::switchToScheduler() {
  AsanSwitch asan;
  asan.start(schedStackBottom_, schedStackSize_);
  schedCtx_ = std::move(schedCtx_).resume();
  asan.finish();
}

void Scheduler::run(G* main) {
  for (;;) {
    bool inheritTime = false;
    G* g = findRunnable(inheritTime);
    bool isMain = g == main;
    // execute() frees a goroutine that finished, so ask before, not after.
    if (execute(g, inheritTime) && isMain) return;
  }
}

void Scheduler::runqput(G* g, bool next) {
  if (next) {
    std::swap(g, p_.runnext);
    if (!g) return;
  }
  if (p_.runq.size() < P::kRunqSize) {
    p_.runq.push_back(g);
    return;
  }
  // runqputslow: the older half of the full local queue, then g, go to the global queue.
  for (std::size_t i = 0; i < P::kRunqSize / 2; ++i) {
    globalRunq_.push_back(p_.runq.front());
    p_.runq.pop_front();
  }
  globalRunq_.push_back(g);
}

G* Scheduler::globrunqget(std::size_t max) {
  if (globalRunq_.empty()) return nullptr;
  // With one P Go takes the whole global queue, at most half a local queue's worth, runs the
  // first and moves the rest to the local queue.
  std::size_t n = globalRunq_.size();
  if (max > 0 && n > max) n = max;
  if (n > P::kRunqSize / 2) n = P::kRunqSize / 2;
  G* g = globalRunq_.front();
  globalRunq_.pop_front();
  for (; n > 1; --n) {
    runqput(globalRunq_.front(), false);
    globalRunq_.pop_front();
  }
  return g;
}

G* Scheduler::findRunnable(bool& inheritTime) {
  for (;;) {
    runDueTimers();
    inheritTime = false;
    // Go checks the global queue first every 61st tick, so that goroutines that keep
    // readying each other through runnext cannot starve it.
    if (p_.schedtick % 61 == 0 && !globalRunq_.empty()) return globrunqget(1);
    if (G* g = p_.runnext) {
      p_.runnext = nullptr;
      inheritTime = true;
      return g;
    }
    if (!p_.runq.empty()) {
      G* g = p_.runq.front();
      p_.runq.pop_front();
      return g;
    }
    if (G* g = globrunqget(0)) return g;
    if (timers_.empty()) {
      if (onDeadlock) onDeadlock();
      fatal("all goroutines are asleep - deadlock!");
    }
    std::int64_t now = nanotime();
    std::int64_t wait = timers_.front().when - now;
    if (wait <= 0) continue;
    // Go's idle thread waits for the next timer in epoll_wait, whose timeout is in whole
    // milliseconds: rounded down, and at least one. So a timer fires up to about a millisecond
    // late, together with the timers that became due meanwhile, which are then readied in one
    // batch (the last one into runnext). Programs see both effects, so gomi waits the same way.
    constexpr std::int64_t kMs = 1'000'000;
    std::int64_t until = now + (wait < kMs ? kMs : wait / kMs * kMs);
    while ((now = nanotime()) < until) {
      if (onIdle && onIdle(until - now)) {
        // Idle work (a finalizer goroutine) may have made a goroutine runnable.
        if (p_.runnext || !p_.runq.empty() || !globalRunq_.empty()) break;
        continue;
      }
      std::int64_t left = until - now;
      timespec ts{static_cast<time_t>(left / 1'000'000'000),
                  static_cast<long>(left % 1'000'000'000)};
      nanosleep(&ts, nullptr);
    }
  }
}

bool Scheduler::runDueTimers() {
  if (timers_.empty()) return false;
  std::int64_t now = nanotime();
  bool ran = false;
  while (!timers_.empty() && timers_.front().when <= now) {
    std::pop_heap(timers_.begin(), timers_.end(), TimerLater{});
    Timer t = timers_.back();
    timers_.pop_back();
    if (t.period > 0) {
      // Re-arm before running so the callback can stop its own ticker. A late ticker skips
      // the ticks it missed, as Go's does.
      Timer next = t;
      next.when += t.period * ((now - t.when) / t.period + 1);
      timers_.push_back(next);
      std::push_heap(timers_.begin(), timers_.end(), TimerLater{});
    }
    t.f(*this, t.arg, t.aux);
    ran = true;
  }
  return ran;
}

void Scheduler::park(const char* reason) {
  G* g = cur_;
  if (!g) fatal("park called on the scheduler stack");
  g->status = GStatus::Waiting;
  g->waitReason = reason;
  switchToScheduler();
}

void Scheduler::ready(G* g) {
  if (g->status != GStatus::Waiting) fatal("ready of a goroutine that is not waiting");
  g->status = GStatus::Runnable;
  g->waitReason = "";
  runqput(g, true);
}

void Scheduler::gosched() {
  G* g = cur_;
  if (!g) return;
  g->status = GStatus::Runnable;
  globalRunq_.push_back(g);
  switchToScheduler();
}

void Scheduler::goyield() {
  G* g = cur_;
  if (!g) return;
  g->status = GStatus::Runnable;
  runqput(g, false);
  switchToScheduler();
}

std::uint64_t Scheduler::addTimer(std::int64_t when, TimerFn f, void* arg, void* aux,
                                  std::int64_t period) {
  std::uint64_t seq = nextTimerSeq_++;
  timers_.push_back({when, seq, f, arg, aux, period});
  std::push_heap(timers_.begin(), timers_.end(), TimerLater{});
  return seq;
}

bool Scheduler::stopTimer(std::uint64_t seq) {
  auto it =
      std::find_if(timers_.begin(), timers_.end(), [seq](const Timer& t) { return t.seq == seq; });
  if (it == timers_.end()) return false;
  *it = timers_.back();
  timers_.pop_back();
  std::make_heap(timers_.begin(), timers_.end(), TimerLater{});
  return true;
}

void Scheduler::sleep(std::int64_t ns) {
  if (ns <= 0) return;
  addTimer(nanotime() + ns, wakeSleeper, nullptr, cur_);
  park("sleep");
}

void Scheduler::scanRoots(gc::Marker& m) {
  for (const Timer& t : timers_) m.markPointer(t.arg);
}

void Scheduler::startSysmon() {
  // The slice is measured in CPU time of the thread that runs goroutines, not in wall time: on
  // a loaded machine a goroutine the OS has descheduled has not used up its slice, and
  // preempting it then would change the program's order for no reason Go would have.
  clockid_t clock = CLOCK_MONOTONIC;
  clockid_t cpu;
  if (pthread_getcpuclockid(pthread_self(), &cpu) == 0) clock = cpu;
  sysmon_ = std::thread([this, clock] {
    auto now = [clock] {
      timespec ts;
      clock_gettime(clock, &ts);
      return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
    };
    std::uint64_t lastTick = schedTick_.load(std::memory_order_relaxed);
    std::int64_t sliceStart = now();
    std::unique_lock lock(sysmonMu_);
    while (!sysmonCv_.wait_for(lock, kSysmonPoll, [this] { return sysmonStop_; })) {
      std::uint64_t tick = schedTick_.load(std::memory_order_relaxed);
      std::int64_t t = now();
      if (tick != lastTick) {
        lastTick = tick;
        sliceStart = t;
      } else if (t - sliceStart >= kTimeSliceNs) {
        preemptRequested.store(true, std::memory_order_relaxed);
        sliceStart = t;
      }
    }
  });
}

}  // namespace gomi::rt
