// interp/check_stmt.cpp — typing statements and function bodies: assignments and short variable
// declarations (incl. comma-ok forms), control flow, labels, range clauses, type switches,
// select, "declared but not used" and "missing return".
#include <algorithm>
#include <deque>
#include <functional>
#include <map>

#include "interp/check.h"

namespace gomi {

namespace {
Expr* unparen(Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = e->x;
  return e;
}
bool isBoolType(const Type* t) {
  Kind k = t->u()->kind;
  return k == Kind::Bool || k == Kind::UntypedBool;
}
bool commaOkCapable(Expr* e) {
  e = unparen(e);
  if (!e) return false;
  return e->mode == Mode::MapIndex || e->mode == Mode::CommaOk;
}
}  // namespace

// gotoChecks reports gotos that jump into a block or over a variable declaration, walking the
// body the way the Go compiler's syntax package does (cmd/compile/internal/syntax/branches.go):
// a forward goto stays pending until its label appears in the same block or an enclosing one.
// Undefined labels are reported by branchStmt.
class GotoChecker {
 public:
  GotoChecker(std::string file, std::function<void(Pos, std::string)> report)
      : file_(std::move(file)), report_(std::move(report)) {}

  void run(Stmt* body) {
    std::vector<Stmt*> pending = block(nullptr, body->pos, body->stmts);
    for (Stmt* g : pending) {
      auto it = labels_.find(g->label);
      if (it != labels_.end())
        report_(g->opPos, "goto " + g->label + " jumps into block starting at " +
                              where(it->second.parent->start));
    }
  }

 private:
  struct Block {
    const Block* parent;
    Pos start;
  };
  struct Label {
    const Block* parent;
  };

  std::string where(Pos p) const { return positionInMessage(file_, p); }

  std::vector<Stmt*> block(const Block* parent, Pos start, const std::vector<Stmt*>& list) {
    // Labels keep pointing at their block after it is walked: blocks_ owns them all.
    Block& b = blocks_.emplace_back(Block{parent, start});
    std::vector<Stmt*> fwd, bad;
    bool haveVar = false;
    Pos varPos;
    std::string varName;
    auto recordVar = [&](Pos p, std::string name) {
      haveVar = true;
      varPos = p;
      varName = std::move(name);
      bad = fwd;
    };
    auto inner = [&](Pos at, const std::vector<Stmt*>& body) {
      for (Stmt* g : block(&b, at, body)) fwd.push_back(g);
    };
    for (Stmt* st : list) {
      while (st && st->kind == StmtKind::Labeled) {
        if (st->label != "_") {
          labels_.try_emplace(st->label, Label{&b});
          std::vector<Stmt*> keep;
          for (Stmt* g : fwd) {
            if (g->label != st->label) {
              keep.push_back(g);
              continue;
            }
            if (haveVar && std::find(bad.begin(), bad.end(), g) != bad.end())
              report_(g->opPos, "goto " + g->label + " jumps over declaration of " + varName +
                                    " at " + where(varPos));
          }
          fwd = std::move(keep);
        }
        st = st->body;
      }
      if (!st) continue;
      switch (st->kind) {
        case StmtKind::Decl:
          if (st->decl && st->decl->kind == GenDecl::Kind::Var && !st->decl->values.empty() &&
              !st->decl->values[0].names.empty() && st->decl->values[0].names[0])
            recordVar(st->decl->values[0].names[0]->pos, st->decl->values[0].names[0]->name);
          break;
        case StmtKind::Assign:
          if (st->define) {
            std::string names;
            for (Expr* e : st->lhs) {
              if (!names.empty()) names += ", ";
              names += e ? e->name : "_";
            }
            recordVar(st->opPos, names);
          }
          break;
        case StmtKind::Branch:
          if (st->branch == Stmt::Branch::Goto) {
            auto it = labels_.find(st->label);
            bool found = false;
            if (it != labels_.end())
              for (const Block* p = &b; p; p = p->parent)
                if (p == it->second.parent) found = true;
            if (!found) fwd.push_back(st);
          }
          break;
        case StmtKind::Block:
          inner(st->pos, st->stmts);
          break;
        case StmtKind::If:
          if (st->then) inner(st->then->pos, st->then->stmts);
          if (st->els) inner(st->els->pos, {st->els});
          break;
        case StmtKind::For:
        case StmtKind::Range:
          if (st->then) inner(st->then->pos, st->then->stmts);
          break;
        case StmtKind::Switch:
        case StmtKind::TypeSwitch:
        case StmtKind::Select:
          for (Stmt* c : st->clauses)
            if (c) inner(c->pos, c->stmts);
          break;
        default:
          break;
      }
    }
    return fwd;
  }

  std::string file_;
  std::function<void(Pos, std::string)> report_;
  std::map<std::string, Label> labels_;
  std::deque<Block> blocks_;
};

void Checker::funcBody(FuncDecl* fd, FuncLit* lit, const Type* sig, BlockStmt* body,
                       std::vector<Object*>& params) {
  if (!body || !sig) return;
  Scope* save = scope_;
  auto saveBranches = std::move(branches_);
  branches_.clear();
  int saveIota = iota_;
  iota_ = -1;
  FuncCtx ctx;
  ctx.decl = fd;
  ctx.lit = lit;
  ctx.sig = sig;
  for (Object* p : params)
    if (p->isResult) ctx.results.push_back(p);
  funcs_.push_back(std::move(ctx));
  openScope(true);
  if (fd && !lit && fd->recvObj) declare(scope_, fd->recvObj, fd->recvObj->pos);
  for (Object* p : params) {
    if (!p->name.empty()) declare(scope_, p, p->pos);
  }
  // Labels are visible in the whole function body (goto may jump forward).
  {
    std::function<void(Stmt*)> collectLabels = [&](Stmt* st) {
      if (!st) return;
      if (st->kind == StmtKind::Labeled && st->label == "_") {
        collectLabels(st->body);  // a blank label declares nothing (goto _ is undefined)
        return;
      }
      if (st->kind == StmtKind::Labeled) {
        FuncCtx& fc = funcs_.back();
        bool dup = false;
        for (auto& [n, other] : fc.labels)
          if (n == st->label) {
            dup = true;
            // Worded as cmd/compile's syntax package reports it.
            error(posOf(st),
                  "label " + st->label + " already defined at " + posInMessage(other->pos));
          }
        if (!dup) {
          st->labelObj = newObj(ObjKind::Label, st->label, st->pos, nullptr);
          fc.labels.emplace_back(st->label, st);
        }
        collectLabels(st->body);
        return;
      }
      for (Stmt* x : st->stmts) collectLabels(x);
      for (Stmt* x : st->clauses) collectLabels(x);
      collectLabels(st->then);
      collectLabels(st->els);
    };
    for (Stmt* st : body->stmts) collectLabels(st);
  }
  stmtList(body->stmts);
  GotoChecker(file_, [this](Pos p, std::string m) { error(p, std::move(m)); }).run(body);
  FuncCtx& c = funcs_.back();
  // Labels declared but never used.
  for (auto& [name, st] : c.labels) {
    if (st && st->labelObj && !st->labelObj->used)
      error(posOf(st), "label " + name + " defined and not used");
  }
  for (Object* o : c.locals)
    if (!o->used && !o->name.empty() && o->name != "_")
      error(posOf(o), o->name + " declared but not used");
  if (!sig->results.empty() && !isTerminating(body, "")) {
    error(body->rbrace.line ? body->rbrace : body->pos, "missing return");
  }
  closeScope();
  funcs_.pop_back();
  scope_ = save;
  branches_ = std::move(saveBranches);
  iota_ = saveIota;
}

void Checker::stmtList(const std::vector<Stmt*>& list) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    Stmt* s = list[i];
    if (!s) continue;
    stmt(s);
  }
}

