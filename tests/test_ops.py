"""Every public Tensor op against numpy, on every device, for each dtype it applies to."""
from __future__ import annotations

import math

import numpy as np
import pytest
from conftest import check, data, needs, tensor

import minic
from minic import Tensor, Var

FLOATS = [minic.float32, minic.float16, minic.bfloat16]
INTS = [minic.int32, minic.int64, minic.int8, minic.uint8]
ALL = FLOATS + INTS + [minic.bool_]
ids = lambda d: d.name  # noqa: E731


def f64(x: np.ndarray) -> np.ndarray:
    return np.asarray(x).astype(np.float64)


# --- creation ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("d", ALL, ids=ids)
def test_from_numpy_roundtrip(device, d):
    x = data((3, 4), d)
    t = tensor(x, d, device)
    assert t.shape == (3, 4) and t.dtype == d
    check(t, x, d)


@pytest.mark.parametrize("d", ALL, ids=ids)
def test_from_numpy_infers_dtype(device, d):
    if d == minic.bfloat16:
        pytest.skip("numpy has no bfloat16 dtype to infer from")
    x = data((2, 3), d)
    assert Tensor(x, device=device).dtype == d


def test_from_lists(device):
    f = Tensor([[1.5, 2.0], [3.0, -4.25]], device=device)
    assert f.dtype == minic.float32
    check(f, np.array([[1.5, 2.0], [3.0, -4.25]], np.float32))
    i = Tensor([1, 2, 3], dtype=minic.int32, device=device)
    check(i, np.array([1, 2, 3], np.int32), minic.int32)
    b = Tensor([True, False], device=device)
    check(b, np.array([True, False]), minic.bool_)
    s = Tensor(2.5, device=device)
    assert s.shape == () and s.item() == 2.5


def test_from_float64_becomes_float32(device):
    x = np.linspace(-1, 1, 6).reshape(2, 3)
    check(Tensor(x, device=device), x.astype(np.float32), minic.float32)


@pytest.mark.parametrize("d", ALL, ids=ids)
def test_zeros_ones_full(device, d):
    check(Tensor.zeros(2, 3, dtype=d, device=device), np.zeros((2, 3)), d)
    check(Tensor.ones((3, 2), dtype=d, device=device), np.ones((3, 2)), d)
    val = True if d == minic.bool_ else 3 if d.is_int else 2.5
    check(Tensor.full((2, 2), val, dtype=d, device=device), np.full((2, 2), val), d)


def test_full_infers_dtype(device):
    assert Tensor.full((2,), 3, device=device).dtype == minic.int32
    assert Tensor.full((2,), 3.0, device=device).dtype == minic.float32
    assert Tensor.full((2,), True, device=device).dtype == minic.bool_
    assert Tensor.zeros(2, device=device).dtype == minic.float32
    check(Tensor.full((), 7, device=device), np.array(7, np.int32), minic.int32)


@pytest.mark.parametrize("args", [(5,), (2, 11), (2, 11, 3), (10, 2, -2), (0,)], ids=str)
def test_arange_int(device, args):
    check(Tensor.arange(*args, device=device), np.arange(*args, dtype=np.int32), minic.int32)


@pytest.mark.parametrize("args", [(0.0, 1.0, 0.25), (1.5, 4.0), (0, 2, 0.5)], ids=str)
def test_arange_float(device, args):
    check(Tensor.arange(*args, device=device), np.arange(*args, dtype=np.float32), minic.float32)


def test_arange_dtype(device):
    check(Tensor.arange(4, dtype=minic.float32, device=device), np.arange(4, dtype=np.float32), minic.float32)
    needs(device, minic.int64)
    check(Tensor.arange(4, dtype=minic.int64, device=device), np.arange(4), minic.int64)


def test_rand_randn_seeded(device):
    minic.manual_seed(123)
    a, an = Tensor.rand(4, 5, device=device).numpy(), Tensor.randn(4, 5, device=device).numpy()
    minic.manual_seed(123)
    b, bn = Tensor.rand((4, 5), device=device).numpy(), Tensor.randn((4, 5), device=device).numpy()
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(an, bn)
    assert a.dtype == np.float32 and a.shape == (4, 5) and an.shape == (4, 5)
    assert (a >= 0).all() and (a < 1).all()
    assert not np.array_equal(a, an)
    minic.manual_seed(124)
    assert not np.array_equal(Tensor.rand(4, 5, device=device).numpy(), a)


def test_rand_dtype(device):
    minic.manual_seed(0)
    t = Tensor.rand(3, 3, dtype=minic.float16, device=device)
    assert t.dtype == minic.float16 and t.numpy().dtype == np.float16


def test_randn_statistics():
    minic.manual_seed(7)
    x = Tensor.randn(4000, device="LLVM").numpy()
    assert abs(x.mean()) < 0.1 and abs(x.std() - 1) < 0.1


@pytest.mark.parametrize("d", [minic.float32, minic.int32, minic.float16], ids=ids)
def test_empty(device, d):
    t = Tensor.empty(3, 4, dtype=d, device=device)
    assert t.shape == (3, 4) and t.dtype == d
    assert t.numpy().shape == (3, 4) and t.numpy().dtype == np.dtype(d.name)
    t.assign(Tensor.ones(3, 4, dtype=d, device=device))
    check(t, np.ones((3, 4)), d)


# --- elementwise binary --------------------------------------------------------------------------------
BINARY = {
    "add": (lambda a, b: a + b, np.add),
    "sub": (lambda a, b: a - b, np.subtract),
    "mul": (lambda a, b: a * b, np.multiply),
    "div": (lambda a, b: a / b, np.true_divide),
    "pow": (lambda a, b: a ** b, np.power),
    "maximum": (lambda a, b: a.maximum(b), np.maximum),
    "minimum": (lambda a, b: a.minimum(b), np.minimum),
}


def _binary_case(op: str, d):
    if d == minic.bool_ and op in ("sub", "div", "pow"):
        pytest.skip(f"numpy has no bool {op}")
    a = data((3, 1, 4), d, seed=1, positive=(op == "pow" and d.is_float))
    b = data((2, 4), d, seed=2, positive=(op in ("div", "pow")))
    if op == "pow" and d.is_int:
        b = (np.abs(b.astype(np.int64)) % 4).astype(b.dtype)  # small non-negative integer exponents
    return a, b


