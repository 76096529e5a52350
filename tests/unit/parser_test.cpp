// Parser tests: tree shapes for every construct, Go's precedence and composite-literal rules,
// syntax errors (expected outputs were produced by Go 1.19's `go build`), and robustness on
// truncated, mutated, random and deeply nested input.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "interp/astdump.h"
#include "interp/parser.h"

namespace gomi {
namespace {

struct Parsed {
  AstArena arena;
  Diagnostics diags;
  File* file = nullptr;
};

std::unique_ptr<Parsed> parse(std::string_view src, const std::string& path = "x.go") {
  auto p = std::make_unique<Parsed>();
  p->file = parseFile(p->arena, path, src, p->diags);
  return p;
}

// Parses `stmts` as the body of main and returns its statements (failing on errors).
std::vector<Stmt*> body(Parsed& p, const std::string& stmts) {
  static std::string src;  // the arena nodes only point into their own strings
  src = "package main\nfunc main() {\n" + stmts + "\n}\n";
  p.file = parseFile(p.arena, "x.go", src, p.diags);
  EXPECT_TRUE(p.diags.empty()) << p.diags.format();
  if (!p.file || p.file->funcs.empty() || !p.file->funcs[0]->body) return {};
  return p.file->funcs[0]->body->stmts;
}

// Parses one expression (as `_ = expr`) and returns it.
Expr* exprOf(Parsed& p, const std::string& e) {
  auto stmts = body(p, "_ = " + e);
  if (stmts.size() != 1 || stmts[0]->kind != StmtKind::Assign) return nullptr;
  return stmts[0]->rhs[0];
}

std::string errors(std::string_view src) {
  return parse(src)->diags.format();
}

TEST(Parser, PackageAndImports) {
  auto p =
      parse("package main\n\nimport \"fmt\"\nimport (\n\tstr \"strings\"\n\t\"unicode/utf8\"\n)\n");
  ASSERT_TRUE(p->diags.empty()) << p->diags.format();
  EXPECT_EQ(p->file->pkgName, "main");
  ASSERT_EQ(p->file->imports.size(), 3u);
  EXPECT_EQ(p->file->imports[0].path, "fmt");
  EXPECT_EQ(p->file->imports[1].path, "strings");
  EXPECT_EQ(p->file->imports[1].alias, "str");
  EXPECT_EQ(p->file->imports[2].path, "unicode/utf8");
  EXPECT_EQ(p->file->imports[2].pos.line, 6);
  EXPECT_EQ(p->file->imports[2].pos.col, 2);
}

TEST(Parser, TopLevelOrder) {
  auto p =
      parse("package main\nvar a = 1\nfunc f() {}\ntype T int\nconst c = 2\nfunc (T) m() {}\n");
  ASSERT_TRUE(p->diags.empty()) << p->diags.format();
  ASSERT_EQ(p->file->order.size(), 5u);
  EXPECT_TRUE(p->file->order[0].gen);
  EXPECT_TRUE(p->file->order[1].func);
  EXPECT_TRUE(p->file->order[2].gen);
  EXPECT_TRUE(p->file->order[3].gen);
  EXPECT_TRUE(p->file->order[4].func);
  EXPECT_EQ(p->file->decls.size(), 3u);
  EXPECT_EQ(p->file->funcs.size(), 2u);
  EXPECT_EQ(p->file->funcs[1]->name->name, "m");
  ASSERT_NE(p->file->funcs[1]->recv, nullptr);
  EXPECT_TRUE(p->file->funcs[1]->recv->names.empty());
}

TEST(Parser, ConstIota) {
  auto p = parse("package main\nconst (\n\tA = iota\n\tB\n\tC, D int = 5, 6\n\tE, F\n)\n");
  ASSERT_TRUE(p->diags.empty()) << p->diags.format();
  GenDecl* g = p->file->decls[0];
  EXPECT_EQ(g->kind, GenDecl::Kind::Const);
  ASSERT_EQ(g->values.size(), 4u);
  for (int i = 0; i < 4; i++) EXPECT_EQ(g->values[i].iota, i);
  EXPECT_TRUE(g->values[1].values.empty());
  EXPECT_EQ(g->values[1].type, nullptr);
  EXPECT_EQ(g->values[2].names.size(), 2u);
  EXPECT_EQ(g->values[2].values.size(), 2u);
  EXPECT_EQ(g->values[3].names[1]->name, "F");
}

TEST(Parser, VarAndTypeDecls) {
  auto p = parse(
      "package main\nvar (\n\tx int\n\ty, z = 1, \"a\"\n)\ntype (\n\tA = int\n\tB []A\n\tC [4]int\n"
      "\tD struct{}\n)\n");
  ASSERT_TRUE(p->diags.empty()) << p->diags.format();
  GenDecl* v = p->file->decls[0];
  ASSERT_EQ(v->values.size(), 2u);
  EXPECT_EQ(v->values[0].type->name, "int");
  EXPECT_EQ(v->values[1].values.size(), 2u);
  GenDecl* t = p->file->decls[1];
  ASSERT_EQ(t->types.size(), 4u);
  EXPECT_TRUE(t->types[0].alias);
  EXPECT_FALSE(t->types[1].alias);
  EXPECT_EQ(t->types[1].type->kind, ExprKind::SliceType);
  EXPECT_EQ(t->types[2].type->kind, ExprKind::ArrayType);
  EXPECT_EQ(t->types[2].type->y->litText, "4");
  EXPECT_EQ(t->types[3].type->kind, ExprKind::StructType);
}

TEST(Parser, FuncSignatures) {
  auto p = parse(
      "package main\nfunc f(a, b int, c string, d ...float64) (x int, err error) { return }\n"
      "func g(int, string) bool\nfunc (p *T) m() (int, error) { return 0, nil }\n");
  ASSERT_TRUE(p->diags.empty()) << p->diags.format();
  Expr* ft = p->file->funcs[0]->type;
  ASSERT_EQ(ft->params.size(), 3u);
  EXPECT_EQ(ft->params[0].names.size(), 2u);
  EXPECT_EQ(ft->params[0].type->name, "int");
  EXPECT_EQ(ft->params[2].type->kind, ExprKind::Ellipsis);
  EXPECT_EQ(ft->params[2].type->elemType->name, "float64");
  ASSERT_EQ(ft->results.size(), 2u);
  EXPECT_EQ(ft->results[1].names[0]->name, "err");
  FuncDecl* g = p->file->funcs[1];
  EXPECT_EQ(g->body, nullptr);  // a declaration without body (natives)
  ASSERT_EQ(g->type->params.size(), 2u);
  EXPECT_TRUE(g->type->params[0].names.empty());
  EXPECT_EQ(g->type->params[1].type->name, "string");
  FuncDecl* m = p->file->funcs[2];
  ASSERT_NE(m->recv, nullptr);
  EXPECT_EQ(m->recv->names[0]->name, "p");
  EXPECT_EQ(m->recv->type->kind, ExprKind::Star);
  EXPECT_EQ(m->body->rbrace.line, 4);
}

TEST(Parser, StructAndInterfaceTypes) {
  auto p = parse(
      "package main\ntype S struct {\n\ta, b int\n\tc string `json:\"c\"`\n\tT\n\t*U\n\tpkg.V\n}\n"
      "type I interface {\n\tM(x int) string\n\tJ\n\tfmt.Stringer\n}\n");
  ASSERT_TRUE(p->diags.empty()) << p->diags.format();
  Expr* s = p->file->decls[0]->types[0].type;
  ASSERT_EQ(s->fields.size(), 5u);
  EXPECT_EQ(s->fields[0].names.size(), 2u);
  EXPECT_EQ(s->fields[1].tag, "json:\"c\"");
  EXPECT_TRUE(s->fields[2].embedded);
  EXPECT_TRUE(s->fields[3].embedded);
  EXPECT_EQ(s->fields[3].type->kind, ExprKind::Star);
  EXPECT_EQ(s->fields[4].type->kind, ExprKind::Selector);
  Expr* i = p->file->decls[1]->types[0].type;
  ASSERT_EQ(i->fields.size(), 3u);
  EXPECT_EQ(i->fields[0].names[0]->name, "M");
  EXPECT_EQ(i->fields[0].type->kind, ExprKind::FuncType);
  EXPECT_TRUE(i->fields[1].names.empty());
  EXPECT_EQ(i->fields[2].type->kind, ExprKind::Selector);
}

TEST(Parser, Precedence) {
  Parsed p;
  Expr* e = exprOf(p, "a || b && c == d + e * f");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(exprString(e), "a || b && c == d + e * f");
  EXPECT_EQ(e->op, Op::LOr);
  EXPECT_EQ(e->y->op, Op::LAnd);
  EXPECT_EQ(e->y->y->op, Op::Eql);
  EXPECT_EQ(e->y->y->y->op, Op::Add);
  EXPECT_EQ(e->y->y->y->y->op, Op::Mul);
  Parsed q;
  Expr* l = exprOf(q, "a - b - c");  // left associative
  EXPECT_EQ(l->x->op, Op::Sub);
  EXPECT_EQ(l->x->x->name, "a");
  Parsed r;
  Expr* u = exprOf(r, "-x * ^y << 2 &^ z | w");
  EXPECT_EQ(u->op, Op::Or);
  EXPECT_EQ(u->x->op, Op::AndNot);
  EXPECT_EQ(u->x->x->op, Op::Shl);
  EXPECT_EQ(u->x->x->x->op, Op::Mul);
  EXPECT_EQ(u->x->x->x->x->kind, ExprKind::Unary);
  EXPECT_EQ(u->x->x->x->x->op, Op::Sub);
  EXPECT_EQ(u->x->x->x->y->op, Op::Xor);
}

TEST(Parser, UnaryForms) {
  Parsed p;
  auto stmts = body(p, "_ = &x\n_ = *p\n_ = <-ch\n_ = !b\n_ = +1\n_ = &T{}\n_ = &(T{})");
  ASSERT_EQ(stmts.size(), 7u);
  EXPECT_EQ(stmts[0]->rhs[0]->op, Op::Addr);
  EXPECT_EQ(stmts[1]->rhs[0]->kind, ExprKind::Star);
  EXPECT_EQ(stmts[2]->rhs[0]->op, Op::Arrow);
  EXPECT_EQ(stmts[3]->rhs[0]->op, Op::Not);
  EXPECT_EQ(stmts[4]->rhs[0]->op, Op::Add);
  EXPECT_EQ(stmts[5]->rhs[0]->x->kind, ExprKind::CompositeLit);
  EXPECT_EQ(stmts[6]->rhs[0]->x->kind, ExprKind::CompositeLit);  // &(T{}) loses the parens
}

TEST(Parser, PrimaryExpressions) {
  Parsed p;
  auto stmts =
      body(p,
           "_ = a.b.c\n_ = f(1, xs...)\n_ = s[1]\n_ = s[1:2]\n_ = s[:]\n_ = s[1:2:3]\n"
           "_ = x.(T)\n_ = T.m\n_ = (*T).m\n_ = []byte(s)\n_ = func(x int) int { return x }(1)");
  ASSERT_EQ(stmts.size(), 11u);
  Expr* sel = stmts[0]->rhs[0];
  EXPECT_EQ(sel->kind, ExprKind::Selector);
  EXPECT_EQ(sel->name, "c");
  EXPECT_EQ(sel->selPos.col, 9);
  EXPECT_EQ(sel->opPos.col, 8);
  EXPECT_EQ(sel->pos.col, 5);
  Expr* call = stmts[1]->rhs[0];
  EXPECT_EQ(call->kind, ExprKind::Call);
  EXPECT_TRUE(call->hasEllipsis);
  EXPECT_EQ(call->args.size(), 2u);
  EXPECT_EQ(stmts[2]->rhs[0]->kind, ExprKind::Index);
  Expr* s2 = stmts[3]->rhs[0];
  EXPECT_EQ(s2->kind, ExprKind::Slice);
  EXPECT_FALSE(s2->slice3);
  Expr* s0 = stmts[4]->rhs[0];
  EXPECT_EQ(s0->lo, nullptr);
  EXPECT_EQ(s0->hi, nullptr);
  Expr* s3 = stmts[5]->rhs[0];
  EXPECT_TRUE(s3->slice3);
  EXPECT_EQ(s3->max->litText, "3");
  EXPECT_EQ(stmts[6]->rhs[0]->kind, ExprKind::TypeAssert);
  EXPECT_EQ(stmts[6]->rhs[0]->y->name, "T");
  EXPECT_EQ(stmts[8]->rhs[0]->x->kind, ExprKind::Paren);
  EXPECT_EQ(stmts[9]->rhs[0]->x->kind, ExprKind::SliceType);
  EXPECT_EQ(stmts[10]->rhs[0]->x->kind, ExprKind::FuncLit);
}

TEST(Parser, ChannelTypes) {
  Parsed p;
  auto stmts = body(p,
                    "var a chan int\nvar b <-chan int\nvar c chan<- int\nvar d chan<- <-chan int\n"
                    "var e chan (<-chan int)\nvar f <-chan <-chan int");
  ASSERT_EQ(stmts.size(), 6u);
  auto typeOf = [&](int i) { return stmts[i]->decl->values[0].type; };
  EXPECT_EQ(typeOf(0)->chanDir, ChanDir::Both);
  EXPECT_EQ(typeOf(1)->chanDir, ChanDir::Recv);
  EXPECT_EQ(typeOf(2)->chanDir, ChanDir::Send);
  EXPECT_EQ(typeOf(3)->chanDir, ChanDir::Send);
  EXPECT_EQ(typeOf(3)->elemType->chanDir, ChanDir::Recv);
  EXPECT_EQ(exprString(typeOf(4)), "chan (<-chan int)");
  EXPECT_EQ(typeOf(5)->elemType->chanDir, ChanDir::Recv);
  Parsed q;
  Expr* conv = exprOf(q, "(<-chan int)(ch)");
  EXPECT_EQ(conv->kind, ExprKind::Call);
  Parsed r;
  Expr* recv = exprOf(r, "<-chan int(ch)");  // receive from a conversion
  EXPECT_EQ(recv->kind, ExprKind::Unary);
  EXPECT_EQ(recv->op, Op::Arrow);
}

TEST(Parser, CompositeLiterals) {
  Parsed p;
  Expr* m = exprOf(p, "map[string][]Point{\"a\": {{1, 2}, {X: 3}}, \"b\": nil}");
  ASSERT_EQ(m->kind, ExprKind::CompositeLit);
  EXPECT_EQ(m->y->kind, ExprKind::MapType);
  ASSERT_EQ(m->args.size(), 2u);
  Expr* kv = m->args[0];
  EXPECT_EQ(kv->kind, ExprKind::KeyValue);
  Expr* inner = kv->y;
  EXPECT_EQ(inner->kind, ExprKind::CompositeLit);
  EXPECT_EQ(inner->y, nullptr);  // elided type
  EXPECT_EQ(inner->args[0]->y, nullptr);
  EXPECT_EQ(inner->args[1]->args[0]->kind, ExprKind::KeyValue);
  Parsed q;
  Expr* a = exprOf(q, "[...]int{1, 2, 3}");
  EXPECT_EQ(a->y->kind, ExprKind::ArrayType);
  EXPECT_TRUE(a->y->hasEllipsis);
  EXPECT_EQ(a->y->y, nullptr);
  EXPECT_EQ(a->rbrace.col, 21);
}

TEST(Parser, CompositeLiteralInHeaders) {
  Parsed p;
  // In an if/for/switch header `T {` opens the block; parenthesised it is a literal.
  auto stmts = body(p,
                    "if x == y {\n}\nif (T{}) == t {\n}\nfor _, v := range []int{1} {\n_ = v\n}\n"
                    "switch s := (S{1}); s {\n}\nif f(T{}) {\n}");
  ASSERT_EQ(stmts.size(), 5u);
  EXPECT_EQ(stmts[0]->x->y->name, "y");
  EXPECT_EQ(stmts[1]->x->x->kind, ExprKind::Paren);
  EXPECT_EQ(stmts[2]->kind, StmtKind::Range);
  EXPECT_EQ(stmts[2]->x->kind, ExprKind::CompositeLit);
  EXPECT_EQ(stmts[3]->init->rhs[0]->kind, ExprKind::Paren);
  EXPECT_EQ(stmts[4]->x->args[0]->kind, ExprKind::CompositeLit);  // inside call parens: ok
  EXPECT_EQ(errors("package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n"),
            "x.go:3:14: syntax error: unexpected { at end of statement\n"
            "x.go:5:1: syntax error: non-declaration statement outside function body\n");
}

TEST(Parser, SimpleStatements) {
  Parsed p;
  auto stmts = body(p, "x := 1\na, b = b, a\nx += 2\nx <<= 1\nx++\ny--\nch <- v\nf()\n<-ch\n;");
  ASSERT_EQ(stmts.size(), 10u);
  EXPECT_TRUE(stmts[0]->define);
  EXPECT_EQ(stmts[1]->lhs.size(), 2u);
  EXPECT_FALSE(stmts[1]->define);
  EXPECT_EQ(stmts[1]->assignOp, Op::None);
  EXPECT_EQ(stmts[2]->assignOp, Op::Add);
  EXPECT_EQ(stmts[2]->opPos.col, 3);
  EXPECT_EQ(stmts[3]->assignOp, Op::Shl);
  EXPECT_EQ(stmts[4]->kind, StmtKind::IncDec);
  EXPECT_TRUE(stmts[4]->inc);
  EXPECT_FALSE(stmts[5]->inc);
  EXPECT_EQ(stmts[6]->kind, StmtKind::Send);
  EXPECT_EQ(stmts[6]->value->name, "v");
  EXPECT_EQ(stmts[7]->kind, StmtKind::Expr);
  EXPECT_EQ(stmts[8]->kind, StmtKind::Expr);
  EXPECT_EQ(stmts[9]->kind, StmtKind::Empty);
}

TEST(Parser, ControlFlow) {
  Parsed p;
  auto stmts = body(p,
                    "if x := f(); x > 0 {\n} else if y {\n} else {\n}\n"
                    "for {\n}\nfor x < 10 {\n}\nfor i := 0; i < 10; i++ {\n}\nfor ; ; {\n}\n"
                    "for k, v := range m {\n}\nfor k = range m {\n}\nfor range m {\n}\n"
                    "go f()\ndefer g()\nreturn\nreturn 1, 2");
  ASSERT_EQ(stmts.size(), 12u);
  Stmt* i = stmts[0];
  EXPECT_EQ(i->kind, StmtKind::If);
  EXPECT_NE(i->init, nullptr);
  EXPECT_EQ(i->els->kind, StmtKind::If);
  EXPECT_EQ(i->els->els->kind, StmtKind::Block);
  EXPECT_EQ(stmts[1]->kind, StmtKind::For);
  EXPECT_EQ(stmts[1]->x, nullptr);
  EXPECT_NE(stmts[2]->x, nullptr);
  EXPECT_NE(stmts[3]->init, nullptr);
  EXPECT_NE(stmts[3]->post, nullptr);
  EXPECT_EQ(stmts[4]->x, nullptr);
  Stmt* r = stmts[5];
  EXPECT_EQ(r->kind, StmtKind::Range);
  EXPECT_TRUE(r->define);
  EXPECT_EQ(r->key->name, "k");
  EXPECT_EQ(r->val->name, "v");
  EXPECT_FALSE(stmts[6]->define);
  EXPECT_EQ(stmts[6]->val, nullptr);
  EXPECT_EQ(stmts[7]->key, nullptr);
  EXPECT_EQ(stmts[7]->x->name, "m");
  EXPECT_EQ(stmts[8]->kind, StmtKind::Go);
  EXPECT_EQ(stmts[8]->x->kind, ExprKind::Call);
  EXPECT_EQ(stmts[9]->kind, StmtKind::Defer);
  EXPECT_TRUE(stmts[10]->lhs.empty());
  EXPECT_EQ(stmts[11]->lhs.size(), 2u);
}

TEST(Parser, Switches) {
  Parsed p;
  auto stmts = body(p,
                    "switch x {\ncase 1, 2:\n\tfallthrough\ncase 3:\ndefault:\n}\n"
                    "switch v := y.(type) {\ncase int, string:\ncase nil:\n}\n"
                    "switch y.(type) {\n}\nswitch {\ncase a > b:\n}\nswitch x := 1; x {\n}");
  ASSERT_EQ(stmts.size(), 5u);
  Stmt* s = stmts[0];
  EXPECT_EQ(s->kind, StmtKind::Switch);
  ASSERT_EQ(s->clauses.size(), 3u);
  EXPECT_EQ(s->clauses[0]->lhs.size(), 2u);
  EXPECT_EQ(s->clauses[0]->stmts[0]->branch, Stmt::Branch::Fallthrough);
  EXPECT_TRUE(s->clauses[2]->isDefault);
  EXPECT_EQ(s->rbrace.line, 8);
  Stmt* ts = stmts[1];
  EXPECT_EQ(ts->kind, StmtKind::TypeSwitch);
  EXPECT_EQ(ts->bindName, "v");
  EXPECT_EQ(ts->bindPos.col, 8);
  EXPECT_EQ(ts->x->name, "y");
  EXPECT_EQ(ts->clauses[1]->lhs[0]->name, "nil");
  EXPECT_EQ(stmts[2]->kind, StmtKind::TypeSwitch);
  EXPECT_EQ(stmts[2]->bindName, "");
  EXPECT_EQ(stmts[3]->x, nullptr);
  EXPECT_NE(stmts[4]->init, nullptr);
}

TEST(Parser, SelectAndLabels) {
  Parsed p;
  auto stmts =
      body(p,
           "select {\ncase v := <-c:\n\t_ = v\ncase c <- 1:\ncase <-d:\ncase x, ok = <-e:\n"
           "default:\n}\nL:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t}\ngoto L\nM:\n");
  ASSERT_EQ(stmts.size(), 4u);
  Stmt* s = stmts[0];
  EXPECT_EQ(s->kind, StmtKind::Select);
  ASSERT_EQ(s->clauses.size(), 5u);
  EXPECT_EQ(s->clauses[0]->comm->kind, StmtKind::Assign);
  EXPECT_EQ(s->clauses[1]->comm->kind, StmtKind::Send);
  EXPECT_EQ(s->clauses[2]->comm->kind, StmtKind::Expr);
  EXPECT_EQ(s->clauses[3]->comm->lhs.size(), 2u);
  EXPECT_TRUE(s->clauses[4]->isDefault);
  Stmt* l = stmts[1];
  EXPECT_EQ(l->kind, StmtKind::Labeled);
  EXPECT_EQ(l->label, "L");
  EXPECT_EQ(l->body->kind, StmtKind::For);
  EXPECT_EQ(l->body->then->stmts[0]->label, "L");
  EXPECT_EQ(l->body->then->stmts[1]->branch, Stmt::Branch::Continue);
  EXPECT_EQ(stmts[2]->branch, Stmt::Branch::Goto);
  EXPECT_EQ(stmts[3]->body->kind, StmtKind::Empty);
}

TEST(Parser, LocalDeclarations) {
  Parsed p;
  auto stmts = body(p, "var x int\nconst (\n\ta = iota\n\tb\n)\ntype T struct{ x int }");
  ASSERT_EQ(stmts.size(), 3u);
  EXPECT_EQ(stmts[0]->kind, StmtKind::Decl);
  EXPECT_EQ(stmts[1]->decl->values[1].iota, 1);
  EXPECT_EQ(stmts[2]->decl->types[0].name->name, "T");
}

TEST(Parser, ExprString) {
  Parsed p;
  auto stmts = body(p,
                    "_ = T{1, 2}\n_ = func() { f() }\n_ = a[1:2]\n_ = m[k]\n_ = x.(*T)\n"
                    "_ = map[string]int{}\n_ = []int(nil)\n_ = struct{ a, b int }{}\n"
                    "_ = f(xs...)\n_ = interface{ M() int }(nil)\n_ = (a + b) * c");
  std::vector<std::string> want = {"T{…}",       "func() {…}",
                                   "a[1:2]",     "m[k]",
                                   "x.(*T)",     "map[string]int{}",
                                   "[]int(nil)", "struct{a, b int}{}",
                                   "f(xs...)",   "interface{M() int}(nil)",
                                   "(a + b) * c"};
  ASSERT_EQ(stmts.size(), want.size());
  for (std::size_t i = 0; i < want.size(); i++) EXPECT_EQ(exprString(stmts[i]->rhs[0]), want[i]);
}

// Expression statements and how Go 1.19 printed each in "... is not used" errors.
TEST(Parser, ExprStringMatchesGo) {
  auto p = parse(R"go(package main

type T struct {
	a int `json:"a"`
	b string
}

func main() {
	x := []int{1, 2}
	b := true
	ch := make(chan int)
	var i interface{} = 1
	m := map[string]int{}
	p := &T{}
	var f func(int) (int, error)
	x[1:2]
	(1 + 2) * 3
	-x[0]
	!b
	^x[0]
	&x
	[]int{1, 2}
	struct{ a, b int }{}
	map[string]int{}
	func() {}
	func(a, b int) string { return "" }
	i.(int)
	x[0:1:2]
	x[:]
	m["a"]
	p.a
	*p
	T{a: 1}
	struct {
		a int `json:"a"`
	}{}
	[...]int{1}
	f
	(<-chan int)(ch)
	chan int(ch)
	interface{ M() }(nil)
	len(x)
	[]interface{}{1, "a"}
	1 << 3 &^ 2
	x[0] == 1 && b || !b
	func(...int) {}
	"a" + "b"
	'x'
	1.5e3
	0x1p-2
	`raw`
	p.b[0]
	ch
}
)go");
  ASSERT_TRUE(p->diags.empty()) << p->diags.format();
  const char* want[] = {
      "x[1:2]",
      "(1 + 2) * 3",
      "-x[0]",
      "!b",
      "^x[0]",
      "&x",
      "[]int{…}",
      "struct{a, b int}{}",
      "map[string]int{}",
      "func() {}",
      "func(a, b int) string {…}",
      "i.(int)",
      "x[0:1:2]",
      "x[:]",
      "m[\"a\"]",
      "p.a",
      "*p",
      "T{…}",
      "struct{a int `json:\"a\"`}{}",
      "[...]int{…}",
      "f",
      "(<-chan int)(ch)",
      "chan int(ch)",
      "interface{M()}(nil)",
      "len(x)",
      "[]interface{}{…}",
      "1 << 3 &^ 2",
      "x[0] == 1 && b || !b",
      "func(...int) {}",
      "\"a\" + \"b\"",
      "'x'",
      "1.5e3",
      "0x1p-2",
      "`raw`",
      "p.b[0]",
      "ch",
  };
  std::vector<std::string> got;
  for (Stmt* s : p->file->funcs[0]->body->stmts) {
    if (s->kind == StmtKind::Expr) got.push_back(exprString(s->x));
  }
  ASSERT_EQ(got.size(), std::size(want));
  for (std::size_t i = 0; i < got.size(); i++) EXPECT_EQ(got[i], want[i]);
}

TEST(Parser, Positions) {
  auto p = parse("package main\n\nfunc main() {\n\tx := a + b\n\tif x {\n\t}\n}\n");
  ASSERT_TRUE(p->diags.empty());
  FuncDecl* f = p->file->funcs[0];
  EXPECT_EQ(f->pos.line, 3);
  EXPECT_EQ(f->pos.col, 1);
  EXPECT_EQ(f->name->pos.col, 6);
  Stmt* a = f->body->stmts[0];
  EXPECT_EQ(a->pos.line, 4);
  EXPECT_EQ(a->pos.col, 2);
  EXPECT_EQ(a->opPos.col, 4);
  Expr* bin = a->rhs[0];
  EXPECT_EQ(bin->pos.col, 7);
  EXPECT_EQ(bin->opPos.col, 9);
  EXPECT_EQ(f->body->rbrace.line, 7);
  EXPECT_EQ(f->body->rbrace.col, 1);
}

TEST(Parser, Generics) {
  EXPECT_EQ(errors("package main\nfunc f[T any](x T) {}\n"),
            "x.go:2:7: syntax error: generics are not supported\n");
  EXPECT_EQ(errors("package main\ntype L[T any] []T\n"),
            "x.go:2:7: syntax error: generics are not supported\n");
  EXPECT_EQ(errors("package main\ntype A [N]int\n"), "");
  EXPECT_EQ(errors("package main\ntype A [N * 2]int\n"), "");
}

// Each case: source, then exactly what `go build` printed (paths shortened to x.go).
struct ErrorCase {
  const char* name;
  const char* src;
  const char* want;
};

const ErrorCase kErrorCases[] = {
    {"e01", R"go(package main
func main() {
	x := []int{1, 2
	}
}
)go",
     R"go(x.go:3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }
)go"},
    {"e02", R"go(package main
x := 1
func main() {}
)go",
     R"go(x.go:2:1: syntax error: non-declaration statement outside function body
)go"},
    {"e03", R"go(package main
func main() {
	if x := 1; x == 1
	{
	}
}
)go",
     R"go(x.go:3:19: syntax error: unexpected newline, expecting { after if clause
)go"},
    {"e04", R"go(package main
func main()
{
}
)go",
     R"go(x.go:3:1: syntax error: unexpected semicolon or newline before {
)go"},
    {"e05", R"go(package main
func main() {
	var x int = @
}
)go",
     R"go(x.go:3:14: invalid character U+0040 '@'
