#!/usr/bin/env python3
"""Static cost of the search kernels: SASS instructions per nonce, by class.

Disassembles a cubin with cuobjdump, finds each budgeted kernel's loops (a
backward branch closes a loop: ptxas lays loop bodies out contiguously), weights
every instruction by how often its loop runs per nonce, and compares the total
with the kernel's budget (kernels/sass_budget.txt). It prints, per kernel, the
instructions per nonce by class, the load on the integer ALU and IMAD (FMA)
pipes, and the hash rate those imply at best on an H200.

Why static: the instruction count per nonce is what bounds an integer kernel
like this one, and it can be read off the machine code on any computer with
nvcc, so a regression fails in CI instead of on someone's GPU.

  sass_cost.py --cubin pow_search_sm_90.cubin --budget kernels/sass_budget.txt
               [--cuobjdump PATH] [--json OUT] [--report]

Exit status: 0 within budget, 1 over budget or the loop structure differs from
the budget's, 2 bad input, 77 no usable disassembler.
"""

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

# The H200 (SXM): 132 SMs; 1,980 MHz boost clock. Integer ALU and IMAD each
# issue 64 results per clock per SM on compute capability 9.0 (CUDA C
# Programming Guide, arithmetic instruction throughput); the four schedulers
# of an SM issue 4 warp instructions, 128 thread instructions, per clock.
H200_SMS = 132
H200_CLOCK_HZ = 1.98e9
PIPE_PER_CLOCK = 64
ISSUE_PER_CLOCK = 128

# Rows of the table, in order; anything else is "other".
CLASSES = ["ISETP", "IADD3", "SEL", "LOP3", "SHF", "LEA", "IMAD.X", "IMAD.WIDE", "IMAD", "other"]
# Not arithmetic: control flow, memory, the uniform datapath and special
# registers. They are counted in the total but load neither integer pipe.
NON_PIPE = re.compile(
    r"^(BRA|BRX|JMP|JMX|CALL|RET|EXIT|BSSY|BSYNC|BREAK|BPT|WARPSYNC|NOP|YIELD|"
    r"LD|ST|LDG|STG|LDS|STS|LDL|STL|LDC|ATOM|ATOMG|ATOMS|RED|CCTL|MEMBAR|ERRBAR|"
    r"S2R|S2UR|CS2R|U[A-Z0-9]+|BAR|VOTEU?|DEPBAR|R2UR)$")


def op_class(opcode):
    """The table row of a full opcode (with its modifiers), e.g. IMAD.WIDE.U32."""
    parts = opcode.split(".")
    base = parts[0]
    if base == "IMAD":
        if "WIDE" in parts:
            return "IMAD.WIDE"
        if "X" in parts:
            return "IMAD.X"
        return "IMAD"
    if base in CLASSES:
        return base
    return "other"


def pipe_of(opcode):
    base = opcode.split(".")[0]
    if base.startswith("IMAD") or base in ("FFMA", "FMUL", "FADD", "HFMA2", "IMUL", "DFMA"):
        return "fma"
    if NON_PIPE.match(base):
        return None
    return "alu"


def find_tool(name, explicit):
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    for d in (os.environ.get("CUDA_HOME", ""), "/usr/local/cuda"):
        p = os.path.join(d, "bin", name) if d else ""
        if p and os.access(p, os.X_OK):
            return p
    return shutil.which(name)


def legacy_header(cubin):
    """A copy of a CUDA 12.8+/13 cubin with the ELF header of the older layout.

    CUDA 13 writes a new OS/ABI and e_flags layout (sm in bits 8..15) that
    disassemblers before 12.8 refuse. The machine code itself is the same for a
    given sm, so an older cuobjdump reads it once the header says it in the
    old words: OS/ABI 0x33, ABI version 7, e_flags sm | 64-bit | (sm << 16).
    """
    data = bytearray(cubin)
    if data[:4] != b"\x7fELF" or data[4] != 2:
        raise ValueError("not a 64-bit ELF cubin")
    flags = struct.unpack_from("<I", data, 0x30)[0]
    if data[7] == 0x33:  # already the old layout
        return bytes(data)
    sm = (flags >> 8) & 0xFF
    data[7] = 0x33
    data[8] = 7
    struct.pack_into("<I", data, 0x30, sm | 0x500 | (sm << 16))
    return bytes(data)