@pytest.mark.parametrize("d", ALL, ids=ids)
@pytest.mark.parametrize("op", list(BINARY))
def test_binary_broadcast(device, op, d):
    a, b = _binary_case(op, d)
    fn, ref_fn = BINARY[op]
    out = fn(tensor(a, d, device), tensor(b, d, device))
    assert out.shape == (3, 2, 4)
    if op in ("div", "pow") and not d.is_float:
        assert out.dtype == minic.float32, f"{op} of {d.name} should give float32, got {out.dtype}"
        check(out, ref_fn(f64(a), f64(b)), minic.float32, rtol=1e-5, atol=1e-5)
    elif d.is_float:
        assert out.dtype == d
        check(out, ref_fn(f64(a), f64(b)), d)
    else:
        assert out.dtype == d
        check(out, ref_fn(a, b), d)  # numpy wraps exactly like a fixed-width integer kernel must


@pytest.mark.parametrize("d", [minic.float32, minic.int32, minic.float16], ids=ids)
def test_binary_with_python_scalars(device, d):
    x = data((2, 5), d, seed=3, positive=True)
    t = tensor(x, d, device)
    check(t + 2, f64(x) + 2, d)
    check(2 + t, 2 + f64(x), d)
    check(t - 3, f64(x) - 3, d)
    check(3 - t, 3 - f64(x), d)
    check(t * 2, f64(x) * 2, d)
    check(-2 * t, -2 * f64(x), d)
    fd = d if d.is_float else minic.float32
    check(t / 2, f64(x) / 2, fd)
    check(3 / t, 3 / f64(x), fd)
    check(t * 0.5, f64(x) * 0.5, fd)
    check(t ** 2, f64(x) ** 2, d)
    check(t ** 3, f64(x) ** 3, fd, rtol=1e-4)
    check(t ** 0.5, f64(x) ** 0.5, fd)
    check(t ** -1, 1 / f64(x), fd)
    check(2 ** t, 2 ** f64(x), fd, rtol=1e-4)
    check(t.maximum(2), np.maximum(f64(x), 2), d)
    check(t.minimum(2), np.minimum(f64(x), 2), d)


def test_numpy_scalar_operands(device):
    x = data((4,), "float32")
    t = tensor(x, minic.float32, device)
    check(t * np.float32(3), x * 3, minic.float32)
    check(np.float32(3) + t, x + 3, minic.float32)


def test_mixed_dtype_promotion(device):
    a = data((2, 3), "int32", 1)
    b = data((2, 3), "float32", 2)
    h = data((2, 3), "float16", 3)
    check(tensor(a, minic.int32, device) + tensor(b, minic.float32, device), f64(a) + f64(b), minic.float32)
    check(tensor(h, minic.float16, device) + tensor(b, minic.float32, device), f64(h) + f64(b), minic.float32)
    u = data((2, 3), "uint8", 4)
    i8 = data((2, 3), "int8", 5)
    check(tensor(u, minic.uint8, device) + tensor(i8, minic.int8, device), u.astype(np.int16) + i8, minic.int32)
    bo = data((2, 3), "bool", 6)
    check(tensor(bo, minic.bool_, device) + tensor(a, minic.int32, device), bo + a, minic.int32)
    needs(device, minic.int64)
    check(tensor(a, minic.int32, device) + tensor(a, minic.int64, device), 2 * a.astype(np.int64), minic.int64)


def test_integer_wraparound(device):
    u = np.array([200, 255, 10], np.uint8)
    check(Tensor(u, device=device) + Tensor(np.array([100, 1, 20], np.uint8), device=device),
          np.array([44, 0, 30], np.uint8), minic.uint8)
    i = np.array([100, -100, 127], np.int8)
    check(Tensor(i, device=device) * 2, (i.astype(np.int64) * 2).astype(np.int8), minic.int8)


def test_pow_negative_base_integer_exponent(device):
    x = np.array([-2.0, -1.5, 3.0, 0.0], np.float32)
    check(Tensor(x, device=device) ** 3.0, x.astype(np.float64) ** 3, minic.float32, rtol=1e-5)
    e = np.array([3.0, 2.0, 2.0, 2.0], np.float32)
    check(Tensor(x, device=device) ** Tensor(e, device=device), f64(x) ** f64(e), minic.float32, rtol=1e-5)


def test_div_by_zero_is_ieee(device):
    x = np.array([1.0, -1.0, 0.0], np.float32)
    got = (Tensor(x, device=device) / Tensor(np.zeros(3, np.float32), device=device)).numpy()
    assert got[0] == np.inf and got[1] == -np.inf and np.isnan(got[2])


# --- elementwise unary ------------------------------------------------------------------------------------
def _gelu_tanh(x):
    return 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))


def _gelu_erf(x):
    return 0.5 * x * (1 + np.vectorize(math.erf)(x / math.sqrt(2)))


UNARY = {  # name: (minic, numpy, needs positive input)
    "neg": (lambda t: -t, np.negative, False),
    "abs": (lambda t: t.abs(), np.abs, False),
    "exp": (lambda t: t.exp(), np.exp, False),
    "log": (lambda t: t.log(), np.log, True),
    "sqrt": (lambda t: t.sqrt(), np.sqrt, True),
    "rsqrt": (lambda t: t.rsqrt(), lambda x: 1 / np.sqrt(x), True),
    "sin": (lambda t: t.sin(), np.sin, False),
    "cos": (lambda t: t.cos(), np.cos, False),
    "tanh": (lambda t: t.tanh(), np.tanh, False),
    "sigmoid": (lambda t: t.sigmoid(), lambda x: 1 / (1 + np.exp(-x)), False),
    "relu": (lambda t: t.relu(), lambda x: np.maximum(x, 0), False),
    "gelu_tanh": (lambda t: t.gelu(), _gelu_tanh, False),
    "gelu_erf": (lambda t: t.gelu(approximate="erf"), _gelu_erf, False),
    "silu": (lambda t: t.silu(), lambda x: x / (1 + np.exp(-x)), False),
    "reciprocal": (lambda t: t.reciprocal(), lambda x: 1 / x, True),
}


