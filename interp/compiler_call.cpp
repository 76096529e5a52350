// interp/compiler_call.cpp — calls (direct, method, interface, closure, native), builtins,
// defer/go.
//
// Calls use the VM's overlapping windows: the window is allocated above every live slot with
// the callee's parameter/result shapes, each argument is evaluated straight into its window
// slot, and the results are read where the callee left them. A nested call in an argument gets
// its own window above the partially built one.
#include "interp/compiler_impl.h"

namespace gomi::comp {

std::int64_t FuncCompiler::sigParamSlots(const Type* sig) const {
  std::int64_t n = 0;
  for (const Type* t : sig->u()->params) n += t->slots();
  return n;
}

std::int64_t FuncCompiler::sigResultSlots(const Type* sig) const {
  std::int64_t n = 0;
  for (const Type* t : sig->u()->results) n += t->slots();
  return n;
}

std::vector<bool> FuncCompiler::sigPattern(const Type* sig, int extraLeadingPtr) const {
  std::vector<bool> p(static_cast<std::size_t>(extraLeadingPtr), true);
  for (const Type* t : sig->u()->params) {
    auto q = patternOf(t);
    p.insert(p.end(), q.begin(), q.end());
  }
  for (const Type* t : sig->u()->results) {
    auto q = patternOf(t);
    p.insert(p.end(), q.begin(), q.end());
  }
  return p;
}

bool hasCall(Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case ExprKind::FuncLit:
      return false;
    case ExprKind::Call:
      if (e->callKind != Expr::CallKind::Conversion && e->callKind != Expr::CallKind::Builtin)
        return true;
      break;
    default:
      break;
  }
  if (hasCall(e->x) || hasCall(e->y) || hasCall(e->lo) || hasCall(e->hi) || hasCall(e->max))
    return true;
  for (Expr* a : e->args)
    if (hasCall(a)) return true;
  return false;
}

void FuncCompiler::layoutArgs(Expr* call, const Type* sig, int base, int firstOffset) {
  const Type* su = sig->u();
  const auto& params = su->params;
  std::size_t nfixed = su->variadic ? params.size() - 1 : params.size();
  // Sources: either argument expressions or the results of one multi-value call.
  std::vector<std::pair<int, const Type*>> spread;
  if (call->spreadTuple && call->args.size() == 1) {
    Expr* g = call->args[0];
    int r = callResults(g);
    const Type* tt = g->type;
    int off = 0;
    for (const Type* mt : tt->results) {
      spread.push_back({r + off, mt});
      off += static_cast<int>(mt->slots());
    }
  }
  std::size_t nargs = spread.empty() ? call->args.size() : spread.size();
  // Destination of each argument: a window slot, or element k of the variadic slice.
  struct Dest {
    Expr* e;
    int slot;  // window slot, or -1 for a variadic element
    const Type* type;
    std::int64_t elem;  // variadic element index
  };
  std::vector<Dest> dests;
  int off = base + firstOffset;
  for (std::size_t i = 0; i < nfixed; i++) {
    if (spread.empty())
      dests.push_back({call->args[i], off, params[i], 0});
    else
      convertValue(spread[i].first, spread[i].second, params[i], off, call->pos);
    off += static_cast<int>(params[i]->slots());
  }
  int sliceSlot = -1;
  const Type* et = nullptr;
  if (su->variadic) {
    const Type* st = params.back();
    if (call->hasEllipsis) {
      dests.push_back({call->args.back(), off, st, 0});
    } else if (nargs == nfixed) {
      zero(off, st);
    } else {
      et = st->u()->elem;
      std::size_t extra = nargs - nfixed;
      int len = allocScalar();
      loadImm(len, static_cast<std::int64_t>(extra));
      emit(Opcode::MAKESLICE, off, len, kNoSlot);
      ext(et);
      sliceSlot = off;
      for (std::size_t k = 0; k < extra; k++) {
        if (spread.empty()) {
          dests.push_back({call->args[nfixed + k], -1, et, static_cast<std::int64_t>(k)});
        } else {
          TempScope ts(*this);
          int v =
              convertValue(spread[nfixed + k].first, spread[nfixed + k].second, et, -1, call->pos);
          storeMem(off, static_cast<std::int64_t>(k) * et->size, v, et);
        }
      }
    }
  }
  // As gc does, arguments containing calls are evaluated first, so a plain variable argument
  // observes the effects of a call in a later argument.
  bool anyCall = false, anyPlain = false;
  for (const Dest& d : dests) (hasCall(d.e) ? anyCall : anyPlain) = true;
  for (int pass = 0; pass < 2; pass++) {
    for (const Dest& d : dests) {
      if (anyCall && anyPlain && hasCall(d.e) != (pass == 0)) continue;
      if (!anyCall || !anyPlain) {
        if (pass == 1) break;
      }
      if (d.slot >= 0) {
        exprAs(d.e, d.type, d.slot);
      } else {
        TempScope ts(*this);
        int v = exprAs(d.e, d.type);
        storeMem(sliceSlot, d.elem * d.type->size, v, d.type);
      }
    }
  }
}

