// interp/compiler.cpp — program-level compilation: protos for every function, the global area,
// the entry function, interface method sets and their wrappers; and the FuncCompiler machinery
// that does not depend on the tree (slot allocation, emission, jumps, loads and stores).
//
// Slot allocation is first-fit over a per-function shape map: a slot, once used for a pointer
// word, only ever holds pointer words (and likewise scalars), so one bitmap describes the frame
// for the whole function and the GC scans it precisely.
#include <cstdio>
#include <cstring>
#include <iostream>

#include "interp/compiler_impl.h"

namespace gomi {

namespace comp {

bool isDirectIface(const Type* t) {
  switch (t->kind) {
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

bool wordIsPointer(const Type* t, std::int64_t i) {
  if (static_cast<std::size_t>(i * 8) >= t->gc.ptrdata || t->gc.ptrmask == nullptr) return false;
  return (t->gc.ptrmask[i / 8] >> (i % 8)) & 1;
}

bool isSignedInt(const Type* t) {
  switch (t->kind) {
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
      return true;
    default:
      return false;
  }
}

Opcode extOpFor(const Type* t) {
  switch (t->kind) {
    case Kind::Int8:
      return Opcode::EXT_I8;
    case Kind::Int16:
      return Opcode::EXT_I16;
    case Kind::Int32:
      return Opcode::EXT_I32;
    case Kind::Uint8:
      return Opcode::EXT_U8;
    case Kind::Uint16:
      return Opcode::EXT_U16;
    case Kind::Uint32:
      return Opcode::EXT_U32;
    default:
      return Opcode::NOP;
  }
}

std::string pkgQualifier(const std::string& pkgPath) {
  return pkgPath.empty() ? "main" : pkgPath;
}

std::string methodFuncName(const Type* recv, const std::string& method) {
  if (recv->kind == Kind::Pointer && !recv->named()) {
    const Type* n = recv->u()->elem;
    return pkgQualifier(n->pkg) + ".(*" + n->name + ")." + method;
  }
  return pkgQualifier(recv->pkg) + "." + recv->name + "." + method;
}

// ---------------------------------------------------------------------------------------------
// FuncCompiler: slots
// ---------------------------------------------------------------------------------------------

FuncCompiler::FuncCompiler(ProgramCompiler& pc, FuncProto* fn, Package* pkg, std::string file)
    : pc_(pc), fn_(fn), pkg_(pkg), file_(std::move(file)) {}

std::vector<bool> FuncCompiler::patternOf(const Type* t) const {
  // Refuse before building a bit per slot: a 1.5 GB array would cost seconds of memset here.
  if (t->slots() >= 0xFFFF) frameTooLarge();
  std::vector<bool> p(static_cast<std::size_t>(t->slots()));
  for (std::size_t i = 0; i < p.size(); i++) p[i] = wordIsPointer(t, static_cast<std::int64_t>(i));
  return p;
}

int FuncCompiler::allocPattern(const std::vector<bool>& ptr, bool temp) {
  const int n = static_cast<int>(ptr.size());
  if (n == 0) return 0;
  for (int base = 0;; base++) {
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
      std::size_t s = static_cast<std::size_t>(base + i);
      if (s >= shape_.size()) break;
      if (live_[s] || (shape_[s] >= 0 && shape_[s] != (ptr[i] ? 1 : 0))) ok = false;
    }
    if (!ok) continue;
    if (base + n >= 0xFFFF) frameTooLarge();
    if (shape_.size() < static_cast<std::size_t>(base + n)) {
      shape_.resize(base + n, -1);
      live_.resize(base + n, false);
    }
    for (int i = 0; i < n; i++) {
      shape_[base + i] = ptr[i] ? 1 : 0;
      live_[base + i] = true;
    }
    if (temp) temps_.push_back({base, n});
    return base;
  }
}

void FuncCompiler::frameTooLarge() const {
  Pos p = pos_.line == line_ && line_ > 0 ? pos_ : Pos{line_ > 0 ? line_ : 1, 1};
  fail(p, "gomi: values of more than 512 KiB in one function's frame are not supported");
}

int FuncCompiler::alloc(const Type* t) {
  return allocPattern(patternOf(t), true);
}

int FuncCompiler::allocVar(const Type* t) {
  int s = allocPattern(patternOf(t), false);
  int n = static_cast<int>(t->slots());
  if (n > 0 && !blockVars_.empty()) blockVars_.back().push_back({s, n});
  return s;
}

void FuncCompiler::freeSlots(int base, int n) {
  for (int i = 0; i < n; i++) live_[base + i] = false;
}

void FuncCompiler::releaseTemps(std::size_t mark) {
  while (temps_.size() > mark) {
    freeSlots(temps_.back().first, temps_.back().second);
    temps_.pop_back();
  }
}

int FuncCompiler::windowBase(const std::vector<bool>& pattern) {
  int start = 0;
  for (int i = static_cast<int>(live_.size()) - 1; i >= 0; i--)
    if (live_[i]) {
      start = i + 1;
      break;
    }
  const int n = static_cast<int>(pattern.size());
  for (int base = start;; base++) {
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
      std::size_t s = static_cast<std::size_t>(base + i);
      if (s < shape_.size() && shape_[s] >= 0 && shape_[s] != (pattern[i] ? 1 : 0)) ok = false;
    }
    if (!ok) continue;
    if (base + n + 1 >= 0xFFFF) frameTooLarge();
    if (shape_.size() < static_cast<std::size_t>(base + n)) {
      shape_.resize(base + n, -1);
      live_.resize(base + n, false);
    }
    for (int i = 0; i < n; i++) {
      shape_[base + i] = pattern[i] ? 1 : 0;
      live_[base + i] = true;
    }
    if (n > 0) temps_.push_back({base, n});
    return base;
  }
}

void FuncCompiler::finish() {
  emitEpilogue();
  fn_->frameSize = std::max<std::int32_t>(static_cast<std::int32_t>(shape_.size()),
                                          fn_->paramSlots + fn_->resultSlots);
  for (std::size_t i = 0; i < shape_.size(); i++)
    if (shape_[i] == 1) fn_->setPointer(static_cast<std::int32_t>(i));
  if (fn_->code.empty() || fn_->code.back().op != static_cast<std::uint16_t>(Opcode::RET))
    emit(Opcode::RET);
  for (auto& l : labelStore_)
    if (!l.uses.empty() && l.target < 0) fail({line_, 0}, "internal error: unbound label");
}

// ---------------------------------------------------------------------------------------------
// FuncCompiler: emission
// ---------------------------------------------------------------------------------------------

void FuncCompiler::fail(Pos pos, const std::string& msg) const {
  pc_.diags_.error(file_, pos, msg);
  throw CompileError{};
}

std::size_t FuncCompiler::emit(Opcode op, int a, int b, int c) {
  return fn_->emit(op, static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b),
                   static_cast<std::uint16_t>(c), line_);
}

void FuncCompiler::jump(Label& l) {
  std::size_t at = emit(Opcode::JMP);
  if (l.target >= 0)
    fn_->patchJump(at, static_cast<std::size_t>(l.target));
  else
    l.uses.push_back({at, 0});
}

void FuncCompiler::jumpExt(Label& l, std::size_t at) {
  if (l.target >= 0)
    fn_->patchExt(at, static_cast<std::uint64_t>(l.target - static_cast<std::int64_t>(at)));
  else
    l.uses.push_back({at, 2});
}

void FuncCompiler::jumpIf(int condSlot, bool ifTrue, Label& l) {
  std::size_t at = emit(ifTrue ? Opcode::JT : Opcode::JF, condSlot);
  if (l.target >= 0)
    fn_->patchJump(at, static_cast<std::size_t>(l.target));
  else
    l.uses.push_back({at, 0});
}

void FuncCompiler::jumpShort(Opcode op, int a, int b, Label& l) {
  std::size_t at = emit(op, a, b, 0);
  if (l.target >= 0) {
    if (!fn_->patchShortJump(at, static_cast<std::size_t>(l.target)))
      fail({line_, 0}, "function too large (branch out of range)");
  } else {
    l.uses.push_back({at, 1});
  }
}

void FuncCompiler::bind(Label& l) {
  l.target = static_cast<std::int64_t>(here());
  for (auto [at, form] : l.uses) {
    if (form == 1) {
      if (!fn_->patchShortJump(at, here()))
        fail({line_, 0}, "function too large (branch out of range)");
    } else if (form == 2) {
      fn_->patchExt(at, static_cast<std::uint64_t>(static_cast<std::int64_t>(here()) -
                                                   static_cast<std::int64_t>(at)));
    } else {
      fn_->patchJump(at, here());
    }
  }
  l.uses.clear();
}

void FuncCompiler::movN(int dst, int src, std::int64_t n) {
  if (n == 0 || dst == src) return;
  switch (n) {
    case 1:
      emit(Opcode::MOV, dst, src);
      break;
    case 2:
      emit(Opcode::MOV2, dst, src);
      break;
    case 3:
      emit(Opcode::MOV3, dst, src);
      break;
    default:
      emit(Opcode::MOVN, dst, src, static_cast<int>(n));
  }
}

void FuncCompiler::mov(int dst, int src, const Type* t) {
  movN(dst, src, t->slots());
}

void FuncCompiler::loadImm(int dst, std::int64_t v) {
  if (v >= INT32_MIN && v <= INT32_MAX) {
    auto u = static_cast<std::uint32_t>(static_cast<std::int32_t>(v));
    emit(Opcode::LOADI, dst, static_cast<int>(u & 0xFFFF), static_cast<int>(u >> 16));
  } else {
    emit(Opcode::LOADK, dst);
    ext(static_cast<std::uint64_t>(v));
  }
}

void FuncCompiler::loadBits(int dst, std::uint64_t bits) {
  loadImm(dst, static_cast<std::int64_t>(bits));
}

void FuncCompiler::loadString(int dst, const std::string& s) {
  emit(Opcode::LOADC, dst, 2);
  ext(pc_.out_->stringConst(s));
}

void FuncCompiler::loadConst(int dst, const Type* t, const ConstValue& v) {
  if (v.kind == ConstValue::Kind::String) {
    loadString(dst, v.s);
    return;
  }
  if (t->kind == Kind::Interface) fail({line_, 0}, "internal error: constant of interface type");
  if (t->u()->kind == Kind::Complex128) {
    loadBits(dst, v.bits(t));
    loadBits(dst + 1, v.imagBits(t));
    return;
  }
  if (v.kind == ConstValue::Kind::Float && v.f.isZero()) {
    loadImm(dst, 0);  // constants have no negative zero
    return;
  }
  loadBits(dst, v.bits(t));
}

void FuncCompiler::zero(int dst, const Type* t) {
  if (t->slots() > 0) emit(Opcode::ZERO, dst, static_cast<int>(t->slots()));
}

void FuncCompiler::extend(int slot, const Type* t) {
  Opcode op = extOpFor(t);
  if (op != Opcode::NOP) emit(op, slot, slot);
}

void FuncCompiler::loadMem(int dst, int ptr, std::int64_t off, const Type* t) {
  if (t->size == 0) {
    emit(Opcode::NILCHK, ptr);
    return;
  }
  if (off > 0xFFFF) {
    int p = allocPointer();
    emit(Opcode::PADDX, p, ptr);
    ext(static_cast<std::uint64_t>(off));
    ptr = p;
    off = 0;
  }
  int o = static_cast<int>(off);
  bool s = isSignedInt(t);
  switch (t->size) {
    case 1:
      emit(s ? Opcode::LDP_I8 : Opcode::LDP_U8, dst, ptr, o);
      return;
    case 2:
      emit(s ? Opcode::LDP_I16 : Opcode::LDP_U16, dst, ptr, o);
      return;
    case 4:
      emit(s ? Opcode::LDP_I32 : Opcode::LDP_U32, dst, ptr, o);
      return;
    case 8:
      emit(Opcode::LDP_64, dst, ptr, o);
      return;
    default:
      emit(Opcode::LDPV, dst, ptr, o);
      ext(static_cast<std::uint64_t>(t->size));
  }
}

void FuncCompiler::storeMem(int ptr, std::int64_t off, int src, const Type* t) {
  if (t->size == 0) {
    emit(Opcode::NILCHK, ptr);
    return;
  }
  if (off > 0xFFFF) {
    int p = allocPointer();
    emit(Opcode::PADDX, p, ptr);
    ext(static_cast<std::uint64_t>(off));
    ptr = p;
    off = 0;
  }
  int o = static_cast<int>(off);
  switch (t->size) {
    case 1:
      emit(Opcode::STP_8, ptr, src, o);
      return;
    case 2:
      emit(Opcode::STP_16, ptr, src, o);
      return;
    case 4:
      emit(Opcode::STP_32, ptr, src, o);
      return;
    case 8:
      emit(Opcode::STP_64, ptr, src, o);
      return;
    default:
      emit(Opcode::STPV, ptr, src, o);
      ext(static_cast<std::uint64_t>(t->size));
  }
}

void FuncCompiler::loadFrameField(int dst, int base, std::int64_t off, const Type* t) {
  if (t->size == 0) return;
  int slot = base + static_cast<int>(off / 8);
  int sub = static_cast<int>(off % 8);
  if (sub == 0 && t->size % 8 == 0) {
    mov(dst, slot, t);
    return;
  }
  bool s = isSignedInt(t);
  switch (t->size) {
    case 1:
      emit(s ? Opcode::LDF_I8 : Opcode::LDF_U8, dst, slot, sub);
      return;
    case 2:
      emit(s ? Opcode::LDF_I16 : Opcode::LDF_U16, dst, slot, sub);
      return;
    case 4:
      emit(s ? Opcode::LDF_I32 : Opcode::LDF_U32, dst, slot, sub);
      return;
    default: {
      int p = allocPointer();
      emit(Opcode::FADDR, p, slot);
      emit(Opcode::LDPV, dst, p, sub);
      ext(static_cast<std::uint64_t>(t->size));
    }
  }
}

void FuncCompiler::storeFrameField(int base, std::int64_t off, int src, const Type* t) {
  if (t->size == 0) return;
  int slot = base + static_cast<int>(off / 8);
  int sub = static_cast<int>(off % 8);
  if (sub == 0 && t->size % 8 == 0) {
    mov(slot, src, t);
    return;
  }
  switch (t->size) {
    case 1:
      emit(Opcode::STF_8, slot, src, sub);
      return;
    case 2:
      emit(Opcode::STF_16, slot, src, sub);
      return;
    case 4:
      emit(Opcode::STF_32, slot, src, sub);
      return;
    default: {
      int p = allocPointer();
      emit(Opcode::FADDR, p, slot);
      emit(Opcode::STPV, p, src, sub);
      ext(static_cast<std::uint64_t>(t->size));
    }
  }
}

void FuncCompiler::loadGlobal(int dst, std::int64_t gslot, const Type* t) {
  if (t->slots() == 0) return;
  emit(Opcode::GGET, dst, static_cast<int>(t->slots()));
  ext(static_cast<std::uint64_t>(gslot));
  // A narrow signed global written through a pointer (STP_8 ...) keeps stale upper bytes.
  if (isSignedInt(t)) extend(dst, t);
}

void FuncCompiler::storeGlobal(std::int64_t gslot, int src, const Type* t) {
  if (t->slots() == 0) return;
  emit(Opcode::GSET, src, static_cast<int>(t->slots()));
  ext(static_cast<std::uint64_t>(gslot));
}

// ---------------------------------------------------------------------------------------------
// FuncCompiler: variables
// ---------------------------------------------------------------------------------------------

VarLoc& FuncCompiler::bindVar(Object* obj, VarLoc loc) {
  return vars_[obj] = loc;
}

const VarLoc* FuncCompiler::findVar(const Object* obj) const {
  auto it = vars_.find(obj);
  return it == vars_.end() ? nullptr : &it->second;
}

LVal FuncCompiler::varLV(Object* obj) {
  LVal lv;
  lv.type = obj->type;
  if (obj->isGlobal) {
    lv.kind = LVal::Kind::Global;
    lv.off = pc_.globalSlot(obj);
    return lv;
  }
  const VarLoc* loc = findVar(obj);
  if (!loc) fail(obj->pos, "internal error: variable " + obj->name + " has no location");
  if (loc->kind == VarLoc::Kind::Boxed) {
    lv.kind = LVal::Kind::Mem;
    lv.slot = loc->slot;
    lv.off = 0;
  } else {
    lv.kind = LVal::Kind::Frame;
    lv.slot = loc->slot;
    lv.off = 0;
  }
  return lv;
}

int FuncCompiler::loadVar(Object* obj, int want) {
  return loadLV(varLV(obj), want);
}

// ---------------------------------------------------------------------------------------------
// FuncCompiler: function bodies
// ---------------------------------------------------------------------------------------------

namespace {
// Lays out params (and receiver) then results from slot 0; returns the slot of each object.
struct FrameLayout {
  std::vector<int> paramSlot;  // parallel to the object list
  std::int64_t paramSlots = 0;
  std::int64_t resultSlots = 0;
};
}  // namespace

void FuncCompiler::compileDecl(FuncDecl* fd) {
  decl_ = fd;
  sig_ = fd->sig;
  setLine(fd->pos);
  std::vector<Object*> objs;
  if (fd->recvObj) objs.push_back(fd->recvObj);
  std::size_t nparams = sig_->u()->params.size();
  for (std::size_t i = 0; i < fd->params.size(); i++) objs.push_back(fd->params[i]);
  std::size_t firstResult = (fd->recvObj ? 1 : 0) + nparams;

  blockVars_.emplace_back();
  // Slots for parameters and results, in order, as the caller lays them out.
  int next = 0;
  std::vector<int> slotOf(objs.size());
  for (std::size_t i = 0; i < objs.size(); i++) {
    const Type* t = objs[i]->type;
    auto pat = patternOf(t);
    if (shape_.size() < static_cast<std::size_t>(next) + pat.size()) {
      shape_.resize(next + pat.size(), -1);
      live_.resize(next + pat.size(), false);
    }
    for (std::size_t k = 0; k < pat.size(); k++) {
      shape_[next + k] = pat[k] ? 1 : 0;
      live_[next + k] = true;
    }
    slotOf[i] = next;
    if (i == firstResult) resultBase_ = next;
    next += static_cast<int>(pat.size());
  }
  if (firstResult >= objs.size()) resultBase_ = next;
  for (std::size_t i = firstResult; i < objs.size(); i++) resultObjs_.push_back(objs[i]);

  for (std::size_t i = 0; i < objs.size(); i++) {
    Object* o = objs[i];
    if (o->name.empty() || o->name == "_") continue;
    if (o->escapes) {
      int box = allocVar(pc_.prog_.types.pointerTo(o->type));
      emit(Opcode::NEW, box);
      ext(o->type);
      if (i < firstResult) storeMem(box, 0, slotOf[i], o->type);
      bindVar(o, {VarLoc::Kind::Boxed, box, 0});
    } else {
      bindVar(o, {VarLoc::Kind::Frame, slotOf[i], 0});
    }
  }
  if (fd->body) {
    block(fd->body->stmts);
    setLine(fd->body->rbrace);
  }
  emitReturn();
  finish();
}

void FuncCompiler::compileLit(FuncLit* lit) {
  lit_ = lit;
  sig_ = lit->sig;
  setLine(lit->pos);
  std::size_t nparams = sig_->u()->params.size();
  blockVars_.emplace_back();
  int next = 0;
  std::vector<int> slotOf(lit->params.size());
  for (std::size_t i = 0; i < lit->params.size(); i++) {
    auto pat = patternOf(lit->params[i]->type);
    if (shape_.size() < static_cast<std::size_t>(next) + pat.size()) {
      shape_.resize(next + pat.size(), -1);
      live_.resize(next + pat.size(), false);
    }
    for (std::size_t k = 0; k < pat.size(); k++) {
      shape_[next + k] = pat[k] ? 1 : 0;
      live_[next + k] = true;
    }
    slotOf[i] = next;
    if (i == nparams) resultBase_ = next;
    next += static_cast<int>(pat.size());
  }
  if (nparams >= lit->params.size()) resultBase_ = next;
  for (std::size_t i = nparams; i < lit->params.size(); i++) resultObjs_.push_back(lit->params[i]);
  // Captured variables: their box pointers come from the closure.
  for (std::size_t i = 0; i < lit->captures.size(); i++) {
    Object* o = lit->captures[i];
    if (o->isGlobal) continue;
    int box = allocVar(pc_.prog_.types.pointerTo(o->type));
    emit(Opcode::LDCAP, box, static_cast<int>(i));
    bindVar(o, {VarLoc::Kind::Boxed, box, 0});
  }
  for (std::size_t i = 0; i < lit->params.size(); i++) {
    Object* o = lit->params[i];
    if (o->name.empty() || o->name == "_") continue;
    if (o->escapes) {
      int box = allocVar(pc_.prog_.types.pointerTo(o->type));
      emit(Opcode::NEW, box);
      ext(o->type);
      if (i < nparams) storeMem(box, 0, slotOf[i], o->type);
      bindVar(o, {VarLoc::Kind::Boxed, box, 0});
    } else {
      bindVar(o, {VarLoc::Kind::Frame, slotOf[i], 0});
    }
  }
  block(lit->body->stmts);
  setLine(lit->body->rbrace);
  emitReturn();
  finish();
}

void FuncCompiler::emitReturn() {
  // Named results that live in heap boxes (a deferred closure may still write them) are copied
  // to the result slots by a shared epilogue that first runs the deferred calls; a recovered
  // panic resumes there too (FuncProto::recoverPc).
  bool boxed = false;
  for (Object* o : resultObjs_) {
    const VarLoc* loc = findVar(o);
    if (loc && loc->kind == VarLoc::Kind::Boxed) boxed = true;
  }
  if (!boxed) {
    emit(Opcode::RET);
    return;
  }
  if (!epilogue_) epilogue_ = newLabel();
  jump(*epilogue_);
}

void FuncCompiler::emitEpilogue() {
  if (!epilogue_) return;
  bind(*epilogue_);
  fn_->recoverPc = static_cast<std::int32_t>(emit(Opcode::RUNDEFERS));
  std::int64_t off = resultBase_;
  for (Object* o : resultObjs_) {
    const VarLoc* loc = findVar(o);
    if (loc && loc->kind == VarLoc::Kind::Boxed)
      loadMem(static_cast<int>(off), loc->slot, 0, o->type);
    off += o->type->slots();
  }
  emit(Opcode::RET);
}

// ---------------------------------------------------------------------------------------------
// Wrappers
// ---------------------------------------------------------------------------------------------

// Builds the receiver for method `m` reached from a value described by `cur` through `path`.
// Shared by the interface wrappers and by method calls (compiler_call.cpp has its own walk
// for expressions; this one starts from an LVal).
static int recvFromLV(FuncCompiler& fc, LVal cur, const std::vector<int>& path, const Method* m,
                      int want) {
  bool viaPtr = false;  // the receiver is a field reached through a pointer (nil-checked)
  for (int idx : path) {
    if (cur.type->kind == Kind::Pointer) {
      viaPtr = true;
      int p = fc.loadLV(cur);
      LVal n;
      n.kind = LVal::Kind::Mem;
      n.slot = p;
      n.off = 0;
      n.type = cur.type->u()->elem;
      cur = n;
    }
    const Field& f = cur.type->u()->fields[static_cast<std::size_t>(idx)];
    cur.off += f.offset;
    cur.type = f.type;
  }
  if (m->pointerReceiver) {
    if (cur.type->kind == Kind::Pointer) return fc.loadLV(cur, want);
    if (cur.kind != LVal::Kind::Mem)
      fc.fail({fc.line_, 0}, "internal error: receiver not addressable");
    int dst = want >= 0 ? want : fc.allocPointer();
    if (cur.off == 0 && !viaPtr)
      fc.emit(Opcode::MOV, dst, cur.slot);
    else
      fc.emit(Opcode::PADD, dst, cur.slot, static_cast<int>(cur.off));
    return dst;
  }
  if (cur.type->kind == Kind::Pointer) {
    int p = fc.loadLV(cur);
    const Type* et = cur.type->u()->elem;
    int dst = want >= 0 ? want : fc.alloc(et);
    fc.loadMem(dst, p, 0, et);
    return dst;
  }
  return fc.loadLV(cur, want);
}

void FuncCompiler::compileWrapper(const Type* recvType, const std::string& method, WrapMode mode) {
  MethodLookup ml = lookupMethod(recvType, method);
  const Type* ifaceT = recvType->kind == Kind::Interface ? recvType : nullptr;
  if (!ml.method && !ifaceT) fail({0, 0}, "internal error: no method " + method);
  const Type* msig = ifaceT ? nullptr : ml.method->sig;
  if (ifaceT) {
    for (const auto& im : ifaceT->u()->imethods)
      if (im.name == method) msig = im.sig;
  }
  sig_ = msig;
  fn_->wrapper = true;
  blockVars_.emplace_back();
  // Own frame: [recv word (Iface/Deref) | params | results].
  std::vector<bool> pat;
  if (mode == WrapMode::Value)
    pat = patternOf(recvType);
  else if (mode != WrapMode::MethodValue)
    pat.push_back(true);
  if (mode == WrapMode::IfaceExpr) pat.push_back(true);
  for (const Type* p : msig->u()->params) {
    auto q = patternOf(p);
    pat.insert(pat.end(), q.begin(), q.end());
  }
  std::int64_t paramSlots = static_cast<std::int64_t>(pat.size());
  for (const Type* r : msig->u()->results) {
    auto q = patternOf(r);
    pat.insert(pat.end(), q.begin(), q.end());
  }
  shape_.assign(pat.size(), -1);
  live_.assign(pat.size(), true);
  for (std::size_t i = 0; i < pat.size(); i++) shape_[i] = pat[i] ? 1 : 0;
  fn_->paramSlots = static_cast<std::int32_t>(paramSlots);
  fn_->resultSlots = static_cast<std::int32_t>(pat.size() - paramSlots);
  fn_->sig = msig;
  int argBase = mode == WrapMode::MethodValue ? 0
                : mode == WrapMode::IfaceExpr ? 2
                : mode == WrapMode::Value     ? static_cast<int>(recvType->slots())
                                              : 1;
  std::int64_t argSlots = paramSlots - argBase;

  LVal cur;
  if (mode == WrapMode::MethodValue) {
    int box = allocPointer();
    emit(Opcode::LDCAP, box, 0);
    cur.kind = LVal::Kind::Mem;
    cur.slot = box;
    cur.type = recvType;
  } else if (mode == WrapMode::Iface && !isDirectIface(recvType)) {
    cur.kind = LVal::Kind::Mem;
    cur.slot = 0;
    cur.type = recvType;
  } else {
    cur.kind = LVal::Kind::Frame;
    cur.slot = 0;
    cur.type = recvType;
  }

  auto callIface = [&](int iv, const Type* it) {
    std::vector<bool> wp{true};
    wp.insert(wp.end(), pat.begin() + argBase, pat.end());
    int w = windowBase(wp);
    movN(w + 1, argBase, argSlots);
    IfaceCallSite site;
    site.iface = it;
    for (std::size_t i = 0; i < it->u()->imethods.size(); i++)
      if (it->u()->imethods[i].name == method) site.methodIndex = static_cast<int>(i);
    emit(Opcode::CALLI, w, iv);
    ext(pc_.out_->own(site));
    movN(static_cast<int>(paramSlots), w + 1 + static_cast<int>(argSlots), fn_->resultSlots);
    emit(Opcode::RET);
    finish();
  };
  if (ifaceT) {
    // Method value of an interface: the box holds the interface; call through it.
    callIface(loadLV(cur), ifaceT);
    return;
  }
  if (!ml.method->decl) {
    // A method of an interface embedded in a struct: walk to the field, call through it.
    for (int idx : ml.path) {
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
    callIface(loadLV(cur), cur.type);
    return;
  }

  const Method* m = ml.method;
  FuncProto* target = m->decl ? pc_.protoFor(m->decl) : nullptr;
  if (!target) fail({0, 0}, "internal error: no proto for method " + method);
  const Type* rt = m->decl->recvType;
  std::vector<bool> wp = patternOf(rt);
  wp.insert(wp.end(), pat.begin() + argBase, pat.end());
  int w = windowBase(wp);
  if ((mode == WrapMode::Iface || mode == WrapMode::Deref) && ml.path.empty() &&
      !m->pointerReceiver && recvType->kind == Kind::Pointer && !recvType->named() &&
      cur.kind == LVal::Kind::Frame) {
    // *T's wrapper of T's value method: a nil receiver is Go's runtime.panicwrap.
    const Type* nt = recvType->u()->elem;
    emit(Opcode::NILWRAP, cur.slot);
    ext(pc_.out_->own(std::string("value method " + pkgQualifier(nt->pkg) + "." + nt->name + "." +
                                  method + " called using nil *" + nt->name + " pointer")));
  }
  recvFromLV(*this, cur, ml.path, m, w);
  int rs = static_cast<int>(rt->slots());
  movN(w + rs, argBase, argSlots);
  emit(target->native ? Opcode::CALLN : Opcode::CALL, w);
  ext(target);
  movN(static_cast<int>(paramSlots), w + rs + static_cast<int>(argSlots), fn_->resultSlots);
  emit(Opcode::RET);
  finish();
}

// ---------------------------------------------------------------------------------------------
// ProgramCompiler
// ---------------------------------------------------------------------------------------------

ProgramCompiler::ProgramCompiler(Program& prog, const PackageRegistry& reg, Diagnostics& diags)
    : prog_(prog), reg_(reg), diags_(diags), out_(std::make_unique<CompiledProgram>()) {}

FuncProto* ProgramCompiler::newProto(std::string name) {
  out_->protos.push_back(std::make_unique<FuncProto>());
  FuncProto* p = out_->protos.back().get();
  p->name = std::move(name);
  return p;
}

FuncProto* ProgramCompiler::protoFor(FuncDecl* fd) {
  auto it = protos_.find(fd);
  if (it != protos_.end()) return it->second;
  return nullptr;
}

FuncProto* ProgramCompiler::protoForObj(const Object* fnObj) {
  if (fnObj->decl) return protoFor(fnObj->decl);
  auto it = protosByObj_.find(fnObj);
  return it == protosByObj_.end() ? nullptr : it->second;
}

FuncProto* ProgramCompiler::protoForMethod(const Type* named, const std::string& name) {
  auto it = methodProtos_.find({named, name});
  return it == methodProtos_.end() ? nullptr : it->second;
}

std::int64_t ProgramCompiler::globalSlot(const Object* obj) {
  auto it = globals_.find(obj);
  if (it != globals_.end()) return it->second;
  std::int64_t s = out_->globalSlots;
  globals_[obj] = s;
  for (std::int64_t i = 0; i < obj->type->slots(); i++)
    if (wordIsPointer(obj->type, i)) out_->setGlobalPointer(s + i);
  out_->globalSlots += obj->type->slots();
  return s;
}

FuncProto* ProgramCompiler::methodProto(const Type* recvType, const std::string& name) {
  // Proto callable with the interface data word as receiver.
  auto key = std::make_pair(recvType, name);
  auto it = ifaceWrappers_.find(key);
  if (it != ifaceWrappers_.end()) return it->second;
  MethodLookup ml = lookupMethod(recvType, name);
  if (!ml.method || (!ml.method->decl && ml.path.empty())) return nullptr;
  FuncProto* direct = ml.method->decl ? protoFor(ml.method->decl) : nullptr;
  bool pointerShaped = isDirectIface(recvType);
  if (direct && pointerShaped && ml.path.empty() &&
      (ml.method->pointerReceiver == (recvType->kind == Kind::Pointer && !recvType->named()))) {
    ifaceWrappers_[key] = direct;
    return direct;
  }
  FuncProto* w = newProto(methodFuncName(recvType, name));
  w->file = direct ? direct->file : "";
  w->line = direct ? direct->line : 0;
  ifaceWrappers_[key] = w;
  Package* pkg = ml.method->decl && declPkg_.count(ml.method->decl)
                     ? declPkg_[ml.method->decl].first
                     : nullptr;
  FuncCompiler fc(*this, w, pkg, w->file);
  try {
    fc.compileWrapper(recvType, name, FuncCompiler::WrapMode::Iface);
  } catch (const CompileError&) {
    failed_ = true;
  }
  return w;
}

void ProgramCompiler::noteIfaceType(const Type* t) {
  if (!t || ifaceTypesDone_.count(t)) return;
  ifaceTypesDone_[t] = true;
  if (t->kind != Kind::Interface) ifaceTypesPending_.push_back(t);
  // fmt reaches the parts of a value reflectively (elements, fields, pointees) and calls their
  // String/Error methods: their method sets are needed too.
  const Type* u = t->u();
  switch (u->kind) {
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::Array:
    case Kind::Chan:
      noteIfaceType(u->elem);
      break;
    case Kind::Map:
      noteIfaceType(u->key);
      noteIfaceType(u->elem);
      break;
    case Kind::Struct:
      for (const Field& f : u->fields) noteIfaceType(f.type);
      break;
    default:
      break;
  }
  if (t->named() && t->kind != Kind::Interface && !t->methods.empty())
    noteIfaceType(prog_.types.pointerTo(t));
}

FuncProto* ProgramCompiler::methodValueWrapper(const Type* recvType, const Method* m,
                                               const std::string& name) {
  auto key = std::make_pair(recvType, name);
  auto it = mvWrappers_.find(key);
  if (it != mvWrappers_.end()) return it->second;
  std::string base = recvType->kind == Kind::Interface
                         ? (recvType->named() ? pkgQualifier(recvType->pkg) + "." + recvType->name
                                              : std::string("interface"))
                         : methodFuncName(recvType, name);
  FuncProto* w =
      newProto(recvType->kind == Kind::Interface ? base + "." + name + "-fm" : base + "-fm");
  w->numCaptures = 1;
  mvWrappers_[key] = w;
  (void)m;
  FuncCompiler fc(*this, w, nullptr, "");
  try {
    fc.compileWrapper(recvType, name, FuncCompiler::WrapMode::MethodValue);
  } catch (const CompileError&) {
    failed_ = true;
  }
  return w;
}

FuncProto* ProgramCompiler::derefWrapper(const Type* ptrType, const std::string& name) {
  auto key = std::make_pair(ptrType, name);
  auto it = derefWrappers_.find(key);
  if (it != derefWrappers_.end()) return it->second;
  if (ptrType->kind == Kind::Interface) {
    FuncProto* w = newProto(
        (ptrType->named() ? pkgQualifier(ptrType->pkg) + "." + ptrType->name : "interface") + "." +
        name);
    derefWrappers_[key] = w;
    FuncCompiler fc(*this, w, nullptr, "");
    try {
      fc.compileWrapper(ptrType, name, FuncCompiler::WrapMode::IfaceExpr);
    } catch (const CompileError&) {
      failed_ = true;
    }
    return w;
  }
  FuncProto* w = newProto(methodFuncName(ptrType, name));
  derefWrappers_[key] = w;
  FuncCompiler fc(*this, w, nullptr, "");
  try {
    fc.compileWrapper(ptrType, name, FuncCompiler::WrapMode::Deref);
  } catch (const CompileError&) {
    failed_ = true;
  }
  return w;
}

FuncProto* ProgramCompiler::valueWrapper(const Type* recvType, const std::string& name) {
  auto key = std::make_pair(recvType, name);
  auto it = valueWrappers_.find(key);
  if (it != valueWrappers_.end()) return it->second;
  FuncProto* w = newProto(methodFuncName(recvType, name));
  valueWrappers_[key] = w;
  FuncCompiler fc(*this, w, nullptr, "");
  try {
    fc.compileWrapper(recvType, name, FuncCompiler::WrapMode::Value);
  } catch (const CompileError&) {
    failed_ = true;
  }
  return w;
}

FuncProto* ProgramCompiler::protoForLit(FuncLit* lit, const std::string& name) {
  auto it = litProtos_.find(lit);
  if (it != litProtos_.end()) return it->second;
  FuncProto* p = newProto(name);
  litProtos_[lit] = p;
  return p;
}

static std::int64_t slotsOf(const std::vector<const Type*>& ts) {
  std::int64_t n = 0;
  for (const Type* t : ts) n += t->slots();
  return n;
}

std::unique_ptr<CompiledProgram> ProgramCompiler::run() {
  // Globals first: every package's variables get their slots in the global area.
  for (auto& pkg : prog_.packages)
    for (Object* g : pkg->globals) globalSlot(g);

  // One proto per declared function so calls can refer to callees compiled later.
  for (auto& pkg : prog_.packages) {
    for (File* f : pkg->files)
      for (FuncDecl* fd : f->funcs) declPkg_[fd] = {pkg.get(), f->path};
    int initCount = 0;
    for (FuncDecl* fd : pkg->funcs) {
      std::string name;
      if (fd->recvType) {
        name = methodFuncName(fd->recvType, fd->name->name);
      } else if (fd->name->name == "init") {
        name = pkgQualifier(pkg->path) + ".init." + std::to_string(initCount++);
      } else {
        name = pkgQualifier(pkg->path) + "." + fd->name->name;
      }
      FuncProto* p = newProto(name);
      protos_[fd] = p;
      if (fd->obj) protosByObj_[fd->obj] = p;
      if (fd->recvType) {
        const Type* base = fd->recvType->kind == Kind::Pointer && !fd->recvType->named()
                               ? fd->recvType->u()->elem
                               : fd->recvType;
        methodProtos_[{base, fd->name->name}] = p;
      }
      p->file = declPkg_.count(fd) ? declPkg_[fd].second : "";
      p->line = fd->pos.line;
      p->sig = fd->sig;
      std::int64_t ps = slotsOf(fd->sig->u()->params);
      if (fd->recvType) ps += fd->recvType->slots();
      p->paramSlots = static_cast<std::int32_t>(ps);
      p->resultSlots = static_cast<std::int32_t>(slotsOf(fd->sig->u()->results));
      p->hasParams = ps > 0;
      p->frameSize = p->paramSlots + p->resultSlots;
      if (!fd->body) {
        std::string nname = fd->name->name;
        if (fd->recvType) {
          const Type* r = fd->recvType->kind == Kind::Pointer && !fd->recvType->named()
                              ? fd->recvType->u()->elem
                              : fd->recvType;
          nname = r->name + "." + nname;
        }
        const StdPackage* sp = pkg->std ? pkg->std : reg_.find(pkg->path);
        if (sp)
          for (const auto& nf : sp->natives)
            if (nf.name == nname) p->native = nf.fn;
        if (!p->native) p->nativeMissing = true;
        // A native has no body to derive slot shapes from, but its parameters are copied into
        // VM memory the collector scans (call windows, deferred calls): describe them.
        std::int32_t slot = 0;
        auto describe = [&](const Type* t) {
          for (std::int64_t w = 0; w < t->slots(); ++w)
            if (wordIsPointer(t, w)) p->setPointer(slot + static_cast<std::int32_t>(w));
          slot += static_cast<std::int32_t>(t->slots());
        };
        if (fd->recvType) describe(fd->recvType);
        for (const Type* t : fd->sig->u()->params) describe(t);
        for (const Type* t : fd->sig->u()->results) describe(t);
      }
    }
  }

  for (auto& pkg : prog_.packages) {
    for (FuncDecl* fd : pkg->funcs) {
      if (!fd->body) continue;
      FuncProto* p = protos_[fd];
      FuncCompiler fc(*this, p, pkg.get(), p->file);
      try {
        fc.compileDecl(fd);
      } catch (const CompileError&) {
        failed_ = true;
      }
    }
  }

  // Entry: var initialisers and init funcs per package, then main.main.
  FuncProto* entry = newProto("runtime.main");
  {
    FuncCompiler fc(*this, entry, nullptr, "");
    try {
      fc.compileEntry(prog_);
    } catch (const CompileError&) {
      failed_ = true;
    }
  }
  out_->entry = entry;

  // Function literals and interface method sets discovered along the way (each may discover
  // more).
  while (!pendingLits_.empty() || !ifaceTypesPending_.empty()) {
    while (!pendingLits_.empty()) {
      PendingLit pl = pendingLits_.back();
      pendingLits_.pop_back();
      FuncCompiler fc(*this, pl.proto, pl.pkg, pl.file);
      try {
        fc.compileLit(pl.lit);
      } catch (const CompileError&) {
        failed_ = true;
      }
    }
    while (!ifaceTypesPending_.empty()) {
      const Type* t = ifaceTypesPending_.back();
      ifaceTypesPending_.pop_back();
      // Candidate names: methods on the type and on everything embedded (promotion).
      std::vector<std::string> names;
      std::vector<const Type*> work{t};
      for (std::size_t i = 0; i < work.size() && i < 64; i++) {
        const Type* w = work[i];
        const Type* base = w->kind == Kind::Pointer && !w->named() ? w->u()->elem : w;
        for (const auto& m : base->methods) names.push_back(m.name);
        if (base->u()->kind == Kind::Interface)
          for (const auto& m : base->u()->imethods) names.push_back(m.name);
        if (base->u()->kind == Kind::Struct)
          for (const auto& f : base->u()->fields)
            if (f.embedded) work.push_back(f.type);
      }
      MethodSet ms;
      for (const auto& n : names) {
        if (ms.find(n)) continue;
        MethodLookup ml = lookupMethod(t, n);
        if (!ml.method) continue;
        if (FuncProto* p = methodProto(t, n)) ms.methods.push_back({n, p});
      }
      std::sort(ms.methods.begin(), ms.methods.end(),
                [](const auto& a, const auto& b) { return a.first < b.first; });
      out_->methodSets[t] = std::move(ms);
    }
  }
  if (failed_ || !diags_.empty()) return nullptr;
  return std::move(out_);
}

void FuncCompiler::compileEntry(Program& prog) {
  blockVars_.emplace_back();
  for (auto& pkgp : prog.packages) {
    Package* pkg = pkgp.get();
    pkg_ = pkg;
    file_ = pkg->files.empty() ? "" : pkg->files[0]->path;
    for (const auto& vi : pkg->initOrder) {
      TempScope ts(*this);
      if (vi.rhs.empty()) continue;  // zero value: the global area starts zeroed
      if (!vi.rhs.empty()) setLine(vi.rhs[0]->pos);
      if (vi.lhs.size() == vi.rhs.size()) {
        for (std::size_t i = 0; i < vi.lhs.size(); i++) {
          Object* o = vi.lhs[i];
          if (!o) {
            expr(vi.rhs[i]);
            continue;
          }
          int v = exprAs(vi.rhs[i], o->type);
          storeGlobal(pc_.globalSlot(o), v, o->type);
        }
      } else {
        // a, b = f() (or v, ok forms)
        Expr* r = vi.rhs[0];
        int base = r->kind == ExprKind::Call && r->callKind != Expr::CallKind::Conversion
                       ? callResults(r)
                       : commaOk(r, -1);
        const Type* tt = r->type;
        std::int64_t off = 0;
        for (std::size_t i = 0; i < vi.lhs.size(); i++) {
          const Type* mt = tt->kind == Kind::Tuple ? tt->results[i] : nullptr;
          if (!mt) mt = i == 0 ? r->type : prog.types.basic(Kind::Bool);
          Object* o = vi.lhs[i];
          if (o) {
            int v = convertValue(base + static_cast<int>(off), mt, o->type, -1, r->pos);
            storeGlobal(pc_.globalSlot(o), v, o->type);
          }
          off += mt->slots();
        }
      }
    }
    for (FuncDecl* fd : pkg->initFuncs) {
      TempScope ts(*this);
      FuncProto* p = pc_.protoFor(fd);
      int w = windowBase({});
      emit(Opcode::CALL, w);
      ext(p);
    }
  }
  Package* mainPkg = prog.mainPackage();
  if (mainPkg) {
    for (FuncDecl* fd : mainPkg->funcs) {
      if (!fd->recvType && fd->name->name == "main") {
        int w = windowBase({});
        emit(Opcode::CALL, w);
        ext(pc_.protoFor(fd));
      }
    }
  }
  emit(Opcode::RET);
  finish();
}

}  // namespace comp

std::unique_ptr<CompiledProgram> compileProgram(Program& prog, const PackageRegistry& registry,
                                                Diagnostics& diags) {
  comp::ProgramCompiler pc(prog, registry, diags);
  return pc.run();
}

std::unique_ptr<CompiledProgram> compileProgram(Program& prog, const PackageRegistry& registry) {
  Diagnostics diags;
  auto out = compileProgram(prog, registry, diags);
  if (!out) std::cerr << diags.format();
  return out;
}

}  // namespace gomi
