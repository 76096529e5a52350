// interp/interp.cpp — `gomi run` end to end: load (parse + check), compile, run.
//
// Output discipline: stdout is buffered by rt::Runtime; every stderr write flushes it first, and
// the runtime is flushed before returning, so the two streams interleave as a Go program's do.
#include "interp/interp.h"

#include <memory>

#include "interp/bytecode.h"
#include "interp/checker.h"
#include "interp/compiler.h"
#include "interp/vm.h"
#include "runtime/runtime.h"

namespace gomi {

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
