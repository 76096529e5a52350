// gc/fixalloc.h — a free-list allocator for fixed-size heap metadata (spans, caches).
//
// Design: metadata must not come from malloc (it would be invisible to MemStats and could recurse
// into a future malloc replacement), so like Go's fixalloc it carves objects out of mmap'd chunks
// and recycles them through a free list. Chunks are never returned; Sys counts them.
#pragma once

#include <cstddef>
#include <new>

#include "gc/sys.h"

namespace gomi::gc {

template <class T>
class FixAlloc {
 public:
  FixAlloc() = default;
  FixAlloc(const FixAlloc&) = delete;
  FixAlloc& operator=(const FixAlloc&) = delete;
  ~FixAlloc() {
    while (chunks_ != nullptr) {
      Chunk* next = chunks_->next;
      sysFree(chunks_, kChunkBytes);
      chunks_ = next;
    }
  }

  T* alloc() {
    void* mem;
    if (free_ != nullptr) {
      mem = free_;
      free_ = free_->next;
    } else {
      if (left_ < kSlot) refill();
      mem = cur_;
      cur_ += kSlot;
      left_ -= kSlot;
    }
    ++inuse_;
    return new (mem) T();
  }

  void free(T* p) {
    p->~T();
    auto* f = reinterpret_cast<FreeSlot*>(p);
    f->next = free_;
    free_ = f;
    --inuse_;
  }

  std::size_t inuseBytes() const { return inuse_ * sizeof(T); }
  std::size_t sysBytes() const { return sys_; }

 private:
  struct FreeSlot {
    FreeSlot* next;
  };
  struct Chunk {
    Chunk* next;
  };
  static constexpr std::size_t kChunkBytes = 256 * 1024;
  static constexpr std::size_t kSlot = (sizeof(T) + alignof(T) - 1) / alignof(T) * alignof(T);
  static_assert(kSlot >= sizeof(FreeSlot) && kSlot + 64 <= kChunkBytes);

  void refill() {
    auto* c = static_cast<Chunk*>(sysAlloc(kChunkBytes));
    c->next = chunks_;
    chunks_ = c;
    cur_ = reinterpret_cast<char*>(c) + 64;
    left_ = kChunkBytes - 64;
    sys_ += kChunkBytes;
  }

  FreeSlot* free_ = nullptr;
  Chunk* chunks_ = nullptr;
  char* cur_ = nullptr;
  std::size_t left_ = 0;
  std::size_t inuse_ = 0;
  std::size_t sys_ = 0;
};

}  // namespace gomi::gc