@pytest.mark.parametrize("d", FLOATS, ids=ids)
@pytest.mark.parametrize("op", list(UNARY))
def test_unary_float(device, op, d):
    fn, ref, positive = UNARY[op]
    x = data((3, 5), d, seed=4, positive=positive) * 2
    x = x.astype(np.float16) if d == minic.float16 else x
    if d == minic.bfloat16:
        x = tensor(x, d, device).numpy()  # values after bfloat16 rounding
    out = fn(tensor(x, d, device))
    check(out, ref(f64(x)), d)


@pytest.mark.parametrize("op", ["exp", "sqrt", "sin", "tanh", "sigmoid", "gelu_tanh", "log"])
@pytest.mark.parametrize("d", [minic.int32, minic.uint8], ids=ids)
def test_unary_float_op_on_ints(device, op, d):
    fn, ref, _ = UNARY[op]
    x = data((2, 4), d, seed=5, positive=True)
    check(fn(tensor(x, d, device)), ref(f64(x)), minic.float32)


@pytest.mark.parametrize("d", [minic.int32, minic.int64, minic.int8], ids=ids)
def test_neg_abs_relu_int(device, d):
    x = data((3, 4), d, seed=6)
    t = tensor(x, d, device)
    check(-t, -x, d)
    check(t.abs(), np.abs(x), d)
    check(t.relu(), np.maximum(x, 0), d)


def test_unary_special_values(device):
    x = np.array([0.0, -0.0, np.inf, -np.inf, 1e-30, 80.0], np.float32)
    t = Tensor(x, device=device)
    with np.errstate(all="ignore"):
        check(t.exp(), np.exp(x), minic.float32)
        check(t.sigmoid(), 1 / (1 + np.exp(-f64(x))), minic.float32)
        check(t.tanh(), np.tanh(x), minic.float32)
    check(Tensor(np.array([-1e4, 1e4, 0.0], np.float32), device=device).sigmoid(),
          np.array([0.0, 1.0, 0.5]), minic.float32)


# --- where, cast, comparisons, logic ---------------------------------------------------------------------
CMP = {
    "lt": (lambda a, b: a < b, np.less), "le": (lambda a, b: a <= b, np.less_equal),
    "gt": (lambda a, b: a > b, np.greater), "ge": (lambda a, b: a >= b, np.greater_equal),
    "eq": (lambda a, b: a == b, np.equal), "ne": (lambda a, b: a != b, np.not_equal),
}


@pytest.mark.parametrize("d", ALL, ids=ids)
@pytest.mark.parametrize("op", list(CMP))
def test_comparisons(device, op, d):
    a, b = data((3, 1, 4), d, 7), data((2, 4), d, 8)
    if d.is_int:  # plenty of ties
        a, b = (a % 3).astype(a.dtype), (b % 3).astype(b.dtype)
    fn, ref = CMP[op]
    check(fn(tensor(a, d, device), tensor(b, d, device)), ref(a, b), minic.bool_)


def test_comparisons_with_scalars(device):
    x = np.array([[1.0, 2.0, 3.0], [0.5, 2.0, -1.0]], np.float32)
    t = Tensor(x, device=device)
    check(t < 2, x < 2, minic.bool_)
    check(t >= 2, x >= 2, minic.bool_)
    check(t == 2, x == 2, minic.bool_)
    check(t != 2.0, x != 2, minic.bool_)
    check(2 > t, 2 > x, minic.bool_)
    check(1 <= t, 1 <= x, minic.bool_)


def test_logic_ops(device):
    a, b = data((2, 5), "bool", 1), data((5,), "bool", 2)
    ta, tb = Tensor(a, device=device), Tensor(b, device=device)
    check(ta & tb, a & b, minic.bool_)
    check(ta | tb, a | b, minic.bool_)
    check(ta ^ tb, a ^ b, minic.bool_)
    check(~ta, ~a, minic.bool_)
    check(ta.logical_not(), ~a, minic.bool_)


@pytest.mark.parametrize("d", [minic.float32, minic.int32, minic.float16, minic.int8, minic.bool_], ids=ids)
def test_where(device, d):
    c = data((3, 1), "bool", 9)
    a, b = data((3, 4), d, 10), data((4,), d, 11)
    out = minic.where(Tensor(c, device=device), tensor(a, d, device), tensor(b, d, device))
    check(out, np.where(c, a, b), d)
    check(Tensor(c, device=device).where(tensor(a, d, device), tensor(b, d, device)), np.where(c, a, b), d)


def test_where_scalars(device):
    c = data((2, 3), "bool", 12)
    x = data((2, 3), "float32", 13)
    tc, tx = Tensor(c, device=device), Tensor(x, device=device)
    check(tc.where(tx, 0.0), np.where(c, x, 0), minic.float32)
    check(tc.where(-1.0, tx), np.where(c, -1, x), minic.float32)
    check(tc.where(1, 2), np.where(c, 1, 2), minic.int32)
    check(tc.where(1.5, 2), np.where(c, 1.5, 2), minic.float32)
    check((tx > 0).where(tx, float("-inf")), np.where(x > 0, x, -np.inf), minic.float32)
    check(Tensor(x, device=device).where(1, 0), np.where(x != 0, 1, 0), minic.int32)  # non-bool condition


CAST_SRC = {
    "float32": np.array([[-3.7, -0.5, 0.0, 0.4], [1.5, 2.9, 100.25, 7.0]], np.float32),
    "int32": np.array([[-3, 0, 1, 100], [7, -128, 127, 5]], np.int32),
    "uint8": np.array([[0, 1, 200, 255], [3, 4, 5, 6]], np.uint8),
    "bool": np.array([[True, False, True, True], [False, False, True, False]]),
    "float16": np.array([[-2.5, 0.0, 1.0, 65.5], [3.25, 9.0, -1.0, 0.125]], np.float16),
    "int64": np.array([[-(2 ** 40), 0, 1, 2 ** 33], [5, -5, 6, -6]], np.int64),
    "int8": np.array([[-128, 0, 127, 5], [1, -1, 2, -2]], np.int8),
}


