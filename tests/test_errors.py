"""User errors: each raises a minic.MinicError subclass whose message says what was expected and what was given."""
from __future__ import annotations

import re

import numpy as np
import pytest

import minic
from minic import Tensor, Var
from minic.runtime import registry


def ones(*shape, dtype=np.float32, device="LLVM"):
    return Tensor(np.ones(shape, dtype), device=device)


def raises(cls, *needles):
    """Context: the block raises `cls` (a MinicError) and its message names every needle."""
    class _Ctx:
        def __enter__(self):
            self.cm = pytest.raises(cls)
            self.info = self.cm.__enter__()
            return self.info

        def __exit__(self, *exc):
            handled = self.cm.__exit__(*exc)
            assert issubclass(cls, minic.MinicError)
            assert isinstance(self.info.value, minic.MinicError), f"{type(self.info.value)} is not a MinicError"
            msg = str(self.info.value)
            for needle in needles:
                assert re.search(needle, msg), f"message {msg!r} should mention {needle!r}"
            return handled
    return _Ctx()


def test_hierarchy():
    for cls in (minic.ShapeError, minic.BoundError, minic.DTypeError, minic.DeviceError, minic.CompileError,
                minic.IndexOutOfRange):
        assert issubclass(cls, minic.MinicError)
    assert issubclass(minic.ShapeError, ValueError) and issubclass(minic.IndexOutOfRange, IndexError)


# --- shapes ------------------------------------------------------------------------------------------------
def test_broadcast_mismatch_names_dims():
    with raises(minic.ShapeError, r"\(3, 4\)", r"\(5,\)", "4", "5"):
        ones(3, 4) + ones(5)


def test_broadcast_mismatch_symbolic_names_vars():
    n, m = Var("n", 1, 16), Var("m", 1, 16)
    a = Tensor(np.ones((3, 8), np.float32), shape=(n, 8))
    b = Tensor(np.ones((4, 8), np.float32), shape=(m, 8))
    with raises(minic.ShapeError, r"\bn\b", r"\bm\b"):
        a + b
    with raises(minic.ShapeError, r"\bn\b", r"\bm\b"):
        a * b.T.T
    # equal values today do not make different Vars the same dim
    c = Tensor(np.ones((3, 8), np.float32), shape=(m, 8))
    with raises(minic.ShapeError, r"\bn\b", r"\bm\b"):
        a - c


def test_matmul_mismatch():
    with raises(minic.ShapeError, r"\(3, 4\)", r"\(5, 2\)", r"4 vs 5|4.*5"):
        ones(3, 4) @ ones(5, 2)
    n, m = Var("n", 1, 16), Var("m", 1, 16)
    a = Tensor(np.ones((8, 3), np.float32), shape=(8, n))
    b = Tensor(np.ones((4, 8), np.float32), shape=(m, 8))
    with raises(minic.ShapeError, r"\bn\b", r"\bm\b"):
        a @ b
    with raises(minic.ShapeError, "at least 1 dim"):
        Tensor(np.float32(1.0)) @ ones(3)


def test_reshape_mismatch():
    with raises(minic.ShapeError, r"\(3, 4\)", "12", r"\(5, 3\)", "15"):
        ones(3, 4).reshape(5, 3)
    with raises(minic.ShapeError, "-1"):
        ones(3, 4).reshape(-1, -1)
    with raises(minic.ShapeError, "-2"):
        ones(3, 4).reshape(-2, 6)


def test_movement_mismatches():
    with raises(minic.ShapeError, r"\(2, 3\)", r"\(4, 3\)"):
        ones(2, 3).expand(4, 3)
    with raises(minic.ShapeError, "1 dims", "2"):
        ones(3).pad(((1, 1), (1, 1)))
    with raises(minic.ShapeError, r"\(0, 0\)", "2 dims"):
        ones(3, 3).permute(0, 0)
    with raises(minic.ShapeError, r"\(2, 3\)", r"\(2, 4\)"):
        minic.cat([ones(2, 3), ones(2, 4)])
    with raises(minic.ShapeError, "at least one"):
        minic.cat([])
    with raises(minic.ShapeError, r"\[1, 2\]", "2"):
        ones(2, 3).split([1, 2])
    with raises(minic.ShapeError, "2 dims", r"\(3,\)"):
        ones(3).triu()
    with raises(minic.ShapeError, "2-D", r"\(3,\)"):
        ones(3).embedding(Tensor(np.array([0], np.int32)))


