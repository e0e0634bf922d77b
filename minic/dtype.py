"""The element types minic knows, and numpy-like promotion between them.

float16 and bfloat16 are storage types: kernels load them, compute in float32
and round on store. That keeps every backend's arithmetic identical and gives
reductions float32 accumulation for free.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from minic.errors import DTypeError


@dataclass(frozen=True)
class DType:
    name: str
    itemsize: int
    kind: str  # 'f' float, 'i' signed int, 'u' unsigned int, 'b' bool
    rank: int  # position in the promotion lattice within a kind

    def __repr__(self) -> str:
        return f"minic.{self.name}"

    def __reduce__(self):
        """Unpickle to the one instance of each dtype (stored schedules; code compares dtypes with `is`)."""
        return (_by_name, (self.name,))

    @property
    def is_float(self) -> bool:
        return self.kind == "f"

    @property
    def is_int(self) -> bool:
        return self.kind in "iu"

    @property
    def np(self) -> np.dtype:
        """The numpy dtype used for host copies (bfloat16 travels as its raw uint16 bits)."""
        return np.dtype("uint16") if self is bfloat16 else np.dtype(self.name)

    @property
    def compute(self) -> DType:
        """The type arithmetic happens in: half types widen to float32."""
        return float32 if self in (float16, bfloat16) else self


float32 = DType("float32", 4, "f", 2)
float16 = DType("float16", 2, "f", 1)
bfloat16 = DType("bfloat16", 2, "f", 1)
int64 = DType("int64", 8, "i", 3)
int32 = DType("int32", 4, "i", 2)
int8 = DType("int8", 1, "i", 0)
uint8 = DType("uint8", 1, "u", 0)
bool_ = DType("bool", 1, "b", 0)
int16 = DType("int16", 2, "i", 1)  # inside CPU kernels only (rules/cpu_int_dot.py), not a tensor's dtype: WGSL has
#                                   no 16-bit integers

ALL = (float32, float16, bfloat16, int64, int32, int8, uint8, bool_)
BY_NAME = {d.name: d for d in ALL}


def _by_name(name: str) -> DType:
    return int16 if name == "int16" else BY_NAME[name]
default_float = float32
default_int = int32
_BY_NUMPY = {np.dtype(t.np): t for t in BY_NAME.values() if t.name not in ("bfloat16",)}  # one numpy dtype each
_BY_NUMPY[np.dtype(np.float64)] = float32  # numpy's default float comes in as minic's default float


def to_dtype(x: object) -> DType:
    """Accept a DType, its name, or a numpy dtype; raise DTypeError for anything else."""
    if isinstance(x, DType):
        return x
    if x is bool:
        return bool_
    if x is float:
        return default_float
    if x is int:
        return default_int
    if isinstance(x, np.dtype) and x in _BY_NUMPY:  # the common case, without numpy's slow dtype.name
        return _BY_NUMPY[x]
    name = x if isinstance(x, str) else None
    if name is None:
        try:
            name = np.dtype(x).name
        except TypeError:
            name = None
    if name == "float64":
        name = "float32"  # numpy's default float comes in as minic's default float
    if name in BY_NAME:
        return BY_NAME[name]
    raise DTypeError(f"unknown dtype {x!r}: expected one of {', '.join(BY_NAME)}")


def promote(a: DType, b: DType) -> DType:
    """numpy's promotion for the types minic has (bfloat16 meets float16 at float32)."""
    if a == b:
        return a
    if a.is_float and b.is_float:
        if a.rank == b.rank:  # float16 vs bfloat16
            return float32
        return a if a.rank > b.rank else b
    if a.is_float or b.is_float:
        return a if a.is_float else b
    if a.kind == "b" or b.kind == "b":
        return b if a.kind == "b" else a
    if a.kind == b.kind:
        return a if a.rank > b.rank else b
    signed, unsigned = (a, b) if a.kind == "i" else (b, a)
    return signed if signed.rank > unsigned.rank else (int32 if signed.rank <= 2 else int64)


def scalar_dtype(value: object, other: DType) -> DType:
    """A Python scalar is 'weak': it takes the tensor's type unless its kind is wider."""
    if isinstance(value, bool):
        return other
    if isinstance(value, int):
        if other.kind == "b":
            return default_int
        if not other.is_float:  # numpy 2's rule: an integer the tensor's type cannot hold is an error, not a wrap
            info = np.iinfo(other.np)
            if not info.min <= value <= info.max:
                raise DTypeError(f"the Python integer {value} is out of bounds for the tensor's {other.name} "
                                 f"({info.min}..{info.max}): cast the tensor first (.cast(...))")
        return other
    if isinstance(value, float):
        return other if other.is_float else default_float
    raise DTypeError(f"cannot combine a tensor with {type(value).__name__} {value!r}")
