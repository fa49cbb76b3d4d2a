"""An interpreter for the PTX that nvcc makes of the gpu-cuda kernels.

The device code of kernels/pow_search.cu cannot run on a machine without a
GPU, but its PTX can: this module runs a kernel's PTX one thread at a time, with
the exact integer semantics of the PTX ISA, so the device-only arithmetic (the
inline PTX with its carry chains) is checked bit for bit on the build machine
(tests/cuda/ptx_kernel_check.py).

It covers the integer subset nvcc emits for these kernels: registers and
nested register scopes (inline asm pastes `{ .reg ...; ... }` blocks), the
param / const / global / local state spaces, predicates and branches, integer
arithmetic on 16, 32 and 64 bits including the condition-code instructions
(add.cc, addc, sub.cc, subc, mad{c}.lo/hi{.cc}), atomics, vector moves and
loads. Anything else (floating point, barriers, shared memory, calls) is
refused with the instruction and its line, never skipped.

Speed: each function is translated once into one Python function whose
registers are Python locals and whose basic blocks are straight-line Python
code, dispatched by a binary tree on the block number. A register read before
any write raises an error (an inline asm output read as an input is a real
bug), and a carry-in inside an inline asm block that no earlier instruction of
the same block produced is refused at translation: nothing guarantees the
condition code between two asm statements.
"""

import re
import sys

__all__ = ["PtxError", "PtxModule", "Memory", "self_test"]


class PtxError(Exception):
    """Bad or unsupported PTX, or a fault while running it."""


# Where each state space lives in the one 64-bit address space the
# interpreter uses: high, distinct windows, so a pointer cut to 32 bits or
# used in the wrong space faults instead of reading something plausible.
PARAM_BASE = 0x7D00_0000_0000
CONST_BASE = 0x7E00_0000_0000
GLOBAL_BASE = 0x7F12_3450_0000
LOCAL_BASE = 0x00FF_FC00_0000
# Fresh local memory reads as this byte, not as zero: code that relies on
# uninitialised stack gives visibly wrong results.
LOCAL_FILL = 0xA5

TYPE_BITS = {
    "pred": 1,
    "b8": 8, "u8": 8, "s8": 8,
    "b16": 16, "u16": 16, "s16": 16, "f16": 16,
    "b32": 32, "u32": 32, "s32": 32, "f32": 32,
    "b64": 64, "u64": 64, "s64": 64, "f64": 64,
    "b128": 128,
}
INT_TYPES = {t for t in TYPE_BITS if t[0] in "bus" and t != "b128"}
SPACES = ("param", "const", "global", "local", "shared")
SPECIAL_REGS = {
    "%tid.x": "tid_x", "%tid.y": "tid_y", "%tid.z": "tid_z",
    "%ntid.x": "ntid_x", "%ntid.y": "ntid_y", "%ntid.z": "ntid_z",
    "%ctaid.x": "ctaid_x", "%ctaid.y": "ctaid_y", "%ctaid.z": "ctaid_z",
    "%nctaid.x": "nctaid_x", "%nctaid.y": "nctaid_y", "%nctaid.z": "nctaid_z",
}
SPECIAL_ARGS = list(SPECIAL_REGS.values())
# Instructions that read CC.CF; the .cc forms write it.
CARRY_IN = ("addc", "subc", "madc")


def _mask(n):
    return (1 << n) - 1


def _signed(v, n):
    v &= _mask(n)
    return v - (1 << n) if v >> (n - 1) else v


# ---------------------------------------------------------------------------
# Memory


class Region:
    def __init__(self, name, base, size=0):
        self.name = name
        self.base = base
        self.buf = bytearray(size)

    def contains(self, addr, n):
        o = addr - self.base
        return 0 <= o and o + n <= len(self.buf)


class Memory:
    """The const, global, param and local state spaces, little-endian bytes."""

    def __init__(self):
        self.const = Region("const", CONST_BASE)
        self.glob = Region("global", GLOBAL_BASE)
        self.param = Region("param", PARAM_BASE)
        self.local = Region("local", LOCAL_BASE)
        self.regions = {"const": self.const, "global": self.glob, "param": self.param, "local": self.local}

    def alloc(self, size, data=None, align=256):
        """Global memory for a kernel argument; returns its address."""
        buf = self.glob.buf
        start = (len(buf) + align - 1) // align * align
        buf.extend(bytes(start - len(buf) + max(size, 1)))
        if data is not None:
            if len(data) > size:
                raise PtxError("alloc: %d bytes of data for %d bytes" % (len(data), size))
            buf[start:start + len(data)] = data
        return GLOBAL_BASE + start

    def region_of(self, addr, n):
        for r in self.regions.values():
            if r.contains(addr, n):
                return r
        raise PtxError("address 0x%x (%d bytes) lies in no state space" % (addr, n))

    def write(self, addr, data):
        r = self.region_of(addr, len(data))
        o = addr - r.base
        r.buf[o:o + len(data)] = data

    def read(self, addr, n):
        r = self.region_of(addr, n)
        o = addr - r.base
        return bytes(r.buf[o:o + n])

    def read_u64s(self, addr, count):
        data = self.read(addr, 8 * count)
        return [int.from_bytes(data[8 * i:8 * i + 8], "little") for i in range(count)]

    # Accessors the translated code calls; `line` names the PTX line in errors.
    def _fault(self, what, space, addr, n, line):
        raise PtxError("line %d: %s of %d bytes at 0x%x outside %s memory or misaligned"
                       % (line, what, n, addr, space))

    def loader(self, space):
        if space is None:
            def ld_generic(a, n, line):
                if a % n:
                    self._fault("load", "generic", a, n, line)
                for r in self.regions.values():
                    o = a - r.base
                    if 0 <= o and o + n <= len(r.buf):
                        return int.from_bytes(r.buf[o:o + n], "little")
                self._fault("load", "generic", a, n, line)
            return ld_generic
        region = self.regions[space]
        base = region.base
        buf = region.buf

        def ld(a, n, line):
            o = a - base
            if o < 0 or o + n > len(buf) or a % n:
                self._fault("load", space, a, n, line)
            return int.from_bytes(buf[o:o + n], "little")
        return ld

    def storer(self, space):
        if space is None:
            def st_generic(a, n, v, line):
                if a % n:
                    self._fault("store", "generic", a, n, line)
                for r in (self.glob, self.local):
                    o = a - r.base
                    if 0 <= o and o + n <= len(r.buf):
                        r.buf[o:o + n] = v.to_bytes(n, "little")
                        return
                self._fault("store", "generic", a, n, line)
            return st_generic
        if space not in ("global", "local"):
            raise PtxError("stores to %s memory are not supported" % space)
        region = self.regions[space]
        base = region.base
        buf = region.buf

        def st(a, n, v, line):
            o = a - base
            if o < 0 or o + n > len(buf) or a % n:
                self._fault("store", space, a, n, line)
            buf[o:o + n] = v.to_bytes(n, "little")
        return st

    def atomic(self, space):
        ld = self.loader(space)
        st = self.storer(space)

        def atom(op, n, signed, a, b, c, line):
            old = ld(a, n, line)
            bits = 8 * n
            m = _mask(bits)
            if op == "add":
                new = (old + b) & m
            elif op in ("min", "max"):
                x, y = (_signed(old, bits), _signed(b, bits)) if signed else (old, b)
                new = old if (x <= y) == (op == "min") else b
            elif op == "and":
                new = old & b
            elif op == "or":
                new = old | b
            elif op == "xor":
                new = old ^ b
            elif op == "exch":
                new = b
            elif op == "cas":
                new = c if old == b else old
            elif op == "inc":
                new = 0 if old >= b else old + 1
            elif op == "dec":
                new = b if (old == 0 or old > b) else old - 1
            else:
                raise PtxError("line %d: atomic operation .%s is not supported" % (line, op))
            st(a, n, new, line)
            return old
        return atom


# ---------------------------------------------------------------------------
# Helpers for the less common instructions (called by the translated code)


def _bfe(a, pos, length, n, signed):
    pos &= 0xFF
    length &= 0xFF
    msb = n - 1
    sbit = 0
    if signed and length:
        sbit = (a >> min(pos + length - 1, msb)) & 1
    d = 0
    for i in range(n):
        if i < length and pos + i <= msb:
            bit = (a >> (pos + i)) & 1
        else:
            bit = sbit
        d |= bit << i
    return d


def _bfi(a, b, pos, length, n):
    pos &= 0xFF
    length &= 0xFF
    d = b
    for i in range(length):
        if pos + i > n - 1:
            break
        bit = (a >> i) & 1
        d = (d & ~(1 << (pos + i))) | (bit << (pos + i))
    return d & _mask(n)


def _prmt(a, b, c, mode):
    if mode is not None:
        raise PtxError("prmt.%s is not supported" % mode)
    tmp = ((b & 0xFFFFFFFF) << 32) | (a & 0xFFFFFFFF)
    d = 0
    for i in range(4):
        sel = (c >> (4 * i)) & 0xF
        byte = (tmp >> (8 * (sel & 7))) & 0xFF
        if sel & 8:
            byte = 0xFF if byte & 0x80 else 0
        d |= byte << (8 * i)
    return d


