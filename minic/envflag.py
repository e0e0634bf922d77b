"""Environment switches read on every jit replay (MINIC_JIT_VERIFY, MINIC_CHECK_FINITE, MINIC_DEBUG).

`os.environ.get` encodes the key and decodes the value on each call (microseconds on a loaded machine, and a
replayed decode step reads three switches). `EnvFlag` encodes its key once and looks it up in the environment's
own table, so a read costs one dict lookup, and it still sees every change made through `os.environ`
(`os.environ[...] = `, `monkeypatch.setenv`), as a plain `os.environ.get` would.
"""
from __future__ import annotations

import os


class EnvFlag:
    """One environment variable, read where it is needed each time (never cached)."""

    __slots__ = ("name", "key", "off")

    def __init__(self, name: str):
        self.name = name
        self.key = os.environ.encodekey(name) if hasattr(os.environ, "encodekey") else name
        self.off = {os.environ.encodevalue(v) for v in ("", "0")} if hasattr(os.environ, "encodevalue") else set()

    def get(self, default: str = "") -> str:
        """The variable's value, `default` when unset."""
        data = getattr(os.environ, "_data", None)
        if data is None:  # not CPython's os._Environ: ask the mapping
            return os.environ.get(self.name, default)
        raw = data.get(self.key)
        return default if raw is None else os.environ.decodevalue(raw)

    def on(self) -> bool:
        """Whether it is set to something other than "" or "0" (the convention of minic's boolean switches)."""
        data = getattr(os.environ, "_data", None)
        if data is None:
            return self.get("0") not in ("", "0")
        raw = data.get(self.key)
        return raw is not None and raw not in self.off
