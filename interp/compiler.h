// interp/compiler.h — checked syntax tree to typed register bytecode.
//
// The compiler trusts the checker completely: every expression already carries its type, mode
// and (for constants) its value, every selector and call says how it is to be compiled. The
// compiler only decides where values live (frame slots, heap boxes, globals) and which typed
// instruction computes each operation; it never re-derives a type.
//
// Errors: a construct the compiler does not support yet is reported as a Diagnostic at the node
// (never a crash) and compileProgram returns nullptr.
#pragma once

#include <memory>

#include "interp/bytecode.h"
#include "interp/checker.h"
#include "interp/diag.h"
#include "interp/native.h"

namespace gomi {

// Compiles every package of `prog` (dependencies first). The program's entry function runs each
// package's global initialisers (Package::initOrder) and init funcs in dependency order, then
// main.main. Returns nullptr after reporting at least one error to `diags`.
std::unique_ptr<CompiledProgram> compileProgram(Program& prog, const PackageRegistry& registry,
                                                Diagnostics& diags);

// As above; errors are printed to stderr as `path:line:col: message`.
std::unique_ptr<CompiledProgram> compileProgram(Program& prog, const PackageRegistry& registry);

}  // namespace gomi
