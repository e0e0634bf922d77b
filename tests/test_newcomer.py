"""What a new user meets first: the demo, dead guards in printed loop IR, WebGPU beside triton, pytest's summary."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import minic
from minic import Tensor, Var, engine
from minic.dtype import int32
from minic.ir.symbolic import loop_var
from minic.sched.loopir import Alu, Const, If, Loop, LoopKernel, Store, cond, truth

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _run(code: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *code], capture_output=True, text=True, env=ENV, timeout=300, **kw)


def test_demo_is_short_and_prints_results_first():
    r = _run(["-m", "minic.demo"], cwd=ROOT)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) <= 60
    errors = [float(e) for line in lines[1:3] for e in re.findall(r"n = \d+: ([0-9.e+-]+)", line)]
    assert len(errors) == 4 and max(errors) < 1e-4, lines[:3]
    assert lines[3].startswith("programs compiled: 2")
    assert "MINIC_DEBUG=4" in "\n".join(lines[-3:])


def _ifs(body: list) -> list:
    out = []
    for s in body:
        if isinstance(s, If):
            out.append(s)
        out += _ifs(getattr(s, "body", []))
    return out


def test_guards_that_bounds_decide_are_dropped():
    """A full-block guard `t*64 < -31` over t in range(1) never holds: its branch goes, and the edge branch
    (`not` of it) runs unguarded; a guard on a Var's value stays."""
    n = Var("n", 1, 8)
    t = loop_var("t", 1)
    full = cond(t * 64, 0, 32 - 64 + 1)
    body = [If(full, [Store("b0", t, Const(int32, 1))]),
            If(Alu(full.dtype, "not", (full,)), [Store("b0", t, Const(int32, 2))]),
            If(cond(n, 0, 4), [Store("b0", 1, Const(int32, 3))])]
    k = LoopKernel("k", [], [next(iter(n.terms))[0]], [Loop(next(iter(t.terms))[0], 1, "serial", body)])
    (loop,) = k.body
    assert [type(s).__name__ for s in loop.body] == ["Store", "If"]
    assert loop.body[0].val.value == 2 and "cmplt(n, 4)" in k.to_text()


def test_matmul_with_wide_vectors_has_no_dead_guards_and_matches_numpy():
    """512-bit vectors make the streaming GEMV's column block (64) wider than N = 32: the issue's
    `if cmplt(t1*64, -31):` case. No guard left in the kernel is decided by bounds, and it still computes."""
    device = minic.get_device("LLVM")
    base = device.target
    device.target = base.with_(vector_bytes=64)
    engine.clear_schedule_cache()
    try:
        n = Var("n", 1, 64)
        w = np.random.default_rng(0).standard_normal((16, 32), dtype=np.float32)
        for rows in (1, 3, 7):
            x = np.random.default_rng(rows).standard_normal((rows, 16), dtype=np.float32)
            y = Tensor(x, shape=(n, 16), device="LLVM") @ Tensor(w, device="LLVM")
            (k,) = y.schedule()
            assert "-31)" not in k.ir and all(truth(s.cond) is None for s in _ifs(k.loop.body))
            np.testing.assert_allclose(y.numpy(), x @ w, rtol=1e-4, atol=1e-4)
    finally:
        device.target = base
        engine.clear_schedule_cache()


def test_webgpu_keeps_llvm_symbols_out_of_the_global_scope():
    """wgpu's GL backend would make Mesa load its DRI driver, and the system libLLVM with it, RTLD_GLOBAL; triton's
    libtriton.so (torch._dynamo imports it) then binds its own LLVM symbols to that one and segfaults on import.
    After a WEBGPU launch no LLVM C API symbol may be visible process-wide, and triton, if installed, imports."""
    try:
        import wgpu  # noqa: F401
    except ImportError:
        pytest.skip("wgpu is not installed (pip install 'minic[webgpu]')")
    code = ("import ctypes, importlib.util, numpy as np\n"
            "import minic\n"
            "if minic.devices()['WEBGPU'] != 'ok': raise SystemExit(3)\n"
            "y = (minic.Tensor(np.ones(4, np.float32), device='WEBGPU') + 1).numpy()\n"
            "assert (y == 2).all()\n"
            "assert not hasattr(ctypes.CDLL(None), 'LLVMContextCreate'), 'a libLLVM is loaded RTLD_GLOBAL'\n"
            "if importlib.util.find_spec('triton'): import triton\n")
    r = _run(["-c", code])
    if r.returncode == 3:
        pytest.skip(f"WEBGPU unavailable: {minic.devices()['WEBGPU']}")
    assert r.returncode == 0, f"exit {r.returncode}: {r.stderr[-2000:]}"


def test_pytest_prints_its_summary_line(tmp_path):
    """The README runs `pytest -q`; the project's pytest options must not quiet it further (-qq drops the summary)."""
    (tmp_path / "test_one.py").write_text("def test_one():\n    assert True\n")
    r = _run(["-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
              "--rootdir", str(tmp_path), str(tmp_path)])
    assert r.returncode == 0 and re.search(r"^1 passed", r.stdout, re.M), r.stdout
