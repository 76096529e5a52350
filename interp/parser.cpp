// interp/parser.cpp — recursive-descent parser for Go 1.19 (without type parameters).
//
// The grammar walk, the error recovery (advance to a follow set) and the error wording follow
// the Go compiler's parser (cmd/compile/internal/syntax) production by production, because gomi
// must print the same syntax errors at the same positions as `go build`. Two things are gomi's
// own: type parameters are recognised only to be rejected ("generics are not supported"), and
// nesting depth is capped so that hostile input cannot overflow the C++ stack.
//
// Every node gets the position where its source text starts (pos); nodes whose syntax-package
// position is elsewhere (operators, selectors, calls...) also record that as opPos.
#include <string>
#include <vector>

#include "interp/astdump.h"
#include "interp/lexer.h"
#include "interp/parser.h"

namespace gomi {

namespace {

// Deeper nesting than this (expressions, types, blocks) is reported instead of recursing on.
constexpr int kMaxDepth = 4000;
// Weight of one level of syntactic nesting (several C++ frames here and in later passes).
constexpr int kNestWeight = 4;
// Operator and selector chains (a + b + c..., x.f().g...) are loops here but build left-deep
// trees that later passes recurse on. Real code has long ones (the standard library has a
// 4000-term string concatenation), so they get a separate, much larger budget.
constexpr int kMaxChain = 50000;

struct ParamField {  // one parameter as the syntax package sees it: a name, a type, or both
  Expr* name = nullptr;
  Expr* type = nullptr;
  Pos pos;
};

// A token set for advance().
struct TokSet {
  std::uint64_t bits = 0;
  TokSet() = default;
  TokSet(std::initializer_list<Tok> toks) {
    for (Tok t : toks) bits |= std::uint64_t{1} << static_cast<unsigned>(t);
  }
  bool has(Tok t) const { return (bits >> static_cast<unsigned>(t)) & 1; }
  bool empty() const { return bits == 0; }
};

const TokSet kStopSet = {Tok::Break,  Tok::Const,  Tok::Continue, Tok::Defer, Tok::Fallthrough,
                         Tok::For,    Tok::Go,     Tok::Goto,     Tok::If,    Tok::Return,
                         Tok::Select, Tok::Switch, Tok::Type,     Tok::Var};

class Parser {
 public:
  Parser(AstArena& arena, const std::string& path, std::string_view src, Diagnostics& diags)
      : arena_(arena),
        path_(path),
        src_(src),
        diags_(diags),
        lx_(src, [this](Pos p, const std::string& msg) { errorAt(p, msg); }) {}

  File* parse() {
    File* f = parseFile();
    if (syntaxErrs_ == 0) {
      for (const auto& d : deferred_) diags_.error(path_, d.pos, d.msg);
    }
    return f;
  }

 private:
  File* parseFile();
  bool checkHeader(std::string_view src);
  // --- tokens ---
  void next() {
    if (aborted_) {
      lx_.tok = Tok::EOF_;
      return;
    }
    lx_.next();
  }
  Tok tok() const { return lx_.tok; }
  Pos pos() const { return lx_.pos; }
  bool got(Tok t) {
    if (tok() == t) {
      next();
      return true;
    }
    return false;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntaxError(std::string("expecting ") + tokString(t));
      advance({});
    }
  }
  bool gotAssign() {
    switch (tok()) {
      case Tok::Define:
        syntaxError("expecting =");
        [[fallthrough]];
      case Tok::Assign:
        next();
        return true;
      default:
        return false;
    }
  }
  void advance(TokSet follow) {
    TokSet set = follow;
    set.bits |= std::uint64_t{1} << static_cast<unsigned>(Tok::EOF_);
    if (!follow.empty() && fnest_ > 0) set.bits |= kStopSet.bits;
    while (!set.has(tok())) {
      next();
      if (follow.empty()) break;
    }
  }

  // --- errors ---
  void errorAt(Pos p, const std::string& msg) {
    errcnt_++;
    if (msg.rfind("syntax error", 0) == 0) syntaxErrs_++;
    diags_.error(path_, p, msg);
  }
  void error(const std::string& msg) { errorAt(pos(), msg); }
  void syntaxError(const std::string& msg) { syntaxErrorAt(pos(), msg); }
  void syntaxErrorAt(Pos p, const std::string& msg);
  std::string tokDesc() const;
  // Guards recursion; returns false (after reporting once) when input nests too deeply.
  bool enter(int weight) {
    depth_ += weight;
    if (depth_ > kMaxDepth) {
      abortTooDeep();
      return false;
    }
    return true;
  }
  // Reports once and then makes every further token EOF, which unwinds all productions.
  void abortTooDeep() {
    if (aborted_) return;
    errorAt(pos(), "syntax error: nesting too deep");
    aborted_ = true;
    lx_.tok = Tok::EOF_;
  }
  struct ChainGuard {
    Parser* p;
    int links = 0;
    explicit ChainGuard(Parser* parser) : p(parser) {}
    bool link() {
      links++;
      p->chain_++;
      if (p->chain_ <= kMaxChain) return true;
      p->abortTooDeep();
      return false;
    }
    ~ChainGuard() { p->chain_ -= links; }
  };
  struct DepthGuard {
    Parser* p;
    bool ok;
    explicit DepthGuard(Parser* parser) : p(parser), ok(parser->enter(kNestWeight)) {}
    ~DepthGuard() { p->depth_ -= kNestWeight; }
  };

  // --- node construction ---
  Expr* newExpr(ExprKind k, Pos p) {
    Expr* e = arena_.make<Expr>();
    e->kind = k;
    e->pos = p;
    e->opPos = p;
    return e;
  }
  Stmt* newStmt(StmtKind k, Pos p) {
    Stmt* s = arena_.make<Stmt>();
    s->kind = k;
    s->pos = p;
    s->opPos = p;
    return s;
  }
  Expr* badExpr() { return newExpr(ExprKind::Bad, pos()); }
  Expr* newName(Pos p, std::string n) {
    Expr* e = newExpr(ExprKind::Ident, p);
    e->name = std::move(n);
    return e;
  }
  static Expr* unparen(Expr* x) {
    while (x && x->kind == ExprKind::Paren) x = x->x;
    return x;
  }

  // --- declarations ---
  template <class F>
  Pos list(const char* context, Tok sep, Tok close, F f);
  template <class F>
  void appendGroup(F f);
  void importDecl();
  void constDecl(GenDecl* g, std::int64_t index);
  void typeDecl(GenDecl* g);
  void varDecl(GenDecl* g, std::int64_t index);
  GenDecl* genDecl(GenDecl::Kind kind, Pos p);
  FuncDecl* funcDeclOrNil(Pos funcPos);
  BlockStmt* funcBody();

  // --- expressions ---
  Expr* expr() { return binaryExpr(nullptr, 0); }
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  Stmt* callStmt();
  Expr* operand(bool keepParens);
  Expr* pexpr(Expr* x, bool keepParens);
  Expr* bareComplitExpr();
  Expr* complitExpr();
  std::vector<Expr*> exprList();
  Expr* typeList(bool* comma);

  // --- types ---
  Expr* type_();
  Expr* typeOrNil();
  Expr* funcType(const char* context);
  Expr* arrayType(Pos p, Expr* len);
  Expr* sliceType(Pos p);
  Expr* chanElem();
  Expr* structType();
  Expr* interfaceType();
  std::vector<FieldDecl> funcResult();
  void fieldDecl(Expr* styp);
  Expr* arrayOrTArgs();
  Expr* oliteral();
  bool methodDecl(Expr* ityp);
  bool paramDeclOrNil(Expr* name, Tok follow, ParamField* out);
  std::vector<ParamField> paramList(Expr* name, Expr* typ, Tok close, bool requireNames);
  std::vector<FieldDecl> groupParams(const std::vector<ParamField>& list);
  Expr* qualifiedName(Expr* name);
  Expr* name();
  // gomi has no type parameters. The message is a "syntax error" so that compilation stops here
  // rather than type-checking a tree with the parameters cut out.
  void genericsUnsupported(Pos p) { errorAt(p, "syntax error: generics are not supported"); }
  // After a '[' that opened a type parameter list: skips to just past its matching ']'.
  void skipBrackets() {
    for (int depth = 1; tok() != Tok::EOF_;) {
      if (tok() == Tok::Lbrack) depth++;
      if (tok() == Tok::Rbrack && --depth == 0) {
        next();
        return;
      }
      next();
    }
  }

