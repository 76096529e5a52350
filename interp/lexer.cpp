// interp/lexer.cpp — the Go scanner: characters to tokens, with Go's semicolon insertion.
//
// Behaviour (which characters start which token, where semicolons are inserted, the wording and
// position of every lexical error) follows cmd/compile/internal/syntax/scanner.go so that gomi
// reports the same errors as `go build`. The scanner reads runes straight from the source view;
// a token's text is a slice of the source, copied into `lit` only for names and literals.
#include "interp/lexer.h"

#include <algorithm>
#include <cstdio>

namespace gomi {

namespace {

// Unicode letter and digit ranges (merged, sorted), generated from Go 1.19's unicode.Letter and
// unicode.Digit tables.
const std::uint32_t kLetterRanges[][2] = {
    {0x41, 0x5A},       {0x61, 0x7A},       {0xAA, 0xAA},       {0xB5, 0xB5},
    {0xBA, 0xBA},       {0xC0, 0xD6},       {0xD8, 0xF6},       {0xF8, 0x2C1},
    {0x2C6, 0x2D1},     {0x2E0, 0x2E4},     {0x2EC, 0x2EC},     {0x2EE, 0x2EE},
    {0x370, 0x374},     {0x376, 0x377},     {0x37A, 0x37D},     {0x37F, 0x37F},
    {0x386, 0x386},     {0x388, 0x38A},     {0x38C, 0x38C},     {0x38E, 0x3A1},
    {0x3A3, 0x3F5},     {0x3F7, 0x481},     {0x48A, 0x52F},     {0x531, 0x556},
    {0x559, 0x559},     {0x560, 0x588},     {0x5D0, 0x5EA},     {0x5EF, 0x5F2},
    {0x620, 0x64A},     {0x66E, 0x66F},     {0x671, 0x6D3},     {0x6D5, 0x6D5},
    {0x6E5, 0x6E6},     {0x6EE, 0x6EF},     {0x6FA, 0x6FC},     {0x6FF, 0x6FF},
    {0x710, 0x710},     {0x712, 0x72F},     {0x74D, 0x7A5},     {0x7B1, 0x7B1},
    {0x7CA, 0x7EA},     {0x7F4, 0x7F5},     {0x7FA, 0x7FA},     {0x800, 0x815},
    {0x81A, 0x81A},     {0x824, 0x824},     {0x828, 0x828},     {0x840, 0x858},
    {0x860, 0x86A},     {0x8A0, 0x8B4},     {0x8B6, 0x8C7},     {0x904, 0x939},
    {0x93D, 0x93D},     {0x950, 0x950},     {0x958, 0x961},     {0x971, 0x980},
    {0x985, 0x98C},     {0x98F, 0x990},     {0x993, 0x9A8},     {0x9AA, 0x9B0},
    {0x9B2, 0x9B2},     {0x9B6, 0x9B9},     {0x9BD, 0x9BD},     {0x9CE, 0x9CE},
    {0x9DC, 0x9DD},     {0x9DF, 0x9E1},     {0x9F0, 0x9F1},     {0x9FC, 0x9FC},
    {0xA05, 0xA0A},     {0xA0F, 0xA10},     {0xA13, 0xA28},     {0xA2A, 0xA30},
    {0xA32, 0xA33},     {0xA35, 0xA36},     {0xA38, 0xA39},     {0xA59, 0xA5C},
    {0xA5E, 0xA5E},     {0xA72, 0xA74},     {0xA85, 0xA8D},     {0xA8F, 0xA91},
    {0xA93, 0xAA8},     {0xAAA, 0xAB0},     {0xAB2, 0xAB3},     {0xAB5, 0xAB9},
    {0xABD, 0xABD},     {0xAD0, 0xAD0},     {0xAE0, 0xAE1},     {0xAF9, 0xAF9},
    {0xB05, 0xB0C},     {0xB0F, 0xB10},     {0xB13, 0xB28},     {0xB2A, 0xB30},
    {0xB32, 0xB33},     {0xB35, 0xB39},     {0xB3D, 0xB3D},     {0xB5C, 0xB5D},
    {0xB5F, 0xB61},     {0xB71, 0xB71},     {0xB83, 0xB83},     {0xB85, 0xB8A},
    {0xB8E, 0xB90},     {0xB92, 0xB95},     {0xB99, 0xB9A},     {0xB9C, 0xB9C},
    {0xB9E, 0xB9F},     {0xBA3, 0xBA4},     {0xBA8, 0xBAA},     {0xBAE, 0xBB9},
    {0xBD0, 0xBD0},     {0xC05, 0xC0C},     {0xC0E, 0xC10},     {0xC12, 0xC28},
    {0xC2A, 0xC39},     {0xC3D, 0xC3D},     {0xC58, 0xC5A},     {0xC60, 0xC61},
    {0xC80, 0xC80},     {0xC85, 0xC8C},     {0xC8E, 0xC90},     {0xC92, 0xCA8},
    {0xCAA, 0xCB3},     {0xCB5, 0xCB9},     {0xCBD, 0xCBD},     {0xCDE, 0xCDE},
    {0xCE0, 0xCE1},     {0xCF1, 0xCF2},     {0xD04, 0xD0C},     {0xD0E, 0xD10},
    {0xD12, 0xD3A},     {0xD3D, 0xD3D},     {0xD4E, 0xD4E},     {0xD54, 0xD56},
    {0xD5F, 0xD61},     {0xD7A, 0xD7F},     {0xD85, 0xD96},     {0xD9A, 0xDB1},
    {0xDB3, 0xDBB},     {0xDBD, 0xDBD},     {0xDC0, 0xDC6},     {0xE01, 0xE30},
    {0xE32, 0xE33},     {0xE40, 0xE46},     {0xE81, 0xE82},     {0xE84, 0xE84},
    {0xE86, 0xE8A},     {0xE8C, 0xEA3},     {0xEA5, 0xEA5},     {0xEA7, 0xEB0},
    {0xEB2, 0xEB3},     {0xEBD, 0xEBD},     {0xEC0, 0xEC4},     {0xEC6, 0xEC6},
    {0xEDC, 0xEDF},     {0xF00, 0xF00},     {0xF40, 0xF47},     {0xF49, 0xF6C},
    {0xF88, 0xF8C},     {0x1000, 0x102A},   {0x103F, 0x103F},   {0x1050, 0x1055},
    {0x105A, 0x105D},   {0x1061, 0x1061},   {0x1065, 0x1066},   {0x106E, 0x1070},
    {0x1075, 0x1081},   {0x108E, 0x108E},   {0x10A0, 0x10C5},   {0x10C7, 0x10C7},
    {0x10CD, 0x10CD},   {0x10D0, 0x10FA},   {0x10FC, 0x1248},   {0x124A, 0x124D},
    {0x1250, 0x1256},   {0x1258, 0x1258},   {0x125A, 0x125D},   {0x1260, 0x1288},
    {0x128A, 0x128D},   {0x1290, 0x12B0},   {0x12B2, 0x12B5},   {0x12B8, 0x12BE},
    {0x12C0, 0x12C0},   {0x12C2, 0x12C5},   {0x12C8, 0x12D6},   {0x12D8, 0x1310},
    {0x1312, 0x1315},   {0x1318, 0x135A},   {0x1380, 0x138F},   {0x13A0, 0x13F5},
    {0x13F8, 0x13FD},   {0x1401, 0x166C},   {0x166F, 0x167F},   {0x1681, 0x169A},
    {0x16A0, 0x16EA},   {0x16F1, 0x16F8},   {0x1700, 0x170C},   {0x170E, 0x1711},
    {0x1720, 0x1731},   {0x1740, 0x1751},   {0x1760, 0x176C},   {0x176E, 0x1770},
    {0x1780, 0x17B3},   {0x17D7, 0x17D7},   {0x17DC, 0x17DC},   {0x1820, 0x1878},
    {0x1880, 0x1884},   {0x1887, 0x18A8},   {0x18AA, 0x18AA},   {0x18B0, 0x18F5},
    {0x1900, 0x191E},   {0x1950, 0x196D},   {0x1970, 0x1974},   {0x1980, 0x19AB},
    {0x19B0, 0x19C9},   {0x1A00, 0x1A16},   {0x1A20, 0x1A54},   {0x1AA7, 0x1AA7},
    {0x1B05, 0x1B33},   {0x1B45, 0x1B4B},   {0x1B83, 0x1BA0},   {0x1BAE, 0x1BAF},
    {0x1BBA, 0x1BE5},   {0x1C00, 0x1C23},   {0x1C4D, 0x1C4F},   {0x1C5A, 0x1C7D},
    {0x1C80, 0x1C88},   {0x1C90, 0x1CBA},   {0x1CBD, 0x1CBF},   {0x1CE9, 0x1CEC},
    {0x1CEE, 0x1CF3},   {0x1CF5, 0x1CF6},   {0x1CFA, 0x1CFA},   {0x1D00, 0x1DBF},
    {0x1E00, 0x1F15},   {0x1F18, 0x1F1D},   {0x1F20, 0x1F45},   {0x1F48, 0x1F4D},
    {0x1F50, 0x1F57},   {0x1F59, 0x1F59},   {0x1F5B, 0x1F5B},   {0x1F5D, 0x1F5D},
    {0x1F5F, 0x1F7D},   {0x1F80, 0x1FB4},   {0x1FB6, 0x1FBC},   {0x1FBE, 0x1FBE},
    {0x1FC2, 0x1FC4},   {0x1FC6, 0x1FCC},   {0x1FD0, 0x1FD3},   {0x1FD6, 0x1FDB},
    {0x1FE0, 0x1FEC},   {0x1FF2, 0x1FF4},   {0x1FF6, 0x1FFC},   {0x2071, 0x2071},
    {0x207F, 0x207F},   {0x2090, 0x209C},   {0x2102, 0x2102},   {0x2107, 0x2107},
    {0x210A, 0x2113},   {0x2115, 0x2115},   {0x2119, 0x211D},   {0x2124, 0x2124},
    {0x2126, 0x2126},   {0x2128, 0x2128},   {0x212A, 0x212D},   {0x212F, 0x2139},
    {0x213C, 0x213F},   {0x2145, 0x2149},   {0x214E, 0x214E},   {0x2183, 0x2184},
    {0x2C00, 0x2C2E},   {0x2C30, 0x2C5E},   {0x2C60, 0x2CE4},   {0x2CEB, 0x2CEE},
    {0x2CF2, 0x2CF3},   {0x2D00, 0x2D25},   {0x2D27, 0x2D27},   {0x2D2D, 0x2D2D},
    {0x2D30, 0x2D67},   {0x2D6F, 0x2D6F},   {0x2D80, 0x2D96},   {0x2DA0, 0x2DA6},
    {0x2DA8, 0x2DAE},   {0x2DB0, 0x2DB6},   {0x2DB8, 0x2DBE},   {0x2DC0, 0x2DC6},
    {0x2DC8, 0x2DCE},   {0x2DD0, 0x2DD6},   {0x2DD8, 0x2DDE},   {0x2E2F, 0x2E2F},
    {0x3005, 0x3006},   {0x3031, 0x3035},   {0x303B, 0x303C},   {0x3041, 0x3096},
    {0x309D, 0x309F},   {0x30A1, 0x30FA},   {0x30FC, 0x30FF},   {0x3105, 0x312F},
    {0x3131, 0x318E},   {0x31A0, 0x31BF},   {0x31F0, 0x31FF},   {0x3400, 0x4DBF},
    {0x4E00, 0x9FFC},   {0xA000, 0xA48C},   {0xA4D0, 0xA4FD},   {0xA500, 0xA60C},
    {0xA610, 0xA61F},   {0xA62A, 0xA62B},   {0xA640, 0xA66E},   {0xA67F, 0xA69D},
    {0xA6A0, 0xA6E5},   {0xA717, 0xA71F},   {0xA722, 0xA788},   {0xA78B, 0xA7BF},
    {0xA7C2, 0xA7CA},   {0xA7F5, 0xA801},   {0xA803, 0xA805},   {0xA807, 0xA80A},
    {0xA80C, 0xA822},   {0xA840, 0xA873},   {0xA882, 0xA8B3},   {0xA8F2, 0xA8F7},
    {0xA8FB, 0xA8FB},   {0xA8FD, 0xA8FE},   {0xA90A, 0xA925},   {0xA930, 0xA946},
    {0xA960, 0xA97C},   {0xA984, 0xA9B2},   {0xA9CF, 0xA9CF},   {0xA9E0, 0xA9E4},
    {0xA9E6, 0xA9EF},   {0xA9FA, 0xA9FE},   {0xAA00, 0xAA28},   {0xAA40, 0xAA42},
    {0xAA44, 0xAA4B},   {0xAA60, 0xAA76},   {0xAA7A, 0xAA7A},   {0xAA7E, 0xAAAF},
    {0xAAB1, 0xAAB1},   {0xAAB5, 0xAAB6},   {0xAAB9, 0xAABD},   {0xAAC0, 0xAAC0},
    {0xAAC2, 0xAAC2},   {0xAADB, 0xAADD},   {0xAAE0, 0xAAEA},   {0xAAF2, 0xAAF4},
    {0xAB01, 0xAB06},   {0xAB09, 0xAB0E},   {0xAB11, 0xAB16},   {0xAB20, 0xAB26},
    {0xAB28, 0xAB2E},   {0xAB30, 0xAB5A},   {0xAB5C, 0xAB69},   {0xAB70, 0xABE2},
    {0xAC00, 0xD7A3},   {0xD7B0, 0xD7C6},   {0xD7CB, 0xD7FB},   {0xF900, 0xFA6D},
    {0xFA70, 0xFAD9},   {0xFB00, 0xFB06},   {0xFB13, 0xFB17},   {0xFB1D, 0xFB1D},
    {0xFB1F, 0xFB28},   {0xFB2A, 0xFB36},   {0xFB38, 0xFB3C},   {0xFB3E, 0xFB3E},
    {0xFB40, 0xFB41},   {0xFB43, 0xFB44},   {0xFB46, 0xFBB1},   {0xFBD3, 0xFD3D},
    {0xFD50, 0xFD8F},   {0xFD92, 0xFDC7},   {0xFDF0, 0xFDFB},   {0xFE70, 0xFE74},
    {0xFE76, 0xFEFC},   {0xFF21, 0xFF3A},   {0xFF41, 0xFF5A},   {0xFF66, 0xFFBE},
    {0xFFC2, 0xFFC7},   {0xFFCA, 0xFFCF},   {0xFFD2, 0xFFD7},   {0xFFDA, 0xFFDC},
    {0x10000, 0x1000B}, {0x1000D, 0x10026}, {0x10028, 0x1003A}, {0x1003C, 0x1003D},
    {0x1003F, 0x1004D}, {0x10050, 0x1005D}, {0x10080, 0x100FA}, {0x10280, 0x1029C},
    {0x102A0, 0x102D0}, {0x10300, 0x1031F}, {0x1032D, 0x10340}, {0x10342, 0x10349},
    {0x10350, 0x10375}, {0x10380, 0x1039D}, {0x103A0, 0x103C3}, {0x103C8, 0x103CF},
    {0x10400, 0x1049D}, {0x104B0, 0x104D3}, {0x104D8, 0x104FB}, {0x10500, 0x10527},
    {0x10530, 0x10563}, {0x10600, 0x10736}, {0x10740, 0x10755}, {0x10760, 0x10767},
    {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080A, 0x10835}, {0x10837, 0x10838},
    {0x1083C, 0x1083C}, {0x1083F, 0x10855}, {0x10860, 0x10876}, {0x10880, 0x1089E},
    {0x108E0, 0x108F2}, {0x108F4, 0x108F5}, {0x10900, 0x10915}, {0x10920, 0x10939},
    {0x10980, 0x109B7}, {0x109BE, 0x109BF}, {0x10A00, 0x10A00}, {0x10A10, 0x10A13},
    {0x10A15, 0x10A17}, {0x10A19, 0x10A35}, {0x10A60, 0x10A7C}, {0x10A80, 0x10A9C},
    {0x10AC0, 0x10AC7}, {0x10AC9, 0x10AE4}, {0x10B00, 0x10B35}, {0x10B40, 0x10B55},
    {0x10B60, 0x10B72}, {0x10B80, 0x10B91}, {0x10C00, 0x10C48}, {0x10C80, 0x10CB2},
    {0x10CC0, 0x10CF2}, {0x10D00, 0x10D23}, {0x10E80, 0x10EA9}, {0x10EB0, 0x10EB1},
    {0x10F00, 0x10F1C}, {0x10F27, 0x10F27}, {0x10F30, 0x10F45}, {0x10FB0, 0x10FC4},
    {0x10FE0, 0x10FF6}, {0x11003, 0x11037}, {0x11083, 0x110AF}, {0x110D0, 0x110E8},
    {0x11103, 0x11126}, {0x11144, 0x11144}, {0x11147, 0x11147}, {0x11150, 0x11172},
    {0x11176, 0x11176}, {0x11183, 0x111B2}, {0x111C1, 0x111C4}, {0x111DA, 0x111DA},
    {0x111DC, 0x111DC}, {0x11200, 0x11211}, {0x11213, 0x1122B}, {0x11280, 0x11286},
    {0x11288, 0x11288}, {0x1128A, 0x1128D}, {0x1128F, 0x1129D}, {0x1129F, 0x112A8},
    {0x112B0, 0x112DE}, {0x11305, 0x1130C}, {0x1130F, 0x11310}, {0x11313, 0x11328},
    {0x1132A, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133D, 0x1133D},
    {0x11350, 0x11350}, {0x1135D, 0x11361}, {0x11400, 0x11434}, {0x11447, 0x1144A},
    {0x1145F, 0x11461}, {0x11480, 0x114AF}, {0x114C4, 0x114C5}, {0x114C7, 0x114C7},
    {0x11580, 0x115AE}, {0x115D8, 0x115DB}, {0x11600, 0x1162F}, {0x11644, 0x11644},
    {0x11680, 0x116AA}, {0x116B8, 0x116B8}, {0x11700, 0x1171A}, {0x11800, 0x1182B},
    {0x118A0, 0x118DF}, {0x118FF, 0x11906}, {0x11909, 0x11909}, {0x1190C, 0x11913},
    {0x11915, 0x11916}, {0x11918, 0x1192F}, {0x1193F, 0x1193F}, {0x11941, 0x11941},
    {0x119A0, 0x119A7}, {0x119AA, 0x119D0}, {0x119E1, 0x119E1}, {0x119E3, 0x119E3},
    {0x11A00, 0x11A00}, {0x11A0B, 0x11A32}, {0x11A3A, 0x11A3A}, {0x11A50, 0x11A50},
    {0x11A5C, 0x11A89}, {0x11A9D, 0x11A9D}, {0x11AC0, 0x11AF8}, {0x11C00, 0x11C08},
    {0x11C0A, 0x11C2E}, {0x11C40, 0x11C40}, {0x11C72, 0x11C8F}, {0x11D00, 0x11D06},
    {0x11D08, 0x11D09}, {0x11D0B, 0x11D30}, {0x11D46, 0x11D46}, {0x11D60, 0x11D65},
    {0x11D67, 0x11D68}, {0x11D6A, 0x11D89}, {0x11D98, 0x11D98}, {0x11EE0, 0x11EF2},
    {0x11FB0, 0x11FB0}, {0x12000, 0x12399}, {0x12480, 0x12543}, {0x13000, 0x1342E},
    {0x14400, 0x14646}, {0x16800, 0x16A38}, {0x16A40, 0x16A5E}, {0x16AD0, 0x16AED},
    {0x16B00, 0x16B2F}, {0x16B40, 0x16B43}, {0x16B63, 0x16B77}, {0x16B7D, 0x16B8F},
    {0x16E40, 0x16E7F}, {0x16F00, 0x16F4A}, {0x16F50, 0x16F50}, {0x16F93, 0x16F9F},
    {0x16FE0, 0x16FE1}, {0x16FE3, 0x16FE3}, {0x17000, 0x187F7}, {0x18800, 0x18CD5},
    {0x18D00, 0x18D08}, {0x1B000, 0x1B11E}, {0x1B150, 0x1B152}, {0x1B164, 0x1B167},
    {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A}, {0x1BC70, 0x1BC7C}, {0x1BC80, 0x1BC88},
    {0x1BC90, 0x1BC99}, {0x1D400, 0x1D454}, {0x1D456, 0x1D49C}, {0x1D49E, 0x1D49F},
    {0x1D4A2, 0x1D4A2}, {0x1D4A5, 0x1D4A6}, {0x1D4A9, 0x1D4AC}, {0x1D4AE, 0x1D4B9},
    {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3}, {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A},
    {0x1D50D, 0x1D514}, {0x1D516, 0x1D51C}, {0x1D51E, 0x1D539}, {0x1D53B, 0x1D53E},
    {0x1D540, 0x1D544}, {0x1D546, 0x1D546}, {0x1D54A, 0x1D550}, {0x1D552, 0x1D6A5},
    {0x1D6A8, 0x1D6C0}, {0x1D6C2, 0x1D6DA}, {0x1D6DC, 0x1D6FA}, {0x1D6FC, 0x1D714},
    {0x1D716, 0x1D734}, {0x1D736, 0x1D74E}, {0x1D750, 0x1D76E}, {0x1D770, 0x1D788},
    {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2}, {0x1D7C4, 0x1D7CB}, {0x1E100, 0x1E12C},
    {0x1E137, 0x1E13D}, {0x1E14E, 0x1E14E}, {0x1E2C0, 0x1E2EB}, {0x1E800, 0x1E8C4},
    {0x1E900, 0x1E943}, {0x1E94B, 0x1E94B}, {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F},
    {0x1EE21, 0x1EE22}, {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32},
    {0x1EE34, 0x1EE37}, {0x1EE39, 0x1EE39}, {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42},
    {0x1EE47, 0x1EE47}, {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B}, {0x1EE4D, 0x1EE4F},
    {0x1EE51, 0x1EE52}, {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59},
    {0x1EE5B, 0x1EE5B}, {0x1EE5D, 0x1EE5D}, {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62},
    {0x1EE64, 0x1EE64}, {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72}, {0x1EE74, 0x1EE77},
    {0x1EE79, 0x1EE7C}, {0x1EE7E, 0x1EE7E}, {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B},
    {0x1EEA1, 0x1EEA3}, {0x1EEA5, 0x1EEA9}, {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6DD},
    {0x2A700, 0x2B734}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0},
    {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};

const std::uint32_t kDigitRanges[][2] = {
    {0x30, 0x39},       {0x660, 0x669},     {0x6F0, 0x6F9},     {0x7C0, 0x7C9},
    {0x966, 0x96F},     {0x9E6, 0x9EF},     {0xA66, 0xA6F},     {0xAE6, 0xAEF},
    {0xB66, 0xB6F},     {0xBE6, 0xBEF},     {0xC66, 0xC6F},     {0xCE6, 0xCEF},
    {0xD66, 0xD6F},     {0xDE6, 0xDEF},     {0xE50, 0xE59},     {0xED0, 0xED9},
    {0xF20, 0xF29},     {0x1040, 0x1049},   {0x1090, 0x1099},   {0x17E0, 0x17E9},
    {0x1810, 0x1819},   {0x1946, 0x194F},   {0x19D0, 0x19D9},   {0x1A80, 0x1A89},
    {0x1A90, 0x1A99},   {0x1B50, 0x1B59},   {0x1BB0, 0x1BB9},   {0x1C40, 0x1C49},
    {0x1C50, 0x1C59},   {0xA620, 0xA629},   {0xA8D0, 0xA8D9},   {0xA900, 0xA909},
    {0xA9D0, 0xA9D9},   {0xA9F0, 0xA9F9},   {0xAA50, 0xAA59},   {0xABF0, 0xABF9},
    {0xFF10, 0xFF19},   {0x104A0, 0x104A9}, {0x10D30, 0x10D39}, {0x11066, 0x1106F},
    {0x110F0, 0x110F9}, {0x11136, 0x1113F}, {0x111D0, 0x111D9}, {0x112F0, 0x112F9},
    {0x11450, 0x11459}, {0x114D0, 0x114D9}, {0x11650, 0x11659}, {0x116C0, 0x116C9},
    {0x11730, 0x11739}, {0x118E0, 0x118E9}, {0x11950, 0x11959}, {0x11C50, 0x11C59},
    {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9}, {0x16A60, 0x16A69}, {0x16B50, 0x16B59},
    {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9}, {0x1E950, 0x1E959},
    {0x1FBF0, 0x1FBF9},
};

bool inTable(const std::uint32_t (*table)[2], std::size_t n, std::int32_t r) {
  if (r < 0) return false;
  auto u = static_cast<std::uint32_t>(r);
  std::size_t lo = 0, hi = n;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (u < table[mid][0]) {
      hi = mid;
    } else if (u > table[mid][1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

bool isLetterAscii(int c) {
  return ('a' <= (c | 0x20) && (c | 0x20) <= 'z') || c == '_';
}
bool isDecimal(int c) {
  return '0' <= c && c <= '9';
}
int lower(int c) {
  return c | 0x20;
}
bool isHex(int c) {
  return isDecimal(c) || ('a' <= lower(c) && lower(c) <= 'f');
}

const char* baseName(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 10:
      return "decimal";
    default:
      return "hexadecimal";
  }
}

// Go's %#U: "U+0040 '@'" (the quoted character only when printable).
std::string formatU(std::int32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string s = buf;
  bool printable = r >= 0x20 && r != 0x7f && !(r >= 0x80 && r < 0xa0) && r <= 0x10ffff &&
                   !(r >= 0xd800 && r < 0xe000) && r != 0xfeff;
  if (printable) {
    s += " '";
    appendUtf8(&s, r);
    s += "'";
  }
  return s;
}

// Go's %q of a rune: 'x', '\n', '\x00', '\u00a0'...
std::string quoteRune(std::int32_t r) {
  std::string s = "'";
  switch (r) {
    case '\a':
      s += "\\a";
      break;
    case '\b':
      s += "\\b";
      break;
    case '\f':
      s += "\\f";
      break;
    case '\n':
      s += "\\n";
      break;
    case '\r':
      s += "\\r";
      break;
    case '\t':
      s += "\\t";
      break;
    case '\v':
      s += "\\v";
      break;
    case '\\':
      s += "\\\\";
      break;
    case '\'':
      s += "\\'";
      break;
    default: {
      char buf[16];
      if (r < 0x20 || r == 0x7f) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
        s += buf;
      } else if (r >= 0x80 &&
                 (r < 0xa0 || r == 0xfeff || (r >= 0xd800 && r < 0xe000) || r > 0x10ffff)) {
        if (r > 0xffff) {
          std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
        } else {
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
        }
        s += buf;
      } else {
        appendUtf8(&s, r);
      }
    }
  }
  return s + "'";
}

// Decodes one UTF-8 sequence at s[i]; returns the rune (0xFFFD with width 1 when invalid).
std::int32_t decodeRune(std::string_view s, std::size_t i, int* width, bool* valid) {
  auto b0 = static_cast<unsigned char>(s[i]);
  *valid = true;
  if (b0 < 0x80) {
    *width = 1;
    return b0;
  }
  int n = 0;
  std::int32_t r = 0, min = 0;
  if ((b0 & 0xe0) == 0xc0) {
    n = 2, r = b0 & 0x1f, min = 0x80;
  } else if ((b0 & 0xf0) == 0xe0) {
    n = 3, r = b0 & 0x0f, min = 0x800;
  } else if ((b0 & 0xf8) == 0xf0) {
    n = 4, r = b0 & 0x07, min = 0x10000;
  } else {
    *width = 1, *valid = false;
    return 0xfffd;
  }
  if (i + n > s.size()) {
    *width = 1, *valid = false;
    return 0xfffd;
  }
  for (int k = 1; k < n; k++) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xc0) != 0x80) {
      *width = 1, *valid = false;
      return 0xfffd;
    }
    r = (r << 6) | (b & 0x3f);
  }
  if (r < min || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) {
    *width = 1, *valid = false;
    return 0xfffd;
  }
  *width = n;
  return r;
}