int FuncCompiler::ifaceRecv(Expr* sel, const Type*& itype) {
  Expr* x = sel->x;
  if (sel->selPath.empty()) {
    itype = x->type;
    return expr(x);
  }
  // An interface embedded in a struct: walk to the field.
  LVal cur;
  if (x->type->kind == Kind::Pointer && !x->type->named()) {
    int p = expr(x);
    cur.kind = LVal::Kind::Mem;
    cur.slot = p;
    cur.type = x->type->u()->elem;
  } else if (x->mode == Mode::Variable) {
    cur = lvalue(x);
  } else {
    cur.kind = LVal::Kind::Frame;
    cur.slot = expr(x);
    cur.type = x->type;
  }
  for (int idx : sel->selPath) {
    if (cur.type->kind == Kind::Pointer) {
      int p = loadLV(cur);
      LVal n;
      n.kind = LVal::Kind::Mem;
      n.slot = p;
      n.type = cur.type->u()->elem;
      cur = n;
    }
    const Field& f = cur.type->u()->fields.at(static_cast<std::size_t>(idx));
    cur = fieldLV(cur, f.offset, f.type);
  }
  itype = cur.type;
  return loadLV(cur);
}

int FuncCompiler::methodRecv(Expr* sel, int want) {
  Expr* x = sel->x;
  LVal cur;
  if (x->type->kind == Kind::Pointer && !x->type->named()) {
    int p = expr(x);
    cur.kind = LVal::Kind::Frame;
    cur.slot = p;
    cur.type = x->type;
  } else if (x->mode == Mode::Variable) {
    cur = lvalue(x);
  } else {
    int v = expr(x);
    cur.kind = LVal::Kind::Frame;
    cur.slot = v;
    cur.type = x->type;
  }
  const Method* m = sel->selMethod;
  bool viaPtr = false;  // the receiver is a field reached through a pointer (nil-checked)
  for (int idx : sel->selPath) {
    if (cur.type->kind == Kind::Pointer) {
      viaPtr = true;
      int p = loadLV(cur);
      LVal n;
      n.kind = LVal::Kind::Mem;
      n.slot = p;
      n.type = cur.type->u()->elem;
      cur = n;
    }
    const Field& f = cur.type->u()->fields.at(static_cast<std::size_t>(idx));
    cur = fieldLV(cur, f.offset, f.type);
  }
  if (m->pointerReceiver) {
    if (cur.type->kind == Kind::Pointer) return loadLV(cur, want);
    cur = toMem(cur);
    if (cur.kind != LVal::Kind::Mem)
      fail(sel->pos, "internal error: pointer method on a value whose address is not taken");
    int dst = want >= 0 ? want : allocPointer();
    if (cur.off == 0 && !viaPtr)
      emit(Opcode::MOV, dst, cur.slot);
    else
      emit(Opcode::PADD, dst, cur.slot, static_cast<int>(cur.off));
    return dst;
  }
  if (cur.type->kind == Kind::Pointer) {
    int p = loadLV(cur);
    const Type* et = cur.type->u()->elem;
    int dst = want >= 0 ? want : alloc(et);
    loadMem(dst, p, 0, et);
    return dst;
  }
  return loadLV(cur, want);
}

// The named type a method selector's receiver resolves to (after embedded fields).
static const Type* recvNamed(Expr* sel) {
  const Type* t = sel->x->type;
  if (t->kind == Kind::Pointer && !t->named()) t = t->u()->elem;
  for (int idx : sel->selPath) {
    if (t->kind == Kind::Pointer && !t->named()) t = t->u()->elem;
    t = t->u()->fields.at(static_cast<std::size_t>(idx)).type;
  }
  if (t->kind == Kind::Pointer && !t->named()) t = t->u()->elem;
  return t;
}

