#include "runtime/chan.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <vector>

namespace gomi::rt {

namespace {
const std::uint8_t kHChanMask[] = {0x01};
}  // namespace

const gc::GcType kHChanGcType{sizeof(HChan), 8, kHChanMask, "runtime.hchan"};

void WaitQ::enqueue(Sudog* s) {
  s->next = nullptr;
  s->prev = last;
  if (last) {
    last->next = s;
  } else {
    first = s;
  }
  last = s;
}

void WaitQ::enqueueFront(Sudog* s) {
  s->prev = nullptr;
  s->next = first;
  if (first) {
    first->prev = s;
  } else {
    last = s;
  }
  first = s;
}

void WaitQ::remove(Sudog* s) {
  if (s->prev) {
    s->prev->next = s->next;
  } else if (first == s) {
    first = s->next;
  } else {
    return;  // not queued (already dequeued by the party that woke us)
  }
  if (s->next) {
    s->next->prev = s->prev;
  } else {
    last = s->prev;
  }
  s->next = s->prev = nullptr;
}

Sudog* WaitQ::dequeue() {
  while (Sudog* s = first) {
    remove(s);
    // A select waits on several channels at once; only the first party to reach it wins.
    if (s->isSelect && s->g->wokenBy != nullptr) continue;
    return s;
  }
  return nullptr;
}

ChanOps::ChanOps(gc::Heap& heap, Scheduler& sched) : heap_(heap), sched_(sched) {
  heap_.addRootSource(this);
}
ChanOps::~ChanOps() {
  heap_.removeRootSource(this);
}

void ChanOps::raise(const char* msg) {
  if (panicPlain) panicPlain(msg);
  std::fprintf(stderr, "panic: %s\n", msg);
  std::_Exit(2);
}

void* ChanOps::bufSlot(HChan* c, std::uint64_t i) const {
  return static_cast<std::uint8_t*>(c->buf) + i * c->elemsize;
}

void ChanOps::copyElem(HChan* c, void* dst, const void* src) const {
  if (dst && c->elemsize) {
    if (src) {
      std::memmove(dst, src, c->elemsize);
    } else {
      std::memset(dst, 0, c->elemsize);
    }
  }
}

HChan* ChanOps::make(const gc::GcType& elem, const void* elemType, std::int64_t size) {
  if (size < 0 ||
      (elem.size && static_cast<std::uint64_t>(size) > (std::uint64_t{1} << 40) / elem.size)) {
    raise("makechan: size out of range");
  }
  auto* c = static_cast<HChan*>(heap_.allocate(kHChanGcType));
  c->elemsize = elem.size;
  c->dataqsiz = static_cast<std::uint64_t>(size);
  c->elemType = elemType;
  if (size > 0) {
    constructing_ = c;
    void* buf = heap_.allocateArray(elem, static_cast<std::size_t>(size));
    c->buf = buf;
    constructing_ = nullptr;
  }
  return c;
}

bool ChanOps::send(HChan* c, const void* elem, bool block) {
  if (!c) {
    if (!block) return false;
    sched_.park("chan send (nil chan)");
    std::fputs("fatal error: unreachable: nil channel send resumed\n", stderr);
    std::_Exit(2);
  }
  if (!block && !c->closed &&
      (c->dataqsiz == 0 ? c->recvq.first == nullptr : c->qcount == c->dataqsiz)) {
    return false;
  }
  if (c->closed) raise("send on closed channel");
  if (Sudog* s = c->recvq.dequeue()) {
    copyElem(c, s->elem, elem);
    s->success = true;
    s->g->wokenBy = s;
    sched_.ready(s->g);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    copyElem(c, bufSlot(c, c->sendx), elem);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    ++c->qcount;
    return true;
  }
  if (!block) return false;
  G* g = sched_.current();
  Sudog me;
  me.g = g;
  me.elem = const_cast<void*>(elem);
  me.c = c;
  g->wokenBy = nullptr;
  c->sendq.enqueue(&me);
  sched_.park("chan send");
  if (!me.success) raise("send on closed channel");
  return true;
}

bool ChanOps::recv(HChan* c, void* elem, bool block, bool* ok) {
  if (ok) *ok = false;
  if (!c) {
    if (!block) return false;
    sched_.park("chan receive (nil chan)");
    std::fputs("fatal error: unreachable: nil channel receive resumed\n", stderr);
    std::_Exit(2);
  }
  if (!block && (c->dataqsiz == 0 ? c->sendq.first == nullptr : c->qcount == 0)) {
    if (!c->closed) return false;
  }
  if (c->closed && c->qcount == 0) {
    copyElem(c, elem, nullptr);
    return true;
  }
  if (Sudog* s = c->sendq.dequeue()) {
    if (c->dataqsiz == 0) {
      copyElem(c, elem, s->elem);
    } else {
      // The buffer is full: take its head, and put the sender's value at the tail.
      void* head = bufSlot(c, c->recvx);
      copyElem(c, elem, head);
      copyElem(c, head, s->elem);
      if (++c->recvx == c->dataqsiz) c->recvx = 0;
      c->sendx = c->recvx;
    }
    s->success = true;
    s->g->wokenBy = s;
    sched_.ready(s->g);
    if (ok) *ok = true;
    return true;
  }
  if (c->qcount > 0) {
    void* head = bufSlot(c, c->recvx);
    copyElem(c, elem, head);
    copyElem(c, head, nullptr);  // drop the buffer's reference so the GC can free the value
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    --c->qcount;
    if (ok) *ok = true;
    return true;
  }
  if (!block) return false;
  G* g = sched_.current();
  Sudog me;
  me.g = g;
  me.elem = elem;
  me.c = c;
  g->wokenBy = nullptr;
  c->recvq.enqueue(&me);
  sched_.park("chan receive");
  if (!me.success) copyElem(c, elem, nullptr);
  if (ok) *ok = me.success;
  return true;
}

void ChanOps::close(HChan* c) {
  if (!c) raise("close of nil channel");
  if (c->closed) raise("close of closed channel");
  c->closed = 1;
  // Go's closechan collects receivers, then senders, in queue order onto a list it pops from
  // the head, so it readies them in reverse; each goes into runnext, pushing the previous one
  // to the run queue. The first waiter therefore runs first, then the rest in reverse order.
  std::vector<G*> wake;
  while (Sudog* s = c->recvq.dequeue()) {
    s->success = false;
    s->g->wokenBy = s;
    wake.push_back(s->g);
  }
  while (Sudog* s = c->sendq.dequeue()) {
    s->success = false;
    s->g->wokenBy = s;
    wake.push_back(s->g);
  }
  for (auto it = wake.rbegin(); it != wake.rend(); ++it) sched_.ready(*it);
}

int ChanOps::select(SelectCase* cases, int n, bool block, bool* recvOK) {
  if (recvOK) *recvOK = false;
  // Poll the cases in a random order so that no ready case is favoured.
  std::vector<int> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  for (int i = n - 1; i > 0; --i) {
    int j = static_cast<int>(rng_() % static_cast<unsigned>(i + 1));
    std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(j)]);
  }
  for (int i : order) {
    SelectCase& k = cases[i];
    if (!k.c) continue;
    if (k.isSend) {
      if (k.c->closed) raise("send on closed channel");
      if (send(k.c, k.elem, false)) return i;
    } else {
      if (recv(k.c, k.elem, false, recvOK)) return i;
    }
  }
  if (!block) return -1;

  G* g = sched_.current();
  std::vector<Sudog> sudogs(static_cast<std::size_t>(n));
  bool any = false;
  g->wokenBy = nullptr;
  for (int i = 0; i < n; ++i) {
    SelectCase& k = cases[i];
    if (!k.c) continue;
    Sudog& s = sudogs[static_cast<std::size_t>(i)];
    s.g = g;
    s.elem = k.elem;
    s.c = k.c;
    s.caseIndex = i;
    s.isSelect = true;
    (k.isSend ? k.c->sendq : k.c->recvq).enqueue(&s);
    any = true;
  }
  sched_.park(any ? "select" : "select (no cases)");
  Sudog* fired = g->wokenBy;
  for (int i = 0; i < n; ++i) {
    SelectCase& k = cases[i];
    if (!k.c) continue;
    Sudog& s = sudogs[static_cast<std::size_t>(i)];
    if (&s != fired) (k.isSend ? k.c->sendq : k.c->recvq).remove(&s);
  }
  if (!fired) {
    std::fputs("fatal error: select woke without a case\n", stderr);
    std::_Exit(2);
  }
  SelectCase& k = cases[fired->caseIndex];
  if (k.isSend) {
    if (!fired->success) raise("send on closed channel");
  } else {
    if (!fired->success) copyElem(k.c, k.elem, nullptr);
    if (recvOK) *recvOK = fired->success;
  }
  return fired->caseIndex;
}

}  // namespace gomi::rt
