"""GPT-2 in tinygrad's Tensor API: the optional tinygrad peer of bench/gpt2.py (tinygrad is no project dependency)."""
from __future__ import annotations

import numpy as np


class TinyGPT2:
    """GPT-2 in tinygrad's Tensor API with a preallocated KV cache: the same math as bench/torch_gpt2.py.

    `prefill` and `decode` each run under their own TinyJit (first call eager, second captured, later calls
    replay). decode passes its position as a bound `Variable`, so the one captured graph serves every step."""

    def __init__(self, cfg, params: dict, max_ctx: int, device: str = "CPU"):
        from tinygrad import Tensor, TinyJit, Variable, dtypes
        self.Tensor, self.int32, self.cfg, self.device = Tensor, dtypes.int32, cfg, device
        self.w = {k: Tensor(np.ascontiguousarray(v, dtype=np.float32), device=device).realize()
                  for k, v in params.items()}
        # one cache buffer per layer: view-assigning the layers' slices of one shared [n_layer, ...] buffer made
        # tinygrad 0.14 re-run earlier layers' kernels for every later write (6502 kernels per decode for 12 layers)
        shape = (cfg.n_head, max_ctx, cfg.head_dim)
        self.k = [Tensor.zeros(*shape, device=device).contiguous().realize() for _ in range(cfg.n_layer)]
        self.v = [Tensor.zeros(*shape, device=device).contiguous().realize() for _ in range(cfg.n_layer)]
        self.pos = Variable("past", 1, max_ctx - 1)  # decode's position; the cache holds max_ctx rows
        self._prefill = TinyJit(self.forward)
        self._decode = TinyJit(self.forward)

    def forward(self, ids, past):
        """Logits of the last of the `n` tokens `ids` at positions past .. past+n-1 (past: int or bound Variable)."""
        cfg, w = self.cfg, self.w
        n, c, h, d = ids.shape[0], cfg.n_embd, cfg.n_head, cfg.head_dim
        eps = cfg.layer_norm_epsilon

        def ln(x, p):
            return x.layernorm(eps=eps) * w[p + ".weight"] + w[p + ".bias"]

        x = w["wte.weight"][ids] + w["wpe.weight"][past:past + n]
        # one new token sees the whole cache; a prompt is causal with the past in front (as TorchGPT2's tril(past))
        mask = None if n == 1 else self.Tensor.ones(n, past + n, device=self.device).tril(past).cast("bool")
        for i in range(cfg.n_layer):
            p = f"h.{i}."
            qkv = ln(x, p + "ln_1").linear(w[p + "attn.c_attn.weight"], w[p + "attn.c_attn.bias"])
            qkv = qkv.reshape(n, 3, h, d).permute(1, 2, 0, 3)  # [3, heads, n, head_dim]
            self.k[i][:, past:past + n].assign(qkv[1])
            self.v[i][:, past:past + n].assign(qkv[2])
            att = qkv[0].scaled_dot_product_attention(self.k[i][:, :past + n], self.v[i][:, :past + n], attn_mask=mask)
            x = x + att.permute(1, 0, 2).reshape(n, c).linear(w[p + "attn.c_proj.weight"], w[p + "attn.c_proj.bias"])
            f = ln(x, p + "ln_2").linear(w[p + "mlp.c_fc.weight"], w[p + "mlp.c_fc.bias"]).gelu()  # tanh form
            x = x + f.linear(w[p + "mlp.c_proj.weight"], w[p + "mlp.c_proj.bias"])
        logits = ln(x[-1:], "ln_f") @ w["wte.weight"].T
        return logits[0].realize()

    def prefill(self, prompt: list) -> np.ndarray:
        """Prompt tokens at positions 0 .. len-1: the last token's logits (always the same length under the jit)."""
        return self._prefill(self.Tensor(prompt, dtype=self.int32, device=self.device).realize(), 0).numpy()

    def decode(self, tok: int, past: int) -> np.ndarray:
        """One token at position `past` (>= 1): its logits."""
        tokens = self.Tensor([tok], dtype=self.int32, device=self.device).realize()
        return self._decode(tokens, self.pos.bind(past)).numpy()
