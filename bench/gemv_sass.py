"""What the GPU GEMV's K loop costs in instructions, without a GPU: minic's kernel for a packed decode GEMV compiled by
NVRTC for sm_90 and disassembled (nvdisasm), the float loop against the integer one (rules/gpu_int_dot.py).

    pip install nvidia-cuda-nvdisasm            # the disassembler (cuobjdump's, without the rest of the toolkit)
    PYTHONPATH=. python bench/gemv_sass.py --shapes 4096x14336,14336x4096 --formats q4_0,q4_k --markdown

A static count, not a time: where a thread's K loop is unrolled (GpuGemvTile.steps, LLaMA's shapes) its body is
what every thread executes once, so `K part / weight` is the issue slots a weight costs; the integer kernel's
staging loop (x quantized into group memory, one run a thread an iteration) is counted apart. Which one is faster
is for bench/gemv_gpu.py on a GPU to say (--sweep "int_dot='','native'"); this says where the instructions go.
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minic import Tensor, quant  # noqa: E402
from minic.codegen.cuda import CUDARenderer  # noqa: E402
from minic.engine import kernel_graphs  # noqa: E402
from minic.runtime.cuda import _compile  # noqa: E402
from minic.sched import rules  # noqa: E402
from minic.sched.rules.gpu_gemv import GpuGemvSettings, gemv_schedule  # noqa: E402
from minic.sched.rules.matmul_plan import analyze  # noqa: E402
from minic.sched.rules.settings import tune  # noqa: E402
from minic.sched.target import Target  # noqa: E402

H100 = Target("CUDA", gpu=True, max_threads=1024, warp=32, lane_shuffles=True, shared_bytes=227 * 1024,
              wide_copy_bytes=16, device_scratch=True, byte_dot="native", mma=True, multiprocessors=132,
              multiprocessor_threads=2048, multiprocessor_groups=32)  # what runtime/cuda.py reports for an H100


def nvdisasm() -> str:
    """The nvdisasm executable: on PATH, or from the nvidia-cuda-nvdisasm wheel."""
    found = shutil.which("nvdisasm")
    if found:
        return found
    try:
        import nvidia
        for root in nvidia.__path__:
            for hit in Path(root).glob("cu*/bin/nvdisasm"):
                return str(hit)
    except ImportError:
        pass
    raise SystemExit("nvdisasm not found: pip install nvidia-cuda-nvdisasm (or put the CUDA toolkit's bin on PATH)")


def sass(source: str) -> list[tuple[int, str]]:
    """(address, instruction) of the kernel's SASS for sm_90."""
    cubin, _ = _compile(source, "sm_90")
    with tempfile.NamedTemporaryFile(suffix=".cubin", delete=False) as f:
        f.write(cubin)
    try:
        text = subprocess.run([nvdisasm(), "-c", f.name], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    out, labels, pending = [], {}, []
    for line in text.splitlines():
        label = re.match(r"(\.L_x_\d+):", line)
        if label:
            pending.append(label.group(1))
        m = re.match(r"\s+/\*([0-9a-f]{4,})\*/\s+(.*?)\s*;", line)
        if m:
            at = int(m.group(1), 16)
            labels.update((name, at) for name in pending)
            pending = []
            out.append((at, re.sub(r"^@!?U?P\w+\s+", "", m.group(2))))
    return [(at, re.sub(r"`\((\.L_x_\d+)\)", lambda m: hex(labels.get(m.group(1), 0)), ins)) for at, ins in out]


def staging_end(code: list) -> int:
    """The address of the first loop's backward branch: the integer kernel's staging loop (0: no loop)."""
    for at, ins in code:
        m = re.match(r"BRA\s+0x([0-9a-f]+)", ins)
        if m and int(m.group(1), 16) <= at:
            return at
    return 0


def measure(fmt: str, K: int, N: int, mode: str) -> dict:
    target = tune(H100, GpuGemvSettings, int_dot=mode)
    w = quant.quantize(np.random.default_rng(0).standard_normal((N, K)).astype(np.float32), fmt)
    t = quant.linear(Tensor(np.ones((1, K), np.float16)), w)
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    plan = analyze(kg)
    tile, _ = gemv_schedule(kg, plan, target)
    code = sass(CUDARenderer().render(rules.choose(kg, target).kernel))
    end = staging_end(code) if mode else 0
    body = [ins for at, ins in code if at > end]
    weights = tile.steps * tile.packed * plan.k_split[0] // plan.k_split[-1]  # 0: a K loop, not unrolled
    ops = collections.Counter(ins.split()[0] for ins in body)
    return {"total": len(code), "staging": len([1 for at, _ in code if at <= end]), "body": len(body),
            "weights": weights, "ops": ops}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", default="4096x14336,14336x4096", help="KxN, comma-separated")
    ap.add_argument("--formats", default="q4_0,q4_1,q4_k,q8_0")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    print("| format | KxN | loop | SASS | staging loop | K part | weights a thread | K part / weight | top ops |")
    print("|---|---|---|---|---|---|---|---|---|")
    for fmt in args.formats.split(","):
        for shape in args.shapes.split(","):
            K, N = (int(v) for v in shape.split("x"))
            for mode, name in (("", "float"), ("native", "integer")):
                m = measure(fmt, K, N, mode)
                per = f"{m['body'] / m['weights']:.2f}" if m["weights"] else "(a loop)"
                top = ", ".join(f"{op} {n}" for op, n in m["ops"].most_common(5))
                print(f"| {fmt} | {K}x{N} | {name} | {m['total']} | {m['staging'] or '-'} | {m['body']} | "
                      f"{m['weights'] or '-'} | {per} | {top} |")


if __name__ == "__main__":
    main()
