"""A Var may have any identifier as its name: where a language reserves the word (`new` in WGSL and CUDA,
`kernel` in OpenCL, `in` in Python, `int` in C) or a math function has it (`exp`), the generated source
renames it, and the kernel still runs."""
from __future__ import annotations

import numpy as np
from conftest import compile_all_cuda

from minic import Tensor, Var

NAMES = ("new", "kernel", "in", "int", "exp")


def _softmax_over_vars(device: str) -> tuple[Tensor, np.ndarray]:
    x = np.random.default_rng(0).standard_normal((2, 3, 1, 2, 4)).astype(np.float32)
    shape = tuple(Var(name, 1, 8) for name in NAMES)
    want = np.exp(x - x.max(-1, keepdims=True))
    return Tensor(x, shape=shape, device=device).softmax(-1), want / want.sum(-1, keepdims=True)


def test_reserved_words_as_var_names_run(device):
    got, want = _softmax_over_vars(device)
    np.testing.assert_allclose(got.numpy(), want, rtol=1e-5, atol=1e-6)


def test_reserved_words_as_var_names_compile_for_cuda():
    got, _ = _softmax_over_vars("LLVM")
    assert compile_all_cuda(got)
