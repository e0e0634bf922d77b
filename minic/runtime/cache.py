"""Compile cache: in memory, and on disk under $MINIC_CACHE (default ~/.cache/minic).

Entries are keyed by a hash of (backend, compiler settings, source). Disk
writes are atomic (write a temp file, then rename), and each entry carries a
checksum of its payload: a corrupt or truncated entry is rebuilt, never trusted.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

MAGIC = b"MINIC1"


def cache_dir() -> Path | None:
    if os.environ.get("MINIC_DISABLE_DISK_CACHE"):
        return None
    return Path(os.environ.get("MINIC_CACHE", Path.home() / ".cache" / "minic"))


def key_of(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def read(key: str, suffix: str = ".bin") -> bytes | None:
    d = cache_dir()
    if d is None:
        return None
    try:
        blob = (d / (key + suffix)).read_bytes()
    except OSError:
        return None
    head, digest, payload = blob[:6], blob[6:38], blob[38:]
    if head != MAGIC or hashlib.sha256(payload).digest() != digest:
        return None  # corrupt: the caller rebuilds and overwrites it
    return payload


def write(key: str, payload: bytes, suffix: str = ".bin") -> None:
    d = cache_dir()
    if d is None:
        return
    try:
        d.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, d / (key + suffix))
    except OSError:
        pass  # a read-only cache directory only costs a recompile


def cached(key: str, build: Callable[[], bytes], suffix: str = ".bin") -> bytes:
    hit = read(key, suffix)
    if hit is not None:
        return hit
    payload = build()
    write(key, payload, suffix)
    return payload
