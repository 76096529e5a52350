// gc/sys.h — the heap's only contact with the operating system, plus fatal().
//
// Design: all heap memory and all heap metadata come from mmap, never from malloc, so the heap's
// footprint is exactly what Sys reports and returning memory (madvise) is under our control.
#pragma once

#include <cstddef>
#include <cstdint>

namespace gomi::gc {

// Map `bytes` of zeroed read/write memory aligned to `align` (a power of two >= the OS page).
// Memory is reserved lazily by the kernel (MAP_NORESERVE): untouched pages cost nothing.
void* sysAlloc(std::size_t bytes, std::size_t align = 0);
void sysFree(void* p, std::size_t bytes);
// Give the physical pages back; the range stays mapped and reads as zero afterwards.
void sysUnused(void* p, std::size_t bytes);
// Asks for transparent huge pages on heap arenas (Go does the same on Linux). Where THP is in
// "madvise" mode, this turns 512 first-touch page faults into one, which is most of the cost of
// a growing heap on a virtual machine.
void sysHugePage(void* p, std::size_t bytes);

// Print "fatal error: <msg>" to stderr and abort: for broken heap invariants only.
[[noreturn]] void fatal(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

std::uint64_t nanotime();   // monotonic
std::uint64_t unixNanos();  // wall clock
std::uint64_t threadCpuNanos();

}  // namespace gomi::gc