def _brev(a, n):
    return int(format(a, "0%db" % n)[::-1], 2)


def _bfind(a, n, signed, shiftamt):
    if signed and _signed(a, n) < 0:
        a = ~a & _mask(n)
    if a == 0:
        return 0xFFFFFFFF
    pos = a.bit_length() - 1
    return (n - 1 - pos) if shiftamt else pos


def _lop3(a, b, c, lut, n):
    m = _mask(n)
    d = 0
    for i in range(8):
        if (lut >> i) & 1:
            d |= (a if i & 4 else ~a) & (b if i & 2 else ~b) & (c if i & 1 else ~c)
    return d & m


def _divide(a, b, n, signed, rem, line):
    if b == 0:
        raise PtxError("line %d: integer division by zero" % line)
    if signed:
        x, y = _signed(a, n), _signed(b, n)
        q = abs(x) // abs(y)
        if (x < 0) != (y < 0):
            q = -q
        return ((x - q * y) if rem else q) & _mask(n)
    return (a % b) if rem else (a // b)


def _trap(line):
    raise PtxError("line %d: trap executed" % line)


HELPERS = {"_bfe": _bfe, "_bfi": _bfi, "_prmt": _prmt, "_brev": _brev, "_bfind": _bfind, "_lop3": _lop3,
           "_divide": _divide, "_trap": _trap}


# ---------------------------------------------------------------------------
# Lexing: statements, labels, scope braces and the inline-asm markers

_TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|"[^"\n]*"|[;{}:\n]|[^;{}:\n/"]+|/', re.S)
_IDENT = re.compile(r"[A-Za-z_$%][\w$]*")
_LINE_DIRECTIVES = (".version", ".target", ".address_size", ".file", ".loc")


def _lex(text):
    """Yields (kind, payload, line): stmt, label, open, close, header, asm."""
    events = []
    buf = []
    buf_line = None
    line = 1
    vdepth = 0

    def content():
        return "".join(buf).strip()

    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        c = tok[0]
        if tok == "\n":
            s = content()
            if vdepth == 0 and s.split(None, 1)[0:1] and s.split(None, 1)[0] in _LINE_DIRECTIVES:
                # .version, .target, ...: ended by the line, not by ';'.
                events.append(("stmt", s, buf_line))
                buf = []
                buf_line = None
            elif buf:
                buf.append(" ")
            line += 1
            continue
        if tok.startswith("//"):
            note = tok[2:].strip()
            if note in ("begin inline asm", "end inline asm"):
                if content():
                    raise PtxError("line %d: statement not ended before '%s'" % (line, note))
                events.append(("asm", note.split()[0], line))
            continue
        if tok.startswith("/*"):
            line += tok.count("\n")
            continue
        if c == ";" and vdepth == 0:
            s = content()
            if s:
                events.append(("stmt", s, buf_line))
            buf = []
            buf_line = None
            continue
        if c == "{":
            s = content()
            if vdepth == 0 and not s:
                events.append(("open", None, line))
                buf = []
                buf_line = None
                continue
            if vdepth == 0 and re.search(r"\.(entry|func)\b", s):
                events.append(("header", s, buf_line))
                events.append(("open", None, line))
                buf = []
                buf_line = None
                continue
            vdepth += 1
        elif c == "}":
            if vdepth > 0:
                vdepth -= 1
            else:
                s = content()
                if s:
                    raise PtxError("line %d: '%s' is not ended by ';'" % (line, s))
                events.append(("close", None, line))
                buf = []
                buf_line = None
                continue
        elif c == ":" and vdepth == 0:
            s = content()
            if _IDENT.fullmatch(s):
                events.append(("label", s, buf_line))
                buf = []
                buf_line = None
                continue
        if buf_line is None and not tok.isspace():
            buf_line = line
        buf.append(tok)
        line += tok.count("\n")
    if content():
        raise PtxError("line %d: unterminated statement '%s'" % (line, content()))
    return events


def _split_top(s, sep=","):
    """Splits at `sep` outside brackets and braces."""
    out = []
    depth = 0
    cur = []
    for ch in s:
        if ch in "[{(":
            depth += 1
        elif ch in "]})":
            depth -= 1
        if ch == sep and depth == 0:
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    last = "".join(cur).strip()
    if last or out:
        out.append(last)
    return out


_INT = re.compile(r"(-?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)U?")
_FLT = re.compile(r"0([fFdD])([0-9a-fA-F]+)")


def _parse_int(s):
    m = _INT.fullmatch(s)
    if m:
        body = m.group(2)
        if body[:2] in ("0x", "0X"):
            v = int(body[2:], 16)
        elif body[:2] in ("0b", "0B"):
            v = int(body[2:], 2)
        elif len(body) > 1 and body[0] == "0":
            v = int(body[1:], 8)
        else:
            v = int(body)
        return -v if m.group(1) else v
    m = _FLT.fullmatch(s)
    if m:
        return int(m.group(2), 16)
    return None


# ---------------------------------------------------------------------------
# Module: global variables and functions


class Function:
    def __init__(self, name, kind, params, events, header_line):
        self.name = name
        self.kind = kind          # "entry" or "func"
        self.params = params      # [(name, size, align)]
        self.events = events
        self.line = header_line


_DECL = re.compile(
    r"(?:\.(?:visible|extern|weak)\s+)*\.(const|global|shared)\s+(?:\.align\s+(\d+)\s+)?"
    r"\.(\w+)\s+([\w$.]+)((?:\s*\[\d*\])*)\s*(?:=\s*(.*))?", re.S)