def test_assign_shape_mismatch():
    t = ones(4, 3)
    with raises(minic.ShapeError, r"\(2, 5\)|5", r"\(2, 3\)|3"):
        t[1:3].assign(ones(2, 5))


def test_assign_needs_realized():
    with raises(minic.MinicError, "realize"):
        (ones(3) * 2).assign(ones(3))


def test_data_shape_mismatch():
    n = Var("n", 1, 16)
    with raises(minic.ShapeError, "8", "7"):
        Tensor(np.ones((3, 7), np.float32), shape=(n, 8))
    with raises(minic.ShapeError, r"\(3, 7\)", r"\(n,\)"):
        Tensor(np.ones((3, 7), np.float32), shape=(n,))


def test_axis_out_of_range():
    with raises(minic.IndexOutOfRange, "2", "2 dims"):
        ones(2, 3).sum(2)
    with raises(minic.IndexOutOfRange, "-3", "2 dims"):
        ones(2, 3).softmax(-3)
    with raises(minic.IndexOutOfRange, "5", "2 dims"):
        ones(2, 3).unsqueeze(5)


# --- Vars and bindings ----------------------------------------------------------------------------------------
def test_bind_outside_bounds():
    n = Var("n", 1, 16)
    with raises(minic.BoundError, "'n'", "20", r"\[1, 16\]"):
        Tensor(np.ones((20, 2), np.float32), shape=(n, 2))
    x = Tensor(np.ones((16, 2), np.float32))[:n]
    with raises(minic.BoundError, "'n'", r"\b0\b", r"\[1, 16\]"):
        x.bind(n=0)
    with raises(minic.BoundError, "'n'", "17", r"\[1, 16\]"):
        x.bind(n=17)
    with raises(minic.BoundError, "'n'", "int", "2.5"):
        x.bind(n=2.5)
    x.bind(n=1).numpy()
    x.bind(n=16).numpy()


def test_bind_unknown_name_and_conflict():
    n = Var("n", 1, 16)
    x = Tensor(np.ones((16, 2), np.float32))[:n]
    with raises(minic.BoundError, "'m'", "n"):
        x.bind(m=3)
    a = Tensor(np.ones((3, 2), np.float32), shape=(n, 2))
    b = Tensor(np.ones((4, 2), np.float32), shape=(n, 2))
    with raises(minic.BoundError, "'n'", "3", "4"):
        a + b


def test_unbound_var():
    n = Var("n", 1, 16)
    x = Tensor(np.ones((16, 2), np.float32))[:n] * 2
    with raises(minic.BoundError, r"\bn\b", "bind"):
        x.numpy()
    with raises(minic.BoundError, r"\bn\b"):
        x.schedule()


def test_bad_var_definitions():
    with raises(minic.BoundError, "lo=5", "hi=2"):
        Var("n", 5, 2)
    with raises(minic.BoundError, "-1"):
        Var("n", -1, 2)
    with raises(minic.BoundError, "identifier", "'1x'"):
        Var("1x", 1, 2)


def test_index_with_symbolic_out_of_range():
    """A Var whose range exceeds the dim may slice it; a bound value that reads out of range must raise
    (eagerly at slicing, or at realize with the offending value named)."""
    past = Var("past", 0, 8)
    x = np.arange(10, dtype=np.float32).reshape(5, 2)
    cases = [(lambda t: t[past:past + 1], x[3:4]), (lambda t: t[past], x[3]), (lambda t: t[:past + 1], x[:4])]
    for make, at3 in cases:
        try:
            view = make(Tensor(x))
        except minic.IndexOutOfRange as e:
            assert "past" in str(e)
            continue
        np.testing.assert_array_equal(view.bind(past=3).numpy(), at3)
        with raises(minic.IndexOutOfRange, "past", "7"):
            view.bind(past=7).numpy()


# --- dtypes and devices ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("bad", ["complex64", "float128", "float64x", object, "int4"])
def test_unknown_dtype(bad):
    with raises(minic.DTypeError, "unknown dtype", "float32", "int32"):
        Tensor(np.ones(3, np.float32), dtype=bad)
    with raises(minic.DTypeError, "unknown dtype"):
        ones(3).cast(bad)
    with raises(minic.DTypeError, "unknown dtype"):
        Tensor.zeros(2, dtype=bad)


def test_logic_needs_bool():
    with raises(minic.DTypeError, "bool", "float32"):
        ones(3) & ones(3)


def test_gather_needs_int_ids():
    with raises(minic.DTypeError, "int", "float32"):
        ones(4, 2)[ones(3)]


