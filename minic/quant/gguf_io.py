"""Quantized weights in and out of GGUF files, through the `gguf` package.

GGUF's own types (F32, F16, Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, IQ4_NL, IQ4_XS) are stored
as GGUF stores them, so llama.cpp and every other GGUF reader load them. A format GGUF has no type for (int8, q4g32,
q4g128, nf4) is stored as one plain GGUF tensor per part, named `<weight>.<part>` (uint8 parts as I8 bytes), and the
metadata key `minic.quant.<weight>` names the format; other GGUF tools see those parts as ordinary tensors."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from minic.errors import MinicError
from minic.quant.format import FORMATS, Format, get_format
from minic.quant.gguf_formats import GGUFFormat
from minic.quant.weight import QuantizedWeight

if TYPE_CHECKING:
    import gguf

FORMAT_KEY = "minic.quant."


def gguf_package():
    """The `gguf` package, imported on first use: only reading and writing .gguf files needs it."""
    try:
        import gguf
    except ImportError:
        raise MinicError("reading or writing a GGUF file needs the gguf package: pip install 'minic[llama]'") \
            from None
    return gguf


def open_gguf(path) -> gguf.GGUFReader:
    """gguf's reader for `path`, with a clear error for a file that is not a whole GGUF file."""
    try:
        return gguf_package().GGUFReader(str(path))
    except (ValueError, IndexError, OSError) as e:
        raise MinicError(f"{path} is not a readable GGUF file (truncated or corrupt?): {type(e).__name__}: {e}") \
            from None


def format_of_type(qtype) -> Format:
    for f in FORMATS.values():
        if f.gguf_type == qtype:
            return f
    known = ", ".join(f.gguf_type.name for f in FORMATS.values() if f.gguf_type is not None)
    name = getattr(qtype, "name", qtype)
    raise MinicError(f"GGUF tensor type {name} is not supported: minic reads {known}")


def logical_shape(t) -> tuple:
    """GGUF lists dims fastest first (ne0 = in); minic's weights are [out, in]."""
    return tuple(int(s) for s in reversed(t.shape))


def load_gguf_tensor(t, device: str | None = None) -> QuantizedWeight:
    """A `gguf.ReaderTensor` of a 2-D weight -> QuantizedWeight (1-D F32/F16 tensors come as [1, n])."""
    data = np.asarray(t.data)
    if isinstance(format_of_type(t.tensor_type), GGUFFormat) and data.nbytes != t.n_bytes:
        raise MinicError(f"GGUF tensor {t.name}: {data.nbytes} bytes of data, its type and shape need "
                         f"{t.n_bytes} (a truncated file?)")
    return gguf_weight(t.name, t.tensor_type, logical_shape(t), data, device)


def gguf_weight(name: str, qtype, shape: tuple, data: np.ndarray, device: str | None = None) -> QuantizedWeight:
    """A weight of GGUF type `qtype` and logical `shape` ([out, in]) from its stored array `data`: a whole tensor,
    or a tensor-parallel rank's piece of one (some of its rows, or whole blocks of every row)."""
    fmt = format_of_type(qtype)
    if len(shape) == 1:
        shape = (1, shape[0])
    if len(shape) != 2:
        raise MinicError(f"GGUF tensor {name}: a weight has 1 or 2 dims, this one has shape {list(shape)}")
    fmt.check_shape(shape)
    if isinstance(fmt, GGUFFormat):
        parts = fmt.from_gguf(data.view(np.uint8).reshape(shape[0], -1))
    else:
        parts = {"w": data.reshape(shape[0], 1, shape[1])}
    return QuantizedWeight(fmt, shape, parts, device)


def load_gguf_weights(reader: gguf.GGUFReader, device: str | None = None) -> dict:
    """Every weight of a GGUF file, parts of minic's own formats reassembled: a matrix of a type minic.quant has a
    format for as a QuantizedWeight (its byte count checked), anything else (vectors; BF16 and the IQ types the
    gguf package reads) as numpy float32."""
    by_name = {t.name: t for t in reader.tensors}
    formats = {key: bytes(field.parts[-1]).decode() for key, field in reader.fields.items()
               if key.startswith(FORMAT_KEY)}
    out = minic_format_weights(formats, by_name, device)
    packed = {f.gguf_type for f in FORMATS.values() if f.gguf_type is not None}
    for name, t in by_name.items():
        if len(t.shape) == 2 and t.tensor_type in packed:
            out[name] = load_gguf_tensor(t, device)
            continue
        try:
            data = gguf_package().quants.dequantize(t.data, t.tensor_type)
        except (NotImplementedError, ValueError) as e:
            raise MinicError(f"GGUF tensor {name}: type {t.tensor_type.name} cannot be read ({e})") from None
        out[name] = np.asarray(data, dtype=np.float32).reshape(logical_shape(t))
    return out


def minic_format_weights(metadata: dict, tensors: dict, device: str | None = None) -> dict:
    """The weights stored in minic's own formats (a `minic.quant.<weight>` key in `metadata` names the format, its
    parts are tensors `<weight>.<part>`), reassembled; their part tensors are taken out of `tensors` (name ->
    gguf ReaderTensor), so what is left there is GGUF's own."""
    out: dict = {}
    for key, value in metadata.items():
        if not key.startswith(FORMAT_KEY):
            continue
        name, fmt = key[len(FORMAT_KEY):], get_format(str(value))
        parts = {}
        for p in fmt.parts:
            t = tensors.pop(f"{name}.{p.name}", None)
            if t is None:
                raise MinicError(f"{name}: the file names it {fmt.name} but holds no tensor {name}.{p.name}")
            parts[p.name] = np.asarray(t.data).view(p.dtype)
        lead = parts[fmt.parts[0].name].shape
        cols = lead[1] * fmt.block_size(0) if fmt.block else parts[fmt.parts[0].name].shape[-1]
        out[name] = QuantizedWeight(fmt, (lead[0], cols), parts, device)
    return out


def add_weight(writer: gguf.GGUFWriter, name: str, w: QuantizedWeight) -> None:
    """Write a quantized weight: as its GGUF type when GGUF has one, else one tensor per part."""
    fmt, parts = w.format, w.parts_numpy()
    if isinstance(fmt, GGUFFormat):
        writer.add_tensor(name, fmt.to_gguf(parts), raw_dtype=fmt.gguf_type)
        return
    if fmt.gguf_type is not None:  # plain float
        writer.add_tensor(name, parts["w"].reshape(w.shape))
        return
    writer.add_string(FORMAT_KEY + name, fmt.name)
    for p in fmt.parts:
        a = parts[p.name]
        writer.add_tensor(f"{name}.{p.name}", a.view(np.int8) if a.dtype == np.uint8 else a)