@pytest.mark.parametrize("dst", ALL, ids=ids)
@pytest.mark.parametrize("src", list(CAST_SRC))
def test_cast(device, src, dst):
    x = CAST_SRC[src]
    if dst.kind in "u" and src in ("float32", "float16", "int32", "int64", "int8"):
        x = np.abs(x).astype(x.dtype) if src != "int8" else np.abs(x.astype(np.int16)).clip(0, 127).astype(np.int8)
    if src in ("float32", "float16") and dst.is_int:
        x = np.clip(x, -100, 100).astype(x.dtype)  # float -> int out of range is undefined behaviour
    out = Tensor(x, device=device).cast(dst)
    if dst == minic.bfloat16:
        from minic.runtime.host import bfloat16_to_float32, float32_to_bfloat16
        ref = bfloat16_to_float32(float32_to_bfloat16(x.astype(np.float32)))
        check(out, ref, dst, exact=True)
    elif dst.is_float:
        check(out, x.astype(dst.name), dst, exact=True)
    elif dst == minic.bool_:
        check(out, x != 0, dst)
    else:
        with np.errstate(all="ignore"):
            check(out, x.astype(dst.name), dst)


def test_cast_from_bfloat16(device):
    x = data((2, 4), "bfloat16", 14) * 8
    t = Tensor(x, dtype=minic.bfloat16, device=device)
    check(t.cast(minic.float32), x, minic.float32, exact=True)
    check(t.cast(minic.int32), np.trunc(x), minic.int32)
    check(t.cast(minic.float16), x.astype(np.float16), minic.float16, exact=True)
    check(t.float() * 2, x * 2, minic.float32)
    check(t.half(), x.astype(np.float16), minic.float16)


# --- reductions -------------------------------------------------------------------------------------------
AXES = [None, 0, 1, -1, (0, 2), (1, 2), (0, 1, 2)]


