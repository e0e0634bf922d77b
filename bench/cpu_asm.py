"""The assembly of a packed product's CPU kernel where it multiplies, as LLVM compiles the kernel for this CPU (the
device's own pipeline: runtime/llvm.py `optimized`) or, with --cpu, for another one (--lanes: the float32 lanes of
its vectors the schedule is made for): the innermost loops with the most vector multiply-adds, each as its
instruction counts, and the text of one of them (--loop, by that rank).

    PYTHONPATH=. python bench/cpu_asm.py --kernel q4_0:2048x2048 --rows 128              # prefill: tiles, chunks
    PYTHONPATH=. python bench/cpu_asm.py --kernel q4_0:2048x2048 --rows 128 --cpu znver2 --lanes 8 \\
        --set CpuIntTileSettings.enabled=True                                               # as on an AVX2 CPU
    PYTHONPATH=. python bench/cpu_asm.py --kernel q4_k:8192x2048 --rows 1 --static           # decode's GEMV

`--rows` is a Var's value (the prefill kernel, which holds the GEMV variants for few rows too) unless --static.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import llvmlite.binding as llvm  # noqa: E402
import numpy as np  # noqa: E402
from decode_kernels import tune_device  # noqa: E402

from minic import Tensor, Var, quant  # noqa: E402
from minic.runtime.llvm import optimized  # noqa: E402
from minic.runtime.registry import get_device  # noqa: E402

INTEGER_MULTIPLY_ADDS = ("vpdpwssd", "vpmaddwd", "vpdpbusd")


def innermost_loops(asm: str) -> list[list[str]]:
    """The basic blocks that jump back to their own label, those with the most vector multiply-adds first (integer
    ones, then float ones)."""
    blocks, current = [], []
    for line in asm.splitlines():
        if re.match(r"^\.LBB\d+_\d+:", line):
            blocks.append(current)
            current = [line]
        elif current and line.strip() and not line.strip().startswith((".", "#")):
            current.append(line)
            if line.split()[0].startswith("j"):  # a branch ends the block; what follows falls through unlabelled
                blocks.append(current)
                current = ["(fall-through)"]
    blocks.append(current)
    loops = [b for b in blocks if b and b[-1].split()[-1] + ":" == b[0].split()[0]]
    def rank(loop: list[str]) -> tuple:  # integer multiply-adds first (the products), then float ones
        ops = [line.split()[0] for line in loop[1:]]
        return (-sum(op in INTEGER_MULTIPLY_ADDS for op in ops), -sum(op.startswith("vfmadd") for op in ops))
    return sorted(loops, key=rank)


def counts(loop: list[str]) -> str:
    mix = collections.Counter(line.split()[0] for line in loop[1:])
    return f"{len(loop) - 1} instructions: " + ", ".join(f"{op} {n}" for op, n in mix.most_common())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kernel", required=True, metavar="FMT:OUTxIN")
    ap.add_argument("--rows", type=int, default=128)
    ap.add_argument("--static", action="store_true", help="the rows a fixed shape, not a Var (decode's GEMV)")
    ap.add_argument("--cpu", default="", help="compile for this CPU (LLVM's name, e.g. znver2) instead of the host")
    ap.add_argument("--lanes", type=int, default=0, help="schedule for vectors of this many float32 lanes")
    ap.add_argument("--set", action="append", default=[], metavar="SETTINGS.FIELD=VALUE")
    ap.add_argument("--top", type=int, default=10, help="loops listed")
    ap.add_argument("--loop", type=int, default=0, help="the rank of the loop whose text is printed")
    args = ap.parse_args()
    dev = get_device("LLVM")
    if args.lanes:
        dev.target = dataclasses.replace(dev.target, vector_bytes=4 * args.lanes,
                                         vector_registers=32 if args.lanes >= 16 else 16)
    for item in args.set:
        tune_device(item, "LLVM")
    fmt, shape = args.kernel.split(":")
    out, cols = (int(v) for v in shape.split("x"))
    rng = np.random.default_rng(0)
    w = quant.quantize(rng.standard_normal((out, cols)).astype(np.float32), fmt, device="LLVM")
    x = Tensor(rng.standard_normal((args.rows, cols)).astype(np.float32),
               shape=None if args.static else (Var("n", 1, max(512, args.rows)), cols))
    (kernel,) = quant.linear(x, w).schedule()
    tm = dev.tm if not args.cpu else llvm.Target.from_default_triple().create_target_machine(cpu=args.cpu, opt=3)
    mod = llvm.parse_assembly(kernel.source)
    mod.triple = tm.triple
    loops = innermost_loops(tm.emit_assembly(optimized(mod, tm)))
    for rank, loop in enumerate(loops[:args.top]):
        print(f"[{rank}] {loop[0]} {counts(loop)}")
    print(f"\n--- loop [{args.loop}] ---\n" + "\n".join(loops[args.loop]))

if __name__ == "__main__":
    main()