struct Keyword {
  const char* text;
  Tok tok;
};
const Keyword kKeywords[] = {
    {"break", Tok::Break},
    {"case", Tok::Case},
    {"chan", Tok::Chan},
    {"const", Tok::Const},
    {"continue", Tok::Continue},
    {"default", Tok::Default},
    {"defer", Tok::Defer},
    {"else", Tok::Else},
    {"fallthrough", Tok::Fallthrough},
    {"for", Tok::For},
    {"func", Tok::Func},
    {"go", Tok::Go},
    {"goto", Tok::Goto},
    {"if", Tok::If},
    {"import", Tok::Import},
    {"interface", Tok::Interface},
    {"map", Tok::Map},
    {"package", Tok::Package},
    {"range", Tok::Range},
    {"return", Tok::Return},
    {"select", Tok::Select},
    {"struct", Tok::Struct},
    {"switch", Tok::Switch},
    {"type", Tok::Type},
    {"var", Tok::Var},
};

}  // namespace

bool isUnicodeLetter(std::int32_t r) {
  if (r < 0x80) return isLetterAscii(r) && r != '_';
  return inTable(kLetterRanges, std::size(kLetterRanges), r);
}

bool isUnicodeDigit(std::int32_t r) {
  if (r < 0x80) return isDecimal(r);
  return inTable(kDigitRanges, std::size(kDigitRanges), r);
}

