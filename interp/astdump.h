// interp/astdump.h — printing syntax trees: a debugging dump, and expressions as Go prints them.
#pragma once

#include <string>

#include "interp/ast.h"

namespace gomi {

// An indented tree of the whole file, one node per line (for tests and debugging).
std::string dumpAst(const File& file);
std::string dumpExpr(const Expr* e);
std::string dumpStmt(const Stmt* s);

// An expression rendered the way the Go compiler's messages render it (the syntax package's
// ShortForm): `x + y`, `f(a, b...)`, `T{…}`, `func(int) string {…}`, `[]int`, `<-chan T`.
std::string exprString(const Expr* e);

}  // namespace gomi
