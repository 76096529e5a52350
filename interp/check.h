// interp/check.h — the type checker's internals (private to interp/check*.cpp, types.cpp and
// constant.cpp). The public entry point is loadProgram in checker.h.
//
// The checker walks each package once: it collects package-level objects, resolves them lazily
// (so declarations may appear in any order and cycles are detected by colouring), attaches
// methods, then checks function bodies, recording the facts of ast.h on every node.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "interp/ast.h"
#include "interp/checker.h"
#include "interp/constant.h"
#include "interp/types.h"

namespace gomi {

// Go's comparability: == is defined on values of t (struct and array element-wise).
bool comparable(const Type* t);

// Field-or-method lookup with Go's depth rule (the shallowest match wins, two at one depth are
// ambiguous). fromPkg decides the visibility of unexported names ("" = see everything).
struct Selection {
  enum class Kind { None, Field, Method, IfaceMethod, Ambiguous } kind = Kind::None;
  const Field* field = nullptr;
  const Method* method = nullptr;
  int methodIndex = -1;
  std::vector<int> path;  // Field: includes the field's own index last
  bool indirect = false;
  const Type* fieldType = nullptr;
  const Type* recvNamed = nullptr;
};
Selection lookupFieldOrMethod(const Type* t, const std::string& name, const std::string& fromPkg);

// Constant arithmetic (constant.cpp).
namespace cv {
bool parseLiteral(Expr::LitKind kind, const std::string& text, ConstValue& out);
ConstValue makeInt(std::int64_t v);
ConstValue makeInt(BigInt v);
ConstValue makeFloat(BigFloat v);
ConstValue makeBool(bool b);
ConstValue makeString(std::string s);
// For a binary arithmetic op on two constants of the same class. err receives Go's message:
// "constant multiplication overflow" (an integer beyond 512 bits), "constant result is not
// representable" (a float beyond big.Float's exponent), "division by zero".
bool binary(Op op, const ConstValue& a, const ConstValue& b, bool intDiv, ConstValue& out,
            std::string& err);
bool compare(Op op, const ConstValue& a, const ConstValue& b);
// Constant shift counts beyond this are an error, as in Go (enough to reach the smallest
// float64).
constexpr std::uint64_t kMaxShift = 1023 - 1 + 52;
// s must be at most kMaxShift.
bool shift(Op op, const ConstValue& a, std::uint64_t s, ConstValue& out, std::string& err);
// An integer too large for an untyped constant (beyond 512 bits), as after a shift.
bool intOverflow(const ConstValue& v);
// Unary - + ^ ! ; for ^ on a typed unsigned constant, t gives the width.
bool unary(Op op, const ConstValue& a, const Type* t, ConstValue& out, std::string& err);
// Converts v for type t (an integer, float, bool or string basic type or untyped kind).
// Returns false when not representable; *why is "overflows" or "truncated" ("" otherwise).
bool representable(ConstValue& v, const Type* t, std::string* why);
ConstValue toFloat(const ConstValue& v);
ConstValue toInt(const ConstValue& v, bool* exact);
std::string str(const ConstValue& v);  // Go's spelling in messages: 300, 1e+300, "s", true
// Complex constants (constant.cpp, their own section).
ConstValue makeComplex(BigFloat re, BigFloat im);
ConstValue toComplex(const ConstValue& v);  // Int/Float/Complex -> Complex
// Real / imaginary part of a numeric constant, as a Float constant.
ConstValue realPart(const ConstValue& v);
ConstValue imagPart(const ConstValue& v);
bool isZero(const ConstValue& v);  // numeric zero (int, float or complex)
}  // namespace cv

struct Scope {
  Scope* parent = nullptr;
  std::unordered_map<std::string, Object*> names;
  bool funcScope = false;  // the outermost scope of a function or literal
  Object* lookupLocal(const std::string& n) const {
    auto it = names.find(n);
    return it == names.end() ? nullptr : it->second;
  }
};

// "./file:line:col" for a position quoted inside a message (cmd/go prints such positions
// relative to the current directory; absolute and ./-prefixed paths stay as they are).
std::string positionInMessage(const std::string& file, Pos p);

class Checker {
 public:
  Checker(Program& prog, Diagnostics& diags, const PackageRegistry& reg)
      : prog_(prog), diags_(diags), reg_(reg), tt_(prog.types) {}
  bool load(const std::string& mainPath, std::string_view source);

 private:
  // --- packages (check.cpp) ---
  Package* importPackage(const std::string& path, const std::string& fromFile, Pos pos);
  void checkPackage(Package* pkg);
  void collect(Package* pkg);
  void setupUniverse();

