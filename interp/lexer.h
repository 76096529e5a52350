// interp/lexer.h — Go 1.19 source text to tokens.
//
// The token model follows the Go compiler's own scanner (cmd/compile/internal/syntax) rather than
// go/token: operators are grouped into a few classes (Operator, AssignOp, IncOp, Star) carrying
// an Op and a precedence, and implicit semicolons carry the text "newline" or "EOF". Keeping the
// same classes lets the parser produce the compiler's syntax error wording token for token
// ("unexpected newline, expecting comma or }").
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "interp/ast.h"

namespace gomi {

enum class Tok : std::uint8_t {
  EOF_,
  // names and literals
  Name,
  Literal,
  // operators
  Operator,  // binary/unary operators except * (op and prec are set)
  AssignOp,  // op=
  IncOp,     // ++ or -- (op is Add or Sub)
  Assign,    // =
  Define,    // :=
  Arrow,     // <-
  Star,      // *
  // delimiters
  Lparen,
  Lbrack,
  Lbrace,
  Rparen,
  Rbrack,
  Rbrace,
  Comma,
  Semi,  // lit is "semicolon", "newline" or "EOF"
  Colon,
  Dot,
  DotDotDot,
  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
};

// Binary operator precedences (Go spec): || 1, && 2, comparisons 3, additive 4, multiplicative 5.
enum Prec : int {
  kPrecNone = 0,
  kPrecOrOr = 1,
  kPrecAndAnd = 2,
  kPrecCmp = 3,
  kPrecAdd = 4,
  kPrecMul = 5
};

// The text Go uses for a token kind in messages ("comma", "semicolon or newline", "{", "if"...).
const char* tokString(Tok t);
// The source spelling of an operator ("+", "&&", "<-", "&^" ...).
const char* opString(Op op);

class Lexer {
 public:
  // `error` receives lexical errors (position and Go's message).
  using ErrorFn = std::function<void(Pos, const std::string&)>;
  Lexer(std::string_view src, ErrorFn error);

  void next();  // advance to the next token
  // The first source byte of the current token (valid while it is being scanned, too).
  char tokenStart() const { return start_ < src_.size() ? src_[start_] : '\0'; }

  // The current token.
  Tok tok = Tok::EOF_;
  Pos pos;          // its first byte
  std::string lit;  // Name: the identifier; Literal: the source text; Semi: see above
  Expr::LitKind kind = Expr::LitKind::Int;  // Literal
  bool bad = false;                         // Literal with a lexical error
  Op op = Op::None;                         // Operator, AssignOp, IncOp, Star
  int prec = 0;        // Operator, Star: binary precedence (0: unary only, e.g. !)
  bool tilde = false;  // Operator `~` (op None): only meaningful in constraints, unsupported

 private:
  int peekch() const;  // the current character (a rune, -1 at EOF)
  void nextch();
  void errorAt(Pos p, const std::string& msg) { error_(p, msg); }
  void errorHere(const std::string& msg) { error_(chPos(), msg); }
  Pos chPos() const { return Pos{line_, col_}; }
  void ident();
  void number(bool seenPoint);
  int digits(int base, int* invalid);
  void runeLit();
  void stdString();
  void rawString();
  bool escape(int quote);
  void skipLineComment();
  bool skipBlockComment();
  void finishLit(Expr::LitKind k, bool ok);
  void assignOp(Op o, int p);

  std::string_view src_;
  ErrorFn error_;
  // Reading position: ch_ is the rune starting at byte offset off_, chw_ its width in bytes.
  std::size_t off_ = 0;
  int ch_ = -1;
  int chw_ = 0;
  std::int32_t line_ = 1, col_ = 1;  // position of ch_
  std::size_t start_ = 0;            // byte offset of the current token
  bool nlsemi_ = false;              // a newline here becomes a semicolon
};

// Decodes a Go string literal (interpreted or raw, with quotes) into its bytes. Returns false
// when the literal is malformed (the lexer has reported why).
bool unquoteString(std::string_view lit, std::string* out);
// Decodes a Go rune literal (with quotes) into its code point. Returns false when malformed.
bool unquoteRune(std::string_view lit, std::int32_t* out);
// Appends the UTF-8 encoding of rune r (U+FFFD for invalid code points) to out.
void appendUtf8(std::string* out, std::int32_t r);
// Go's unicode.IsLetter / unicode.IsDigit (as used for identifiers).
bool isUnicodeLetter(std::int32_t r);
bool isUnicodeDigit(std::int32_t r);

}  // namespace gomi
