#include "runtime/sched.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#define GOMI_ASAN_FIBERS 1
#endif

namespace gomi::rt {

namespace {

// How long one goroutine may run before sysmon asks it to yield (Go uses 10 ms too).
constexpr auto kTimeSlice = std::chrono::milliseconds(10);

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

void wakeSleeper(Scheduler& s, void*, void* g) { s.ready(static_cast<G*>(g)); }

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
  g->stack = stacks_.get();
  ++live_;

  PoolStackAllocator salloc{&stacks_, g->stack};
  new (g->ctxStorage) boost::context::fiber(
      std::allocator_arg, salloc, [this, g](boost::context::fiber&& sched) {
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

  g->status = GStatus::Runnable;
  if (p_.runnext) p_.runq.push_back(p_.runnext);
  p_.runnext = g;
  if (live_ > 1 && !sysmon_.joinable()) startSysmon();
  return g;
}

void Scheduler::releaseG(G* g) {
  g->ctx().~fiber();
  --live_;
  std::size_t i = g->index;
  if (i + 1 != allgs_.size()) {
    std::swap(allgs_[i], allgs_.back());
    allgs_[i]->index = i;
  }
  allgs_.pop_back();  // frees g
}

bool Scheduler::execute(G* g) {
  cur_ = g;
  g->status = GStatus::Running;
  schedTick_.fetch_add(1, std::memory_order_relaxed);
  preemptRequested.store(false, std::memory_order_relaxed);
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
    G* g = findRunnable();
    bool isMain = g == main;
    // execute() frees a goroutine that finished, so ask before, not after.
    if (execute(g) && isMain) return;
  }
}

G* Scheduler::findRunnable() {
  for (;;) {
    runDueTimers();
    if (G* g = p_.runnext) {
      p_.runnext = nullptr;
      return g;
    }
    if (!p_.runq.empty()) {
      G* g = p_.runq.front();
      p_.runq.pop_front();
      return g;
    }
    if (timers_.empty()) {
      if (onDeadlock) onDeadlock();
      fatal("all goroutines are asleep - deadlock!");
    }
    std::int64_t wait = timers_.front().when - nanotime();
    if (wait <= 0) continue;
    if (onIdle && onIdle(wait)) continue;
    timespec ts{static_cast<time_t>(wait / 1'000'000'000), static_cast<long>(wait % 1'000'000'000)};
    nanosleep(&ts, nullptr);
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
  if (p_.runnext) p_.runq.push_back(p_.runnext);
  p_.runnext = g;
}

void Scheduler::gosched() {
  G* g = cur_;
  if (!g) return;
  g->status = GStatus::Runnable;
  p_.runq.push_back(g);
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
  auto it = std::find_if(timers_.begin(), timers_.end(), [seq](const Timer& t) { return t.seq == seq; });
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
  sysmon_ = std::thread([this] {
    std::uint64_t lastTick = schedTick_.load(std::memory_order_relaxed);
    std::unique_lock lock(sysmonMu_);
    while (!sysmonCv_.wait_for(lock, kTimeSlice, [this] { return sysmonStop_; })) {
      std::uint64_t tick = schedTick_.load(std::memory_order_relaxed);
      if (tick == lastTick) preemptRequested.store(true, std::memory_order_relaxed);
      lastTick = tick;
    }
  });
}

}  // namespace gomi::rt