class PtxModule:
    """A parsed PTX file; kernels are translated on first use."""

    def __init__(self, text, memory=None):
        self.memory = memory or Memory()
        self.symbols = {}         # module variable -> address
        self.functions = {}
        self._kernels = {}
        self._parse(text)

    @classmethod
    def from_file(cls, path, memory=None):
        with open(path, encoding="utf-8") as f:
            return cls(f.read(), memory)

    def entries(self):
        return [f.name for f in self.functions.values() if f.kind == "entry"]

    def _parse(self, text):
        events = _lex(text)
        i = 0
        while i < len(events):
            kind, payload, line = events[i]
            if kind == "stmt":
                self._module_statement(payload, line)
                i += 1
            elif kind == "header":
                if i + 1 >= len(events) or events[i + 1][0] != "open":
                    raise PtxError("line %d: function header without a body" % line)
                depth = 0
                j = i + 1
                while j < len(events):
                    if events[j][0] == "open":
                        depth += 1
                    elif events[j][0] == "close":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                if j >= len(events):
                    raise PtxError("line %d: function body not closed" % line)
                fn = self._function_header(payload, line, events[i + 2:j])
                self.functions[fn.name] = fn
                i = j + 1
            elif kind == "asm":
                i += 1
            else:
                raise PtxError("line %d: unexpected %s at module level" % (line, kind))

    def _module_statement(self, s, line):
        head = s.split()[0]
        if head in (".version", ".target", ".address_size", ".file", ".section"):
            return
        if re.match(r"(\.(visible|weak)\s+)*\.extern\b|\.extern\b", s) and ".func" in s:
            return
        m = _DECL.fullmatch(s)
        if not m:
            raise PtxError("line %d: unsupported module statement '%s'" % (line, s[:80]))
        space, align, typ, name, dims, init = m.groups()
        if space == "shared":
            raise PtxError("line %d: shared memory ('%s') is not supported" % (line, name))
        if typ not in TYPE_BITS or typ == "pred":
            raise PtxError("line %d: variable type .%s is not supported" % (line, typ))
        esize = max(TYPE_BITS[typ] // 8, 1)
        count = 1
        values = None
        if init is not None:
            flat = init.replace("{", " ").replace("}", " ")
            values = []
            for v in flat.split(","):
                v = v.strip()
                if not v:
                    continue
                iv = _parse_int(v)
                if iv is None:
                    raise PtxError("line %d: initializer '%s' of %s is not an integer" % (line, v, name))
                values.append(iv & _mask(8 * esize))
        if dims:
            for d in re.findall(r"\[(\d*)\]", dims):
                if d == "":
                    if values is None:
                        raise PtxError("line %d: %s has an open size and no initializer" % (line, name))
                    count *= len(values)
                else:
                    count *= int(d)
        size = esize * count
        data = bytearray(size)
        if values:
            if len(values) > count:
                raise PtxError("line %d: %s has more initializers than elements" % (line, name))
            for k, v in enumerate(values):
                data[k * esize:(k + 1) * esize] = v.to_bytes(esize, "little")
        a = int(align) if align else esize
        region = self.memory.const if space == "const" else self.memory.glob
        start = (len(region.buf) + a - 1) // a * a
        region.buf.extend(bytes(start - len(region.buf)))
        region.buf.extend(data)
        self.symbols[name] = region.base + start

    def _function_header(self, s, line, body):
        m = re.match(r"(?:\.(?:visible|weak|extern)\s+)*\.(entry|func)\s*(\(.*?\)\s*)?([\w$]+)\s*\((.*?)\)", s, re.S)
        if not m:
            m2 = re.match(r"(?:\.(?:visible|weak|extern)\s+)*\.(entry|func)\s*(\(.*?\)\s*)?([\w$]+)", s, re.S)
            if not m2:
                raise PtxError("line %d: cannot read function header '%s'" % (line, s[:80]))
            kind, _, name = m2.groups()
            plist = ""
        else:
            kind, _, name, plist = m.groups()
        params = []
        for p in _split_top(plist):
            if not p:
                continue
            toks = p.split()
            if toks[0] != ".param":
                raise PtxError("line %d: parameter '%s' is not a .param" % (line, p))
            align = None
            typ = None
            for k, t in enumerate(toks):
                if t == ".align":
                    align = int(toks[k + 1])
                elif t.startswith(".") and t[1:] in TYPE_BITS:
                    typ = t[1:]
            pm = re.fullmatch(r"([\w$]+)(?:\[(\d+)\])?", toks[-1])
            if not pm or typ is None:
                raise PtxError("line %d: cannot read parameter '%s'" % (line, p))
            esize = max(TYPE_BITS[typ] // 8, 1)
            size = esize * (int(pm.group(2)) if pm.group(2) else 1)
            params.append((pm.group(1), size, align or esize))
        return Function(name, kind, params, body, line)

    def kernel(self, name):
        if name not in self._kernels:
            fn = self.functions.get(name)
            if fn is None or fn.kind != "entry":
                raise PtxError("no kernel named %s" % name)
            self._kernels[name] = Kernel(self, fn)
        return self._kernels[name]


# ---------------------------------------------------------------------------
# Translation of one kernel into Python


class Ins:
    __slots__ = ("line", "text", "guard", "op", "mods", "ops", "in_asm")

    def __init__(self, line, text, guard, op, mods, ops, in_asm):
        self.line = line
        self.text = text
        self.guard = guard
        self.op = op
        self.mods = mods
        self.ops = ops
        self.in_asm = in_asm


class _Scope:
    def __init__(self, sid):
        self.sid = sid
        self.names = {}       # ptx name -> (py, bits)
        self.ranges = []      # (prefix, count, bits) of "%r<100>" declarations


def _py_name(sid, name):
    clean = name.replace("%", "").replace("$", "S_").replace(".", "_")
    return "v%d_%s" % (sid, clean)


class Kernel:
    """A translated kernel: run(params, grid, block, threads)."""

    def __init__(self, module, fn):
        self.module = module
        self.fn = fn
        self.name = fn.name
        self.memory = module.memory
        self._py_to_ptx = {}
        self.param_symbols = {}
        off = 0
        for pname, size, align in fn.params:
            off = (off + align - 1) // align * align
            self.param_symbols[pname] = PARAM_BASE + off
            off += size
        self.param_size = off
        self.local_symbols = {}
        self.local_size = 0
        self.source = None
        self.carry_instructions = 0   # condition-code instructions executed by run()
        self._run = self._translate()

    # -- parsing the body ---------------------------------------------------

    def _err(self, line, text, msg):
        return PtxError("line %d: %s\n    %s" % (line, msg, text))

    def _collect(self):
        scopes = [_Scope(0)]
        next_sid = [1]
        items = []            # ("label", name, line) or Ins
        in_asm = False
        for kind, payload, line in self.fn.events:
            if kind == "open":
                scopes.append(_Scope(next_sid[0]))
                next_sid[0] += 1
            elif kind == "close":
                if len(scopes) == 1:
                    raise PtxError("line %d: unbalanced '}'" % line)
                scopes.pop()
            elif kind == "asm":
                in_asm = payload == "begin"
                items.append(("asm", payload, line))
            elif kind == "label":
                items.append(("label", payload, line))
            elif kind == "header":
                raise PtxError("line %d: nested function" % line)
            else:
                self._statement(payload, line, scopes, items, in_asm)
        return items

    def _statement(self, s, line, scopes, items, in_asm):
        if s.startswith("."):
            head = s.split()[0]
            if head == ".reg":
                self._declare(s, line, scopes[-1])
            elif head == ".local":
                m = re.fullmatch(r"\.local\s+(?:\.align\s+(\d+)\s+)?\.(\w+)\s+([\w$]+)(?:\[(\d+)\])?", s)
                if not m or m.group(2) not in TYPE_BITS:
                    raise self._err(line, s, "cannot read local declaration")
                align = int(m.group(1) or 1)
                size = max(TYPE_BITS[m.group(2)] // 8, 1) * int(m.group(4) or 1)
                off = (self.local_size + align - 1) // align * align
                self.local_symbols[m.group(3)] = LOCAL_BASE + off
                self.local_size = off + size
            elif head in (".pragma", ".loc", ".file", ".maxntid", ".reqntid", ".minnctapersm", ".maxnreg",
                          ".noreturn"):
                pass
            elif head == ".shared":
                raise self._err(line, s, "shared memory is not supported")
            else:
                raise self._err(line, s, "unsupported directive %s" % head)
            return
        guard = None
        m = re.match(r"@(!?)(%?[\w$]+)\s+(.*)", s, re.S)
        body = s
        if m:
            reg = self._lookup(m.group(2), scopes, line, s)
            if reg[2] != 1:
                raise self._err(line, s, "guard %s is not a predicate" % m.group(2))
            guard = (reg[1], m.group(1) == "!")
            body = m.group(3)
        parts = body.split(None, 1)
        opcode = parts[0]
        operand_text = parts[1] if len(parts) > 1 else ""
        pieces = opcode.split(".")
        op, mods = pieces[0], [p for p in pieces[1:] if p]
        if op in ("bra", "call", "brx"):
            ops = [("l", t.strip()) for t in _split_top(operand_text)] if op == "bra" else []
        else:
            ops = [self._operand(t, scopes, line, s) for t in _split_top(operand_text)]
        items.append(Ins(line, s, guard, op, mods, ops, in_asm))

    def _declare(self, s, line, scope):
        m = re.fullmatch(r"\.reg\s+(?:\.v\d\s+)?\.(\w+)\s+(.*)", s, re.S)
        if not m or m.group(1) not in TYPE_BITS:
            raise self._err(line, s, "cannot read register declaration")
        bits = TYPE_BITS[m.group(1)]
        for name in _split_top(m.group(2)):
            rm = re.fullmatch(r"(%?[\w$]+)<(\d+)>", name)
            if rm:
                scope.ranges.append((rm.group(1), int(rm.group(2)), bits))
            elif _IDENT.fullmatch(name):
                py = self._claim(_py_name(scope.sid, name), name, line, s)
                scope.names[name] = (py, bits)
            else:
                raise self._err(line, s, "cannot read register name '%s'" % name)

    def _claim(self, py, name, line, s):
        prev = self._py_to_ptx.get(py)
        if prev is not None and prev != name:
            raise self._err(line, s, "registers %s and %s map to one name" % (prev, name))
        self._py_to_ptx[py] = name
        return py

    def _lookup(self, name, scopes, line, s):
        for scope in reversed(scopes):
            hit = scope.names.get(name)
            if hit:
                return ("r", hit[0], hit[1], name)
            for prefix, count, bits in scope.ranges:
                if name.startswith(prefix):
                    rest = name[len(prefix):]
                    if rest.isdigit() and int(rest) < count:
                        py = self._claim(_py_name(scope.sid, name), name, line, s)
                        return ("r", py, bits, name)
        raise self._err(line, s, "undeclared register %s" % name)

    def _symbol(self, name):
        for table in (self.param_symbols, self.local_symbols, self.module.symbols):
            if name in table:
                return table[name]
        return None

    def _operand(self, t, scopes, line, s):
        t = t.strip()
        if not t:
            raise self._err(line, s, "empty operand")
        if t == "_":
            return ("_",)
        if t[0] == "!":
            inner = self._operand(t[1:], scopes, line, s)
            if inner[0] != "r" or inner[2] != 1:
                raise self._err(line, s, "'%s': only predicates can be negated" % t)
            return ("n", inner)
        if t[0] == "[":
            if t[-1] != "]":
                raise self._err(line, s, "bad address '%s'" % t)
            inner = t[1:-1].replace(" ", "")
            m = re.fullmatch(r"(%?[A-Za-z_$][\w$.]*)?(?:\+?(-?(?:0[xX][0-9a-fA-F]+|\d+)))?", inner)
            if not m or (m.group(1) is None and m.group(2) is None):
                raise self._err(line, s, "bad address '%s'" % t)
            off = _parse_int(m.group(2)) if m.group(2) else 0
            base = None
            if m.group(1):
                sym = self._symbol(m.group(1))
                if sym is not None:
                    return ("m", None, sym + off)
                base = self._lookup(m.group(1), scopes, line, s)
            return ("m", base, off)
        if t[0] == "{":
            elems = _split_top(t[1:-1])
            return ("v", [self._operand(e, scopes, line, s) for e in elems])
        if "|" in t:
            a, b = t.split("|")
            return ("pp", self._operand(a, scopes, line, s), self._operand(b, scopes, line, s))
        if t in SPECIAL_REGS:
            return ("s", SPECIAL_REGS[t])
        if t.startswith("%") and "." in t or t in ("%laneid", "%warpid", "%clock", "%clock64", "%smid",
                                                     "%lanemask_lt", "%globaltimer"):
            raise self._err(line, s, "special register %s is not supported" % t)
        v = _parse_int(t)
        if v is not None:
            return ("i", v)
        m = re.fullmatch(r"([A-Za-z_$][\w$]*)\s*(?:\+\s*(\d+))?", t)
        if m and self._symbol(m.group(1)) is not None:
            return ("a", self._symbol(m.group(1)) + int(m.group(2) or 0))
        return self._lookup(t, scopes, line, s)

    # -- code generation ----------------------------------------------------

    def _translate(self):
        items = self._collect()
        # Basic blocks: a label starts one, a branch or return ends one.
        blocks = [[]]
        labels = {}
        for it in items:
            if isinstance(it, tuple):
                if it[0] == "label":
                    if blocks[-1]:
                        blocks.append([])
                    labels[it[1]] = len(blocks) - 1
                continue
            blocks[-1].append(it)
            if it.op in ("bra", "ret", "exit", "trap"):
                blocks.append([])
        # Carry check inside each inline asm block, in program order.
        carry_set = None
        for it in items:
            if isinstance(it, tuple):
                if it[0] == "asm":
                    carry_set = False if it[1] == "begin" else None
                continue
            if it.in_asm and carry_set is not None:
                if it.op in CARRY_IN and not carry_set:
                    raise self._err(it.line, it.text,
                                    "%s reads CC.CF, but no earlier instruction of this inline asm block "
                                    "set it (the condition code does not survive between asm statements)"
                                    % it.op)
                if "cc" in it.mods:
                    carry_set = True
        lines = ["def kernel(%s):" % ", ".join(SPECIAL_ARGS), "    _n = _c = 0", "    _b = 0", "    while True:"]
        self._labels = labels
        nblocks = len(blocks)

        def emit_tree(lo, hi, indent):
            pad = " " * indent
            if hi - lo == 1:
                lines.extend(self._block(blocks[lo], lo, nblocks, indent))
                return
            mid = (lo + hi) // 2
            lines.append(pad + "if _b < %d:" % mid)
            emit_tree(lo, mid, indent + 4)
            lines.append(pad + "else:")
            emit_tree(mid, hi, indent + 4)

        emit_tree(0, nblocks, 8)
        self.source = "\n".join(lines) + "\n"
        env = dict(HELPERS)
        mem = self.memory
        for sp in ("param", "const", "global", "local"):
            env["LD_" + sp] = mem.loader(sp)
        env["LD_generic"] = mem.loader(None)
        for sp in ("global", "local"):
            env["ST_" + sp] = mem.storer(sp)
            env["ATOM_" + sp] = mem.atomic(sp)
        env["ST_generic"] = mem.storer(None)
        env["ATOM_generic"] = mem.atomic(None)
        code = compile(self.source, "<ptx %s>" % self.name, "exec")
        exec(code, env)
        return env["kernel"]

    def _block(self, block, index, nblocks, indent):
        pad = " " * indent
        out = [pad + "_n += %d" % len(block)]
        carries = sum(1 for ins in block if ins.op in CARRY_IN or "cc" in ins.mods)
        if carries:
            out.append(pad + "_c += %d" % carries)
        ended = False
        for ins in block:
            try:
                body, ends = self._gen(ins)
            except PtxError:
                raise
            except Exception as e:  # a malformed operand list
                raise self._err(ins.line, ins.text, "cannot translate: %s" % e)
            if ins.guard:
                cond = ("not " if ins.guard[1] else "") + ins.guard[0]
                out.append(pad + "if %s:" % cond)
                out.extend(pad + "    " + b for b in body)
            else:
                out.extend(pad + b for b in body)
                if ends:
                    ended = True
        if not ended:
            if index + 1 < nblocks:
                out.append(pad + "_b = %d" % (index + 1))
                out.append(pad + "continue")
            else:
                out.append(pad + "return _n, _c")
        return out

    # Operand expressions.
    def _u(self, o, n, ins):
        k = o[0]
        if k == "r":
            if o[2] == 1:
                raise self._err(ins.line, ins.text, "predicate %s used as a value" % o[3])
            return o[1] if o[2] <= n else "(%s & %d)" % (o[1], _mask(n))
        if k == "i":
            return str(o[1] & _mask(n))
        if k == "s":
            return o[1]
        if k == "a":
            return str(o[1] & _mask(n))
        raise self._err(ins.line, ins.text, "operand kind %s where a value is expected" % k)

    def _s(self, o, n, ins):
        if o[0] in ("i", "a"):
            return "(%d)" % _signed(o[1], n)
        half = 1 << (n - 1)
        return "((%s ^ %d) - %d)" % (self._u(o, n, ins), half, half)

    def _p(self, o, ins):
        if o[0] == "n":
            return "(not %s)" % self._p(o[1], ins)
        if o[0] == "r" and o[2] == 1:
            return o[1]
        if o[0] == "i":
            return "True" if o[1] else "False"
        raise self._err(ins.line, ins.text, "predicate expected")

    def _d(self, o, ins):
        if o[0] == "r":
            return o[1]
        if o[0] == "_":
            return "_"
        raise self._err(ins.line, ins.text, "register expected as destination")

    def _addr(self, o, ins):
        if o[0] != "m":
            raise self._err(ins.line, ins.text, "address operand expected")
        if o[1] is None:
            return str(o[2])
        base = self._u(o[1], 64, ins)
        return base if o[2] == 0 else "(%s + %d)" % (base, o[2])

    def _type(self, ins, allow_float=False):
        for m in reversed(ins.mods):
            if m in TYPE_BITS:
                if m not in INT_TYPES and m != "pred" and not allow_float:
                    raise self._err(ins.line, ins.text, "type .%s is not supported (integer code only)" % m)
                return m
        raise self._err(ins.line, ins.text, "instruction without a type")

    def _arity(self, ins, n):
        if len(ins.ops) != n:
            raise self._err(ins.line, ins.text, "%d operands expected" % n)

    def _gen(self, ins):
        handler = getattr(self, "_op_" + ins.op, None)
        if handler is None:
            raise self._err(ins.line, ins.text, "unsupported instruction '%s'" % ins.op)
        return handler(ins)

    def _check_mods(self, ins, allowed):
        for m in ins.mods:
            if m not in allowed and m not in TYPE_BITS:
                raise self._err(ins.line, ins.text, "unsupported modifier .%s of %s" % (m, ins.op))

    # Control flow.
    def _op_bra(self, ins):
        self._check_mods(ins, ("uni",))
        target = ins.ops[0][1]
        if target not in self._labels:
            raise self._err(ins.line, ins.text, "branch to unknown label %s" % target)
        return ["_b = %d; continue" % self._labels[target]], True

    def _op_ret(self, ins):
        self._check_mods(ins, ("uni",))
        return ["return _n, _c"], True

    _op_exit = _op_ret

    def _op_trap(self, ins):
        return ["_trap(%d)" % ins.line], True

    def _op_membar(self, ins):
        return ["pass"], False

    _op_fence = _op_membar

    # Integer arithmetic.
    def _op_add(self, ins):
        return self._addsub(ins, "+")

    def _op_sub(self, ins):
        return self._addsub(ins, "-")

    def _op_addc(self, ins):
        return self._addsub(ins, "+", carry_in=True)

    def _op_subc(self, ins):
        return self._addsub(ins, "-", carry_in=True)

    def _addsub(self, ins, sign, carry_in=False):
        self._check_mods(ins, ("cc",))
        self._arity(ins, 3)
        t = self._type(ins)
        if t == "pred" or t.endswith("8"):
            raise self._err(ins.line, ins.text, "type .%s" % t)
        n = TYPE_BITS[t]
        d = self._d(ins.ops[0], ins)
        a = self._u(ins.ops[1], n, ins)
        b = self._u(ins.ops[2], n, ins)
        expr = "%s %s %s" % (a, sign, b)
        if carry_in:
            expr += " %s CF" % sign   # subc: a - (b + CF)
        if "cc" not in ins.mods:
            return ["%s = (%s) & %d" % (d, expr, _mask(n))], False
        # add: carry-out is bit n of the exact sum; sub: borrow-out is set
        # when the exact difference is negative (CC.CF holds the borrow).
        cf = "_t >> %d" % n if sign == "+" else "-(_t >> %d)" % n
        return ["_t = %s; %s = _t & %d; CF = %s" % (expr, d, _mask(n), cf)], False

    def _op_mul(self, ins):
        self._check_mods(ins, ("lo", "hi", "wide"))
        self._arity(ins, 3)
        t = self._type(ins)
        n = TYPE_BITS[t]
        signed = t[0] == "s"
        d = self._d(ins.ops[0], ins)
        mode = next((m for m in ins.mods if m in ("lo", "hi", "wide")), None)
        if mode is None:
            raise self._err(ins.line, ins.text, "mul without .lo/.hi/.wide")
        if signed and mode != "lo":
            prod = "%s * %s" % (self._s(ins.ops[1], n, ins), self._s(ins.ops[2], n, ins))
        else:
            prod = "%s * %s" % (self._u(ins.ops[1], n, ins), self._u(ins.ops[2], n, ins))
        if mode == "lo":
            return ["%s = (%s) & %d" % (d, prod, _mask(n))], False
        if mode == "hi":
            return ["%s = ((%s) >> %d) & %d" % (d, prod, n, _mask(n))], False
        return ["%s = (%s) & %d" % (d, prod, _mask(2 * n))], False

    def _op_mad(self, ins):
        return self._mad(ins, carry_in=False)

    def _op_madc(self, ins):
        return self._mad(ins, carry_in=True)

    def _mad(self, ins, carry_in):
        self._check_mods(ins, ("lo", "hi", "wide", "cc"))
        self._arity(ins, 4)
        t = self._type(ins)
        n = TYPE_BITS[t]
        signed = t[0] == "s"
        d = self._d(ins.ops[0], ins)
        mode = next((m for m in ins.mods if m in ("lo", "hi", "wide")), None)
        if mode is None or (mode == "wide" and (carry_in or "cc" in ins.mods)):
            raise self._err(ins.line, ins.text, "unsupported form of %s" % ins.op)
        if signed and mode != "lo":
            prod = "%s * %s" % (self._s(ins.ops[1], n, ins), self._s(ins.ops[2], n, ins))
        else:
            prod = "%s * %s" % (self._u(ins.ops[1], n, ins), self._u(ins.ops[2], n, ins))
        if mode == "wide":
            c = self._u(ins.ops[3], 2 * n, ins)
            return ["%s = (%s + %s) & %d" % (d, prod, c, _mask(2 * n))], False
        c = self._u(ins.ops[3], n, ins)
        # The product's half, as an n-bit pattern, plus c (and CF): the
        # carry-out of that addition is what .cc records.
        half = "((%s) & %d)" % (prod, _mask(n)) if mode == "lo" else "(((%s) >> %d) & %d)" % (prod, n, _mask(n))
        expr = "%s + %s" % (half, c)
        if carry_in:
            expr += " + CF"
        if "cc" not in ins.mods:
            return ["%s = (%s) & %d" % (d, expr, _mask(n))], False
        return ["_t = %s; %s = _t & %d; CF = _t >> %d" % (expr, d, _mask(n), n)], False

    def _op_div(self, ins):
        return self._divrem(ins, False)

    def _op_rem(self, ins):
        return self._divrem(ins, True)

    def _divrem(self, ins, rem):
        self._check_mods(ins, ())
        self._arity(ins, 3)
        t = self._type(ins)
        n = TYPE_BITS[t]
        d = self._d(ins.ops[0], ins)
        return ["%s = _divide(%s, %s, %d, %s, %s, %d)" % (d, self._u(ins.ops[1], n, ins), self._u(ins.ops[2], n, ins),
                                                          n, t[0] == "s", rem, ins.line)], False

    def _op_neg(self, ins):
        self._check_mods(ins, ())
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = (-%s) & %d" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], n, ins), _mask(n))], False

    def _op_abs(self, ins):
        self._check_mods(ins, ())
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = abs(%s) & %d" % (self._d(ins.ops[0], ins), self._s(ins.ops[1], n, ins), _mask(n))], False

    def _minmax(self, ins, op):
        self._check_mods(ins, ())
        self._arity(ins, 3)
        t = self._type(ins)
        n = TYPE_BITS[t]
        d = self._d(ins.ops[0], ins)
        a = self._u(ins.ops[1], n, ins)
        b = self._u(ins.ops[2], n, ins)
        if t[0] == "s":
            ka, kb = self._s(ins.ops[1], n, ins), self._s(ins.ops[2], n, ins)
        else:
            ka, kb = a, b
        rel = "<=" if op == "min" else ">="
        return ["%s = %s if %s %s %s else %s" % (d, a, ka, rel, kb, b)], False

    def _op_min(self, ins):
        return self._minmax(ins, "min")

    def _op_max(self, ins):
        return self._minmax(ins, "max")

    # Bitwise.
    def _logic(self, ins, sym):
        self._check_mods(ins, ())
        self._arity(ins, 3)
        t = self._type(ins)
        d = self._d(ins.ops[0], ins)
        if t == "pred":
            return ["%s = %s %s %s" % (d, self._p(ins.ops[1], ins), sym, self._p(ins.ops[2], ins))], False
        n = TYPE_BITS[t]
        return ["%s = %s %s %s" % (d, self._u(ins.ops[1], n, ins), sym, self._u(ins.ops[2], n, ins))], False

    def _op_and(self, ins):
        return self._logic(ins, "&")

    def _op_or(self, ins):
        return self._logic(ins, "|")

    def _op_xor(self, ins):
        return self._logic(ins, "^")

    def _op_not(self, ins):
        self._check_mods(ins, ())
        self._arity(ins, 2)
        t = self._type(ins)
        d = self._d(ins.ops[0], ins)
        if t == "pred":
            return ["%s = not %s" % (d, self._p(ins.ops[1], ins))], False
        n = TYPE_BITS[t]
        return ["%s = %s ^ %d" % (d, self._u(ins.ops[1], n, ins), _mask(n))], False

    def _op_cnot(self, ins):
        self._check_mods(ins, ())
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = 1 if %s == 0 else 0" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], n, ins))], False

    def _op_shl(self, ins):
        self._check_mods(ins, ())
        self._arity(ins, 3)
        t = self._type(ins)
        n = TYPE_BITS[t]
        d = self._d(ins.ops[0], ins)
        a = self._u(ins.ops[1], n, ins)
        sh = ins.ops[2]
        if sh[0] == "i":
            k = sh[1] & 0xFFFFFFFF
            return ["%s = %s" % (d, "0" if k >= n else "(%s << %d) & %d" % (a, k, _mask(n)))], False
        b = self._u(sh, 32, ins)
        # Shifts beyond the width give zero (and would make huge Python ints).
        return ["%s = ((%s << %s) & %d) if %s < %d else 0" % (d, a, b, _mask(n), b, n)], False

    def _op_shr(self, ins):
        self._check_mods(ins, ())
        self._arity(ins, 3)
        t = self._type(ins)
        n = TYPE_BITS[t]
        d = self._d(ins.ops[0], ins)
        b = self._u(ins.ops[2], 32, ins)
        if t[0] == "s":
            return ["%s = (%s >> %s) & %d" % (d, self._s(ins.ops[1], n, ins), b, _mask(n))], False
        return ["%s = %s >> %s" % (d, self._u(ins.ops[1], n, ins), b)], False

    def _op_shf(self, ins):
        self._check_mods(ins, ("l", "r", "wrap", "clamp"))
        self._arity(ins, 4)
        d = self._d(ins.ops[0], ins)
        a = self._u(ins.ops[1], 32, ins)
        b = self._u(ins.ops[2], 32, ins)
        c = self._u(ins.ops[3], 32, ins)
        amount = "(%s & 31)" % c if "wrap" in ins.mods else "min(%s, 32)" % c
        if "l" in ins.mods:
            return ["%s = (((%s << 32 | %s) << %s) >> 32) & 4294967295" % (d, b, a, amount)], False
        return ["%s = ((%s << 32 | %s) >> %s) & 4294967295" % (d, b, a, amount)], False

    def _op_popc(self, ins):
        t = self._type(ins)
        return ["%s = bin(%s).count('1')" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], TYPE_BITS[t], ins))], False

    def _op_clz(self, ins):
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = %d - %s.bit_length()" % (self._d(ins.ops[0], ins), n, self._u(ins.ops[1], n, ins))], False

    def _op_brev(self, ins):
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = _brev(%s, %d)" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], n, ins), n)], False

    def _op_bfind(self, ins):
        self._check_mods(ins, ("shiftamt",))
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = _bfind(%s, %d, %s, %s)" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], n, ins), n,
                                                 t[0] == "s", "shiftamt" in ins.mods)], False

    def _op_bfe(self, ins):
        self._arity(ins, 4)
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = _bfe(%s, %s, %s, %d, %s)" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], n, ins),
                                                   self._u(ins.ops[2], 32, ins), self._u(ins.ops[3], 32, ins), n,
                                                   t[0] == "s")], False

    def _op_bfi(self, ins):
        self._arity(ins, 5)
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = _bfi(%s, %s, %s, %s, %d)" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], n, ins),
                                                   self._u(ins.ops[2], n, ins), self._u(ins.ops[3], 32, ins),
                                                   self._u(ins.ops[4], 32, ins), n)], False

    def _op_prmt(self, ins):
        self._arity(ins, 4)
        mode = next((m for m in ins.mods if m not in TYPE_BITS), None)
        return ["%s = _prmt(%s, %s, %s, %r)" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], 32, ins),
                                                self._u(ins.ops[2], 32, ins), self._u(ins.ops[3], 32, ins),
                                                mode)], False

    def _op_lop3(self, ins):
        self._arity(ins, 5)
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = _lop3(%s, %s, %s, %s, %d)" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], n, ins),
                                                    self._u(ins.ops[2], n, ins), self._u(ins.ops[3], n, ins),
                                                    self._u(ins.ops[4], 8, ins), n)], False

    # Comparisons and selection.
    _CMP = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">=",
            "lo": "<", "ls": "<=", "hi": ">", "hs": ">="}

    def _op_setp(self, ins):
        cmp = next((m for m in ins.mods if m in self._CMP), None)
        boolop = next((m for m in ins.mods if m in ("and", "or", "xor")), None)
        t = self._type(ins)
        self._check_mods(ins, tuple(self._CMP) + ("and", "or", "xor"))
        if cmp is None:
            raise self._err(ins.line, ins.text, "setp without a comparison")
        n = TYPE_BITS[t]
        a_op, b_op = ins.ops[1], ins.ops[2]
        if t[0] == "s" and cmp in ("lt", "le", "gt", "ge"):
            a, b = self._s(a_op, n, ins), self._s(b_op, n, ins)
        else:
            a, b = self._u(a_op, n, ins), self._u(b_op, n, ins)
        rel = "(%s %s %s)" % (a, self._CMP[cmp], b)
        dst = ins.ops[0]
        p, q = (dst[1], dst[2]) if dst[0] == "pp" else (dst, None)
        out = []
        if boolop:
            if len(ins.ops) != 4:
                raise self._err(ins.line, ins.text, "setp.%s needs a predicate operand" % boolop)
            c = self._p(ins.ops[3], ins)
            sym = {"and": "and", "or": "or", "xor": "!="}[boolop]
            out.append("_c = %s" % rel)
            out.append("%s = (_c %s %s)" % (self._d(p, ins), sym, c))
            if q is not None:
                out.append("%s = ((not _c) %s %s)" % (self._d(q, ins), sym, c))
        else:
            self._arity(ins, 3)
            out.append("%s = %s" % (self._d(p, ins), rel))
            if q is not None:
                out.append("%s = not %s" % (self._d(q, ins), self._d(p, ins)))
        return ["; ".join(out)], False

    def _op_selp(self, ins):
        self._arity(ins, 4)
        t = self._type(ins)
        n = TYPE_BITS[t]
        return ["%s = %s if %s else %s" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], n, ins),
                                           self._p(ins.ops[3], ins), self._u(ins.ops[2], n, ins))], False

    # Moves and conversions.
    def _op_mov(self, ins):
        self._arity(ins, 2)
        t = self._type(ins)
        dst, src = ins.ops
        if t == "pred":
            return ["%s = %s" % (self._d(dst, ins), self._p(src, ins))], False
        n = TYPE_BITS[t]
        if dst[0] == "v":
            k = n // len(dst[1])
            tmp = "_t = %s" % self._u(src, n, ins)
            parts = [tmp]
            for i, e in enumerate(dst[1]):
                if e[0] != "_":
                    parts.append("%s = (_t >> %d) & %d" % (self._d(e, ins), i * k, _mask(k)))
            return ["; ".join(parts)], False
        if src[0] == "v":
            k = n // len(src[1])
            terms = []
            for i, e in enumerate(src[1]):
                v = self._u(e, k, ins)
                terms.append(v if i == 0 else "(%s << %d)" % (v, i * k))
            return ["%s = %s" % (self._d(dst, ins), " | ".join(terms))], False
        return ["%s = %s" % (self._d(dst, ins), self._u(src, n, ins))], False

    def _op_cvt(self, ins):
        types = [m for m in ins.mods if m in TYPE_BITS]
        other = [m for m in ins.mods if m not in TYPE_BITS]
        if len(types) != 2 or other or any(x not in INT_TYPES for x in types):
            raise self._err(ins.line, ins.text, "only integer cvt without rounding or saturation is supported")
        dt, st = types
        nd, ns = TYPE_BITS[dt], TYPE_BITS[st]
        dst = ins.ops[0]
        src = ins.ops[1]
        if nd <= ns:
            expr = "%s & %d" % (self._u(src, ns, ins), _mask(nd))
            signed_result = dt[0] == "s"
        elif st[0] == "s":
            expr = "%s & %d" % (self._s(src, ns, ins), _mask(nd))
            signed_result = True
        else:
            expr = self._u(src, ns, ins)
            signed_result = False
        width = dst[2] if dst[0] == "r" else nd
        if width > nd and signed_result:
            half = 1 << (nd - 1)
            expr = "((((%s) ^ %d) - %d) & %d)" % (expr, half, half, _mask(width))
        return ["%s = %s" % (self._d(dst, ins), expr)], False

    def _op_cvta(self, ins):
        # One address space for all state spaces: the conversion is the identity.
        self._arity(ins, 2)
        t = self._type(ins)
        return ["%s = %s" % (self._d(ins.ops[0], ins), self._u(ins.ops[1], TYPE_BITS[t], ins))], False

    # Memory.
    _IGNORED_MEM_MODS = {"volatile", "weak", "relaxed", "acquire", "release", "nc", "ca", "cg", "cs", "lu",
                         "cv", "wb", "wt", "gpu", "sys", "cta", "cluster", "L1::no_allocate",
                         "L1::evict_last", "L1::evict_first", "L1::evict_normal", "L2::64B", "L2::128B",
                         "L2::256B", "L2::cache_hint"}

    def _mem_parts(self, ins):
        space = None
        vec = 1
        for m in ins.mods:
            if m in SPACES:
                space = m
            elif m in ("v2", "v4", "v8"):
                vec = int(m[1:])
            elif m in TYPE_BITS or m in self._IGNORED_MEM_MODS or m.startswith("L2::") or m.startswith("L1::"):
                pass
            else:
                raise self._err(ins.line, ins.text, "unsupported modifier .%s of %s" % (m, ins.op))
        if space == "shared":
            raise self._err(ins.line, ins.text, "shared memory is not supported")
        t = self._type(ins)
        if t == "pred":
            raise self._err(ins.line, ins.text, "predicate load or store")
        return (space or "generic"), vec, t

    def _op_ld(self, ins):
        space, vec, t = self._mem_parts(ins)
        self._arity(ins, 2)
        n = TYPE_BITS[t]
        size = n // 8
        dst, src = ins.ops
        addr = self._addr(src, ins)
        targets = dst[1] if dst[0] == "v" else [dst]
        if len(targets) != vec:
            raise self._err(ins.line, ins.text, "vector size does not match the destination")
        if vec > 1:
            # The whole vector must be aligned to its size.
            out = ["_a = %s" % addr, "if _a %% %d: LD_%s(_a, %d, %d)" % (size * vec, space, size * vec, ins.line)]
            a0 = "_a"
        else:
            out = []
            a0 = addr
        for i, e in enumerate(targets):
            if e[0] == "_":
                continue
            a = a0 if i == 0 else "%s + %d" % (a0, i * size)
            expr = "LD_%s(%s, %d, %d)" % (space, a, size, ins.line)
            width = e[2]
            if t[0] == "s" and width > n:
                half = 1 << (n - 1)
                expr = "(((%s ^ %d) - %d) & %d)" % (expr, half, half, _mask(width))
            out.append("%s = %s" % (self._d(e, ins), expr))
        return out, False

    def _op_st(self, ins):
        space, vec, t = self._mem_parts(ins)
        self._arity(ins, 2)
        n = TYPE_BITS[t]
        size = n // 8
        dst, src = ins.ops
        addr = self._addr(dst, ins)
        values = src[1] if src[0] == "v" else [src]
        if len(values) != vec:
            raise self._err(ins.line, ins.text, "vector size does not match the source")
        out = ["_a = %s" % addr]
        if vec > 1:
            out.append("if _a %% %d: ST_%s(_a, %d, 0, %d)" % (size * vec, space, size * vec, ins.line))
        for i, e in enumerate(values):
            a = "_a" if i == 0 else "_a + %d" % (i * size)
            out.append("ST_%s(%s, %d, %s, %d)" % (space, a, size, self._u(e, n, ins), ins.line))
        return out, False

    def _op_atom(self, ins, reduction=False):
        space = "generic"
        op = None
        for m in ins.mods:
            if m in SPACES:
                space = m
            elif m in ("add", "min", "max", "and", "or", "xor", "exch", "cas", "inc", "dec"):
                op = m
            elif m in TYPE_BITS or m in self._IGNORED_MEM_MODS:
                pass
            else:
                raise self._err(ins.line, ins.text, "unsupported modifier .%s of %s" % (m, ins.op))
        if space not in ("global", "generic"):
            raise self._err(ins.line, ins.text, "atomics on %s memory are not supported" % space)
        t = self._type(ins)
        if op is None or t not in INT_TYPES or TYPE_BITS[t] < 32:
            raise self._err(ins.line, ins.text, "unsupported atomic")
        n = TYPE_BITS[t]
        ops = ins.ops if not reduction else [("_",)] + ins.ops
        need = 4 if op == "cas" else 3
        if len(ops) != need:
            raise self._err(ins.line, ins.text, "%d operands expected" % (need - reduction))
        c = self._u(ops[3], n, ins) if op == "cas" else "0"
        call = "ATOM_%s(%r, %d, %s, %s, %s, %s, %d)" % (space, op, n // 8, t[0] == "s", self._addr(ops[1], ins),
                                                       self._u(ops[2], n, ins), c, ins.line)
        return ["%s = %s" % (self._d(ops[0], ins), call)], False

    def _op_red(self, ins):
        return self._op_atom(ins, reduction=True)

    # -- running --------------------------------------------------------------

    def pack_params(self, args):
        """The kernel's parameter bytes from ints (scalars) and bytes (aggregates)."""
        if len(args) != len(self.fn.params):
            raise PtxError("%s takes %d parameters, %d given" % (self.name, len(self.fn.params), len(args)))
        data = bytearray(self.param_size)
        for (pname, size, _), value in zip(self.fn.params, args):
            off = self.param_symbols[pname] - PARAM_BASE
            if isinstance(value, int):
                raw = (value & _mask(8 * size)).to_bytes(size, "little")
            else:
                raw = bytes(value)
                if len(raw) != size:
                    raise PtxError("parameter %s is %d bytes, %d given" % (pname, size, len(raw)))
            data[off:off + size] = raw
        return data

    def run(self, args, grid, block, threads=None):
        """Runs the threads (all of the grid when None) one after the other.

        `threads` lists (ctaid_x, tid_x) pairs; y and z are always 0. Returns
        the number of PTX instructions executed."""
        mem = self.memory
        mem.param.buf[:] = self.pack_params(args)
        if threads is None:
            threads = [(b, t) for b in range(grid) for t in range(block)]
        total = 0
        fill = bytes([LOCAL_FILL]) * self.local_size
        for ctaid, tid in threads:
            if not (0 <= ctaid < grid and 0 <= tid < block):
                raise PtxError("thread (%d, %d) outside the grid" % (ctaid, tid))
            mem.local.buf[:] = fill
            try:
                n, c = self._run(tid, 0, 0, block, 1, 1, ctaid, 0, 0, grid, 1, 1)
                total += n
                self.carry_instructions += c
            except NameError as e:  # UnboundLocalError included: a register never written
                m = re.search(r"'(\w+)'", str(e))
                name = m.group(1) if m else str(e)
                if name == "CF":
                    raise PtxError("%s: CC.CF read before any instruction set it" % self.name)
                raise PtxError("%s: register %s read before it was written (thread %d of block %d)"
                               % (self.name, self._py_to_ptx.get(name, name), tid, ctaid))
        return total


