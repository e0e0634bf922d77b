"""MINIC_DEBUG levels, settable from Python with `with minic.debug(level):`.

1 one line per kernel launch (time, GB/s, GFLOP/s); 2 adds fusion cuts and
rule decisions; 3 the loop IR; 4 the source; 5 the graph. Colour only on a
terminal."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager

_stack: list[int] = []


def level() -> int:
    if _stack:
        return _stack[-1]
    try:
        return int(os.environ.get("MINIC_DEBUG", "0") or 0)
    except ValueError:
        return 0


@contextmanager
def debug(lvl: int):
    """Print what the compiler does at `lvl` inside the block."""
    _stack.append(int(lvl))
    try:
        yield
    finally:
        _stack.pop()


def _color(code: str, text: str) -> str:
    return f"\033[{code}m{text}\033[0m" if sys.stderr.isatty() else text


def bold(text: str) -> str:
    return _color("1", text)


def green(text: str) -> str:
    return _color("32", text)


def emit(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
