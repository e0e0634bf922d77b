"""Targets: the facts about a device that rules read.

A Target says what the device is (cores, vector width, threads per group, warp width, group memory, what its
compiler gets right); it holds no rule's knobs. Each rule module owns its settings (a frozen dataclass with
defaults per target, see rules/settings.py); `tuning` carries overrides of them for one device, e.g.
`tune(target, CpuMatmulSettings, rows=4)` in bench/tune.py. GPU runtimes fill in what their driver reports
(each runtime's `make_target()`).
"""
from __future__ import annotations

import os
import platform
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Target:
    name: str
    gpu: bool = False
    cpu_cores: int = 1  # CPU: cores the kernels' parallel loops run on
    vector_bytes: int = 32  # CPU: widest SIMD register
    vector_registers: int = 16  # CPU: SIMD registers a register tile may fill (x86-64: 16, 32 with AVX-512;
    #                             AArch64: 32)
    l2_bytes: int = 1 << 20  # CPU: L2 cache per core
    compiled: bool = True  # CPU: kernels become machine code (LLVM, C); False: Python functions (PY), which exist to
    #                        be read and stepped through in pdb, so rules give them their plainest schedule
    int_dot: bool = False  # CPU: compiled code whose compiler makes SIMD multiply-adds of int16 x int8 products summed
    #                        in int32 (x86's vpmaddwd): the GEMV takes integer dot products (rules/cpu_int_dot.py)
    pair_dot: bool = False  # CPU: the renderer has the loop IR's pairwise int16 multiply-add `dot2` (LLVM:
    #                         codegen/llvm_pair_dot.py), which int_dot's products then use where they can
    quad_dot: bool = False  # CPU: ... and `dot4`, four unsigned x signed byte products summed into int32 (LLVM on
    #                         AVX512-VNNI: vpdpbusd), which the integer tiles use where a weight's codes are bytes
    multiprocessors: int = 1  # GPU: multiprocessors (CUDA SMs, OpenCL compute units) that run groups at once
    multiprocessor_threads: int = 0  # GPU: threads one multiprocessor holds at once (0: not reported) ...
    multiprocessor_groups: int = 0  # ... and groups (CUDA: 32 on sm_90)
    max_threads: int = 1  # GPU: threads per group
    warp: int = 1  # GPU: warp/subgroup width; 1 = no shuffles
    lane_shuffles: bool = False  # GPU: a shuffle reduction can sum an aligned part of a warp (CUDA's xor shuffles;
    #                              WGSL's subgroupAdd takes the whole subgroup)
    shared_bytes: int = 0  # GPU: group-shared memory per group (CUDA: the opt-in maximum; see codegen/cuda.py)
    fp16: bool = True  # can the device load/store float16
    max_buffers: int = 64  # storage buffers one kernel may bind
    wide_copy_bytes: int = 0  # GPU: bytes one Copy of the renderer moves (0: the renderer has no wide copy)
    byte_dot: str = ""  # GPU: the renderer has the loop IR's byte-pair products dot2lo / dot2hi (loopir.BYTE_DOT_OPS):
    #                    "native" (CUDA sm_61+: __dp2a_lo/_hi, two int16 x int8 products an instruction), "emulated"
    #                    (OpenCL C: shifts and products), "" not at all (rules/gpu_int_dot.py)
    mma: bool = False  # GPU: has warp-wide mma.sync (CUDA sm_80+): float16/bfloat16 products on tensor cores
    uniform_exit_barriers: bool = True  # GPU: barriers after a group-uniform early exit compile correctly
    #                                     (PoCL's OpenCL miscompiles them; rules/gpu_small_batch.py needs them)
    device_scratch: bool = False  # GPU: program-scope device arrays and device-scope atomics (loopir.DeviceArray;
    #                                CUDA, OpenCL C 2.0): groups of one launch can combine their partial results
    peak_gbps: float = 0.0  # memory bandwidth, for % of peak in reports (0 = unknown)
    peak_gflops: float = 0.0
    tuning: tuple = ()  # rule settings that replace the rules' defaults on this device (rules/settings.py)

    def with_(self, **kw) -> Target:
        return replace(self, **kw)

    def tuned(self, *settings) -> Target:
        """This target with `settings` (rule settings objects) replacing any of the same class."""
        kinds = {type(s) for s in settings}
        return replace(self, tuning=tuple(s for s in self.tuning if type(s) not in kinds) + tuple(settings))


def cpu_target(name: str, compiled: bool = True, pair_dot: bool = False) -> Target:
    """This machine's CPU; `compiled`: kernels become machine code (LLVM, C), not Python (PY); `pair_dot`: the
    renderer has `dot2` and `mul2` (Target.pair_dot), and `dot4` where this CPU has AVX512-VNNI (Target.quad_dot)."""
    vector_bytes = _cpu_vector_bytes()
    int_dot = compiled and vector_bytes >= 32 and platform.machine() in ("x86_64", "AMD64")
    return Target(name=name, cpu_cores=max(1, len(os.sched_getaffinity(0))), vector_bytes=vector_bytes, int_dot=int_dot,
                  pair_dot=int_dot and pair_dot, compiled=compiled,
                  quad_dot=int_dot and pair_dot and vector_bytes >= 64 and _cpu_has("avx512_vnni", "avx512vl"),
                  vector_registers=32 if vector_bytes >= 64 or platform.machine() in ("aarch64", "arm64") else 16,
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


def _cpu_has(*flags: str) -> bool:
    """Whether /proc/cpuinfo lists every one of `flags`."""
    try:
        listed = set(open("/proc/cpuinfo").read().split())
    except OSError:
        return False
    return all(f in listed for f in flags)


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
