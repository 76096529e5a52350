// interp/diag.h — compile errors, reported the way the Go compiler reports them.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "interp/ast.h"

namespace gomi {

struct Diagnostic {
  std::string path;
  Pos pos;
  std::string message;
};

// Collects errors; print() writes them sorted by position as `path:line:col: message`, at most
// 10 followed by `path:line:col: too many errors` (Go's cutoff), one per line.
class Diagnostics {
 public:
  void error(const std::string& path, Pos pos, std::string message) {
    list_.push_back({path, pos, std::move(message)});
  }
  // An error of the link step, which Go prints without a position, after `go build`'s
  // "# command-line-arguments" header, and which makes `go run` exit with status 2.
  void linkError(std::string message) { link_.push_back(std::move(message)); }
  // An error of the go command itself (not the compiler), printed without a position and
  // without a header; `go run` exits with status 1.
  void commandError(std::string message) { command_.push_back(std::move(message)); }
  bool onlyLinkErrors() const { return list_.empty() && command_.empty() && !link_.empty(); }
  bool empty() const { return list_.empty() && link_.empty() && command_.empty(); }
  std::size_t size() const { return list_.size(); }
  const std::vector<Diagnostic>& list() const { return list_; }
  std::string format() const;  // diag.cpp

 private:
  std::vector<Diagnostic> list_;
  std::vector<std::string> link_;
  std::vector<std::string> command_;
};

}  // namespace gomi