# ---------------------------------------------------------------------------
# Self-test: the carry instructions on hand-written PTX against Python integers

_SELF_TEST_PTX = r"""
.version 8.0
.target sm_90
.address_size 64

.visible .entry carry_ops(.param .u64 carry_ops_param_0)
{
    .reg .pred %p<3>;
    .reg .b32 %r<40>;
    .reg .b64 %rd<30>;

    ld.param.u64 %rd1, [carry_ops_param_0];
    cvta.to.global.u64 %rd2, %rd1;
    ld.global.u64 %rd3, [%rd2];
    ld.global.u64 %rd4, [%rd2+8];
    mov.b64 {%r1, %r2}, %rd3;
    mov.b64 {%r3, %r4}, %rd4;
    // begin inline asm
    {
    .reg .u32 t0, t1;
    add.cc.u32 t0, %r1, %r3;
    addc.cc.u32 t1, %r2, %r4;
    addc.u32 %r7, 0, 0;
    mov.b64 %rd5, {t0, t1};
    }
    // end inline asm
    // begin inline asm
    { .reg .u32 t0; .reg .u32 t1;
    sub.cc.u32 t0, %r1, %r3; subc.cc.u32 t1, %r2, %r4; subc.u32 %r8, 0, 0;
    mov.b64 %rd6, {t0, t1}; }
    // end inline asm
    // begin inline asm
    {
    .reg .u32 t;
    mul.lo.u32 %r10, %r1, %r3;
    mul.hi.u32 %r11, %r1, %r3;
    mad.lo.cc.u32 %r11, %r2, %r3, %r11;
    madc.hi.u32 %r12, %r2, %r3, 0;
    mad.lo.cc.u32 %r11, %r1, %r4, %r11;
    madc.hi.cc.u32 %r12, %r1, %r4, %r12;
    addc.u32 %r13, 0, 0;
    mad.lo.cc.u32 %r12, %r2, %r4, %r12;
    madc.hi.u32 %r13, %r2, %r4, %r13;
    {
    .reg .u32 t;
    mov.u32 t, %r13;
    mov.u32 %r13, t;
    }
    }
    // end inline asm
    mov.b64 %rd7, {%r10, %r11};
    mov.b64 %rd8, {%r12, %r13};
    // begin inline asm
    add.cc.u64 %rd9, %rd3, %rd4;
    addc.cc.u64 %rd10, %rd3, %rd3;
    addc.u64 %rd11, 0, 0;
    // end inline asm
    // begin inline asm
    sub.cc.u64 %rd12, %rd3, %rd4;
    subc.cc.u64 %rd13, 0, %rd4;
    subc.u64 %rd14, 0, 0;
    // end inline asm
    // begin inline asm
    mad.lo.cc.u64 %rd15, %rd3, %rd4, %rd3;
    madc.hi.cc.u64 %rd16, %rd3, %rd4, %rd4;
    madc.lo.u64 %rd17, %rd4, %rd4, 0;
    // end inline asm
    // begin inline asm
    mad.hi.cc.u64 %rd18, %rd3, %rd4, %rd3;
    madc.lo.cc.u64 %rd19, %rd3, %rd4, %rd4;
    madc.hi.cc.u64 %rd20, %rd3, %rd3, 1;
    subc.cc.u32 %r20, %r1, %r3;
    subc.u32 %r21, 0, 0;
    // end inline asm
    st.global.u64 [%rd2+16], %rd5;
    st.global.u32 [%rd2+24], %r7;
    st.global.u64 [%rd2+32], %rd6;
    st.global.u32 [%rd2+40], %r8;
    st.global.v2.u64 [%rd2+48], {%rd7, %rd8};
    st.global.u64 [%rd2+64], %rd9;
    st.global.u64 [%rd2+72], %rd10;
    st.global.u64 [%rd2+80], %rd11;
    st.global.u64 [%rd2+88], %rd12;
    st.global.u64 [%rd2+96], %rd13;
    st.global.u64 [%rd2+104], %rd14;
    st.global.u64 [%rd2+112], %rd15;
    st.global.u64 [%rd2+120], %rd16;
    st.global.u64 [%rd2+128], %rd17;
    st.global.u64 [%rd2+136], %rd18;
    st.global.u64 [%rd2+144], %rd19;
    st.global.u64 [%rd2+152], %rd20;
    st.global.u32 [%rd2+160], %r20;
    st.global.u32 [%rd2+164], %r21;
    setp.lt.s64 %p1, %rd3, %rd4;
    selp.u32 %r22, 1, 0, %p1;
    st.global.u32 [%rd2+168], %r22;
    ret;
}

.visible .entry misc_ops(.param .u64 misc_ops_param_0)
{
    .reg .pred %p<3>;
    .reg .b32 %r<40>;
    .reg .b64 %rd<20>;

    ld.param.u64 %rd1, [misc_ops_param_0];
    ld.global.v2.u64 {%rd3, %rd4}, [%rd1];
    mov.b64 {%r1, %r2}, %rd3;
    prmt.b32 %r3, %r1, %r2, 0x0123;
    st.global.u32 [%rd1+16], %r3;
    prmt.b32 %r3, %r1, %r2, 0x5140;
    st.global.u32 [%rd1+20], %r3;
    shf.l.wrap.b32 %r3, %r1, %r2, 8;
    st.global.u32 [%rd1+24], %r3;
    shf.r.clamp.b32 %r3, %r1, %r2, 40;
    st.global.u32 [%rd1+28], %r3;
    bfe.u32 %r3, %r1, 4, 8;
    st.global.u32 [%rd1+32], %r3;
    bfe.s32 %r3, %r1, 28, 8;
    st.global.u32 [%rd1+36], %r3;
    bfi.b32 %r3, %r1, %r2, 8, 16;
    st.global.u32 [%rd1+40], %r3;
    shr.s32 %r3, %r2, 4;
    st.global.u32 [%rd1+44], %r3;
    cvt.s64.s32 %rd5, %r1;
    st.global.u64 [%rd1+48], %rd5;
    min.s32 %r3, %r1, %r2;
    st.global.u32 [%rd1+56], %r3;
    max.u32 %r3, %r1, %r2;
    st.global.u32 [%rd1+60], %r3;
    lop3.b32 %r3, %r1, %r2, 0xF0F0F0F0, 0x96;
    st.global.u32 [%rd1+64], %r3;
    mul.hi.s32 %r3, %r1, %r2;
    st.global.u32 [%rd1+68], %r3;
    mul.wide.s32 %rd5, %r1, %r2;
    st.global.u64 [%rd1+72], %rd5;
    clz.b64 %r3, %rd3;
    st.global.u32 [%rd1+80], %r3;
    popc.b64 %r3, %rd3;
    st.global.u32 [%rd1+84], %r3;
    brev.b32 %r3, %r1;
    st.global.u32 [%rd1+88], %r3;
    setp.gt.s32 %p1, %r1, %r2;
    selp.u32 %r3, 1, 0, %p1;
    st.global.u32 [%rd1+92], %r3;
    mul.hi.s64 %rd5, %rd3, %rd4;
    st.global.u64 [%rd1+96], %rd5;
    cvt.u32.u64 %r4, %rd4;
    and.b32 %r4, %r4, 127;
    shl.b64 %rd5, %rd3, %r4;
    st.global.u64 [%rd1+104], %rd5;
    shr.u64 %rd5, %rd3, %r4;
    st.global.u64 [%rd1+112], %rd5;
    or.b32 %r5, %r2, 1;
    rem.s32 %r3, %r1, %r5;
    st.global.u32 [%rd1+120], %r3;
    div.s32 %r3, %r1, %r5;
    st.global.u32 [%rd1+124], %r3;
    ret;
}
"""