def disassemble(cuobjdump, cubin_path):
    # cuobjdump runs nvdisasm for the SASS; the one beside it first.
    env = dict(os.environ)
    beside = os.path.join(os.path.dirname(os.path.realpath(cuobjdump)), "nvdisasm")
    here = os.path.join(os.path.dirname(os.path.abspath(cuobjdump)), "nvdisasm")
    for candidate in (here, beside):
        if os.access(candidate, os.X_OK):
            env["NVDISASM_PATH"] = os.path.dirname(candidate)
            env["PATH"] = os.path.dirname(candidate) + os.pathsep + env.get("PATH", "")
            break
    run = subprocess.run([cuobjdump, "-sass", cubin_path], capture_output=True, text=True, env=env)
    if run.returncode == 0 and "Function :" in run.stdout:
        return run.stdout
    with open(cubin_path, "rb") as f:
        patched = legacy_header(f.read())
    with tempfile.NamedTemporaryFile(suffix=".cubin", delete=False) as t:
        t.write(patched)
        tmp = t.name
    try:
        run2 = subprocess.run([cuobjdump, "-sass", tmp], capture_output=True, text=True, env=env)
    finally:
        os.unlink(tmp)
    if run2.returncode != 0 or "Function :" not in run2.stdout:
        raise RuntimeError("cuobjdump cannot read %s: %s / %s" % (cubin_path, run.stderr.strip(), run2.stderr.strip()))
    return run2.stdout


INSN = re.compile(r"/\*([0-9a-f]{4,})\*/\s+(?:(@!?U?P[T0-9]+)\s+)?([A-Z][A-Z0-9_.]*)([^;]*);")


def parse_functions(sass):
    """{mangled name: [(address, opcode, operands)]}."""
    funcs = {}
    for chunk in re.split(r"\n\s*Function : ", sass)[1:]:
        name = chunk.split("\n", 1)[0].strip()
        insns = []
        for m in INSN.finditer(chunk):
            insns.append((int(m.group(1), 16), m.group(3), m.group(4).strip()))
        funcs[name] = insns
    return funcs


def demangle(names):
    tool = shutil.which("c++filt")
    if not tool:
        return {n: n for n in names}
    run = subprocess.run([tool], input="\n".join(names), capture_output=True, text=True)
    out = run.stdout.split("\n")
    return {n: (out[i] if i < len(out) and out[i] else n) for i, n in enumerate(names)}


def short_name(demangled):
    """powSearchKernel<compact,v1> from the demangled template name."""
    m = re.search(r"(pow\w+Kernel)<\(qm::gpu::KernelVariant\)(\d+)(?:, (\d+)u?)?>", demangled)
    if not m:
        m2 = re.search(r"(pow\w+Kernel)", demangled)
        return m2.group(1) if m2 else demangled
    variant = {"0": "compact", "1": "inline"}.get(m.group(2), m.group(2))
    args = [variant]
    if m.group(3) is not None:
        args.append({"0": "v1", "1": "v2"}.get(m.group(3), m.group(3)))
    return "%s<%s>" % (m.group(1), ",".join(args))


def loops_of(insns):
    """Loops as (start, end) address intervals, from backward branches.

    A branch to itself (the padding after EXIT) is not a loop.
    """
    loops = set()
    for addr, opcode, operands in insns:
        if opcode.split(".")[0] != "BRA":
            continue
        m = re.search(r"0x([0-9a-f]+)\s*$", operands)
        if not m:
            continue
        target = int(m.group(1), 16)
        if target < addr:
            loops.add((target, addr))
    return sorted(loops)


def loop_chain(loops):
    """The loops as one nest, outermost first; None if they are not a chain."""
    ordered = sorted(loops, key=lambda l: (l[0], -l[1]))
    ordered.sort(key=lambda l: -(l[1] - l[0]))
    for outer, inner in zip(ordered, ordered[1:]):
        if not (outer[0] <= inner[0] and inner[1] <= outer[1]):
            return None
    return ordered


def cost(insns, trips):
    """Weighted counts per class and per pipe, and the loop nest found.

    trips[d] is how often the depth-d loop's body runs per run of the
    enclosing body (per nonce for depth 0). Code outside every loop runs once
    per thread, not per nonce, and is left out of the per-nonce figures.
    """
    loops = loops_of(insns)
    chain = loop_chain(loops)
    if chain is None or len(chain) != len(trips):
        return None, loops
    weight_at = []
    w = 1.0
    for t in trips:
        w *= t
        weight_at.append(w)
    classes = {c: 0.0 for c in CLASSES}
    pipes = {"alu": 0.0, "fma": 0.0}
    total = 0.0
    per_thread = 0
    for addr, opcode, _ in insns:
        depth = -1
        for d, (start, end) in enumerate(chain):
            if start <= addr <= end:
                depth = d
        if depth < 0:
            per_thread += 1
            continue
        wt = weight_at[depth]
        classes[op_class(opcode)] += wt
        p = pipe_of(opcode)
        if p:
            pipes[p] += wt
        total += wt
    return {"classes": classes, "pipes": pipes, "total": total, "per_thread": per_thread,
            "loops": [[hex(s), hex(e)] for s, e in chain], "static": len(insns)}, loops


