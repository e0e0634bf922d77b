"""The names generated Python kernels use: numpy scalar types and C-like math."""
from __future__ import annotations

import math

import numpy as np

INF, NAN = float("inf"), float("nan")
f32, f16, i32, i64, i8, u8, u16 = np.float32, np.float16, np.int32, np.int64, np.int8, np.uint8, np.uint16


def _safe(fn):
    def wrapped(x):
        try:
            return fn(float(x))
        except (OverflowError, ValueError):
            return _limit(fn, float(x))
    wrapped.__name__ = fn.__name__
    return wrapped


def _limit(fn, x):
    if fn is math.exp:
        return INF if x > 0 else 0.0
    if fn is math.log:
        return -INF if x == 0 else NAN
    if fn is math.sqrt:
        return NAN
    return NAN


exp, log, sqrt = _safe(math.exp), _safe(math.log), _safe(math.sqrt)
sin, cos, tanh, erf, floor = math.sin, math.cos, math.tanh, math.erf, math.floor
fabs = abs


def pow(a, b):  # noqa: A001 - the C name, on purpose
    try:
        return float(a) ** float(b) if not (a < 0 and float(b) != int(b)) else NAN
    except (OverflowError, ZeroDivisionError):
        return INF


def fmax(a, b):
    return NAN if a != a or b != b else max(a, b)


def fmin(a, b):
    return NAN if a != a or b != b else min(a, b)


def idiv(a, b):
    """C integer division (truncates toward zero). A zero divisor, which only a masked lane meets (C leaves it
    undefined), gives 0 rather than stopping the kernel."""
    if b == 0:
        return 0
    q = abs(int(a)) // abs(int(b))
    return q if (a >= 0) == (b >= 0) else -q


def imod(a, b):
    return int(a) - idiv(a, b) * int(b)


def bool(x):  # noqa: A001 - kernels cast with the dtype's name
    return x != 0


def bf16_to_f32(bits):
    return float(np.array([int(bits) << 16], dtype=np.uint32).view(np.float32)[0])


def f32_to_bf16(x):
    from minic.runtime.host import float32_to_bfloat16
    return float32_to_bfloat16(np.array([x], dtype=np.float32))[0]
