"""Reductions and movement ops against numpy, on every device (see test_ops.py)."""
from __future__ import annotations

import numpy as np
import pytest
from conftest import check, data, f64, ids, tensor

import minic
from minic import Tensor, Var

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
    # integer types whose negation wraps (unsigned ones; the most negative int32), and booleans
    for v in (np.uint8([0, 5, 3, 0]), np.int32([3, -2**31, 5, -2**31]), np.array([True, False, False])):
        check(Tensor(v, device=device).argmin(), np.argmin(v), minic.int32)


def test_truth_value_as_numpy():
    """One element: its truth; more: ambiguous (numpy's rule), never silently true."""
    assert not bool(Tensor(np.array([-1.0], np.float32)) > 0) and bool(Tensor(np.array([[2.0]], np.float32)) > 0)
    t = Tensor(np.array([1.0, 2.0], np.float32))
    with pytest.raises(minic.ShapeError, match="truth value of a tensor of shape \\(2,\\) is ambiguous"):
        bool(t > 0)
    with pytest.raises(minic.ShapeError):
        [Tensor(np.zeros(2, np.float32)), t].index(t)  # elementwise == would otherwise pick the first


def test_argmax_of_an_empty_axis_is_refused():
    with pytest.raises(minic.ShapeError, match="axis 1 of shape \\(2, 0\\): the axis is empty"):
        Tensor(np.zeros((2, 0), np.float32)).argmax(1)


def test_nan_propagates_through_max_min_and_argmax(cpu_device):
    """numpy's maximum and minimum: a NaN wins (C's fmaxf and LLVM's maxnum would drop it), in reductions and in
    elementwise max (relu); argmax and argmin name the first NaN, as numpy does."""
    x = np.array([[1, np.nan, 3, np.nan], [4, 2, 8, 1]], np.float32)
    t = Tensor(x, device=cpu_device)
    check(t.max(1), np.max(x, 1))
    check(t.min(1), np.min(x, 1))
    check(t.relu(), np.maximum(x, 0))
    check(t.argmax(1), np.argmax(x, 1), minic.int32)
    check(t.argmin(1), np.argmin(x, 1), minic.int32)
    # a padded, reshaped max (a masked load in a max reduction), which crashed LLVM's vectoriser with maxnum
    y = np.arange(8, dtype=np.float32).reshape(4, 2)
    check(Tensor(y, device=cpu_device).pad([(0, 1), (1, 1)]).reshape(20).max(), np.pad(y, [(0, 1), (1, 1)]).max())


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


def test_flip(device):
    x = data((2, 3, 4), "float32", 27)
    t = Tensor(x, device=device)
    check(t.flip(-1), np.flip(x, -1))
    check(t.flip(0, 2), np.flip(x, (0, 2)))
    check(t.flip((1,)), np.flip(x, 1))
    check(t.flip(), np.flip(x))
    check(t[:, 1:].flip(1).reshape(2, 8) + 1, np.flip(x[:, 1:], 1).reshape(2, 8) + 1)
    check(t.pad(((0, 0), (1, 0), (0, 0))).flip(1), np.flip(np.pad(x, ((0, 0), (1, 0), (0, 0))), 1))
    # a reshaped slice reversed: the row index is a floor division of (5 - i) by 2, which must not be split into
    # 2 + (1 - i) // 2 (a negative numerator, which compiled code divides toward zero)
    check(t[0, :, 1:].reshape(-1).flip(0), x[0, :, 1:].reshape(-1)[::-1])
    check(t[:, :, 1:].reshape(2, -1).flip(1), x[:, :, 1:].reshape(2, -1)[:, ::-1])
    with pytest.raises(minic.IndexOutOfRange):
        t.flip(3)
    with pytest.raises(TypeError, match="integer axes"):
        t.flip(1.5)


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


def test_empty_and_degenerate_shapes_as_numpy():
    """An empty arange is empty (numpy's), not a negative dim; a split size of 0, a chunk of a symbolic dim, a -1
    next to a 0-size dim and a slice that starts past a bound symbolic dim's end are clear errors."""
    assert minic.Tensor.arange(5, 0).numpy().shape == (0,) and minic.Tensor.arange(0, 5, -1).shape == (0,)
    with pytest.raises(minic.ShapeError, match="-1 is ambiguous next to a dim of size 0"):
        Tensor(np.zeros((0, 4), np.float32)).reshape(0, -1)
    with pytest.raises(minic.ShapeError, match="split size must be a positive integer, got 0"):
        Tensor(np.zeros(6, np.float32)).split(0)
    x = Tensor(np.zeros((5, 4), np.float32), shape=(Var("n", 1, 8), 4))
    with pytest.raises(minic.ShapeError, match="chunk of symbolic dim n into 2"):
        x.chunk(2)
    with pytest.raises(minic.IndexOutOfRange, match=r"is \(-1, 4\) at n=5: a slice starts past the end"):
        x[6:].numpy()
    assert x[2:].numpy().shape == (3, 4)


def test_python_integers_out_of_the_tensors_range_are_refused():
    """numpy 2's rule for a Python integer beside an integer tensor: one the type cannot hold is an error (it
    wrapped: uint8 + 300 gave + 44)."""
    t = Tensor(np.array([1, 2], np.uint8))
    with pytest.raises(minic.DTypeError, match="Python integer 300 is out of bounds for the tensor's uint8"):
        t + 300
    with pytest.raises(minic.DTypeError, match="out of bounds for the tensor's int8"):
        Tensor(np.array([1], np.int8)) * 1000
    check(t + 3, np.array([4, 5], np.uint8))