  // --- statements ---
  Stmt* simpleStmt(std::vector<Expr*> lhs, Tok keyword);
  Stmt* newRangeClause(std::vector<Expr*> lhs, bool def);
  Stmt* labeledStmtOrNil(Expr* label);
  BlockStmt* blockStmt(const char* context);
  Stmt* declStmt(GenDecl::Kind kind);
  Stmt* forStmt();
  void header(Tok keyword, Stmt** init, Expr** cond, Stmt** post, std::string* bindName,
              Pos* bindPos);
  Stmt* ifStmt();
  Stmt* switchStmt();
  Stmt* selectStmt();
  Stmt* caseClause();
  Stmt* commClause();
  Stmt* stmtOrNil();
  std::vector<Stmt*> stmtList();
  std::vector<Expr*> argList(bool* hasDots);

  AstArena& arena_;
  std::string path_;
  std::string_view src_;
  Diagnostics& diags_;
  Lexer lx_;
  File* file_ = nullptr;
  GenDecl* curDecl_ = nullptr;  // the declaration appendGroup is filling
  int fnest_ = 0;
  int xnest_ = 0;
  int depth_ = 0;
  int chain_ = 0;  // links of operator/selector chains enclosing the current point
  int errcnt_ = 0;
  int syntaxErrs_ = 0;
  bool aborted_ = false;
  struct Deferred {
    Pos pos;
    std::string msg;
  };
  std::vector<Deferred> deferred_;  // type-checker errors found while parsing
};

std::string Parser::tokDesc() const {
  switch (lx_.tok) {
    case Tok::Name:
    case Tok::Semi:
      return lx_.lit;
    case Tok::Literal:
      return "literal " + lx_.lit;
    case Tok::Operator:
      return lx_.tilde ? "~" : opString(lx_.op);
    case Tok::AssignOp:
      return std::string(opString(lx_.op)) + "=";
    case Tok::IncOp: {
      std::string s = opString(lx_.op);
      return s + s;
    }
    default:
      return tokString(lx_.tok);
  }
}

void Parser::syntaxErrorAt(Pos p, const std::string& msg) {
  if (tok() == Tok::EOF_ && errcnt_ > 0) return;  // avoid meaningless follow-up errors
  std::string m;
  if (msg.rfind("in ", 0) == 0 || msg.rfind("at ", 0) == 0 || msg.rfind("after ", 0) == 0) {
    m = " " + msg;
  } else if (msg.rfind("expecting ", 0) == 0) {
    m = ", " + msg;
  } else if (!msg.empty()) {
    errorAt(p, "syntax error: " + msg);
    return;
  }
  errorAt(p, "syntax error: unexpected " + tokDesc() + m);
}

// ---------------------------------------------------------------------------------------------
// Files and declarations

namespace {
// go/token's spelling of the current token, as go/parser's "expected X, found Y" prints it.
std::string goParserFound(const Lexer& lx) {
  switch (lx.tok) {
    case Tok::Semi:
      if (lx.lit == "semicolon") return "';'";
      return "newline";
    case Tok::Name:
    case Tok::Literal:
      return lx.lit;
    case Tok::Operator:
      return std::string("'") + (lx.tilde ? "~" : opString(lx.op)) + "'";
    case Tok::AssignOp:
      return std::string("'") + opString(lx.op) + "='";
    case Tok::IncOp:
      return std::string("'") + opString(lx.op) + opString(lx.op) + "'";
    case Tok::Comma:
      return "','";
    default:
      return std::string("'") + tokString(lx.tok) + "'";
  }
}
}  // namespace

// The go command reads a file's package clause and imports with go/parser before the compiler
// ever sees it, so errors there are go/parser's ("expected 'STRING', found newline"), and only
// the first is shown. This replays that reading; returns false after reporting such an error.
bool Parser::checkHeader(std::string_view src) {
  // The go command's header reader stops after the last import path, so only lexical errors in
  // the tokens up to there are go/parser's (and worded as go/scanner words them).
  struct ScanError {
    bool set = false;
    int token = 0;  // index of the token being scanned
    Pos pos;
    std::string msg;
  } scanErr;
  int tokens = 0;
  int lastHeaderToken = 0;
  Lexer* hp = nullptr;
  Lexer h(src, [&](Pos p, const std::string& msg) {
    if (scanErr.set) return;
    scanErr = {true, tokens, p, msg};
    if (msg.rfind("invalid character ", 0) == 0 &&
        msg.find(" in identifier") == std::string::npos) {
      scanErr.msg = "illegal character " + msg.substr(18);
    } else if (msg == "newline in string" || msg == "string not terminated") {
      scanErr.pos = hp->pos;
      scanErr.msg = hp->tokenStart() == '`' ? "raw string literal not terminated"
                                            : "string literal not terminated";
    } else if (msg == "newline in rune literal" || msg == "rune literal not terminated") {
      scanErr.pos = hp->pos;
      scanErr.msg = "rune literal not terminated";
    }
  });
  hp = &h;
  auto hnext = [&]() {
    tokens++;
    h.next();
  };
  auto accept = [&]() {  // the current token is part of the header
    lastHeaderToken = tokens;
    hnext();
  };
  auto fail = [&](const std::string& what) {
    if (scanErr.set && scanErr.token <= tokens) {
      errorAt(scanErr.pos, scanErr.msg);
    } else {
      errorAt(h.pos, "expected " + what + ", found " + goParserFound(h));
    }
    return false;
  };
  auto expectSemi = [&]() {
    if (h.tok == Tok::Rparen || h.tok == Tok::Rbrace) return true;
    if (h.tok == Tok::Semi) {
      hnext();
      return true;
    }
    return fail("';'");
  };
  auto importSpec = [&]() {
    if (h.tok == Tok::Dot || h.tok == Tok::Name) accept();
    if (h.tok != Tok::Literal || h.kind != Expr::LitKind::String) return fail("'STRING'");
    accept();
    return expectSemi();
  };
  auto run = [&]() {
    hnext();
    if (h.tok != Tok::Package) return fail("'package'");
    accept();
    if (h.tok != Tok::Name) return fail("'IDENT'");
    accept();
    if (!expectSemi()) return false;
    while (h.tok == Tok::Import) {
      accept();
      if (h.tok == Tok::Lparen) {
        accept();
        while (h.tok != Tok::Rparen && h.tok != Tok::EOF_) {
          if (!importSpec()) return false;
        }
        if (h.tok != Tok::Rparen) return fail("')'");
        accept();
        if (!expectSemi()) return false;
      } else if (!importSpec()) {
        return false;
      }
    }
    return true;
  };
  if (!run()) return false;
  if (scanErr.set && scanErr.token <= lastHeaderToken) {
    errorAt(scanErr.pos, scanErr.msg);
    return false;
  }
  return true;
}

File* Parser::parseFile() {
  file_ = arena_.make<File>();
  file_->path = path_;
  if (!checkHeader(src_)) return nullptr;  // the go command would not get as far as compiling
  next();
  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    return file_;
  }
  file_->pkgName = name()->name;
  want(Tok::Semi);
  if (errcnt_ > 0) return file_;  // don't bother continuing if the package clause is broken

  while (got(Tok::Import)) {
    curDecl_ = nullptr;
    appendGroup([this](std::int64_t) { importDecl(); });
    want(Tok::Semi);
  }

