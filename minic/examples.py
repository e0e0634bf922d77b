"""Small built-in computations for pictures, docs and notebooks (`minic viz --expr NAME`).

Each example builds a lazy Tensor from seeded random inputs on `device`, so
`EXAMPLES[name](device)` can be scheduled, drawn, profiled or run. The GPT-2
layer is the same math as models/gpt2.py (pre-norm attention block + MLP,
Hugging Face parameter names) without the KV cache, so it stands alone and can
be compared with transformers' GPT2Block.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from minic.intermediates import tap
from minic.tensor import Tensor


def _randn(rng: np.random.Generator, *shape: int, scale: float = 1.0) -> np.ndarray:
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def softmax(device: str | None = None) -> Tensor:
    rng = np.random.default_rng(0)
    return Tensor(_randn(rng, 8, 16), device=device).softmax(-1)


def layernorm(device: str | None = None) -> Tensor:
    rng = np.random.default_rng(0)
    x, w, b = _randn(rng, 8, 16), _randn(rng, 16), _randn(rng, 16)
    return Tensor(x, device=device).layer_norm(Tensor(w, device=device), Tensor(b, device=device))


def mlp(device: str | None = None) -> Tensor:
    rng = np.random.default_rng(0)
    x, w1, b1, w2 = _randn(rng, 8, 16), _randn(rng, 16, 64, scale=0.25), _randn(rng, 64), _randn(rng, 64, 16)
    t = [Tensor(a, device=device) for a in (x, w1, b1, w2)]
    return (t[0] @ t[1] + t[2]).gelu() @ t[3]


def attention(device: str | None = None) -> Tensor:
    """Causal self-attention of 2 heads: scores are cut out of the softmax @ v kernel (see `why`)."""
    rng = np.random.default_rng(0)
    q, k, v = (Tensor(_randn(rng, 2, 8, 16), device=device) for _ in range(3))
    return q.scaled_dot_product_attention(k, v, causal=True)


def gpt2_layer_params(n_embd: int = 32, seed: int = 0) -> dict[str, np.ndarray]:
    """Random parameters of one GPT-2 block, named as in Hugging Face's GPT2Block state dict."""
    rng = np.random.default_rng(seed)
    c = n_embd
    shapes = {"ln_1.weight": (c,), "ln_1.bias": (c,), "attn.c_attn.weight": (c, 3 * c), "attn.c_attn.bias": (3 * c,),
              "attn.c_proj.weight": (c, c), "attn.c_proj.bias": (c,), "ln_2.weight": (c,), "ln_2.bias": (c,),
              "mlp.c_fc.weight": (c, 4 * c), "mlp.c_fc.bias": (4 * c,), "mlp.c_proj.weight": (4 * c, c),
              "mlp.c_proj.bias": (c,)}
    out = {k: _randn(rng, *s, scale=0.02 if k.endswith("weight") and len(s) == 2 else 0.1) for k, s in shapes.items()}
    out["ln_1.weight"] += 1
    out["ln_2.weight"] += 1
    return out


def gpt2_block(x: Tensor, w: dict[str, Tensor], n_head: int, eps: float = 1e-5) -> Tensor:
    """One GPT-2 block on x [n, c]: x + attn(ln_1(x)), then + mlp(ln_2(.)). Conv1D weights are [in, out].

    The taps (named as the Hugging Face submodules whose output they match) record values inside a
    `minic.capture()` block and do nothing outside one."""
    n, c = x.shape
    d = c // n_head
    a = tap(x.layer_norm(w["ln_1.weight"], w["ln_1.bias"], eps), "ln_1")
    qkv = a @ w["attn.c_attn.weight"] + w["attn.c_attn.bias"]
    q, k, v = (qkv[:, j * c:(j + 1) * c].reshape(n, n_head, d).permute(1, 0, 2) for j in range(3))
    att = q.scaled_dot_product_attention(k, v, causal=True).permute(1, 0, 2).reshape(n, c)
    x = x + tap(att @ w["attn.c_proj.weight"] + w["attn.c_proj.bias"], "attn")
    a = x.layer_norm(w["ln_2.weight"], w["ln_2.bias"], eps)
    f = (a @ w["mlp.c_fc.weight"] + w["mlp.c_fc.bias"]).gelu()
    return x + tap(f @ w["mlp.c_proj.weight"] + w["mlp.c_proj.bias"], "mlp")


def gpt2_layer(device: str | None = None, n_tokens: int = 8, n_embd: int = 32, n_head: int = 2) -> Tensor:
    rng = np.random.default_rng(1)
    w = {k: Tensor(v, device=device) for k, v in gpt2_layer_params(n_embd).items()}
    return gpt2_block(Tensor(_randn(rng, n_tokens, n_embd), device=device), w, n_head)


EXAMPLES: dict[str, Callable[..., Tensor]] = {"softmax": softmax, "layernorm": layernorm, "mlp": mlp,
                                               "attention": attention, "gpt2-layer": gpt2_layer}

