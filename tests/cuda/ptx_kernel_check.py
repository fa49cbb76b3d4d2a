#!/usr/bin/env python3
"""The gpu-cuda kernels' device code, run without a GPU.

Compiles kernels/pow_search.cu to PTX (nvcc -ptx: no ptxas, no GPU needed) and
runs the kernels' PTX in the interpreter of ptx_interp.py, thread by thread,
against the core's answers (printed by the ptx_cases generator) and a Python
big-integer reference of the field:
  - powHashKernel<compact> on every spec vector of both PoW generations;
  - powFieldCheckKernel on edge words (0, 1, p-1, p, 2^64-1, ... and all
    their pairs) and random ones, for every field operation;
  - powPermuteKernel on Poseidon2 states, against p2::permute;
  - powSearchKernel<compact> of each generation on a launch of 64 nonces in
    two shapes (a nonce per thread; two threads walking the range): the
    slot's lowest offset, count and recorded hashes;
  - the same hash and search checks for the inline variant, where present.
This is the only check of the device-only code paths (the inline PTX with its
carry chains) on a machine without a GPU. A required kernel missing from the
PTX is a failure.

Exit status: 0 all good, 1 any mismatch or missing kernel, 77 no nvcc.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time

# The interpreter sits next to this script; no bytecode cache in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptx_interp  # noqa: E402

P = 0xFFFFFFFF00000001
M32 = (1 << 32) - 1
M64 = (1 << 64) - 1
# Edge words of the field checks: zero, one, around p, around the 32-bit
# halves and the top of the 64-bit range.
EDGES = [0, 1, 2, P - 1, P, P + 1, (1 << 32) - 1, 1 << 32, 1 << 63, (1 << 64) - (1 << 32), M64]
HASH_BLOCK = 128      # the launch shape of the per-item kernels
SEARCH_BLOCK = 32     # two blocks of the search launch: blockIdx matters too


def field_reference(a, b, lo, hi):
    """Every operation of search_abi.h kFieldOps, canonical results."""
    return [
        (a + b) % P,
        (a - b) % P,
        a * b % P,
        a * a % P,
        (lo + (hi << 64)) % P,
        pow(a, 7, P),
        (a + b % P) % P,
        (lo + ((hi & M32) << 64)) % P,
    ]


FIELD_OP_NAMES = ["add", "sub", "mul", "square", "reduce128", "pow7", "add (b mod p)", "wide reduce"]


def field_cases(count, seed=0x6f1d):
    cases = [(a, b, a, b) for a in EDGES for b in EDGES]
    rng = random.Random(seed)

    def word():
        kind = rng.randrange(6)
        if kind == 0:
            return rng.choice(EDGES)
        if kind == 1:
            return (P + rng.randrange(-3, 4)) & M64
        if kind == 2:
            return (M64 - rng.randrange(4)) & M64
        if kind == 3:
            return (rng.getrandbits(32) << 32) | rng.choice([0, 1, M32])
        return rng.getrandbits(64)
    cases += [(word(), word(), word(), word()) for _ in range(count)]
    return cases


def le_words(values):
    return b"".join((v & M64).to_bytes(8, "little") for v in values)


class Check:
    """One kernel's results for the summary."""

    def __init__(self, label):
        self.label = label
        self.cases = 0
        self.instructions = 0
        self.mismatches = []
        self.missing = None
        self.optional = False     # absent is not a failure (the inline variant)
        self.seconds = 0.0
        self.carries = 0          # condition-code instructions executed

    def mismatch(self, text):
        self.mismatches.append(text)


def find_entries(module, *parts):
    return [e for e in module.entries() if all(p in e for p in parts)]


def param_sizes(module, name):
    return [size for _, size, _ in module.functions[name].params]


def canary_ok(memory, addr, nbytes):
    return memory.read(addr, nbytes) == b"\xee" * nbytes


def check_hash(module, cases, variant, label):
    chk = Check(label)
    names = find_entries(module, "powHashKernel", "KernelVariantE%dE" % variant)
    if not names:
        chk.missing = "no powHashKernel for KernelVariant %d in the PTX" % variant
        return chk
    name = names[0]
    if param_sizes(module, name) != [8, 8, 4]:
        chk.missing = "%s: parameters %s, expected (items, hashes, count)" % (name, param_sizes(module, name))
        return chk
    items = cases["hash_items"]
    size = cases["layout"]["hash_item"]
    mem = module.memory
    data = b"".join(bytes.fromhex(it["item"]) for it in items)
    if len(data) != size * len(items):
        chk.mismatch("hash items are not %d bytes each" % size)
        return chk
    t0 = time.time()
    kernel = module.kernel(name)
    d_items = mem.alloc(len(data), data)
    d_hashes = mem.alloc(64 * len(items) + 64, b"\xee" * (64 * len(items) + 64))
    grid = (len(items) + HASH_BLOCK - 1) // HASH_BLOCK
    chk.instructions = kernel.run([d_items, d_hashes, len(items)], grid, HASH_BLOCK)
    chk.carries = kernel.carry_instructions
    chk.seconds = time.time() - t0
    for i, it in enumerate(items):
        got = mem.read_u64s(d_hashes + 64 * i, 8)
        want = [int(h, 16) for h in it["hash"]]
        chk.cases += 1
        if got != want:
            chk.mismatch("%s: hash %s, expected %s" % (it["name"], fmt_limbs(got), fmt_limbs(want)))
    if not canary_ok(mem, d_hashes + 64 * len(items), 64):
        chk.mismatch("the kernel wrote past the last hash (threads beyond count)")
    return chk


