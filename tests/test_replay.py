"""Whole-recording replays (CUDA Graph, native CPU) equal a launch-list replay and a fresh call at every Var value.

The function under test has what a decode step has: rows `n` (symbolic, a GEMV for few rows and a tiled
matmul for many), a position `p` that sizes a grid (attention over the p + n cached rows), an in-place write
into persistent state (a KV cache), a softmax and two outputs. Values cover 0 and 1, the bounds, and both
sides of the tile (64) and small-batch (4) boundaries.
"""
from __future__ import annotations

import time

import numpy as np
import pytest
from conftest import compile_all_cuda, cuda_target, nvrtc_or_skip, require

import minic
from minic import Tensor, Var
from minic.jit import Bound, jit
from minic.runtime.replay import Arena, largest

N = Var("n", 1, 70)
P = Var("p", 0, 60)
WIDTH, CTX = 48, 130
VALUES = [(1, 0), (2, 1), (1, 60), (70, 60), (4, 3), (5, 3), (63, 0), (64, 1), (65, 2), (3, 59), (1, 1), (70, 0)]


def _step(x: Tensor, p: Bound, w: Tensor, cache: Tensor) -> tuple:
    n = x.shape[0]
    h = (x @ w).relu()  # [n, WIDTH]
    cache[p.var:p.var + n].bind(**{p.name: p.value}).assign(h)
    seen = cache[:p.var + n].bind(**{p.name: p.value})  # [p + n, WIDTH]
    att = (h @ seen.T * 0.125).softmax(-1) @ seen  # [n, WIDTH]
    return att.sum(-1), (att + h).realize()


def _reference(x: np.ndarray, p: int, w: np.ndarray, cache: np.ndarray) -> tuple:
    h = np.maximum(x @ w, 0)
    cache[p:p + len(x)] = h
    seen = cache[:p + len(x)]
    s = h @ seen.T * 0.125
    e = np.exp(s - s.max(-1, keepdims=True))
    att = e / e.sum(-1, keepdims=True) @ seen
    return att.sum(-1), att + h


def _run(dev: str, graph: bool | None, rng_seed: int = 0) -> tuple:
    """Outputs of every call of VALUES through a jit (graph=None: the device's replay), and the replay kind."""
    rng = np.random.default_rng(rng_seed)
    w_host = (rng.standard_normal((32, WIDTH)) / 6).astype(np.float32)
    w, cache = Tensor(w_host, device=dev), Tensor.zeros(CTX, WIDTH, device=dev).realize()
    ref_cache = np.zeros((CTX, WIDTH), np.float32)
    f = jit(_step, graph=graph)
    got, want = [], []
    for n, p in VALUES:
        x = rng.standard_normal((n, 32)).astype(np.float32)
        a, b = f(Tensor(x, shape=(N, 32), device=dev), Bound(P, p), w, cache)
        assert a.shape == (N,) and a.var_vals == {"n": n}  # p is not in its shape
        got.append((a, b))
        want.append(_reference(x, p, w_host, ref_cache))
    assert f.records == 2 and f.replays == len(VALUES) - 2
    plan = next(iter(f.states.values())).plan
    _run.kernels_per_call = len(plan.recording.steps)
    return got, want, type(plan.replayer()).__name__, cache.numpy()[:100], ref_cache[:100]


def _check_all(dev: str, graph: bool | None) -> str:
    got, want, kind, cache, ref_cache = _run(dev, graph)
    for (a, b), (ra, rb) in zip(got, want):  # every output stays valid: later calls never overwrite it
        np.testing.assert_allclose(a.numpy(), ra, rtol=2e-4, atol=2e-4)
        np.testing.assert_allclose(b.numpy(), rb, rtol=2e-4, atol=2e-4)
    np.testing.assert_allclose(cache, ref_cache, rtol=2e-4, atol=2e-4)
    return kind


@pytest.mark.parametrize("dev", ["LLVM", "C"])
def test_native_cpu_replay_equals_fresh_calls(dev):
    require(dev)
    assert _check_all(dev, None) == "NativeReplay"


