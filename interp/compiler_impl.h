// interp/compiler_impl.h — the compiler's internals (private to interp/compiler*.cpp).
//
// Two levels:
//  * ProgramCompiler owns the CompiledProgram being built: one FuncProto per declared function
//    (created up front so calls can name their callee before it is compiled), the global slot
//    area, function literals queued for compilation, and the interface method sets with their
//    receiver-adapting wrappers.
//  * FuncCompiler turns one function body into code. It decides where every value lives:
//      - frame slots, allocated first-fit with a fixed shape per slot (pointer word or scalar
//        word, following each type's ptrmask) so the function has one precise GC bitmap;
//      - heap boxes for variables whose address escapes (Object::escapes); the frame slot then
//        holds the box pointer and every access goes through memory;
//      - the global area for package-level variables.
//    Calls use the VM's overlapping windows (bytecode.h): a window is allocated above every live
//    slot, the arguments are evaluated straight into it, and the results are read in place.
//
// Temporaries live until the end of the statement that created them (TempScope); variables live
// until the end of their block. Nothing here re-derives a type: every decision reads the facts the
// checker left on the tree.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "interp/ast.h"
#include "interp/bytecode.h"
#include "interp/checker.h"
#include "interp/compiler.h"
#include "interp/diag.h"

namespace gomi::comp {

// Thrown to abandon the current function after a Diagnostic has been recorded.
struct CompileError {};

// Pointer-shaped types sit directly in an interface's data word (value.h).
bool isDirectIface(const Type* t);
// True when word i of a value of type t may hold a pointer.
bool wordIsPointer(const Type* t, std::int64_t i);
// EXT_* opcode that makes a 64-bit result canonical for t, or NOP when none is needed.
Opcode extOpFor(const Type* t);
bool isSignedInt(const Type* t);
bool hasCall(Expr* e);  // contains a function call (not a conversion or builtin)
inline Expr* unparen(Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = e->x;
  return e;
}
// Go's traceback name for a method: "main.T.M" / "main.(*T).M".
std::string methodFuncName(const Type* recv, const std::string& method);
std::string pkgQualifier(const std::string& pkgPath);

class ProgramCompiler;

// Where a variable lives.
struct VarLoc {
  enum class Kind : std::uint8_t { Frame, Boxed, Global } kind = Kind::Frame;
  int slot = 0;            // Frame: the value; Boxed: the box pointer
  std::int64_t gslot = 0;  // Global: slot index in the global area
};

// A place a value can be read from or written to.
struct LVal {
  enum class Kind : std::uint8_t { Blank, Frame, Mem, Global, MapElem } kind = Kind::Blank;
  const Type* type = nullptr;
  int slot = 0;          // Frame: base slot of the enclosing value; Mem: pointer slot;
                         //   MapElem: map slot
  std::int64_t off = 0;  // Frame/Mem: byte offset; Global: slot index
  bool field = false;    // Frame: a part of a composite (not a canonical standalone value)
  int key = 0;           // MapElem: key slot
  const Type* mapType = nullptr;
};

struct Label {
  std::int64_t target = -1;
  // Instruction index and form: 0 = J (32-bit offset), 1 = ABj (16-bit), 2 = extension word
  // holding a 64-bit offset (MAPNEXT).
  std::vector<std::pair<std::size_t, int>> uses;
};

class FuncCompiler {
 public:
  FuncCompiler(ProgramCompiler& pc, FuncProto* fn, Package* pkg, std::string file);

  // Whole functions.
  void compileDecl(FuncDecl* fd);
  void compileLit(FuncLit* lit);
  void compileEntry(Program& prog);
  // Receiver-adapting wrappers (method sets, method values, method expressions).
  //   mode Iface: receiver is the interface data word (one pointer slot).
  //   mode MethodValue: receiver comes from capture 0 (a box of the receiver type).
  //   mode Deref: receiver is a pointer *R; the method wants R (or promotion through R).
  //   mode Value: receiver is a value of type R in the first R.slots() slots (method
  //     expressions R.M of methods promoted through embedded fields).
  enum class WrapMode { Iface, MethodValue, Deref, IfaceExpr, Value };
  void compileWrapper(const Type* recvType, const std::string& method, WrapMode mode);
  // Deferred/go'd builtins and interface calls: a thunk that performs `call` with its
  // arguments laid out as parameters.
  void finish();

