#include "gc/pacer.h"

namespace gomi::gc {

int Pacer::setGCPercent(int percent) {
  int old = gcPercent_;
  gcPercent_ = percent < 0 ? -1 : percent;
  recompute();
  return old;
}

std::int64_t Pacer::setMemoryLimit(std::int64_t limit) {
  std::int64_t old = memoryLimit_;
  if (limit >= 0) memoryLimit_ = limit;
  return old;
}

void Pacer::commit(std::uint64_t heapMarked, std::uint64_t stackBytes, std::uint64_t globalsBytes) {
  heapMarked_ = heapMarked;
  stackBytes_ = stackBytes;
  globalsBytes_ = globalsBytes;
  recompute();
}

std::uint64_t Pacer::heapMinimum() const {
  return enabled() ? kHeapMinimum * static_cast<std::uint64_t>(gcPercent_) / 100 : 0;
}

std::uint64_t Pacer::memoryLimitGoal(const LimitInputs& in) const {
  const auto limit = static_cast<std::uint64_t>(memoryLimit_);
  // Memory that counts against the limit and does not hold (and will not soon hold) heap
  // objects: runtime metadata, stacks, and the unused tails of in-use spans. Free pages are left
  // out: they are the pool the heap grows into, and the scavenger keeps that pool in check.
  std::uint64_t heapish = in.heapFree + in.heapAlloc;
  std::uint64_t nonHeap = in.mappedReady > heapish ? in.mappedReady - heapish : 0;
  // Already over the limit: lower the goal by the excess, so the next cycle comes sooner.
  std::uint64_t overage = in.mappedReady > limit ? in.mappedReady - limit : 0;
  if (nonHeap + overage >= limit) return heapMarked_;
  std::uint64_t goal = limit - (nonHeap + overage);
  goal = goal < 2 * kLimitHeadroom ? kLimitHeadroom : goal - kLimitHeadroom;
  return goal < heapMarked_ ? heapMarked_ : goal;
}

void Pacer::recompute() {
  if (!enabled()) {
    goal_ = kOff;
    return;
  }
  auto pct = static_cast<std::uint64_t>(gcPercent_);
  std::uint64_t goal = heapMarked_ + (heapMarked_ + stackBytes_ + globalsBytes_) * pct / 100;
  goal_ = goal < heapMinimum() ? heapMinimum() : goal;
}

}  // namespace gomi::gc
