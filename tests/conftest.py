"""Shared fixtures: the device matrix and numpy comparison helpers.

`device` runs a test on every backend: the CPU ones (LLVM, C, PY) always, the
GPU ones (CL, WEBGPU, CUDA) where `minic.devices()` says 'ok'. A backend that
cannot run here is skipped with the reason minic gives, never silently dropped.
MINIC_TEST_DEVICES=CUDA (comma-separated) restricts the matrix, e.g. on a GPU box.
"""
from __future__ import annotations

import functools
import math
import os
from pathlib import Path

import numpy as np
import pytest

import minic
from minic.runtime.registry import CPU_DEVICES, GPU_DEVICES

ALL_DEVICES = CPU_DEVICES + GPU_DEVICES
FLOATS = [minic.float32, minic.float16, minic.bfloat16]
INTS = [minic.int32, minic.int64, minic.int8, minic.uint8]
ALL = FLOATS + INTS + [minic.bool_]


def ids(d) -> str:
    """pytest ids for dtype parameters: the dtype's name."""
    return d.name


def f64(x: np.ndarray) -> np.ndarray:
    return np.asarray(x).astype(np.float64)


def packed_atol(want: np.ndarray, scale: float = 1e-4) -> float:
    """The absolute tolerance of a product with a packed (quantized) weight: `scale` of its largest output. On x86
    CPUs the GEMV rounds x to 16 bits per block of the format (integer products, rules/cpu_int_dot.py), which
    cost 3-9e-5 of the largest output over 40 random normalised rows at K = 256 (test_int_dot.py bounds it per
    output); float rounding alone stays near 1e-6."""
    return scale * float(np.abs(want).max())


def np_gelu_tanh(x: np.ndarray) -> np.ndarray:
    """GPT-2's GELU (the tanh approximation) in numpy."""
    return 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))


def selected(candidates: tuple) -> list:
    """The candidates allowed by MINIC_TEST_DEVICES (all of them when it is unset)."""
    env = os.environ.get("MINIC_TEST_DEVICES", "").strip()
    if not env:
        return list(candidates)
    wanted = {d.strip().upper() for d in env.split(",") if d.strip()}
    return [d for d in candidates if d in wanted]


@functools.cache
def device_status() -> dict:
    return minic.devices()


def require(name: str) -> str:
    """Skip the calling test with minic's own reason when `name` cannot run here."""
    status = device_status().get(name, f"minic does not know device {name}")
    if status != "ok":
        pytest.skip(f"{name} unavailable: {status}")
    return name


@pytest.fixture(params=selected(ALL_DEVICES) or ["<none selected>"])
def device(request) -> str:
    if request.param == "<none selected>":
        pytest.skip(f"MINIC_TEST_DEVICES={os.environ.get('MINIC_TEST_DEVICES')!r} selects no known device")
    return require(request.param)


@pytest.fixture(params=selected(CPU_DEVICES) or ["<none selected>"])
def cpu_device(request) -> str:
    if request.param == "<none selected>":
        pytest.skip(f"MINIC_TEST_DEVICES={os.environ.get('MINIC_TEST_DEVICES')!r} selects no CPU device")
    return require(request.param)


@pytest.fixture(params=selected(GPU_DEVICES) or ["<none selected>"])
def gpu_device(request) -> str:
    """Devices that run GPU schedules (groups of threads): OpenCL and WebGPU here, CUDA on a GPU machine."""
    if request.param == "<none selected>":
        pytest.skip(f"MINIC_TEST_DEVICES={os.environ.get('MINIC_TEST_DEVICES')!r} selects no GPU device")
    return require(request.param)


# --- dtypes a backend refuses by design (e.g. WGSL has no int64) ---------------------------------------
@functools.cache
def unsupported(device: str, dtype_name: str) -> str | None:
    """minic's DTypeError message when `device` refuses `dtype_name` outright, else None.

    Only a DTypeError counts: any other failure is a bug and must reach the test."""
    from minic.dtype import BY_NAME
    d = BY_NAME[dtype_name]
    try:
        minic.Tensor(np.zeros(2, np.float32), dtype=d, device=device)
        minic.Tensor.full((2,), 0, dtype=d, device=device).numpy()
    except minic.DTypeError as e:
        return str(e)
    return None


def needs(device: str, *dtypes) -> None:
    """Skip (with minic's reason) when `device` refuses one of `dtypes` by design."""
    for d in dtypes:
        reason = unsupported(device, d if isinstance(d, str) else d.name)
        if reason:
            pytest.skip(f"{device} does not support {d if isinstance(d, str) else d.name}: {reason}")


@pytest.fixture(autouse=True)
def _dtype_support(request):
    """Tests parametrized over a dtype (a minic DType or its name) skip where the device refuses it."""
    spec = getattr(request.node, "callspec", None)
    if spec is None:
        return
    dev = spec.params.get("device") or spec.params.get("cpu_device")
    if dev is None or device_status().get(dev) != "ok":
        return
    from minic.dtype import BY_NAME, DType
    for value in spec.params.values():
        if isinstance(value, DType) or (isinstance(value, str) and value in BY_NAME):
            needs(dev, value)


# --- numpy comparison ------------------------------------------------------------------------------
TOL = {  # (rtol, atol): halves are computed in float32 and rounded once on store
    "float32": (1e-5, 1e-5),
    "float16": (2e-3, 2e-3),
    "bfloat16": (1.6e-2, 1.6e-2),
}
HOST_DTYPE = {"bfloat16": np.dtype("float32"), "bool": np.dtype("bool")}


