#!/bin/bash
# issue 11 (newcomer): scopes, per-site overrides, step_into and the finite check on CUDA, in a jitted GPT-2
# replayed as a CUDA Graph. Prints PASS lines; any assertion error is a failure. Runs from the repo root.
set -e
export PYTHONPATH=$PWD
python3 - <<'PY'
import io, pdb, time
import numpy as np
import minic
from minic.intermediates import kernels
from minic.stepping import step_into
from minic.debugging import first_nonfinite
from models.gpt2 import GPT2, GPT2Config
from tests.gpt2_numpy import forward, random_params

cfg = GPT2Config(n_layer=2, n_head=4, n_embd=32, vocab_size=64, n_positions=32)
p = random_params(cfg)
ids = [3, 14, 15, 9, 2]
m = GPT2(cfg, p, device="CUDA")
for n in (5, 3, 4):
    np.testing.assert_allclose(m.prefill(ids[:n], all_logits=True), forward(cfg, p, ids[:n])[0], rtol=1e-3, atol=1e-3)
for i, tok in enumerate([7, 8, 9]):
    m.decode(tok, 4 + i)
print("PASS cuda prefill/decode; replays", m._prefill.replays, m._decode.replays)
cap = kernels(lambda: m.prefill(ids, all_logits=True))
names = [c.name for c in cap.kernels]
assert "h.1.attn.softmax" in names and "h.1.mlp.layer_norm" in names, names
print("PASS names", names[:6])
ln = cap.kernel("h.1.mlp.layer_norm")
assert "1e-05f" in ln.source, ln.source[:2000]
minic.override(ln, ln.source.replace("1e-05f", "1.0f"), at="h.1.mlp")
for n in (5, 3, 4, 5):
    np.testing.assert_allclose(m.prefill(ids[:n], all_logits=True), forward(cfg, p, ids[:n], eps={"h.1.ln_2": 1.0})[0],
                               rtol=1e-3, atol=1e-3)
print("PASS per-site override on CUDA; replays", m._prefill.replays, "why launch list:",
      [s.plan.why_launch_list for s in m._prefill.states.values() if s.plan])
minic.clear_overrides()
out = io.StringIO()
d = pdb.Pdb(stdin=io.StringIO("p n, m\nc\n"), stdout=out); d.use_rawinput = False
t = time.perf_counter()
with step_into("h.1.attn.softmax", debugger=d) as s:
    got = m.prefill(ids, all_logits=True)
np.testing.assert_allclose(got, forward(cfg, p, ids)[0], rtol=1e-3, atol=1e-3)
assert s == ["h.1.attn.softmax"] and "(5, 5)" in out.getvalue(), out.getvalue()
print(f"PASS step_into on CUDA in {time.perf_counter() - t:.2f} s")
bad = {**p, "h.1.mlp.c_fc.weight": p["h.1.mlp.c_fc.weight"].copy()}
bad["h.1.mlp.c_fc.weight"][3, 5] = np.nan
msg = first_nonfinite(GPT2(cfg, bad, device="CUDA").prefill, ids)
assert msg and "h.1.mlp.matmul_bias_gelu" in msg, msg
print("PASS finite check on CUDA:", msg)
PY
python3 -m pytest -q -n 0 tests/test_scope.py tests/test_step_into.py tests/test_naming.py 2>&1 | tail -3
