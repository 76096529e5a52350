// Type checker: facts recorded on the tree for the compiler, and Go 1.19's error messages.
#include <gtest/gtest.h>

#include <functional>

#include "interp/checker.h"

namespace gomi {
namespace {

// A self-contained stand-in for the standard library (the checker only needs signatures).
const char* kFmt = R"(package fmt
type Stringer interface { String() string }
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
)";
const char* kErrors = R"(package errors
type errorString struct { s string }
func (e *errorString) Error() string { return e.s }
func New(text string) error { return &errorString{text} }
)";
const char* kStrconv = R"(package strconv
func Atoi(s string) (int, error)
)";

struct Loaded {
  Program prog;
  Diagnostics diags;
  bool ok = false;
};

std::unique_ptr<Loaded> load(const std::string& src) {
  static PackageRegistry* reg = [] {
    auto* r = new PackageRegistry;
    r->add({"fmt", "fmt", kFmt, {}});
    r->add({"errors", "errors", kErrors, {}});
    r->add({"strconv", "strconv", kStrconv, {}});
    return r;
  }();
  auto l = std::make_unique<Loaded>();
  l->ok = loadProgram(l->prog, "./prog.go", src, *reg, l->diags);
  return l;
}

std::string errorsOf(const std::string& src) {
  auto l = load(src);
  return l->diags.format();
}

// Visits every expression of main's functions.
void walk(Stmt* s, const std::function<void(Expr*)>& f);
void walkExpr(Expr* e, const std::function<void(Expr*)>& f) {
  if (!e) return;
  f(e);
  walkExpr(e->x, f);
  walkExpr(e->y, f);
  walkExpr(e->lo, f);
  walkExpr(e->hi, f);
  walkExpr(e->max, f);
  for (Expr* a : e->args) walkExpr(a, f);
  if (e->funcLit && e->funcLit->body) walk(e->funcLit->body, f);
}
void walk(Stmt* s, const std::function<void(Expr*)>& f) {
  if (!s) return;
  walkExpr(s->x, f);
  walkExpr(s->value, f);
  walkExpr(s->key, f);
  walkExpr(s->val, f);
  for (Expr* e : s->lhs) walkExpr(e, f);
  for (Expr* e : s->rhs) walkExpr(e, f);
  for (Stmt* c : s->stmts) walk(c, f);
  for (Stmt* c : s->clauses) walk(c, f);
  walk(s->body, f);
  walk(s->init, f);
  walk(s->post, f);
  walk(s->then, f);
  walk(s->els, f);
  walk(s->comm, f);
  if (s->decl)
    for (ValueSpec& vs : s->decl->values)
      for (Expr* e : vs.values) walkExpr(e, f);
}
std::vector<Expr*> exprs(Loaded& l) {
  std::vector<Expr*> out;
  Package* m = l.prog.mainPackage();
  if (!m) return out;
  for (FuncDecl* fd : m->funcs) walk(fd->body, [&](Expr* e) { out.push_back(e); });
  return out;
}
Object* var(Loaded& l, const std::string& name) {
  for (Object& o : l.prog.objects)
    if (o.kind == ObjKind::Var && o.name == name && o.pkg == l.prog.mainPackage()) return &o;
  return nullptr;
}

TEST(Checker, SimpleProgram) {
  auto l = load(R"(package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	var s Shape = Rect{3, 4}
	fmt.Println(s.Area())
}
)");
  EXPECT_TRUE(l->ok) << l->diags.format();
  ASSERT_EQ(l->prog.packages.size(), 2u);
  EXPECT_EQ(l->prog.packages[0]->path, "fmt");
  EXPECT_NE(l->prog.packages[0]->std, nullptr);
  EXPECT_EQ(l->prog.mainPackage()->path, "main");
}

TEST(Checker, ConstantsAndUntyped) {
  auto l = load(R"(package main

const (
	A = iota * 10
	B
	C
)

type Color int

const (
	Red Color = iota
	Green
)

func main() {
	x := 1 << 3
	var f float64 = 2
	var g = 'a' + 1
	h := Green
	println(x, f, g, h, B, C, len("héllo"))
}
)");
  ASSERT_TRUE(l->ok) << l->diags.format();
  for (Expr* e : exprs(*l)) {
    if (e->kind == ExprKind::Binary && e->op == Op::Shl) {
      EXPECT_EQ(e->mode, Mode::Constant);
      EXPECT_EQ(e->type->str(), "int");
      EXPECT_EQ(e->value.bits(e->type), 8u);
    }
    if (e->kind == ExprKind::BasicLit && e->litText == "2") {
      EXPECT_EQ(e->type->str(), "float64");  // converted to the assignment's type
      EXPECT_EQ(e->value.bits(e->type), 0x4000000000000000u);
    }
    if (e->kind == ExprKind::Ident && e->name == "C") {
      EXPECT_EQ(e->value.bits(e->type), 20u);
    }
    if (e->kind == ExprKind::Call && e->builtin == Builtin::Len) {
      EXPECT_EQ(e->mode, Mode::Constant);
      EXPECT_EQ(e->value.bits(e->type), 6u);
    }
  }
  EXPECT_EQ(var(*l, "g")->type->str(), "int32");
  EXPECT_EQ(var(*l, "h")->type->str(), "main.Color");
}

