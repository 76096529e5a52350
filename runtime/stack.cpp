#include "runtime/stack.h"

#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>

namespace gomi::rt {

StackPool::~StackPool() {
  for (auto* c : chunks_) ::munmap(c, kChunkSize);
}

StackSpan StackPool::get() {
  ++inUse_;
  if (!free_.empty()) {
    StackSpan s = free_.back();
    free_.pop_back();
    return s;
  }
  constexpr std::size_t perChunk = kChunkSize / kStackSize;
  if (chunks_.empty() || carved_ == perChunk) {
    void* p = ::mmap(nullptr, kChunkSize, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
      std::fputs("fatal error: out of memory allocating goroutine stacks\n", stderr);
      std::abort();
    }
    // A goroutine touches a page or two of its stack; with transparent huge pages the first
    // touch would fault in (and zero) 2 MiB shared by 8 stacks instead.
    ::madvise(p, kChunkSize, MADV_NOHUGEPAGE);
    chunks_.push_back(static_cast<std::uint8_t*>(p));
    carved_ = 0;
  }
  StackSpan s{chunks_.back() + carved_ * kStackSize, kStackSize};
  ++carved_;
  return s;
}

void StackPool::put(StackSpan s) {
  --inUse_;
  free_.push_back(s);
}

void StackPool::trim(std::size_t keep) {
  for (std::size_t i = keep; i < free_.size(); ++i) {
    ::madvise(free_[i].lo, free_[i].size, MADV_DONTNEED);
  }
}

}  // namespace gomi::rt
