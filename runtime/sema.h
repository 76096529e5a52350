// runtime/sema.h — semaphores keyed by address, the primitive under sync.Mutex, RWMutex and
// WaitGroup (Go's runtime/sema.go in miniature). A goroutine that cannot acquire parks on a
// FIFO queue for that address with wait reason "semacquire", as Go 1.19 reports it.
#pragma once

#include <cstdint>
#include <unordered_map>

#include "runtime/chan.h"
#include "runtime/sched.h"

namespace gomi::rt {

class Semaphores {
 public:
  explicit Semaphores(Scheduler& sched) : sched_(sched) {}

  // Waits until *addr > 0, then decrements it.
  void acquire(std::uint32_t* addr);
  // Increments *addr and hands the unit to the longest waiter, if any. With handoff, the woken
  // waiter runs next (Go's semrelease handoff, used by Mutex starvation mode and WaitGroup).
  void release(std::uint32_t* addr, bool handoff = false);
  // Goroutines parked on addr.
  std::size_t waiters(const std::uint32_t* addr) const;

 private:
  Scheduler& sched_;
  std::unordered_map<const std::uint32_t*, WaitQ> queues_;
};

}  // namespace gomi::rt
