"""A Hugging Face LLaMA-family or GPT-2 checkpoint in llama.cpp's GGUF layout: what `minic quantize` writes from a
directory.

The file is the one llama.cpp's converter would write, so llama.cpp, transformers and minic read it alike:
`{arch}.*` metadata from the config (layers, widths, RoPE and its scaling, windows, soft caps, Granite's scales),
tensors under llama.cpp's names (models/gguf_loader.py `gguf_name`), q/k rows permuted for the `llama`, `granite`
and `smollm3` architectures (llama.cpp rotates adjacent pairs), Gemma's norm gains as 1 + w, and the tokenizer:
a byte-level BPE tokenizer.json as GGUF's `gpt2` vocabulary (tokens, types, merges, pre-tokenizer name), every
tokenizer.json also whole under `minic.tokenizer_json` (minic reads that one back exactly, SentencePiece ones
included), the chat template and the special ids. What GGUF cannot say (LLaMA 3.1's llama3 RoPE becomes
`rope_freqs.weight`, as llama.cpp's converter writes it; dynamic NTK runs within its pretrained length) is said
the way llama.cpp says it, or refused with the reason.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from minic.errors import MinicError
from models.gguf_loader import GGUF_ARCHITECTURES, LONGROPE_TENSORS, NO_ROPE_EVERY, gguf_name
from models.hf_tokenizer import PRE_SPLITS
from models.llama import FUSED, LlamaConfig, rope_attention_factor, rope_inv_freq

# config.json model_type -> general.architecture
GGUF_ARCH = {"llama": "llama", "mistral": "llama", "qwen2": "qwen2", "qwen3": "qwen3", "gemma": "gemma",
             "gemma2": "gemma2", "gemma3_text": "gemma3", "phi3": "phi3", "granite": "granite", "smollm3": "smollm3"}
CONTROL, USER_DEFINED, NORMAL = 3, 4, 1  # llama.cpp's token types


def gguf_arch(model_type: str) -> str:
    if model_type not in GGUF_ARCH:
        raise MinicError(f"model_type {model_type!r} has no GGUF architecture minic writes (it writes "
                         f"{', '.join(GGUF_ARCH)})")
    return GGUF_ARCH[model_type]


def llama_tensors(params: dict, cfg: LlamaConfig, arch: str) -> dict[str, np.ndarray]:
    """A checkpoint's parameters as models/families.py `load_checkpoint` gives them (checked against the config;
    Gemma's gains already 1 + w, as GGUF stores them; Phi-3's fused matrices split) under llama.cpp's names, as its
    converter stores them: q/k rows permuted where the architecture rotates adjacent pairs, Phi-3's q/k/v and
    gate/up fused again (`attn_qkv`, `ffn_up`); plus the RoPE tensors the config's scaling needs (rope_tensors)."""
    params = dict(params)
    if arch == "phi3":
        for i in range(cfg.n_layer):
            for fused, parts in FUSED.items():
                params[f"layers.{i}.{fused}"] = np.concatenate([params.pop(f"layers.{i}.{q}") for q in parts])
    out = {}
    for name, a in params.items():
        a = np.asarray(a, dtype=np.float32)
        if GGUF_ARCHITECTURES[arch] and name.endswith(("self_attn.q_proj.weight", "self_attn.k_proj.weight",
                                                       "self_attn.q_proj.bias", "self_attn.k_proj.bias")):
            heads = cfg.n_head if "q_proj" in name else cfg.n_kv_head
            a = a.reshape(heads, 2, a.shape[0] // heads // 2, *a.shape[1:]).swapaxes(1, 2).reshape(a.shape)
        out[gguf_name(name, arch)] = a
    return out | rope_tensors(cfg)


def rope_tensors(cfg: LlamaConfig) -> dict[str, np.ndarray]:
    """llama3 scaling as each pair's frequency divisor (`rope_freqs.weight`), LongRoPE's short and long factors."""
    if cfg.rope_type == "llama3":
        d = cfg.head_dim
        base = 1.0 / cfg.rope_theta ** (np.arange(0, d, 2, dtype=np.float64) / d)
        return {"rope_freqs.weight": (base / rope_inv_freq(cfg).astype(np.float64)).astype(np.float32)}
    if cfg.rope_type == "longrope":
        s = cfg.rope_scaling
        return {LONGROPE_TENSORS[0]: np.float32(s["short_factor"]), LONGROPE_TENSORS[1]: np.float32(s["long_factor"])}
    return {}


def write_llama_metadata(w, cfg: LlamaConfig, arch: str) -> None:
    """The `{arch}.*` keys models/gguf_loader.py `llama_config` (and llama.cpp) read back into `cfg`."""
    every = NO_ROPE_EVERY.get(arch)
    rotating = [cfg.rotates(i) for i in range(cfg.n_layer)]
    if rotating != [not every or (i + 1) % every != 0 for i in range(cfg.n_layer)]:
        raise MinicError(f"the layers without RoPE ({[i for i, r in enumerate(rotating) if not r]}) are not what a "
                         f"GGUF file of architecture {arch!r} implies" + (f" (every {every}th)" if every else ""))
    w.add_block_count(cfg.n_layer)
    w.add_context_length(cfg.context if cfg.rope_type == "dynamic" else cfg.n_positions)
    w.add_embedding_length(cfg.dim)
    w.add_feed_forward_length(cfg.ffn_dim)
    w.add_head_count(cfg.n_head)
    w.add_head_count_kv(cfg.n_kv_head)
    w.add_key_length(cfg.head_dim)
    w.add_value_length(cfg.head_dim)
    w.add_rope_dimension_count(cfg.head_dim)
    w.add_rope_freq_base(cfg.rope_theta)
    w.add_layer_norm_rms_eps(cfg.rms_eps)
    w.add_vocab_size(cfg.vocab_size)
    _write_rope_scaling(w, cfg)
    if cfg.sliding_rope_theta is not None:
        w.add_rope_freq_base_swa(cfg.sliding_rope_theta)
    if cfg.sliding_window is not None:
        w.add_sliding_window(cfg.sliding_window)
        if cfg.layer_types:
            w.add_sliding_window_pattern([t == "sliding_attention" for t in cfg.layer_types])
    if cfg.attn_softcap is not None:
        w.add_attn_logit_softcapping(cfg.attn_softcap)
    if cfg.final_softcap is not None:
        w.add_final_logit_softcapping(cfg.final_softcap)
    if cfg.attention_scale is not None:
        w.add_attention_scale(cfg.attention_scale)
    if not arch.startswith("gemma") and cfg.embed_scale != 1.0:
        w.add_embedding_scale(cfg.embed_scale)
    if cfg.residual_scale != 1.0:
        w.add_residual_scale(cfg.residual_scale)
    if cfg.logit_scale != 1.0:
        w.add_logit_scale(cfg.logit_scale)
    for key, value in (("bos", cfg.bos_token_id), ("eos", cfg.eos_token_id)):
        if value is not None:
            getattr(w, f"add_{key}_token_id")(value)


def _write_rope_scaling(w, cfg: LlamaConfig) -> None:
    import gguf
    s, kind = cfg.rope_scaling, cfg.rope_type
    if kind in ("linear", "yarn"):
        extra = sorted(set(s) - {"rope_type", "type", "factor", "original_max_position_embeddings"})
        if extra:
            raise MinicError(f"rope_scaling {kind} with {', '.join(extra)}: GGUF keys minic reads back have no place "
                             f"for them")
        w.add_rope_scaling_type(gguf.RopeScalingType(kind))
        w.add_rope_scaling_factor(float(s["factor"]))
        if kind == "yarn":
            w.add_rope_scaling_orig_ctx_len(int(s["original_max_position_embeddings"]))
    elif kind == "longrope":
        w.add_rope_scaling_orig_ctx_len(int(s["original_max_position_embeddings"]))
        w.add_rope_scaling_attn_factors(rope_attention_factor(cfg))


def write_tokenizer(w, folder: Path, vocab_size: int) -> str:
    """The directory's tokenizer into the GGUF: the chat template, whole tokenizer.json under
    `minic.tokenizer_json`, and a byte-level BPE one as GGUF's `gpt2` vocabulary, padded to the model's
    vocabulary; returns what other GGUF readers miss ("" when nothing)."""
    conf_file = folder / "tokenizer_config.json"
    conf = json.loads(conf_file.read_text()) if conf_file.exists() else {}
    jinja = folder / "chat_template.jinja"
    template = jinja.read_text() if jinja.exists() else conf.get("chat_template")
    if isinstance(template, str):
        w.add_chat_template(template)
    if "add_bos_token" in conf:
        w.add_add_bos_token(bool(conf["add_bos_token"]))
    tj = folder / "tokenizer.json"
    if not tj.exists():
        return f"{folder} has no tokenizer.json: the GGUF has no tokenizer (pass --prompt-ids to run it)"
    text = tj.read_text()
    w.add_string("minic.tokenizer_json", text)
    data = json.loads(text)
    model = data.get("model", {})
    ids = dict(model.get("vocab") or {})
    types = {i: NORMAL for i in ids.values()}
    for added in data.get("added_tokens", []):
        ids[added["content"]] = added["id"]
        types[added["id"]] = CONTROL if added.get("special") else USER_DEFINED
    eos = conf.get("eos_token")
    eos = eos.get("content") if isinstance(eos, dict) else eos
    if eos in ids:  # the token a chat reply ends with (Qwen's and SmolLM's <|im_end|>)
        w.add_eot_token_id(ids[eos])
    if model.get("type") != "BPE" or "ByteLevel" not in json.dumps(data.get("pre_tokenizer")):
        return ("its tokenizer is not byte-level BPE: GGUF's own tokenizer keys are left out (minic reads "
                "minic.tokenizer_json; llama.cpp needs the vocabulary its converter writes)")
    by_id = {i: t for t, i in ids.items()}
    size = max(vocab_size, max(by_id) + 1)
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre(_pre_name(data))
    w.add_token_list([by_id.get(i, f"[PAD{i}]") for i in range(size)])
    w.add_token_types([types.get(i, USER_DEFINED) for i in range(size)])
    w.add_token_merges([m if isinstance(m, str) else " ".join(m) for m in model.get("merges", [])])
    return ""


def _pre_name(data: dict) -> str:
    """tokenizer.ggml.pre: the name of the split pattern the tokenizer's pre-tokenizer uses (PRE_SPLITS), else
    llama.cpp's name of GPT-2's ("gpt-2"; a pattern of its own is kept only in minic.tokenizer_json)."""
    found = json.dumps(data.get("pre_tokenizer"))
    for name, pattern in PRE_SPLITS.items():
        if json.dumps(pattern)[1:-1] in found:
            return name
    return "gpt-2"


# GPT-2's parameters (Hugging Face names without `transformer.`) -> llama.cpp's `gpt2` tensor names
GPT2_GLOBAL = {"wte.weight": "token_embd.weight", "wpe.weight": "position_embd.weight",
               "ln_f.weight": "output_norm.weight", "ln_f.bias": "output_norm.bias"}
GPT2_LAYER = {"ln_1": "attn_norm", "attn.c_attn": "attn_qkv", "attn.c_proj": "attn_output", "ln_2": "ffn_norm",
              "mlp.c_fc": "ffn_up", "mlp.c_proj": "ffn_down"}


def gpt2_tensors(params: dict) -> dict[str, np.ndarray]:
    """GPT-2's parameters as `load_checkpoint` gives them (Conv1D weights [in, out]) under llama.cpp's names, its
    linears [out, in] as GGUF stores a linear layer."""
    from models.gpt2 import CONV1D
    return {gpt2_gguf_name(k): np.ascontiguousarray(np.asarray(v).T) if k.endswith(CONV1D) else np.asarray(v)
            for k, v in params.items()}


def gpt2_gguf_name(hf: str) -> str:
    """llama.cpp's name of a GPT-2 parameter (`h.3.mlp.c_fc.weight` -> `blk.3.ffn_up.weight`)."""
    if hf in GPT2_GLOBAL:
        return GPT2_GLOBAL[hf]
    _, layer, rest = hf.split(".", 2)
    module, kind = rest.rsplit(".", 1)
    return f"blk.{layer}.{GPT2_LAYER[module]}.{kind}"


def write_gpt2_metadata(w, cfg) -> None:
    """The `gpt2.*` keys of a models/gpt2.py GPT2Config."""
    w.add_block_count(cfg.n_layer)
    w.add_context_length(cfg.n_positions)
    w.add_embedding_length(cfg.n_embd)
    w.add_feed_forward_length(4 * cfg.n_embd)
    w.add_head_count(cfg.n_head)
    w.add_layer_norm_eps(cfg.layer_norm_epsilon)
    w.add_vocab_size(cfg.vocab_size)
    w.add_eos_token_id(cfg.eos_token_id)
    w.add_bos_token_id(cfg.eos_token_id)


def write_gpt2_tokenizer(w, folder: Path, vocab_size: int) -> str:
    """GPT-2's vocabulary (the directory's vocab.json + merges.txt, else the packaged one) as GGUF's `gpt2`
    tokenizer; returns why it was left out ("" when written)."""
    from models.tokenizer import ENDOFTEXT, find_files
    found = find_files(folder)
    if found is None:
        return f"{folder} has no GPT-2 vocabulary: the GGUF has no tokenizer (pass --prompt-ids to run it)"
    vocab_file, merges_file, _ = found
    ids = json.loads(vocab_file.read_text(encoding="utf-8"))
    if len(ids) > vocab_size:
        return f"its tokenizer has {len(ids)} tokens, more than the model's {vocab_size}: left out of the GGUF"
    by_id = {i: t for t, i in ids.items()}
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("gpt-2")
    w.add_token_list([by_id.get(i, f"[PAD{i}]") for i in range(vocab_size)])
    w.add_token_types([CONTROL if by_id.get(i) in (ENDOFTEXT, None) else NORMAL for i in range(vocab_size)])
    lines = merges_file.read_text(encoding="utf-8").splitlines()
    w.add_token_merges([m for m in lines if m and not m.startswith("#version")])
    return ""
