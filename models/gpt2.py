"""GPT-2 inference written only against minic's public API.

The sequence dims are symbolic, so each path compiles once:
  * prefill takes `n` new tokens (Var n) ending at position `m` (Var m): the
    tokens sit at positions m-n .. m-1. Writing the past as `m - n` instead of
    a third Var keeps every slice provably inside the cache (`past + n <=
    max_ctx` cannot be proven from two independent Vars' bounds).
  * decode takes one token at position `past` (Var past), so m = past + 1.
Each layer keeps a preallocated, realized KV cache of shape [heads, max_ctx,
head_dim]; new keys/values are written with `assign` into `cache[:, past:m]`
and attention reads `cache[:, :m]` with the causal offset m - n.

Each layer's kernels launch inside `minic.scope("h.{i}.attn")` / `("h.{i}.mlp")` (and "embed", "ln_f",
"head"), so a kernel is found by where it runs: `h.3.attn.softmax`.

Both paths run through `minic.jit`: the first two calls are scheduled by
Python and recorded, later calls replay the recorded launches with the new
token buffer and Var values.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import numpy as np

import minic
from minic import Tensor, Var
from minic.dist.megatron import TensorParallel
from minic.jit import Bound, jit


@dataclass(frozen=True)
class GPT2Config:
    n_layer: int = 12
    n_head: int = 12
    n_embd: int = 768
    vocab_size: int = 50257
    n_positions: int = 1024
    layer_norm_epsilon: float = 1e-5
    eos_token_id: int = 50256

    @property
    def head_dim(self) -> int:
        return self.n_embd // self.n_head

    @staticmethod
    def from_dict(d: dict) -> GPT2Config:
        """Read a Hugging Face config.json dict (unknown keys are ignored)."""
        names = {f.name for f in fields(GPT2Config)}
        cfg = GPT2Config(**{k: v for k, v in d.items() if k in names})
        if cfg.n_embd % cfg.n_head:
            raise minic.ShapeError(f"n_embd={cfg.n_embd} is not a multiple of n_head={cfg.n_head}")
        act = d.get("activation_function", "gelu_new")
        if act not in ("gelu_new", "gelu_pytorch_tanh"):
            raise minic.MinicError(f"activation_function {act!r} is not supported (GPT-2 uses 'gelu_new')")
        return cfg

    def to_dict(self) -> dict:
        """A Hugging Face-compatible config.json dict."""
        return {**asdict(self), "model_type": "gpt2", "architectures": ["GPT2LMHeadModel"], "n_ctx": self.n_positions,
                "activation_function": "gelu_new", "bos_token_id": self.eos_token_id, "tie_word_embeddings": True}


SIZES = {
    "small": GPT2Config(n_layer=12, n_head=12, n_embd=768),  # 124M
    "medium": GPT2Config(n_layer=24, n_head=16, n_embd=1024),  # 355M
    "large": GPT2Config(n_layer=36, n_head=20, n_embd=1280),  # 774M
    "xl": GPT2Config(n_layer=48, n_head=25, n_embd=1600),  # 1.5B
}


def param_shapes(cfg: GPT2Config) -> dict[str, tuple]:
    """Every parameter's name (Hugging Face names, without the `transformer.` prefix) and shape.

    GPT-2's Conv1D weights are stored [in, out], so a layer is `x @ W + b`."""
    c = cfg.n_embd
    shapes = {"wte.weight": (cfg.vocab_size, c), "wpe.weight": (cfg.n_positions, c),
              "ln_f.weight": (c,), "ln_f.bias": (c,)}
    for i in range(cfg.n_layer):
        p = f"h.{i}."
        shapes.update({p + "ln_1.weight": (c,), p + "ln_1.bias": (c,),
                       p + "attn.c_attn.weight": (c, 3 * c), p + "attn.c_attn.bias": (3 * c,),
                       p + "attn.c_proj.weight": (c, c), p + "attn.c_proj.bias": (c,),
                       p + "ln_2.weight": (c,), p + "ln_2.bias": (c,),
                       p + "mlp.c_fc.weight": (c, 4 * c), p + "mlp.c_fc.bias": (4 * c,),
                       p + "mlp.c_proj.weight": (4 * c, c), p + "mlp.c_proj.bias": (c,)})
    return shapes


