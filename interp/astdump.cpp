// interp/astdump.cpp — tree dumps for debugging, and exprString for error messages.
//
// exprString follows the Go compiler's syntax printer in its short form (composite literal and
// function bodies elided as "…"), since types2 embeds expressions printed that way in errors.
#include "interp/astdump.h"

#include "interp/lexer.h"

namespace gomi {

namespace {

// The tree keeps struct tags unquoted; tags are almost always written as raw strings when they
// contain quotes, so that is how they are printed back.
std::string tagLiteral(const std::string& tag) {
  if (tag.find('"') != std::string::npos && tag.find('`') == std::string::npos &&
      tag.find('\n') == std::string::npos) {
    return "`" + tag + "`";
  }
  std::string s = "\"";
  for (char c : tag) {
    if (c == '"' || c == '\\') s += '\\';
    if (c == '\n') {
      s += "\\n";
      continue;
    }
    s += c;
  }
  return s + "\"";
}

std::string fieldsString(const std::vector<FieldDecl>& fields, const char* sep) {
  std::string s;
  for (std::size_t i = 0; i < fields.size(); i++) {
    if (i > 0) s += sep;
    const FieldDecl& f = fields[i];
    for (std::size_t k = 0; k < f.names.size(); k++) {
      if (k > 0) s += ", ";
      s += exprString(f.names[k]);
    }
    if (!f.names.empty()) s += " ";
    s += exprString(f.type);
    if (!f.tag.empty()) s += " " + tagLiteral(f.tag);
  }
  return s;
}

std::string signatureString(const Expr* ft) {
  std::string s = "(" + fieldsString(ft->params, ", ") + ")";
  if (!ft->results.empty()) {
    s += " ";
    if (ft->results.size() == 1 && ft->results[0].names.empty()) {
      s += exprString(ft->results[0].type);
    } else {
      s += "(" + fieldsString(ft->results, ", ") + ")";
    }
  }
  return s;
}

std::string listString(const std::vector<Expr*>& l) {
  std::string s;
  for (std::size_t i = 0; i < l.size(); i++) {
    if (i > 0) s += ", ";
    s += exprString(l[i]);
  }
  return s;
}

}  // namespace

std::string exprString(const Expr* e) {
  if (!e) return "";
  switch (e->kind) {
    case ExprKind::Bad:
      return "<bad expr>";
    case ExprKind::Ident:
      return e->name;
    case ExprKind::BasicLit:
      return e->litText;
    case ExprKind::CompositeLit:
      return exprString(e->y) + (e->args.empty() ? "{}" : "{…}");
    case ExprKind::FuncLit: {
      const FuncLit* f = e->funcLit;
      std::string s = exprString(f ? f->type : nullptr) + " ";
      return s + (f && f->body && !f->body->stmts.empty() ? "{…}" : "{}");
    }
    case ExprKind::Paren:
      return "(" + exprString(e->x) + ")";
    case ExprKind::Selector:
      return exprString(e->x) + "." + e->name;
    case ExprKind::Index:
      return exprString(e->x) + "[" + exprString(e->y) + "]";
    case ExprKind::Slice: {
      std::string s = exprString(e->x) + "[" + exprString(e->lo) + ":" + exprString(e->hi);
      if (e->max) s += ":" + exprString(e->max);
      return s + "]";
    }
    case ExprKind::TypeAssert:
      return exprString(e->x) + ".(" + (e->y ? exprString(e->y) : "type") + ")";
    case ExprKind::Call:
      return exprString(e->x) + "(" + listString(e->args) + (e->hasEllipsis ? "..." : "") + ")";
    case ExprKind::Star:
      return "*" + exprString(e->x);
    case ExprKind::Unary:
      return std::string(opString(e->op)) + exprString(e->x);
    case ExprKind::Binary:
      return exprString(e->x) + " " + opString(e->op) + " " + exprString(e->y);
    case ExprKind::KeyValue:
      return exprString(e->x) + ": " + exprString(e->y);
    case ExprKind::ArrayType:
      return "[" + (e->y ? exprString(e->y) : std::string("...")) + "]" + exprString(e->elemType);
    case ExprKind::SliceType:
      return "[]" + exprString(e->elemType);
    case ExprKind::MapType:
      return "map[" + exprString(e->keyType) + "]" + exprString(e->elemType);
    case ExprKind::ChanType: {
      std::string s = e->chanDir == ChanDir::Recv ? "<-chan" : "chan";
      if (e->chanDir == ChanDir::Send) s += "<-";
      s += " ";
      const Expr* el = e->elemType;
      if (e->chanDir == ChanDir::Both && el && el->kind == ExprKind::ChanType &&
          el->chanDir == ChanDir::Recv) {
        return s + "(" + exprString(el) + ")";
      }
      return s + exprString(el);
    }
    case ExprKind::FuncType:
      return "func" + signatureString(e);
    case ExprKind::StructType:
      return "struct{" + fieldsString(e->fields, "; ") + "}";
    case ExprKind::InterfaceType: {
      std::string s = "interface{";
      for (std::size_t i = 0; i < e->fields.size(); i++) {
        if (i > 0) s += "; ";
        const FieldDecl& f = e->fields[i];
        if (!f.names.empty() && f.type && f.type->kind == ExprKind::FuncType) {
          s += exprString(f.names[0]) + signatureString(f.type);
        } else {
          s += exprString(f.type);
        }
      }
      return s + "}";
    }
    case ExprKind::Ellipsis:
      return "..." + exprString(e->elemType);
  }
  return "?";
}

namespace {

const char* exprKindName(ExprKind k) {
  switch (k) {
    case ExprKind::Bad:
      return "Bad";
    case ExprKind::Ident:
      return "Ident";
    case ExprKind::BasicLit:
      return "BasicLit";
    case ExprKind::CompositeLit:
      return "CompositeLit";
    case ExprKind::FuncLit:
      return "FuncLit";
    case ExprKind::Paren:
      return "Paren";
    case ExprKind::Selector:
      return "Selector";
    case ExprKind::Index:
      return "Index";
    case ExprKind::Slice:
      return "Slice";
    case ExprKind::TypeAssert:
      return "TypeAssert";
    case ExprKind::Call:
      return "Call";
    case ExprKind::Star:
      return "Star";
    case ExprKind::Unary:
      return "Unary";
    case ExprKind::Binary:
      return "Binary";
    case ExprKind::KeyValue:
      return "KeyValue";
    case ExprKind::ArrayType:
      return "ArrayType";
    case ExprKind::SliceType:
      return "SliceType";
    case ExprKind::MapType:
      return "MapType";
    case ExprKind::ChanType:
      return "ChanType";
    case ExprKind::FuncType:
      return "FuncType";
    case ExprKind::StructType:
      return "StructType";
    case ExprKind::InterfaceType:
      return "InterfaceType";
    case ExprKind::Ellipsis:
      return "Ellipsis";
  }
  return "?";
}

const char* stmtKindName(StmtKind k) {
  switch (k) {
    case StmtKind::Bad:
      return "Bad";
    case StmtKind::Decl:
      return "Decl";
    case StmtKind::Empty:
      return "Empty";
    case StmtKind::Labeled:
      return "Labeled";
    case StmtKind::Expr:
      return "ExprStmt";
    case StmtKind::Send:
      return "Send";
    case StmtKind::IncDec:
      return "IncDec";
    case StmtKind::Assign:
      return "Assign";
    case StmtKind::Go:
      return "Go";
    case StmtKind::Defer:
      return "Defer";
    case StmtKind::Return:
      return "Return";
    case StmtKind::Branch:
      return "Branch";
    case StmtKind::Block:
      return "Block";
    case StmtKind::If:
      return "If";
    case StmtKind::Switch:
      return "Switch";
    case StmtKind::TypeSwitch:
      return "TypeSwitch";
    case StmtKind::Select:
      return "Select";
    case StmtKind::For:
      return "For";
    case StmtKind::Range:
      return "Range";
    case StmtKind::CaseClause:
      return "CaseClause";
    case StmtKind::CommClause:
      return "CommClause";
  }
  return "?";
}

std::string posString(Pos p) {
  return std::to_string(p.line) + ":" + std::to_string(p.col);
}

class Dumper {
 public:
  std::string out;

