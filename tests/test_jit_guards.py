"""minic.jit guards: a replay is never silently stale.

Each test changes something a jitted function captures after it was recorded and checks the next results against
numpy, so a stale replay fails a value assertion. MINIC_JIT_VERIFY is off here unless a test turns it on: the
guards, not the verifier, must catch these changes.
"""
from __future__ import annotations

import timeit

import numpy as np
import pytest

import minic
from minic import Tensor, Var, engine
from minic.jit import Bound, JitError, jit
from minic.jit_guards import MAX_ENTRIES, Guard
from models.gpt2 import GPT2, SIZES, GPT2Config, param_shapes
from tests.conftest import require
from tests.gpt2_numpy import forward

N = Var("n", 1, 16)
TABLE = Tensor(np.zeros(4, np.float32))  # a global the jitted _add_table reads


@pytest.fixture(autouse=True)
def _no_verify(monkeypatch):
    monkeypatch.delenv("MINIC_JIT_VERIFY", raising=False)


@pytest.fixture
def overrides():
    yield engine.override
    engine.clear_overrides()  # never leave an override to the next test in this worker


def _x(n: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, 4)).astype(np.float32)


def _add_table(x: Tensor) -> Tensor:
    return x + TABLE


# --- small functions ---------------------------------------------------------------------------------
def test_captured_scalar_changed(capsys):
    scale = 2.0

    @jit
    def f(x: Tensor) -> Tensor:
        return x * scale  # the value is baked into the kernel

    with minic.debug(1):
        for i, s in enumerate([2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 3.0]):
            scale = s
            x = _x(1 + i, i)
            np.testing.assert_allclose(f(Tensor(x, shape=(N, 4))).numpy(), x * s, rtol=1e-6)
    assert (f.records, f.replays) == (4, 3)  # 2.0: two records, a replay; 3.0: two records, two replays
    assert "jit test_captured_scalar_changed.<locals>.f: closure variable scale changed from 2.0 to 3.0; " \
           "recording again" in capsys.readouterr().err


def test_default_argument_changed(capsys):
    """A call that leaves an argument out reads the function's default: changing __defaults__ records again."""
    def f(x: Tensor, scale: float = 2.0) -> Tensor:
        return x * scale

    g = jit(f)
    with minic.debug(1):
        for i, s in enumerate([2.0, 2.0, 2.0, 5.0, 5.0, 5.0]):
            f.__defaults__ = (s,)
            x = _x(1 + i, i)
            np.testing.assert_allclose(g(Tensor(x, shape=(N, 4))).numpy(), x * s, rtol=1e-6)
    assert (g.records, g.replays) == (4, 2)
    assert "default arguments[0] changed from 2.0 to 5.0" in capsys.readouterr().err


def test_global_tensor_replaced(monkeypatch):
    f = jit(_add_table)
    tables = [np.full(4, v, np.float32) for v in (1.0, 1.0, 1.0, 5.0, 7.0, 7.0, 7.0)]
    for i, t in enumerate(tables):  # the table changes between the two recording calls too
        if i == 0 or not np.array_equal(t, tables[i - 1]):
            monkeypatch.setitem(globals(), "TABLE", Tensor(t))
        x = _x(2 + i, i)
        np.testing.assert_allclose(f(Tensor(x, shape=(N, 4))).numpy(), x + t, rtol=1e-6)
    assert (f.records, f.replays) == (5, 2)  # 1.0: two records, a replay; 5.0: one; 7.0: two, a replay


def test_closure_tensor_and_dict_entry_replaced():
    table = Tensor(np.ones(4, np.float32))
    weights = {"w": Tensor(np.full(4, 2.0, np.float32))}
    f = jit(lambda x: x * weights["w"] + table)
    ref = (np.ones(4), np.full(4, 2.0))
    for i in range(9):
        if i == 3:
            table = Tensor(np.full(4, 10.0, np.float32))
            ref = (ref[0] * 10, ref[1])
        if i == 6:
            weights["w"] = Tensor(np.full(4, -3.0, np.float32))
            ref = (ref[0], np.full(4, -3.0))
        x = _x(1 + i, i)
        np.testing.assert_allclose(f(Tensor(x, shape=(N, 4))).numpy(), x * ref[1] + ref[0], rtol=1e-6)
    assert (f.records, f.replays) == (6, 3)