def _carry_reference(a, b):
    """What carry_ops stores for inputs a, b (64-bit words)."""
    m32, m64 = _mask(32), _mask(64)
    a0, b0 = a & m32, b & m32
    out = {}
    out[16] = (a + b) & m64
    out[24] = (a + b) >> 64
    out[32] = (a - b) & m64
    out[40] = 0xFFFFFFFF if a < b else 0          # 0 - (0 + borrow)
    prod = a * b
    out[48] = prod & m64
    out[56] = prod >> 64
    s = a + b
    out[64] = s & m64
    c = s >> 64
    s2 = a + a + c
    out[72] = s2 & m64
    out[80] = s2 >> 64
    d = a - b
    out[88] = d & m64
    borrow = 1 if d < 0 else 0
    d2 = 0 - b - borrow
    out[96] = d2 & m64
    borrow2 = 1 if d2 < 0 else 0
    out[104] = (0 - borrow2) & m64
    t = (prod & m64) + a
    out[112] = t & m64
    c = t >> 64
    t = (prod >> 64) + b + c
    out[120] = t & m64
    c = t >> 64
    out[128] = ((b * b) + c) & m64
    t = (prod >> 64) + a
    out[136] = t & m64
    c = t >> 64
    t = (prod & m64) + b + c
    out[144] = t & m64
    c = t >> 64
    t = ((a * a) >> 64) + 1 + c
    out[152] = t & m64
    c = t >> 64
    # subc.cc.u32 reads the carry of madc.hi.cc.u64 as its borrow-in.
    t = a0 - b0 - c
    out[160] = t & m32
    bo = 1 if t < 0 else 0
    out[164] = (0 - bo) & m32
    sa = a - (1 << 64) if a >> 63 else a
    sb = b - (1 << 64) if b >> 63 else b
    out[168] = 1 if sa < sb else 0
    return out


