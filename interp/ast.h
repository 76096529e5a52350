// interp/ast.h — the syntax tree, and the facts the type checker records on it.
//
// The parser builds the tree; the checker resolves every identifier to an Object, gives every
// expression a type (and a constant value when it has one) and records how each selector and call
// is to be compiled. The compiler reads only this tree: it never re-derives a type.
//
// Ownership: every node is owned by the AstArena of its file (nodes point at each other with
// plain non-owning pointers). Objects and Packages are owned by the checker's Program.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "interp/constant.h"
#include "interp/types.h"

namespace gomi {

struct Pos {
  std::int32_t line = 0;  // 1-based
  std::int32_t col = 0;   // 1-based, in bytes, as the Go compiler counts
};

// ---------------------------------------------------------------------------------------------
// Objects: what an identifier denotes.
// ---------------------------------------------------------------------------------------------

enum class ObjKind : std::uint8_t { Var, Const, TypeName, Func, Builtin, PkgName, Nil, Label };

enum class Builtin : std::uint8_t {
  Append,
  Cap,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
};

struct Package;
struct FuncDecl;
struct FuncLit;
struct Node;

struct Object {
  ObjKind kind = ObjKind::Var;
  std::string name;
  Pos pos;
  const Type* type = nullptr;  // Var/Const/Func: its type; TypeName: the type it names
  Package* pkg = nullptr;      // declaring package (nullptr for universe objects)

  // Var
  bool isGlobal = false;          // package-level variable
  bool isParam = false;           // parameter or named result
  bool isResult = false;          // named result
  bool escapes = false;           // address taken or captured by a closure: lives in a heap box
  bool used = false;              // for "declared but not used"
  FuncDecl* ownerFunc = nullptr;  // enclosing function declaration (nullptr for globals)
  FuncLit* ownerLit = nullptr;    // innermost enclosing function literal, if any

  // Const
  ConstValue value;

  // Func: the declaration (nullptr for native functions of stdlib packages without a body).
  FuncDecl* decl = nullptr;

  // Builtin
  Builtin builtin = Builtin::Len;

  // PkgName
  Package* imported = nullptr;

  // Free for the compiler to record where it put this object (slot index, global offset...).
  std::int64_t compilerIndex = -1;
};

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

enum class ExprKind : std::uint8_t {
  Bad,
  Ident,         // name
  BasicLit,      // 1, 2.5, 'a', "s", `raw` (value in ConstValue after checking)
  CompositeLit,  // T{...} (type may be elided inside another composite literal)
  FuncLit,       // func(...) {...}
  Paren,         // (x)
  Selector,      // x.sel
  Index,         // x[i]   (also map[k])
  Slice,         // x[lo:hi] and x[lo:hi:max]
  TypeAssert,    // x.(T); x.(type) inside a type switch has type == nullptr
  Call,          // f(args), conversion T(x), builtin(args)
  Star,          // *x (dereference, or pointer type in a type context)
  Unary,         // +x -x !x ^x &x <-x
  Binary,        // x op y
  KeyValue,      // key: value inside a composite literal
  // Type expressions
  ArrayType,      // [N]T, and [...]T in a composite literal (len == nullptr with ellipsis)
  SliceType,      // []T
  MapType,        // map[K]V
  ChanType,       // chan T, chan<- T, <-chan T
  FuncType,       // func(params) results
  StructType,     // struct { fields }
  InterfaceType,  // interface { methods; embedded }
  Ellipsis,       // ...T in a parameter list
};

// Token kinds that matter to the tree (operators). Values are stable; the lexer defines the rest.
enum class Op : std::uint8_t {
  None,
  Add,
  Sub,
  Mul,
  Quo,
  Rem,  // + - * / %
  And,
  Or,
  Xor,
  Shl,
  Shr,
  AndNot,  // & | ^ << >> &^
  LAnd,
  LOr,  // && ||
  Eql,
  Neq,
  Lss,
  Leq,
  Gtr,
  Geq,    // == != < <= > >=
  Not,    // !  (unary)
  Arrow,  // <- (unary receive)
  Addr,   // &  (unary address-of)
};

// How the checker classified an expression (Go's "operand mode").
enum class Mode : std::uint8_t {
  Invalid,
  NoValue,    // call of a function without results
  Value,      // a computed value
  Variable,   // addressable (a variable, *p, s[i], x.f of an addressable x, ...)
  MapIndex,   // m[k]: assignable, not addressable; comma-ok capable
  CommaOk,    // x.(T) or <-ch: comma-ok capable value
  Constant,   // has a ConstValue
  TypeExpr,   // denotes a type
  BuiltinFn,  // a builtin function name
  PkgName,    // an imported package name (only as the left of a selector)
};

struct Field;
struct Stmt;
struct BlockStmt;

struct FieldDecl {                  // one entry of a parameter list, result list or struct
  std::vector<struct Expr*> names;  // Ident nodes; empty for anonymous params / embedded fields
  struct Expr* type = nullptr;
  bool embedded = false;
  std::string tag;  // struct tag, unquoted (kept for %#v fidelity; otherwise unused)
  Pos pos;
};

struct Expr {
  ExprKind kind = ExprKind::Bad;
  Pos pos;

