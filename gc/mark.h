// gc/mark.h — the marker: precise, stop-the-world, with an explicit mark stack.
//
// Design: marking is a graph traversal that must not recurse on the C++ stack (a 10-million-node
// list would overflow it), so grey objects go on an explicit stack of mmap'd chunks. The stack is
// bounded (HeapConfig::markStackLimitBytes); if a push would exceed it the object — already marked
// — is dropped and an overflow flag set, and once the stack drains the marker rescans every marked
// object in the heap to find the children those dropped objects hid, repeating until no overflow
// occurs. Each object is marked when pushed (grey = marked and on the stack), so it is pushed once.
//
// The marker finds an object from any pointer through the page table (address → span), then a
// multiply by the class's division magic (→ object index); words that do not land in an allocated
// object of an in-use span are ignored, which makes stray non-heap words harmless. Which words of
// an object are pointers comes from the arena's pointer bitmap written at allocation.
//
// Everything runs with the world stopped, but the state kept (mark bits + a work stack) is what a
// concurrent marker with a write barrier would need: shading an object is greyObject().
#pragma once

#include <cstddef>
#include <cstdint>

#include "gc/heap.h"

namespace gomi::gc {

struct MSpan;

// A grey object and its span (so scanning it needs no second page-table lookup).
struct MarkItem {
  std::uintptr_t obj;
  MSpan* span;
};

class MarkStack {
 public:
  explicit MarkStack(std::size_t limitBytes) : limitBytes_(limitBytes) {}
  ~MarkStack();
  MarkStack(const MarkStack&) = delete;
  MarkStack& operator=(const MarkStack&) = delete;

  // False when the stack is at its limit (the caller records an overflow).
  bool push(MarkItem p) {
    if (top_ != nullptr && top_->n < kChunkItems) {
      top_->items[top_->n++] = p;
      return true;
    }
    return pushSlow(p);
  }
  bool pop(MarkItem& p) {
    if (top_ != nullptr && top_->n > 0) {
      p = top_->items[--top_->n];
      return true;
    }
    return popSlow(p);
  }
  std::size_t sysBytes() const { return (chunks_ + (spare_ != nullptr)) * kChunkBytes; }
  std::size_t peakBytes() const { return peakChunks_ * kChunkBytes; }
  void setLimit(std::size_t bytes) { limitBytes_ = bytes; }

 private:
  static constexpr std::size_t kChunkBytes = 64 * 1024;
  struct Chunk {
    Chunk* prev;
    std::size_t n;
    MarkItem items[1];
  };
  static constexpr std::size_t kChunkItems = (kChunkBytes - 2 * sizeof(void*)) / sizeof(MarkItem);

  bool pushSlow(MarkItem p);
  bool popSlow(MarkItem& p);

  Chunk* top_ = nullptr;
  Chunk* spare_ = nullptr;  // keeps push/pop at a chunk boundary from mapping and unmapping
  std::size_t chunks_ = 0;
  std::size_t peakChunks_ = 0;
  std::size_t limitBytes_;
};

// Mark everything reachable from the roots and the finalizer table, queue ready finalizers, and
// leave heapMarked in h. Requires: all spans swept and all caches released.
void gcMark(Heap::Impl& h);
// Check every pointer word of every marked object (gccheckmark). Call between mark and sweep.
void gcVerifyMarked(Heap::Impl& h);

}  // namespace gomi::gc