@pytest.mark.parametrize("keepdim", [False, True])
@pytest.mark.parametrize("axis", AXES, ids=str)
@pytest.mark.parametrize("op", ["sum", "max", "min", "mean", "var"])
def test_reduce_float32(device, op, axis, keepdim):
    x = data((2, 3, 5), "float32", 15)
    out = getattr(Tensor(x, device=device), op)(axis, keepdim=keepdim)
    ref = getattr(np, op)(f64(x), axis=axis, keepdims=keepdim)
    check(out, ref, minic.float32, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("d", [minic.float16, minic.bfloat16, minic.int32, minic.int64, minic.int8, minic.uint8,
                               minic.bool_], ids=ids)
@pytest.mark.parametrize("op", ["sum", "max", "min", "mean"])
def test_reduce_dtypes(device, op, d):
    x = data((3, 6), d, 16)
    t = tensor(x, d, device)
    for axis in (1, None):
        out = getattr(t, op)(axis)
        if op == "mean":
            check(out, np.mean(f64(x), axis=axis), d if d.is_float else minic.float32)
        elif op == "sum" and d in (minic.bool_, minic.uint8, minic.int8):
            check(out, np.sum(x.astype(np.int64), axis=axis), minic.int32)  # small ints accumulate in int32
        elif op == "sum" and d.is_float:
            check(out, np.sum(f64(x), axis=axis), d)
        else:
            check(out, getattr(np, op)(x, axis=axis), d)


def test_sum_half_accumulates_in_float32(device):
    x = np.full((2048,), 1.0, np.float16)  # a float16 accumulator would stall at 2048
    check(Tensor(x, device=device).sum(), np.float32(2048), minic.float16)
    x = np.full((4096,), 0.1, np.float16)
    check(Tensor(x, device=device).sum(), x.astype(np.float64).sum(), minic.float16)


def test_var_correction_and_std(device):
    x = data((4, 6), "float32", 17)
    t = Tensor(x, device=device)
    check(t.var(1, correction=1), np.var(f64(x), axis=1, ddof=1), minic.float32)
    check(t.std(0, keepdim=True), np.std(f64(x), axis=0, keepdims=True), minic.float32)


@pytest.mark.parametrize("keepdim", [False, True])
@pytest.mark.parametrize("axis", [0, 1, -1, None], ids=str)
@pytest.mark.parametrize("d", [minic.float32, minic.int32, minic.uint8], ids=ids)
def test_argmax_ties_first(device, d, axis, keepdim):
    x = (data((3, 5), d, 18) % 3).astype(d.name)  # ties everywhere: the first index must win
    out = Tensor(x, device=device).argmax(axis, keepdim=keepdim)
    ref = np.argmax(x, axis=axis, keepdims=keepdim)
    check(out, ref, minic.int32)


def test_argmin(device):
    x = data((4, 5), "float32", 19)
    check(Tensor(x, device=device).argmin(1), np.argmin(x, 1), minic.int32)


def test_reduce_of_expression(device):
    x, y = data((4, 6), "float32", 20), data((6,), "float32", 21)
    out = ((Tensor(x, device=device) * Tensor(y, device=device)).exp() + 1).sum(1).sqrt()
    check(out, np.sqrt((np.exp(f64(x) * y) + 1).sum(1)), minic.float32)


def test_reduce_of_reduce(device):
    x = data((3, 4, 5), "float32", 22)
    t = Tensor(x, device=device)
    check(t.sum(2).max(1), f64(x).sum(2).max(1), minic.float32)
    check(t - t.mean(1, keepdim=True).max(2, keepdim=True), f64(x) - f64(x).mean(1, keepdims=True).max(
        2, keepdims=True), minic.float32)


# --- movement ---------------------------------------------------------------------------------------------
def test_reshape_view(device):
    x = data((2, 3, 4), "float32", 23)
    t = Tensor(x, device=device)
    check(t.reshape(6, 4), x.reshape(6, 4))
    check(t.reshape(4, -1), x.reshape(4, -1))
    check(t.reshape((3, 8)), x.reshape(3, 8))
    check(t.view(24), x.reshape(24))
    check(t.reshape(1, 24, 1), x.reshape(1, 24, 1))
    check(Tensor(np.float32(3), device=device).reshape(1, 1), np.full((1, 1), 3, np.float32))


def test_permute_transpose(device):
    x = data((2, 3, 4), "float32", 24)
    t = Tensor(x, device=device)
    check(t.permute(2, 0, 1), x.transpose(2, 0, 1))
    check(t.permute((1, 2, 0)), x.transpose(1, 2, 0))
    check(t.permute(-1, -2, -3), x.transpose(2, 1, 0))
    check(t.transpose(0, 2), x.swapaxes(0, 2))
    check(t.transpose(), x.swapaxes(-2, -1))
    check(t.T, x.T)


def test_reshape_after_permute(device):
    x = data((2, 3, 4), "float32", 25)
    t = Tensor(x, device=device)
    check(t.permute(2, 0, 1).reshape(-1), x.transpose(2, 0, 1).reshape(-1))
    check(t.permute(1, 0, 2).reshape(3, 8), x.transpose(1, 0, 2).reshape(3, 8))
    check(t.T.reshape(2, 2, 6).permute(2, 1, 0), x.T.reshape(2, 2, 6).transpose(2, 1, 0))
    check(t[:, 1:, ::2].reshape(-1, 2).T, x[:, 1:, ::2].reshape(-1, 2).T)


def test_expand(device):
    x = data((3, 1), "float32", 26)
    t = Tensor(x, device=device)
    check(t.expand(3, 4), np.broadcast_to(x, (3, 4)))
    check(t.expand(2, 3, 4), np.broadcast_to(x, (2, 3, 4)))
    check(t.expand(-1, 5), np.broadcast_to(x, (3, 5)))
    check(t.broadcast_to((2, 3, 2)), np.broadcast_to(x, (2, 3, 2)))
    check(t.expand(3, 4) * 1 + t.expand(3, 4).T.T, 2 * np.broadcast_to(x, (3, 4)))


def test_squeeze_unsqueeze_flatten(device):
    x = data((2, 1, 3, 1), "float32", 27)
    t = Tensor(x, device=device)
    check(t.squeeze(), x.squeeze())
    check(t.squeeze(1), x.squeeze(1))
    check(t.squeeze(-1), x.squeeze(-1))
    check(t.squeeze(0), x)  # a dim that is not 1 stays, like torch
    check(t.unsqueeze(0), x[None])
    check(t.unsqueeze(-1), x[..., None])
    check(t.unsqueeze(2), np.expand_dims(x, 2))
    check(t.flatten(), x.reshape(-1))
    check(t.flatten(1), x.reshape(2, -1))
    check(t.flatten(1, 2), x.reshape(2, 3, 1))
    check(Tensor(np.float32(5), device=device).flatten(), np.array([5], np.float32))


@pytest.mark.parametrize("pads,value", [
    (((1, 2), (0, 1)), 0),
    (((0, 0), (3, 0)), 0),
    ((None, (2, 2)), 0),
    (((2, 1), (1, 3)), -1.5),
    (((1, 1), (1, 1)), float("-inf")),
], ids=str)
def test_pad(device, pads, value):
    x = data((3, 4), "float32", 28)
    np_pads = tuple((0, 0) if p is None else p for p in pads)
    check(Tensor(x, device=device).pad(pads, value), np.pad(x, np_pads, constant_values=value))


def test_pad_int_and_chained(device):
    x = data((2, 3), "int32", 29)
    t = Tensor(x, device=device)
    check(t.pad(((1, 0), (0, 2)), 7), np.pad(x, ((1, 0), (0, 2)), constant_values=7), minic.int32)
    check(t.pad(((1, 1), (1, 1))).pad(((1, 0), (0, 1))), np.pad(np.pad(x, 1), ((1, 0), (0, 1))), minic.int32)
    check(t.T.pad(((0, 1), (2, 0))) * 2, np.pad(x.T, ((0, 1), (2, 0))) * 2, minic.int32)
    check(t.pad(((1, 1), (1, 1)))[1:3, 1:4], x, minic.int32)


KEYS = [
    1, -1, slice(None), slice(1, 3), slice(None, None, 2), slice(1, None, 3), slice(-3, -1), slice(5, 100),
    (1, 2), (-1, slice(None, None, 2)), (slice(None), 0), (None, 1), (Ellipsis, 1), (Ellipsis, None),
    (1, Ellipsis), (slice(0, 2), None, slice(1, 4), 2), (Ellipsis,), (0, 0, 0), (slice(2, 2),),
    (slice(None, None, 4), slice(None, None, 3), slice(None, None, 2)), (None, Ellipsis, None),
    (slice(3, 1),),
]


@pytest.mark.parametrize("key", KEYS, ids=repr)
def test_getitem(device, key):
    x = data((4, 5, 6), "float32", 30)
    check(Tensor(x, device=device)[key], x[key])


def test_getitem_int_dtype_and_chained(device):
    x = data((5, 6), "int8", 31)
    t = Tensor(x, device=device)
    check(t[1:][::2][:, 2:], x[1:][::2][:, 2:], minic.int8)
    check(t.T[2][1:4], x.T[2][1:4], minic.int8)
    check(t[np.int64(2)], x[2], minic.int8)


def test_getitem_symbolic_bounds(device):
    past = Var("past", 0, 8)
    x = data((12, 3), "float32", 32)
    t = Tensor(x, device=device)
    for p in (0, 3, 8):
        check(t[past:past + 4].bind(past=p), x[p:p + 4])
        check(t[past].bind(past=p), x[p])
        check(t[:past + 1].bind(past=p), x[:p + 1])


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_cat(device, axis):
    a, b, c = data((2, 3), "float32", 33), data((2, 3), "float32", 34), data((2, 3), "float32", 35)
    if axis == 0:
        b = data((1, 3), "float32", 34)
    ta, tb, tc = (Tensor(v, device=device) for v in (a, b, c))
    check(minic.cat([ta, tb, tc], axis=axis), np.concatenate([a, b, c], axis=axis))
    check(ta.cat(tb, axis=axis), np.concatenate([a, b], axis=axis))


def test_cat_dtypes(device):
    a, b = data((2, 2), "int32", 36), data((1, 2), "float32", 37)
    check(minic.cat([Tensor(a, device=device), Tensor(b, device=device)]), np.concatenate([a, b]).astype(np.float32),
          minic.float32)
    p, q = data((2, 2), "bool", 38), data((3, 2), "bool", 39)
    check(minic.cat([Tensor(p, device=device), Tensor(q, device=device)]), np.concatenate([p, q]), minic.bool_)
    h = data((2, 2), "float16", 40)
    check(minic.cat([Tensor(h, device=device), Tensor(h, device=device)], 1), np.concatenate([h, h], 1),
          minic.float16)


@pytest.mark.parametrize("axis", [0, 1, 2, -1])
def test_stack(device, axis):
    xs = [data((2, 3), "float32", 41 + i) for i in range(3)]
    check(minic.stack([Tensor(x, device=device) for x in xs], axis=axis), np.stack(xs, axis=axis))


def test_split_chunk(device):
    x = data((7, 4), "float32", 44)
    t = Tensor(x, device=device)
    parts = t.split(3)
    assert [p.shape for p in parts] == [(3, 4), (3, 4), (1, 4)]
    for p, r in zip(parts, np.split(x, [3, 6])):
        check(p, r)
    for p, r in zip(t.split([1, 2, 1], axis=1), np.split(x, [1, 3], axis=1)):
        check(p, r)
    for p, r in zip(t.chunk(2, axis=1), np.split(x, 2, axis=1)):
        check(p, r)


@pytest.mark.parametrize("k", [-2, -1, 0, 1, 3])
def test_triu_tril(device, k):
    x = data((2, 4, 5), "float32", 45)
    t = Tensor(x, device=device)
    check(t.triu(k), np.triu(x, k))
    check(t.tril(k), np.tril(x, k))
    i = data((4, 4), "int32", 46)
    check(Tensor(i, device=device).tril(k), np.tril(i, k), minic.int32)


# --- nn -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sa,sb", [
    ((3, 4), (4, 5)), ((2, 3, 4), (2, 4, 5)), ((2, 1, 3, 4), (5, 4, 2)), ((3, 4), (2, 4, 5)),
    ((4,), (4, 3)), ((3, 4), (4,)), ((4,), (4,)), ((2, 3, 4), (4,)), ((4,), (2, 4, 3)), ((1, 1), (1, 1)),
], ids=str)
def test_matmul(device, sa, sb):
    a, b = data(sa, "float32", 47), data(sb, "float32", 48)
    ta, tb = Tensor(a, device=device), Tensor(b, device=device)
    check(ta @ tb, f64(a) @ f64(b), minic.float32, rtol=1e-5, atol=1e-5)
    check(ta.matmul(tb), f64(a) @ f64(b), minic.float32, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("d", [minic.float16, minic.bfloat16, minic.int32], ids=ids)
def test_matmul_dtypes(device, d):
    a, b = data((3, 8), d, 49), data((8, 2), d, 50)
    check(tensor(a, d, device) @ tensor(b, d, device), f64(a) @ f64(b), d)


def test_matmul_of_views(device):
    a, b = data((4, 3), "float32", 51), data((5, 4), "float32", 52)
    ta, tb = Tensor(a, device=device), Tensor(b, device=device)
    check(ta.T @ tb.T, a.T.astype(np.float64) @ b.T, minic.float32)
    check(ta[1:3] @ tb[::2, :3].T, f64(a[1:3]) @ b[::2, :3].T, minic.float32)
    check(a.T @ tb.T, a.T.astype(np.float64) @ b.T, minic.float32)  # numpy on the left


def test_linear(device):
    x, w, b = data((3, 4), "float32", 53), data((4, 2), "float32", 54), data((2,), "float32", 55)
    check(Tensor(x, device=device).linear(Tensor(w, device=device), Tensor(b, device=device)), f64(x) @ w + b)
    check(Tensor(x, device=device).linear(Tensor(w, device=device)), f64(x) @ w)


def _softmax(x, axis=-1):
    e = np.exp(x - x.max(axis, keepdims=True))
    return e / e.sum(axis, keepdims=True)


@pytest.mark.parametrize("axis", [-1, 0, 1])
def test_softmax_log_softmax(device, axis):
    x = data((2, 3, 5), "float32", 56) * 3
    t = Tensor(x, device=device)
    check(t.softmax(axis), _softmax(f64(x), axis))
    check(t.log_softmax(axis), np.log(_softmax(f64(x), axis)), minic.float32, rtol=1e-5, atol=1e-5)


def test_softmax_extreme_and_masked(device):
    x = np.array([[1000.0, 1000.0, -1000.0], [-np.inf, 0.0, -np.inf], [88.0, 89.0, 90.0]], np.float32)
    check(Tensor(x, device=device).softmax(), _softmax(f64(x)))


@pytest.mark.parametrize("d", [minic.float16, minic.bfloat16], ids=ids)
def test_softmax_half(device, d):
    x = data((3, 8), d, 57) * 4
    check(tensor(x, d, device).softmax(), _softmax(f64(x)), d)


def test_softmax_int_input(device):
    x = data((2, 4), "int32", 58)
    check(Tensor(x, device=device).softmax(), _softmax(f64(x)), minic.float32)


def _layer_norm(x, w=None, b=None, eps=1e-5):
    out = (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + eps)
    return out * (w if w is not None else 1) + (b if b is not None else 0)


def test_layer_norm_rms_norm(device):
    x, w, b = data((3, 8), "float32", 59) * 2 + 1, data((8,), "float32", 60), data((8,), "float32", 61)
    t, tw, tb = (Tensor(v, device=device) for v in (x, w, b))
    check(t.layer_norm(), _layer_norm(f64(x)), rtol=1e-4, atol=1e-5)
    check(t.layer_norm(tw, tb), _layer_norm(f64(x), w, b), rtol=1e-4, atol=1e-5)
    check(t.layer_norm(eps=0.5), _layer_norm(f64(x), eps=0.5), rtol=1e-4, atol=1e-5)
    rms = f64(x) / np.sqrt((f64(x) ** 2).mean(-1, keepdims=True) + 1e-6)
    check(t.rms_norm(), rms, rtol=1e-4, atol=1e-5)
    check(t.rms_norm(tw), rms * w, rtol=1e-4, atol=1e-5)


def test_layer_norm_axis0(device):
    x = data((5, 3), "float32", 62)
    ref = (f64(x) - f64(x).mean(0)) / np.sqrt(f64(x).var(0) + 1e-5)
    check(Tensor(x, device=device).layer_norm(axis=0), ref, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("id_dtype", [minic.int32, minic.int64, minic.uint8], ids=ids)
def test_embedding(device, id_dtype):
    table = data((6, 4), "float32", 63)
    idx = np.array([[5, 0, 2], [2, 2, 1]]).astype(id_dtype.name)
    t = Tensor(table, device=device)
    check(t.embedding(Tensor(idx, device=device)), table[idx])
    check(t[Tensor(idx[0], device=device)], table[idx[0]])


def test_embedding_of_computed_table_and_then_math(device):
    table = data((5, 3), "float32", 64)
    idx = np.array([4, 1, 1])
    t = (Tensor(table, device=device) * 2).embedding(Tensor(idx.astype(np.int32), device=device))
    check(t.sum(-1) + 1, (2 * table[idx]).sum(-1) + 1)


def _attention(q, k, v, mask=None, causal=False):
    s = q @ np.swapaxes(k, -1, -2) / math.sqrt(q.shape[-1])
    if mask is not None:
        s = np.where(mask, s, -np.inf) if mask.dtype == bool else s + mask
    if causal:
        n, m = q.shape[-2], k.shape[-2]
        s = np.where(np.arange(m)[None, :] <= np.arange(n)[:, None] + (m - n), s, -np.inf)
    return _softmax(s) @ v


@pytest.mark.parametrize("n,m", [(4, 4), (2, 5), (1, 3)], ids=str)
def test_attention_causal(device, n, m):
    q, k, v = data((2, n, 8), "float32", 65), data((2, m, 8), "float32", 66), data((2, m, 8), "float32", 67)
    out = Tensor(q, device=device).scaled_dot_product_attention(Tensor(k, device=device), Tensor(v, device=device),
                                                                causal=True)
    check(out, _attention(f64(q), f64(k), f64(v), causal=True), rtol=1e-4, atol=1e-5)


def test_attention_masks(device):
    q, k, v = data((2, 2, 3, 4), "float32", 68), data((2, 2, 5, 4), "float32", 69), data((2, 2, 5, 4), "float32", 70)
    tq, tk, tv = (Tensor(a, device=device) for a in (q, k, v))
    bmask = data((3, 5), "bool", 71)
    bmask[:, 0] = True  # every row sees at least one key
    check(tq.scaled_dot_product_attention(tk, tv, mask=Tensor(bmask, device=device)),
          _attention(f64(q), f64(k), f64(v), mask=bmask), rtol=1e-4, atol=1e-5)
    amask = data((2, 1, 3, 5), "float32", 72)
    check(tq.scaled_dot_product_attention(tk, tv, mask=Tensor(amask, device=device)),
          _attention(f64(q), f64(k), f64(v), mask=f64(amask)), rtol=1e-4, atol=1e-5)
    check(tq.scaled_dot_product_attention(tk, tv), _attention(f64(q), f64(k), f64(v)), rtol=1e-4, atol=1e-5)
    ref = _softmax(f64(q) @ np.swapaxes(f64(k), -1, -2) * 0.5) @ v
    check(tq.scaled_dot_product_attention(tk, tv, scale=0.5), ref, rtol=1e-4, atol=1e-5)


# --- assign, realize, numpy, item ------------------------------------------------------------------------
def test_assign_slices(device):
    base = np.zeros((5, 4), np.float32)
    cache = Tensor(base.copy(), device=device)
    new = data((2, 4), "float32", 73)
    cache[1:3].assign(Tensor(new, device=device))
    base[1:3] = new
    check(cache, base)
    cache[:, 2].assign(7.0)
    base[:, 2] = 7
    check(cache, base)
    cache[4].assign(Tensor(np.arange(4, dtype=np.float32), device=device) * 2)
    base[4] = np.arange(4) * 2
    check(cache, base)
    cache[::2, 1:].assign(Tensor(np.float32(-1), device=device))  # broadcast into a strided slice
    base[::2, 1:] = -1
    check(cache, base)


def test_assign_whole_and_dtype(device):
    t = Tensor(np.zeros((2, 3), np.int32), device=device)
    t.assign(Tensor(np.full((2, 3), 2.7, np.float32), device=device))  # cast to the target's dtype
    check(t, np.full((2, 3), 2), minic.int32)
    r = (Tensor(np.ones(3, np.float32), device=device) * 3).realize()
    r.assign(Tensor(np.arange(3, dtype=np.float32), device=device))
    check(r, np.arange(3), minic.float32)


def test_assign_reads_old_value(device):
    x = np.arange(6, dtype=np.float32)
    t = Tensor(x.copy(), device=device)
    t.assign(t * 2 + 1)
    check(t, x * 2 + 1)


def test_assign_kv_cache_symbolic(device):
    past, n = Var("past", 0, 14), Var("n", 1, 6)
    cache = Tensor(np.zeros((20, 3), np.float32), device=device)
    ref = np.zeros((20, 3), np.float32)
    pos = 0
    for step, count in enumerate([4, 1, 6, 1]):
        new = data((count, 3), "float32", 74 + step)
        cache[past:past + n].bind(past=pos).assign(Tensor(new, shape=(n, 3), device=device))
        ref[pos:pos + count] = new
        pos += count
        check(cache, ref)
    # the cache reads back through a symbolic slice too
    check(cache[:past + n].bind(past=pos - 1, n=1), ref[:pos])


def test_assign_kv_cache_one_kernel(device):
    past, n = Var("past", 0, 10), Var("n", 1, 6)
    cache = Tensor(np.zeros((16, 3), np.float32), device=device)
    dev = minic.get_device(device)
    write = lambda p, c: cache[past:past + n].bind(past=p).assign(  # noqa: E731
        Tensor(np.full((c, 3), p, np.float32), shape=(n, 3), device=device))
    write(0, 2)
    before = dev.compiles
    write(2, 5)
    write(7, 1)
    write(8, 6)
    assert dev.compiles == before, "a symbolic KV-cache write must reuse one compiled kernel"
    ref = np.zeros((16, 3), np.float32)
    for p, c in ((0, 2), (2, 5), (7, 1), (8, 6)):
        ref[p:p + c] = p
    check(cache, ref)


def test_realize_returns_self_and_is_idempotent(device):
    x = data((3,), "float32", 80)
    t = Tensor(x, device=device) + 1
    assert t.realize() is t
    assert t.node.op == "BUFFER"
    check(t, x + 1)
    assert t.realize() is t
    check(t * 2, (x + 1) * 2)


def test_numpy_is_a_copy(device):
    x = data((2, 2), "float32", 81)
    t = Tensor(x, device=device)
    got = t.numpy()
    got[0, 0] = 99
    check(t, x)
    x[1, 1] = -99  # the tensor does not alias the input array
    assert t.numpy()[1, 1] != -99


@pytest.mark.parametrize("d", ALL, ids=ids)
def test_item(device, d):
    v = True if d == minic.bool_ else 3 if d.is_int else 1.5
    t = Tensor.full((1, 1), v, dtype=d, device=device)
    got = t.item()
    assert type(got) is type(v) and got == v
    assert Tensor(np.array([v]).astype(np.float32 if d == minic.bfloat16 else d.name), dtype=d,
                  device=device).sum().item() == v


def test_item_of_reduction(device):
    x = data((3, 4), "float32", 82)
    assert Tensor(x, device=device).sum().item() == pytest.approx(float(x.sum()), rel=1e-5)
    assert Tensor(x, device=device).argmax().item() == int(x.argmax())


def test_tolist(device):
    assert Tensor([[1, 2], [3, 4]], dtype=minic.int32, device=device).tolist() == [[1, 2], [3, 4]]


def test_to_device(device):
    x = data((2, 3), "float32", 83)
    t = Tensor(x, device="LLVM").to(device) * 2
    assert t.device == device
    check(t, x * 2)


def test_gpt2_block_end_to_end(device):
    """A whole transformer block: every op above working together."""
    rng = np.random.default_rng(84)
    T, C, H = 5, 8, 2
    x = rng.standard_normal((T, C)).astype(np.float32)
    w_qkv = (rng.standard_normal((C, 3 * C)) * 0.3).astype(np.float32)
    w_o = (rng.standard_normal((C, C)) * 0.3).astype(np.float32)
    w_fc = (rng.standard_normal((C, 4 * C)) * 0.3).astype(np.float32)
    w_pr = (rng.standard_normal((4 * C, C)) * 0.3).astype(np.float32)
    tx = Tensor(x, device=device)
    tt = lambda a: Tensor(a, device=device)  # noqa: E731
    h = tx.layer_norm() @ tt(w_qkv)
    q, k, v = h.split(C, axis=1)
    heads = lambda z: z.reshape(T, H, C // H).permute(1, 0, 2)  # noqa: E731
    a = heads(q).scaled_dot_product_attention(heads(k), heads(v), causal=True)
    x1 = tx + a.permute(1, 0, 2).reshape(T, C) @ tt(w_o)
    out = x1 + (x1.layer_norm() @ tt(w_fc)).gelu() @ tt(w_pr)
    # numpy
    hn = _layer_norm(f64(x)) @ w_qkv
    qn, kn, vn = np.split(hn, 3, axis=1)
    hd = lambda z: z.reshape(T, H, C // H).transpose(1, 0, 2)  # noqa: E731
    an = _attention(hd(qn), hd(kn), hd(vn), causal=True)
    x1n = x + an.transpose(1, 0, 2).reshape(T, C) @ w_o
    ref = x1n + _gelu_tanh(_layer_norm(x1n) @ w_fc) @ w_pr
    check(out, ref, rtol=1e-4, atol=1e-4)


# --- odd and larger sizes: vector remainders, core splits, the Matmul/GEMV rules' tiling edges ----------
def sizes(device: str, big: int, small: int) -> int:
    return small if device == "PY" else big


def test_elementwise_odd_sizes(device):
    for size in (1, 7, 17, sizes(device, 1031, 67)):
        x = data((size,), "float32", size)
        check((Tensor(x, device=device) * 3 - 1).exp(), np.exp(f64(x) * 3 - 1), rtol=1e-5)
        h = x.astype(np.float16)
        check(Tensor(h, device=device) + 1, f64(h) + 1, minic.float16)


def test_reductions_odd_sizes(device):
    for shape in ((1, 1), (3, 33), (sizes(device, 5, 2), sizes(device, 1027, 45)), (sizes(device, 257, 19), 3)):
        x = data(shape, "float32", shape[1])
        t = Tensor(x, device=device)
        check(t.sum(1), f64(x).sum(1), rtol=1e-4, atol=1e-4)
        check(t.max(0), x.max(0))
        check(t.sum(), f64(x).sum(), rtol=1e-4, atol=1e-3)
        check(t.softmax(-1), _softmax(f64(x)), rtol=1e-4, atol=1e-6)
        check(t.argmax(1), x.argmax(1), minic.int32)
        i = data(shape, "int32", 3)
        check(Tensor(i, device=device).sum(0), i.sum(0), minic.int32)


@pytest.mark.parametrize("M,K,N", [(1, 64, 33), (1, 33, 1), (33, 65, 17), (16, 16, 16), (7, 1, 9), (64, 3, 1),
                                   (2, 130, 5)], ids=str)
def test_matmul_sizes(device, M, K, N):
    if device == "PY" and M * K * N > 5000:
        M, K, N = min(M, 5), min(K, 13), min(N, 7)
    a, b = data((M, K), "float32", M), data((K, N), "float32", N)
    ta, tb = Tensor(a, device=device), Tensor(b, device=device)
    ref = f64(a) @ f64(b)
    check(ta @ tb, ref, rtol=1e-4, atol=1e-4)
    check(ta @ tb[:, 0], ref[:, 0], rtol=1e-4, atol=1e-4)  # matrix @ vector
    check(ta[0] @ tb, ref[0], rtol=1e-4, atol=1e-4)  # vector @ matrix
    check((ta @ tb).relu() + 1, np.maximum(ref, 0) + 1, rtol=1e-4, atol=1e-4)
    check(tb.T @ ta.T, ref.T, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("d", [minic.float16, minic.bfloat16], ids=ids)
def test_matmul_half_accumulates_in_float32(device, d):
    K = sizes(device, 512, 64)
    a, b = np.ones((2, K), np.float32), np.full((K, 3), 1.0, np.float32)
    check(tensor(a, d, device) @ tensor(b, d, device), np.full((2, 3), K), d)