  struct DeclInfo {
    enum class Kind { Const, Var, Type, Func } kind = Kind::Const;
    GenDecl* gen = nullptr;
    ValueSpec* vspec = nullptr;
    int index = 0;  // position in vspec->names
    TypeSpec* tspec = nullptr;
    FuncDecl* fdecl = nullptr;
    File* file = nullptr;
    std::vector<Object*> lhs;  // var specs: every object of the spec
    std::set<Object*> deps;    // package-level vars and funcs this one refers to
    int color = 0;             // 0 white, 1 grey (resolving), 2 black
    int order = 0;
    std::int64_t indirectAtStart = 0;
  };
  void objDecl(Object* obj);
  void constDecl(Object* obj, DeclInfo& d);
  void varDecl(Object* obj, DeclInfo& d);
  void typeDecl(Object* obj, DeclInfo& d);
  void funcSig(FuncDecl* fd, bool isMethod);
  void collectMethods(Package* pkg);
  void initOrder(Package* pkg);
  bool reportInitCycle(Object* start);  // false when start is not on a cycle

  // --- types (check_type.cpp in check.cpp) ---
  const Type* typExpr(Expr* e);
  const Type* typExprIndirect(Expr* e);
  const Type* funcType(Expr* ft, std::vector<Object*>* paramObjs, Object** recvObj, FieldDecl* recv,
                       const Type** recvType);

  // --- expressions (check_expr.cpp) ---
  void expr(Expr* e, const Type* hint = nullptr);  // single value (or NoValue for calls)
  void rawExpr(Expr* e, const Type* hint, bool allowTuple, bool allowType);
  void exprOrType(Expr* e);
  void multiExpr(Expr* e);  // allows tuples
  void ident(Expr* e, bool markUsed);
  void selector(Expr* e);
  void selectorNotFound(Expr* e, Pos selPos, const Type* T, const Selection& s);
  std::int64_t arrayLength(Expr* len);
  bool validIndex(Expr* x, const std::string& what, bool allowNegative);
  void call(Expr* e);
  void builtinCall(Expr* e, Builtin b);
  void spreadBuiltinArgs(Expr* e);  // builtin(g()) with a multi-value g
  void conversion(Expr* e, const Type* t);
  void index(Expr* e);
  void sliceExpr(Expr* e);
  void compositeLit(Expr* e, const Type* hint);
  void funcLit(Expr* e);
  void unaryExpr(Expr* e);
  void binaryExpr(Expr* e);
  void binaryRest(Expr* e, bool assignOp);
  void shiftExpr(Expr* e);
  void comparison(Expr* e, bool switchCase = false);
  void typeAssert(Expr* e);
  void arguments(Expr* call, const Type* sig, const std::string& fname);

  // Untyped and assignment handling.
  bool assignable(Expr* x, const Type* t, std::string* reason);
  std::string missingReason(const Type* V, const Type* T);
  std::string methodString(const std::string& name, const Method& m);
  void multipleDefaults(const Stmt* c, const Stmt* first);
  static std::string undefinedMessage(const std::string& name);
  bool arity(ValueSpec& vs, bool isConst);
  void assignment(Expr* x, const Type* t, const std::string& context);
  void convertUntyped(Expr* x, const Type* target);
  const Type* implicitType(Expr* x, const Type* target, std::string* code);
  bool matchTypes(Expr* x, Expr* y);
  void setType(Expr* x, const Type* t);
  void defaultType(Expr* x);
  const Type* defaultOf(const Type* t);
  bool convertible(Expr* x, const Type* t);
  void useExprs(const std::vector<Expr*>& es);
  void markEscape(Expr* x);
  Object* rootVar(Expr* x);
  bool addressable(const Expr* x) const { return x->mode == Mode::Variable; }
  void invalid(Expr* e) {
    e->mode = Mode::Invalid;
    e->type = tt_.basic(Kind::Invalid);
  }

  // --- statements (check_stmt.cpp) ---
  void funcBody(FuncDecl* fd, FuncLit* lit, const Type* sig, BlockStmt* body,
                std::vector<Object*>& params);
  void stmtList(const std::vector<Stmt*>& list);
  void stmt(Stmt* s);
  void assignStmt(Stmt* s);
  void shortVarDecl(Stmt* s);
  void assignVars(std::vector<Expr*>& lhs, std::vector<Expr*>& rhs, Pos pos);
  void assignLhs(Expr* lhs, Expr* rhs, const Type* rhsType);
  void declStmt(GenDecl* g);
  void localVarSpec(ValueSpec& vs);
  void localConstSpec(ValueSpec& vs, ValueSpec* prev);
  void localTypeSpec(TypeSpec& ts);
  void returnStmt(Stmt* s);
  void ifStmt(Stmt* s);
  void switchStmt(Stmt* s);
  void typeSwitchStmt(Stmt* s);
  void selectStmt(Stmt* s);
  void forStmt(Stmt* s);
  void rangeStmt(Stmt* s);
  void branchStmt(Stmt* s);
  void labeledStmt(Stmt* s);
  bool isTerminating(Stmt* s, const std::string& label);
  bool hasBreak(Stmt* s, Stmt* target, bool implicit);
  void initVars(std::vector<Object*>& lhs, std::vector<Expr*>& rhs, Pos pos,
                const std::string& ctx);

  // --- scopes and objects ---
  Object* newObj(ObjKind k, const std::string& name, Pos pos, const Type* t);
  void openScope(bool funcScope = false);
  void closeScope();
  void declare(Scope* s, Object* obj, Pos pos);
  Object* lookup(const std::string& name);
  void recordUse(Object* obj);