def _misc_reference(a, b):
    """What misc_ops stores for inputs a, b: {offset: (bytes, value)}."""
    m32 = _mask(32)
    lo, hi = a & m32, a >> 32
    b_lo = b & m32
    sl, sh = _signed(lo, 32), _signed(hi, 32)
    lob = lo.to_bytes(4, "little")
    hib = hi.to_bytes(4, "little")
    out = {}
    out[16] = (4, int.from_bytes(lob, "big"))
    out[20] = (4, int.from_bytes(bytes([lob[0], hib[0], lob[1], hib[1]]), "little"))
    out[24] = (4, ((hi << 8) | (lo >> 24)) & m32)
    out[28] = (4, hi)
    out[32] = (4, (lo >> 4) & 0xFF)
    nib = lo >> 28
    out[36] = (4, (nib - 16 if nib & 8 else nib) & m32)
    out[40] = (4, (hi & ~(0xFFFF << 8)) | ((lo & 0xFFFF) << 8))
    out[44] = (4, (sh >> 4) & m32)
    out[48] = (8, sl & _mask(64))
    out[56] = (4, lo if sl <= sh else hi)
    out[60] = (4, max(lo, hi))
    out[64] = (4, lo ^ hi ^ 0xF0F0F0F0)
    out[68] = (4, ((sl * sh) >> 32) & m32)
    out[72] = (8, (sl * sh) & _mask(64))
    out[80] = (4, 64 - a.bit_length())
    out[84] = (4, bin(a).count("1"))
    out[88] = (4, int("{:032b}".format(lo)[::-1], 2))
    out[92] = (4, 1 if sl > sh else 0)
    out[96] = (8, ((_signed(a, 64) * _signed(b, 64)) >> 64) & _mask(64))
    k = b_lo & 127
    out[104] = (8, (a << k) & _mask(64) if k < 64 else 0)
    out[112] = (8, a >> k)
    d = _signed(hi | 1, 32)
    q = abs(sl) // abs(d) * (1 if (sl < 0) == (d < 0) else -1)
    out[120] = (4, (sl - q * d) & m32)
    out[124] = (4, q & m32)
    return out


