// runtime/chan.h — Go channels and select, over raw element bytes.
//
// A channel is an HChan object in the gc heap (so `make(chan T)` is counted and collected like
// any Go allocation) with its ring buffer as a separate heap array typed by the element layout.
// Waiting goroutines are queued as Sudogs, which live on the waiting goroutine's native stack for
// as long as it is parked; the element pointer of a Sudog points into the waiter's VM frame,
// which cannot move while the waiter is parked.
//
// Semantics are Go 1.19's (runtime/chan.go, runtime/select.go):
//  * An unbuffered send to a waiting receiver copies straight into the receiver's frame and
//    readies it (into runnext); the same for a receive from a waiting sender. No intermediate
//    copy, no wake-up chain.
//  * A receive from a buffered channel with a waiting sender takes the head of the buffer and
//    moves the sender's value to the tail, so order is FIFO.
//  * close wakes every waiter: receivers get the zero value and ok=false, senders panic.
//  * nil channels block forever; select chooses uniformly at random among ready cases.
// Panics are raised through ChanOps::panicPlain (Go's plainError: printed without the
// "runtime error: " prefix): "send on closed channel", "close of closed channel",
// "close of nil channel".
#pragma once

#include <cstdint>
#include <functional>
#include <random>

#include "gc/heap.h"
#include "runtime/sched.h"

namespace gomi::rt {

struct Sudog {
  G* g = nullptr;
  void* elem = nullptr;  // where to copy from (send) or to (receive); may be nullptr (discard)
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  struct HChan* c = nullptr;
  int caseIndex = -1;  // for select: which case this sudog belongs to
  bool isSelect = false;
  bool success = false;      // receive: a value was delivered (not woken by close)
  std::uint32_t ticket = 0;  // semaphores: the unit was handed over directly
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  void enqueue(Sudog* s);
  void enqueueFront(Sudog* s);
  Sudog* dequeue();  // skips select sudogs whose select already completed
  void remove(Sudog* s);
};

struct HChan {
  void* buf;               // heap array of dataqsiz elements (the only pointer word)
  std::uint64_t qcount;    // elements in the buffer
  std::uint64_t dataqsiz;  // buffer capacity
  std::uint64_t elemsize;
  std::uint64_t sendx;
  std::uint64_t recvx;
  std::uint64_t closed;
  const void* elemType;  // the interpreter's element type descriptor (not a heap pointer)
  WaitQ recvq;
  WaitQ sendq;
};

// The collector's view of an HChan: only `buf` is a heap pointer.
extern const gc::GcType kHChanGcType;

struct SelectCase {
  HChan* c = nullptr;    // nil: the case never proceeds
  void* elem = nullptr;  // send: value to send; receive: destination (may be nullptr)
  bool isSend = false;
};

class ChanOps : public gc::RootSource {
 public:
  ChanOps(gc::Heap& heap, Scheduler& sched);
  ~ChanOps() override;
  ChanOps(const ChanOps&) = delete;
  ChanOps& operator=(const ChanOps&) = delete;

  // Raised for Go's plain-error channel panics; must not return (the VM throws its panic).
  std::function<void(const char* msg)> panicPlain;

  HChan* make(const gc::GcType& elem, const void* elemType, std::int64_t size);

  // Returns false only when !block and the send could not proceed.
  bool send(HChan* c, const void* elem, bool block);
  // Returns false only when !block and nothing could be received. *ok (if given) is false when
  // the value is the zero value of a closed channel.
  bool recv(HChan* c, void* elem, bool block, bool* ok);
  void close(HChan* c);
  std::int64_t len(const HChan* c) const { return c ? static_cast<std::int64_t>(c->qcount) : 0; }
  std::int64_t cap(const HChan* c) const { return c ? static_cast<std::int64_t>(c->dataqsiz) : 0; }

  // select over `cases`. Returns the index of the chosen case, or -1 when !block and no case
  // was ready (the default case). *recvOK reports a receive case's ok.
  int select(SelectCase* cases, int n, bool block, bool* recvOK);

  // Keeps a channel under construction alive while its buffer is allocated.
  void scanRoots(gc::Marker& m) override { m.markPointer(constructing_); }

 private:
  [[noreturn]] void raise(const char* msg);
  void copyElem(HChan* c, void* dst, const void* src) const;
  void* bufSlot(HChan* c, std::uint64_t i) const;

  gc::Heap& heap_;
  Scheduler& sched_;
  std::minstd_rand rng_{0x9e3779b9u};
  HChan* constructing_ = nullptr;
};

}  // namespace gomi::rt
