"""Inside a real model run: stepping into one launch with pdb while the rest runs natively, and finding the first
kernel that wrote NaN/Inf. Tiny random GPT-2 weights on LLVM; numpy GPT-2 as the oracle."""
from __future__ import annotations

import io
import pdb
import re
import time

import numpy as np
import pytest

import minic
from minic import Tensor
from minic.cli import main
from minic.debugging import check_finite, first_nonfinite
from minic.engine import NonFiniteError
from minic.stepping import step_into
from models.gpt2 import GPT2, GPT2Config
from models.weights import save
from tests.gpt2_numpy import forward, random_params

CFG = GPT2Config(n_layer=2, n_head=4, n_embd=32, vocab_size=64, n_positions=32)
IDS = [3, 14, 15, 9, 2]


def _scripted(commands: str) -> tuple[pdb.Pdb, io.StringIO]:
    out = io.StringIO()
    debugger = pdb.Pdb(stdin=io.StringIO(commands), stdout=out)
    debugger.use_rawinput = False
    return debugger, out


@pytest.fixture(scope="module")
def params():
    return random_params(CFG)


def test_step_into_one_layer_of_a_replaying_model(params):
    m = GPT2(CFG, params)
    for ids in (IDS, IDS[:3]):
        m.prefill(ids)
    debugger, out = _scripted("ll\np n, m\nuntil 51\np total2\nc\n")
    t0 = time.perf_counter()
    with step_into("h.1.attn.attention", debugger=debugger) as stepped:
        logits = m.prefill(IDS[:4])
    seconds = time.perf_counter() - t0
    assert m._prefill.replays == 1 and stepped == ["h.1.attn.attention"]  # one launch of the 16, in a replay
    text = out.getvalue()
    assert "def attention(b0, b1, b2, b3, m, n" in text and "(Pdb) (4, 4)" in text  # pdb lists it; its Vars
    sums = [float(v) for v in text.split("(Pdb) ")[4:5]]  # `p total2`: the first row's softmax denominator
    assert sums and sums[0] >= 1.0  # exp(x - max) sums to at least 1 (the max's own term)
    np.testing.assert_allclose(logits, forward(CFG, params, IDS[:4])[0][-1], rtol=1e-4, atol=1e-4)
    assert seconds < 10


def test_step_into_by_kernel_name_stops_at_every_layer(params):
    m = GPT2(CFG, params)
    debugger, out = _scripted("c\nc\n")
    with step_into("attention", debugger=debugger) as stepped:
        m.prefill(IDS)
    assert stepped == ["h.0.attn.attention", "h.1.attn.attention"]
    assert out.getvalue().count("<minic kernel attention") == 2
    with pytest.raises(TypeError, match="launch name"):
        with step_into(3):
            pass


def test_check_finite_names_the_kernel_that_made_inf():
    x = Tensor(np.array([1e30, 2.0], np.float32))
    with minic.scope("demo"), check_finite(), pytest.raises(NonFiniteError) as e:
        (x * 1e30).numpy()
    assert "kernel demo.mul_op" in str(e.value) and "its inputs were finite" in str(e.value)
    assert first_nonfinite(lambda: (x * 2).numpy()) is None
    (x * 1e30).numpy()  # outside the block nothing is checked


def test_nan_weights_stop_generation_naming_the_first_kernel(params, tmp_path, monkeypatch, capsys):
    """`minic generate` on weights with one NaN: the error names the first kernel that wrote NaN (the logits are
    checked, then the call runs again checked); with MINIC_CHECK_FINITE=1 the first call stops there itself."""
    bad = {**params, "h.1.mlp.c_fc.weight": params["h.1.mlp.c_fc.weight"].copy()}
    bad["h.1.mlp.c_fc.weight"][3, 5] = np.nan
    save(str(tmp_path / "nan"), CFG, bad)
    argv = ["generate", "--weights", str(tmp_path / "nan"), "--prompt-ids", "1,2,3", "--max-new-tokens", "2"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert re.search(r"logits contain NaN/Inf at step 0 \(the prefill\).*kernel h\.1\.mlp\.matmul_bias_gelu .*"
                     r"a weight or an argument", err), err
    monkeypatch.setenv("MINIC_CHECK_FINITE", "1")
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "kernel h.1.mlp.matmul_bias_gelu" in err and "logits contain" not in err