  // ---- slots ----
  int alloc(const Type* t);     // a temporary (freed at statement end)
  int allocVar(const Type* t);  // lives until freeVar
  int allocPattern(const std::vector<bool>& ptr, bool temp);
  int allocScalar() { return allocPattern({false}, true); }
  int allocPointer() { return allocPattern({true}, true); }
  void freeSlots(int base, int n);
  [[noreturn]] void frameTooLarge() const;
  int windowBase(const std::vector<bool>& pattern);  // above every live slot
  std::vector<bool> patternOf(const Type* t) const;

  struct TempScope {
    FuncCompiler& fc;
    std::size_t mark;
    explicit TempScope(FuncCompiler& f) : fc(f), mark(f.temps_.size()) {}
    ~TempScope() { fc.releaseTemps(mark); }
  };
  void releaseTemps(std::size_t mark);
  // True when [slot, slot+n) is a temporary allocated since temps_ had `mark` entries (a value
  // no variable names, which its consumer may overwrite).
  bool liveTempSince(std::size_t mark, int slot, int n) const {
    for (std::size_t i = mark; i < temps_.size(); ++i)
      if (temps_[i].first == slot && temps_[i].second == n) return true;
    return false;
  }

  // ---- emission ----
  std::size_t emit(Opcode op, int a = 0, int b = 0, int c = 0);
  void ext(std::uint64_t x) { fn_->emitExt(x); }
  void ext(const void* p) { fn_->emitExt(p); }
  std::size_t here() const { return fn_->code.size(); }
  void jump(Label& l);
  void jumpIf(int condSlot, bool ifTrue, Label& l);
  void jumpShort(Opcode op, int a, int b, Label& l);  // ABj form
  void bind(Label& l);
  void jumpExt(Label& l, std::size_t at);  // `at` is an instruction whose extension is an offset
  LVal toMem(LVal lv);                     // Global -> Mem through GADDR
  LVal fieldLV(LVal lv, std::int64_t off, const Type* t);
  int binopSlots(Op op, const Type* t, int a, Expr* rhs, int want);
  void labeledStmt(Stmt* s);
  Label* newLabel() { return &labelStore_.emplace_back(); }
  void mov(int dst, int src, const Type* t);
  void movN(int dst, int src, std::int64_t n);
  void loadImm(int dst, std::int64_t v);
  void loadBits(int dst, std::uint64_t bits);
  void loadConst(int dst, const Type* t, const ConstValue& v);
  void loadString(int dst, const std::string& s);
  void zero(int dst, const Type* t);
  void extend(int slot, const Type* t);  // EXT_* when t is a narrow integer
  void loadMem(int dst, int ptr, std::int64_t off, const Type* t);
  void storeMem(int ptr, std::int64_t off, int src, const Type* t);
  void loadFrameField(int dst, int base, std::int64_t off, const Type* t);
  void storeFrameField(int base, std::int64_t off, int src, const Type* t);
  void loadGlobal(int dst, std::int64_t gslot, const Type* t);
  void storeGlobal(std::int64_t gslot, int src, const Type* t);

  [[noreturn]] void fail(Pos pos, const std::string& msg) const;
  void setLine(Pos p) {
    if (p.line > 0) {
      line_ = p.line;
      pos_ = p;
    }
  }