void appendUtf8(std::string* out, std::int32_t r) {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
  auto u = static_cast<std::uint32_t>(r);
  if (u < 0x80) {
    out->push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    out->push_back(static_cast<char>(0xc0 | (u >> 6)));
    out->push_back(static_cast<char>(0x80 | (u & 0x3f)));
  } else if (u < 0x10000) {
    out->push_back(static_cast<char>(0xe0 | (u >> 12)));
    out->push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (u & 0x3f)));
  } else {
    out->push_back(static_cast<char>(0xf0 | (u >> 18)));
    out->push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (u & 0x3f)));
  }
}

const char* tokString(Tok t) {
  switch (t) {
    case Tok::EOF_:
      return "EOF";
    case Tok::Name:
      return "name";
    case Tok::Literal:
      return "literal";
    case Tok::Operator:
      return "op";
    case Tok::AssignOp:
      return "op=";
    case Tok::IncOp:
      return "opop";
    case Tok::Assign:
      return "=";
    case Tok::Define:
      return ":=";
    case Tok::Arrow:
      return "<-";
    case Tok::Star:
      return "*";
    case Tok::Lparen:
      return "(";
    case Tok::Lbrack:
      return "[";
    case Tok::Lbrace:
      return "{";
    case Tok::Rparen:
      return ")";
    case Tok::Rbrack:
      return "]";
    case Tok::Rbrace:
      return "}";
    case Tok::Comma:
      return "comma";
    case Tok::Semi:
      return "semicolon or newline";
    case Tok::Colon:
      return ":";
    case Tok::Dot:
      return ".";
    case Tok::DotDotDot:
      return "...";
    default:
      break;
  }
  for (const auto& k : kKeywords) {
    if (k.tok == t) return k.text;
  }
  return "?";
}

