// interp/bytecode.cpp — the opcode table's data (names, formats), constant storage, and the
// disassembler behind `gomi run --dump-bytecode`.
#include "interp/bytecode.h"

#include <cinttypes>
#include <cstdio>

namespace gomi {

namespace {
constexpr bool fmtHasExt(Fmt f) {
  return f == Fmt::AX || f == Fmt::ABX || f == Fmt::ABCX;
}
}  // namespace

const OpInfo kOpInfo[] = {
#define GOMI_OP_INFO(name, fmt, doc) {#name, Fmt::fmt, fmtHasExt(Fmt::fmt)},
    GOMI_OPCODES(GOMI_OP_INFO)
#undef GOMI_OP_INFO
};
static_assert(sizeof(kOpInfo) / sizeof(kOpInfo[0]) == static_cast<std::size_t>(Opcode::NumOps));

const Slot* CompiledProgram::stringConst(std::string_view s) {
  auto it = strings_.find(std::string(s));
  if (it != strings_.end()) return it->second;
  // The bytes and the {ptr,len} pair live in one shared block so both stay put.
  struct Block {
    std::string bytes;
    Slot slots[2];
  };
  auto b = std::make_shared<Block>();
  b->bytes.assign(s);
  b->slots[0] = s.empty() ? 0 : reinterpret_cast<Slot>(b->bytes.data());
  b->slots[1] = static_cast<Slot>(s.size());
  const Slot* r = b->slots;
  keep_.push_back(b);
  strings_.emplace(std::string(s), r);
  return r;
}

const Slot* CompiledProgram::slotsConst(std::vector<Slot> v) {
  auto p = std::make_shared<std::vector<Slot>>(std::move(v));
  const Slot* r = p->data();
  keep_.push_back(std::move(p));
  return r;
}

namespace {

std::string slot(std::uint16_t s) {
  if (s == kNoSlot) return "_";
  char buf[16];
  std::snprintf(buf, sizeof buf, "r%u", static_cast<unsigned>(s));
  return buf;
}

void appendf(std::string& out, const char* fmt, auto... args) {
  char buf[256];
  std::snprintf(buf, sizeof buf, fmt, args...);
  out += buf;
}

std::string extText(Opcode op, std::uint64_t x) {
  char buf[64];
  switch (op) {
    case Opcode::CALL:
    case Opcode::CALLN:
    case Opcode::DEFER:
    case Opcode::CLOSURE:
    case Opcode::GO: {
      auto* fn = reinterpret_cast<const FuncProto*>(x);
      return fn ? fn->name : "<null proto>";
    }
    case Opcode::NEW:
    case Opcode::MAKESLICE:
    case Opcode::APPEND:
    case Opcode::APPENDSL:
    case Opcode::MAKEMAP:
    case Opcode::MAPGET:
    case Opcode::MAPGET2:
    case Opcode::MAPSET:
    case Opcode::MAPDEL:
    case Opcode::MAPITER:
    case Opcode::IFACE_DIRECT:
    case Opcode::IFACE_BOX:
    case Opcode::TYPEIS:
    case Opcode::EQ_VAL:
    case Opcode::NE_VAL:
    case Opcode::MAKECHAN:
    case Opcode::SEND:
    case Opcode::RECV: {
      auto* t = reinterpret_cast<const Type*>(x);
      return t ? t->str() : "nil";
    }
    case Opcode::ASSERT:
    case Opcode::ASSERTI: {
      auto* s = reinterpret_cast<const AssertSite*>(x);
      return s && s->target ? s->target->str() : "?";
    }
    case Opcode::CALLI: {
      auto* s = reinterpret_cast<const IfaceCallSite*>(x);
      if (s && s->iface && s->methodIndex >= 0 &&
          static_cast<std::size_t>(s->methodIndex) < s->iface->u()->imethods.size())
        return s->iface->str() + "." + s->iface->u()->imethods[s->methodIndex].name;
      return "?";
    }
    case Opcode::MAPNEXT:
      std::snprintf(buf, sizeof buf, "->%+" PRId64, static_cast<std::int64_t>(x));
      return buf;
    default:
      std::snprintf(buf, sizeof buf, "0x%" PRIx64, x);
      return buf;
  }
}

}  // namespace

std::string disassemble(const FuncProto& fn) {
  std::string out;
  appendf(out, "func %s  params=%d results=%d frame=%d captures=%d", fn.name.c_str(), fn.paramSlots,
          fn.resultSlots, fn.frameSize, fn.numCaptures);
  if (fn.native) out += " native";
  if (fn.nativeMissing) out += " (native missing)";
  out += "\n  pointers:";
  for (std::int32_t i = 0; i < fn.frameSize; i++)
    if (fn.isPointer(i)) out += " " + slot(static_cast<std::uint16_t>(i));
  out += "\n";
  for (std::size_t pc = 0; pc < fn.code.size(); pc++) {
    const Instr& in = fn.code[pc];
    if (in.op >= static_cast<std::uint16_t>(Opcode::NumOps)) {
      appendf(out, "  %5zu  <bad opcode %u>\n", pc, in.op);
      continue;
    }
    auto op = static_cast<Opcode>(in.op);
    const OpInfo& info = kOpInfo[in.op];
    int line = pc < fn.lines.size() ? fn.lines[pc] : 0;
    appendf(out, "  %5zu  L%-4d %-12s", pc, line, info.name);
    switch (info.fmt) {
      case Fmt::N:
        break;
      case Fmt::A:
        out += " " + slot(in.a);
        break;
      case Fmt::AB:
        out += " " + slot(in.a) + ", " + slot(in.b);
        break;
      case Fmt::ABC:
        out += " " + slot(in.a) + ", " + slot(in.b) + ", " + slot(in.c);
        break;
      case Fmt::AX:
        out += " " + slot(in.a);
        break;
      case Fmt::ABX:
        out += " " + slot(in.a) + ", " + slot(in.b);
        break;
      case Fmt::ABCX:
        out += " " + slot(in.a) + ", " + slot(in.b) + ", " + slot(in.c);
        break;
      case Fmt::AI:
        out += " " + slot(in.a) + ", " + std::to_string(in.imm32());
        break;
      case Fmt::J:
        if (op != Opcode::JMP) out += " " + slot(in.a) + ",";
        appendf(out, " ->%zd", static_cast<std::ptrdiff_t>(pc) + in.imm32());
        break;
      case Fmt::ABj:
        if (op >= Opcode::JEQI_I && op <= Opcode::JGEI_I)
          out += " " + slot(in.a) + ", " + std::to_string(in.simmB());
        else
          out += " " + slot(in.a) + ", " + slot(in.b);
        appendf(out, ", ->%zd", static_cast<std::ptrdiff_t>(pc) + in.simmC());
        break;
      case Fmt::ABiC:
        out += " " + slot(in.a) + ", " + slot(in.c) + ", " + std::to_string(in.simmB());
        break;
    }
    if (info.hasExt) {
      if (pc + 1 < fn.code.size()) {
        std::uint64_t x = extWord(&fn.code[pc]);
        if (op == Opcode::MAPNEXT)
          appendf(out, "  ->%zd", static_cast<std::ptrdiff_t>(pc) + static_cast<std::int64_t>(x));
        else
          out += "  ; " + extText(op, x);
      }
      pc++;
    }
    out += "\n";
  }
  return out;
}

std::string disassemble(const CompiledProgram& prog) {
  std::string out;
  appendf(out, "; globals: %" PRId64 " slots\n", prog.globalSlots);
  for (const auto& p : prog.protos) {
    if (p->native || p->nativeMissing) continue;
    out += disassemble(*p);
    out += "\n";
  }
  return out;
}

}  // namespace gomi