def fmt_limbs(limbs):
    return "".join("%016x" % v for v in reversed(limbs))


def check_field(module, cases, random_count):
    chk = Check("powFieldCheckKernel")
    names = find_entries(module, "powFieldCheckKernel")
    if not names:
        chk.missing = "powFieldCheckKernel is missing from kernels/pow_search.cu's PTX"
        return chk
    name = names[0]
    if param_sizes(module, name) != [8, 8, 4]:
        chk.missing = "%s: parameters %s, expected (cases, results, count)" % (name, param_sizes(module, name))
        return chk
    layout = cases["layout"]
    ops = layout["field_ops"]
    if ops != len(FIELD_OP_NAMES) or layout["field_case"] != 32:
        chk.mismatch("search_abi.h has %d field operations in %d-byte cases; this check knows %d in 32"
                     % (ops, layout["field_case"], len(FIELD_OP_NAMES)))
        return chk
    fcases = field_cases(random_count)
    mem = module.memory
    t0 = time.time()
    kernel = module.kernel(name)
    d_cases = mem.alloc(32 * len(fcases), b"".join(le_words(c) for c in fcases))
    out_bytes = 8 * ops * len(fcases)
    d_out = mem.alloc(out_bytes + 64, b"\xee" * (out_bytes + 64))
    grid = (len(fcases) + HASH_BLOCK - 1) // HASH_BLOCK
    chk.instructions = kernel.run([d_cases, d_out, len(fcases)], grid, HASH_BLOCK)
    chk.carries = kernel.carry_instructions
    chk.seconds = time.time() - t0
    results = mem.read_u64s(d_out, ops * len(fcases))
    for i, (a, b, lo, hi) in enumerate(fcases):
        want = field_reference(a, b, lo, hi)
        for op in range(ops):
            chk.cases += 1
            got = results[ops * i + op]
            if got != want[op]:
                chk.mismatch("%s(a=0x%x, b=0x%x, lo=0x%x, hi=0x%x) = 0x%x, expected 0x%x"
                             % (FIELD_OP_NAMES[op], a, b, lo, hi, got, want[op]))
    if not canary_ok(mem, d_out + out_bytes, 64):
        chk.mismatch("the kernel wrote past the last result (threads beyond count)")
    return chk


def check_permute(module, cases):
    chk = Check("powPermuteKernel")
    names = find_entries(module, "powPermuteKernel")
    if not names:
        chk.missing = "powPermuteKernel is missing from kernels/pow_search.cu's PTX"
        return chk
    name = names[0]
    if param_sizes(module, name) != [8, 8, 4]:
        chk.missing = "%s: parameters %s, expected (states, out, count)" % (name, param_sizes(module, name))
        return chk
    states = cases["permute"]
    mem = module.memory
    t0 = time.time()
    kernel = module.kernel(name)
    d_in = mem.alloc(96 * len(states), b"".join(le_words(int(w, 16) for w in s["input"]) for s in states))
    d_out = mem.alloc(96 * len(states) + 64, b"\xee" * (96 * len(states) + 64))
    grid = (len(states) + HASH_BLOCK - 1) // HASH_BLOCK
    chk.instructions = kernel.run([d_in, d_out, len(states)], grid, HASH_BLOCK)
    chk.carries = kernel.carry_instructions
    chk.seconds = time.time() - t0
    for i, s in enumerate(states):
        chk.cases += 1
        got = mem.read_u64s(d_out + 96 * i, 12)
        want = [int(w, 16) for w in s["output"]]
        if got != want:
            chk.mismatch("state '%s': %s, expected %s" % (s["name"], " ".join("%016x" % v for v in got),
                                                          " ".join("%016x" % v for v in want)))
    if not canary_ok(mem, d_out + 96 * len(states), 64):
        chk.mismatch("the kernel wrote past the last state (threads beyond count)")
    return chk


