#include "gc/sys.h"

#include <sys/mman.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace gomi::gc {

void* sysAlloc(std::size_t bytes, std::size_t align) {
  std::size_t want = align > 0 ? bytes + align : bytes;
  void* p = mmap(nullptr, want, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                 -1, 0);
  if (p == MAP_FAILED) fatal("out of memory (mmap %zu bytes: %s)", want, std::strerror(errno));
  if (align == 0) return p;
  auto a = reinterpret_cast<std::uintptr_t>(p);
  std::uintptr_t aligned = (a + align - 1) & ~(align - 1);
  if (aligned > a) munmap(p, aligned - a);
  std::size_t tail = (a + want) - (aligned + bytes);
  if (tail > 0) munmap(reinterpret_cast<void*>(aligned + bytes), tail);
  return reinterpret_cast<void*>(aligned);
}

void sysFree(void* p, std::size_t bytes) {
  munmap(p, bytes);
}

void sysUnused(void* p, std::size_t bytes) {
  madvise(p, bytes, MADV_DONTNEED);
}

void sysHugePage(void* p, std::size_t bytes) {
  // Advisory: kernels without THP refuse it, and small pages are then used as before.
  madvise(p, bytes, MADV_HUGEPAGE);
}

void fatal(const char* fmt, ...) {
  std::fflush(stdout);
  std::fputs("fatal error: ", stderr);
  va_list ap;
  va_start(ap, fmt);
  std::vfprintf(stderr, fmt, ap);
  va_end(ap);
  std::fputc('\n', stderr);
  std::fflush(stderr);
  std::abort();
}

static std::uint64_t clockNanos(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return static_cast<std::uint64_t>(ts.tv_sec) * 1000000000u +
         static_cast<std::uint64_t>(ts.tv_nsec);
}
std::uint64_t nanotime() {
  return clockNanos(CLOCK_MONOTONIC);
}
std::uint64_t unixNanos() {
  return clockNanos(CLOCK_REALTIME);
}
std::uint64_t threadCpuNanos() {
  return clockNanos(CLOCK_THREAD_CPUTIME_ID);
}

}  // namespace gomi::gc
