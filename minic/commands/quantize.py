"""`minic quantize --format FMT SRC DST`: a checkpoint's weights into a quantization format, written as GGUF.

SRC is a Hugging Face directory (config.json + model.safetensors, sharded safetensors or pytorch_model.bin:
GPT-2, LLaMA and the like) or a .gguf file. Every 2-D weight becomes FMT, stored [out, in] (GGUF's order for a
linear layer: GPT-2's Conv1D weights, kept [in, out] by Hugging Face, are transposed); 1-D tensors (norms,
biases) and the position embedding stay float32. A directory is written as llama.cpp's converter lays it out
(models/gguf_writer.py: its metadata, tensor names and tokenizer), so llama.cpp, transformers and `minic generate`
read it; from a GGUF file, names and metadata are copied.
GGUF's own types are written as GGUF writes them; int8, q4g32, q4g128 and nf4 are one tensor per part (see
minic/quant/gguf_io.py). A weight whose input dim is not a multiple of the format's block is refused, naming it,
unless `--fallback FMT2` names a format for such weights (what llama.cpp does for K-quants on rows that are not a
multiple of 256, such as SmolLM2's 576 or Qwen2-0.5B's 896: Q4_K falls back to Q5_0 there, Q2_K/Q3_K to IQ4_NL).
"""
from __future__ import annotations

import argparse

NAME = "quantize"
HELP = "quantize a GPT-2 / LLaMA checkpoint (HF directory or GGUF) into a format, written as GGUF"
KEEP_FLOAT = ("wpe.weight", "position_embd.weight")  # gathered by position, never a matmul operand: not worth an
#                                                   error budget
# GGUF keys the writer sets itself (or this command, for the new format): copying them would write them twice
WRITER_KEYS = ("GGUF.", "general.architecture", "general.alignment", "minic.quant.", "general.file_type",
               "general.quantization_version")


def add_arguments(r: argparse.ArgumentParser) -> None:
    from minic.quant import FORMATS
    r.add_argument("src", help="a Hugging Face weights directory or a .gguf file")
    r.add_argument("dst", help="the .gguf file to write")
    r.add_argument("--format", required=True, choices=list(FORMATS), help="f32 and f16 convert without quantizing")
    r.add_argument("--fallback", default=None, choices=[f for f in FORMATS if f != "f32"],
                   help="the format of weights whose input dim is not a multiple of --format's block "
                        "(default: such a weight is an error)")
    r.add_argument("--device", default=None, help="where the check dequantizes (default: minic's default)")


def run(args: argparse.Namespace) -> int:
    import gguf
    import numpy as np

    from minic.errors import MinicError
    from minic.quant import get_format
    from minic.quant.gguf_io import load_gguf_weights, open_gguf

    fmt = get_format(args.format)
    fallback = get_format(args.fallback) if args.fallback else None
    if str(args.src).endswith(".gguf"):
        reader = open_gguf(args.src)
        arch = _gguf_arch(reader)
        tensors = {k: v if isinstance(v, np.ndarray) else v.numpy() for k, v in load_gguf_weights(reader).items()}
    else:
        from pathlib import Path

        from models.families import LLAMA_MODEL_TYPES
        from models.weights import read_config, read_tensors
        path = Path(args.src)
        config = read_config(path)
        arch = config.get("model_type", "unknown")
        tensors = {_strip(k, arch): v for k, v in read_tensors(path).items() if not _ignored(k)}
        if arch == "gpt2":
            return _write_gpt2(args, path, config, {k: _gpt2_linear(k, v) for k, v in tensors.items()}, fmt,
                               fallback)
        if arch in LLAMA_MODEL_TYPES:
            return _write_llama(args, path, config, tensors, fmt, fallback)
        raise MinicError(f"{path}: model_type {arch!r} is not one minic quantizes (gpt2, "
                         f"{', '.join(LLAMA_MODEL_TYPES)})")
    writer = gguf.GGUFWriter(args.dst, arch)
    _copy_metadata(reader, writer)
    return _write_tensors(writer, args.dst, arch, tensors, fmt, fallback)


def _write_gpt2(args: argparse.Namespace, path, config: dict, tensors: dict, fmt, fallback) -> int:
    """A GPT-2 directory in llama.cpp's `gpt2` layout (models/gguf_writer.py); the head is the embedding's."""
    import gguf

    from models.gguf_writer import gpt2_gguf_name, write_gpt2_metadata, write_gpt2_tokenizer
    from models.gpt2 import GPT2Config
    cfg = GPT2Config.from_dict(config)
    writer = gguf.GGUFWriter(args.dst, "gpt2")
    write_gpt2_metadata(writer, cfg)
    note = write_gpt2_tokenizer(writer, path, cfg.vocab_size)
    named = {gpt2_gguf_name(k): v for k, v in tensors.items() if k != "lm_head.weight"}
    code = _write_tensors(writer, args.dst, "gpt2", named, fmt, fallback)
    if note:
        print(f"note: {note}")
    return code


