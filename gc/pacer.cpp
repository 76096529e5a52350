#include "gc/pacer.h"

namespace gomi::gc {

int Pacer::setGCPercent(int percent) {
  int old = gcPercent_;
  gcPercent_ = percent < 0 ? -1 : percent;
  recompute();
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
