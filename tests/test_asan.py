"""Kernels never read or write out of bounds, for any bound Var value.

A subprocess runs the C backend with kernels built under -fsanitize=address (the ASan runtime is
LD_PRELOADed into Python, so numpy's buffers get redzones) over symbolic-shape graphs at the
lowest and the highest value of each Var. Inputs are allocated at exactly their bound size, so a
kernel that touches one element past its data trips ASan. A control run with a deliberately
out-of-bounds kernel proves the harness would notice.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import require

ROOT = Path(__file__).resolve().parents[1]


def asan_toolchain() -> tuple[str, str] | None:
    """(compiler, ASan runtime to preload) with matching ABIs: gcc + libasan, else clang + clang_rt.asan."""
    for cc, lib in (("gcc", "libasan.so"), ("clang", "libclang_rt.asan-x86_64.so")):
        path = shutil.which(cc)
        if not path:
            continue
        r = subprocess.run([path, f"-print-file-name={lib}"], capture_output=True, text=True)
        runtime = r.stdout.strip()
        if r.returncode == 0 and os.path.isabs(runtime) and os.path.exists(runtime):
            return path, os.path.realpath(runtime)
    return None


GRAPHS = r'''
import sys
import numpy as np
import minic
from minic import Tensor, Var

dev = "C"
rng = np.random.default_rng(0)
checked = []

def ok(name, got, ref, tol=1e-4):
    got = got.numpy() if isinstance(got, Tensor) else got
    assert got.shape == np.shape(ref), (name, got.shape, np.shape(ref))
    np.testing.assert_allclose(got, ref, rtol=tol, atol=tol, err_msg=name)
    checked.append(name)

def exact(shape, dtype=np.float32):
    # a fresh allocation of exactly this many elements: no slack for an out-of-bounds access to land in
    return np.ascontiguousarray(rng.standard_normal(shape).astype(dtype))

HI, D, CACHE = 24, 8, 40
n, past = Var("n", 1, HI), Var("past", 0, CACHE - HI)
for k in (1, HI):
    for p in (0, CACHE - HI):
        x = exact((k, D))
        t = Tensor(x, shape=(n, D), device=dev)
        ok("elementwise", (t * 2 + 1).exp(), np.exp(x * 2 + 1))
        ok("strided slice", t[:, 1:7:2], x[:, 1:7:2])
        ok("last row", t[n - 1:n], x[k - 1:k])
        ok("pad", t.pad(((2, 3), (1, 1)), -1.0), np.pad(x, ((2, 3), (1, 1)), constant_values=-1))
        ok("sum over n", t.sum(0), x.sum(0))
        ok("max over n", t.T.max(1), x.T.max(1))
        ok("softmax over n", t.T.softmax(-1), np.exp(x.T) / np.exp(x.T).sum(-1, keepdims=True))
        ok("argmax over n", t.argmax(0), x.argmax(0))
        ok("matmul contract n", t.T @ t, x.T @ x)
        ok("layer_norm", t.layer_norm(), (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5))
        ok("cat", minic.cat([t, t[:1] * 2], 0), np.concatenate([x, x[:1] * 2]))
        ok("permute reshape", t.reshape(n, 2, 4).permute(2, 0, 1), x.reshape(k, 2, 4).transpose(2, 0, 1))
        ok("tril", t.T.tril(), np.tril(x.T))
        table = exact((11, D))
        ids = rng.integers(0, 11, k).astype(np.int32).copy()
        ok("gather", Tensor(table, device=dev).embedding(Tensor(ids, shape=(n,), device=dev)) + t, table[ids] + x)
        # KV cache: write the new rows at past, attend over past + n keys with a causal mask
        cache = exact((CACHE, D))
        tc = Tensor(cache.copy(), device=dev)
        tc[past:past + n].bind(past=p).assign(t)
        ref_cache = cache.copy()
        ref_cache[p:p + k] = x
        ok("assign", tc, ref_cache)
        keys = tc[:past + n].bind(past=p, n=k)
        q = t.reshape(1, n, D)
        att = q.scaled_dot_product_attention(keys.reshape(1, past + n, D), keys.reshape(1, past + n, D), causal=True)
        kn = ref_cache[:p + k]
        s = x @ kn.T / np.sqrt(D)
        s = np.where(np.arange(p + k)[None, :] <= np.arange(k)[:, None] + p, s, -np.inf)
        pr = np.exp(s - s.max(-1, keepdims=True))
        ok("causal attention", att, ((pr / pr.sum(-1, keepdims=True)) @ kn)[None])
        ok("kv slice reduce", keys.sum(0), ref_cache[:p + k].sum(0))
print("checked", len(checked))
'''

CONTROL = r'''
import numpy as np
import minic
from minic import Tensor
x = np.ascontiguousarray(np.ones(8, np.float32))
k = (Tensor(x, device="C") * 2).schedule()[0]
assert "b1[i0]" in k.source, k.source
minic.override(k, k.source.replace("b1[i0]", "b1[i0 + 64]"))
print((Tensor(x.copy(), device="C") * 2).numpy())
'''


def run_asan(tmp_path: Path, code: str) -> subprocess.CompletedProcess:
    tool = asan_toolchain()
    if tool is None:
        pytest.skip("no ASan runtime: neither `gcc -print-file-name=libasan.so` nor clang's "
                    "libclang_rt.asan-x86_64.so exists on this machine")
    cc, runtime = tool
    script = tmp_path / "asan_script.py"
    script.write_text(code)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CC": cc, "LD_PRELOAD": runtime,
           "MINIC_CFLAGS": "-fsanitize=address -fno-omit-frame-pointer", "MINIC_CACHE": str(tmp_path / "cache"),
           "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0:halt_on_error=1"}
    env.pop("MINIC_DISABLE_DISK_CACHE", None)
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=400)


def test_symbolic_graphs_stay_in_bounds(tmp_path):
    require("C")
    r = run_asan(tmp_path, GRAPHS)
    assert "AddressSanitizer" not in r.stderr, r.stderr[-6000:]
    assert r.returncode == 0, r.stderr[-6000:]
    assert "checked" in r.stdout and int(r.stdout.split("checked")[-1]) >= 60, r.stdout


def test_asan_harness_catches_out_of_bounds(tmp_path):
    """The control: a kernel edited to read 64 elements past its input must be reported."""
    require("C")
    r = run_asan(tmp_path, CONTROL)
    assert r.returncode != 0 and "AddressSanitizer" in r.stderr, \
        f"ASan did not catch a deliberate overflow: rc={r.returncode}\n{r.stdout}\n{r.stderr[-3000:]}"