namespace {
void localVar(std::vector<Object*>& locals, Object* o) {
  if (o) locals.push_back(o);
}
}  // namespace

void Checker::stmt(Stmt* s) {
  if (!s) return;
  // fallthrough is allowed only as the last statement of a case clause itself, never nested in
  // a block, if or loop inside it.
  if (fallthroughOk_ && s->kind != StmtKind::Branch && s->kind != StmtKind::Labeled) {
    fallthroughOk_ = false;
    stmt(s);
    fallthroughOk_ = true;
    return;
  }
  switch (s->kind) {
    case StmtKind::Bad:
    case StmtKind::Empty:
      return;
    case StmtKind::Decl:
      if (s->decl) declStmt(s->decl);
      return;
    case StmtKind::Labeled:
      labeledStmt(s);
      return;
    case StmtKind::Expr: {
      Expr* x = s->x;
      if (!x) return;
      rawExpr(x, nullptr, true, false);
      if (x->mode == Mode::Invalid) return;
      Expr* u = unparen(x);
      if (u->kind == ExprKind::Call) {
        if (u->callKind == Expr::CallKind::Conversion) {
          error(posOf(x), operandStr(x) + " is not used");
          return;
        }
        if (u->callKind == Expr::CallKind::Builtin) {
          switch (u->builtin) {
            case Builtin::Append:
            case Builtin::Cap:
            case Builtin::Complex:
            case Builtin::Imag:
            case Builtin::Len:
            case Builtin::Make:
            case Builtin::New:
            case Builtin::Real:
              error(posOf(x), operandStr(x) + " is not used");
              return;
            default:
              break;
          }
        }
        return;
      }
      if (u->kind == ExprKind::Unary && u->op == Op::Arrow) return;
      if (x->mode == Mode::TypeExpr) {
        error(posOf(x), exprStr(x) + " (type) is not an expression");
        return;
      }
      if (x->mode == Mode::BuiltinFn) {
        error(posOf(x), exprStr(x) + " (built-in function " + exprStr(x) + ") must be called");
        return;
      }
      if (x->type && x->type->kind == Kind::UntypedNil) {
        error(posOf(x), "nil is not used");
        return;
      }
      error(posOf(x), operandStr(x) + " is not used");
      return;
    }
    case StmtKind::Send: {
      expr(s->x);
      expr(s->value);
      if (!s->x || !s->value || s->x->mode == Mode::Invalid || s->value->mode == Mode::Invalid)
        return;
      const Type* u = s->x->type->u();
      if (u->kind != Kind::Chan) {
        error(posOf(s), "invalid operation: cannot send to non-channel " + operandStr(s->x));
        return;
      }
      if (u->dir == ChanDir::Recv) {
        error(posOf(s),
              "invalid operation: cannot send to receive-only channel " + operandStr(s->x));
        return;
      }
      assignment(s->value, u->elem, "send");
      return;
    }
    case StmtKind::IncDec: {
      Expr* x = s->x;
      if (!x) return;
      Expr* ux = unparen(x);
      if (ux && ux->kind == ExprKind::Ident)
        ident(ux, false), rawExpr(x, nullptr, false, false);
      else
        expr(x);
      if (x->mode == Mode::Invalid) return;
      if (!x->type->u()->isNumeric()) {
        error(posOf(x), std::string("invalid operation: ") + exprStr(x) + (s->inc ? "++" : "--") +
                            " (non-numeric type " + typStr(x->type) + ")");
        return;
      }
      if (x->mode != Mode::Variable && x->mode != Mode::MapIndex) {
        error(posOf(x), "cannot assign to " + operandStr(x));
      }
      return;
    }
    case StmtKind::Assign:
      assignStmt(s);
      return;
    case StmtKind::Go:
    case StmtKind::Defer: {
      const char* what = s->kind == StmtKind::Go ? "go" : "defer";
      Expr* x = unparen(s->x);
      if (!x || x->kind != ExprKind::Call) {
        if (s->x) expr(s->x);
        error(s->x ? s->x->pos : s->pos,
              std::string("expression in ") + what + " must be function call");
        return;
      }
      rawExpr(s->x, nullptr, true, false);
      if (x->callKind == Expr::CallKind::Conversion) {
        error(posOf(s->x), std::string(what) + " requires function call, not conversion");
        return;
      }
      if (x->callKind == Expr::CallKind::Builtin) {
        switch (x->builtin) {
          case Builtin::Append:
          case Builtin::Cap:
          case Builtin::Len:
          case Builtin::Make:
          case Builtin::New:
            error(posOf(s->x), std::string(what) + " discards result of " + exprStr(s->x));
            return;
          default:
            break;
        }
      }
      return;
    }
    case StmtKind::Return:
      returnStmt(s);
      return;
    case StmtKind::Branch:
      branchStmt(s);
      return;
    case StmtKind::Block:
      openScope();
      stmtList(s->stmts);
      closeScope();
      return;
    case StmtKind::If:
      ifStmt(s);
      return;
    case StmtKind::Switch:
      switchStmt(s);
      return;
    case StmtKind::TypeSwitch:
      typeSwitchStmt(s);
      return;
    case StmtKind::Select:
      selectStmt(s);
      return;
    case StmtKind::For:
      forStmt(s);
      return;
    case StmtKind::Range:
      rangeStmt(s);
      return;
    case StmtKind::CaseClause:
    case StmtKind::CommClause:
      return;
  }
}

void Checker::labeledStmt(Stmt* s) {
  if (funcs_.empty()) return;
  // Labels of enclosing statements are visible to their bodies' break/continue.
  if (s->body) {
    Stmt* b = s->body;
    bool loop = b->kind == StmtKind::For || b->kind == StmtKind::Range;
    bool brk = loop || b->kind == StmtKind::Switch || b->kind == StmtKind::TypeSwitch ||
               b->kind == StmtKind::Select;
    if (brk) {
      branches_.push_back({b, s->label, true, loop});
      branches_.back().stmt = b;
      // The statement itself pushes its own unlabeled context; the labeled one is found by name.
      stmt(b);
      branches_.pop_back();
      return;
    }
    stmt(b);
  }
}

