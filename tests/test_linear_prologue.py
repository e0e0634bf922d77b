"""A norm folded into the GPU GEMV's K loop (minic/sched/rules/linear_prologue.py).

The analysis writes A = sum_i coef_i * term_i with row-scalar coefficients (the statistics) and each statistic
as sums over K of terms free of them; the GEMV then runs one pass. Checked here: the forms found for LayerNorm
and RMSNorm and what declines, and the folded kernels against numpy and against the staged prologue on every
GPU device (OpenCL and WebGPU in CI, CUDA on a GPU machine), for norms written several ways.
"""
from __future__ import annotations

import numpy as np
import pytest
from conftest import cuda_target

from minic import Tensor
from minic.engine import kernel_graphs
from minic.runtime.registry import get_device
from minic.sched.rules.gpu_gemv import GpuGemvSettings
from minic.sched.rules.linear_prologue import linear_prologue
from minic.sched.rules.matmul_plan import analyze
from minic.sched.rules.settings import tune

rng = np.random.default_rng(11)
K, N = 96, 24


def f32(*shape) -> np.ndarray:
    return rng.standard_normal(shape).astype(np.float32)


G, B, W = f32(K), f32(K), f32(N, K)


def _plan(t: Tensor):
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, cuda_target())
    return analyze(kg)


def _form(a: Tensor):
    plan = _plan(a @ Tensor(W).T)
    return linear_prologue(plan.a, plan.prologue)


def test_layer_norm_is_three_terms_and_two_sums():
    """LayerNorm: A = r * (x g) - mu r * g + b; the mean sums x, the variance x x, x and 1 (K)."""
    lin = _form(Tensor(f32(1, K)).layer_norm(Tensor(G), Tensor(B)))
    assert len(lin.terms) == 3 and len(lin.sums) == 2
    mean, var = lin.sums.values()
    assert len(mean) == 1 and len(var) == 3 and any(t is None for _, t in var)


def test_rms_norm_is_one_term_and_one_sum():
    lin = _form(Tensor(f32(1, K)).rms_norm(Tensor(G)))
    assert len(lin.terms) == 1 and [len(p) for p in lin.sums.values()] == [1]


@pytest.mark.parametrize("prologue", ["max", "exp"])
def test_a_prologue_that_is_not_linear_declines(prologue):
    """A max statistic, or a function of the row that is not linear once the statistics are known."""
    x = Tensor(f32(1, K))
    a = x - x.max(-1, keepdim=True) if prologue == "max" else (x - x.mean(-1, keepdim=True)).exp()
    assert _form(a) is None


def _norms(x: Tensor, dev: str) -> dict:
    """Norms written several ways, each with its numpy twin."""
    g, b = Tensor(G, device=dev), Tensor(B, device=dev)
    mean = x.mean(-1, keepdim=True)
    return {
        "layer_norm": (x.layer_norm(g, b), lambda v: _np_ln(v) * G + B),
        "by_hand": ((x - mean) / (((x - mean) * (x - mean)).mean(-1, keepdim=True) + 1e-5).sqrt() * g + b,
                    lambda v: _np_ln(v) * G + B),
        "gemma_rms": (x.rms_norm(g + 1.0), lambda v: v / np.sqrt((v * v).mean(-1, keepdims=True) + 1e-6) * (G + 1)),
        "over_a_term": ((x - mean) / (g * g + 1.0), lambda v: (v - v.mean(-1, keepdims=True)) / (G * G + 1)),
    }


def _np_ln(v: np.ndarray) -> np.ndarray:
    d = v - v.mean(-1, keepdims=True)
    return d / np.sqrt((d * d).mean(-1, keepdims=True) + 1e-5)


@pytest.mark.parametrize("norm", ["layer_norm", "by_hand", "gemma_rms", "over_a_term"])
@pytest.mark.parametrize("rows,shift", [(1, 0.0), (3, 0.0), (1, 20.0)])
def test_folded_gemv_equals_numpy_and_the_staged_one(gpu_device, norm, rows, shift):
    """One row: one kernel with fewer barriers than the staged prologue, equal to numpy and to the staged
    prologue. Three rows keep the staged norm either way (gpu_gemv._linear_prologue). `shift`
    puts the rows' mean at 20 standard deviations, where E[x^2] - mu^2 gives up about two and a half digits of
    float32."""
    xn = f32(rows, K) + shift
    dev = get_device(gpu_device)
    outs, barriers = {}, {}
    for fold in (True, False):
        saved, dev.target = dev.target, tune(dev.target, GpuGemvSettings, fold_norms=fold)
        try:
            a, ref = _norms(Tensor(xn, device=gpu_device), gpu_device)[norm]
            t = (a @ Tensor(W, device=gpu_device).T).relu()
            (k,) = t.schedule()
            assert k.rule == "GEMV"
            barrier = {"CL": "barrier(", "WEBGPU": "workgroupBarrier", "CUDA": "__syncthreads"}[gpu_device]
            barriers[fold] = k.source.count(barrier)
            outs[fold] = t.numpy()
        finally:
            dev.target = saved
    assert (barriers[True] < barriers[False]) == (rows == 1)  # the staged prologue waits for each statistic
    want = np.maximum(ref(xn) @ W.T, 0)
    tol = 2e-3 if shift else 3e-4
    np.testing.assert_allclose(outs[True], want, rtol=tol, atol=tol)
    np.testing.assert_allclose(outs[True], outs[False], rtol=tol, atol=tol)
