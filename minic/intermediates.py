"""See inside a computation: the values of intermediate tensors.

Three ways, simplest first:

1. Realize it. Any Tensor can be computed on its own: `h.numpy()` (or
   `h.realize()`) runs the kernels that produce `h` and nothing else. It never
   changes what other tensors compute: tensors built from `h` earlier still hold
   their own graph (they recompute `h` fused into their kernels).
2. `minic.capture()`: record the output of every kernel launched inside the
   block (also kernels replayed by `minic.jit`, e.g. a GPT-2 model's layers).
   Values are copied to the host at launch time, so later kernels that reuse a
   buffer cannot change what was recorded.
3. `minic.tap(t, "name")`: inside a `capture()` block (unless it was opened
   with taps=False), realize `t` now and record it under `name`. Operations built on `t` afterwards read that buffer,
   so a tap cuts fusion at that point: the price of seeing the value. Outside a
   capture block a tap does nothing, so taps can stay in model code. Taps run in
   Python, so a `minic.jit` replay (which runs no Python) does not see them.

    with minic.capture() as cap:
        h = minic.tap(x @ w1, "hidden")
        y = (h.relu() @ w2).numpy()
    cap["hidden"]            # numpy array
    cap.kernels              # every kernel launched, in order, with its output
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from minic import engine
from minic.dtype import bfloat16
from minic.tensor import Tensor


@dataclass
class Captured:
    """One kernel launch and the value it wrote."""
    name: str  # kernel name, suffixed with its launch number when a name repeats (r_8_16, r_8_16#1)
    kernel: engine.ScheduledKernel
    value: np.ndarray
    step: int  # launch number inside the capture block

    def __repr__(self) -> str:
        return f"<captured {self.name}: {self.value.dtype}{list(self.value.shape)} from rule {self.kernel.rule}>"


@dataclass
class Capture:
    """What a `capture()` block saw: kernel outputs in launch order and named taps."""
    keep: Callable | None = None
    taps_on: bool = True
    kernels: list[Captured] = field(default_factory=list)
    taps: dict[str, np.ndarray] = field(default_factory=dict)

    def _record(self, sk, buffers, var_vals, seconds, nbytes, ops) -> None:
        if self.keep is not None and not self.keep(sk):
            return
        seen = sum(1 for c in self.kernels if c.kernel.name == sk.name)
        name = sk.name if not seen else f"{sk.name}#{seen}"
        self.kernels.append(Captured(name, sk, kernel_output(sk, buffers[0], var_vals), len(self.kernels)))

    def __getitem__(self, name: str) -> np.ndarray:
        """A tap's value, else a kernel's output by (suffixed) kernel name."""
        if name in self.taps:
            return self.taps[name]
        for c in self.kernels:
            if c.name == name:
                return c.value
        raise KeyError(f"nothing captured as {name!r}; taps: {sorted(self.taps)}, "
                       f"kernels: {[c.name for c in self.kernels]}")

    def __contains__(self, name: str) -> bool:
        return name in self.taps or any(c.name == name for c in self.kernels)

    def names(self) -> list[str]:
        return list(self.taps) + [c.name for c in self.kernels]


_active: list[Capture] = []


def kernel_output(sk: engine.ScheduledKernel, out, var_vals: dict) -> np.ndarray:
    """A host copy of what `sk` wrote into `out`: its result, or the whole target buffer of an assign."""
    shape = sk.graph.root.shape
    if sk.graph.out_view is not None:  # an assign into (a slice of) an existing buffer: show that buffer
        shape = sk.graph.source_node.src[0].shape
    shape = engine.concrete(shape, var_vals)
    data = out.numpy(int(np.prod(shape, dtype=np.int64))).reshape(shape)
    if out.dtype == bfloat16:
        from minic.runtime.host import bfloat16_to_float32
        return bfloat16_to_float32(data)
    return data


@contextmanager
def capture(keep: Callable | None = None, taps: bool = True) -> Iterator[Capture]:
    """Record the output of every kernel launched inside the block (only those where `keep(kernel)` is true).

    taps=False ignores `tap()` calls, so the kernels are exactly those that run without a capture."""
    cap = Capture(keep, taps)
    _active.append(cap)
    engine._launch_listeners.append(cap._record)
    try:
        yield cap
    finally:
        engine._launch_listeners.remove(cap._record)
        _active.remove(cap)


def tap(t: Tensor, name: str) -> Tensor:
    """Inside `capture()`: realize `t` and record its value as `name`; outside: return `t` untouched."""
    listening = [cap for cap in _active if cap.taps_on]
    if listening:
        value = t.realize().numpy()
        for cap in listening:
            cap.taps[name] = value
    return t
