"""GPT-2 inference written only against minic's public API.

The KV cache, the symbolic sequence Vars (n, m, past) and the jitted prefill / decode / greedy paths are
shared with the LLaMA family in models/transformer.py (CausalLM); this module is GPT-2's own part: its
config, parameter names, embedding (token + learned position), blocks (LayerNorm, fused QKV, GELU MLP) and
tied head.

Each layer's kernels launch inside `minic.scope("h.{i}.attn")` / `("h.{i}.mlp")` (and "embed", "head"), so a
kernel is found by where it runs: `h.3.attn.attention`.

No `.realize()` here is a scheduling hint. The LayerNorms are plain expressions: at decode the scheduler fuses
each into the next product (the GEMV computes the row's mean and variance before its K loop:
`h.3.mlp.layer_norm_gemv_bias_gelu`); at prefill it cuts each out as its own kernel, read by the matmul. What
is realized: the embedding, q, k and v (attention reads them at other indices than the product writes them; the
attention callback realizes them with the KV-cache writes, and the QKV product's kernel stores all three) and
the residual stream after each block (the next block reads it at every row, twice).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import numpy as np

import minic
from minic import Tensor
from minic.dist.megatron import TensorParallel
from minic.quant import QuantizedWeight
from models.transformer import CausalLM


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


# GPT-2's Conv1D weights, [in, out]. Each is stored [out, in] and held in `self.w` as its transposed view, still
# [in, out] to the model and to anyone who replaces it: a GEMV reads a weight at the memory's bandwidth when each
# output's row is contiguous along K. On a GPU that is a warp per output ([in, out] storage spread the outputs over
# too few groups: GPT-2 XL's 1,600-wide projections ran at about a seventh of copy bandwidth); on a CPU each core
# streams whole rows front to back, where [in, out] storage had a core's block of columns read short stretches of
# rows kilobytes apart (bench/gpt2_layout.py measures both; bench/README.md). Prefill's matmuls read either
# layout.
CONV1D = ("attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight")


class GPT2(CausalLM):
    """A GPT-2 LM with its KV cache. `params` maps `param_shapes` names to host arrays (this rank's shards,
    minic.dist.megatron.GPT2_PLAN, when `tp` spans several ranks) or quantized weights (a GGUF's)."""

    def __init__(self, cfg: GPT2Config, params: dict[str, np.ndarray], device: str | None = None,
                 dtype: str = "float32", max_ctx: int | None = None, tp: TensorParallel | None = None):
        self.cfg = cfg
        self.vocab_size = cfg.vocab_size
        self.tp = tp or TensorParallel()
        self.heads = self.tp.part(cfg.n_head, "n_head")  # this rank's attention heads
        self._setup(cfg.n_layer, self.heads, cfg.head_dim, min(max_ctx or cfg.n_positions, cfg.n_positions),
                    device, dtype)
        self.w = {k: self._on_device(k, v) for k, v in params.items()}

    def _on_device(self, name: str, v) -> Tensor:
        """A parameter as the layers read it: Conv1D weights [in, out] over [out, in] storage (see CONV1D); a
        quantized one (a GGUF's: [out, in], the embedding [vocab, n_embd]) as its lazy dequant, which the
        scheduler fuses into the products that read it (no dequantized copy is made)."""
        if isinstance(v, QuantizedWeight):
            if v.device != self.device:
                raise minic.DeviceError(f"quantized weight {name} was loaded on {v.device}, the model runs on "
                                        f"{self.device}: load the checkpoint for the model's device")
            if self.tp.size > 1:
                raise minic.MinicError(f"{name}: tensor parallelism splits float weights; {name} is quantized "
                                       f"({v.format.name})")
            w = v.dequant() if self.dtype == minic.float32 else v.dequant().cast(self.dtype)
            return w.T if name.endswith(CONV1D) else w
        if name.endswith(CONV1D):
            return Tensor(np.ascontiguousarray(np.asarray(v).T), dtype=self.dtype, device=self.device).T
        return Tensor(np.asarray(v), dtype=self.dtype, device=self.device)

    def _blocks(self, tokens: Tensor, past, m, vals: dict) -> Tensor:
        w = self.w
        with minic.scope("embed"):
            x = (self.tp.embed(w["wte.weight"], tokens) + w["wpe.weight"][past:m].bind(**vals)).realize()
        return self.layers(x, self.cached_attention(past, m, vals))

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
                a = x.layer_norm(w[p + "ln_1.weight"], w[p + "ln_1.bias"], cfg.layer_norm_epsilon)
                qkv = a @ w[p + "attn.c_attn.weight"] + w[p + "attn.c_attn.bias"]
                q, k, v = (qkv[:, j * c:(j + 1) * c].reshape(n, h, d).permute(1, 0, 2) for j in range(3))
                att = attend(i, q, k, v).permute(1, 0, 2).reshape(n, c)
                x = (x + tp.reduce(att @ w[p + "attn.c_proj.weight"]) + w[p + "attn.c_proj.bias"]).realize()
            with minic.scope(f"h.{i}.mlp"):
                a = x.layer_norm(w[p + "ln_2.weight"], w[p + "ln_2.bias"], cfg.layer_norm_epsilon)
                f = (a @ w[p + "mlp.c_fc.weight"] + w[p + "mlp.c_fc.bias"]).gelu()
                x = (x + tp.reduce(f @ w[p + "mlp.c_proj.weight"]) + w[p + "mlp.c_proj.bias"]).realize()
        return x

    def _head(self, x: Tensor) -> Tensor:
        """ln_f, then the tied head (x @ wte^T), in float32."""
        w = self.w
        with minic.scope("head"):
            x = x.layer_norm(w["ln_f.weight"], w["ln_f.bias"], self.cfg.layer_norm_epsilon)
            return self.tp.vocab_logits((x @ w["wte.weight"].T).cast(minic.float32), self.cfg.vocab_size).realize()
