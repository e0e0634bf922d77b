"""Targets: the facts about a backend that rules read their parameters from.

No rule hard-codes a machine; a rule asks its Target how wide vectors are,
how many threads a group may have, how big a warp is. GPU runtimes fill in
what their driver reports (see each runtime's `target()`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Target:
    name: str
    gpu: bool = False
    cores: int = 1
    vector_bytes: int = 32  # widest SIMD register (CPU)
    max_threads: int = 1  # threads per group (GPU)
    warp: int = 1  # warp/subgroup width; 1 = no shuffles
    shared_bytes: int = 0  # group-shared memory per group (CUDA: the opt-in maximum; see codegen/cuda.py)
    fp16: bool = True  # can the device load/store float16
    max_buffers: int = 64  # storage buffers one kernel may bind
    elementwise_threads: int = 256  # group size for elementwise kernels
    elementwise_per_thread: int = 4  # output elements per thread (GPU): more loads in flight per thread
    reduce_threads: int = 256  # group size for cooperative row reductions
    wide_copy_bytes: int = 0  # GPU rules stage raw operands this many bytes per Copy (0: the renderer has none)
    peak_gbps: float = 0.0  # memory bandwidth, for % of peak in reports (0 = unknown)
    peak_gflops: float = 0.0
    # --- CPU matmul / GEMV rules (rules/matmul.py, rules/gemv.py) ---------------------
    mm_rows: int = 6  # register tile height: rows of A broadcast per K step
    mm_vectors: int = 4  # register tile width in SIMD vectors (x vector_bytes/4 float columns)
    gemv_max_rows: int = 4  # a matmul with at most this many rows (static, or the Var's bound) is a GEMV;
    #                         with a symbolic row count the Matmul kernel branches to the GEMV path below it
    mm_pack_bytes: int = 512 << 10  # a core copies B's K x tile-width panel contiguous when it fits this (0: off)
    mm_l2_bytes: int = 1 << 20  # per-core L2: a K x tile-width panel of B should fill at most half of it
    mm_dot_rows: int = 6  # tile when B is contiguous along K (x @ W.T): rows x cols vector dot products
    mm_dot_cols: int = 4
    gemv_stream: bool = True  # GEMV with W [K, N]: accumulate column blocks in the output (contiguous weight rows)
    gemv_stream_cols: int = 384  # widest such block (floats: 24 zmm, LLVM keeps a 1-row block in registers)
    gemv_vectors: int = 4  # GEMV with W [K, N] when not streaming: columns per task, in SIMD vectors
    gemv_dot_cols: int = 8  # GEMV with W [N, K] (W @ x, x @ W.T): dot products per task (8: +15% on lm_head)
    # --- GPU GEMV rule (rules/gpu_gemv.py); groups have reduce_threads threads -----------
    gpu_gemv_cols: int = 16  # x @ W: output columns per group (the rest of the group splits K)
    gpu_gemv_dot_split: int = 16  # x @ W.T without warp shuffles: threads per column sharing K
    gpu_small_batch: bool = True  # a symbolic row count branches at run time to the GEMV schedule (gpu_small_batch.py)
    # --- GPU Matmul rule (rules/gpu_matmul.py) ------------------------------------------
    gpu_mm_tile: int = 64  # output tile edge per group
    gpu_mm_thread_tile: int = 4  # each thread accumulates gpu_mm_thread_tile**2 outputs (threads: (tile/this)**2)
    gpu_mm_depth: int = 16  # K elements staged in group memory per step
    # --- tensor-core Matmul rule (rules/gpu_mma.py) ----------------------------------------
    mma: bool = False  # has warp-wide mma.sync (CUDA sm_80+): float16/bfloat16 products on tensor cores
    mma_tiles: tuple = ((128, 128), (128, 64), (64, 64))  # output tiles per group, largest first: the first that
    #     gives every multiprocessor mma_waves groups (and fits the group memory) is used, else the one with the most
    #     groups. On the H200 (bench/gpu_matmul_tiles.py) 64x64 led on the GPT-2 layers (a few hundred groups at
    #     most), 128x128 on the head's 50257 columns
    mma_waves: int = 4  # groups per multiprocessor that make a big tile worth it (fewer leave wave tails)
    mma_depth: int = 64  # K elements per staged panel (a multiple of 16)
    mma_stages: int = 4  # panels in group memory: one in use, the others' copies in flight (4 ~ 2 > 3 on the H200)
    mma_var_rows: tuple = ((64, 64), 2)  # (tile, stages) for a symbolic row count: one kernel serves n = 1 (decode)
    #     to n = 1024 (prefill); 64x64 tiles in 37 KB leave room for many groups when n is small

    def with_(self, **kw) -> Target:
        return replace(self, **kw)


def cpu_target(name: str) -> Target:
    return Target(name=name, cores=max(1, len(os.sched_getaffinity(0))), vector_bytes=_cpu_vector_bytes(),
                  peak_gbps=cpu_peak_gbps(), peak_gflops=float(os.environ.get("MINIC_CPU_PEAK_GFLOPS", "0") or 0))


_measured_gbps: list = []


def cpu_peak_gbps() -> float:
    """Memory bandwidth for "% of peak" in MINIC_DEBUG reports: $MINIC_CPU_PEAK_GBPS when set; else,
    only when launches will be reported (MINIC_DEBUG >= 1), measured once per process as the best of
    three 64 MiB numpy copies (bytes read + written; ~30 ms). 0 means unknown (no % printed)."""
    env = os.environ.get("MINIC_CPU_PEAK_GBPS", "")
    if env:
        return float(env)
    from minic import debugging
    if debugging.level() < 1:
        return 0.0
    if not _measured_gbps:
        import time

        import numpy as np
        src = np.ones(16 << 20, dtype=np.float32)
        dst = np.empty_like(src)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            np.copyto(dst, src)
            best = min(best, time.perf_counter() - t0)
        _measured_gbps.append(2 * src.nbytes / best / 1e9)
    return _measured_gbps[0]


def _cpu_vector_bytes() -> int:
    """The SIMD width the rules size register tiles for: 64 bytes on any AVX-512 part. LLVM's tuning for Intel's
    prefers 256-bit vectors, which would halve the FLOPs per instruction and spill a zmm-sized tile, so the CPU
    runtimes tell their compilers to use 512-bit vectors whenever this says 64 (runtime/llvm.py, clang.py)."""
    try:
        info = open("/proc/cpuinfo").read()
    except OSError:
        return 16
    if " avx512f" in info:
        return 64
    if " avx2" in info or " avx " in info:
        return 32
    return 16
