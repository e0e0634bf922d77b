"""GPU and browser backends (CUDA, OpenCL C, WGSL) against numpy.

Self-contained: every op runs for real on each GPU-style device this machine has
(CL through PoCL on the CPU, WEBGPU through lavapipe); devices that are absent
skip with the registry's reason. Without an NVIDIA GPU, every CUDA kernel of the
op suite is still rendered and compiled to PTX with NVRTC, so a CUDA syntax error
fails here. Golden sources of softmax and matmul for every backend live in
tests/golden/ (tests/golden_sources.py diffs and rewrites them).
"""
from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pytest
from conftest import cuda_target, nvrtc_or_skip, render_all

import minic
from minic import Tensor, Var
from minic.errors import DeviceError, DTypeError
from minic.runtime.registry import BACKENDS, GPU_DEVICES, get_device

os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")  # quiets the Vulkan loader under lavapipe
GOLDEN = Path(__file__).parent / "golden"
rng = np.random.default_rng(0)
X = rng.standard_normal((5, 7)).astype(np.float32)
Y = rng.standard_normal((5, 7)).astype(np.float32)
W = rng.standard_normal((7, 3)).astype(np.float32)
B = rng.standard_normal((3,)).astype(np.float32)
BIG = rng.standard_normal((37, 300)).astype(np.float32)  # rows longer than a group: strided reductions
Q = rng.standard_normal((2, 4, 8)).astype(np.float32)
K = rng.standard_normal((2, 6, 8)).astype(np.float32)
V = rng.standard_normal((2, 6, 8)).astype(np.float32)
IDS = np.array([2, 0, 4, 4, 1], dtype=np.int32)


def _softmax(x, axis=-1):
    e = np.exp(x - x.max(axis, keepdims=True))
    return e / e.sum(axis, keepdims=True)


def _ln(x):
    return (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5)


def _attention(q, k, v):
    s = q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])
    n, m = q.shape[1], k.shape[1]
    s = np.where(np.arange(m)[None, :] <= np.arange(n)[:, None] + (m - n), s, -np.inf)
    return _softmax(s) @ v


def _gelu(r):
    return 0.5 * r * (1 + np.tanh(math.sqrt(2 / math.pi) * (r + 0.044715 * r ** 3)))


_erf = np.vectorize(math.erf)
# name -> (build(device) -> Tensor, numpy reference, tolerance)
CASES = {
    "add": (lambda d: Tensor(X, device=d) + Tensor(Y, device=d), X + Y, 1e-5),
    "broadcast_mul": (lambda d: Tensor(X, device=d) * Tensor(X[0], device=d), X * X[0], 1e-5),
    "div_sub": (lambda d: (Tensor(X, device=d) - 1) / (Tensor(Y, device=d).abs() + 1),
                (X - 1) / (np.abs(Y) + 1), 1e-5),
    "unary": (lambda d: Tensor(X, device=d).exp() + Tensor(X, device=d).abs().sqrt() + Tensor(X, device=d).sin()
              + Tensor(X, device=d).cos() + (Tensor(X, device=d).abs() + 1).log(),
              np.exp(X) + np.sqrt(np.abs(X)) + np.sin(X) + np.cos(X) + np.log(np.abs(X) + 1), 1e-4),
    "tanh_big": (lambda d: (Tensor(X, device=d) * 100).tanh(), np.tanh(X * 100), 1e-5),
    "erf": (lambda d: Tensor(X, device=d).erf(), _erf(X).astype(np.float32), 1e-5),
    "where_cmp": (lambda d: (Tensor(X, device=d) < Tensor(Y, device=d)).where(Tensor(X, device=d), -1.0),
                  np.where(X < Y, X, -1.0), 1e-6),
    "bool_out": (lambda d: Tensor(X, device=d) > 0, X > 0, 0),
    "int32": (lambda d: Tensor((X * 10).astype(np.int32), device=d) * 3 + 1, (X * 10).astype(np.int32) * 3 + 1, 0),
    "uint8": (lambda d: Tensor((np.abs(X) * 20).astype(np.uint8), device=d) + 1,
              (np.abs(X) * 20).astype(np.uint8) + 1, 0),
    "int8_cast": (lambda d: Tensor((X * 20).astype(np.int8), device=d).cast(minic.float32) * 0.5,
                  (X * 20).astype(np.int8).astype(np.float32) * 0.5, 1e-6),
    "sum0": (lambda d: Tensor(X, device=d).sum(0), X.sum(0), 1e-5),
    "sum1": (lambda d: Tensor(X, device=d).sum(1), X.sum(1), 1e-5),
    "max_all": (lambda d: Tensor(X, device=d).max(), X.max(), 0),
    "min_neg": (lambda d: (Tensor(X, device=d) - 10).min(1), (X - 10).min(1), 1e-6),
    "mean_big": (lambda d: Tensor(BIG, device=d).mean(1), BIG.mean(1), 1e-5),
    "max_big": (lambda d: Tensor(BIG, device=d).max(1), BIG.max(1), 0),
    "argmax": (lambda d: Tensor(X, device=d).argmax(1), X.argmax(1), 0),
    "var": (lambda d: Tensor(X, device=d).var(0), X.var(0), 1e-5),
    "softmax": (lambda d: Tensor(X, device=d).softmax(-1), _softmax(X), 1e-5),
    "softmax_big": (lambda d: Tensor(BIG, device=d).softmax(-1), _softmax(BIG), 1e-5),
    "layer_norm": (lambda d: Tensor(BIG, device=d).layer_norm(), _ln(BIG), 1e-4),
    "rms_norm": (lambda d: Tensor(X, device=d).rms_norm(),
                 X / np.sqrt((X * X).mean(-1, keepdims=True) + 1e-6), 1e-5),
    "matmul_gelu": (lambda d: (Tensor(X, device=d) @ Tensor(W, device=d) + Tensor(B, device=d)).gelu(),
                    _gelu(X @ W + B), 1e-4),
    "matmul_big": (lambda d: Tensor(BIG.T[:64], device=d) @ Tensor(BIG[:, :48], device=d),
                   BIG.T[:64] @ BIG[:, :48], 1e-4),
    "attention_causal": (lambda d: Tensor(Q, device=d).scaled_dot_product_attention(
        Tensor(K, device=d), Tensor(V, device=d), causal=True), _attention(Q, K, V), 1e-5),
    "embedding": (lambda d: Tensor(X, device=d).embedding(Tensor(IDS, device=d)), X[IDS], 0),
    "movement": (lambda d: minic.cat([Tensor(X, device=d).T[1:5, ::2],
                                      Tensor(X, device=d).pad(((0, 2), (1, 0)))[:4, :3]], axis=1).tril(),
                 np.tril(np.concatenate([X.T[1:5, ::2], np.pad(X, ((0, 2), (1, 0)))[:4, :3]], 1)), 0),
}


