#include "runtime/sema.h"

namespace gomi::rt {

namespace {
bool cansemacquire(std::uint32_t* addr) {
  if (*addr == 0) return false;
  --*addr;
  return true;
}
}  // namespace

void Semaphores::acquire(std::uint32_t* addr, bool lifo) {
  if (cansemacquire(addr)) return;
  G* g = sched_.current();
  Sudog me;
  me.g = g;
  for (;;) {
    me.ticket = 0;
    g->wokenBy = nullptr;
    WaitQ& q = queues_[addr];
    if (lifo)
      q.enqueueFront(&me);
    else
      q.enqueue(&me);
    sched_.park("semacquire");
    if (me.ticket != 0 || cansemacquire(addr)) return;
  }
}

void Semaphores::release(std::uint32_t* addr, bool handoff) {
  ++*addr;
  auto it = queues_.find(addr);
  if (it == queues_.end()) return;
  Sudog* s = it->second.dequeue();
  if (!it->second.first) queues_.erase(it);
  if (!s) return;
  if (handoff && cansemacquire(addr)) s->ticket = 1;
  s->g->wokenBy = s;
  sched_.ready(s->g);
  // Direct handoff: the waiter runs now, on the rest of our time slice.
  if (s->ticket == 1) sched_.goyield();
}

std::size_t Semaphores::waiters(const std::uint32_t* addr) const {
  auto it = queues_.find(addr);
  if (it == queues_.end()) return 0;
  std::size_t n = 0;
  for (Sudog* s = it->second.first; s; s = s->next) ++n;
  return n;
}

}  // namespace gomi::rt
