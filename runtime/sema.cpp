#include "runtime/sema.h"

namespace gomi::rt {

void Semaphores::acquire(std::uint32_t* addr) {
  if (*addr > 0) {
    --*addr;
    return;
  }
  G* g = sched_.current();
  Sudog me;
  me.g = g;
  g->wokenBy = nullptr;
  queues_[addr].enqueue(&me);
  // release() transfers the unit to us directly, so there is nothing to re-check on wake-up.
  sched_.park("semacquire");
}

void Semaphores::release(std::uint32_t* addr, bool handoff) {
  auto it = queues_.find(addr);
  Sudog* s = it == queues_.end() ? nullptr : it->second.dequeue();
  if (!s) {
    ++*addr;
    return;
  }
  if (!it->second.first) queues_.erase(it);
  s->g->wokenBy = s;
  sched_.ready(s->g);
  if (handoff) sched_.gosched();
}

std::size_t Semaphores::waiters(const std::uint32_t* addr) const {
  auto it = queues_.find(addr);
  if (it == queues_.end()) return 0;
  std::size_t n = 0;
  for (Sudog* s = it->second.first; s; s = s->next) ++n;
  return n;
}

}  // namespace gomi::rt
