// interp/checker.h — type checking a program: main plus the standard packages it imports.
//
// loadProgram parses the main file, parses and checks every imported stdlib prelude (their Go
// source comes from the PackageRegistry), then checks main. Afterwards every node carries the
// facts described in ast.h and Program lists what the compiler needs, in dependency order.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "interp/ast.h"
#include "interp/diag.h"
#include "interp/native.h"
#include "interp/types.h"

namespace gomi {

struct Package {
  std::string path;  // "main", "fmt", "unicode/utf8"
  std::string name;
  std::vector<File*> files;
  const StdPackage* std = nullptr;  // set for stdlib packages
  std::vector<Package*> imports;

  // Package-level variables in Go's initialization order (dependency order, then source order).
  // `rhs` empty: zero value. One rhs with several lhs: a multi-value initializer (a, b = f()).
  struct VarInit {
    std::vector<Object*> lhs;  // entries may be nullptr for `_`
    std::vector<Expr*> rhs;
  };
  std::vector<VarInit> initOrder;
  std::vector<Object*> globals;      // every package-level var
  std::vector<FuncDecl*> funcs;      // every function and method declaration (incl. natives)
  std::vector<FuncDecl*> initFuncs;  // func init() in source order
  std::vector<FuncLit*> funcLits;    // every function literal in the package
};

struct Program {
  TypeTable types;
  std::vector<std::unique_ptr<AstArena>> arenas;
  std::vector<std::unique_ptr<Package>> packages;  // dependencies first, main last
  std::deque<Object> objects;                      // owns every Object
  std::deque<Expr> spreadIdents;                   // Idents the checker made (Expr::spreadCall)
  Package* mainPackage() const { return packages.empty() ? nullptr : packages.back().get(); }
};

// Returns false (with Go-style errors in diags) when the program does not compile.
bool loadProgram(Program& prog, const std::string& mainPath, std::string_view source,
                 const PackageRegistry& registry, Diagnostics& diags);

}  // namespace gomi
