#include "runtime/runtime.h"

#include <unistd.h>

#include <cstdlib>

namespace gomi::rt {

namespace {
// Large enough that output-heavy programs make few syscalls, small enough to stay in cache.
constexpr std::size_t kStdoutBufferLimit = 64 * 1024;

// Go's traceback_cache bits.
constexpr std::uint32_t kTracebackCrash = 1, kTracebackAll = 2, kTracebackShift = 2;

std::uint32_t parseTraceback(std::string_view level) {
  if (level == "none") return 0;
  if (level == "single" || level.empty()) return 1u << kTracebackShift;
  if (level == "all") return 1u << kTracebackShift | kTracebackAll;
  if (level == "system") return 2u << kTracebackShift | kTracebackAll;
  if (level == "crash") return 2u << kTracebackShift | kTracebackAll | kTracebackCrash;
  // Anything else: all goroutines, at the numeric level given (0 for words Go does not know).
  std::uint32_t t = kTracebackAll;
  bool neg = !level.empty() && level[0] == '-';
  std::string_view digits = neg ? level.substr(1) : level;
  std::uint64_t n = 0;
  bool ok = !digits.empty();
  for (char c : digits) {
    if (c < '0' || c > '9' || n > (std::uint64_t{1} << 40)) {
      ok = false;
      break;
    }
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (ok && (!neg || n == 0) && n <= 0xffffffffu)
    t |= static_cast<std::uint32_t>(n) << kTracebackShift;
  return t;
}

void writeAll(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n <= 0) return;  // a closed pipe: Go would get EPIPE; nothing useful left to do
    s.remove_prefix(static_cast<std::size_t>(n));
  }
}
}  // namespace

Runtime::Runtime(const gc::HeapConfig& cfg) : heap_(cfg) {
  const char* env = std::getenv("GOTRACEBACK");
  setTraceback(env ? env : "");
  tracebackEnv_ = traceback_;
  // Goroutine stacks count against the memory limit: the fiber stacks of live goroutines and
  // the interpreter's VM stacks, as StackInuse counts them (reserved but untouched stack chunks
  // do not, unlike StackSys).
  heap_.setExternalBytesSource([this] { return stacks_.inUseBytes() + vmStackBytes_; });
}

void Runtime::setTraceback(std::string_view level) {
  traceback_ = parseTraceback(level) | tracebackEnv_;
}

Runtime::Traceback Runtime::traceback() const {
  Traceback t;
  t.level = traceback_ >> kTracebackShift;
  t.all = (traceback_ & kTracebackAll) != 0;
  t.crash = (traceback_ & kTracebackCrash) != 0;
  return t;
}
Runtime::~Runtime() {
  flush();
}

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