  void line(int depth, const std::string& s) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out += s;
    out += '\n';
  }

  void fields(int d, const char* label, const std::vector<FieldDecl>& fs) {
    if (fs.empty()) return;
    line(d, label);
    for (const FieldDecl& f : fs) {
      std::string names;
      for (const Expr* n : f.names) names += (names.empty() ? "" : ",") + n->name;
      std::string s = "Field " + posString(f.pos);
      if (!names.empty()) s += " names=" + names;
      if (f.embedded) s += " embedded";
      if (!f.tag.empty()) s += " tag=" + f.tag;
      line(d + 1, s);
      expr(d + 2, f.type);
    }
  }

  void expr(int d, const Expr* e, const char* label = nullptr) {
    if (!e) return;
    std::string s = label ? std::string(label) + ": " : std::string();
    s += exprKindName(e->kind);
    s += " " + posString(e->pos);
    switch (e->kind) {
      case ExprKind::Ident:
        s += " " + e->name;
        break;
      case ExprKind::BasicLit:
        s += " " + e->litText;
        break;
      case ExprKind::Selector:
        s += " ." + e->name;
        break;
      case ExprKind::Unary:
      case ExprKind::Binary:
        s += " " + std::string(opString(e->op));
        break;
      case ExprKind::Slice:
        if (e->slice3) s += " 3-index";
        break;
      case ExprKind::Call:
        if (e->hasEllipsis) s += " ...";
        break;
      case ExprKind::ArrayType:
        if (e->hasEllipsis) s += " [...]";
        break;
      case ExprKind::ChanType:
        s += e->chanDir == ChanDir::Both   ? " both"
             : e->chanDir == ChanDir::Send ? " send"
                                           : " recv";
        break;
      case ExprKind::TypeAssert:
        if (!e->y) s += " (type)";
        break;
      default:
        break;
    }
    line(d, s);
    expr(d + 1, e->x, "x");
    expr(d + 1, e->y,
         e->kind == ExprKind::CompositeLit || e->kind == ExprKind::TypeAssert ? "type"
         : e->kind == ExprKind::ArrayType                                     ? "len"
                                                                              : "y");
    expr(d + 1, e->lo, "lo");
    expr(d + 1, e->hi, "hi");
    expr(d + 1, e->max, "max");
    expr(d + 1, e->keyType, "key");
    expr(d + 1, e->elemType, "elem");
    for (const Expr* a : e->args) expr(d + 1, a, "arg");
    fields(d + 1, "params", e->params);
    fields(d + 1, "results", e->results);
    fields(d + 1, "fields", e->fields);
    if (e->funcLit) {
      expr(d + 1, e->funcLit->type, "type");
      stmt(d + 1, e->funcLit->body, "body");
    }
  }