  // --- diagnostics ---
  void error(Pos pos, const std::string& msg);
  // While one is alive, errors are reported at its position instead of their own (types2's
  // errpos: the errors of an implicitly repeated constant expression point at the constant).
  Pos errPos_{};
  struct ErrPosScope {
    // An empty p clears it (a constant declared while checking another's value).
    ErrPosScope(Checker& c, Pos p) : c_(c), saved_(c.errPos_) { c.errPos_ = p; }
    ~ErrPosScope() { c_.errPos_ = saved_; }
    ErrPosScope(const ErrPosScope&) = delete;
    ErrPosScope& operator=(const ErrPosScope&) = delete;
    Checker& c_;
    Pos saved_;
  };
  // types2 reports at syntax.StartPos: the leftmost position, except that a key:value pair, a
  // slice expression and an untyped composite literal sit at their ':' / '[' / '{'.
  static Pos posOf(const Expr* e) {
    if (!e) return {};
    switch (e->kind) {
      case ExprKind::KeyValue:
      case ExprKind::Slice:
        return e->opPos.line ? e->opPos : e->pos;
      case ExprKind::CompositeLit:
        if (!e->y) return e->opPos.line ? e->opPos : e->pos;
        return posOf(e->y);
      case ExprKind::Selector:
      case ExprKind::Index:
      case ExprKind::TypeAssert:
      case ExprKind::Call:
        return e->x ? posOf(e->x) : e->pos;
      case ExprKind::Binary:
        return e->x ? posOf(e->x) : e->pos;
      default:
        return e->pos;
    }
  }
  static Pos posOf(const Stmt* s) { return s ? s->pos : Pos{}; }
  // A position as a continuation line prints it ("file:line:col"), and as a message prints one
  // inside itself: relative to the current directory, as cmd/go does ("./file:line:col").
  std::string posStr(Pos p) const {
    return file_ + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
  }
  std::string posInMessage(Pos p) const { return positionInMessage(file_, p); }
  // The second line of a redeclaration error.
  std::string otherDeclaration(Pos p, const std::string& name) const {
    return "\n\t" + posStr(p) + ": other declaration of " + name;
  }
  static Pos posOf(const Object* o) { return o ? o->pos : Pos{}; }
  std::string typStr(const Type* t) const;
  std::string summary(const Type* t) const;
  std::string exprStr(const Expr* e) const;
  std::string operandStr(const Expr* e) const;  // "x (variable of type int)"

  Program& prog_;
  Diagnostics& diags_;
  std::string_view mainSource_;  // the program's file (StdPackage::fullTrigger is looked up in it)
  const PackageRegistry& reg_;
  TypeTable& tt_;

  std::deque<Scope> scopes_;
  Scope* universe_ = nullptr;
  Scope* scope_ = nullptr;
  Package* pkg_ = nullptr;
  Scope* pkgScope_ = nullptr;
  std::string file_;  // path for messages
  std::map<std::string, Package*> loaded_;
  std::set<std::string> loading_;
  std::map<Package*, Scope*> pkgScopes_;
  std::map<Object*, DeclInfo> decls_;
  std::map<const Object*, Type*> namedTypes_;
  DeclInfo* curDecl_ = nullptr;  // package-level declaration being checked (for deps)
  std::int64_t indirect_ = 0;
  std::vector<Object*> typeStack_;  // named types being resolved (cycle reports)    // > 0 inside
                                    // pointer/slice/map/chan/func type expressions
  std::vector<Object*> imports_;    // PkgName objects of the current file
  std::vector<std::pair<FuncDecl*, FuncLit*>> delayedBodies_;
  // Map key types, checked for comparability once every type in the package is complete.
  std::vector<std::pair<Pos, const Type*>> pendingMapKeys_;

  // Current function context.
  struct FuncCtx {
    FuncDecl* decl = nullptr;
    FuncLit* lit = nullptr;
    const Type* sig = nullptr;
    std::vector<Object*> results;
    std::vector<Object*> locals;  // for "declared but not used"
    std::vector<std::pair<std::string, Stmt*>> labels;
  };
  std::vector<FuncCtx> funcs_;
  struct BranchCtx {
    Stmt* stmt;
    std::string label;
    bool breakOk, continueOk;
  };
  std::vector<BranchCtx> branches_;
  Stmt* nextClause_ = nullptr;  // for fallthrough
  bool fallthroughOk_ = false;
  std::vector<Object*> objPath_;          // package-level objects being declared, outermost first
  std::vector<FuncDecl*> missingBodies_;  // main package functions declared without a body
  int iota_ = -1;
  // Named types whose underlying type is another named type still being declared.
  std::vector<std::pair<Type*, const Type*>> underlyingWaits_;
  Expr* prechecked_ = nullptr;         // rawExpr skips it once (already checked)
  std::set<const Expr*> spreadTemps_;  // Idents of builtin(g())'s hidden variables
  bool stopped_ = false;
  bool spellByte_ = true;  // print uint8 as byte in messages
  bool spellRune_ = true;  // print int32 as rune in messages
};

}  // namespace gomi