def _write_llama(args: argparse.Namespace, path, config: dict, tensors: dict, fmt, fallback) -> int:
    """A LLaMA-family directory in llama.cpp's layout (models/gguf_writer.py), so llama.cpp and transformers read
    it, and `minic generate --weights` runs it with its tokenizer and chat template."""
    import gguf

    from models.gguf_writer import gguf_arch, llama_tensors, write_llama_metadata, write_tokenizer
    from models.llama import LlamaConfig
    cfg = LlamaConfig.from_hf(config)
    arch = gguf_arch(config["model_type"])
    writer = gguf.GGUFWriter(args.dst, arch)
    write_llama_metadata(writer, cfg, arch)
    note = write_tokenizer(writer, path, cfg.vocab_size)
    code = _write_tensors(writer, args.dst, arch, llama_tensors({k.removeprefix("model."): v for k, v in
                                                                 tensors.items()}, cfg, arch), fmt, fallback)
    if note:
        print(f"note: {note}")
    return code


def _write_tensors(writer, dst: str, arch: str, tensors: dict, fmt, fallback) -> int:
    """Every tensor into the open writer, 2-D ones quantized to `fmt` (or `fallback` where fmt's block does not
    divide their input dim), then the file."""
    import numpy as np

    from minic.errors import MinicError
    from minic.quant import quantize
    from minic.quant.gguf_io import add_weight
    _describe(writer, fmt)
    before = after = 0
    fell_back = []
    for name, a in tensors.items():
        a = np.asarray(a, dtype=np.float32)
        before += a.size * 4
        if a.ndim != 2 or name in KEEP_FLOAT:
            writer.add_tensor(name, a)
            after += a.nbytes
            continue
        try:
            w = quantize(a, fmt if fallback is None or a.shape[1] % fmt.block_size(a.shape[1]) == 0 else fallback)
        except MinicError as e:
            raise MinicError(f"{name}: {e}") from None
        if w.format is not fmt:
            fell_back.append(name)
        add_weight(writer, name, w)
        after += w.nbytes
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    print(f"wrote {dst}: {len(tensors)} tensors of a {arch} checkpoint, 2-D weights as {fmt.name} "
          f"({fmt.bits_per_weight():.2f} bits/weight); {before / 2**20:.1f} MiB float32 -> {after / 2**20:.1f} MiB")
    if fell_back:
        print(f"{len(fell_back)} weights whose input dim is not a multiple of {fmt.block} as {fallback.name}: "
              f"{', '.join(fell_back[:4])}{', ...' if len(fell_back) > 4 else ''}")
    return 0


# GGUF's names for a file whose matrices are mostly of one type (general.file_type: what llama.cpp and model hubs show),
# for the GGUF types minic writes; the K-quants as llama.cpp's "medium" mixes are named
FILE_TYPES = {"f32": "ALL_F32", "f16": "MOSTLY_F16", "q8_0": "MOSTLY_Q8_0", "q4_0": "MOSTLY_Q4_0",
              "q4_1": "MOSTLY_Q4_1", "q5_0": "MOSTLY_Q5_0", "q5_1": "MOSTLY_Q5_1", "q2_k": "MOSTLY_Q2_K",
              "q3_k": "MOSTLY_Q3_K_M", "q4_k": "MOSTLY_Q4_K_M", "q5_k": "MOSTLY_Q5_K_M", "q6_k": "MOSTLY_Q6_K",
              "iq4_nl": "MOSTLY_IQ4_NL", "iq4_xs": "MOSTLY_IQ4_XS"}


def _describe(writer, fmt) -> None:
    """general.file_type and general.quantization_version (2, the block layouts llama.cpp reads), when the format is
    one of GGUF's; minic's own formats (int8, q4g32, q4g128, nf4) name themselves per weight (gguf_io)."""
    import gguf
    if fmt.name in FILE_TYPES:
        writer.add_file_type(gguf.LlamaFileType[FILE_TYPES[fmt.name]])
        writer.add_quantization_version(gguf.GGML_QUANT_VERSION)


def _strip(name: str, arch: str) -> str:
    return name[len("transformer."):] if arch == "gpt2" and name.startswith("transformer.") else name


def _ignored(name: str) -> bool:
    from models.weights import IGNORED_SUFFIXES
    return name.endswith(IGNORED_SUFFIXES)


def _gpt2_linear(name: str, a):
    """GPT-2's Conv1D weights are [in, out]; a quantized linear weight is [out, in]."""
    from models.gpt2 import CONV1D
    if name.endswith(CONV1D):
        return a.T
    return a


def _gguf_arch(reader) -> str:
    field = reader.fields.get("general.architecture")
    return bytes(field.parts[-1]).decode() if field is not None else "unknown"


def _copy_metadata(reader, writer) -> None:
    """Every key of the source file but those the writer sets itself, with its GGUF value type."""
    import gguf
    for key, field in reader.fields.items():
        if key.startswith(WRITER_KEYS):
            continue
        vtype = field.types[0]
        sub = field.types[1] if vtype == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(key, field.contents(), vtype, sub_type=sub)
