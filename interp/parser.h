// interp/parser.h — Go source to syntax tree (lexer.h does the tokens).
#pragma once

#include <string>
#include <string_view>

#include "interp/ast.h"
#include "interp/diag.h"

namespace gomi {

// Parses one Go source file into nodes owned by `arena`. Syntax errors go to `diags` with Go's
// wording ("syntax error: unexpected newline, expecting comma or }", ...). Returns the File even
// when there were errors (possibly partial); callers check diags. Only a file whose package
// clause or imports are malformed yields nullptr: the go command rejects such a file itself,
// before compiling, with go/parser's wording ("expected 'STRING', found newline") and no
// "syntax error:" prefix.
//
// As in cmd/compile, only messages starting with "syntax error" stop compilation; the parser's
// other complaints (lexical errors, "expression in defer must be function call", ...) are
// reported together with the type checker's errors.
File* parseFile(AstArena& arena, const std::string& path, std::string_view source,
                Diagnostics& diags);

}  // namespace gomi
