"""Step through a kernel with pdb: `minic.step(t)` on the PY device.

The PY backend renders every kernel as a plain Python function whose local
names are the loop IR's (`i0`, `acc2`, `v11`, buffers `b0`, `b1`, ...) and
registers its source with linecache, so pdb lists it and tracebacks point
into it. `step` realizes `t` and stops pdb at the first line of each chosen
kernel: `n`/`s` step, `p acc2` prints, `ll` lists the kernel, `c` runs on to
the next chosen kernel.

Without this helper: create tensors with `device="PY"` (or run with
MINIC_DEVICE=PY) and put `breakpoint()` before `.numpy()`; step into
`engine.launch` -> `PythonDevice.launch` -> the kernel.

Inside a real model run, where a whole model on PY would take minutes,
`with minic.step_into("h.3.attn.attention"):` stops only at the launches whose
`scope.kernel` name matches (a glob, or a bare kernel name at any scope): each
runs as the PY rendering of the same kernel graph, on copies of its buffers,
under pdb, and its output is copied back; every other launch runs natively
(LLVM, CUDA...). A jitted model replays kernel by kernel inside the block so
that the chosen launch is seen.
"""
from __future__ import annotations

import fnmatch
import pdb
from collections.abc import Iterator
from contextlib import contextmanager

from minic import engine
from minic.errors import DeviceError
from minic.ir.node import Node
from minic.runtime.buffer import Buffer
from minic.runtime.registry import get_device
from minic.sched import rules
from minic.scope import qualified
from minic.tensor import Tensor


def step(t: Tensor, kernel: str | int | None = None, debugger: pdb.Pdb | None = None) -> Tensor:
    """Realize `t`, stopping in pdb at the start of each kernel (or only the one named or numbered `kernel`).

    `debugger` is the pdb.Pdb to use (a fresh one on the terminal by default); tests pass one that reads
    commands from a string."""
    if t.device != "PY":
        raise DeviceError(f"step() needs a tensor on the PY device, this one is on {t.device}: create its inputs "
                          f"with device='PY' or run with MINIC_DEVICE=PY")
    kernels = t.schedule()
    names = [sk.name for sk in kernels]
    if kernel is not None and not (kernel in names or isinstance(kernel, int) and -len(names) <= kernel < len(names)):
        raise KeyError(f"no kernel {kernel!r} in this schedule; its kernels are {names}")
    chosen = set(range(len(kernels))) if kernel is None else \
        {kernel % len(names) if isinstance(kernel, int) else names.index(kernel)}
    dbg = debugger or pdb.Pdb()
    dev = get_device("PY")
    for i, sk in enumerate(kernels):
        if i not in chosen:
            engine.launch(sk, sk.graph.buffers, t.var_vals)
            continue
        prog = dev.compile(sk.source, sk.loop)  # the program engine.launch will run (compile is cached)
        with _stopping(prog, dbg):
            engine.launch(sk, sk.graph.buffers, t.var_vals)
    produced = {node: buf for sk in kernels for buf, node, _ in sk.graph.stores}
    if t.node in produced:
        t.node = Node("BUFFER", (), produced[t.node], t.dtype, t.shape)
    return t


@contextmanager
def step_into(kernel: str, debugger: pdb.Pdb | None = None) -> Iterator[list[str]]:
    """Inside the block, stop in pdb at every launch whose `scope.kernel` name matches `kernel` (`h.3.attn.attention`,
    a glob such as `h.*.attn.attention`, or a bare kernel name such as `attention`), running it as Python on the PY
    backend; every other launch runs on its own device. Yields the list of launch names stepped into so far.
    What pdb steps through is the PY rendering of the kernel's graph, not a hand-edited source from minic.override."""
    if not isinstance(kernel, str) or not kernel:
        raise TypeError(f"step_into() takes a launch name such as 'h.3.attn.attention', got {kernel!r}")
    dbg = debugger or pdb.Pdb()
    stepped: list[str] = []

    def run_in_python(sk: engine.ScheduledKernel, at: str, buffers: list, var_vals: dict) -> bool:
        site = qualified(at, sk.name)
        if not (fnmatch.fnmatchcase(site, kernel) or sk.name == kernel):
            return False
        stepped.append(site)
        run_python_twin(sk, buffers, var_vals, dbg)
        return True

    engine._redirects.append(run_in_python)
    try:
        yield stepped
    finally:
        engine._redirects.remove(run_in_python)


def python_twin(sk: engine.ScheduledKernel) -> engine.ScheduledKernel:
    """The same kernel graph scheduled and rendered for the PY device (made once per kernel)."""
    twin = sk.__dict__.get("_python_twin")
    if twin is None:
        dev = get_device("PY")
        decision = rules.choose(sk.graph, dev.target)
        twin = sk.__dict__["_python_twin"] = engine.ScheduledKernel(sk.graph, decision, dev.name,
                                                                    dev.render(decision.kernel), sk.var_vals)
    return twin


def run_python_twin(sk: engine.ScheduledKernel, buffers: list, var_vals: dict, debugger: pdb.Pdb) -> None:
    """Run `sk`'s PY twin under `debugger` on host copies of `buffers`, then write its output back."""
    twin = python_twin(sk)
    dev = get_device("PY")
    copies = [Buffer("PY", b.size, b.dtype).copyin(b.numpy()) for b in buffers]
    prog = dev.compile(twin.source, twin.loop)
    with _stopping(prog, debugger):
        dev.launch(prog, [b.handle for b in copies], engine.var_args(twin.loop, var_vals) if twin.loop.vars else [])
    for buf, copy in zip(buffers[:len(sk.graph.writes)], copies):
        buf.copyin(copy.numpy())


@contextmanager
def _stopping(prog, debugger: pdb.Pdb) -> Iterator[None]:
    """Inside the block, `prog`'s Python function runs under `debugger`, which stops at its first line. Programs are
    cached and shared, so the plain function is put back afterwards."""
    fn = prog.fn
    prog.fn = lambda *args: debugger.runcall(fn, *args)
    try:
        yield
    finally:
        prog.fn = fn