def search_kernels(module, variant):
    """{pow: kernel name} of the variant's search kernels, one per generation
    when the kernels take the generation as a template argument."""
    out = {}
    generic = None
    for e in find_entries(module, "powSearchKernel", "KernelVariantE%dE" % variant):
        m = re.search(r"KernelVariantE%dEL[a-z](\d+)E" % variant, e)
        if m:
            out[int(m.group(1))] = e
        else:
            generic = e
    return out, generic


def expected_slot(case, order):
    """searchStep's slot after the threads of `order` ran one after the other."""
    valid = {v["offset"]: [int(h, 16) for h in v["hash"]] for v in case["valid"]}
    min_offset = None
    records = []
    for t in order:
        for it in range(case["iterations"]):
            offset = t + it * case["threads"]
            if offset >= case["count"] or (min_offset is not None and offset > min_offset):
                break
            if offset in valid:
                min_offset = offset if min_offset is None else min(min_offset, offset)
                records.append((offset, valid[offset]))
                break
    return min_offset, records


def check_search(module, cases, variant, pow_value, label):
    chk = Check(label)
    per_pow, generic = search_kernels(module, variant)
    name = per_pow.get(pow_value)
    if name is None and per_pow:
        chk.missing = "no powSearchKernel of variant %d for pow %d (kernels for %s)" % (variant, pow_value,
                                                                                    sorted(per_pow))
        return chk
    if name is None:
        name = generic
    if name is None:
        chk.missing = "no powSearchKernel of variant %d in the PTX" % variant
        return chk
    layout = cases["layout"]
    if param_sizes(module, name) != [layout["search_params"], 8]:
        chk.missing = "%s: parameters %s, expected (SearchParams, slot)" % (name, param_sizes(module, name))
        return chk
    launches = [c for c in cases["search"] if c["pow"] == pow_value]
    if not launches:
        chk.mismatch("ptx_cases printed no search case for pow %d" % pow_value)
        return chk
    t0 = time.time()
    kernel = module.kernel(name)
    for case in launches:
        chk.instructions += run_search(module, kernel, layout, case, chk)
    chk.carries = kernel.carry_instructions
    chk.seconds = time.time() - t0
    return chk


