"""GPT-2 in float64 numpy: the oracle for tests that look inside a minic GPT-2 run (per-layer values, overrides)."""
from __future__ import annotations

import numpy as np

from models.gpt2 import GPT2Config, param_shapes


def random_params(cfg: GPT2Config, seed: int = 0, scale: float = 0.3) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {k: (rng.standard_normal(s) * scale).astype(np.float32) for k, s in param_shapes(cfg).items()}


def forward(cfg: GPT2Config, p: dict, ids: list, eps: dict | None = None,
            attended: list | None = None) -> tuple[np.ndarray, list]:
    """(logits at every position, each layer's attention probabilities [heads, n, n]). `eps` maps a norm's name
    (`h.1.ln_2`, `ln_f`) to its epsilon where it is not the config's; `attended`, when given, gets each layer's
    attention output, probabilities @ v [heads, n, d]."""
    c, h = cfg.n_embd, cfg.n_head
    d, n = c // h, len(ids)
    p = {k: v.astype(np.float64) for k, v in p.items()}
    eps = eps or {}

    def ln(x, name):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps.get(name, cfg.layer_norm_epsilon)) * p[name + ".weight"] \
            + p[name + ".bias"]

    x = p["wte.weight"][ids] + p["wpe.weight"][:n]
    probs = []
    for i in range(cfg.n_layer):
        pre = f"h.{i}."
        qkv = ln(x, pre + "ln_1") @ p[pre + "attn.c_attn.weight"] + p[pre + "attn.c_attn.bias"]
        q, k, v = (qkv[:, j * c:(j + 1) * c].reshape(n, h, d).transpose(1, 0, 2) for j in range(3))
        s = q @ k.transpose(0, 2, 1) / np.sqrt(d) + np.triu(np.full((n, n), -np.inf), 1)
        a = np.exp(s - s.max(-1, keepdims=True))
        probs.append(a / a.sum(-1, keepdims=True))
        if attended is not None:
            attended.append(probs[-1] @ v)
        att = (probs[-1] @ v).transpose(1, 0, 2).reshape(n, c)
        x = x + att @ p[pre + "attn.c_proj.weight"] + p[pre + "attn.c_proj.bias"]
        f = ln(x, pre + "ln_2") @ p[pre + "mlp.c_fc.weight"] + p[pre + "mlp.c_fc.bias"]
        f = 0.5 * f * (1 + np.tanh(np.sqrt(2 / np.pi) * (f + 0.044715 * f ** 3)))
        x = x + f @ p[pre + "mlp.c_proj.weight"] + p[pre + "mlp.c_proj.bias"]
    return ln(x, "ln_f") @ p["wte.weight"].T, probs
