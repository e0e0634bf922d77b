"""MINIC_DEBUG levels, settable from Python with `with minic.debug(level):`.

Each level adds to the ones below it (see LEVELS); the engine prints to stderr
so a program's own output stays clean. Colour only on a terminal, and never
when NO_COLOR is set (https://no-color.org)."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from minic.envflag import EnvFlag

LEVELS = {
    1: "one line per kernel launch: name, backend, time, GB/s, GFLOP/s, rule",
    2: "why each kernel ends where it does (the fusion cut) and which rule scheduled it, with the rules that declined",
    3: "the loop IR of each kernel",
    4: "the generated source of each kernel",
    5: "the whole lazy graph before fusion",
}

_stack: list[int] = []
_MINIC_DEBUG = EnvFlag("MINIC_DEBUG")  # read on every jit replay: a quick read (minic/envflag.py)


def level() -> int:
    """The active level: the innermost `debug()` block, else MINIC_DEBUG, else 0."""
    if _stack:
        return _stack[-1]
    try:
        return int(_MINIC_DEBUG.get("0") or 0)
    except ValueError:
        return 0


@contextmanager
def debug(lvl: int) -> Iterator[None]:
    """Print what the compiler does at `lvl` inside the block (0 silences an outer MINIC_DEBUG)."""
    _stack.append(int(lvl))
    try:
        yield
    finally:
        _stack.pop()


def use_color() -> bool:
    return sys.stderr.isatty() and not os.environ.get("NO_COLOR")


def _color(code: str, text: str) -> str:
    return f"\033[{code}m{text}\033[0m" if use_color() else text


def bold(text: str) -> str:
    return _color("1", text)


def green(text: str) -> str:
    return _color("32", text)


def emit(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@contextmanager
def check_finite() -> Iterator[None]:
    """Inside the block, check every kernel's output for NaN/Inf as it launches (MINIC_CHECK_FINITE=1 does it
    everywhere): the first kernel that writes one raises minic.engine.NonFiniteError naming its launch
    (`h.3.attn.attention`) and saying whether its inputs already held NaN/Inf. A jitted model replays kernel by kernel
    inside the block, and every output is copied to the host: slow, for finding where values go bad."""
    from minic import engine
    engine._finite_checks.append(True)
    try:
        yield
    finally:
        engine._finite_checks.pop()


def first_nonfinite(fn, *args, **kwargs) -> str | None:
    """Run `fn(*args, **kwargs)` under check_finite(): what the first kernel that wrote NaN/Inf did (the
    NonFiniteError's message), or None when every kernel wrote finite values."""
    from minic.engine import NonFiniteError
    try:
        with check_finite():
            fn(*args, **kwargs)
    except NonFiniteError as e:
        return str(e)
    return None