def host_dtype(d) -> np.dtype:
    """The numpy dtype `.numpy()` returns for minic dtype `d` (bfloat16 comes back as float32)."""
    return HOST_DTYPE[d.name] if d.name in HOST_DTYPE else np.dtype(d.name)


def check(t: minic.Tensor, ref, dtype=None, rtol: float | None = None, atol: float | None = None,
          exact: bool = False) -> np.ndarray:
    """Realize `t` and compare with `ref`: shape, host dtype and values (exact for ints and bools).

    rtol/atol loosen the dtype's own tolerance (never tighten it); exact=True demands bit equality."""
    got = t.numpy()
    ref = np.asarray(ref)
    d = dtype if dtype is not None else t.dtype
    if dtype is not None:
        assert t.dtype == dtype, f"dtype: expected {dtype}, got {t.dtype}"
    assert got.shape == ref.shape, f"shape: expected {ref.shape}, got {got.shape}"
    assert got.dtype == host_dtype(d), f"host dtype: expected {host_dtype(d)}, got {got.dtype}"
    if d.is_float:
        r, a = (0.0, 0.0) if exact else TOL[d.name]
        np.testing.assert_allclose(got.astype(np.float64), ref.astype(np.float64),
                                   rtol=max(r, rtol or 0.0), atol=max(a, atol or 0.0))
    else:
        np.testing.assert_array_equal(got, ref.astype(got.dtype))
    return got


def data(shape: tuple, dtype, seed: int = 0, positive: bool = False) -> np.ndarray:
    """Small test values of a dtype (floats as float32, bfloat16 values exactly representable)."""
    rng = np.random.default_rng(seed)
    name = dtype if isinstance(dtype, str) else dtype.name
    if name == "bool":
        return rng.random(shape) < 0.5
    if name == "uint8":
        return rng.integers(0 if not positive else 1, 10, shape).astype(np.uint8)
    if name in ("int8", "int32", "int64"):
        lo = 1 if positive else -5
        return rng.integers(lo, 6, shape).astype(name)
    x = rng.standard_normal(shape).astype(np.float32)
    if positive:
        x = np.abs(x) + 0.25
    if name == "float16":
        return x.astype(np.float16)
    if name == "bfloat16":
        from minic.runtime.host import bfloat16_to_float32, float32_to_bfloat16
        return bfloat16_to_float32(float32_to_bfloat16(x))
    return x


def tensor(arr: np.ndarray, dtype, device: str) -> minic.Tensor:
    return minic.Tensor(arr, dtype=dtype, device=device)


# --- hang guard ------------------------------------------------------------------------------------
TEST_TIMEOUT_S = int(os.environ.get("MINIC_TEST_TIMEOUT", "120"))


class TestTimeout(Exception):
    """A test ran past MINIC_TEST_TIMEOUT seconds: a compiler hang becomes a failure, not a stuck CI job."""


@pytest.fixture(autouse=True)
def _hang_guard():
    import signal
    import threading
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def on_alarm(signum, frame):
        raise TestTimeout(f"test ran past {TEST_TIMEOUT_S}s (MINIC_TEST_TIMEOUT)")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(TEST_TIMEOUT_S)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# --- CUDA without a GPU: schedule for a CUDA target, render, compile to PTX with NVRTC -----------------
def nvrtc_or_skip():
    """minic's CUDA runtime module when NVRTC loads here (it needs no GPU), else skip with the reason."""
    cuda = pytest.importorskip("minic.runtime.cuda")
    try:
        cuda.nvrtc_version()
    except Exception as e:  # no NVRTC library
        pytest.skip(f"NVRTC is unavailable: {type(e).__name__}: {e}")
    return cuda


def cuda_target():
    """What runtime/cuda.py reports for an H100 (shared_bytes: the opt-in maximum), less the tensor cores."""
    from minic.sched.target import Target
    return Target("CUDA", gpu=True, max_threads=1024, warp=32, lane_shuffles=True, shared_bytes=227 * 1024,
                  wide_copy_bytes=16, device_scratch=True, byte_dot="native")


def render_all(t, target, renderer) -> list[str]:
    """Sources of every kernel of `t` as `target` would schedule them, without a device."""
    from minic.engine import kernel_graphs
    from minic.sched import rules
    return [renderer.render(rules.choose(kg, target).kernel) for kg in kernel_graphs([t.node], t.var_vals, t.device,
                                                                                     target)]


def compile_all_cuda(t, target=None, rule: str | None = None) -> list[str]:
    """Schedule every kernel of `t` for a CUDA target, check each went to `rule` (when given) and compiles;
    returns the PTX of each."""
    from minic.codegen.cuda import CUDARenderer
    from minic.engine import kernel_graphs
    from minic.sched import rules
    cuda = nvrtc_or_skip()
    out = []
    target = target or cuda_target()
    for kg in kernel_graphs([t.node], t.var_vals, t.device, target):
        decision = rules.choose(kg, target)
        if rule is not None:
            assert decision.rule.name == rule, f"{kg.name}: {decision.rule.name}, expected {rule}"
        out.append(cuda.compile_ptx(CUDARenderer().render(decision.kernel)))
        assert ".entry" in out[-1]
    return out


def smollm2_folder(request) -> Path:
    """Where the tests find (or fetch) SmolLM2's GGUF: minic's model folder when it is cached there, else pytest's
    cache (kept between runs), else a temporary folder when the cache plugin is off (-p no:cacheprovider)."""
    from models.default_model import FILENAME, models_dir
    if (models_dir() / FILENAME).exists():
        return models_dir()
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        return cache.mkdir("smollm2")
    return request.getfixturevalue("tmp_path_factory").mktemp("smollm2")