TEST(Checker, NoNegativeZeroConstant) {
  // Go's constants are exact, so -0.0 is the constant 0: math.Signbit(-0.0) is false.
  auto l = load(R"(package main

func main() {
	var z float64 = -0.0
	var w float32 = -(0.0 * 2)
	println(z, w)
}
)");
  ASSERT_TRUE(l->ok) << l->diags.format();
  int seen = 0;
  for (Expr* e : exprs(*l)) {
    if (e->kind == ExprKind::Unary && e->op == Op::Sub) {
      EXPECT_EQ(e->mode, Mode::Constant);
      EXPECT_EQ(e->value.bits(e->type), 0u);
      seen++;
    }
  }
  EXPECT_EQ(seen, 2);
}

TEST(Checker, EscapesAndCaptures) {
  auto l = load(R"(package main

type T struct{ n int }

func (r *T) Inc() { r.n++ }

func main() {
	a := 1
	p := &a
	b := 2
	f := func() int { return b }
	var t T
	t.Inc()
	var arr [3]int
	s := arr[:]
	c := 3
	println(*p, f(), s, c)
}
)");
  ASSERT_TRUE(l->ok) << l->diags.format();
  EXPECT_TRUE(var(*l, "a")->escapes);
  EXPECT_TRUE(var(*l, "b")->escapes);
  EXPECT_TRUE(var(*l, "t")->escapes);
  EXPECT_TRUE(var(*l, "arr")->escapes);
  EXPECT_FALSE(var(*l, "c")->escapes);
  EXPECT_FALSE(var(*l, "p")->escapes);
  ASSERT_EQ(l->prog.mainPackage()->funcLits.size(), 1u);
  FuncLit* lit = l->prog.mainPackage()->funcLits[0];
  ASSERT_EQ(lit->captures.size(), 1u);
  EXPECT_EQ(lit->captures[0], var(*l, "b"));
  bool sawInc = false;
  for (Expr* e : exprs(*l))
    if (e->kind == ExprKind::Selector && e->name == "Inc") {
      sawInc = true;
      EXPECT_EQ(e->selKind, Expr::SelKind::Method);
      EXPECT_TRUE(e->selAddrRecv);
      ASSERT_NE(e->selMethod, nullptr);
      EXPECT_TRUE(e->selMethod->pointerReceiver);
    }
  EXPECT_TRUE(sawInc);
}

TEST(Checker, CallsAndCommaOk) {
  auto l = load(R"(package main

import (
	"fmt"
	"strconv"
)

type I interface{ M() int }
type V struct{}

func (V) M() int { return 1 }

func two() (int, string) { return 1, "a" }
func take(a int, b string) {}

func main() {
	take(two())
	m := map[string]int{}
	v, ok := m["x"]
	var i I = V{}
	w, ok2 := i.(V)
	n, err := strconv.Atoi("1")
	fmt.Println(v, ok, w, ok2, i.M(), n, err)
	var e error = nil
	_ = e
}
)");
  ASSERT_TRUE(l->ok) << l->diags.format();
  int commaOk = 0;
  for (Expr* e : exprs(*l)) {
    if (e->kind == ExprKind::Call && e->x && e->x->kind == ExprKind::Ident &&
        e->x->name == "take") {
      EXPECT_TRUE(e->spreadTuple);
      EXPECT_EQ(e->callKind, Expr::CallKind::Func);
    }
    if (e->commaOk) ++commaOk;
    if (e->kind == ExprKind::Call && e->x && e->x->kind == ExprKind::Selector &&
        e->x->name == "M") {
      EXPECT_EQ(e->callKind, Expr::CallKind::Iface);
    }
    if (e->kind == ExprKind::Ident && e->name == "nil") {
      EXPECT_EQ(e->type->str(), "error");
    }
  }
  EXPECT_EQ(commaOk, 2);
  EXPECT_EQ(var(*l, "ok")->type->str(), "bool");
}

TEST(Checker, TypeSwitchAndRange) {
  auto l = load(R"(package main

func main() {
	var x interface{} = 1
	switch v := x.(type) {
	case int:
		println(v + 1)
	case string, bool:
		println(v)
	}
	for i, r := range "héllo" {
		println(i, r)
	}
	for k := range map[string]bool{} {
		println(k)
	}
}
)");
  ASSERT_TRUE(l->ok) << l->diags.format();
  Package* m = l->prog.mainPackage();
  Stmt* sw = nullptr;
  for (FuncDecl* fd : m->funcs)
    for (Stmt* s : fd->body->stmts)
      if (s->kind == StmtKind::TypeSwitch) sw = s;
  ASSERT_NE(sw, nullptr);
  ASSERT_EQ(sw->clauses.size(), 2u);
  EXPECT_EQ(sw->clauses[0]->implicitObj->type->str(), "int");
  EXPECT_EQ(sw->clauses[1]->implicitObj->type->str(), "interface {}");
  EXPECT_EQ(sw->clauses[1]->caseTypes.size(), 2u);
  EXPECT_EQ(var(*l, "r")->type->str(), "int32");
  EXPECT_EQ(var(*l, "k")->type->str(), "string");
}

