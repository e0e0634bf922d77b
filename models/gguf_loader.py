"""Read a LLaMA-family model from a GGUF file with the `gguf` package: config, tensors, tokenizer, chat template.

GGUF (llama.cpp's format) keeps everything in one file: metadata under `{arch}.*` keys (layers, widths,
RoPE), the tokenizer under `tokenizer.ggml.*` (tokens, merges, special ids) and `tokenizer.chat_template`,
and tensors under llama.cpp names (`blk.3.attn_q.weight`), each in a storage type (F32, Q8_0, Q4_1, ...).
Tensors are renamed here to the Hugging Face names models/llama.py uses. A truncated or corrupt file, an
architecture other than the LLaMA family, or a tensor type minic cannot read is a WeightsError naming it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.llama import LlamaConfig, param_shapes, split_fused
from models.weights import WeightsError, match_params, progress

# general.architecture -> whether its q/k rows pair RoPE dims (2i, 2i+1): llama.cpp's converter permutes
# LLaMA's q/k for its interleaved rotation, and leaves the others' (rotated by halves) as they are
GGUF_ARCHITECTURES = {"llama": True, "granite": True, "smollm3": True, "qwen2": False, "qwen3": False, "gemma": False,
                      "gemma2": False, "gemma3": False, "phi3": False}
NO_ROPE_EVERY = {"smollm3": 4}  # llama.cpp's SmolLM3: every 4th layer has no RoPE (its files do not say)
# what an architecture's layers compute beyond LLaMA's (llama.cpp's converter already stores Gemma's norm
# gains as 1 + w, which is how models/llama.py takes them)
_GEMMA = {"gemma", "gemma2", "gemma3"}  # GELU, embeddings scaled by sqrt(dim)
_SANDWICH = {"gemma2", "gemma3"}  # norms after attention and MLP; their ffn_norm is the MLP's input norm
# storage types minic reads: matrices of the types minic.quant has a format for stay packed (their dequant fuses
# into the matmul that reads them); the others, and vectors, are dequantized to float32 by gguf.quants at load
TENSOR_TYPES = ("F32", "F16", "BF16", "Q8_0", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q2_K", "Q3_K", "Q4_K", "Q5_K", "Q6_K",
                "IQ4_NL", "IQ4_XS", "IQ3_S", "IQ3_XXS", "IQ2_S", "IQ2_XS", "IQ2_XXS", "IQ1_S", "IQ1_M")

_LAYER_NAMES = {"attn_norm.weight": "input_layernorm.weight", "ffn_norm.weight": "post_attention_layernorm.weight",
                "attn_q.weight": "self_attn.q_proj.weight", "attn_k.weight": "self_attn.k_proj.weight",
                "attn_v.weight": "self_attn.v_proj.weight", "attn_output.weight": "self_attn.o_proj.weight",
                "attn_q.bias": "self_attn.q_proj.bias", "attn_k.bias": "self_attn.k_proj.bias",
                "attn_v.bias": "self_attn.v_proj.bias", "attn_output.bias": "self_attn.o_proj.bias",
                "attn_q_norm.weight": "self_attn.q_norm.weight", "attn_k_norm.weight": "self_attn.k_norm.weight",
                "attn_qkv.weight": "self_attn.qkv_proj.weight",
                "ffn_gate.weight": "mlp.gate_proj.weight",
                "ffn_up.weight": "mlp.up_proj.weight", "ffn_down.weight": "mlp.down_proj.weight"}
LONGROPE_TENSORS = ("rope_factors_short.weight", "rope_factors_long.weight")
_SANDWICH_NAMES = {"post_attention_norm.weight": "post_attention_layernorm.weight",
                   "ffn_norm.weight": "pre_feedforward_layernorm.weight",
                   "post_ffw_norm.weight": "post_feedforward_layernorm.weight"}
_GLOBAL_NAMES = {"token_embd.weight": "embed_tokens.weight", "output_norm.weight": "norm.weight",
                 "output.weight": "lm_head.weight"}


@dataclass
class GGUFFile:
    """An opened GGUF: its metadata (plain Python values) and the gguf reader's tensors by name."""
    path: Path
    metadata: dict
    tensors: dict

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "?"))


_opened: dict[tuple, GGUFFile] = {}


