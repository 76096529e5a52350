// interp/compiler_stmt.cpp — statements and control flow.
//
// Every statement runs inside a TempScope: its temporaries are released when it ends. Loop
// conditions are compiled after the body (one fused compare-and-branch per iteration). Variables
// declared in a loop header exist once per loop (Go 1.19), those declared in the body once per
// iteration (a fresh box each time when they escape).
#include "interp/compiler_impl.h"

namespace gomi::comp {

void FuncCompiler::block(const std::vector<Stmt*>& stmts) {
  blockVars_.emplace_back();
  for (Stmt* s : stmts) stmt(s);
  for (auto [base, n] : blockVars_.back()) freeSlots(base, n);
  blockVars_.pop_back();
}

void FuncCompiler::declareVar(Object* obj) {
  if (!obj || obj->name == "_") return;
  // A large variable (var buf [1 << 20]byte) lives in a heap box, as Go moves it to the heap:
  // frames are limited to 65535 slots.
  constexpr std::int64_t kLargeVarSlots = 4096;
  if (obj->escapes || obj->type->slots() > kLargeVarSlots) {
    int box = allocVar(pc_.prog_.types.pointerTo(obj->type));
    emit(Opcode::NEW, box);
    ext(obj->type);
    bindVar(obj, {VarLoc::Kind::Boxed, box, 0});
  } else {
    int s = allocVar(obj->type);
    zero(s, obj->type);
    bindVar(obj, {VarLoc::Kind::Frame, s, 0});
  }
}

void FuncCompiler::defineVar(Object* obj, int valueSlot, Pos pos) {
  (void)pos;
  if (!obj || obj->name == "_") return;
  if (obj->escapes) {
    int box = allocVar(pc_.prog_.types.pointerTo(obj->type));
    emit(Opcode::NEW, box);
    ext(obj->type);
    storeMem(box, 0, valueSlot, obj->type);
    bindVar(obj, {VarLoc::Kind::Boxed, box, 0});
  } else {
    int s = allocVar(obj->type);
    mov(s, valueSlot, obj->type);
    bindVar(obj, {VarLoc::Kind::Frame, s, 0});
  }
}

namespace {
Expr* unparenS(Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = e->x;
  return e;
}
// Expressions that may be evaluated straight into their destination variable: they read
// all their operands before writing the result.
bool safeDirect(Expr* e) {
  e = unparenS(e);
  switch (e->kind) {
    case ExprKind::Binary:
    case ExprKind::Unary:
    case ExprKind::Ident:
    case ExprKind::BasicLit:
    case ExprKind::Call:
    case ExprKind::Index:
      return true;
    default:
      return e->mode == Mode::Constant;
  }
}
}  // namespace

void FuncCompiler::stmt(Stmt* s) {
  if (!s) return;
  setLine(s->pos);
  TempScope ts(*this);
  switch (s->kind) {
    case StmtKind::Empty:
      return;
    case StmtKind::Decl:
      if (s->decl && s->decl->kind == GenDecl::Kind::Var) varDecl(s->decl);
      return;
    case StmtKind::Labeled:
      labeledStmt(s);
      return;
    case StmtKind::Expr:
      expr(s->x);
      return;
    case StmtKind::Send: {
      const Type* ct = s->x->type;
      int c = expr(s->x);
      int v = exprAs(s->value, ct->u()->elem);
      emit(Opcode::SEND, c, v);
      ext(ct);
      return;
    }
    case StmtKind::IncDec:
      incDec(s);
      return;
    case StmtKind::Assign:
      if (s->assignOp != Op::None)
        opAssign(s);
      else
        assign(s);
      return;
    case StmtKind::Go:
      deferOrGo(s, true);
      return;
    case StmtKind::Defer:
      deferOrGo(s, false);
      return;
    case StmtKind::Return:
      returnStmt(s);
      return;
    case StmtKind::Branch:
      branchStmt(s);
      return;
    case StmtKind::Block:
      block(s->stmts);
      return;
    case StmtKind::If:
      ifStmt(s);
      return;
    case StmtKind::Switch:
      switchStmt(s, "");
      return;
    case StmtKind::TypeSwitch:
      typeSwitchStmt(s, "");
      return;
    case StmtKind::For:
      forStmt(s, "");
      return;
    case StmtKind::Range:
      rangeStmt(s, "");
      return;
    case StmtKind::Select:
      selectStmt(s, "");
      return;
    default:
      fail(s->pos, "unsupported statement");
  }
}

void FuncCompiler::labeledStmt(Stmt* s) {
  Label*& l = gotoLabels_[s->label];
  if (!l) l = newLabel();
  bind(*l);
  Stmt* b = s->body;
  if (!b) return;
  switch (b->kind) {
    case StmtKind::For:
      forStmt(b, s->label);
      break;
    case StmtKind::Range:
      rangeStmt(b, s->label);
      break;
    case StmtKind::Switch:
      switchStmt(b, s->label);
      break;
    case StmtKind::TypeSwitch:
      typeSwitchStmt(b, s->label);
      break;
    case StmtKind::Select:
      selectStmt(b, s->label);
      break;
    default:
      stmt(b);
  }
}

void FuncCompiler::varDecl(GenDecl* d) {
  for (ValueSpec& vs : d->values) {
    std::vector<Object*> objs;
    for (Expr* n : vs.names) objs.push_back(n->obj);
    if (vs.values.empty()) {
      for (Object* o : objs) declareVar(o);
      continue;
    }
    if (vs.values.size() == objs.size()) {
      if (objs.size() == 1) {
        Object* o = objs[0];
        if (!o || o->name == "_") {
          expr(vs.values[0]);
          continue;
        }
        if (!o->escapes) {
          int s = allocVar(o->type);
          exprAs(vs.values[0], o->type, s);
          bindVar(o, {VarLoc::Kind::Frame, s, 0});
        } else {
          int v = exprAs(vs.values[0], o->type);
          defineVar(o, v, vs.pos);
        }
        continue;
      }
      std::vector<int> vals;
      for (std::size_t i = 0; i < objs.size(); i++) {
        const Type* t = objs[i] && objs[i]->name != "_" ? objs[i]->type : vs.values[i]->type;
        int tmp = alloc(t);
        exprAs(vs.values[i], t, tmp);
        vals.push_back(tmp);
      }
      for (std::size_t i = 0; i < objs.size(); i++) defineVar(objs[i], vals[i], vs.pos);
      continue;
    }
    // var a, b = f()
    Expr* r = vs.values[0];
    bool isCall = unparenS(r)->kind == ExprKind::Call;
    int base = isCall ? callResults(unparenS(r)) : commaOk(r, -1);
    std::int64_t off = 0;
    for (std::size_t i = 0; i < objs.size(); i++) {
      const Type* mt;
      if (isCall)
        mt = r->type->results.at(i);
      else
        mt = i == 0 ? (r->type->kind == Kind::Tuple ? r->type->results[0] : r->type)
                    : pc_.prog_.types.basic(Kind::Bool);
      if (!isCall && i == 0 && unparenS(r)->kind == ExprKind::Unary)
        mt = unparenS(r)->x->type->u()->elem;
      if (objs[i] && objs[i]->name != "_") {
        int v = convertValue(base + static_cast<int>(off), mt, objs[i]->type, -1, vs.pos);
        defineVar(objs[i], v, vs.pos);
      }
      off += mt->slots();
    }
  }
}

// Before a parallel assignment stores anything: if it assigns a frame variable (or defines one),
// an operand of another destination may live in that variable's slot (p, *p = ...;
// i, x[i] = ...), so those operands are copied first.
void FuncCompiler::pinOperands(std::vector<LVal>& lvs, Stmt* s) {
  bool frameVar = s->define;
  for (const LVal& lv : lvs) frameVar = frameVar || lv.kind == LVal::Kind::Frame;
  if (!frameVar) return;
  for (LVal& lv : lvs) lv = pinLV(lv);
}

void FuncCompiler::assign(Stmt* s) {
  auto& lhs = s->lhs;
  auto& rhs = s->rhs;
  auto isNew = [&](std::size_t i) {
    return s->define && i < s->defined.size() && s->defined[i] != nullptr;
  };
  // In a parallel assignment Go evaluates a destination's index operands first but checks the
  // index (and a pointer to an array for nil) only when it assigns, left to right: in
  // m[k], p[i] = 1, 2 an out-of-range i panics after m[k] is stored. For x[i] on a slice or a
  // pointer to an array, the operands go into temporaries and the address is made at the store.
  struct LateIndex {
    bool on = false;
    int x = 0, i = 0;
    const Type* xt = nullptr;  // underlying type of x
  };
  std::vector<LateIndex> late(lhs.size());
  auto target = [&](std::size_t k) -> LVal {
    Expr* e = unparenS(lhs[k]);
    const Type* xt = e && e->kind == ExprKind::Index && e->x->type ? e->x->type->u() : nullptr;
    bool ok = xt && (xt->kind == Kind::Slice ||
                     (xt->kind == Kind::Pointer && xt->elem->u()->kind == Kind::Array));
    if (!ok) return lvalue(lhs[k]);
    LateIndex& li = late[k];
    li.on = true;
    li.xt = xt;
    li.x = alloc(e->x->type);
    exprAs(e->x, e->x->type, li.x);
    const Type* intT = pc_.prog_.types.basic(Kind::Int);
    li.i = alloc(intT);
    exprAs(e->y, intT, li.i);
    LVal lv;
    lv.kind = LVal::Kind::Mem;  // the address is made at the store; until then a pointer
    lv.slot = li.x;             // slot, so that pinOperands may copy it harmlessly
    lv.type = xt->kind == Kind::Slice ? xt->elem : xt->elem->u()->elem;
    return lv;
  };
  auto store = [&](std::size_t k, LVal lv, int v) {
    if (late[k].on) {
      const LateIndex& li = late[k];
      int pair = li.x;  // IDXADDR reads {ptr, len}
      if (li.xt->kind == Kind::Pointer) {
        emit(Opcode::NILCHK, li.x);
        pair = allocPattern({true, false}, true);
        emit(Opcode::MOV, pair, li.x);
        loadImm(pair + 1, li.xt->elem->u()->len);
      }
      lv.slot = allocPointer();
      emit(Opcode::IDXADDR, lv.slot, pair, li.i);
      ext(static_cast<std::uint64_t>(lv.type->size));
    }
    storeLV(lv, v);
  };
  if (lhs.size() == rhs.size()) {
    if (lhs.size() == 1) {
      if (isNew(0)) {
        Object* o = s->defined[0];
        if (!o->escapes) {
          int slot = allocVar(o->type);
          exprAs(rhs[0], o->type, slot);
          bindVar(o, {VarLoc::Kind::Frame, slot, 0});
        } else {
          int v = exprAs(rhs[0], o->type);
          defineVar(o, v, s->pos);
        }
        return;
      }
      LVal lv = lvalue(lhs[0]);
      if (lv.kind == LVal::Kind::Blank) {
        expr(rhs[0]);
        return;
      }
      if (lv.kind == LVal::Kind::Frame && !lv.field && safeDirect(rhs[0])) {
        exprAs(rhs[0], lv.type, lv.slot);
        return;
      }
      int v = exprAs(rhs[0], lv.type);
      storeLV(lv, v);
      return;
    }
    // Parallel assignment: operands of the left, then every right value into a temporary.
    std::vector<LVal> lvs(lhs.size());
    for (std::size_t i = 0; i < lhs.size(); i++)
      if (!isNew(i)) lvs[i] = target(i);
    pinOperands(lvs, s);
    std::vector<int> vals(lhs.size());
    for (std::size_t i = 0; i < lhs.size(); i++) {
      const Type* t = isNew(i) ? s->defined[i]->type
                               : (lvs[i].kind == LVal::Kind::Blank ? rhs[i]->type : lvs[i].type);
      if (t->kind == Kind::UntypedNil) t = rhs[i]->type;
      int tmp = alloc(t);
      exprAs(rhs[i], t, tmp);
      vals[i] = tmp;
    }
    for (std::size_t i = 0; i < lhs.size(); i++) {
      if (isNew(i))
        defineVar(s->defined[i], vals[i], s->pos);
      else
        store(i, lvs[i], vals[i]);
    }
    return;
  }
  // a, b = f()  /  v, ok = m[k] / x.(T) / <-ch
  Expr* r = unparenS(rhs.at(0));
  bool isCall = r->kind == ExprKind::Call;
  std::vector<const Type*> mts;
  if (isCall) {
    mts = r->type->results;
  } else {
    const Type* vt = r->type->kind == Kind::Tuple ? r->type->results[0] : r->type;
    if (r->kind == ExprKind::Unary) vt = r->x->type->u()->elem;
    mts = {vt, pc_.prog_.types.basic(Kind::Bool)};
  }
  std::vector<LVal> lvs(lhs.size());
  for (std::size_t i = 0; i < lhs.size(); i++)
    if (!isNew(i)) lvs[i] = lhs.size() > 1 ? target(i) : lvalue(lhs[i]);
  pinOperands(lvs, s);
  int base = isCall ? callResults(r) : commaOk(r, -1);
  std::int64_t off = 0;
  for (std::size_t i = 0; i < lhs.size(); i++) {
    const Type* mt = mts.at(i);
    int src = base + static_cast<int>(off);
    if (isNew(i)) {
      Object* o = s->defined[i];
      defineVar(o, convertValue(src, mt, o->type, -1, s->pos), s->pos);
    } else if (lvs[i].kind != LVal::Kind::Blank) {
      store(i, lvs[i], convertValue(src, mt, lvs[i].type, -1, s->pos));
    }
    off += mt->slots();
  }
}

// m[k]++ and m[k] op= v in one map lookup: the slot mapassign finds (or inserts) is updated in
// place, where MAPGET + MAPSET would hash and probe twice. Go evaluates m[k] op v before it
// assigns, so this is only done when nothing between the lookup and the store can panic (which
// would leave an inserted zero entry behind) or run code that changes the map (which could move
// the slot): ++/--, and + - * & | ^ &^ with a constant or a variable operand.
LVal FuncCompiler::mapElemInPlace(const LVal& lv) {
  int p = alloc(pc_.prog_.types.pointerTo(lv.type));
  emit(Opcode::MAPADDR, p, lv.slot, lv.key);
  ext(lv.mapType);
  LVal m;
  m.kind = LVal::Kind::Mem;
  m.type = lv.type;
  m.slot = p;
  return m;
}

namespace {
bool inPlaceMapOperand(Op op, Expr* r) {
  switch (op) {
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::And:
    case Op::Or:
    case Op::Xor:
    case Op::AndNot:
      break;
    default:
      return false;
  }
  while (r->kind == ExprKind::Paren) r = r->x;
  if (r->mode == Mode::Constant) return true;
  return r->kind == ExprKind::Ident && r->obj && r->obj->kind == ObjKind::Var;
}
}  // namespace

void FuncCompiler::opAssign(Stmt* s) {
  Expr* l = s->lhs.at(0);
  Expr* r = s->rhs.at(0);
  LVal lv = lvalue(l);
  if (lv.kind == LVal::Kind::MapElem && inPlaceMapOperand(s->assignOp, r)) lv = mapElemInPlace(lv);
  const Type* t = lv.type;
  if (lv.kind == LVal::Kind::Frame && !lv.field) {
    binopSlots(s->assignOp, t, lv.slot, r, lv.slot);
    return;
  }
  int cur = loadLV(lv);
  int v = binopSlots(s->assignOp, t, cur, r, cur);
  storeLV(lv, v);
}

namespace {
ConstValue cv1() {
  ConstValue c;
  c.kind = ConstValue::Kind::Float;
  c.f = BigFloat(1);
  return c;
}
}  // namespace

void FuncCompiler::incDec(Stmt* s) {
  LVal lv = lvalue(s->x);
  if (lv.kind == LVal::Kind::MapElem) lv = mapElemInPlace(lv);
  const Type* t = lv.type;
  bool direct = lv.kind == LVal::Kind::Frame && !lv.field;
  int cur = loadLV(lv);
  int dst = direct ? lv.slot : cur;
  if (t->isInteger()) {
    emit(Opcode::ADDI, dst, static_cast<int>(static_cast<std::uint16_t>(s->inc ? 1 : -1)), cur);
    extend(dst, t);
  } else if (t->isFloat()) {
    int one = allocScalar();
    ConstValue c;
    c.kind = ConstValue::Kind::Float;
    c.f = BigFloat(1);
    loadBits(one, c.bits(t));
    bool f32 = t->kind == Kind::Float32;
    emit(s->inc ? (f32 ? Opcode::ADD_F32 : Opcode::ADD_F64)
                : (f32 ? Opcode::SUB_F32 : Opcode::SUB_F64),
         dst, cur, one);
  } else if (t->isComplex()) {
    int one = alloc(t);
    loadConst(one, t, cv1());
    bool c64 = t->kind == Kind::Complex64;
    emit(s->inc ? (c64 ? Opcode::ADD_C64 : Opcode::ADD_C128)
                : (c64 ? Opcode::SUB_C64 : Opcode::SUB_C128),
         dst, cur, one);
  } else {
    fail(s->pos, "unsupported ++/-- operand");
  }
  if (!direct) storeLV(lv, dst);
}

void FuncCompiler::returnStmt(Stmt* s) {
  const auto& results = sig_->u()->results;
  auto& vals = s->lhs;
  if (vals.empty()) {
    emitReturn();
    return;
  }
  // Destinations: named results (their variables) or the result slots.
  std::vector<LVal> dsts(results.size());
  std::int64_t off = resultBase_;
  bool named = false;
  for (std::size_t i = 0; i < results.size(); i++) {
    Object* o = i < resultObjs_.size() ? resultObjs_[i] : nullptr;
    if (o && !o->name.empty() && o->name != "_" && findVar(o)) {
      dsts[i] = varLV(o);
      named = true;
    } else {
      dsts[i].kind = LVal::Kind::Frame;
      dsts[i].slot = static_cast<int>(off);
      dsts[i].type = results[i];
    }
    off += results[i]->slots();
  }
  if (vals.size() == 1 && results.size() > 1) {
    int base = callResults(unparenS(vals[0]));
    std::int64_t o = 0;
    const auto& mts = unparenS(vals[0])->type->results;
    std::vector<int> tmp;
    for (std::size_t i = 0; i < results.size(); i++) {
      tmp.push_back(convertValue(base + static_cast<int>(o), mts[i], results[i], -1, s->pos));
      o += mts[i]->slots();
    }
    for (std::size_t i = 0; i < results.size(); i++) storeLV(dsts[i], tmp[i]);
    emitReturn();
    return;
  }
  if (vals.size() == 1 && !named && safeDirect(vals[0])) {
    std::size_t at = fn_->code.size();
    exprAs(vals[0], results[0], dsts[0].slot);
    const Instr& last = fn_->code.back();
    if (fn_->code.size() == at + 1 && last.op == static_cast<std::uint16_t>(Opcode::MOV) &&
        last.a == dsts[0].slot && results[0]->slots() == 1) {
      // Fold the copy into the return. The result is unnamed, so no epilogue has to copy a
      // boxed named result back first.
      fn_->code.back() = Instr{static_cast<std::uint16_t>(Opcode::RETV), last.b, 0, 0};
      return;
    }
    emitReturn();
    return;
  }
  if (!named && vals.size() > 1 && !hasDefer_) {
    // Unnamed results: nothing else can read the result slots, evaluate straight into them.
    // (With deferred calls, a recover after a panic in a later operand would return the
    // earlier ones: Go assigns the results only once all are evaluated.)
    for (std::size_t i = 0; i < vals.size(); i++) exprAs(vals[i], results[i], dsts[i].slot);
    emitReturn();
    return;
  }
  std::vector<int> tmp;
  for (std::size_t i = 0; i < vals.size(); i++) {
    int t = alloc(results[i]);
    exprAs(vals[i], results[i], t);
    tmp.push_back(t);
  }
  for (std::size_t i = 0; i < vals.size(); i++) storeLV(dsts[i], tmp[i]);
  emitReturn();
}

void FuncCompiler::ifStmt(Stmt* s) {
  blockVars_.emplace_back();
  if (s->init) stmt(s->init);
  Label* lelse = newLabel();
  {
    TempScope ts(*this);
    setLine(s->x->pos);
    condJump(s->x, false, *lelse);
  }
  stmt(s->then);
  if (s->els) {
    Label* lend = newLabel();
    jump(*lend);
    bind(*lelse);
    stmt(s->els);
    bind(*lend);
  } else {
    bind(*lelse);
  }
  for (auto [base, n] : blockVars_.back()) freeSlots(base, n);
  blockVars_.pop_back();
}

void FuncCompiler::forStmt(Stmt* s, const std::string& label) {
  blockVars_.emplace_back();
  if (s->init) stmt(s->init);
  Label* top = newLabel();
  Label* cont = newLabel();
  Label* brk = newLabel();
  Label* cond = newLabel();
  if (s->x) jump(*cond);
  bind(*top);
  targets_.push_back({s, label, brk, cont});
  stmt(s->then);
  targets_.pop_back();
  bind(*cont);
  if (s->post) stmt(s->post);
  if (s->x) {
    bind(*cond);
    TempScope ts(*this);
    setLine(s->x->pos);
    condJump(s->x, true, *top);
  } else {
    jump(*top);
  }
  bind(*brk);
  for (auto [base, n] : blockVars_.back()) freeSlots(base, n);
  blockVars_.pop_back();
}

void FuncCompiler::rangeStmt(Stmt* s, const std::string& label) {
  blockVars_.emplace_back();
  const Type* xt = s->x->type;
  const Type* xu = xt->u();
  Label* top = newLabel();
  Label* cont = newLabel();
  Label* brk = newLabel();
  const Type* intT = pc_.prog_.types.basic(Kind::Int);

  // Key/value destinations.
  Object* keyObj = nullptr;
  Object* valObj = nullptr;
  if (s->define) {
    if (s->defined.size() > 0) keyObj = s->defined[0];
    if (s->defined.size() > 1) valObj = s->defined[1];
    declareVar(keyObj);
    declareVar(valObj);
  }
  // `for k, x[k] = range ...` is the parallel assignment k, x[k] = key, value: the value's
  // destination is evaluated before the key is assigned.
  bool valFirst = false;
  LVal valLV;
  auto assignKey = [&](int src, const Type* t) {
    if (s->define) {
      if (keyObj && keyObj->name != "_")
        storeLV(varLV(keyObj), convertValue(src, t, keyObj->type, -1, s->pos));
    } else if (s->key) {
      LVal lv = lvalue(s->key);
      if (s->val) {
        lv = pinLV(lv);
        valLV = pinLV(lvalue(s->val));
        valFirst = true;
      }
      if (lv.kind != LVal::Kind::Blank) storeLV(lv, convertValue(src, t, lv.type, -1, s->pos));
    }
  };
  auto assignVal = [&](int src, const Type* t) {
    if (s->define) {
      if (valObj && valObj->name != "_")
        storeLV(varLV(valObj), convertValue(src, t, valObj->type, -1, s->pos));
    } else if (s->val) {
      LVal lv = valFirst ? valLV : lvalue(s->val);
      valFirst = false;
      if (lv.kind != LVal::Kind::Blank) storeLV(lv, convertValue(src, t, lv.type, -1, s->pos));
    }
  };
  bool wantVal = (s->define ? (valObj && valObj->name != "_") : (s->val != nullptr));
  bool wantKey = (s->define ? (keyObj && keyObj->name != "_") : (s->key != nullptr));

  auto loopBody = [&]() {
    targets_.push_back({s, label, brk, cont});
    stmt(s->then);
    targets_.pop_back();
  };

  if (xu->kind == Kind::Slice || xu->kind == Kind::Array ||
      (xu->kind == Kind::Pointer && xu->elem->u()->kind == Kind::Array)) {
    // pair = {ptr, len} of the elements (slices: the slice itself).
    const Type* et = xu->kind == Kind::Pointer ? xu->elem->u()->elem : xu->elem;
    int pair;
    if (xu->kind == Kind::Slice) {
      pair = allocVar(xt);
      exprAs(s->x, xt, pair);
    } else if (xu->kind == Kind::Array && !wantVal) {
      if (unparenS(s->x)->kind == ExprKind::Call) expr(s->x);
      pair = allocPattern({false, false}, false);
      blockVars_.back().push_back({pair, 2});
      loadImm(pair + 1, xu->len);
    } else {
      pair = allocPattern({true, false}, false);
      blockVars_.back().push_back({pair, 2});
      if (xu->kind == Kind::Pointer) {
        expr(s->x, pair);
        if (wantVal) emit(Opcode::NILCHK, pair);
      } else {
        // Range over an array value copies it.
        int copy = allocVar(xt);
        exprAs(s->x, xt, copy);
        emit(Opcode::FADDR, pair, copy);
      }
      loadImm(pair + 1, xu->kind == Kind::Pointer ? xu->elem->u()->len : xu->len);
    }
    int i = allocPattern({false}, false);
    blockVars_.back().push_back({i, 1});
    loadImm(i, 0);
    Label* cond = newLabel();
    jump(*cond);
    bind(*top);
    {
      TempScope ts(*this);
      if (wantKey) assignKey(i, intT);
      if (wantVal) {
        int p = allocPointer();
        emit(Opcode::IDXADDR, p, pair, i);
        ext(static_cast<std::uint64_t>(et->size));
        int v = alloc(et);
        loadMem(v, p, 0, et);
        assignVal(v, et);
      }
    }
    loopBody();
    bind(*cont);
    emit(Opcode::ADDI, i, 1, i);
    bind(*cond);
    jumpShort(Opcode::JLT_I, i, pair + 1, *top);
    bind(*brk);
  } else if (xu->kind == Kind::String) {
    int str = allocVar(xt);
    exprAs(s->x, xt, str);
    int i = allocPattern({false, false, false}, false);  // index, rune, next index
    blockVars_.back().push_back({i, 3});
    loadImm(i, 0);
    Label* cond = newLabel();
    jump(*cond);
    bind(*top);
    emit(Opcode::STRNEXT, i + 1, str, i);
    {
      TempScope ts(*this);
      if (wantKey) assignKey(i, intT);
      if (wantVal) assignVal(i + 1, pc_.prog_.types.runeType());
    }
    loopBody();
    bind(*cont);
    emit(Opcode::MOV, i, i + 2);
    bind(*cond);
    jumpShort(Opcode::JLT_I, i, str + 1, *top);
    bind(*brk);
  } else if (xu->kind == Kind::Map) {
    int m = expr(s->x);
    int it = allocPattern({true}, false);
    blockVars_.back().push_back({it, 1});
    emit(Opcode::MAPITER, it, m);
    ext(xt);
    int k = wantKey || wantVal ? allocVar(xu->key) : kNoSlot;
    int v = wantVal ? allocVar(xu->elem) : kNoSlot;
    bind(*top);
    bind(*cont);
    std::size_t at = emit(Opcode::MAPNEXT, it, k, v);
    ext(std::uint64_t{0});
    jumpExt(*brk, at);
    {
      TempScope ts(*this);
      if (wantKey) {
        if (isSignedInt(xu->key)) extend(k, xu->key);
        assignKey(k, xu->key);
      }
      if (wantVal) {
        if (isSignedInt(xu->elem)) extend(v, xu->elem);
        assignVal(v, xu->elem);
      }
    }
    loopBody();
    jump(*top);
    bind(*brk);
  } else if (xu->kind == Kind::Chan) {
    int c = allocVar(xt);
    exprAs(s->x, xt, c);
    const Type* et = xu->elem;
    std::vector<bool> pat = patternOf(et);
    pat.push_back(false);
    int v = allocPattern(pat, false);
    blockVars_.back().push_back({v, static_cast<int>(pat.size())});
    int ok = v + static_cast<int>(et->slots());
    bind(*top);
    bind(*cont);
    emit(Opcode::RECV, c, v, ok);
    ext(xt);
    jumpIf(ok, false, *brk);
    if (isSignedInt(et)) extend(v, et);
    {
      TempScope ts(*this);
      if (wantKey) assignKey(v, et);
    }
    loopBody();
    jump(*top);
    bind(*brk);
  } else {
    fail(s->pos, "cannot range over " + xt->str());
  }
  for (auto [base, n] : blockVars_.back()) freeSlots(base, n);
  blockVars_.pop_back();
}

void FuncCompiler::switchStmt(Stmt* s, const std::string& label) {
  blockVars_.emplace_back();
  if (s->init) stmt(s->init);
  int tag = -1;
  const Type* tagT = nullptr;
  if (s->x) {
    tagT = s->x->type;
    tag = allocVar(tagT);
    exprAs(s->x, tagT, tag);
  }
  Label* brk = newLabel();
  std::vector<Label*> bodies;
  Stmt* deflt = nullptr;
  std::size_t defIdx = 0;
  for (std::size_t ci = 0; ci < s->clauses.size(); ci++) {
    Stmt* c = s->clauses[ci];
    bodies.push_back(newLabel());
    if (c->isDefault) {
      deflt = c;
      defIdx = ci;
    }
    for (Expr* e : c->lhs) {
      TempScope ts(*this);
      setLine(e->pos);
      if (!tagT && e->type->u()->kind == Kind::Interface) {
        // An interface case of a tagless switch compares with the constant true.
        const Type* boolT = pc_.prog_.types.basic(Kind::Bool);
        int t = alloc(boolT);
        loadImm(t, 1);
        int a = convertValue(t, boolT, e->type, -1, e->pos);
        int b = expr(e);
        int r = compare(Op::Eql, e->type, a, b, -1, e->pos);
        jumpIf(r, true, *bodies.back());
        continue;
      }
      if (!tagT) {
        condJump(e, true, *bodies.back());
        continue;
      }
      const Type* ct = tagT;
      if (tagT->kind != Kind::Interface && e->type->kind == Kind::Interface) ct = e->type;
      int a = tag;
      if (ct != tagT) a = convertValue(tag, tagT, ct, -1, e->pos);
      if (ct->kind != Kind::Interface &&
          (ct->isInteger() || ct->kind == Kind::Bool || ct->kind == Kind::Pointer)) {
        std::int64_t imm;
        if (e->mode == Mode::Constant && e->value.kind == ConstValue::Kind::Int &&
            e->value.i >= -32768 && e->value.i <= 32767 && (isSignedInt(ct) || e->value.i >= 0)) {
          imm = e->value.int64();
          jumpShort(Opcode::JEQI_I, a,
                    static_cast<int>(static_cast<std::uint16_t>(static_cast<std::int16_t>(imm))),
                    *bodies.back());
        } else {
          int b = exprAs(e, ct);
          jumpShort(Opcode::JEQ_I, a, b, *bodies.back());
        }
        continue;
      }
      int b = exprAs(e, ct);
      int r = compare(Op::Eql, ct, a, b, -1, e->pos);
      jumpIf(r, true, *bodies.back());
    }
  }
  if (deflt)
    jump(*bodies[defIdx]);
  else
    jump(*brk);
  for (std::size_t ci = 0; ci < s->clauses.size(); ci++) {
    Stmt* c = s->clauses[ci];
    bind(*bodies[ci]);
    Label* saved = fallthrough_;
    fallthrough_ = ci + 1 < bodies.size() ? bodies[ci + 1] : nullptr;
    targets_.push_back({s, label, brk, nullptr});
    block(c->stmts);
    targets_.pop_back();
    fallthrough_ = saved;
    bool endsFall = !c->stmts.empty() && c->stmts.back()->kind == StmtKind::Branch &&
                    c->stmts.back()->branch == Stmt::Branch::Fallthrough;
    if (!endsFall && ci + 1 < s->clauses.size()) jump(*brk);
  }
  bind(*brk);
  for (auto [base, n] : blockVars_.back()) freeSlots(base, n);
  blockVars_.pop_back();
}

void FuncCompiler::typeSwitchStmt(Stmt* s, const std::string& label) {
  blockVars_.emplace_back();
  if (s->init) stmt(s->init);
  Expr* x = unparenS(s->x);
  if (x->kind == ExprKind::TypeAssert && x->y == nullptr) x = x->x;
  const Type* it = x->type;
  int iv = allocVar(it);
  exprAs(x, it, iv);
  Label* brk = newLabel();
  std::vector<Label*> bodies;
  int defIdx = -1;
  for (std::size_t ci = 0; ci < s->clauses.size(); ci++) {
    Stmt* c = s->clauses[ci];
    bodies.push_back(newLabel());
    if (c->isDefault) defIdx = static_cast<int>(ci);
    for (const Type* t : c->caseTypes) {
      TempScope ts(*this);
      int r = allocScalar();
      if (t && t->kind == Kind::Interface) {
        std::vector<bool> pat{true, true, false};
        int tmp = allocPattern(pat, true);
        AssertSite site;
        site.iface = it;
        site.target = t;
        emit(Opcode::ASSERTI, tmp, iv, tmp + 2);
        ext(pc_.out_->own(site));
        jumpIf(tmp + 2, true, *bodies.back());
        continue;
      }
      emit(Opcode::TYPEIS, r, iv);
      ext(t);
      jumpIf(r, true, *bodies.back());
    }
  }
  if (defIdx >= 0)
    jump(*bodies[static_cast<std::size_t>(defIdx)]);
  else
    jump(*brk);
  for (std::size_t ci = 0; ci < s->clauses.size(); ci++) {
    Stmt* c = s->clauses[ci];
    bind(*bodies[ci]);
    blockVars_.emplace_back();
    if (c->implicitObj) {
      TempScope ts(*this);
      Object* o = c->implicitObj;
      const Type* ot = o->type;
      int v;
      if (ot->kind == Kind::Interface) {
        v = iv;
      } else {
        v = alloc(ot);
        AssertSite site;
        site.iface = it;
        site.target = ot;
        site.direct = isDirectIface(ot);
        emit(Opcode::ASSERT, v, iv, kNoSlot);
        ext(pc_.out_->own(site));
        if (isSignedInt(ot)) extend(v, ot);
      }
      defineVar(o, v, c->pos);
    }
    targets_.push_back({s, label, brk, nullptr});
    block(c->stmts);
    targets_.pop_back();
    for (auto [base, n] : blockVars_.back()) freeSlots(base, n);
    blockVars_.pop_back();
    if (ci + 1 < s->clauses.size()) jump(*brk);
  }
  bind(*brk);
  for (auto [base, n] : blockVars_.back()) freeSlots(base, n);
  blockVars_.pop_back();
}

void FuncCompiler::selectStmt(Stmt* s, const std::string& label) {
  blockVars_.emplace_back();
  SelectSite site;
  struct RecvInfo {
    int value = kNoSlot;
    int ok = kNoSlot;
    const Type* elem = nullptr;
  };
  std::vector<RecvInfo> recv(s->clauses.size());
  // Channel operands and sent values are evaluated once, in source order, before selecting.
  for (std::size_t k = 0; k < s->clauses.size(); k++) {
    Stmt* c = s->clauses[k];
    SelectSite::Case sc;
    Stmt* comm = c->comm;
    if (c->isDefault || !comm) {
      sc.kind = SelectSite::Case::Kind::Default;
      site.cases.push_back(sc);
      continue;
    }
    setLine(comm->pos);  // a panic evaluating a case's operands is on the case's line
    if (comm->kind == StmtKind::Send) {
      sc.kind = SelectSite::Case::Kind::Send;
      sc.chanType = comm->x->type;
      int ch = allocVar(sc.chanType);
      exprAs(comm->x, sc.chanType, ch);
      const Type* et = sc.chanType->u()->elem;
      int v = allocVar(et);
      exprAs(comm->value, et, v);
      sc.chanSlot = static_cast<std::uint16_t>(ch);
      sc.valueSlot = static_cast<std::uint16_t>(v);
      site.cases.push_back(sc);
      continue;
    }
    Expr* rx = nullptr;
    if (comm->kind == StmtKind::Expr) rx = unparenS(comm->x);
    if (comm->kind == StmtKind::Assign) rx = unparenS(comm->rhs.at(0));
    if (!rx || rx->kind != ExprKind::Unary || rx->op != Op::Arrow)
      fail(comm->pos, "select case must be send or receive (possibly with assignment)");
    sc.kind = SelectSite::Case::Kind::Recv;
    sc.chanType = rx->x->type;
    int ch = allocVar(sc.chanType);
    exprAs(rx->x, sc.chanType, ch);
    sc.chanSlot = static_cast<std::uint16_t>(ch);
    const Type* et = sc.chanType->u()->elem;
    recv[k].elem = et;
    if (comm->kind == StmtKind::Assign) {
      recv[k].value = allocVar(et);
      sc.valueSlot = static_cast<std::uint16_t>(recv[k].value);
      if (comm->lhs.size() > 1) {
        recv[k].ok = allocVar(pc_.prog_.types.basic(Kind::Bool));
        sc.okSlot = static_cast<std::uint16_t>(recv[k].ok);
      }
    }
    site.cases.push_back(sc);
  }
  int idx = allocVar(pc_.prog_.types.basic(Kind::Int));
  setLine(s->pos);
  emit(Opcode::SELECT, idx, 0);
  ext(pc_.out_->own(std::move(site)));
  Label* brk = newLabel();
  for (std::size_t k = 0; k < s->clauses.size(); k++) {
    Stmt* c = s->clauses[k];
    Label* next = newLabel();
    jumpShort(Opcode::JNEI_I, idx, static_cast<int>(k), *next);
    blockVars_.emplace_back();
    Stmt* comm = c->comm;
    if (comm && comm->kind == StmtKind::Assign) {
      TempScope ts(*this);
      RecvInfo& ri = recv[k];
      if (isSignedInt(ri.elem)) extend(ri.value, ri.elem);
      int srcs[2] = {ri.value, ri.ok};
      const Type* types[2] = {ri.elem, pc_.prog_.types.basic(Kind::Bool)};
      for (std::size_t i = 0; i < comm->lhs.size() && i < 2; i++) {
        if (comm->define) {
          Object* o = i < comm->defined.size() ? comm->defined[i] : nullptr;
          if (o) defineVar(o, convertValue(srcs[i], types[i], o->type, -1, comm->pos), comm->pos);
        } else {
          LVal lv = lvalue(comm->lhs[i]);
          if (lv.kind != LVal::Kind::Blank)
            storeLV(lv, convertValue(srcs[i], types[i], lv.type, -1, comm->pos));
        }
      }
    }
    targets_.push_back({s, label, brk, nullptr});
    block(c->stmts);
    targets_.pop_back();
    for (auto [base, n] : blockVars_.back()) freeSlots(base, n);
    blockVars_.pop_back();
    jump(*brk);
    bind(*next);
  }
  bind(*brk);
  for (auto [base, n] : blockVars_.back()) freeSlots(base, n);
  blockVars_.pop_back();
}

void FuncCompiler::branchStmt(Stmt* s) {
  switch (s->branch) {
    case Stmt::Branch::Break:
    case Stmt::Branch::Continue: {
      bool isBreak = s->branch == Stmt::Branch::Break;
      for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
        bool match;
        if (!s->label.empty())
          match = it->label == s->label || (s->target && it->stmt == s->target);
        else
          match = isBreak || it->cont != nullptr;
        if (!match) continue;
        if (isBreak) {
          jump(*it->brk);
          return;
        }
        if (!it->cont) continue;
        jump(*it->cont);
        return;
      }
      fail(s->pos, "internal error: branch target not found");
    }
    case Stmt::Branch::Goto: {
      Label*& l = gotoLabels_[s->label];
      if (!l) l = newLabel();
      jump(*l);
      return;
    }
    case Stmt::Branch::Fallthrough:
      if (!fallthrough_) fail(s->pos, "fallthrough statement out of place");
      jump(*fallthrough_);
      return;
  }
}

}  // namespace gomi::comp