x.go:4:1: syntax error: unexpected }, expecting expression
)go"},
    {"e06", R"go(package main
func main() {
	s := "abc
}
)go",
     R"go(x.go:3:11: newline in string
)go"},
    {"e07", R"go(package main
func main() {
	r := 'ab'
	_ = r
}
)go",
     R"go(x.go:3:7: more than one character in rune literal
)go"},
    {"e08", R"go(package main
func main() {
	for i := 0; i < 10; i++
	{
	}
}
)go",
     R"go(x.go:3:25: syntax error: unexpected newline, expecting { after for clause
)go"},
    {"e09", R"go(package main
func main() {
	if x = 1 {
	}
}
)go",
     R"go(x.go:3:7: syntax error: cannot use assignment (x) = (1) as value
)go"},
    {"e10", R"go(package main
func main() {
	x := 1 +
}
)go",
     R"go(x.go:4:1: syntax error: unexpected }, expecting expression
)go"},
    {"e11", R"go(package main
func main() {
	fmt.Println("a" "b")
}
)go",
     R"go(x.go:3:18: syntax error: unexpected literal "b" in argument list; possibly missing comma or )
)go"},
    {"e12", R"go(package main
func main() {
	switch x {
	case 1
	}
}
)go",
     R"go(x.go:4:8: syntax error: unexpected newline, expecting :
)go"},
    {"e13", R"go(package main
func main() {
	a := [3]int{1,2,3}
	_ = a[1:2:]
}
)go",
     R"go(x.go:4:12: final index required in 3-index slice
)go"},
    {"e14", R"go(package main
func f(a int, b) {}
func main() {}
)go",
     R"go(x.go:2:15: syntax error: mixed named and unnamed parameters
)go"},
    {"e15", R"go(package main
func main() {
	else {}
}
)go",
     R"go(x.go:3:2: syntax error: unexpected else, expecting }
)go"},
    {"e16", R"go(package main
func main() {
	if true {
	} else for {}
}
)go",
     R"go(x.go:4:9: syntax error: else must be followed by if or statement block
)go"},
    {"e17", R"go(package main
import fmt
func main() {}
)go",
     R"go(x.go:2:11: expected 'STRING', found newline
)go"},
    {"e18", R"go(func main() {}
)go",
     R"go(x.go:1:1: expected 'package', found 'func'
)go"},
    {"e19", R"go(package main
func main() {
	x := 08
	_ = 0x
	_ = 1e
	_ = 0b12
	_ = 1__0
	_ = 0o8
}
)go",
     R"go(x.go:3:8: invalid digit '8' in octal literal
