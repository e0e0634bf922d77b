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
    shared_bytes: int = 0  # group-shared memory per group
    fp16: bool = True  # can the device load/store float16
    max_buffers: int = 64  # storage buffers one kernel may bind
    elementwise_threads: int = 256  # group size for elementwise kernels
    reduce_threads: int = 256  # group size for cooperative row reductions
    peak_gbps: float = 0.0  # memory bandwidth, for % of peak in reports (0 = unknown)
    peak_gflops: float = 0.0
    # --- CPU matmul / GEMV rules (rules/matmul.py, rules/gemv.py) ---------------------
    mm_rows: int = 6  # register tile height: rows of A broadcast per K step
    mm_vectors: int = 4  # register tile width in SIMD vectors (x vector_bytes/4 float columns)
    gemv_max_rows: int = 4  # a matmul with at most this many rows (static, or the Var's bound) is a GEMV;
    #                         with a symbolic row count the Matmul kernel branches to the GEMV path below it
    gemv_vectors: int = 4  # GEMV (x @ W): columns per task, in SIMD vectors
    gemv_split_k: int = 0  # GEMV: split K across cores when columns are few (0 = decide from the shape)

    def with_(self, **kw) -> Target:
        return replace(self, **kw)


def cpu_target(name: str) -> Target:
    return Target(name=name, cores=max(1, len(os.sched_getaffinity(0))), vector_bytes=_cpu_vector_bytes(),
                  peak_gbps=float(os.environ.get("MINIC_CPU_PEAK_GBPS", "0") or 0))


def _cpu_vector_bytes() -> int:
    try:
        flags = open("/proc/cpuinfo").read()
    except OSError:
        return 16
    if " avx512f" in flags:
        return 64
    if " avx2" in flags or " avx " in flags:
        return 32
    return 16