int FuncCompiler::callResults(Expr* e) {
  setLine(e->pos);
  switch (e->callKind) {
    case Expr::CallKind::Func: {
      Expr* f = unparen(e->x);
      Object* fo = f->obj;
      FuncProto* p = fo ? pc_.protoForObj(fo) : nullptr;
      if (!p) {
        // Not a declared function after all (e.g. a func-typed variable): call it as a value.
        break;
      }
      // math.Sqrt and math.Abs are single instructions, not native calls: they sit in the
      // inner loops of numeric code, where a call costs more than the operation.
      if (p->native && (p->name == "math.Sqrt" || p->name == "math.Abs") && e->args.size() == 1) {
        int x = exprAs(e->args[0], fo->type->u()->params[0]);
        int d = alloc(fo->type->u()->results[0]);
        emit(p->name == "math.Sqrt" ? Opcode::SQRT_F64 : Opcode::ABS_F64, d, x);
        return d;
      }
      const Type* sig = fo->type;
      int w = windowBase(sigPattern(sig));
      layoutArgs(e, sig, w, 0);
      setLine(e->opPos);  // Go's line of a call is its '(' line
      emit(p->native ? Opcode::CALLN : Opcode::CALL, w);
      ext(p);
      return w + static_cast<int>(sigParamSlots(sig));
    }
    case Expr::CallKind::Method: {
      Expr* sel = unparen(e->x);
      const Method* m = sel->selMethod;
      const Type* named = recvNamed(sel);
      FuncProto* p = m->decl ? pc_.protoFor(m->decl) : pc_.protoForMethod(named, m->name);
      if (!p) fail(e->pos, "internal error: no proto for method " + m->name);
      const Type* rt = m->pointerReceiver ? pc_.prog_.types.pointerTo(named) : named;
      const Type* sig = m->sig;
      std::vector<bool> pat = patternOf(rt);
      auto sp = sigPattern(sig);
      pat.insert(pat.end(), sp.begin(), sp.end());
      int w = windowBase(pat);
      methodRecv(sel, w);
      layoutArgs(e, sig, w, static_cast<int>(rt->slots()));
      setLine(e->opPos);  // Go's line of a call is its '(' line
      emit(p->native ? Opcode::CALLN : Opcode::CALL, w);
      ext(p);
      return w + static_cast<int>(rt->slots() + sigParamSlots(sig));
    }
    case Expr::CallKind::Iface: {
      Expr* sel = unparen(e->x);
      const Type* it = nullptr;
      int iv = ifaceRecv(sel, it);
      const auto& im = it->u()->imethods.at(static_cast<std::size_t>(sel->selMethodIndex));
      const Type* sig = im.sig;
      int w = windowBase(sigPattern(sig, 1));
      layoutArgs(e, sig, w, 1);
      IfaceCallSite site;
      site.iface = it;
      site.methodIndex = sel->selMethodIndex;
      setLine(e->opPos);  // Go's line of a call is its '(' line
      emit(Opcode::CALLI, w, iv);
      ext(pc_.out_->own(site));
      return w + 1 + static_cast<int>(sigParamSlots(sig));
    }
    case Expr::CallKind::Conversion:
    case Expr::CallKind::Builtin:
      fail(e->pos, "internal error: not a call with results");
    default:
      break;
  }
  // Closure call.
  const Type* sig = e->x->type;
  int f = expr(e->x);
  int w = windowBase(sigPattern(sig));
  layoutArgs(e, sig, w, 0);
  setLine(e->opPos);
  emit(Opcode::CALLC, w, f);
  return w + static_cast<int>(sigParamSlots(sig));
}

int FuncCompiler::call(Expr* e, int want) {
  if (e->callKind == Expr::CallKind::Conversion) return conversion(e, want);
  if (e->callKind == Expr::CallKind::Builtin) return builtinCall(e, want);
  int r = callResults(e);
  if (want >= 0 && e->type && e->type->kind != Kind::Tuple) {
    mov(want, r, e->type);
    return want;
  }
  return r;
}

int FuncCompiler::recvExpr(Expr* ch, const Type* chanType, int want, int okSlot) {
  int c = expr(ch);
  const Type* et = chanType->u()->elem;
  int dst = want >= 0 ? want : alloc(et);
  emit(Opcode::RECV, c, dst, okSlot);
  ext(chanType);
  if (isSignedInt(et)) extend(dst, et);
  return dst;
}

