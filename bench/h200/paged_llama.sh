#!/bin/bash
# issue 15: the paged KV cache on the LLaMA family (GQA, q/k norms, biases) on CUDA against the model's own dense
# cache, float32 and float16. Not yet run on a GPU (written 2026-12-01; it passed on the CPU backend).
# Run from the repo root. Prints max |paged - dense| per dtype.
set -e
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH}
python3 - <<'PY'
import numpy as np, time
from models.llama import Llama, LlamaConfig, param_shapes
from models.paged import PagedLM, Sequence

cfg = LlamaConfig(n_layer=2, dim=96, n_head=6, n_kv_head=2, ffn_dim=160, vocab_size=300, n_positions=96,
                  rope_theta=500.0, qkv_bias=True, qk_norm=True, hidden_act="gelu_pytorch_tanh", embed_scale=3.0)
rng = np.random.default_rng(0)
params = {k: (rng.standard_normal(s) * (0.3 if len(s) == 2 else 0.1) + k.endswith("norm.weight")).astype(np.float32)
          for k, s in param_shapes(cfg).items()}
for dtype, tol in (("float32", 2e-3), ("float16", 5e-2)):
    dense = Llama(cfg, params, device="CUDA", dtype=dtype)
    paged = PagedLM(Llama(cfg, params, device="CUDA", dtype=dtype), pages=20, page_size=4, max_batch=4)
    paged.warm_up()
    prompts = [rng.integers(0, cfg.vocab_size, n).tolist() for n in (5, 9, 2)]
    seqs = [Sequence() for _ in prompts]
    rows = [[paged.extend(s, p)] for s, p in zip(seqs, prompts)]
    fed = [[] for _ in prompts]
    for _ in range(6):
        toks = [int(r[-1].argmax()) for r in rows]
        for j, row in enumerate(paged.decode(seqs, toks)):
            fed[j].append(toks[j]); rows[j].append(row)
    worst = 0.0
    for j, p in enumerate(prompts):
        want = [dense.prefill(p)] + [dense.decode(t, len(p) + i) for i, t in enumerate(fed[j])]
        worst = max(worst, float(np.abs(np.array(rows[j]) - np.array(want)).max()))
    print(f"tiny GQA llama on CUDA {dtype}: max |paged - dense| = {worst:.2e} ({'OK' if worst < tol else 'FAIL'}, tol {tol})")
PY
