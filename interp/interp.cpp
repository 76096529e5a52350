// interp/interp.cpp — `gomi run` end to end: load (parse + check), compile, run.
//
// Output discipline: stdout is buffered by rt::Runtime; every stderr write flushes it first, and
// the runtime is flushed before returning, so the two streams interleave as a Go program's do.
#include "interp/interp.h"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <system_error>

#include "interp/bytecode.h"
#include "interp/checker.h"
#include "interp/compiler.h"
#include "interp/vm.h"
#include "runtime/runtime.h"

namespace gomi {

namespace {

// The path Go's runtime reports for a source file (tracebacks, runtime.Caller): absolute and
// cleaned, relative to the working directory as $PWD names it (os.Getwd); a standard package's
// prelude is reported under Go's own source tree.
std::string runtimePath(const std::string& file, const std::filesystem::path& cwd) {
  if (file.empty()) return file;
  if (file.rfind("$GOROOT/", 0) == 0) return "/usr/lib/go-1.19/" + file.substr(8);
  std::filesystem::path p(file);
  if (p.is_relative()) p = cwd / p;
  return p.lexically_normal().string();
}

std::filesystem::path workingDir() {
  std::error_code ec;
  std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (const char* pwd = std::getenv("PWD"); pwd && *pwd == '/') {
    if (std::filesystem::equivalent(pwd, cwd, ec)) return pwd;
  }
  return cwd;
}

}  // namespace

int runProgram(const RunRequest& req, const PackageRegistry& registry) {
  rt::Runtime runtime;
  auto prog = std::make_unique<Program>();
  {
    Diagnostics diags;
    if (!loadProgram(*prog, req.path, req.source, registry, diags)) {
      runtime.writeStderr(diags.format());
      return diags.onlyLinkErrors() ? 2 : 1;
    }
  }
  std::unique_ptr<CompiledProgram> code;
  {
    Diagnostics diags;
    code = compileProgram(*prog, registry, diags);
    if (!code) {
      runtime.writeStderr(diags.format());
      return 1;
    }
  }
  std::filesystem::path cwd = workingDir();
  for (auto& p : code->protos) p->file = runtimePath(p->file, cwd);
  if (req.dumpBytecode) runtime.writeStderr(disassemble(*code));
  int status;
  {
    vm::Machine machine(runtime, prog->types, *code, req.args);
    status = machine.run();
  }
  runtime.flush();
  return status;
}

}  // namespace gomi