  // --- syntax ---
  std::string name;     // Ident
  std::string litText;  // BasicLit: source text
  enum class LitKind : std::uint8_t { Int, Float, Imag, Char, String } litKind = LitKind::Int;
  bool litBad = false;  // BasicLit: the lexer already reported an error in it
  Op op = Op::None;     // Unary / Binary
  Expr* x = nullptr;    // operand: Paren, Selector(x.sel), Index, Slice, TypeAssert,
                        //   Call(fun), Star, Unary, Binary(lhs), KeyValue(key)
  Expr* y = nullptr;    // Binary rhs, KeyValue value, Index index,
                        //   TypeAssert/CompositeLit type, ArrayType len
  Expr* lo = nullptr;   // Slice
  Expr* hi = nullptr;   // Slice
  Expr* max = nullptr;  // Slice (3-index)
  bool slice3 = false;
  std::vector<Expr*> args;          // Call args, CompositeLit elements
  bool hasEllipsis = false;         // Call f(xs...); ArrayType [...]T
  Expr* elemType = nullptr;         // ArrayType/SliceType/ChanType/Ellipsis element, MapType value
  Expr* keyType = nullptr;          // MapType key
  ChanDir chanDir = ChanDir::Both;  // ChanType
  std::vector<FieldDecl> params;    // FuncType parameters
  std::vector<FieldDecl> results;   // FuncType results
  std::vector<FieldDecl> fields;    // StructType fields; InterfaceType methods (name + FuncType)
                                    //   and embedded interfaces (no name)
  FuncLit* funcLit = nullptr;       // FuncLit
  Pos rbrace;                       // CompositeLit closing brace
  // `pos` is where the expression starts (types2 reports most errors there). opPos is the
  // position the Go compiler's syntax tree gives the node when that differs: the operator of a
  // Binary/KeyValue, '.' of Selector/TypeAssert, '[' of Index/Slice, '(' of Call, '{' of a
  // CompositeLit; equal to pos otherwise. selPos: Selector, the position of the selected name.
  Pos opPos;
  Pos selPos;

  // --- facts recorded by the checker ---
  Mode mode = Mode::Invalid;
  const Type* type = nullptr;  // final type after implicit conversion of untyped values
                               //   (an untyped constant assigned to float64 has float64)
  ConstValue value;            // when mode == Constant, already converted to `type`
  Object* obj = nullptr;       // Ident: the object it denotes; Selector on a package:
                               //   the package member

  // Selector: what x.sel is.
  enum class SelKind : std::uint8_t {
    None,
    PkgMember,    // pkg.Name: `obj` is the member
    Field,        // x.f (path through embedded fields in selPath)
    Method,       // x.M() or method value x.M on a concrete type: selMethod
    IfaceMethod,  // x.M on an interface value: selMethodIndex into x's type imethods
    MethodExpr,   // T.M or (*T).M: a function whose first parameter is the receiver
  } selKind = SelKind::None;
  std::vector<int> selPath;           // field indices from x's (dereferenced) struct type; for
                                      //   methods, the embedded fields to reach the receiver
  bool selIndirect = false;           // x (or a step of selPath) is a pointer to dereference
  const Method* selMethod = nullptr;  // Method / MethodExpr
  int selMethodIndex = -1;            // IfaceMethod
  bool selAddrRecv = false;           // Method: receiver needs & (pointer method on addressable x)
  bool selDerefRecv = false;          // Method: receiver needs * (value method through pointer)