class _Affine:
    def __init__(self, w: np.ndarray, b: np.ndarray):
        self.w = {"w": Tensor(w), "b": Tensor(b)}
        self.shift = 0.0

    @jit
    def forward(self, x: Tensor) -> Tensor:
        return x @ self.w["w"] + self.w["b"] + self.shift


def test_bound_object_attributes_replaced(capsys):
    rng = np.random.default_rng(0)
    w, b, w2 = (rng.standard_normal(s).astype(np.float32) for s in ((4, 3), (3,), (4, 3)))
    a, other = _Affine(w, b), _Affine(w2, b)
    with minic.debug(1):
        for i in range(10):
            if i == 3:
                a.w["w"] = Tensor(w2)
            if i == 6:
                a.shift = 1.5
            x = _x(1 + i, i)
            want = x @ (w2 if i >= 3 else w) + b + (1.5 if i >= 6 else 0.0)
            np.testing.assert_allclose(a.forward(Tensor(x, shape=(N, 4))).numpy(), want, rtol=1e-5, atol=1e-5)
            np.testing.assert_allclose(other.forward(Tensor(x, shape=(N, 4))).numpy(), x @ w2 + b, rtol=1e-5,
                                       atol=1e-5)  # another object of the class: its own records, untouched
    err = capsys.readouterr().err
    assert "self.w['w'] is a different Tensor; recording again" in err
    assert "self.shift changed from 0.0 to 1.5; recording again" in err
    assert _Affine.forward.records == 2 * 3 + 2


def test_guard_phrases_and_equal_scalars():
    class Holder:
        pass

    h = Holder()
    h.eps, h.xs, h.t = 1e-5, [1, 2], Tensor(np.ones(2, np.float32))
    g = Guard(lambda: None, h)
    h.eps = float("1e-5")  # another float object of the same value: no change
    assert g.changed() is None
    h.xs.append(3)
    assert g.changed() == "self.xs[2] is new"
    g = Guard(lambda: None, h)
    h.xs[0] = True  # True == 1, but a bool is not an int
    assert g.changed() == "self.xs[0] changed from 1 to True"
    g = Guard(lambda: None, h)
    h.xs = (1,)
    assert g.changed() == "self.xs is a different tuple (was a list)"
    g = Guard(lambda: None, h)
    del h.t
    assert g.changed() == "self.t is gone"
    h.big = list(range(MAX_ENTRIES + 1))
    g = Guard(lambda: None, h)
    h.big.append(0)  # too large to watch entry by entry: by identity only (documented)
    assert g.changed() is None
    h.big = h.big[:3]
    assert g.changed() == "self.big is a different list"


def test_override_invalidates_records_that_use_it(capsys, overrides):
    require("C")
    f = jit(lambda x: x * 2.0)
    g = jit(lambda x: x + 1.0)
    (k,) = (Tensor(np.ones((3, 4), np.float32), shape=(N, 4), device="C") * 2.0).schedule()
    (unused,) = (Tensor(np.ones((3, 4), np.float32), shape=(N, 4), device="C") - 7.0).schedule()

    def check(fn, scale: float, add: float, n: int) -> None:
        x = _x(n, n)
        np.testing.assert_allclose(fn(Tensor(x, shape=(N, 4), device="C")).numpy(), x * scale + add, rtol=1e-6)

    for n in (1, 2, 3):
        check(f, 2.0, 0.0, n)
        check(g, 1.0, 1.0, n)
    assert (f.records, g.records) == (2, 2)
    overrides(k, k.source.replace("2.0f", "3.0f"))
    with minic.debug(1):
        check(f, 3.0, 0.0, 4)
    for n in (4, 5, 6):
        check(f, 3.0, 0.0, n)  # a replay of the old program would give x * 2
        check(g, 1.0, 1.0, n)  # g does not launch k: it keeps replaying
    assert (f.records, g.records) == (5, 2)
    assert f"jit {f.name}: minic.override changed the source of kernel {k.name}; recording again" in \
           capsys.readouterr().err
    overrides(unused, unused.source.replace("7.0f", "8.0f"))  # a kernel f does not launch
    check(f, 3.0, 0.0, 7)
    engine.clear_overrides()
    for n in (8, 9, 10):
        check(f, 2.0, 0.0, n)
    assert (f.records, f.replays) == (7, 4)


