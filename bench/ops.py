"""minic next to a peer on one device: bandwidth (also as a fraction of a plain copy), matmul GFLOP/s, GPT-2 shapes.

    PYTHONPATH=. python bench/ops.py                      # LLVM and C, every table, next to numpy
    PYTHONPATH=. python bench/ops.py --devices LLVM --only gemm,gemv --repeats 9
    PYTHONPATH=. python bench/ops.py --devices LLVM --quick --dtype float16
    PYTHONPATH=. python bench/ops.py --markdown > bench/README.md                 # the CPU document
    PYTHONPATH=. python bench/ops.py --devices CUDA --dtype float16              # next to PyTorch (cuBLAS)
    PYTHONPATH=. python bench/ops.py --devices CUDA --dtype float16 --markdown   # a GPU section to paste
    PYTHONPATH=. python bench/ops.py --devices LLVM,C --only eager               # Python per eager op

--dtype float16 makes every input a minic.float16 tensor (kernels compute and accumulate in float32).

The peer: PyTorch on CUDA (its own kernels, cuBLAS for `@`, in --dtype) next to CUDA, CL and WEBGPU when
`torch.cuda.is_available()`; numpy otherwise. numpy's float16 loops convert element by element and its half
matmul bypasses BLAS, so numpy always computes in float32 (the fair CPU baseline) and its GB/s counts float32
bytes. Devices with different peers get separate tables.

Each case is built and run once before the timing (compilation, cuBLAS handles, caches), then minic and the
peer take turns `--repeats` times. One sample is as many back-to-back runs between two synchronizations as
fill 2 ms, so a GPU queues the launches and neither launch latency nor the synchronization dominates a short
kernel. Tables show medians and minic's spread ((max - min) / median), because the machine may be shared.
GB/s counts the bytes minic's cost model says the kernels must move (the peer: the same elements in its own
dtype), GFLOP/s counts 2*M*K*N for a matmul, and ratio is minic's throughput over the peer's. `copy` copies a
64 MiB buffer (GB/s counts bytes read + written); `of copy` is a row's minic GB/s over the device's copy GB/s,
the faster of minic's copy and the peer's on the same memory: the yardstick for bandwidth-bound kernels. On
GPU devices the elementwise operands are 64 MiB too, larger than an H100's L2 cache. The eager table times one
op's `.realize()` (a tiny add, a GPT-2 GEMV) whole, its kernels alone, and its Python split into building the
lazy expression and realizing it (device launch stubbed out): what an eager loop pays per op above the kernel.
"""
from __future__ import annotations

import argparse
import functools
import math
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from peers import NumpyPeer, TorchPeer, peer_for, torch_cuda  # noqa: E402  (bench/peers.py, beside this script)

from minic import Tensor, Var  # noqa: E402
from minic.engine import cost, launch, var_args  # noqa: E402
from minic.runtime.registry import GPU_DEVICES, get_device  # noqa: E402

GEMM_TARGET, GEMV_TARGET = 0.7, 0.8  # CPU devices: x numpy's GFLOP/s; x numpy's weight-read GB/s
CUDA_GEMM_TARGET, CUDA_GEMV_TARGET = 0.5, 0.8  # CUDA: x cuBLAS at T = 512; x this device's copy GB/s
EAGER_TARGET_US = 40  # Python per realize() of a graph scheduled before, device launch stubbed out (issue 10)
EAGER_ROUNDS, EAGER_CALLS = 40, 50  # python_split: the fastest of 40 rounds of 50 calls
COPY_MIB = 64
MIN_SAMPLE_S, CASE_BUDGET_S, WARMUP_S = 2e-3, 4.0, 0.1  # seconds
# pause before each sample: OpenBLAS's threads spin ~0.1 s after a call and take the second core from whatever
# runs next (minic's worker then loses its share to the calling thread: one-core speed); minic's spin 0.3 ms
SETTLE_S = 0.15
# GPT-2 small: (name, K, N, transposed weight); the head is x @ wte.T with wte [50257, 768]
GPT2 = [("attn.c_attn", 768, 2304, False), ("attn.c_proj", 768, 768, False), ("mlp.c_fc", 768, 3072, False),
        ("mlp.c_proj", 3072, 768, False), ("lm_head (wte.T)", 768, 50257, True)]