@pytest.mark.parametrize("dev", ["LLVM", "C"])
def test_native_replay_times_each_launch_as_it_runs(dev):
    """time_launches: the driver clocks the end of every launch; the intervals name each launch's kernel in
    order, are never negative, and add up to the run's own time. The outputs are the same as without it."""
    require(dev)
    rng = np.random.default_rng(5)
    w, cache = Tensor(rng.standard_normal((32, WIDTH)).astype(np.float32), device=dev), \
        Tensor.zeros(CTX, WIDTH, device=dev).realize()
    f = jit(_step)
    x = [rng.standard_normal((n, 32)).astype(np.float32) for n in (2, 3, 4, 5)]
    assert f.replayer() is None  # nothing recorded yet
    outs = [f(Tensor(a, shape=(N, 32), device=dev), Bound(P, 0), w, cache)[0].numpy() for a in x[:3]]
    replay = f.replayer()
    assert replay is next(iter(f.states.values())).plan.replayer()
    with pytest.raises(RuntimeError, match="time_launches"):
        replay.launch_seconds()
    replay.time_launches()
    timed = f(Tensor(x[2], shape=(N, 32), device=dev), Bound(P, 0), w, cache)[0].numpy()
    np.testing.assert_array_equal(timed, outs[2])
    got = replay.launch_seconds()
    assert [name for name, _ in got] == [st.sk.name for st in replay.rec.steps]
    assert all(s >= 0 for _, s in got) and sum(s for _, s in got) > 0  # a coarse clock may read two ends alike
    tick = time.clock_getres(time.CLOCK_MONOTONIC)  # the last launch and the run's end may be a tick apart
    assert sum(s for _, s in got) == pytest.approx(replay.last_run_seconds(), rel=1e-6, abs=5e-6 + 2 * tick)
    replay.time_launches(False)
    f(Tensor(x[3], shape=(N, 32), device=dev), Bound(P, 0), w, cache)
    with pytest.raises(RuntimeError, match="time_launches"):
        replay.launch_seconds()


def test_launch_list_replay_equals_fresh_calls(cpu_device):
    assert _check_all(cpu_device, False) == "LaunchList"


def test_minic_graph_0_turns_device_replays_off(monkeypatch):
    monkeypatch.setenv("MINIC_GRAPH", "0")
    assert _run("LLVM", None)[2] == "LaunchList"


def test_debug_level_keeps_per_kernel_launches(capsys):
    """MINIC_DEBUG=1 shows every kernel of a replay with its time: the replay goes kernel by kernel."""
    with minic.debug(1):
        _, _, kind, _, _ = _run("LLVM", None)
    assert kind == "LaunchList"
    assert capsys.readouterr().err.count(" us ") >= _run.kernels_per_call * (len(VALUES) - 2)


def test_replay_too_large_for_memory_goes_kernel_by_kernel(monkeypatch):
    """Temporaries sized for the bounds that would take most of the free memory: the jit says why and replays
    kernel by kernel, with the same results."""
    monkeypatch.setattr(type(minic.get_device("LLVM")), "free_bytes", lambda self: 4096)
    f = jit(_step)
    rng = np.random.default_rng(2)
    w, cache = Tensor(rng.standard_normal((32, WIDTH)).astype(np.float32)), Tensor.zeros(CTX, WIDTH).realize()
    for n, p in [(3, 0), (5, 2)]:
        f(Tensor(rng.standard_normal((n, 32)).astype(np.float32), shape=(N, 32)), Bound(P, p), w, cache)
    plan = next(iter(f.states.values())).plan
    assert type(plan.replayer()).__name__ == "LaunchList"
    assert "Vars' bounds" in plan.why_launch_list and "MiB" in plan.why_launch_list


def test_arena_shares_memory_only_between_disjoint_lifetimes():
    """Temporaries whose lifetimes overlap never share a block; the arena is smaller than one block each."""
    f = jit(_step)
    rng = np.random.default_rng(1)
    w, cache = Tensor(rng.standard_normal((32, WIDTH)).astype(np.float32)), Tensor.zeros(CTX, WIDTH).realize()
    for n, p in [(3, 0), (5, 2)]:
        f(Tensor(rng.standard_normal((n, 32)).astype(np.float32), shape=(N, 32)), Bound(P, p), w, cache)
    rec = next(iter(f.states.values())).plan.recording
    arena = Arena(rec, keep=set())
    live: dict = {}
    for i, st in enumerate(rec.steps):
        for s in st.slots:
            if s in arena.buffers:
                live.setdefault(s, [i, i])[1] = i
    for s, (a0, a1) in live.items():
        for t, (b0, b1) in live.items():
            if s != t and arena.buffers[s] is arena.buffers[t]:
                assert a1 < b0 or b1 < a0, f"slots {s} and {t} share memory while both are live"
    assert arena.nbytes <= sum(b.nbytes for b in arena.buffers.values())
    blocks = {id(b) for b in arena.buffers.values()}
    assert len(blocks) < len(arena.buffers), "no two temporaries share a block"
    for s, b in arena.buffers.items():  # every block holds its slot at the Vars' bounds
        _, size, dtype, _ = rec.slots[s]
        assert b.nbytes >= largest(size) * dtype.itemsize