int FuncCompiler::commaOk(Expr* e, int want) {
  e = unparen(e);
  const Type* vt = e->type;
  if (vt && vt->kind == Kind::Tuple) vt = vt->results.at(0);
  std::vector<bool> pat;
  if (e->kind == ExprKind::Unary && e->op == Op::Arrow) vt = e->x->type->u()->elem;
  pat = patternOf(vt);
  pat.push_back(false);
  int base = want >= 0 ? want : allocPattern(pat, true);
  int ok = base + static_cast<int>(vt->slots());
  if (e->kind == ExprKind::Index) {
    const Type* mt = e->x->type;
    int m = expr(e->x);
    int k = exprAs(e->y, mt->u()->key);
    emit(Opcode::MAPGET2, base, m, k);
    ext(mt);
    if (isSignedInt(vt)) extend(base, vt);
    return base;
  }
  if (e->kind == ExprKind::TypeAssert) {
    typeAssert(e, base, ok);
    return base;
  }
  if (e->kind == ExprKind::Unary && e->op == Op::Arrow) {
    recvExpr(e->x, e->x->type, base, ok);
    return base;
  }
  fail(e->pos, "internal error: not a comma-ok expression");
}

// ---------------------------------------------------------------------------------------------
// Builtins
// ---------------------------------------------------------------------------------------------

void FuncCompiler::printCall(Expr* e, bool ln) {
  for (std::size_t i = 0; i < e->args.size(); i++) {
    TempScope ts(*this);
    if (ln && i > 0) emit(Opcode::PRINT_SP);
    Expr* a = e->args[i];
    const Type* t = a->type;
    int v = expr(a);
    switch (t->kind) {
      case Kind::Bool:
        emit(Opcode::PRINT_BOOL, v);
        break;
      case Kind::Float64:
        emit(Opcode::PRINT_F64, v);
        break;
      case Kind::Float32: {
        int d = allocScalar();
        emit(Opcode::CVT_F32_F64, d, v);
        emit(Opcode::PRINT_F64, d);
        break;
      }
      case Kind::Complex128:
        emit(Opcode::PRINT_C128, v);
        break;
      case Kind::Complex64: {
        int d = alloc(pc_.prog_.types.basic(Kind::Complex128));
        emit(Opcode::CVT_C64_C128, d, v);
        emit(Opcode::PRINT_C128, d);
        break;
      }
      case Kind::String:
        emit(Opcode::PRINT_STR, v);
        break;
      case Kind::Pointer:
      case Kind::Map:
      case Kind::Chan:
      case Kind::Func:
      case Kind::UnsafePointer:
        emit(Opcode::PRINT_PTR, v);
        break;
      case Kind::Interface:
        emit(Opcode::PRINT_IFACE, v);
        break;
      case Kind::Slice:
        emit(Opcode::PRINT_SLICE, v);
        break;
      default:
        if (t->isUnsigned())
          emit(Opcode::PRINT_U, v);
        else if (t->isInteger())
          emit(Opcode::PRINT_I, v);
        else
          fail(a->pos, "illegal types for operand: print\n\t" + t->str());
    }
  }
  if (ln) emit(Opcode::PRINT_NL);
  emit(Opcode::PRINT_END);
}

int FuncCompiler::appendCall(Expr* e, int want) {
  const Type* st = e->type;
  const Type* et = st->u()->elem;
  if (e->args.size() == 1) return expr(e->args[0], want);
  // The slice operand is appended to in place when it is the destination variable or a
  // temporary made for this append (b.buf loaded from memory): no 3-slot copy first. A variable
  // that is not the destination may be aliased by the operands (s = append(x, s...)): copy it.
  std::size_t mark = temps_.size();
  if (e->hasEllipsis) {
    int s = expr(e->args[0]);
    int v = expr(e->args[1]);
    int dst = (want >= 0 && want == s) || liveTempSince(mark, s, static_cast<int>(st->slots()))
                  ? s
                  : alloc(st);
    mov(dst, s, st);
    emit(Opcode::APPENDSL, dst, v);
    ext(et);
    if (want >= 0 && dst != want) mov(want, dst, st);
    return want >= 0 ? want : dst;
  }
  int s = expr(e->args[0]);
  std::size_t n = e->args.size() - 1;
  std::vector<bool> pat;
  auto ep = patternOf(et);
  for (std::size_t i = 0; i < n; i++) pat.insert(pat.end(), ep.begin(), ep.end());
  int vals = allocPattern(pat, true);
  for (std::size_t i = 0; i < n; i++)
    exprAs(e->args[i + 1], et, vals + static_cast<int>(i * et->slots()));
  int dst = (want >= 0 && want == s) || liveTempSince(mark, s, static_cast<int>(st->slots()))
                ? s
                : alloc(st);
  mov(dst, s, st);
  emit(Opcode::APPEND, dst, vals, static_cast<int>(n));
  ext(et);
  if (want >= 0 && dst != want) mov(want, dst, st);
  return want >= 0 ? want : dst;
}