TEST(Checker, InitOrder) {
  auto l = load(R"(package main

var a = b + 1
var b = f()
var c, d = two()

func f() int { return c }
func two() (int, int) { return 1, 2 }

func main() { println(a, b, c, d) }
)");
  ASSERT_TRUE(l->ok) << l->diags.format();
  const auto& io = l->prog.mainPackage()->initOrder;
  ASSERT_EQ(io.size(), 3u);
  EXPECT_EQ(io[0].lhs.size(), 2u);  // c, d = two()
  EXPECT_EQ(io[0].lhs[0]->name, "c");
  EXPECT_EQ(io[1].lhs[0]->name, "b");
  EXPECT_EQ(io[2].lhs[0]->name, "a");
}

struct ErrorCase {
  const char* src;
  const char* want;
};

TEST(Checker, ErrorMessages) {
  const ErrorCase cases[] = {
      {"package main\nfunc main() { x := 1 }\n", "./prog.go:2:15: x declared but not used\n"},
      {"package main\nimport \"fmt\"\nfunc main() {}\n",
       "./prog.go:2:8: imported and not used: \"fmt\"\n"},
      {"package main\nfunc main() { var x int8 = 300; _ = x }\n",
       "./prog.go:2:28: cannot use 300 (untyped int constant) as int8 value in variable "
       "declaration (overflows)\n"},
      {"package main\nfunc f() int { }\nfunc main() { f() }\n", "./prog.go:2:16: missing return\n"},
      {"package main\nfunc g(a, b int) {}\nfunc main() { g(1) }\n",
       "./prog.go:3:17: not enough arguments in call to g\n\thave (number)\n\twant (int, int)\n"},
      {"package main\nfunc main() { x := 1; _ = x + \"s\" }\n",
       "./prog.go:2:27: invalid operation: x + \"s\" (mismatched types int and untyped string)\n"},
      {"package main\nfunc main() { y }\n", "./prog.go:2:15: undefined: y\n"},
      {"package main\nfunc main() { break }\n",
       "./prog.go:2:15: break is not in a loop, switch, or select\n"},
      {"package main\nfunc main() { x := 1; x }\n",
       "./prog.go:2:23: x (variable of type int) is not used\n"},
      {"package main\nfunc main() { for range 10 {} }\n",
       "./prog.go:2:25: cannot range over 10 (untyped int constant)\n"},
      {"package main\nfunc main() { _ = 1 / 0 }\n",
       "./prog.go:2:23: invalid operation: division by zero\n"},
      {"package main\ntype T struct{}\nfunc (t *T) M() {}\ntype I interface{ M() }\n"
       "func main() { var i I = T{}; _ = i }\n",
       "./prog.go:5:25: cannot use T{} (value of type T) as type I in variable declaration:\n"
       "\tT does not implement I (M method has pointer receiver)\n"},
      {"package main\nimport \"net/http\"\nfunc main() {}\n",
       "./prog.go:2:8: gomi: package \"net/http\" is not supported\n"},
      {"package main\ntype T struct { a T }\nfunc main() {}\n",
       "./prog.go:2:6: invalid recursive type T\n\t./prog.go:2:6: T refers to\n\t./prog.go:2:6: "
       "T\n"},
      {"package main\nfunc f() (int, int) { return 1, 2 }\nfunc main() { x := f(); _ = x }\n",
       "./prog.go:3:20: assignment mismatch: 1 variable but f returns 2 values\n"},
      // `go run` refuses another package before compiling it, without a position.
      {"package foo\nfunc f() { x := 1 }\n",
       "package command-line-arguments is not a main package\n"},
  };
  for (const ErrorCase& c : cases) EXPECT_EQ(errorsOf(c.src), c.want) << c.src;
}

TEST(Checker, NeverCrashesOnPrefixes) {
  const std::string src = R"(package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func (n *Node) Sum() (s int) {
	for p := n; p != nil; p = p.next {
		s += p.val
	}
	return
}

func main() {
	var head *Node
	for i := 0; i < 3; i++ {
		head = &Node{i, head}
	}
	m := map[string][]int{"a": {1, 2}}
	switch v := interface{}(head).(type) {
	case *Node:
		fmt.Println(v.Sum(), m)
	}
	defer func() { recover() }()
}
)";
  for (std::size_t n = 0; n <= src.size(); ++n) {
    auto l = load(src.substr(0, n));
    (void)l->diags.format();
  }
}

}  // namespace
}  // namespace gomi