# --- GPT-2 ------------------------------------------------------------------------------------------
CFG = GPT2Config(n_layer=2, n_head=4, n_embd=32, vocab_size=64, n_positions=32)


def _params(seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {k: (rng.standard_normal(s) * 0.3).astype(np.float32) for k, s in param_shapes(CFG).items()}


def _np_gpt2(p: dict, ids: list, eps: float | None = None) -> np.ndarray:
    """GPT-2's logits at every position, in float64 numpy (tests/gpt2_numpy.py); `eps` for every layer norm."""
    norms = [f"h.{i}.ln_{j}" for i in range(CFG.n_layer) for j in (1, 2)] + ["ln_f"]
    return forward(CFG, p, ids, None if eps is None else dict.fromkeys(norms, eps))[0]


def _decode_loop(m: GPT2, p: dict, seq: list, steps: int) -> list:
    """Greedy decoding from `seq` (already prefilled), each step's logits checked against numpy."""
    for _ in range(steps):
        tok = int(_np_gpt2(p, seq)[-1].argmax())
        row = m.decode(tok, len(seq))
        seq = seq + [tok]
        np.testing.assert_allclose(row, _np_gpt2(p, seq)[-1], atol=1e-4, rtol=1e-4)
    return seq


def test_gpt2_decode_keeps_replaying():
    """Nothing the model captures changes while it decodes: the guard never fires."""
    p = _params()
    m = GPT2(CFG, p)
    prompt = [3, 14, 15, 9]
    np.testing.assert_allclose(m.prefill(prompt), _np_gpt2(p, prompt)[-1], atol=1e-4, rtol=1e-4)
    _decode_loop(m, p, prompt, 8)
    assert (m._decode.records, m._decode.replays) == (2, 6)
    np.testing.assert_allclose(m.prefill([7, 8]), _np_gpt2(p, [7, 8])[-1], atol=1e-4, rtol=1e-4)
    np.testing.assert_allclose(m.prefill([1, 2, 5]), _np_gpt2(p, [1, 2, 5])[-1], atol=1e-4, rtol=1e-4)
    assert (m._prefill.records, m._prefill.replays) == (2, 1)


def test_gpt2_weight_replaced(capsys):
    p = _params()
    m = GPT2(CFG, p)
    m.prefill([1, 2])
    seq = [3, 14, 15, 9]
    m.prefill(seq)
    seq = _decode_loop(m, p, seq, 4)
    name = "h.1.mlp.c_fc.weight"
    p = {**p, name: -p[name]}
    m.w[name] = Tensor(p[name])
    with minic.debug(1):  # refill the cache with the new weights, then decode
        np.testing.assert_allclose(m.prefill(seq), _np_gpt2(p, seq)[-1], atol=1e-4, rtol=1e-4)
        _decode_loop(m, p, seq, 4)
    assert f"jit CausalLM._decode_graph: self.w['{name}'] is a different Tensor; recording again" in \
           capsys.readouterr().err
    assert (m._prefill.records, m._prefill.replays) == (3, 0)
    assert (m._decode.records, m._decode.replays) == (4, 4)


def test_gpt2_override_records_again(overrides):
    """An override of the layer norm (eps 1e-5 -> 1.0) reaches a model that was recorded before it."""
    require("C")
    p = _params(1)
    m = GPT2(CFG, p, device="C")
    prompts = [[1, 2, 3], [4, 5, 6, 7], [8, 9], [10, 11, 12, 13, 14]]
    for ids in prompts[:2]:
        np.testing.assert_allclose(m.prefill(ids, all_logits=True), _np_gpt2(p, ids), atol=1e-4, rtol=1e-4)
    with minic.capture() as cap:
        m.prefill(prompts[2], all_logits=True)  # a replay: its kernels show through the capture
    norms = {(c.kernel.device, c.kernel.generated): c.kernel for c in cap.kernels if "1e-05f" in c.kernel.source}
    assert norms, "no layer-norm kernel found"
    for k in norms.values():
        overrides(k, k.source.replace("1e-05f", "1.0f"))
    for ids in prompts:
        np.testing.assert_allclose(m.prefill(ids, all_logits=True), _np_gpt2(p, ids, eps=1.0), atol=1e-4, rtol=1e-4)
    assert (m._prefill.records, m._prefill.replays) == (4, 3)


def test_verify_catches_what_the_guard_cannot_see(monkeypatch):
    """Two container levels deep is past the guard (documented); MINIC_JIT_VERIFY=1 names the kernel."""
    monkeypatch.setenv("MINIC_JIT_VERIFY", "1")
    nested = {"layer": {"b": Tensor(np.ones(4, np.float32))}}
    f = jit(lambda x: x + nested["layer"]["b"])
    for n in (1, 2, 3):
        x = _x(n, n)
        np.testing.assert_allclose(f(Tensor(x, shape=(N, 4))).numpy(), x + 1, rtol=1e-6)
    nested["layer"]["b"] = Tensor(np.full(4, 2.0, np.float32))
    with pytest.raises(JitError, match=r"MINIC_JIT_VERIFY: .*kernel \w+, buffer \d: the replay uses the recorded"):
        f(Tensor(_x(4), shape=(N, 4)))


def test_verify_replays_gpt2_decode(monkeypatch):
    """Under MINIC_JIT_VERIFY=1 each replay also runs afresh; the KV cache writes still land once."""
    monkeypatch.setenv("MINIC_JIT_VERIFY", "1")
    p = _params(2)
    m = GPT2(CFG, p)
    seq = [5, 6, 7]
    m.prefill(seq)
    _decode_loop(m, p, seq, 5)
    assert (m._decode.records, m._decode.replays) == (2, 3)


def test_guard_cost_on_gpt2_small():
    """The per-call check over GPT-2 small's model object (148 weights, 24 cache tensors) costs microseconds."""
    cfg = SIZES["small"]
    m = GPT2(cfg, {k: np.zeros(1, np.float32) for k in param_shapes(cfg)}, max_ctx=8)  # identities matter
    g = Guard(m._decode_graph)
    assert g.changed() is None
    seconds = min(timeit.repeat(g.changed, number=2000, repeat=5)) / 2000
    assert seconds < 50e-6, f"guard check took {seconds * 1e6:.1f} us"  # ~3 us on a desktop, ~7 on a busy 2-core VM
    m.w["h.11.mlp.c_proj.bias"] = Tensor(np.zeros(1, np.float32))
    assert g.changed() == "self.w['h.11.mlp.c_proj.bias'] is a different Tensor"


def test_bound_var_argument_still_replays():
    """A Bound argument is not a capture: changing it replays (the Var is proven), guarded or not."""
    table = Tensor(np.arange(64, dtype=np.float32).reshape(16, 4))
    p = Var("p", 0, 8)
    f = jit(lambda x, b: x + table[b.var:b.var + 1].bind(**{b.name: b.value}))
    for i in range(6):
        x = _x(1)
        np.testing.assert_allclose(f(x=Tensor(x), b=Bound(p, i)).numpy(), x + table.numpy()[i], rtol=1e-6)
    assert (f.records, f.replays) == (2, 4)