def _device(name: str):
    try:
        return get_device(name)
    except DeviceError as e:
        pytest.skip(str(e))


@pytest.fixture(params=["CL", "WEBGPU", "CUDA"])
def gpu(request):
    _device(request.param)
    return request.param


def _check(got, ref, tol):
    got = np.asarray(got)
    assert got.shape == np.shape(ref), (got.shape, np.shape(ref))
    if tol == 0:
        np.testing.assert_array_equal(got, ref)
    else:
        np.testing.assert_allclose(got, ref, rtol=tol, atol=tol)


@pytest.mark.parametrize("case", sorted(CASES))
def test_op(gpu, case):
    build, ref, tol = CASES[case]
    _check(build(gpu).numpy(), ref, tol)


@pytest.mark.parametrize("rows", [1, 9, 64])
def test_symbolic_rows(gpu, rows):
    """One compiled kernel serves every value of n: the smallest, a middle one and the upper bound."""
    n = Var("n", 1, 64)
    data = rng.standard_normal((rows, 33)).astype(np.float32)
    x = Tensor(data, shape=(n, 33), device=gpu)
    _check((x.softmax(-1) * 2).sum(0).numpy(), (_softmax(data) * 2).sum(0), 1e-4)
    _check((x + 1).numpy(), data + 1, 1e-6)
    w = rng.standard_normal((33, 5)).astype(np.float32)
    _check((x @ Tensor(w, device=gpu)).numpy(), data @ w, 1e-4)


def test_symbolic_reuses_kernel(gpu):
    n = Var("n", 1, 64)
    dev = get_device(gpu)
    outs = []
    for rows in (3, 17):
        outs.append(Tensor(np.ones((rows, 8), np.float32), shape=(n, 8), device=gpu).softmax(-1))
    before = dev.compiles
    outs[0].numpy()
    mid = dev.compiles
    outs[1].numpy()
    assert dev.compiles == mid and mid - before <= 1


