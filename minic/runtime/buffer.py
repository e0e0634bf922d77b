"""Device memory: a Buffer is a flat run of elements on one device."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from minic.dtype import DType


class Buffer:
    """`size` elements of `dtype` on `device`, allocated on first use."""

    __slots__ = ("device", "size", "dtype", "_handle", "__weakref__")

    def __init__(self, device: str, size: int, dtype: DType):
        self.device, self.size, self.dtype = device, int(size), dtype
        self._handle = None

    def __repr__(self) -> str:
        return f"Buffer({self.device}, {self.dtype.name} x {self.size})"

    @property
    def nbytes(self) -> int:
        return self.size * self.dtype.itemsize

    @property
    def handle(self):
        if self._handle is None:
            from minic.runtime.registry import get_device
            # never allocate zero bytes: a hoisted load at a constant index must stay in bounds
            self._handle = get_device(self.device).alloc(max(self.nbytes, 16))
        return self._handle

    def copyin(self, data: np.ndarray) -> Buffer:
        from minic.runtime.registry import get_device
        flat = np.ascontiguousarray(data, dtype=self.dtype.np).reshape(-1)
        assert flat.size <= self.size, (flat.size, self.size)
        get_device(self.device).copyin(self.handle, flat)
        return self

    def numpy(self, count: int | None = None) -> np.ndarray:
        """The first `count` elements (all by default) as a new host array."""
        from minic.runtime.registry import get_device
        out = np.empty(self.size if count is None else count, dtype=self.dtype.np)
        if out.size:
            get_device(self.device).copyout(out, self.handle)
        return out

    def numpy_async(self, count: int | None = None) -> Callable[[], np.ndarray]:
        """`numpy(count)` started now and finished by calling the result (Device.copyout_async)."""
        from minic.runtime.registry import get_device
        out = np.empty(self.size if count is None else count, dtype=self.dtype.np)
        if not out.size:
            return lambda: out
        return get_device(self.device).copyout_async(out, self.handle)
