// interp/check_expr.cpp — typing expressions: operands, untyped constants and their implicit
// conversion, selectors, calls, builtins, conversions and composite literals.
//
// Untyped values keep an untyped type until the context fixes it: convertUntyped then rewrites
// the type of the expression and of the untyped operands it was computed from (so the compiler
// sees `x + 1` with both sides typed), the way go/types' updateExprType does.
#include <algorithm>
#include <cmath>
#include <functional>

#include "interp/check.h"

namespace gomi {

namespace {
bool isComparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr ||
         op == Op::Geq;
}
bool isShift(Op op) {
  return op == Op::Shl || op == Op::Shr;
}
int untypedRank(Kind k) {
  switch (k) {
    case Kind::UntypedInt:
      return 1;
    case Kind::UntypedRune:
      return 2;
    case Kind::UntypedFloat:
      return 3;
    case Kind::UntypedComplex:
      return 4;
    default:
      return 0;
  }
}
const char* opStr(Op op) {
  static const char* ops[] = {"",   "+",  "-",  "*",  "/", "%",  "&", "|",  "^", "<<", ">>", "&^",
                              "&&", "||", "==", "!=", "<", "<=", ">", ">=", "!", "<-", "&"};
  auto i = static_cast<std::size_t>(op);
  return i < std::size(ops) ? ops[i] : "?";
}
bool ordered(const Type* t) {
  Kind k = t->u()->kind;
  return (t->u()->isNumeric() && !t->u()->isComplex()) || k == Kind::String ||
         k == Kind::UntypedInt || k == Kind::UntypedRune || k == Kind::UntypedFloat ||
         k == Kind::UntypedString;
}
bool isNumericOrUntyped(const Type* t) {
  Kind k = t->u()->kind;
  return t->u()->isNumeric() || k == Kind::UntypedInt || k == Kind::UntypedRune ||
         k == Kind::UntypedFloat || k == Kind::UntypedComplex;
}
bool isIntegerOrUntyped(const Type* t) {
  Kind k = t->u()->kind;
  return t->u()->isInteger() || k == Kind::UntypedInt || k == Kind::UntypedRune;
}
bool isStringType(const Type* t) {
  Kind k = t->u()->kind;
  return k == Kind::String || k == Kind::UntypedString;
}
bool isBoolType(const Type* t) {
  Kind k = t->u()->kind;
  return k == Kind::Bool || k == Kind::UntypedBool;
}
bool nilable(const Type* t) {
  switch (t->u()->kind) {
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Func:
    case Kind::Interface:
    case Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}
}  // namespace

bool comparable(const Type* t) {
  const Type* u = t->u();
  switch (u->kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      return false;
    case Kind::Array:
      return u->elem && comparable(u->elem);
    case Kind::Struct:
      for (const Field& f : u->fields)
        if (f.type && !comparable(f.type)) return false;
      return true;
    default:
      return true;
  }
}

const Type* Checker::defaultOf(const Type* t) {
  switch (t->kind) {
    case Kind::UntypedBool:
      return tt_.basic(Kind::Bool);
    case Kind::UntypedInt:
      return tt_.basic(Kind::Int);
    case Kind::UntypedRune:
      return tt_.runeType();
    case Kind::UntypedFloat:
      return tt_.basic(Kind::Float64);
    case Kind::UntypedComplex:
      return tt_.basic(Kind::Complex128);
    case Kind::UntypedString:
      return tt_.basic(Kind::String);
    default:
      return t;
  }
}

void Checker::setType(Expr* x, const Type* t) {
  if (!x || !t) return;
  const Type* old = x->type;
  if (!old || !old->isUntyped()) return;
  x->type = t;
  if (x->mode == Mode::Constant && !t->isUntyped()) {
    std::string why;
    cv::representable(x->value, t, &why);
  }
  switch (x->kind) {
    case ExprKind::Paren:
      setType(x->x, t);
      break;
    case ExprKind::Unary:
      if (x->op != Op::Arrow && x->op != Op::Addr) setType(x->x, t);
      break;
    case ExprKind::Binary:
      if (isComparison(x->op)) break;
      if (isShift(x->op)) {
        // A non-constant shift of an untyped constant takes its type from the context, which
        // must be an integer type.
        if (x->mode != Mode::Constant && !t->isUntyped() && !t->u()->isInteger() &&
            t->u()->kind != Kind::Interface) {
          error(posOf(x),
                "invalid operation: " + exprStr(x) + " (shift of type " + typStr(t) + ")");
          x->mode = Mode::Invalid;
          break;
        }
        setType(x->x, t);
        break;
      }
      setType(x->x, t);
      setType(x->y, t);
      break;
    default:
      break;
  }
}

void Checker::defaultType(Expr* x) {
  if (!x || !x->type || !x->type->isUntyped() || x->mode == Mode::Invalid) return;
  if (x->type->kind == Kind::UntypedNil) return;
  convertUntyped(x, defaultOf(x->type));
}

// types2's implicitTypeAndValue: the type an untyped operand takes in a context of type
// `target`. Returns nullptr with *code set ("overflows", "truncated" or "" for an invalid
// conversion) when it cannot.
const Type* Checker::implicitType(Expr* x, const Type* target, std::string* code) {
  code->clear();
  const Type* from = x->type;
  if (target->isUntyped()) {
    if (isNumericOrUntyped(from) && isNumericOrUntyped(target))
      return untypedRank(from->kind) < untypedRank(target->kind) ? target : from;
    return from == target ? from : nullptr;
  }
  if (from->kind == Kind::UntypedNil) return nilable(target) ? target : nullptr;
  const Type* tu = target->u();
  if (tu->kind == Kind::Interface) return tu->imethods.empty() ? defaultOf(from) : nullptr;
  if (x->mode == Mode::Constant) {
    ConstValue v = x->value;
    std::string why;
    bool kindOk = false;
    switch (from->kind) {
      case Kind::UntypedBool:
        kindOk = tu->kind == Kind::Bool;
        break;
      case Kind::UntypedString:
        kindOk = tu->kind == Kind::String;
        break;
      default:
        kindOk = tu->isNumeric();
        break;
    }
    if (!kindOk) return nullptr;
    if (!cv::representable(v, target, &why)) {
      *code = why.empty() ? "overflows" : why;
      if ((from->kind == Kind::UntypedFloat || from->kind == Kind::UntypedComplex) &&
          tu->isInteger())
        *code = "truncated";
      return nullptr;
    }
    return target;
  }
  switch (from->kind) {
    case Kind::UntypedBool:
      return tu->kind == Kind::Bool ? target : nullptr;
    case Kind::UntypedInt:
    case Kind::UntypedRune:
    case Kind::UntypedFloat:
    case Kind::UntypedComplex:
      return tu->isNumeric() ? target : nullptr;
    case Kind::UntypedString:
      return tu->kind == Kind::String ? target : nullptr;
    default:
      return nullptr;
  }
}

// Converts an untyped operand to `target` (typed, or a wider untyped kind), reporting failures
// the way types2's convertUntyped/invalidConversion do.
void Checker::convertUntyped(Expr* x, const Type* target) {
  if (!x || x->mode == Mode::Invalid || !x->type || !x->type->isUntyped() || !target) return;
  if (target->u()->kind == Kind::Invalid) return;
  std::string code;
  const Type* nt = implicitType(x, target, &code);
  if (!nt) {
    const Type* t = target->isUntyped() ? target : target->u();
    if (code == "truncated")
      error(posOf(x), operandStr(x) + " truncated to " + typStr(t));
    else if (code == "overflows")
      error(posOf(x), operandStr(x) + " overflows " + typStr(t));
    else
      error(posOf(x), "cannot convert " + operandStr(x) + " to " + typStr(t));
    invalid(x);
    return;
  }
  if (x->type->kind == Kind::UntypedNil) {
    x->type = nt;
    return;
  }
  if (nt != x->type) setType(x, nt);
}

// types2's typesSummary entry: untyped numbers are "number", other untyped kinds drop "untyped".
std::string Checker::summary(const Type* t) const {
  if (!t) return "<T>";
  if (t->isUntyped()) {
    if (isNumericOrUntyped(t)) return "number";
    std::string s = t->str();
    return s.rfind("untyped ", 0) == 0 ? s.substr(8) : s;
  }
  return typStr(t);
}

// types2's funcString: a method's name and signature, with the parameter and result names of
// its declaration (the compiler prints `M(x string) string`, not `M(string) string`).
std::string Checker::methodString(const std::string& name, const Method& m) {
  const Type* sig = m.sig;
  if (!sig) return name + "()";
  const Expr* ft = m.ftype ? m.ftype : m.decl ? m.decl->type : nullptr;
  auto namesOf = [](const std::vector<FieldDecl>& list) {
    std::vector<std::string> out;
    for (const FieldDecl& fd : list) {
      if (fd.names.empty()) out.emplace_back();
      for (const Expr* n : fd.names) out.push_back(n ? n->name : "");
    }
    return out;
  };
  std::vector<std::string> pn, rn;
  if (ft && ft->kind == ExprKind::FuncType) {
    pn = namesOf(ft->params);
    rn = namesOf(ft->results);
  }
  if (pn.size() != sig->params.size()) pn.assign(sig->params.size(), "");
  if (rn.size() != sig->results.size()) rn.assign(sig->results.size(), "");
  std::string out = name + "(";
  for (std::size_t i = 0; i < sig->params.size(); ++i) {
    if (i) out += ", ";
    if (!pn[i].empty()) out += pn[i] + " ";
    if (sig->variadic && i + 1 == sig->params.size() && sig->params[i]->u()->elem)
      out += "..." + typStr(sig->params[i]->u()->elem);
    else
      out += typStr(sig->params[i]);
  }
  out += ")";
  if (sig->results.size() == 1 && rn[0].empty()) return out + " " + typStr(sig->results[0]);
  if (sig->results.empty()) return out;
  out += " (";
  for (std::size_t i = 0; i < sig->results.size(); ++i) {
    if (i) out += ", ";
    if (!rn[i].empty()) out += rn[i] + " ";
    out += typStr(sig->results[i]);
  }
  return out + ")";
}

// types2's missingMethodReason with the compiler's wording.
std::string Checker::missingReason(const Type* V, const Type* T) {
  std::string missing;
  bool wrongPtr = false;
  implements(V, T, &missing, &wrongPtr);
  if (wrongPtr) return "(" + missing + " method has pointer receiver)";
  if (V->u()->kind == Kind::Pointer && V->u()->elem && V->u()->elem->u()->kind == Kind::Interface)
    return "(type " + typStr(V) + " is pointer to interface, not interface)";
  const Method* want = nullptr;
  for (const Method& m : T->u()->imethods)
    if (m.name == missing) want = &m;
  auto fstr = [&](const std::string& n, const Method* m) {
    return m ? methodString(n, *m) : n + "()";
  };
  Selection s = lookupFieldOrMethod(V, missing, "");
  if ((s.kind == Selection::Kind::Method || s.kind == Selection::Kind::IfaceMethod) && s.method)
    return "(wrong type for " + missing + " method)\n\t\thave " + fstr(missing, s.method) +
           "\n\t\twant " + fstr(missing, want);
  std::string alt = missing;
  if (!alt.empty()) {
    char c = alt[0];
    alt[0] = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  Selection s2 = lookupFieldOrMethod(V, alt, "");
  // A pointer-receiver method is not in the method set of a non-pointer V.
  bool inSet =
      s2.method && (!s2.method->pointerReceiver || s2.indirect || V->u()->kind == Kind::Pointer);
  if ((s2.kind == Selection::Kind::Method || s2.kind == Selection::Kind::IfaceMethod) && inSet)
    return "(missing " + missing + " method)\n\t\thave " + fstr(alt, s2.method) + "\n\t\twant " +
           fstr(missing, want);
  return "(missing " + missing + " method)";
}

bool Checker::assignable(Expr* x, const Type* t, std::string* reason) {
  const Type* v = x->type;
  if (!v || !t) return false;
  if (v == t) return true;
  // An invalid type was reported where it arose: no second error about it, as in Go.
  if (v->kind == Kind::Invalid || t->kind == Kind::Invalid) return true;
  const Type* vu = v->u();
  const Type* tu = t->u();
  if (v->isUntyped()) {
    if (v->kind == Kind::UntypedNil) return nilable(t);
    if (tu->kind == Kind::Interface) {
      const Type* d = defaultOf(v);
      return implements(d, t, nullptr, nullptr);
    }
    ConstValue c = x->value;
    switch (v->kind) {
      case Kind::UntypedBool:
        return tu->kind == Kind::Bool;
      case Kind::UntypedString:
        return tu->kind == Kind::String;
      default:
        if (!tu->isNumeric()) return false;
        if (x->mode == Mode::Constant) return cv::representable(c, t, reason);
        return true;
    }
  }
  if (vu == tu && (!v->named() || !t->named()) && vu->kind != Kind::Invalid) return true;
  if (tu->kind == Kind::Interface) {
    if (implements(v, t, nullptr, nullptr)) return true;
    if (reason)
      *reason = typStr(v) + " does not implement " + typStr(t) + " " + missingReason(v, t);
    return false;
  }
  if (vu->kind == Kind::Chan && tu->kind == Kind::Chan && vu->dir == ChanDir::Both &&
      vu->elem == tu->elem && (!v->named() || !t->named()))
    return true;
  return false;
}

void Checker::assignment(Expr* x, const Type* t, const std::string& context) {
  if (!x || x->mode == Mode::Invalid) return;
  if (t && t->u()->kind == Kind::Invalid) {
    defaultType(x);
    return;
  }
  if (x->mode == Mode::TypeExpr || x->mode == Mode::BuiltinFn || x->mode == Mode::NoValue ||
      x->mode == Mode::PkgName) {
    if (x->mode == Mode::NoValue)
      error(posOf(x), exprStr(x) + " (no value) used as value");
    else if (x->mode == Mode::TypeExpr)
      error(posOf(x), exprStr(x) + " (type) is not an expression");
    else if (x->mode == Mode::BuiltinFn)
      error(posOf(x), exprStr(x) + " (built-in function " + exprStr(x) + ") must be called");
    else
      error(posOf(x), "use of package " + exprStr(x) + " not in selector");
    invalid(x);
    return;
  }
  if (x->type && x->type->kind == Kind::Tuple) {
    error(posOf(x), "multiple-value " + exprStr(x) + " (value of type " + typStr(x->type) +
                        ") in single-value context");
    invalid(x);
    return;
  }
  std::string reason;
  if (x->type && x->type->isUntyped()) {
    // A null t is a context without a type (x := v, var x = v, _ = v, println(v)): the value
    // takes its default type, and an overflow is reported against that type.
    const Type* target = t;
    if (!t && x->type->kind == Kind::UntypedNil) {
      error(posOf(x), "use of untyped nil in " + context);
      invalid(x);
      return;
    }
    if (x->type->kind != Kind::UntypedNil && (!t || t->u()->kind == Kind::Interface))
      target = defaultOf(x->type);
    std::string code;
    const Type* nt = implicitType(x, target, &code);
    if (!nt) {
      std::string msg =
          "cannot use " + operandStr(x) + " as " + typStr(target) + " value in " + context;
      if (code == "truncated")
        msg += " (truncated)";
      else if (code == "overflows")
        msg += " (overflows)";
      error(posOf(x), msg);
      invalid(x);
      return;
    }
    if (x->type->kind == Kind::UntypedNil)
      x->type = nt;
    else
      setType(x, nt);
  }
  if (!t) return;
  if (!assignable(x, t, &reason)) {
    if (!reason.empty())
      error(posOf(x), "cannot use " + operandStr(x) + " as type " + typStr(t) + " in " + context +
                          ":\n\t" + reason);
    else
      error(posOf(x), "cannot use " + operandStr(x) + " as type " + typStr(t) + " in " + context);
    invalid(x);
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

void Checker::expr(Expr* e, const Type* hint) {
  if (!e) return;
  rawExpr(e, hint, false, false);
  switch (e->mode) {
    case Mode::TypeExpr:
      error(posOf(e), exprStr(e) + " (type) is not an expression");
      invalid(e);
      break;
    case Mode::BuiltinFn:
      error(posOf(e), exprStr(e) + " (built-in function " + exprStr(e) + ") must be called");
      invalid(e);
      break;
    case Mode::PkgName:
      error(posOf(e), "use of package " + exprStr(e) + " not in selector");
      invalid(e);
      break;
    case Mode::NoValue:
      error(posOf(e), exprStr(e) + " (no value) used as value");
      invalid(e);
      break;
    default:
      break;
  }
  if (e->type && e->type->kind == Kind::Tuple && e->mode != Mode::Invalid) {
    error(posOf(e), "multiple-value " + exprStr(e) + " (value of type " + typStr(e->type) +
                        ") in single-value context");
    invalid(e);
  }
}

void Checker::multiExpr(Expr* e) {
  if (!e) return;
  rawExpr(e, nullptr, true, false);
  if (e->mode == Mode::TypeExpr) {
    error(posOf(e), exprStr(e) + " (type) is not an expression");
    invalid(e);
  } else if (e->mode == Mode::NoValue) {
    error(posOf(e), exprStr(e) + " (no value) used as value");
    invalid(e);
  } else if (e->mode == Mode::BuiltinFn || e->mode == Mode::PkgName) {
    expr(e);
  }
}

void Checker::exprOrType(Expr* e) {
  rawExpr(e, nullptr, false, true);
}

void Checker::rawExpr(Expr* e, const Type* hint, bool allowTuple, bool allowType) {
  (void)allowTuple;
  (void)allowType;
  if (!e) return;
  if (e == prechecked_) {  // checked by spreadBuiltinArgs, which found a single value
    prechecked_ = nullptr;
    return;
  }
  e->mode = Mode::Invalid;
  e->type = tt_.basic(Kind::Invalid);
  switch (e->kind) {
    case ExprKind::Bad:
      return;
    case ExprKind::Ident:
      ident(e, true);
      return;
    case ExprKind::BasicLit: {
      ConstValue v;
      if (e->litBad) return;  // reported by the lexer; Go's checker skips such literals
      // As types2: a numeric literal this long means nothing and would only cost time.
      constexpr std::size_t kMaxLiteral = 10000;
      if (e->litKind != Expr::LitKind::Char && e->litKind != Expr::LitKind::String &&
          e->litText.size() > kMaxLiteral) {
        error(posOf(e), "excessively long constant: " + e->litText.substr(0, 10) + "... (" +
                            std::to_string(e->litText.size()) + " chars)");
        return;
      }
      if (!cv::parseLiteral(e->litKind, e->litText, v)) {
        if (e->litKind == Expr::LitKind::Int)
          error(posOf(e), "integer constant overflow");
        else if (e->litKind == Expr::LitKind::Float)
          error(posOf(e), "malformed constant: " + e->litText);  // exponent beyond big.Float's
        else
          error(posOf(e), "invalid literal " + e->litText);
        return;
      }
      e->mode = Mode::Constant;
      e->value = v;
      switch (e->litKind) {
        case Expr::LitKind::Int:
          e->type = tt_.basic(Kind::UntypedInt);
          break;
        case Expr::LitKind::Float:
          e->type = tt_.basic(Kind::UntypedFloat);
          break;
        case Expr::LitKind::Char:
          e->type = tt_.basic(Kind::UntypedRune);
          break;
        case Expr::LitKind::Imag:
          e->type = tt_.basic(Kind::UntypedComplex);
          break;
        default:
          e->type = tt_.basic(Kind::UntypedString);
          break;
      }
      return;
    }
    case ExprKind::CompositeLit:
      compositeLit(e, hint);
      return;
    case ExprKind::FuncLit:
      funcLit(e);
      return;
    case ExprKind::Paren: {
      rawExpr(e->x, hint, false, true);
      if (!e->x) return;
      e->mode = e->x->mode;
      e->type = e->x->type;
      e->value = e->x->value;
      e->obj = e->x->obj;
      if (e->mode == Mode::CommaOk) e->mode = Mode::Value;
      return;
    }
    case ExprKind::Selector:
      selector(e);
      return;
    case ExprKind::Index:
      index(e);
      return;
    case ExprKind::Slice:
      sliceExpr(e);
      return;
    case ExprKind::TypeAssert:
      typeAssert(e);
      return;
    case ExprKind::Call:
      call(e);
      return;
    case ExprKind::Star: {
      rawExpr(e->x, nullptr, false, true);
      Expr* x = e->x;
      if (!x || x->mode == Mode::Invalid) return;
      if (x->mode == Mode::TypeExpr) {
        e->mode = Mode::TypeExpr;
        e->type = tt_.pointerTo(x->type);
        return;
      }
      if (x->type->kind == Kind::UntypedNil) {
        error(posOf(x), "invalid operation: cannot indirect nil");
        return;
      }
      if (x->type->u()->kind != Kind::Pointer || x->mode == Mode::NoValue) {
        error(posOf(x), "invalid operation: cannot indirect " + operandStr(x));
        return;
      }
      e->mode = Mode::Variable;
      e->type = x->type->u()->elem;
      return;
    }
    case ExprKind::Unary:
      unaryExpr(e);
      return;
    case ExprKind::Binary:
      binaryExpr(e);
      return;
    case ExprKind::KeyValue:
      error(posOf(e), "unexpected key:value expression");
      return;
    case ExprKind::ArrayType:
    case ExprKind::SliceType:
    case ExprKind::MapType:
    case ExprKind::ChanType:
    case ExprKind::FuncType:
    case ExprKind::StructType:
    case ExprKind::InterfaceType: {
      const Type* t = typExpr(e);
      e->mode = Mode::TypeExpr;
      e->type = t;
      if (t->u()->kind == Kind::Invalid) e->mode = Mode::Invalid;
      return;
    }
    case ExprKind::Ellipsis:
      error(posOf(e), "invalid use of ...");
      return;
  }
}

void Checker::ident(Expr* e, bool markUsed) {
  if (e->name == "_") {
    error(posOf(e), "cannot use _ as value or type");
    return;
  }
  Object* o = spreadTemps_.count(e) ? e->obj : lookup(e->name);
  if (!o) {
    error(posOf(e), undefinedMessage(e->name));
    return;
  }
  e->obj = o;
  if (decls_.count(o)) objDecl(o);
  switch (o->kind) {
    case ObjKind::Var: {
      if (markUsed)
        recordUse(o);
      else if (curDecl_ && o->isGlobal && o->pkg == pkg_)
        curDecl_->deps.insert(o);
      // Captured by the function literals between here and its declaration.
      if (!o->isGlobal) {
        for (std::size_t k = funcs_.size(); k-- > 0;) {
          FuncLit* lit = funcs_[k].lit;
          if (!lit || lit == o->ownerLit) break;
          if (std::find(lit->captures.begin(), lit->captures.end(), o) == lit->captures.end())
            lit->captures.push_back(o);
          o->escapes = true;
        }
      }
      e->mode = spreadTemps_.count(e) ? Mode::Value : Mode::Variable;
      e->type = o->type ? o->type : tt_.basic(Kind::Invalid);
      if (e->type->u()->kind == Kind::Invalid) e->mode = Mode::Invalid;
      return;
    }
    case ObjKind::Const:
      o->used = true;
      e->mode = Mode::Constant;
      e->type = o->type ? o->type : tt_.basic(Kind::Invalid);
      if (o->name == "iota" && !o->pkg) {
        if (iota_ < 0) {
          error(posOf(e), "cannot use iota outside constant declaration");
          invalid(e);
          return;
        }
        e->value = cv::makeInt(iota_);
        return;
      }
      e->value = o->value;
      if (e->type->u()->kind == Kind::Invalid) e->mode = Mode::Invalid;
      return;
    case ObjKind::TypeName:
      o->used = true;
      e->mode = Mode::TypeExpr;
      e->type = typExpr(e);
      e->mode =
          e->type->u()->kind == Kind::Invalid && !e->type->named() ? Mode::Invalid : Mode::TypeExpr;
      return;
    case ObjKind::Func:
      recordUse(o);
      e->mode = Mode::Value;
      e->type = o->type ? o->type : tt_.basic(Kind::Invalid);
      if (!o->type) e->mode = Mode::Invalid;
      return;
    case ObjKind::Builtin:
      e->mode = Mode::BuiltinFn;
      e->type = tt_.basic(Kind::Invalid);
      return;
    case ObjKind::PkgName:
      // Only a selector uses a package; `fmt` alone is an error and leaves it unused, as types2.
      e->mode = Mode::PkgName;
      return;
    case ObjKind::Nil:
      e->mode = Mode::Value;
      e->type = tt_.basic(Kind::UntypedNil);
      return;
    case ObjKind::Label:
      error(posOf(e), "undefined: " + e->name);
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Escape analysis facts
// ---------------------------------------------------------------------------------------------

Object* Checker::rootVar(Expr* x) {
  while (x) {
    switch (x->kind) {
      case ExprKind::Ident:
        return x->obj && x->obj->kind == ObjKind::Var ? x->obj : nullptr;
      case ExprKind::Paren:
        x = x->x;
        break;
      case ExprKind::Selector:
        if (x->selKind != Expr::SelKind::Field || x->selIndirect) return nullptr;
        x = x->x;
        break;
      case ExprKind::Index:
        if (!x->x || !x->x->type || x->x->type->u()->kind != Kind::Array) return nullptr;
        x = x->x;
        break;
      default:
        return nullptr;
    }
  }
  return nullptr;
}

void Checker::markEscape(Expr* x) {
  if (Object* o = rootVar(x)) o->escapes = true;
}

// ---------------------------------------------------------------------------------------------
// Selectors
// ---------------------------------------------------------------------------------------------

// x.name found nothing (or two things at the same depth): types2's messages, for values and
// method expressions alike.
void Checker::selectorNotFound(Expr* e, Pos selPos, const Type* T, const Selection& s) {
  const std::string& name = e->name;
  if (s.kind == Selection::Kind::Ambiguous) {
    error(selPos, "ambiguous selector " + exprStr(e));
    return;
  }
  // Pointer to interface, or a method with a different capitalisation.
  if (T->u()->kind == Kind::Pointer && T->u()->elem && T->u()->elem->u()->kind == Kind::Interface) {
    error(selPos, exprStr(e) + " undefined (type " + typStr(T) +
                      " is pointer to interface, not interface)");
    return;
  }
  std::string msg =
      exprStr(e) + " undefined (type " + typStr(T) + " has no field or method " + name;
  std::string alt = name;
  if (!alt.empty())
    alt[0] = static_cast<char>(alt[0] >= 'a' && alt[0] <= 'z'   ? alt[0] - 32
                               : alt[0] >= 'A' && alt[0] <= 'Z' ? alt[0] + 32
                                                                : alt[0]);
  // types2 (1.19) names the other spelling without saying whether it is a field or method,
  // and only when this package can see it.
  Selection s2 = lookupFieldOrMethod(T, alt, pkg_ ? pkg_->path : "");
  if (s2.kind == Selection::Kind::Field || s2.kind == Selection::Kind::Method ||
      s2.kind == Selection::Kind::IfaceMethod)
    msg += ", but does have " + alt;
  error(selPos, msg + ")");
}

void Checker::selector(Expr* e) {
  Expr* x = e->x;
  if (!x) return;
  Pos selPos = e->selPos.line ? e->selPos : e->pos;
  // Package member.
  if (x->kind == ExprKind::Ident) {
    Object* o = lookup(x->name);
    if (o && o->kind == ObjKind::PkgName) {
      o->used = true;
      x->obj = o;
      x->mode = Mode::PkgName;
      Package* p = o->imported;
      auto it = p ? pkgScopes_.find(p) : pkgScopes_.end();
      Object* m = it == pkgScopes_.end() ? nullptr : it->second->lookupLocal(e->name);
      if (!m || !(e->name[0] >= 'A' && e->name[0] <= 'Z')) {
        error(selPos, "undefined: " + x->name + "." + e->name);
        return;
      }
      e->obj = m;
      e->selKind = Expr::SelKind::PkgMember;
      switch (m->kind) {
        case ObjKind::Var:
          e->mode = Mode::Variable;
          e->type = m->type;
          m->used = true;
          break;
        case ObjKind::Const:
          e->mode = Mode::Constant;
          e->type = m->type;
          e->value = m->value;
          break;
        case ObjKind::TypeName:
          e->mode = Mode::TypeExpr;
          e->type = m->type;
          break;
        case ObjKind::Func:
          e->mode = Mode::Value;
          e->type = m->type;
          break;
        default:
          break;
      }
      if (!e->type) invalid(e);
      return;
    }
  }
  rawExpr(x, nullptr, false, true);
  if (x->mode == Mode::Invalid) return;
  const std::string& name = e->name;
  std::string from = pkg_ ? pkg_->path : "";
  if (x->mode == Mode::TypeExpr) {
    // Method expression T.M / (*T).M.
    const Type* T = x->type;
    Selection s = lookupFieldOrMethod(T, name, from);
    if (s.kind == Selection::Kind::None || s.kind == Selection::Kind::Ambiguous) {
      selectorNotFound(e, selPos, T, s);
      return;
    }
    if (s.kind != Selection::Kind::Method && s.kind != Selection::Kind::IfaceMethod) {
      error(selPos, exprStr(e) + " undefined (type " + typStr(T) + " has no method " + name + ")");
      return;
    }
    bool tIsPtr = !T->named() && T->kind == Kind::Pointer;
    if (s.kind == Selection::Kind::Method && s.method->pointerReceiver && !tIsPtr && !s.indirect) {
      // T.M with M on *T: not in T's method set (types2's "indirect" lookup result).
      error(selPos, "cannot call pointer method " + name + " on " + typStr(T));
      return;
    }
    const Type* sig = s.method->sig;
    std::vector<const Type*> params{T};
    for (auto* p : sig->params) params.push_back(p);
    e->mode = Mode::Value;
    e->type = tt_.funcOf(params, sig->results, sig->variadic);
    e->selKind = Expr::SelKind::MethodExpr;
    e->selMethod = s.method;
    e->selMethodIndex = s.methodIndex;
    e->selPath = s.path;
    e->selIndirect = s.indirect;
    if (s.method->decl && s.method->decl->obj) recordUse(s.method->decl->obj);
    return;
  }
  if (x->mode == Mode::NoValue || x->mode == Mode::BuiltinFn || x->mode == Mode::PkgName) {
    expr(x);
    return;
  }
  if (x->type->kind == Kind::Tuple) {
    error(posOf(x), "multiple-value " + exprStr(x) + " (value of type " + typStr(x->type) +
                        ") in single-value context");
    return;
  }
  const Type* T = x->type;
  if (T->isUntyped()) {
    error(selPos,
          exprStr(e) + " undefined (type " + typStr(T) + " has no field or method " + name + ")");
    return;
  }
  Selection s = lookupFieldOrMethod(T, name, from);
  if (s.kind == Selection::Kind::None || s.kind == Selection::Kind::Ambiguous) {
    selectorNotFound(e, selPos, T, s);
    return;
  }
  bool xPtr = !T->named() && T->kind == Kind::Pointer;
  if (T->named() && T->u()->kind == Kind::Pointer) xPtr = true;
  e->selPath = s.path;
  e->selIndirect = s.indirect;
  if (s.kind == Selection::Kind::Field) {
    e->selKind = Expr::SelKind::Field;
    e->type = s.fieldType;
    e->mode = (x->mode == Mode::Variable || s.indirect) ? Mode::Variable : Mode::Value;
    return;
  }
  // The receiver after walking the embedded path.
  const Type* R = T;
  {
    const Type* cur = T;
    for (int idx : s.path) {
      const Type* st = cur;
      if (!st->named() && st->kind == Kind::Pointer)
        st = st->elem;
      else if (st->named() && st->u()->kind == Kind::Pointer)
        st = st->u()->elem;
      if (!st || st->u()->kind != Kind::Struct || idx < 0 ||
          static_cast<std::size_t>(idx) >= st->u()->fields.size())
        break;
      cur = st->u()->fields[idx].type;
    }
    R = cur;
  }
  bool rPtr = R && !R->named() && R->kind == Kind::Pointer;
  e->mode = Mode::Value;
  e->type = s.method->sig;
  if (s.kind == Selection::Kind::IfaceMethod) {
    e->selKind = Expr::SelKind::IfaceMethod;
    e->selMethodIndex = s.methodIndex;
    e->selMethod = s.method;
    return;
  }
  e->selKind = Expr::SelKind::Method;
  e->selMethod = s.method;
  if (s.method->decl && s.method->decl->obj) recordUse(s.method->decl->obj);
  if (s.method->pointerReceiver) {
    if (!rPtr) {
      bool addressableRecv =
          s.path.empty() ? x->mode == Mode::Variable : (x->mode == Mode::Variable || s.indirect);
      if (!addressableRecv) {
        // types2 names the operand's type, not the embedded type that has the method.
        error(selPos, "cannot call pointer method " + name + " on " + typStr(T));
        invalid(e);
        return;
      }
      e->selAddrRecv = true;
      if (!xPtr) markEscape(x);
    }
  } else if (rPtr) {
    e->selDerefRecv = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Index, slice, type assertion
// ---------------------------------------------------------------------------------------------

namespace {
struct IndexCheck {
  bool ok = true;
  std::int64_t value = -1;  // constant index, or -1
};
}  // namespace

// types2's isValidIndex: an untyped constant index is converted to int (with
// invalidConversion's messages), then it must be an integer, non-negative unless allowed, and
// representable as an int.
bool Checker::validIndex(Expr* x, const std::string& what, bool allowNegative) {
  if (x->mode == Mode::Invalid) return false;
  const Type* intT = tt_.basic(Kind::Int);
  if (x->type->isUntyped()) {
    if (x->type->kind == Kind::UntypedNil) {
      error(posOf(x), "cannot convert nil to int");
      x->mode = Mode::Invalid;
      return false;
    }
    if (x->mode == Mode::Constant) {
      ConstValue v = x->value;
      std::string why;
      bool numeric = isNumericOrUntyped(x->type);
      if (!numeric || !cv::representable(v, intT, &why)) {
        std::string op = operandStr(x);
        error(posOf(x), !numeric             ? "cannot convert " + op + " to int"
                        : why == "truncated" ? op + " truncated to int"
                        : why == "overflows" ? op + " overflows int"
                                             : "cannot convert " + op + " to int");
        x->mode = Mode::Invalid;
        return false;
      }
      convertUntyped(x, intT);
      if (x->mode == Mode::Invalid) return false;
    } else if (x->type->kind == Kind::UntypedBool) {
      error(posOf(x), "cannot convert " + operandStr(x) + " to int");
      x->mode = Mode::Invalid;
      return false;
    } else {
      convertUntyped(x, intT);
      if (x->mode == Mode::Invalid) return false;
    }
  }
  if (!x->type->u()->isInteger()) {
    error(posOf(x), "invalid argument: " + what + " " + operandStr(x) + " must be integer");
    return false;
  }
  if (x->mode == Mode::Constant) {
    if (!allowNegative && x->value.kind == ConstValue::Kind::Int && x->value.i < 0) {
      error(posOf(x), "invalid argument: " + what + " " + operandStr(x) + " must not be negative");
      return false;
    }
    ConstValue v = x->value;
    std::string why;
    if (!cv::representable(v, intT, &why)) {
      error(posOf(x), "invalid argument: " + what + " " + operandStr(x) + " overflows int");
      return false;
    }
  }
  return true;
}

void Checker::index(Expr* e) {
  Expr* x = e->x;
  rawExpr(x, nullptr, false, true);
  if (!x || x->mode == Mode::Invalid) {
    if (e->y) expr(e->y);
    return;
  }
  if (x->mode == Mode::TypeExpr) {
    error(posOf(e), "gomi: generic types are not supported");
    return;
  }
  if (x->mode == Mode::NoValue || x->mode == Mode::BuiltinFn || x->mode == Mode::PkgName) {
    expr(x);
    return;
  }
  auto checkIndex = [&](Expr* i, std::int64_t length, const char* what) -> IndexCheck {
    IndexCheck r;
    if (!i) {
      r.ok = false;
      return r;
    }
    expr(i);
    if (!validIndex(i, what, false)) {
      r.ok = false;
      return r;
    }
    if (i->mode == Mode::Constant) {
      ConstValue v = i->value;
      r.value = v.i > (std::int64_t{1} << 62) ? (std::int64_t{1} << 62) : v.int64();
      if (length >= 0 && r.value >= length) {
        error(posOf(i), std::string("invalid argument: ") + what + " " + exprStr(i) +
                            " out of bounds [0:" + std::to_string(length) + "]");
        r.ok = false;
      }
    }
    return r;
  };
  const Type* T = x->type;
  const Type* u = T->u();
  if (u->kind == Kind::Pointer && u->elem && u->elem->u()->kind == Kind::Array) {
    u = u->elem->u();
    checkIndex(e->y, u->len, "index");
    e->mode = Mode::Variable;
    e->type = u->elem;
    return;
  }
  switch (u->kind) {
    case Kind::String:
    case Kind::UntypedString: {
      std::int64_t len = -1;
      if (x->mode == Mode::Constant) len = static_cast<std::int64_t>(x->value.s.size());
      checkIndex(e->y, len, "index");
      if (T->isUntyped()) convertUntyped(x, tt_.basic(Kind::String));
      e->mode = Mode::Value;
      e->type = tt_.byteType();
      return;
    }
    case Kind::Array:
      checkIndex(e->y, u->len, "index");
      e->mode = x->mode == Mode::Variable ? Mode::Variable : Mode::Value;
      e->type = u->elem;
      return;
    case Kind::Slice:
      checkIndex(e->y, -1, "index");
      e->mode = Mode::Variable;
      e->type = u->elem;
      return;
    case Kind::Map:
      if (e->y) {
        expr(e->y, u->key);
        assignment(e->y, u->key, "map index");
      }
      e->mode = Mode::MapIndex;
      e->type = u->elem;
      return;
    default:
      if (e->y) expr(e->y);
      error(e->opPos.line ? e->opPos : posOf(e),
            "invalid operation: cannot index " + operandStr(x));
      return;
  }
}

void Checker::sliceExpr(Expr* e) {
  Expr* x = e->x;
  expr(x);
  auto idx = [&](Expr* i, std::int64_t cap) -> std::int64_t {
    if (!i) return -1;
    expr(i);
    if (!validIndex(i, "index", false)) return -1;
    if (i->mode == Mode::Constant) {
      if (cap >= 0 && i->value.i > cap) {
        error(posOf(i), "invalid argument: index " + exprStr(i) +
                            " out of bounds [0:" + std::to_string(cap + 1) + "]");
        return -1;
      }
      return i->value.int64();
    }
    return -1;
  };
  if (!x || x->mode == Mode::Invalid) {
    idx(e->lo, -1);
    idx(e->hi, -1);
    idx(e->max, -1);
    return;
  }
  const Type* T = x->type;
  const Type* u = T->u();
  std::int64_t cap = -1;
  if (u->kind == Kind::String || u->kind == Kind::UntypedString) {
    if (e->slice3) {
      error(posOf(e), "invalid operation: 3-index slice of string");
      return;
    }
    if (x->mode == Mode::Constant) cap = static_cast<std::int64_t>(x->value.s.size());
    if (T->isUntyped()) convertUntyped(x, tt_.basic(Kind::String));
    e->type = x->type;
  } else if (u->kind == Kind::Array) {
    if (x->mode != Mode::Variable) {
      error(posOf(x), "invalid operation: " + operandStr(x) + " (slice of unaddressable value)");
      return;
    }
    markEscape(x);
    cap = u->len;
    e->type = tt_.sliceOf(u->elem);
  } else if (u->kind == Kind::Pointer && u->elem && u->elem->u()->kind == Kind::Array) {
    cap = u->elem->u()->len;
    e->type = tt_.sliceOf(u->elem->u()->elem);
  } else if (u->kind == Kind::Slice) {
    e->type = T;
  } else {
    error(posOf(x), "invalid operation: cannot slice " + operandStr(x));
    return;
  }
  std::int64_t lo = idx(e->lo, cap), hi = idx(e->hi, cap), mx = idx(e->max, cap);
  if (lo >= 0 && hi >= 0 && lo > hi)
    error(posOf(e->hi),
          "invalid slice indices: " + std::to_string(hi) + " < " + std::to_string(lo));
  else if (hi >= 0 && mx >= 0 && hi > mx)
    error(posOf(e->max),
          "invalid slice indices: " + std::to_string(mx) + " < " + std::to_string(hi));
  e->mode = Mode::Value;
}

void Checker::typeAssert(Expr* e) {
  Expr* x = e->x;
  expr(x);
  if (!e->y) {
    error(posOf(e), "invalid AST: use of .(type) outside type switch");
    return;
  }
  const Type* T = typExpr(e->y);
  if (!x || x->mode == Mode::Invalid || T->u()->kind == Kind::Invalid) return;
  if (x->type->u()->kind != Kind::Interface) {
    error(posOf(x), "invalid operation: " + operandStr(x) + " is not an interface");
    return;
  }
  if (T->u()->kind != Kind::Interface) {
    if (!implements(T, x->type, nullptr, nullptr)) {
      error(posOf(e), "impossible type assertion: " + exprStr(e) + "\n\t" + typStr(T) +
                          " does not implement " + typStr(x->type) + " " +
                          missingReason(T, x->type));
      return;
    }
  }
  e->mode = Mode::CommaOk;
  e->type = T;
}

// ---------------------------------------------------------------------------------------------
// Unary and binary
// ---------------------------------------------------------------------------------------------

void Checker::unaryExpr(Expr* e) {
  Expr* x = e->x;
  if (!x) return;
  if (e->op == Op::Addr || e->op == Op::And) {
    // &T{...} is allowed on a composite literal.
    Expr* inner = x;
    while (inner && inner->kind == ExprKind::Paren) inner = inner->x;
    if (inner && inner->kind == ExprKind::CompositeLit) {
      expr(x);
      if (x->mode == Mode::Invalid) return;
      e->mode = Mode::Value;
      e->type = tt_.pointerTo(x->type);
      return;
    }
    expr(x);
    if (x->mode == Mode::Invalid) return;
    if (x->mode != Mode::Variable) {
      error(posOf(x), "invalid operation: cannot take address of " + operandStr(x));
      return;
    }
    markEscape(x);
    e->mode = Mode::Value;
    e->type = tt_.pointerTo(x->type);
    return;
  }
  if (e->op == Op::Arrow) {
    expr(x);
    if (x->mode == Mode::Invalid) return;
    const Type* u = x->type->u();
    if (u->kind != Kind::Chan) {
      error(posOf(x), "invalid operation: cannot receive from non-channel " + operandStr(x));
      return;
    }
    if (u->dir == ChanDir::Send) {
      error(posOf(x), "invalid operation: cannot receive from send-only channel " + operandStr(x));
      return;
    }
    e->mode = Mode::CommaOk;
    e->type = u->elem;
    return;
  }
  expr(x);
  if (x->mode == Mode::Invalid) return;
  const Type* t = x->type;
  bool ok = false;
  switch (e->op) {
    case Op::Add:
    case Op::Sub:
      ok = isNumericOrUntyped(t);
      break;
    case Op::Xor:
      ok = isIntegerOrUntyped(t);
      break;
    case Op::Not:
      ok = isBoolType(t);
      break;
    default:
      break;
  }
  if (!ok) {
    error(posOf(x), std::string("invalid operation: operator ") + opStr(e->op) +
                        " not defined on " + operandStr(x));
    return;
  }
  if (x->mode == Mode::Constant) {
    ConstValue r;
    std::string err;
    if (!cv::unary(e->op, x->value, t->isUntyped() ? nullptr : t->u(), r, err)) {
      error(posOf(e), err.empty() ? "invalid constant operation" : err);
      return;
    }
    if (!t->isUntyped()) {
      ConstValue c = r;
      std::string why;
      if (!cv::representable(c, t, &why)) {
        error(posOf(e), "cannot use " + exprStr(e) + " (constant " + cv::str(r) + " of type " +
                            typStr(t) + ") as " + typStr(t) + " value in " +
                            "unary operation (overflows)");
        return;
      }
      r = c;
    }
    e->mode = Mode::Constant;
    e->value = r;
    e->type = t;
    return;
  }
  e->mode = Mode::Value;
  e->type = t;
}

void Checker::binaryExpr(Expr* e) {
  Expr* x = e->x;
  Expr* y = e->y;
  if (!x || !y) return;
  if (isShift(e->op)) {
    shiftExpr(e);
    return;
  }
  expr(x);
  expr(y);
  binaryRest(e, false);
}

// The operator rules of a binary expression whose operands are already evaluated (also used for
// x op= y, where assignOp selects the wording of the messages).
void Checker::binaryRest(Expr* e, bool assignOp) {
  Expr* x = e->x;
  Expr* y = e->y;
  if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
  Pos opPos = e->pos;
  if (!matchTypes(x, y)) return;
  if (isComparison(e->op)) {
    comparison(e);
    return;
  }
  if (x->type != y->type) {
    if (assignOp)
      error(posOf(x), "invalid operation: " + exprStr(x) + " " + opStr(e->op) + "= " + exprStr(y) +
                          " (mismatched types " + typStr(x->type) + " and " + typStr(y->type) +
                          ")");
    else
      error(posOf(x), "invalid operation: " + exprStr(e) + " (mismatched types " + typStr(x->type) +
                          " and " + typStr(y->type) + ")");
    return;
  }
  if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
  const Type* t = x->type;
  bool ok = false;
  switch (e->op) {
    case Op::Add:
      ok = isNumericOrUntyped(t) || isStringType(t);
      break;
    case Op::Sub:
    case Op::Mul:
    case Op::Quo:
      ok = isNumericOrUntyped(t);
      break;
    case Op::Rem:
    case Op::And:
    case Op::Or:
    case Op::Xor:
    case Op::AndNot:
      ok = isIntegerOrUntyped(t);
      break;
    case Op::LAnd:
    case Op::LOr:
      ok = isBoolType(t);
      break;
    default:
      break;
  }
  if (!ok) {
    error(posOf(x), std::string("invalid operation: operator ") + opStr(e->op) +
                        " not defined on " + operandStr(x));
    return;
  }
  // Division by a constant zero.
  if ((e->op == Op::Quo || e->op == Op::Rem) && y->mode == Mode::Constant && cv::isZero(y->value) &&
      (isIntegerOrUntyped(t) || x->mode == Mode::Constant)) {
    error(posOf(y), "invalid operation: division by zero");
    return;
  }
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    ConstValue a = x->value, b = y->value;
    bool intDiv = isIntegerOrUntyped(t) && t->kind != Kind::UntypedFloat;
    if (t->kind == Kind::UntypedComplex || t->u()->isComplex()) {
      a = cv::toComplex(a);
      b = cv::toComplex(b);
      intDiv = false;
    } else if (t->kind == Kind::UntypedFloat || t->u()->isFloat()) {
      a = cv::toFloat(a);
      b = cv::toFloat(b);
      intDiv = false;
    }
    ConstValue r;
    std::string err;
    if (!cv::binary(e->op, a, b, intDiv, r, err)) {
      // go/types reports "constant multiplication overflow" at the operator.
      error(e->opPos, err.empty() ? "invalid constant operation" : err);
      return;
    }
    if (!t->isUntyped()) {
      ConstValue c = r;
      std::string why;
      if (!cv::representable(c, t, &why)) {
        error(opPos, exprStr(e) + " (constant " + cv::str(r) + " of type " + typStr(t) + ") " +
                         (why.empty() ? "overflows" : why) + " " + typStr(t->u()));
        return;
      }
      r = c;
    }
    e->mode = Mode::Constant;
    e->value = r;
    e->type = t;
    return;
  }
  e->mode = Mode::Value;
  e->type = t;
}

void Checker::shiftExpr(Expr* e) {
  Expr* x = e->x;
  Expr* y = e->y;
  expr(x);
  expr(y);
  if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
  Pos opPos = e->pos;
  // Shift count. Go reports a constant count as it was written, before it becomes a uint.
  std::string countStr = y->mode == Mode::Constant ? operandStr(y) : "";
  if (y->mode == Mode::Constant) {
    ConstValue v = y->value;
    std::string why;
    if (!isNumericOrUntyped(y->type) ||
        (y->type->isUntyped() && !cv::representable(v, tt_.basic(Kind::UntypedInt), &why))) {
      error(posOf(y), "invalid operation: shift count " + operandStr(y) + " must be integer");
      return;
    }
    if (v.kind == ConstValue::Kind::Int && v.i < 0) {
      error(posOf(y), "invalid operation: negative shift count " + operandStr(y));
      return;
    }
    if (y->type->isUntyped()) convertUntyped(y, tt_.basic(Kind::Uint));
  } else {
    defaultType(y);
    if (!y->type->u()->isInteger()) {
      error(posOf(y), "invalid operation: shift count " + operandStr(y) + " must be integer");
      return;
    }
  }
  // Shifted operand.
  if (x->mode == Mode::Constant && x->type->isUntyped()) {
    ConstValue v = x->value;
    std::string why;
    if (!cv::representable(v, tt_.basic(Kind::UntypedInt), &why)) {
      error(posOf(x), "invalid operation: shifted operand " + operandStr(x) + " must be integer");
      return;
    }
    if (y->mode == Mode::Constant) {
      ConstValue r;
      std::string err;
      ConstValue cnt = y->value;
      if (cnt.kind == ConstValue::Kind::Float) cnt = cv::toInt(cnt, nullptr);
      if (cnt.i > cv::kMaxShift) {
        error(posOf(y), "invalid operation: invalid shift count " + countStr);
        return;
      }
      if (!cv::shift(e->op, v, cnt.int64(), r, err)) {
        error(opPos, "invalid shift: " + exprStr(e) + " (" + err + ")");
        return;
      }
      if (cv::intOverflow(r)) {
        error(e->opPos, "constant shift overflow");
        return;
      }
      e->mode = Mode::Constant;
      e->value = r;
      const Type* rt = x->type->kind == Kind::UntypedFloat || x->type->kind == Kind::UntypedComplex
                           ? tt_.basic(Kind::UntypedInt)
                           : x->type;
      e->type = rt;
      x->value = v;
      return;
    }
    // Non-constant shift of an untyped constant: the type comes from the context.
    if (x->type->kind == Kind::UntypedFloat || x->type->kind == Kind::UntypedComplex) {
      x->value = v;
      x->type = tt_.basic(Kind::UntypedInt);
    }
    e->mode = Mode::Value;
    e->type = x->type;
    return;
  }
  defaultType(x);
  if (!x->type->u()->isInteger()) {
    error(posOf(x), "invalid operation: shifted operand " + operandStr(x) + " must be integer");
    return;
  }
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    ConstValue r;
    std::string err;
    ConstValue cnt = y->value;
    if (cnt.kind == ConstValue::Kind::Float) cnt = cv::toInt(cnt, nullptr);
    if (cnt.i > cv::kMaxShift) {
      error(posOf(y), "invalid operation: invalid shift count " + countStr);
      return;
    }
    if (!cv::shift(e->op, x->value, cnt.int64(), r, err)) {
      error(opPos, "invalid shift: " + exprStr(e) + " (" + err + ")");
      return;
    }
    ConstValue c = r;
    std::string why;
    if (!cv::representable(c, x->type, &why)) {
      error(opPos, exprStr(e) + " (constant " + cv::str(r) + " of type " + typStr(x->type) +
                       ") overflows " + typStr(x->type->u()));
      return;
    }
    e->mode = Mode::Constant;
    e->value = c;
    e->type = x->type;
    return;
  }
  e->mode = Mode::Value;
  e->type = x->type;
}

// types2's matchTypes: an untyped operand takes the other operand's type when they can mix.
bool Checker::matchTypes(Expr* x, Expr* y) {
  auto isIface = [](const Type* t) { return t->u()->kind == Kind::Interface; };
  auto canMix = [&]() {
    if (isIface(x->type) || isIface(y->type)) return true;
    if (isBoolType(x->type) != isBoolType(y->type)) return false;
    if (isStringType(x->type) != isStringType(y->type)) return false;
    if (x->type->kind == Kind::UntypedNil && !nilable(y->type)) return false;
    if (y->type->kind == Kind::UntypedNil && !nilable(x->type)) return false;
    return true;
  };
  if (canMix()) {
    convertUntyped(x, y->type);
    if (x->mode == Mode::Invalid) return false;
    convertUntyped(y, x->type);
    if (y->mode == Mode::Invalid) return false;
  }
  return true;
}

void Checker::comparison(Expr* e, bool switchCase) {
  Expr* x = e->x;
  Expr* y = e->y;
  const Type* xt = x->type;
  const Type* yt = y->type;
  Expr* errOp = x;
  std::string cause;
  auto kindString = [&](const Type* t) -> std::string {
    switch (t->u()->kind) {
      case Kind::Array:
        return "array";
      case Kind::Slice:
        return "slice";
      case Kind::Struct:
        return "struct";
      case Kind::Pointer:
        return "pointer";
      case Kind::Func:
        return "func";
      case Kind::Interface:
        return "interface";
      case Kind::Map:
        return "map";
      case Kind::Chan:
        return "chan";
      default:
        return typStr(t);
    }
  };
  std::function<std::string(const Type*)> incomparable = [&](const Type* t) -> std::string {
    const Type* u = t->u();
    if (u->kind == Kind::Slice || u->kind == Kind::Func || u->kind == Kind::Map)
      return kindString(t) + " can only be compared to nil";
    if (u->kind == Kind::Struct)
      for (const Field& f : u->fields)
        if (f.type && !comparable(f.type))
          return "struct containing " + typStr(f.type) + " cannot be compared";
    if (u->kind == Kind::Array && u->elem && !comparable(u->elem))
      return typStr(t) + " cannot be compared";
    return "";
  };
  auto isNilExpr = [](Expr* z) {
    while (z && z->kind == ExprKind::Paren) z = z->x;
    return z && z->kind == ExprKind::Ident && z->obj && z->obj->kind == ObjKind::Nil;
  };
  bool isNilX = isNilExpr(x), isNilY = isNilExpr(y);
  bool ok = assignable(x, yt, nullptr) || assignable(y, xt, nullptr);
  bool eq = e->op == Op::Eql || e->op == Op::Neq;
  if (!ok) {
    errOp = y;
    cause = "mismatched types " + typStr(xt) + " and " + typStr(yt);
  } else if (eq) {
    if (isNilX || isNilY) {
      const Type* other = isNilX ? yt : xt;
      if (!nilable(other)) {
        errOp = y;
        cause = "operator " + std::string(opStr(e->op)) + " not defined on " + kindString(xt);
        if (isNilX && isNilY)
          cause = "operator " + std::string(opStr(e->op)) + " not defined on untyped nil";
        ok = false;
      }
    } else if (!comparable(xt)) {
      errOp = x;
      cause = incomparable(xt);
      ok = false;
    } else if (!comparable(yt)) {
      errOp = y;
      cause = incomparable(yt);
      ok = false;
    }
  } else {
    if (!ordered(xt)) {
      errOp = x;
      ok = false;
    } else if (!ordered(yt)) {
      errOp = y;
      ok = false;
    }
  }
  if (!ok) {
    if (cause.empty())
      cause =
          "operator " + std::string(opStr(e->op)) + " not defined on " + kindString(errOp->type);
    if (switchCase)
      error(posOf(x),
            "invalid case " + exprStr(x) + " in switch on " + exprStr(y) + " (" + cause + ")");
    else
      error(posOf(errOp), "invalid operation: " + exprStr(e) + " (" + cause + ")");
    return;
  }
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    e->mode = Mode::Constant;
    e->value = cv::makeBool(cv::compare(e->op, x->value, y->value));
  } else {
    e->mode = Mode::Value;
    // Operands are materialised: untyped ones take their default types; nil takes the other's.
    if (isNilX && !isNilY) x->type = yt;
    if (isNilY && !isNilX) y->type = xt;
    defaultType(x);
    defaultType(y);
  }
  e->type = tt_.basic(Kind::UntypedBool);
}

// ---------------------------------------------------------------------------------------------
// Function literals and composite literals
// ---------------------------------------------------------------------------------------------

void Checker::funcLit(Expr* e) {
  FuncLit* lit = e->funcLit;
  if (!lit) return;
  std::vector<Object*> params;
  const Type* sig = funcType(lit->type, &params, nullptr, nullptr, nullptr);
  lit->sig = sig;
  lit->params = params;
  lit->outerDecl = funcs_.empty() ? nullptr : funcs_.back().decl;
  for (Object* p : params) {
    p->ownerLit = lit;
    p->ownerFunc = lit->outerDecl;
  }
  if (pkg_) pkg_->funcLits.push_back(lit);
  e->mode = Mode::Value;
  e->type = sig;
  if (lit->body) funcBody(lit->outerDecl, lit, sig, lit->body, lit->params);
}

void Checker::compositeLit(Expr* e, const Type* hint) {
  const Type* T = nullptr;
  if (e->y) {
    if (e->y->kind == ExprKind::ArrayType && !e->y->y && e->y->hasEllipsis) {
      // [...]T{...}: the length is the literal's.
      const Type* el = typExpr(e->y->elemType);
      std::int64_t maxIndex = 0, idx = 0;
      for (Expr* a : e->args) {
        if (a && a->kind == ExprKind::KeyValue && a->x) {
          expr(a->x);
          if (a->x->mode == Mode::Constant && a->x->value.kind == ConstValue::Kind::Int)
            idx = a->x->value.int64();
        }
        ++idx;
        maxIndex = std::max(maxIndex, idx);
      }
      T = tt_.arrayOf(el, maxIndex);
      e->y->mode = Mode::TypeExpr;
      e->y->type = T;
    } else {
      T = typExpr(e->y);
    }
  } else if (hint) {
    T = hint;
  } else {
    error(posOf(e), "missing type in composite literal");
    for (Expr* a : e->args) (void)a;
    return;
  }
  if (!T || T->u()->kind == Kind::Invalid) {
    for (Expr* a : e->args) {
      if (!a) continue;
      if (a->kind == ExprKind::KeyValue) {
        if (a->y && a->y->kind != ExprKind::CompositeLit) expr(a->y);
      } else if (a->kind != ExprKind::CompositeLit) {
        expr(a);
      }
    }
    return;
  }
  // An elided &T in an element list: the literal is a T, its value a *T.
  const Type* litType = T;
  const Type* base = T;
  if (!e->y && !T->named() && T->kind == Kind::Pointer && T->elem) base = T->elem;
  const Type* u = base->u();
  auto elemValue = [&](Expr* v, const Type* et, const std::string& ctx) {
    if (!v) return;
    // Elided element types are allowed in array, slice and map literals, not struct literals.
    if (v->kind == ExprKind::CompositeLit && !v->y)
      compositeLit(v, ctx == "struct literal" ? nullptr : et);
    else
      expr(v, et);
    assignment(v, et, ctx);
  };
  e->fieldIndex.clear();
  e->elemIndex.clear();
  switch (u->kind) {
    case Kind::Struct: {
      bool keyed = !e->args.empty() && e->args[0] && e->args[0]->kind == ExprKind::KeyValue;
      if (keyed) {
        std::set<int> seen;
        for (Expr* a : e->args) {
          if (!a) continue;
          if (a->kind != ExprKind::KeyValue || !a->x || a->x->kind != ExprKind::Ident) {
            error(posOf(a), a->kind == ExprKind::KeyValue
                                ? "invalid field name " + exprStr(a->x) + " in struct literal"
                                : "mixture of field:value and value elements in struct literal");
            e->fieldIndex.push_back(-1);
            continue;
          }
          int fi = -1;
          for (std::size_t i = 0; i < u->fields.size(); ++i)
            if (u->fields[i].name == a->x->name && a->x->name != "_") fi = static_cast<int>(i);
          if (fi < 0) {
            error(posOf(a->x),
                  "unknown field '" + a->x->name + "' in struct literal of type " + typStr(base));
            if (a->y && a->y->kind != ExprKind::CompositeLit) expr(a->y);
            e->fieldIndex.push_back(-1);
            continue;
          }
          if (!seen.insert(fi).second)
            error(posOf(a), "duplicate field name " + a->x->name + " in struct literal");
          const Field& f = u->fields[static_cast<std::size_t>(fi)];
          if (!f.exported() && pkg_ && f.pkg != pkg_->path)
            error(posOf(a->x), "cannot refer to unexported field " + f.name +
                                   " in struct literal of type " + typStr(base));
          a->mode = Mode::Value;
          a->type = f.type;
          elemValue(a->y, f.type, "struct literal");
          e->fieldIndex.push_back(fi);
        }
      } else {
        std::size_t i = 0;
        for (Expr* a : e->args) {
          if (!a) continue;
          if (a->kind == ExprKind::KeyValue) {
            error(posOf(a), "mixture of field:value and value elements in struct literal");
            ++i;
            continue;
          }
          if (i >= u->fields.size()) {
            expr(a);
            error(posOf(a), "too many values in " + exprStr(e));
            break;
          }
          const Field& f = u->fields[i];
          elemValue(a, f.type, "struct literal");
          if (!f.exported() && pkg_ && f.pkg != pkg_->path)
            error(posOf(a), "implicit assignment to unexported field " + f.name + " in " +
                                typStr(base) + " literal");
          e->fieldIndex.push_back(static_cast<int>(i));
          ++i;
        }
        if (i > 0 && i < u->fields.size())
          error(e->rbrace.line ? e->rbrace : e->pos, "too few values in " + exprStr(e));
      }
      break;
    }
    case Kind::Array:
    case Kind::Slice: {
      std::int64_t idx = 0;
      std::set<std::int64_t> seen;
      for (Expr* a : e->args) {
        if (!a) continue;
        Expr* v = a;
        // types2's indexedElts: a key must be a valid constant index within the length; a
        // positional element must be within it; duplicates only among valid indices.
        const std::int64_t length = u->kind == Kind::Array ? u->len : -1;
        bool valid = false;
        if (a->kind == ExprKind::KeyValue) {
          v = a->y;
          if (a->x) {
            expr(a->x);
            if (validIndex(a->x, "index", false)) {
              if (a->x->mode != Mode::Constant) {
                error(posOf(a), "index " + exprStr(a->x) + " must be integer constant");
              } else if (length >= 0 && a->x->value.int64() >= length) {
                error(posOf(a->x), "invalid argument: index " + cv::str(a->x->value) +
                                       " out of bounds [0:" + std::to_string(length) + "]");
              } else {
                idx = a->x->value.int64();
                valid = true;
              }
            }
          }
        } else if (length >= 0 && idx >= length) {
          error(posOf(a), "index " + std::to_string(idx) +
                              " is out of bounds (>= " + std::to_string(length) + ")");
        } else {
          valid = true;
        }
        if (valid && !seen.insert(idx).second)
          error(posOf(a), "duplicate index " + std::to_string(idx) + " in array or slice literal");
        elemValue(v, u->elem, "array or slice literal");
        e->elemIndex.push_back(idx);
        ++idx;
      }
      break;
    }
    case Kind::Map: {
      std::set<std::pair<std::string, std::string>> keys;
      for (Expr* a : e->args) {
        if (!a) continue;
        if (a->kind != ExprKind::KeyValue) {
          error(posOf(a), "missing key in map literal");
          expr(a);
          continue;
        }
        elemValue(a->x, u->key, "map literal");
        if (a->x && a->x->mode == Mode::Constant) {
          std::string v = cv::str(a->x->value);
          if (!keys.insert({typStr(a->x->type), v}).second)
            error(posOf(a->x), "duplicate key " + v + " in map literal");
        }
        elemValue(a->y, u->elem, "map literal");
      }
      break;
    }
    default:
      error(posOf(e), "invalid composite literal type " + typStr(T));
      return;
  }
  e->mode = Mode::Value;
  e->type = litType;
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

void Checker::call(Expr* e) {
  Expr* f = e->x;
  if (!f) return;
  rawExpr(f, nullptr, false, true);
  if (f->mode == Mode::Invalid) {
    for (Expr* a : e->args) expr(a);
    return;
  }
  if (f->mode == Mode::TypeExpr) {
    conversion(e, f->type);
    return;
  }
  if (f->mode == Mode::BuiltinFn) {
    Builtin b = f->obj ? f->obj->builtin : Builtin::Len;
    e->callKind = Expr::CallKind::Builtin;
    e->builtin = b;
    builtinCall(e, b);
    return;
  }
  if (f->mode == Mode::PkgName || f->mode == Mode::NoValue) {
    expr(f);
    for (Expr* a : e->args) expr(a);
    return;
  }
  const Type* sig = f->type;
  if (sig->u()->kind != Kind::Func) {
    error(posOf(e), "invalid operation: cannot call non-function " + operandStr(f));
    for (Expr* a : e->args) expr(a);
    return;
  }
  sig = sig->u();
  // Classify.
  Expr* fq = f;
  while (fq->kind == ExprKind::Paren && fq->x) fq = fq->x;
  if (fq->kind == ExprKind::Ident && fq->obj && fq->obj->kind == ObjKind::Func)
    e->callKind = Expr::CallKind::Func;
  else if (fq->kind == ExprKind::Selector && fq->selKind == Expr::SelKind::PkgMember && fq->obj &&
           fq->obj->kind == ObjKind::Func)
    e->callKind = Expr::CallKind::Func;
  else if (fq->kind == ExprKind::Selector && fq->selKind == Expr::SelKind::Method)
    e->callKind = Expr::CallKind::Method;
  else if (fq->kind == ExprKind::Selector && fq->selKind == Expr::SelKind::IfaceMethod)
    e->callKind = Expr::CallKind::Iface;
  else
    e->callKind = Expr::CallKind::Closure;
  arguments(e, sig, exprStr(f));
  if (sig->results.empty()) {
    e->mode = Mode::NoValue;
    e->type = tt_.tupleOf({});
  } else if (sig->results.size() == 1) {
    e->mode = Mode::Value;
    e->type = sig->results[0];
  } else {
    e->mode = Mode::Value;
    e->type = tt_.tupleOf(sig->results);
  }
}

void Checker::arguments(Expr* call, const Type* sig, const std::string& fname) {
  std::vector<Expr*>& args = call->args;
  // f(g()) with a multi-value g.
  std::vector<const Type*> argTypes;
  std::vector<Expr*> argExprs;
  bool spread = false;
  if (args.size() == 1 && args[0]) {
    Expr* a = args[0];
    const Type* hint = sig->params.size() == 1 && !sig->variadic ? sig->params[0] : nullptr;
    rawExpr(a, hint, true, false);
    if (a->mode == Mode::Invalid) return;
    if (a->type && a->type->kind == Kind::Tuple && a->mode != Mode::NoValue) {
      spread = true;
      call->spreadTuple = true;
      argTypes = a->type->results;
    } else {
      if (a->mode == Mode::TypeExpr || a->mode == Mode::NoValue || a->mode == Mode::BuiltinFn ||
          a->mode == Mode::PkgName) {
        expr(a);  // reports
        return;
      }
      argExprs.push_back(a);
    }
  } else {
    for (std::size_t i = 0; i < args.size(); ++i) {
      const Type* hint = nullptr;
      if (i < sig->params.size() && !(sig->variadic && i + 1 >= sig->params.size()))
        hint = sig->params[i];
      else if (sig->variadic && !sig->params.empty())
        hint = call->hasEllipsis ? sig->params.back() : sig->params.back()->u()->elem;
      expr(args[i], hint);
      argExprs.push_back(args[i]);
    }
  }
  for (Expr* a : argExprs)
    if (!a || a->mode == Mode::Invalid) return;
  std::size_t nargs = spread ? argTypes.size() : argExprs.size();
  std::size_t nparams = sig->params.size();
  bool variadic = sig->variadic;
  if (call->hasEllipsis) {
    if (!variadic) {
      error(posOf(call), "cannot use ... in call to non-variadic " + fname);
      return;
    }
    if (spread) {
      error(posOf(call), "cannot use ... with multi-valued expression");
      return;
    }
  }
  auto haveStr = [&]() {
    std::string s = "(";
    for (std::size_t i = 0; i < nargs; ++i) {
      if (i) s += ", ";
      const Type* t = spread ? argTypes[i] : argExprs[i]->type;
      s += summary(t);
    }
    return s + ")";
  };
  auto wantStr = [&]() {
    std::string s = "(";
    for (std::size_t i = 0; i < nparams; ++i) {
      if (i) s += ", ";
      if (variadic && i + 1 == nparams)
        s += "..." + typStr(sig->params[i]->u()->elem);
      else
        s += typStr(sig->params[i]);
    }
    return s + ")";
  };
  bool tooFew = false, tooMany = false;
  if (variadic && !call->hasEllipsis) {
    if (nargs < nparams - 1) tooFew = true;
  } else {
    if (nargs < nparams) tooFew = true;
    if (nargs > nparams) tooMany = true;
  }
  if (tooFew || tooMany) {
    Pos at = call->pos;
    if (tooMany && !spread && nparams < argExprs.size())
      at = argExprs[nparams]->pos;
    else if (tooFew && !argExprs.empty())
      at = argExprs.back()->pos;
    else if (tooFew)
      at = call->rbrace.line ? call->rbrace : call->pos;
    error(at, std::string(tooFew ? "not enough" : "too many") + " arguments in call to " + fname +
                  "\n\thave " + haveStr() + "\n\twant " + wantStr());
    return;
  }
  if (spread) {
    for (std::size_t i = 0; i < nargs; ++i) {
      const Type* pt =
          (variadic && i + 1 >= nparams) ? sig->params.back()->u()->elem : sig->params[i];
      Expr tmp;
      tmp.mode = Mode::Value;
      tmp.type = argTypes[i];
      std::string reason;
      if (!assignable(&tmp, pt, &reason)) {
        // A typed value: types2's "as type T in argument" form, with the cause if any.
        error(posOf(args[0]), "cannot use " + exprStr(args[0]) + " (value of type " +
                                  typStr(argTypes[i]) + ") as type " + typStr(pt) +
                                  " in argument to " + fname +
                                  (reason.empty() ? "" : ":\n\t" + reason));
        return;
      }
    }
    return;
  }
  for (std::size_t i = 0; i < nargs; ++i) {
    const Type* pt;
    if (variadic && i + 1 >= nparams)
      pt = call->hasEllipsis ? sig->params.back() : sig->params.back()->u()->elem;
    else
      pt = sig->params[i];
    assignment(argExprs[i], pt, "argument to " + fname);
  }
}

bool Checker::convertible(Expr* x, const Type* T) {
  if (assignable(x, T, nullptr)) return true;
  const Type* V = x->type;
  const Type* vu = V->u();
  const Type* tu = T->u();
  if (vu == tu) return true;
  if (!V->named() && !T->named() && vu->kind == Kind::Pointer && tu->kind == Kind::Pointer &&
      vu->elem && tu->elem && vu->elem->u() == tu->elem->u())
    return true;
  if (isNumericOrUntyped(V) && tu->isNumeric() && !tu->isComplex() && !vu->isComplex() &&
      V->kind != Kind::UntypedComplex)
    return true;
  if (vu->isComplex() && tu->isComplex()) return true;
  if (tu->kind == Kind::String) {
    if (isIntegerOrUntyped(V)) return true;
    if (vu->kind == Kind::Slice && vu->elem &&
        (vu->elem->u()->kind == Kind::Uint8 || vu->elem->u()->kind == Kind::Int32))
      return true;
  }
  if (isStringType(V) && tu->kind == Kind::Slice && tu->elem &&
      (tu->elem->u()->kind == Kind::Uint8 || tu->elem->u()->kind == Kind::Int32))
    return true;
  if (vu->kind == Kind::Slice && tu->kind == Kind::Pointer && tu->elem &&
      tu->elem->u()->kind == Kind::Array && tu->elem->u()->elem == vu->elem)
    return true;
  return false;
}

void Checker::conversion(Expr* e, const Type* T) {
  e->callKind = Expr::CallKind::Conversion;
  if (e->args.size() != 1) {
    for (Expr* a : e->args) expr(a);
    if (e->args.empty())
      error(e->rbrace.line ? e->rbrace : e->pos, "missing argument in conversion to " + typStr(T));
    else
      error(posOf(e->args.back()), "too many arguments in conversion to " + typStr(T));
    return;
  }
  if (e->hasEllipsis) {
    error(posOf(e), "invalid use of ... in conversion to " + typStr(T));
    return;
  }
  Expr* x = e->args[0];
  expr(x, T);
  if (x->mode == Mode::Invalid || T->u()->kind == Kind::Invalid) return;
  const Type* tu = T->u();
  // Constant conversions.
  if (x->mode == Mode::Constant &&
      (tu->isNumeric() || tu->kind == Kind::String || tu->kind == Kind::Bool)) {
    ConstValue v = x->value;
    if (tu->kind == Kind::String && isIntegerOrUntyped(x->type) &&
        v.kind == ConstValue::Kind::Int) {
      std::string s;
      std::int64_t r = v.int64();
      std::uint32_t cp = (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
                             ? 0xFFFD
                             : static_cast<std::uint32_t>(r);
      ConstValue tmp;
      cv::parseLiteral(Expr::LitKind::String, "\"\"", tmp);
      // Encode as UTF-8.
      if (cp < 0x80)
        s += static_cast<char>(cp);
      else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      }
      // An untyped operand keeps its type (types2): string(1<<100) is "\uFFFD".
      e->mode = Mode::Constant;
      e->value = cv::makeString(s);
      e->type = T;
      return;
    }
    bool ok = false;
    std::string why;
    if (tu->isNumeric() && isNumericOrUntyped(x->type)) {
      if (tu->isInteger() && v.kind == ConstValue::Kind::Float) {
        bool exact = true;
        ConstValue iv = cv::toInt(v, &exact);
        if (!exact) {
          error(posOf(x), "cannot convert " + operandStr(x) + " to type " + typStr(T));
          return;
        }
        // types2 rounds the operand to an integer before the range check, and a failed
        // conversion shows the rounded value.
        if (!cv::representable(iv, T, &why)) {
          x->value = iv;
          error(posOf(x), "cannot convert " + operandStr(x) + " to type " + typStr(T));
          return;
        }
      }
      ok = cv::representable(v, T, &why);
    } else if (tu->kind == Kind::String && isStringType(x->type)) {
      ok = true;
    } else if (tu->kind == Kind::Bool && isBoolType(x->type)) {
      ok = true;
    } else {
      error(posOf(x), "cannot convert " + operandStr(x) + " to type " + typStr(T));
      return;
    }
    if (!ok) {
      error(posOf(x), "cannot convert " + operandStr(x) + " to type " + typStr(T));
      return;
    }
    // The constant operand takes the conversion's type (its value is representable there).
    if (x->type->isUntyped()) setType(x, T);
    if (tu->isFloat() && x->type->u()->isInteger()) v = cv::toFloat(v);
    if (tu->isComplex()) v = cv::toComplex(v);
    e->mode = Mode::Constant;
    e->value = v;
    e->type = T;
    return;
  }
  // An untyped non-constant operand is named as it was, before taking a default type.
  std::string untypedOperand = x->type->isUntyped() ? operandStr(x) : "";
  if (x->type->isUntyped()) {
    if (x->type->kind == Kind::UntypedNil) {
      if (!nilable(T)) {
        error(posOf(x), "cannot convert nil to type " + typStr(T));
        return;
      }
      x->type = T;
    } else if (tu->kind == Kind::Interface || !convertible(x, T)) {
      defaultType(x);
    } else if (isNumericOrUntyped(x->type) && tu->isNumeric()) {
      convertUntyped(x, T);
    } else if (x->mode != Mode::Constant && tu->kind == Kind::String &&
               isNumericOrUntyped(x->type)) {
      // types2 gives a non-constant untyped operand the target type itself: string(1 << s)
      // makes the shift a string shift, which is an error.
      setType(x, T);
      if (x->mode == Mode::Invalid) return;
    } else {
      defaultType(x);
    }
  }
  if (x->mode == Mode::Invalid) return;
  if (!convertible(x, T)) {
    // types2 adds assignability's cause (a missing method) on a second line.
    std::string reason;
    if (T->u()->kind == Kind::Interface) assignable(x, T, &reason);
    std::string what =
        !untypedOperand.empty() && x->mode != Mode::Constant ? untypedOperand : operandStr(x);
    error(posOf(x), "cannot convert " + what + " to type " + typStr(T) +
                        (reason.empty() ? "" : ":\n\t" + reason));
    return;
  }
  e->mode = Mode::Value;
  e->type = T;
}

// Go unpacks builtin(g()) with a multi-value g as it does for functions. g's results become
// hidden variables named like the call (for messages), and the builtin's arguments become
// Idents of them, which the builtin's own rules then check like written arguments.
void Checker::spreadBuiltinArgs(Expr* e) {
  if (e->args.size() != 1 || e->hasEllipsis || !e->args[0]) return;
  Expr* g = e->args[0];
  Expr* u = g;
  while (u->kind == ExprKind::Paren && u->x) u = u->x;
  if (u->kind != ExprKind::Call) return;
  rawExpr(g, nullptr, true, false);
  if (g->mode == Mode::Invalid || g->mode == Mode::NoValue || !g->type ||
      g->type->kind != Kind::Tuple) {
    prechecked_ = g;  // the builtin's own check of its argument uses this result
    return;
  }
  std::string name = exprStr(g);
  std::vector<Expr*> temps;
  for (const Type* t : g->type->results) {
    Object* o = newObj(ObjKind::Var, name, g->pos, t);
    o->used = true;
    Expr* id = &prog_.spreadIdents.emplace_back();
    id->kind = ExprKind::Ident;
    id->name = name;
    id->pos = g->pos;
    id->opPos = g->pos;
    id->obj = o;
    spreadTemps_.insert(id);
    temps.push_back(id);
  }
  e->spreadCall = g;
  e->args = std::move(temps);
}

void Checker::builtinCall(Expr* e, Builtin b) {
  std::vector<Expr*>& args = e->args;
  const char* names[] = {"append", "cap", "close", "complex", "copy",    "delete", "imag",   "len",
                         "make",   "new", "panic", "print",   "println", "real",   "recover"};
  std::string name = names[static_cast<int>(b)];
  // make and new take a type first: types2 does not evaluate their arguments when the count
  // is wrong; the others' arguments are evaluated before the count is judged.
  const bool typeFirst = b == Builtin::Make || b == Builtin::New;
  auto count = [&](std::size_t min, std::size_t max) -> bool {
    if (args.size() < min) {
      if (!typeFirst)
        for (Expr* a : args) expr(a);
      error(posOf(e), "invalid operation: not enough arguments for " + exprStr(e) + " (expected " +
                          std::to_string(min) + ", found " + std::to_string(args.size()) + ")");
      return false;
    }
    if (args.size() > max) {
      if (!typeFirst)
        for (Expr* a : args) expr(a);
      error(posOf(e), "invalid operation: too many arguments for " + exprStr(e) + " (expected " +
                          std::to_string(max) + ", found " + std::to_string(args.size()) + ")");
      return false;
    }
    return true;
  };
  if (e->hasEllipsis && b != Builtin::Append) {
    for (Expr* a : args) expr(a);
    error(posOf(e), "invalid operation: invalid use of ... with built-in " + name);
    return;
  }
  const Type* intT = tt_.basic(Kind::Int);
  switch (b) {
    case Builtin::Append:
    case Builtin::Copy:
    case Builtin::Delete:
    case Builtin::Print:
    case Builtin::Println:
    case Builtin::Complex:
      spreadBuiltinArgs(e);
      break;
    default:
      break;
  }
  switch (b) {
    case Builtin::Len:
    case Builtin::Cap: {
      if (!count(1, 1)) return;
      Expr* x = args[0];
      expr(x);
      if (x->mode == Mode::Invalid) return;
      const Type* u = x->type->u();
      if (u->kind == Kind::Pointer && u->elem && u->elem->u()->kind == Kind::Array)
        u = u->elem->u();
      bool ok = false;
      bool isConst = false;
      std::int64_t n = 0;
      switch (u->kind) {
        case Kind::String:
        case Kind::UntypedString:
          ok = b == Builtin::Len;
          if (ok && x->mode == Mode::Constant) {
            isConst = true;
            n = static_cast<std::int64_t>(x->value.s.size());
          }
          if (ok && x->type->isUntyped()) convertUntyped(x, tt_.basic(Kind::String));
          break;
        case Kind::Array: {
          ok = true;
          // Constant unless the operand contains calls or receives.
          // As types2's hasCallOrRecv: conversions never count, builtins only when their
          // result is not constant; function literals' bodies are not looked into.
          std::function<bool(Expr*)> hasCall = [&](Expr* z) -> bool {
            if (!z || z->kind == ExprKind::FuncLit) return false;
            if (z->kind == ExprKind::Call && z->callKind != Expr::CallKind::Conversion &&
                z->mode != Mode::Constant)
              return true;
            if (z->kind == ExprKind::Unary && z->op == Op::Arrow) return true;
            if (hasCall(z->x) || (z->kind != ExprKind::CompositeLit && hasCall(z->y)) ||
                hasCall(z->lo) || hasCall(z->hi) || hasCall(z->max))
              return true;
            for (Expr* a : z->args)
              if (hasCall(a)) return true;
            return false;
          };
          if (!hasCall(x)) {
            isConst = true;
            n = u->len;
          }
          break;
        }
        case Kind::Slice:
        case Kind::Chan:
          ok = true;
          break;
        case Kind::Map:
          ok = b == Builtin::Len;
          break;
        default:
          break;
      }
      if (!ok) {
        error(posOf(x), "invalid argument: " + operandStr(x) + " for " + name);
        return;
      }
      e->type = intT;
      if (isConst) {
        e->mode = Mode::Constant;
        e->value = cv::makeInt(n);
      } else {
        e->mode = Mode::Value;
      }
      return;
    }
    case Builtin::Append: {
      if (args.empty()) {
        error(posOf(e), "invalid operation: not enough arguments for " + exprStr(e) +
                            " (expected 1, found 0)");
        return;
      }
      Expr* s = args[0];
      // append(f()) arrives here as hidden variables (spreadBuiltinArgs).
      expr(s);
      if (s->mode == Mode::Invalid) {
        for (std::size_t i = 1; i < args.size(); ++i) expr(args[i]);
        return;
      }
      const Type* su = s->type->u();
      if (su->kind != Kind::Slice) {
        for (std::size_t i = 1; i < args.size(); ++i) expr(args[i]);
        error(posOf(s),
              "first argument to append must be a slice; have " +
                  (s->type->kind == Kind::UntypedNil ? std::string("untyped nil") : operandStr(s)));
        return;
      }
      e->mode = Mode::Value;
      e->type = s->type;
      if (e->hasEllipsis) {
        if (args.size() != 2) {
          for (std::size_t i = 1; i < args.size(); ++i) expr(args[i]);
          error(posOf(e), "can only use ... with final argument in list");
          return;
        }
        Expr* t = args[1];
        expr(t, s->type);
        if (t->mode == Mode::Invalid) return;
        if (su->elem && su->elem->u()->kind == Kind::Uint8 && isStringType(t->type)) {
          if (t->type->isUntyped()) convertUntyped(t, tt_.basic(Kind::String));
          return;
        }
        assignment(t, s->type, "argument to append");
        if (t->mode == Mode::Invalid) {
          e->mode = Mode::Invalid;
        }
        return;
      }
      for (std::size_t i = 1; i < args.size(); ++i) {
        expr(args[i], su->elem);
        assignment(args[i], su->elem, "argument to append");
      }
      return;
    }
    case Builtin::Copy: {
      if (!count(2, 2)) return;
      expr(args[0]);
      expr(args[1]);
      Expr* d = args[0];
      Expr* s = args[1];
      if (d->mode == Mode::Invalid || s->mode == Mode::Invalid) return;
      const Type* du = d->type->u();
      const Type* su = s->type->u();
      const Type* srcElem = isStringType(s->type)     ? tt_.byteType()
                            : su->kind == Kind::Slice ? su->elem
                                                      : nullptr;
      if (du->kind != Kind::Slice || !srcElem) {
        error(posOf(d), "invalid argument: copy expects slice arguments; found " + operandStr(d) +
                            " and " + operandStr(s));
        return;
      }
      if (du->elem != srcElem) {
        error(posOf(d), "invalid argument: arguments to copy " + operandStr(d) + " and " +
                            operandStr(s) + " have different element types " + typStr(du->elem) +
                            " and " + typStr(srcElem));
        return;
      }
      if (s->type->isUntyped()) convertUntyped(s, tt_.basic(Kind::String));
      e->mode = Mode::Value;
      e->type = intT;
      return;
    }
    case Builtin::Delete: {
      if (!count(2, 2)) return;
      expr(args[0]);
      Expr* m = args[0];
      if (m->mode == Mode::Invalid) {
        expr(args[1]);
        return;
      }
      if (m->type->u()->kind != Kind::Map) {
        expr(args[1]);
        error(posOf(m), "invalid argument: " + operandStr(m) + " is not a map");
        return;
      }
      expr(args[1], m->type->u()->key);
      assignment(args[1], m->type->u()->key, "argument to delete");
      e->mode = Mode::NoValue;
      e->type = tt_.tupleOf({});
      return;
    }
    case Builtin::Make: {
      if (args.empty()) {
        error(posOf(e), "invalid operation: not enough arguments for " + exprStr(e) +
                            " (expected 1, found 0)");
        return;
      }
      const Type* T = typExpr(args[0]);
      std::set<const Expr*> validSize;
      for (std::size_t i = 1; i < args.size(); ++i) {
        expr(args[i]);
        Expr* a = args[i];
        if (a->mode == Mode::Invalid) continue;
        if (validIndex(a, "index", false) && a->mode == Mode::Constant) validSize.insert(a);
      }
      if (T->u()->kind == Kind::Invalid) return;
      Kind k = T->u()->kind;
      std::size_t min = 1, max = 1;
      if (k == Kind::Slice)
        min = 2, max = 3;
      else if (k == Kind::Map || k == Kind::Chan)
        min = 1, max = 2;
      else {
        error(posOf(args[0]), "invalid argument: cannot make " + exprStr(args[0]) +
                                  "; type must be slice, map, or channel");
        return;
      }
      if (args.size() < min) {
        error(posOf(e), "invalid operation: " + exprStr(e) + " expects " + std::to_string(min) +
                            " or " + std::to_string(max) + " arguments; found " +
                            std::to_string(args.size()));
        return;
      }
      if (args.size() > max) {
        error(posOf(e), "invalid operation: " + exprStr(e) + " expects " + std::to_string(min) +
                            " or " + std::to_string(max) + " arguments; found " +
                            std::to_string(args.size()));
        return;
      }
      // Only sizes that were valid constants are compared (types2).
      if (k == Kind::Slice && args.size() == 3 && validSize.count(args[1]) &&
          validSize.count(args[2]) && args[1]->value.i > args[2]->value.i)
        error(posOf(args[1]), "invalid argument: length and capacity swapped");
      e->mode = Mode::Value;
      e->type = T;
      return;
    }
    case Builtin::New: {
      if (!count(1, 1)) return;
      const Type* T = typExpr(args[0]);
      if (T->u()->kind == Kind::Invalid) return;
      e->mode = Mode::Value;
      e->type = tt_.pointerTo(T);
      return;
    }
    case Builtin::Panic: {
      if (!count(1, 1)) return;
      expr(args[0], tt_.emptyInterface());
      assignment(args[0], tt_.emptyInterface(), "argument to panic");
      e->mode = Mode::NoValue;
      e->type = tt_.tupleOf({});
      return;
    }
    case Builtin::Print:
    case Builtin::Println: {
      for (Expr* a : args) {
        expr(a);
        if (a->mode == Mode::Invalid) continue;
        assignment(a, nullptr, "argument to " + name);
        if (a->mode == Mode::Invalid) break;
      }
      e->mode = Mode::NoValue;
      e->type = tt_.tupleOf({});
      return;
    }
    case Builtin::Recover: {
      if (!count(0, 0)) return;
      e->mode = Mode::Value;
      e->type = tt_.emptyInterface();
      return;
    }
    case Builtin::Close: {
      if (!count(1, 1)) return;
      expr(args[0]);
      Expr* c = args[0];
      if (c->mode == Mode::Invalid) return;
      if (c->type->u()->kind != Kind::Chan) {
        error(posOf(c), "invalid operation: cannot close non-channel " + operandStr(c));
        return;
      }
      if (c->type->u()->dir == ChanDir::Recv) {
        error(posOf(c), "invalid operation: cannot close receive-only channel " + operandStr(c));
        return;
      }
      e->mode = Mode::NoValue;
      e->type = tt_.tupleOf({});
      return;
    }
    case Builtin::Complex: {
      // complex(f()) arrives here as hidden variables (spreadBuiltinArgs).
      if (!count(2, 2)) return;
      Expr* x = args[0];
      Expr* y = args[1];
      expr(x);
      expr(y);
      if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
      // types2: an untyped argument takes the other's type; two untyped constants are floats
      // when their imaginary parts are zero; otherwise both become float64.
      bool ux = x->type->isUntyped(), uy = y->type->isUntyped();
      if (ux && !uy) {
        convertUntyped(x, y->type);
      } else if (!ux && uy) {
        convertUntyped(y, x->type);
      } else if (ux && uy) {
        if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
          for (Expr* a : {x, y})
            if (isNumericOrUntyped(a->type) && cv::imagPart(a->value).f.isZero()) {
              a->type = tt_.basic(Kind::UntypedFloat);
              a->value = cv::realPart(a->value);
            }
        } else {
          convertUntyped(x, tt_.basic(Kind::Float64));
          convertUntyped(y, tt_.basic(Kind::Float64));
        }
      }
      if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
      if (x->type != y->type) {
        error(posOf(x), "invalid operation: " + exprStr(e) + " (mismatched types " +
                            typStr(x->type) + " and " + typStr(y->type) + ")");
        return;
      }
      const Type* rt = nullptr;
      switch (x->type->u()->kind) {
        case Kind::Float32:
          rt = tt_.basic(Kind::Complex64);
          break;
        case Kind::Float64:
          rt = tt_.basic(Kind::Complex128);
          break;
        case Kind::UntypedFloat:
          rt = tt_.basic(Kind::UntypedComplex);
          break;
        default:
          break;
      }
      if (!rt) {
        error(posOf(x), "invalid argument: arguments have type " + typStr(x->type) +
                            ", expected floating-point");
        return;
      }
      if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
        e->mode = Mode::Constant;
        e->value = cv::makeComplex(cv::toFloat(x->value).f, cv::toFloat(y->value).f);
      } else {
        e->mode = Mode::Value;
      }
      e->type = rt;
      return;
    }
    case Builtin::Real:
    case Builtin::Imag: {
      if (!count(1, 1)) return;
      Expr* x = args[0];
      expr(x);
      if (x->mode == Mode::Invalid) return;
      if (x->type->isUntyped()) {
        if (x->mode == Mode::Constant) {
          if (isNumericOrUntyped(x->type)) {
            x->type = tt_.basic(Kind::UntypedComplex);
            x->value = cv::toComplex(x->value);
          }
        } else {
          convertUntyped(x, tt_.basic(Kind::Complex128));
          if (x->mode == Mode::Invalid) return;
        }
      }
      const Type* rt = nullptr;
      switch (x->type->u()->kind) {
        case Kind::Complex64:
          rt = tt_.basic(Kind::Float32);
          break;
        case Kind::Complex128:
          rt = tt_.basic(Kind::Float64);
          break;
        case Kind::UntypedComplex:
          rt = tt_.basic(Kind::UntypedFloat);
          break;
        default:
          break;
      }
      if (!rt) {
        error(posOf(x),
              "invalid argument: argument has type " + typStr(x->type) + ", expected complex type");
        return;
      }
      if (x->mode == Mode::Constant) {
        e->mode = Mode::Constant;
        e->value = b == Builtin::Real ? cv::realPart(x->value) : cv::imagPart(x->value);
      } else {
        e->mode = Mode::Value;
      }
      e->type = rt;
      return;
    }
  }
}

}  // namespace gomi