  // Call: what kind of call this is.
  enum class CallKind : std::uint8_t {
    None,
    Conversion,  // T(x): `type` is T, args[0] the operand
    Builtin,     // builtin: `builtin` says which
    Func,        // calling a declared function directly (x is an Ident/PkgMember with obj Func)
    Method,      // x.M(...) with a concrete receiver (x is a Selector with selKind Method)
    Iface,       // x.M(...) on an interface (x is a Selector with selKind IfaceMethod)
    Closure,     // calling a func value
  } callKind = CallKind::None;
  Builtin builtin = Builtin::Len;
  bool spreadTuple = false;  // f(g()) where g returns several values
  // builtin(g()) with a multi-value g (print, println, append, copy, delete): the checker
  // replaces the arguments with one hidden variable per result (Idents whose obj is that
  // variable); the compiler evaluates spreadCall into them first.
  Expr* spreadCall = nullptr;
  // Index on a map, TypeAssert, or Unary Arrow used in a two-value context (v, ok := m[k];
  // v, ok = x.(T); v, ok := <-ch; var v, ok = ...): `type` stays the value's type, the second
  // result is a bool.
  bool commaOk = false;

  // CompositeLit: for keyed struct literals, the field index of each element; for arrays,
  // slices and maps the element/key types are in `type`.
  std::vector<int> fieldIndex;
  std::vector<std::int64_t> elemIndex;  // array/slice literals: each element's index
};

struct FuncLit {
  Expr* type = nullptr;  // FuncType
  BlockStmt* body = nullptr;
  Pos pos;
  // Checker facts.
  const Type* sig = nullptr;
  std::vector<Object*> params;    // parameters then results, in order (results may be unnamed:
                                  //   synthetic Objects named "")
  std::vector<Object*> captures;  // free variables, in first-use order (all have escapes set)
  FuncDecl* outerDecl = nullptr;
  std::int64_t compilerIndex = -1;
};

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

enum class StmtKind : std::uint8_t {
  Bad,
  Decl,  // var/const/type inside a function
  Empty,
  Labeled,
  Expr,    // expression statement (call or receive)
  Send,    // ch <- v
  IncDec,  // x++ / x--
  Assign,  // = := op=
  Go,
  Defer,
  Return,
  Branch,  // break continue goto fallthrough
  Block,
  If,
  Switch,  // expression switch
  TypeSwitch,
  Select,
  For,
  Range,
  CaseClause,  // inside Switch/TypeSwitch
  CommClause,  // inside Select
};

struct GenDecl;

struct Stmt {
  StmtKind kind = StmtKind::Bad;
  Pos pos;

  GenDecl* decl = nullptr;  // Decl
  std::string label;        // Labeled: the label; Branch: target label ("" if none)
  Stmt* body = nullptr;     // Labeled: the statement
  Expr* x = nullptr;        // Expr, IncDec, Send(chan), Go/Defer(call), If/Switch cond/tag,
                            //   Range(expression ranged over), TypeSwitch (x in x.(type))
  Expr* value = nullptr;    // Send value
  bool inc = false;         // IncDec: ++
  Op assignOp = Op::None;   // Assign: None for =, Add for +=, ...
  bool define = false;      // Assign :=, Range with :=
  std::vector<Expr*> lhs;   // Assign lhs; Return results; Range: every iteration variable
                            //   as written (key/val are the first two; more is an error
                            //   the checker reports); CaseClause list (expressions or
  std::vector<Expr*> rhs;   //   types); Assign rhs
  enum class Branch : std::uint8_t { Break, Continue, Goto, Fallthrough } branch = Branch::Break;
  std::vector<Stmt*> stmts;    // Block statements; CaseClause/CommClause body
  Stmt* init = nullptr;        // If/Switch/TypeSwitch/For init
  Stmt* post = nullptr;        // For post
  Stmt* then = nullptr;        // If then-block (Block), For/Range body (Block)
  Stmt* els = nullptr;         // If else (Block or If)
  std::vector<Stmt*> clauses;  // Switch/TypeSwitch/Select clauses
  bool isDefault = false;      // CaseClause/CommClause default
  Stmt* comm = nullptr;        // CommClause: the Send or receive (Expr/Assign) statement
  Expr* key = nullptr;         // Range key (or nullptr)
  Expr* val = nullptr;         // Range value (or nullptr)
  std::string bindName;        // TypeSwitch: v in `switch v := x.(type)` ("" when absent)
  Pos rbrace;                  // Block/Switch/TypeSwitch/Select closing brace (for "missing
                               //   return" positions)
  Pos opPos;                   // Assign/IncDec/Send: the operator (the syntax package's
                               //   statement position); Labeled: the ':'; Branch with
                               //   a label: the label; CaseClause/CommClause: the ':';
                               //   Range: the `range` keyword; else == pos
  Pos bindPos;                 // TypeSwitch: position of bindName

