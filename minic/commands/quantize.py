"""`minic quantize --format FMT SRC DST`: a checkpoint's weights into a quantization format, written as GGUF.

SRC is a Hugging Face directory (config.json + model.safetensors, sharded safetensors or pytorch_model.bin: GPT-2,
LLaMA and the like) or a GGUF file (known by its magic bytes, whatever its name; tensors of any type the gguf
package reads, BF16 and the IQ types included, are dequantized first). Every 2-D weight becomes FMT, stored [out,
in] (GGUF's order for a linear layer: GPT-2's Conv1D weights, kept [in, out] by Hugging Face, are transposed); 1-D
tensors (norms, biases) and the position embedding stay float32. A directory is written as llama.cpp's converter
lays it out (models/gguf_writer.py: its metadata, tensor names and tokenizer), so llama.cpp, transformers and `minic
generate` read it; from a GGUF file, names and metadata are copied.
GGUF's own types are written as GGUF writes them; int8, q4g32, q4g128 and nf4 are one tensor per part (see
minic/quant/gguf_io.py). A weight whose input dim is not a multiple of the format's block is refused, naming it,
unless `--fallback FMT2` names a format for such weights (what llama.cpp does for K-quants on rows that are not a
multiple of 256, such as SmolLM2's 576 or Qwen2-0.5B's 896: Q4_K falls back to Q5_0 there, Q2_K/Q3_K to IQ4_NL).
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

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


def run(args: argparse.Namespace) -> int:
    import gguf
    import numpy as np

    from minic.errors import MinicError
    from minic.quant import get_format
    from minic.quant.gguf_io import load_gguf_weights, open_gguf

    fmt = get_format(args.format)
    fallback = get_format(args.fallback) if args.fallback else None
    src = Path(args.src)
    _check_destination(src, Path(args.dst))
    if not src.is_file():
        return _write_directory(args, fmt, fallback)
    if not _is_gguf(src):
        raise MinicError(f"{src} is a file but not a GGUF file (it does not start with the bytes 'GGUF'): SRC is a "
                         f"Hugging Face weights directory or a GGUF file")
    reader = open_gguf(src)
    arch = _gguf_arch(reader)
    tensors = {k: v if isinstance(v, np.ndarray) else v.numpy() for k, v in load_gguf_weights(reader).items()}
    writer = gguf.GGUFWriter(args.dst, arch)
    _copy_metadata(reader, writer)
    return _write_tensors(writer, args.dst, arch, tensors, fmt, fallback)


def _check_destination(src: Path, dst: Path) -> None:
    """Refuse, before any work, a destination that cannot be written or that is the source itself (its tensors
    are read from a memory map of the file the writer would truncate)."""
    from minic.errors import MinicError
    if dst.is_dir():
        raise MinicError(f"DST {dst} is a directory: give the path of the .gguf file to write")
    if not dst.parent.is_dir():
        raise MinicError(f"DST {dst}: its folder {dst.parent} does not exist")
    if dst.exists() and src.exists() and os.path.samefile(src, dst):
        raise MinicError(f"DST {dst} is SRC itself: the file would be overwritten while it is read; write another "
                         f"file")


def _is_gguf(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == b"GGUF"


def _write_directory(args: argparse.Namespace, fmt, fallback) -> int:
    """A Hugging Face directory in llama.cpp's layout (models/gguf_writer.py), read as `minic generate` reads it
    (models/families.py `load_checkpoint`: the config and every tensor checked first, so a bad checkpoint is
    refused before anything is written), so llama.cpp and transformers read the file, and minic runs it with its
    tokenizer and chat template."""
    import gguf

    from models.families import load_checkpoint
    from models.gguf_writer import (
        gguf_arch,
        gpt2_tensors,
        llama_tensors,
        write_gpt2_metadata,
        write_gpt2_tokenizer,
        write_llama_metadata,
        write_tokenizer,
    )
    from models.weights import read_config
    path = Path(args.src)
    ck = load_checkpoint(str(path))
    if ck.family == "gpt2":
        arch, tensors = "gpt2", gpt2_tensors(ck.params)
        writer = gguf.GGUFWriter(args.dst, arch)
        write_gpt2_metadata(writer, ck.cfg)
        note = write_gpt2_tokenizer(writer, path, ck.cfg.vocab_size)
    else:
        arch = gguf_arch(read_config(path)["model_type"])
        tensors = llama_tensors(ck.params, ck.cfg, arch)
        writer = gguf.GGUFWriter(args.dst, arch)
        write_llama_metadata(writer, ck.cfg, arch)
        note = write_tokenizer(writer, path, ck.cfg.vocab_size)
    code = _write_tensors(writer, args.dst, arch, tensors, fmt, fallback)
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
    misfits = sorted((k for k, a in tensors.items() if np.ndim(a) == 2 and k not in KEEP_FLOAT and fmt.block and
                      np.shape(a)[1] % fmt.block_size(np.shape(a)[1])), key=_listing_order(list(tensors)))
    if misfits and fallback is None:  # every such weight named at once, before the file is opened
        raise MinicError(f"{len(misfits)} weights have an input dim that is not a multiple of the block size "
                         f"{fmt.block} of {fmt.name}: {', '.join(misfits[:8])}{', ...' if len(misfits) > 8 else ''} "
                         f"(pass --fallback FMT for them, e.g. q5_0 or q8_0)")
    _describe(writer, fmt)
    before = 0
    for name, a in tensors.items():
        a = np.asarray(a, dtype=np.float32)
        before += a.size * 4
        if a.ndim != 2 or name in KEEP_FLOAT:
            writer.add_tensor(name, a)
            continue
        try:
            w = quantize(a, fallback if name in misfits else fmt)
        except MinicError as e:
            raise MinicError(f"{name}: {e}") from None
        add_weight(writer, name, w)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    print(f"wrote {dst}: {len(tensors)} tensors of a {arch} checkpoint, 2-D weights as {fmt.name} "
          f"({fmt.bits_per_weight():.2f} bits/weight); {before / 2**20:.1f} MiB float32 -> a file of "
          f"{os.path.getsize(dst) / 2**20:.1f} MiB")
    if misfits:
        print(f"{len(misfits)} weights whose input dim is not a multiple of {fmt.block} as {fallback.name}: "
              f"{', '.join(misfits[:4])}{', ...' if len(misfits) > 4 else ''}")
    return 0


def _listing_order(names: list):
    """A sort key naming weights layer by layer (each layer's in the model's order), the others after them."""
    def key(name: str) -> tuple:
        parts = name.split(".")
        layer = int(parts[1]) if parts[0] in ("blk", "h", "layers") and parts[1].isdigit() else None
        return (layer is None, layer or 0, names.index(name))
    return key


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