def test_unknown_device():
    with raises(minic.DeviceError, "'TPU'", "LLVM", "CUDA"):
        Tensor(np.ones(3, np.float32), device="TPU")
    with raises(minic.DeviceError, "'NOPE'"):
        minic.get_device("NOPE")
    with raises(minic.DeviceError, "'TPU'"):
        ones(3).to("TPU")


def test_devices_reports_reasons():
    status = minic.devices()
    assert set(status) >= set(registry.BACKENDS)
    assert status["LLVM"] == "ok" and status["PY"] == "ok"
    for name, s in status.items():
        assert s == "ok" or (name in s and len(s) > 20), f"{name}: reason {s!r} should say why"


@pytest.fixture
def fresh_registry(monkeypatch):
    """A registry whose load cache is empty, restored afterwards (a failure is cached per process)."""
    monkeypatch.setattr(registry, "_devices", {})
    monkeypatch.setattr(registry, "_failures", {})
    return monkeypatch


def test_absent_backend_runtime(fresh_registry):
    fresh_registry.setitem(registry.BACKENDS, "CUDA", ("minic.runtime.no_such_backend", "Nope",
                                                       "the no-such-backend package (pip install nothing)"))
    with raises(minic.DeviceError, "CUDA", "unavailable", "no_such_backend|ModuleNotFoundError", "needs"):
        minic.get_device("CUDA")
    with raises(minic.DeviceError, "CUDA", "needs"):  # the second try reports the same, cached
        Tensor(np.ones(3, np.float32), device="CUDA")
    status = minic.devices()["CUDA"]
    assert status != "ok" and "no-such-backend" in status


def test_backend_whose_constructor_fails(fresh_registry):
    import types

    class Broken:
        def __init__(self):
            raise minic.DeviceError("no adapter found (tried Vulkan, GL)")
    mod = types.ModuleType("minic_test_broken_backend")
    mod.Broken = Broken
    fresh_registry.setitem(__import__("sys").modules, "minic_test_broken_backend", mod)
    fresh_registry.setitem(registry.BACKENDS, "WEBGPU", ("minic_test_broken_backend", "Broken", "an adapter"))
    with raises(minic.DeviceError, "WEBGPU", "no adapter found"):
        minic.get_device("WEBGPU")


def test_mixed_devices():
    with raises(minic.MinicError, "LLVM", "PY"):
        ones(3, device="LLVM") + ones(3, device="PY")


# --- indexing and item ----------------------------------------------------------------------------------------
def test_index_out_of_range():
    with raises(minic.IndexOutOfRange, r"\b3\b", "size 3"):
        ones(3)[3]
    with raises(minic.IndexOutOfRange, "-4", "size 3"):
        ones(3)[-4]
    with raises(minic.IndexOutOfRange, r"\b5\b", "dim 1", "size 3"):
        ones(2, 3)[:, 5]
    with raises(minic.IndexOutOfRange, "1 dims", "2"):
        ones(3)[1, 2]
    with raises(minic.IndexOutOfRange, "step", "-1"):
        ones(3)[::-1]
    with raises(minic.IndexOutOfRange, "ellipsis"):
        ones(3, 3)[..., ...]
    with raises(minic.IndexOutOfRange, "'a'|str"):
        ones(3)["a"]


def test_item_needs_one_element():
    with raises(minic.ShapeError, "exactly one", r"\(3,\)", "3 elements"):
        ones(3).item()
    with raises(minic.ShapeError, "exactly one", r"\(0,\)", "0 elements"):
        Tensor(np.ones(0, np.float32)).item()
    with raises(minic.ShapeError, "exactly one", r"\(2, 2\)"):
        ones(2, 2).item()
    n = Var("n", 1, 8)
    with raises(minic.ShapeError, "exactly one", "3 elements"):
        Tensor(np.ones(3, np.float32), shape=(n,)).item()
    assert Tensor(np.ones(1, np.float32), shape=(n,)).item() == 1.0


def test_gelu_bad_approximate():
    with raises(minic.MinicError, "tanh", "erf", "'fast'"):
        ones(3).gelu(approximate="fast")


def test_compile_error_carries_source():
    k = (ones(3, device="C") + 41).schedule()[0] if minic.devices()["C"] == "ok" else None
    if k is None:
        pytest.skip(f"C unavailable: {minic.devices()['C']}")
    minic.override(k, k.source.replace("{", "{ syntax error here", 1))
    try:
        with raises(minic.CompileError, k.name, "syntax error here"):
            (ones(3, device="C") + 41).numpy()
    finally:
        minic.clear_overrides()
