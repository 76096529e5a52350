// stdlib/internal/unicode_tables.cpp — see unicode_tables.h for the coverage.
#include "stdlib/internal/unicode_tables.h"

namespace gomi::stdlib {

namespace {

// Case pairs laid out as alternating upper/lower code points starting at `lo`.
bool inPairs(std::int32_t r, std::int32_t lo, std::int32_t hi) {
  return r >= lo && r <= hi;
}

// The Latin digraphs DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz come in triples (upper, title,
// lower); returns the triple's first code point, or 0.
std::int32_t digraphBase(std::int32_t r) {
  if (r >= 0x1C4 && r <= 0x1CC) return 0x1C4 + (r - 0x1C4) / 3 * 3;
  if (r >= 0x1F1 && r <= 0x1F3) return 0x1F1;
  return 0;
}

// Latin Extended-B case pairs (Go's UpperLower ranges): which member is upper case.
bool latinExtBUpper(std::int32_t r) {
  if (r >= 0x1CD && r <= 0x1DC) return r % 2 == 1;
  if ((r >= 0x1DE && r <= 0x1EF) || r == 0x1F4 || (r >= 0x1F8 && r <= 0x21F) ||
      (r >= 0x222 && r <= 0x233))
    return r % 2 == 0;
  return false;
}

bool latinExtBLower(std::int32_t r) {
  if (r >= 0x1CD && r <= 0x1DC) return r % 2 == 0;
  if ((r >= 0x1DE && r <= 0x1EF) || r == 0x1F5 || (r >= 0x1F8 && r <= 0x21F) ||
      (r >= 0x222 && r <= 0x233))
    return r % 2 == 1;
  return false;
}

}  // namespace

std::int32_t uToTitle(std::int32_t r) {
  if (std::int32_t b = digraphBase(r)) return b + 1;
  return uToUpper(r);
}

std::int32_t uToLower(std::int32_t r) {
  if (r < 0x80) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
  if (r >= 0xC0 && r <= 0xDE && r != 0xD7) return r + 32;
  if (r < 0x100) return r;
  if (r == 0x130) return 'i';
  if (std::int32_t b = digraphBase(r)) return b + 2;
  if (latinExtBUpper(r)) return r + 1;
  if (r == 0x178) return 0xFF;
  if ((inPairs(r, 0x100, 0x137) || inPairs(r, 0x14A, 0x177) || inPairs(r, 0x1E00, 0x1E95) ||
       inPairs(r, 0x1EA0, 0x1EFF) || inPairs(r, 0x460, 0x481) || inPairs(r, 0x48A, 0x4BF) ||
       inPairs(r, 0x4D0, 0x52F)) &&
      r % 2 == 0)
    return r + 1;
  if ((inPairs(r, 0x139, 0x148) || inPairs(r, 0x179, 0x17E) || inPairs(r, 0x4C1, 0x4CE)) &&
      r % 2 == 1)
    return r + 1;
  if (r == 0x386) return 0x3AC;
  if (r >= 0x388 && r <= 0x38A) return r + 37;
  if (r == 0x38C) return 0x3CC;
  if (r == 0x38E || r == 0x38F) return r + 63;
  if (r >= 0x391 && r <= 0x3AB && r != 0x3A2) return r + 32;
  if (r >= 0x400 && r <= 0x40F) return r + 80;
  if (r >= 0x410 && r <= 0x42F) return r + 32;
  if (r >= 0x531 && r <= 0x556) return r + 48;
  if (r >= 0xFF21 && r <= 0xFF3A) return r + 32;
  if (r == 0x212A) return 'k';
  if (r == 0x212B) return 0xE5;
  return r;
}

std::int32_t uToUpper(std::int32_t r) {
  if (r < 0x80) return (r >= 'a' && r <= 'z') ? r - 32 : r;
  if (r >= 0xE0 && r <= 0xFE && r != 0xF7) return r - 32;
  if (r == 0xFF) return 0x178;
  if (r == 0xB5) return 0x39C;
  if (r < 0x100) return r;
  if (r == 0x131) return 'I';
  if (r == 0x17F) return 'S';
  if (std::int32_t b = digraphBase(r)) return b;
  if (latinExtBLower(r)) return r - 1;
  if ((inPairs(r, 0x100, 0x137) || inPairs(r, 0x14A, 0x177) || inPairs(r, 0x1E00, 0x1E95) ||
       inPairs(r, 0x1EA0, 0x1EFF) || inPairs(r, 0x460, 0x481) || inPairs(r, 0x48A, 0x4BF) ||
       inPairs(r, 0x4D0, 0x52F)) &&
      r % 2 == 1)
    return r - 1;
  if ((inPairs(r, 0x139, 0x148) || inPairs(r, 0x179, 0x17E) || inPairs(r, 0x4C1, 0x4CE)) &&
      r % 2 == 0)
    return r - 1;
  if (r == 0x3AC) return 0x386;
  if (r >= 0x3AD && r <= 0x3AF) return r - 37;
  if (r == 0x3CC) return 0x38C;
  if (r == 0x3CD || r == 0x3CE) return r - 63;
  if (r == 0x3C2) return 0x3A3;
  if (r >= 0x3B1 && r <= 0x3CB) return r - 32;
  if (r >= 0x450 && r <= 0x45F) return r - 80;
  if (r >= 0x430 && r <= 0x44F) return r - 32;
  if (r >= 0x561 && r <= 0x586) return r - 48;
  if (r >= 0xFF41 && r <= 0xFF5A) return r - 32;
  return r;
}

bool uIsUpper(std::int32_t r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z';
  if (r < 0x100) return r >= 0xC0 && r <= 0xDE && r != 0xD7;
  if (std::int32_t b = digraphBase(r)) return r == b;
  return uToLower(r) != r;
}

bool uIsLower(std::int32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z';
  if (r < 0x100) return r == 0xAA || r == 0xB5 || r == 0xBA || (r >= 0xDF && r != 0xF7);
  if (r == 0x138 || r == 0x149 || r == 0x17F) return true;
  if (std::int32_t b = digraphBase(r)) return r == b + 2;
  return uToUpper(r) != r;
}

bool uIsLetter(std::int32_t r) {
  if (r < 0x80) return (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z');
  if (r < 0x100)
    return r == 0xAA || r == 0xB5 || r == 0xBA || (r >= 0xC0 && r != 0xD7 && r != 0xF7);
  if (r <= 0x2C1) return true;  // Latin Extended-A/B, IPA, spacing modifier letters
  if (r >= 0x370 && r <= 0x3FF)
    return r != 0x375 && r != 0x37E && r != 0x384 && r != 0x385 && r != 0x387 && r != 0x3F6 &&
           r != 0x378 && r != 0x379 && !(r >= 0x380 && r <= 0x383) && r != 0x38B && r != 0x38D &&
           r != 0x3A2;
  if (r >= 0x400 && r <= 0x52F) return !(r >= 0x482 && r <= 0x489);
  if (r >= 0x531 && r <= 0x556) return true;
  if (r >= 0x561 && r <= 0x587) return true;
  if (r >= 0x5D0 && r <= 0x5EA) return true;
  if (r >= 0x620 && r <= 0x64A) return true;
  if (r >= 0x1E00 && r <= 0x1FFF) return true;
  if (r >= 0x3041 && r <= 0x3096) return true;
  if (r >= 0x30A1 && r <= 0x30FA) return true;
  if (r >= 0x4E00 && r <= 0x9FFF) return true;
  if (r >= 0xAC00 && r <= 0xD7A3) return true;
  if (r >= 0xFF21 && r <= 0xFF3A) return true;
  if (r >= 0xFF41 && r <= 0xFF5A) return true;
  return false;
}

bool uIsDigit(std::int32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return (r >= 0x660 && r <= 0x669) || (r >= 0x6F0 && r <= 0x6F9) || (r >= 0x966 && r <= 0x96F) ||
         (r >= 0xFF10 && r <= 0xFF19);
}

bool uIsPunct(std::int32_t r) {
  if (r < 0x80) {
    switch (r) {
      case '!':
      case '"':
      case '#':
      case '%':
      case '&':
      case '\'':
      case '(':
      case ')':
      case '*':
      case ',':
      case '-':
      case '.':
      case '/':
      case ':':
      case ';':
      case '?':
      case '@':
      case '[':
      case '\\':
      case ']':
      case '_':
      case '{':
      case '}':
        return true;
      default:
        return false;
    }
  }
  if (r < 0x100)
    return r == 0xA1 || r == 0xA7 || r == 0xAB || r == 0xB6 || r == 0xB7 || r == 0xBB || r == 0xBF;
  if (r >= 0x2010 && r <= 0x2027) return true;
  if (r >= 0x2030 && r <= 0x205E) return r != 0x2044 && r != 0x2052;
  if (r >= 0x3001 && r <= 0x3003) return true;
  if (r >= 0x3008 && r <= 0x3011) return true;
  return r == 0x37E || r == 0x387 || r == 0x55A || r == 0x589 || r == 0x5BE || r == 0x60C ||
         r == 0x61B || r == 0x61F;
}

bool uIsSpace(std::int32_t r) {
  if (r < 0x100) {
    switch (r) {
      case '\t':
      case '\n':
      case '\v':
      case '\f':
      case '\r':
      case ' ':
      case 0x85:
      case 0xA0:
        return true;
      default:
        return false;
    }
  }
  return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

std::int32_t uSimpleFold(std::int32_t r) {
  // The orbits with more than two members.
  switch (r) {
    case 'K':
      return 'k';
    case 'k':
      return 0x212A;
    case 0x212A:
      return 'K';
    case 'S':
      return 's';
    case 's':
      return 0x17F;
    case 0x17F:
      return 'S';
    case 0xC5:
      return 0xE5;
    case 0xE5:
      return 0x212B;
    case 0x212B:
      return 0xC5;
    case 0x1C4:
    case 0x1C5:
    case 0x1C7:
    case 0x1C8:
    case 0x1CA:
    case 0x1CB:
    case 0x1F1:
    case 0x1F2:
      return r + 1;
    case 0x1C6:
    case 0x1C9:
    case 0x1CC:
    case 0x1F3:
      return r - 2;
    default:
      break;
  }
  std::int32_t u = uToUpper(r);
  if (u != r) return u;
  std::int32_t l = uToLower(r);
  return l;
}

}  // namespace gomi::stdlib