// builtin(g()) (Expr::spreadCall): g's results go into the hidden variables the arguments name.
void FuncCompiler::bindSpreadArgs(Expr* e) {
  int r = callResults(unparen(e->spreadCall));
  int off = 0;
  for (Expr* a : e->args) {
    VarLoc loc;
    loc.slot = allocVar(a->type);
    mov(loc.slot, r + off, a->type);
    off += static_cast<int>(a->type->slots());
    bindVar(a->obj, loc);
  }
}

int FuncCompiler::builtinCall(Expr* e, int want) {
  setLine(e->pos);
  if (e->spreadCall) {
    bindSpreadArgs(e);
    setLine(e->pos);
  }
  auto dstFor = [&](const Type* t) { return want >= 0 ? want : alloc(t); };
  switch (e->builtin) {
    case Builtin::Len:
    case Builtin::Cap: {
      Expr* a = e->args.at(0);
      const Type* t = a->type->u();
      if (t->kind == Kind::Pointer) t = t->elem->u();
      if (t->kind == Kind::Array) {
        if (a->type->u()->kind == Kind::Pointer || unparen(a)->kind == ExprKind::Call) expr(a);
        int dst = dstFor(e->type);
        loadImm(dst, t->len);
        return dst;
      }
      int v = expr(a);
      if (t->kind == Kind::String || t->kind == Kind::Slice) {
        int s = v + (e->builtin == Builtin::Len ? 1 : 2);
        if (want < 0) return s;
        emit(Opcode::MOV, want, s);
        return want;
      }
      int dst = dstFor(e->type);
      if (t->kind == Kind::Map)
        emit(Opcode::MAPLEN, dst, v);
      else if (t->kind == Kind::Chan)
        emit(e->builtin == Builtin::Len ? Opcode::CHANLEN : Opcode::CHANCAP, dst, v);
      else
        fail(e->pos, "internal error: len/cap operand");
      return dst;
    }
    case Builtin::Append:
      return appendCall(e, want);
    case Builtin::Copy: {
      int d = expr(e->args.at(0));
      int s = expr(e->args.at(1));
      int dst = dstFor(e->type ? e->type : pc_.prog_.types.basic(Kind::Int));
      emit(Opcode::COPY, dst, d, s);
      ext(static_cast<std::uint64_t>(e->args[0]->type->u()->elem->size));
      return dst;
    }
    case Builtin::Delete: {
      const Type* mt = e->args.at(0)->type;
      int m = expr(e->args[0]);
      int k = exprAs(e->args.at(1), mt->u()->key);
      emit(Opcode::MAPDEL, m, k);
      ext(mt);
      return 0;
    }
    case Builtin::Make: {
      const Type* t = e->type;
      const Type* u = t->u();
      int a1 = e->args.size() > 1 ? expr(e->args[1]) : kNoSlot;
      int a2 = e->args.size() > 2 ? expr(e->args[2]) : kNoSlot;
      int dst = dstFor(t);
      if (u->kind == Kind::Slice) {
        emit(Opcode::MAKESLICE, dst, a1, a2);
        ext(u->elem);
      } else if (u->kind == Kind::Map) {
        emit(Opcode::MAKEMAP, dst, a1);
        ext(t);
      } else if (u->kind == Kind::Chan) {
        emit(Opcode::MAKECHAN, dst, a1);
        ext(t);
      } else {
        fail(e->pos, "internal error: make of " + t->str());
      }
      return dst;
    }
    case Builtin::New: {
      int dst = want >= 0 ? want : allocPointer();
      emit(Opcode::NEW, dst);
      ext(e->type->u()->elem);
      return dst;
    }
    case Builtin::Panic: {
      int v = exprAs(e->args.at(0), pc_.prog_.types.emptyInterface());
      emit(Opcode::PANIC, v);
      return 0;
    }
    case Builtin::Print:
    case Builtin::Println:
      printCall(e, e->builtin == Builtin::Println);
      return 0;
    case Builtin::Recover: {
      int dst = dstFor(pc_.prog_.types.emptyInterface());
      emit(Opcode::RECOVER, dst);
      return dst;
    }
    case Builtin::Close: {
      int c = expr(e->args.at(0));
      emit(Opcode::CLOSE, c);
      return 0;
    }
    case Builtin::Complex: {
      const TypeTable& tt = pc_.prog_.types;
      bool c64 = e->type->u()->kind == Kind::Complex64;
      const Type* ft = tt.basic(c64 ? Kind::Float32 : Kind::Float64);
      // Both parts into temporaries first: the destination may be a variable the arguments read.
      int x = exprAs(e->args.at(0), ft);
      int y = exprAs(e->args.at(1), ft);
      int dst = dstFor(e->type);
      if (c64) {
        emit(Opcode::MK_C64, dst, x, y);
      } else {
        int tmp = alloc(e->type);
        emit(Opcode::MOV, tmp, x);
        emit(Opcode::MOV, tmp + 1, y);
        emit(Opcode::MOV2, dst, tmp);
      }
      return dst;
    }
    case Builtin::Real:
    case Builtin::Imag: {
      Expr* a = e->args.at(0);
      bool re = e->builtin == Builtin::Real;
      int v = expr(a);
      if (a->type->u()->kind == Kind::Complex128) {
        int part = re ? v : v + 1;
        if (want < 0) return part;
        emit(Opcode::MOV, want, part);
        return want;
      }
      int dst = dstFor(e->type);
      emit(re ? Opcode::EXT_U32 : Opcode::IMAG_C64, dst, v);
      return dst;
    }
    default:
      fail(e->pos, "unsupported builtin");
  }
}