  // ---- expressions (compiler_expr.cpp) ----
  // Evaluates e; returns the slot holding its value. With want >= 0 the value is put there.
  int expr(Expr* e, int want = -1);
  // As expr, converting to `target` (boxing into an interface when needed).
  int exprAs(Expr* e, const Type* target, int want = -1);
  int convertValue(int src, const Type* from, const Type* to, int want, Pos pos);
  void condJump(Expr* e, bool jumpIfTrue, Label& l);
  LVal lvalue(Expr* e);
  LVal mapElemInPlace(const LVal& lv);
  int loadLV(const LVal& lv, int want = -1);
  void storeLV(const LVal& lv, int src);
  // Copies the operands an LVal refers to (pointer, map, key) into temporaries, so assigning
  // other variables before storing through it cannot change where it stores (Go evaluates the
  // operands of every left-hand side before it assigns any).
  LVal pinLV(LVal lv);
  void pinOperands(std::vector<LVal>& lvs, Stmt* s);
  int addrOf(Expr* e, int want = -1);  // &e
  LVal selectorLV(Expr* e);
  LVal indexLV(Expr* e);
  int indexValue(Expr* e, int want);
  int sliceExpr(Expr* e, int want);
  int binary(Expr* e, int want);
  int unary(Expr* e, int want);
  int compare(Op op, const Type* t, int a, int b, int want, Pos pos);
  int compositeLit(Expr* e, int want);
  void compositeInto(Expr* e, const LVal& dst);  // zeroed destination
  int funcLit(Expr* e, int want);
  int funcValue(Object* fnObj, int want);
  int methodValue(Expr* e, int want);
  int methodExpr(Expr* e, int want);
  int typeAssert(Expr* e, int want, int okSlot);
  int conversion(Expr* e, int want);
  int arith(Op op, const Type* t, int a, int b, int want);

  // ---- calls (compiler_call.cpp) ----
  // Returns the first result slot (results consecutive, laid out as the callee's result list).
  int call(Expr* e, int want = -1);
  int callResults(Expr* e);
  struct CallTarget;
  int builtinCall(Expr* e, int want);
  void bindSpreadArgs(Expr* e);
  int appendCall(Expr* e, int want);
  void printCall(Expr* e, bool ln);
  int commaOk(Expr* e, int want);  // v, ok forms: returns base; ok at base + slots(v)
  int recvExpr(Expr* ch, const Type* chanType, int want, int okSlot);
  // Evaluates the arguments of a call to a function of signature sig into the window at base
  // + firstOffset. Handles variadic packing and f(g()) spreading.
  void layoutArgs(Expr* call, const Type* sig, int base, int firstOffset);
  std::int64_t sigParamSlots(const Type* sig) const;
  std::int64_t sigResultSlots(const Type* sig) const;
  std::vector<bool> sigPattern(const Type* sig, int extraLeadingPtr = 0) const;
  // Receiver of a method call/value x.M (selector expression), evaluated for the method.
  int methodRecv(Expr* sel, int want);
  int ifaceRecv(Expr* sel, const Type*& itype);  // interface receiver (maybe an embedded field)
  void deferOrGo(Stmt* s, bool isGo);

  // ---- statements (compiler_stmt.cpp) ----
  void stmt(Stmt* s);
  void block(const std::vector<Stmt*>& stmts);
  void assign(Stmt* s);
  void defineVar(Object* obj, int valueSlot, Pos pos);  // declares obj, initialised from slot
  void declareVar(Object* obj);                         // declares obj, zero value
  void varDecl(GenDecl* d);
  void returnStmt(Stmt* s);
  void ifStmt(Stmt* s);
  void forStmt(Stmt* s, const std::string& label);
  void rangeStmt(Stmt* s, const std::string& label);
  void switchStmt(Stmt* s, const std::string& label);
  void typeSwitchStmt(Stmt* s, const std::string& label);
  void branchStmt(Stmt* s);
  void selectStmt(Stmt* s, const std::string& label);
  FuncProto* builtinThunk(Expr* call);  // a proto performing a builtin call on its params
  void incDec(Stmt* s);
  void opAssign(Stmt* s);
  void emitReturn();
  void emitEpilogue();

  // ---- variables ----
  VarLoc& bindVar(Object* obj, VarLoc loc);
  const VarLoc* findVar(const Object* obj) const;
  int loadVar(Object* obj, int want);
  LVal varLV(Object* obj);

