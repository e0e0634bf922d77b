"""Device memory: a Buffer is a flat run of elements on one device.

A small buffer made from host data (`Buffer.load`: a token id, a position) keeps that data on the host until
something needs the device memory: a whole-recording replay writes it into its own argument copy with the upload
it makes anyway (runtime/cuda_graph.py), so a decode step's token costs no allocation, copy or wait of its own."""
from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from minic.dtype import DType

LAZY_BYTES = 256  # host data up to this size waits on the host for its first use (Buffer.load)
_FIRST_USE = threading.RLock()  # reentrant: a device made on first use may allocate while it starts


class Buffer:
    """`size` elements of `dtype` on `device`, allocated on first use."""

    __slots__ = ("device", "size", "dtype", "_handle", "_host", "__weakref__")

    def __init__(self, device: str, size: int, dtype: DType):
        self.device, self.size, self.dtype = device, int(size), dtype
        self._handle = None
        self._host: np.ndarray | None = None  # contents not uploaded yet (load), flat, this buffer's own

    def __repr__(self) -> str:
        return f"Buffer({self.device}, {self.dtype.name} x {self.size})"

    @property
    def nbytes(self) -> int:
        return self.size * self.dtype.itemsize

    @property
    def handle(self):
        if self._handle is None:
            with _FIRST_USE:  # threads that share a new buffer get one allocation, holding its loaded contents
                if self._handle is None:
                    from minic.runtime.registry import get_device
                    dev = get_device(self.device)
                    # never allocate zero bytes: a hoisted load at a constant index must stay in bounds
                    handle = dev.alloc(max(self.nbytes, 16))
                    if self._host is not None:
                        dev.copyin(handle, self._host)
                    self._handle, self._host = handle, None
        return self._handle

    @property
    def host_pending(self) -> np.ndarray | None:
        """The contents `load` kept on the host (flat; not to be written), or None once the device holds them."""
        return self._host

    def copyin(self, data: np.ndarray) -> Buffer:
        from minic.runtime.registry import get_device
        flat = np.ascontiguousarray(data, dtype=self.dtype.np).reshape(-1)
        assert flat.size <= self.size, (flat.size, self.size)
        get_device(self.device).copyin(self.handle, flat)
        return self

    def load(self, data: np.ndarray) -> Buffer:
        """The buffer's contents from the host: uploaded now (copyin), or, for a whole buffer of at most
        LAZY_BYTES, kept on the host (a private copy) until first used on the device."""
        flat = np.asarray(data, dtype=self.dtype.np).reshape(-1)
        if self._handle is not None or flat.size != self.size or flat.nbytes > LAZY_BYTES:
            return self.copyin(flat)
        self._host = flat.copy()
        return self

    def numpy(self, count: int | None = None) -> np.ndarray:
        """The first `count` elements (all by default) as a new host array."""
        from minic.runtime.registry import get_device
        if self._host is not None:
            return self._host[:count].copy()
        out = np.empty(self.size if count is None else count, dtype=self.dtype.np)
        if out.size:
            get_device(self.device).copyout(out, self.handle)
        return out

    def numpy_async(self, count: int | None = None) -> Callable[[], np.ndarray]:
        """`numpy(count)` started now and finished by calling the result (Device.copyout_async)."""
        from minic.runtime.registry import get_device
        if self._host is not None:
            host = self._host[:count].copy()
            return lambda: host
        out = np.empty(self.size if count is None else count, dtype=self.dtype.np)
        if not out.size:
            return lambda: out
        return get_device(self.device).copyout_async(out, self.handle)