const char* opString(Op op) {
  switch (op) {
    case Op::None:
      return "";
    case Op::Add:
      return "+";
    case Op::Sub:
      return "-";
    case Op::Mul:
      return "*";
    case Op::Quo:
      return "/";
    case Op::Rem:
      return "%";
    case Op::And:
      return "&";
    case Op::Or:
      return "|";
    case Op::Xor:
      return "^";
    case Op::Shl:
      return "<<";
    case Op::Shr:
      return ">>";
    case Op::AndNot:
      return "&^";
    case Op::LAnd:
      return "&&";
    case Op::LOr:
      return "||";
    case Op::Eql:
      return "==";
    case Op::Neq:
      return "!=";
    case Op::Lss:
      return "<";
    case Op::Leq:
      return "<=";
    case Op::Gtr:
      return ">";
    case Op::Geq:
      return ">=";
    case Op::Not:
      return "!";
    case Op::Arrow:
      return "<-";
    case Op::Addr:
      return "&";
  }
  return "?";
}

Lexer::Lexer(std::string_view src, ErrorFn error) : src_(src), error_(std::move(error)) {
  // A BOM is allowed (and ignored) only as the very first character.
  if (src_.size() >= 3 && static_cast<unsigned char>(src_[0]) == 0xef &&
      static_cast<unsigned char>(src_[1]) == 0xbb && static_cast<unsigned char>(src_[2]) == 0xbf) {
    off_ = 3;
  }
  chw_ = 0;
  nextch();
  // The position of the first character is 1:1 even after a BOM (Go counts the BOM's bytes;
  // nextch set col_ from off_, so correct it to what the compiler reports).
}