x.go:4:8: hexadecimal literal has no digits
x.go:5:8: exponent has no digits
x.go:6:9: invalid digit '2' in binary literal
x.go:7:8: '_' must separate successive digits
x.go:8:8: invalid digit '8' in octal literal
)go"},
    {"e20", R"go(package main
func main() {
	_ = "\q"
	_ = '\400'
	_ = "\uD800"
	_ = ''
}
)go",
     R"go(x.go:3:8: unknown escape
x.go:4:11: octal escape value 256 > 255
x.go:5:13: escape is invalid Unicode code point U+D800
x.go:6:7: empty rune literal or unescaped '
)go"},
    {"e21", R"go(package main
/* unterminated
func main() {}
)go",
     R"go(x.go:2:1: comment not terminated
)go"},
    {"e23", R"go(package main
type T struct {
	a int,
	b int
}
)go",
     R"go(x.go:3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }
)go"},
    {"e24", R"go(package main
func main() {
	var x = [](int){1}
	_ = (T){}
}
)go",
     R"go(x.go:4:9: syntax error: cannot parenthesize type in composite literal
)go"},
    {"e26", R"go(package main
func main() {
	for i := 0; i < 3; j := 1 {
	}
}
)go",
     R"go(x.go:3:23: syntax error: cannot declare in post statement of for loop
)go"},
    {"e27", R"go(package main
func main() {
	x := map[string]int{
		"a": 1
	}
}
)go",
     R"go(x.go:4:9: syntax error: unexpected newline in composite literal; possibly missing comma or }
)go"},
    {"e28", R"go(package main
func main() {
	f(1, 2
}
)go",
     R"go(x.go:3:8: syntax error: unexpected newline in argument list; possibly missing comma or )
)go"},
    {"e29", R"go(package main
func main() {
	var 1x int
}
)go",
     R"go(x.go:3:6: syntax error: unexpected literal 1, expecting name
)go"},
    {"e30", R"go(package main
func main() {
	x := ~1
}
)go",
     R"go(x.go:3:7: cannot use ~ outside of interface or type constraint
)go"},
    {"e33", R"go(package main
func main() {
	if {
	}
}
)go",
     R"go(x.go:3:5: syntax error: missing condition in if statement
)go"},
    {"e34", R"go(package main
func main() {
	for {
	}}
}
)go",
     R"go(x.go:5:1: syntax error: non-declaration statement outside function body
)go"},
    {"e35", R"go(package main
func main() {
	a, b := 1
	c d := 2
}
)go",
     R"go(x.go:4:4: syntax error: unexpected d at end of statement
)go"},
    {"e37", R"go(package main
func main() {
	var x int
	x ++ 1
}
)go",
     R"go(x.go:4:7: syntax error: unexpected literal 1 at end of statement
)go"},
    {"e38", R"go(package main

func main() {
	println("hi")

)go",
     R"go(x.go:6:1: syntax error: unexpected EOF, expecting }
)go"},
    {"f01", R"go(package main
func main() {
	println("x")
)go",
     R"go(x.go:4:1: syntax error: unexpected EOF, expecting }
)go"},
    {"f02", R"go(package main
func main() {
	println("x"))
}
)go",
     R"go(x.go:3:14: syntax error: unexpected ) at end of statement
)go"},
    {"f03", R"go(package main
func main() {
	fmt.Println("a"
}
)go",
     R"go(x.go:3:17: syntax error: unexpected newline in argument list; possibly missing comma or )
)go"},
    {"f04", R"go(package main
func main() {
	if x == 1 {
	} else if {
	}
}
)go",
     R"go(x.go:4:12: syntax error: missing condition in if statement
)go"},
    {"f05", R"go(package main
func f() int, error {
	return 0, nil
}
)go",
     R"go(x.go:2:13: syntax error: unexpected comma after top level declaration
)go"},
    {"f06", R"go(package main
type T struct { a int b int }
)go",
     R"go(x.go:2:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }
)go"},
    {"f07", R"go(package main
func main() {
	x = = 1
}
)go",
     R"go(x.go:3:6: syntax error: unexpected =, expecting expression
)go"},
    {"f08", R"go(package main
func (t T) {}
)go",
     R"go(x.go:2:12: syntax error: unexpected {, expecting name or (
)go"},
    {"f09", R"go(package main
func main() {
	return 1,
}
)go",
     R"go(x.go:4:1: syntax error: unexpected }, expecting expression
)go"},
    {"f10", R"go(package main
func main() {
	case 1:
}
)go",
     R"go(x.go:3:2: syntax error: unexpected case, expecting }
)go"},
    {"f11", R"go(package main
func main() {
	_ = a[1:2:3:4]
}
)go",
     R"go(x.go:3:13: syntax error: unexpected :, expecting ]
)go"},
    {"f12", R"go(package main
func main() {
	_ = x.
}
)go",
     R"go(x.go:4:1: syntax error: unexpected }, expecting name or (
)go"},
    {"f13", R"go(package main
func main() {
	x := true
		&& false
}
)go",
     R"go(x.go:4:3: syntax error: unexpected &&, expecting }
)go"},
    {"f14", R"go(package main
func main() {
	π := 3.14
	_ = π
	x := 1 • 2
}
)go",
     R"go(x.go:5:9: invalid character U+2022 '•' in identifier
x.go:5:9: syntax error: unexpected • at end of statement
)go"},
    {"f15", R"go(package main
func main() {
	_ = 0x1.8
	_ = 1.5.3
	_ = '\u12'
	_ = "\x4"
}
)go",
     R"go(x.go:3:11: hexadecimal mantissa requires a 'p' exponent
x.go:4:9: syntax error: unexpected literal .3 at end of statement
x.go:5:11: invalid character '\'' in hexadecimal escape
x.go:6:10: invalid character '"' in hexadecimal escape
)go"},
    {"f16", R"go(package main
func main() {
	a b c
	d e f
	g h i
	j k l
	m n o
	p q r
	s t u
	v w x
	y z a
	b c d
	e f g
	h i j
}
)go",
     R"go(x.go:3:4: syntax error: unexpected b at end of statement
x.go:4:4: syntax error: unexpected e at end of statement
x.go:5:4: syntax error: unexpected h at end of statement
x.go:6:4: syntax error: unexpected k at end of statement
x.go:7:4: syntax error: unexpected n at end of statement
x.go:8:4: syntax error: unexpected q at end of statement
x.go:9:4: syntax error: unexpected t at end of statement
x.go:10:4: syntax error: unexpected w at end of statement
x.go:11:4: syntax error: unexpected z at end of statement
x.go:12:4: syntax error: unexpected c at end of statement
x.go:12:4: too many errors
)go"},
    {"f18", R"go(package main
func main() {
	func inner() {}
}
)go",
     R"go(x.go:3:7: syntax error: unexpected inner, expecting (
x.go:4:1: syntax error: non-declaration statement outside function body
)go"},
    {"f22", R"go(package main
func main() {
	var a []int
	a = append(a, 1...)
	f(a..., 1)
}
)go",
     R"go(x.go:4:19: syntax error: unexpected ., expecting name or (
x.go:5:10: syntax error: unexpected literal 1, expecting )
)go"},
    {"f23", R"go(package main
func main() {
	const x
	var y
}
)go",
     R"go(x.go:4:7: syntax error: unexpected newline, expecting type
)go"},
    {"f24", R"go(package main
var x = 1
var x2 = x +
var y = 2
)go",
     R"go(x.go:4:1: syntax error: unexpected var, expecting expression
)go"},
    {"f25", R"go(package main
func main() {
	i++
	i--
	i+++
}
)go",
     R"go(x.go:5:5: syntax error: unexpected + at end of statement
)go"},
    {"f26", R"go(package main
func main() {
	if x := 1 {
	}
}
)go",
     R"go(x.go:3:7: syntax error: cannot use x := 1 as value
)go"},
    {"f28", R"go(package main
func main() {
	go func() {
	}
}
)go",
     R"go(x.go:3:5: expression in go must be function call
)go"},
    {"f29", R"go(package main
func main() {
	x := 1
	x.y.z(
}
)go",
     R"go(x.go:5:1: syntax error: unexpected }, expecting expression
)go"},
    {"f30", R"go(package main
type (
	A int
	B = string
	C
)
)go",
     R"go(x.go:5:3: syntax error: unexpected newline in type declaration
)go"},
    {"f32", R"go(package main

import (
	"fmt"
	"os"

func main() {
	fmt.Println(os.Args)
}
)go",
     R"go(x.go:7:1: expected 'STRING', found 'func'
)go"},
    {"f34", R"go(package main
func main() {
	x := []int{1,2,3}
	for i := range x {
		if i == 2 { break }
	}
	fallthrough
	goto
}
)go",
     R"go(x.go:9:1: syntax error: unexpected }, expecting name
)go"},
    {"f35", R"go(package main
func main() {
	type T struct{}
	var _ = T{}
	if (T{}) == (T{}) {}
	if T{} == T{} {}
}
)go",
     R"go(x.go:6:9: syntax error: unexpected == at end of statement
)go"},
    {"g01", R"go(package main
func main() {
	if x == T{} {
	}
}
)go",
     R"go(x.go:3:14: syntax error: unexpected { at end of statement
x.go:5:1: syntax error: non-declaration statement outside function body
)go"},
    {"m01", R"go(package main
func main() {
	x := [3]int{1, 2, 3
	y := 2
	if y > 1 {
		z := (1 + 2
	}
	for i := 0; i < 3; i++ {
		println(i
	}
}
)go",
     R"go(x.go:3:21: syntax error: unexpected newline in composite literal; possibly missing comma or }
x.go:5:2: syntax error: unexpected if at end of statement
x.go:6:14: syntax error: unexpected newline, expecting )
x.go:9:12: syntax error: unexpected newline in argument list; possibly missing comma or )
)go"},
    {"m02", R"go(package main
type T struct {
	a int
	b string,
	c float64
}
func (t T) M( {
}
func main() {
	var t T = T{a: 1 b: 2}
}
)go",
     R"go(x.go:4:10: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }
x.go:7:15: syntax error: unexpected {, expecting )
x.go:10:19: syntax error: unexpected b in composite literal; possibly missing comma or }
)go"},
    {"m03", R"go(package main
func f(a int, b int {
}
func g() (int, string {
	return 1, ""
}
func main() {}
)go",
     R"go(x.go:2:21: syntax error: unexpected { in parameter list; possibly missing comma or )
x.go:3:1: syntax error: unexpected } after top level declaration
x.go:4:23: syntax error: unexpected { in parameter list; possibly missing comma or )
x.go:6:1: syntax error: unexpected } after top level declaration
)go"},
    {"m04", R"go(package main
func main() {
	switch x {
	case 1:
		y := 
	case 2
		z := 3
	}
	select {
	case <-c
	}
}
)go",
     R"go(x.go:6:2: syntax error: unexpected case, expecting expression
x.go:10:10: syntax error: unexpected newline, expecting :
)go"},
    {"m05", R"go(package main
var a = 1 +
var b = [2]int{1, 2
const c =
func main() {
}
)go",
     R"go(x.go:3:1: syntax error: unexpected var, expecting expression
x.go:5:6: syntax error: unexpected main, expecting (
x.go:6:1: syntax error: unexpected } after top level declaration
)go"},
    {"m06", R"go(package main
func main() {
	a := 1
	a =+ 2
	b := a +* 3
	c := a ** 3
	d := a +
	e := !
}
)go",
     R"go(x.go:8:4: syntax error: unexpected := at end of statement
)go"},
    {"m07", R"go(package main
func main() {
	if x := 1; {
	}
	if ; x {
	}
	for x := range {
	}
	for i := 0; i < 10; i := 0 {
	}
}
)go",
     R"go(x.go:3:11: syntax error: missing condition in if statement
x.go:7:17: syntax error: unexpected {, expecting expression
x.go:8:2: syntax error: unexpected }, expecting { after for clause
x.go:9:24: syntax error: cannot declare in post statement of for loop
)go"},
    {"m08", R"go(package main
func main() {
	defer
	go
	return return
	break 1
	goto
}
)go",
     R"go(x.go:4:2: syntax error: unexpected go, expecting expression
x.go:4:2: expression in defer must be function call
x.go:5:2: syntax error: unexpected return, expecting expression
x.go:5:2: expression in go must be function call
x.go:6:8: syntax error: unexpected literal 1 at end of statement
x.go:8:1: syntax error: unexpected }, expecting name
)go"},
    {"m09", R"go(package main

import "fmt"

func main() {
	fmt.Println("hello"
	fmt.Println("world")
}
)go",
     R"go(x.go:6:21: syntax error: unexpected newline in argument list; possibly missing comma or )
)go"},
    {"m10", R"go(package main

func main() {
	x := map[string]int{
		"a": 1,
		"b": 2
	}
	_ = x
}
)go",
     R"go(x.go:6:9: syntax error: unexpected newline in composite literal; possibly missing comma or }
)go"},
    {"m11", R"go(package main

func main() {
	for i := 0; i < 10; i++ {
		fmt.Println(i)
	}
	}
}
)go",
     R"go(x.go:8:1: syntax error: non-declaration statement outside function body
)go"},
    {"m12", R"go(package main

func add(a int, b int) int {
	return a + b

func main() {
	println(add(1, 2))
}
)go",
     R"go(x.go:6:6: syntax error: unexpected main, expecting (
x.go:7:19: syntax error: unexpected ) at end of statement
)go"},
    {"m14", R"go(package main

func main() {
	x := []int{1, 2, 3}
	for _, v := range x
	{
		println(v)
	}
}
)go",
     R"go(x.go:5:21: syntax error: unexpected newline, expecting { after for clause
)go"},
    {"m15", R"go(package main

func main() {
	if true {
		println("a")
	}
	else {
		println("b")
	}
}
)go",
     R"go(x.go:7:2: syntax error: unexpected else, expecting }
)go"},
    {"m16", R"go(package main

func main() {
	x := 5
	if x > 3 
		println("big")
}
)go",
     R"go(x.go:6:17: syntax error: unexpected newline, expecting { after if clause
)go"},
    {"m17", R"go(package main
func main() {
	s := "hello
	println(s)
}
)go",
     R"go(x.go:3:13: newline in string
)go"},
    {"m19", R"go(package main
func main() {
	f := func(x int) int {
		return x * 2
	}
	println(f(2)
}
)go",
     R"go(x.go:6:14: syntax error: unexpected newline in argument list; possibly missing comma or )
)go"},
    {"m20", R"go(package main
type I interface {
	M() int
	N(x int,) (string, error)
	O(...int)
	int
}
type S struct {
	*T
	(U)
	*(V)
}
)go",
     R"go(x.go:10:2: syntax error: cannot parenthesize embedded type
x.go:11:3: syntax error: cannot parenthesize embedded type
)go"},
    {"m22", R"go(package main
func main() {
	a, b := 1
	var c, d int = 1, 2, 3
	e := f(, 1)
}
)go",
     R"go(x.go:5:9: syntax error: unexpected comma, expecting expression
)go"},
    {"m24", R"go(package main
func main() {
	var f func(int) (int
	var g func() int,
}
)go",
     R"go(x.go:3:22: syntax error: unexpected newline in parameter list; possibly missing comma or )
x.go:4:2: syntax error: unexpected var at end of statement
)go"},
    {"n01", R"go(package main
func main() {
	x0 := (
	x1 := (
	x2 := (
}
)go",
     R"go(x.go:4:5: syntax error: unexpected :=, expecting )
x.go:5:5: syntax error: unexpected := in argument list; possibly missing comma or )
)go"},
    {"n02", R"go(package main
func main() {
	a b c
	a b c
	a b c
	a b c
	a b c
	a b c
	a b c
	a b c
	a b c
	a b c
	a b c
	a b c
	a b c
	a b c
}
)go",
     R"go(x.go:3:4: syntax error: unexpected b at end of statement
x.go:4:4: syntax error: unexpected b at end of statement
x.go:5:4: syntax error: unexpected b at end of statement
x.go:6:4: syntax error: unexpected b at end of statement
x.go:7:4: syntax error: unexpected b at end of statement
x.go:8:4: syntax error: unexpected b at end of statement
x.go:9:4: syntax error: unexpected b at end of statement
x.go:10:4: syntax error: unexpected b at end of statement
x.go:11:4: syntax error: unexpected b at end of statement
x.go:12:4: syntax error: unexpected b at end of statement
x.go:12:4: too many errors
)go"},
    {"n03", R"go(package main
func main() {
	x := 009 @
	x := 019 @
	x := 029 @
	x := 039 @
	x := 049 @
	x := 059 @
	x := 069 @
	x := 079 @
	x := 089 @
	x := 099 @
	x := 0109 @
	x := 0119 @
	x := 0129 @
	x := 0139 @
}
)go",
     R"go(x.go:3:9: invalid digit '9' in octal literal
x.go:3:11: invalid character U+0040 '@'
x.go:4:9: invalid digit '9' in octal literal
x.go:4:11: invalid character U+0040 '@'
x.go:5:9: invalid digit '9' in octal literal
x.go:5:11: invalid character U+0040 '@'
x.go:6:9: invalid digit '9' in octal literal
x.go:6:11: invalid character U+0040 '@'
x.go:7:9: invalid digit '9' in octal literal
x.go:7:11: invalid character U+0040 '@'
x.go:7:11: too many errors
)go"},
    {"n04", R"go(package main
var x = `
)go",
     R"go(x.go:2:9: string not terminated
)go"},
    {"n05", R"go(package main
func main() {
	/* abc
)go",
     R"go(x.go:3:2: comment not terminated
)go"},
    {"n06", R"go(package main
func main() {
	x := '
)go",
     R"go(x.go:3:8: newline in rune literal
)go"},
    {"n07", R"go(package main
func main() {
	x := 1 @ 2 # 3
	y := "a\qb\xZZ"
}
)go",
     R"go(x.go:3:9: invalid character U+0040 '@'
x.go:3:11: syntax error: unexpected literal 2 at end of statement
x.go:3:13: invalid character U+0023 '#'
x.go:4:10: unknown escape
x.go:4:14: invalid character 'Z' in hexadecimal escape
)go"},
    {"n08", R"go(package main
func main() {
	var x = 1
	x++ x++
	y = x
	func() {}
}
)go",
     R"go(x.go:4:6: syntax error: unexpected x at end of statement
)go"},
    {"n09", R"go(package main
func main() {
	for {
		case 1:
	}
}
)go",
     R"go(x.go:4:3: syntax error: unexpected case, expecting }
x.go:6:1: syntax error: non-declaration statement outside function body
)go"},
    {"n11", R"go(package main
func main() {
	var x interface{}
	switch y := x.(type); y {
	}
	switch x.(type) := 1 {
	}
}
)go",
     R"go(x.go:6:18: syntax error: cannot use x.(type) := 1 as value
)go"},
    {"n12", R"go(package main
func main() {
	x := 1
	if x == 1 {
	} else x == 2 {
	}
}
)go",
     R"go(x.go:5:9: syntax error: else must be followed by if or statement block
x.go:7:1: syntax error: non-declaration statement outside function body
)go"},
};

TEST(Parser, SyntaxErrorsMatchGo) {
  for (const auto& c : kErrorCases) {
    EXPECT_EQ(errors(c.src), c.want) << c.name << ":\n" << c.src;
  }
}

TEST(Parser, HeaderErrorsAreGoParsers) {
  // The go command parses the package clause and imports itself (go/parser wording, first error
  // only) and never compiles such a file.
  auto p = parse("func main() {}\n");
  EXPECT_EQ(p->file, nullptr);
  EXPECT_EQ(p->diags.format(), "x.go:1:1: expected 'package', found 'func'\n");
  EXPECT_EQ(errors("package main\nimport fmt\n"), "x.go:2:11: expected 'STRING', found newline\n");
  EXPECT_EQ(errors("package main\nimport (\n\t\"fmt\"\n\nfunc main() {}\n"),
            "x.go:5:1: expected 'STRING', found 'func'\n");
  EXPECT_EQ(errors("package main\nimport \"fmt\n"), "x.go:2:8: string literal not terminated\n");
  EXPECT_EQ(errors("package 1\n"), "x.go:1:9: expected 'IDENT', found 1\n");
  EXPECT_EQ(errors("package main;;\n"),
            "x.go:1:14: syntax error: non-declaration statement outside function body\n");
}

TEST(Parser, TooManyErrors) {
  std::string src = "package main\nfunc main() {\n";
  for (int i = 0; i < 15; i++) src += "\ta b c\n";
  src += "}\n";
  std::string out = errors(src);
  int lines = 0;
  for (char c : out) lines += c == '\n';
  EXPECT_EQ(lines, 11);
  EXPECT_NE(out.find("x.go:12:4: too many errors\n"), std::string::npos) << out;
}

const char* kSample = R"go(package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64
	tags []string `json:"tags"`
}

func (r *Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

const (
	A = iota * 10
	B
)

var table = map[string][]int{"a": {1, 2}, "b": {3}}

func apply(fs ...func(int) int) (out []int, err error) {
	for i, f := range fs {
		switch v := interface{}(f(i)).(type) {
		case int:
			out = append(out, v)
		default:
			return nil, fmt.Errorf("bad %v", v)
		}
	}
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	case x := <-ch:
		_ = x
	default:
	}
L:
	for j := 0; j < 3; j++ {
		if j == 1 {
			continue L
		} else if s := strings.Repeat("x", j); s != "" {
			break L
		}
	}
	defer func() { recover() }()
	go func(c chan<- int) { c <- 1 }(ch)
	arr := [...]int{1, 2, 3}
	_ = arr[1:2:3]
	return out, nil
}

func main() {
	var s Shape = &Rect{W: 2, H: 3}
	fmt.Println(s.Area(), s.Name(), A, B, table, 'x', "s\n", `raw`, 0x1p-2, 1_000)
}
)go";

TEST(Parser, SampleParsesCleanly) {
  auto p = parse(kSample);
  EXPECT_TRUE(p->diags.empty()) << p->diags.format();
  EXPECT_FALSE(dumpAst(*p->file).empty());
}

TEST(Parser, EveryPrefixTerminates) {
  std::string src = kSample;
  for (std::size_t i = 0; i <= src.size(); i++) {
    auto p = parse(std::string_view(src).substr(0, i));
    // nullptr only when the package clause or imports are broken (then with an error).
    if (!p->file) {
      ASSERT_FALSE(p->diags.empty());
      continue;
    }
    (void)p->diags.format();
    (void)dumpAst(*p->file);
  }
}

TEST(Parser, MutationsAndRandomBytesTerminate) {
  std::mt19937 rng(12345);
  std::string src = kSample;
  const std::string alphabet = "(){}[];,.:=+-*/<>!&|^\"'`\n\t x0a\\~";
  for (int k = 0; k < 400; k++) {
    std::string m = src;
    int edits = 1 + static_cast<int>(rng() % 6);
    for (int e = 0; e < edits; e++) {
      std::size_t at = rng() % (m.size() + 1);
      switch (rng() % 3) {
        case 0:
          m.erase(at, 1 + rng() % 5);
          break;
        case 1:
          m.insert(at, 1, alphabet[rng() % alphabet.size()]);
          break;
        default:
          m.insert(at, 1, static_cast<char>(rng() % 256));
          break;
      }
    }
    auto p = parse(m);
    (void)p->diags.format();
    if (p->file) (void)dumpAst(*p->file);
  }
  for (int k = 0; k < 200; k++) {
    std::string r(rng() % 400, '\0');
    for (char& c : r) c = static_cast<char>(rng() % 256);
    if (k % 2 == 0) r = "package main\nfunc main() {\n" + r;
    auto p = parse(r);
    (void)p->diags.format();
  }
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  auto deep = [](const std::string& open, const std::string& mid, const std::string& close, int n) {
    std::string s;
    for (int i = 0; i < n; i++) s += open;
    s += mid;
    for (int i = 0; i < n; i++) s += close;
    return s;
  };
  const std::string cases[] = {
      "package main\nvar x = " + deep("(", "1", ")", 100000) + "\n",
      "package main\nvar x = " + deep("-", "1", "", 100000) + "\n",
      "package main\nfunc main() " + deep("{", "", "}", 100000) + "\n",
      "package main\nvar x " + deep("[]", "int", "", 100000) + "\n",
      "package main\nvar x = T" + deep("{", "", "}", 100000) + "\n",
      "package main\nvar x = " + deep("func(){", "", "}", 50000) + "\n",
      "package main\nvar x = 1" + deep("+1", "", "", 100000) + "\n",
      "package main\nvar x = a" + deep(".b", "", "", 100000) + "\n",
      "package main\nvar x " + deep("struct{a ", "int", "}", 50000) + "\n",
  };
  for (const auto& src : cases) {
    auto p = parse(src);
    EXPECT_FALSE(p->diags.empty());
  }
  // Reasonable nesting is fine.
  EXPECT_EQ(errors("package main\nvar x = " + deep("(", "1", ")", 200) + "\n"), "");
}

}  // namespace
}  // namespace gomi
