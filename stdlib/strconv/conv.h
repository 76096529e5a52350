// stdlib/strconv/conv.h — number and string conversions shared by strconv and fmt natives.
//
// Output matches Go's strconv byte for byte: floats use the shortest round-trip digits
// (std::to_chars) or correctly rounded fixed precision, then Go's %e/%f/%g layout rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gomi::stdlib {

// strconv.AppendFloat: fmt is one of 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X'; prec -1 = shortest;
// bitSize 32 or 64.
void appendFloat(std::string& out, double v, char fmt, int prec, int bitSize);
std::string formatFloat(double v, char fmt, int prec, int bitSize);
// strconv.AppendInt / AppendUint (base 2..36, lower-case digits).
void appendInt(std::string& out, std::int64_t v, int base);
void appendUint(std::string& out, std::uint64_t v, int base);

// UTF-8 as Go decodes it: invalid encodings decode as U+FFFD with size 1.
constexpr std::int32_t kRuneError = 0xFFFD;
constexpr std::int32_t kMaxRune = 0x10FFFF;
std::int32_t decodeRune(std::string_view s, int* size);
std::int32_t decodeLastRune(std::string_view s, int* size);
void appendRune(std::string& out, std::int32_t r);  // invalid runes encode as U+FFFD
int runeLen(std::int32_t r);                        // -1 when r is not a valid rune
std::int64_t runeCount(std::string_view s);
bool validRune(std::int32_t r);

// strconv.IsPrint (the same set as unicode.IsPrint).
bool isPrint(std::int32_t r);
bool canBackquote(std::string_view s);
// Which runes Quote keeps as they are: printable ones (Quote), printable ASCII (QuoteToASCII),
// or printable and graphic ones (QuoteToGraphic).
enum class QuoteMode { Print, ASCII, Graphic };
void appendQuote(std::string& out, std::string_view s, QuoteMode mode);
void appendQuoteRune(std::string& out, std::int32_t r, QuoteMode mode);
// strconv.Unquote; false means ErrSyntax.
bool unquote(std::string_view s, std::string* out);

// Parse results: the codes the Go preludes turn into *NumError.
enum class ParseStatus : int { Ok = 0, Syntax = 1, Range = 2, BadBase = 3, BadBitSize = 4 };
ParseStatus parseUint(std::string_view s, int base, int bitSize, std::uint64_t* out);
ParseStatus parseInt(std::string_view s, int base, int bitSize, std::int64_t* out);
ParseStatus parseFloat(std::string_view s, int bitSize, double* out);
bool underscoreOK(std::string_view s);

}  // namespace gomi::stdlib
