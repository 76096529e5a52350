// interp/compiler_expr.cpp — expressions: values, places (LVal), conditions, conversions.
//
// expr() may return the slot of a local variable instead of copying it (no move for `a + b`);
// callers treat a returned slot as read-only unless they passed `want`. Conditions compile to
// fused compare-and-branch instructions when both operands are integer-shaped, so `i < n` in a
// loop header is a single instruction.
#include "interp/compiler_impl.h"

namespace gomi::comp {

namespace {

bool intShaped(const Type* t) {
  switch (t->kind) {
    case Kind::Bool:
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Chan:
    case Kind::UnsafePointer:
      return true;
    default:
      return t->isInteger();
  }
}

bool constInt16(Expr* e, std::int64_t& out) {
  if (!e || e->mode != Mode::Constant || e->value.kind != ConstValue::Kind::Int) return false;
  if (e->value.i < -32768 || e->value.i > 32767) return false;
  out = e->value.int64();
  return true;
}

}  // namespace

LVal FuncCompiler::toMem(LVal lv) {
  if (lv.kind == LVal::Kind::Global) {
    int p = allocPointer();
    emit(Opcode::GADDR, p);
    ext(static_cast<std::uint64_t>(lv.off));
    LVal m;
    m.kind = LVal::Kind::Mem;
    m.slot = p;
    m.off = 0;
    m.type = lv.type;
    return m;
  }
  return lv;
}

LVal FuncCompiler::fieldLV(LVal lv, std::int64_t off, const Type* t) {
  lv = toMem(lv);
  lv.off += off;
  lv.type = t;
  lv.field = true;
  return lv;
}

int FuncCompiler::loadLV(const LVal& lv, int want) {
  switch (lv.kind) {
    case LVal::Kind::Blank:
      fail({line_, 0}, "internal error: use of _ as value");
    case LVal::Kind::Frame:
      if (!lv.field || (lv.off % 8 == 0 && lv.type->size % 8 == 0)) {
        int s = lv.slot + static_cast<int>(lv.off / 8);
        if (want < 0) return s;
        mov(want, s, lv.type);
        return want;
      } else {
        int dst = want >= 0 ? want : alloc(lv.type);
        loadFrameField(dst, lv.slot, lv.off, lv.type);
        return dst;
      }
    case LVal::Kind::Mem: {
      int dst = want >= 0 ? want : alloc(lv.type);
      loadMem(dst, lv.slot, lv.off, lv.type);
      return dst;
    }
    case LVal::Kind::Global: {
      int dst = want >= 0 ? want : alloc(lv.type);
      loadGlobal(dst, lv.off, lv.type);
      return dst;
    }
    case LVal::Kind::MapElem: {
      int dst = want >= 0 ? want : alloc(lv.type);
      emit(Opcode::MAPGET, dst, lv.slot, lv.key);
      ext(lv.mapType);
      if (isSignedInt(lv.type)) extend(dst, lv.type);
      return dst;
    }
  }
  return 0;
}

void FuncCompiler::storeLV(const LVal& lv, int src) {
  switch (lv.kind) {
    case LVal::Kind::Blank:
      return;
    case LVal::Kind::Frame:
      if (!lv.field)
        mov(lv.slot, src, lv.type);
      else
        storeFrameField(lv.slot, lv.off, src, lv.type);
      return;
    case LVal::Kind::Mem:
      storeMem(lv.slot, lv.off, src, lv.type);
      return;
    case LVal::Kind::Global:
      storeGlobal(lv.off, src, lv.type);
      return;
    case LVal::Kind::MapElem:
      emit(Opcode::MAPSET, lv.slot, lv.key, src);
      ext(lv.mapType);
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

LVal FuncCompiler::lvalue(Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case ExprKind::Ident: {
      if (e->name == "_" || !e->obj) {
        LVal b;
        b.type = e->type;
        return b;
      }
      if (e->obj->kind != ObjKind::Var) fail(e->pos, "cannot assign to " + e->name);
      return varLV(e->obj);
    }
    case ExprKind::Selector:
      if (e->selKind == Expr::SelKind::PkgMember) return varLV(e->obj);
      if (e->selKind == Expr::SelKind::Field) return selectorLV(e);
      break;
    case ExprKind::Index:
      return indexLV(e);
    case ExprKind::Star: {
      int p = expr(e->x);
      LVal m;
      m.kind = LVal::Kind::Mem;
      m.slot = p;
      m.type = e->type;
      return m;
    }
    default:
      break;
  }
  fail(e->pos, "internal error: not assignable");
}

LVal FuncCompiler::pinLV(LVal lv) {
  if (lv.kind == LVal::Kind::Mem) {
    int p = allocPointer();
    movN(p, lv.slot, 1);
    lv.slot = p;
  } else if (lv.kind == LVal::Kind::MapElem) {
    int m = allocPointer();
    movN(m, lv.slot, 1);
    lv.slot = m;
    const Type* kt = lv.mapType->u()->key;
    int k = alloc(kt);
    mov(k, lv.key, kt);
    lv.key = k;
  }
  return lv;
}

LVal FuncCompiler::selectorLV(Expr* e) {
  Expr* x = e->x;
  LVal cur;
  if (x->type->kind == Kind::Pointer) {
    int p = expr(x);
    cur.kind = LVal::Kind::Mem;
    cur.slot = p;
    cur.type = x->type->u()->elem;
  } else if (x->mode == Mode::Variable) {
    cur = lvalue(x);
  } else {
    int v = expr(x);
    cur.kind = LVal::Kind::Frame;
    cur.slot = v;
    cur.type = x->type;
  }
  for (int idx : e->selPath) {
    if (cur.type->kind == Kind::Pointer) {
      int p = loadLV(cur);
      LVal m;
      m.kind = LVal::Kind::Mem;
      m.slot = p;
      m.type = cur.type->u()->elem;
      cur = m;
    }
    const Field& f = cur.type->u()->fields.at(static_cast<std::size_t>(idx));
    cur = fieldLV(cur, f.offset, f.type);
  }
  return cur;
}

LVal FuncCompiler::indexLV(Expr* e) {
  Expr* x = e->x;
  const Type* xt = x->type->u();
  if (xt->kind == Kind::Map) {
    int m = expr(x);
    int k = exprAs(e->y, xt->key);
    LVal lv;
    lv.kind = LVal::Kind::MapElem;
    lv.slot = m;
    lv.key = k;
    lv.type = xt->elem;
    lv.mapType = x->type;
    return lv;
  }
  if (xt->kind == Kind::Slice) {
    int s = expr(x);
    int i = expr(e->y);
    int p = allocPointer();
    emit(Opcode::IDXADDR, p, s, i);
    ext(static_cast<std::uint64_t>(xt->elem->size));
    LVal lv;
    lv.kind = LVal::Kind::Mem;
    lv.slot = p;
    lv.type = xt->elem;
    return lv;
  }
  if (xt->kind == Kind::String) fail(e->pos, "internal error: string index is not addressable");
  // Arrays, directly or through a pointer.
  LVal cur;
  const Type* at = xt;
  if (xt->kind == Kind::Pointer) {
    at = xt->elem->u();
    int p = expr(x);
    emit(Opcode::NILCHK, p);
    cur.kind = LVal::Kind::Mem;
    cur.slot = p;
    cur.type = xt->elem;
  } else if (x->mode == Mode::Variable) {
    cur = lvalue(x);
  } else {
    int v = expr(x);
    cur.kind = LVal::Kind::Frame;
    cur.slot = v;
    cur.type = x->type;
  }
  const Type* et = at->elem;
  if (e->y->mode == Mode::Constant) {
    auto i = e->y->value.int64();
    return fieldLV(cur, i * et->size, et);
  }
  cur = toMem(cur);
  int pair = allocPattern({true, false}, true);
  if (cur.kind == LVal::Kind::Frame) {
    emit(Opcode::FADDR, pair, cur.slot + static_cast<int>(cur.off / 8));
    if (cur.off % 8) emit(Opcode::PADD, pair, pair, static_cast<int>(cur.off % 8));
  } else if (cur.off == 0) {
    emit(Opcode::MOV, pair, cur.slot);
  } else {
    emit(Opcode::PADD, pair, cur.slot, static_cast<int>(cur.off));
  }
  loadImm(pair + 1, at->len);
  int i = expr(e->y);
  int p = allocPointer();
  emit(Opcode::IDXADDR, p, pair, i);
  ext(static_cast<std::uint64_t>(et->size));
  LVal lv;
  lv.kind = LVal::Kind::Mem;
  lv.slot = p;
  lv.type = et;
  return lv;
}

int FuncCompiler::indexValue(Expr* e, int want) {
  const Type* xt = e->x->type->u();
  if (xt->kind == Kind::String) {
    int s = expr(e->x);
    int i = expr(e->y);
    int dst = want >= 0 ? want : alloc(e->type);
    emit(Opcode::IDX_U8, dst, s, i);
    return dst;
  }
  if (xt->kind == Kind::Slice) {
    const Type* et = xt->elem;
    Opcode op = Opcode::NOP;
    if (et->size == 8)
      op = Opcode::IDX_64;
    else if (et->size == 1)
      op = Opcode::IDX_U8;
    else if (et->size == 4)
      op = isSignedInt(et) ? Opcode::IDX_I32 : Opcode::IDX_U32;
    if (op != Opcode::NOP) {
      int s = expr(e->x);
      int i = expr(e->y);
      int dst = want >= 0 ? want : alloc(et);
      emit(op, dst, s, i);
      if (et->kind == Kind::Int8) extend(dst, et);
      return dst;
    }
  }
  return loadLV(indexLV(e), want);
}

int FuncCompiler::addrOf(Expr* x, int want) {
  x = unparen(x);
  if (x->kind == ExprKind::CompositeLit) {
    // A fresh register: the literal's elements may read `want` (head = &node{i, head}).
    int p = allocPointer();
    emit(Opcode::NEW, p);
    ext(x->type);
    LVal m;
    m.kind = LVal::Kind::Mem;
    m.slot = p;
    m.type = x->type;
    compositeInto(x, m);
    if (want >= 0 && want != p) {
      emit(Opcode::MOV, want, p);
      return want;
    }
    return p;
  }
  if (x->kind == ExprKind::Star) return expr(x->x, want);
  LVal lv = toMem(lvalue(x));
  if (lv.kind != LVal::Kind::Mem)
    fail(x->pos, "internal error: address of a variable that does not escape");
  int dst = want >= 0 ? want : allocPointer();
  if (lv.off == 0)
    emit(Opcode::MOV, dst, lv.slot);
  else if (lv.off <= 0xFFFF)
    emit(Opcode::PADD, dst, lv.slot, static_cast<int>(lv.off));
  else {
    emit(Opcode::PADDX, dst, lv.slot);
    ext(static_cast<std::uint64_t>(lv.off));
  }
  return dst;
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

int FuncCompiler::exprAs(Expr* e, const Type* target, int want) {
  if (!target || e->type == target || e->mode == Mode::Constant ||
      !(target->kind == Kind::Interface && e->type->kind != Kind::Interface)) {
    if (e->type && e->type->kind == Kind::UntypedNil) {
      int dst = want >= 0 ? want : alloc(target);
      zero(dst, target);
      return dst;
    }
    if (target && target->kind == Kind::Interface && e->mode == Mode::Constant &&
        e->type->kind != Kind::Interface) {
      int v = expr(e);
      return convertValue(v, e->type, target, want, e->pos);
    }
    return expr(e, want);
  }
  int v = expr(e);
  return convertValue(v, e->type, target, want, e->pos);
}

int FuncCompiler::expr(Expr* e, int want) {
  if (e->mode == Mode::Constant && e->value.known()) {
    int dst = want >= 0 ? want : alloc(e->type);
    loadConst(dst, e->type, e->value);
    return dst;
  }
  switch (e->kind) {
    case ExprKind::Paren:
      return expr(e->x, want);
    case ExprKind::Ident: {
      Object* o = e->obj;
      if (!o) fail(e->pos, "internal error: unresolved identifier " + e->name);
      switch (o->kind) {
        case ObjKind::Nil: {
          int dst = want >= 0 ? want : alloc(e->type);
          zero(dst, e->type);
          return dst;
        }
        case ObjKind::Var:
          return loadVar(o, want);
        case ObjKind::Func:
          return funcValue(o, want);
        default:
          fail(e->pos, "internal error: unexpected identifier " + e->name);
      }
    }
    case ExprKind::BasicLit:
      fail(e->pos, "internal error: literal without value");
    case ExprKind::CompositeLit:
      return compositeLit(e, want);
    case ExprKind::FuncLit:
      return funcLit(e, want);
    case ExprKind::Selector:
      switch (e->selKind) {
        case Expr::SelKind::PkgMember:
          if (e->obj->kind == ObjKind::Var) return loadVar(e->obj, want);
          if (e->obj->kind == ObjKind::Func) return funcValue(e->obj, want);
          fail(e->pos, "internal error: unexpected package member");
        case Expr::SelKind::Field:
          return loadLV(selectorLV(e), want);
        case Expr::SelKind::Method:
        case Expr::SelKind::IfaceMethod:
          return methodValue(e, want);
        case Expr::SelKind::MethodExpr:
          return methodExpr(e, want);
        default:
          fail(e->pos, "internal error: unresolved selector");
      }
    case ExprKind::Index:
      return indexValue(e, want);
    case ExprKind::Slice:
      return sliceExpr(e, want);
    case ExprKind::TypeAssert:
      return typeAssert(e, want, kNoSlot);
    case ExprKind::Call:
      return call(e, want);
    case ExprKind::Star: {
      int p = expr(e->x);
      int dst = want >= 0 ? want : alloc(e->type);
      loadMem(dst, p, 0, e->type);
      return dst;
    }
    case ExprKind::Unary:
      return unary(e, want);
    case ExprKind::Binary:
      return binary(e, want);
    default:
      fail(e->pos, "unsupported expression");
  }
}

int FuncCompiler::unary(Expr* e, int want) {
  const Type* t = e->type;
  switch (e->op) {
    case Op::Addr:
      return addrOf(e->x, want);
    case Op::Arrow:
      return recvExpr(e->x, e->x->type, want, kNoSlot);
    case Op::Add:
      return expr(e->x, want);
    case Op::Sub: {
      int x = expr(e->x);
      int dst = want >= 0 ? want : alloc(t);
      if (t->kind == Kind::Float64)
        emit(Opcode::NEG_F64, dst, x);
      else if (t->kind == Kind::Complex128)
        emit(Opcode::NEG_C128, dst, x);
      else if (t->kind == Kind::Complex64)
        emit(Opcode::NEG_C64, dst, x);
      else if (t->kind == Kind::Float32)
        emit(Opcode::NEG_F32, dst, x);
      else if (t->isInteger()) {
        emit(Opcode::NEG_I, dst, x);
        extend(dst, t);
      } else {
        fail(e->pos, "unsupported operand type for unary -: " + t->str());
      }
      return dst;
    }
    case Op::Xor: {
      int x = expr(e->x);
      int dst = want >= 0 ? want : alloc(t);
      emit(Opcode::COM, dst, x);
      extend(dst, t);
      return dst;
    }
    case Op::Not: {
      int x = expr(e->x);
      int dst = want >= 0 ? want : alloc(t);
      emit(Opcode::NOT, dst, x);
      return dst;
    }
    default:
      fail(e->pos, "unsupported unary operator");
  }
}

int FuncCompiler::arith(Op op, const Type* t, int a, int b, int want) {
  int dst = want >= 0 ? want : alloc(t);
  if (t->kind == Kind::String) {
    if (op != Op::Add) fail({line_, 0}, "internal error: string operator");
    emit(Opcode::STRCAT, dst, a, b);
    return dst;
  }
  if (t->isComplex()) {
    bool c64 = t->kind == Kind::Complex64;
    Opcode o;
    switch (op) {
      case Op::Add:
        o = c64 ? Opcode::ADD_C64 : Opcode::ADD_C128;
        break;
      case Op::Sub:
        o = c64 ? Opcode::SUB_C64 : Opcode::SUB_C128;
        break;
      case Op::Mul:
        o = c64 ? Opcode::MUL_C64 : Opcode::MUL_C128;
        break;
      case Op::Quo:
        o = c64 ? Opcode::DIV_C64 : Opcode::DIV_C128;
        break;
      default:
        fail({line_, 0}, "internal error: complex operator");
    }
    emit(o, dst, a, b);
    return dst;
  }
  if (t->isFloat()) {
    bool f32 = t->kind == Kind::Float32;
    Opcode o;
    switch (op) {
      case Op::Add:
        o = f32 ? Opcode::ADD_F32 : Opcode::ADD_F64;
        break;
      case Op::Sub:
        o = f32 ? Opcode::SUB_F32 : Opcode::SUB_F64;
        break;
      case Op::Mul:
        o = f32 ? Opcode::MUL_F32 : Opcode::MUL_F64;
        break;
      case Op::Quo:
        o = f32 ? Opcode::DIV_F32 : Opcode::DIV_F64;
        break;
      default:
        fail({line_, 0}, "internal error: float operator");
    }
    emit(o, dst, a, b);
    return dst;
  }
  if (!t->isInteger()) {
    if (t->kind == Kind::Bool) {
      fail({line_, 0}, "internal error: bool arithmetic");
    }
    fail({line_, 0}, "unsupported operand type " + t->str());
  }
  bool u = t->isUnsigned();
  Opcode o;
  switch (op) {
    case Op::Add:
      o = Opcode::ADD_I;
      break;
    case Op::Sub:
      o = Opcode::SUB_I;
      break;
    case Op::Mul:
      o = Opcode::MUL_I;
      break;
    case Op::Quo:
      o = u ? Opcode::DIV_U : Opcode::DIV_I;
      break;
    case Op::Rem:
      o = u ? Opcode::REM_U : Opcode::REM_I;
      break;
    case Op::And:
      o = Opcode::AND;
      break;
    case Op::Or:
      o = Opcode::OR;
      break;
    case Op::Xor:
      o = Opcode::XOR;
      break;
    case Op::AndNot:
      o = Opcode::ANDNOT;
      break;
    default:
      fail({line_, 0}, "internal error: integer operator");
  }
  emit(o, dst, a, b);
  if (op != Op::And && op != Op::Or && op != Op::AndNot && !(op == Op::Xor && !u)) extend(dst, t);
  return dst;
}

// x op rhs with x already in slot a (used by binary expressions and op-assignments).
int FuncCompiler::binopSlots(Op op, const Type* t, int a, Expr* rhs, int want) {
  if (op == Op::Shl || op == Op::Shr) {
    int b = expr(rhs);
    bool signedCount =
        isSignedInt(rhs->type) || (rhs->mode == Mode::Constant && rhs->type->isUntyped());
    if (rhs->mode == Mode::Constant) signedCount = false;  // checked non-negative already
    int dst = want >= 0 ? want : alloc(t);
    Opcode o;
    if (op == Op::Shl)
      o = signedCount ? Opcode::SHLS : Opcode::SHL;
    else if (t->isUnsigned())
      o = signedCount ? Opcode::SHR_US : Opcode::SHR_U;
    else
      o = signedCount ? Opcode::SHR_IS : Opcode::SHR_I;
    emit(o, dst, a, b);
    if (op == Op::Shl) extend(dst, t);
    return dst;
  }
  std::int64_t imm;
  if (t->isInteger() && (op == Op::Add || op == Op::Sub) && constInt16(rhs, imm) &&
      !(op == Op::Sub && imm == -32768)) {
    int dst = want >= 0 ? want : alloc(t);
    std::int64_t v = op == Op::Add ? imm : -imm;
    emit(Opcode::ADDI, dst,
         static_cast<int>(static_cast<std::uint16_t>(static_cast<std::int16_t>(v))), a);
    extend(dst, t);
    return dst;
  }
  // x * c, x / c, x % c and x & c with a small constant c: one instruction instead of loading
  // c first. Division only for signed x and c > 0, where no zero or overflow check is needed.
  if (t->isInteger() && constInt16(rhs, imm)) {
    Opcode o = Opcode::NOP;
    if (op == Op::Mul)
      o = Opcode::MULI;
    else if (op == Op::And)
      o = Opcode::ANDI;
    else if (op == Op::Quo && isSignedInt(t) && imm > 0)
      o = Opcode::DIVI_I;
    else if (op == Op::Rem && isSignedInt(t) && imm > 0)
      o = Opcode::REMI_I;
    if (o != Opcode::NOP) {
      int dst = want >= 0 ? want : alloc(t);
      emit(o, dst, static_cast<int>(static_cast<std::uint16_t>(static_cast<std::int16_t>(imm))), a);
      if (op == Op::Mul) extend(dst, t);
      return dst;
    }
  }
  int b = exprAs(rhs, t);
  return arith(op, t, a, b, want);
}

int FuncCompiler::binary(Expr* e, int want) {
  switch (e->op) {
    case Op::LAnd:
    case Op::LOr: {
      int dst = want >= 0 ? want : alloc(e->type);
      Label* lf = newLabel();
      Label* le = newLabel();
      condJump(e, false, *lf);
      loadImm(dst, 1);
      jump(*le);
      bind(*lf);
      loadImm(dst, 0);
      bind(*le);
      return dst;
    }
    case Op::Eql:
    case Op::Neq:
    case Op::Lss:
    case Op::Leq:
    case Op::Gtr:
    case Op::Geq: {
      const Type* xt = e->x->type;
      const Type* yt = e->y->type;
      const Type* ct = xt;
      if (xt->kind == Kind::UntypedNil ||
          (yt->kind == Kind::Interface && xt->kind != Kind::Interface))
        ct = yt;
      int a = exprAs(e->x, ct);
      int b = exprAs(e->y, ct);
      return compare(e->op, ct, a, b, want, e->pos);
    }
    default:
      break;
  }
  int a = expr(e->x);
  return binopSlots(e->op, e->type, a, e->y, want);
}

int FuncCompiler::compare(Op op, const Type* t, int a, int b, int want, Pos pos) {
  int dst = want >= 0 ? want : allocScalar();
  bool eq = op == Op::Eql || op == Op::Neq;
  if (op == Op::Gtr || op == Op::Geq) {
    std::swap(a, b);
    op = op == Op::Gtr ? Op::Lss : Op::Leq;
  }
  Opcode o = Opcode::NOP;
  bool ne = op == Op::Neq;
  switch (t->kind) {
    case Kind::Float64:
      o = eq ? (ne ? Opcode::NE_F64 : Opcode::EQ_F64)
             : (op == Op::Lss ? Opcode::LT_F64 : Opcode::LE_F64);
      break;
    case Kind::Float32:
      o = eq ? (ne ? Opcode::NE_F32 : Opcode::EQ_F32)
             : (op == Op::Lss ? Opcode::LT_F32 : Opcode::LE_F32);
      break;
    case Kind::Complex64:
      o = ne ? Opcode::NE_C64 : Opcode::EQ_C64;
      break;
    case Kind::Complex128:
      o = ne ? Opcode::NE_C128 : Opcode::EQ_C128;
      break;
    case Kind::String:
      o = eq ? (ne ? Opcode::NE_STR : Opcode::EQ_STR)
             : (op == Op::Lss ? Opcode::LT_STR : Opcode::LE_STR);
      break;
    case Kind::Interface:
      o = ne ? Opcode::NE_IFACE : Opcode::EQ_IFACE;
      break;
    case Kind::Struct:
    case Kind::Array:
      emit(ne ? Opcode::NE_VAL : Opcode::EQ_VAL, dst, a, b);
      ext(t);
      return dst;
    case Kind::Slice:
    case Kind::Func:
      o = ne ? Opcode::NE_I : Opcode::EQ_I;  // against nil: the pointer word decides
      break;
    default:
      if (eq)
        o = ne ? Opcode::NE_I : Opcode::EQ_I;
      else if (t->isUnsigned())
        o = op == Op::Lss ? Opcode::LT_U : Opcode::LE_U;
      else if (t->isInteger())
        o = op == Op::Lss ? Opcode::LT_I : Opcode::LE_I;
      else
        fail(pos, "unsupported comparison of " + t->str());
  }
  emit(o, dst, a, b);
  return dst;
}

void FuncCompiler::condJump(Expr* e, bool jumpIfTrue, Label& l) {
  e = unparen(e);
  if (e->mode == Mode::Constant && e->value.kind == ConstValue::Kind::Bool) {
    if (e->value.b == jumpIfTrue) jump(l);
    return;
  }
  if (e->kind == ExprKind::Unary && e->op == Op::Not) {
    condJump(e->x, !jumpIfTrue, l);
    return;
  }
  if (e->kind == ExprKind::Binary) {
    if (e->op == Op::LAnd || e->op == Op::LOr) {
      bool isAnd = e->op == Op::LAnd;
      if (isAnd != jumpIfTrue) {
        // && jumping on false / || jumping on true: either operand decides.
        condJump(e->x, jumpIfTrue, l);
        condJump(e->y, jumpIfTrue, l);
      } else {
        Label* skip = newLabel();
        condJump(e->x, !jumpIfTrue, *skip);
        condJump(e->y, jumpIfTrue, l);
        bind(*skip);
      }
      return;
    }
    Op op = e->op;
    bool cmp = op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr ||
               op == Op::Geq;
    const Type* xt = e->x->type;
    const Type* yt = e->y->type;
    if (cmp && intShaped(xt) && (intShaped(yt) || yt->kind == Kind::UntypedNil) &&
        xt->kind != Kind::UntypedNil) {
      if (!jumpIfTrue) {
        switch (op) {
          case Op::Eql:
            op = Op::Neq;
            break;
          case Op::Neq:
            op = Op::Eql;
            break;
          case Op::Lss:
            op = Op::Geq;
            break;
          case Op::Leq:
            op = Op::Gtr;
            break;
          case Op::Gtr:
            op = Op::Leq;
            break;
          case Op::Geq:
            op = Op::Lss;
            break;
          default:
            break;
        }
      }
      bool u = xt->isUnsigned() || !xt->isInteger();
      int a = expr(e->x);
      std::int64_t imm;
      if (constInt16(e->y, imm) && (!u || ((op == Op::Eql || op == Op::Neq) && imm >= 0))) {
        Opcode o;
        switch (op) {
          case Op::Eql:
            o = Opcode::JEQI_I;
            break;
          case Op::Neq:
            o = Opcode::JNEI_I;
            break;
          case Op::Lss:
            o = Opcode::JLTI_I;
            break;
          case Op::Leq:
            o = Opcode::JLEI_I;
            break;
          case Op::Gtr:
            o = Opcode::JGTI_I;
            break;
          default:
            o = Opcode::JGEI_I;
            break;
        }
        jumpShort(o, a,
                  static_cast<int>(static_cast<std::uint16_t>(static_cast<std::int16_t>(imm))), l);
        return;
      }
      int b = exprAs(e->y, xt);
      switch (op) {
        case Op::Eql:
          jumpShort(Opcode::JEQ_I, a, b, l);
          break;
        case Op::Neq:
          jumpShort(Opcode::JNE_I, a, b, l);
          break;
        case Op::Lss:
          jumpShort(u ? Opcode::JLT_U : Opcode::JLT_I, a, b, l);
          break;
        case Op::Leq:
          jumpShort(u ? Opcode::JLE_U : Opcode::JLE_I, a, b, l);
          break;
        case Op::Gtr:
          jumpShort(u ? Opcode::JLT_U : Opcode::JLT_I, b, a, l);
          break;
        default:
          jumpShort(u ? Opcode::JLE_U : Opcode::JLE_I, b, a, l);
          break;
      }
      return;
    }
  }
  int v = expr(e);
  jumpIf(v, jumpIfTrue, l);
}

// ---------------------------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------------------------

int FuncCompiler::conversion(Expr* e, int want) {
  Expr* arg = e->args.at(0);
  const Type* to = e->type;
  if (arg->mode == Mode::Constant && arg->value.kind == ConstValue::Kind::String &&
      to->u()->kind == Kind::Slice) {
    // []byte("lit") is built like a composite literal: cap == len.
    int v = expr(arg);
    int dst = want >= 0 ? want : alloc(to);
    emit(to->u()->elem->kind == Kind::Uint8 ? Opcode::BYTES_STR : Opcode::RUNES_STR, dst, v, 1);
    return dst;
  }
  if (arg->mode == Mode::Constant && arg->value.known() && to->kind != Kind::Interface &&
      arg->value.kind != ConstValue::Kind::String && !(to->u()->kind == Kind::Slice)) {
    // A typed constant converted at run time (e.g. string(rune) of a constant handled by the
    // checker already); numeric constants: the checker folded them when representable.
    int v = expr(arg);
    return convertValue(v, arg->type, to, want, e->pos);
  }
  int v = expr(arg);
  return convertValue(v, arg->type, to, want, e->pos);
}

int FuncCompiler::convertValue(int src, const Type* from, const Type* to, int want, Pos pos) {
  if (from == to) {
    if (want >= 0) mov(want, src, to);
    return want >= 0 ? want : src;
  }
  if (to->kind == Kind::Interface) {
    int dst = want >= 0 ? want : alloc(to);
    if (from->kind == Kind::Interface) {
      mov(dst, src, to);
      return dst;
    }
    if (from->kind == Kind::UntypedNil) {
      zero(dst, to);
      return dst;
    }
    pc_.noteIfaceType(from);
    emit(isDirectIface(from) ? Opcode::IFACE_DIRECT : Opcode::IFACE_BOX, dst, src);
    ext(from);
    return dst;
  }
  if (from->kind == Kind::UntypedNil) {
    int dst = want >= 0 ? want : alloc(to);
    zero(dst, to);
    return dst;
  }
  const Type* fu = from->u();
  const Type* tu = to->u();
  if (tu->kind == Kind::String && fu->kind != Kind::String) {
    int dst = want >= 0 ? want : alloc(to);
    if (fu->isInteger())
      emit(Opcode::STR_RUNE, dst, src);
    else if (fu->kind == Kind::Slice && fu->elem->kind == Kind::Uint8)
      emit(Opcode::STR_BYTES, dst, src);
    else if (fu->kind == Kind::Slice && fu->elem->kind == Kind::Int32)
      emit(Opcode::STR_RUNES, dst, src);
    else
      fail(pos, "unsupported conversion from " + from->str() + " to " + to->str());
    return dst;
  }
  if (fu->kind == Kind::String && tu->kind == Kind::Slice) {
    int dst = want >= 0 ? want : alloc(to);
    if (tu->elem->kind == Kind::Uint8)
      emit(Opcode::BYTES_STR, dst, src);
    else if (tu->elem->kind == Kind::Int32)
      emit(Opcode::RUNES_STR, dst, src);
    else
      fail(pos, "unsupported conversion from " + from->str() + " to " + to->str());
    return dst;
  }
  if (fu->isComplex() && tu->isComplex()) {
    int dst = want >= 0 ? want : alloc(to);
    if (fu->kind == tu->kind)
      mov(dst, src, to);
    else
      emit(tu->kind == Kind::Complex128 ? Opcode::CVT_C64_C128 : Opcode::CVT_C128_C64, dst, src);
    return dst;
  }
  if (fu->isNumeric() && tu->isNumeric()) {
    int dst = want >= 0 ? want : alloc(to);
    if (fu->isInteger() && tu->isInteger()) {
      Opcode o = extOpFor(tu);
      if (o != Opcode::NOP)
        emit(o, dst, src);
      else
        emit(Opcode::MOV, dst, src);
      return dst;
    }
    if (fu->isInteger()) {
      bool u = fu->isUnsigned();
      if (tu->kind == Kind::Float64)
        emit(u ? Opcode::CVT_U_F64 : Opcode::CVT_I_F64, dst, src);
      else
        emit(u ? Opcode::CVT_U_F32 : Opcode::CVT_I_F32, dst, src);
      return dst;
    }
    if (tu->isInteger()) {
      bool u = tu->isUnsigned();
      if (fu->kind == Kind::Float64)
        emit(u ? Opcode::CVT_F64_U : Opcode::CVT_F64_I, dst, src);
      else
        emit(u ? Opcode::CVT_F32_U : Opcode::CVT_F32_I, dst, src);
      extend(dst, tu);
      return dst;
    }
    if (fu->kind == tu->kind) {
      emit(Opcode::MOV, dst, src);
    } else if (tu->kind == Kind::Float64) {
      emit(Opcode::CVT_F32_F64, dst, src);
    } else {
      emit(Opcode::CVT_F64_F32, dst, src);
    }
    return dst;
  }
  if (fu->kind == Kind::Slice && tu->kind == Kind::Pointer) {
    int dst = want >= 0 ? want : alloc(to);
    emit(Opcode::SLICE_ARRP, dst, src);
    ext(static_cast<std::uint64_t>(tu->elem->u()->len));
    return dst;
  }
  // Same representation (named <-> underlying, pointer conversions, ...).
  if (want >= 0) {
    mov(want, src, to);
    return want;
  }
  return src;
}

// ---------------------------------------------------------------------------------------------
// Slices, assertions
// ---------------------------------------------------------------------------------------------

int FuncCompiler::sliceExpr(Expr* e, int want) {
  const Type* xt = e->x->type->u();
  std::uint64_t flags = 0;
  std::int64_t es = 1;
  int src;
  if (xt->kind == Kind::String) {
    src = expr(e->x);
    flags |= slicespec::kString;
  } else if (xt->kind == Kind::Slice) {
    src = expr(e->x);
    es = xt->elem->size;
  } else {
    const Type* at = xt;
    int p;
    if (xt->kind == Kind::Pointer) {
      at = xt->elem->u();
      p = expr(e->x);
    } else {
      p = addrOf(e->x);
    }
    es = at->elem->size;
    src = allocPattern({true, false, false}, true);
    emit(Opcode::MOV, src, p);
    loadImm(src + 1, at->len);
    loadImm(src + 2, at->len);
    flags |= slicespec::kArray;
  }
  int idx = allocPattern({false, false, false}, true);
  if (e->lo) {
    expr(e->lo, idx);
    flags |= slicespec::kHasLo;
  }
  if (e->hi) {
    expr(e->hi, idx + 1);
    flags |= slicespec::kHasHi;
  }
  if (e->max) {
    expr(e->max, idx + 2);
    flags |= slicespec::kHasMax;
  }
  int dst = want >= 0 ? want : alloc(e->type);
  emit(Opcode::SLICE, dst, src, idx);
  ext(slicespec::make(static_cast<std::uint32_t>(es), flags));
  return dst;
}

int FuncCompiler::typeAssert(Expr* e, int want, int okSlot) {
  int x = expr(e->x);
  const Type* t = e->type;
  AssertSite site;
  site.iface = e->x->type;
  site.target = t;
  site.direct = isDirectIface(t);
  int dst = want >= 0 ? want : alloc(t);
  if (t->kind == Kind::Interface) {
    emit(Opcode::ASSERTI, dst, x, okSlot);
  } else {
    emit(Opcode::ASSERT, dst, x, okSlot);
  }
  ext(pc_.out_->own(site));
  if (isSignedInt(t)) extend(dst, t);
  return dst;
}

// ---------------------------------------------------------------------------------------------
// Composite literals
// ---------------------------------------------------------------------------------------------

int FuncCompiler::compositeLit(Expr* e, int want) {
  const Type* t = e->type;
  const Type* u = t->u();
  if (u->kind == Kind::Pointer) {  // &T elided inside an outer literal
    int p = want >= 0 ? want : allocPointer();
    emit(Opcode::NEW, p);
    ext(u->elem);
    LVal m;
    m.kind = LVal::Kind::Mem;
    m.slot = p;
    m.type = u->elem;
    compositeInto(e, m);
    return p;
  }
  if (u->kind == Kind::Struct || u->kind == Kind::Array) {
    int tmp = alloc(t);
    zero(tmp, t);
    LVal f;
    f.kind = LVal::Kind::Frame;
    f.slot = tmp;
    f.type = t;
    compositeInto(e, f);
    if (want >= 0) {
      mov(want, tmp, t);
      return want;
    }
    return tmp;
  }
  if (u->kind == Kind::Slice) {
    std::int64_t n = 0;
    for (std::size_t i = 0; i < e->args.size(); i++) {
      std::int64_t idx = i < e->elemIndex.size() ? e->elemIndex[i] : static_cast<std::int64_t>(i);
      n = std::max(n, idx + 1);
    }
    int dst = alloc(t);
    int len = allocScalar();
    loadImm(len, n);
    emit(Opcode::MAKESLICE, dst, len, kNoSlot);
    ext(u->elem);
    const Type* et = u->elem;
    for (std::size_t i = 0; i < e->args.size(); i++) {
      TempScope ts(*this);
      std::int64_t idx = i < e->elemIndex.size() ? e->elemIndex[i] : static_cast<std::int64_t>(i);
      Expr* v = e->args[i];
      if (v->kind == ExprKind::KeyValue) v = v->y;
      int vs = exprAs(v, et);
      storeMem(dst, idx * et->size, vs, et);
    }
    if (want >= 0) {
      mov(want, dst, t);
      return want;
    }
    return dst;
  }
  if (u->kind == Kind::Map) {
    int dst = alloc(t);
    if (!e->args.empty()) {
      int hint = allocScalar();
      loadImm(hint, static_cast<std::int64_t>(e->args.size()));
      emit(Opcode::MAKEMAP, dst, hint);
    } else {
      emit(Opcode::MAKEMAP, dst, kNoSlot);
    }
    ext(t);
    for (Expr* kv : e->args) {
      TempScope ts(*this);
      if (kv->kind != ExprKind::KeyValue) fail(kv->pos, "internal error: map literal element");
      int k = exprAs(kv->x, u->key);
      int v = exprAs(kv->y, u->elem);
      emit(Opcode::MAPSET, dst, k, v);
      ext(t);
    }
    if (want >= 0) {
      mov(want, dst, t);
      return want;
    }
    return dst;
  }
  fail(e->pos, "unsupported composite literal of type " + t->str());
}

void FuncCompiler::compositeInto(Expr* e, const LVal& dst) {
  const Type* u = dst.type->u();
  if (u->kind == Kind::Struct) {
    for (std::size_t i = 0; i < e->args.size(); i++) {
      TempScope ts(*this);
      Expr* v = e->args[i];
      std::size_t fi = i;
      if (i < e->fieldIndex.size() && e->fieldIndex[i] >= 0)
        fi = static_cast<std::size_t>(e->fieldIndex[i]);
      if (v->kind == ExprKind::KeyValue) v = v->y;
      const Field& f = u->fields.at(fi);
      int vs = exprAs(v, f.type);
      storeLV(fieldLV(dst, f.offset, f.type), vs);
    }
    return;
  }
  if (u->kind == Kind::Array) {
    const Type* et = u->elem;
    for (std::size_t i = 0; i < e->args.size(); i++) {
      TempScope ts(*this);
      std::int64_t idx = i < e->elemIndex.size() ? e->elemIndex[i] : static_cast<std::int64_t>(i);
      Expr* v = e->args[i];
      if (v->kind == ExprKind::KeyValue) v = v->y;
      int vs = exprAs(v, et);
      storeLV(fieldLV(dst, idx * et->size, et), vs);
    }
    return;
  }
  // Slices and maps: build the value, then store it.
  int v = compositeLit(e, -1);
  storeLV(dst, v);
}

// ---------------------------------------------------------------------------------------------
// Func values
// ---------------------------------------------------------------------------------------------

int FuncCompiler::funcValue(Object* fnObj, int want) {
  FuncProto* p = pc_.protoForObj(fnObj);
  if (!p) fail(fnObj->pos, "internal error: no function " + fnObj->name);
  int dst = want >= 0 ? want : allocPointer();
  emit(Opcode::LOADK, dst);
  ext(p->staticClosure());
  return dst;
}

int FuncCompiler::funcLit(Expr* e, int want) {
  FuncLit* lit = e->funcLit;
  std::string name;
  litCounter_++;
  if (lit_)
    name = fn_->name + "." + std::to_string(litCounter_);
  else if (decl_)
    name = fn_->name + ".func" + std::to_string(litCounter_);
  else
    name = pkgQualifier(pkg_ ? pkg_->path : "main") + ".glob..func" + std::to_string(litCounter_);
  FuncProto* p = pc_.protoForLit(lit, name);
  p->file = file_;
  p->line = lit->pos.line;
  p->sig = lit->sig;
  p->paramSlots = static_cast<std::int32_t>(sigParamSlots(lit->sig));
  p->resultSlots = static_cast<std::int32_t>(sigResultSlots(lit->sig));
  p->hasParams = p->paramSlots > 0;
  p->numCaptures = static_cast<std::int32_t>(lit->captures.size());
  pc_.pendingLits_.push_back({lit, p, pkg_, file_});
  int dst = want >= 0 ? want : allocPointer();
  int n = static_cast<int>(lit->captures.size());
  if (n == 0) {
    emit(Opcode::LOADK, dst);
    ext(p->staticClosure());
    return dst;
  }
  int base = allocPattern(std::vector<bool>(static_cast<std::size_t>(n), true), true);
  for (int i = 0; i < n; i++) {
    Object* o = lit->captures[static_cast<std::size_t>(i)];
    const VarLoc* loc = findVar(o);
    if (o->isGlobal || !loc) {
      if (!o->isGlobal) fail(e->pos, "internal error: captured variable " + o->name + " not found");
      loadImm(base + i, 0);
      continue;
    }
    if (loc->kind != VarLoc::Kind::Boxed)
      fail(e->pos, "internal error: captured variable " + o->name + " is not boxed");
    emit(Opcode::MOV, base + i, loc->slot);
  }
  emit(Opcode::CLOSURE, dst, base, n);
  ext(p);
  return dst;
}

int FuncCompiler::methodValue(Expr* e, int want) {
  // The receiver is evaluated now and boxed; the closure's wrapper calls the method on it.
  if (e->selKind == Expr::SelKind::IfaceMethod) {
    const Type* it = nullptr;
    int iv = ifaceRecv(e, it);
    // A method value of a nil interface panics when it is evaluated, not when it is called.
    emit(Opcode::NILCHK, iv);
    int box = allocPointer();
    emit(Opcode::NEW, box);
    ext(it);
    storeMem(box, 0, iv, it);
    const std::string& name =
        it->u()->imethods.at(static_cast<std::size_t>(e->selMethodIndex)).name;
    FuncProto* w = pc_.methodValueWrapper(it, nullptr, name);
    int dst = want >= 0 ? want : allocPointer();
    emit(Opcode::CLOSURE, dst, box, 1);
    ext(w);
    return dst;
  }
  const Method* m = e->selMethod;
  FuncDecl* md = m->decl;
  const Type* rt = md ? md->recvType : nullptr;
  if (!rt) fail(e->pos, "unsupported method value of a native method");
  int r = methodRecv(e, -1);
  int box = allocPointer();
  emit(Opcode::NEW, box);
  ext(rt);
  storeMem(box, 0, r, rt);
  FuncProto* w = pc_.methodValueWrapper(rt, m, m->name);
  int dst = want >= 0 ? want : allocPointer();
  emit(Opcode::CLOSURE, dst, box, 1);
  ext(w);
  return dst;
}

int FuncCompiler::methodExpr(Expr* e, int want) {
  const Method* m = e->selMethod;
  if (e->x->type->kind == Kind::Interface) {
    const Type* it = e->x->type;
    std::string name = m ? m->name : e->name;
    if (!m && e->selMethodIndex >= 0)
      name = it->u()->imethods.at(static_cast<std::size_t>(e->selMethodIndex)).name;
    FuncProto* p = pc_.derefWrapper(it, name);
    int dst = want >= 0 ? want : allocPointer();
    emit(Opcode::LOADK, dst);
    ext(p->staticClosure());
    return dst;
  }
  if (!m) fail(e->pos, "unsupported method expression");
  const Type* t = e->x->type;  // T or *T as written
  FuncProto* p = nullptr;
  bool tIsPtr = t->kind == Kind::Pointer && !t->named();
  if (m->decl && e->selPath.empty() && tIsPtr == m->pointerReceiver) p = pc_.protoFor(m->decl);
  if (!p && tIsPtr) p = pc_.derefWrapper(t, m->name);
  if (!p) p = pc_.valueWrapper(t, m->name);
  int dst = want >= 0 ? want : allocPointer();
  emit(Opcode::LOADK, dst);
  ext(p->staticClosure());
  return dst;
}

}  // namespace gomi::comp
