// gc/pacer.h — when to collect next.
//
// Design: Go 1.19's rule without the concurrent-mark parts. After a cycle marks `heapMarked` live
// bytes, the next one starts when the heap has grown by GOGC% of everything the marker had to scan:
//   goal = heapMarked + (heapMarked + stacks + globals) * GOGC / 100,
// never below the 4 MiB × GOGC/100 minimum so tiny heaps do not collect constantly. Collection is
// stop-the-world, so there is no need to trigger early to finish marking before the goal: the
// trigger is the goal. GOGC<0 turns the GOGC goal off (UINT64_MAX).
//
// The soft memory limit (GOMEMLIMIT, debug.SetMemoryLimit) gives a second goal, as in Go 1.19's
// memoryLimitHeapGoal: the limit less the memory that counts against it but is not heap objects
// (everything mapped and not released, less free heap pages and live heap), less any overage
// beyond the limit, less 1 MiB of headroom, and never below heapMarked. That goal moves with
// every allocation, so it is computed from a LimitInputs snapshot whenever it is needed. The
// heap goal is the smaller of the two, so with GOGC=off and a limit the heap collects as it
// nears the limit.
#pragma once

#include <cstdint>
#include <limits>

namespace gomi::gc {

// What the memory-limit goal is computed from, all in bytes.
struct LimitInputs {
  std::uint64_t mappedReady = 0;  // mapped by the runtime and not released (Sys - HeapReleased)
  std::uint64_t heapFree = 0;     // free heap pages not released to the OS
  std::uint64_t heapAlloc = 0;    // heap bytes holding objects (live, or not yet swept)
};

class Pacer {
 public:
  static constexpr std::uint64_t kHeapMinimum = 4u << 20;
  static constexpr std::uint64_t kOff = std::numeric_limits<std::uint64_t>::max();
  static constexpr std::int64_t kNoLimit = std::numeric_limits<std::int64_t>::max();
  // Go's memoryLimitHeapGoalHeadroom: slack for pacing inaccuracy below the limit.
  static constexpr std::uint64_t kLimitHeadroom = 1u << 20;

  explicit Pacer(int gcPercent = 100, std::int64_t memoryLimit = kNoLimit) {
    setGCPercent(gcPercent);
    setMemoryLimit(memoryLimit);
  }

  // Returns the previous setting and recomputes the goal from the last cycle's figures.
  int setGCPercent(int percent);
  int gcPercent() const { return gcPercent_; }
  bool enabled() const { return gcPercent_ >= 0; }

  // debug.SetMemoryLimit: returns the previous limit; a negative limit only queries.
  std::int64_t setMemoryLimit(std::int64_t limit);
  std::int64_t memoryLimit() const { return memoryLimit_; }
  bool limited() const { return memoryLimit_ != kNoLimit; }

  // Called at the end of each mark with what it found.
  void commit(std::uint64_t heapMarked, std::uint64_t stackBytes, std::uint64_t globalsBytes);

  // The GOGC goal alone (kOff when GOGC=off).
  std::uint64_t heapGoal() const { return goal_; }
  std::uint64_t trigger() const { return goal_; }
  // The goal the memory limit implies for the given figures.
  std::uint64_t memoryLimitGoal(const LimitInputs& in) const;
  // The heap goal: the smaller of the two.
  std::uint64_t heapGoal(const LimitInputs& in) const {
    std::uint64_t m = memoryLimitGoal(in);
    return m < goal_ ? m : goal_;
  }
  // The GOGC goal's trigger, for callers that know no limit is set.
  bool shouldTrigger(std::uint64_t heapLive) const { return enabled() && heapLive >= goal_; }
  bool shouldTrigger(std::uint64_t heapLive, const LimitInputs& in) const {
    return heapLive >= heapGoal(in);
  }
  std::uint64_t heapMinimum() const;
  std::uint64_t heapMarked() const { return heapMarked_; }

 private:
  void recompute();

  int gcPercent_ = 100;
  std::int64_t memoryLimit_ = kNoLimit;
  std::uint64_t heapMarked_ = 0;
  std::uint64_t stackBytes_ = 0;
  std::uint64_t globalsBytes_ = 0;
  std::uint64_t goal_ = kHeapMinimum;
};

}  // namespace gomi::gc