def open_gguf(path: str | Path) -> GGUFFile:
    """Parse the file's header, metadata and tensor table; a short or garbled file is a WeightsError.

    The gguf package parses a 49k-token vocabulary's metadata in Python (~10 s on a 2-core machine), so a
    process keeps each file it opened, keyed by path, size and modification time (a rewritten file is read
    again)."""
    path = Path(path)
    if not path.is_file():
        raise WeightsError(f"no such GGUF file: {path}")
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _opened:
        _opened[key] = _parse(path)
    return _opened[key]


def _parse(path: Path) -> GGUFFile:
    import gguf
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic != b"GGUF":
        raise WeightsError(f"{path} is not a GGUF file (it starts with {magic!r}, not b'GGUF')")
    try:
        reader = gguf.GGUFReader(str(path))
        metadata = {k: f.contents() for k, f in reader.fields.items()}
    except Exception as e:  # the reader raises ValueError/IndexError/struct errors on a cut or garbled header
        raise WeightsError(f"{path} is truncated or corrupt: its GGUF header does not parse "
                           f"({type(e).__name__}: {e})") from None
    size = path.stat().st_size
    tensors = {}
    for t in reader.tensors:
        end = int(t.data_offset) + int(t.n_bytes)
        if end > size or t.data.nbytes != t.n_bytes:
            raise WeightsError(f"{path} is truncated: tensor {t.name!r} needs bytes up to {end}, the file has {size}")
        tensors[t.name] = t
    return GGUFFile(path, metadata, tensors)


def check_architecture(g: GGUFFile) -> None:
    if g.architecture not in GGUF_ARCHITECTURES:
        raise WeightsError(f"{g.path}: architecture {g.architecture!r} is not supported (minic runs GGUF "
                           f"architectures {', '.join(GGUF_ARCHITECTURES)} and gpt2)")


