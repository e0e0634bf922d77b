"""A model's kernels by where they run: minic.scope in names, captures, the profiler, explain and viz; overrides per
launch site or per program inside a jitted model. Tiny random GPT-2 weights, numpy GPT-2 as the oracle."""
from __future__ import annotations

import io

import numpy as np
import pytest

import minic
from minic import Tensor, engine
from minic.intermediates import kernels
from models.gpt2 import GPT2, GPT2Config
from tests.conftest import require
from tests.gpt2_numpy import forward, random_params

CFG = GPT2Config(n_layer=2, n_head=4, n_embd=32, vocab_size=64, n_positions=32)
IDS = [3, 14, 15, 9, 2]


@pytest.fixture
def overrides():
    yield engine.override
    engine.clear_overrides()


@pytest.fixture(scope="module")
def params():
    return random_params(CFG)


def test_scope_nests_and_checks_names():
    with minic.scope("h.3") as outer:
        with minic.scope("attn") as inner:
            assert (outer, inner, minic.scope.__module__) == ("h.3", "h.3.attn", "minic.scope")
    with pytest.raises(ValueError, match="dot-separated names"):
        with minic.scope("h 3"):
            pass


def test_model_kernels_by_scope_and_name(params):
    m = GPT2(CFG, params)
    cap = kernels(m.prefill, IDS)
    names = [c.name for c in cap.kernels]
    for expected in ("embed.embedding", "h.0.attn.layer_norm", "h.0.attn.matmul_bias", "h.0.attn.attention",
                     "h.1.attn.attention", "h.1.mlp.matmul_bias_gelu", "h.1.mlp.matmul_bias_add",
                     "head.layer_norm_gemv"):
        assert expected in names, names
    assert len(set(names)) == len(names)
    attended: list = []
    forward(CFG, params, IDS, attended=attended)
    for i in range(CFG.n_layer):
        np.testing.assert_allclose(cap.kernel(f"h.{i}.attn.attention").value[:, :, 0], attended[i], rtol=1e-4,
                                   atol=1e-5)
    # both layers launch one shared program; the scope is the launch's
    att = cap.select("h.*.attn.attention")
    assert [c.scope for c in att] == ["h.0.attn", "h.1.attn"] and att[0].kernel is att[1].kernel
    assert "h.1.attn.attention" in str(cap) and "Attention" in cap.table()
    with pytest.raises(KeyError, match="h.1.attn.attention"):
        cap.kernel("h.7.attn.attention")


def test_scopes_survive_jit_replays_and_the_schedule_cache(params):
    m = GPT2(CFG, params)
    first = [c.name for c in kernels(m.prefill, IDS).kernels]
    m.prefill(IDS[:3])
    with minic.capture() as cap:  # a replay: no Python runs the model, the recording keeps the scopes
        logits = m.prefill(IDS[:4])
    assert m._prefill.replays == 1 and [c.name for c in cap.kernels] == first
    np.testing.assert_allclose(logits, forward(CFG, params, IDS[:4])[0][-1], rtol=1e-4, atol=1e-4)
    x = Tensor(np.ones((2, 8), np.float32))
    with minic.capture() as eager:
        for where in ("a", "b"):  # one graph structure: the second realize is a schedule-cache hit
            with minic.scope(where):
                x.softmax(-1).realize()
    assert [c.name for c in eager.kernels] == ["a.softmax", "b.softmax"]
    assert eager.kernels[0].kernel is eager.kernels[1].kernel


