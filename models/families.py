"""Pick the model family from what a weights path holds, and build the model with its tokenizer and chat template.

  * a `.gguf` file: `general.architecture` in its metadata (gguf_loader.GGUF_ARCHITECTURES) -> models/llama.py;
  * a directory in the Hugging Face layout: config.json's `model_type` (gpt2 -> models/gpt2.py;
    LLAMA_MODEL_TYPES -> models/llama.py), tokenizer.json and tokenizer_config.json's chat template;
  * nothing: the default model (models/default_model.py), fetched on first use;
  * a hub name: fetched as today's GPT-2 path does (models/weights.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from models.tokenizer import TokenizerError
from models.weights import WeightsError

LLAMA_MODEL_TYPES = ("llama", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3_text", "phi3", "granite",
                     "smollm3")
# control tokens that end a chat turn, for a GGUF that names no eot_token_id (Gemma's files end a turn with
# <end_of_turn> while their eos is <eos>): generation stops at any of them the vocabulary has, as llama.cpp's does
END_OF_TURN_TOKENS = ("<end_of_turn>", "<|eot_id|>", "<|im_end|>", "<|end|>", "<|eom_id|>")
CONTROL_TOKEN = 3  # llama.cpp's token type of a control token


@dataclass
class Checkpoint:
    """What a weights path holds, before a model is built: the family, its config and parameters."""
    family: str  # "gpt2" or "llama"
    cfg: object
    params: dict
    source: Path
    device: str  # quantized weights are loaded onto it; the model runs there
    tokenizer: object | None = None  # None when the checkpoint has none (then only --prompt-ids works)
    tokenizer_error: str = ""
    chat_template: str | None = None
    special_tokens: dict = field(default_factory=dict)  # bos_token / eos_token strings for the chat template
    tp: object = None  # a minic.dist.megatron.TensorParallel: `params` are this rank's shards
    turn_end_id: int | None = None  # the token that ends a chat reply, when it is not the config's eos
    generation_stop_ids: tuple = ()  # generation_config.json's eos_token_id (LLaMA 3 instruct lists three)

    @property
    def n_positions(self) -> int:
        """The longest context the model runs (a LongRoPE model's is capped at its pretrained length)."""
        return getattr(self.cfg, "context", self.cfg.n_positions)

    @property
    def eos_id(self) -> int | None:
        """The id generation stops at: the end of a chat turn where the checkpoint names one (LLaMA 3's
        <|eot_id|>, Qwen's <|im_end|>: the tokenizer's eos_token, a GGUF's eot_token_id), else the config's eos."""
        eos = self.turn_end_id if self.turn_end_id is not None else self.cfg.eos_token_id
        return eos if eos is not None and 0 <= eos < self.cfg.vocab_size else None  # tiny test vocabs have none

    @property
    def stop_ids(self) -> frozenset:
        """Every id that ends generation: the end of a chat turn (eos_id), each end-of-sequence id the config
        lists (LLaMA 3.1: <|end_of_text|>, <|eom_id|>, <|eot_id|>) and generation_config.json's. A model that ends
        a reply with any of them stops there, whichever one the chat template names."""
        ids = {self.eos_id, self.cfg.eos_token_id, *getattr(self.cfg, "eos_token_ids", ()), *self.generation_stop_ids}
        return frozenset(i for i in ids if i is not None and 0 <= i < self.cfg.vocab_size)

    def build(self, dtype: str = "float32", max_ctx: int | None = None):
        """The model on the checkpoint's device (a KV cache of max_ctx positions, default the model's)."""
        if self.family == "gpt2":
            from models.gpt2 import GPT2
            return GPT2(self.cfg, self.params, device=self.device, dtype=dtype, max_ctx=max_ctx, tp=self.tp)
        from models.llama import Llama
        return Llama(self.cfg, self.params, device=self.device, dtype=dtype, max_ctx=max_ctx, tp=self.tp)


def load_checkpoint(weights: str | None, device: str | None = None, tp=None) -> Checkpoint:
    """The checkpoint at `weights` (a .gguf file, a directory, a hub name), or the default model for None, for
    a model on `device` (default LLVM); with `tp` (a TensorParallel of several ranks) only this rank's shards
    are read, from safetensors or GGUF."""
    from minic.runtime.registry import canonical
    device = canonical(device) if device else "LLVM"
    if weights is None:
        from models.default_model import default_weights
        return load_gguf(default_weights(), device, tp)
    path = Path(weights).expanduser()
    if path.is_file() or path.suffix == ".gguf":
        return load_gguf(path, device, tp)
    from models.weights import read_config, resolve
    path = resolve(weights)
    model_type = read_config(path).get("model_type")
    if model_type == "gpt2":
        return _load_gpt2(path, device, tp)
    if model_type in LLAMA_MODEL_TYPES:
        return _load_hf_llama(path, device, tp)
    raise WeightsError(f"{path / 'config.json'}: model_type {model_type!r} is not supported "
                       f"(minic runs gpt2, {', '.join(LLAMA_MODEL_TYPES)})")


def load_gguf(path: Path, device: str = "LLVM", tp=None) -> Checkpoint:
    """A LLaMA-family GGUF file (with `tp` of several ranks: this rank's shards, models/gguf_loader.py) or a GPT-2
    one."""
    from models.gguf_loader import gpt2_config, gpt2_params, llama_config, llama_params, open_gguf
    from models.hf_tokenizer import from_gguf_metadata, from_tokenizer_json_text
    g = open_gguf(path)
    tp = tp if _sharded(tp) else None
    if g.architecture == "gpt2":
        if tp is not None:
            raise WeightsError(f"{path}: --tp splits GPT-2 from safetensors, not from GGUF; run it on one rank")
        cfg = gpt2_config(g)
        ck = Checkpoint("gpt2", cfg, gpt2_params(g, cfg, device), g.path, device)
    else:
        cfg = llama_config(g)
        ck = Checkpoint("llama", cfg, llama_params(g, cfg, device, tp), g.path, device,
                        chat_template=g.metadata.get("tokenizer.chat_template"), tp=tp)
    kept = g.metadata.get("minic.tokenizer_json")  # the source's tokenizer.json, from `minic quantize`
    try:
        ck.tokenizer = from_tokenizer_json_text(kept, f"{path}'s minic.tokenizer_json") if kept else \
            from_gguf_metadata(g.metadata, str(path))
    except TokenizerError as e:
        ck.tokenizer_error = str(e)
        return ck
    tokens = g.metadata.get("tokenizer.ggml.tokens")
    for name in ("bos", "eos"):
        i = g.metadata.get(f"tokenizer.ggml.{name}_token_id")
        text = ck.tokenizer.tok.id_to_token(int(i)) if i is not None else None
        if text is not None:
            ck.special_tokens[f"{name}_token"] = text
    eot = g.metadata.get("tokenizer.ggml.eot_token_id")
    ck.turn_end_id = int(eot) if eot is not None else None
    if eot is None and tokens:
        ck.generation_stop_ids = end_of_turn_ids(tokens, g.metadata.get("tokenizer.ggml.token_type"))
    return ck


def end_of_turn_ids(tokens: list[str], types: list[int] | None) -> tuple:
    """The ids of the END_OF_TURN_TOKENS a GGUF vocabulary has as control tokens (any type when it lists none)."""
    ends = set(END_OF_TURN_TOKENS)
    return tuple(i for i, t in enumerate(tokens) if t in ends and (types is None or types[i] == CONTROL_TOKEN))


def _sharded(tp) -> bool:
    return tp is not None and tp.size > 1


def _load_gpt2(path: Path, device: str, tp=None) -> Checkpoint:
    from models.gpt2 import param_shapes
    from models.tokenizer import load_tokenizer
    from models.weights import IGNORED_SUFFIXES, gpt2_params, load_config, read_tensors
    cfg = load_config(path)
    if _sharded(tp):
        from minic.dist.megatron import GPT2_PLAN, load_shards
        rename = lambda k: None if k.endswith(IGNORED_SUFFIXES) or k.endswith("lm_head.weight") \
            else k.removeprefix("transformer.")  # noqa: E731 - the head is tied to wte
        params = load_shards(path, param_shapes(cfg), GPT2_PLAN, tp, rename)
    else:
        params = gpt2_params(read_tensors(path), cfg, str(path))
    ck = Checkpoint("gpt2", cfg, params, path, device, tp=tp)
    try:
        ck.tokenizer = load_tokenizer(path)
    except TokenizerError as e:
        ck.tokenizer_error = str(e)
    return ck


def _load_hf_llama(path: Path, device: str, tp=None) -> Checkpoint:
    from models.llama import FUSED, LlamaConfig, hf_params, param_shapes
    from models.weights import match_params, read_config, read_tensors
    hf_config = read_config(path)
    cfg = LlamaConfig.from_hf(hf_config)
    if _sharded(tp):
        from minic.dist.megatron import LLAMA_PLAN, load_shards
        tied = "lm_head.weight" if cfg.tie_embeddings else None
        rename = lambda k: None if k.removeprefix("model.") == tied else k.removeprefix("model.")  # noqa: E731
        if hf_config.get("architectures", [None])[0] == "Phi3ForCausalLM":
            raise WeightsError(f"{path}: --tp does not split Phi-3's fused projections ({', '.join(FUSED)}); "
                               f"run it on one rank")
        params = hf_params(load_shards(path, param_shapes(cfg), LLAMA_PLAN, tp, rename), hf_config, cfg)
        return _hf_llama_extras(Checkpoint("llama", cfg, params, path, device, tp=tp), path)
    named = hf_params({k.removeprefix("model."): v for k, v in read_tensors(path).items()}, hf_config, cfg)
    if cfg.tie_embeddings:
        head = named.pop("lm_head.weight", None)
        if head is not None and not np.array_equal(head, named.get("embed_tokens.weight")):
            raise WeightsError(f"{path}: lm_head.weight differs from embed_tokens.weight, but "
                               f"tie_word_embeddings is true in config.json")
    params = match_params(named, param_shapes(cfg), str(path), f"{cfg.n_layer}-layer LLaMA")
    return _hf_llama_extras(Checkpoint("llama", cfg, params, path, device), path)


def _hf_llama_extras(ck: Checkpoint, path: Path) -> Checkpoint:
    """The tokenizer, chat template and special tokens of a Hugging Face LLaMA-family directory."""
    from models.hf_tokenizer import from_tokenizer_json
    if (path / "tokenizer.json").exists():
        ck.tokenizer = from_tokenizer_json(path / "tokenizer.json")
    else:
        ck.tokenizer_error = f"{path} has no tokenizer.json"
    tc = path / "tokenizer_config.json"
    conf = json.loads(tc.read_text()) if tc.exists() else {}
    jinja = path / "chat_template.jinja"
    ck.chat_template = jinja.read_text() if jinja.exists() else conf.get("chat_template")
    for name in ("bos_token", "eos_token"):
        tok = conf.get(name)
        if tok is not None:
            ck.special_tokens[name] = tok["content"] if isinstance(tok, dict) else tok
    if ck.tokenizer is not None and "eos_token" in ck.special_tokens:  # transformers' tokenizer.eos_token_id
        ck.turn_end_id = ck.tokenizer.token_id(ck.special_tokens["eos_token"])
    gen = path / "generation_config.json"
    if gen.exists():
        ck.generation_stop_ids = _stop_ids(gen)
    return ck


def _stop_ids(gen: Path) -> tuple:
    """generation_config.json's eos_token_id (an id or a list of ids), or a WeightsError saying what is wrong."""
    from models.llama import eos_ids
    try:
        eos = json.loads(gen.read_text()).get("eos_token_id")
    except (json.JSONDecodeError, AttributeError) as e:
        raise WeightsError(f"{gen}: not a JSON object ({e})") from None
    return eos_ids(eos, str(gen))