def _rows_plus_product(x: Tensor, p: Bound, w: Tensor, table: Tensor) -> Tensor:
    rows = table[p.var:p.var + x.shape[0]].bind(**{p.name: p.value})
    return ((x @ w).relu() + rows).sum(-1)


def test_concurrent_calls_of_one_replay_stay_apart():
    """Threads replaying one recording at once (a server's workers) each get their own call's result."""
    import threading
    f = jit(_rows_plus_product)
    rng = np.random.default_rng(3)
    w_host, table_host = (rng.standard_normal(s).astype(np.float32) for s in ((32, WIDTH), (CTX, WIDTH)))
    w, table = Tensor(w_host), Tensor(table_host)
    calls = [(rng.standard_normal((1 + i % 4, 32)).astype(np.float32), (7 * i) % 60) for i in range(40)]
    for x, p in calls[:2]:
        f(Tensor(x, shape=(N, 32)), Bound(P, p), w, table)
    got: dict = {}

    def worker(ids: range) -> None:
        for i in ids:
            x, p = calls[i]
            got[i] = f(Tensor(x, shape=(N, 32)), Bound(P, p), w, table)

    threads = [threading.Thread(target=worker, args=(range(k, 40, 4),)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert f.records == 2
    for i, (x, p) in enumerate(calls):
        want = (np.maximum(x @ w_host, 0) + table_host[p:p + len(x)]).sum(-1)
        np.testing.assert_allclose(got[i].numpy(), want, rtol=1e-4, atol=1e-4)


def test_cuda_graph_forms_compile_with_nvrtc():
    """Every kernel's graph form (Vars from a buffer, bound grids with an early exit) compiles: no GPU needed."""
    cuda = nvrtc_or_skip()
    from minic.codegen.cuda import CUDAGraphRenderer
    from minic.engine import kernel_graphs
    from minic.sched import rules
    x = Tensor(np.ones((5, 32), np.float32), shape=(N, 32))
    seen = Tensor.zeros(CTX, WIDTH)[:P + N].bind(p=3, n=5)
    h = (x @ Tensor(np.ones((32, WIDTH), np.float32))).relu()
    t = ((h @ seen.T).softmax(-1) @ seen).sum(-1)
    compile_all_cuda(t)  # the plain forms
    forms = 0
    for kg in kernel_graphs([t.node], t.var_vals, t.device, cuda_target()):
        k = rules.choose(kg, cuda_target()).kernel
        src = CUDAGraphRenderer().render(k)
        if k.vars:
            assert "minic_vars[0]" in src and "int n," not in src
        if not isinstance(k.global_size[0], int):
            assert ") return;" in src
            forms += 1
        assert ".entry" in cuda.compile_ptx(src)
    assert forms >= 2


def test_cuda_graph_replay_equals_fresh_calls():
    require("CUDA")
    assert _check_all("CUDA", None) == "CUDAGraphReplay"
    assert _check_all("CUDA", False) == "LaunchList"


@pytest.mark.parametrize("dev, kind", [("WEBGPU", "WebGPUReplay"), ("CL", "OpenCLReplay")])
def test_webgpu_and_opencl_replays_equal_fresh_calls(dev, kind):
    require(dev)
    assert _check_all(dev, None) == kind


def _recorded_on_webgpu(seed: int) -> tuple:
    """(the jitted _step after its two recording calls, a third call's arguments) on WEBGPU."""
    require("WEBGPU")
    f = jit(_step)
    rng = np.random.default_rng(seed)
    w = Tensor(rng.standard_normal((32, WIDTH)).astype(np.float32), device="WEBGPU")
    cache = Tensor.zeros(CTX, WIDTH, device="WEBGPU").realize()
    xs = [Tensor(rng.standard_normal((n, 32)).astype(np.float32), shape=(N, 32), device="WEBGPU") for n in (3, 5, 7)]
    for x, p in zip(xs[:2], (0, 3)):
        f(x, Bound(P, p), w, cache)
    return f, (xs[2], Bound(P, 8), w, cache)


def test_webgpu_replay_submits_once(monkeypatch):
    """A replayed call is one queue submit, however many kernels it runs."""
    f, args = _recorded_on_webgpu(2)
    plan = next(iter(f.states.values())).plan
    assert type(plan.replayer()).__name__ == "WebGPUReplay" and len(plan.recording.steps) > 3
    queue = minic.get_device("WEBGPU").device.queue
    submits = []
    submit = queue.submit
    monkeypatch.setattr(queue, "submit", lambda buffers: submits.append(submit(buffers)))
    f(*args)
    assert f.replays == 1 and len(submits) == 1


def test_webgpu_replay_direct_encoding_equals_wgpu_methods():
    """The replay encodes through wgpu-native's C functions; the same replay through wgpu-py's methods (what a
    wgpu without the private module gets) gives the same results."""
    f, args = _recorded_on_webgpu(3)
    replay = next(iter(f.states.values())).plan.replayer()
    assert replay.direct is not None, "wgpu-native's raw encoder functions were not found"
    direct = [t.numpy() for t in f(*args)]
    replay.direct = None
    public = [t.numpy() for t in f(*args)]
    assert f.replays == 2
    for a, b in zip(direct, public):
        np.testing.assert_array_equal(a, b)


def _token_step(tok: Tensor, p: Bound, table: Tensor, w: Tensor, cache: Tensor, count: Tensor) -> Tensor:
    """A decode step's shape of arguments: one token id (a small argument), a position, state, and a small
    argument the step writes (a counter)."""
    row = table[tok]  # [1, WIDTH]
    cache[p.var:p.var + 1].bind(**{p.name: p.value}).assign(row)
    seen = cache[:p.var + 1].bind(**{p.name: p.value})
    count.assign(count + 1)
    return ((row + seen.sum(0, keepdim=True) * 0.1) @ w).argmax(-1).realize()  # [1]: the next step's id


@pytest.mark.parametrize("dev", ["LLVM", "C", "CL", "WEBGPU", "CUDA"])
def test_small_arguments_from_the_host_or_the_device(dev):
    """A token made from a host int waits on the host until the replay needs it (Buffer.load; a CUDA graph replay
    writes it with the Var values in one upload), one fed back from the previous call is on the device (copied
    in after that upload): both give the fresh call's result, every returned id stays valid, and a small
    argument a kernel writes is written back (the counter counts every call)."""
    require(dev)
    rng = np.random.default_rng(5)
    table_host = rng.standard_normal((64, WIDTH)).astype(np.float32)
    w_host = rng.standard_normal((WIDTH, 64)).astype(np.float32)
    table, w, cache = (Tensor(t, device=dev) for t in (table_host, w_host, np.zeros((64, WIDTH), np.float32)))
    count = Tensor(np.zeros(1, np.int32), device=dev)
    assert count.node.arg.host_pending is not None  # not uploaded yet
    ref_cache = np.zeros((64, WIDTH), np.float32)
    f = jit(_token_step)
    outs, want, tok = [], [], 3
    fed = None
    for p in range(14):
        host_side = fed is None or p % 3 == 0
        arg = Tensor(np.array([tok], np.int32), device=dev) if host_side else fed
        out = f(arg, Bound(P, p), table, w, cache, count)
        ref_cache[p] = table_host[tok]
        tok = int(np.argmax((table_host[tok] + ref_cache[:p + 1].sum(0) * np.float32(0.1)) @ w_host))
        outs.append(out)
        want.append(tok)
        fed = out
    assert f.records == 2 and f.replays == 12
    assert [int(o.numpy()[0]) for o in outs] == want and len(set(want)) > 5
    assert int(count.numpy()[0]) == 14
    np.testing.assert_allclose(cache.numpy()[:14], ref_cache[:14], rtol=1e-5, atol=1e-5)
    if dev == "CUDA":
        assert type(next(iter(f.states.values())).plan.replayer()).__name__ == "CUDAGraphReplay"


def test_buffer_load_keeps_small_host_data_private_until_used():
    """Buffer.load: a small tensor's data waits on the host as a copy of its own (changing the source array
    afterwards changes nothing), reads back without the device, and is on the device once a kernel reads it;
    a large one is uploaded at once."""
    src = np.arange(4, dtype=np.float32)
    t = Tensor(src, device="LLVM")
    src[:] = -1
    buf = t.node.arg
    assert buf.host_pending is not None
    np.testing.assert_array_equal(t.numpy(), [0, 1, 2, 3])
    np.testing.assert_array_equal((t * 2).numpy(), [0, 2, 4, 6])
    assert buf.host_pending is None
    np.testing.assert_array_equal(t.numpy(), [0, 1, 2, 3])
    assert Tensor(np.zeros(1024, np.float32), device="LLVM").node.arg.host_pending is None