def test_profiler_explain_and_viz_show_scopes(params):
    m = GPT2(CFG, params)
    m.prefill(IDS)
    with minic.profile() as prof:
        m.prefill(IDS)
    rows = {s.name: s for s in prof.rows}
    assert rows["attention"].where == "h.*.attn" and rows["attention"].launches == CFG.n_layer
    assert "h.*.attn" in str(prof) and prof.as_dict()["attention"]["where"] == "h.*.attn"
    with minic.profile(by="site") as sites:
        m.prefill(IDS)
    assert {"h.0.attn.attention", "h.1.attn.attention"} <= {s.name for s in sites.rows}
    assert "h.1.attn.attention" in [name for name, *_ in sites.launches]
    cap = kernels(m.prefill, IDS)
    text = minic.explain(cap.kernel("h.1.attn.attention"), file=io.StringIO())
    assert "h.1.attn.attention" in text and "rule: Attention" in text
    with minic.scope("demo"):
        assert "demo.softmax" in minic.explain(Tensor(np.ones((2, 3), np.float32)).softmax(-1), file=None)
    pic = minic.viz(cap.select("h.1.attn.*"))
    assert "h.1.attn.attention" in pic.cards_html() and "h.1.attn.attention" in pic.dot


def _c_model(params) -> GPT2:
    require("C")
    m = GPT2(CFG, params, device="C")
    for ids in (IDS, IDS[:3]):  # recorded twice: the next call replays
        m.prefill(ids, all_logits=True)
    return m


def test_override_one_launch_site_in_a_jitted_model(params, overrides, capsys):
    """Layer 1's second layer norm (eps 1e-5 -> 1.0) only; layer 0 shares the program and keeps it. The jit
    records again and says why; no JitError."""
    m = _c_model(params)
    ln = kernels(m.prefill, IDS[:4]).kernel("h.1.mlp.layer_norm")
    assert "1e-05f" in ln.source
    overrides(ln, ln.source.replace("1e-05f", "1.0f"), at=ln.scope)
    with minic.debug(1):
        got = m.prefill(IDS, all_logits=True)
    assert "minic.override changed the source of kernel h.1.mlp.layer_norm; recording again" in capsys.readouterr().err
    want, _ = forward(CFG, params, IDS, eps={"h.1.ln_2": 1.0})
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)
    for ids in (IDS[:2], IDS[:4]):  # recorded again, then replayed with the override
        np.testing.assert_allclose(m.prefill(ids, all_logits=True), forward(CFG, params, ids, eps={"h.1.ln_2": 1.0})[0],
                                   rtol=1e-4, atol=1e-4)
    assert m._prefill.replays >= 1
    cap = kernels(m.prefill, IDS)
    assert "1.0f" in cap.kernel("h.1.mlp.layer_norm").source and "1e-05f" in cap.kernel("h.0.mlp.layer_norm").source


def test_override_a_program_reaches_every_layer(params, overrides):
    m = _c_model(params)
    ln = kernels(m.prefill, IDS).kernel("h.0.mlp.layer_norm")
    overrides(ln, ln.source.replace("1e-05f", "1.0f"))
    # the layer norms before attention, before the MLP and at the end have one graph shape: one shared program
    norms = ["ln_f", *(f"h.{i}.{n}" for i in range(CFG.n_layer) for n in ("ln_1", "ln_2"))]
    want, _ = forward(CFG, params, IDS, eps=dict.fromkeys(norms, 1.0))
    np.testing.assert_allclose(m.prefill(IDS, all_logits=True), want, rtol=1e-4, atol=1e-4)
    with pytest.raises(TypeError, match="takes a kernel"):
        minic.override("h.0.mlp.layer_norm", "")


def test_a_jitted_function_replays_at_the_scope_it_is_called_at(overrides):
    """One jitted function called under two scopes (a block shared by every layer): an override at one site
    applies there only, also once both calls replay."""
    x = Tensor(np.arange(4, dtype=np.float32))
    f = minic.jit(lambda t: (t * 2.0 + 1.0).realize())
    with minic.scope("b"):
        sk = (x * 2.0 + 1.0).schedule()[0]
    assert "0x4000000000000000" in sk.source  # LLVM IR writes the constant 2.0 as a double's bits
    overrides(sk, sk.source.replace("0x4000000000000000", "0x4008000000000000"), at="b")  # x * 3 + 1 at b
    for _ in range(3):
        with minic.scope("a"):
            np.testing.assert_array_equal(f(x).numpy(), [1, 3, 5, 7])
        with minic.scope("b"):
            np.testing.assert_array_equal(f(x).numpy(), [1, 4, 7, 10])
    assert f.replays >= 2
