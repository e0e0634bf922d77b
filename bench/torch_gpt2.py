"""GPT-2 in plain PyTorch with a preallocated KV cache: the reference the GPT-2 bench measures minic against.

One module, two ways to say where the new tokens go, because the two kinds of peer need different things:
  * `model(ids, past)` with `past` a Python int (eager, and torch.compile with dynamic shapes) writes the cache
    with a slice and attends over the filled prefix `[:past + n]`, so no work is spent on empty cache rows;
  * `model(ids, pos)` with `pos` a tensor of positions (torch.compile `mode="reduce-overhead"`, the gpt-fast
    recipe) writes the cache with `index_copy_` and attends over the whole cache under a causal mask indexed by
    `pos`: every decode step has the same shapes and reads no Python int, so one CUDA graph serves every step.
The math is models/gpt2.py's (weights [in, out], tanh GELU, tied head), the cache and weights are registered
buffers so CUDA graphs treat them as static addresses (plain tensor attributes would be copied in per replay,
and mutating them makes inductor skip CUDA graphs).
"""
from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


class TorchGPT2(nn.Module):
    """GPT-2 with a [layers, heads, max_ctx, head_dim] KV cache; `forward` returns the last token's logits."""

    def __init__(self, cfg, params: dict[str, np.ndarray], max_ctx: int, device: str = "cpu",
                 dtype: str = "float32"):
        super().__init__()
        self.cfg, self.max_ctx = cfg, max_ctx
        dt = getattr(torch, dtype)
        self.names = {k: k.replace(".", "_") for k in params}  # buffer names cannot hold dots
        for k, v in params.items():
            self.register_buffer(self.names[k], torch.from_numpy(np.ascontiguousarray(v)).to(device, dt))
        shape = (cfg.n_layer, cfg.n_head, max_ctx, cfg.head_dim)
        self.register_buffer("k_cache", torch.zeros(shape, device=device, dtype=dt))
        self.register_buffer("v_cache", torch.zeros(shape, device=device, dtype=dt))
        self.register_buffer("causal", torch.ones(max_ctx, max_ctx, dtype=torch.bool, device=device).tril())

    def w(self, name: str) -> torch.Tensor:
        return getattr(self, self.names[name])

    def forward(self, ids: torch.Tensor, past: int | torch.Tensor) -> torch.Tensor:
        """Logits [vocab] of the last of the tokens `ids` [n]; `past` is the first one's position (an int) or
        every token's position (a tensor [n], the static-shape path)."""
        cfg, w = self.cfg, self.w
        n, c = ids.shape[0], cfg.n_embd
        static = isinstance(past, torch.Tensor)
        pos = past if static else slice(past, past + n)
        x = w("wte.weight")[ids] + w("wpe.weight")[pos]
        if static:
            mask = self.causal[past]  # [n, max_ctx]: a row sees the cache up to its own position
        else:
            mask = torch.ones(n, past + n, dtype=torch.bool, device=ids.device).tril(past)
        for i in range(cfg.n_layer):
            p = f"h.{i}."
            a = F.layer_norm(x, (c,), w(p + "ln_1.weight"), w(p + "ln_1.bias"), cfg.layer_norm_epsilon)
            qkv = torch.addmm(w(p + "attn.c_attn.bias"), a, w(p + "attn.c_attn.weight"))
            q, k, v = qkv.view(n, 3, cfg.n_head, cfg.head_dim).permute(1, 2, 0, 3)  # each [heads, n, head_dim]
            att = self._attend(i, q, k, v, past, mask)
            x = x + torch.addmm(w(p + "attn.c_proj.bias"), att.permute(1, 0, 2).reshape(n, c),
                                w(p + "attn.c_proj.weight"))
            a = F.layer_norm(x, (c,), w(p + "ln_2.weight"), w(p + "ln_2.bias"), cfg.layer_norm_epsilon)
            f = F.gelu(torch.addmm(w(p + "mlp.c_fc.bias"), a, w(p + "mlp.c_fc.weight")), approximate="tanh")
            x = x + torch.addmm(w(p + "mlp.c_proj.bias"), f, w(p + "mlp.c_proj.weight"))
        x = F.layer_norm(x[-1:], (c,), w("ln_f.weight"), w("ln_f.bias"), cfg.layer_norm_epsilon)
        return (x @ w("wte.weight").T)[0]

    def _attend(self, i: int, q, k, v, past, mask) -> torch.Tensor:
        """Write layer i's new keys/values into the cache and attend over it."""
        if isinstance(past, torch.Tensor):
            self.k_cache[i].index_copy_(1, past, k)
            self.v_cache[i].index_copy_(1, past, v)
            return F.scaled_dot_product_attention(q, self.k_cache[i], self.v_cache[i], attn_mask=mask)
        end = past + q.shape[1]
        self.k_cache[i, :, past:end] = k
        self.v_cache[i, :, past:end] = v
        return F.scaled_dot_product_attention(q, self.k_cache[i, :, :end], self.v_cache[i, :, :end], attn_mask=mask)
