"""nn functions, assign/realize/numpy/item, and odd sizes that hit the rules' tiling edges, against numpy on
every device (see test_ops.py)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from conftest import ALL, check, data, f64, ids, np_gelu_tanh, tensor

import minic
from minic import Tensor, Var


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
    ref = x1n + np_gelu_tanh(_layer_norm(x1n) @ w_fc) @ w_pr
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