int Lexer::peekch() const {
  return ch_;
}

void Lexer::nextch() {
  for (;;) {
    if (chw_ > 0) {
      if (ch_ == '\n') {
        line_++;
        col_ = 1;
      } else {
        col_ += chw_;
      }
    } else if (off_ == 3 && line_ == 1 && col_ == 1 && src_.size() >= 3) {
      // just skipped a leading BOM: Go counts its bytes in the column
      col_ = 4;
    }
    off_ += static_cast<std::size_t>(chw_);
    if (off_ >= src_.size()) {
      ch_ = -1;
      chw_ = 0;
      return;
    }
    auto b = static_cast<unsigned char>(src_[off_]);
    if (b < 0x80) {
      ch_ = b;
      chw_ = 1;
      if (b == 0) {
        errorHere("invalid NUL character");
        continue;
      }
      return;
    }
    bool valid = true;
    ch_ = decodeRune(src_, off_, &chw_, &valid);
    if (!valid) {
      errorHere("invalid UTF-8 encoding");
      return;
    }
    if (ch_ == 0xfeff) {
      errorHere("invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

void Lexer::finishLit(Expr::LitKind k, bool ok) {
  tok = Tok::Literal;
  kind = k;
  bad = !ok;
  nlsemi_ = true;
  lit.assign(src_.substr(start_, off_ - start_));
}

void Lexer::assignOp(Op o, int p) {
  op = o;
  prec = p;
  if (ch_ == '=') {
    nextch();
    tok = Tok::AssignOp;
    return;
  }
  tok = Tok::Operator;
}

void Lexer::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  tilde = false;
  bad = false;
redo:
  while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

  pos = chPos();
  start_ = off_;
  lit.clear();
  op = Op::None;
  prec = 0;

  if (ch_ >= 0 && (isLetterAscii(ch_) || (ch_ >= 0x80 && isUnicodeLetter(ch_)))) {
    nextch();
    ident();
    return;
  }
  if (ch_ >= 0x80) {
    // Not a letter: Go reports digits and other characters inside identifiers specially.
    if (isUnicodeDigit(ch_)) {
      errorHere("identifier cannot begin with digit " + formatU(ch_));
      nextch();
      ident();
      return;
    }
    errorHere("invalid character " + formatU(ch_) + " in identifier");
    nextch();
    ident();
    return;
  }

  switch (ch_) {
    case -1:
      if (nlsemi) {
        lit = "EOF";
        tok = Tok::Semi;
        break;
      }
      tok = Tok::EOF_;
      break;
    case '\n':
      nextch();
      lit = "newline";
      tok = Tok::Semi;
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      number(false);
      break;
    case '"':
      stdString();
      break;
    case '`':
      rawString();
      break;
    case '\'':
      runeLit();
      break;
    case '(':
      nextch();
      tok = Tok::Lparen;
      break;
    case '[':
      nextch();
      tok = Tok::Lbrack;
      break;
    case '{':
      nextch();
      tok = Tok::Lbrace;
      break;
    case ',':
      nextch();
      tok = Tok::Comma;
      break;
    case ';':
      nextch();
      lit = "semicolon";
      tok = Tok::Semi;
      break;
    case ')':
      nextch();
      nlsemi_ = true;
      tok = Tok::Rparen;
      break;
    case ']':
      nextch();
      nlsemi_ = true;
      tok = Tok::Rbrack;
      break;
    case '}':
      nextch();
      nlsemi_ = true;
      tok = Tok::Rbrace;
      break;
    case ':':
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Tok::Define;
        break;
      }
      tok = Tok::Colon;
      break;
    case '.':
      nextch();
      if (isDecimal(ch_)) {
        number(true);
        break;
      }
      if (ch_ == '.' && off_ + 1 < src_.size() && src_[off_ + 1] == '.') {
        nextch();
        nextch();
        tok = Tok::DotDotDot;
        break;
      }
      tok = Tok::Dot;
      break;
    case '+':
      nextch();
      if (ch_ == '+') {
        nextch();
        op = Op::Add;
        prec = kPrecAdd;
        nlsemi_ = true;
        tok = Tok::IncOp;
        break;
      }
      assignOp(Op::Add, kPrecAdd);
      break;
    case '-':
      nextch();
      if (ch_ == '-') {
        nextch();
        op = Op::Sub;
        prec = kPrecAdd;
        nlsemi_ = true;
        tok = Tok::IncOp;
        break;
      }
      assignOp(Op::Sub, kPrecAdd);
      break;
    case '*':
      nextch();
      op = Op::Mul;
      prec = kPrecMul;
      if (ch_ == '=') {
        nextch();
        tok = Tok::AssignOp;
        break;
      }
      tok = Tok::Star;
      break;
    case '/':
      nextch();
      if (ch_ == '/') {
        nextch();
        skipLineComment();
        goto redo;
      }
      if (ch_ == '*') {
        nextch();
        std::int32_t startLine = pos.line;
        skipBlockComment();
        if (line_ > startLine && nlsemi) {
          // A multi-line comment acts like a newline.
          lit = "newline";
          tok = Tok::Semi;
          break;
        }
        goto redo;
      }
      assignOp(Op::Quo, kPrecMul);
      break;
    case '%':
      nextch();
      assignOp(Op::Rem, kPrecMul);
      break;
    case '&':
      nextch();
      if (ch_ == '&') {
        nextch();
        op = Op::LAnd;
        prec = kPrecAndAnd;
        tok = Tok::Operator;
        break;
      }
      if (ch_ == '^') {
        nextch();
        assignOp(Op::AndNot, kPrecMul);
        break;
      }
      assignOp(Op::And, kPrecMul);
      break;
    case '|':
      nextch();
      if (ch_ == '|') {
        nextch();
        op = Op::LOr;
        prec = kPrecOrOr;
        tok = Tok::Operator;
        break;
      }
      assignOp(Op::Or, kPrecAdd);
      break;
    case '^':
      nextch();
      assignOp(Op::Xor, kPrecAdd);
      break;
    case '<':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Op::Leq;
        prec = kPrecCmp;
        tok = Tok::Operator;
        break;
      }
      if (ch_ == '<') {
        nextch();
        assignOp(Op::Shl, kPrecMul);
        break;
      }
      if (ch_ == '-') {
        nextch();
        tok = Tok::Arrow;
        break;
      }
      op = Op::Lss;
      prec = kPrecCmp;
      tok = Tok::Operator;
      break;
    case '>':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Op::Geq;
        prec = kPrecCmp;
        tok = Tok::Operator;
        break;
      }
      if (ch_ == '>') {
        nextch();
        assignOp(Op::Shr, kPrecMul);
        break;
      }
      op = Op::Gtr;
      prec = kPrecCmp;
      tok = Tok::Operator;
      break;
    case '=':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Op::Eql;
        prec = kPrecCmp;
        tok = Tok::Operator;
        break;
      }
      tok = Tok::Assign;
      break;
    case '!':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Op::Neq;
        prec = kPrecCmp;
        tok = Tok::Operator;
        break;
      }
      op = Op::Not;
      prec = 0;
      tok = Tok::Operator;
      break;
    case '~':
      nextch();
      tilde = true;
      tok = Tok::Operator;
      break;
    default:
      errorHere("invalid character " + formatU(ch_));
      nextch();
      goto redo;
  }
}