REFERENCE = NumpyPeer("float32")


# --- the timing protocol, shared by every table --------------------------------------------------------
@dataclass
class Row:
    cells: list
    score: float = 0.0  # what `target` is compared against
    target: float = 0.0


@dataclass
class Bench:
    """The run's settings, and each device's copy bandwidth, measured once and shared by the tables."""

    repeats: int
    quick: bool
    dtype: str
    copies: dict = field(default_factory=dict)  # device -> (copy Row, the device's copy GB/s)

    @property
    def itemsize(self) -> int:
        return np.dtype(self.dtype).itemsize

    def tol(self, base: float) -> float:
        return base if self.dtype == "float32" else 5 * base  # float16 rounds inputs and outputs

    def random(self, rng, shape: tuple) -> np.ndarray:
        return rng.standard_normal(shape, dtype=np.float32).astype(self.dtype)

    def peer(self, dev: str) -> NumpyPeer | TorchPeer:
        return peer_for(dev, self.dtype)

    def peer_bytes(self, dev: str, nbytes: float) -> float:
        """The bytes the peer moves for the elements minic moves in `nbytes`: numpy's are float32."""
        return nbytes * self.peer(dev).itemsize / self.itemsize


@dataclass
class Timing:
    kernels: list  # minic's ScheduledKernels
    wrong: str  # " WRONG" when minic's result is off
    minic_s: float  # median seconds per run
    spread: float
    peer_s: float

    @property
    def rule(self) -> str:
        return "+".join(sk.rule for sk in self.kernels)

    def micros(self) -> list[str]:
        """Wall time per run of (minic, peer): at a few us it is the Python launch, not the kernel."""
        return [f"{1e6 * self.minic_s:.1f}", f"{1e6 * self.peer_s:.1f}"]

    def rates(self, work: float, peer_work: float) -> tuple[float, float]:
        """(minic, peer) in G units of work per second."""
        return work / self.minic_s / 1e9, peer_work / self.peer_s / 1e9


def sample(fn, sync, inner: int) -> float:
    """Seconds per run over `inner` back-to-back runs between two synchronizations."""
    sync()
    t0 = time.perf_counter()
    for _ in range(inner):
        fn()
    sync()
    return (time.perf_counter() - t0) / inner


def race(sides: list, repeats: int) -> list[list[float]]:
    """Samples (seconds per run) of each (fn, sync) side, the sides taking turns so a busy neighbour hits all
    alike. A side's first run is its warm-up (compilation, cuBLAS handles, caches); when that run is short it
    is timed again, warm. That time sizes the side's samples (>= MIN_SAMPLE_S); long cases get fewer repeats
    (at least 3)."""
    inner, longest = [], 0.0
    for fn, sync in sides:
        first = sample(fn, sync, 1)
        if first < WARMUP_S:
            first = max(sample(fn, sync, 1), 1e-9)
        inner.append(max(1, math.ceil(MIN_SAMPLE_S / first)))
        longest = max(longest, first * inner[-1])
    repeats = max(3, min(repeats, int(CASE_BUDGET_S / longest)))
    times: list = [[] for _ in sides]
    for _ in range(repeats):
        for (fn, sync), n, ts in zip(sides, inner, times):
            time.sleep(SETTLE_S)
            ts.append(sample(fn, sync, n))
    return times


def check(t: Tensor, ref: np.ndarray, tol: float) -> str:
    got = t.numpy()
    return "" if np.allclose(got, ref, rtol=tol, atol=tol) else " WRONG"


def measure(ctx: Bench, dev: str, t: Tensor, expect: np.ndarray, peer_fn, tol: float) -> Timing:
    """Schedule `t`, check it against `expect`, then race its kernels against `peer_fn` on `dev`."""
    sks = t.schedule()
    wrong = check(t, expect, ctx.tol(tol))

    def run():
        for sk in sks:
            launch(sk, sk.graph.buffers, sk.var_vals)

    ts, tp = race([(run, get_device(dev).synchronize), (peer_fn, ctx.peer(dev).sync)], ctx.repeats)
    med = statistics.median(ts)
    return Timing(sks, wrong, med, (max(ts) - min(ts)) / med, statistics.median(tp))