void Checker::branchStmt(Stmt* s) {
  switch (s->branch) {
    case Stmt::Branch::Break:
    case Stmt::Branch::Continue: {
      bool isBreak = s->branch == Stmt::Branch::Break;
      if (!s->label.empty()) {
        for (std::size_t i = branches_.size(); i-- > 0;) {
          if (branches_[i].label == s->label) {
            if (!isBreak && !branches_[i].continueOk) {
              error(s->opPos, "invalid continue label " + s->label);
              return;
            }
            s->target = branches_[i].stmt;
            for (auto& [n, st] : funcs_.back().labels)
              if (n == s->label && st && st->labelObj) {
                st->labelObj->used = true;
                s->labelObj = st->labelObj;
              }
            return;
          }
        }
        // Label exists but does not enclose this statement?
        bool exists = false;
        if (!funcs_.empty())
          for (auto& [n, st] : funcs_.back().labels)
            if (n == s->label && st) {
              exists = true;
              if (st->labelObj) st->labelObj->used = true;
            }
        if (exists)
          error(s->opPos,
                std::string("invalid ") + (isBreak ? "break" : "continue") + " label " + s->label);
        else
          error(Pos{s->pos.line, s->pos.col + (isBreak ? 6 : 9)},
                std::string(isBreak ? "break" : "continue") + " label not defined: " + s->label);
        return;
      }
      for (std::size_t i = branches_.size(); i-- > 0;) {
        if (!branches_[i].label.empty()) continue;
        if (isBreak && branches_[i].breakOk) {
          s->target = branches_[i].stmt;
          return;
        }
        if (!isBreak && branches_[i].continueOk) {
          s->target = branches_[i].stmt;
          return;
        }
      }
      error(posOf(s),
            isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
      return;
    }
    case Stmt::Branch::Goto: {
      if (funcs_.empty()) return;
      // Labels may be defined later in the function: resolve after the body. Approximate by
      // searching the function's body lazily: record and check at the end.
      for (auto& [n, st] : funcs_.back().labels)
        if (n == s->label && st) {
          s->target = st;
          if (st->labelObj) st->labelObj->used = true;
          s->labelObj = st->labelObj;
          return;
        }
      error(Pos{s->pos.line, s->pos.col + 5}, "label " + s->label + " not defined");
      return;
    }
    case Stmt::Branch::Fallthrough:
      if (!fallthroughOk_) {
        bool inTypeSwitch = false;
        for (std::size_t i = branches_.size(); i-- > 0;)
          if (branches_[i].label.empty() && branches_[i].breakOk) {
            inTypeSwitch = branches_[i].stmt && branches_[i].stmt->kind == StmtKind::TypeSwitch;
            break;
          }
        error(posOf(s), inTypeSwitch ? "cannot fallthrough in type switch"
                                     : "fallthrough statement out of place");
        return;
      }
      s->target = nextClause_;
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Assignments
// ---------------------------------------------------------------------------------------------

void Checker::assignLhs(Expr* lhs, Expr* rhs, const Type* rhsType) {
  (void)rhs;
  (void)rhsType;
  if (!lhs) return;
  Expr* u = unparen(lhs);
  if (u && u->kind == ExprKind::Ident && u->name == "_") {
    u->mode = Mode::Invalid;
    u->obj = nullptr;
    return;
  }
  if (u && u->kind == ExprKind::Ident) {
    ident(u, false);
    if (lhs != u) {
      lhs->mode = u->mode;
      lhs->type = u->type;
      lhs->obj = u->obj;
    }
  } else {
    expr(lhs);
  }
}

void Checker::assignStmt(Stmt* s) {
  if (s->define) {
    shortVarDecl(s);
    return;
  }
  if (s->assignOp != Op::None) {
    // x op= y
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
      error(posOf(s), "assignment operation " + std::string("requires single-valued expressions"));
      return;
    }
    Expr* x = s->lhs[0];
    Expr* y = s->rhs[0];
    assignLhs(x, y, nullptr);
    // x op= y reads x: it counts as a use of x (as types2 evaluates it as an operand).
    if (Expr* ux = unparen(x); ux && ux->kind == ExprKind::Ident && ux->obj) ux->obj->used = true;
    expr(y);
    if (!x || !y || x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
    Mode xm = x->mode;
    const Type* xt = x->type;
    Expr tmp;
    tmp.kind = ExprKind::Binary;
    tmp.op = s->assignOp;
    tmp.pos = x->pos;
    tmp.opPos = s->opPos;
    tmp.x = x;
    tmp.y = y;
    if (s->assignOp == Op::Shl || s->assignOp == Op::Shr) {
      if (y->mode == Mode::Constant && y->type->isUntyped()) {
        ConstValue v = y->value;
        std::string why;
        if (!cv::representable(v, tt_.basic(Kind::Uint), &why)) {
          error(posOf(y), "invalid operation: shift count " + operandStr(y) + " must be integer");
          return;
        }
        convertUntyped(y, tt_.basic(Kind::Uint));
      }
      defaultType(y);
      if (!y->type->u()->isInteger()) {
        error(posOf(y), "invalid operation: shift count " + operandStr(y) + " must be integer");
        return;
      }
      if (!xt->u()->isInteger()) {
        error(posOf(x), "invalid operation: shifted operand " + operandStr(x) + " must be integer");
        return;
      }
    } else {
      binaryRest(&tmp, true);
      if (tmp.mode == Mode::Invalid || y->mode == Mode::Invalid) return;
      x->mode = xm;
      x->type = xt;
    }
    if (xm != Mode::Variable && xm != Mode::MapIndex)
      error(posOf(x), "cannot assign to " + operandStr(x));
    return;
  }
  assignVars(s->lhs, s->rhs, s->opPos.line ? s->opPos : s->pos);
}

void Checker::assignVars(std::vector<Expr*>& lhs, std::vector<Expr*>& rhs, Pos pos) {
  for (Expr* l : lhs) assignLhs(l, nullptr, nullptr);
  auto checkTarget = [&](Expr* l) -> bool {
    Expr* u = unparen(l);
    if (!u) return false;
    if (u->kind == ExprKind::Ident && u->name == "_") return true;
    if (l->mode == Mode::Invalid) return false;
    if (l->mode != Mode::Variable && l->mode != Mode::MapIndex) {
      if (u->kind == ExprKind::Selector && u->selKind == Expr::SelKind::Field && u->x &&
          u->x->mode == Mode::MapIndex) {
        error(posOf(l), "cannot assign to struct field " + exprStr(l) + " in map");
      } else {
        error(posOf(l), "cannot assign to " + operandStr(l));
      }
      return false;
    }
    return true;
  };
  bool failed = false;
  auto assignTo = [&](Expr* l, Expr* r) {
    if (!r || r->mode == Mode::Invalid) {
      failed = true;
      return;
    }
    Expr* u = unparen(l);
    bool blank = u && u->kind == ExprKind::Ident && u->name == "_";
    if (blank) {
      if (r->mode == Mode::Invalid) return;
      if (r->type && r->type->kind == Kind::UntypedNil) {
        error(posOf(r), "use of untyped nil in assignment to _ identifier");
        return;
      }
      assignment(r, nullptr, "assignment to _ identifier");
      return;
    }
    if (!checkTarget(l)) {
      failed = true;
      return;
    }
    assignment(r, l->type, "assignment");
    if (r->mode == Mode::Invalid) failed = true;
  };
  // Avoid follow-on "declared but not used" errors when an assignment failed (as types2).
  struct MarkUsed {
    std::vector<Expr*>& lhs;
    bool& failed;
    ~MarkUsed() {
      if (!failed) return;
      for (Expr* l : lhs) {
        Expr* u = unparen(l);
        if (u && u->kind == ExprKind::Ident && u->obj && u->obj->kind == ObjKind::Var)
          u->obj->used = true;
      }
    }
  } markUsed{lhs, failed};
  // A count mismatch "uses" the variables on the left (types2's check.use(lhs...)).
  auto useLhs = [&] {
    for (Expr* l : lhs) {
      Expr* u = unparen(l);
      if (!u || u->kind != ExprKind::Ident || u->name == "_") continue;
      if (Object* o = lookup(u->name); o && o->kind == ObjKind::Var) o->used = true;
    }
  };
  if (lhs.size() == rhs.size() && rhs.size() != 1) {
    for (std::size_t i = 0; i < rhs.size(); ++i) {
      Expr* u = unparen(lhs[i]);
      const Type* hint =
          u && !(u->kind == ExprKind::Ident && u->name == "_") ? lhs[i]->type : nullptr;
      expr(rhs[i], hint);
    }
    for (std::size_t i = 0; i < rhs.size(); ++i) assignTo(lhs[i], rhs[i]);
    return;
  }
  if (rhs.size() == 1 && rhs[0]) {
    Expr* r = rhs[0];
    Expr* l0 = lhs.empty() ? nullptr : unparen(lhs[0]);
    const Type* hint = lhs.size() == 1 && l0 && !(l0->kind == ExprKind::Ident && l0->name == "_")
                           ? lhs[0]->type
                           : nullptr;
    rawExpr(r, hint, true, false);
    if (r->mode == Mode::Invalid) return;
    if (lhs.size() == 1 && !(r->type && r->type->kind == Kind::Tuple && r->mode != Mode::NoValue)) {
      if (r->mode == Mode::TypeExpr || r->mode == Mode::BuiltinFn || r->mode == Mode::PkgName ||
          r->mode == Mode::NoValue) {
        expr(r);
        return;
      }
      assignTo(lhs[0], r);
      return;
    }
    if (lhs.size() == 2 && commaOkCapable(r)) {
      r->commaOk = true;
      Mode saved = r->mode;
      r->mode = Mode::Value;
      assignTo(lhs[0], r);
      if (r->mode == Mode::Value) r->mode = saved;
      Expr* l1 = unparen(lhs[1]);
      if (l1 && !(l1->kind == ExprKind::Ident && l1->name == "_") && checkTarget(lhs[1])) {
        Expr ok;
        ok.mode = Mode::Value;
        ok.type = tt_.basic(Kind::UntypedBool);
        ok.pos = r->pos;
        if (!assignable(&ok, lhs[1]->type, nullptr))
          error(posOf(r), "cannot use " + exprStr(r) + " (untyped bool value) as " +
                              typStr(lhs[1]->type) + " value in assignment");
      }
      return;
    }
    if (r->type && r->type->kind == Kind::Tuple && r->mode != Mode::NoValue) {
      const auto& ts = r->type->results;
      if (ts.size() != lhs.size()) {
        Expr* call = unparen(r);
        useLhs();
        error(posOf(r), "assignment mismatch: " + std::to_string(lhs.size()) + " variable" +
                            (lhs.size() == 1 ? "" : "s") + " but " + exprStr(call ? call->x : r) +
                            " returns " + std::to_string(ts.size()) + " value" +
                            (ts.size() == 1 ? "" : "s"));
        return;
      }
      for (std::size_t i = 0; i < lhs.size(); ++i) {
        Expr* u = unparen(lhs[i]);
        if (u && u->kind == ExprKind::Ident && u->name == "_") continue;
        if (!checkTarget(lhs[i])) continue;
        Expr tmp;
        tmp.mode = Mode::Value;
        tmp.type = ts[i];
        std::string reason;
        if (!assignable(&tmp, lhs[i]->type, &reason))
          error(posOf(r), "cannot use " + exprStr(r) + " (value of type " + typStr(ts[i]) +
                              ") as type " + typStr(lhs[i]->type) + " in assignment" +
                              (reason.empty() ? "" : ":\n\t" + reason));
      }
      return;
    }
    Expr* call = unparen(r);
    useLhs();
    if (call && call->kind == ExprKind::Call && r->mode != Mode::NoValue)
      error(posOf(r), "assignment mismatch: " + std::to_string(lhs.size()) + " variable" +
                          (lhs.size() == 1 ? "" : "s") + " but " + exprStr(call->x) +
                          " returns 1 value");
    else if (r->mode == Mode::NoValue)
      error(posOf(r), exprStr(r) + " (no value) used as value");
    else
      error(posOf(r), "assignment mismatch: " + std::to_string(lhs.size()) + " variable" +
                          (lhs.size() == 1 ? "" : "s") + " but 1 value");
    return;
  }
  for (Expr* r : rhs) expr(r);
  useLhs();
  (void)pos;
  error(rhs.empty() || !rhs[0] ? pos : rhs[0]->pos,
        "assignment mismatch: " + std::to_string(lhs.size()) + " variable" +
            (lhs.size() == 1 ? "" : "s") + " but " + std::to_string(rhs.size()) + " value" +
            (rhs.size() == 1 ? "" : "s"));
}

// Types new or existing variables from initializers (var declarations and :=). Objects with a
// null type take the (defaulted) type of their value.
void Checker::initVars(std::vector<Object*>& lhs, std::vector<Expr*>& rhs, Pos pos,
                       const std::string& ctxIn) {
  // types2 checks a declaration's values one by one ("variable declaration") when they match
  // the variables, but several variables from one value go through initVars ("assignment").
  std::string ctx = ctxIn;
  if (lhs.size() > 1 && rhs.size() == 1) ctx = "assignment";
  const Type* bad = tt_.basic(Kind::Invalid);
  auto initOne = [&](Object* o, Expr* r) {
    if (!r || r->mode == Mode::Invalid) {
      if (o && !o->type) o->type = bad;
      return;
    }
    if (o && o->type) {
      assignment(r, o->type, ctx);
      return;
    }
    if (r->type && r->type->kind == Kind::UntypedNil) {
      error(posOf(r), "use of untyped nil in " + ctx);
      if (o) o->type = bad;
      return;
    }
    // Like types2's initVar, the variable takes the value's default type even when the value
    // does not fit it, so later uses are still checked.
    const Type* dt = r->type && r->type->isUntyped() ? defaultOf(r->type) : nullptr;
    assignment(r, nullptr, ctx);
    if (o) o->type = r->mode != Mode::Invalid ? r->type : dt ? dt : bad;
  };
  auto mismatch = [&](std::size_t nr, const std::string& what) {
    Pos at = pos;
    if (!rhs.empty() && rhs[0]) at = rhs[0]->pos;
    error(at, "assignment mismatch: " + std::to_string(lhs.size()) + " variable" +
                  (lhs.size() == 1 ? "" : "s") + " but " + what + std::to_string(nr) + " value" +
                  (nr == 1 ? "" : "s"));
    for (Object* o : lhs)
      if (o) {
        if (!o->type) o->type = bad;
        o->used = true;
      }
  };
  // A single-variable declaration evaluates its value as a single value (types2's varDecl).
  if (lhs.size() == rhs.size() && (rhs.size() != 1 || ctx == "variable declaration")) {
    bool failed = false;
    for (std::size_t i = 0; i < rhs.size(); ++i) {
      expr(rhs[i], lhs[i] ? lhs[i]->type : nullptr);
      initOne(lhs[i], rhs[i]);
      if (!rhs[i] || rhs[i]->mode == Mode::Invalid) failed = true;
    }
    if (failed)
      for (Object* o : lhs)
        if (o) o->used = true;
    return;
  }
  if (rhs.size() == 1 && rhs[0]) {
    Expr* r = rhs[0];
    rawExpr(r, lhs.size() == 1 && lhs[0] ? lhs[0]->type : nullptr, true, false);
    if (r->mode == Mode::Invalid) {
      for (Object* o : lhs)
        if (o) {
          if (!o->type) o->type = bad;
          o->used = true;
        }
      return;
    }
    if (lhs.size() == 1 && !(r->type && r->type->kind == Kind::Tuple && r->mode != Mode::NoValue)) {
      if (r->mode == Mode::TypeExpr || r->mode == Mode::BuiltinFn || r->mode == Mode::PkgName ||
          r->mode == Mode::NoValue) {
        expr(r);  // reports
        if (lhs[0]) {
          if (!lhs[0]->type) lhs[0]->type = bad;
          lhs[0]->used = true;
        }
        return;
      }
      initOne(lhs[0], r);
      if (r->mode == Mode::Invalid && lhs[0]) lhs[0]->used = true;
      return;
    }
    if (lhs.size() == 2 && commaOkCapable(r)) {
      r->commaOk = true;
      // In v, ok forms types2 describes the first value as a plain value.
      Mode saved = r->mode;
      r->mode = Mode::Value;
      initOne(lhs[0], r);
      if (r->mode == Mode::Value) r->mode = saved;
      if (lhs[1]) {
        Expr ok;  // the untyped bool second value (any(nil).(bool) may initialise an `any`)
        ok.mode = Mode::Value;
        ok.type = tt_.basic(Kind::UntypedBool);
        ok.pos = r->pos;
        if (!lhs[1]->type)
          lhs[1]->type = tt_.basic(Kind::Bool);
        else if (!assignable(&ok, lhs[1]->type, nullptr))
          error(posOf(r), "cannot use " + exprStr(r) + " (untyped bool value) as " +
                              typStr(lhs[1]->type) + " value in " + ctx);
      }
      return;
    }
    if (r->type && r->type->kind == Kind::Tuple && r->mode != Mode::NoValue) {
      const auto& ts = r->type->results;
      Expr* call = unparen(r);
      if (ts.size() != lhs.size()) {
        mismatch(ts.size(), exprStr(call ? call->x : r) + " returns ");
        return;
      }
      for (std::size_t i = 0; i < lhs.size(); ++i) {
        Object* o = lhs[i];
        if (!o) continue;
        if (!o->type) {
          o->type = ts[i];
          continue;
        }
        Expr tmp;
        tmp.mode = Mode::Value;
        tmp.type = ts[i];
        std::string reason;
        if (!assignable(&tmp, o->type, &reason))
          error(posOf(r), "cannot use " + exprStr(r) + " (value of type " + typStr(ts[i]) +
                              ") as type " + typStr(o->type) + " in assignment" +
                              (reason.empty() ? "" : ":\n\t" + reason));
      }
      return;
    }
    Expr* call = unparen(r);
    if (r->mode == Mode::NoValue) {
      error(posOf(r), exprStr(r) + " (no value) used as value");
      for (Object* o : lhs)
        if (o && !o->type) o->type = bad;
      return;
    }
    if (call && call->kind == ExprKind::Call)
      mismatch(1, exprStr(call->x) + " returns ");
    else
      mismatch(1, "");
    return;
  }
  for (Expr* r : rhs) expr(r);
  mismatch(rhs.size(), "");
}

void Checker::shortVarDecl(Stmt* s) {
  std::vector<Object*> objs;
  std::vector<Object*> newObjs;
  bool anyNew = false;
  s->defined.clear();
  std::vector<bool> isNew;
  for (Expr* l : s->lhs) {
    if (!l || l->kind != ExprKind::Ident) {
      if (l) expr(l);
      error(l ? l->pos : s->pos, "non-name " + exprStr(l) + " on left side of :=");
      for (Expr* r : s->rhs) expr(r);
      return;
    }
  }
  std::set<std::string> seen;
  for (Expr* l : s->lhs) {
    if (l->name == "_") {
      objs.push_back(nullptr);
      s->defined.push_back(nullptr);
      isNew.push_back(false);
      l->obj = nullptr;
      continue;
    }
    if (!seen.insert(l->name).second) {
      error(posOf(l), l->name + " repeated on left side of :=");
      objs.push_back(nullptr);
      s->defined.push_back(nullptr);
      isNew.push_back(false);
      continue;
    }
    Object* existing = scope_ ? scope_->lookupLocal(l->name) : nullptr;
    if (existing && existing->kind == ObjKind::Var) {
      objs.push_back(existing);
      s->defined.push_back(nullptr);
      isNew.push_back(false);
      l->obj = existing;
      l->mode = Mode::Variable;
      l->type = existing->type;
      continue;
    }
    Object* o = newObj(ObjKind::Var, l->name, l->pos, nullptr);
    l->obj = o;
    objs.push_back(o);
    s->defined.push_back(o);
    isNew.push_back(true);
    newObjs.push_back(o);
    anyNew = true;
  }
  if (!anyNew) error(s->opPos.line ? s->opPos : s->pos, "no new variables on left side of :=");
  // Existing variables keep their types; new ones take the values'.
  std::vector<Object*> lhs = objs;
  initVars(lhs, s->rhs, s->opPos.line ? s->opPos : s->pos, "assignment");
  for (std::size_t i = 0; i < s->lhs.size(); ++i) {
    Object* o = objs[i];
    if (!o) {
      if (s->lhs[i]) s->lhs[i]->mode = Mode::Invalid;
      continue;
    }
    if (!o->type) o->type = tt_.basic(Kind::Invalid);
    s->lhs[i]->mode = Mode::Variable;
    s->lhs[i]->type = o->type;
  }
  for (Object* o : newObjs) {
    declare(scope_, o, o->pos);
    if (!funcs_.empty()) localVar(funcs_.back().locals, o);
  }
}

// ---------------------------------------------------------------------------------------------
// Local declarations
// ---------------------------------------------------------------------------------------------

void Checker::declStmt(GenDecl* g) {
  switch (g->kind) {
    case GenDecl::Kind::Var:
      for (ValueSpec& vs : g->values) localVarSpec(vs);
      break;
    case GenDecl::Kind::Const: {
      ValueSpec* prev = nullptr;
      for (std::size_t i = 0; i < g->values.size(); ++i) {
        ValueSpec& vs = g->values[i];
        vs.iota = static_cast<std::int64_t>(i);
        localConstSpec(vs, prev);
        if (!vs.values.empty() || vs.type) prev = &vs;
      }
      break;
    }
    case GenDecl::Kind::Type:
      for (TypeSpec& ts : g->types) localTypeSpec(ts);
      break;
    case GenDecl::Kind::Import:
      break;
  }
}

// Matching counts of names and values in a var or const spec (types2's arity check).
bool Checker::arity(ValueSpec& vs, bool isConst) {
  std::size_t l = vs.names.size(), r = vs.values.size();
  if (l < r && vs.values[l]) {
    error(vs.values[l]->pos, "extra init expr " + exprStr(vs.values[l]));
    return false;
  }
  if (l > r && (isConst || (r != 1 && r != 0)) && vs.names[r]) {
    error(vs.names[r]->pos, "missing init expr for " + vs.names[r]->name);
    return false;
  }
  return true;
}

void Checker::localVarSpec(ValueSpec& vs) {
  const Type* t = vs.type ? typExpr(vs.type) : nullptr;
  if (!arity(vs, false)) {
    for (Expr* v : vs.values) expr(v);
    for (Expr* n : vs.names) {
      if (!n) continue;
      Object* o = newObj(ObjKind::Var, n->name, n->pos, t ? t : tt_.basic(Kind::Invalid));
      o->used = true;
      n->obj = o;
      declare(scope_, o, o->pos);
    }
    return;
  }
  std::vector<Object*> objs;
  for (Expr* n : vs.names) {
    if (!n) continue;
    Object* o = newObj(ObjKind::Var, n->name, n->pos, t);
    n->obj = o;
    n->mode = Mode::Variable;
    objs.push_back(o);
  }
  if (!vs.values.empty()) {
    std::vector<Object*> lhs = objs;
    initVars(lhs, vs.values, vs.pos, "variable declaration");
  } else if (!t) {
    for (Object* o : objs) o->type = tt_.basic(Kind::Invalid);
  }
  for (std::size_t i = 0; i < objs.size(); ++i) {
    if (!objs[i]->type) objs[i]->type = tt_.basic(Kind::Invalid);
    vs.names[i]->type = objs[i]->type;
  }
  for (Object* o : objs) {
    declare(scope_, o, o->pos);
    if (!funcs_.empty() && o->name != "_") localVar(funcs_.back().locals, o);
  }
}

void Checker::localConstSpec(ValueSpec& vs, ValueSpec* prev) {
  if (vs.values.empty() && !vs.type && prev) {
    vs.values = prev->values;
    vs.type = prev->type;
    vs.inherited = true;
  }
  int saveIota = iota_;
  iota_ = static_cast<int>(vs.iota);
  const Type* t = vs.type ? typExpr(vs.type) : nullptr;
  arity(vs, true);
  std::vector<Object*> objs;
  for (std::size_t i = 0; i < vs.names.size(); ++i) {
    Expr* n = vs.names[i];
    if (!n) continue;
    Object* o = newObj(ObjKind::Const, n->name, n->pos, tt_.basic(Kind::Invalid));
    o->used = true;
    n->obj = o;
    Expr* init = i < vs.values.size() ? vs.values[i] : nullptr;
    if (init) {
      ErrPosScope at(*this, vs.inherited ? n->pos : Pos{});
      expr(init);
      if (init->mode == Mode::Constant) {
        if (t) assignment(init, t, "constant declaration");
        if (init->mode == Mode::Constant) {
          o->type = init->type;
          o->value = init->value;
        }
      } else if (init->mode != Mode::Invalid) {
        error(posOf(init), operandStr(init) + " is not constant");
      }
    }
    n->mode = Mode::Constant;
    n->type = o->type;
    n->value = o->value;
    objs.push_back(o);
  }
  iota_ = saveIota;
  for (Object* o : objs) declare(scope_, o, o->pos);
}

void Checker::localTypeSpec(TypeSpec& ts) {
  if (!ts.name) return;
  Object* o = newObj(ObjKind::TypeName, ts.name->name, ts.name->pos, nullptr);
  ts.name->obj = o;
  if (ts.alias) {
    o->type = typExpr(ts.type);
    declare(scope_, o, ts.name->pos);
    return;
  }
  Type* nt = tt_.newNamed(pkg_ ? pkg_->path : "main", ts.name->name);
  namedTypes_[o] = nt;
  o->type = nt;
  // Declared before its type is resolved so it may refer to itself through pointers.
  declare(scope_, o, ts.name->pos);
  DeclInfo d;
  d.kind = DeclInfo::Kind::Type;
  d.tspec = &ts;
  d.color = 1;
  d.indirectAtStart = indirect_;
  decls_[o] = d;
  const Type* u = typExpr(ts.type);
  tt_.setUnderlying(nt, u ? u->u() : tt_.basic(Kind::Invalid));
  decls_[o].color = 2;
}

// ---------------------------------------------------------------------------------------------
// Control flow
// ---------------------------------------------------------------------------------------------

void Checker::returnStmt(Stmt* s) {
  if (funcs_.empty()) return;
  FuncCtx& c = funcs_.back();
  const Type* sig = c.sig;
  if (!sig) return;
  const auto& want = sig->results;
  auto wantStr = [&]() {
    std::string w = "(";
    for (std::size_t i = 0; i < want.size(); ++i) {
      if (i) w += ", ";
      w += typStr(want[i]);
    }
    return w + ")";
  };
  if (s->lhs.empty()) {
    if (!want.empty()) {
      bool named = !c.results.empty() && !c.results[0]->name.empty();
      if (!named) {
        error(posOf(s), "not enough return values\n\thave ()\n\twant " + wantStr());
        return;
      }
      for (Object* r : c.results) {
        Object* inScope = lookup(r->name);
        if (inScope && inScope != r && r->name != "_") {
          error(posOf(s), "result parameter " + r->name + " not in scope at return\n\t" +
                              posStr(inScope->pos) + ": inner declaration of " + r->name);
          return;
        }
      }
    }
    return;
  }
  if (want.empty()) {
    for (Expr* e : s->lhs) rawExpr(e, nullptr, true, false);
    std::string have = "(";
    for (std::size_t i = 0; i < s->lhs.size(); ++i) {
      if (i) have += ", ";
      have += summary(s->lhs[i]->type);
    }
    error(posOf(s->lhs[0]), "too many return values\n\thave " + have + ")\n\twant ()");
    return;
  }
  if (s->lhs.size() == 1 && want.size() > 1) {
    Expr* r = s->lhs[0];
    rawExpr(r, nullptr, true, false);
    if (r->mode == Mode::Invalid) return;
    if (r->type && r->type->kind == Kind::Tuple) {
      const auto& ts = r->type->results;
      if (ts.size() != want.size()) {
        error(posOf(r), std::string(ts.size() < want.size() ? "not enough" : "too many") +
                            " return values\n\thave " + typStr(r->type) + "\n\twant " + wantStr());
        return;
      }
      for (std::size_t i = 0; i < ts.size(); ++i) {
        Expr tmp;
        tmp.mode = Mode::Value;
        tmp.type = ts[i];
        std::string reason;
        if (!assignable(&tmp, want[i], &reason))
          error(posOf(r), "cannot use " + exprStr(r) + " (value of type " + typStr(ts[i]) +
                              ") as type " + typStr(want[i]) + " in return statement" +
                              (reason.empty() ? "" : ":\n\t" + reason));
      }
      return;
    }
  } else {
    for (std::size_t i = 0; i < s->lhs.size(); ++i)
      expr(s->lhs[i], i < want.size() ? want[i] : nullptr);
  }
  for (Expr* e : s->lhs)
    if (!e || e->mode == Mode::Invalid) return;
  if (s->lhs.size() != want.size()) {
    std::string have = "(";
    for (std::size_t i = 0; i < s->lhs.size(); ++i) {
      if (i) have += ", ";
      have += summary(s->lhs[i]->type);
    }
    have += ")";
    bool few = s->lhs.size() < want.size();
    error(few ? s->lhs.back()->pos : s->lhs[want.size()]->pos,
          std::string(few ? "not enough" : "too many") + " return values\n\thave " + have +
              "\n\twant " + wantStr());
    return;
  }
  for (std::size_t i = 0; i < want.size(); ++i) assignment(s->lhs[i], want[i], "return statement");
}

void Checker::ifStmt(Stmt* s) {
  openScope();
  if (s->init) stmt(s->init);
  if (s->x) {
    expr(s->x);
    if (s->x->mode != Mode::Invalid) {
      if (!isBoolType(s->x->type))
        error(posOf(s->x), "non-boolean condition in if statement");
      else
        defaultType(s->x);
    }
  }
  if (s->then) {
    openScope();
    stmtList(s->then->stmts);
    closeScope();
  }
  if (s->els) {
    if (s->els->kind == StmtKind::If) {
      ifStmt(s->els);
    } else {
      openScope();
      stmtList(s->els->stmts);
      closeScope();
    }
  }
  closeScope();
}

void Checker::multipleDefaults(const Stmt* c, const Stmt* first) {
  error(posOf(c), "multiple defaults (first at " + posInMessage(first->pos) + ")");
}

void Checker::switchStmt(Stmt* s) {
  openScope();
  if (s->init) stmt(s->init);
  Expr* tag = s->x;
  if (tag) {
    expr(tag);
    if (tag->mode != Mode::Invalid) {
      if (tag->type && tag->type->kind == Kind::UntypedNil) {
        error(posOf(tag), "use of untyped nil in switch expression");
        invalid(tag);
      } else {
        defaultType(tag);
      }
    }
  }
  branches_.push_back({s, "", true, false});
  const Stmt* firstDefault = nullptr;
  std::map<std::string, Pos> seenCases;
  for (std::size_t ci = 0; ci < s->clauses.size(); ++ci) {
    Stmt* c = s->clauses[ci];
    if (!c) continue;
    if (c->isDefault) {
      if (firstDefault) multipleDefaults(c, firstDefault);
      firstDefault = firstDefault ? firstDefault : c;
    }
    for (Expr* v : c->lhs) {
      if (!v) continue;
      expr(v, tag ? tag->type : nullptr);
      if (v->mode == Mode::Invalid) continue;
      if (!tag) {
        // The missing tag is the typed constant true: untyped values convert to bool first.
        if (v->type->isUntyped()) {
          convertUntyped(v, tt_.basic(Kind::Bool));
          if (v->mode == Mode::Invalid) continue;
        }
        // v == true must be valid: v is bool itself or an interface bool implements.
        const Type* boolT = tt_.basic(Kind::Bool);
        bool okCase = v->type == boolT || (v->type->u()->kind == Kind::Interface &&
                                           implements(boolT, v->type, nullptr, nullptr));
        if (!okCase) {
          error(posOf(v), "invalid case " + exprStr(v) + " in switch on true (mismatched types " +
                              typStr(v->type) + " and bool)");
          continue;
        }
        defaultType(v);
        continue;
      }
      if (tag->mode == Mode::Invalid) continue;
      // types2's caseValues: convert to the tag's type, then compare (errors at the value).
      convertUntyped(v, tag->type);
      if (v->mode == Mode::Invalid) continue;
      Expr tmp;
      tmp.kind = ExprKind::Binary;
      tmp.op = Op::Eql;
      tmp.x = v;
      tmp.y = tag;
      tmp.pos = v->pos;
      Mode vm = v->mode;
      const Type* vt = v->type;
      ConstValue vv = v->value;
      comparison(&tmp, true);
      v->mode = vm;
      v->type = vt;
      v->value = vv;
      if (tmp.mode == Mode::Invalid || v->mode != Mode::Constant) continue;
      std::string key = typStr(v->type) + "|" + cv::str(v->value);
      auto prev = seenCases.find(key);
      if (prev != seenCases.end()) {
        error(posOf(v), "duplicate case " + operandStr(v) + " in expression switch\n\t" +
                            posStr(prev->second) + ": previous case");
        continue;
      }
      // "previous case" is at the value's own node position (a call's '('), not its start.
      seenCases.emplace(key, v->opPos.line ? v->opPos : posOf(v));
    }
    openScope();
    bool saveFT = fallthroughOk_;
    Stmt* saveNext = nextClause_;
    nextClause_ = ci + 1 < s->clauses.size() ? s->clauses[ci + 1] : nullptr;
    // Empty statements do not count: cmd/compile's parser drops them (`fallthrough;` is last).
    std::size_t last = c->stmts.size();
    while (last > 0 && (!c->stmts[last - 1] || c->stmts[last - 1]->kind == StmtKind::Empty)) --last;
    for (std::size_t i = 0; i < c->stmts.size(); ++i) {
      fallthroughOk_ = i + 1 == last && nextClause_ != nullptr;
      Stmt* st = c->stmts[i];
      if (st && st->kind == StmtKind::Branch && st->branch == Stmt::Branch::Fallthrough &&
          i + 1 == last && !nextClause_) {
        error(posOf(st), "cannot fallthrough final case in switch");
        continue;
      }
      stmt(st);
      fallthroughOk_ = false;
    }
    fallthroughOk_ = saveFT;
    nextClause_ = saveNext;
    closeScope();
  }
  branches_.pop_back();
  closeScope();
}

void Checker::typeSwitchStmt(Stmt* s) {
  openScope();
  if (s->init) stmt(s->init);
  Expr* x = s->x;
  if (x && x->kind == ExprKind::TypeAssert && !x->y) x = x->x;
  if (!x) {
    closeScope();
    return;
  }
  expr(x);
  bool ok = x->mode != Mode::Invalid;
  if (ok && x->type->u()->kind != Kind::Interface) {
    error(posOf(x), operandStr(x) + " is not an interface");
    ok = false;
  }
  branches_.push_back({s, "", true, false});
  std::vector<Object*> bound;
  std::vector<std::pair<const Type*, Pos>> seenTypes;
  auto dupType = [&](const Type* T, Expr* te) {
    for (auto& [t, p] : seenTypes)
      if (t == T) {
        error(posOf(te), "duplicate case " + (T ? typStr(T) : std::string("nil")) +
                             " in type switch\n\t" + posStr(p) + ": previous case");
        return true;
      }
    seenTypes.emplace_back(T, posOf(te));
    return false;
  };
  const Stmt* firstDefault = nullptr;
  for (Stmt* c : s->clauses) {
    if (!c) continue;
    if (c->isDefault) {
      if (firstDefault) multipleDefaults(c, firstDefault);
      firstDefault = firstDefault ? firstDefault : c;
    }
    c->caseTypes.clear();
    const Type* single = nullptr;
    for (Expr* te : c->lhs) {
      if (!te) continue;
      Expr* u = unparen(te);
      if (u && u->kind == ExprKind::Ident && u->name == "nil" && lookup("nil") &&
          lookup("nil")->kind == ObjKind::Nil) {
        u->mode = Mode::Value;
        u->type = tt_.basic(Kind::UntypedNil);
        u->obj = lookup("nil");
        c->caseTypes.push_back(nullptr);
        single = nullptr;
        dupType(nullptr, te);
        continue;
      }
      const Type* T = typExpr(te);
      c->caseTypes.push_back(T);
      if (T->u()->kind == Kind::Invalid) {
        single = T;  // a lone invalid case type makes the clause's variable invalid too
        continue;
      }
      if (dupType(T, te)) continue;
      single = T;
      if (ok && T->u()->kind != Kind::Interface) {
        if (!implements(T, x->type, nullptr, nullptr)) {
          error(posOf(te), "impossible type switch case: " + operandStr(x) +
                               " cannot have dynamic type " + typStr(T) + " " +
                               missingReason(T, x->type));
        }
      }
    }
    openScope();
    if (!s->bindName.empty()) {
      // After a bad guard the variable's type is invalid: no follow-on errors from its uses.
      const Type* vt = ok ? x->type : tt_.basic(Kind::Invalid);
      if (c->lhs.size() == 1 && single) vt = single;
      Object* o = newObj(ObjKind::Var, s->bindName, s->bindPos.line ? s->bindPos : s->pos, vt);
      c->implicitObj = o;
      declare(scope_, o, o->pos);
      bound.push_back(o);
    }
    stmtList(c->stmts);
    closeScope();
  }
  if (!s->bindName.empty() && s->bindName != "_") {
    bool used = false;
    for (Object* o : bound) used = used || o->used;
    if (!used) error(s->bindPos.line ? s->bindPos : s->pos, s->bindName + " declared but not used");
  }
  branches_.pop_back();
  closeScope();
}

void Checker::selectStmt(Stmt* s) {
  branches_.push_back({s, "", true, false});
  const Stmt* firstDefault = nullptr;
  for (Stmt* c : s->clauses) {
    if (!c) continue;
    if (!c->comm && c->isDefault) {
      if (firstDefault) multipleDefaults(c, firstDefault);
      firstDefault = firstDefault ? firstDefault : c;
    }
    openScope();
    if (c->comm) {
      Stmt* cm = c->comm;
      bool valid = false;
      if (cm->kind == StmtKind::Send) {
        valid = true;
        stmt(cm);
      } else if (cm->kind == StmtKind::Expr) {
        Expr* u = unparen(cm->x);
        valid = u && u->kind == ExprKind::Unary && u->op == Op::Arrow;
        if (valid) stmt(cm);
      } else if (cm->kind == StmtKind::Assign && cm->rhs.size() == 1) {
        Expr* u = unparen(cm->rhs[0]);
        valid = u && u->kind == ExprKind::Unary && u->op == Op::Arrow && cm->lhs.size() <= 2;
        if (valid) stmt(cm);
      }
      if (!valid) {
        // At the statement's own node position (an expression statement's is its
        // expression's: a call's '('), and the clause is not checked further (types2).
        Pos at = posOf(cm);
        if (cm->kind == StmtKind::Expr && cm->x) at = cm->x->opPos.line ? cm->x->opPos : cm->x->pos;
        error(at, "select case must be send or receive (possibly with assignment)");
        closeScope();
        continue;
      }
    }
    stmtList(c->stmts);
    closeScope();
  }
  branches_.pop_back();
}

void Checker::forStmt(Stmt* s) {
  openScope();
  if (s->init) stmt(s->init);
  if (s->x) {
    expr(s->x);
    if (s->x->mode != Mode::Invalid) {
      if (!isBoolType(s->x->type))
        error(posOf(s->x), "non-boolean condition in for statement");
      else
        defaultType(s->x);
    }
  }
  if (s->post) {
    if (s->post->kind == StmtKind::Assign && s->post->define)
      error(posOf(s->post), "cannot declare in post statement of for loop");
    else
      stmt(s->post);
  }
  branches_.push_back({s, "", true, true});
  if (s->then) {
    openScope();
    stmtList(s->then->stmts);
    closeScope();
  }
  branches_.pop_back();
  closeScope();
}

void Checker::rangeStmt(Stmt* s) {
  openScope();
  Expr* x = s->x;
  expr(x);
  const Type* kt = nullptr;
  const Type* vt = nullptr;
  bool ok = x && x->mode != Mode::Invalid;
  int maxVars = 2;
  if (ok) {
    const Type* u = x->type->u();
    if (u->kind == Kind::Pointer && u->elem && u->elem->u()->kind == Kind::Array) u = u->elem->u();
    switch (u->kind) {
      case Kind::String:
      case Kind::UntypedString:
        if (x->type->isUntyped()) convertUntyped(x, tt_.basic(Kind::String));
        kt = tt_.basic(Kind::Int);
        vt = tt_.runeType();
        break;
      case Kind::Array:
      case Kind::Slice:
        kt = tt_.basic(Kind::Int);
        vt = u->elem;
        break;
      case Kind::Map:
        kt = u->key;
        vt = u->elem;
        break;
      case Kind::Chan:
        kt = u->elem;
        maxVars = 1;
        if (u->dir == ChanDir::Send) {
          error(posOf(x), "invalid operation: range " + exprStr(x) +
                              " receive from send-only channel " + typStr(x->type));
          ok = false;
        }
        break;
      default:
        error(posOf(x), "cannot range over " + operandStr(x));
        ok = false;
        break;
    }
  }
  if (ok && maxVars == 1 && s->val) {
    error(posOf(s->val), "range over " + operandStr(x) + " permits only one iteration variable");
  }
  const Type* bad = tt_.basic(Kind::Invalid);
  s->defined.clear();
  Expr* vars[2] = {s->key, s->val};
  const Type* types[2] = {kt, vt};
  if (s->define) {
    std::vector<Object*> newObjs;
    for (int i = 0; i < 2; ++i) {
      Expr* v = vars[i];
      if (!v) {
        continue;
      }
      if (v->kind != ExprKind::Ident) {
        error(posOf(v), "non-name " + exprStr(v) + " on left side of :=");
        s->defined.push_back(nullptr);
        continue;
      }
      if (v->name == "_") {
        s->defined.push_back(nullptr);
        v->mode = Mode::Invalid;
        continue;
      }
      Object* o = newObj(ObjKind::Var, v->name, v->pos, ok && types[i] ? types[i] : bad);
      v->obj = o;
      v->mode = Mode::Variable;
      v->type = o->type;
      s->defined.push_back(o);
      newObjs.push_back(o);
    }
    for (Object* o : newObjs) {
      declare(scope_, o, o->pos);
      if (!funcs_.empty()) funcs_.back().locals.push_back(o);
    }
  } else {
    for (int i = 0; i < 2; ++i) {
      Expr* v = vars[i];
      if (!v) continue;
      Expr* u = unparen(v);
      if (u && u->kind == ExprKind::Ident && u->name == "_") {
        v->mode = Mode::Invalid;
        continue;
      }
      assignLhs(v, nullptr, nullptr);
      if (v->mode == Mode::Invalid || !ok || !types[i]) continue;
      if (v->mode != Mode::Variable && v->mode != Mode::MapIndex) {
        error(posOf(v), "cannot assign to " + operandStr(v));
        continue;
      }
      Expr tmp;
      tmp.mode = Mode::Value;
      tmp.type = types[i];
      std::string reason;
      if (!assignable(&tmp, v->type, &reason))
        error(posOf(v), "cannot use " + exprStr(v) + " (value of type " + typStr(types[i]) +
                            ") as type " + typStr(v->type) + " in assignment" +
                            (reason.empty() ? "" : ":\n\t" + reason));
    }
  }
  branches_.push_back({s, "", true, true});
  if (s->then) {
    openScope();
    stmtList(s->then->stmts);
    closeScope();
  }
  branches_.pop_back();
  closeScope();
}

// ---------------------------------------------------------------------------------------------
// Terminating statements (Go spec)
// ---------------------------------------------------------------------------------------------

bool Checker::hasBreak(Stmt* s, Stmt* target, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::Branch:
      if (s->branch == Stmt::Branch::Break) {
        if (s->target == target) return true;
        if (s->label.empty() && implicit) return true;
      }
      return false;
    case StmtKind::Block:
    case StmtKind::CaseClause:
    case StmtKind::CommClause:
      for (Stmt* x : s->stmts)
        if (hasBreak(x, target, implicit)) return true;
      return false;
    case StmtKind::Labeled:
      return hasBreak(s->body, target, implicit);
    case StmtKind::If:
      return hasBreak(s->then, target, implicit) || hasBreak(s->els, target, implicit);
    case StmtKind::For:
    case StmtKind::Range:
    case StmtKind::Switch:
    case StmtKind::TypeSwitch:
    case StmtKind::Select:
      // Unlabeled breaks inside belong to the inner statement.
      if (s->kind == StmtKind::For || s->kind == StmtKind::Range)
        return hasBreak(s->then, target, false);
      for (Stmt* c : s->clauses)
        if (hasBreak(c, target, false)) return true;
      return false;
    default:
      return false;
  }
}

bool Checker::isTerminating(Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::Return:
      return true;
    case StmtKind::Branch:
      return s->branch == Stmt::Branch::Goto || s->branch == Stmt::Branch::Fallthrough;
    case StmtKind::Expr: {
      Expr* x = unparen(s->x);
      return x && x->kind == ExprKind::Call && x->callKind == Expr::CallKind::Builtin &&
             x->builtin == Builtin::Panic;
    }
    case StmtKind::Block:
      return !s->stmts.empty() && isTerminating(s->stmts.back(), "");
    case StmtKind::If:
      return s->els && isTerminating(s->then, "") && isTerminating(s->els, "");
    case StmtKind::Labeled:
      return isTerminating(s->body, s->label);
    case StmtKind::For:
      if (s->x) return false;
      return !hasBreak(s->then, s, true);
    case StmtKind::Range:
      return false;
    case StmtKind::Switch:
    case StmtKind::TypeSwitch:
    case StmtKind::Select: {
      bool hasDefault = s->kind == StmtKind::Select;
      for (Stmt* c : s->clauses) {
        if (!c) continue;
        if (c->isDefault) hasDefault = true;
        if (c->stmts.empty()) return false;
        Stmt* last = c->stmts.back();
        bool ft =
            last && last->kind == StmtKind::Branch && last->branch == Stmt::Branch::Fallthrough;
        if (!ft && !isTerminating(last, "")) return false;
        if (hasBreak(c, s, true)) return false;
      }
      (void)label;
      return hasDefault;
    }
    default:
      return false;
  }
}

}  // namespace gomi