def test_fp16(gpu):
    if not get_device(gpu).target.fp16:
        with pytest.raises(DTypeError):
            Tensor(X, dtype=minic.float16, device=gpu).exp().numpy()
        return
    h = Tensor(X, dtype=minic.float16, device=gpu)
    got = h.exp().numpy()
    assert got.dtype == np.float16
    ref = np.exp(X.astype(np.float16).astype(np.float32)).astype(np.float16).astype(np.float32)
    _check(got.astype(np.float32), ref, 1e-3)
    # float32 accumulation: a long float16 row sums without float16's rounding at every step
    long = np.full((1, 4096), 0.1, np.float16)
    _check(Tensor(long, device=gpu).sum(1).numpy().astype(np.float32), [np.float16(409.6)], 0.5)
    sm = Tensor(BIG, dtype=minic.float16, device=gpu).softmax(-1).numpy().astype(np.float32)
    _check(sm, _softmax(BIG.astype(np.float16).astype(np.float32)), 2e-3)


def test_bfloat16(gpu):
    out = (Tensor(X, dtype=minic.bfloat16, device=gpu) + 1).numpy()
    _check(np.asarray(out, dtype=np.float32), X + 1, 5e-2)


def test_numpy_async_equals_numpy(gpu):
    """Tensor.numpy_async queues the read after the work launched so far and waits only when called: several
    reads in flight at once, of every stored width (bool and int8 are 4-byte words on WebGPU), equal numpy(),
    whichever order they are waited for, and as often; on WebGPU the mappable staging buffers are reused, not
    made anew."""
    ts = [Tensor(X, device=gpu) * 2, Tensor(X, device=gpu) > 0, (Tensor(X, device=gpu) * 10).cast(minic.int8),
          Tensor(X, device=gpu).argmax(1)]
    if get_device(gpu).target.fp16:
        ts.append(Tensor(X, dtype=minic.float16, device=gpu) + 1)
    made = getattr(get_device(gpu), "staging_made", 0)
    for _ in range(3):
        waits = [t.numpy_async() for t in ts]
        for t, wait in reversed(list(zip(ts, waits))):
            got = wait()
            assert got.dtype == t.numpy().dtype
            np.testing.assert_array_equal(got, t.numpy())
            np.testing.assert_array_equal(wait(), got)  # waiting twice gives the same values
    if gpu == "WEBGPU":
        assert get_device(gpu).staging_made - made <= len(ts)


def test_webgpu_multiprocessors(monkeypatch):
    """WebGPU reports no multiprocessor count: $MINIC_WEBGPU_MULTIPROCESSORS, else a guess by adapter type;
    a value that is not a positive whole number is refused by name."""
    from minic.runtime.webgpu import GUESSED_MULTIPROCESSORS, multiprocessors
    monkeypatch.delenv("MINIC_WEBGPU_MULTIPROCESSORS", raising=False)
    assert multiprocessors({"adapter_type": "DiscreteGPU"}) == GUESSED_MULTIPROCESSORS["DiscreteGPU"]
    assert multiprocessors({"adapter_type": "IntegratedGPU"}) == GUESSED_MULTIPROCESSORS["IntegratedGPU"]
    assert multiprocessors({"adapter_type": "CPU"}) >= 1
    assert multiprocessors({}) == 1
    monkeypatch.setenv("MINIC_WEBGPU_MULTIPROCESSORS", "132")
    assert multiprocessors({"adapter_type": "CPU"}) == 132
    for bad in ("0", "many", "-4"):
        monkeypatch.setenv("MINIC_WEBGPU_MULTIPROCESSORS", bad)
        with pytest.raises(DeviceError, match=f"positive whole number, got '{bad}'"):
            multiprocessors({})


def test_int64_on_webgpu():
    _device("WEBGPU")
    with pytest.raises(DTypeError, match="64-bit"):
        (Tensor(np.arange(4, dtype=np.int64), device="WEBGPU") + 1).numpy()


def test_grid_folds_into_y(gpu):
    """More groups than a grid's x can hold: the runtime launches a 2-D grid and kernels fold it back."""
    rows = 70000  # > 65535 groups of the row reduction
    data = rng.standard_normal((rows, 3)).astype(np.float32)
    x = Tensor(data, device=gpu)
    _check(x.max(1).numpy(), data.max(1), 0)


def test_timing(gpu):
    """Each GPU runtime times a program (CUDA and OpenCL with events, WebGPU with the wall clock)."""
    dev = get_device(gpu)
    y = Tensor(BIG, device=gpu).softmax(-1)
    (sk,) = y.schedule()
    from minic.runtime.buffer import Buffer
    bufs = [b if b is not sk.graph.output else Buffer(gpu, b.size, b.dtype) for b in sk.graph.buffers]
    for b, x in zip(bufs[1:], [BIG]):
        b.copyin(x)
    seconds = dev.time_launch(dev.compile(sk.source, sk.loop), [b.handle for b in bufs], [], reps=3)
    assert 0 < seconds < 10


