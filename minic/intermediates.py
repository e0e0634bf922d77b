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

Each launch is named `scope.kernel` (minic/scope.py): a model's kernels are
found by where they run. `print(cap)` lists them; `cap.kernel("h.3.attn.attention")`
picks one, `cap.select("h.*.attn.attention")` every layer's. `minic.kernels(fn, *args)`
runs `fn` once and returns that listing (taps off: the kernels that run without it).
"""
from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from minic import engine
from minic.scope import qualified
from minic.tensor import Tensor


@dataclass
class Captured:
    """One kernel launch and the value it wrote."""
    name: str  # scope.kernel name, suffixed when it repeats in the block (h.3.attn.attention, h.3.attn.attention#1)
    kernel: engine.ScheduledKernel  # the program: shared by every launch site of the same kernel (12 layers)
    value: np.ndarray
    step: int  # launch number inside the capture block
    scope: str = ""  # where it was launched (minic.scope); '' outside every scope

    def __repr__(self) -> str:
        return f"<captured {self.name}: {self.value.dtype}{list(self.value.shape)} from rule {self.kernel.rule}>"

    @property
    def source(self) -> str:
        """The source this launch site runs (a per-site override, else the program's source)."""
        return engine.source_at(self.kernel, self.scope)


@dataclass
class Capture:
    """What a `capture()` block saw: kernel outputs in launch order and named taps."""
    keep: Callable | None = None
    taps_on: bool = True
    kernels: list[Captured] = field(default_factory=list)
    taps: dict[str, np.ndarray] = field(default_factory=dict)
    _seen: dict[str, int] = field(default_factory=dict, repr=False)  # launches per scope.kernel name so far

    def _record(self, sk, buffers, var_vals, seconds, nbytes, ops, at: str = "") -> None:
        if self.keep is not None and not self.keep(sk):
            return
        site = qualified(at, sk.name)
        seen = self._seen.get(site, 0)
        self._seen[site] = seen + 1
        name = site if not seen else f"{site}#{seen}"
        self.kernels.append(Captured(name, sk, engine.written(sk, buffers[0], var_vals), len(self.kernels), at))

    def kernel(self, name: str) -> Captured:
        """The launch named `name` (`h.3.attn.attention`, or `h.3.attn.attention#1` for its second launch)."""
        for c in self.kernels:
            if c.name == name:
                return c
        near = [c.name for c in self.kernels if name.split(".")[-1].split("#")[0] in c.name][:8]
        raise KeyError(f"no kernel launch named {name!r} in this capture; similar: {near or self.names()[:8]} "
                       f"(print the capture to list them all)")

    def select(self, pattern: str) -> list[Captured]:
        """Every launch whose name matches the glob `pattern` (`h.*.attn.attention`, `*.layer_norm`)."""
        return [c for c in self.kernels if fnmatch.fnmatchcase(c.name, pattern)]

    def table(self) -> str:
        """One line per launch: step, scope.kernel, rule, output dtype and shape."""
        width = max((len(c.name) for c in self.kernels), default=4)
        return "\n".join(f"{c.step:4d}  {c.name:<{width}}  {c.kernel.rule:<12} {c.value.dtype}{list(c.value.shape)}"
                         for c in self.kernels)

    def __str__(self) -> str:
        return f"{len(self.kernels)} kernel launches\n{self.table()}"

    def __getitem__(self, name: str) -> np.ndarray:
        """A tap's value, else a kernel's output by (suffixed) kernel name."""
        if name in self.taps:
            return self.taps[name]
        try:
            return self.kernel(name).value
        except KeyError:
            raise KeyError(f"nothing captured as {name!r}; taps: {sorted(self.taps)}, "
                           f"kernels: {[c.name for c in self.kernels]}") from None

    def __contains__(self, name: str) -> bool:
        return name in self.taps or any(c.name == name for c in self.kernels)

    def names(self) -> list[str]:
        return list(self.taps) + [c.name for c in self.kernels]


_active: list[Capture] = []


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


def kernels(fn: Callable, *args, **kwargs) -> Capture:
    """Run `fn(*args, **kwargs)` once and return what it launched (`print()` it to list each kernel with its scope;
    `.kernel(name)` and `.select(pattern)` pick them). Taps are off: these are the kernels that run without it."""
    with capture(taps=False) as cap:
        fn(*args, **kwargs)
    return cap


def tap(t: Tensor, name: str) -> Tensor:
    """Inside `capture()`: realize `t` and record its value as `name`; outside: return `t` untouched."""
    listening = [cap for cap in _active if cap.taps_on]
    if listening:
        value = t.realize().numpy()
        for cap in listening:
            cap.taps[name] = value
    return t