// ---------------------------------------------------------------------------------------------
// defer / go
// ---------------------------------------------------------------------------------------------

void FuncCompiler::deferOrGo(Stmt* s, bool isGo) {
  Expr* c = unparen(s->x);
  if (!isGo) hasDefer_ = true;
  if (c->kind != ExprKind::Call) fail(s->pos, "expression in defer/go must be function call");
  setLine(s->pos);
  auto argBlock = [&](const Type* sig) {
    std::vector<bool> pat;
    for (const Type* t : sig->u()->params) {
      auto q = patternOf(t);
      pat.insert(pat.end(), q.begin(), q.end());
    }
    // Room for results too: the deferred proto's frame is built from this block.
    for (const Type* t : sig->u()->results) {
      auto q = patternOf(t);
      pat.insert(pat.end(), q.begin(), q.end());
    }
    return pat;
  };
  switch (c->callKind) {
    case Expr::CallKind::Func: {
      Object* fo = unparen(c->x)->obj;
      FuncProto* p = fo ? pc_.protoForObj(fo) : nullptr;
      if (!p) break;
      int a = windowBase(argBlock(fo->type));
      layoutArgs(c, fo->type, a, 0);
      emit(isGo ? Opcode::GO : Opcode::DEFER, a);
      ext(p);
      return;
    }
    case Expr::CallKind::Method:
    case Expr::CallKind::Iface: {
      int f = methodValue(unparen(c->x), -1);
      const Type* sig = unparen(c->x)->type;
      int a = windowBase(argBlock(sig));
      layoutArgs(c, sig, a, 0);
      emit(isGo ? Opcode::GOC : Opcode::DEFERC, a, f);
      return;
    }
    case Expr::CallKind::Builtin: {
      // A thunk whose parameters are the builtin's (already evaluated) arguments.
      std::vector<const Type*> ptypes;
      for (Expr* a : c->args)
        ptypes.push_back(c->builtin == Builtin::Panic ? pc_.prog_.types.emptyInterface() : a->type);
      if (c->builtin == Builtin::Delete && ptypes.size() == 2)
        ptypes[1] = c->args[0]->type->u()->key;
      FuncProto* p = pc_.newProto(fn_->name + ".deferwrap" + std::to_string(++litCounter_));
      p->file = file_;
      p->line = line_;
      FuncCompiler sub(pc_, p, pkg_, file_);
      std::vector<int> slots;
      std::vector<bool> pat;
      for (const Type* t : ptypes) {
        slots.push_back(static_cast<int>(pat.size()));
        auto q = patternOf(t);
        pat.insert(pat.end(), q.begin(), q.end());
      }
      sub.shape_.resize(pat.size());
      sub.live_.assign(pat.size(), true);
      for (std::size_t i = 0; i < pat.size(); i++) sub.shape_[i] = pat[i] ? 1 : 0;
      p->paramSlots = static_cast<std::int32_t>(pat.size());
      p->hasParams = !pat.empty();
      sub.line_ = line_;
      switch (c->builtin) {
        case Builtin::Close:
          sub.emit(Opcode::CLOSE, 0);
          break;
        case Builtin::Panic:
          sub.emit(Opcode::PANIC, 0);
          break;
        case Builtin::Delete:
          sub.emit(Opcode::MAPDEL, slots.at(0), slots.at(1));
          sub.ext(c->args[0]->type);
          break;
        case Builtin::Copy: {
          int n = sub.allocScalar();
          sub.emit(Opcode::COPY, n, slots.at(0), slots.at(1));
          sub.ext(static_cast<std::uint64_t>(ptypes[0]->u()->elem->size));
          break;
        }
        case Builtin::Recover: {
          // `defer recover()` recovers as a recover() called by the deferring function would
          // (RECOVER b = 1: judged from the caller's frame).
          int v = sub.alloc(pc_.prog_.types.emptyInterface());
          sub.emit(Opcode::RECOVER, v, 1);
          break;
        }
        case Builtin::Print:
        case Builtin::Println: {
          bool ln = c->builtin == Builtin::Println;
          for (std::size_t i = 0; i < ptypes.size(); i++) {
            if (ln && i > 0) sub.emit(Opcode::PRINT_SP);
            const Type* t = ptypes[i];
            int v = slots[i];
            switch (t->kind) {
              case Kind::Bool:
                sub.emit(Opcode::PRINT_BOOL, v);
                break;
              case Kind::Float64:
                sub.emit(Opcode::PRINT_F64, v);
                break;
              case Kind::Float32: {
                int d = sub.allocScalar();
                sub.emit(Opcode::CVT_F32_F64, d, v);
                sub.emit(Opcode::PRINT_F64, d);
                break;
              }
              case Kind::Complex128:
                sub.emit(Opcode::PRINT_C128, v);
                break;
              case Kind::Complex64: {
                int d = sub.alloc(pc_.prog_.types.basic(Kind::Complex128));
                sub.emit(Opcode::CVT_C64_C128, d, v);
                sub.emit(Opcode::PRINT_C128, d);
                break;
              }
              case Kind::String:
                sub.emit(Opcode::PRINT_STR, v);
                break;
              case Kind::Interface:
                sub.emit(Opcode::PRINT_IFACE, v);
                break;
              case Kind::Slice:
                sub.emit(Opcode::PRINT_SLICE, v);
                break;
              case Kind::Pointer:
              case Kind::Map:
              case Kind::Chan:
              case Kind::Func:
                sub.emit(Opcode::PRINT_PTR, v);
                break;
              default:
                if (t->isInteger())
                  sub.emit(t->isUnsigned() ? Opcode::PRINT_U : Opcode::PRINT_I, v);
                else
                  fail(s->pos, "unsupported deferred print of " + t->str());
            }
          }
          if (ln) sub.emit(Opcode::PRINT_NL);
          sub.emit(Opcode::PRINT_END);
          break;
        }
        default:
          fail(s->pos,
               std::string(isGo ? "go" : "defer") + " of this builtin is not supported yet");
      }
      sub.emit(Opcode::RET);
      sub.finish();
      if (c->spreadCall) bindSpreadArgs(c);
      int a = windowBase(pat);
      for (std::size_t i = 0; i < ptypes.size(); i++) exprAs(c->args[i], ptypes[i], a + slots[i]);
      emit(isGo ? Opcode::GO : Opcode::DEFER, a);
      ext(p);
      return;
    }
    case Expr::CallKind::Conversion:
      fail(s->pos, std::string(isGo ? "go" : "defer") + " of a conversion is not supported");
    default:
      break;
  }
  const Type* sig = c->x->type;
  int f = expr(c->x);
  int a = windowBase(argBlock(sig));
  layoutArgs(c, sig, a, 0);
  emit(isGo ? Opcode::GOC : Opcode::DEFERC, a, f);
}

}  // namespace gomi::comp