  ProgramCompiler& pc_;
  FuncProto* fn_;
  Package* pkg_;
  std::string file_;
  int line_ = 0;
  Pos pos_{};  // the statement or expression being compiled (setLine), for errors without one

  std::vector<signed char> shape_;  // per slot: -1 unassigned, 0 scalar, 1 pointer
  std::vector<bool> live_;
  std::vector<std::pair<int, int>> temps_;  // (base, n) of live temporaries
  std::unordered_map<const Object*, VarLoc> vars_;
  std::vector<std::vector<std::pair<int, int>>> blockVars_;  // per open block: var slots

  // Control flow.
  struct Target {
    Stmt* stmt = nullptr;  // loop/switch/select statement
    std::string label;
    Label* brk = nullptr;
    Label* cont = nullptr;  // null for switch/select
  };
  std::vector<Target> targets_;
  std::deque<Label> labelStore_;
  std::map<std::string, Label*> gotoLabels_;
  Label* fallthrough_ = nullptr;  // next case body during a switch clause

  // Function being compiled.
  const Type* sig_ = nullptr;
  std::vector<Object*> resultObjs_;  // named or synthetic result objects
  std::int64_t resultBase_ = 0;
  bool hasDefer_ = false;
  Label* epilogue_ = nullptr;  // set when named results live in boxes (see emitReturn)
  FuncLit* lit_ = nullptr;
  FuncDecl* decl_ = nullptr;
  int litCounter_ = 0;  // for naming nested literals
};

class ProgramCompiler {
 public:
  ProgramCompiler(Program& prog, const PackageRegistry& reg, Diagnostics& diags);
  std::unique_ptr<CompiledProgram> run();

  FuncProto* newProto(std::string name);
  FuncProto* protoFor(FuncDecl* fd);
  FuncProto* protoForObj(const Object* fnObj);
  // The proto of method `name` declared on named type `named` (natives included).
  FuncProto* protoForMethod(const Type* named, const std::string& name);
  FuncProto* protoForLit(FuncLit* lit, const std::string& name);
  // Registers t as a type that may sit in an interface: builds its method set.
  void noteIfaceType(const Type* t);
  // Wrappers (created on first use, then cached).
  FuncProto* methodValueWrapper(const Type* recvType, const Method* m, const std::string& name);
  FuncProto* derefWrapper(const Type* ptrType, const std::string& name);
  FuncProto* valueWrapper(const Type* recvType, const std::string& name);
  FuncProto* methodProto(const Type* recvType, const std::string& name);  // lookup + wrappers

  std::int64_t globalSlot(const Object* obj);

  Program& prog_;
  const PackageRegistry& reg_;
  Diagnostics& diags_;
  std::unique_ptr<CompiledProgram> out_;
  std::unordered_map<FuncDecl*, FuncProto*> protos_;
  std::unordered_map<const Object*, FuncProto*> protosByObj_;
  std::map<std::pair<const Type*, std::string>, FuncProto*> methodProtos_;
  std::unordered_map<const Object*, std::int64_t> globals_;
  struct PendingLit {
    FuncLit* lit;
    FuncProto* proto;
    Package* pkg;
    std::string file;
  };
  std::vector<PendingLit> pendingLits_;
  std::unordered_map<FuncLit*, FuncProto*> litProtos_;
  std::map<std::pair<const Type*, std::string>, FuncProto*> ifaceWrappers_;
  std::map<std::pair<const Type*, std::string>, FuncProto*> mvWrappers_;
  std::map<std::pair<const Type*, std::string>, FuncProto*> derefWrappers_;
  std::map<std::pair<const Type*, std::string>, FuncProto*> valueWrappers_;
  std::unordered_map<const Type*, bool> ifaceTypesDone_;
  std::vector<const Type*> ifaceTypesPending_;
  std::unordered_map<FuncDecl*, std::pair<Package*, std::string>> declPkg_;
  std::unordered_map<FuncDecl*, int> litCounters_;
  bool failed_ = false;
};

}  // namespace gomi::comp