def run_search(module, kernel, layout, case, chk):
    """One launch of `case` into a fresh slot, checked; returns instructions."""
    mem = module.memory
    params = bytes.fromhex(case["params"])
    slot_size = layout["slot"]
    d_slot = mem.alloc(slot_size + 64, bytes(slot_size) + b"\xee" * 64)
    no_offset = int(layout["no_offset"], 16)
    mem.write(d_slot + layout["slot_min_offset"], no_offset.to_bytes(8, "little"))
    threads = case["threads"]
    grid = (threads + SEARCH_BLOCK - 1) // SEARCH_BLOCK
    # The thread of the second valid nonce first, then all in order: the
    # slot's minimum is lowered once by a later thread, as on a GPU where
    # threads finish in any order; threads above the minimum stop early.
    second = case["valid"][1]["offset"] % threads if len(case["valid"]) > 1 else 0
    order = [second] + [t for t in range(grid * SEARCH_BLOCK) if t != second]
    executed = 0
    for t in order:
        executed += kernel.run([params, d_slot], grid, SEARCH_BLOCK, threads=[(t // SEARCH_BLOCK, t % SEARCH_BLOCK)])
    want_min, want_records = expected_slot(case, [t for t in order if t < threads])
    if want_min is None:
        want_min = no_offset
    got_min = int.from_bytes(mem.read(d_slot + layout["slot_min_offset"], 8), "little")
    got_found = int.from_bytes(mem.read(d_slot + layout["slot_found"], 4), "little")
    chk.cases += 1 + len(want_records)
    if got_min != want_min:
        chk.mismatch("%s: minOffset %d, expected %d" % (case["name"], got_min, want_min))
    if got_found != len(want_records):
        chk.mismatch("%s: found %d, expected %d" % (case["name"], got_found, len(want_records)))
    for k, (offset, hash8) in enumerate(want_records[:layout["max_candidates"]]):
        base = d_slot + layout["slot_candidates"] + k * layout["candidate"]
        got_off = int.from_bytes(mem.read(base + layout["candidate_offset"], 8), "little")
        got_hash = mem.read_u64s(base + layout["candidate_hash"], 8)
        if got_off != offset or got_hash != hash8:
            chk.mismatch("%s: candidate %d is offset %d hash %s, expected offset %d hash %s"
                         % (case["name"], k, got_off, fmt_limbs(got_hash), offset, fmt_limbs(hash8)))
    if not canary_ok(mem, d_slot + slot_size, 64):
        chk.mismatch("%s: the kernel wrote past the slot" % case["name"])
    return executed


def compile_ptx(args):
    out = os.path.join(args.work_dir, "pow_search_sm90.ptx")
    cmd = [args.nvcc]
    if args.ccbin:
        cmd += ["-ccbin", args.ccbin]
    cmd += ["-ptx", "-arch=sm_90", "-O3", "-std=c++17"]
    for inc in args.include:
        cmd += ["-I", inc]
    cmd += [args.source, "-o", out]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        print(" ".join(cmd))
        print(proc.stdout)
        return None
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nvcc", default="nvcc")
    ap.add_argument("--ccbin", default=None, help="host compiler for nvcc")
    ap.add_argument("-I", "--include", action="append", default=[], help="include directory (repeatable)")
    ap.add_argument("--source", default=None, help="kernels/pow_search.cu (default: under the first -I)")
    ap.add_argument("--cases", required=True, help="the ptx_cases generator")
    ap.add_argument("--work-dir", default=".")
    ap.add_argument("--ptx", default=None, help="run this PTX instead of compiling the source")
    ap.add_argument("--field-random", type=int, default=200, help="random field cases besides the edges")
    args = ap.parse_args()
    started = time.time()

    if args.ptx is None:
        nvcc = shutil.which(args.nvcc)
        if nvcc is None:
            print("SKIP: nvcc (%s) not found: the device code cannot be compiled to PTX" % args.nvcc)
            return 77
        args.nvcc = nvcc
    if args.source is None and args.ptx is None:
        if not args.include:
            ap.error("--source or -I is needed")
        args.source = os.path.join(args.include[0], "kernels", "pow_search.cu")
    os.makedirs(args.work_dir, exist_ok=True)

    # The interpreter first checks itself: carry chains on hand-written PTX.
    problems = ptx_interp.self_test(verbose=True)
    for p in problems[:10]:
        print("FAIL interpreter self-test:", p)
    if problems:
        return 1

    proc = subprocess.run([args.cases], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        print("FAIL: %s exited with %d\n%s" % (args.cases, proc.returncode, proc.stderr))
        return 1
    cases = json.loads(proc.stdout)

    t0 = time.time()
    ptx = args.ptx or compile_ptx(args)
    if ptx is None:
        print("FAIL: the kernels do not compile to PTX")
        return 1
    compile_s = time.time() - t0
    t0 = time.time()
    module = ptx_interp.PtxModule.from_file(ptx)
    parse_s = time.time() - t0
    print("PTX: %s (%s; compiled in %.1f s, parsed in %.1f s), %d kernels"
          % (ptx, "given" if args.ptx else "nvcc -ptx -arch=sm_90", compile_s, parse_s, len(module.entries())))

    layout = cases["layout"]
    checks = []
    # (label, check, required): the compact kernels and the field and
    # permutation kernels must be there; the inline variant is checked too
    # where the source still has it.
    v1, v2 = layout["pow_v1"], layout["pow_v2"]
    runs = [
        ("powHashKernel<compact>", lambda label: check_hash(module, cases, 0, label), True),
        ("powFieldCheckKernel", lambda label: check_field(module, cases, args.field_random), True),
        ("powPermuteKernel", lambda label: check_permute(module, cases), True),
        ("powSearchKernel<compact, v1>", lambda label: check_search(module, cases, 0, v1, label), True),
        ("powSearchKernel<compact, v2>", lambda label: check_search(module, cases, 0, v2, label), True),
        ("powHashKernel<inline>", lambda label: check_hash(module, cases, 1, label), False),
        ("powSearchKernel<inline, v1>", lambda label: check_search(module, cases, 1, v1, label), False),
        ("powSearchKernel<inline, v2>", lambda label: check_search(module, cases, 1, v2, label), False),
    ]
    for label, run, required in runs:
        try:
            chk = run(label)
        except ptx_interp.PtxError as e:
            chk = Check(label)
            chk.mismatch("PTX error: %s" % e)
        chk.optional = not required
        checks.append(chk)

    failed = False
    print("%-30s %6s %13s %11s %7s %10s" % ("kernel", "cases", "instructions", "carry ops", "seconds",
                                             "mismatches"))
    for c in checks:
        if c.missing:
            if c.optional:
                print("%-30s absent (optional): %s" % (c.label, c.missing))
                continue
            failed = True
            print("%-30s MISSING: %s" % (c.label, c.missing))
            continue
        print("%-30s %6d %13d %11d %7.1f %10d" % (c.label, c.cases, c.instructions, c.carries, c.seconds,
                                                  len(c.mismatches)))
        for m in c.mismatches[:12]:
            print("    MISMATCH", m)
        if len(c.mismatches) > 12:
            print("    ... and %d more" % (len(c.mismatches) - 12))
        failed = failed or bool(c.mismatches)
    total = sum(c.instructions for c in checks)
    print("%d PTX instructions interpreted; %.1f s in all. %s"
          % (total, time.time() - started, "FAILED" if failed else "All device results match."))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
