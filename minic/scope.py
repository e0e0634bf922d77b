"""Where a kernel comes from: `with minic.scope("h.3.attn"):` names the part of a model that launches it.

Kernel names say *what* a kernel computes (`softmax`, `matmul_bias_gelu`); a scope says *where*. GPT-2's 12
layers launch one shared program per op, so the program cannot carry the layer: the scope belongs to the
launch. Every kernel launched inside the block (by `realize()`, `.numpy()`, or a `minic.jit` recording) is
launched at the scope that is active then; a launch's full name is `scope.name` (`h.3.attn.attention`).

Scopes nest with dots: `with scope("h.3"): with scope("attn"):` is `h.3.attn`. They live in a ContextVar, so
threads (a server's workers) each see their own. A jit replay runs no Python, so its launches keep the scopes
they were recorded at.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_current: ContextVar[str] = ContextVar("minic_scope", default="")
_PART = re.compile(r"[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*")


@contextmanager
def scope(name: str) -> Iterator[str]:
    """Launch the kernels of the block at scope `name` (nested in the enclosing scope); yields the full scope."""
    if not isinstance(name, str) or not _PART.fullmatch(name):
        raise ValueError(f"a scope is dot-separated names of letters, digits and '_' (like 'h.3.attn'), "
                         f"got {name!r}")
    outer = _current.get()
    token = _current.set(f"{outer}.{name}" if outer else name)
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def current() -> str:
    """The active scope ('' outside every `scope()` block)."""
    return _current.get()


def qualified(at: str, name: str) -> str:
    """A launch's full name: `h.3.attn.attention` (just the kernel's name outside every scope)."""
    return f"{at}.{name}" if at else name
