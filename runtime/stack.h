// runtime/stack.h — native stacks for goroutine fibers, carved out of large mappings.
//
// Why a pool: a mapping (and a guard page) per goroutine costs a syscall or two each time and
// one VMA each, and vm.max_map_count caps a process at ~65k VMAs: a million goroutines would be
// impossible. So stacks are fixed-size slices of 32 MiB chunks reserved with MAP_NORESERVE: the
// kernel backs only the pages a goroutine touches, creating and ending goroutines costs no
// syscall in steady state, and a million stacks need only ~4k mappings.
//
// There are no guard pages: overflow is caught by checks instead. The VM bounds its own
// recursion (it does not recurse natively for Go calls), and native re-entry points call
// StackPool::remaining() against the running goroutine's stack bounds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gomi::rt {

struct StackSpan {
  std::uint8_t* lo = nullptr;  // lowest address; the stack grows down from lo + size
  std::size_t size = 0;
};

class StackPool {
 public:
  static constexpr std::size_t kStackSize = 256 * 1024;
  static constexpr std::size_t kChunkSize = 32 * 1024 * 1024;

  StackPool() = default;
  ~StackPool();
  StackPool(const StackPool&) = delete;
  StackPool& operator=(const StackPool&) = delete;

  StackSpan get();
  // Return a stack. Its pages stay resident for quick reuse; trim() gives them back.
  void put(StackSpan s);
  // Release the resident pages of pooled stacks beyond `keep` to the OS.
  void trim(std::size_t keep);

  std::size_t inUse() const { return inUse_; }
  std::size_t mappedBytes() const { return chunks_.size() * kChunkSize; }
  std::size_t inUseBytes() const { return inUse_ * kStackSize; }

 private:
  std::vector<std::uint8_t*> chunks_;
  std::vector<StackSpan> free_;
  std::size_t carved_ = 0;  // stacks handed out of the newest chunk
  std::size_t inUse_ = 0;
};

// Bytes left below the current native stack pointer on a stack spanning [lo, ...).
inline std::size_t stackRemaining(const std::uint8_t* lo) {
  std::uint8_t here;
  auto* sp = static_cast<std::uint8_t*>(static_cast<void*>(&here));
  return sp > lo ? static_cast<std::size_t>(sp - lo) : 0;
}

}  // namespace gomi::rt
