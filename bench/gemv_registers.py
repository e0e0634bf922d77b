"""Registers and spills of GPT-2's decode GEMVs with a norm before them, folded into the K loop or staged, as
ptxas reports them for the H200 (sm_90). Needs only NVRTC (no GPU): the kernels are scheduled for the H200's
target as its runtime reports it, rendered and compiled here.

    python bench/gemv_registers.py

Registers per thread decide how many groups of 256 threads a multiprocessor holds (65,536 registers, 2,048
threads: 32 registers or fewer hold 8 groups, 40 hold 6), and so in how many waves a GEMV's groups run
(bench/README.md, "H200, tenth session").
"""
from __future__ import annotations

import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from minic import Tensor, float16  # noqa: E402
from minic.codegen.cuda import CUDARenderer  # noqa: E402
from minic.engine import kernel_graphs  # noqa: E402
from minic.runtime.cuda import _compile  # noqa: E402
from minic.sched import rules  # noqa: E402
from minic.sched.rules.gpu_gemv import GpuGemvSettings  # noqa: E402
from minic.sched.rules.settings import tune  # noqa: E402
from minic.sched.target import Target  # noqa: E402

# what runtime/cuda.py's make_target reports on the H200
H200 = Target("CUDA", gpu=True, max_threads=1024, warp=32, lane_shuffles=True, shared_bytes=232448, fp16=True,
              multiprocessors=132, mma=True, wide_copy_bytes=16)
SHAPES = [("small", "c_attn", 768, 2304), ("small", "c_fc", 768, 3072), ("small", "head", 768, 50257),
          ("xl", "c_attn", 1600, 4800), ("xl", "c_fc", 1600, 6400), ("xl", "head", 1600, 50257)]


def norm_gemv(width: int, out: int, name: str) -> Tensor:
    """GPT-2's LayerNorm then x @ W.T (+ bias, + gelu for c_fc) at one decode row, float16 weights [out, width]."""
    def half(*shape):
        return Tensor(np.zeros(shape, np.float32), dtype=float16)
    y = half(1, width).layer_norm(half(width), half(width)) @ half(out, width).T
    if name == "head":
        return y
    y = y + half(out)
    return y.gelu() if name == "c_fc" else y


def ptxas(source: str) -> str:
    """ptxas' line for the kernel: registers, spills, barriers, shared memory."""
    log = _compile(source, "sm_90", options=("--ptxas-options=--verbose",))[1]
    used = re.search(r"Used (\d+) registers.*", log)
    spills = re.search(r"(\d+) bytes spill stores, (\d+) bytes spill loads", log)
    return f"{used.group(1)} | {spills.group(1) if spills else 0} | {used.group(0)}"


def main() -> None:
    print("| model | product | form | registers | spill stores (bytes) | ptxas |\n|---|---|---|---|---|---|")
    for model, name, width, out in SHAPES:
        t = norm_gemv(width, out, name)
        for fold in (True, False):
            target = tune(H200, GpuGemvSettings, fold_norms=fold)
            (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
            source = CUDARenderer().render(rules.choose(kg, target).kernel)
            print(f"| {model} | {name} | {'folded' if fold else 'staged'} | {ptxas(source)} |", flush=True)


if __name__ == "__main__":
    main()
