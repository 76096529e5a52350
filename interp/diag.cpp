// interp/diag.cpp — printing compile errors exactly as cmd/compile does.
//
// The Go compiler filters errors as they are reported (in report order, not position order):
// only one syntax error per line, and a repeated identical message on the same line is dropped.
// When the 10th error is accepted it stops, prints what it has sorted by position, and then
// `too many errors` at the position of that 10th error. format() replays the same rules over the
// errors in the order they were reported.
#include <algorithm>

#include "interp/diag.h"

namespace gomi {

namespace {
constexpr std::size_t kMaxErrors = 10;

std::string location(const Diagnostic& d) {
  return d.path + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col);
}
}  // namespace

std::string Diagnostics::format() const {
  std::vector<const Diagnostic*> kept;
  const Diagnostic* lastSyntax = nullptr;
  const Diagnostic* lastOther = nullptr;
  bool tooMany = false;
  for (const auto& d : list_) {
    if (d.message.rfind("syntax error", 0) == 0) {
      if (lastSyntax && lastSyntax->path == d.path && lastSyntax->pos.line == d.pos.line) continue;
      lastSyntax = &d;
    } else {
      if (lastOther && lastOther->path == d.path && lastOther->pos.line == d.pos.line &&
          lastOther->message == d.message) {
        continue;
      }
      lastOther = &d;
    }
    kept.push_back(&d);
    if (kept.size() >= kMaxErrors) {
      tooMany = true;
      break;
    }
  }
  const Diagnostic* last = kept.empty() ? nullptr : kept.back();
  std::stable_sort(kept.begin(), kept.end(), [](const Diagnostic* a, const Diagnostic* b) {
    if (a->path != b->path) return a->path < b->path;
    if (a->pos.line != b->pos.line) return a->pos.line < b->pos.line;
    return a->pos.col < b->pos.col;
  });
  std::string out;
  for (const std::string& m : command_) out += m + "\n";
  std::string prev;
  for (const Diagnostic* d : kept) {
    std::string line = location(*d) + ": " + d->message + "\n";
    if (line == prev) continue;  // identical lines are printed once
    out += line;
    prev = std::move(line);
  }
  if (tooMany && last) out += location(*last) + ": too many errors\n";
  for (const std::string& m : link_) out += m + "\n";
  return out;
}

}  // namespace gomi
