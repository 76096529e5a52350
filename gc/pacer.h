// gc/pacer.h — when to collect next.
//
// Design: Go 1.19's rule without the concurrent-mark parts. After a cycle marks `heapMarked` live
// bytes, the next one starts when the heap has grown by GOGC% of everything the marker had to scan:
//   goal = heapMarked + (heapMarked + stacks + globals) * GOGC / 100,
// never below the 4 MiB × GOGC/100 minimum so tiny heaps do not collect constantly. Collection is
// stop-the-world, so there is no need to trigger early to finish marking before the goal: the
// trigger is the goal. GOGC<0 turns automatic collection off (the goal becomes UINT64_MAX).
#pragma once

#include <cstdint>
#include <limits>

namespace gomi::gc {

class Pacer {
 public:
  static constexpr std::uint64_t kHeapMinimum = 4u << 20;
  static constexpr std::uint64_t kOff = std::numeric_limits<std::uint64_t>::max();

  explicit Pacer(int gcPercent = 100) { setGCPercent(gcPercent); }

  // Returns the previous setting and recomputes the goal from the last cycle's figures.
  int setGCPercent(int percent);
  int gcPercent() const { return gcPercent_; }
  bool enabled() const { return gcPercent_ >= 0; }

  // Called at the end of each mark with what it found.
  void commit(std::uint64_t heapMarked, std::uint64_t stackBytes, std::uint64_t globalsBytes);

  std::uint64_t heapGoal() const { return goal_; }
  std::uint64_t trigger() const { return goal_; }
  bool shouldTrigger(std::uint64_t heapLive) const { return enabled() && heapLive >= goal_; }
  std::uint64_t heapMinimum() const;

 private:
  void recompute();

  int gcPercent_ = 100;
  std::uint64_t heapMarked_ = 0;
  std::uint64_t stackBytes_ = 0;
  std::uint64_t globalsBytes_ = 0;
  std::uint64_t goal_ = kHeapMinimum;
};

}  // namespace gomi::gc