def self_test(verbose=False):
    """Checks the carry instructions and the other integer instructions on
    edge and random words, and the faults; returns the failures."""
    import random
    failures = []
    module = PtxModule(_SELF_TEST_PTX)
    kernel = module.kernel("carry_ops")
    edges = [0, 1, 2, 0xFFFFFFFF, 0x100000000, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000,
             0xFFFFFFFF00000001, 0xFFFFFFFF00000000, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFE]
    rng = random.Random(0x5eed)
    pairs = [(a, b) for a in edges for b in edges] + [(rng.getrandbits(64), rng.getrandbits(64)) for _ in range(50)]
    io = module.memory.alloc(176)
    executed = 0
    for a, b in pairs:
        module.memory.write(io, a.to_bytes(8, "little") + b.to_bytes(8, "little") + bytes(160))
        executed += kernel.run([io], 1, 1)
        expect = _carry_reference(a, b)
        data = module.memory.read(io, 176)
        for off, want in sorted(expect.items()):
            size = 4 if off in (24, 40, 160, 164, 168) else 8
            got = int.from_bytes(data[off:off + size], "little")
            if got != want:
                failures.append("carry_ops(0x%x, 0x%x): word at %d is 0x%x, expected 0x%x" % (a, b, off, got, want))
    misc = module.kernel("misc_ops")
    for a, b in pairs:
        module.memory.write(io, a.to_bytes(8, "little") + b.to_bytes(8, "little") + bytes(160))
        executed += misc.run([io], 1, 1)
        data = module.memory.read(io, 176)
        for off, (size, want) in sorted(_misc_reference(a, b).items()):
            got = int.from_bytes(data[off:off + size], "little")
            if got != want:
                failures.append("misc_ops(0x%x, 0x%x): word at %d is 0x%x, expected 0x%x" % (a, b, off, got, want))
    # Faults: a register never written, a store out of bounds.
    for old, new, what in (("mov.b64 %rd5, {t0, t1};", "mov.b64 %rd5, {t0, %r30};", "read before it was written"),
                           ("st.global.u64 [%rd2+64], %rd9;", "st.global.u64 [%rd2+4096], %rd9;", "outside global")):
        broken = PtxModule(_SELF_TEST_PTX.replace(old, new))
        try:
            broken.kernel("carry_ops").run([broken.memory.alloc(176)], 1, 1)
            failures.append("no fault for: %s" % new)
        except PtxError as e:
            if what not in str(e):
                failures.append("unexpected fault for %s: %s" % (new, e))
    # A carry-in with no producer in its asm block is refused.
    bad = _SELF_TEST_PTX.replace("add.cc.u64 %rd9, %rd3, %rd4;", "add.u64 %rd9, %rd3, %rd4;")
    try:
        PtxModule(bad).kernel("carry_ops")
        failures.append("a carry-in without a producer in its asm block was accepted")
    except PtxError:
        pass
    # Unknown instructions are refused, naming the instruction.
    try:
        PtxModule(_SELF_TEST_PTX.replace("selp.u32 %r22, 1, 0, %p1;", "vote.sync.all.pred %p2, %p1, -1;")
                  ).kernel("carry_ops")
        failures.append("an unknown instruction was accepted")
    except PtxError as e:
        if "vote" not in str(e):
            failures.append("the error for an unknown instruction does not name it: %s" % e)
    if verbose:
        print("ptx_interp self-test: %d input pairs, %d instructions, %d failures"
              % (len(pairs), executed, len(failures)))
    return failures


if __name__ == "__main__":
    problems = self_test(verbose=True)
    for p in problems[:20]:
        print("FAIL:", p)
    sys.exit(1 if problems else 0)
