"""The fixed set of kernels whose sources tests/golden/ keeps for every backend: softmax, matmul, GEMV (both
weight layouts, 16-byte loads, a LayerNorm before it, a packed Q4_0 weight dequantized in it) and a GPT-2 layer
(prefill over a symbolic row count), rendered for fixed targets so the files do not depend on this machine.

A refactor of the scheduler or the renderers should not change generated code; this is how to check:

    python tests/golden_sources.py            # render now, diff against tests/golden/ (the last commit's)
    python tests/golden_sources.py --update   # accept the new sources (review the diff first)

tests/test_gpu_backends.py::test_golden_sources runs the same comparison in CI.
"""
from __future__ import annotations

import difflib
import sys
from pathlib import Path

import numpy as np

GOLDEN = Path(__file__).resolve().parent / "golden"
HEADER = {"py": "# ruff: noqa\n"}  # generated Python is not linted


def _gpt2_layer(n, device: str):
    """One GPT-2 block (pre-norm attention and MLP, causal, 2 heads of 16) over n rows, from minic ops."""
    from minic import Tensor
    rng = np.random.default_rng(0)
    C, H = 32, 2

    def w(*shape):
        return Tensor((rng.standard_normal(shape) * 0.02).astype(np.float32), device=device)

    x = Tensor(np.zeros((4, C), np.float32), shape=(n, C), device=device)
    qkv = x.layer_norm(w(C), w(C)) @ w(C, 3 * C) + w(3 * C)
    q, k, v = (t.reshape(n, H, C // H).transpose(0, 1) for t in qkv.split(C, axis=-1))
    a = q.scaled_dot_product_attention(k, v, causal=True).transpose(0, 1).reshape(n, C)
    h = x + a @ w(C, C) + w(C)
    return h + (h.layer_norm(w(C), w(C)) @ w(C, 4 * C) + w(4 * C)).gelu() @ w(4 * C, C) + w(C)


def sources() -> dict[str, str]:
    """file name in tests/golden -> the text it should hold."""
    from conftest import render_all

    from minic import Tensor, Var, float16, quant
    from minic.codegen.c import CRenderer
    from minic.codegen.cuda import CUDARenderer
    from minic.codegen.llvmir import LLVMRenderer
    from minic.codegen.opencl import OpenCLRenderer
    from minic.codegen.python import PythonRenderer
    from minic.codegen.wgsl import WGSLRenderer
    from minic.sched.rules.cpu_matmul import CpuMatmulSettings
    from minic.sched.rules.matmul_plan import ProductSettings
    from minic.sched.target import Target
    # a small register tile keeps the matmul readable
    cpu = Target("golden-cpu", cpu_cores=4, vector_bytes=16).tuned(CpuMatmulSettings(rows=2, vectors=1),
                                                                   ProductSettings(gemv_max_rows=1))
    gpu = Target("golden-gpu", gpu=True, max_threads=1024, warp=1, shared_bytes=32768)
    backends = {"c": (CRenderer(), cpu), "ll": (LLVMRenderer(), cpu), "py": (PythonRenderer(), cpu),
                "cu": (CUDARenderer(), gpu.with_(warp=32, wide_copy_bytes=16)),
                "cl": (OpenCLRenderer(), gpu.with_(wide_copy_bytes=16)),
                "wgsl": (WGSLRenderer(), gpu)}
    n = Var("n", 1, 1024)
    x = Tensor(np.zeros((4, 64), np.float32), shape=(n, 64), device="LLVM")
    w = Tensor(np.zeros((64, 32), np.float32), device="LLVM")
    x1 = Tensor(np.zeros((1, 64), np.float32), device="LLVM")
    # x @ W.T over float16 rows: the GPU GEMV reads them in 16-byte loads where the target has them
    wide = Tensor(np.zeros((1, 256), np.float32), dtype=float16) @ Tensor(np.zeros((64, 256), np.float32),
                                                                            dtype=float16).T
    # a LayerNorm then x @ W.T + b (decode's norm GEMV): GPUs fold the norm into the K loop
    half = lambda *shape: Tensor(np.zeros(shape, np.float32), dtype=float16)  # noqa: E731
    norm_gemv = half(1, 256).layer_norm(half(256), half(256)) @ half(48, 256).T + half(48)  # 6 groups: one wave
    # float16 rows times a Q4_0 weight, as a float16 model reads one: GPUs take runs of each block's codes
    q4 = quant.quantize(np.zeros((16, 256), np.float32), "q4_0", device="LLVM")
    q4_gemv = half(1, 256) @ q4.dequant().cast(float16).T
    graphs = {"softmax": x.softmax(-1), "matmul": x @ w, "gemv": x1 @ w, "gemv_wide": wide,
              "norm_gemv": norm_gemv, "q4_gemv": q4_gemv, "gpt2_layer": _gpt2_layer(n, "LLVM")}
    out = {}
    for gname, t in graphs.items():
        for ext, (renderer, target) in backends.items():
            out[f"{gname}.{ext}"] = HEADER.get(ext, "") + "\n".join(render_all(t, target, renderer))
    return out


def stale(update: bool = False) -> list[str]:
    """A unified diff (first 60 lines) per golden file that differs from what renders now; `update` rewrites
    the files instead."""
    out = []
    for fname, src in sources().items():
        path = GOLDEN / fname
        if update:
            GOLDEN.mkdir(exist_ok=True)
            path.write_text(src)
        elif not path.exists() or path.read_text() != src:
            old = path.read_text().splitlines(keepends=True) if path.exists() else []
            diff = difflib.unified_diff(old, src.splitlines(keepends=True), f"golden/{fname}", f"now/{fname}")
            out.append("".join(list(diff)[:60]))
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    changed = stale(update="--update" in sys.argv)
    print("\n".join(changed) if changed else "golden sources unchanged" if "--update" not in sys.argv
          else f"rewrote {len(sources())} files in {GOLDEN}")
    sys.exit(1 if changed else 0)