  // Checker facts.
  Object* labelObj = nullptr;     // Labeled / Branch with label
  Stmt* target = nullptr;         // Branch: the statement it leaves/continues
  std::vector<Object*> defined;   // Assign :=, Range :=: the new objects (nullptr for reused or _)
  Object* implicitObj = nullptr;  // CaseClause of a TypeSwitch with bindName: the clause's var
  std::vector<const Type*> caseTypes;  // CaseClause of a TypeSwitch: nullptr entry means `nil`
};

// ---------------------------------------------------------------------------------------------
// Declarations and files
// ---------------------------------------------------------------------------------------------

struct ValueSpec {           // one line of a var or const declaration
  std::vector<Expr*> names;  // Ident nodes
  Expr* type = nullptr;
  std::vector<Expr*> values;  // for const specs with implicit repetition, the checker fills in
                              //   the previous spec's expressions
  std::int64_t iota = 0;
  bool inherited = false;  // a const spec repeating the previous one's type and values
  Pos pos;
};

struct TypeSpec {
  Expr* name = nullptr;  // Ident
  Expr* type = nullptr;
  bool alias = false;  // type A = B
  Pos pos;
};

struct GenDecl {
  enum class Kind : std::uint8_t { Var, Const, Type, Import } kind = Kind::Var;
  Pos pos;
  std::vector<ValueSpec> values;
  std::vector<TypeSpec> types;
};

struct ImportSpec {
  std::string path;   // unquoted
  std::string alias;  // "" when absent; "_" and "." are rejected by the checker
  Pos pos;
};

struct FuncDecl {
  Pos pos;
  Expr* name = nullptr;       // Ident
  FieldDecl* recv = nullptr;  // receiver (nullptr for functions)
  Expr* type = nullptr;       // FuncType
  BlockStmt* body = nullptr;  // nullptr for natives declared in stdlib preludes
  // Checker facts.
  Object* obj = nullptr;           // the Func object (for methods, an object not in any scope)
  const Type* sig = nullptr;       // without the receiver
  Object* recvObj = nullptr;       // receiver variable (may be unnamed: name "")
  std::vector<Object*> params;     // parameters then results, in order
  const Type* recvType = nullptr;  // T or *T
  std::int64_t compilerIndex = -1;
};

struct BlockStmt : Stmt {};

struct File {
  std::string path;  // as given on the command line (used in messages)
  std::string pkgName;
  std::vector<ImportSpec> imports;
  std::vector<GenDecl*> decls;   // top-level var/const/type
  std::vector<FuncDecl*> funcs;  // top-level functions and methods, in source order
  // Every top-level declaration in source order (for initialisation order and diagnostics):
  // exactly one of the two pointers is set.
  struct TopLevel {
    GenDecl* gen = nullptr;
    FuncDecl* func = nullptr;
  };
  std::vector<TopLevel> order;
};

// Owns every node of a file.
class AstArena {
 public:
  template <class T>
  T* make() {
    auto p = std::make_unique<Holder<T>>();
    T* raw = &p->value;
    nodes_.push_back(std::move(p));
    return raw;
  }

 private:
  struct HolderBase {
    virtual ~HolderBase() = default;
  };
  template <class T>
  struct Holder : HolderBase {
    T value;
  };
  std::deque<std::unique_ptr<HolderBase>> nodes_;
};

}  // namespace gomi