void Lexer::ident() {
  for (;;) {
    if (ch_ >= 0 && ch_ < 0x80) {
      if (isLetterAscii(ch_) || isDecimal(ch_)) {
        nextch();
        continue;
      }
      break;
    }
    if (ch_ < 0) break;
    if (isUnicodeLetter(ch_) || isUnicodeDigit(ch_)) {
      nextch();
      continue;
    }
    errorHere("invalid character " + formatU(ch_) + " in identifier");
    nextch();
  }
  std::string_view text = src_.substr(start_, off_ - start_);
  if (text.size() >= 2) {
    for (const auto& k : kKeywords) {
      if (text == k.text) {
        nlsemi_ = k.tok == Tok::Break || k.tok == Tok::Continue || k.tok == Tok::Fallthrough ||
                  k.tok == Tok::Return;
        tok = k.tok;
        return;
      }
    }
  }
  nlsemi_ = true;
  lit.assign(text);
  tok = Tok::Name;
}

int Lexer::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid && *invalid < 0) {
        *invalid = static_cast<int>(off_ - start_);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

namespace {
// Index of the first misplaced '_' in a number literal, or -1.
int invalidSep(std::string_view x) {
  int x1 = ' ';
  int d = '.';
  std::size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}
}  // namespace

void Lexer::number(bool seenPoint) {
  bool ok = true;
  auto k = Expr::LitKind::Int;
  int base = 10;
  int prefix = 0;
  int digsep = 0;
  int invalid = -1;
  if (seenPoint) start_ = off_ - 1;  // include the '.'

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x':
          nextch();
          base = 16;
          prefix = 'x';
          break;
        case 'o':
          nextch();
          base = 8;
          prefix = 'o';
          break;
        case 'b':
          nextch();
          base = 2;
          prefix = 'b';
          break;
        default:
          base = 8;
          prefix = '0';
          digsep = 1;
          break;
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorHere(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }
  if (seenPoint) {
    k = Expr::LitKind::Float;
    digsep |= digits(base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    errorHere(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }
  int e = lower(ch_);
  if (ch_ >= 0 && (e == 'e' || e == 'p')) {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorHere(quoteRune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorHere(quoteRune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    k = Expr::LitKind::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    int ds = digits(10, nullptr);
    digsep = ds | (digsep & 2);
    if ((ds & 1) == 0 && ok) {
      errorHere("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && k == Expr::LitKind::Float && ok) {
    errorHere("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (ch_ == 'i') {
    k = Expr::LitKind::Imag;
    nextch();
  }
  finishLit(k, ok);
  if (k == Expr::LitKind::Int && invalid >= 0 && ok) {
    errorAt(Pos{pos.line, pos.col + invalid},
            "invalid digit " + quoteRune(static_cast<unsigned char>(lit[invalid])) + " in " +
                baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    int i = invalidSep(lit);
    if (i >= 0) {
      errorAt(Pos{pos.line, pos.col + i}, "'_' must separate successive digits");
      ok = false;
    }
  }
  bad = !ok;
}

bool Lexer::escape(int quote) {
  int n = 0;
  std::uint32_t base = 0, max = 0;
  switch (ch_) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
      nextch();
      return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      nextch();
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      nextch();
      n = 4, base = 16, max = 0x10ffff;
      break;
    case 'U':
      nextch();
      n = 8, base = 16, max = 0x10ffff;
      break;
    default:
      if (ch_ == quote) {
        nextch();
        return true;
      }
      if (ch_ < 0) return true;  // the caller complains about EOF
      errorHere("unknown escape");
      return false;
  }
  std::uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ < 0) return true;
    std::uint32_t d = base;
    if (isDecimal(ch_)) {
      d = static_cast<std::uint32_t>(ch_ - '0');
    } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
      d = static_cast<std::uint32_t>(lower(ch_) - 'a' + 10);
    }
    if (d >= base) {
      errorHere("invalid character " + quoteRune(ch_) + " in " + baseName(static_cast<int>(base)) +
                " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    errorHere("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xd800 <= x && x < 0xe000)) {
    errorHere("escape is invalid Unicode code point " + formatU(static_cast<std::int32_t>(x)));
    return false;
  }
  return true;
}

void Lexer::runeLit() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          errorHere("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(pos, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        errorHere("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        errorAt(pos, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  finishLit(Expr::LitKind::Char, ok);
  nlsemi_ = true;
}

void Lexer::stdString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      errorHere("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      errorAt(pos, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  finishLit(Expr::LitKind::String, ok);
  nlsemi_ = true;
}

void Lexer::rawString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      errorAt(pos, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  finishLit(Expr::LitKind::String, ok);
  nlsemi_ = true;
}

void Lexer::skipLineComment() {
  while (ch_ >= 0 && ch_ != '\n') nextch();
}

bool Lexer::skipBlockComment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    if (ch_ < 0) break;
    nextch();
  }
  errorAt(pos, "comment not terminated");
  return false;
}

// ---------------------------------------------------------------------------------------------
// Literal decoding

namespace {
int hexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (lower(c) >= 'a' && lower(c) <= 'f') return lower(c) - 'a' + 10;
  return -1;
}

// Decodes one character or escape of an interpreted literal at s[*i]. Bytes from \x and octal
// escapes are appended raw (isByte); everything else is a rune.
bool decodeOne(std::string_view s, std::size_t* i, char quote, std::int32_t* r, bool* isByte) {
  *isByte = false;
  if (*i >= s.size()) return false;
  char c = s[*i];
  if (c != '\\') {
    int w = 1;
    bool valid = true;
    *r = decodeRune(s, *i, &w, &valid);
    *i += static_cast<std::size_t>(w);
    return true;
  }
  (*i)++;
  if (*i >= s.size()) return false;
  c = s[(*i)++];
  switch (c) {
    case 'a':
      *r = '\a';
      return true;
    case 'b':
      *r = '\b';
      return true;
    case 'f':
      *r = '\f';
      return true;
    case 'n':
      *r = '\n';
      return true;
    case 'r':
      *r = '\r';
      return true;
    case 't':
      *r = '\t';
      return true;
    case 'v':
      *r = '\v';
      return true;
    case '\\':
      *r = '\\';
      return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      int v = c - '0';
      for (int k = 0; k < 2; k++) {
        if (*i >= s.size() || s[*i] < '0' || s[*i] > '7') return false;
        v = v * 8 + (s[(*i)++] - '0');
      }
      if (v > 255) return false;
      *r = v;
      *isByte = true;
      return true;
    }
    case 'x':
    case 'u':
    case 'U': {
      int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      std::uint32_t v = 0;
      for (int k = 0; k < n; k++) {
        if (*i >= s.size()) return false;
        int h = hexVal(s[(*i)++]);
        if (h < 0) return false;
        v = v * 16 + static_cast<std::uint32_t>(h);
      }
      if (c != 'x' && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))) return false;
      *r = static_cast<std::int32_t>(v);
      *isByte = c == 'x';
      return true;
    }
    default:
      if (c == quote) {
        *r = c;
        return true;
      }
      return false;
  }
}
}  // namespace

bool unquoteString(std::string_view lit, std::string* out) {
  out->clear();
  if (lit.size() < 2) return false;
  char q = lit.front();
  if (lit.back() != q) return false;
  std::string_view body = lit.substr(1, lit.size() - 2);
  if (q == '`') {
    // Carriage returns are discarded from raw string values.
    for (char c : body) {
      if (c != '\r') out->push_back(c);
    }
    return true;
  }
  if (q != '"') return false;
  std::size_t i = 0;
  while (i < body.size()) {
    if (body[i] != '\\') {
      // Copy source bytes unchanged (invalid UTF-8 included, as Go does).
      out->push_back(body[i++]);
      continue;
    }
    std::int32_t r = 0;
    bool isByte = false;
    if (!decodeOne(body, &i, '"', &r, &isByte)) return false;
    if (isByte) {
      out->push_back(static_cast<char>(r));
    } else {
      appendUtf8(out, r);
    }
  }
  return true;
}

bool unquoteRune(std::string_view lit, std::int32_t* out) {
  if (lit.size() < 3 || lit.front() != '\'' || lit.back() != '\'') return false;
  std::string_view body = lit.substr(1, lit.size() - 2);
  std::size_t i = 0;
  bool isByte = false;
  if (!decodeOne(body, &i, '\'', out, &isByte)) return false;
  return i == body.size();
}

}  // namespace gomi