  void genDecl(int d, const GenDecl* g) {
    const char* k = g->kind == GenDecl::Kind::Var     ? "var"
                    : g->kind == GenDecl::Kind::Const ? "const"
                    : g->kind == GenDecl::Kind::Type  ? "type"
                                                      : "import";
    line(d, std::string("GenDecl ") + k + " " + posString(g->pos));
    for (const ValueSpec& v : g->values) {
      std::string names;
      for (const Expr* n : v.names) names += (names.empty() ? "" : ",") + n->name;
      line(d + 1,
           "ValueSpec " + posString(v.pos) + " " + names + " iota=" + std::to_string(v.iota));
      expr(d + 2, v.type, "type");
      for (const Expr* x : v.values) expr(d + 2, x, "value");
    }
    for (const TypeSpec& t : g->types) {
      line(d + 1, "TypeSpec " + posString(t.pos) + " " + (t.name ? t.name->name : "?") +
                      (t.alias ? " alias" : ""));
      expr(d + 2, t.type, "type");
    }
  }

  void stmt(int d, const Stmt* s, const char* label = nullptr) {
    if (!s) return;
    std::string h = label ? std::string(label) + ": " : std::string();
    h += stmtKindName(s->kind);
    h += " " + posString(s->pos);
    switch (s->kind) {
      case StmtKind::Labeled:
        h += " " + s->label;
        break;
      case StmtKind::Branch: {
        const char* b[] = {"break", "continue", "goto", "fallthrough"};
        h += " " + std::string(b[static_cast<int>(s->branch)]);
        if (!s->label.empty()) h += " " + s->label;
        break;
      }
      case StmtKind::Assign:
        h += s->define ? " :=" : " " + std::string(opString(s->assignOp)) + "=";
        break;
      case StmtKind::IncDec:
        h += s->inc ? " ++" : " --";
        break;
      case StmtKind::Range:
        if (s->define) h += " :=";
        break;
      case StmtKind::TypeSwitch:
        if (!s->bindName.empty()) h += " bind=" + s->bindName;
        break;
      case StmtKind::CaseClause:
      case StmtKind::CommClause:
        if (s->isDefault) h += " default";
        break;
      default:
        break;
    }
    line(d, h);
    if (s->decl) genDecl(d + 1, s->decl);
    stmt(d + 1, s->init, "init");
    expr(d + 1, s->x, "x");
    expr(d + 1, s->key, "key");
    expr(d + 1, s->val, "val");
    expr(d + 1, s->value, "value");
    for (const Expr* e : s->lhs) expr(d + 1, e, "lhs");
    for (const Expr* e : s->rhs) expr(d + 1, e, "rhs");
    stmt(d + 1, s->post, "post");
    stmt(d + 1, s->comm, "comm");
    stmt(d + 1, s->body, "stmt");
    stmt(d + 1, s->then, "body");
    stmt(d + 1, s->els, "else");
    for (const Stmt* c : s->clauses) stmt(d + 1, c);
    for (const Stmt* c : s->stmts) stmt(d + 1, c);
  }
};

}  // namespace

std::string dumpExpr(const Expr* e) {
  Dumper d;
  d.expr(0, e);
  return d.out;
}

std::string dumpStmt(const Stmt* s) {
  Dumper d;
  d.stmt(0, s);
  return d.out;
}

std::string dumpAst(const File& file) {
  Dumper d;
  d.line(0, "File " + file.path + " package " + file.pkgName);
  for (const ImportSpec& i : file.imports) {
    d.line(1, "Import " + posString(i.pos) + " \"" + i.path + "\"" +
                  (i.alias.empty() ? "" : " as " + i.alias));
  }
  for (const File::TopLevel& t : file.order) {
    if (t.gen) {
      d.genDecl(1, t.gen);
      continue;
    }
    const FuncDecl* f = t.func;
    d.line(1, "FuncDecl " + posString(f->pos) + " " + (f->name ? f->name->name : "?"));
    if (f->recv) {
      std::vector<FieldDecl> r{*f->recv};
      d.fields(2, "recv", r);
    }
    d.expr(2, f->type, "type");
    d.stmt(2, f->body, "body");
  }
  return d.out;
}

}  // namespace gomi