  while (tok() != Tok::EOF_) {
    Pos p = pos();
    switch (tok()) {
      case Tok::Const:
      case Tok::Type:
      case Tok::Var: {
        auto kind = tok() == Tok::Const  ? GenDecl::Kind::Const
                    : tok() == Tok::Type ? GenDecl::Kind::Type
                                         : GenDecl::Kind::Var;
        next();
        GenDecl* g = genDecl(kind, p);
        file_->decls.push_back(g);
        file_->order.push_back({g, nullptr});
        break;
      }
      case Tok::Func: {
        next();
        if (FuncDecl* d = funcDeclOrNil(p)) {
          file_->funcs.push_back(d);
          file_->order.push_back({nullptr, d});
        }
        break;
      }
      default: {
        const File::TopLevel* last = file_->order.empty() ? nullptr : &file_->order.back();
        if (tok() == Tok::Lbrace && last && last->func && !last->func->body) {
          syntaxError("unexpected semicolon or newline before {");
        } else {
          syntaxError("non-declaration statement outside function body");
        }
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
      }
    }
    if (tok() != Tok::EOF_ && !got(Tok::Semi)) {
      syntaxError("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  return file_;
}

template <class F>
Pos Parser::list(const char* context, Tok sep, Tok close, F f) {
  bool done = false;
  while (tok() != Tok::EOF_ && tok() != close && !done) {
    done = f();
    if (!got(sep) && tok() != close) {
      syntaxError(std::string("in ") + context + "; possibly missing " + tokString(sep) + " or " +
                  tokString(close));
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      if (tok() != close) return pos();
    }
  }
  Pos p = pos();
  want(close);
  return p;
}

template <class F>
void Parser::appendGroup(F f) {
  if (tok() == Tok::Lparen) {
    next();
    std::int64_t index = 0;
    list("grouped declaration", Tok::Semi, Tok::Rparen, [&]() {
      f(index++);
      return false;
    });
  } else {
    f(0);
  }
}

GenDecl* Parser::genDecl(GenDecl::Kind kind, Pos p) {
  GenDecl* g = arena_.make<GenDecl>();
  g->kind = kind;
  g->pos = p;
  appendGroup([&](std::int64_t index) {
    switch (kind) {
      case GenDecl::Kind::Const:
        constDecl(g, index);
        break;
      case GenDecl::Kind::Var:
        varDecl(g, index);
        break;
      case GenDecl::Kind::Type:
        typeDecl(g);
        break;
      case GenDecl::Kind::Import:
        break;
    }
  });
  return g;
}

void Parser::importDecl() {
  ImportSpec spec;
  spec.pos = pos();
  switch (tok()) {
    case Tok::Name:
      spec.alias = name()->name;
      break;
    case Tok::Dot:
      spec.alias = ".";
      next();
      break;
    default:
      break;
  }
  Expr* path = oliteral();
  if (!path) {
    syntaxError("missing import path");
    advance({Tok::Semi, Tok::Rparen});
    return;
  }
  if (path->litKind != Expr::LitKind::String) {
    syntaxError("import path must be a string");
    return;
  }
  unquoteString(path->litText, &spec.path);
  file_->imports.push_back(std::move(spec));
}

void Parser::constDecl(GenDecl* g, std::int64_t index) {
  ValueSpec spec;
  spec.pos = pos();
  spec.iota = index;
  spec.names.push_back(name());
  while (got(Tok::Comma)) spec.names.push_back(name());
  if (tok() != Tok::EOF_ && tok() != Tok::Semi && tok() != Tok::Rparen) {
    spec.type = typeOrNil();
    if (gotAssign()) spec.values = exprList();
  }
  g->values.push_back(std::move(spec));
}

void Parser::varDecl(GenDecl* g, std::int64_t index) {
  ValueSpec spec;
  spec.pos = pos();
  spec.iota = index;
  spec.names.push_back(name());
  while (got(Tok::Comma)) spec.names.push_back(name());
  if (gotAssign()) {
    spec.values = exprList();
  } else {
    spec.type = type_();
    if (gotAssign()) spec.values = exprList();
  }
  g->values.push_back(std::move(spec));
}

namespace {
// Whether x can only be a type element (so `[P x]` starts a type parameter list).
bool isTypeElem(const Expr* x) {
  if (!x) return false;
  switch (x->kind) {
    case ExprKind::ArrayType:
    case ExprKind::StructType:
    case ExprKind::FuncType:
    case ExprKind::InterfaceType:
    case ExprKind::SliceType:
    case ExprKind::MapType:
    case ExprKind::ChanType:
      return true;
    case ExprKind::Binary:
      return isTypeElem(x->x) || isTypeElem(x->y);
    case ExprKind::Unary:
    case ExprKind::Star:
      return isTypeElem(x->x);
    case ExprKind::Paren:
      return isTypeElem(x->x);
    default:
      return false;
  }
}

// Whether `name [ x ...` in a type declaration is a type parameter list (the syntax package's
// extractName test), as opposed to an array length.
bool looksLikeTypeParams(const Expr* x, bool force, bool atRbrack) {
  switch (x->kind) {
    case ExprKind::Ident:
      return !atRbrack;
    case ExprKind::Binary:
      if (x->op == Op::Mul) return x->x->kind == ExprKind::Ident && (force || isTypeElem(x->y));
      if (x->op == Op::Or) return looksLikeTypeParams(x->x, force || isTypeElem(x->y), false);
      return false;
    case ExprKind::Call:
      return x->x->kind == ExprKind::Ident && x->args.size() == 1 && !x->hasEllipsis &&
             (force || isTypeElem(x->args[0]));
    default:
      return false;
  }
}
}  // namespace

void Parser::typeDecl(GenDecl* g) {
  TypeSpec spec;
  spec.pos = pos();
  spec.name = name();
  if (tok() == Tok::Lbrack) {
    Pos lb = pos();
    next();
    if (tok() == Tok::Name) {
      Expr* x = name();
      if (tok() != Tok::Lbrack) {
        xnest_++;
        x = binaryExpr(pexpr(x, false), 0);
        xnest_--;
      }
      if (looksLikeTypeParams(x, tok() == Tok::Comma, tok() == Tok::Rbrack)) {
        genericsUnsupported(lb);
        skipBrackets();
        spec.alias = gotAssign();
        spec.type = typeOrNil();
      } else {
        spec.type = arrayType(lb, x);
      }
    } else if (tok() == Tok::Rbrack) {
      next();
      spec.type = sliceType(lb);
    } else {
      spec.type = arrayType(lb, nullptr);
    }
  } else {
    spec.alias = gotAssign();
    spec.type = typeOrNil();
  }
  if (!spec.type) {
    spec.type = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semi, Tok::Rparen});
  }
  g->types.push_back(spec);
}

FuncDecl* Parser::funcDeclOrNil(Pos funcPos) {
  FuncDecl* f = arena_.make<FuncDecl>();
  f->pos = funcPos;
  if (got(Tok::Lparen)) {
    auto rcvr = paramList(nullptr, nullptr, Tok::Rparen, false);
    if (rcvr.empty()) {
      error("method has no receiver");
    } else {
      if (rcvr.size() > 1) error("method has multiple receivers");
      FieldDecl* r = arena_.make<FieldDecl>();
      r->pos = rcvr[0].pos;
      if (rcvr[0].name) r->names.push_back(rcvr[0].name);
      r->type = rcvr[0].type;
      f->recv = r;
    }
  }
  if (tok() != Tok::Name) {
    syntaxError("expecting name or (");
    advance({Tok::Lbrace, Tok::Semi});
    return nullptr;
  }
  f->name = name();
  f->type = funcType(f->recv ? "method" : "");
  if (tok() == Tok::Lbrace) f->body = funcBody();
  return f;
}

BlockStmt* Parser::funcBody() {
  fnest_++;
  BlockStmt* body = blockStmt("");
  fnest_--;
  return body;
}

// ---------------------------------------------------------------------------------------------
// Expressions

Expr* Parser::binaryExpr(Expr* x, int prec) {
  DepthGuard guard(this);
  if (!guard.ok) return x ? x : badExpr();
  if (!x) x = unaryExpr();
  // A long operator chain builds a deep (left-leaning) tree that later passes recurse on, so
  // each link counts towards the nesting limit.
  ChainGuard chain(this);
  while ((tok() == Tok::Operator || tok() == Tok::Star) && lx_.prec > prec && chain.link()) {
    Expr* t = newExpr(ExprKind::Binary, x->pos);
    t->opPos = pos();
    t->op = lx_.op;
    int tprec = lx_.prec;
    next();
    t->x = x;
    t->y = binaryExpr(nullptr, tprec);
    x = t;
  }
  return x;
}

Expr* Parser::unaryExpr() {
  DepthGuard guard(this);
  if (!guard.ok) return badExpr();
  switch (tok()) {
    case Tok::Operator:
    case Tok::Star: {
      if (lx_.tilde) {
        Pos p = pos();
        // Go's type checker, not its parser, rejects this: report it only if parsing succeeds.
        deferred_.push_back({p, "cannot use ~ outside of interface or type constraint"});
        next();
        return unaryExpr();
      }
      switch (lx_.op) {
        case Op::Mul: {
          Expr* x = newExpr(ExprKind::Star, pos());
          next();
          x->x = unaryExpr();
          return x;
        }
        case Op::Add:
        case Op::Sub:
        case Op::Not:
        case Op::Xor: {
          Expr* x = newExpr(ExprKind::Unary, pos());
          x->op = lx_.op;
          next();
          x->x = unaryExpr();
          return x;
        }
        case Op::And: {
          Expr* x = newExpr(ExprKind::Unary, pos());
          x->op = Op::Addr;
          next();
          // A parenthesised composite literal may follow: &(T{}) is &T{}.
          x->x = unparen(unaryExpr());
          return x;
        }
        default:
          break;
      }
      break;
    }
    case Tok::Arrow: {
      Pos p = pos();
      next();
      // <-chan T is a channel type; <-x is a receive. Which one is known only after x.
      Expr* x = unaryExpr();
      if (x->kind == ExprKind::ChanType) {
        // Re-associate: <-(chan E) => (<-chan E), <-(chan<- E) => (<-chan (<-E)).
        ChanDir dir = ChanDir::Send;
        Expr* t = x;
        while (dir == ChanDir::Send) {
          if (t->kind != ExprKind::ChanType) break;
          dir = t->chanDir;
          if (dir == ChanDir::Recv) syntaxError("unexpected <-, expecting chan");
          t->chanDir = ChanDir::Recv;
          t = t->elemType;
        }
        if (dir == ChanDir::Send) syntaxError("unexpected " + exprString(t) + ", expecting chan");
        x->pos = p;
        x->opPos = p;
        return x;
      }
      Expr* o = newExpr(ExprKind::Unary, p);
      o->op = Op::Arrow;
      o->x = x;
      return o;
    }
    default:
      break;
  }
  return pexpr(nullptr, true);
}

Stmt* Parser::callStmt() {
  Stmt* s = newStmt(tok() == Tok::Go ? StmtKind::Go : StmtKind::Defer, pos());
  const char* kw = tok() == Tok::Go ? "go" : "defer";
  next();
  Expr* x = pexpr(nullptr, tok() == Tok::Lparen);
  if (Expr* t = unparen(x); t != x) {
    errorAt(x->pos, std::string("expression in ") + kw + " must not be parenthesized");
    x = t;
  }
  if (x->kind != ExprKind::Call) {
    errorAt(x->pos, std::string("expression in ") + kw + " must be function call");
    // Assume the common mistake of missing parentheses, as the compiler does: the checker
    // then still checks the operand as a call.
    Expr* cx = newExpr(ExprKind::Call, x->pos);
    cx->x = x;
    x = cx;
  }
  s->x = x;
  return s;
}

Expr* Parser::operand(bool keepParens) {
  switch (tok()) {
    case Tok::Name:
      return name();
    case Tok::Literal:
      return oliteral();
    case Tok::Lparen: {
      Pos p = pos();
      next();
      xnest_++;
      Expr* x = expr();
      xnest_--;
      want(Tok::Rparen);
      // Parentheses are kept where they matter for errors (T{} with parenthesised T, go/defer)
      // and, as the compiler does, for every operand parsed through unaryExpr.
      if (tok() == Tok::Lbrace) keepParens = true;
      if (keepParens) {
        Expr* px = newExpr(ExprKind::Paren, p);
        px->x = x;
        x = px;
      }
      return x;
    }
    case Tok::Func: {
      Pos p = pos();
      next();
      // A function type sits at its '(' (cmd/compile's syntax tree); a literal at `func`.
      Expr* ftyp = funcType("function type");
      if (tok() == Tok::Lbrace) {
        xnest_++;
        FuncLit* f = arena_.make<FuncLit>();
        f->pos = p;
        f->type = ftyp;
        f->body = funcBody();
        xnest_--;
        Expr* e = newExpr(ExprKind::FuncLit, p);
        e->funcLit = f;
        return e;
      }
      return ftyp;
    }
    case Tok::Lbrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface:
      return type_();
    default: {
      Expr* x = badExpr();
      syntaxError("expecting expression");
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      return x;
    }
  }
}

namespace {
// Whether x syntactically must be a value (not a type).
bool isValue(const Expr* x) {
  switch (x->kind) {
    case ExprKind::BasicLit:
    case ExprKind::CompositeLit:
    case ExprKind::FuncLit:
    case ExprKind::Slice:
    case ExprKind::TypeAssert:
    case ExprKind::Call:
    case ExprKind::Unary:
    case ExprKind::Binary:
      return true;
    case ExprKind::Paren:
      return isValue(x->x);
    case ExprKind::Index:
      return isValue(x->x) || isValue(x->y);
    default:
      return false;
  }
}
}  // namespace

Expr* Parser::pexpr(Expr* x, bool keepParens) {
  DepthGuard guard(this);
  if (!guard.ok) return x ? x : badExpr();
  if (!x) x = operand(keepParens);
  ChainGuard chain(this);
  for (;;) {
    if (!chain.link()) return x;
    Pos p = pos();
    switch (tok()) {
      case Tok::Dot: {
        next();
        if (tok() == Tok::Name) {
          Expr* t = newExpr(ExprKind::Selector, x->pos);
          t->opPos = p;
          t->x = x;
          t->selPos = pos();
          t->name = lx_.lit;
          next();
          x = t;
        } else if (tok() == Tok::Lparen) {
          next();
          Expr* t = newExpr(ExprKind::TypeAssert, x->pos);
          t->opPos = p;
          t->x = x;
          if (!got(Tok::Type)) t->y = type_();
          want(Tok::Rparen);
          x = t;
        } else {
          syntaxError("expecting name or (");
          advance({Tok::Semi, Tok::Rparen});
        }
        continue;
      }
      case Tok::Lbrack: {
        next();
        if (tok() == Tok::Rbrack) {
          // invalid empty index or slice: accept but complain
          syntaxError("expecting operand");
          next();
          continue;
        }
        Expr* i = nullptr;
        if (tok() != Tok::Colon) {
          bool comma = false;
          i = typeList(&comma);
          if (comma || tok() == Tok::Rbrack) {
            want(Tok::Rbrack);
            Expr* t = newExpr(ExprKind::Index, x->pos);
            t->opPos = p;
            t->x = x;
            t->y = i;
            x = t;
            continue;
          }
        }
        // x[i:...
        if (!got(Tok::Colon)) {
          syntaxError("expecting comma, : or ]");
          advance({Tok::Comma, Tok::Colon, Tok::Rbrack});
        }
        xnest_++;
        Expr* t = newExpr(ExprKind::Slice, x->pos);
        t->opPos = p;
        t->x = x;
        t->lo = i;
        if (tok() != Tok::Colon && tok() != Tok::Rbrack) t->hi = expr();
        if (tok() == Tok::Colon) {
          t->slice3 = true;
          if (!t->hi) {
            error("middle index required in 3-index slice");
            t->hi = badExpr();
          }
          next();
          if (tok() != Tok::Rbrack) {
            t->max = expr();
          } else {
            error("final index required in 3-index slice");
            t->max = badExpr();
          }
        }
        xnest_--;
        want(Tok::Rbrack);
        x = t;
        continue;
      }
      case Tok::Lparen: {
        next();
        Expr* t = newExpr(ExprKind::Call, x->pos);
        t->opPos = p;
        t->x = x;
        t->args = argList(&t->hasEllipsis);
        x = t;
        continue;
      }
      case Tok::Lbrace: {
        // Does '{' open a composite literal or the block of an if/for/switch header?
        Expr* t = unparen(x);
        bool complitOk = false;
        switch (t->kind) {
          case ExprKind::Ident:
          case ExprKind::Selector:
            complitOk = xnest_ >= 0;
            break;
          case ExprKind::Index:
            complitOk = xnest_ >= 0 && !isValue(t);
            break;
          case ExprKind::ArrayType:
          case ExprKind::SliceType:
          case ExprKind::StructType:
          case ExprKind::MapType:
            complitOk = true;
            break;
          default:
            break;
        }
        if (!complitOk) return x;
        if (t != x) syntaxError("cannot parenthesize type in composite literal");
        Expr* n = complitExpr();
        n->y = x;
        n->pos = x->pos;
        x = n;
        continue;
      }
      default:
        return x;
    }
  }
}

Expr* Parser::bareComplitExpr() {
  if (tok() == Tok::Lbrace) return complitExpr();  // elided type
  return expr();
}

Expr* Parser::complitExpr() {
  DepthGuard guard(this);
  Expr* x = newExpr(ExprKind::CompositeLit, pos());
  if (!guard.ok) return x;
  xnest_++;
  want(Tok::Lbrace);
  x->rbrace = list("composite literal", Tok::Comma, Tok::Rbrace, [&]() {
    Expr* e = bareComplitExpr();
    if (tok() == Tok::Colon) {
      Expr* kv = newExpr(ExprKind::KeyValue, e->pos);
      kv->opPos = pos();
      next();
      kv->x = e;
      kv->y = bareComplitExpr();
      e = kv;
    }
    x->args.push_back(e);
    return false;
  });
  xnest_--;
  return x;
}

std::vector<Expr*> Parser::exprList() {
  std::vector<Expr*> list;
  list.push_back(expr());
  while (got(Tok::Comma)) list.push_back(expr());
  return list;
}

// typeList parses `arg { "," type } [","]`; with more than one element this is a generic
// instantiation, which gomi rejects.
Expr* Parser::typeList(bool* comma) {
  *comma = false;
  xnest_++;
  Expr* x = expr();
  if (got(Tok::Comma)) {
    *comma = true;
    if (Expr* t = typeOrNil()) {
      genericsUnsupported(t->pos);
      while (got(Tok::Comma)) {
        if (!typeOrNil()) break;
      }
    }
  }
  xnest_--;
  return x;
}

std::vector<Expr*> Parser::argList(bool* hasDots) {
  std::vector<Expr*> args;
  *hasDots = false;
  xnest_++;
  list("argument list", Tok::Comma, Tok::Rparen, [&]() {
    args.push_back(expr());
    *hasDots = got(Tok::DotDotDot);
    return *hasDots;
  });
  xnest_--;
  return args;
}

// ---------------------------------------------------------------------------------------------
// Types

Expr* Parser::type_() {
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("expecting type");
    advance({Tok::Comma, Tok::Colon, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return t;
}

Expr* Parser::typeOrNil() {
  DepthGuard guard(this);
  if (!guard.ok) return badExpr();
  Pos p = pos();
  switch (tok()) {
    case Tok::Star: {
      next();
      Expr* t = newExpr(ExprKind::Star, p);
      t->x = type_();
      return t;
    }
    case Tok::Arrow: {
      next();
      want(Tok::Chan);
      Expr* t = newExpr(ExprKind::ChanType, p);
      t->chanDir = ChanDir::Recv;
      t->elemType = chanElem();
      return t;
    }
    case Tok::Func: {
      next();
      Expr* t = funcType("function type");  // at its '(', as in cmd/compile's syntax tree
      return t;
    }
    case Tok::Lbrack: {
      next();
      if (got(Tok::Rbrack)) return sliceType(p);
      return arrayType(p, nullptr);
    }
    case Tok::Chan: {
      next();
      Expr* t = newExpr(ExprKind::ChanType, p);
      if (got(Tok::Arrow)) t->chanDir = ChanDir::Send;
      t->elemType = chanElem();
      return t;
    }
    case Tok::Map: {
      next();
      want(Tok::Lbrack);
      Expr* t = newExpr(ExprKind::MapType, p);
      t->keyType = type_();
      want(Tok::Rbrack);
      t->elemType = type_();
      return t;
    }
    case Tok::Struct:
      return structType();
    case Tok::Interface:
      return interfaceType();
    case Tok::Name:
      return qualifiedName(nullptr);
    case Tok::Lparen: {
      // Parentheses around a type only group (the compiler keeps no node for them).
      next();
      Expr* t = type_();
      want(Tok::Rparen);
      return t;
    }
    default:
      return nullptr;
  }
}

Expr* Parser::funcType(const char* context) {
  Expr* typ = newExpr(ExprKind::FuncType, pos());
  if (got(Tok::Lbrack)) {
    (void)context;
    genericsUnsupported(typ->pos);
    skipBrackets();
  }
  want(Tok::Lparen);
  typ->params = groupParams(paramList(nullptr, nullptr, Tok::Rparen, false));
  typ->results = funcResult();
  return typ;
}

Expr* Parser::arrayType(Pos p, Expr* len) {
  bool ellipsis = false;
  if (!len) {
    if (got(Tok::DotDotDot)) {
      ellipsis = true;
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (tok() == Tok::Comma) {
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Tok::Rbrack);
  Expr* t = newExpr(ExprKind::ArrayType, p);
  t->y = len;
  t->hasEllipsis = ellipsis;
  t->elemType = type_();
  return t;
}

Expr* Parser::sliceType(Pos p) {
  Expr* t = newExpr(ExprKind::SliceType, p);
  t->elemType = type_();
  return t;
}

Expr* Parser::chanElem() {
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("missing channel element type");
  }
  return t;
}

Expr* Parser::structType() {
  Expr* typ = newExpr(ExprKind::StructType, pos());
  want(Tok::Struct);
  want(Tok::Lbrace);
  list("struct type", Tok::Semi, Tok::Rbrace, [&]() {
    fieldDecl(typ);
    return false;
  });
  return typ;
}

Expr* Parser::interfaceType() {
  Expr* typ = newExpr(ExprKind::InterfaceType, pos());
  want(Tok::Interface);
  want(Tok::Lbrace);
  list("interface type", Tok::Semi, Tok::Rbrace, [&]() {
    bool done = false;
    if (tok() == Tok::Name) done = methodDecl(typ);
    if (!done) {
      // Embedded element: a type name, or (unsupported) a type set ~T | U.
      Pos p = pos();
      Expr* t = nullptr;
      if (tok() == Tok::Operator && lx_.tilde) {
        genericsUnsupported(p);
        next();
        t = type_();
      } else {
        t = type_();
      }
      while (tok() == Tok::Operator && lx_.op == Op::Or) {
        genericsUnsupported(pos());
        next();
        if (tok() == Tok::Operator && lx_.tilde) next();
        type_();
      }
      FieldDecl fd;
      fd.pos = p;
      fd.type = t;
      fd.embedded = true;
      typ->fields.push_back(std::move(fd));
    }
    return false;
  });
  return typ;
}

// Parses an interface element starting with a name: a method (returns true after adding it) or
// an embedded (possibly qualified) interface name (added too; returns true).
bool Parser::methodDecl(Expr* ityp) {
  Pos p = pos();
  Expr* n = name();
  FieldDecl fd;
  fd.pos = p;
  if (tok() == Tok::Lparen) {
    fd.names.push_back(n);
    fd.type = funcType("interface method");
  } else if (tok() == Tok::Lbrack) {
    genericsUnsupported(pos());
    next();
    skipBrackets();
    if (tok() == Tok::Lparen) {
      fd.names.push_back(n);
      fd.type = funcType("interface method");
    } else {
      fd.type = n;
      fd.embedded = true;
    }
  } else {
    fd.type = qualifiedName(n);
    fd.embedded = true;
    if (tok() == Tok::Operator && lx_.op == Op::Or) {
      while (tok() == Tok::Operator && lx_.op == Op::Or) {
        genericsUnsupported(pos());
        next();
        if (tok() == Tok::Operator && lx_.tilde) next();
        type_();
      }
    }
  }
  ityp->fields.push_back(std::move(fd));
  return true;
}

std::vector<FieldDecl> Parser::funcResult() {
  if (got(Tok::Lparen)) return groupParams(paramList(nullptr, nullptr, Tok::Rparen, false));
  Pos p = pos();
  std::vector<FieldDecl> out;
  if (Expr* t = typeOrNil()) {
    FieldDecl fd;
    fd.pos = p;
    fd.type = t;
    out.push_back(std::move(fd));
  }
  return out;
}

Expr* Parser::oliteral() {
  if (tok() != Tok::Literal) return nullptr;
  Expr* b = newExpr(ExprKind::BasicLit, pos());
  b->litText = lx_.lit;
  b->litKind = lx_.kind;
  b->litBad = lx_.bad;
  next();
  return b;
}

void Parser::fieldDecl(Expr* styp) {
  Pos p = pos();
  auto tagOf = [&](FieldDecl* fd) {
    if (Expr* tag = oliteral()) {
      if (tag->litKind == Expr::LitKind::String) unquoteString(tag->litText, &fd->tag);
    }
  };
  switch (tok()) {
    case Tok::Name: {
      Expr* n = name();
      if (tok() == Tok::Dot || tok() == Tok::Literal || tok() == Tok::Semi ||
          tok() == Tok::Rbrace) {
        // embedded type
        FieldDecl fd;
        fd.pos = p;
        fd.type = qualifiedName(n);
        fd.embedded = true;
        tagOf(&fd);
        styp->fields.push_back(std::move(fd));
        return;
      }
      FieldDecl fd;
      fd.pos = p;
      fd.names.push_back(n);
      while (got(Tok::Comma)) fd.names.push_back(name());
      if (fd.names.size() == 1 && tok() == Tok::Lbrack) {
        Expr* t = arrayOrTArgs();
        if (t->kind == ExprKind::Index) {
          // embedded instantiated generic type T[P]
          t->x = n;
          t->pos = n->pos;
          fd.names.clear();
          fd.embedded = true;
        }
        fd.type = t;
      } else {
        fd.type = type_();
      }
      tagOf(&fd);
      styp->fields.push_back(std::move(fd));
      return;
    }
    case Tok::Star: {
      next();
      Expr* t = nullptr;
      if (tok() == Tok::Lparen) {
        syntaxError("cannot parenthesize embedded type");
        next();
        t = qualifiedName(nullptr);
        got(Tok::Rparen);
      } else {
        t = qualifiedName(nullptr);
      }
      FieldDecl fd;
      fd.pos = p;
      Expr* star = newExpr(ExprKind::Star, p);
      star->x = t;
      fd.type = star;
      fd.embedded = true;
      tagOf(&fd);
      styp->fields.push_back(std::move(fd));
      return;
    }
    case Tok::Lparen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      Expr* t = nullptr;
      if (tok() == Tok::Star) {
        Pos sp = pos();
        next();
        t = newExpr(ExprKind::Star, sp);
        t->x = qualifiedName(nullptr);
      } else {
        t = qualifiedName(nullptr);
      }
      got(Tok::Rparen);
      FieldDecl fd;
      fd.pos = p;
      fd.type = t;
      fd.embedded = true;
      tagOf(&fd);
      styp->fields.push_back(std::move(fd));
      return;
    }
    default:
      syntaxError("expecting field name or embedded type");
      advance({Tok::Semi, Tok::Rbrace});
      return;
  }
}

Expr* Parser::arrayOrTArgs() {
  Pos p = pos();
  want(Tok::Lbrack);
  if (got(Tok::Rbrack)) return sliceType(p);
  bool comma = false;
  Expr* n = typeList(&comma);
  want(Tok::Rbrack);
  if (!comma) {
    if (Expr* elem = typeOrNil()) {
      Expr* t = newExpr(ExprKind::ArrayType, p);
      t->y = n;
      t->elemType = elem;
      return t;
    }
  }
  // x[n,] or x[n1, n2]: a generic instantiation
  genericsUnsupported(p);
  Expr* t = newExpr(ExprKind::Index, p);
  t->opPos = p;
  t->y = n;
  return t;
}

bool Parser::paramDeclOrNil(Expr* nm, Tok follow, ParamField* f) {
  DepthGuard guard(this);
  if (!guard.ok) return false;
  f->pos = nm ? nm->pos : pos();
  if (tok() == Tok::Name || nm) {
    if (!nm) nm = name();
    if (tok() == Tok::Lbrack) {
      // name "[" ...: an array type [n]E (the name is the parameter's) or an instantiation
      Expr* t = arrayOrTArgs();
      if (t->kind == ExprKind::Index) {
        t->x = nm;
        t->pos = nm->pos;
      } else {
        f->name = nm;
      }
      f->type = t;
      return true;
    }
    if (tok() == Tok::Dot) {
      f->type = qualifiedName(nm);
      return true;
    }
    f->name = nm;
  }
  if (tok() == Tok::DotDotDot) {
    Expr* t = newExpr(ExprKind::Ellipsis, pos());
    next();
    t->elemType = typeOrNil();
    if (!t->elemType) {
      t->elemType = badExpr();
      syntaxError("... is missing type");
    }
    f->type = t;
    return true;
  }
  f->type = typeOrNil();
  if (f->name || f->type) return true;
  syntaxError(std::string("expecting ") + tokString(follow));
  advance({Tok::Comma, follow});
  return false;
}

std::vector<ParamField> Parser::paramList(Expr* nm, Expr* typ, Tok close, bool requireNames) {
  std::vector<ParamField> params;
  if (nm && typ && tok() == close) {
    next();
    params.push_back({nm, typ, nm->pos});
    return params;
  }
  int named = 0, typed = 0;
  list("parameter list", Tok::Comma, close, [&]() {
    ParamField par;
    bool ok = true;
    if (typ) {
      par = {nm, typ, nm->pos};
    } else {
      ok = paramDeclOrNil(nm, close, &par);
    }
    nm = nullptr;
    typ = nullptr;
    if (ok) {
      if (par.name && par.type) named++;
      if (par.type) typed++;
      params.push_back(par);
    }
    return false;
  });
  if (params.empty()) return params;
  if (named == 0 && !requireNames) {
    // all unnamed: the names found are type names
    for (auto& par : params) {
      if (par.name) {
        par.type = par.name;
        par.name = nullptr;
      }
    }
  } else if (named != static_cast<int>(params.size())) {
    // some named: all must have names and types
    Pos errPos;
    bool haveErr = false;
    Expr* t = nullptr;
    for (auto it = params.rbegin(); it != params.rend(); ++it) {
      if (it->type) {
        t = it->type;
        if (!it->name) {
          errPos = t->pos;
          haveErr = true;
          it->name = newName(errPos, "_");
        }
      } else if (t) {
        it->type = t;
      } else {
        errPos = it->name->pos;
        haveErr = true;
        Expr* b = newExpr(ExprKind::Bad, errPos);
        it->type = b;
      }
    }
    if (haveErr) {
      std::string msg = "mixed named and unnamed parameters";
      if (requireNames)
        msg = named == typed ? "missing type constraint" : "type parameters must be named";
      syntaxErrorAt(errPos, msg);
    }
  }
  return params;
}

// Groups consecutive parameters that share one type expression (`a, b int`) into one FieldDecl.
std::vector<FieldDecl> Parser::groupParams(const std::vector<ParamField>& list) {
  std::vector<FieldDecl> out;
  for (std::size_t i = 0; i < list.size(); i++) {
    const ParamField& par = list[i];
    if (par.name && !out.empty() && !out.back().names.empty() && out.back().type == par.type) {
      out.back().names.push_back(par.name);
      continue;
    }
    FieldDecl fd;
    fd.pos = par.pos;
    if (par.name) fd.names.push_back(par.name);
    fd.type = par.type;
    out.push_back(std::move(fd));
  }
  return out;
}

Expr* Parser::name() {
  if (tok() == Tok::Name) {
    Expr* n = newName(pos(), lx_.lit);
    next();
    return n;
  }
  Expr* n = newName(pos(), "_");
  syntaxError("expecting name");
  advance({});
  return n;
}

Expr* Parser::qualifiedName(Expr* nm) {
  Expr* x = nullptr;
  if (nm) {
    x = nm;
  } else if (tok() == Tok::Name) {
    x = name();
  } else {
    x = newName(pos(), "_");
    syntaxError("expecting name");
    advance({Tok::Dot, Tok::Semi, Tok::Rbrace});
  }
  if (tok() == Tok::Dot) {
    Expr* s = newExpr(ExprKind::Selector, x->pos);
    s->opPos = pos();
    next();
    s->x = x;
    Expr* sel = name();
    s->name = sel->name;
    s->selPos = sel->pos;
    x = s;
  }
  if (tok() == Tok::Lbrack) {
    // generic type instance T[A]
    Pos p = pos();
    genericsUnsupported(p);
    next();
    Expr* t = newExpr(ExprKind::Index, x->pos);
    t->opPos = p;
    t->x = x;
    if (tok() == Tok::Rbrack) {
      syntaxError("expecting type");
      t->y = badExpr();
    } else {
      bool comma = false;
      t->y = typeList(&comma);
    }
    want(Tok::Rbrack);
    x = t;
  }
  return x;
}

// ---------------------------------------------------------------------------------------------
// Statements

Stmt* Parser::simpleStmt(std::vector<Expr*> lhs, Tok keyword) {
  if (keyword == Tok::For && tok() == Tok::Range) return newRangeClause({}, false);
  if (lhs.empty()) lhs = exprList();

  if (lhs.size() == 1 && tok() != Tok::Assign && tok() != Tok::Define) {
    Pos p = pos();
    switch (tok()) {
      case Tok::AssignOp: {
        Stmt* s = newStmt(StmtKind::Assign, lhs[0]->pos);
        s->opPos = p;
        s->assignOp = lx_.op;
        next();
        s->lhs = lhs;
        s->rhs.push_back(expr());
        return s;
      }
      case Tok::IncOp: {
        Stmt* s = newStmt(StmtKind::IncDec, lhs[0]->pos);
        s->opPos = p;
        s->inc = lx_.op == Op::Add;
        next();
        s->x = lhs[0];
        return s;
      }
      case Tok::Arrow: {
        Stmt* s = newStmt(StmtKind::Send, lhs[0]->pos);
        s->opPos = p;
        next();
        s->x = lhs[0];
        s->value = expr();
        return s;
      }
      default: {
        Stmt* s = newStmt(StmtKind::Expr, lhs[0]->pos);
        s->x = lhs[0];
        return s;
      }
    }
  }

  switch (tok()) {
    case Tok::Assign:
    case Tok::Define: {
      Pos p = pos();
      bool def = tok() == Tok::Define;
      next();
      if (keyword == Tok::For && tok() == Tok::Range) return newRangeClause(std::move(lhs), def);
      std::vector<Expr*> rhs = exprList();
      if (keyword == Tok::Switch && def && rhs.size() == 1 && lhs.size() == 1 &&
          rhs[0]->kind == ExprKind::TypeAssert && !rhs[0]->y && lhs[0]->kind == ExprKind::Ident) {
        // switch v := x.(type)
        Stmt* s = newStmt(StmtKind::Expr, rhs[0]->pos);
        s->x = rhs[0];
        s->bindName = lhs[0]->name;
        s->bindPos = lhs[0]->pos;
        return s;
      }
      Stmt* s = newStmt(StmtKind::Assign, lhs[0]->pos);
      s->opPos = p;
      s->define = def;
      s->lhs = std::move(lhs);
      s->rhs = std::move(rhs);
      return s;
    }
    default: {
      syntaxError("expecting := or = or comma");
      advance({Tok::Semi, Tok::Rbrace});
      Stmt* s = newStmt(StmtKind::Expr, lhs[0]->pos);
      s->x = lhs[0];
      return s;
    }
  }
}

Stmt* Parser::newRangeClause(std::vector<Expr*> lhs, bool def) {
  Stmt* r = newStmt(StmtKind::Range, lhs.empty() ? pos() : lhs[0]->pos);
  r->opPos = pos();
  next();  // range
  r->define = def;
  if (lhs.size() >= 1) r->key = lhs[0];
  if (lhs.size() >= 2) r->val = lhs[1];
  r->lhs = std::move(lhs);  // all of them: more than two is the checker's error
  r->x = expr();
  return r;
}

Stmt* Parser::labeledStmtOrNil(Expr* label) {
  Stmt* s = newStmt(StmtKind::Labeled, label->pos);
  s->opPos = pos();
  s->label = label->name;
  want(Tok::Colon);
  if (tok() == Tok::Rbrace) {
    // A label before '}' labels an empty statement.
    s->body = newStmt(StmtKind::Empty, pos());
    return s;
  }
  s->body = stmtOrNil();
  if (s->body) return s;
  syntaxErrorAt(s->opPos, "missing statement after label");
  return nullptr;
}

BlockStmt* Parser::blockStmt(const char* context) {
  BlockStmt* s = arena_.make<BlockStmt>();
  s->kind = StmtKind::Block;
  s->pos = pos();
  s->opPos = s->pos;
  DepthGuard guard(this);
  if (!guard.ok) return s;
  if (!got(Tok::Lbrace)) {
    syntaxError(std::string("expecting { after ") + context);
    advance({Tok::Name, Tok::Rbrace});
    s->rbrace = pos();
    if (got(Tok::Rbrace)) return s;
  }
  s->stmts = stmtList();
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

Stmt* Parser::declStmt(GenDecl::Kind kind) {
  Stmt* s = newStmt(StmtKind::Decl, pos());
  Pos p = pos();
  next();
  s->decl = genDecl(kind, p);
  return s;
}

Stmt* Parser::forStmt() {
  Pos p = pos();
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  header(Tok::For, &init, &cond, &post, nullptr, nullptr);
  Stmt* s = nullptr;
  if (init && init->kind == StmtKind::Range) {
    s = init;
    s->pos = p;
  } else {
    s = newStmt(StmtKind::For, p);
    s->init = init;
    s->x = cond;
    s->post = post;
  }
  s->then = blockStmt("for clause");
  return s;
}

namespace {
std::string listString(const std::vector<Expr*>& list) {
  std::string s;
  for (std::size_t i = 0; i < list.size(); i++) {
    if (i > 0) s += ", ";
    s += exprString(list[i]);
  }
  return s;
}

// The syntax package's rendering of a simple statement (for "cannot use ... as value").
std::string simpleStmtString(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Expr:
      return exprString(s->x);
    case StmtKind::Send:
      return exprString(s->x) + " <- " + exprString(s->value);
    case StmtKind::IncDec:
      return exprString(s->x) + (s->inc ? "++" : "--");
    case StmtKind::Assign: {
      std::string op = s->define ? ":" : opString(s->assignOp);
      return listString(s->lhs) + " " + op + "= " + listString(s->rhs);
    }
    case StmtKind::Range: {
      std::string out;
      std::vector<Expr*> lhs;
      if (s->key) lhs.push_back(s->key);
      if (s->val) lhs.push_back(s->val);
      if (!lhs.empty()) out = listString(lhs) + (s->define ? " := " : " = ");
      return out + "range " + exprString(s->x);
    }
    default:
      return "statement";
  }
}
}  // namespace

void Parser::header(Tok keyword, Stmt** init, Expr** cond, Stmt** post, std::string* bindName,
                    Pos* bindPos) {
  want(keyword);
  if (tok() == Tok::Lbrace) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      *cond = badExpr();
    }
    return;
  }
  int outer = xnest_;
  xnest_ = -1;

  if (tok() != Tok::Semi) {
    if (got(Tok::Var)) {
      syntaxError(std::string("var declaration not allowed in ") + tokString(keyword) +
                  " initializer");
    }
    *init = simpleStmt({}, keyword);
    if ((*init)->kind == StmtKind::Range) {
      xnest_ = outer;
      return;
    }
  }

  Stmt* condStmt = nullptr;
  bool haveSemi = false;
  Pos semiPos;
  std::string semiLit;
  if (tok() != Tok::Lbrace) {
    if (tok() == Tok::Semi) {
      haveSemi = true;
      semiPos = pos();
      semiLit = lx_.lit;
      next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error message
      want(Tok::Lbrace);
      if (tok() != Tok::Lbrace) advance({Tok::Lbrace, Tok::Rbrace});
    }
    if (keyword == Tok::For) {
      bool skip = false;
      if (tok() != Tok::Semi) {
        if (tok() == Tok::Lbrace) {
          syntaxError("expecting for loop condition");
          skip = true;
        } else {
          condStmt = simpleStmt({}, Tok::EOF_);
        }
      }
      if (!skip) {
        want(Tok::Semi);
        if (tok() != Tok::Lbrace) {
          *post = simpleStmt({}, Tok::EOF_);
          if ((*post)->kind == StmtKind::Assign && (*post)->define) {
            syntaxErrorAt((*post)->opPos, "cannot declare in post statement of for loop");
          }
        }
      }
    } else if (tok() != Tok::Lbrace) {
      condStmt = simpleStmt({}, keyword);
    }
  } else {
    condStmt = *init;
    *init = nullptr;
  }

  if (!condStmt) {
    if (keyword == Tok::If && haveSemi) {
      if (semiLit != "semicolon") {
        syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
      } else {
        syntaxErrorAt(semiPos, "missing condition in if statement");
      }
      *cond = newExpr(ExprKind::Bad, semiPos);
    }
  } else if (condStmt->kind == StmtKind::Expr) {
    *cond = condStmt->x;
    if (bindName) {
      *bindName = condStmt->bindName;
      *bindPos = condStmt->bindPos;
    }
  } else {
    std::string str;
    if (condStmt->kind == StmtKind::Assign && !condStmt->define && condStmt->assignOp == Op::None) {
      str = "assignment (" + listString(condStmt->lhs) + ") = (" + listString(condStmt->rhs) + ")";
    } else {
      str = simpleStmtString(condStmt);
    }
    syntaxErrorAt(condStmt->opPos, "cannot use " + str + " as value");
  }
  xnest_ = outer;
}

Stmt* Parser::ifStmt() {
  DepthGuard guard(this);
  Stmt* s = newStmt(StmtKind::If, pos());
  if (!guard.ok) return s;
  Stmt* post = nullptr;
  header(Tok::If, &s->init, &s->x, &post, nullptr, nullptr);
  s->then = blockStmt("if clause");
  if (got(Tok::Else)) {
    switch (tok()) {
      case Tok::If:
        s->els = ifStmt();
        break;
      case Tok::Lbrace:
        s->els = blockStmt("");
        break;
      default:
        syntaxError("else must be followed by if or statement block");
        advance({Tok::Name, Tok::Rbrace});
        break;
    }
  }
  return s;
}

Stmt* Parser::switchStmt() {
  Stmt* s = newStmt(StmtKind::Switch, pos());
  Stmt* post = nullptr;
  header(Tok::Switch, &s->init, &s->x, &post, &s->bindName, &s->bindPos);
  if (s->x && s->x->kind == ExprKind::TypeAssert && !s->x->y) {
    s->kind = StmtKind::TypeSwitch;
    s->x = s->x->x;
  }
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace) s->clauses.push_back(caseClause());
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

Stmt* Parser::selectStmt() {
  Stmt* s = newStmt(StmtKind::Select, pos());
  want(Tok::Select);
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace) s->clauses.push_back(commClause());
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

Stmt* Parser::caseClause() {
  Stmt* c = newStmt(StmtKind::CaseClause, pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->lhs = exprList();
      break;
    case Tok::Default:
      next();
      c->isDefault = true;
      break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
      break;
  }
  c->opPos = pos();
  want(Tok::Colon);
  c->stmts = stmtList();
  return c;
}

Stmt* Parser::commClause() {
  Stmt* c = newStmt(StmtKind::CommClause, pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->comm = simpleStmt({}, Tok::EOF_);
      break;
    case Tok::Default:
      next();
      c->isDefault = true;
      break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
      break;
  }
  c->opPos = pos();
  want(Tok::Colon);
  c->stmts = stmtList();
  return c;
}

Stmt* Parser::stmtOrNil() {
  DepthGuard guard(this);
  if (!guard.ok) return nullptr;
  // Most statements start with an identifier.
  if (tok() == Tok::Name) {
    std::vector<Expr*> lhs = exprList();
    if (lhs.size() == 1 && lhs[0]->kind == ExprKind::Ident && tok() == Tok::Colon) {
      return labeledStmtOrNil(lhs[0]);
    }
    return simpleStmt(std::move(lhs), Tok::EOF_);
  }
  switch (tok()) {
    case Tok::Var:
      return declStmt(GenDecl::Kind::Var);
    case Tok::Const:
      return declStmt(GenDecl::Kind::Const);
    case Tok::Type:
      return declStmt(GenDecl::Kind::Type);
    case Tok::Lbrace:
      return blockStmt("");
    case Tok::Operator:
    case Tok::Star:
      if (lx_.tilde) return nullptr;
      switch (lx_.op) {
        case Op::Add:
        case Op::Sub:
        case Op::Mul:
        case Op::And:
        case Op::Xor:
        case Op::Not:
          return simpleStmt({}, Tok::EOF_);
        default:
          return nullptr;
      }
    case Tok::Literal:
    case Tok::Func:
    case Tok::Lparen:
    case Tok::Lbrack:
    case Tok::Struct:
    case Tok::Map:
    case Tok::Chan:
    case Tok::Interface:
    case Tok::Arrow:
      return simpleStmt({}, Tok::EOF_);
    case Tok::For:
      return forStmt();
    case Tok::Switch:
      return switchStmt();
    case Tok::Select:
      return selectStmt();
    case Tok::If:
      return ifStmt();
    case Tok::Fallthrough: {
      Stmt* s = newStmt(StmtKind::Branch, pos());
      s->branch = Stmt::Branch::Fallthrough;
      next();
      return s;
    }
    case Tok::Break:
    case Tok::Continue: {
      Stmt* s = newStmt(StmtKind::Branch, pos());
      s->branch = tok() == Tok::Break ? Stmt::Branch::Break : Stmt::Branch::Continue;
      next();
      if (tok() == Tok::Name) {
        s->label = lx_.lit;
        s->opPos = pos();
        next();
      }
      return s;
    }
    case Tok::Go:
    case Tok::Defer:
      return callStmt();
    case Tok::Goto: {
      Stmt* s = newStmt(StmtKind::Branch, pos());
      s->branch = Stmt::Branch::Goto;
      next();
      s->opPos = pos();
      s->label = name()->name;
      return s;
    }
    case Tok::Return: {
      Stmt* s = newStmt(StmtKind::Return, pos());
      next();
      if (tok() != Tok::Semi && tok() != Tok::Rbrace) s->lhs = exprList();
      return s;
    }
    case Tok::Semi:
      return newStmt(StmtKind::Empty, pos());
    default:
      return nullptr;
  }
}

std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> l;
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace && tok() != Tok::Case &&
         tok() != Tok::Default) {
    Stmt* s = stmtOrNil();
    if (!s) break;
    l.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semi) && tok() != Tok::Rbrace) {
      syntaxError("at end of statement");
      advance({Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default});
      got(Tok::Semi);
    }
  }
  return l;
}

}  // namespace

File* parseFile(AstArena& arena, const std::string& path, std::string_view source,
                Diagnostics& diags) {
  Parser p(arena, path, source, diags);
  return p.parse();
}

}  // namespace gomi