def llama_config(g: GGUFFile) -> LlamaConfig:
    """The model's config from `{arch}.*` metadata (and the tensor table: tied head, q/k/v biases)."""
    check_architecture(g)
    a, md = g.architecture, g.metadata

    def get(key: str, default=None):
        value = md.get(f"{a}.{key}", default)
        if value is None:
            raise WeightsError(f"{g.path}: metadata {a}.{key} is missing")
        return value

    heads = int(get("attention.head_count"))
    dim = int(get("embedding_length"))
    scaling = {}
    if any(name in g.tensors for name in LONGROPE_TENSORS):
        scaling = _longrope(g, get)
    elif md.get(f"{a}.rope.scaling.type", "none") not in ("none", None):
        kind = str(md[f"{a}.rope.scaling.type"])
        if kind not in ("linear", "yarn"):
            raise WeightsError(f"{g.path}: rope scaling {kind!r} is not supported (minic reads 'linear' and 'yarn' "
                               f"from GGUF)")
        scaling = {"rope_type": kind, "factor": float(get("rope.scaling.factor"))}
        if kind == "yarn":
            scaling["original_max_position_embeddings"] = int(get("rope.scaling.original_context_length"))
    tokens = md.get("tokenizer.ggml.tokens")
    n_layer = int(get("block_count"))
    head_dim = int(md.get(f"{a}.attention.key_length", md.get(f"{a}.rope.dimension_count", dim // heads)))
    window = _int_or_none(md.get(f"{a}.attention.sliding_window", 4096 if a == "gemma2" else None))  # as llama.cpp
    every = NO_ROPE_EVERY.get(a)
    return LlamaConfig(
        n_layer=n_layer, dim=dim, n_head=heads,
        n_kv_head=int(md.get(f"{a}.attention.head_count_kv", heads)), ffn_dim=int(get("feed_forward_length")),
        vocab_size=int(md.get(f"{a}.vocab_size", len(tokens) if tokens else 0)) or _missing(g, "vocab_size"),
        n_positions=int(get("context_length")),
        head_dim=head_dim,
        rms_eps=float(get("attention.layer_norm_rms_epsilon")), rope_theta=float(get("rope.freq_base", 10000.0)),
        rope_scaling=scaling, rope_interleaved=GGUF_ARCHITECTURES[a],
        rope_freq_factors=tuple(float(x) for x in _dequant(g, "rope_freqs.weight")) if "rope_freqs.weight"
        in g.tensors else (),
        tie_embeddings=not _holds(g, "output.weight"), qkv_bias="blk.0.attn_q.bias" in g.tensors,
        o_bias="blk.0.attn_output.bias" in g.tensors, qk_norm="blk.0.attn_q_norm.weight" in g.tensors,
        hidden_act="gelu_pytorch_tanh" if a in _GEMMA else "silu",
        embed_scale=float(np.float32(dim ** 0.5)) if a in _GEMMA else float(md.get(f"{a}.embedding_scale", 1.0)),
        residual_scale=float(md.get(f"{a}.residual_scale", 1.0)), logit_scale=float(md.get(f"{a}.logit_scale", 1.0)),
        sliding_window=window, layer_types=_layer_types(g, n_layer) if window else (),
        sliding_rope_theta=_float_or_none(md.get(f"{a}.rope.freq_base_swa", 10000.0 if a == "gemma3" else None)),
        sandwich_norms=a in _SANDWICH, rope_layers=tuple((i + 1) % every != 0 for i in range(n_layer)) if every else (),
        attention_scale=_attention_scale(g, n_layer, dim, heads, head_dim),
        attn_softcap=_float_or_none(md.get(f"{a}.attn_logit_softcapping")),
        final_softcap=_float_or_none(md.get(f"{a}.final_logit_softcapping")),
        bos_token_id=_int_or_none(md.get("tokenizer.ggml.bos_token_id")),
        eos_token_id=_int_or_none(md.get("tokenizer.ggml.eos_token_id")))


def _longrope(g: GGUFFile, get) -> dict:
    """LongRoPE's rope_scaling (Phi-3 128k, Phi-3.5) as llama.cpp's converter stores it: the short and long factors as
    tensors, the pretrained length and the cos/sin factor as metadata. minic runs the short factors within the
    pretrained length (LlamaConfig.context), as transformers does there."""
    missing = [name for name in LONGROPE_TENSORS if name not in g.tensors]
    if missing:
        raise WeightsError(f"{g.path}: LongRoPE needs both {' and '.join(LONGROPE_TENSORS)}; {missing[0]} is missing")
    original = int(get("rope.scaling.original_context_length"))
    scaling = {"rope_type": "longrope", "original_max_position_embeddings": original,
               "factor": int(get("context_length")) / original,
               "short_factor": [float(x) for x in _dequant(g, "rope_factors_short.weight")],
               "long_factor": [float(x) for x in _dequant(g, "rope_factors_long.weight")]}
    attention = g.metadata.get(f"{g.architecture}.rope.scaling.attn_factor")
    if attention is not None:
        scaling["attention_factor"] = float(attention)
    return scaling


def _layer_types(g: GGUFFile, n_layer: int) -> tuple:
    """Which layers slide: `{arch}.attention.sliding_window_pattern` (one flag a layer, or every how many layers one
    is full) where the file has it, else what llama.cpp assumes of the architecture (Gemma 2 alternates from a
    sliding first layer, Gemma 3 has one full layer in 6), else every layer (Mistral)."""
    pattern = g.metadata.get(f"{g.architecture}.attention.sliding_window_pattern")
    if pattern is None:
        pattern = {"gemma2": 2, "gemma3": 6}.get(g.architecture)
    if pattern is None:
        return ()
    if isinstance(pattern, list):
        if len(pattern) != n_layer:
            raise WeightsError(f"{g.path}: {g.architecture}.attention.sliding_window_pattern has {len(pattern)} "
                               f"flags for {n_layer} layers")
        return tuple("sliding_attention" if flag else "full_attention" for flag in pattern)
    every = int(pattern)
    return tuple("full_attention" if (i + 1) % every == 0 else "sliding_attention" for i in range(n_layer))


# Gemma 2/3 scale q.k by 1 / sqrt(query_pre_attn_scalar), which a GGUF does not store: llama.cpp takes the head dim,
# except for the 27B models (by their layer count), whose scalar is dim / heads
_GEMMA_27B_LAYERS = {"gemma2": 46, "gemma3": 62}


def _attention_scale(g: GGUFFile, n_layer: int, dim: int, heads: int, head_dim: int) -> float | None:
    """The q.k scale where it is not 1 / sqrt(head_dim): `{arch}.attention.scale` if the file has it (Granite's
    attention_multiplier), else Gemma 27B's (see _GEMMA_27B_LAYERS); None for the default."""
    stored = g.metadata.get(f"{g.architecture}.attention.scale")
    if stored is not None:
        return float(stored)
    if _GEMMA_27B_LAYERS.get(g.architecture) == n_layer:
        return (dim / heads) ** -0.5
    return None


def _holds(g: GGUFFile, name: str) -> bool:
    """Whether the file has weight `name`: a tensor, or the parts of one in minic's own formats."""
    from minic.quant.gguf_io import FORMAT_KEY
    return name in g.tensors or FORMAT_KEY + name in g.metadata


def _float_or_none(x) -> float | None:
    return None if x is None else float(x)


def _missing(g: GGUFFile, key: str):
    raise WeightsError(f"{g.path}: metadata {g.architecture}.{key} is missing and there is no tokenizer to count")


def _int_or_none(x) -> int | None:
    return None if x is None else int(x)


def hf_name(gguf_name: str, arch: str = "llama") -> str | None:
    """The Hugging Face name of a llama.cpp tensor name (None for tensors the model does not take); Phi-3's
    `ffn_up` holds the gate and up rows together."""
    if gguf_name in _GLOBAL_NAMES:
        return _GLOBAL_NAMES[gguf_name]
    parts = gguf_name.split(".", 2)
    if len(parts) == 3 and parts[0] == "blk" and arch in _SANDWICH and parts[2] in _SANDWICH_NAMES:
        return f"layers.{parts[1]}.{_SANDWICH_NAMES[parts[2]]}"
    if len(parts) == 3 and parts[0] == "blk" and parts[2] in _LAYER_NAMES:
        local = "mlp.gate_up_proj.weight" if arch == "phi3" and parts[2] == "ffn_up.weight" else _LAYER_NAMES[parts[2]]
        return f"layers.{parts[1]}.{local}"
    return None


def gguf_name(hf: str, arch: str = "llama") -> str:
    """llama.cpp's name of a model parameter (`hf_name`'s inverse); Phi-3 keeps its fused q/k/v and gate/up
    matrices (`attn_qkv`, `ffn_up`)."""
    glob = {v: k for k, v in _GLOBAL_NAMES.items()}
    if hf in glob:
        return glob[hf]
    _, layer, local = hf.split(".", 2)
    names = {v: k for k, v in _LAYER_NAMES.items()} | {"mlp.gate_up_proj.weight": "ffn_up.weight"}
    if arch in _SANDWICH:
        names |= {v: k for k, v in _SANDWICH_NAMES.items()}
    return f"blk.{layer}.{names[local]}"


def _dequant(g: GGUFFile, name: str) -> np.ndarray:
    """One tensor as float32 in its logical shape ([out, in] for a matrix)."""
    import gguf
    t = g.tensors[name]
    _check_type(g, t)
    return np.asarray(gguf.quants.dequantize(t.data, t.tensor_type), dtype=np.float32)


def _check_type(g: GGUFFile, t) -> None:
    if t.tensor_type.name not in TENSOR_TYPES:
        raise WeightsError(f"{g.path}: tensor {t.name!r} is stored as {t.tensor_type.name}, which minic does not "
                           f"read (supported: {', '.join(TENSOR_TYPES)})")


def _packed(t) -> bool:
    """Whether a tensor stays packed: a matrix of a type minic.quant has a format for."""
    return len(t.shape) == 2 and t.tensor_type.name in _packed_types()


def _packed_types() -> set:
    """GGUF's names of the tensor types minic.quant has a format for."""
    from minic import quant
    return {f.gguf_type.name for f in quant.FORMATS.values() if f.gguf_type is not None}


def _weight(g: GGUFFile, name: str, device: str):
    """A matrix minic.quant has a format for, packed on `device` (a QuantizedWeight); anything else float32."""
    from minic import quant
    t = g.tensors[name]
    _check_type(g, t)
    return quant.load_gguf_tensor(t, device) if _packed(t) else _dequant(g, name)


def _shard(g: GGUFFile, name: str, hf: str, full: tuple, tp, device: str):
    """This rank's piece of tensor `name` (model name `hf`, full shape `full`) under LLAMA_PLAN, sliced from the
    memory-mapped file before anything is copied: whole rows for a split of the outputs or the vocabulary (any
    storage type), whole blocks of every row for a split of the inputs (o_proj, down_proj). Packed like
    `_weight`, except the embedding: a vocab-parallel lookup (TensorParallel.embed) reads a dense table."""
    import gguf

    from minic.dist.megatron import LLAMA_PLAN
    from minic.quant.gguf_io import gguf_weight, logical_shape
    t = g.tensors[name]
    _check_type(g, t)
    shape = logical_shape(t)
    if shape != full:
        raise WeightsError(f"{g.path}: tensor {name!r} has shape {shape}, expected {full}")
    split = LLAMA_PLAN.split(hf)
    if split is None:
        return _weight(g, name, device)
    local = split.local_shape(shape, tp.size)
    block, size = (1, 1) if t.data.shape[-1] == shape[-1] else gguf.GGML_QUANT_SIZES[t.tensor_type]
    if local[-1] % block:
        raise WeightsError(f"{g.path}: --tp {tp.size} splits {name!r} ({t.tensor_type.name}, {shape[-1]} inputs) "
                           f"into {local[-1]} inputs a rank, which cuts the {block}-value blocks of "
                           f"{t.tensor_type.name}: use a --tp that leaves a multiple of {block}, or a checkpoint "
                           f"in F32, F16 or BF16")

    def read(index: tuple) -> np.ndarray:  # a logical slice -> the stored rows and bytes it covers
        *rows, cols = index
        if cols.start is not None:
            cols = slice(cols.start // block * size, cols.stop // block * size)
        return t.data[(*rows, cols)]

    data = np.ascontiguousarray(split.piece(read, shape, tp.rank, tp.size, hf))
    if hf == "embed_tokens.weight" or not _packed(t):
        return np.asarray(gguf.quants.dequantize(data, t.tensor_type), dtype=np.float32).reshape(local)
    return gguf_weight(name, t.tensor_type, local, data, device)


def _warn_widened(g: GGUFFile, tensors: dict) -> None:
    """Say when matrices load as float32 because minic.quant has no packed format for their type (Q2_K, Q3_K,
    the IQ types, BF16): the model then takes several times the file's size in memory, and nothing else would
    tell the user why."""
    import warnings
    wide = [t for t in tensors.values() if len(t.shape) == 2 and not _packed(t)
            and t.tensor_type.name in TENSOR_TYPES and t.tensor_type.name != "F32"]  # unreadable types are refused
    if wide:
        stored = sum(int(t.n_bytes) for t in wide)
        loaded = sum(int(t.n_elements) * 4 for t in wide)
        kinds = ", ".join(sorted({t.tensor_type.name for t in wide}))
        warnings.warn(f"{g.path.name}: {len(wide)} matrices stored as {kinds} have no packed format in minic.quant "
                      f"and load as float32: {loaded / 2**20:.1f} MiB instead of {stored / 2**20:.1f} MiB "
                      f"(formats that stay packed: {', '.join(sorted(_packed_types()))})", stacklevel=3)


def llama_params(g: GGUFFile, cfg: LlamaConfig, device: str, tp=None) -> dict:
    """Every parameter the model takes, under its Hugging Face name, checked against the config's shapes:
    matrices packed on `device` (see `_weight`), vectors as float32 arrays. With `tp` of several ranks, only
    this rank's pieces (minic.dist.megatron.LLAMA_PLAN, see `_shard`)."""
    sharded = tp is not None and tp.size > 1
    if sharded and (g.architecture == "phi3" or "blk.0.attn_qkv.weight" in g.tensors):
        raise WeightsError(f"{g.path}: --tp does not split fused projections (attn_qkv, Phi-3's ffn_up); run it "
                           f"on one rank")
    from minic.quant.gguf_io import minic_format_weights
    shapes = param_shapes(cfg)
    tensors = dict(g.tensors)
    own = minic_format_weights(g.metadata, tensors, device)  # minic's formats GGUF has no type for (`minic quantize`)
    _warn_widened(g, tensors)
    if own and sharded:
        raise WeightsError(f"{g.path}: --tp does not split minic's own formats ({', '.join(sorted(own))[:80]}...); "
                           f"run it on one rank or quantize to a GGUF type")
    odd = [name for name in own if hf_name(name, g.architecture) is None]
    if odd:
        raise WeightsError(f"{g.path}: unexpected tensor {odd[0]!r} for a {g.architecture} model")
    named = {hf_name(name, g.architecture): w for name, w in own.items()}
    for name in progress(list(tensors), g.path.name):
        if name == "rope_freqs.weight" or name in LONGROPE_TENSORS:  # read into the config (its RoPE frequencies)
            continue
        hf = hf_name(name, g.architecture)
        if hf is None or (sharded and hf not in shapes):
            raise WeightsError(f"{g.path}: unexpected tensor {name!r} for a {g.architecture} model")
        named[hf] = _shard(g, name, hf, shapes[hf], tp, device) if sharded else _weight(g, name, device)
    if sharded:
        from minic.dist.megatron import LLAMA_PLAN
        shapes = LLAMA_PLAN.local_shapes(shapes, tp.size)
    return match_params(named if sharded else split_fused(named, cfg), shapes, str(g.path),
                        f"{cfg.n_layer}-layer {g.architecture} model")


def gpt2_config(g: GGUFFile):
    """A `gpt2` file's models/gpt2.py GPT2Config (llama.cpp's keys; its MLP is 4 x the width)."""
    from models.gpt2 import GPT2Config
    md = g.metadata

    def get(key: str):
        if f"gpt2.{key}" not in md:
            raise WeightsError(f"{g.path}: metadata gpt2.{key} is missing")
        return md[f"gpt2.{key}"]
    dim = int(get("embedding_length"))
    if int(md.get("gpt2.feed_forward_length", 4 * dim)) != 4 * dim:
        raise WeightsError(f"{g.path}: GPT-2's MLP is 4 x {dim} wide, the file says {md['gpt2.feed_forward_length']}")
    tokens = md.get("tokenizer.ggml.tokens")
    eos = md.get("tokenizer.ggml.eos_token_id", 50256)
    return GPT2Config(n_layer=int(get("block_count")), n_head=int(get("attention.head_count")), n_embd=dim,
                      vocab_size=int(md.get("gpt2.vocab_size", len(tokens) if tokens else 0)) or
                      _missing(g, "vocab_size"), n_positions=int(get("context_length")),
                      layer_norm_epsilon=float(get("attention.layer_norm_epsilon")), eos_token_id=int(eos))


def gpt2_params(g: GGUFFile, cfg, device: str) -> dict:
    """Every GPT-2 parameter under its Hugging Face name: the embedding and each layer's four linears packed as the
    file stores them (QuantizedWeight, the linears [out, in]: models/gpt2.py reads their dequant lazily, fused into
    the products), the position table and the vectors as float32 arrays (a linear of a type minic does not keep
    packed comes as a float array in GPT-2's [in, out])."""
    from minic.quant import QuantizedWeight
    from minic.quant.gguf_io import minic_format_weights
    from models.gguf_writer import gpt2_gguf_name
    from models.gpt2 import CONV1D, param_shapes
    from models.weights import match_params
    shapes = param_shapes(cfg)
    names = {gpt2_gguf_name(k): k for k in shapes}
    tensors = dict(g.tensors)
    own = minic_format_weights(g.metadata, tensors, device)  # minic's formats GGUF has no type for
    named = {}
    for name in [*tensors, *own]:
        if name == "output.weight":  # a tied head some converters store: GPT-2's head reads the embedding
            if not np.array_equal(_dequant(g, name), _dequant(g, "token_embd.weight")):
                raise WeightsError(f"{g.path}: output.weight differs from token_embd.weight, but GPT-2's head is "
                                   f"its embedding (minic runs a tied GPT-2 only)")
            continue
        if name not in names:
            raise WeightsError(f"{g.path}: unexpected tensor {name!r} for a gpt2 model")
        hf = names[name]
        w = own[name] if name in own else _weight(g, name, device)
        if isinstance(w, QuantizedWeight) and (hf == "wpe.weight" or len(shapes[hf]) == 1):
            w = w.numpy().reshape(shapes[hf])
        elif not isinstance(w, QuantizedWeight) and hf.endswith(CONV1D):
            w = np.ascontiguousarray(w.T)
        named[hf] = w
    stored = {k: s[::-1] if k.endswith(CONV1D) and isinstance(named.get(k), QuantizedWeight) else s
              for k, s in shapes.items()}
    return match_params(named, stored, str(g.path), f"{cfg.n_layer}-layer gpt2 model")
