"""Side stores: a copy of a view of a product (a KV-cache write of its columns, a realized slice) realized with the
product is stored by the product's own kernel (minic/sched/side_store.py, fuse.merge_copies).

What is checked: the view inversion against brute force over every element; on every backend, the values each
copy lands, that nothing else in the written buffer changes, and that the copies took no kernel of their own; and
that a copy stays a kernel where merging would change what a kernel reads (the product reads the buffer the copy
writes) or where the view cannot be inverted (a broadcast).
"""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from conftest import cuda_target, nvrtc_or_skip

import minic
from minic import Tensor, Var
from minic.intermediates import kernels
from minic.ir.view import View, ViewStack
from minic.sched.lower import flat_index
from minic.sched.side_store import SideStore

SENTINEL = -7.0  # what the caches hold before a test: a stray store shows up as a changed sentinel


def _views(rng: np.random.Generator, count: int) -> list[tuple[tuple, View]]:
    """(product shape, a one-View view of it) made by random slices, reshapes (splits and merges) and permutes."""
    out = []
    while len(out) < count:
        shape = tuple(int(s) for s in rng.integers(1, 7, size=rng.integers(1, 4)))
        stack = ViewStack.contiguous(shape)
        for _ in range(rng.integers(1, 4)):
            cur = stack.shape
            kind = rng.integers(0, 3)
            if kind == 0:  # slice each dim
                arg = []
                for s in cur:
                    lo = int(rng.integers(0, s))
                    arg.append((lo, int(rng.integers(lo + 1, s + 1))))
                stack = stack.movement("shrink", tuple(arg))
            elif kind == 1 and len(cur) > 0:  # split a dim into two, or merge all
                d = int(rng.integers(0, len(cur)))
                divisors = [k for k in range(2, cur[d]) if cur[d] % k == 0]
                if divisors and rng.integers(0, 2):
                    k = int(rng.choice(divisors))
                    new = cur[:d] + (k, cur[d] // k) + cur[d + 1:]
                else:
                    new = (int(np.prod(cur)),)
                stack = stack.movement("reshape", new)
            else:
                stack = stack.movement("permute", tuple(int(i) for i in rng.permutation(len(cur))))
        if len(stack.views) == 1:
            out.append((shape, stack.views[0]))
    return out


def _located(side: SideStore, idx: list, shape: tuple) -> int | None:
    """Where `side` stores the product's element at `idx` of `shape` (plain ints), or None when the copy does not
    read it."""
    outer, inner, index, _ = side.locate(list(idx), shape)
    if not all(lo <= e < hi for e, lo, hi in outer):
        return None
    return index if all(lo <= e < hi for e, lo, hi in inner) else None


def test_locate_inverts_every_view_it_accepts():
    """For each accepted view: every product element is stored exactly where the copy would read it from, and
    nowhere when the copy does not read it (brute force over all elements). A column split into heads and
    permuted, the QKV case, is accepted."""
    gaps = [((12,), ViewStack.contiguous((12,)).movement("reshape", (3, 4)).movement("shrink", ((0, 3), (1, 3)))),
            ((2, 24), ViewStack.contiguous((2, 24)).movement("reshape", (2, 2, 3, 4)).movement(
                "shrink", ((0, 2), (0, 2), (1, 3), (0, 3))).movement("permute", (2, 0, 3, 1)))]
    # interleaved RoPE: [rows, heads, d / 2, 2] read as heads of d (a copy dim across two product dims)
    gaps.append(((2, 3, 4, 2), ViewStack.contiguous((2, 3, 4, 2)).movement("reshape", (2, 3, 8)).movement(
        "shrink", ((0, 2), (1, 3), (0, 8))).movement("permute", (1, 0, 2))))
    assert all(len(s.views) == 1 for _, s in gaps)
    accepted = 0
    for shape, view in _views(np.random.default_rng(0), 400) + [(shape, s.views[0]) for shape, s in gaps]:
        side = SideStore.of(view, shape, None, None, None)
        if side is None:
            continue
        accepted += 1
        want: dict[int, int] = {}
        for a in itertools.product(*(range(s) for s in view.shape)):
            lin, _ = view.index(list(a))
            want[lin] = flat_index(list(a), view.shape)
        for idx in itertools.product(*(range(s) for s in shape)):
            assert _located(side, list(idx), shape) == want.get(flat_index(list(idx), shape)), (shape, view, idx)
    assert accepted > 150
    qkv_k = ViewStack.contiguous((3, 96)).movement("shrink", ((0, 3), (32, 64))).movement(
        "reshape", (3, 4, 8)).movement("permute", (1, 0, 2))
    assert len(qkv_k.views) == 1 and SideStore.of(qkv_k.views[0], (3, 96), None, None, None) is not None


def test_views_it_refuses():
    """A broadcast (two copy elements read one product element) and a masked view are not invertible."""
    assert SideStore.of(View((4, 8), (0, 1)), (1, 8), None, None, None) is None
    assert SideStore.of(View((4, 8), (8, 1), 0, ((0, 4), (0, 6))), (4, 8), None, None, None) is None
    overlapping = View((3, 4), (2, 1))  # rows overlap by two elements
    assert SideStore.of(overlapping, (16,), None, None, None) is None


def _qkv_step(device: str, rows: int, n_var: bool):
    """A fused-QKV product over `rows` rows at position 5 of a cache of 16, its q realized and its k and v written
    into the caches in one minic.realize; returns (q, k cache, v cache, the numpy product, the launches)."""
    rng = np.random.default_rng(rows)
    h, d = 4, 8
    c = h * d
    x = rng.standard_normal((rows, c)).astype(np.float32)
    w = rng.standard_normal((c, 3 * c)).astype(np.float32)
    b = rng.standard_normal(3 * c).astype(np.float32)
    caches = [Tensor(np.full((h, 16, d), SENTINEL, np.float32), device=device).realize() for _ in range(2)]
    xt = Tensor(x, device=device, shape=(Var("n", 1, 8), c) if n_var else None)
    past = 5
    n = xt.shape[0]
    qkv = xt @ Tensor(w, device=device) + Tensor(b, device=device)
    q, k, v = (qkv[:, j * c:(j + 1) * c].reshape(n, h, d).permute(1, 0, 2) for j in range(3))
    at = Var("past", 0, 8)
    writes = [cache[:, at:at + n].bind(past=past).assign(new, now=False) for cache, new in zip(caches, (k, v))]
    cap = kernels(lambda: minic.realize(q, *writes))
    return q, caches, x @ w + b, cap, (h, d, past)


@pytest.mark.parametrize("rows,n_var", [(1, False), (3, False), (5, True)], ids=["decode", "rows3", "symbolic-n"])
def test_qkv_copies_ride_along(device, rows, n_var):
    """q's copy and both cache writes are stored by the product's kernel: one launch, exact values, and every
    other cache element still holds the sentinel."""
    q, caches, ref, cap, (h, d, past) = _qkv_step(device, rows, n_var)
    assert len(cap.kernels) == 1, [k.name for k in cap.kernels]
    assert len(cap.kernels[0].kernel.graph.side_stores) == 3
    c = h * d
    heads = [ref[:, j * c:(j + 1) * c].reshape(rows, h, d).transpose(1, 0, 2) for j in range(3)]
    np.testing.assert_allclose(q.numpy(), heads[0], rtol=1e-4, atol=1e-4)
    for cache, want in zip(caches, heads[1:]):
        got = cache.numpy()
        np.testing.assert_allclose(got[:, past:past + rows], want, rtol=1e-4, atol=1e-4)
        rest = np.delete(got, range(past, past + rows), axis=1)
        assert (rest == SENTINEL).all()


def test_merged_kernel_compiles_for_cuda():
    """The product kernel with its three side stores renders and compiles for CUDA (NVRTC, no GPU needed), at
    decode (the GEMV) and over a symbolic row count (the matmul)."""
    cuda = nvrtc_or_skip()
    from minic.codegen.cuda import CUDARenderer
    from minic.sched import rules
    for rows, n_var in ((1, False), (5, True)):
        *_, cap, _ = _qkv_step("PY", rows, n_var)
        decision = rules.choose(cap.kernels[0].kernel.graph, cuda_target())
        source = CUDARenderer().render(decision.kernel)
        assert source.count("b1[") >= 1 and source.count("b3[") >= 1
        assert ".entry" in cuda.compile_ptx(source)


def test_merges_stop_at_the_targets_buffer_limit():
    """A kernel binds at most the target's max_buffers (WebGPU: 8 by default): the product x @ w + b binds 4, so
    under a limit of 5 it takes q's copy alone and the two cache writes stay kernels of their own."""
    from minic.engine import kernel_graphs
    from minic.runtime.registry import get_device
    rng = np.random.default_rng(3)
    x, w, b = (Tensor(rng.standard_normal(s).astype(np.float32), device="PY") for s in ((1, 32), (32, 96), (96,)))
    caches = [Tensor.zeros(4, 16, 8, device="PY").realize() for _ in range(2)]
    qkv = x @ w + b
    q, k, v = (qkv[:, j * 32:(j + 1) * 32].reshape(1, 4, 8).permute(1, 0, 2) for j in range(3))
    writes = [cache[:, 3:4].assign(new, now=False) for cache, new in zip(caches, (k, v))]
    target = get_device("PY").target
    for limit, kernels_left, sides in ((64, 1, 3), (5, 3, 1), (4, 4, 0)):
        graphs = kernel_graphs([q.node] + [wr.node for wr in writes], {}, "PY", target.with_(max_buffers=limit))
        assert len(graphs) == kernels_left and len(graphs[0].side_stores) == sides
        assert all(len(g.buffers) <= limit for g in graphs)


def test_copy_stays_a_kernel_where_the_product_reads_its_target(cpu_device):
    """x @ cache written into the cache's first row: storing it from the product's kernel would overwrite rows
    the product still reads, so the write stays a kernel of its own, and the result is the old cache's product."""
    rng = np.random.default_rng(1)
    cache_np = rng.standard_normal((8, 8)).astype(np.float32)
    x = rng.standard_normal((1, 8)).astype(np.float32)
    cache = Tensor(cache_np, device=cpu_device).realize()
    y = Tensor(x, device=cpu_device) @ cache
    cap = kernels(lambda: minic.realize(cache[0:1].assign(y, now=False)))
    assert len(cap.kernels) == 2
    want = cache_np.copy()
    want[0] = (x @ cache_np)[0]
    np.testing.assert_allclose(cache.numpy(), want, rtol=1e-5, atol=1e-5)


def test_broadcast_copy_stays_a_kernel(cpu_device):
    """A product's row broadcast over four cache rows cannot be stored by the product's kernel (each of its
    elements goes to four places): the product is realized and a copy kernel writes the rows."""
    rng = np.random.default_rng(2)
    x, w = rng.standard_normal((1, 8)).astype(np.float32), rng.standard_normal((8, 8)).astype(np.float32)
    cache = Tensor(np.full((6, 8), SENTINEL, np.float32), device=cpu_device).realize()
    y = Tensor(x, device=cpu_device) @ Tensor(w, device=cpu_device)
    cap = kernels(lambda: minic.realize(y, cache[1:5].assign(y.expand(4, 8), now=False)))
    assert len(cap.kernels) == 2
    got = cache.numpy()
    np.testing.assert_allclose(got[1:5], np.repeat(x @ w, 4, axis=0), rtol=1e-5, atol=1e-5)
    assert (got[[0, 5]] == SENTINEL).all()


def test_realize_errors():
    """minic.realize names what it was given when that is not a tensor or a pending assign, and refuses tensors
    of two devices."""
    with pytest.raises(TypeError, match="got ndarray"):
        minic.realize(np.zeros(3))
    with pytest.raises(minic.MinicError, match="different devices"):
        minic.realize(Tensor.ones(2, device="LLVM") + 1, Tensor.ones(2, device="PY") + 1)


def test_debug_output_names_the_merged_copies(capsys):
    """MINIC_DEBUG=2 lists each side store under the kernel that took it, by the copy kernel's name."""
    x = Tensor(np.ones((1, 32), np.float32), device="PY")
    w = Tensor(np.ones((32, 96), np.float32), device="PY")
    cache = Tensor.zeros(4, 16, 8, device="PY").realize()
    qkv = x @ w
    q, k = (qkv[:, j * 32:(j + 1) * 32].reshape(1, 4, 8).permute(1, 0, 2) for j in range(2))
    with minic.debug(2):
        minic.realize(q, cache[:, 2:3].assign(k, now=False))
    err = capsys.readouterr().err
    assert "also stores copy [4, 1, 8]: a view realized on its own, merged as a side store" in err
    assert "also stores assign [4, 1, 8]: an assign into an existing buffer, merged as a side store" in err
    np.testing.assert_allclose(cache.numpy()[:, 2], np.full((4, 8), 32.0))


def test_scatter_of_product_rows_rides_along(device):
    """A paged cache's write: rows of a product's slice scattered to the pool rows an id buffer names (-1 skips
    a row) is stored by the product's kernel, which reads the ids itself; the other pool rows keep the sentinel."""
    rng = np.random.default_rng(4)
    x, w = rng.standard_normal((3, 16)).astype(np.float32), rng.standard_normal((16, 24)).astype(np.float32)
    pool = Tensor(np.full((10, 8), SENTINEL, np.float32), device=device).realize()
    ids = Tensor(np.array([7, -1, 2], np.int32), device=device)
    y = Tensor(x, device=device) @ Tensor(w, device=device)
    q = y[:, :8]
    cap = kernels(lambda: minic.realize(q, pool.assign_rows(ids, y[:, 8:16], now=False)))
    assert len(cap.kernels) == 1 and len(cap.kernels[0].kernel.graph.side_stores) == 2
    want = np.full((10, 8), SENTINEL, np.float32)
    ref = x @ w
    want[7], want[2] = ref[0, 8:16], ref[2, 8:16]
    np.testing.assert_allclose(pool.numpy(), want, rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(q.numpy(), ref[:, :8], rtol=1e-4, atol=1e-4)
    if device == "PY":  # the same merged kernel for CUDA: it renders and compiles (NVRTC, no GPU needed)
        cuda = nvrtc_or_skip()
        from minic.codegen.cuda import CUDARenderer
        from minic.sched import rules
        decision = rules.choose(cap.kernels[0].kernel.graph, cuda_target())
        assert ".entry" in cuda.compile_ptx(CUDARenderer().render(decision.kernel))
