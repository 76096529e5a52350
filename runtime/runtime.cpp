#include "runtime/runtime.h"

#include <unistd.h>

namespace gomi::rt {

namespace {
// Large enough that output-heavy programs make few syscalls, small enough to stay in cache.
constexpr std::size_t kStdoutBufferLimit = 64 * 1024;

void writeAll(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n <= 0) return;  // a closed pipe: Go would get EPIPE; nothing useful left to do
    s.remove_prefix(static_cast<std::size_t>(n));
  }
}
}  // namespace

Runtime::Runtime(const gc::HeapConfig& cfg) : heap_(cfg) {}
Runtime::~Runtime() { flush(); }

gc::MemStats Runtime::readMemStats() {
  gc::MemStats m = heap_.readStats();
  m.StackInuse = stacks_.inUseBytes() + vmStackBytes_;
  m.StackSys = stacks_.mappedBytes() + vmStackBytes_;
  m.Sys += m.StackSys;
  return m;
}

void Runtime::writeStdout(std::string_view s) {
  outBuf_.append(s);
  if (outBuf_.size() >= kStdoutBufferLimit) flush();
}

void Runtime::writeStderr(std::string_view s) {
  flush();
  writeAll(2, s);
}

void Runtime::flush() {
  writeAll(1, outBuf_);
  outBuf_.clear();
}

}  // namespace gomi::rt
