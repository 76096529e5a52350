// interp/interp.h — the whole pipeline behind `gomi run`.
#pragma once

#include <string>
#include <vector>

#include "interp/native.h"

namespace gomi {

struct RunRequest {
  std::string path;               // as given on the command line (used in messages)
  std::string source;
  std::vector<std::string> args;  // os.Args: program name first
  bool dumpBytecode = false;      // print the compiled bytecode to stderr before running
};

// Parse, check, compile and run. Returns the process exit status as `go run` would leave it:
// 0 on normal return, 1 after compile errors (printed to stderr), 2 after an unrecovered panic
// or fatal error, or the code given to os.Exit.
int runProgram(const RunRequest& req, const PackageRegistry& registry);

}  // namespace gomi