def moved(kernels: list) -> int:
    return sum(cost(sk.graph, sk.var_vals)[0] for sk in kernels)


def goal(score: float, target: float, what: str = "") -> str:
    if not target:
        return "-"
    verdict = "pass" if score >= target else f"MISS by {100 * (target - score) / target:.0f}%"
    return f">={target}{' ' + what if what else ''} {verdict}"


def attempt(width: int, prefix: list, make_row) -> Row:
    """make_row()'s row, or one that says why the case failed (WEBGPU, say, binds at most 128 MiB per buffer),
    so one case cannot end the run."""
    try:
        return make_row()
    except Exception as e:
        why = [line.strip() for line in str(e).splitlines() if line.strip()] or [""]
        return Row(prefix + [f"failed: {type(e).__name__}: {why[-1][:120]}"] + [""] * (width - len(prefix) - 1))


# --- elementwise and reductions ------------------------------------------------------------------------
# (name, minic op on (x, y), peer op on (peer, a, b, out, vec) returning its result)
OPS = [("add", lambda x, y: x + y, lambda p, a, b, o, v: p.xp.add(a, b, out=o)),
       ("exp", lambda x, y: x.exp(), lambda p, a, b, o, v: p.xp.exp(a, out=o)),
       ("x*y+1 (fused)", lambda x, y: x * y + 1, lambda p, a, b, o, v: p.xp.add(p.xp.multiply(a, b, out=o), 1, out=o)),
       ("sum rows", lambda x, y: x.sum(-1), lambda p, a, b, o, v: p.xp.sum(a, -1, out=v)),
       ("max rows", lambda x, y: x.max(-1), lambda p, a, b, o, v: p.xp.amax(a, -1, out=v)),
       ("softmax rows", lambda x, y: x.softmax(-1), lambda p, a, b, o, v: p.softmax(a, o)),
       ("layernorm rows", lambda x, y: x.layer_norm(), lambda p, a, b, o, v: p.layer_norm(a, o))]


def bandwidth_row(ctx: Bench, dev: str, op: str, shape: tuple, tm: Timing, copy_gbps: float) -> Row:
    nbytes = moved(tm.kernels)
    mine, peer = tm.rates(nbytes, ctx.peer_bytes(dev, nbytes))
    return Row([op, "x".join(map(str, shape)), dev, tm.rule, f"{mine:.1f}{tm.wrong}", f"{peer:.1f}",
                f"{mine / peer:.2f}", f"{mine / copy_gbps:.2f}", f"{100 * tm.spread:.0f}%"], mine / peer)


def shares_memory(dev: str, peer) -> bool:
    """Whether the peer's copy runs on `dev`'s memory: numpy's does next to the CPU devices (and next to CL and
    WEBGPU, which numpy only peers where torch sees no NVIDIA GPU: here, PoCL and lavapipe), torch's always."""
    return dev != "CUDA" or isinstance(peer, TorchPeer)


