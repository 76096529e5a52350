// Lexer tests: tokens, automatic semicolons, literals, positions and lexical errors (wording and
// positions checked against Go 1.19's compiler).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "interp/lexer.h"

namespace gomi {
namespace {

struct Lexed {
  std::vector<std::string> toks;  // one string per token
  std::vector<Pos> pos;
  std::vector<std::string> errors;  // "line:col: msg"
};

std::string describe(const Lexer& lx) {
  switch (lx.tok) {
    case Tok::Name:
      return "name:" + lx.lit;
    case Tok::Literal:
      return "lit:" + lx.lit;
    case Tok::Semi:
      return ";" + lx.lit;
    case Tok::Operator:
      return std::string("op:") + (lx.tilde ? "~" : opString(lx.op));
    case Tok::AssignOp:
      return std::string("op=:") + opString(lx.op);
    case Tok::IncOp:
      return std::string("opop:") + opString(lx.op);
    default:
      return tokString(lx.tok);
  }
}

Lexed lex(std::string_view src) {
  Lexed out;
  Lexer lx(src, [&](Pos p, const std::string& msg) {
    out.errors.push_back(std::to_string(p.line) + ":" + std::to_string(p.col) + ": " + msg);
  });
  for (int guard = 0; guard < 10000; guard++) {
    lx.next();
    if (lx.tok == Tok::EOF_) break;
    out.toks.push_back(describe(lx));
    out.pos.push_back(lx.pos);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(Lexer, Keywords) {
  auto l =
      lex("break case chan const continue default defer else fallthrough for func go goto if "
          "import interface map package range return select struct switch type var");
  EXPECT_EQ(l.toks, (V{"break",  "case",        "chan", "const",   "continue", "default", "defer",
                       "else",   "fallthrough", "for",  "func",    "go",       "goto",    "if",
                       "import", "interface",   "map",  "package", "range",    "return",  "select",
                       "struct", "switch",      "type", "var"}));
  EXPECT_TRUE(l.errors.empty());
}

TEST(Lexer, Operators) {
  auto l =
      lex("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == "
          "< > = ! ~ != <= >= := ... ( ) [ ] { } , ; . :");
  EXPECT_EQ(l.toks,
            (V{"op:+",  "op:-",   "*",      "op:/",   "op:%",   "op:&",       "op:|",  "op:^",
               "op:<<", "op:>>",  "op:&^",  "op=:+",  "op=:-",  "op=:*",      "op=:/", "op=:%",
               "op=:&", "op=:|",  "op=:^",  "op=:<<", "op=:>>", "op=:&^",     "op:&&", "op:||",
               "<-",    "opop:+", "opop:-", "op:==",  "op:<",   "op:>",       "=",     "op:!",
               "op:~",  "op:!=",  "op:<=",  "op:>=",  ":=",     "...",        "(",     ")",
               "[",     "]",      "{",      "}",      "comma",  ";semicolon", ".",     ":"}));
}

TEST(Lexer, Precedence) {
  Lexer lx("|| && == + * <<", [](Pos, const std::string&) {});
  std::vector<int> precs;
  for (lx.next(); lx.tok != Tok::EOF_; lx.next()) precs.push_back(lx.prec);
  EXPECT_EQ(precs, (std::vector<int>{1, 2, 3, 4, 5, 5}));
}

TEST(Lexer, SemicolonInsertion) {
  auto l = lex("x\n1\n'a'\n\"s\"\n`r`\nbreak\ncontinue\nfallthrough\nreturn\nx++\nx--\n)\n]\n}\n");
  EXPECT_EQ(l.toks, (V{"name:x",    ";newline", "lit:1",       ";newline", "lit:'a'", ";newline",
                       "lit:\"s\"", ";newline", "lit:`r`",     ";newline", "break",   ";newline",
                       "continue",  ";newline", "fallthrough", ";newline", "return",  ";newline",
                       "name:x",    "opop:+",   ";newline",    "name:x",   "opop:-",  ";newline",
                       ")",         ";newline", "]",           ";newline", "}",       ";newline"}));
  // No semicolon after other tokens.
  auto m = lex("x +\ny (\n{\n,\nif\n");
  EXPECT_EQ(m.toks, (V{"name:x", "op:+", "name:y", "(", "{", "comma", "if"}));
}

TEST(Lexer, SemicolonAtEOF) {
  EXPECT_EQ(lex("x").toks, (V{"name:x", ";EOF"}));
  EXPECT_EQ(lex("x // comment").toks, (V{"name:x", ";EOF"}));
  EXPECT_EQ(lex("x // comment\n").toks, (V{"name:x", ";newline"}));
  EXPECT_EQ(lex("x +").toks, (V{"name:x", "op:+"}));
}

TEST(Lexer, Comments) {
  // A block comment containing a newline acts as a newline.
  EXPECT_EQ(lex("x /* a\nb */ y").toks, (V{"name:x", ";newline", "name:y", ";EOF"}));
  EXPECT_EQ(lex("x /* a b */ y").toks, (V{"name:x", "name:y", ";EOF"}));
  EXPECT_EQ(lex("x // c\ny").toks, (V{"name:x", ";newline", "name:y", ";EOF"}));
  EXPECT_EQ(lex("+ /* a\nb */ y").toks, (V{"op:+", "name:y", ";EOF"}));
  auto l = lex("x /* never closed");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(l.errors[0], "1:3: comment not terminated");
}

TEST(Lexer, Identifiers) {
  auto l = lex("_x9 αβ π日本 Ünïcode");
  EXPECT_EQ(l.toks, (V{"name:_x9", "name:αβ", "name:π日本", "name:Ünïcode", ";EOF"}));
  EXPECT_TRUE(l.errors.empty());
  EXPECT_TRUE(isUnicodeLetter(U'é'));
  EXPECT_FALSE(isUnicodeLetter(U'•'));
  EXPECT_TRUE(isUnicodeDigit(U'٣'));
}

TEST(Lexer, IntLiterals) {
  auto l = lex("0 42 0x1F 0X1f 0o17 0O17 017 0b101 0B1 1_000_000 0x_FF 0_7");
  EXPECT_EQ(l.toks, (V{"lit:0", "lit:42", "lit:0x1F", "lit:0X1f", "lit:0o17", "lit:0O17", "lit:017",
                       "lit:0b101", "lit:0B1", "lit:1_000_000", "lit:0x_FF", "lit:0_7", ";EOF"}));
  EXPECT_TRUE(l.errors.empty()) << l.errors[0];
}

TEST(Lexer, FloatAndImagLiterals) {
  Lexer lx("1.5 .5 1. 1e3 1E-3 1.5e+10 0x1p-2 0x1.8p1 0X.8P0 1_0.2_5 2i 1.5i 0x1p2i",
           [](Pos, const std::string& m) { ADD_FAILURE() << m; });
  std::vector<Expr::LitKind> kinds;
  std::vector<std::string> lits;
  for (lx.next(); lx.tok == Tok::Literal; lx.next()) {
    kinds.push_back(lx.kind);
    lits.push_back(lx.lit);
  }
  using K = Expr::LitKind;
  EXPECT_EQ(kinds,
            (std::vector<K>{K::Float, K::Float, K::Float, K::Float, K::Float, K::Float, K::Float,
                            K::Float, K::Float, K::Float, K::Imag, K::Imag, K::Imag}));
  EXPECT_EQ(lits[1], ".5");
  EXPECT_EQ(lits[8], "0X.8P0");
}

TEST(Lexer, NumberErrors) {
  EXPECT_EQ(lex("08").errors, (V{"1:2: invalid digit '8' in octal literal"}));
  EXPECT_EQ(lex("0x").errors, (V{"1:3: hexadecimal literal has no digits"}));
  EXPECT_EQ(lex("1e").errors, (V{"1:3: exponent has no digits"}));
  EXPECT_EQ(lex("0b12").errors, (V{"1:4: invalid digit '2' in binary literal"}));
  EXPECT_EQ(lex("1__0").errors, (V{"1:3: '_' must separate successive digits"}));
  EXPECT_EQ(lex("0o8").errors, (V{"1:3: invalid digit '8' in octal literal"}));
  EXPECT_EQ(lex("0x1.8").errors, (V{"1:6: hexadecimal mantissa requires a 'p' exponent"}));
  EXPECT_EQ(lex("0b1.0").errors, (V{"1:4: invalid radix point in binary literal"}));
  EXPECT_EQ(lex("0x1e3p1").errors.size(), 0u);
  EXPECT_EQ(lex("1p3").errors, (V{"1:2: 'p' exponent requires hexadecimal mantissa"}));
}

TEST(Lexer, RuneLiterals) {
  auto l = lex(
      R"('a' '\n' '\'' '\\' '\x41' '\101' '\u00e9' '\U0001F600' 'é' '\a' '\b' '\f' '\r' '\t' '\v')");
  EXPECT_TRUE(l.errors.empty()) << l.errors[0];
  EXPECT_EQ(l.toks.size(), 16u);
  std::int32_t r = 0;
  EXPECT_TRUE(unquoteRune("'a'", &r));
  EXPECT_EQ(r, 'a');
  EXPECT_TRUE(unquoteRune(R"('\n')", &r));
  EXPECT_EQ(r, '\n');
  EXPECT_TRUE(unquoteRune(R"('\'')", &r));
  EXPECT_EQ(r, '\'');
  EXPECT_TRUE(unquoteRune(R"('\x41')", &r));
  EXPECT_EQ(r, 0x41);
  EXPECT_TRUE(unquoteRune(R"('\377')", &r));
  EXPECT_EQ(r, 255);
  EXPECT_TRUE(unquoteRune(R"('\u00e9')", &r));
  EXPECT_EQ(r, 0xe9);
  EXPECT_TRUE(unquoteRune(R"('\U0001F600')", &r));
  EXPECT_EQ(r, 0x1F600);
  EXPECT_TRUE(unquoteRune("'é'", &r));
  EXPECT_EQ(r, 0xe9);
  EXPECT_TRUE(unquoteRune("'日'", &r));
  EXPECT_EQ(r, 0x65e5);
}

TEST(Lexer, RuneErrors) {
  EXPECT_EQ(lex("'ab'").errors, (V{"1:1: more than one character in rune literal"}));
  EXPECT_EQ(lex("''").errors, (V{"1:2: empty rune literal or unescaped '"}));
  EXPECT_EQ(lex("'a").errors, (V{"1:1: rune literal not terminated"}));
  EXPECT_EQ(lex("'a\n'").errors.front(), "1:3: newline in rune literal");
  EXPECT_EQ(lex(R"('\400')").errors, (V{"1:6: octal escape value 256 > 255"}));
  EXPECT_EQ(lex(R"('\u12')").errors, (V{"1:6: invalid character '\\'' in hexadecimal escape"}));
  EXPECT_EQ(lex(R"('\uD800')").errors, (V{"1:8: escape is invalid Unicode code point U+D800"}));
  EXPECT_EQ(lex(R"('\q')").errors, (V{"1:3: unknown escape"}));
}

TEST(Lexer, Strings) {
  std::string s;
  EXPECT_TRUE(unquoteString(R"("a\tb\n\"\\\x41\101\u00e9\U0001F600")", &s));
  EXPECT_EQ(s, "a\tb\n\"\\AA\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_TRUE(unquoteString(R"("\xff\377")", &s));
  EXPECT_EQ(s, "\xff\xff");
  EXPECT_TRUE(unquoteString("`a\\n\r\nb`", &s));
  EXPECT_EQ(s, "a\\n\nb");  // raw: no escapes, carriage returns removed
  EXPECT_TRUE(unquoteString("\"日本\"", &s));
  EXPECT_EQ(s, "日本");
  EXPECT_EQ(lex("\"abc\n").errors, (V{"1:5: newline in string"}));
  EXPECT_EQ(lex("\"abc").errors, (V{"1:1: string not terminated"}));
  EXPECT_EQ(lex("`abc").errors, (V{"1:1: string not terminated"}));
  EXPECT_EQ(lex(R"("\q")").errors, (V{"1:3: unknown escape"}));
  EXPECT_EQ(lex(R"("\'")").errors, (V{"1:3: unknown escape"}));
  EXPECT_EQ(lex(R"('\"')").errors, (V{"1:3: unknown escape"}));
  auto multi = lex("`a\nb` x");
  EXPECT_EQ(multi.toks, (V{"lit:`a\nb`", "name:x", ";EOF"}));
  EXPECT_EQ(multi.pos[1].line, 2);
  EXPECT_EQ(multi.pos[1].col, 4);
}

TEST(Lexer, InvalidCharacters) {
  EXPECT_EQ(lex("x := @").errors, (V{"1:6: invalid character U+0040 '@'"}));
  EXPECT_EQ(lex("a # b").errors, (V{"1:3: invalid character U+0023 '#'"}));
  EXPECT_EQ(lex("1 • 2").errors, (V{"1:3: invalid character U+2022 '•' in identifier"}));
  EXPECT_EQ(lex("x\x01").errors, (V{"1:2: invalid character U+0001"}));
  EXPECT_EQ(lex(std::string("a\0b", 3)).errors, (V{"1:2: invalid NUL character"}));
  EXPECT_EQ(lex("a \xff").errors.front(), "1:3: invalid UTF-8 encoding");
  EXPECT_EQ(lex("a \xef\xbb\xbf").errors, (V{"1:3: invalid BOM in the middle of the file"}));
  // A leading BOM is skipped (its bytes still count in the column).
  auto bom = lex("\xef\xbb\xbfpackage");
  EXPECT_TRUE(bom.errors.empty());
  EXPECT_EQ(bom.toks[0], "package");
}

TEST(Lexer, Positions) {
  auto l = lex("package main\n\nfunc  f() {\n\tx := \"é\" + y\n}\n");
  // package main ; func f ( ) { x := "é" + y ; } ;
  ASSERT_GE(l.pos.size(), 14u);
  EXPECT_EQ(l.pos[0].line, 1);
  EXPECT_EQ(l.pos[0].col, 1);
  EXPECT_EQ(l.pos[1].col, 9);
  EXPECT_EQ(l.pos[2].col, 13);  // the newline semicolon sits at the end of the line
  EXPECT_EQ(l.pos[3].line, 3);
  EXPECT_EQ(l.pos[4].col, 7);  // f
  EXPECT_EQ(l.pos[8].line, 4);
  EXPECT_EQ(l.pos[8].col, 2);    // x after a tab: byte columns
  EXPECT_EQ(l.pos[10].col, 7);   // "é"
  EXPECT_EQ(l.pos[11].col, 12);  // + (é is two bytes)
}

}  // namespace
}  // namespace gomi
