// runtime/sema.h — semaphores keyed by address, the primitive under sync.Mutex, RWMutex and
// WaitGroup, with Go 1.19's semantics (runtime/sema.go):
//  * release increments the count and readies the longest waiter (into runnext); the waiter
//    takes the unit itself when it runs, so a goroutine that acquires in between may take it
//    first, and the waiter then waits again (as in Go, this is what lets an unlocking goroutine
//    re-lock a mutex before the one it woke runs);
//  * with handoff (sync.Mutex in starvation mode) the unit goes to the waiter directly and the
//    releasing goroutine yields to it;
//  * a waiter may queue LIFO (a mutex waiter that was woken and lost the race goes back to the
//    head of the queue).
// A waiting goroutine parks with Go 1.19's wait reason "semacquire".
#pragma once

#include <cstdint>
#include <unordered_map>

#include "runtime/chan.h"
#include "runtime/sched.h"

namespace gomi::rt {

class Semaphores {
 public:
  explicit Semaphores(Scheduler& sched) : sched_(sched) {}

  // Waits until *addr > 0, then decrements it. lifo queues the waiter at the head.
  void acquire(std::uint32_t* addr, bool lifo = false);
  // Increments *addr and wakes the longest waiter, if any.
  void release(std::uint32_t* addr, bool handoff = false);
  // Goroutines parked on addr.
  std::size_t waiters(const std::uint32_t* addr) const;

 private:
  Scheduler& sched_;
  std::unordered_map<const std::uint32_t*, WaitQ> queues_;
};

}  // namespace gomi::rt