def copy_case(ctx: Bench, dev: str) -> tuple[Row, float]:
    """(row, GB/s) of a plain 64 MiB copy on `dev`, measured once per run, in the run itself. The GB/s, the
    yardstick for `of copy`, is the faster of minic's copy and the peer's on the same memory: a slow minic copy
    kernel must not flatter every other row."""
    if dev not in ctx.copies:
        a = ctx.random(np.random.default_rng(2), (COPY_MIB * 2**20 // ctx.itemsize // 1024, 1024))
        p = ctx.peer(dev)
        pa, po = p.put(a), p.empty(a.shape)
        tm = measure(ctx, dev, Tensor(a, device=dev).contiguous(), a, functools.partial(p.copy, po, pa), 0.0)
        nbytes = moved(tm.kernels)
        mine, peer = tm.rates(nbytes, ctx.peer_bytes(dev, nbytes))
        best = max(mine, peer if shares_memory(dev, p) else 0.0)
        ctx.copies[dev] = (bandwidth_row(ctx, dev, "copy", a.shape, tm, best), best)
    return ctx.copies[dev]


def op_row(ctx: Bench, dev: str, op: tuple, a: np.ndarray, b: np.ndarray) -> Row:
    """One OPS entry on `dev`; numpy in float32 on the host gives the expected result."""
    name, make, peer_op = op
    host = [REFERENCE.put(a), REFERENCE.put(b), REFERENCE.empty(a.shape), REFERENCE.empty(a.shape[:1])]
    expect = np.array(peer_op(REFERENCE, *host))
    p = ctx.peer(dev)
    args = [p.put(a), p.put(b), p.empty(a.shape), p.empty(a.shape[:1])]
    t = make(Tensor(a, device=dev), Tensor(b, device=dev))
    tm = measure(ctx, dev, t, expect, functools.partial(peer_op, p, *args), 2e-3)
    return bandwidth_row(ctx, dev, name, a.shape, tm, copy_case(ctx, dev)[1])


def ops_shape(ctx: Bench, dev: str) -> tuple[int, int]:
    """GPU devices: 64 MiB per operand, as the copy, so no operand stays in the L2 cache between runs (50 MB on
    an H100); CPU devices keep the sizes bench/README.md has always shown."""
    if ctx.quick:
        return 1024, 1024
    return (COPY_MIB * 2**20 // ctx.itemsize // 1024, 1024) if dev in GPU_DEVICES else (4096, 1024)


def ops_table(ctx: Bench, devs: list) -> tuple[list, list]:
    head = ["op", "shape", "device", "rule", "minic GB/s", f"{ctx.peer(devs[0]).name} GB/s", "ratio", "of copy",
            "spread"]
    rows = []
    for dev in devs:
        rng, shape = np.random.default_rng(0), ops_shape(ctx, dev)
        a, b = ctx.random(rng, shape), ctx.random(rng, shape)
        rows.append(attempt(len(head), ["copy", "", dev], lambda dev=dev: copy_case(ctx, dev)[0]))
        rows += [attempt(len(head), [op[0], "x".join(map(str, shape)), dev],
                         functools.partial(op_row, ctx, dev, op, a, b)) for op in OPS]
    return head, rows


# --- matmul: GEMM and GEMV -----------------------------------------------------------------------------
def mm_case(ctx: Bench, dev: str, M: int, K: int, N: int, transposed: bool, sym: bool) -> Timing:
    """x [M, K] @ W [K, N] (or @ W.T with W [N, K]); `sym`: x's rows are a Var bound to M."""
    rng = np.random.default_rng(1)
    x, w = ctx.random(rng, (M, K)), ctx.random(rng, (N, K) if transposed else (K, N))
    tw = Tensor(w, device=dev)
    tx = Tensor(x, shape=(Var("n", 1, 1024), K), device=dev) if sym else Tensor(x, device=dev)
    p = ctx.peer(dev)
    px, pw, out = p.put(x), p.put(w), p.empty((M, N))
    pw, w32 = (pw.T, REFERENCE.put(w).T) if transposed else (pw, REFERENCE.put(w))
    return measure(ctx, dev, tx @ (tw.T if transposed else tw), REFERENCE.put(x) @ w32,
                   functools.partial(p.xp.matmul, px, pw, out=out), 1e-2)


def gemm_target(dev: str, name: str, M: int) -> float:
    """CPU devices: 0.7x numpy on every GPT-2 shape. CUDA: 0.5x cuBLAS at T = 512 (the issue's H100 goal).
    CL and WEBGPU are not scored."""
    if name == "square" or dev in ("CL", "WEBGPU"):
        return 0.0
    if dev == "CUDA":
        return CUDA_GEMM_TARGET if M == 512 and torch_cuda() else 0.0
    return GEMM_TARGET


def gemm_row(ctx: Bench, dev: str, name: str, M: int, K: int, N: int, transposed: bool) -> Row:
    tm = mm_case(ctx, dev, M, K, N, transposed, False)
    mine, theirs = tm.rates(2 * M * K * N, 2 * M * K * N)
    ratio, target = mine / theirs, gemm_target(dev, name, M)
    return Row([f"{M}x{K}x{N}", name, dev, tm.rule, f"{mine:.1f}{tm.wrong}", f"{theirs:.1f}", f"{ratio:.2f}",
                goal(ratio, target), f"{100 * tm.spread:.0f}%", *tm.micros()], ratio, target)


def gemm_table(ctx: Bench, devs: list) -> tuple[list, list]:
    peer = ctx.peer(devs[0]).name
    head = ["shape (MxKxN)", "weight", "device", "rule", "minic GFLOP/s", f"{peer} GFLOP/s", "ratio", "target",
            "spread", "minic us", f"{peer} us"]
    side = 512 if ctx.quick else 1024
    cases = [("square", side, side, side, False)]
    cases += [(name, T, K, N, tr) for T in ((128,) if ctx.quick else (128, 512)) for name, K, N, tr in GPT2
              if not (ctx.quick and tr)]  # quick: no lm_head, the slowest shape on CL and WEBGPU
    rows = [attempt(len(head), [f"{M}x{K}x{N}", name, dev], functools.partial(gemm_row, ctx, dev, name, M, K, N, tr))
            for dev in devs for name, M, K, N, tr in cases]
    return head, rows


def gemv_goal(dev: str) -> tuple[str, float]:
    """(score, target): CUDA against its own copy GB/s (the issue's H100 goal), CPU devices against numpy's
    GB/s; CL and WEBGPU are not scored."""
    if dev == "CUDA":
        return "of copy", CUDA_GEMV_TARGET
    return ("", 0.0) if dev in GPU_DEVICES else ("ratio", GEMV_TARGET)


def gemv_row(ctx: Bench, dev: str, name: str, K: int, N: int, transposed: bool, sym: bool) -> Row:
    tm = mm_case(ctx, dev, 1, K, N, transposed, sym)
    wbytes = K * N * ctx.itemsize
    mine, theirs = tm.rates(wbytes, ctx.peer_bytes(dev, wbytes))
    scores = {"ratio": mine / theirs, "of copy": mine / copy_case(ctx, dev)[1]}
    what, target = gemv_goal(dev)
    return Row([f"1x{K}x{N}", name, dev, tm.rule, f"{mine:.1f}{tm.wrong}", f"{theirs:.1f}", f"{scores['ratio']:.2f}",
                f"{scores['of copy']:.2f}", goal(scores.get(what, 0.0), target, "" if what == "ratio" else what),
                f"{100 * tm.spread:.0f}%", *tm.micros()], scores.get(what, 0.0), target)


def gemv_table(ctx: Bench, devs: list) -> tuple[list, list]:
    peer = ctx.peer(devs[0]).name
    head = ["shape (MxKxN)", "weight", "device", "rule", "minic GB/s", f"{peer} GB/s", "ratio", "of copy", "target",
            "spread", "minic us", f"{peer} us"]
    cases = [(name, K, N, tr, False) for name, K, N, tr in GPT2]
    cases += [(name + " [n=1 of Var n<=1024]", K, N, tr, True) for name, K, N, tr in GPT2 if name in
              ("attn.c_attn", "lm_head (wte.T)")]
    if ctx.quick:
        cases = cases[:2]
    rows = [attempt(len(head), [f"1x{K}x{N}", name, dev], functools.partial(gemv_row, ctx, dev, name, K, N, tr, sym))
            for dev in devs for name, K, N, tr, sym in cases]
    return head, rows


# --- eager overhead: what one op's realize() costs above its kernel -----------------------------------------
# (name, shapes of the inputs, minic op, peer op on the peer's arrays): the peer allocates its result as minic does
EAGER = [("tiny add: a + 1, a (4,)", [(4,)], lambda a: a + 1, lambda a: a + 1),
         ("GPT-2 GEMV: x @ w, 1x768 @ 768x3072", [(1, 768), (768, 3072)], lambda x, w: x @ w, lambda x, w: x @ w)]


def python_split(make, device) -> tuple[float, float]:
    """Microseconds of Python per call to build `make()` and to realize it, in a loop of build, realize, drop
    (a real eager loop: each graph is new, each result dropped), the device launch stubbed out. Each phase is
    timed call by call; the fastest of EAGER_ROUNDS rounds counts: the cost is fixed, a busy neighbour only
    ever adds to it."""
    real_launch, best = device.launch, (math.inf, math.inf)
    device.launch = lambda *a: None
    try:
        for _ in range(EAGER_ROUNDS):
            build = realize = 0.0
            for _ in range(EAGER_CALLS):
                t0 = time.perf_counter()
                t = make()
                t1 = time.perf_counter()
                t.realize()
                realize += time.perf_counter() - t1
                build += t1 - t0
                del t
            best = min(best, (build, realize), key=sum)
    finally:
        device.launch = real_launch
    return best[0] / EAGER_CALLS * 1e6, best[1] / EAGER_CALLS * 1e6


def eager_row(ctx: Bench, dev: str, name: str, shapes: list, op, peer_op) -> Row:
    """Three sides race (medians of wall time): the peer; minic's `op(...).realize()` whole; its kernels alone
    on fixed buffers (the device's own launch: what is left above it is minic's Python). Then python_split
    says how that Python divides into building the expression and realizing it."""
    rng = np.random.default_rng(3)
    arrays = [ctx.random(rng, s) for s in shapes]
    ts, p = [Tensor(a, device=dev) for a in arrays], ctx.peer(dev)
    peer_args = [p.put(a) for a in arrays]
    wrong = check(op(*ts), peer_op(*[REFERENCE.put(a) for a in arrays]), ctx.tol(1e-3))
    device = get_device(dev)
    kernels = op(*ts).schedule()
    steps = [(device.compile(sk.source, sk.loop), [b.handle for b in sk.graph.buffers], var_args(sk.loop, {}))
             for sk in kernels]

    def kernels_alone():
        for prog, handles, args in steps:
            device.launch(prog, handles, args)

    sides = [(functools.partial(peer_op, *peer_args), p.sync), (lambda: op(*ts).realize(), device.synchronize),
             (kernels_alone, device.synchronize)]
    peer, whole, kern = (1e6 * statistics.median(t) for t in race(sides, ctx.repeats))
    build, realize = python_split(lambda: op(*ts), device)
    verdict = "pass" if realize <= EAGER_TARGET_US else f"MISS by {100 * (realize / EAGER_TARGET_US - 1):.0f}%"
    return Row([name, dev, "+".join(sk.rule for sk in kernels), f"{peer:.1f}", f"{whole:.1f}{wrong}", f"{kern:.1f}",
                f"{whole - kern:.1f}", f"{build:.1f}", f"{realize:.1f}", f"realize <= {EAGER_TARGET_US} {verdict}"],
               EAGER_TARGET_US / realize, 1.0)


def eager_table(ctx: Bench, devs: list) -> tuple[list, list]:
    head = ["case", "device", "rule", f"{ctx.peer(devs[0]).name} us", "minic us", "kernel us", "above kernel us",
            "build us", "realize us", "target"]
    rows = [attempt(len(head), [name, dev], functools.partial(eager_row, ctx, dev, name, shapes, op, peer_op))
            for dev in devs for name, shapes, op, peer_op in EAGER]
    return head, rows


TABLES = [("ops", "Elementwise and reduction bandwidth", ops_table),
          ("gemm", "Matmul: square and GPT-2 GEMM shapes (T = 128, 512)", gemm_table),
          ("gemv", "GEMV (decode, T = 1): GB/s of weights read", gemv_table),
          ("eager", "Eager overhead: one op's realize() above its kernel, in microseconds per call", eager_table)]


# --- output --------------------------------------------------------------------------------------------
def render(title: str, head: list, rows: list, markdown: bool) -> str:
    cells = [head] + [r.cells for r in rows]
    if markdown:
        lines = [f"### {title}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(str(c) for c in r.cells) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    widths = [max(len(str(row[i])) for row in cells) for i in range(len(head))]
    lines = [title, "  ".join(h.ljust(w) for h, w in zip(head, widths))]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r.cells, widths)) for r in rows]
    return "\n".join(lines) + "\n"


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    text = (f"{cpu}, {len(os.sched_getaffinity(0))} cores, numpy {np.__version__}, load average {load:.1f} "
            f"at start, python {platform.python_version()}")
    if torch_cuda():
        import torch
        text += f"; {torch.cuda.get_device_name()}, torch {torch.__version__} (CUDA {torch.version.cuda})"
    return text


def preamble(args, devs: list, cmd: str) -> str:
    """The CPU run is the whole bench/README.md; a run with a GPU device is a section to paste into it."""
    method = (f"Medians of {args.repeats} alternating samples (minic, peer, minic, ...; at least 3 when a case runs "
              f"long); a sample is back-to-back runs filling 2 ms between two synchronizations, after a {SETTLE_S} s "
              "pause (OpenBLAS's threads spin that long after a call, taking a core from whatever runs next). "
              "`spread` is "
              "(max - min) / median of the minic samples. `copy` copies a 64 MiB buffer (GB/s counts bytes read "
              "+ written); `of copy` is a row's minic GB/s over the device's copy GB/s: the faster of minic's copy "
              "and the peer's on the same memory. "
              f"Inputs are {args.dtype}.")
    if any(d in GPU_DEVICES for d in devs):
        return (f"## {', '.join(devs)}, {args.dtype}\n\nGenerated with\n\n    {cmd}\n\nMachine: {machine()}.\n\n"
                f"{method} The peer is PyTorch on CUDA when torch sees a GPU (cuBLAS for `@`), else numpy. "
                "Elementwise operands are 64 MiB, past the L2 cache; GEMV weights under its size stay there between "
                "runs. The `us` columns are wall time per call: where they sit at a few us, each side's Python launch "
                "(minic's, or torch's eager dispatch before cuBLAS), not the GPU, sets the pace. "
                f"CUDA targets: GEMM >= {CUDA_GEMM_TARGET}x the peer's GFLOP/s at T = 512; GEMV >= "
                f"{CUDA_GEMV_TARGET} of the device's copy GB/s.\n")
    return ("# minic benchmarks\n\nGenerated by `bench/ops.py`; do not edit by hand. Regenerate with\n\n"
            f"    {cmd}\n\nMachine: {machine()}.\n\n{method} The machine is shared with other jobs: ratios "
            "between runs of this script can move by 10-30% (numpy's OpenBLAS threads suffer most from a busy "
            f"neighbour). GEMM target: minic >= {GEMM_TARGET}x numpy GFLOP/s; GEMV target: >= {GEMV_TARGET}x "
            "numpy's weight-read GB/s.\n")


def by_peer(ctx: Bench, devs: list) -> dict[str, list]:
    """Devices grouped by their peer's label, so each table names one peer in its header."""
    groups: dict = {}
    for dev in devs:
        groups.setdefault(ctx.peer(dev).label, []).append(dev)
    return groups


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--devices", default="LLVM,C", help="comma-separated minic devices (LLVM,C,PY,CL,WEBGPU,CUDA)")
    p.add_argument("--only", default="ops,gemm,gemv,eager", help="tables to run: ops,gemm,gemv,eager")
    p.add_argument("--dtype", default="float32", choices=["float32", "float16"], help="dtype of every input")
    p.add_argument("--repeats", type=int, default=7)
    p.add_argument("--quick", action="store_true", help="smaller sizes, fewer shapes (a smoke run)")
    p.add_argument("--markdown", action="store_true",
                   help="emit bench/README.md (CPU devices) or a section to paste into it (any GPU device)")
    args = p.parse_args(argv)
    devs = [d.strip().upper() for d in args.devices.split(",") if d.strip()]
    only = set(args.only.split(","))
    ctx = Bench(args.repeats, args.quick, args.dtype)
    cmd = "PYTHONPATH=. python bench/ops.py " + " ".join(argv if argv is not None else sys.argv[1:])
    out = [preamble(args, devs, cmd)] if args.markdown else []

    def emit(text: str) -> None:
        if args.markdown:
            out.append(text)
        else:
            print(text, flush=True)

    for label, group in by_peer(ctx, devs).items():
        for key, title, fn in TABLES:
            if key not in only:
                continue
            head, rows = fn(ctx, group)
            emit(render(f"{title}; {args.dtype}, peer: {label}", head, rows, args.markdown))
            scored = [r for r in rows if r.target]
            if scored:
                met = sum(r.score >= r.target for r in scored)
                emit(f"{met}/{len(scored)} shapes meet the target.\n")
    if args.markdown:
        print("\n".join(out))


if __name__ == "__main__":
    main()