# --- CUDA without a GPU: render and compile every kernel with NVRTC --------------------
CUDA_TARGET = cuda_target()


@pytest.mark.parametrize("case", sorted(CASES))
def test_cuda_compiles(case):
    cuda = nvrtc_or_skip()
    from minic.codegen.cuda import CUDARenderer
    t = CASES[case][0]("LLVM")
    for src in render_all(t, CUDA_TARGET, CUDARenderer()):
        assert ".entry" in cuda.compile_ptx(src)


def test_cuda_compiles_symbolic_and_halves():
    cuda = nvrtc_or_skip()
    from minic.codegen.cuda import CUDARenderer
    n = Var("n", 1, 64)
    x = Tensor(rng.standard_normal((9, 33)).astype(np.float32), shape=(n, 33), device="LLVM")
    ts = [(x.softmax(-1) * 2).sum(0), x @ Tensor(np.ones((33, 5), np.float32), device="LLVM"),
          Tensor(X, dtype=minic.float16, device="LLVM").softmax(-1), Tensor(X, dtype=minic.bfloat16, device="LLVM") + 1,
          Tensor(X, device="LLVM").argmax(1), (Tensor(X, device="LLVM") * 3).cast(minic.int32).sum(1)]
    for t in ts:
        for target in (CUDA_TARGET, CUDA_TARGET.with_(warp=1)):  # shuffles and the shared-memory tree
            for src in render_all(t, target, CUDARenderer()):
                cuda.compile_ptx(src)


def test_cuda_launch():
    if "CUDA" not in _available():
        pytest.skip("no NVIDIA GPU here: CUDA kernels were compiled (test_cuda_compiles) but not launched")


def _available() -> list:
    out = []
    for name in GPU_DEVICES:
        try:
            get_device(name)
            out.append(name)
        except DeviceError:
            pass
    return out


def test_devices_report():
    from minic.runtime.report import format_devices
    text = format_devices()
    for name in BACKENDS:
        assert name in text
    assert "ok" in text


# --- golden sources: softmax, matmul, GEMV and a GPT-2 layer on every backend (tests/golden_sources.py) -----
def test_golden_sources():
    from golden_sources import stale
    changed = stale(update=os.environ.get("MINIC_UPDATE_GOLDEN") == "1")
    assert not changed, ("rendered sources differ from tests/golden/ (review, then `python tests/golden_sources.py "
                         "--update`):\n" + "\n".join(changed))


PYCUDA_SCRIPT = """
import numpy as np, minic
from minic import Tensor, Var
from minic.runtime.cuda_pycuda import PyCUDADevice
assert isinstance(minic.get_device("CUDA"), PyCUDADevice)
rng = np.random.default_rng(0)
n = Var("n", 1, 64)
for rows in (1, 7, 64):
    x = rng.standard_normal((rows, 33)).astype(np.float32)
    got = Tensor(x, shape=(n, 33), device="CUDA").softmax(-1).numpy()
    ref = np.exp(x - x.max(-1, keepdims=True)); ref /= ref.sum(-1, keepdims=True)
    np.testing.assert_allclose(got, ref, rtol=1e-5, atol=1e-6)
a, w = rng.standard_normal((70, 40)).astype(np.float32), rng.standard_normal((40, 30)).astype(np.float32)
np.testing.assert_allclose((Tensor(a, device="CUDA") @ Tensor(w, device="CUDA")).numpy(), a @ w, rtol=1e-4, atol=1e-4)
print("pycuda ok", minic.get_device("CUDA").compiles)
"""


def test_pycuda_launcher():
    """MINIC_CUDA_LAUNCHER=pycuda runs the same kernels through pycuda. A subprocess, because the launcher is
    chosen when CUDA is first opened."""
    pytest.importorskip("pycuda.driver", reason="pycuda is not installed (pip install 'minic[pycuda]'; it builds "
                                                "only where a CUDA driver is present)")
    _device("CUDA")
    import subprocess
    import sys
    env = {**os.environ, "MINIC_CUDA_LAUNCHER": "pycuda"}
    out = subprocess.run([sys.executable, "-c", PYCUDA_SCRIPT], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "pycuda ok" in out.stdout


def test_nvrtc_leaves_python_bytes_alone():
    """NVRTC writes its log into a buffer we pass; an empty log is one NUL byte, and once that buffer was
    `b" " * 1` (CPython's shared one-byte object) every b" " in the process became b"\\x00"."""
    cuda = nvrtc_or_skip()
    cuda.compile_ptx('extern "C" __global__ void k(float* a) { a[0] = 1.0f; }')
    assert b" " == bytes([32]) and b" ".join([b"a", b"b"]) == b"a b"