def bound_mhs(result):
    clocks = max(result["pipes"]["alu"] / PIPE_PER_CLOCK, result["pipes"]["fma"] / PIPE_PER_CLOCK,
                 result["total"] / ISSUE_PER_CLOCK)
    return H200_SMS * H200_CLOCK_HZ / clocks / 1e6, clocks


def read_budget(path):
    """[(kernel, budget, trips, note)] from the budget file."""
    rows = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) < 3:
                raise ValueError("%s:%d: want 'kernel budget trips...'" % (path, n))
            try:
                rows.append((parts[0], int(parts[1]), [float(x) for x in parts[2:]]))
            except ValueError:
                raise ValueError("%s:%d: budget and trips must be numbers" % (path, n))
    return rows


def table(name, result, budget, mhs, clocks):
    lines = ["%s: %s SASS instructions in the kernel, %d outside its loops (once per thread)"
             % (name, result["static"], result["per_thread"]),
             "  %-10s %12s %7s" % ("class", "per nonce", "share")]
    for c in CLASSES:
        v = result["classes"][c]
        lines.append("  %-10s %12s %6.1f %%" % (c, "{:,.0f}".format(v), 100.0 * v / result["total"]))
    lines.append("  %-10s %12s" % ("total", "{:,.0f}".format(result["total"])))
    lines.append("  pipes per nonce: integer ALU {:,.0f}, IMAD {:,.0f}; issue {:,.0f}".format(
        result["pipes"]["alu"], result["pipes"]["fma"], result["total"]))
    lines.append("  bound on an H200 (132 SMs, 1.98 GHz): {:,.0f} clocks per nonce per SM -> {:.0f} MH/s".format(
        clocks, mhs))
    lines.append("  budget {:,} per nonce: {}".format(budget, "within" if result["total"] <= budget else "OVER"))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cubin", required=True)
    ap.add_argument("--budget", required=True)
    ap.add_argument("--cuobjdump")
    ap.add_argument("--json")
    args = ap.parse_args()

    tool = find_tool("cuobjdump", args.cuobjdump)
    if not tool:
        print("sass_cost: no cuobjdump (set --cuobjdump or CUDA_HOME); skipped")
        return 77
    try:
        budget = read_budget(args.budget)
        sass = disassemble(tool, args.cubin)
    except (OSError, ValueError, RuntimeError) as e:
        print("sass_cost: %s" % e)
        return 2
    funcs = parse_functions(sass)
    names = demangle(list(funcs))
    by_short = {}
    for mangled, d in names.items():
        by_short.setdefault(short_name(d), []).append(mangled)

    failures = []
    report = {}
    for kernel, limit, trips in budget:
        found = by_short.get(kernel, [])
        if len(found) != 1:
            failures.append("%s: %s in the cubin (kernels there: %s)" % (
                kernel, "not found" if not found else "found %d times" % len(found), ", ".join(sorted(by_short))))
            continue
        result, loops = cost(funcs[found[0]], trips)
        if result is None:
            failures.append("%s: its loops no longer form the nest of %d the budget weights (%s); update the trips "
                            "in %s" % (kernel, len(trips), ", ".join("%#x-%#x" % l for l in loops), args.budget))
            continue
        mhs, clocks = bound_mhs(result)
        print(table(kernel, result, limit, mhs, clocks))
        print()
        report[kernel] = dict(result, budget=limit, bound_mhs=mhs, clocks=clocks, trips=trips)
        if result["total"] > limit:
            failures.append("%s: %s instructions per nonce, over its budget of %s" % (
                kernel, "{:,.0f}".format(result["total"]), "{:,}".format(limit)))
    for kernel, r in report.items():
        print("bound %s %.0f MH/s" % (kernel, r["bound_mhs"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
    if failures:
        print("\nsass_cost: FAILED\n  " + "\n  ".join(failures))
        return 1
    print("sass_cost: every kernel within its budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
