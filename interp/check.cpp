// interp/check.cpp — loading packages, package-level declarations, type expressions, scopes
// and diagnostics for the type checker (expressions: check_expr.cpp, statements:
// check_stmt.cpp).
//
// Package-level objects are resolved lazily through objDecl so declarations may come in any
// order; colouring (white/grey/black) detects cycles. A named type that is still being resolved
// may be referred to only through an indirection (pointer, slice, map, chan, func), which
// indirect_ counts; otherwise the type is invalid-recursive.
#include <algorithm>
#include <functional>
#include <map>

#include "interp/astdump.h"
#include "interp/check.h"
#include "interp/parser.h"

namespace gomi {

// ---------------------------------------------------------------------------------------------
// Diagnostics helpers
// ---------------------------------------------------------------------------------------------

// Predeclared names gomi leaves out say so instead of being merely undefined.
std::string Checker::undefinedMessage(const std::string& name) {
  return "undefined: " + name;
}

void Checker::error(Pos pos, const std::string& msg) {
  if (diags_.size() > 200) return;
  // As types2: once an error is out, messages that mention an invalid operand or type further
  // in are follow-on errors and say nothing new.
  auto inside = [&](const char* what) {
    std::size_t at = msg.find(what);
    return at != std::string::npos && at > 0;
  };
  if (!diags_.empty() && (inside("invalid operand") || inside("invalid type"))) return;
  diags_.error(file_, errPos_.line > 0 ? errPos_ : pos, msg);
}

namespace {
std::string pkgName(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void sigStr(const Checker* c, const Type* f, std::string& out,
            const std::function<std::string(const Type*)>& ts) {
  (void)c;
  out += '(';
  for (std::size_t i = 0; i < f->params.size(); ++i) {
    if (i) out += ", ";
    if (f->variadic && i + 1 == f->params.size() && f->params[i]->u()->elem)
      out += "..." + ts(f->params[i]->u()->elem);
    else
      out += ts(f->params[i]);
  }
  out += ')';
  if (f->results.size() == 1) {
    out += " " + ts(f->results[0]);
  } else if (f->results.size() > 1) {
    out += " (";
    for (std::size_t i = 0; i < f->results.size(); ++i) {
      if (i) out += ", ";
      out += ts(f->results[i]);
    }
    out += ')';
  }
}
}  // namespace

// types2's spelling: names of the package being checked are unqualified.
std::string Checker::typStr(const Type* t) const {
  if (!t) return "invalid type";
  std::function<std::string(const Type*)> ts = [&](const Type* t) -> std::string {
    if (!t) return "invalid type";
    if (t->named()) {
      // byte and rune are the same types as uint8 and int32; programs spell them far more often.
      if (t == tt_.byteType()) return spellByte_ ? "byte" : "uint8";
      if (t == tt_.runeType()) return spellRune_ ? "rune" : "int32";
      if (t->pkg.empty() || (pkg_ && t->pkg == pkg_->path)) return t->name;
      return pkgName(t->pkg) + "." + t->name;
    }
    switch (t->kind) {
      case Kind::Array:
        return "[" + std::to_string(t->len) + "]" + ts(t->elem);
      case Kind::Slice:
        return "[]" + ts(t->elem);
      case Kind::Pointer:
        return "*" + ts(t->elem);
      case Kind::Map:
        return "map[" + ts(t->key) + "]" + ts(t->elem);
      case Kind::Chan: {
        std::string e = ts(t->elem);
        if (t->dir == ChanDir::Send) return "chan<- " + e;
        if (t->dir == ChanDir::Recv) return "<-chan " + e;
        if (t->elem && !t->elem->named() && t->elem->kind == Kind::Chan &&
            t->elem->dir == ChanDir::Recv)
          return "chan (" + e + ")";
        return "chan " + e;
      }
      case Kind::Func: {
        std::string out = "func";
        sigStr(this, t, out, ts);
        return out;
      }
      case Kind::Tuple: {
        std::string out = "(";
        for (std::size_t i = 0; i < t->results.size(); ++i) {
          if (i) out += ", ";
          out += ts(t->results[i]);
        }
        return out + ")";
      }
      case Kind::Struct: {
        std::string out = "struct{";
        for (std::size_t i = 0; i < t->fields.size(); ++i) {
          if (i) out += "; ";
          if (!t->fields[i].embedded) out += t->fields[i].name + " ";
          out += ts(t->fields[i].type);
        }
        return out + "}";
      }
      case Kind::Interface: {
        std::string out = "interface{";
        for (std::size_t i = 0; i < t->imethods.size(); ++i) {
          if (i) out += "; ";
          out += t->imethods[i].name;
          if (t->imethods[i].sig) sigStr(this, t->imethods[i].sig, out, ts);
        }
        return out + "}";
      }
      default:
        return t->str();
    }
  };
  return ts(t);
}

std::string Checker::exprStr(const Expr* e) const {
  if (e && e->spreadCall && e->x) return exprString(e->x) + "(" + exprString(e->spreadCall) + ")";
  return e ? exprString(e) : "";
}

std::string Checker::operandStr(const Expr* e) const {
  std::string s = exprStr(e);
  const Type* t = e->type;
  switch (e->mode) {
    case Mode::Invalid:
      return s + " (invalid operand)";
    case Mode::NoValue:
      return s + " (no value)";
    case Mode::BuiltinFn:
      return s + " (built-in function " + s + ")";
    case Mode::TypeExpr:
      return s + " (type)";
    case Mode::PkgName:
      return s + " (package)";
    default:
      break;
  }
  if (t && t->kind == Kind::UntypedNil) return s == "nil" ? "nil" : s + " (untyped nil)";
  std::string desc;
  switch (e->mode) {
    case Mode::Variable:
      desc = "variable";
      break;
    case Mode::MapIndex:
      desc = "map index expression";
      break;
    case Mode::CommaOk:
      desc = "comma, ok expression";
      break;
    case Mode::Constant:
      desc = "constant";
      break;
    default:
      desc = "value";
      break;
  }
  bool untyped = t && t->isUntyped();
  std::string out = s + " (";
  if (untyped) out += t->str() + " ";
  out += desc;
  if (e->mode == Mode::Constant) {
    std::string v = cv::str(e->value);
    if (v != s) out += " " + v;
  }
  if (!untyped) out += " of type " + typStr(t);
  return out + ")";
}

// ---------------------------------------------------------------------------------------------
// Scopes and objects
// ---------------------------------------------------------------------------------------------

Object* Checker::newObj(ObjKind k, const std::string& name, Pos pos, const Type* t) {
  Object& o = prog_.objects.emplace_back();
  o.kind = k;
  o.name = name;
  o.pos = pos;
  o.type = t;
  o.pkg = pkg_;
  if (!funcs_.empty()) {
    o.ownerFunc = funcs_.back().decl;
    o.ownerLit = funcs_.back().lit;
  }
  return &o;
}

void Checker::openScope(bool funcScope) {
  Scope& s = scopes_.emplace_back();
  s.parent = scope_;
  s.funcScope = funcScope;
  scope_ = &s;
}

void Checker::closeScope() {
  if (scope_) scope_ = scope_->parent;
}

void Checker::declare(Scope* s, Object* obj, Pos pos) {
  if (!s || !obj || obj->name == "_" || obj->name.empty()) return;
  auto it = s->names.find(obj->name);
  if (it != s->names.end()) {
    Object* other = it->second;
    std::string msg = obj->name + " redeclared in this block";
    if (other && other->pos.line > 0) msg += otherDeclaration(other->pos, obj->name);
    error(pos, msg);
    // Never in scope, so never "declared but not used" (types2); an import still is unused.
    if (obj->kind != ObjKind::PkgName) obj->used = true;
    return;
  }
  s->names[obj->name] = obj;
}

Object* Checker::lookup(const std::string& name) {
  for (Scope* s = scope_; s; s = s->parent) {
    if (Object* o = s->lookupLocal(name)) return o;
  }
  return nullptr;
}

void Checker::recordUse(Object* obj) {
  if (!obj) return;
  obj->used = true;
  if (curDecl_ && obj->pkg == pkg_ && (obj->kind == ObjKind::Var || obj->kind == ObjKind::Func) &&
      (obj->isGlobal || obj->kind == ObjKind::Func))
    curDecl_->deps.insert(obj);
}

// ---------------------------------------------------------------------------------------------
// Universe
// ---------------------------------------------------------------------------------------------

void Checker::setupUniverse() {
  Scope& u = scopes_.emplace_back();
  universe_ = &u;
  Package* save = pkg_;
  pkg_ = nullptr;
  auto typ = [&](const char* name, const Type* t) {
    Object* o = newObj(ObjKind::TypeName, name, {}, t);
    o->pkg = nullptr;
    u.names[name] = o;
  };
  const Kind kinds[] = {
      Kind::Bool,    Kind::Int,     Kind::Int8,      Kind::Int16,      Kind::Int32,  Kind::Int64,
      Kind::Uint,    Kind::Uint8,   Kind::Uint16,    Kind::Uint32,     Kind::Uint64, Kind::Uintptr,
      Kind::Float32, Kind::Float64, Kind::Complex64, Kind::Complex128, Kind::String};
  for (Kind k : kinds) typ(tt_.basic(k)->name.c_str(), tt_.basic(k));
  typ("byte", tt_.byteType());
  typ("rune", tt_.runeType());
  typ("error", tt_.errorType());
  typ("any", tt_.emptyInterface());
  auto cst = [&](const char* name, ConstValue v, const Type* t) {
    Object* o = newObj(ObjKind::Const, name, {}, t);
    o->value = std::move(v);
    o->pkg = nullptr;
    u.names[name] = o;
  };
  cst("true", cv::makeBool(true), tt_.basic(Kind::UntypedBool));
  cst("false", cv::makeBool(false), tt_.basic(Kind::UntypedBool));
  cst("iota", cv::makeInt(0), tt_.basic(Kind::UntypedInt));
  Object* nil = newObj(ObjKind::Nil, "nil", {}, tt_.basic(Kind::UntypedNil));
  nil->pkg = nullptr;
  u.names["nil"] = nil;
  const std::pair<const char*, Builtin> builtins[] = {
      {"append", Builtin::Append},   {"cap", Builtin::Cap},     {"close", Builtin::Close},
      {"complex", Builtin::Complex}, {"copy", Builtin::Copy},   {"delete", Builtin::Delete},
      {"imag", Builtin::Imag},       {"len", Builtin::Len},     {"make", Builtin::Make},
      {"new", Builtin::New},         {"panic", Builtin::Panic}, {"print", Builtin::Print},
      {"println", Builtin::Println}, {"real", Builtin::Real},   {"recover", Builtin::Recover},
  };
  for (auto& [name, b] : builtins) {
    Object* o = newObj(ObjKind::Builtin, name, {}, tt_.basic(Kind::Invalid));
    o->builtin = b;
    o->pkg = nullptr;
    u.names[name] = o;
  }
  pkg_ = save;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

namespace {
bool isStdRoot(const std::string& path) {
  static const char* roots[] = {
      "archive",  "bufio",   "bytes",   "compress", "container", "context", "crypto",
      "database", "debug",   "embed",   "encoding", "errors",    "expvar",  "flag",
      "fmt",      "go",      "hash",    "html",     "image",     "index",   "io",
      "log",      "math",    "mime",    "net",      "os",        "path",    "plugin",
      "reflect",  "regexp",  "runtime", "sort",     "strconv",   "strings", "sync",
      "syscall",  "testing", "text",    "time",     "unicode",   "unsafe"};
  std::string root = path.substr(0, path.find('/'));
  for (const char* r : roots)
    if (root == r) return true;
  return false;
}
}  // namespace

Package* Checker::importPackage(const std::string& path, const std::string& fromFile, Pos pos) {
  auto it = loaded_.find(path);
  if (it != loaded_.end()) return it->second;
  const StdPackage* sp = reg_.find(path);
  if (!sp) {
    std::string saveFile = file_;
    file_ = fromFile;
    if (path == "C")
      error(pos, "gomi: cgo is not supported");
    else if (isStdRoot(path))
      error(pos, "gomi: package \"" + path + "\" is not supported");
    else
      error(pos, "package " + path + " is not in GOROOT (/usr/lib/go-1.19/src/" + path + ")");
    file_ = saveFile;
    loaded_[path] = nullptr;
    return nullptr;
  }
  if (loading_.count(path)) {
    error(pos, "import cycle not allowed");
    return nullptr;
  }
  loading_.insert(path);
  auto arena = std::make_unique<AstArena>();
  std::string fpath = "$GOROOT/src/" + path + "/" + pkgName(path) + ".go";
  std::size_t before = diags_.size();
  std::string_view src = sp->source;
  if (!sp->fullSource.empty() && mainSource_.find(sp->fullTrigger) != std::string_view::npos)
    src = sp->fullSource;
  File* f = parseFile(*arena, fpath, src, diags_);
  prog_.arenas.push_back(std::move(arena));
  if (!f || diags_.size() != before) {
    loaded_[path] = nullptr;
    return nullptr;
  }
  auto pkg = std::make_unique<Package>();
  pkg->path = path;
  pkg->name = sp->name;
  pkg->std = sp;
  pkg->files.push_back(f);
  Package* raw = pkg.get();
  // Dependencies of the prelude first.
  for (const ImportSpec& is : f->imports) {
    Package* dep = importPackage(is.path, fpath, is.pos);
    if (dep) raw->imports.push_back(dep);
  }
  prog_.packages.push_back(std::move(pkg));
  loaded_[path] = raw;
  checkPackage(raw);
  loading_.erase(path);
  return raw;
}

namespace {
bool mentionsWord(std::string_view src, std::string_view w) {
  for (std::size_t i = src.find(w); i != std::string_view::npos; i = src.find(w, i + 1)) {
    auto isId = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    bool before = i > 0 && isId(src[i - 1]);
    bool after = i + w.size() < src.size() && isId(src[i + w.size()]);
    if (!before && !after) return true;
  }
  return false;
}
}  // namespace

bool Checker::load(const std::string& mainPath, std::string_view source) {
  mainSource_ = source;
  setupUniverse();
  // byte/uint8 and rune/int32 are one type each; messages use the spelling the program uses
  // (types2 remembers the alias, gomi approximates it per program).
  spellByte_ = !(mentionsWord(source, "uint8") && !mentionsWord(source, "byte"));
  spellRune_ = !(mentionsWord(source, "int32") && !mentionsWord(source, "rune"));
  auto arena = std::make_unique<AstArena>();
  File* f = parseFile(*arena, mainPath, source, diags_);
  prog_.arenas.push_back(std::move(arena));
  if (!f) return false;
  // Syntax errors stop the compiler; the parser's other complaints (a defer without a call...)
  // are reported together with the type errors, as cmd/compile does.
  for (const Diagnostic& d : diags_.list())
    if (d.message.rfind("syntax error", 0) == 0) return false;
  bool parseErrors = !diags_.empty();
  file_ = mainPath;
  if (f->pkgName != "main") {
    diags_.commandError("package command-line-arguments is not a main package");
    return false;
  }
  auto pkg = std::make_unique<Package>();
  pkg->path = "main";
  pkg->name = "main";
  pkg->files.push_back(f);
  Package* raw = pkg.get();
  for (const ImportSpec& is : f->imports) {
    Package* dep = importPackage(is.path, mainPath, is.pos);
    if (dep && std::find(raw->imports.begin(), raw->imports.end(), dep) == raw->imports.end())
      raw->imports.push_back(dep);
  }
  for (const Diagnostic& d : diags_.list())
    if (d.message.find("not in GOROOT") != std::string::npos ||
        d.message.rfind("gomi: package", 0) == 0 || d.message.rfind("syntax error", 0) == 0)
      return false;
  prog_.packages.push_back(std::move(pkg));
  file_ = mainPath;
  checkPackage(raw);
  (void)parseErrors;
  return diags_.empty();
}

// ---------------------------------------------------------------------------------------------
// Package-level declarations
// ---------------------------------------------------------------------------------------------

void Checker::checkPackage(Package* pkg) {
  Package* savePkg = pkg_;
  Scope* saveScope = scope_;
  Scope* savePkgScope = pkgScope_;
  std::string saveFile = file_;
  auto saveDecls = std::move(decls_);
  decls_.clear();
  auto saveImports = std::move(imports_);
  imports_.clear();
  pkg_ = pkg;
  if (!pkg->files.empty() && pkg->files[0]) file_ = pkg->files[0]->path;

  collect(pkg);

  // Types first, then method signatures, then everything else in source order.
  std::vector<Object*> ordered;
  for (auto& [obj, d] : decls_) ordered.push_back(obj);
  std::sort(ordered.begin(), ordered.end(),
            [&](Object* a, Object* b) { return decls_[a].order < decls_[b].order; });
  for (Object* o : ordered)
    if (decls_[o].kind == DeclInfo::Kind::Type) objDecl(o);
  collectMethods(pkg);
  for (Object* o : ordered)
    if (decls_[o].kind != DeclInfo::Kind::Type) objDecl(o);

  // Map keys of package-level declarations are judged now, before function bodies, as types2
  // runs its delayed checks in the order it queued them (which decides the first 10 errors).
  for (auto& [pos, k] : pendingMapKeys_)
    if (!comparable(k)) error(pos, "invalid map key type " + typStr(k));
  pendingMapKeys_.clear();

  // Function bodies.
  for (FuncDecl* fd : pkg->funcs) {
    if (!fd || !fd->body || !fd->sig) continue;
    auto it = decls_.find(fd->obj);
    curDecl_ = it == decls_.end() ? nullptr : &it->second;
    scope_ = pkgScope_;
    funcBody(fd, nullptr, fd->sig, fd->body, fd->params);
    curDecl_ = nullptr;
  }
  scope_ = pkgScope_;

  initOrder(pkg);

  for (auto& [pos, k] : pendingMapKeys_)
    if (!comparable(k)) error(pos, "invalid map key type " + typStr(k));
  pendingMapKeys_.clear();

  // Unused imports.
  for (Object* imp : imports_) {
    if (imp->used || !imp->imported) continue;
    std::string msg = "imported and not used: \"" + imp->imported->path + "\"";
    if (imp->name != imp->imported->name) msg += " as " + imp->name;
    error(posOf(imp), msg);
  }

  if (pkg->path == "main" && pkgScopes_.count(pkg)) {
    for (const char* name : {"init", "main"}) {
      Object* o = pkgScopes_[pkg]->lookupLocal(name);
      if (o && o->kind != ObjKind::Func)
        error(posOf(o), std::string("cannot declare ") + name + " - must be func");
    }
  }
  // Later phases of the go command: only a package without type errors gets there.
  if (pkg->path == "main" && diags_.empty()) {
    for (FuncDecl* fd : missingBodies_) error(posOf(fd->name), "missing function body");
    Scope* ps = pkgScopes_.count(pkg) ? pkgScopes_[pkg] : nullptr;
    Object* m = ps ? ps->lookupLocal("main") : nullptr;
    if (!m && missingBodies_.empty())
      diags_.linkError("runtime.main_main·f: function main is undeclared in the main package");
  }

  pkg_ = savePkg;
  scope_ = saveScope;
  pkgScope_ = savePkgScope;
  file_ = saveFile;
  decls_ = std::move(saveDecls);
  imports_ = std::move(saveImports);
}

void Checker::collect(Package* pkg) {
  openScope();
  scope_->parent = universe_;
  pkgScope_ = scope_;
  pkgScopes_[pkg] = pkgScope_;
  // File scope (imports) below the package scope.
  Scope* fileScope = &scopes_.emplace_back();
  fileScope->parent = pkgScope_;
  int order = 0;
  for (File* f : pkg->files) {
    if (!f) continue;
    for (const ImportSpec& is : f->imports) {
      Package* imp = loaded_.count(is.path) ? loaded_[is.path] : nullptr;
      if (!imp) continue;
      if (is.alias == "_" || is.alias == ".") {
        error(is.pos,
              "gomi: import " + std::string(is.alias == "_" ? "_" : ".") + " is not supported");
        continue;
      }
      std::string name = is.alias.empty() ? imp->name : is.alias;
      Object* o = newObj(ObjKind::PkgName, name, is.pos, tt_.basic(Kind::Invalid));
      o->imported = imp;
      imports_.push_back(o);
      declare(fileScope, o, is.pos);
    }
    for (const File::TopLevel& tl : f->order) {
      if (tl.gen) {
        GenDecl* g = tl.gen;
        if (g->kind == GenDecl::Kind::Const) {
          ValueSpec* prev = nullptr;
          for (std::size_t si = 0; si < g->values.size(); ++si) {
            ValueSpec& vs = g->values[si];
            vs.iota = static_cast<std::int64_t>(si);
            if (vs.values.empty() && !vs.type && prev) {
              vs.values = prev->values;
              vs.type = prev->type;
              vs.inherited = true;
            }
            if (!vs.values.empty() || vs.type) prev = &vs;
            arity(vs, true);
            for (std::size_t i = 0; i < vs.names.size(); ++i) {
              Expr* n = vs.names[i];
              if (!n) continue;
              Object* o = newObj(ObjKind::Const, n->name, n->pos, nullptr);
              n->obj = o;
              DeclInfo d;
              d.kind = DeclInfo::Kind::Const;
              d.gen = g;
              d.vspec = &vs;
              d.index = static_cast<int>(i);
              d.file = f;
              d.order = order++;
              decls_[o] = d;
              declare(pkgScope_, o, n->pos);
            }
          }
        } else if (g->kind == GenDecl::Kind::Var) {
          for (ValueSpec& vs : g->values) {
            if (!arity(vs, false)) {
              // Keep the names declared (as invalid) but drop the initializers.
              vs.values.clear();
            }
            std::vector<Object*> lhs;
            for (Expr* n : vs.names) {
              if (!n) continue;
              Object* o = newObj(ObjKind::Var, n->name, n->pos, nullptr);
              o->isGlobal = true;
              n->obj = o;
              lhs.push_back(o);
            }
            for (std::size_t i = 0; i < lhs.size(); ++i) {
              DeclInfo d;
              d.kind = DeclInfo::Kind::Var;
              d.gen = g;
              d.vspec = &vs;
              d.index = static_cast<int>(i);
              d.file = f;
              d.lhs = lhs;
              d.order = order++;
              decls_[lhs[i]] = d;
              if (lhs[i]->name != "_") pkg->globals.push_back(lhs[i]);
              declare(pkgScope_, lhs[i], lhs[i]->pos);
            }
          }
        } else if (g->kind == GenDecl::Kind::Type) {
          for (TypeSpec& ts : g->types) {
            if (!ts.name) continue;
            Object* o = newObj(ObjKind::TypeName, ts.name->name, ts.name->pos, nullptr);
            ts.name->obj = o;
            if (!ts.alias) {
              Type* nt = tt_.newNamed(pkg->path, ts.name->name);
              namedTypes_[o] = nt;
              o->type = nt;
            }
            DeclInfo d;
            d.kind = DeclInfo::Kind::Type;
            d.gen = g;
            d.tspec = &ts;
            d.file = f;
            d.order = order++;
            decls_[o] = d;
            declare(pkgScope_, o, ts.name->pos);
          }
        }
      } else if (tl.func) {
        FuncDecl* fd = tl.func;
        if (!fd->name) continue;
        pkg->funcs.push_back(fd);
        Object* o = newObj(ObjKind::Func, fd->name->name, fd->name->pos, nullptr);
        o->decl = fd;
        fd->obj = o;
        fd->name->obj = o;
        DeclInfo d;
        d.kind = DeclInfo::Kind::Func;
        d.fdecl = fd;
        d.file = f;
        d.order = order++;
        decls_[o] = d;
        // types2 requires a body only of init; the compiler reports other missing bodies
        // after type checking succeeded (see checkPackage).
        bool isInit = !fd->recv && fd->name->name == "init";
        if (!fd->body && !pkg->std) {
          if (isInit)
            error(posOf(fd->name), "missing function body");
          else
            missingBodies_.push_back(fd);
        }
        if (fd->recv) continue;  // methods are not in any scope
        // Judged from the syntax while collecting, before the name is declared (types2).
        if ((isInit || (fd->name->name == "main" && pkg->path == "main")) && fd->type &&
            (!fd->type->params.empty() || !fd->type->results.empty()))
          error(posOf(fd->name),
                "func " + fd->name->name + " must have no arguments and no return values");
        if (isInit) {
          pkg->initFuncs.push_back(fd);
          continue;
        }
        if (fd->name->name == "_") continue;
        declare(pkgScope_, o, fd->name->pos);
      }
    }
  }
  // Function bodies and initializers see the file scope.
  pkgScope_ = fileScope;
  scope_ = fileScope;
}

void Checker::objDecl(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;
  DeclInfo& d = it->second;
  if (d.color == 2) return;
  if (d.color == 1) {
    // A cycle through variables is reported by initOrder ("initialization loop"); here the
    // type is simply unknown.
    if (d.kind == DeclInfo::Kind::Var && !obj->type) obj->type = tt_.basic(Kind::Invalid);
    if (d.kind == DeclInfo::Kind::Const) {
      // A constant whose value depends on itself: report the chain of constants being
      // declared from obj back to obj (types2 reports it with the initialization cycles).
      auto from = std::find(objPath_.begin(), objPath_.end(), obj);
      bool onlyConsts = from != objPath_.end();
      for (auto k = from; k != objPath_.end(); ++k) {
        auto dk = decls_.find(*k);
        if (dk == decls_.end() || dk->second.kind != DeclInfo::Kind::Const) onlyConsts = false;
      }
      if (onlyConsts) {
        std::string msg = "initialization loop for " + obj->name;
        for (auto k = from; k != objPath_.end(); ++k)
          msg += "\n\t" + posStr((*k)->pos) + ": " + (*k)->name + " refers to";
        msg += "\n\t" + posStr(obj->pos) + ": " + obj->name;
        error(posOf(obj), msg);
      }
      obj->type = tt_.basic(Kind::Invalid);
    }
    return;
  }
  d.color = 1;
  objPath_.push_back(obj);
  // Package-level declarations are checked outside any function.
  auto saveFuncs = std::move(funcs_);
  funcs_.clear();
  auto saveBranches = std::move(branches_);
  branches_.clear();
  Scope* saveScope = scope_;
  DeclInfo* saveDecl = curDecl_;
  int saveIota = iota_;
  scope_ = pkgScope_;
  iota_ = -1;
  switch (d.kind) {
    case DeclInfo::Kind::Const:
      curDecl_ = nullptr;
      constDecl(obj, d);
      break;
    case DeclInfo::Kind::Var:
      curDecl_ = &d;
      varDecl(obj, d);
      break;
    case DeclInfo::Kind::Type:
      curDecl_ = nullptr;
      typeDecl(obj, d);
      break;
    case DeclInfo::Kind::Func:
      curDecl_ = nullptr;
      if (d.fdecl && !d.fdecl->sig) funcSig(d.fdecl, d.fdecl->recv != nullptr);
      break;
  }
  d.color = 2;
  objPath_.pop_back();
  funcs_ = std::move(saveFuncs);
  branches_ = std::move(saveBranches);
  scope_ = saveScope;
  curDecl_ = saveDecl;
  iota_ = saveIota;
}

void Checker::constDecl(Object* obj, DeclInfo& d) {
  ValueSpec& vs = *d.vspec;
  iota_ = static_cast<int>(vs.iota);
  const Type* t = vs.type ? typExpr(vs.type) : nullptr;
  if (t && t->u()->kind != Kind::Invalid &&
      !(t->u()->kind == Kind::Bool || t->u()->isNumeric() || t->u()->kind == Kind::String)) {
    error(vs.type->pos, "invalid constant type " + typStr(t));
    t = tt_.basic(Kind::Invalid);
  }
  Expr* init = static_cast<std::size_t>(d.index) < vs.values.size() ? vs.values[d.index] : nullptr;
  obj->type = tt_.basic(Kind::Invalid);
  if (!init) return;
  // An implicitly repeated expression is checked again with this spec's iota; its errors are
  // reported at this constant's name, as types2 does.
  ErrPosScope at(*this, vs.inherited ? obj->pos : Pos{});
  expr(init);
  if (init->mode == Mode::Invalid) return;
  if (init->mode != Mode::Constant) {
    error(posOf(init), operandStr(init) + " is not constant");
    return;
  }
  if (t) {
    assignment(init, t, "constant declaration");
    if (init->mode == Mode::Invalid) return;
  }
  obj->type = init->type;
  obj->value = init->value;
}

void Checker::varDecl(Object* obj, DeclInfo& d) {
  ValueSpec& vs = *d.vspec;
  // All objects of the spec are typed together.
  for (Object* o : d.lhs) {
    auto it = decls_.find(o);
    if (it != decls_.end() && o != obj) it->second.color = 1;
  }
  const Type* t = vs.type ? typExpr(vs.type) : nullptr;
  std::vector<Object*> lhs = d.lhs;
  for (Object* o : lhs) o->type = t;
  if (vs.values.empty()) {
    if (!t) {
      for (Object* o : lhs) o->type = tt_.basic(Kind::Invalid);
    }
  } else {
    for (Object* o : lhs) o->type = nullptr;
    // initVars types objects without a declared type from the values.
    std::vector<Object*> l = lhs;
    if (t)
      for (Object* o : l) o->type = t;
    initVars(l, vs.values, vs.pos, "variable declaration");
  }
  for (Object* o : lhs) {
    if (!o->type) o->type = tt_.basic(Kind::Invalid);
    auto it = decls_.find(o);
    if (it != decls_.end()) {
      it->second.color = 2;
      if (o != obj) it->second.deps = d.deps;
    }
  }
}

void Checker::typeDecl(Object* obj, DeclInfo& d) {
  TypeSpec& ts = *d.tspec;
  if (ts.alias) {
    obj->type = tt_.basic(Kind::Invalid);
    const Type* t = typExpr(ts.type);
    obj->type = t ? t : tt_.basic(Kind::Invalid);
    return;
  }
  Type* nt = namedTypes_[obj];
  d.indirectAtStart = indirect_;
  typeStack_.push_back(obj);
  const Type* u = typExpr(ts.type);
  typeStack_.pop_back();
  if (u && u->named() && !u->underlying_) {
    // type T2 T1 while T1 is still being declared (T1 refers to T2 through a pointer, as in
    // type T1 struct{ Next *T2 }): T2's underlying type is T1's, known once T1's is.
    underlyingWaits_.push_back({nt, u});
    return;
  }
  if (!u || u->u()->kind == Kind::Invalid) {
    tt_.setUnderlying(nt, tt_.basic(Kind::Invalid));
  } else {
    tt_.setUnderlying(nt, u->u());
  }
  for (bool progress = true; progress;) {
    progress = false;
    for (auto it = underlyingWaits_.begin(); it != underlyingWaits_.end();) {
      if (it->second->underlying_) {
        tt_.setUnderlying(it->first, it->second->u());
        it = underlyingWaits_.erase(it);
        progress = true;
      } else {
        ++it;
      }
    }
  }
}

void Checker::funcSig(FuncDecl* fd, bool isMethod) {
  if (!fd || !fd->type) return;
  Scope* save = scope_;
  scope_ = pkgScope_;
  Object* recvObj = nullptr;
  const Type* recvType = nullptr;
  std::vector<Object*> params;
  fd->sig = funcType(fd->type, &params, isMethod ? &recvObj : nullptr, fd->recv,
                     isMethod ? &recvType : nullptr);
  fd->params = params;
  fd->recvObj = recvObj;
  fd->recvType = recvType;
  if (fd->obj) fd->obj->type = fd->sig;
  for (Object* p : params) p->ownerFunc = fd;
  if (recvObj) recvObj->ownerFunc = fd;
  scope_ = save;
}

void Checker::collectMethods(Package* pkg) {
  std::set<Type*> touched;
  for (FuncDecl* fd : pkg->funcs) {
    if (!fd) continue;
    if (!fd->recv) {
      objDecl(fd->obj);
      continue;
    }
    funcSig(fd, true);
    if (auto it = decls_.find(fd->obj); it != decls_.end()) it->second.color = 2;
    const Type* rt = fd->recvType;
    if (!rt || rt->u()->kind == Kind::Invalid) continue;
    bool ptr = !rt->named() && rt->kind == Kind::Pointer;
    const Type* base = ptr ? rt->elem : rt;
    if (!base || base->u()->kind == Kind::Invalid) continue;  // already reported
    Type* nt = nullptr;
    for (auto& [o, t] : namedTypes_)
      if (t == base) nt = t;
    Pos rpos = !fd->recv->names.empty() && fd->recv->names[0] ? fd->recv->names[0]->pos
               : fd->recv->type                               ? fd->recv->type->pos
                                                              : fd->pos;
    if (!nt || base->pkg != pkg->path) {
      if (base->named() && !base->pkg.empty() && base->pkg != pkg->path)
        error(rpos, "cannot define new methods on non-local type " + typStr(base));
      else if (base->named() && base->pkg.empty())
        error(rpos, "cannot define new methods on non-local type " + typStr(base));
      else
        error(rpos, "invalid receiver type " + typStr(rt));
      continue;
    }
    if (nt->u()->kind == Kind::Pointer || nt->u()->kind == Kind::Interface) {
      error(rpos, "invalid receiver type " + typStr(base) + " (pointer or interface type)");
      continue;
    }
    const std::string& name = fd->name->name;
    if (name == "_") continue;
    bool dup = false;
    for (const Method& m : nt->methods)
      if (m.name == name) {
        dup = true;
        std::string where;
        if (m.decl && m.decl->name) where = otherDeclaration(m.decl->name->pos, name);
        error(posOf(fd->name), nt->name + "." + name + " redeclared in this block" + where);
      }
    if (dup) continue;
    if (nt->u()->kind == Kind::Struct) {
      bool clash = false;
      for (const Field& f : nt->u()->fields)
        if (f.name == name) clash = true;
      if (clash) {
        error(posOf(fd->name), "field and method with the same name " + name);
        continue;
      }
    }
    Method m;
    m.name = name;
    m.sig = fd->sig;
    m.pointerReceiver = ptr;
    m.decl = fd;
    nt->methods.push_back(m);
    touched.insert(nt);
  }
  for (Type* t : touched)
    std::sort(t->methods.begin(), t->methods.end(),
              [](const Method& a, const Method& b) { return a.name < b.name; });
}

void Checker::initOrder(Package* pkg) {
  // Variables each declaration needs first, following calls through functions.
  std::vector<Object*> vars;
  for (auto& [o, d] : decls_)
    if (d.kind == DeclInfo::Kind::Var) vars.push_back(o);
  std::sort(vars.begin(), vars.end(),
            [&](Object* a, Object* b) { return decls_[a].order < decls_[b].order; });
  std::map<Object*, std::set<Object*>> needs;
  for (Object* v : vars) {
    std::set<Object*> out;
    std::set<Object*> seenFn;
    std::vector<Object*> work(decls_[v].deps.begin(), decls_[v].deps.end());
    while (!work.empty()) {
      Object* o = work.back();
      work.pop_back();
      if (o->kind == ObjKind::Var) {
        out.insert(o);
        continue;
      }
      if (o->kind == ObjKind::Func && !seenFn.count(o)) {
        seenFn.insert(o);
        auto it = decls_.find(o);
        if (it != decls_.end())
          for (Object* x : it->second.deps) work.push_back(x);
      }
    }
    needs[v] = std::move(out);
  }
  // Groups: one per spec with a multi-value initializer, else one per variable.
  struct Group {
    std::vector<Object*> lhs;
    std::vector<Expr*> rhs;
    bool done = false;
  };
  std::vector<Group> groups;
  std::set<ValueSpec*> seenSpec;
  for (Object* v : vars) {
    DeclInfo& d = decls_[v];
    ValueSpec* vs = d.vspec;
    if (vs->values.size() == 1 && vs->names.size() > 1) {
      if (seenSpec.count(vs)) continue;
      seenSpec.insert(vs);
      Group g;
      g.lhs = d.lhs;
      g.rhs = vs->values;
      groups.push_back(g);
    } else {
      Group g;
      g.lhs = {v};
      if (static_cast<std::size_t>(d.index) < vs->values.size()) g.rhs = {vs->values[d.index]};
      groups.push_back(g);
    }
  }
  std::set<Object*> initialized;
  std::size_t remaining = groups.size();
  bool cycleReported = false;
  while (remaining > 0) {
    Group* pick = nullptr;
    for (Group& g : groups) {
      if (g.done) continue;
      bool ready = true;
      for (Object* v : g.lhs)
        for (Object* n : needs[v])
          if (!initialized.count(n) && std::find(g.lhs.begin(), g.lhs.end(), n) == g.lhs.end())
            ready = false;
      if (ready) {
        pick = &g;
        break;
      }
    }
    if (!pick) {
      for (Group& g : groups)
        if (!g.done) {
          pick = &g;
          break;
        }
      // As types2: the first variable, in source order, that is on a cycle itself (a
      // variable that only depends on a cycle is not the one named).
      for (Group& g : groups) {
        if (g.done || cycleReported) continue;
        for (Object* o : g.lhs)
          if (o && !cycleReported && reportInitCycle(o)) cycleReported = true;
      }
    }
    if (!pick) break;
    pick->done = true;
    --remaining;
    Package::VarInit vi;
    for (Object* o : pick->lhs) {
      initialized.insert(o);
      vi.lhs.push_back(o && o->name == "_" ? nullptr : o);
    }
    vi.rhs = pick->rhs;
    // Self-dependency (var x = f() where f uses x) is a cycle too.
    for (Object* o : pick->lhs)
      if (needs[o].count(o) && !cycleReported && reportInitCycle(o)) cycleReported = true;
    pkg->initOrder.push_back(std::move(vi));
  }
}

// "initialization loop for x" with the path of references back to x (types2's reportCycle).
bool Checker::reportInitCycle(Object* start) {
  std::vector<Object*> path;
  std::set<Object*> seen;
  std::function<bool(Object*)> dfs = [&](Object* from) -> bool {
    auto it = decls_.find(from);
    if (it == decls_.end()) return false;
    for (Object* d : it->second.deps) {
      if (d == start) return true;
      if (seen.count(d)) continue;
      seen.insert(d);
      path.push_back(d);
      if (dfs(d)) return true;
      path.pop_back();
    }
    return false;
  };
  if (!dfs(start)) return false;
  std::string msg = "initialization loop for " + start->name;
  msg += "\n\t" + posStr(start->pos) + ": " + start->name + " refers to";
  for (Object* o : path) msg += "\n\t" + posStr(o->pos) + ": " + o->name + " refers to";
  msg += "\n\t" + posStr(start->pos) + ": " + start->name;
  error(posOf(start), msg);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Type expressions
// ---------------------------------------------------------------------------------------------

const Type* Checker::typExprIndirect(Expr* e) {
  ++indirect_;
  const Type* t = typExpr(e);
  --indirect_;
  return t;
}

// The length of an array type, types2's rules and messages; 0 after an error.
std::int64_t Checker::arrayLength(Expr* len) {
  if (len->kind == ExprKind::Ident) {
    // Perhaps a generic type declaration missing its constraint: name the length.
    Object* o = lookup(len->name);
    if (!o) {
      error(posOf(len), "undeclared name " + len->name + " for array length");
      return 0;
    }
    if (o->kind != ObjKind::Const) {
      error(posOf(len), "invalid array length " + len->name);
      return 0;
    }
  }
  expr(len);
  if (len->mode == Mode::Invalid) return 0;
  if (len->mode != Mode::Constant) {
    error(posOf(len), "array length " + operandStr(len) + " must be constant");
    return 0;
  }
  const Type* t = len->type;
  if (t && (t->isUntyped() || t->u()->isInteger())) {
    bool exact = false;
    ConstValue c = len->value;
    // constant.ToInt: a complex value with a zero imaginary part is its real part.
    if (c.kind == ConstValue::Kind::Complex && cv::isZero(cv::imagPart(c))) c = cv::realPart(c);
    ConstValue v = cv::toInt(c, &exact);
    std::string why;
    if (exact && v.kind == ConstValue::Kind::Int &&
        cv::representable(v, tt_.basic(Kind::Int), &why)) {
      if (v.int64() < 0) {
        error(posOf(len), "invalid array length " + operandStr(len));
        return 0;
      }
      // gomi's own bound: sizes are computed in 64 bits from lengths up to 2^40.
      if (v.int64() > (std::int64_t{1} << 40)) {
        error(posOf(len), "array length " + exprStr(len) + " too large");
        return 0;
      }
      return v.int64();
    }
  }
  error(posOf(len), "array length " + operandStr(len) + " must be integer");
  return 0;
}

const Type* Checker::typExpr(Expr* e) {
  const Type* bad = tt_.basic(Kind::Invalid);
  if (!e) return bad;
  auto done = [&](const Type* t) {
    e->mode = Mode::TypeExpr;
    e->type = t ? t : bad;
    return e->type;
  };
  switch (e->kind) {
    case ExprKind::Ident: {
      if (e->name == "_") {
        error(posOf(e), "cannot use _ as value or type");
        return done(bad);
      }
      Object* o = lookup(e->name);
      if (!o) {
        error(posOf(e), undefinedMessage(e->name));
        return done(bad);
      }
      e->obj = o;
      o->used = true;
      if (o->kind != ObjKind::TypeName) {
        // types2 describes the operand: "n (variable of type int) is not a type".
        std::size_t before = diags_.size();
        rawExpr(e, nullptr, false, true);
        if (e->mode != Mode::Invalid) {
          error(posOf(e), operandStr(e) + " is not a type");
        } else if (diags_.size() == before) {
          // A function named in its own signature (`func foo(x foo)`): types2 sees the
          // signature it is still building, which is still empty.
          error(posOf(e), e->name + (o->kind == ObjKind::Func ? " (value of type func())" : "") +
                              " is not a type");
        }
        e->mode = Mode::Invalid;
        return done(bad);
      }
      auto it = decls_.find(o);
      if (it != decls_.end()) {
        DeclInfo& d = it->second;
        if (d.color == 1 && d.kind == DeclInfo::Kind::Type) {
          if (!d.tspec || d.tspec->alias || indirect_ <= d.indirectAtStart) {
            std::string msg = "invalid recursive type " + o->name;
            auto start = std::find(typeStack_.begin(), typeStack_.end(), o);
            if (start == typeStack_.end()) start = typeStack_.end() - (typeStack_.empty() ? 0 : 1);
            for (auto k = start; k != typeStack_.end(); ++k)
              msg += "\n\t" + posStr((*k)->pos) + ": " + (*k)->name + " refers to";
            msg += "\n\t" + posStr(o->pos) + ": " + o->name;
            error(posOf(o), msg);
            auto nt = namedTypes_.find(o);
            if (nt != namedTypes_.end() && !nt->second->underlying_)
              tt_.setUnderlying(nt->second, bad);
            return done(bad);
          }
        } else if (d.color == 0) {
          objDecl(o);
        }
      }
      return done(o->type);
    }
    case ExprKind::Selector: {
      if (e->x && e->x->kind == ExprKind::Ident) {
        Object* o = lookup(e->x->name);
        if (o && o->kind == ObjKind::PkgName && o->imported) {
          o->used = true;
          e->x->obj = o;
          e->x->mode = Mode::PkgName;
          auto sit = pkgScopes_.find(o->imported);
          Object* m = sit == pkgScopes_.end() ? nullptr : sit->second->lookupLocal(e->name);
          if (!m || !(e->name[0] >= 'A' && e->name[0] <= 'Z')) {
            error(e->selPos.line ? e->selPos : e->pos, "undefined: " + e->x->name + "." + e->name);
            return done(bad);
          }
          e->obj = m;
          e->selKind = Expr::SelKind::PkgMember;
          if (m->kind != ObjKind::TypeName) {
            error(posOf(e), e->x->name + "." + e->name + " is not a type");
            return done(bad);
          }
          return done(m->type);
        }
        if (!o) {
          error(posOf(e->x), "undefined: " + e->x->name);
          return done(bad);
        }
      }
      // Not a package member: evaluate it as an expression, as types2 does, so a missing
      // field or method is reported as such.
      rawExpr(e, nullptr, false, true);
      if (e->mode == Mode::TypeExpr) return e->type;
      if (e->mode != Mode::Invalid) error(posOf(e), operandStr(e) + " is not a type");
      return done(bad);
    }
    case ExprKind::Paren:
      return done(typExpr(e->x));
    case ExprKind::Star:
      return done(tt_.pointerTo(typExprIndirect(e->x)));
    case ExprKind::ArrayType: {
      if (!e->y) {
        if (e->hasEllipsis)
          error(posOf(e), "invalid use of [...] array (outside a composite literal)");
        return done(bad);
      }
      std::int64_t n = arrayLength(e->y);
      const Type* el = typExpr(e->elemType);
      if (el->u()->kind == Kind::Invalid) return done(bad);
      return done(tt_.arrayOf(el, n));
    }
    case ExprKind::SliceType:
      return done(tt_.sliceOf(typExprIndirect(e->elemType)));
    case ExprKind::Ellipsis:
      return done(tt_.sliceOf(typExprIndirect(e->elemType)));
    case ExprKind::MapType: {
      const Type* k = typExprIndirect(e->keyType);
      const Type* v = typExprIndirect(e->elemType);
      Kind kk = k->u()->kind;
      Pos keyPos = e->keyType ? e->keyType->pos : e->pos;
      if (kk == Kind::Slice || kk == Kind::Map || kk == Kind::Func) {
        error(keyPos, "invalid map key type " + typStr(k));
        return done(bad);
      }
      // A struct or array key may still be under construction (type T struct{ m map[T]int }),
      // so, as Go does, its comparability is judged once the whole package has been checked.
      pendingMapKeys_.emplace_back(keyPos, k);
      return done(tt_.mapOf(k, v));
    }
    case ExprKind::ChanType:
      return done(tt_.chanOf(e->chanDir, typExprIndirect(e->elemType)));
    case ExprKind::FuncType: {
      ++indirect_;
      const Type* t = funcType(e, nullptr, nullptr, nullptr, nullptr);
      --indirect_;
      return done(t);
    }
    case ExprKind::StructType: {
      std::vector<Field> fields;
      std::map<std::string, Pos> names;  // where each field name was declared
      // A repeated name is reported with the first one's position and left out (types2), so
      // selectors see the first field only.
      auto redeclared = [&](const std::string& n, Pos at) {
        auto [it, fresh] = names.emplace(n, at);
        if (fresh) return false;
        error(at, n + " redeclared" + otherDeclaration(it->second, n));
        return true;
      };
      for (FieldDecl& fd : e->fields) {
        const Type* ft = typExpr(fd.type);
        if (fd.embedded || fd.names.empty()) {
          const Type* base = ft;
          bool ptr = false;
          if (!base->named() && base->kind == Kind::Pointer && base->elem) {
            base = base->elem;
            ptr = true;
          }
          std::string n;
          Expr* te = fd.type;
          while (te && (te->kind == ExprKind::Star || te->kind == ExprKind::Paren)) te = te->x;
          if (te && te->kind == ExprKind::Ident)
            n = te->name;
          else if (te && te->kind == ExprKind::Selector)
            n = te->name;
          else
            n = base->name;
          if (ptr && base->u()->kind == Kind::Pointer)
            error(fd.pos, "embedded field type cannot be a pointer");
          if (!ptr && base->u()->kind == Kind::Pointer && base->named())
            error(fd.pos, "embedded field type cannot be a pointer");
          Field f;
          f.name = n;
          f.type = ft;
          f.embedded = true;
          f.pkg = pkg_ ? pkg_->path : "";
          if (!redeclared(n, fd.pos)) fields.push_back(f);
          continue;
        }
        for (Expr* n : fd.names) {
          if (!n) continue;
          Field f;
          f.name = n->name;
          f.type = ft;
          f.pkg = pkg_ ? pkg_->path : "";
          if (n->name != "_" && redeclared(n->name, posOf(n))) continue;
          fields.push_back(f);
        }
      }
      for (auto& f : fields)
        if (f.type->u()->kind == Kind::Invalid && !f.type->named()) return done(bad);
      return done(tt_.structOf(std::move(fields)));
    }
    case ExprKind::InterfaceType: {
      std::vector<Method> ms;
      // Where each method of ms was declared or embedded, for "other declaration of" lines.
      std::vector<Pos> mpos;
      auto dupError = [&](Pos at, std::size_t other, const std::string& name) {
        error(at, "duplicate method " + name + otherDeclaration(mpos[other], name));
      };
      ++indirect_;
      // Like go/types, explicitly declared methods come first; an embedded method may then
      // repeat one of them as long as the signatures are identical.
      for (FieldDecl& fd : e->fields) {
        if (fd.names.empty()) continue;
        for (Expr* n : fd.names) {
          if (!n) continue;
          Method m;
          m.name = n->name;
          m.sig = funcType(fd.type, nullptr, nullptr, nullptr, nullptr);
          m.ftype = fd.type;
          std::size_t other = ms.size();
          for (std::size_t i = 0; i < ms.size(); ++i)
            if (ms[i].name == m.name) other = i;
          if (other != ms.size()) {
            dupError(posOf(n), other, m.name);
            continue;
          }
          ms.push_back(m);
          mpos.push_back(posOf(n));
        }
      }
      for (FieldDecl& fd : e->fields) {
        if (!fd.names.empty()) continue;
        --indirect_;
        const Type* et = typExpr(fd.type);
        ++indirect_;
        if (et->u()->kind != Kind::Interface) {
          if (et->u()->kind != Kind::Invalid)
            error(fd.type ? fd.type->pos : fd.pos,
                  "gomi: interface type constraints are not supported");
          continue;
        }
        Pos at = fd.type ? posOf(fd.type) : fd.pos;
        for (const Method& m : et->u()->imethods) {
          std::size_t other = ms.size();
          for (std::size_t i = 0; i < ms.size(); ++i)
            if (ms[i].name == m.name) other = i;
          if (other == ms.size()) {
            ms.push_back(m);
            mpos.push_back(at);
          } else if (ms[other].sig != m.sig) {
            dupError(at, other, m.name);
          }
        }
      }
      --indirect_;
      return done(tt_.interfaceOf(std::move(ms)));
    }
    case ExprKind::Index:
      error(posOf(e), "gomi: generic types are not supported");
      return done(bad);
    default: {
      // Not a type expression: evaluate to give a good message. types2 names the operand of an
      // identifier or selector, but only the expression here.
      rawExpr(e, nullptr, false, true);
      if (e->mode == Mode::TypeExpr) return e->type;
      if (e->mode != Mode::Invalid) error(posOf(e), exprStr(e) + " is not a type");
      return done(bad);
    }
  }
}

const Type* Checker::funcType(Expr* ft, std::vector<Object*>* paramObjs, Object** recvObj,
                              FieldDecl* recv, const Type** recvType) {
  if (!ft || ft->kind != ExprKind::FuncType) return tt_.funcOf({}, {}, false);
  std::vector<const Type*> params, results;
  bool variadic = false;
  if (recv && recvObj) {
    const Type* rt = typExpr(recv->type);
    if (recvType) *recvType = rt;
    std::string n = recv->names.empty() || !recv->names[0] ? "" : recv->names[0]->name;
    Pos p = recv->names.empty() || !recv->names[0] ? recv->pos : recv->names[0]->pos;
    Object* o = newObj(ObjKind::Var, n, p, rt);
    o->isParam = true;
    o->used = true;
    if (!recv->names.empty() && recv->names[0]) recv->names[0]->obj = o;
    *recvObj = o;
  }
  // Without parameter objects (a func type, an interface method) the names still share one
  // block: a repeated one is redeclared, as types2 reports it.
  std::map<std::string, Pos> seenNames;
  auto noteName = [&](Expr* n) {
    if (paramObjs || !n || n->name == "_" || n->name.empty()) return;
    auto [it, fresh] = seenNames.emplace(n->name, n->pos);
    if (!fresh)
      error(n->pos, n->name + " redeclared in this block" + otherDeclaration(it->second, n->name));
  };
  for (std::size_t i = 0; i < ft->params.size(); ++i) {
    FieldDecl& fd = ft->params[i];
    for (Expr* n : fd.names) noteName(n);
    bool isVariadic = fd.type && fd.type->kind == ExprKind::Ellipsis;
    // `x, y ...int` gives two parameters the ..., so the first is not final either.
    bool misplaced = isVariadic && (i + 1 != ft->params.size() || fd.names.size() > 1);
    if (misplaced) error(fd.type->pos, "can only use ... with final parameter in list");
    if (isVariadic && !misplaced) variadic = true;
    // A misplaced ... is ignored: the parameter has the element type (types2).
    const Type* t = misplaced ? typExpr(fd.type->elemType) : typExpr(fd.type);
    std::size_t count = fd.names.empty() ? 1 : fd.names.size();
    for (std::size_t k = 0; k < count; ++k) {
      params.push_back(t);
      if (paramObjs) {
        Expr* n = fd.names.empty() ? nullptr : fd.names[k];
        Object* o = newObj(ObjKind::Var, n ? n->name : "", n ? n->pos : fd.pos, t);
        o->isParam = true;
        o->used = true;
        if (n) n->obj = o;
        paramObjs->push_back(o);
      }
    }
  }
  for (FieldDecl& fd : ft->results) {
    for (Expr* n : fd.names) noteName(n);
    const Type* t = typExpr(fd.type);
    std::size_t count = fd.names.empty() ? 1 : fd.names.size();
    for (std::size_t k = 0; k < count; ++k) {
      results.push_back(t);
      if (paramObjs) {
        Expr* n = fd.names.empty() ? nullptr : fd.names[k];
        Object* o = newObj(ObjKind::Var, n ? n->name : "", n ? n->pos : fd.pos, t);
        o->isParam = true;
        o->isResult = true;
        o->used = true;
        if (n) n->obj = o;
        paramObjs->push_back(o);
      }
    }
  }
  const Type* sig = tt_.funcOf(params, results, variadic);
  ft->mode = Mode::TypeExpr;
  ft->type = sig;
  return sig;
}

bool loadProgram(Program& prog, const std::string& mainPath, std::string_view source,
                 const PackageRegistry& registry, Diagnostics& diags) {
  Checker c(prog, diags, registry);
  return c.load(mainPath, source);
}

std::string positionInMessage(const std::string& file, Pos p) {
  std::string f = file;
  if (!f.empty() && f[0] != '/' && f[0] != '.') f = "./" + f;
  return f + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

}  // namespace gomi
