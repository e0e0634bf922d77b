"""LLaMA-family inference (LLaMA 1-3, SmolLM 1-3, Mistral, Qwen2/3, Gemma 1-3, Phi-3, Granite) on minic's public API.

A layer: x += o(attention(rope(q(rmsnorm(x))), rope(k(...)), v(...))); x += down(act(gate(h)) * up(h)) with
h = rmsnorm(x). The family members differ only in switches of the config: q/k/v (and o) biases (Qwen2),
an RMSNorm of each head's q and k before RoPE (Qwen3), GELU instead of SiLU and an embedding scaled by
sqrt(dim) (Gemma, whose `1 + w` norm gains are stored as 1 + w here, as llama.cpp stores them), q/k/v and
gate/up projections fused in one matrix (Phi-3: split by rows at load, `split_fused`). Gemma 2 and 3 add
"sandwich" norms (the attention's and the MLP's outputs are normalised before they join the residual), layers
that attend within a sliding window next to layers that see the whole context (`layer_types`), Gemma 3's own
RoPE base for its sliding layers, and Gemma 2's soft-capped attention scores and logits, cap * tanh(x / cap);
SmolLM3 leaves RoPE out of every 4th layer.
A sliding window (Mistral, Phi-3, Gemma's local layers) is a mask on the keys older than the window, applied
only when the context can outgrow the window. Grouped-query attention, the KV cache and the jitted
prefill/decode come from models/transformer.py. Weights are [out, in] (the Hugging Face and GGUF layout), so a
projection is x @ W^T (`minic.quant.linear`); a weight may be a minic.quant.QuantizedWeight, whose dequantization
is written into the matmul's graph and fused there by the scheduler (no dequantized copy is made).

RoPE rotates pairs of a head's dims by position * inv_freq[i]. Hugging Face checkpoints pair dim i with
i + d/2 ("half"); llama.cpp's GGUF files of the `llama` architecture permute the q/k rows so that pairs are
adjacent (2i, 2i+1, "interleaved"). The two are the same model with the head dims reordered, so the loader
only says which pairing its q/k weights use and the rotation follows it: the quantized rows are never
permuted.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

import minic
from minic import Tensor
from minic.dist.megatron import TensorParallel
from minic.quant import QuantizedWeight, linear
from models.transformer import CausalLM
from models.weights import WeightsError

ROPE_TYPES = ("default", "linear", "llama3", "longrope", "yarn", "dynamic")
LAYER_TYPES = ("sliding_attention", "full_attention")
ACTIVATIONS = {"silu": lambda t: t.silu(), "gelu_pytorch_tanh": lambda t: t.gelu("tanh"),
               "gelu": lambda t: t.gelu("erf")}


@dataclass(frozen=True)
class LlamaConfig:
    n_layer: int
    dim: int
    n_head: int
    n_kv_head: int
    ffn_dim: int
    vocab_size: int
    n_positions: int = 2048
    head_dim: int = 0  # 0: dim // n_head
    rms_eps: float = 1e-5
    rope_theta: float = 10000.0
    rope_scaling: dict = field(default_factory=dict)  # HF `rope_scaling` ({} for none)
    rope_interleaved: bool = False  # GGUF `llama` files pair dims (2i, 2i+1); HF pairs (i, i + d/2)
    rope_freq_factors: tuple = ()  # GGUF `rope_freqs.weight` (LLaMA 3.1 files): each pair's frequency divisor
    tie_embeddings: bool = False
    qkv_bias: bool = False  # Qwen2, and LLaMA with attention_bias
    o_bias: bool = False  # LLaMA with attention_bias (Qwen2 has none on its output projection)
    qk_norm: bool = False  # Qwen3: RMSNorm over each head's q and k (gains `self_attn.q_norm/k_norm.weight`)
    hidden_act: str = "silu"  # the gate's activation (Gemma: gelu_pytorch_tanh)
    embed_scale: float = 1.0  # the embedding rows are multiplied by it (Gemma: sqrt(dim))
    sliding_window: int | None = None  # attention window (Mistral, Phi-3, Gemma 2/3's sliding layers)
    layer_types: tuple = ()  # each layer's "sliding_attention" or "full_attention" (Gemma 2/3); (): all sliding when
    #                          there is a window
    sliding_rope_theta: float | None = None  # the sliding layers' RoPE base, unscaled (Gemma 3's local base)
    sandwich_norms: bool = False  # Gemma 2/3: attention and MLP outputs normalised before the residual add
    rope_layers: tuple = ()  # whether each layer rotates q and k (SmolLM3's every 4th does not: "NoPE"); (): all do
    attn_softcap: float | None = None  # scores -> cap * tanh(scores / cap) before the mask (Gemma 2)
    final_softcap: float | None = None  # logits -> cap * tanh(logits / cap) (Gemma 2)
    attention_scale: float | None = None  # q.k scale instead of 1 / sqrt(head_dim) (Granite's attention_multiplier)
    residual_scale: float = 1.0  # each layer's attention and MLP output is multiplied by it (Granite)
    logit_scale: float = 1.0  # the logits are divided by it (Granite's logits_scaling)
    bos_token_id: int | None = None
    eos_token_id: int | None = None
    eos_token_ids: tuple = ()  # every end-of-sequence id the config lists (eos_token_id is the first)

    def __post_init__(self):
        if not self.head_dim:
            if self.dim % self.n_head:
                raise minic.ShapeError(f"hidden size {self.dim} is not a multiple of {self.n_head} heads")
            object.__setattr__(self, "head_dim", self.dim // self.n_head)
        if self.n_head % self.n_kv_head:
            raise minic.ShapeError(f"{self.n_head} query heads are not a multiple of {self.n_kv_head} key/value heads")
        if self.head_dim % 2:
            raise minic.ShapeError(f"RoPE needs an even head dim, got {self.head_dim}")
        kind = self.rope_type
        if kind not in ROPE_TYPES:
            raise minic.MinicError(f"rope_scaling type {kind!r} is not supported (supported: {', '.join(ROPE_TYPES)})")
        if self.hidden_act not in ACTIVATIONS:
            raise minic.MinicError(f"hidden_act {self.hidden_act!r} is not supported (supported: "
                                   f"{', '.join(ACTIVATIONS)})")
        if self.rope_layers and len(self.rope_layers) != self.n_layer:
            raise minic.MinicError(f"rope_layers must say of each of the {self.n_layer} layers whether it rotates, got "
                                   f"{len(self.rope_layers)} flags")
        odd = sorted(set(self.layer_types) - set(LAYER_TYPES))
        if odd or self.layer_types and len(self.layer_types) != self.n_layer:
            raise minic.MinicError(f"layer_types must name each of the {self.n_layer} layers one of "
                                   f"{', '.join(LAYER_TYPES)}, got {list(self.layer_types)}")

    def rotates(self, layer: int) -> bool:
        """Whether layer `layer` applies RoPE to q and k."""
        return not self.rope_layers or bool(self.rope_layers[layer])

    def window(self, layer: int) -> int | None:
        """How many positions back layer `layer` attends (the query's own included), None for the whole context."""
        if self.sliding_window is None or self.layer_types and self.layer_types[layer] != "sliding_attention":
            return None
        return self.sliding_window

    @property
    def context(self) -> int:
        """The longest context this model runs exactly: its positions, capped, with LongRoPE, at the pretrained
        length (beyond it transformers switches to the long factors)."""
        n = self.n_positions
        if self.rope_type in ("longrope", "dynamic"):  # past the pretrained length, transformers changes the angles
            n = min(n, self.rope_scaling.get("original_max_position_embeddings") or n)
        return n

    @property
    def rope_type(self) -> str:
        s = self.rope_scaling or {}
        return s.get("rope_type", s.get("type", "default"))

    @staticmethod
    def from_hf(d: dict) -> LlamaConfig:
        """Read a Hugging Face config.json dict of one of `HF_ARCHITECTURES`."""
        model_type = d.get("model_type", "?")
        arch = (d.get("architectures") or [MODEL_TYPE_ARCHITECTURES.get(model_type, model_type)])[0]
        if arch not in HF_ARCHITECTURES:
            vision = "; it is a vision-language checkpoint: minic runs its text model from the GGUF file llama.cpp's " \
                "converter writes for it" if "text_config" in d else ""
            raise minic.MinicError(f"architecture {arch!r} is not a LLaMA-family model minic runs "
                                   f"(supported: {', '.join(HF_ARCHITECTURES)}){vision}")
        if d.get("mlp_bias"):
            raise minic.MinicError(f"{arch}: mlp_bias is not supported (LLaMA's MLP has no biases)")
        heads = d["num_attention_heads"]
        rope, sliding_theta = _rope_parameters(arch, d)
        theta = rope.pop("rope_theta", d.get("rope_theta", 10000.0))
        partial = rope.pop("partial_rotary_factor", d.get("partial_rotary_factor")) or 1.0
        if partial != 1.0:
            raise minic.MinicError(f"{arch}: partial_rotary_factor={partial} is not supported (RoPE on whole heads)")
        kind = rope.get("rope_type", rope.get("type"))
        if kind == "default":
            rope = {}
        if kind in ("longrope", "yarn"):  # the pretrained length and the factor may sit beside rope_scaling (Phi-3)
            n_pos = d.get("max_position_embeddings", 2048)
            rope.setdefault("original_max_position_embeddings", d.get("original_max_position_embeddings") or n_pos)
            if rope.get("factor") is None:
                rope["factor"] = n_pos / rope["original_max_position_embeddings"]
        gemma = arch in GEMMA_ARCHITECTURES
        later_gemma = gemma and arch != "GemmaForCausalLM"  # Gemma 2 and 3
        qwen2 = arch == "Qwen2ForCausalLM"
        granite = arch == "GraniteForCausalLM"
        softcaps = {"attn_logit_softcapping": 50.0, "final_logit_softcapping": 30.0} \
            if arch == "Gemma2ForCausalLM" else {}  # transformers' Gemma 2 defaults, where config.json has none
        window = _sliding_window(arch, d)
        return LlamaConfig(
            n_layer=d["num_hidden_layers"], dim=d["hidden_size"], n_head=heads,
            n_kv_head=d.get("num_key_value_heads") or heads, ffn_dim=d["intermediate_size"],
            vocab_size=d["vocab_size"], n_positions=d.get("max_position_embeddings", 2048),
            head_dim=d.get("head_dim") or 0, rms_eps=d.get("rms_norm_eps", 1e-6), rope_theta=theta,
            rope_scaling=rope, tie_embeddings=d.get("tie_word_embeddings", gemma),
            qkv_bias=qwen2 or bool(d.get("attention_bias")), o_bias=not qwen2 and bool(d.get("attention_bias")),
            qk_norm=arch in ("Qwen3ForCausalLM", "Gemma3ForCausalLM"),
            hidden_act=(d.get("hidden_activation") or d.get("hidden_act") or "silu") if not gemma
            else d.get("hidden_activation") or "gelu_pytorch_tanh",
            embed_scale=float(np.float32(d["hidden_size"] ** 0.5)) if gemma else
            float(d.get("embedding_multiplier", 1.0)) if granite else 1.0,
            attention_scale=float(d.get("attention_multiplier", 1.0)) if granite else
            float(d.get("query_pre_attn_scalar", 256)) ** -0.5 if later_gemma else None,
            residual_scale=float(d.get("residual_multiplier", 1.0)) if granite else 1.0,
            logit_scale=float(d.get("logits_scaling", 1.0)) if granite else 1.0,
            sliding_window=window, layer_types=_layer_types(arch, d) if window else (),  # (Qwen3 lists full ones)
            sliding_rope_theta=sliding_theta, sandwich_norms=later_gemma,
            rope_layers=tuple(bool(x) for x in d.get("no_rope_layers") or ()),  # SmolLM3: 1 where a layer rotates
            attn_softcap=d.get("attn_logit_softcapping", softcaps.get("attn_logit_softcapping")),
            final_softcap=d.get("final_logit_softcapping", softcaps.get("final_logit_softcapping")),
            bos_token_id=_first(d.get("bos_token_id")), eos_token_id=_first(d.get("eos_token_id")),
            eos_token_ids=eos_ids(d.get("eos_token_id"), "config.json"))


GEMMA_ARCHITECTURES = ("GemmaForCausalLM", "Gemma2ForCausalLM", "Gemma3ForCausalLM")
HF_ARCHITECTURES = ("LlamaForCausalLM", "MistralForCausalLM", "Qwen2ForCausalLM", "Qwen3ForCausalLM",
                    *GEMMA_ARCHITECTURES, "Phi3ForCausalLM", "GraniteForCausalLM", "SmolLM3ForCausalLM")
# a config.json's model_type -> its architecture, for a config without "architectures" (what saving the config of a
# model transformers loaded from GGUF writes; transformers itself goes by model_type)
MODEL_TYPE_ARCHITECTURES = {"llama": "LlamaForCausalLM", "mistral": "MistralForCausalLM", "qwen2": "Qwen2ForCausalLM",
                            "qwen3": "Qwen3ForCausalLM", "gemma": "GemmaForCausalLM", "gemma2": "Gemma2ForCausalLM",
                            "gemma3_text": "Gemma3ForCausalLM", "phi3": "Phi3ForCausalLM",
                            "granite": "GraniteForCausalLM", "smollm3": "SmolLM3ForCausalLM"}
# fused projections (Phi-3) -> the parts they stack by rows, in order
FUSED = {"self_attn.qkv_proj.weight": ("self_attn.q_proj.weight", "self_attn.k_proj.weight",
                                       "self_attn.v_proj.weight"),
         "mlp.gate_up_proj.weight": ("mlp.gate_proj.weight", "mlp.up_proj.weight")}


def _sliding_window(arch: str, d: dict) -> int | None:
    """The attention window, when the config turns one on: Mistral, Phi-3 and Gemma 2/3 by default, Qwen2/3 with
    use_sliding_window (transformers 5 also lists `layer_types`)."""
    window = d.get("sliding_window")
    on = d.get("use_sliding_window")
    if on is None:
        on = arch in ("MistralForCausalLM", "Phi3ForCausalLM", "Gemma2ForCausalLM", "Gemma3ForCausalLM") or \
            "sliding_attention" in (d.get("layer_types") or ())
    return int(window) if on and window else None


def _layer_types(arch: str, d: dict) -> tuple:
    """Which layers slide (Gemma 2/3; transformers 5 writes `layer_types`, earlier config.json files only the
    pattern): Gemma 2 every other layer from the first, Gemma 3 all but every sliding_window_pattern-th."""
    if d.get("layer_types"):
        return tuple(d["layer_types"])
    n = d["num_hidden_layers"]
    if arch == "Gemma2ForCausalLM":
        return tuple("sliding_attention" if i % 2 == 0 else "full_attention" for i in range(n))
    if arch == "Gemma3ForCausalLM":
        every = d.get("sliding_window_pattern", d.get("_sliding_window_pattern", 6))
        return tuple("full_attention" if (i + 1) % every == 0 else "sliding_attention" for i in range(n))
    return ()


def _rope_parameters(arch: str, d: dict) -> tuple[dict, float | None]:
    """The config's RoPE parameters (a copy) and the sliding layers' own base, if they have one. transformers 5
    writes `rope_parameters` (theta inside; Gemma 3 one dict per layer type), earlier versions `rope_theta` and
    `rope_scaling` (Gemma 3 its sliding layers' base as `rope_local_base_freq`)."""
    rope = dict(d.get("rope_parameters") or d.get("rope_scaling") or {})
    if "full_attention" in rope:
        local = dict(rope.get("sliding_attention") or {})
        rope = dict(rope["full_attention"])
        if local.get("rope_type", "default") != "default":
            raise minic.MinicError(f"{arch}: sliding layers' rope_type {local['rope_type']!r} is not supported "
                                   f"(their RoPE is unscaled)")
        return rope, float(local.get("rope_theta", 10000.0))
    local = d.get("rope_local_base_freq", 10000.0 if arch == "Gemma3ForCausalLM" else None)
    return rope, None if local is None else float(local)


def hf_params(named: dict, hf_config: dict, cfg: LlamaConfig) -> dict:
    """A Hugging Face checkpoint's tensors (names without `model.`) in the form the model takes: Phi-3's fused
    matrices split (`split_fused`), Gemma's norm gains stored as 1 + w (its RMSNorm multiplies by 1 + w)."""
    named = split_fused(named, cfg)
    if (hf_config.get("architectures") or [None])[0] in GEMMA_ARCHITECTURES:
        named = {k: v + np.float32(1) if k.endswith("norm.weight") else v for k, v in named.items()}
    return named


def split_fused(named: dict, cfg: LlamaConfig) -> dict:
    """Fused matrices (Phi-3's qkv_proj, gate_up_proj) split by rows into the q/k/v and gate/up parameters;
    `named` maps names (without `model.`) to arrays or quantized weights (`QuantizedWeight.split_rows`)."""
    q, kv, f = cfg.n_head * cfg.head_dim, cfg.n_kv_head * cfg.head_dim, cfg.ffn_dim
    out = {}
    for name, w in named.items():
        head, layer, local = (name.split(".", 2) + ["", ""])[:3]
        if head != "layers" or local not in FUSED:
            out[name] = w
            continue
        sizes = (q, kv, kv) if local.startswith("self_attn") else (f, f)
        if w.shape[0] != sum(sizes):
            raise minic.ShapeError(f"{name} has {w.shape[0]} rows, the config's parts need {sum(sizes)} "
                                   f"({' + '.join(map(str, sizes))})")
        parts = w.split_rows(sizes) if isinstance(w, QuantizedWeight) else np.split(w, np.cumsum(sizes)[:-1])
        out.update({f"layers.{layer}.{part}": p for part, p in zip(FUSED[local], parts)})
    return out


def _first(x):
    """eos_token_id may be a list (LLaMA 3.1): the first one."""
    return x[0] if isinstance(x, list) else x


def eos_ids(value, where: str) -> tuple:
    """An eos_token_id entry (config.json, generation_config.json: one id, a list of ids, or none) as a tuple of
    every id (generation stops at any), or a WeightsError naming `where` and what it held."""
    ids = value if isinstance(value, list) else [] if value is None else [value]
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        raise WeightsError(f"{where}: eos_token_id must be a token id or a list of ids, got {value!r}")
    return tuple(ids)


def param_shapes(cfg: LlamaConfig) -> dict[str, tuple]:
    """Every parameter's name (Hugging Face names without the `model.` prefix) and shape ([out, in])."""
    c, d, f = cfg.dim, cfg.head_dim, cfg.ffn_dim
    q, kv = cfg.n_head * d, cfg.n_kv_head * d
    shapes = {"embed_tokens.weight": (cfg.vocab_size, c), "norm.weight": (c,)}
    if not cfg.tie_embeddings:
        shapes["lm_head.weight"] = (cfg.vocab_size, c)
    for i in range(cfg.n_layer):
        p = f"layers.{i}."
        shapes.update({p + "input_layernorm.weight": (c,), p + "post_attention_layernorm.weight": (c,),
                       p + "self_attn.q_proj.weight": (q, c), p + "self_attn.k_proj.weight": (kv, c),
                       p + "self_attn.v_proj.weight": (kv, c), p + "self_attn.o_proj.weight": (c, q),
                       p + "mlp.gate_proj.weight": (f, c), p + "mlp.up_proj.weight": (f, c),
                       p + "mlp.down_proj.weight": (c, f)})
        if cfg.qkv_bias:
            shapes.update({p + "self_attn.q_proj.bias": (q,), p + "self_attn.k_proj.bias": (kv,),
                           p + "self_attn.v_proj.bias": (kv,)})
        if cfg.o_bias:
            shapes[p + "self_attn.o_proj.bias"] = (c,)
        if cfg.qk_norm:
            shapes.update({p + "self_attn.q_norm.weight": (d,), p + "self_attn.k_norm.weight": (d,)})
        if cfg.sandwich_norms:
            shapes.update({p + "pre_feedforward_layernorm.weight": (c,), p + "post_feedforward_layernorm.weight": (c,)})
    return shapes


def rope_inv_freq(cfg: LlamaConfig, sliding: bool = False) -> np.ndarray:
    """The rotation frequency of each dim pair, after the config's scaling (as transformers computes it); with
    `sliding`, of the sliding layers' own base (cfg.sliding_rope_theta), which no scaling changes."""
    d = cfg.head_dim
    if sliding:
        return (1.0 / cfg.sliding_rope_theta ** (np.arange(0, d, 2, dtype=np.float64) / d)).astype(np.float32)
    inv = 1.0 / cfg.rope_theta ** (np.arange(0, d, 2, dtype=np.float64) / d)
    s, kind = cfg.rope_scaling, cfg.rope_type
    if kind == "linear":
        inv = inv / s["factor"]
    elif kind == "llama3":
        factor, lo, hi = s["factor"], s["low_freq_factor"], s["high_freq_factor"]
        old = s["original_max_position_embeddings"]
        wavelen = 2 * math.pi / inv
        scaled = np.where(wavelen > old / lo, inv / factor, inv)
        smooth = (old / wavelen - lo) / (hi - lo)
        smoothed = (1 - smooth) * scaled / factor + smooth * scaled
        medium = (wavelen >= old / hi) & (wavelen <= old / lo)
        inv = np.where(medium, smoothed, scaled)
    elif kind == "longrope":  # the short factors: every position is within the pretrained length (cfg.context)
        inv = inv / np.asarray(s["short_factor"], dtype=np.float64)
    elif kind == "yarn":
        inv = _yarn_inv_freq(inv, d, cfg.rope_theta, s)
    # "dynamic" (NTK): the default angles while every position is within the pretrained length (cfg.context)
    if cfg.rope_freq_factors:
        inv = inv / np.asarray(cfg.rope_freq_factors, dtype=np.float64)
    return inv.astype(np.float32)


def _yarn_inv_freq(inv: np.ndarray, d: int, theta: float, s: dict) -> np.ndarray:
    """YaRN: interpolated (divided by the factor) where a pair turns fewer than beta_slow times over the pretrained
    length, extrapolated (kept) where it turns more than beta_fast times, a linear ramp between (Peng et al. 2023)."""
    def dim_of(turns: float) -> float:  # the pair index that turns `turns` times over the pretrained length
        return d * math.log(s["original_max_position_embeddings"] / (turns * 2 * math.pi)) / (2 * math.log(theta))
    low, high = dim_of(s.get("beta_fast") or 32), dim_of(s.get("beta_slow") or 1)
    if s.get("truncate", True):
        low, high = math.floor(low), math.ceil(high)
    low, high = max(low, 0), min(high, d - 1)
    ramp = np.clip((np.arange(d // 2, dtype=np.float64) - low) / ((high - low) or 0.001), 0, 1)
    return inv / s["factor"] * ramp + inv * (1 - ramp)


def rope_attention_factor(cfg: LlamaConfig) -> float:
    """What cos and sin are multiplied by (LongRoPE's and YaRN's attention factor; 1 otherwise), as transformers
    computes it."""
    s, kind = cfg.rope_scaling, cfg.rope_type
    if kind not in ("longrope", "yarn"):
        return 1.0
    if s.get("attention_factor") is not None:
        return float(s["attention_factor"])
    factor = s["factor"]
    if factor <= 1.0:
        return 1.0
    if kind == "longrope":
        return math.sqrt(1 + math.log(factor) / math.log(s["original_max_position_embeddings"]))

    def mscale(m: float) -> float:
        return 0.1 * m * math.log(factor) + 1.0
    m, m_all = s.get("mscale"), s.get("mscale_all_dim")
    return mscale(m) / mscale(m_all) if m and m_all else mscale(1.0)


def rope_tables(cfg: LlamaConfig, max_ctx: int, sliding: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """cos and sin [max_ctx, head_dim] of position * inv_freq, in float32 like transformers, one value per dim of
    a head, for RoPE as x * cos + partner(x) * sin (Llama._rope): a pair's two dims share its angle, and sin is
    negative on the pair's first dim (what transformers' rotate_half negates). `sliding`: the sliding layers'
    tables (rope_inv_freq)."""
    angles = np.arange(max_ctx, dtype=np.float32)[:, None] * rope_inv_freq(cfg, sliding)[None, :]
    scale = np.float32(1.0 if sliding else rope_attention_factor(cfg))
    cos, sin = np.cos(angles) * scale, np.sin(angles) * scale
    if cfg.rope_interleaved:  # pairs (2i, 2i + 1)
        return np.repeat(cos, 2, axis=1), np.stack([-sin, sin], axis=2).reshape(max_ctx, -1)
    return np.concatenate([cos, cos], axis=1), np.concatenate([-sin, sin], axis=1)  # pairs (i, i + d / 2)


class Llama(CausalLM):
    """A LLaMA-family LM with its KV cache. `params` maps `param_shapes` names to host arrays or quantized
    weights already on the model's device (kept packed)."""

    def __init__(self, cfg: LlamaConfig, params: dict, device: str | None = None, dtype: str = "float32",
                 max_ctx: int | None = None, tp: TensorParallel | None = None):
        self.cfg = cfg
        self.tp = tp or TensorParallel()  # params are this rank's shards (minic.dist.megatron.LLAMA_PLAN)
        self.heads = self.tp.part(cfg.n_head, "n_head")
        self.kv_heads = self.tp.part(cfg.n_kv_head, "n_kv_head")
        self.tp.part(cfg.ffn_dim, "intermediate_size")
        self.vocab_size = cfg.vocab_size
        max_ctx = min(max_ctx or cfg.context, cfg.context)
        self._setup(cfg.n_layer, self.kv_heads, cfg.head_dim, max_ctx, device, dtype)
        self.w = {k: self._on_device(k, v) for k, v in params.items()}
        self._fusions: dict = {}  # (group name, "weight" | "bias") -> (the parts it was built from, the fused matrix)
        self.projections = [self._fuse_projections(f"layers.{i}.self_attn.") for i in range(cfg.n_layer)]
        # RoPE's cos and sin tables [max_ctx, head_dim] by layer kind: "sliding" only where those layers have a base
        # of their own (Gemma 3)
        kinds = ("full", "sliding") if cfg.sliding_rope_theta is not None else ("full",)
        self.rope = {kind: tuple(Tensor(t, device=self.device) for t in rope_tables(cfg, max_ctx, kind == "sliding"))
                     for kind in kinds}

    def _on_device(self, name: str, w):
        if not isinstance(w, QuantizedWeight):
            return Tensor(np.asarray(w), dtype=self.dtype, device=self.device)
        if w.device != self.device:
            raise minic.DeviceError(f"quantized weight {name} was loaded on {w.device}, the model runs on "
                                    f"{self.device}: load the checkpoint for the model's device")
        return w

    def _fuse_projections(self, p: str) -> list[tuple[str, list]]:
        """Layer `p`'s q, k and v projections as groups: neighbours stored alike (float, or one quantization
        format) are one matrix of their rows, so a decode step reads the normalised row once and launches one GEMV
        for them, not three that each normalise it again. Returns [(group name, [(projection, width), ...])].
        The parts stay in self.w under their own names, float ones as views of the fused matrix (no second copy,
        and an in-place write to a part lands in it); replacing a part there rebuilds the fused matrix
        (_projection)."""
        d = self.cfg.head_dim
        widths = {"q": self.heads * d, "k": self.kv_heads * d, "v": self.kv_heads * d}
        runs: list[list[str]] = []
        for j in "qkv":
            if runs and _stored_alike(self.w[f"{p}{runs[-1][-1]}_proj.weight"], self.w[f"{p}{j}_proj.weight"]):
                runs[-1].append(j)
            else:
                runs.append([j])
        groups = [(p + "".join(run) + "_proj", [(j, widths[j]) for j in run]) for run in runs]
        for name, parts in groups:
            for kind in self._projection_kinds():
                fused = self._projection(name, parts, kind)
                if len(parts) > 1 and isinstance(fused, Tensor):
                    self._view_parts(name, parts, kind, fused)
        return groups

    def _projection_kinds(self) -> tuple[str, ...]:
        return ("weight", "bias") if self.cfg.qkv_bias else ("weight",)

    def _projection(self, name: str, parts: list, kind: str):
        """Group `name`'s `kind` ("weight" or "bias"): a lone part as it is in self.w; a fused matrix built from
        the parts in self.w, and built again when one of them was replaced there since it was (a swapped weight
        must never leave a stale fused copy; the jit's guard sees the swap and records afresh)."""
        prefix = name[:name.rindex(".") + 1]
        sources = [self.w[f"{prefix}{j}_proj.{kind}"] for j, _ in parts]
        if len(sources) == 1:
            return sources[0]
        built = self._fusions.get((name, kind))
        if built is None or any(a is not b for a, b in zip(built[0], sources)):
            fused = QuantizedWeight.cat_rows(sources) if isinstance(sources[0], QuantizedWeight) else \
                minic.cat(sources, axis=0).realize()
            built = self._fusions[(name, kind)] = (sources, fused)
        return built[1]

    def _view_parts(self, name: str, parts: list, kind: str, fused: Tensor) -> None:
        """Float parts in self.w become views of their fused matrix (which _projection then finds unchanged)."""
        prefix, start, views = name[:name.rindex(".") + 1], 0, []
        for j, width in parts:
            views.append(fused[start:start + width])
            self.w[f"{prefix}{j}_proj.{kind}"] = views[-1]
            start += width
        self._fusions[(name, kind)] = (views, fused)

    def _project_qkv(self, a: Tensor, layer: int, cos: Tensor, sin: Tensor) -> dict[str, Tensor]:
        """q, k and v [n, width] of normalised rows `a`, q and k rotated by RoPE (unless the config normalises them
        first: `layers` rotates them after), lazy: views of a fused group's one product with RoPE applied to its
        q and k columns, which the attention callback realizes together with the key and value cache writes. One
        kernel computes it and stores q and both cache writes (a GPU GEMV with the rotation in its epilogue; a
        CPU stores the product, and a second kernel rotates it); a lone projection fuses into its consumer."""
        out = {}
        for name, parts in self.projections[layer]:
            y = linear(a, self._projection(name, parts, "weight"))
            if self.cfg.qkv_bias:
                y = y + self._projection(name, parts, "bias")
            rotated = sum(width for j, width in parts if j != "v")  # q and k come before v in a group
            if rotated and not self.cfg.qk_norm and self.cfg.rotates(layer):
                y = self._rope(y, cos, sin, rotated)
            start = 0
            for j, width in parts:
                out[j] = y[:, start:start + width]
                start += width
        return out

    def _rope(self, x: Tensor, cos: Tensor, sin: Tensor, rotated: int) -> Tensor:
        """RoPE of x [n, width] (whole heads) at the rows' angles cos, sin [n, head_dim] (rope_tables): the first
        `rotated` columns turn, the rest (v's) pass through (cos 1, sin 0), so that a fused q/k/v product takes
        one elementwise expression, x * cos + partner(x) * sin, which reads x at each column and its partner."""
        n, width = x.shape
        d = self.cfg.head_dim

        def per_column(t: Tensor, rest: float) -> Tensor:
            t = t.reshape(n, 1, d).expand(n, rotated // d, d).reshape(n, rotated)
            return t.pad(((0, 0), (0, width - rotated)), value=rest) if rotated < width else t
        if self.cfg.rope_interleaved:  # pairs (2i, 2i + 1) swapped
            partner = x.reshape(n, width // 2, 2).flip(2).reshape(n, width)
        else:  # pairs (i, i + d / 2) swapped
            partner = x.reshape(n, width // d, 2, d // 2).flip(2).reshape(n, width)
        # in x's dtype: a float16 model's q, k and v stay copies of one result (float32 tables would make each
        # copy a cast of it, three kernels where one stores them all)
        return (x * per_column(cos, 1.0) + partner * per_column(sin, 0.0)).cast(x.dtype)

    def _blocks(self, tokens: Tensor, past, m, vals: dict) -> Tensor:
        x = self.embed(tokens)
        rope = {kind: tuple(t[past:m].bind(**vals) for t in tables) for kind, tables in self.rope.items()}
        return self.layers(x, self.cached_attention(past, m, vals), rope)

    def rope_rows(self, pos: Tensor) -> dict[str, tuple[Tensor, Tensor]]:
        """The RoPE tables' rows at positions `pos` (a buffer of ids), by layer kind: what `layers` takes."""
        return {kind: (cos.embedding(pos), sin.embedding(pos)) for kind, (cos, sin) in self.rope.items()}

    def attention_options(self, layer: int) -> dict:
        """What layer `layer`'s attention takes beyond q, k and v (models/transformer.py `attend`): its window,
        where the context can outgrow it (inside it a window masks nothing), and the scores' soft cap."""
        window = self.cfg.window(layer)
        return {"window": window if window is not None and window < self.max_ctx else None,
                "softcap": self.cfg.attn_softcap}

    def layers(self, x: Tensor, attend, rope: dict) -> Tensor:
        """The decoder layers on rows x [n, dim]; `attend(i, q, k, v, window=, softcap=)` is layer i's attention
        (q [heads, n, d], k and v [kv_heads, n, d], out [heads, n, d]; the options of attention_options); `rope`
        maps a layer kind ("full", and "sliding" where those layers have tables of their own) to the rows' cos
        and sin [n, d] (rope_tables)."""
        cfg, w, tp = self.cfg, self.w, self.tp
        h, kvh, d = self.heads, self.kv_heads, cfg.head_dim
        n = x.shape[0]
        for i in range(cfg.n_layer):
            p = f"layers.{i}."
            cos, sin = rope["sliding" if "sliding" in rope and cfg.window(i) is not None else "full"]
            with minic.scope(f"layers.{i}.attn"):
                a = x.rms_norm(w[p + "input_layernorm.weight"], cfg.rms_eps)
                q, k, v = self._project_qkv(a, i, cos, sin).values()
                q, k = q.reshape(n, h, d), k.reshape(n, kvh, d)
                if cfg.qk_norm:  # q and k normalised per head, then rotated together: one kernel stores q and the
                    # keys' cache write (fuse.py, SPREAD_CUT), where rotating each apart made two kernels
                    q = q.rms_norm(w[p + "self_attn.q_norm.weight"], cfg.rms_eps)
                    k = k.rms_norm(w[p + "self_attn.k_norm.weight"], cfg.rms_eps)
                    if cfg.rotates(i):
                        qk = self._rope(minic.cat([q, k], axis=1).reshape(n, (h + kvh) * d), cos, sin, (h + kvh) * d)
                        q, k = qk[:, :h * d].reshape(n, h, d), qk[:, h * d:].reshape(n, kvh, d)
                if cfg.attention_scale is not None:  # attention scales q.k by 1 / sqrt(d): this makes it the config's
                    q = q * (cfg.attention_scale * math.sqrt(d))
                q, k, v = q.permute(1, 0, 2), k.permute(1, 0, 2), v.reshape(n, kvh, d).permute(1, 0, 2)
                att = attend(i, q, k, v, **self.attention_options(i)).permute(1, 0, 2).reshape(n, h * d)
                out = tp.reduce(linear(att, w[p + "self_attn.o_proj.weight"]))
                if cfg.o_bias:
                    out = out + w[p + "self_attn.o_proj.bias"]
                if cfg.sandwich_norms:
                    out = out.rms_norm(w[p + "post_attention_layernorm.weight"], cfg.rms_eps)
                x = (x + self._residual(out)).realize()
            with minic.scope(f"layers.{i}.mlp"):
                pre = "pre_feedforward_layernorm" if cfg.sandwich_norms else "post_attention_layernorm"
                a = x.rms_norm(w[p + pre + ".weight"], cfg.rms_eps)
                act = ACTIVATIONS[cfg.hidden_act]
                g = act(linear(a, w[p + "mlp.gate_proj.weight"])) * linear(a, w[p + "mlp.up_proj.weight"])
                out = tp.reduce(linear(g, w[p + "mlp.down_proj.weight"]))
                if cfg.sandwich_norms:
                    out = out.rms_norm(w[p + "post_feedforward_layernorm.weight"], cfg.rms_eps)
                x = (x + self._residual(out)).realize()
        return x

    def _residual(self, out: Tensor) -> Tensor:
        return out * self.cfg.residual_scale if self.cfg.residual_scale != 1.0 else out

    def _head(self, x: Tensor) -> Tensor:
        """The final RMSNorm, then the head (tied to the embedding or its own), in float32."""
        w = self.w
        with minic.scope("head"):
            x = x.rms_norm(w["norm.weight"], self.cfg.rms_eps)
            head = w["embed_tokens.weight"] if self.cfg.tie_embeddings else w["lm_head.weight"]
            logits = linear(x, head).cast(minic.float32)
            if self.cfg.logit_scale != 1.0:
                logits = logits / self.cfg.logit_scale
            if self.cfg.final_softcap is not None:
                logits = (logits / self.cfg.final_softcap).tanh() * self.cfg.final_softcap
            return self.tp.vocab_logits(logits, self.cfg.vocab_size).realize()

    def embed(self, tokens: Tensor) -> Tensor:
        """The rows [n, dim] the layers start from (scaled by sqrt(dim) for Gemma), in the model's dtype: this
        model's cache and the paged one (models/paged.py) both start here."""
        with minic.scope("embed"):
            x = self._embed(tokens)
            return (x * self.cfg.embed_scale if self.cfg.embed_scale != 1.0 else x).cast(self.dtype).realize()

    def _embed(self, tokens: Tensor) -> Tensor:
        """Embedding rows: vocab-parallel across the ranks (a dense table), else looked up here (quantized too)."""
        table = self.w["embed_tokens.weight"]
        return self.tp.embed(table, tokens) if self.tp.size > 1 else _rows(table, tokens)


def _rows(table: Tensor | QuantizedWeight, ids: Tensor) -> Tensor:
    """Embedding rows for `ids`, from a Tensor or a quantized table (only the picked rows are dequantized)."""
    return table.rows(ids) if isinstance(table, QuantizedWeight) else table.embedding(ids)


def _stored_alike(a, b) -> bool:
    """Whether two weights can be one matrix of their rows: both float Tensors, or one quantization format."""
    if isinstance(a, QuantizedWeight) or isinstance(b, QuantizedWeight):
        return isinstance(a, QuantizedWeight) and isinstance(b, QuantizedWeight) and a.format.name == b.format.name
    return True

