"""Every public Tensor op against numpy, on every device, for each dtype it applies to: creation and
elementwise ops here; reductions and movement in test_ops_shape.py; nn, assign and odd sizes in test_ops_nn.py."""
from __future__ import annotations

import math

import numpy as np
import pytest
from conftest import ALL, FLOATS, check, data, f64, ids, needs, np_gelu_tanh, tensor

import minic
from minic import Tensor


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
    "gelu_tanh": (lambda t: t.gelu(), np_gelu_tanh, False),
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


def test_exp_around_its_underflow(device):
    """exp near and past float32's underflow (a masked score, -inf, is the common case in a causal softmax; LLVM's
    inline exp computes such inputs as 0 and replaces the result), overflow and NaN, against numpy; results in
    the denormal range may be flushed to zero (GPUs do)."""
    x = np.array([-np.inf, -1e30, -200.0, -104.0, -103.8, -100.0, -90.0, -87.5, -87.0, -20.0, 88.0, 88.7, 89.0,
                  np.inf, np.nan, 0.5], np.float32)
    with np.errstate(all="ignore"):
        want = np.exp(x).astype(np.float64)  # float32's: 89 overflows to inf
    got = Tensor(x, device=device).exp().numpy().astype(np.float64)
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=2e-38, equal_nan=True)  # GPUs: a few ulp
    assert np.isnan(got[14]) and got[0] == 0.0 and got[13] == np.inf


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