class GPT2:
    """A GPT-2 LM with its KV cache. `params` maps `param_shapes` names to host arrays: this rank's shards
    (minic.dist.megatron.GPT2_PLAN) when `tp` spans several ranks."""

    def __init__(self, cfg: GPT2Config, params: dict[str, np.ndarray], device: str | None = None,
                 dtype: str = "float32", max_ctx: int | None = None, tp: TensorParallel | None = None):
        self.cfg = cfg
        self.tp = tp or TensorParallel()
        self.heads = self.tp.part(cfg.n_head, "n_head")  # this rank's attention heads
        self.device = device or "LLVM"
        self.dtype = minic.float16 if dtype == "float16" else minic.float32
        self.max_ctx = min(max_ctx or cfg.n_positions, cfg.n_positions)
        self.w = {k: Tensor(np.asarray(v), dtype=self.dtype, device=self.device) for k, v in params.items()}
        shape = (self.heads, self.max_ctx, cfg.head_dim)
        self.k_cache = [Tensor.zeros(*shape, dtype=self.dtype, device=self.device).realize()
                        for _ in range(cfg.n_layer)]
        self.v_cache = [Tensor.zeros(*shape, dtype=self.dtype, device=self.device).realize()
                        for _ in range(cfg.n_layer)]
        self.n = Var("n", 1, self.max_ctx)
        self.m = Var("m", 1, self.max_ctx)
        self.past = Var("past", 0, self.max_ctx - 1)
        self._prefill = jit(self._prefill_graph)
        self._decode = jit(self._decode_graph)
        self._greedy = jit(self._greedy_graph)

    @property
    def records(self) -> int:
        """Calls that were scheduled and recorded by Python (the rest were replays)."""
        return self._prefill.records + self._decode.records + self._greedy.records

    # --- public: host ids in, host logits out ---------------------------------------------
    def prefill(self, ids, start: int = 0, all_logits: bool = False) -> np.ndarray:
        """Run `ids` at positions start.. (filling the cache); logits of the last token, or of all with all_logits."""
        ids = self._check_ids(ids)
        if not 1 <= len(ids) or start < 0 or start + len(ids) > self.max_ctx:
            raise minic.IndexOutOfRange(f"prefill of {len(ids)} tokens at position {start} does not fit the "
                                        f"context of {self.max_ctx} tokens")
        tokens = Tensor(ids, device=self.device, shape=(self.n,))
        logits = self._prefill(tokens, Bound(self.m, start + len(ids)), all_logits).numpy()
        return logits if all_logits else logits[0]

    def decode(self, token: int, pos: int) -> np.ndarray:
        """Logits after feeding one token at position `pos` (the cache must hold positions < pos)."""
        return self._decode(*self._decode_args(token, pos)).numpy()[0]

    def decode_greedy(self, token: int, pos: int) -> int:
        """The next token under greedy decoding (as `decode(token, pos).argmax()`): the argmax runs on the device
        inside the replay, so one id comes back to the host instead of the vocabulary's logits."""
        return int(self._greedy(*self._decode_args(token, pos)).numpy()[0])

    def _decode_args(self, token: int, pos: int) -> tuple:
        ids = self._check_ids([token])
        if not 0 <= pos < self.max_ctx:
            raise minic.IndexOutOfRange(f"decode position {pos} is outside the context of {self.max_ctx} tokens")
        return Tensor(ids, device=self.device), Bound(self.past, pos)

    def _check_ids(self, ids) -> np.ndarray:
        arr = np.asarray(ids)
        if arr.ndim != 1 or not np.issubdtype(arr.dtype, np.integer) and arr.size:
            raise minic.DTypeError(f"token ids must be a 1-D list of ints, got {arr.dtype} with shape {arr.shape}")
        bad = np.flatnonzero((arr < 0) | (arr >= self.cfg.vocab_size))
        if bad.size:
            i = int(bad[0])
            raise minic.IndexOutOfRange(f"token id {int(arr[i])} at position {i} is out of range for the "
                                        f"vocabulary of {self.cfg.vocab_size} tokens")
        return arr.astype(np.int32)

    # --- graphs (run under minic.jit) ---------------------------------------------------------
    def _prefill_graph(self, tokens: Tensor, m: Bound, all_logits: bool) -> Tensor:
        n = self.n
        x = self._blocks(tokens, m.var - n, m.var, {m.var.name: m.value})
        if not all_logits:
            x = x[n - 1:n]
        return self._head(x)

    def _decode_graph(self, tokens: Tensor, past: Bound) -> Tensor:
        return self._head(self._blocks(tokens, past.var, past.var + 1, {past.var.name: past.value}))

    def _greedy_graph(self, tokens: Tensor, past: Bound) -> Tensor:
        logits = self._decode_graph(tokens, past)
        with minic.scope("head"):
            return logits.argmax(-1).realize()

    def _blocks(self, tokens: Tensor, past, m, vals: dict) -> Tensor:
        w = self.w
        with minic.scope("embed"):
            x = (self.tp.embed(w["wte.weight"], tokens) + w["wpe.weight"][past:m].bind(**vals)).realize()
        return self.layers(x, lambda i, q, k, v: self._attend(i, q, k, v, past, m, vals))

    def _attend(self, i: int, q: Tensor, k: Tensor, v: Tensor, past, m, vals: dict) -> Tensor:
        """Layer i's causal attention over this model's own cache: k, v written at past..m-1, q [h, n, d]."""
        self.k_cache[i][:, past:m].bind(**vals).assign(k)
        self.v_cache[i][:, past:m].bind(**vals).assign(v)
        keys = self.k_cache[i][:, :m].bind(**vals)
        values = self.v_cache[i][:, :m].bind(**vals)
        return q.scaled_dot_product_attention(keys, values, causal=True)  # [h, n, d]

    def layers(self, x: Tensor, attend) -> Tensor:
        """The transformer blocks on rows x [n, c]. `attend(i, q, k, v)` (each [heads, n, head_dim]) returns layer
        i's attention [heads, n, head_dim]: the model's own cache here, a paged cache in models/paged.py."""
        cfg, w, tp = self.cfg, self.w, self.tp
        h, d = self.heads, cfg.head_dim
        c = h * d  # this rank's share of the width: its heads (column-parallel QKV, row-parallel c_proj)
        n = x.shape[0]
        for i in range(cfg.n_layer):
            p = f"h.{i}."
            with minic.scope(f"h.{i}.attn"):
                # LayerNorm gets its own kernel: a matmul kernel with a row reduction in its prologue would
                # recompute that reduction per output tile (and falls to the generic Reduction rule)
                a = x.layer_norm(w[p + "ln_1.weight"], w[p + "ln_1.bias"], cfg.layer_norm_epsilon).realize()
                qkv = (a @ w[p + "attn.c_attn.weight"] + w[p + "attn.c_attn.bias"]).realize()
                q, k, v = (qkv[:, j * c:(j + 1) * c].reshape(n, h, d).permute(1, 0, 2) for j in range(3))
                att = attend(i, q, k, v).permute(1, 0, 2).reshape(n, c)
                x = (x + tp.reduce(att @ w[p + "attn.c_proj.weight"]) + w[p + "attn.c_proj.bias"]).realize()
            with minic.scope(f"h.{i}.mlp"):
                a = x.layer_norm(w[p + "ln_2.weight"], w[p + "ln_2.bias"], cfg.layer_norm_epsilon).realize()
                f = (a @ w[p + "mlp.c_fc.weight"] + w[p + "mlp.c_fc.bias"]).gelu()
                x = (x + tp.reduce(f @ w[p + "mlp.c_proj.weight"]) + w[p + "mlp.c_proj.bias"]).realize()
        return x

    def _head(self, x: Tensor) -> Tensor:
        """ln_f, then the tied head (x @ wte^T), in float32."""
        w = self.w
        with minic.scope("ln_f"):
            x = x.layer_norm(w["ln_f.weight"], w["ln_f.bias"], self.cfg.layer_norm_epsilon).realize()
        with minic.scope("head"):
            return self.tp.vocab_logits((x @ w["wte.weight"].T).cast(minic.float32), self.cfg.vocab_size).realize()
